package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wiring that is closed (its pool shut, as when its process ends) leaves everything it wrote to a new wiring on a
 * new pool: the same answers, to the revision, and the provisioning it left in progress is handed to the new
 * wiring's gateway by its recovery, once the first wiring's lease lapsed, and finished there.
 */
class FreshWiringTest {
  private static final String SCHEMA = TestPostgres.schemaOf(FreshWiringTest.class);

  private final FixedClock clock = FixedClock.at("2018-11-14T23:03:52.894Z");
  private final SequentialIds ids = new SequentialIds();

  @Test
  void a_new_wiring_on_a_new_pool_reads_back_every_family_as_the_closed_one_left_it() {
    TestPostgres.emptyStore(getClass());
    ScriptedProvisioningGateway firstGateway = new ScriptedProvisioningGateway();
    HikariDataSource firstPool = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 4, "first");
    Grants first = wiring(firstPool, firstGateway);

    LayerVersion version = first.layerVersions().publish(Fixtures.publishLayerVersion().description("shared")
        .build()).get();
    first.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()).get();
    first.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().statementId("org").principal("*")
        .organizationId(Fixtures.ORGANIZATION).build()).get();
    GetLayerVersionPolicyResult policy =
        first.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get();
    first.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    first.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).get();
    SigningProfile profile = first.signingProfiles().get(Fixtures.getSigningProfile().build()).get();
    ListProfilePermissionsResult permissions =
        first.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).get();
    Instance instance = first.permissionSets().createInstance(Fixtures.createInstance().build()).get();
    PermissionSet set = first.permissionSets()
        .createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()).get();
    ProvisioningRequest done = first.permissionSetProvisioning()
        .provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build()).get();
    firstGateway.succeed(Fixtures.ACCOUNT_A);
    PermissionSet changed = first.permissionSets()
        .putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn()).build()).get();
    ProvisioningRequest interrupted = first.permissionSetProvisioning()
        .provision(Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build()).get();
    firstPool.close(); // the first process is gone; its gateway never answers, its leases lapse
    clock.advance(Grants.Builder.DEFAULT_PROVISIONING_LEASE);

    ScriptedProvisioningGateway secondGateway = new ScriptedProvisioningGateway();
    HikariDataSource secondPool = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 4, "second");
    try {
      Grants second = wiring(secondPool, secondGateway);
      assertThat(second.recoverProvisioning().get().accountsHandedOver()).isEqualTo(1); // as a launcher does at start

      assertThat(second.layerVersions().get(Fixtures.getLayerVersion().build()).get()).isEqualTo(version);
      assertThat(second.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get())
          .isEqualTo(policy);
      assertThat(second.signingProfiles().get(Fixtures.getSigningProfile().build()).get()).isEqualTo(profile);
      assertThat(second.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).get())
          .isEqualTo(permissions);
      assertThat(second.permissionSets().listInstances(Fixtures.listInstances().build()).get().items())
          .containsExactly(instance);
      assertThat(second.permissionSets().describePermissionSet(
          Fixtures.describePermissionSet(instance.arn(), set.arn()).build()).get()).isEqualTo(changed);
      assertThat(second.permissionSetProvisioning().describeStatus(
          Fixtures.describeProvisioningStatus(instance.arn(), done.requestId()).build()).get().status())
          .isEqualTo(ProvisioningStatus.SUCCEEDED);
      assertThat(second.permissionSetProvisioning().listAccounts(
          Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
              .provisioningStatus("LATEST_PERMISSION_SET_NOT_PROVISIONED").build()).get().items())
          .containsExactly(Fixtures.ACCOUNT_A);

      // Its recovery handed the interrupted fan-out's pending account to its gateway.
      assertThat(secondGateway.succeed(Fixtures.ACCOUNT_A)).isEqualTo(1);
      assertThat(second.permissionSetProvisioning().describeStatus(
          Fixtures.describeProvisioningStatus(instance.arn(), interrupted.requestId()).build()).get().status())
          .isEqualTo(ProvisioningStatus.SUCCEEDED);
      assertThat(second.permissionSetProvisioning().listAccounts(
          Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
              .provisioningStatus("LATEST_PERMISSION_SET_PROVISIONED").build()).get().items())
          .isEqualTo(List.of(Fixtures.ACCOUNT_A));
    } finally {
      secondPool.close();
    }
  }

  private Grants wiring(HikariDataSource pool, ScriptedProvisioningGateway gateway) {
    return PostgresWiring.wire(PostgresStore.builder(pool).schema(SCHEMA).build(), clock, ids,
        GrantsEventListener.NONE, gateway, Duration.ofMinutes(5));
  }
}
