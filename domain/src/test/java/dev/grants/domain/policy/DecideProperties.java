package dev.grants.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.RevisionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@link ResourcePolicy#decide} against a brute-force reference evaluator: for a random policy, every request of a
 * small universe (every caller, organization, action and profile version below) gets the same decision from both.
 * The reference reads only what the policy document says (the principal strings, the action patterns, the
 * condition block) and evaluates every statement whole, in the IAM way: an applicable {@code Deny} wins, then the
 * first applicable {@code Allow}, otherwise deny by default. It matches actions through a regular expression rather
 * than the production glob, and principals by comparing root and role ARNs as text.
 */
class DecideProperties {
  private static final Arn RESOURCE = Arn.parse("arn:aws:lambda:us-east-2:111122223333:layer:shared:1").get();
  private static final List<String> ACCOUNTS = List.of("111122223333", "444455556666", "777788889999");
  private static final List<Partition> PARTITIONS = List.of(Partition.AWS, Partition.AWS_CN);
  private static final List<String> ROLE_NAMES = List.of("reader", "writer");
  private static final List<String> ORGANIZATIONS = List.of("o-aaaaaaaaaa", "o-bbbbbbbbbb");
  private static final List<String> PROFILE_VERSIONS = List.of("v1a2b3c4d5", "v9z8y7x6w5");
  private static final List<Action> REQUESTED = List.of(Action.LAMBDA_GET_LAYER_VERSION,
      Action.of("signer:GetSigningProfile"), Action.of("lambda:AddLayerVersionPermission"));
  private static final List<String> PATTERNS = List.of("lambda:GetLayerVersion", "signer:GetSigningProfile",
      "lambda:AddLayerVersionPermission", "lambda:*", "*", "lambda:Get*", "LAMBDA:getlayerversion",
      "signer:Get?igningProfile", "lambda:GetLayerVersion?", "lambda:*Layer*", "s3:GetObject");
  private static final List<String> OPERATORS = List.of("StringEquals", "StringNotEquals", "StringLike", "ArnLike");
  private static final List<String> KEYS = List.of("aws:PrincipalOrgID", "AWS:principalorgid", "signer:ProfileVersion",
      "aws:SourceAccount");

  /** Every caller the universe has: each account's root in each partition, and two roles in each. */
  private static final List<Principal> CALLERS = universeOfCallers();

  // 300 policies, each checked against 24 callers x 3 organizations x 3 actions x 3 profile versions.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage check below still applies
  void decide_agrees_with_a_brute_force_reference_on_every_request_of_the_universe(
      @ForAll("policies") ResourcePolicy policy) {
    for (Principal caller : CALLERS) {
      for (String organization : withNone(ORGANIZATIONS)) {
        for (Action action : REQUESTED) {
          for (String profileVersion : withNone(PROFILE_VERSIONS)) {
            AccessRequest request = AccessRequest.of(caller, action);
            if (organization != null) {
              request = request.inOrganization(OrganizationId.of(organization));
            }
            if (profileVersion != null) {
              request = request.withContext("signer:ProfileVersion", profileVersion);
            }
            Decision expected = Reference.decide(policy.statements(), caller, action, request.context());

            assertThat(policy.decide(request)).as("%s for %s", policy, request).isEqualTo(expected);
            Statistics.label("decision").collect(expected.getClass().getSimpleName());
          }
        }
      }
    }
    Statistics.label("decision").coverage(coverage -> {
      coverage.check("Allowed").count(count -> count > 0);
      coverage.check("ExplicitlyDenied").count(count -> count > 0);
      coverage.check("ImplicitlyDenied").count(count -> count > 0);
    });
  }

  @Property(tries = 200)
  void a_grant_to_anyone_narrowed_to_an_organization_allows_exactly_the_callers_in_it(
      @ForAll("callers") Principal caller, @ForAll("organizationOrNone") String callerOrganization,
      @ForAll("organizationOrNone") String narrowedTo) {
    Statement statement = Statement.allow(StatementId.of("org"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        RESOURCE.toString());
    if (narrowedTo != null) {
      statement = statement.withCondition(Condition.principalOrgId(OrganizationId.of(narrowedTo)));
    }
    ResourcePolicy policy = policyOf(List.of(statement));
    AccessRequest request = AccessRequest.of(caller, Action.LAMBDA_GET_LAYER_VERSION);
    if (callerOrganization != null) {
      request = request.inOrganization(OrganizationId.of(callerOrganization));
    }

    boolean inIt = narrowedTo == null || narrowedTo.equals(callerOrganization);
    assertThat(policy.decide(request).isAllowed()).isEqualTo(inIt);
  }

  @Provide
  Arbitrary<Principal> callers() {
    return Arbitraries.of(CALLERS);
  }

  @Provide
  Arbitrary<String> organizationOrNone() {
    return Arbitraries.of(withNone(ORGANIZATIONS));
  }

  @Provide
  Arbitrary<ResourcePolicy> policies() {
    return statements().list().ofMinSize(0).ofMaxSize(5).map(DecideProperties::numbered).map(DecideProperties::policyOf);
  }

  private static Arbitrary<Statement> statements() {
    Arbitrary<Effect> effect = Arbitraries.frequency(Tuple.of(3, Effect.ALLOW), Tuple.of(1, Effect.DENY));
    Arbitrary<List<Principal>> principals = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.of(Principal.any()))),
        Tuple.of(4, grantees().list().ofMinSize(1).ofMaxSize(3).uniqueElements()));
    Arbitrary<List<Action>> actions =
        Arbitraries.of(PATTERNS).map(Action::of).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
    Arbitrary<List<Condition>> conditions = conditions().list().ofMinSize(0).ofMaxSize(2)
        .uniqueElements(condition -> condition.operator() + ' ' + condition.key());
    return Combinators.combine(effect, principals, actions, conditions).as((e, p, a, c) ->
        Statement.of(StatementId.of("placeholder"), e, p, a, List.of(RESOURCE.toString()), c));
  }

  /** What a statement may name: an account (its root), a role, or a principal no caller of the universe is. */
  private static Arbitrary<Principal> grantees() {
    Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
    Arbitrary<Partition> partition = Arbitraries.of(PARTITIONS);
    return Arbitraries.oneOf(
        Combinators.combine(account, partition).as((a, p) -> Principal.account(AccountId.of(a), p)),
        Combinators.combine(account, partition, Arbitraries.of(ROLE_NAMES))
            .as((a, p, name) -> (Principal) role(p, a, name)),
        account.map(a -> Principal.named(Principal.AWS, "arn:aws:iam::" + a + ":user/bob")),
        Arbitraries.just(Principal.named("Service", "lambda.amazonaws.com")));
  }

  private static Arbitrary<Condition> conditions() {
    Arbitrary<List<String>> values =
        Arbitraries.of(concat(ORGANIZATIONS, PROFILE_VERSIONS)).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
    return Combinators.combine(Arbitraries.of(OPERATORS), Arbitraries.of(KEYS), values).as(Condition::new);
  }

  /** The statements with the ids {@code s0}, {@code s1}, ... in order (ids must be unique in a policy). */
  private static List<Statement> numbered(List<Statement> statements) {
    List<Statement> numbered = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      numbered.add(Statement.of(StatementId.of("s" + i), s.effect(), s.principals(), s.actions(), s.resources(),
          s.conditions()));
    }
    return numbered;
  }

  private static ResourcePolicy policyOf(List<Statement> statements) {
    return ResourcePolicy.restore(RESOURCE, statements, RevisionId.fromBits(0, 1));
  }

  private static Principal.Role role(Partition partition, String account, String name) {
    return Principal.role(Arn.of(partition, "iam", "", account, "role/" + name));
  }

  private static List<Principal> universeOfCallers() {
    List<Principal> callers = new ArrayList<>();
    for (String account : ACCOUNTS) {
      for (Partition partition : PARTITIONS) {
        callers.add(Principal.account(AccountId.of(account), partition));
        for (String name : ROLE_NAMES) {
          callers.add(role(partition, account, name));
        }
      }
    }
    return List.copyOf(callers);
  }

  private static <T> List<T> withNone(List<T> values) {
    List<T> all = new ArrayList<>(values);
    all.add(null);
    return all;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The reference: IAM's evaluation of one resource policy, written from the document's strings. */
  static final class Reference {
    private Reference() {}

    static Decision decide(List<Statement> statements, Principal caller, Action action, Map<String, String> context) {
      Set<StatementId> applicable = new LinkedHashSet<>();
      for (Statement statement : statements) {
        if (principalMatches(statement, caller) && actionMatches(statement, action)
            && conditionsHold(statement, context)) {
          applicable.add(statement.sid());
        }
      }
      StatementId firstDeny = null;
      StatementId firstAllow = null;
      for (Statement statement : statements) {
        if (!applicable.contains(statement.sid())) {
          continue;
        }
        if (statement.effect() == Effect.DENY && firstDeny == null) {
          firstDeny = statement.sid();
        }
        if (statement.effect() == Effect.ALLOW && firstAllow == null) {
          firstAllow = statement.sid();
        }
      }
      if (firstDeny != null) {
        return new Decision.ExplicitlyDenied(firstDeny);
      }
      return firstAllow != null ? new Decision.Allowed(firstAllow) : Decision.ImplicitlyDenied.INSTANCE;
    }

    /**
     * {@code "Principal":"*"} names everyone; an {@code AWS} root ARN names that account's root and every role in
     * it; any other {@code AWS} ARN names exactly that identity; other principal types name no caller here.
     */
    private static boolean principalMatches(Statement statement, Principal caller) {
      Map<String, List<String>> block = statement.principalBlock();
      if (block.isEmpty()) {
        return true; // "Principal":"*"
      }
      String callerArn;
      String callerRoot;
      if (caller instanceof Principal.Account account) {
        callerArn = "arn:" + account.partition().name() + ":iam::" + account.id().value() + ":root";
        callerRoot = callerArn;
      } else {
        Arn role = ((Principal.Role) caller).arn();
        callerArn = role.toString();
        callerRoot = "arn:" + role.partition().name() + ":iam::" + role.account() + ":root";
      }
      for (String value : block.getOrDefault("AWS", List.of())) {
        if (value.equals(callerArn) || value.equals(callerRoot)) {
          return true;
        }
      }
      return false;
    }

    private static boolean actionMatches(Statement statement, Action requested) {
      for (Action pattern : statement.actions()) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.value().toCharArray()) {
          regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        if (Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(requested.value()).matches()) {
          return true;
        }
      }
      return false;
    }

    /** Every key of the condition block holds; keys compare case-insensitively, values exactly. */
    private static boolean conditionsHold(Statement statement, Map<String, String> context) {
      for (Map.Entry<String, Map<String, List<String>>> operator : statement.conditionBlock().entrySet()) {
        for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
          String actual = null;
          for (Map.Entry<String, String> entry : context.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key.getKey())) {
              actual = entry.getValue();
            }
          }
          boolean listed = actual != null && key.getValue().contains(actual);
          boolean holds = switch (operator.getKey()) {
            case "StringEquals" -> listed;
            case "StringNotEquals" -> !listed;
            default -> false; // operators Grants does not evaluate never hold: they only narrow
          };
          if (!holds) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
