package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * A change of a permission set's definition by compare-and-set on the whole stored permission set: the change is
 * applied to what is stored, written only if that is still stored, and applied again to a fresh read when another
 * writer moved it (bounded), so a refusal (a policy already attached) is decided on what is really there. A change
 * that gives back the very permission set it was given changes nothing and writes nothing.
 *
 * @param directory where the permission set is stored
 * @param lookup how it is read again after a lost compare-and-set
 * @param maxAttempts how many compare-and-sets it tries before {@link GrantsError.ConcurrentModification}
 */
record Redefinition(PermissionSetRepository directory, PermissionSetLookup lookup, int maxAttempts) {

  /** {@code change} applied to the stored permission set, {@code current} the first guess of what is stored. */
  Either<GrantsError, PermissionSet> apply(PermissionSet current,
      Function<PermissionSet, Either<GrantsError, PermissionSet>> change) {
    return CompareAndSet.retry(maxAttempts, current, base -> {
      Either<GrantsError, PermissionSet> next = change.apply(base);
      if (next.isLeft() || next.get() == base || directory.replacePermissionSet(base, next.get())) {
        return CompareAndSet.done(next);
      }
      Either<GrantsError, PermissionSet> fresh = lookup.current(base.arn());
      return fresh.isLeft() ? CompareAndSet.done(fresh) : CompareAndSet.again(fresh.get());
    }).getOrElseGet(last -> Either.left(new GrantsError.ConcurrentModification(
        Arn.parse(current.arn().toString()).get(), maxAttempts)));
  }
}
