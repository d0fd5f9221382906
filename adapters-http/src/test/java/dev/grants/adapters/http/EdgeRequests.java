package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileParts.authorization;
import static dev.grants.adapters.http.HostileParts.framing;
import static dev.grants.adapters.http.HostileParts.hashedByIdentity;
import static dev.grants.adapters.http.HostileRequestProperties.PLAYGROUND;
import static dev.grants.adapters.http.HostileRequestProperties.PLAYGROUND_REGIONS;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_KEPT;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_PLATFORM;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_SPARES;
import static dev.grants.adapters.http.HostileRequestProperties.PREFIX;
import static dev.grants.adapters.http.HostileRequestProperties.ROLE;
import static dev.grants.adapters.http.HostileRequestProperties.SIGNER_PREFIX;
import static dev.grants.adapters.http.RawRequests.bytes;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.jsonString;
import static dev.grants.adapters.http.RawRequests.object;
import static dev.grants.adapters.http.RawRequests.utf8;

import dev.grants.adapters.json.ssoadmin.SsoAdminOperation;
import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Requests aimed at every route of the three families (all {@value #ROUTE_COUNT} of them), each sane but for one
 * {@link Edge}: invalid UTF-8, invalid unicode escapes, deeply nested JSON, numbers out of range, repeated and
 * conflicting query parameters, a member given twice with different types, oversized headers. The sane parts
 * address the hostile-request property's playgrounds, so that an edge reaches as deep into the route as it can.
 */
final class EdgeRequests {
  static final int ROUTE_COUNT = 23;

  /** The one thing wrong with an edge request. */
  enum Edge {
    INVALID_UTF8, INVALID_UNICODE_ESCAPE, DEEP_NESTING, NUMBER_OUT_OF_RANGE, REPEATED_QUERY_PARAMETERS,
    CONFLICTING_JSON_KEYS, OVERSIZED_HEADERS
  }

  /**
   * One route: its family's signing name, method, path with one label (the layer name or version number, the
   * profile name or statement id; none for sso-admin, whose label goes into the body), sane query, target and
   * body members (JSON values), the names of its query parameters and its numeric members.
   */
  record Route(String name, String service, String method, String pathBefore, String label, String pathAfter,
      String query, String target, Map<String, String> members, List<String> queryNames, List<String> numbers) {

    boolean hasBody() {
      return members != null;
    }

    String path(String label) {
      return pathBefore + label + pathAfter;
    }
  }

  private final List<Route> routes;

  /** The routes, their sso-admin members naming the seeded {@code instance}, {@code permissionSet}, {@code request}. */
  EdgeRequests(String instance, String permissionSet, String request) {
    String zip = "{\"ZipFile\":\"UEsFBg==\"}";
    String i = jsonString(instance);
    String ps = jsonString(permissionSet);
    String missingSet = jsonString(permissionSet.substring(0, permissionSet.length() - 4) + "0000");
    List<String> lambdaQuery = List.of("RevisionId", "X-Amz-Credential");
    List<String> signerQuery = List.of("revisionId", "nextToken", "profileOwner", "X-Amz-Credential");
    routes = List.of(
        rest("lambda PublishLayerVersion", "lambda", "POST", PREFIX, PLAYGROUND, "/versions", "",
            members("Content", zip, "Description", "\"edge\"", "CompatibleRuntimes", "[\"python3.12\"]"),
            lambdaQuery, List.of()),
        rest("lambda GetLayerVersion", "lambda", "GET", PREFIX + PLAYGROUND + "/versions/", "2", "", "", null,
            lambdaQuery, List.of()),
        rest("lambda DeleteLayerVersion", "lambda", "DELETE", PREFIX + PLAYGROUND + "/versions/", "40", "", "", null,
            lambdaQuery, List.of()),
        rest("lambda AddLayerVersionPermission", "lambda", "POST", PREFIX + PLAYGROUND + "/versions/", "1",
            "/policy", "", members("StatementId", "\"e\"", "Action", jsonString(Fixtures.ACTION), "Principal", "\"*\""),
            lambdaQuery, List.of()),
        rest("lambda GetLayerVersionPolicy", "lambda", "GET", PREFIX + PLAYGROUND + "/versions/", "1", "/policy", "",
            null, lambdaQuery, List.of()),
        rest("lambda RemoveLayerVersionPermission", "lambda", "DELETE", PREFIX + PLAYGROUND + "/versions/1/policy/",
            "e", "", "", null, lambdaQuery, List.of()),
        rest("signer PutSigningProfile", "signer", "PUT", SIGNER_PREFIX, PLAY_SPARES.get(0), "", "",
            members("platformId", jsonString(PLAY_PLATFORM), "signatureValidityPeriod",
                "{\"value\":12,\"type\":\"MONTHS\"}", "tags", "{\"team\":\"edge\"}"),
            signerQuery, List.of("signatureValidityPeriod.value")),
        rest("signer GetSigningProfile", "signer", "GET", SIGNER_PREFIX, PLAY_KEPT, "", "?profileOwner=123456789012",
            null, signerQuery, List.of()),
        rest("signer CancelSigningProfile", "signer", "DELETE", SIGNER_PREFIX, PLAY_SPARES.get(1), "", "", null,
            signerQuery, List.of()),
        rest("signer AddProfilePermission", "signer", "POST", SIGNER_PREFIX, PLAY_KEPT, "/permissions", "",
            members("statementId", "\"e\"", "action", "\"signer:SignPayload\"", "principal", jsonString(ROLE)),
            signerQuery, List.of()),
        rest("signer ListProfilePermissions", "signer", "GET", SIGNER_PREFIX, PLAY_KEPT, "/permissions",
            "?nextToken=" + HostileRequestProperties.PAGE, null, signerQuery, List.of()),
        rest("signer RemoveProfilePermission", "signer", "DELETE", SIGNER_PREFIX + PLAY_KEPT + "/permissions/", "e",
            "", "?revisionId=" + HostileRequestProperties.REVISION, null, signerQuery, List.of()),
        sso(SsoAdminOperation.CREATE_INSTANCE, members("Name", "\"edge\""), List.of()),
        sso(SsoAdminOperation.LIST_INSTANCES, members("MaxResults", "10"), List.of("MaxResults")),
        sso(SsoAdminOperation.CREATE_PERMISSION_SET,
            members("InstanceArn", i, "Name", "\"edge\"", "SessionDuration", "\"PT1H\""), List.of()),
        sso(SsoAdminOperation.DESCRIBE_PERMISSION_SET, members("InstanceArn", i, "PermissionSetArn", ps), List.of()),
        sso(SsoAdminOperation.PUT_INLINE_POLICY_TO_PERMISSION_SET, members("InstanceArn", i, "PermissionSetArn", ps,
            "InlinePolicy", jsonString("{\"Version\":\"2012-10-17\",\"Statement\":[]}")), List.of()),
        sso(SsoAdminOperation.DELETE_PERMISSION_SET, members("InstanceArn", i, "PermissionSetArn", missingSet),
            List.of()),
        sso(SsoAdminOperation.PROVISION_PERMISSION_SET, members("InstanceArn", i, "PermissionSetArn", ps,
            "TargetType", "\"AWS_ACCOUNT\"", "TargetId", jsonString(Fixtures.GRANTEE)), List.of()),
        sso(SsoAdminOperation.DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS,
            members("InstanceArn", i, "ProvisionPermissionSetRequestId", jsonString(request)), List.of()),
        sso(SsoAdminOperation.LIST_PERMISSION_SET_PROVISIONING_STATUS,
            members("InstanceArn", i, "MaxResults", "10", "Filter", "{\"Status\":\"SUCCEEDED\"}"),
            List.of("MaxResults")),
        sso(SsoAdminOperation.LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET,
            members("InstanceArn", i, "PermissionSetArn", ps, "MaxResults", "10"), List.of("MaxResults")),
        sso(SsoAdminOperation.LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT,
            members("InstanceArn", i, "AccountId", jsonString(Fixtures.GRANTEE), "MaxResults", "10"),
            List.of("MaxResults")));
    if (routes.size() != ROUTE_COUNT) {
      throw new IllegalStateException("routes: " + routes.size());
    }
  }

  List<Route> routes() {
    return routes;
  }

  /** Every route with every edge, evenly. */
  Arbitrary<HostileRequest> requests() {
    List<Arbitrary<HostileRequest>> each = new ArrayList<>();
    for (Route route : routes) {
      for (Edge edge : Edge.values()) {
        each.add(hashedByIdentity(request(route, edge)));
      }
    }
    return Arbitraries.oneOf(each);
  }

  private Arbitrary<HostileRequest> request(Route route, Edge edge) {
    Arbitrary<Parts> sane = Combinators.combine(
            Arbitraries.of(PLAYGROUND_REGIONS), Arbitraries.integers().between(0, 99))
        .as((region, die) -> saneParts(route, region, die));
    Arbitrary<Parts> edged = switch (edge) {
      case INVALID_UTF8 -> invalidUtf8(route, sane);
      case INVALID_UNICODE_ESCAPE -> invalidEscapes(route, sane);
      case DEEP_NESTING -> deepNesting(route, sane);
      case NUMBER_OUT_OF_RANGE -> numbers(route, sane);
      case REPEATED_QUERY_PARAMETERS -> repeatedQuery(route, sane);
      case CONFLICTING_JSON_KEYS -> conflictingKeys(route, sane);
      case OVERSIZED_HEADERS -> oversizedHeaders(route, sane);
    };
    String kind = "edge " + route.name() + " " + edge;
    return edged.map(parts -> new HostileRequest(kind, route.method(), parts.target, " HTTP/1.1", parts.headers,
        parts.body, framing(parts.body, parts.die)));
  }

  /** A request as it is put together: target (path and query), header lines, body, and a die for the framing. */
  private static final class Parts {
    String label;
    String target;
    List<String> headers;
    Map<String, String> members;
    byte[] body;
    int die;
    Route route;

    Parts copy() {
      Parts copy = new Parts();
      copy.label = label;
      copy.target = target;
      copy.headers = new ArrayList<>(headers);
      copy.members = members == null ? null : new LinkedHashMap<>(members);
      copy.body = body;
      copy.die = die;
      copy.route = route;
      return copy;
    }

    /** Path and query again, after {@link #label} changed. */
    Parts relabel(String newLabel) {
      label = newLabel;
      target = route.path(newLabel) + route.query();
      return this;
    }

    /** The body again, from {@link #members}. */
    Parts rewrite() {
      body = members == null ? new byte[0] : utf8(object(members));
      return this;
    }
  }

  private static Parts saneParts(Route route, String region, int die) {
    Parts parts = new Parts();
    parts.route = route;
    parts.die = die;
    parts.headers = new ArrayList<>(List.of("Host: 127.0.0.1", authorization(region, route.service())));
    parts.headers.add(route.target() == null ? "Content-Type: application/json"
        : "Content-Type: application/x-amz-json-1.1");
    if (route.target() != null) {
      parts.headers.add("X-Amz-Target: " + route.target());
    }
    parts.members = route.members() == null ? null : new LinkedHashMap<>(route.members());
    parts.relabel(route.label());
    return parts.rewrite();
  }

  // --- the edges ------------------------------------------------------------------------------------------

  private static final List<byte[]> INVALID_UTF8 = List.of(
      bytes(0xFF), bytes(0xFE, 0xFF), bytes(0xC0, 0xAF), bytes(0xC0, 0x80), bytes(0x80), bytes(0xBF, 0xBF),
      bytes(0xE2, 0x82), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80),
      bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80),
      bytes(0xE0, 0x80, 0xAF), bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xC3), bytes(0xC3, 0x28), bytes(0x00));
  private static final List<String> INVALID_UTF8_ESCAPED = List.of("%FF", "%FE%FF", "%C0%AF", "%C0%80", "%80",
      "%E2%82", "%ED%A0%80", "%ED%BF%BF", "%ED%A0%BD%ED%B8%80", "%F4%90%80%80", "%F8%88%80%80%80", "%E0%80%AF",
      "%C3%28", "%00");

  /**
   * Invalid UTF-8: in a body string, a member name or between tokens; in the label, percent-escaped or raw; or
   * (sso-admin) in the target header.
   */
  private Arbitrary<Parts> invalidUtf8(Route route, Arbitrary<Parts> sane) {
    Arbitrary<byte[]> bad = Arbitraries.of(INVALID_UTF8);
    Arbitrary<Parts> inBody = Combinators.combine(sane, bad, Arbitraries.integers().between(0, 2))
        .as((parts, bytes, where) -> {
          Parts edged = parts.copy();
          byte[] body = edged.body.length > 0 ? edged.body : utf8("{\"x\":\"y\"}");
          // In the first member's name, in its value (when a string), or between tokens.
          int quote = indexOf(body, (byte) '"', where == 0 ? 1 : 3);
          int at = where == 2 ? 1 : Math.max(1, quote + 1);
          edged.body = concat(java.util.Arrays.copyOf(body, at), bytes,
              java.util.Arrays.copyOfRange(body, at, body.length));
          return edged;
        });
    if (route.target() != null) {
      Arbitrary<Parts> inTarget = Combinators.combine(sane, bad).as((parts, bytes) -> {
        Parts edged = parts.copy();
        edged.headers.removeIf(line -> line.startsWith("X-Amz-Target:"));
        edged.headers.add("X-Amz-Target: " + route.target().substring(0, 20) + new String(bytes,
            java.nio.charset.StandardCharsets.ISO_8859_1));
        return edged;
      });
      return oneOf(inBody, inTarget);
    }
    Arbitrary<Parts> inLabel = Combinators.combine(sane, Arbitraries.of(INVALID_UTF8_ESCAPED),
            Arbitraries.integers().between(0, 2))
        .as((parts, escaped, how) -> parts.copy().relabel(switch (how) {
          case 0 -> escaped;
          case 1 -> parts.label + escaped;
          default -> rawNonAscii(escaped) + parts.label;
        }));
    return route.hasBody() ? oneOf(inBody, inLabel) : inLabel;
  }

  private static final List<String> BAD_ESCAPES = List.of("\\ud800", "\\udbff", "\\udc00", "\\udfff",
      "\\ud800\\u0041", "\\udc00\\ud800", "\\ud83d", "x\\ud83d", "\\ud83d\\ude00\\ud800", "\\u12", "\\u", "\\uZZZZ",
      "\\u00g1", "\\x41", "\\U0041", "\\", "\\'", "\\a", "\\0", "\\u0000", "\\uFFFE", "\\uFFFF", "\\uD800\\uDC00");

  /** Unpaired surrogate escapes and escapes JSON does not have: in a member's string, its name, or a label. */
  private Arbitrary<Parts> invalidEscapes(Route route, Arbitrary<Parts> sane) {
    Arbitrary<String> escapes = Arbitraries.of(BAD_ESCAPES);
    Arbitrary<Parts> inBody = Combinators.combine(sane, escapes, Arbitraries.integers().between(0, 7))
        .as((parts, escape, which) -> {
          Parts edged = parts.copy();
          if (edged.members == null || edged.members.isEmpty()) {
            edged.members = new LinkedHashMap<>();
            edged.members.put("x", "\"" + escape + "\"");
          } else {
            String member = nth(edged.members, which);
            if (which % 4 == 3) {
              String value = edged.members.remove(member);
              edged.members.put(member + escape, value);
            } else {
              edged.members.put(member, "\"" + (which % 2 == 0 ? "" : "a") + escape + "\"");
            }
          }
          return edged.rewrite();
        });
    if (route.target() != null) {
      return inBody;
    }
    // In a path, the nearest thing: the CESU-8 bytes of a surrogate, and overlong forms, percent-escaped.
    Arbitrary<Parts> inLabel = Combinators.combine(sane,
            Arbitraries.of("%ED%A0%80", "%ED%B0%80", "a%ED%A0%80", "%ED%A0%80%ED%B0%80", "%C0%80", "%5Cud800",
                "\\ud800", "%5Cu0041", "%25ud800"))
        .as((parts, label) -> parts.copy().relabel(label));
    return route.hasBody() ? oneOf(inBody, inLabel) : inLabel;
  }

  /** JSON nested 10,000 levels deep (and other depths up to 20,000): the body, or one member's value. */
  private Arbitrary<Parts> deepNesting(Route route, Arbitrary<Parts> sane) {
    Arbitrary<Integer> depths = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(10_000)),
        Tuple.of(2, Arbitraries.integers().between(1_000, 20_000).withDistribution(RandomDistribution.uniform())),
        Tuple.of(1, Arbitraries.integers().between(30, 100)));
    return Combinators.combine(sane, depths, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 7))
        .as((parts, depth, shape, which) -> {
          String nested = switch (shape) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case 2 -> "[{\"a\":".repeat(depth / 2) + "null" + "}]".repeat(depth / 2);
            case 3 -> "[".repeat(depth);
            case 4 -> "{\"a\":".repeat(depth);
            default -> "[".repeat(depth) + "]".repeat(depth - 1);
          };
          Parts edged = parts.copy();
          if (edged.members == null || which == 0) {
            edged.body = utf8(nested);
            return edged;
          }
          edged.members.put(nth(edged.members, which), nested);
          return edged.rewrite();
        });
  }

  private static final List<String> OUT_OF_RANGE = List.of("1e400", "-1e400", "1e-400", "-0", "-0.0", "0e0",
      "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "99999999999999999999999", "1" + "0".repeat(63), "1" + "0".repeat(64), "1" + "0".repeat(400),
      "0." + "0".repeat(300) + "1", "1.5", "1.0", "1e2", "1E+2", "10.000", "4.9e-324", "1.7976931348623157e309",
      "-1", "0", "101", "1000");

  /**
   * Numbers out of range: in the numeric members (MaxResults, a validity period), in place of a string member,
   * and as the path's version number.
   */
  private Arbitrary<Parts> numbers(Route route, Arbitrary<Parts> sane) {
    Arbitrary<String> values = oneOf(Arbitraries.of(OUT_OF_RANGE),
        Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(80));
    Arbitrary<Parts> inBody = Combinators.combine(sane, values, Arbitraries.integers().between(0, 7))
        .as((parts, value, which) -> {
          Parts edged = parts.copy();
          if (edged.members == null) {
            edged.members = new LinkedHashMap<>();
          }
          if (!route.numbers().isEmpty() && which < 5) {
            String member = route.numbers().get(which % route.numbers().size());
            if (member.equals("signatureValidityPeriod.value")) {
              edged.members.put("signatureValidityPeriod", "{\"value\":" + value + ",\"type\":\"DAYS\"}");
            } else {
              edged.members.put(member, value);
            }
          } else if (edged.members.isEmpty() || which == 7) {
            edged.members.put("MaxResults", value);
          } else {
            edged.members.put(nth(edged.members, which), value);
          }
          return edged.rewrite();
        });
    if (!route.name().startsWith("lambda") || route.name().contains("Publish")
        || route.name().contains("RemoveLayerVersionPermission")) {
      return inBody;
    }
    // The version number label: a long, or not.
    Arbitrary<String> versions = values.filter(value -> !isSmallVersion(value))
        .map(value -> value.replace("+", "%2B"));
    Arbitrary<Parts> inLabel = Combinators.combine(sane, versions).as((parts, value) -> parts.copy().relabel(value));
    return oneOf(inBody, inLabel);
  }

  /** Whether {@code value} names a version the playground's permission operations use (so deleting it would hurt). */
  private static boolean isSmallVersion(String value) {
    try {
      long version = Long.parseLong(value);
      return version >= 1 && version <= 16;
    } catch (NumberFormatException notALong) {
      return false;
    }
  }

  /** Each of the route's query parameters (and MaxResults, and X-Amz-Credential), repeated with conflicting values. */
  private Arbitrary<Parts> repeatedQuery(Route route, Arbitrary<Parts> sane) {
    List<String> names = new ArrayList<>(route.queryNames());
    names.add("MaxResults");
    names.add("X-Amz-Credential");
    Arbitrary<String> values = oneOf(
        Arbitraries.of("", "1", "2", "0", "-1", "x", "%FF", "%ED%A0%80", "1e400", "123456789012", "223456789012",
            HostileRequestProperties.REVISION, HostileRequestProperties.PAGE, "a%26b%3Dc", "+",
            "AKID%2F20240101%2Fus-west-2%2Flambda%2Faws4_request", "AKID/20240101/cn-north-1/signer/aws4_request"),
        Arbitraries.strings().alpha().numeric().ofMinLength(0).ofMaxLength(40));
    // Beside the repeated ones, sometimes one huge value.
    Arbitrary<String> pair = Combinators.combine(Arbitraries.of(names),
            Arbitraries.frequencyOf(Tuple.of(4, values), Tuple.of(1, Arbitraries.integers().between(2_000, 16_000)
                .map("v"::repeat))))
        .as((name, value) -> name + '=' + value);
    Arbitrary<List<String>> repeated = Combinators.combine(
            Arbitraries.of(names), values.list().ofMinSize(2).ofMaxSize(6), Arbitraries.integers().between(1, 50))
        .as((name, conflicting, times) -> {
          List<String> pairs = new ArrayList<>();
          for (int i = 0; i < times; i++) {
            for (String value : conflicting) {
              pairs.add(name + '=' + value);
            }
          }
          return pairs;
        });
    return Combinators.combine(sane, repeated, pair.list().ofMaxSize(3), Arbitraries.of("&", "&", "&&", ";"))
        .as((parts, pairs, others, separator) -> {
          Parts edged = parts.copy();
          List<String> all = new ArrayList<>();
          String query = route.query().isEmpty() ? "" : route.query().substring(1);
          if (!query.isEmpty()) {
            all.add(query);
          }
          all.addAll(pairs);
          all.addAll(others);
          java.util.Collections.rotate(all, others.size());
          edged.target = route.path(edged.label) + "?" + String.join(separator, all);
          return edged;
        });
  }

  private static final List<String> OTHER_TYPES = List.of("1", "-1", "1.5", "true", "false", "null", "[]", "{}",
      "[\"a\"]", "{\"a\":1}", "\"\"", "\"x\"", "1e400");

  /** A member given twice, with values of different JSON types, in either order; nested; also to body-less routes. */
  private Arbitrary<Parts> conflictingKeys(Route route, Arbitrary<Parts> sane) {
    return Combinators.combine(sane, Arbitraries.of(OTHER_TYPES), Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 3))
        .as((parts, other, which, how) -> {
          Parts edged = parts.copy();
          Map<String, String> members = edged.members == null || edged.members.isEmpty()
              ? new LinkedHashMap<>(Map.of("MaxResults", "1")) : edged.members;
          String member = nth(members, which);
          String value = members.get(member);
          StringBuilder json = new StringBuilder("{");
          for (Map.Entry<String, String> entry : members.entrySet()) {
            if (json.length() > 1) {
              json.append(',');
            }
            String name = jsonString(entry.getKey());
            if (!entry.getKey().equals(member)) {
              json.append(name).append(':').append(entry.getValue());
            } else if (how == 0) {
              json.append(name).append(':').append(value).append(',').append(name).append(':').append(other);
            } else if (how == 1) {
              json.append(name).append(':').append(other).append(',').append(name).append(':').append(value);
            } else if (how == 2) {
              json.append(name).append(":{\"a\":").append(value).append(",\"a\":").append(other).append('}');
            } else {
              json.append(name).append(':').append(value).append(',').append(name).append(':').append(value);
            }
          }
          edged.body = utf8(json.append('}').toString());
          return edged;
        });
  }

  /**
   * Oversized headers: 150 to 400 of them; one of 8 to 64 KiB (any name, Authorization, Content-Type, a huge
   * X-Amz-Target); or X-Amz-Target repeated with conflicting operations.
   */
  private Arbitrary<Parts> oversizedHeaders(Route route, Arbitrary<Parts> sane) {
    Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(8 * 1024, 16 * 1024)),
        Tuple.of(1, Arbitraries.integers().between(16 * 1024, 64 * 1024)),
        Tuple.of(1, Arbitraries.of(64 * 1024)));
    Arbitrary<List<String>> many = Arbitraries.integers().between(150, 400).map(count -> {
      List<String> lines = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        lines.add("X-Edge-" + i + ": " + "v".repeat(i % 50));
      }
      return lines;
    });
    Arbitrary<List<String>> one = Combinators.combine(sizes, Arbitraries.integers().between(0, 5)).as((size, name) ->
        List.of(switch (name) {
          case 0 -> "X-Big: " + "a".repeat(size);
          case 1 -> "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/" + "a".repeat(size)
              + "/lambda/aws4_request, SignedHeaders=host, Signature=0";
          case 2 -> "Content-Type: application/json; " + "p=v;".repeat(size / 4);
          case 3 -> "X-Amz-Target: SWBExternalService." + "ListInstances".repeat(size / 13);
          case 4 -> "X-Amz-Target: " + "\u00ff".repeat(size);
          default -> "User-Agent: " + "aws-sdk-java/2.40.2 ".repeat(size / 20);
        }));
    Arbitrary<List<String>> targets = Arbitraries.integers().between(2, 300).map(count -> {
      List<String> lines = new ArrayList<>(count);
      SsoAdminOperation[] operations = SsoAdminOperation.values();
      for (int i = 0; i < count; i++) {
        lines.add("X-Amz-Target: " + operations[i % operations.length].target());
      }
      return lines;
    });
    return Combinators.combine(sane, oneOf(many, one, targets), Arbitraries.integers().between(0, 1))
        .as((parts, lines, before) -> {
          Parts edged = parts.copy();
          if (before == 0) {
            edged.headers.addAll(1, lines);
          } else {
            edged.headers.addAll(lines);
          }
          return edged;
        });
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /**
   * {@link Arbitraries#oneOf} of {@code alternatives}, each hashed by identity: jqwik looks a generator up by its
   * arbitrary on every draw, and hashing these trees costs more than drawing from them.
   */
  @SafeVarargs
  private static <T> Arbitrary<T> oneOf(Arbitrary<? extends T>... alternatives) {
    List<Arbitrary<T>> wrapped = new ArrayList<>();
    for (Arbitrary<? extends T> alternative : alternatives) {
      wrapped.add(hashedByIdentity(alternative.map(value -> (T) value)));
    }
    return Arbitraries.oneOf(wrapped);
  }

  private static Route rest(String name, String service, String method, String before, String label, String after,
      String query, Map<String, String> members, List<String> queryNames, List<String> numbers) {
    return new Route(name, service, method, before, label, after, query, null, members, queryNames, numbers);
  }

  private static Route sso(SsoAdminOperation operation, Map<String, String> members, List<String> numbers) {
    return new Route("sso-admin " + operation.target().substring(operation.target().indexOf('.') + 1), "sso", "POST",
        "/", "", "", "", operation.target(), members, List.of(), numbers);
  }

  private static Map<String, String> members(String... namesAndValues) {
    Map<String, String> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return members;
  }

  private static String nth(Map<String, String> members, int which) {
    return new ArrayList<>(members.keySet()).get(which % members.size());
  }

  /** The index of the {@code n}th (from 1) {@code b} in {@code bytes}, or -1. */
  private static int indexOf(byte[] bytes, byte b, int n) {
    for (int i = 0, seen = 0; i < bytes.length; i++) {
      if (bytes[i] == b && ++seen == n) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The bytes that {@code %XX} escapes stand for, one char each (a request's target is written as ISO-8859-1),
   * except those the JDK server's URI parsing refuses (below 0xA0), which stay escaped.
   */
  private static String rawNonAscii(String escaped) {
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i + 3 <= escaped.length(); i += 3) {
      int b = Integer.parseInt(escaped.substring(i + 1, i + 3), 16);
      raw.append(b >= 0xA0 ? String.valueOf((char) b) : escaped.substring(i, i + 3));
    }
    return raw.toString();
  }
}
