package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of a policy document writer: it writes exactly {@link ResourcePolicy#compactJsonLength()}
 * UTF-8 bytes for every policy, the number the domain checks the 20480-byte limit against, and the seed
 * example byte for byte. Random policies come from a fixed seed, so a failure repeats. Extend it with your
 * writer:
 *
 * <pre>{@code
 * class MyWriterTest extends PolicyDocumentWriterContract {
 *   @Override
 *   protected byte[] write(ResourcePolicy policy) { return MyWriter.write(policy); }
 * }
 * }</pre>
 */
public abstract class PolicyDocumentWriterContract {
  private static final String[] PARTITIONS = {"aws", "aws-cn", "aws-us-gov"};
  private static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'()*+,-./:;<=>?@[]^_`{|}~";

  /** Creates the suite. */
  protected PolicyDocumentWriterContract() {}

  /** The writer under test: the compact JSON document of {@code policy}, as UTF-8 bytes. */
  protected abstract byte[] write(ResourcePolicy policy);

  /** How many random policies are written (default 2000). */
  protected int policies() {
    return 2000;
  }

  /** The seed of the random policies (default fixed, so that a failure repeats). */
  protected long seed() {
    return 20480L;
  }

  @Test
  void the_seed_policy_is_written_byte_for_byte() {
    ResourcePolicy policy = ResourcePolicy.none(Fixtures.layerVersionArn(1).arn())
        .add(Fixtures.statement(Fixtures.STATEMENT_ID), ExpectedRevision.any(), RevisionId.fromBits(0, 1)).get();

    assertThat(new String(write(policy), StandardCharsets.UTF_8)).isEqualTo(
        "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + Fixtures.SEED_STATEMENT_JSON + "]}");
  }

  @Test
  void every_policy_is_written_in_exactly_as_many_bytes_as_the_domain_computes() {
    Random random = new Random(seed());
    for (int i = 0; i < policies(); i++) {
      ResourcePolicy policy = randomPolicy(random);

      assertThat(write(policy)).as("policy %d: %s", i, policy).hasSize(policy.compactJsonLength());
    }
  }

  @Test
  void a_policy_at_the_size_limit_is_written_in_exactly_20480_bytes() {
    ResourcePolicy policy = ResourcePolicy.none(Fixtures.layerVersionArn(1).arn());
    int n = 0;
    while (true) {
      ResourcePolicy next = policy.add(Fixtures.statement("s" + n++), ExpectedRevision.any(),
          RevisionId.fromBits(0, n)).getOrNull();
      if (next == null) {
        break;
      }
      policy = next;
    }
    int gap = ResourcePolicy.SIZE_LIMIT - policy.compactJsonLength();
    Statement filler = Statement.allow(StatementId.of("f"), Principal.any(), Action.of("s:A"),
        "r".repeat(Math.max(1, gap - 60)));
    ResourcePolicy fuller = policy.add(filler, ExpectedRevision.any(), RevisionId.fromBits(1, 1)).getOrNull();
    ResourcePolicy written = fuller == null ? policy : fuller;

    assertThat(write(written)).hasSize(written.compactJsonLength());
    assertThat(written.compactJsonLength()).isLessThanOrEqualTo(ResourcePolicy.SIZE_LIMIT);
  }

  private static ResourcePolicy randomPolicy(Random random) {
    int count = random.nextInt(8);
    Set<String> sids = new LinkedHashSet<>();
    List<Statement> statements = new ArrayList<>(count);
    while (statements.size() < count) {
      String sid = text(random, "abcXYZ019_-", 1 + random.nextInt(20));
      if (sids.add(sid)) {
        statements.add(randomStatement(random, sid));
      }
    }
    return ResourcePolicy.restore(Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:l:1").get(), statements,
        RevisionId.fromBits(random.nextLong(), random.nextLong()));
  }

  private static Statement randomStatement(Random random, String sid) {
    List<Principal> principals = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      principals.add(Principal.any());
    } else {
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        String account = text(random, "0123456789", 12);
        principals.add(switch (random.nextInt(4)) {
          case 0 -> Principal.account(AccountId.of(account), Partition.of(PARTITIONS[random.nextInt(3)]));
          case 1 -> Principal.role(Arn.parse("arn:aws:iam::" + account + ":role/" + text(random, "abcXYZ/", 8)).get());
          case 2 -> Principal.named("Service", text(random, "abcdefgh.", 10) + ".amazonaws.com");
          default -> Principal.named("AWS", "arn:aws:iam::" + account + ":user/" + text(random, "abcXYZ", 6));
        });
      }
    }
    List<Action> actions = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      actions.add(Action.of(List.of("lambda:GetLayerVersion", "signer:StartSigningJob", "s3:*", "*")
          .get(random.nextInt(4))));
    }
    List<String> resources = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      resources.add(text(random, TEXT, 1 + random.nextInt(60)));
    }
    List<Condition> conditions = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      String operator = List.of("StringEquals", "StringNotEquals", "StringLike").get(random.nextInt(3));
      String key = List.of("aws:PrincipalOrgID", "signer:ProfileVersion", "aws:SourceAccount").get(random.nextInt(3));
      if (keys.add(operator + key)) {
        List<String> values = new ArrayList<>();
        for (int v = 0, m = 1 + random.nextInt(3); v < m; v++) {
          values.add(text(random, TEXT, 1 + random.nextInt(20)));
        }
        conditions.add(new Condition(operator, key, values));
      }
    }
    return Statement.of(StatementId.of(sid), random.nextBoolean() ? Effect.ALLOW : Effect.DENY, principals, actions,
        resources, conditions);
  }

  private static String text(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
