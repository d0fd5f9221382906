package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.AccessRequest;
import dev.grants.domain.policy.Decision;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.in.CallContext;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * The rules between accounts, one place for every family: a caller changes, and reads the policies of, only its
 * own account's resources; it reads another account's resource exactly where that resource's policy grants it the
 * reading action. A resource of another account that does not exist is refused like one the caller may not read,
 * so a refusal never tells whether it exists (as AWS answers for a layer version of another account).
 */
final class AccountBoundary {
  private AccountBoundary() {}

  /** {@code then}, when the caller's account is {@code owner}; AccessDenied for {@code action} otherwise. */
  static <T> Either<GrantsError, T> owned(
      CallContext context, AccountId owner, Arn resource, String action, Supplier<Either<GrantsError, T>> then) {
    return context.isAccount(owner) ? then.get() : Either.left(denied(context, resource, action, false));
  }

  /**
   * {@code found}, when {@code policy} grants {@code request} (the caller asking for the reading action);
   * AccessDenied when it does not, and also when the resource was not found.
   */
  static <T> Either<GrantsError, T> readGranted(
      CallContext context, ResourcePolicy policy, AccessRequest request, Option<T> found) {
    Decision decision = policy.decide(request);
    return decision.isAllowed() && found.isDefined()
        ? Either.right(found.get())
        : Either.left(denied(context, policy.resource(), request.action().value(),
            decision instanceof Decision.ExplicitlyDenied));
  }

  static GrantsError denied(CallContext context, Arn resource, String action, boolean explicitly) {
    return new GrantsError.AccessDenied(context.account().value(), resource, action, explicitly);
  }
}
