package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random sequences of AddLayerVersionPermission and RemoveLayerVersionPermission through the inbound ports of
 * the in-memory wiring, checked after every step against a model (statements by id in insertion order, and
 * the current revision) through GetLayerVersionPolicy. Documents are compared as JSON text written by Jackson
 * from ordered maps, independently of the production size computation.
 */
class LayerPermissionSequenceProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LayerVersionArn VERSION_1 = Fixtures.layerVersionArn(1);
  private static final String ORGANIZATION = Fixtures.ORGANIZATION;
  private static final String LONG_ORGANIZATION = "o-" + "abcdefghijklmnopqrstuvwxyz012345";
  private static final List<String> SID_POOL = List.of("xaccount", "a", "b", "c", "d", "e", "public", "org_1");
  private static final List<String> PRINCIPALS = List.of(
      "223456789012", "323456789012", "*", "arn:aws:iam::223456789012:root", "arn:aws-cn:iam::423456789012:root",
      "arn:aws-us-gov:iam::523456789012:root");
  private static final String UNKNOWN_REVISION = "35d87451-f796-4a3f-a618-95a3671b0a0c";

  /** How a request carries its RevisionId. */
  enum Revision { ABSENT, EMPTY, CURRENT, STALE, NEXT, UPPERCASE, UNKNOWN, MALFORMED }

  sealed interface Op permits Add, Remove {}

  /** Adds {@code sid} for {@code principal} (with {@code organizationId} when not null) on {@code version}. */
  record Add(String sid, String principal, String organizationId, Revision revision, long version) implements Op {}

  /** Removes an existing statement (the {@code pick}-th, when {@code existing} and there is one) or {@code sid}. */
  record Remove(boolean existing, int pick, String sid, Revision revision, long version) implements Op {
    String target(Map<String, ?> model) {
      if (existing && !model.isEmpty()) {
        return new ArrayList<>(model.keySet()).get(pick % model.size());
      }
      return sid;
    }
  }

  // Edge cases are mostly one-operation sequences; random sequences find more.
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage check below still applies
  void the_permissions_of_a_layer_version_behave_like_the_model(@ForAll("operations") List<Op> operations)
      throws JsonProcessingException {
    SequentialIds ids = new SequentialIds();
    List<GrantsEvent> events = new ArrayList<>();
    Grants grants = InMemoryGrants.builder()
        .clock(FixedClock.at("2018-11-14T23:03:52.894Z"))
        .ids(ids)
        .events(events::add)
        .build();
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).isRight()).isTrue();
    LayerVersionPermissions permissions = grants.layerVersionPermissions();

    LinkedHashMap<String, Map<String, Object>> model = new LinkedHashMap<>();
    RevisionId current = null;
    List<RevisionId> issued = new ArrayList<>();
    Set<RevisionId> seen = new HashSet<>();
    assertPolicy(permissions, model, null);

    for (Op operation : operations) {
      int eventsBefore = events.size();
      long idsBefore = ids.count();
      RevisionId produced;
      if (operation instanceof Add add) {
        String given = revisionText(add.revision(), current, issued, ids);
        Either<GrantsError, AddLayerVersionPermissionResult> outcome = permissions.add(
            Fixtures.addLayerVersionPermission()
                .versionNumber(add.version())
                .statementId(add.sid())
                .principal(add.principal())
                .organizationId(add.organizationId())
                .revisionId(given)
                .build());
        GrantsError expected = expectedAddError(add, model, current, given);
        if (expected != null) {
          Statistics.label("outcome").collect(expected.getClass().getSimpleName());
          assertThat(outcome).as("%s", add).isEqualTo(Either.left(expected));
          produced = null;
        } else {
          Statistics.label("outcome").collect("Added");
          assertThat(outcome.isRight()).as("%s succeeds, not %s", add, outcome).isTrue();
          Map<String, Object> statement = expectedStatement(add);
          assertThat(JSON.writeValueAsString(tree(outcome.get().statement())))
              .isEqualTo(JSON.writeValueAsString(statement));
          produced = outcome.get().revisionId();
          model.put(add.sid(), statement);
        }
      } else {
        Remove remove = (Remove) operation;
        String sid = remove.target(model);
        String given = revisionText(remove.revision(), current, issued, ids);
        Either<GrantsError, RemoveLayerVersionPermissionResult> outcome = permissions.remove(
            Fixtures.removeLayerVersionPermission()
                .versionNumber(remove.version())
                .statementId(sid)
                .revisionId(given)
                .build());
        GrantsError expected = expectedRemoveError(remove, sid, model, current, given);
        if (expected != null) {
          Statistics.label("outcome").collect(expected.getClass().getSimpleName());
          assertThat(outcome).as("%s of %s", remove, sid).isEqualTo(Either.left(expected));
          produced = null;
        } else {
          Statistics.label("outcome").collect("Removed");
          assertThat(outcome.isRight()).as("%s of %s succeeds, not %s", remove, sid, outcome).isTrue();
          produced = outcome.get().revisionId();
          model.remove(sid);
        }
      }

      if (produced == null) {
        assertThat(events).as("a refusal announces nothing").hasSize(eventsBefore);
      } else {
        assertThat(produced).as("a success takes the next id, and only it")
            .isEqualTo(SequentialIds.revision(idsBefore + 1));
        assertThat(seen.add(produced)).as("a new revision on every success").isTrue();
        assertThat(events).hasSize(eventsBefore + 1);
        assertThat(((GrantsEvent.PolicyChanged) events.get(eventsBefore)).revision()).isEqualTo(produced);
        assertThat(events.get(eventsBefore).resource()).isEqualTo(VERSION_1.arn());
        if (current != null) {
          issued.add(current);
        }
        current = produced;
      }
      assertPolicy(permissions, model, current);
    }

    Statistics.label("outcome").coverage(coverage -> {
      for (String outcome : List.of("Added", "Removed", "StatementIdConflict", "StatementNotFound", "RevisionMismatch",
          "OrganizationRequiresAnyPrincipal", "LayerVersionNotFound")) {
        coverage.check(outcome).count(count -> count > 0);
      }
    });
  }

  /** What GetLayerVersionPolicy must answer for the model. */
  private static void assertPolicy(
      LayerVersionPermissions permissions, LinkedHashMap<String, Map<String, Object>> model, RevisionId current)
      throws JsonProcessingException {
    Either<GrantsError, GetLayerVersionPolicyResult> read =
        permissions.getPolicy(Fixtures.getLayerVersionPolicy().build());
    if (current == null) {
      assertThat(read).isEqualTo(Either.left(new GrantsError.NoPolicy(VERSION_1.arn())));
      return;
    }
    if (model.isEmpty()) {
      assertThat(read).isEqualTo(Either.left(new GrantsError.PolicyHasNoStatements(VERSION_1.arn())));
      return;
    }
    assertThat(read.isRight()).as("the policy is readable: %s", read).isTrue();
    ResourcePolicy policy = read.get().policy();
    assertThat(read.get().revisionId()).isEqualTo(current);
    assertThat(policy.statements()).extracting(statement -> statement.sid().value())
        .containsExactlyElementsOf(model.keySet());

    String expected = JSON.writeValueAsString(policyTree(new ArrayList<>(model.values())));
    List<Object> actualStatements = new ArrayList<>();
    policy.statements().forEach(statement -> actualStatements.add(tree(statement)));
    assertThat(JSON.writeValueAsString(policyTree(actualStatements))).isEqualTo(expected);
    assertThat(policy.compactJsonLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
  }

  private static GrantsError expectedAddError(
      Add add, Map<String, ?> model, RevisionId current, String given) {
    if (add.organizationId() != null && !add.principal().equals("*")) {
      return new GrantsError.OrganizationRequiresAnyPrincipal(add.principal(), add.organizationId());
    }
    if (add.version() != 1) {
      return new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(add.version()));
    }
    if (model.containsKey(add.sid())) {
      return new GrantsError.StatementIdConflict(VERSION_1.arn(), StatementId.of(add.sid()));
    }
    if (!admitted(given, current)) {
      return new GrantsError.RevisionMismatch(VERSION_1.arn(), given, current);
    }
    return null;
  }

  private static GrantsError expectedRemoveError(
      Remove remove, String sid, Map<String, ?> model, RevisionId current, String given) {
    if (remove.version() != 1) {
      return new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(remove.version()));
    }
    if (!admitted(given, current)) {
      return new GrantsError.RevisionMismatch(VERSION_1.arn(), given, current);
    }
    if (!model.containsKey(sid)) {
      return new GrantsError.StatementNotFound(VERSION_1.arn(), StatementId.of(sid));
    }
    return null;
  }

  /** The contract: no RevisionId (absent or empty) is not checked; a given one must be the current one. */
  private static boolean admitted(String given, RevisionId current) {
    return given == null || given.isEmpty() || (current != null && current.value().equals(given));
  }

  private static String revisionText(Revision revision, RevisionId current, List<RevisionId> issued, SequentialIds ids) {
    switch (revision) {
      case ABSENT:
        return null;
      case EMPTY:
        return "";
      case CURRENT:
        return current != null ? current.value() : UNKNOWN_REVISION;
      case STALE:
        return issued.isEmpty() ? UNKNOWN_REVISION : issued.get(issued.size() - 1).value();
      case NEXT:
        return SequentialIds.revision(ids.count() + 1).value();
      case UPPERCASE:
        return (current != null ? current.value() : UNKNOWN_REVISION).toUpperCase(Locale.ROOT);
      case MALFORMED:
        return "not-a-revision";
      default:
        return UNKNOWN_REVISION;
    }
  }

  /** The statement the contract says an add writes, as an ordered map. */
  private static Map<String, Object> expectedStatement(Add add) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", add.sid());
    statement.put("Effect", "Allow");
    if (add.principal().equals("*")) {
      statement.put("Principal", "*");
    } else if (add.principal().startsWith("arn:")) {
      statement.put("Principal", Map.of("AWS", add.principal()));
    } else {
      statement.put("Principal", Map.of("AWS", "arn:aws:iam::" + add.principal() + ":root"));
    }
    statement.put("Action", "lambda:GetLayerVersion");
    statement.put("Resource", "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1");
    if (add.organizationId() != null) {
      statement.put("Condition", Map.of("StringEquals", Map.of("aws:PrincipalOrgID", add.organizationId())));
    }
    return statement;
  }

  /** A statement as an ordered map, read from its accessors as its Javadoc describes the document. */
  private static Map<String, Object> tree(Statement statement) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("Sid", statement.sid().value());
    tree.put("Effect", statement.effect().policyValue());
    if (statement.principals().equals(List.of(Principal.any()))) {
      tree.put("Principal", "*");
    } else {
      tree.put("Principal", Map.of("AWS", oneOrMany(statement.principals().stream().map(Principal::policyValue).toList())));
    }
    tree.put("Action", oneOrMany(statement.actions().stream().map(action -> action.value()).toList()));
    tree.put("Resource", oneOrMany(statement.resources()));
    if (!statement.conditions().isEmpty()) {
      Map<String, Map<String, Object>> block = new LinkedHashMap<>();
      for (Condition condition : statement.conditions()) {
        block.computeIfAbsent(condition.operator(), unused -> new LinkedHashMap<>())
            .put(condition.key(), oneOrMany(condition.values()));
      }
      tree.put("Condition", block);
    }
    return tree;
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : values;
  }

  private static Map<String, Object> policyTree(List<?> statements) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("Version", "2012-10-17");
    policy.put("Id", "default");
    policy.put("Statement", statements);
    return policy;
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<String> sids = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(SID_POOL)),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(100)));
    Arbitrary<Revision> revisions = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Revision.ABSENT)),
        Tuple.of(1, Arbitraries.just(Revision.EMPTY)),
        Tuple.of(4, Arbitraries.just(Revision.CURRENT)),
        Tuple.of(2, Arbitraries.of(Revision.STALE, Revision.NEXT, Revision.UPPERCASE, Revision.UNKNOWN,
            Revision.MALFORMED)));
    Arbitrary<Long> versions = Arbitraries.frequency(Tuple.of(19, 1L), Tuple.of(1, 2L));
    Arbitrary<Tuple.Tuple2<String, String>> grantees = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of(PRINCIPALS).map(principal -> Tuple.of(principal, (String) null))),
        Tuple.of(3, Arbitraries.of(ORGANIZATION, LONG_ORGANIZATION).map(org -> Tuple.of("*", org))),
        Tuple.of(1, Combinators.combine(Arbitraries.of(PRINCIPALS).filter(p -> !p.equals("*")),
                Arbitraries.of(ORGANIZATION, LONG_ORGANIZATION))
            .as(Tuple::of)));
    Arbitrary<Op> add = Combinators.combine(sids, grantees, revisions, versions)
        .as((sid, grantee, revision, version) -> new Add(sid, grantee.get1(), grantee.get2(), revision, version));
    Arbitrary<Op> remove = Combinators.combine(
            Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 1000), sids, revisions, versions)
        .as(Remove::new);
    return Arbitraries.frequencyOf(Tuple.of(3, add), Tuple.of(2, remove))
        .list().ofMinSize(1).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
  }
}
