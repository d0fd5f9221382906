package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
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
 * Random sequences of {@link ResourcePolicy#add} and {@link ResourcePolicy#remove} against a model: a
 * {@link LinkedHashMap} of statements by id and the current revision. The size is checked against
 * {@link ReferenceJson}, which writes the document from the statements' accessors, independently of the
 * production length computation.
 */
class ResourcePolicyProperties {
  private static final Arn RESOURCE = Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").get();
  private static final List<String> SID_POOL = List.of("a", "b", "c", "d", "e", "f", "xaccount", "Org_1");
  private static final List<Partition> PARTITIONS =
      List.of(Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV, Partition.AWS_ISO, Partition.AWS_ISO_B);
  private static final List<String> OPERATORS = List.of("StringEquals", "StringNotEquals", "StringLike", "ArnLike");
  private static final List<String> KEYS =
      List.of("aws:PrincipalOrgID", "aws:SourceAccount", "aws:SourceArn", "lambda:Layer", "aws:principalorgid");

  /** How an operation states its expected revision. */
  enum Expect { ANY, CURRENT, STALE, UPPERCASE_CURRENT, MALFORMED, UNKNOWN }

  sealed interface Op permits Add, Remove {}

  record Add(Statement statement, Expect expect) implements Op {}

  /** Removes an existing statement (the {@code pick}-th, when {@code existing} and there is one) or {@code sid}. */
  record Remove(boolean existing, int pick, String sid, Expect expect) implements Op {
    StatementId target(LinkedHashMap<StatementId, Statement> model) {
      if (existing && !model.isEmpty()) {
        return new ArrayList<>(model.keySet()).get(pick % model.size());
      }
      return StatementId.of(sid);
    }
  }

  // Edge cases are mostly one-operation sequences; random sequences find more.
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage check below still applies
  void a_policy_behaves_like_an_ordered_map_with_a_revision_and_an_exact_size(@ForAll("operations") List<Op> operations) {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    LinkedHashMap<StatementId, Statement> model = new LinkedHashMap<>();
    RevisionId current = null;
    List<RevisionId> issued = new ArrayList<>();
    Set<RevisionId> seen = new HashSet<>();
    long counter = 0;

    for (Op operation : operations) {
      RevisionId next = RevisionId.fromBits(0, ++counter);
      ResourcePolicy before = policy;
      Either<GrantsError, ResourcePolicy> outcome;
      GrantsError expectedError;
      if (operation instanceof Add add) {
        ExpectedRevision expected = expectation(add.expect(), current, issued);
        outcome = policy.add(add.statement(), expected, next);
        expectedError = expectedAddError(model, current, add.statement(), expected);
        if (expectedError == null) {
          model.put(add.statement().sid(), add.statement());
        }
      } else {
        Remove remove = (Remove) operation;
        ExpectedRevision expected = expectation(remove.expect(), current, issued);
        StatementId sid = remove.target(model);
        outcome = policy.remove(sid, expected, next);
        expectedError = expectedRemoveError(model, current, sid, expected);
        if (expectedError == null) {
          model.remove(sid);
        }
      }

      if (expectedError != null) {
        Statistics.label("outcome").collect(expectedError.getClass().getSimpleName());
        assertThat(outcome).isEqualTo(Either.left(expectedError));
        assertThat(policy).isEqualTo(before);
        assertThat(policy.revision()).isEqualTo(Option.of(current));
      } else {
        Statistics.label("outcome").collect(operation.getClass().getSimpleName());
        assertThat(outcome.isRight()).as("%s succeeds", operation).isTrue();
        policy = outcome.get();
        assertThat(policy.revision()).contains(next);
        assertThat(seen.add(next)).as("a new revision on every success").isTrue();
        if (current != null) {
          issued.add(current);
        }
        current = next;
      }

      assertThat(policy.statements()).containsExactlyElementsOf(model.values());
      assertThat(policy.revision()).isEqualTo(Option.of(current));
      assertThat(policy.exists()).isEqualTo(current != null);
      String json = ReferenceJson.policy(new ArrayList<>(model.values()));
      assertThat(policy.compactJsonLength()).isEqualTo(ReferenceJson.utf8Length(json));
      assertThat(policy.compactJsonLength()).isLessThanOrEqualTo(ResourcePolicy.SIZE_LIMIT);
      assertThat(policy.readable()).isEqualTo(
          current == null ? Either.left(new GrantsError.NoPolicy(RESOURCE))
              : model.isEmpty() ? Either.left(new GrantsError.PolicyHasNoStatements(RESOURCE))
              : Either.right(policy));
      if (current != null) {
        ResourcePolicy restored = ResourcePolicy.restore(RESOURCE, policy.statements(), current);
        assertThat(restored).isEqualTo(policy);
        assertThat(restored.compactJsonLength()).isEqualTo(policy.compactJsonLength());
      }
    }

    Statistics.label("outcome").coverage(coverage -> {
      for (String outcome : List.of("Add", "Remove", "StatementIdConflict", "StatementNotFound", "RevisionMismatch",
          "PolicyTooLarge")) {
        coverage.check(outcome).count(count -> count > 0);
      }
    });
  }

  @Property(tries = 200)
  void a_statements_length_is_the_utf8_length_of_its_reference_json(@ForAll("statements") Statement statement) {
    assertThat(statement.compactJsonLength())
        .isEqualTo(ReferenceJson.utf8Length(ReferenceJson.statement(statement)));
  }

  private static GrantsError expectedAddError(
      LinkedHashMap<StatementId, Statement> model, RevisionId current, Statement statement, ExpectedRevision expected) {
    if (model.containsKey(statement.sid())) {
      return new GrantsError.StatementIdConflict(RESOURCE, statement.sid());
    }
    if (!admitted(expected, current)) {
      return new GrantsError.RevisionMismatch(RESOURCE, ((ExpectedRevision.Exactly) expected).given(), current);
    }
    List<Statement> more = new ArrayList<>(model.values());
    more.add(statement);
    int size = ReferenceJson.utf8Length(ReferenceJson.policy(more));
    if (size > 20480) {
      return new GrantsError.PolicyTooLarge(RESOURCE, size, 20480);
    }
    return null;
  }

  private static GrantsError expectedRemoveError(
      LinkedHashMap<StatementId, Statement> model, RevisionId current, StatementId sid, ExpectedRevision expected) {
    if (!admitted(expected, current)) {
      return new GrantsError.RevisionMismatch(RESOURCE, ((ExpectedRevision.Exactly) expected).given(), current);
    }
    if (!model.containsKey(sid)) {
      return new GrantsError.StatementNotFound(RESOURCE, sid);
    }
    return null;
  }

  /** The model's rule: no expectation, or exactly the current revision's text. */
  private static boolean admitted(ExpectedRevision expected, RevisionId current) {
    if (expected instanceof ExpectedRevision.Exactly exactly) {
      return current != null && current.value().equals(exactly.given());
    }
    return true;
  }

  private static ExpectedRevision expectation(Expect expect, RevisionId current, List<RevisionId> issued) {
    String unknown = "35d87451-f796-4a3f-a618-95a3671b0a0c";
    switch (expect) {
      case ANY:
        return ExpectedRevision.any();
      case CURRENT:
        return ExpectedRevision.exactly(current != null ? current.value() : unknown);
      case STALE:
        return ExpectedRevision.exactly(issued.isEmpty() ? unknown : issued.get(issued.size() - 1).value());
      case UPPERCASE_CURRENT:
        return ExpectedRevision.exactly((current != null ? current.value() : unknown).toUpperCase(Locale.ROOT));
      case MALFORMED:
        return ExpectedRevision.exactly("not a revision");
      default:
        return ExpectedRevision.exactly(unknown);
    }
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Expect> expect = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Expect.ANY)),
        Tuple.of(4, Arbitraries.just(Expect.CURRENT)),
        Tuple.of(1, Arbitraries.of(Expect.STALE, Expect.UPPERCASE_CURRENT, Expect.MALFORMED,
            Expect.UNKNOWN)));
    Arbitrary<Statement> statement = Arbitraries.frequencyOf(Tuple.of(4, statements()), Tuple.of(1, largeStatements()));
    Arbitrary<Op> add = Combinators.combine(statement, expect).as(Add::new);
    Arbitrary<Op> remove = Combinators.combine(
            Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 1000), sids(), expect)
        .as(Remove::new);
    return Arbitraries.frequencyOf(Tuple.of(3, add), Tuple.of(2, remove))
        .list().ofMinSize(1).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Statement> statements() {
    Arbitrary<StatementId> sid = sids().map(StatementId::of);
    Arbitrary<Effect> effect = Arbitraries.frequency(Tuple.of(9, Effect.ALLOW), Tuple.of(1, Effect.DENY));
    Arbitrary<List<Action>> actions = Arbitraries.oneOf(
            Arbitraries.of("lambda:GetLayerVersion", "lambda:*", "*", "s3:GetObject", "lambda:Get?ayer*"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .flatMap(service -> Arbitraries.strings().alpha().numeric().withChars('*', '?')
                    .ofMinLength(1).ofMaxLength(40).map(operation -> service + ':' + operation)))
        .map(Action::of)
        .list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<String>> resources = Arbitraries.oneOf(
            Arbitraries.just(RESOURCE.toString()),
            Arbitraries.just("*"),
            Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_').ofMinLength(1).ofMaxLength(140)
                .map(name -> "arn:aws:lambda:us-east-2:123456789012:layer:" + name + ":1"),
            safeStrings(0, 300))
        .list().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(sid, effect, principals(), actions, resources, conditions())
        .as(Statement::of);
  }

  private static Arbitrary<String> sids() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(SID_POOL)),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(100)));
  }

  private static Arbitrary<List<Principal>> principals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(12);
    Arbitrary<Principal> account = Combinators.combine(digits, Arbitraries.of(PARTITIONS))
        .as((id, partition) -> Principal.account(AccountId.of(id), partition));
    Arbitrary<Principal> role = Combinators.combine(
            Arbitraries.of(PARTITIONS), digits,
            Arbitraries.strings().alpha().numeric().withChars('+', '=', ',', '.', '@', '_', '-', '/')
                .ofMinLength(1).ofMaxLength(64))
        .as((partition, id, name) -> Principal.role(Arn.of(partition, "iam", "", id, "role/" + name)));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.of(Principal.any()))),
        Tuple.of(4, Arbitraries.oneOf(account, role).list().ofMinSize(1).ofMaxSize(3)));
  }

  private static Arbitrary<List<Condition>> conditions() {
    Arbitrary<List<String>> fewValues = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(10).ofMaxLength(32).map(s -> "o-" + s),
            safeStrings(1, 40))
        .list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<String>> manyValues = Combinators.combine(Arbitraries.integers().between(10, 60), safeStrings(1, 30))
        .as((count, base) -> IntStream.range(0, count).mapToObj(i -> base + i).toList());
    Arbitrary<List<String>> values = Arbitraries.frequencyOf(Tuple.of(5, fewValues), Tuple.of(1, manyValues));
    Arbitrary<Condition> condition = Combinators.combine(Arbitraries.of(OPERATORS), Arbitraries.of(KEYS), values)
        .as(Condition::new);
    return condition.list().ofMinSize(0).ofMaxSize(4)
        .uniqueElements(c -> c.operator() + '\u0000' + c.key());
  }

  /** Statements of 2 to 25 kilobytes, so that sequences reach the size limit now and then. */
  private static Arbitrary<Statement> largeStatements() {
    Arbitrary<List<String>> values = Combinators.combine(
            Arbitraries.integers().between(50, 400).withDistribution(RandomDistribution.uniform()), safeStrings(20, 60))
        .as((count, base) -> IntStream.range(0, count).mapToObj(i -> base + i).toList());
    return Combinators.combine(sids().map(StatementId::of), principals(), values)
        .as((sid, principals, arns) -> Statement.of(
            sid, Effect.ALLOW, principals, List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(RESOURCE.toString()),
            List.of(new Condition("ArnLike", "aws:SourceArn", arns))));
  }

  /** Printable ASCII without quote or backslash: what a policy value may hold. */
  private static Arbitrary<String> safeStrings(int min, int max) {
    return Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMinLength(min).ofMaxLength(max);
  }
}
