package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two "service instances" on one database: two wirings, each on a pool of its own, as two processes would have.
 * Neither loses the other's writes, and what one remembers never hides what the other changed.
 */
class TwoInstancesTest {
  private static final String SCHEMA = TestPostgres.schemaOf(TwoInstancesTest.class);
  private static final Instant NOW = Instant.parse("2018-11-14T23:03:52.894Z");

  private HikariDataSource poolA;
  private HikariDataSource poolB;
  private PostgresStore storeA;
  private PostgresStore storeB;

  @BeforeEach
  void twoPools() {
    TestPostgres.emptyStore(getClass());
    poolA = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 8, "instance-a");
    poolB = TestPostgres.pool(TestPostgres.server().getPostgresDatabase(), 8, "instance-b");
    storeA = PostgresStore.builder(poolA).schema(SCHEMA).build();
    storeB = PostgresStore.builder(poolB).schema(SCHEMA).build();
  }

  @AfterEach
  void closePools() {
    poolA.close();
    poolB.close();
  }

  @Test
  void sixteen_writers_across_two_instances_lose_no_statement_and_every_revision_is_new() throws Exception {
    Grants a = wiring(storeA);
    Grants b = wiring(storeB);
    a.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
    int writers = 16;
    int each = 6; // 96 statements: within the 20480-byte policy limit

    ExecutorService threads = Executors.newFixedThreadPool(writers);
    List<Future<List<RevisionId>>> outcomes = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      Grants instance = writer % 2 == 0 ? a : b;
      String prefix = "w" + writer + "s";
      outcomes.add(threads.submit(() -> {
        List<RevisionId> mine = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          AddLayerVersionPermissionResult added = instance.layerVersionPermissions()
              .add(Fixtures.addLayerVersionPermission().statementId(prefix + i).build())
              .getOrElseThrow(refused -> new AssertionError(refused.toString()));
          mine.add(added.revisionId());
        }
        return mine;
      }));
    }
    Set<RevisionId> revisions = new HashSet<>();
    for (Future<List<RevisionId>> outcome : outcomes) {
      revisions.addAll(outcome.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    List<String> sids = b.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get()
        .policy().statements().stream().map(statement -> statement.sid().value()).toList();
    assertThat(sids).hasSize(writers * each).doesNotHaveDuplicates();
    assertThat(revisions).hasSize(writers * each);
    assertThat(a.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get().revisionId())
        .isIn(revisions);
  }

  @Test
  void a_request_one_instance_remembers_is_read_as_the_other_changed_it_and_a_replace_from_the_old_state_loses() {
    PermissionSetArn set = PermissionSetArn.of(new InstanceArn(dev.grants.domain.principal.Partition.AWS,
        "ssoins-00000000000000bb"), "ps-00000000000000bb");
    List<AccountId> accounts = List.of(AccountId.of(Fixtures.ACCOUNT_A), AccountId.of(Fixtures.ACCOUNT_B),
        AccountId.of(Fixtures.ACCOUNT_C));
    ProvisioningRequest.InProgress started = (ProvisioningRequest.InProgress) ProvisioningRequest.start(
        "45d87451-f796-4a3f-a618-95a3671b0a0c", set, 1, accounts, null, NOW, NOW.plusSeconds(300));
    storeA.provisioningRequests().start(started);
    ProvisioningRequest.InProgress seenByA =
        (ProvisioningRequest.InProgress) storeA.provisioningRequests().find(started.requestId()).get();

    ProvisioningRequest.InProgress seenByB =
        (ProvisioningRequest.InProgress) storeB.provisioningRequests().find(started.requestId()).get();
    ProvisioningRequest answeredByB = seenByB.accountFailed(accounts.get(1), "Account is suspended");
    assertThat(storeB.provisioningRequests().replace(seenByB, answeredByB)).isTrue();

    assertThat(storeA.provisioningRequests().find(started.requestId())).isEqualTo(Option.some(answeredByB));
    assertThat(storeA.provisioningRequests().replace(seenByA, seenByA.accountSucceeded(accounts.get(0)))).isFalse();
    assertThat(storeA.provisioningRequests().inProgress(set)).isEqualTo(Option.some(answeredByB));
    assertThat(storeB.provisioningRequests().allInProgress()).containsExactly(answeredByB);
  }

  @Test
  void a_version_one_instance_deletes_is_gone_for_the_other_and_its_numbers_stay_unique() throws Exception {
    Grants a = wiring(storeA);
    Grants b = wiring(storeB);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<Long>> numbers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Grants instance = i % 2 == 0 ? a : b;
      numbers.add(threads.submit(() ->
          instance.layerVersions().publish(Fixtures.publishLayerVersion().build()).get().arn().version()));
    }
    List<Long> published = new ArrayList<>();
    for (Future<Long> number : numbers) {
      published.add(number.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();
    Collections.sort(published);

    assertThat(published).hasSize(40).doesNotHaveDuplicates().first().isEqualTo(1L);
    assertThat(published).last().isEqualTo(40L);
    assertThat(a.layerVersions().delete(Fixtures.deleteLayerVersion().versionNumber(40).build()).get().deleted())
        .isTrue();
    assertThat(b.layerVersions().get(Fixtures.getLayerVersion().versionNumber(40).build()).getLeft())
        .isInstanceOf(dev.grants.domain.error.GrantsError.LayerVersionNotFound.class);
    assertThat(b.layerVersions().publish(Fixtures.publishLayerVersion().build()).get().arn().version()).isEqualTo(41);
  }

  @Test
  void a_page_token_one_instance_wrote_is_taken_by_the_other() {
    Grants a = wiring(storeA);
    Grants b = wiring(storeB);
    dev.grants.domain.provisioning.Instance instance =
        a.permissionSets().createInstance(Fixtures.createInstance().build()).get();
    dev.grants.domain.provisioning.PermissionSet set = a.permissionSets()
        .createPermissionSet(Fixtures.createPermissionSet(instance.arn()).build()).get();
    for (String account : List.of(Fixtures.ACCOUNT_A, Fixtures.ACCOUNT_B)) {
      a.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), account).build())
          .get();
    }

    String token = a.permissionSetProvisioning().listStatus(Fixtures.listProvisioningStatus(instance.arn())
        .maxResults(1).build()).get().nextToken();
    List<ProvisioningRequest> second = b.permissionSetProvisioning().listStatus(
        Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(token).build()).get().items();

    assertThat(token).isNotNull();
    assertThat(second).hasSize(1);
    assertThat(second.get(0).account()).isEqualTo(AccountId.of(Fixtures.ACCOUNT_B));
  }

  private static Grants wiring(PostgresStore store) {
    IdGenerator random = () -> RevisionId.fromBits(ThreadLocalRandom.current().nextLong(),
        ThreadLocalRandom.current().nextLong());
    return PostgresWiring.wire(store, FixedClock.at("2018-11-14T23:03:52.894Z"), random, GrantsEventListener.NONE,
        ProvisioningGateway.succeedingAtOnce(), Duration.ofMinutes(5));
  }
}
