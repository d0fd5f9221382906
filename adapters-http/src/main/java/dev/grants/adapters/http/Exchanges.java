package dev.grants.adapters.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The endpoint's one handler: for each exchange it asks once which {@link Family} owns the path, reads the body and
 * the caller, and leaves the answer to that family, down to the faults of the transport (a request over the
 * connection limit, a body too large or unreadable, anything that escapes), which it answers in its format.
 */
final class Exchanges implements HttpHandler {
  /** Lambda's first: it answers every path no family owns. */
  private final List<Family> families;
  private final Callers callers;
  private final EndpointOptions options;

  /** The handler of an endpoint in front of {@code grants}, configured by {@code options}. */
  Exchanges(Grants grants, EndpointOptions options) {
    this.families = List.of(
        LambdaFamily.create(grants.layerVersions(), grants.layerVersionPermissions()),
        SignerFamily.create(grants.signingProfiles(), grants.signingProfilePermissions(),
            grants.signingProfileTags(), grants.signingPlatforms()),
        new SsoAdminFamily(grants.permissionSets(), grants.permissionSetDefinitions(),
            grants.permissionSetProvisioning(), grants.accountAssignments()));
    this.callers = new Callers(options.account, options.organizations, options.region);
    this.options = options;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      WireResponse response;
      Family family = owning(rawPath(exchange));
      try {
        // Over the limit, the body is not read: the connection cannot carry another request.
        response = Admission.refusing() ? closing(family.faults().throttled("The endpoint is holding its limit of "
            + options.maxConnections + " requests; retry the request.")) : answer(exchange, family);
      } catch (RuntimeException | Error fault) {
        response = family.faults().internalError();
      }
      send(exchange, response);
    } catch (IOException clientWentAway) {
      // The caller closed the connection; there is nobody left to answer.
    }
  }

  /** The family that owns {@code rawPath}: Lambda's for a path no family owns. */
  private Family owning(String rawPath) {
    for (Family family : families) {
      if (family.owns(rawPath)) {
        return family;
      }
    }
    return families.get(0);
  }

  private WireResponse answer(HttpExchange exchange, Family family) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    Map<String, List<String>> query = PercentDecoding.query(exchange.getRequestURI().getRawQuery());
    Either<WireResponse, byte[]> body = BodyReader.read(exchange, options.maxBodyBytes, family.faults());
    if (body.isLeft()) {
      return body.getLeft();
    }
    return family.handle(new EndpointRequest(exchange.getRequestMethod(), rawPath(exchange), query,
        headers.getFirst("X-Amz-Target"), body.get(), callers.context(headers.getFirst("Authorization"), query)));
  }

  /** The raw (still percent-encoded) path of the request, empty when it has none. */
  static String rawPath(HttpExchange exchange) {
    String rawPath = exchange.getRequestURI().getRawPath();
    return rawPath == null ? "" : rawPath;
  }

  /** {@code response} with {@code Connection: close}: for a request whose body was not read whole. */
  static WireResponse closing(WireResponse response) {
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put("Connection", "close");
    return new WireResponse(response.status(), headers, response.body());
  }

  /** Writes {@code response}, with a new {@code x-amzn-RequestId}. */
  static void send(HttpExchange exchange, WireResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    headers.set("x-amzn-RequestId", requestId());
    // An answer to HEAD has no body: the JDK server refuses to write one (and logs a warning for a length).
    if (response.body().length == 0 || exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), response.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.body());
    }
  }

  /**
   * A new request id in UUID v4 form, from {@link ThreadLocalRandom}: a request id needs to be distinct, not
   * secret, and {@code UUID.randomUUID()} draws every id from one shared {@code SecureRandom}.
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }
}
