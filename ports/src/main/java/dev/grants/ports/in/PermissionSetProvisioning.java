package dev.grants.ports.in;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.ProvisioningRequest;
import io.vavr.control.Either;

/**
 * Provisioning permission sets to accounts, through the {@code ProvisioningGateway}, asynchronously: a request
 * answers IN_PROGRESS (or already terminal if the work finished first) and moves once to SUCCEEDED or FAILED. A
 * request with no answer by its deadline is FAILED the first time anyone looks at it after the deadline. Only the
 * account that owns an instance provisions from it or reads its provisioning ({@link GrantsError.AccessDenied}
 * otherwise).
 *
 * <pre>{@code
 * PermissionSetProvisioning provisioning = InMemoryGrants.create().permissionSetProvisioning();
 * ProvisioningRequest started = provisioning.provision(ProvisionPermissionSetCommand.builder()
 *     .context(context).instanceArn(instance).permissionSetArn(set)
 *     .targetType("AWS_ACCOUNT").targetId("111122223333").build()).get();
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface PermissionSetProvisioning {

  /**
   * Starts provisioning a permission set to one account, or re-provisions its current definition to every
   * account it is provisioned to.
   *
   * @return the request, or {@link GrantsError.InvalidRequest}, {@link GrantsError.TargetIdRequired},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.ProvisioningInProgress}
   */
  Either<GrantsError, ProvisioningRequest> provision(ProvisionPermissionSetCommand command);

  /**
   * Reads a provisioning request.
   *
   * @return the request, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.ProvisioningRequestNotFound}
   */
  Either<GrantsError, ProvisioningRequest> describeStatus(DescribePermissionSetProvisioningStatusCommand command);

  /**
   * Lists an instance's provisioning requests, oldest first, optionally of one status.
   *
   * @return a page, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InstanceNotFound},
   *     {@link GrantsError.AccessDenied} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<ProvisioningRequest>> listStatus(ListPermissionSetProvisioningStatusCommand command);

  /**
   * Lists the accounts a permission set is provisioned to, each once, optionally only those with (or without)
   * its latest definition.
   *
   * @return a page of 12-digit account ids, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied},
   *     {@link GrantsError.PermissionSetNotFound} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<String>> listAccounts(ListAccountsForProvisionedPermissionSetCommand command);

  /**
   * Lists the permission sets provisioned to an account, each once, optionally only those it has the latest
   * (or not the latest) definition of.
   *
   * @return a page of permission set ARNs, or {@link GrantsError.InvalidRequest},
   *     {@link GrantsError.InstanceNotFound}, {@link GrantsError.AccessDenied} or {@link GrantsError.InvalidPageToken}
   */
  Either<GrantsError, Page<String>> listPermissionSets(ListPermissionSetsProvisionedToAccountCommand command);
}
