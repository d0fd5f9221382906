package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.error.GrantsError.AssignmentConflict;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.AssignmentOperation.Kind;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AccountAssignments;
import dev.grants.ports.in.CreateAccountAssignmentCommand;
import dev.grants.ports.in.DescribeAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.DescribeAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentCreationStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentDeletionStatusCommand;
import dev.grants.ports.in.ListAccountAssignmentsCommand;
import dev.grants.ports.in.ListAccountAssignmentsForPrincipalCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.ScriptedProvisioningGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link AccountAssignments}, for any wiring: creation through the provisioning lifecycle (the
 * gateway's success and failure, the deadline, recovery by another instance), the synchronous deletion and what it
 * unprovisions, the conflicts, the not-found and validation refusals, and the listings with their filters and pages.
 *
 * <pre>{@code
 * class MyWiringAccountAssignmentsTest extends AccountAssignmentsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... } // the same stores
 * }
 * }</pre>
 *
 * <p>Each test starts with no instance; the suite's {@link ScriptedProvisioningGateway} holds every work until the
 * test answers it.
 */
public abstract class AccountAssignmentsBehaviour extends ProvisioningWiringBehaviour {
  private static final String A = Fixtures.ACCOUNT_A;
  private static final String B = Fixtures.ACCOUNT_B;

  /** Creates the suite. */
  protected AccountAssignmentsBehaviour() {}

  // --- creation through the provisioning lifecycle ------------------------------------------------------

  @Test
  void a_creation_is_in_progress_until_the_gateway_provisions_the_account_and_then_succeeds() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    AssignmentOperation created = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    assertThat(created.kind()).isEqualTo(Kind.CREATION);
    assertThat(created.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(created.requestId()).matches(ProvisioningCases.UUID_PATTERN);
    assertThat(created.assignment()).isEqualTo(userIn(set, A));
    assertThat(created.failureReason()).isNull();
    assertThat(created.createdDate()).isEqualTo(clock.instant());
    assertThat(gateway.pending()).singleElement().satisfies(job -> {
      assertThat(job.requestId()).isEqualTo(created.requestId());
      assertThat(job.account()).isEqualTo(A);
    });
    assertThat(assignmentsOf(instance, set, A)).as("a pending assignment is not listed").isEmpty();

    gateway.succeed(A);

    assertThat(describeCreation(instance, created.requestId()).get())
        .isEqualTo(new AssignmentOperation(Kind.CREATION, created.requestId(), userIn(set, A),
            ProvisioningStatus.SUCCEEDED, null, created.createdDate()));
    assertThat(assignmentsOf(instance, set, A)).containsExactly(userIn(set, A));
    assertThat(forUser(instance, null)).containsExactly(userIn(set, A));
    assertThat(provisionedAccounts(instance, set)).containsExactly(A);
    // The creation is the provisioning request of the same id.
    assertThat(grants.permissionSetProvisioning().describeStatus(
        Fixtures.describeProvisioningStatus(instance.arn(), created.requestId()).build()).get().status())
        .isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void a_creation_the_gateway_fails_is_failed_with_its_reason_and_leaves_no_assignment() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    AssignmentOperation created = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    gateway.fail(A, "The role could not be created");

    AssignmentOperation failed = describeCreation(instance, created.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo("The role could not be created");
    assertThat(assignmentsOf(instance, set, A)).isEmpty();
    assertThat(provisionedAccounts(instance, set)).isEmpty();
    // Nothing is left to conflict with: the same assignment can be created again.
    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get().status())
        .isEqualTo(ProvisioningStatus.IN_PROGRESS);
  }

  @Test
  void a_gateway_that_refuses_the_work_fails_the_creation_at_once() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway.refuse();

    AssignmentOperation created = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    assertThat(created.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(created.failureReason()).isEqualTo("The provisioning gateway did not take the work");
    assertThat(listCreations(ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).filterStatus("FAILED").build()).get().items())
        .extracting(AssignmentOperation::requestId).containsExactly(created.requestId());
  }

  @Test
  void a_creation_no_gateway_answers_is_failed_at_the_deadline_and_never_stays_in_progress() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    AssignmentOperation created = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    clock.advance(DEADLINE.plusSeconds(1));

    assertThat(listCreations(ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).filterStatus("IN_PROGRESS").build()).get().items()).isEmpty();
    AssignmentOperation failed = describeCreation(instance, created.requestId()).get();
    assertThat(failed.status()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.failureReason())
        .isEqualTo("Provisioning did not complete within PT1M30S: no answer for account " + A);
    assertThat(assignmentsOf(instance, set, A)).isEmpty();
  }

  @Test
  void a_creation_whose_instance_stopped_is_handed_to_another_by_recovery_and_succeeds_there() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    AssignmentOperation created = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    ScriptedProvisioningGateway next = restart();

    assertThat(next.pending()).singleElement().satisfies(job -> assertThat(job.requestId())
        .isEqualTo(created.requestId()));
    next.succeed(A);
    assertThat(describeCreation(instance, created.requestId()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(forUser(instance, A)).containsExactly(userIn(set, A));
  }

  @Test
  void another_principal_assigned_where_the_set_is_already_provisioned_is_provisioned_again() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway.answerAtOnce();
    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get().status())
        .isEqualTo(ProvisioningStatus.SUCCEEDED);

    AssignmentOperation group = create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)
        .principalType("GROUP").principalId(Fixtures.GROUP_ID)).get();

    assertThat(group.status()).isEqualTo(ProvisioningStatus.SUCCEEDED);
    assertThat(gateway.received()).hasSize(2);
    assertThat(assignmentsOf(instance, set, A)).containsExactly(userIn(set, A),
        new AccountAssignment(set.arn(), AccountId.of(A), PrincipalType.GROUP, Fixtures.GROUP_ID));
  }

  // --- deletion -------------------------------------------------------------------------------------------

  @Test
  void a_deletion_succeeds_at_once_and_the_last_assignment_in_an_account_unprovisions_the_set_there() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway.answerAtOnce();
    create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();
    create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A).principalType("GROUP")
        .principalId(Fixtures.GROUP_ID)).get();
    create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), B)).get();
    clock.advance(Duration.ofSeconds(1));

    AssignmentOperation deleted = delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), A)).get();

    assertThat(deleted).isEqualTo(new AssignmentOperation(Kind.DELETION, deleted.requestId(), userIn(set, A),
        ProvisioningStatus.SUCCEEDED, null, clock.instant()));
    assertThat(deleted.requestId()).matches(ProvisioningCases.UUID_PATTERN);
    assertThat(describeDeletion(instance, deleted.requestId()).get()).isEqualTo(deleted);
    assertThat(provisionedAccounts(instance, set)).as("the group still has it in A").containsExactly(A, B);

    delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), A).principalType("GROUP")
        .principalId(Fixtures.GROUP_ID)).get();

    assertThat(provisionedAccounts(instance, set)).containsExactly(B);
    assertThat(grants.permissionSetProvisioning().listPermissionSets(
        Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).build()).get().items()).isEmpty();
    assertThat(assignmentsOf(instance, set, A)).isEmpty();
    assertThat(listDeletions(ListAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).build()).get().items())
        .extracting(AssignmentOperation::status).containsExactly(ProvisioningStatus.SUCCEEDED,
            ProvisioningStatus.SUCCEEDED);
  }

  @Test
  void deleting_a_permission_set_deletes_its_assignments() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    gateway.answerAtOnce();
    create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), set.arn()).build()).get();

    assertThat(forUser(instance, null)).isEmpty();
    PermissionSet again = set(instance, "ReadOnly");
    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), again.arn(), A)).get().status())
        .isEqualTo(ProvisioningStatus.SUCCEEDED);
  }

  // --- conflicts ------------------------------------------------------------------------------------------

  @Test
  void an_assignment_that_exists_or_is_being_created_conflicts_and_a_missing_one_cannot_be_deleted() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)).get();

    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)))
        .isEqualTo(conflict(set, AssignmentConflict.CREATION_IN_PROGRESS));
    assertThat(delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), A)))
        .isEqualTo(conflict(set, AssignmentConflict.CREATION_IN_PROGRESS));
    String running = gateway.pending().get(0).requestId();
    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), B)))
        .as("another provisioning of the set is in progress")
        .isEqualTo(Either.left(new GrantsError.ProvisioningInProgress(set.arn(), running)));
    assertThat(gateway.received()).as("no refused creation provisions anything").hasSize(1);

    gateway.succeed(A);

    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), set.arn(), A)))
        .isEqualTo(conflict(set, AssignmentConflict.ALREADY_ASSIGNED));
    assertThat(delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), B)))
        .isEqualTo(Either.left(new GrantsError.AccountAssignmentConflict(userIn(set, B),
            AssignmentConflict.NOT_ASSIGNED)));
    delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), A)).get();
    assertThat(delete(Fixtures.deleteAccountAssignment(instance.arn(), set.arn(), A)))
        .isEqualTo(Either.left(new GrantsError.AccountAssignmentConflict(userIn(set, A),
            AssignmentConflict.NOT_ASSIGNED)));
  }

  // --- refusals before anything is looked up or changed ------------------------------------------------

  @Test
  void every_member_that_breaks_the_model_is_reported_in_the_model_member_order() {
    Instance instance = instance();

    Either<GrantsError, AssignmentOperation> refused = create(CreateAccountAssignmentCommand.builder()
        .context(Fixtures.context()).instanceArn("arn:aws:sso:::instance/nope").targetId("12")
        .targetType("ALL_PROVISIONED_ACCOUNTS").permissionSetArn(null).principalType("ROLE").principalId("x")
        .build());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(GrantsError.InvalidRequest.class, invalid ->
        assertThat(invalid.violations()).extracting(Violation::member).containsExactly("instanceArn", "targetId",
            "targetId", "targetType", "permissionSetArn", "principalType", "principalId"));
    assertThat(delete(Fixtures.deleteAccountAssignment(instance.arn(), missingSet(instance), A)
        .targetType(null).build()).getLeft()).isInstanceOfSatisfying(GrantsError.InvalidRequest.class, invalid ->
        assertThat(invalid.violations()).extracting(Violation::member).containsExactly("targetType"));
    assertThat(describeCreation(instance, "not-a-uuid").getLeft()).isInstanceOf(GrantsError.InvalidRequest.class);
    assertThat(forUserCommand(instance).principalType("ROLE").filterAccountId("1").maxResults(0).build())
        .satisfies(command -> assertThat(assignments().listAccountAssignmentsForPrincipal(command).getLeft())
            .isInstanceOfSatisfying(GrantsError.InvalidRequest.class, invalid -> assertThat(invalid.violations())
                .extracting(Violation::member).containsExactly("principalType", "filter.accountId",
                    "filter.accountId", "maxResults")));
    assertThat(gateway.received()).isEmpty();
  }

  @Test
  void an_unknown_permission_set_or_request_id_is_not_found_and_another_accounts_instance_is_denied() {
    Instance instance = instance();
    PermissionSetArn missing = missingSet(instance);
    String unknown = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    assertThat(create(Fixtures.createAccountAssignment(instance.arn(), missing, A)))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(missing)));
    assertThat(delete(Fixtures.deleteAccountAssignment(instance.arn(), missing, A)))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(missing)));
    assertThat(assignments().listAccountAssignments(listCommand(instance, missing, A).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(missing)));
    assertThat(describeCreation(instance, unknown))
        .isEqualTo(Either.left(new GrantsError.AssignmentOperationNotFound(instance.arn(), Kind.CREATION, unknown)));
    assertThat(describeDeletion(instance, unknown))
        .isEqualTo(Either.left(new GrantsError.AssignmentOperationNotFound(instance.arn(), Kind.DELETION, unknown)));

    Instance theirs = otherInstance();
    PermissionSet theirSet = theirSet(theirs);
    assertThat(create(Fixtures.createAccountAssignment(theirs.arn(), theirSet.arn(), A)))
        .isEqualTo(ProvisioningWiringBehaviour.deniedOn(theirs, "sso:CreateAccountAssignment"));
    assertThat(listCreations(ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
        .instanceArn(theirs.arn().toString()).build()))
        .isEqualTo(ProvisioningWiringBehaviour.deniedOn(theirs, "sso:ListAccountAssignmentCreationStatus"));
    assertThat(assignments().listAccountAssignmentsForPrincipal(forUserCommand(theirs).build()))
        .isEqualTo(ProvisioningWiringBehaviour.deniedOn(theirs, "sso:ListAccountAssignmentsForPrincipal"));
  }

  // --- listings -----------------------------------------------------------------------------------------

  @Test
  void the_listings_page_oldest_first_and_filter_by_status_and_account() {
    Instance instance = instance();
    PermissionSet reader = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    gateway.answerAtOnce();
    AssignmentOperation first = create(Fixtures.createAccountAssignment(instance.arn(), reader.arn(), A)).get();
    AssignmentOperation second = create(Fixtures.createAccountAssignment(instance.arn(), admin.arn(), A)).get();
    AssignmentOperation third = create(Fixtures.createAccountAssignment(instance.arn(), reader.arn(), B)).get();
    gateway.failAtOnce(A, "No role");
    PermissionSet audit = set(instance, "Audit");
    AssignmentOperation failed = create(Fixtures.createAccountAssignment(instance.arn(), audit.arn(), A)).get();

    List<Page<AssignmentOperation>> pages = ProvisioningCases.pages(token -> listCreations(
        ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
            .instanceArn(instance.arn().toString()).maxResults(3).nextToken(token).build()).get());
    assertThat(pages).hasSize(2);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(AssignmentOperation::requestId))
        .containsExactly(first.requestId(), second.requestId(), third.requestId(), failed.requestId());
    assertThat(listCreations(ListAccountAssignmentCreationStatusCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).filterStatus("SUCCEEDED").build()).get().items())
        .extracting(AssignmentOperation::requestId)
        .containsExactly(first.requestId(), second.requestId(), third.requestId());
    assertThat(listDeletions(ListAccountAssignmentDeletionStatusCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).build()).get().items()).isEmpty();

    assertThat(forUser(instance, null)).containsExactly(userIn(reader, A), userIn(admin, A), userIn(reader, B));
    assertThat(forUser(instance, B)).containsExactly(userIn(reader, B));
    Page<AccountAssignment> firstPage = assignments().listAccountAssignmentsForPrincipal(
        forUserCommand(instance).maxResults(2).build()).get();
    assertThat(firstPage.items()).containsExactly(userIn(reader, A), userIn(admin, A));
    assertThat(assignments().listAccountAssignmentsForPrincipal(
        forUserCommand(instance).maxResults(2).nextToken(firstPage.nextToken()).build()).get().items())
        .containsExactly(userIn(reader, B));
    assertThat(assignments().listAccountAssignmentsForPrincipal(
        forUserCommand(instance).principalType("GROUP").build()).get().items()).isEmpty();
    assertThat(assignments().listAccountAssignments(listCommand(instance, reader.arn(), A)
        .nextToken(firstPage.nextToken()).build())).as("a token of another listing")
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(firstPage.nextToken())));
  }

  // --- steps ----------------------------------------------------------------------------------------------

  private AccountAssignments assignments() {
    return grants.accountAssignments();
  }

  private Either<GrantsError, AssignmentOperation> create(CreateAccountAssignmentCommand.Builder command) {
    return create(command.build());
  }

  private Either<GrantsError, AssignmentOperation> create(CreateAccountAssignmentCommand command) {
    return assignments().createAccountAssignment(command);
  }

  private Either<GrantsError, AssignmentOperation> delete(
      dev.grants.ports.in.DeleteAccountAssignmentCommand.Builder command) {
    return delete(command.build());
  }

  private Either<GrantsError, AssignmentOperation> delete(dev.grants.ports.in.DeleteAccountAssignmentCommand command) {
    return assignments().deleteAccountAssignment(command);
  }

  private Either<GrantsError, AssignmentOperation> describeCreation(Instance instance, String requestId) {
    return assignments().describeCreationStatus(DescribeAccountAssignmentCreationStatusCommand.builder()
        .context(Fixtures.context()).instanceArn(instance.arn().toString())
        .accountAssignmentCreationRequestId(requestId).build());
  }

  private Either<GrantsError, AssignmentOperation> describeDeletion(Instance instance, String requestId) {
    return assignments().describeDeletionStatus(DescribeAccountAssignmentDeletionStatusCommand.builder()
        .context(Fixtures.context()).instanceArn(instance.arn().toString())
        .accountAssignmentDeletionRequestId(requestId).build());
  }

  private Either<GrantsError, Page<AssignmentOperation>> listCreations(
      ListAccountAssignmentCreationStatusCommand command) {
    return assignments().listCreationStatus(command);
  }

  private Either<GrantsError, Page<AssignmentOperation>> listDeletions(
      ListAccountAssignmentDeletionStatusCommand command) {
    return assignments().listDeletionStatus(command);
  }

  private static ListAccountAssignmentsCommand.Builder listCommand(Instance instance, PermissionSetArn set,
      String account) {
    return ListAccountAssignmentsCommand.builder().context(Fixtures.context()).instanceArn(instance.arn().toString())
        .permissionSetArn(set.toString()).accountId(account);
  }

  private List<AccountAssignment> assignmentsOf(Instance instance, PermissionSet set, String account) {
    return assignments().listAccountAssignments(listCommand(instance, set.arn(), account).build()).get().items();
  }

  private static ListAccountAssignmentsForPrincipalCommand.Builder forUserCommand(Instance instance) {
    return ListAccountAssignmentsForPrincipalCommand.builder().context(Fixtures.context())
        .instanceArn(instance.arn().toString()).principalType("USER").principalId(Fixtures.USER_ID);
  }

  private List<AccountAssignment> forUser(Instance instance, String account) {
    return assignments().listAccountAssignmentsForPrincipal(forUserCommand(instance).filterAccountId(account).build())
        .get().items();
  }

  private List<String> provisionedAccounts(Instance instance, PermissionSet set) {
    return grants.permissionSetProvisioning().listAccounts(
        Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).build()).get().items();
  }

  private static AccountAssignment userIn(PermissionSet set, String account) {
    return new AccountAssignment(set.arn(), AccountId.of(account), PrincipalType.USER, Fixtures.USER_ID);
  }

  private static <T> Either<GrantsError, T> conflict(PermissionSet set, AssignmentConflict why) {
    return Either.left(new GrantsError.AccountAssignmentConflict(userIn(set, A), why));
  }

  private static PermissionSetArn missingSet(Instance instance) {
    return PermissionSetArn.of(instance.arn(), "ps-0000000000000000");
  }
}
