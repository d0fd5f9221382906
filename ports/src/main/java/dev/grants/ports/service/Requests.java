package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns accumulated member violations into the one {@link GrantsError.InvalidRequest} that reports them all. */
final class Requests {
  private Requests() {}

  static <T> Either<GrantsError, T> valid(Validation<Seq<Violation>, T> validation) {
    return validation.toEither().mapLeft(Requests::invalid);
  }

  static <T> Either<GrantsError, T> validAll(Validation<Seq<Seq<Violation>>, T> validation) {
    return validation.mapError(all -> all.flatMap(Function.identity())).toEither().mapLeft(Requests::invalid);
  }

  /**
   * {@code rest} (the checks of the members after the first), unless the first member broke its model
   * constraints: then one {@link GrantsError.InvalidRequest} with {@code first}'s violations followed by the
   * model violations of {@code rest}, so that every model violation of the request is reported together.
   */
  static <T> Either<GrantsError, T> after(List<Violation> first, Either<GrantsError, T> rest) {
    if (first.isEmpty()) {
      return rest;
    }
    List<Violation> all = new ArrayList<>(first);
    if (rest.isLeft() && rest.getLeft() instanceof GrantsError.InvalidRequest invalid) {
      all.addAll(invalid.violations());
    }
    return Either.left(new GrantsError.InvalidRequest(all));
  }

  /** Right when {@code violations} is empty, otherwise the one error that reports them all. */
  static Either<GrantsError, Boolean> violations(java.util.List<Violation> violations) {
    return violations.isEmpty()
        ? Either.right(true)
        : Either.left(new GrantsError.InvalidRequest(violations));
  }

  static Either<GrantsError, LayerName> layerName(String raw) {
    return valid(LayerName.validate(raw));
  }

  private static GrantsError invalid(Seq<Violation> violations) {
    return new GrantsError.InvalidRequest(violations.toJavaList());
  }
}
