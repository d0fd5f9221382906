package dev.grants.adapters.http;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One family's operations, each declared exactly once: how its request is decoded to a command, which inbound
 * port call runs it, and how the result is encoded; a refusal is answered by the family's error mapping. Where an
 * operation lives (method and path template, or {@code X-Amz-Target}) and its success status are its constant's
 * in adapters-json. Building the table refuses an operation routed twice and one left out. Immutable.
 *
 * <pre>{@code
 * RouteTable<SignerOperation> routes = RouteTable.builder(SignerOperation.class, (operation, error) -> ...)
 *     .on(SignerOperation.GET_SIGNING_PROFILE,
 *         call -> codec.decodeGetSigningProfile(call.context(), call.label(PROFILE_NAME), call.query()),
 *         profiles::get, codec::encodeProfile)
 *     ...
 *     .build();
 * }</pre>
 *
 * @param <O> the family's operations
 */
final class RouteTable<O extends Enum<O>> {
  private final Map<O, Route<O, ?, ?>> routes;
  private final BiFunction<O, GrantsError, WireResponse> refusal;

  private RouteTable(Map<O, Route<O, ?, ?>> routes, BiFunction<O, GrantsError, WireResponse> refusal) {
    this.routes = routes;
    this.refusal = refusal;
  }

  /** A builder for the operations of {@code operations}, whose refusals {@code refusal} answers. */
  static <O extends Enum<O>> Builder<O> builder(
      Class<O> operations, BiFunction<O, GrantsError, WireResponse> refusal) {
    return new Builder<>(operations, refusal);
  }

  /** The answer of {@code operation} to {@code call}: the decoder's refusal, the port's refusal, or the result. */
  WireResponse answer(O operation, Call call) {
    return routes.get(operation).answer(call, refusal);
  }

  /** Decodes a request to the command {@code C}, or refuses it with the family's answer. */
  @FunctionalInterface
  interface Decoder<C> {
    Either<WireResponse, C> decode(Call call);
  }

  private record Route<O, C, R>(O operation, Decoder<C> decoder, Function<C, Either<GrantsError, R>> port,
      Function<R, WireResponse> encoder) {
    WireResponse answer(Call call, BiFunction<O, GrantsError, WireResponse> refusal) {
      return decoder.decode(call).fold(refused -> refused, command -> port.apply(command)
          .fold(error -> refusal.apply(operation, error), encoder));
    }
  }

  /** Collects the routes. Not thread-safe. */
  static final class Builder<O extends Enum<O>> {
    private final Class<O> operations;
    private final BiFunction<O, GrantsError, WireResponse> refusal;
    private final Map<O, Route<O, ?, ?>> routes;

    private Builder(Class<O> operations, BiFunction<O, GrantsError, WireResponse> refusal) {
      this.operations = operations;
      this.refusal = Objects.requireNonNull(refusal, "refusal");
      this.routes = new EnumMap<>(operations);
    }

    /**
     * Routes {@code operation}: {@code decoder}, then {@code port}, then {@code encoder}.
     *
     * @throws IllegalArgumentException if {@code operation} is routed already
     */
    <C, R> Builder<O> on(O operation, Decoder<C> decoder, Function<C, Either<GrantsError, R>> port,
        Function<R, WireResponse> encoder) {
      Route<O, C, R> route = new Route<>(operation, decoder, port, encoder);
      if (routes.putIfAbsent(operation, route) != null) {
        throw new IllegalArgumentException(operation + " is routed twice");
      }
      return this;
    }

    /**
     * The table.
     *
     * @throws IllegalStateException if an operation has no route
     */
    RouteTable<O> build() {
      for (O operation : operations.getEnumConstants()) {
        if (!routes.containsKey(operation)) {
          throw new IllegalStateException(operation + " has no route");
        }
      }
      return new RouteTable<>(new EnumMap<>(routes), refusal);
    }
  }
}
