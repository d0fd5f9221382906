package dev.grants.domain.event;

import dev.grants.domain.Nullable;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.revision.RevisionId;

/**
 * A change that was committed: a resource policy changed ({@link PolicyChanged}: a permission added or
 * removed), or a provisioning request started or ended ({@link ProvisioningEvent}).
 *
 * <pre>{@code
 * GrantsEventListener audit = event -> {
 *   if (event instanceof GrantsEvent.PermissionAdded added) {
 *     log(added.resource(), added.statement().sid());
 *   } else if (event instanceof GrantsEvent.ProvisioningFailed failed) {
 *     alert(failed.permissionSet(), failed.reason());
 *   }
 * };
 * }</pre>
 */
public sealed interface GrantsEvent {

  /** The resource that changed: a policy's resource, or the permission set being provisioned. */
  Arn resource();

  /** A resource policy changed; it has a new revision. */
  sealed interface PolicyChanged extends GrantsEvent {
    /** The revision the change produced. */
    RevisionId revision();
  }

  /**
   * A statement was appended to a resource policy.
   *
   * @param resource the resource
   * @param statement the statement added
   * @param revision the new revision
   */
  record PermissionAdded(Arn resource, Statement statement, RevisionId revision) implements PolicyChanged {}

  /**
   * A statement was removed from a resource policy.
   *
   * @param resource the resource
   * @param statementId the id of the statement removed
   * @param revision the new revision
   */
  record PermissionRemoved(Arn resource, StatementId statementId, RevisionId revision) implements PolicyChanged {}

  /** A provisioning request started or ended. */
  sealed interface ProvisioningEvent extends GrantsEvent {
    /** The request. */
    String requestId();

    /** The permission set being provisioned. */
    PermissionSetArn permissionSet();

    @Override
    default Arn resource() {
      return permissionSet().arn();
    }
  }

  /**
   * A provisioning request was accepted and its work handed to the gateway.
   *
   * @param requestId the request
   * @param permissionSet the permission set
   * @param account the single account of an {@code AWS_ACCOUNT} request, {@code null} for a fan-out
   */
  record ProvisioningStarted(String requestId, PermissionSetArn permissionSet, @Nullable AccountId account)
      implements ProvisioningEvent {}

  /**
   * A provisioning request succeeded for every account.
   *
   * @param requestId the request
   * @param permissionSet the permission set
   */
  record ProvisioningSucceeded(String requestId, PermissionSetArn permissionSet) implements ProvisioningEvent {}

  /**
   * A provisioning request failed: an account failed, or its deadline passed.
   *
   * @param requestId the request
   * @param permissionSet the permission set
   * @param reason why, naming the accounts
   */
  record ProvisioningFailed(String requestId, PermissionSetArn permissionSet, String reason)
      implements ProvisioningEvent {}
}
