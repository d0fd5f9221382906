package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.memory.InMemoryProvisioningGateway.Outcome;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.ports.in.PutInlinePolicyToPermissionSetCommand;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The provisioning flow end to end on the in-memory wiring with a scripted gateway and a fixed clock. */
class ProvisioningFlowTest {
  private static final CallContext OWNER = CallContext.of("123456789012", "us-east-1");
  private final FixedClock clock = FixedClock.at("2026-11-21T12:00:00.123Z");
  private final InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed());
  private final Grants grants = InMemoryGrants.builder().clock(clock).ids(new SequentialIds())
      .provisioningGateway(gateway).provisioningDeadline(Duration.ofSeconds(30)).build();

  @Test
  void provisioning_succeeds_goes_stale_after_a_new_definition_and_is_repaired_by_all_provisioned_accounts() {
    Instance instance = grants.permissionSets().createInstance(CreateInstanceCommand.builder().context(OWNER).build()).get();
    PermissionSet set = grants.permissionSets().createPermissionSet(CreatePermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).name("ReadOnly").build()).get();
    assertThat(set.sessionDuration()).isEqualTo("PT1H");

    ProvisioningRequest first = provision(instance, set, "AWS_ACCOUNT", "111122223333").get();
    assertThat(first.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_PROVISIONED")).containsExactly("111122223333");

    grants.permissionSets().putInlinePolicy(PutInlinePolicyToPermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString())
        .inlinePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[]}").build()).get();
    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_NOT_PROVISIONED")).containsExactly("111122223333");

    ProvisioningRequest repair = provision(instance, set, "ALL_PROVISIONED_ACCOUNTS", null).get();
    assertThat(repair.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(repair.account()).isNull();
    assertThat(accounts(instance, set, "LATEST_PERMISSION_SET_PROVISIONED")).containsExactly("111122223333");
  }

  @Test
  void a_request_nobody_answers_conflicts_while_in_progress_and_fails_at_its_deadline() {
    gateway.byDefault(Outcome.neverAnswer());
    Instance instance = grants.permissionSets().createInstance(CreateInstanceCommand.builder().context(OWNER).build()).get();
    PermissionSet set = grants.permissionSets().createPermissionSet(CreatePermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).name("ReadOnly").build()).get();

    ProvisioningRequest running = provision(instance, set, "AWS_ACCOUNT", "111122223333").get();
    assertThat(running.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(provision(instance, set, "AWS_ACCOUNT", "444455556666").getLeft())
        .isEqualTo(new GrantsError.ProvisioningInProgress(set.arn(), running.requestId()));

    clock.advance(Duration.ofSeconds(30));

    ProvisioningRequest failed = grants.permissionSetProvisioning().describeStatus(
        DescribePermissionSetProvisioningStatusCommand.builder().context(OWNER).instanceArn(instance.arn().toString())
            .provisionPermissionSetRequestId(running.requestId()).build()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason().get()).isEqualTo(
        "Provisioning did not complete within PT30S: no answer for account 111122223333");
    assertThat(provision(instance, set, "AWS_ACCOUNT", "444455556666").isRight()).isTrue();
  }

  @Test
  void a_fan_out_fails_naming_every_failed_account() {
    Instance instance = grants.permissionSets().createInstance(CreateInstanceCommand.builder().context(OWNER).build()).get();
    PermissionSet set = grants.permissionSets().createPermissionSet(CreatePermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).name("ReadOnly").build()).get();
    for (String account : new String[] {"111111111111", "222222222222", "333333333333"}) {
      provision(instance, set, "AWS_ACCOUNT", account).get();
    }
    gateway.script("111111111111", Outcome.fail("Account is suspended"))
        .script("333333333333", Outcome.fail("Quota exceeded"));

    ProvisioningRequest fanOut = provision(instance, set, "ALL_PROVISIONED_ACCOUNTS", null).get();

    assertThat(fanOut.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(fanOut.failureReason().get()).isEqualTo("Provisioning failed for accounts 111111111111 "
        + "(Account is suspended), 333333333333 (Quota exceeded)");
  }

  @Test
  void a_missing_target_id_is_refused_as_a_validation_error_before_the_instance_is_looked_up() {
    String unknownInstance = "arn:aws:sso:::instance/ssoins-0000000000000bad";

    assertThat(grants.permissionSetProvisioning().provision(ProvisionPermissionSetCommand.builder().context(OWNER)
        .instanceArn(unknownInstance).permissionSetArn("arn:aws:sso:::permissionSet/ssoins-0000000000000bad/ps-000000000000dead")
        .targetType("AWS_ACCOUNT").build()).getLeft()).isEqualTo(new GrantsError.TargetIdRequired());
  }

  private io.vavr.control.Either<GrantsError, ProvisioningRequest> provision(
      Instance instance, PermissionSet set, String type, String target) {
    return grants.permissionSetProvisioning().provision(ProvisionPermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString()).targetType(type)
        .targetId(target).build());
  }

  private java.util.List<String> accounts(Instance instance, PermissionSet set, String status) {
    return grants.permissionSetProvisioning().listAccounts(ListAccountsForProvisionedPermissionSetCommand.builder()
        .context(OWNER).instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString())
        .provisioningStatus(status).build()).get().items();
  }
}
