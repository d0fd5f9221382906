package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the PostgreSQL store does when the database fails: every failure is the port failure the services answer as
 * the family's internal error, serialization failures and deadlocks are retried (bounded), and whatever failed left
 * nothing half written, even with the connection killed mid-transaction.
 */
class PostgresFailureTest {
  private static final String SCHEMA = TestPostgres.schemaOf(PostgresFailureTest.class);

  private final FixedClock clock = FixedClock.at("2018-11-14T23:03:52.894Z");
  private final SequentialIds ids = new SequentialIds();
  private final ScriptedProvisioningGateway gateway = new ScriptedProvisioningGateway();
  private final InjectedFaults faults = new InjectedFaults(SCHEMA);
  private PostgresStore store;
  private Grants grants;

  @BeforeEach
  void wire() {
    store = TestPostgres.emptyStore(getClass());
    grants = wiring(store, gateway);
  }

  @AfterEach
  void clearFaults() {
    for (String table : List.of("resource_policies", "layer_versions", "provisioning_requests",
        "provisioning_request_accounts")) {
      faults.clear(table);
    }
  }

  private Grants wiring(PostgresStore on, ProvisioningGateway provisioning) {
    return PostgresWiring.wire(on, clock, ids, GrantsEventListener.NONE, provisioning, Duration.ofMinutes(5));
  }

  // --- refused connections ----------------------------------------------------------------------------------

  @Test
  void a_database_that_refuses_connections_fails_every_family_as_an_internal_error() throws Exception {
    PGSimpleDataSource direct = (PGSimpleDataSource) TestPostgres.server().getPostgresDatabase();
    PGSimpleDataSource refusing = new PGSimpleDataSource();
    refusing.setUrl(direct.getUrl());
    refusing.setUser(direct.getUser());
    PostgresStore unreachable = PostgresStore.builder(refusing).schema(SCHEMA).build();
    Grants wired = wiring(unreachable, gateway); // reads the requests in progress: the database is up now
    try (ServerSocket free = new ServerSocket(0)) {
      refusing.setPortNumbers(new int[] {free.getLocalPort()}); // nothing accepts there once it is closed
    }

    assertThat(wired.layerVersions().publish(Fixtures.publishLayerVersion().build()).getLeft())
        .isInstanceOf(GrantsError.InternalFailure.class);
    assertThat(wired.signingProfilePermissions().add(Fixtures.addProfilePermission().build()).getLeft())
        .isInstanceOf(GrantsError.InternalFailure.class);
    assertThat(wired.permissionSets().createInstance(Fixtures.createInstance().build()).getLeft())
        .isInstanceOf(GrantsError.InternalFailure.class);
    assertThatThrownBy(() -> unreachable.resourcePolicies().find(Fixtures.layerVersionArn(1).arn()))
        .isInstanceOf(PostgresStoreException.class)
        .satisfies(thrown -> assertThat(((PostgresStoreException) thrown).sqlState()).startsWith("08"));
  }

  // --- statement timeout ------------------------------------------------------------------------------------

  @Test
  void a_statement_past_the_timeout_is_cancelled_an_internal_error_and_nothing_is_stored() {
    PostgresStore impatient = PostgresStore.builder(TestPostgres.pool()).schema(SCHEMA)
        .statementTimeout(Duration.ofSeconds(1)).build();
    Grants wired = wiring(impatient, gateway);
    wired.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
    faults.sleepOnWrite("resource_policies", 5);

    long started = System.nanoTime();
    Either<GrantsError, ?> added = wired.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    assertThat(added.getLeft()).isInstanceOf(GrantsError.InternalFailure.class);
    assertThat(((GrantsError.InternalFailure) added.getLeft()).cause())
        .isInstanceOf(PostgresStoreException.class)
        .satisfies(thrown -> assertThat(((PostgresStoreException) thrown).sqlState()).isEqualTo("57014"));
    faults.clear("resource_policies");
    assertThat(wired.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).getLeft())
        .isInstanceOf(GrantsError.NoPolicy.class);
  }

  // --- connection killed mid-transaction --------------------------------------------------------------------

  @Test
  void a_connection_killed_while_a_fan_out_is_being_stored_leaves_no_request_and_no_account_behind() throws Exception {
    gateway.answerAtOnce();
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
    PermissionSet set = grants.permissionSets()
        .createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()).get();
    for (String account : List.of(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B, Fixtures.ACCOUNT_C)) {
      grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), account)
          .build()).get();
    }
    long before = count("provisioning_requests");
    faults.sleepOnWrite("provisioning_request_accounts", 30);

    CompletableFuture<Either<GrantsError, ProvisioningRequest>> fanOut = CompletableFuture.supplyAsync(() ->
        grants.permissionSetProvisioning().provision(
            Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build()));
    InjectedFaults.terminateSleepingBackend(Duration.ofSeconds(10));

    assertThat(fanOut.get(20, TimeUnit.SECONDS).getLeft()).isInstanceOf(GrantsError.InternalFailure.class);
    faults.clear("provisioning_request_accounts");
    assertThat(count("provisioning_requests")).isEqualTo(before);
    assertThat(count("provisioning_request_accounts")).isZero();
    assertThat(store.provisioningRequests().inProgress(set.arn()).isEmpty()).isTrue();
    ProvisioningRequest again = grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build()).get();
    assertThat(again.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void a_connection_killed_while_a_version_is_being_published_stores_nothing_and_uses_no_number() throws Exception {
    faults.sleepOnWrite("layer_versions", 30);

    CompletableFuture<Either<GrantsError, LayerVersion>> publish = CompletableFuture.supplyAsync(() ->
        grants.layerVersions().publish(Fixtures.publishLayerVersion().build()));
    InjectedFaults.terminateSleepingBackend(Duration.ofSeconds(10));

    assertThat(publish.get(20, TimeUnit.SECONDS).getLeft()).isInstanceOf(GrantsError.InternalFailure.class);
    faults.clear("layer_versions");
    assertThat(count("layer_versions")).isZero();
    assertThat(count("layer_version_numbers")).isZero();
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get().arn().version())
        .isEqualTo(1);
  }

  // --- serialization failures and deadlocks -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"40001", "40P01"})
  void a_serialization_failure_or_deadlock_on_the_nth_statement_is_retried_and_the_fan_out_is_stored_once(
      String sqlState) {
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
    PermissionSet set = grants.permissionSets()
        .createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()).get();
    gateway.answerAtOnce();
    List<String> accounts = List.of(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B, Fixtures.ACCOUNT_C);
    for (String account : accounts) {
      grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), account)
          .build()).get();
    }
    gateway.hold();
    // The fan-out's account rows are one statement: fail it once, so that the start is retried.
    faults.failStatements("provisioning_request_accounts", sqlState, 1, 1);
    ProvisioningRequest fanOut = grants.permissionSetProvisioning().provision(
        Fixtures.provisionToAllProvisionedAccounts(instance.arn(), set.arn()).build()).get();
    // Each answer but the last updates its account's row: fail the second, so that an answer is retried.
    faults.failStatements("provisioning_request_accounts", sqlState, 2, 2);
    for (String account : accounts) {
      assertThat(gateway.succeed(account)).isEqualTo(1);
    }

    assertThat(faults.counted("provisioning_request_accounts")).isEqualTo(3); // one retried statement more
    assertThat(grants.permissionSetProvisioning().describeStatus(
            Fixtures.describeProvisioningStatus(instance.arn(), fanOut.requestId()).build()).get().status())
        .isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(count("provisioning_requests")).isEqualTo(4);
    assertThat(count("provisioning_request_accounts")).isZero(); // every request ended: none keeps its accounts
  }

  @Test
  void a_serialization_failure_on_every_attempt_fails_as_an_internal_error_after_the_bounded_retries() {
    PostgresStore bounded = PostgresStore.builder(TestPostgres.pool()).schema(SCHEMA).maxAttempts(3).build();
    Grants wired = wiring(bounded, gateway);
    faults.failStatements("layer_versions", "40001", 1, Long.MAX_VALUE);

    Either<GrantsError, LayerVersion> published = wired.layerVersions().publish(Fixtures.publishLayerVersion().build());

    assertThat(published.getLeft()).isInstanceOf(GrantsError.InternalFailure.class);
    assertThat(faults.counted("layer_versions")).isEqualTo(3);
    assertThat(count("layer_versions")).isZero();
    assertThat(count("layer_version_numbers")).isZero(); // the number's row went with the failed transaction
  }

  @Test
  void a_serialization_failure_on_a_policy_commit_is_retried_and_the_statement_is_stored_once() {
    grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
    faults.failStatements("resource_policies", "40001", 1, 1);

    String revision = grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()).get()
        .revisionId().value();

    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get()
        .policy().statements()).hasSize(1);
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get()
        .policy().revision().get().value()).isEqualTo(revision);
  }

  private static long count(String table) {
    try (Connection connection = TestPostgres.pool().getConnection();
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT count(*) FROM " + SCHEMA + '.' + table)) {
      row.next();
      return row.getLong(1);
    } catch (java.sql.SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
