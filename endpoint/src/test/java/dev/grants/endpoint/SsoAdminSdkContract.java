package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningGateway.Outcome;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.ConflictException;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.InstanceStatus;
import software.amazon.awssdk.services.ssoadmin.model.ListPermissionSetProvisioningStatusResponse;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatusMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.SsoAdminException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * Every case of CONTRACT.md section C through the real AWS SDK for Java v2 {@link SsoAdminClient}, against the
 * same endpoint as Lambda and Signer. The shared endpoint serves the default wiring (its gateway succeeds 200 ms
 * after the work arrives); each test works on its own permission sets there. Tests that need their own gateway
 * script, deadline, clock or an exact listing get an endpoint of their own ({@link Wired}), on a new wiring of the
 * same store.
 *
 * <p>A store runs the suite with a subclass that registers {@link #endpointOn} on a static field:
 *
 * <pre>{@code
 * class InMemorySsoAdminSdkContractTest extends SsoAdminSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SsoAdminSdkContract {
  private static final String TARGET = "111122223333";
  private static final String OTHER = "444455556666";
  private static final String FAILING = "555566667777";
  private static final String SILENT = "777788889999";
  private static final String MISSING_INSTANCE = "arn:aws:sso:::instance/ssoins-0000000000000000";
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** The suite's endpoint on {@code store}: its wirings with the embedded default's parts, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private StoreUnderTest store;
  private SsoAdminClient sso;
  private String instance;

  @BeforeAll
  void connect(StoreEndpoint endpoint) {
    store = endpoint.store();
    sso = client(endpoint.settings());
    instance = sso.createInstance(b -> b.name("main")).instanceArn();
  }

  @AfterAll
  void disconnect() {
    sso.close();
  }

  static SsoAdminClient client(ClientSettings settings) {
    return SdkClients.client(SsoAdminClient.builder(), settings, settings.region());
  }

  // --- instances and permission sets ----------------------------------------------------------------------

  @Test
  void the_account_has_one_instance_listed_as_active_and_a_second_one_is_a_conflict() {
    List<InstanceMetadata> instances = sso.listInstances(b -> {}).instances();

    assertThat(instance).matches("arn:aws:sso:::instance/ssoins-[0-9a-f]{16}");
    assertThat(instances).singleElement().satisfies(listed -> {
      assertThat(listed.instanceArn()).isEqualTo(instance);
      assertThat(listed.ownerAccountId()).isEqualTo(Fixtures.OWNER);
      assertThat(listed.identityStoreId()).matches("d-[0-9a-f]{10}");
      assertThat(listed.name()).isEqualTo("main");
      assertThat(listed.status()).isEqualTo(InstanceStatus.ACTIVE);
      assertThat(listed.createdDate()).isBefore(Instant.now().plusSeconds(1));
    });
    assertRefused(() -> sso.createInstance(b -> b.name("second")), ConflictException.class, "ConflictException",
        "Account 123456789012 already has an instance: " + instance + ".");
  }

  @Test
  void a_permission_set_is_created_with_a_one_hour_session_by_default_and_described_as_created() {
    String name = newName();

    PermissionSet created = sso.createPermissionSet(b -> b.instanceArn(instance).name(name)).permissionSet();
    PermissionSet custom = sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())
        .description("Read only").sessionDuration("PT8H").relayState("https://console.aws.amazon.com/")).permissionSet();

    assertThat(created.name()).isEqualTo(name);
    assertThat(created.permissionSetArn()).matches(instance.replace(":instance/", ":permissionSet/") + "/ps-[0-9a-f]{16}");
    assertThat(created.sessionDuration()).isEqualTo("PT1H");
    assertThat(created.description()).isNull();
    assertThat(created.relayState()).isNull();
    assertThat(sso.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(created.permissionSetArn()))
        .permissionSet()).isEqualTo(created);
    assertThat(custom.sessionDuration()).isEqualTo("PT8H");
    assertThat(custom.description()).isEqualTo("Read only");
    assertThat(custom.relayState()).isEqualTo("https://console.aws.amazon.com/");
  }

  @Test
  void a_duplicate_name_in_the_instance_is_a_conflict() {
    String name = newName();
    sso.createPermissionSet(b -> b.instanceArn(instance).name(name));

    assertRefused(() -> sso.createPermissionSet(b -> b.instanceArn(instance).name(name)), ConflictException.class,
        "ConflictException", "PermissionSet with name " + name + " already exists.");
  }

  @Test
  void a_deleted_permission_set_is_not_found_afterwards() {
    String set = permissionSet();

    sso.deletePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set));

    assertRefused(() -> sso.describePermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find PermissionSet with ARN " + set);
  }

  @Test
  void model_violations_are_validation_exceptions_in_the_frameworks_words() {
    assertRefused(() -> sso.createPermissionSet(b -> b.instanceArn("arn:aws:sso:::instance/nope").name("a b")),
        ValidationException.class, "ValidationException", "2 validation errors detected: Value 'a b' at 'name' failed "
            + "to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+; Value "
            + "'arn:aws:sso:::instance/nope' at 'instanceArn' failed to satisfy constraint: Member must satisfy regular "
            + "expression pattern: arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}");
    assertRefused(() -> sso.listInstances(b -> b.maxResults(0)), ValidationException.class, "ValidationException",
        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value "
            + "greater than or equal to 1");
  }

  // --- ProvisionPermissionSet and its status --------------------------------------------------------------

  @Test
  void provisioning_to_an_account_is_in_progress_first_then_succeeded_and_the_account_has_the_set() {
    String set = permissionSet();

    PermissionSetProvisioningStatus started = provision(sso, instance, set, TARGET);

    assertThat(started.status()).isEqualTo(StatusValues.IN_PROGRESS);
    assertThat(started.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(started.accountId()).isEqualTo(TARGET);
    assertThat(started.permissionSetArn()).isEqualTo(set);
    assertThat(started.failureReason()).isNull();
    PermissionSetProvisioningStatus done = awaitEnd(sso, instance, started.requestId());
    assertThat(done.status()).isEqualTo(StatusValues.SUCCEEDED);
    assertThat(done.requestId()).isEqualTo(started.requestId());
    assertThat(done.accountId()).isEqualTo(TARGET);
    assertThat(done.createdDate()).isEqualTo(started.createdDate());
    assertThat(accounts(sso, instance, set, null)).containsExactly(TARGET);
    assertThat(sso.listPermissionSetsProvisionedToAccount(b -> b.instanceArn(instance).accountId(TARGET))
        .permissionSets()).contains(set);
  }

  @Test
  void a_change_of_definition_makes_the_account_stale_until_all_provisioned_accounts_are_provisioned_again() {
    String set = permissionSet();
    awaitEnd(sso, instance, provision(sso, instance, set, TARGET).requestId());
    awaitEnd(sso, instance, provision(sso, instance, set, OTHER).requestId());

    sso.putInlinePolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .inlinePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\","
            + "\"Resource\":\"*\"}]}"));

    assertThat(accounts(sso, instance, set, ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED))
        .containsExactly(TARGET, OTHER);
    assertThat(accounts(sso, instance, set, ProvisioningStatus.LATEST_PERMISSION_SET_PROVISIONED)).isEmpty();
    assertThat(setsOf(TARGET, ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED)).contains(set);
    assertThat(setsOf(TARGET, ProvisioningStatus.LATEST_PERMISSION_SET_PROVISIONED)).doesNotContain(set);

    PermissionSetProvisioningStatus repair = sso.provisionPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set).targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS)).permissionSetProvisioningStatus();

    assertThat(repair.accountId()).isNull();
    assertThat(awaitEnd(sso, instance, repair.requestId()).status()).isEqualTo(StatusValues.SUCCEEDED);
    assertThat(accounts(sso, instance, set, ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED)).isEmpty();
    assertThat(accounts(sso, instance, set, ProvisioningStatus.LATEST_PERMISSION_SET_PROVISIONED))
        .containsExactly(TARGET, OTHER);
    assertThat(accounts(sso, instance, set, null)).containsExactly(TARGET, OTHER);
    assertThat(setsOf(TARGET, ProvisioningStatus.LATEST_PERMISSION_SET_PROVISIONED)).contains(set);
  }

  @Test
  void all_provisioned_accounts_of_a_set_provisioned_nowhere_succeeds_at_once_with_no_account() {
    String set = permissionSet();

    PermissionSetProvisioningStatus status = sso.provisionPermissionSet(b -> b.instanceArn(instance)
        .permissionSetArn(set).targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS)).permissionSetProvisioningStatus();

    assertThat(status.status()).isEqualTo(StatusValues.SUCCEEDED);
    assertThat(status.accountId()).isNull();
    assertThat(status.failureReason()).isNull();
    assertThat(accounts(sso, instance, set, null)).isEmpty();
  }

  @Test
  void an_aws_account_target_needs_a_target_id() {
    String set = permissionSet();

    assertRefused(() -> sso.provisionPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .targetType(ProvisionTargetType.AWS_ACCOUNT)), ValidationException.class, "ValidationException",
        "TargetId is required when TargetType is AWS_ACCOUNT.");
  }

  @Test
  void an_unknown_instance_permission_set_or_request_id_is_not_found_with_its_arn_or_id() {
    String missingSet = instance.replace(":instance/", ":permissionSet/") + "/ps-0000000000000000";
    String missingRequest = UUID.randomUUID().toString();

    assertRefused(() -> sso.createPermissionSet(b -> b.instanceArn(MISSING_INSTANCE).name(newName())),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find Instance with ARN " + MISSING_INSTANCE);
    assertRefused(() -> sso.listPermissionSetProvisioningStatus(b -> b.instanceArn(MISSING_INSTANCE)),
        ResourceNotFoundException.class, "ResourceNotFoundException", "Could not find Instance with ARN " + MISSING_INSTANCE);
    assertRefused(() -> provision(sso, instance, missingSet, TARGET), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find PermissionSet with ARN " + missingSet);
    assertRefused(() -> sso.putInlinePolicyToPermissionSet(b -> b.instanceArn(instance).permissionSetArn(missingSet)
            .inlinePolicy("{}")), ResourceNotFoundException.class, "ResourceNotFoundException",
        "Could not find PermissionSet with ARN " + missingSet);
    assertRefused(() -> sso.describePermissionSetProvisioningStatus(b -> b.instanceArn(instance)
            .provisionPermissionSetRequestId(missingRequest)), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find PermissionSetProvisioningStatus with RequestId " + missingRequest);
  }

  @Test
  void a_forged_next_token_is_a_validation_exception() {
    String set = permissionSet();

    assertRefused(() -> sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
            .nextToken("AAAAAQAAAAAAAAAAAAAAAAAAAAA")), ValidationException.class, "ValidationException",
        "The NextToken is not valid for this listing.");
    assertRefused(() -> sso.listPermissionSetProvisioningStatus(b -> b.instanceArn(instance).nextToken("forged")),
        ValidationException.class, "ValidationException", "The NextToken is not valid for this listing.");
  }

  // --- scripted gateways, deadlines, clocks: an endpoint of their own -------------------------------------

  @Test
  void a_scripted_failure_ends_failed_with_its_reason_and_the_account_does_not_get_the_set() {
    InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed())
        .script(FAILING, Outcome.failAfter("Account is suspended", Duration.ofMillis(50)));
    try (Wired wired = Wired.serving(store.wiring(gateway))) {
      String set = wired.permissionSet();

      PermissionSetProvisioningStatus started = provision(wired.sso, wired.instance, set, FAILING);
      PermissionSetProvisioningStatus ended = awaitEnd(wired.sso, wired.instance, started.requestId());

      assertThat(ended.status()).isEqualTo(StatusValues.FAILED);
      assertThat(ended.failureReason()).isEqualTo("Account is suspended");
      assertThat(ended.accountId()).isEqualTo(FAILING);
      assertThat(accounts(wired.sso, wired.instance, set, null)).isEmpty();
    }
  }

  @Test
  void while_a_provisioning_is_in_progress_another_provisioning_or_a_delete_of_the_set_is_a_conflict() {
    InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.neverAnswer());
    try (Wired wired = Wired.serving(store.wiring(gateway))) {
      String set = wired.permissionSet();
      assertThat(provision(wired.sso, wired.instance, set, SILENT).status()).isEqualTo(StatusValues.IN_PROGRESS);

      assertRefused(() -> provision(wired.sso, wired.instance, set, OTHER), ConflictException.class,
          "ConflictException", "There is a conflicting operation in process.");
      assertRefused(() -> wired.sso.deletePermissionSet(b -> b.instanceArn(wired.instance).permissionSetArn(set)),
          ConflictException.class, "ConflictException", "There is a conflicting operation in process.");
      assertThat(provision(wired.sso, wired.instance, wired.permissionSet(), OTHER).status())
          .as("another permission set is not held up").isEqualTo(StatusValues.IN_PROGRESS);
    }
  }

  @Test
  void a_request_no_one_answers_fails_at_its_deadline_and_then_frees_the_set() {
    Grants grants = store.wiring(Clock.systemUTC(), InMemoryProvisioningGateway.answering(Outcome.neverAnswer()),
        Duration.ofMillis(300));
    try (Wired wired = Wired.serving(grants)) {
      String set = wired.permissionSet();

      PermissionSetProvisioningStatus started = provision(wired.sso, wired.instance, set, SILENT);
      PermissionSetProvisioningStatus ended = awaitEnd(wired.sso, wired.instance, started.requestId());

      assertThat(started.status()).isEqualTo(StatusValues.IN_PROGRESS);
      assertThat(ended.status()).isEqualTo(StatusValues.FAILED);
      assertThat(ended.failureReason())
          .isEqualTo("Provisioning did not complete within PT0.3S: no answer for account " + SILENT);
      assertThat(provision(wired.sso, wired.instance, set, SILENT).status()).isEqualTo(StatusValues.IN_PROGRESS);
    }
  }

  @Test
  void the_status_listing_is_oldest_first_filters_by_status_and_pages_through_the_sdk_paginator() {
    InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed())
        .script(FAILING, Outcome.fail("Account is suspended")).script(SILENT, Outcome.neverAnswer());
    try (Wired wired = Wired.serving(store.wiring(gateway))) {
      List<String> succeeded = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        succeeded.add(provision(wired.sso, wired.instance, wired.permissionSet(), TARGET).requestId());
      }
      String failed = provision(wired.sso, wired.instance, wired.permissionSet(), FAILING).requestId();
      String running = provision(wired.sso, wired.instance, wired.permissionSet(), SILENT).requestId();
      succeeded.add(provision(wired.sso, wired.instance, wired.permissionSet(), OTHER).requestId());

      List<ListPermissionSetProvisioningStatusResponse> pages = wired.sso.listPermissionSetProvisioningStatusPaginator(
          b -> b.instanceArn(wired.instance).maxResults(2)).stream().toList();

      assertThat(pages).hasSize(3);
      assertThat(pages.get(2).nextToken()).isNull();
      assertThat(pages.stream().flatMap(page -> page.permissionSetsProvisioningStatus().stream())
          .map(PermissionSetProvisioningStatusMetadata::requestId))
          .containsExactly(succeeded.get(0), succeeded.get(1), succeeded.get(2), failed, running, succeeded.get(3));
      assertThat(statuses(wired, StatusValues.SUCCEEDED)).containsExactlyElementsOf(succeeded);
      assertThat(statuses(wired, StatusValues.FAILED)).containsExactly(failed);
      assertThat(statuses(wired, StatusValues.IN_PROGRESS)).containsExactly(running);
      assertThat(wired.sso.listPermissionSetProvisioningStatus(b -> b.instanceArn(wired.instance)
              .filter(f -> f.status(StatusValues.SUCCEEDED)).maxResults(3)).permissionSetsProvisioningStatus())
          .allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(StatusValues.SUCCEEDED);
            assertThat(item.createdDate()).isNotNull();
          });
    }
  }

  @Test
  void the_accounts_of_a_set_and_the_sets_of_an_account_page_through_the_sdk_paginators_each_once() {
    InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed());
    try (Wired wired = Wired.serving(store.wiring(gateway))) {
      String set = wired.permissionSet();
      List<String> targets = List.of("100000000001", "100000000002", "100000000003", "100000000004", "100000000005");
      for (String target : targets) {
        provision(wired.sso, wired.instance, set, target);
      }
      provision(wired.sso, wired.instance, set, targets.get(0));
      List<String> sets = new ArrayList<>(List.of(set));
      for (int i = 0; i < 4; i++) {
        String another = wired.permissionSet();
        provision(wired.sso, wired.instance, another, targets.get(0));
        sets.add(another);
      }

      var accountPages = wired.sso.listAccountsForProvisionedPermissionSetPaginator(
          b -> b.instanceArn(wired.instance).permissionSetArn(set).maxResults(2));
      var setPages = wired.sso.listPermissionSetsProvisionedToAccountPaginator(
          b -> b.instanceArn(wired.instance).accountId(targets.get(0)).maxResults(2));

      assertThat(accountPages.stream().count()).isEqualTo(3);
      assertThat(accountPages.accountIds()).containsExactlyElementsOf(targets);
      assertThat(setPages.stream().count()).isEqualTo(3);
      assertThat(setPages.permissionSets()).containsExactlyElementsOf(sets);
      assertThat(wired.sso.listPermissionSetsProvisionedToAccountPaginator(b -> b.instanceArn(wired.instance)
          .accountId(targets.get(0)).provisioningStatus(ProvisioningStatus.LATEST_PERMISSION_SET_NOT_PROVISIONED)
          .maxResults(1)).permissionSets()).isEmpty();
    }
  }

  @Test
  void created_dates_reach_the_sdk_as_the_exact_millisecond() {
    FixedClock clock = FixedClock.at("2025-11-21T12:00:00.123Z");
    InMemoryProvisioningGateway gateway = InMemoryProvisioningGateway.answering(Outcome.succeed());
    try (Wired wired = Wired.serving(store.wiring(clock, gateway, Grants.Builder.DEFAULT_PROVISIONING_DEADLINE))) {
      String set = wired.permissionSet();
      clock.set(Instant.parse("2025-11-21T12:00:01Z"));
      PermissionSetProvisioningStatus provisioned = provision(wired.sso, wired.instance, set, TARGET);

      assertThat(wired.sso.listInstances(b -> {}).instances().get(0).createdDate())
          .isEqualTo(Instant.parse("2025-11-21T12:00:00.123Z"));
      assertThat(wired.sso.describePermissionSet(b -> b.instanceArn(wired.instance).permissionSetArn(set))
          .permissionSet().createdDate()).isEqualTo(Instant.parse("2025-11-21T12:00:00.123Z"));
      assertThat(provisioned.createdDate()).isEqualTo(Instant.parse("2025-11-21T12:00:01Z"));
      assertThat(wired.sso.listPermissionSetProvisioningStatus(b -> b.instanceArn(wired.instance))
          .permissionSetsProvisioningStatus().get(0).createdDate()).isEqualTo(Instant.parse("2025-11-21T12:00:01Z"));
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /** An endpoint of its own around {@code grants}, with a client and the account's instance. */
  static final class Wired implements AutoCloseable {
    final GrantsEndpoint endpoint;
    final SsoAdminClient sso;
    final String instance;

    private Wired(Grants grants) {
      endpoint = GrantsEndpoint.builder().grants(grants).build().start();
      sso = client(ClientSettings.of(endpoint.uri(), Fixtures.REGION));
      instance = sso.createInstance(b -> {}).instanceArn();
    }

    static Wired serving(Grants grants) {
      return new Wired(grants);
    }

    String permissionSet() {
      return sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())).permissionSet().permissionSetArn();
    }

    @Override
    public void close() {
      sso.close();
      endpoint.close();
    }
  }

  private static String newName() {
    return "Set" + NAMES.incrementAndGet();
  }

  private String permissionSet() {
    return sso.createPermissionSet(b -> b.instanceArn(instance).name(newName())).permissionSet().permissionSetArn();
  }

  private static PermissionSetProvisioningStatus provision(SsoAdminClient client, String instance, String set,
      String account) {
    return client.provisionPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(account)).permissionSetProvisioningStatus();
  }

  /** Describes the request until it is no longer IN_PROGRESS, for at most five seconds. */
  private static PermissionSetProvisioningStatus awaitEnd(SsoAdminClient client, String instance, String requestId) {
    long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      PermissionSetProvisioningStatus status = client.describePermissionSetProvisioningStatus(b -> b
          .instanceArn(instance).provisionPermissionSetRequestId(requestId)).permissionSetProvisioningStatus();
      if (status.status() != StatusValues.IN_PROGRESS || System.nanoTime() > giveUp) {
        return status;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return status;
      }
    }
  }

  private static List<String> accounts(SsoAdminClient client, String instance, String set, ProvisioningStatus filter) {
    return client.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set)
        .provisioningStatus(filter)).accountIds();
  }

  private List<String> setsOf(String account, ProvisioningStatus filter) {
    return sso.listPermissionSetsProvisionedToAccount(b -> b.instanceArn(instance).accountId(account)
        .provisioningStatus(filter)).permissionSets();
  }

  private static List<String> statuses(Wired wired, StatusValues status) {
    return wired.sso.listPermissionSetProvisioningStatusPaginator(b -> b.instanceArn(wired.instance)
            .filter(f -> f.status(status)).maxResults(1))
        .permissionSetsProvisioningStatus().stream().map(PermissionSetProvisioningStatusMetadata::requestId).toList();
  }

  private static void assertRefused(ThrowingCallable call, Class<? extends SsoAdminException> type, String code,
      String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
