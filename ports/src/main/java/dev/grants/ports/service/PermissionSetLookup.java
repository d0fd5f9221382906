package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Identity Center operations find the instance and the permission set a request names, and the one place
 * that answers when they are not found (or not the caller's). Shared by the permission-set and provisioning
 * services, so that neither asks the other.
 */
final class PermissionSetLookup {
  private final PermissionSetRepository directory;

  PermissionSetLookup(PermissionSetRepository directory) {
    this.directory = directory;
  }

  /**
   * The caller's instance {@code raw}, after its model constraints are checked. An instance belongs to the account
   * that created it (its ARN names no account): another account's instance is refused {@code action}
   * (AccessDenied), for reads as for changes; an instance no account has is not found.
   */
  Either<GrantsError, Instance> ownedInstance(CallContext context, String raw, String action) {
    return Requests.violations(ProvisioningRules.INSTANCE_ARN.check(raw)).flatMap(valid -> {
      InstanceArn arn = InstanceArn.parse(raw).get();
      return directory.findInstance(arn)
          .toEither(() -> (GrantsError) new GrantsError.InstanceNotFound(arn))
          .flatMap(instance -> AccountBoundary.owned(context, instance.owner(), Arn.parse(arn.toString()).get(),
              action, () -> Either.right(instance)));
    });
  }

  /**
   * The permission set {@code rawSet} of the caller's instance {@code rawInstance}: model constraints of both and
   * of {@code more} first (every violation), then the instance, then the permission set.
   */
  Either<GrantsError, PermissionSet> permissionSet(
      CallContext context, String rawInstance, String rawSet, List<Violation> more, String action) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.INSTANCE_ARN.check(rawInstance));
    found.addAll(ProvisioningRules.PERMISSION_SET_ARN.check(rawSet));
    found.addAll(more);
    return Requests.violations(found)
        .flatMap(valid -> ownedInstance(context, rawInstance, action))
        .flatMap(instance -> {
          PermissionSetArn arn = PermissionSetArn.parse(rawSet).get();
          return directory.findPermissionSet(arn)
              .filter(set -> set.arn().instance().equals(instance.arn()))
              .toEither(() -> notFound(arn));
        });
  }

  /** Permission set {@code arn} as it is stored now, read again after a lost compare-and-set. */
  Either<GrantsError, PermissionSet> current(PermissionSetArn arn) {
    return directory.findPermissionSet(arn).toEither(() -> notFound(arn));
  }

  private static GrantsError notFound(PermissionSetArn arn) {
    return new GrantsError.PermissionSetNotFound(arn);
  }
}
