package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
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

  static Either<GrantsError, LayerName> layerName(String raw) {
    return valid(LayerName.validate(raw));
  }

  private static GrantsError invalid(Seq<Violation> violations) {
    return new GrantsError.InvalidRequest(violations.toJavaList());
  }
}
