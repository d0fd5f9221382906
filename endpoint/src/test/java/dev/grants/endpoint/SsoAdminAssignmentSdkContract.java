package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignment;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentForPrincipal;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatusMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ConflictException;
import software.amazon.awssdk.services.ssoadmin.model.ListAccountAssignmentsResponse;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.SsoAdminException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * Account assignments through the real AWS SDK for Java v2 {@link SsoAdminClient}: CreateAccountAssignment and
 * DeleteAccountAssignment with their statuses (Describe/List ...CreationStatus and ...DeletionStatus),
 * ListAccountAssignments and ListAccountAssignmentsForPrincipal, each operation's success and each error it
 * documents that Grants answers, with its exact code and text. The endpoint's gateway is the embedded default, which
 * provisions 200 ms after it is asked, so a creation answers IN_PROGRESS and is polled to its end, as clients do.
 *
 * <pre>{@code
 * class InMemorySsoAdminAssignmentSdkContractTest extends SsoAdminAssignmentSdkContract {
 *   @RegisterExtension
 *   static final StoreEndpoint ENDPOINT = endpointOn(StoreUnderTest.IN_MEMORY);
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SsoAdminAssignmentSdkContract {
  private static final String OTHER = "444455556666";
  private static final String A = Fixtures.ACCOUNT_A;
  private static final String B = Fixtures.ACCOUNT_B;
  private static final String USER = Fixtures.USER_ID;
  private static final String GROUP = Fixtures.GROUP_ID;
  private static final String UNKNOWN_REQUEST = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** The suite's endpoint on {@code store}, settings for us-east-2. */
  static StoreEndpoint endpointOn(StoreUnderTest store) {
    return new StoreEndpoint(store, GrantsEndpointExtension.serving(store::wiring).inRegion(Fixtures.REGION));
  }

  private SsoAdminClient sso;
  private SsoAdminClient other;
  private String instance;
  private String theirInstance;

  @BeforeAll
  void connect(StoreEndpoint endpoint) {
    sso = SdkClients.client(SsoAdminClient.builder(), endpoint.settings(), endpoint.settings().region());
    other = SdkClients.client(SsoAdminClient.builder(), endpoint.settings().asAccount(OTHER),
        endpoint.settings().region());
    instance = sso.createInstance(b -> b.name("assignments")).instanceArn();
    theirInstance = other.createInstance(b -> b.name("theirs")).instanceArn();
  }

  @AfterAll
  void disconnect() {
    sso.close();
    other.close();
  }

  // --- CreateAccountAssignment and its statuses -------------------------------------------------------

  @Test
  void a_creation_answers_in_progress_and_succeeds_with_the_set_provisioned_to_the_account() throws Exception {
    String set = permissionSet();
    Instant before = Instant.now().minusSeconds(1);

    AccountAssignmentOperationStatus started = create(set, A, PrincipalType.USER, USER);

    assertThat(started.status()).isEqualTo(StatusValues.IN_PROGRESS);
    assertThat(started.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(started.targetId()).isEqualTo(A);
    assertThat(started.targetType()).isEqualTo(TargetType.AWS_ACCOUNT);
    assertThat(started.permissionSetArn()).isEqualTo(set);
    assertThat(started.principalType()).isEqualTo(PrincipalType.USER);
    assertThat(started.principalId()).isEqualTo(USER);
    assertThat(started.failureReason()).isNull();
    assertThat(started.createdDate()).isAfter(before);

    AccountAssignmentOperationStatus done = awaitCreation(started.requestId());

    assertThat(done.status()).isEqualTo(StatusValues.SUCCEEDED);
    assertThat(done.toBuilder().status(StatusValues.IN_PROGRESS).build()).isEqualTo(started);
    assertThat(sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .accountIds()).containsExactly(A);
    List<AccountAssignmentOperationStatusMetadata> listed = sso.listAccountAssignmentCreationStatus(b -> b
        .instanceArn(instance).filter(f -> f.status(StatusValues.SUCCEEDED))).accountAssignmentsCreationStatus();
    assertThat(listed).contains(AccountAssignmentOperationStatusMetadata.builder().status(StatusValues.SUCCEEDED)
        .requestId(done.requestId()).createdDate(done.createdDate()).build());
  }

  @Test
  void list_account_assignments_and_for_principal_list_the_assignments_paged_and_filtered() throws Exception {
    String set = permissionSet();
    String otherSet = permissionSet();
    awaitCreation(create(set, A, PrincipalType.USER, USER).requestId());
    awaitCreation(create(set, A, PrincipalType.GROUP, GROUP).requestId());
    awaitCreation(create(otherSet, B, PrincipalType.GROUP, GROUP).requestId());

    ListAccountAssignmentsResponse first = sso.listAccountAssignments(b -> b.instanceArn(instance)
        .permissionSetArn(set).accountId(A).maxResults(1));
    assertThat(first.accountAssignments()).containsExactly(AccountAssignment.builder().accountId(A)
        .permissionSetArn(set).principalType(PrincipalType.USER).principalId(USER).build());
    assertThat(first.nextToken()).isNotNull();
    assertThat(sso.listAccountAssignments(b -> b.instanceArn(instance).permissionSetArn(set).accountId(A)
        .nextToken(first.nextToken())).accountAssignments()).extracting(AccountAssignment::principalId)
        .containsExactly(GROUP);
    assertThat(sso.listAccountAssignmentsPaginator(b -> b.instanceArn(instance).permissionSetArn(set).accountId(A)
        .maxResults(1)).accountAssignments().stream().toList()).hasSize(2);

    assertThat(sso.listAccountAssignmentsForPrincipal(b -> b.instanceArn(instance).principalType(PrincipalType.GROUP)
        .principalId(GROUP)).accountAssignments()).containsExactly(
            AccountAssignmentForPrincipal.builder().accountId(A).permissionSetArn(set).principalId(GROUP)
                .principalType(PrincipalType.GROUP).build(),
            AccountAssignmentForPrincipal.builder().accountId(B).permissionSetArn(otherSet).principalId(GROUP)
                .principalType(PrincipalType.GROUP).build());
    assertThat(sso.listAccountAssignmentsForPrincipal(b -> b.instanceArn(instance).principalType(PrincipalType.GROUP)
        .principalId(GROUP).filter(f -> f.accountId(B))).accountAssignments())
        .extracting(AccountAssignmentForPrincipal::permissionSetArn).containsExactly(otherSet);
  }

  // --- DeleteAccountAssignment and its statuses -------------------------------------------------------

  @Test
  void a_deletion_succeeds_at_once_and_the_last_one_unprovisions_the_set_from_the_account() throws Exception {
    String set = permissionSet();
    awaitCreation(create(set, A, PrincipalType.USER, USER).requestId());

    AccountAssignmentOperationStatus deleted = sso.deleteAccountAssignment(b -> b.instanceArn(instance)
        .permissionSetArn(set).targetType(TargetType.AWS_ACCOUNT).targetId(A).principalType(PrincipalType.USER)
        .principalId(USER)).accountAssignmentDeletionStatus();

    assertThat(deleted.status()).isEqualTo(StatusValues.SUCCEEDED);
    assertThat(deleted.targetId()).isEqualTo(A);
    assertThat(deleted.permissionSetArn()).isEqualTo(set);
    assertThat(sso.describeAccountAssignmentDeletionStatus(b -> b.instanceArn(instance)
        .accountAssignmentDeletionRequestId(deleted.requestId())).accountAssignmentDeletionStatus())
        .isEqualTo(deleted);
    assertThat(sso.listAccountAssignmentDeletionStatus(b -> b.instanceArn(instance)).accountAssignmentsDeletionStatus())
        .extracting(AccountAssignmentOperationStatusMetadata::requestId).contains(deleted.requestId());
    assertThat(sso.listAccountAssignments(b -> b.instanceArn(instance).permissionSetArn(set).accountId(A))
        .accountAssignments()).isEmpty();
    assertThat(sso.listAccountsForProvisionedPermissionSet(b -> b.instanceArn(instance).permissionSetArn(set))
        .accountIds()).isEmpty();
    assertThat(sso.listPermissionSetsProvisionedToAccount(b -> b.instanceArn(instance).accountId(A))
        .permissionSets()).doesNotContain(set);
  }

  // --- the documented errors --------------------------------------------------------------------------

  @Test
  void an_assignment_being_created_or_that_exists_conflicts_and_a_missing_one_cannot_be_deleted() throws Exception {
    String set = permissionSet();
    AccountAssignmentOperationStatus started = create(set, B, PrincipalType.USER, USER);

    assertRefused(() -> create(set, B, PrincipalType.USER, USER), ConflictException.class, "ConflictException",
        "There is a conflicting operation in process.");
    awaitCreation(started.requestId());
    assertRefused(() -> create(set, B, PrincipalType.USER, USER), ConflictException.class, "ConflictException",
        "USER " + USER + " already has PermissionSet " + set + " in account " + B + ".");
    assertRefused(() -> sso.deleteAccountAssignment(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType(TargetType.AWS_ACCOUNT).targetId(A).principalType(PrincipalType.GROUP).principalId(GROUP)),
        ConflictException.class, "ConflictException",
        "GROUP " + GROUP + " does not have PermissionSet " + set + " in account " + A + ".");
  }

  @Test
  void an_unknown_permission_set_or_request_id_is_not_found() {
    String missing = instance.replace(":instance/", ":permissionSet/") + "/ps-0000000000000000";

    assertRefused(() -> create(missing, A, PrincipalType.USER, USER), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find PermissionSet with ARN " + missing);
    assertRefused(() -> sso.listAccountAssignments(b -> b.instanceArn(instance).permissionSetArn(missing)
        .accountId(A)), ResourceNotFoundException.class, "ResourceNotFoundException",
        "Could not find PermissionSet with ARN " + missing);
    assertRefused(() -> sso.describeAccountAssignmentCreationStatus(b -> b.instanceArn(instance)
        .accountAssignmentCreationRequestId(UNKNOWN_REQUEST)), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find AccountAssignmentCreationStatus with RequestId " + UNKNOWN_REQUEST);
    assertRefused(() -> sso.describeAccountAssignmentDeletionStatus(b -> b.instanceArn(instance)
        .accountAssignmentDeletionRequestId(UNKNOWN_REQUEST)), ResourceNotFoundException.class,
        "ResourceNotFoundException", "Could not find AccountAssignmentDeletionStatus with RequestId " + UNKNOWN_REQUEST);
  }

  @Test
  void members_that_break_the_model_are_validation_errors() {
    String set = permissionSet();

    assertRefused(() -> sso.createAccountAssignment(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType("ALL_PROVISIONED_ACCOUNTS").targetId(A).principalType(PrincipalType.USER).principalId("nope")),
        ValidationException.class, "ValidationException", "2 validation errors detected: Value "
            + "'ALL_PROVISIONED_ACCOUNTS' at 'targetType' failed to satisfy constraint: Member must satisfy enum value "
            + "set: [AWS_ACCOUNT]; Value 'nope' at 'principalId' failed to satisfy constraint: Member must satisfy "
            + "regular expression pattern: ([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}"
            + "-[A-Fa-f0-9]{12}");
    assertRefused(() -> sso.listAccountAssignmentCreationStatus(b -> b.instanceArn(instance).maxResults(101)),
        ValidationException.class, "ValidationException", "1 validation error detected: Value '101' at 'maxResults' "
            + "failed to satisfy constraint: Member must have value less than or equal to 100");
  }

  @Test
  void another_accounts_instance_is_refused() {
    assertRefused(() -> sso.listAccountAssignmentDeletionStatus(b -> b.instanceArn(theirInstance)),
        AccessDeniedException.class, "AccessDeniedException", "User: arn:aws:iam::" + Fixtures.OWNER
            + ":root is not authorized to perform: sso:ListAccountAssignmentDeletionStatus on resource: "
            + theirInstance);
  }

  // --- steps ------------------------------------------------------------------------------------------

  private String permissionSet() {
    return sso.createPermissionSet(b -> b.instanceArn(instance).name("Assigned" + NAMES.incrementAndGet()))
        .permissionSet().permissionSetArn();
  }

  private AccountAssignmentOperationStatus create(String set, String account, PrincipalType type, String id) {
    return sso.createAccountAssignment(b -> b.instanceArn(instance).permissionSetArn(set)
        .targetType(TargetType.AWS_ACCOUNT).targetId(account).principalType(type).principalId(id))
        .accountAssignmentCreationStatus();
  }

  private AccountAssignmentOperationStatus awaitCreation(String request) throws InterruptedException {
    for (int attempt = 0; attempt < 250; attempt++) {
      AccountAssignmentOperationStatus status = sso.describeAccountAssignmentCreationStatus(b -> b
          .instanceArn(instance).accountAssignmentCreationRequestId(request)).accountAssignmentCreationStatus();
      if (status.status() != StatusValues.IN_PROGRESS) {
        return status;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the creation " + request + " did not end within five seconds");
  }

  /** The call is refused with {@code type}, 400, {@code code} and {@code message}. */
  private static void assertRefused(ThrowingCallable call, Class<? extends SsoAdminException> type, String code,
      String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, refused -> {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
