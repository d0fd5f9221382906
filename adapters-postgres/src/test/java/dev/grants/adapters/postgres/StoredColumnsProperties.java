package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The column codecs read back exactly what they wrote, whatever the text, and refuse what they never write. */
class StoredColumnsProperties {

  @Property(tries = 2000)
  void any_text_reads_back_as_itself_and_is_stored_as_itself_unless_postgres_cannot_hold_it(
      @ForAll("hostileText") String text) {
    String stored = StoredText.encode(text);

    assertThat(StoredText.decode(stored)).isEqualTo(text);
    assertThat(stored.indexOf('\u0000')).isEqualTo(-1);
    assertThat(hasUnpairedSurrogate(stored)).isFalse();
    if (text.indexOf('\u0000') < 0 && !hasUnpairedSurrogate(text) && !text.startsWith("\uE000")) {
      assertThat(stored).isSameAs(text);
    }
  }

  @Property(tries = 1000)
  void any_list_and_map_of_text_read_back_as_themselves_and_are_ascii(
      @ForAll("hostileTexts") List<String> values) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(values.get(i), values.get((i + 1) % values.size()));
    }

    String list = StoredJson.stringList(values);
    String object = StoredJson.stringMap(map);

    assertThat(StoredJson.parseStringList(list)).isEqualTo(values);
    assertThat(StoredJson.parseStringMap(object)).isEqualTo(map);
    assertThat(list.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
    assertThat(object.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
  }

  @Test
  void every_kind_of_principal_and_condition_reads_back_as_the_statement_it_was() {
    Statement first = Statement.of(StatementId.of("mixed"), Effect.DENY,
        List.of(Principal.account(AccountId.of("223456789012"), Partition.AWS_CN),
            Principal.role(Arn.parse("arn:aws:iam::223456789012:role/reader").get()),
            // The same text as an account's root ARN, but a different principal: it must stay what it is.
            Principal.named("AWS", "arn:aws:iam::223456789012:root"),
            Principal.named("Service", "signer.amazonaws.com")),
        List.of(Action.of("signer:GetSigningProfile"), Action.of("signer:*")),
        List.of("arn:aws:signer:us-east-2:123456789012:/signing-profiles/P", "*"),
        List.of(Condition.principalOrgId(dev.grants.domain.principal.OrganizationId.of("o-a1b2c3d4e5")),
            new Condition("StringNotEquals", "aws:SourceAccount", List.of("111122223333", "444455556666"))));
    Statement second = Statement.allow(StatementId.of("anyone"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        "arn:aws:lambda:us-east-2:123456789012:layer:l:1");
    Statement third = second.withSidAndPrincipals(StatementId.of("shared"),
        List.of(Principal.account(AccountId.of("111122223333"), Partition.AWS)));

    List<Statement> read = StoredStatements.decode(StoredStatements.encode(List.of(first, second, third)));

    assertThat(read).containsExactly(first, second, third);
    assertThat(read.get(0).principals().get(2)).isInstanceOf(Principal.Named.class);
    assertThat(read.stream().mapToInt(Statement::compactJsonLength).toArray())
        .containsExactly(first.compactJsonLength(), second.compactJsonLength(), third.compactJsonLength());
  }

  @Test
  void a_column_that_grants_never_wrote_is_refused_as_corrupt() {
    assertThatThrownBy(() -> StoredStatements.decode("[{\"sid\":\"a\"}]")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredStatements.decode("[{\"sid\":\"a\",\"effect\":\"Maybe\",\"principals\":[],"
        + "\"actions\":[],\"resources\":[]}]")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredJson.parse("[\"a\",]")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredJson.parse("{\"a\":\"1\",\"a\":\"2\"}")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredJson.parse("\"\\u12\"")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredJson.parse("[] x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredText.decode("\uE000\uE00012")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StoredText.decode("\uE000\uE000zzzz")).isInstanceOf(IllegalStateException.class);
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<Character> awkward = Arbitraries.of('\u0000', '\uE000', '\ud800', '\udc00', '"', '\\', '\n', '\u007f',
        '\u00e9', '\u4e16');
    Arbitrary<Character> any = Arbitraries.chars().all();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, awkward), net.jqwik.api.Tuple.of(2, any),
            net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')))
        .list().ofMaxSize(40)
        .map(chars -> {
          StringBuilder text = new StringBuilder();
          chars.forEach(text::append);
          return text.toString();
        });
  }

  @Provide
  Arbitrary<List<String>> hostileTexts() {
    return hostileText().list().ofMinSize(1).ofMaxSize(6).uniqueElements();
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
