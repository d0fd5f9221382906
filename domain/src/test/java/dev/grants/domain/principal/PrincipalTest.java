package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrincipalTest {
  private static final AccountId GRANTEE = AccountId.of("223456789012");
  private static final AccountId OTHER = AccountId.of("323456789012");

  private static Principal.Role role(String text) {
    return Principal.role(Arn.parse(text).get());
  }

  @Test
  void an_account_is_written_as_its_root_arn_in_its_partition() {
    assertThat(Principal.account(GRANTEE, Partition.AWS).policyValue()).isEqualTo("arn:aws:iam::223456789012:root");
    assertThat(Principal.account(GRANTEE, Partition.AWS_CN).policyValue())
        .isEqualTo("arn:aws-cn:iam::223456789012:root");
    assertThat(Principal.account(GRANTEE, Partition.AWS_US_GOV).policyValue())
        .isEqualTo("arn:aws-us-gov:iam::223456789012:root");
  }

  @Test
  void the_policy_value_length_is_the_length_of_the_policy_value_for_every_kind_of_principal() {
    for (Principal principal : new Principal[] {
        Principal.account(GRANTEE, Partition.AWS), Principal.account(GRANTEE, Partition.AWS_US_GOV),
        Principal.account(GRANTEE, Partition.of("aws-some-future-partition")), Principal.any(),
        role("arn:aws:iam::223456789012:role/path/reader"), Principal.named("Service", "lambda.amazonaws.com")}) {
      assertThat(principal.policyValueLength()).as("%s", principal).isEqualTo(principal.policyValue().length());
    }
  }

  @Test
  void anyone_is_written_as_a_bare_star() {
    assertThat(Principal.any().policyValue()).isEqualTo("*");
  }

  @Test
  void a_role_is_written_as_its_arn() {
    assertThat(role("arn:aws:iam::223456789012:role/reader").policyValue())
        .isEqualTo("arn:aws:iam::223456789012:role/reader");
  }

  @Test
  void a_role_principal_needs_an_iam_role_arn() {
    assertThatThrownBy(() -> role("arn:aws:iam::223456789012:user/alice"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> role("arn:aws:iam::223456789012:root")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> role("arn:aws:s3:::role/reader")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_account_covers_itself_and_every_role_in_it() {
    Principal account = Principal.account(GRANTEE, Partition.AWS);

    assertThat(account.covers(Principal.account(GRANTEE, Partition.AWS))).isTrue();
    assertThat(account.covers(role("arn:aws:iam::223456789012:role/reader"))).isTrue();
    assertThat(account.covers(role("arn:aws:iam::223456789012:role/path/writer"))).isTrue();
  }

  @Test
  void an_account_covers_no_other_account_nor_its_roles_nor_itself_in_another_partition() {
    Principal account = Principal.account(GRANTEE, Partition.AWS);

    assertThat(account.covers(Principal.account(OTHER, Partition.AWS))).isFalse();
    assertThat(account.covers(role("arn:aws:iam::323456789012:role/reader"))).isFalse();
    assertThat(account.covers(Principal.account(GRANTEE, Partition.AWS_CN))).isFalse();
    assertThat(account.covers(role("arn:aws-cn:iam::223456789012:role/reader"))).isFalse();
  }

  @Test
  void a_role_covers_exactly_that_role() {
    Principal reader = role("arn:aws:iam::223456789012:role/reader");

    assertThat(reader.covers(role("arn:aws:iam::223456789012:role/reader"))).isTrue();
    assertThat(reader.covers(role("arn:aws:iam::223456789012:role/writer"))).isFalse();
    assertThat(reader.covers(role("arn:aws:iam::323456789012:role/reader"))).isFalse();
    assertThat(reader.covers(Principal.account(GRANTEE, Partition.AWS))).isFalse();
  }

  @Test
  void anyone_covers_every_caller() {
    assertThat(Principal.any().covers(Principal.account(GRANTEE, Partition.AWS))).isTrue();
    assertThat(Principal.any().covers(Principal.account(OTHER, Partition.AWS_CN))).isTrue();
    assertThat(Principal.any().covers(role("arn:aws:iam::323456789012:role/reader"))).isTrue();
  }

  @Test
  void no_concrete_principal_covers_anyone() {
    assertThat(Principal.account(GRANTEE, Partition.AWS).covers(Principal.any())).isFalse();
    assertThat(role("arn:aws:iam::223456789012:role/reader").covers(Principal.any())).isFalse();
  }
}
