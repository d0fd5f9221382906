package dev.grants.domain.layer;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;

/**
 * The rule on the {@code VersionNumber} request member: a layer version is numbered from 1.
 *
 * <pre>{@code
 * LayerVersionNumber.check(0); // Left(LayerVersionNumberBelowOne(0))
 * }</pre>
 */
public final class LayerVersionNumber {
  private LayerVersionNumber() {}

  /**
   * The number, if it can name a version.
   *
   * @return {@code number}, or {@link GrantsError.LayerVersionNumberBelowOne}
   */
  public static Either<GrantsError, Long> check(long number) {
    return number < 1 ? Either.left(new GrantsError.LayerVersionNumberBelowOne(number)) : Either.right(number);
  }
}
