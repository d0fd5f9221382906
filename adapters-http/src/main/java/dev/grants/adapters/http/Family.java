package dev.grants.adapters.http;

import dev.grants.adapters.json.wire.WireResponse;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One API family the endpoint serves (Lambda layers, Signer profiles, sso-admin): which paths are its, how it
 * answers a request on them, and its own answers to the faults the transport meets before or around that
 * ({@link Faults}), each in the family's error format. The endpoint asks once which family owns a path and leaves
 * the rest to it. Thread-safe.
 */
interface Family {
  /** The message of every 500: it says that something failed inside, never what. */
  String INTERNAL_ERROR = "An internal error occurred.";

  /** Whether {@code rawPath} (still percent-encoded) is one of this family's paths. */
  boolean owns(String rawPath);

  /** The answer to {@code request}, on one of this family's paths: its operation's, or unknown operation. */
  WireResponse handle(EndpointRequest request);

  /** The family's answers to the transport's faults. */
  Faults faults();

  /**
   * A family's answers to the faults of the transport, in its error format.
   *
   * @param internal 500: something escaped the codec and the services
   * @param throttling the throttling error, for a request over the endpoint's connection limit
   * @param unreadable 400 for a body whose framing is broken, so that it cannot be read, let alone parsed
   * @param tooLarge 413 for a body longer than the given limit in bytes
   */
  record Faults(Supplier<WireResponse> internal, Function<String, WireResponse> throttling,
      Function<String, WireResponse> unreadable, LongFunction<WireResponse> tooLarge) {
    WireResponse internalError() {
      return internal.get();
    }

    WireResponse throttled(String message) {
      return throttling.apply(message);
    }

    WireResponse unreadableBody(String detail) {
      return unreadable.apply(detail);
    }

    WireResponse requestTooLarge(long limit) {
      return tooLarge.apply(limit);
    }
  }
}
