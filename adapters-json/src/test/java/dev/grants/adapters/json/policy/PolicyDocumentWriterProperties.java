package dev.grants.adapters.json.policy;

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
import dev.grants.domain.revision.RevisionId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class PolicyDocumentWriterProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 500)
  void the_written_policy_is_exactly_as_long_as_the_domain_computes_and_is_valid_json(
      @ForAll("policies") ResourcePolicy policy) throws Exception {
    byte[] written = PolicyDocumentWriter.writeBytes(policy);

    assertThat(written).hasSize(policy.compactJsonLength());
    JsonNode tree = MAPPER.readTree(written);
    assertThat(tree.get("Statement")).hasSize(policy.statements().size());
    // Compact and canonical: Jackson's own compact rendering of the parsed tree is the same text.
    assertThat(MAPPER.writeValueAsString(tree)).isEqualTo(new String(written, StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void the_string_and_the_bytes_are_the_same_text_and_each_statement_reads_as_written_alone(
      @ForAll("policies") ResourcePolicy policy) throws Exception {
    String written = PolicyDocumentWriter.write(policy);

    assertThat(written).isEqualTo(new String(PolicyDocumentWriter.writeBytes(policy), StandardCharsets.UTF_8));
    // A statement repeating the previous one's action and resource is written in fewer pieces: same text.
    JsonNode statements = MAPPER.readTree(written).get("Statement");
    for (int i = 0; i < policy.statements().size(); i++) {
      assertThat(MAPPER.writeValueAsString(statements.get(i)))
          .isEqualTo(PolicyDocumentWriter.write(policy.statements().get(i)));
    }
  }

  @Property(tries = 500)
  void a_statement_is_exactly_as_long_as_the_domain_computes(@ForAll("statements") Statement statement) {
    assertThat(PolicyDocumentWriter.write(statement).getBytes(StandardCharsets.UTF_8))
        .hasSize(statement.compactJsonLength());
  }

  @Provide
  Arbitrary<ResourcePolicy> policies() {
    return statements().list().ofMaxSize(12).uniqueElements(Statement::sid).map(statements ->
        ResourcePolicy.restore(Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:l:1").get(), statements,
            RevisionId.fromBits(1, 2)));
  }

  @Provide
  Arbitrary<Statement> statements() {
    Arbitrary<String> sids = Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(100);
    Arbitrary<List<Principal>> principals = Arbitraries.oneOf(
        Arbitraries.just(List.of(Principal.any())),
        principal().list().ofMinSize(1).ofMaxSize(4));
    Arbitrary<List<Action>> actions = Arbitraries.of("lambda:GetLayerVersion", "signer:StartSigningJob", "s3:*", "*")
        .map(Action::of).list().ofMinSize(1).ofMaxSize(3);
    // Most policies hold one resource in every statement (the writer writes repeated runs in fewer pieces).
    Arbitrary<List<String>> resources = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(List.of("arn:aws:lambda:us-east-2:123456789012:layer:l:1"))),
        Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMinLength(1)
            .ofMaxLength(60).list().ofMinSize(1).ofMaxSize(3)));
    Arbitrary<List<Condition>> conditions = condition().list().ofMaxSize(4)
        .uniqueElements(c -> c.operator() + "/" + c.key());
    return Combinators.combine(sids, Arbitraries.of(Effect.class), principals, actions, resources, conditions)
        .as((sid, effect, who, what, where, when) ->
            Statement.of(StatementId.of(sid), effect, who, what, where, when));
  }

  private Arbitrary<Principal> principal() {
    Arbitrary<String> accounts = Arbitraries.strings().numeric().ofLength(12);
    Arbitrary<Partition> partitions =
        Arbitraries.of(Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV, Partition.of("aws-iso"));
    Arbitrary<Principal> accountPrincipals = Combinators.combine(accounts, partitions)
        .as((account, partition) -> Principal.account(AccountId.of(account), partition));
    Arbitrary<Principal> roles = Combinators.combine(accounts, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20))
        .as((account, name) -> Principal.role(Arn.parse("arn:aws:iam::" + account + ":role/" + name).get()));
    Arbitrary<Principal> users = Combinators.combine(accounts, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20))
        .as((account, name) -> Principal.named("AWS", "arn:aws:iam::" + account + ":user/" + name));
    Arbitrary<Principal> services = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
        .map(name -> Principal.named("Service", name + ".amazonaws.com"));
    return Arbitraries.oneOf(accountPrincipals, roles, users, services);
  }

  private Arbitrary<Condition> condition() {
    Arbitrary<String> operators = Arbitraries.of("StringEquals", "StringNotEquals", "StringLike");
    Arbitrary<String> keys = Arbitraries.of("aws:PrincipalOrgID", "signer:ProfileVersion", "aws:SourceAccount");
    Arbitrary<List<String>> values = Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMinLength(1).ofMaxLength(20)
        .list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(operators, keys, values).as(Condition::new);
  }


}
