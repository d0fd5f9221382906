package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileRequestProperties.GUARDED_REGION;
import static dev.grants.adapters.http.RawRequests.bytes;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.jsonString;
import static dev.grants.adapters.http.RawRequests.utf8;

import dev.grants.adapters.http.HostileRequest.Framing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.ExhaustiveGenerator;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * What the hostile-request generators of every family share ({@link LambdaHostileRequests},
 * {@link SignerHostileRequests}, {@link SsoAdminHostileRequests}, and {@link EdgeRequests}): a request put
 * together from its parts, scattered (every part drawn on its own) or aimed at one operation (mostly sane parts),
 * and its framing; methods, HTTP versions and header lines; hostile path segments and query strings; and the
 * hostile bodies whose hostility does not depend on the family (broken JSON, deep nesting, members of the wrong
 * type, numbers out of range, unpaired surrogate escapes, invalid UTF-8, a sane body mutated byte by byte, a
 * body over the limit). What differs between the families (member names, sane bodies, the bodies to break)
 * comes in as arguments.
 */
final class HostileParts {
  /** The characters of a valid layer name or statement id. */
  static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

  private HostileParts() {}

  // --- the request ----------------------------------------------------------------------------------------

  /**
   * {@code arbitrary}, compared and hashed by identity. jqwik looks its generators up by arbitrary, for the
   * parameter on every try and for the alternative a frequencyOf picks on every draw, and an arbitrary's hash
   * walks its whole tree: on trees as big as these requests' that costs more than generating the request.
   */
  static <T> Arbitrary<T> hashedByIdentity(Arbitrary<T> arbitrary) {
    return new Arbitrary<>() {
      @Override
      public RandomGenerator<T> generator(int genSize) {
        return arbitrary.generator(genSize);
      }

      @Override
      public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
        return arbitrary.generatorWithEmbeddedEdgeCases(genSize);
      }

      @Override
      public java.util.Optional<ExhaustiveGenerator<T>> exhaustive(long maxNumberOfSamples) {
        return arbitrary.exhaustive(maxNumberOfSamples);
      }

      @Override
      public EdgeCases<T> edgeCases(int maxEdgeCases) {
        return arbitrary.edgeCases(maxEdgeCases);
      }
    };
  }

  /** One request of {@code kind} from its parts: a method, a target, header lines and a body, each drawn on its own. */
  static Arbitrary<HostileRequest> request(String kind, Arbitrary<String> methods, Arbitrary<String> targets,
      Arbitrary<List<String>> headers, Arbitrary<byte[]> bodies) {
    return Combinators.combine(methods, targets, httpVersions(), headers, bodies, Arbitraries.integers().between(0, 99))
        .as((method, target, version, lines, body, die) -> new HostileRequest(
            kind, method, target, version, lines, body, framing(body, die)));
  }

  /** Every part drawn on its own: mostly nonsense, refused early. */
  static Arbitrary<HostileRequest> scattered(String kind, Arbitrary<String> targets, Arbitrary<byte[]> bodies) {
    return request(kind, methods(), targets, headerLines(), bodies);
  }

  /**
   * Aimed at one operation: mostly its {@code method}, a path of {@code paths} with a query of {@code queries},
   * mostly {@code saneHeaders} (3 in 5) and otherwise any header lines, and a body of {@code bodies} (which the
   * family aims itself), so that many requests carry one or two hostile parts into the services.
   */
  static Arbitrary<HostileRequest> aimedAt(String kind, String method, Arbitrary<String> paths,
      Arbitrary<String> queries, Arbitrary<List<String>> saneHeaders, Arbitrary<byte[]> bodies) {
    return hashedByIdentity(request(kind, almostAlways(method, methods()),
        Combinators.combine(paths, queries).as(String::concat),
        Arbitraries.frequencyOf(Tuple.of(3, saneHeaders), Tuple.of(2, headerLines())), bodies));
  }

  /**
   * What an aimed request needs to know of its operation: its method, the shape of its path (the family's
   * numbering), and how often requests are aimed at it (a weight among the family's operations).
   */
  record Aim(String method, int shape, int weight) {}

  /**
   * Aimed at one of {@code operations}, each as often as its {@link Aim#weight()}; one arbitrary per operation,
   * built once (a flatMap would build them again for every try, which is slow).
   */
  static <O> Arbitrary<HostileRequest> aimedAtEach(List<O> operations, Function<O, Aim> aims,
      Function<O, Arbitrary<HostileRequest>> aimedAt) {
    List<Tuple.Tuple2<Integer, Arbitrary<HostileRequest>>> each = new ArrayList<>();
    for (O operation : operations) {
      each.add(Tuple.of(aims.apply(operation).weight(), aimedAt.apply(operation)));
    }
    return Arbitraries.frequencyOf(each);
  }

  /** {@code usual} 9 times in 10, otherwise one of {@code otherwise}. */
  static <T> Arbitrary<T> almostAlways(T usual, Arbitrary<T> otherwise) {
    return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(usual)), Tuple.of(1, otherwise));
  }

  /** {@code usual} 7 times in 10, otherwise one of {@code otherwise}. */
  static <T> Arbitrary<T> mostly(T usual, Arbitrary<T> otherwise) {
    return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(usual)), Tuple.of(3, otherwise));
  }

  static Framing framing(byte[] body, int die) {
    if (body.length == 0) {
      return die < 30 ? Framing.NONE : Framing.CONTENT_LENGTH;
    }
    return die < 4 ? Framing.CHUNKED : die < 6 ? Framing.BROKEN_CHUNK : Framing.CONTENT_LENGTH;
  }

  static Arbitrary<String> methods() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of("GET", "POST", "DELETE")),
        Tuple.of(4, Arbitraries.of("PUT", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT")),
        Tuple.of(2, Arbitraries.of("get", "post", "delete", "Post", "GETT", "DELET", "BREW", "PROPFIND",
            "M-SEARCH", "X", "G\u00ffT", "\u00ff\u00fe", "POST/", "<script>", "GET\u0000", "GET\t", "")),
        Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(32)),
        Tuple.of(1, Arbitraries.integers().between(100, 2_000).map("P"::repeat)));
  }

  static Arbitrary<String> httpVersions() {
    return Arbitraries.frequencyOf(
        Tuple.of(40, Arbitraries.just(" HTTP/1.1")),
        Tuple.of(2, Arbitraries.just(" HTTP/1.0")),
        Tuple.of(1, Arbitraries.of(" HTTP/2.0", " HTTP/0.9", " http/1.1", " HTTP/1.1x", " HTTP/", " HTTP/1.1 extra",
            "", " ", " \u00ffHTTP/1.1", "  HTTP/1.1")));
  }

  // --- headers --------------------------------------------------------------------------------------------

  /** Sane header lines for {@code service}: a host, maybe a signature for a playground region, maybe JSON. */
  static Arbitrary<List<String>> saneHeaderLines(String service) {
    return Combinators.combine(
            Arbitraries.of(List.<String>of(), List.of(authorization("us-east-1", service)),
                List.of(authorization(GUARDED_REGION, service))),
            Arbitraries.of(List.<String>of(), List.of("Content-Type: application/json")))
        .as((auth, type) -> {
          List<String> lines = new ArrayList<>();
          lines.add("Host: 127.0.0.1");
          lines.addAll(auth);
          lines.addAll(type);
          return lines;
        });
  }

  /** An {@code Authorization} line signed (with a signature no one checks) for {@code region} and {@code service}. */
  static String authorization(String region, String service) {
    return "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/" + region + '/' + service
        + "/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
  }

  static Arbitrary<List<String>> headerLines() {
    return Combinators.combine(hostLines(), authorizationLines(), targetLines(), contentTypeLines(),
            otherHeaderLines(), bigHeaderLines(), repeatedHeaderLines())
        .as((host, auth, target, type, others, big, repeated) -> {
          List<String> lines = new ArrayList<>();
          lines.addAll(host);
          lines.addAll(auth);
          lines.addAll(target);
          lines.addAll(type);
          lines.addAll(others);
          lines.addAll(big);
          lines.addAll(repeated);
          return lines;
        });
  }

  private static Arbitrary<List<String>> hostLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just(List.of("Host: 127.0.0.1"))),
        Tuple.of(1, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.of(List.of("Host: "), List.of("Host: a", "Host: b"), List.of("Host: \u00ff\u00fe"),
            List.of("Host: [::1"), List.of("Host: 127.0.0.1:99999"))));
  }

  private static Arbitrary<String> regions() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("us-east-1", "us-east-2")),
        Tuple.of(4, Arbitraries.of("eu-west-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1",
            "ap-southeast-2")),
        Tuple.of(2, Arbitraries.of("", "US-EAST-1", "a", "-", "a--b", "x".repeat(50), "x".repeat(51), "us-east-1 ",
            utf8AsRaw("\u00fc"), "../..", "%75s-east-1", "us_east_1", "\u00ff")),
        Tuple.of(1, Arbitraries.strings().withChars("abc-019").ofMinLength(0).ofMaxLength(60)));
  }

  private static Arbitrary<List<String>> authorizationLines() {
    Arbitrary<String> signed = Combinators.combine(regions(), Arbitraries.of("lambda", "s3", "", "lambda/x"))
        .as((region, service) -> "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/" + region + '/'
            + service + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd");
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(List.of())),
        Tuple.of(10, signed.map(List::of)),
        Tuple.of(3, Arbitraries.of("Authorization: ", "Authorization: AWS4-HMAC-SHA256",
                "Authorization: AWS4-HMAC-SHA256 Credential=", "Authorization: AWS4-HMAC-SHA256 Credential=a/b/c",
                "Authorization: AWS4-HMAC-SHA256 Credential=////",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/lambda/aws4_request/extra",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/lambda/aws4_request,"
                    + "Credential=AKID/x/eu-west-1/lambda/aws4_request",
                "Authorization: Bearer x", "Authorization: Basic dXNlcjpwYXNz",
                "Authorization: AWS4-HMAC-SHA256Credential=AKID/20240101/us-west-2/lambda/aws4_request",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/\u00ff/lambda/aws4_request")
            .map(List::of)),
        Tuple.of(1, headerValues().map(value -> List.of("Authorization: " + value))),
        Tuple.of(1, Combinators.combine(signed, signed).as(List::of)));
  }

  static Arbitrary<List<String>> targetLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.of("X-Amz-Target: AWSLambda.AddLayerVersionPermission", "X-Amz-Target: ",
            "X-Amz-Target: AWSLambda_20150331.RemoveLayerVersionPermission").map(List::of)),
        Tuple.of(1, headerValues().map(value -> List.of("X-Amz-Target: " + value))));
  }

  private static Arbitrary<List<String>> contentTypeLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(List.of())),
        Tuple.of(6, Arbitraries.just(List.of("Content-Type: application/json"))),
        Tuple.of(2, Arbitraries.of("application/x-amz-json-1.1", "text/plain", "application/xml",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16",
                "application/json; charset=\u00ff",
                "", "*/*", "application/x-www-form-urlencoded")
            .map(type -> List.of("Content-Type: " + type))),
        Tuple.of(1, headerValues().map(value -> List.of("Content-Type: " + value))));
  }

  private static Arbitrary<List<String>> otherHeaderLines() {
    Arbitrary<String> names = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("-!#$%&'*+.^_`|~")
        .ofMinLength(1).ofMaxLength(40)
        .filter(name -> !List.of("connection", "content-length", "transfer-encoding", "host", "expect")
            .contains(name.toLowerCase(Locale.ROOT)));
    Arbitrary<String> random = Combinators.combine(names, headerValues()).as((name, value) -> name + ": " + value);
    Arbitrary<String> curated = Arbitraries.of("X-Amz-Date: 20240101T000000Z", "X-Amz-Security-Token: token",
        "User-Agent: aws-sdk-java/2.40.2", "Accept: */*", "Expect: 100-continue", "Content-Encoding: gzip",
        "X-Amz-Content-Sha256: UNSIGNED-PAYLOAD", "Content-MD5: xx", "X-Amzn-Trace-Id: Root=1-abc",
        "Accept-Encoding: br", "Cookie: a=b; c=d", "Range: bytes=0-1");
    // Lines the JDK server itself refuses (400 before the endpoint sees the request): rarer, or they would
    // hide everything else.
    Arbitrary<String> malformed = Arbitraries.of(" folded: continuation", "\tfolded", "NoColonHeader",
        ": empty-name", "Name : spaced", "X-\u00ff: \u00fe", "X Y: z", "X-\u0000: a");
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.oneOf(random, curated).list().ofMinSize(0).ofMaxSize(5)),
        Tuple.of(1, Combinators.combine(malformed, random).as(List::of)));
  }

  private static Arbitrary<List<String>> bigHeaderLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384).map(n -> List.of("X-Big: " + "a".repeat(n)))),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384).map(n -> List.of(
            "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/" + "a".repeat(n) + "/lambda/aws4_request"))),
        Tuple.of(1, Arbitraries.integers().between(8_000, 16_384)
            .map(n -> List.of("X-Amz-Target: " + "\u00ff".repeat(n)))));
  }

  private static Arbitrary<List<String>> repeatedHeaderLines() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(List.of())),
        Tuple.of(1, Arbitraries.integers().between(2, 300).map(n -> repeat("X-Amz-Target: x", n))),
        Tuple.of(1, Arbitraries.integers().between(2, 50).map(n -> {
          List<String> lines = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            lines.add("Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/"
                + (i % 2 == 0 ? "us-west-2" : "cn-north-1") + "/lambda/aws4_request");
          }
          return lines;
        })),
        Tuple.of(1, Arbitraries.integers().between(2, 20).map(n -> repeat("Content-Type: application/json", n))));
  }

  /** A header value: any byte but CR and LF. */
  private static Arbitrary<String> headerValues() {
    return Arbitraries.strings().withCharRange('\u0000', '\u00ff').excludeChars('\r', '\n')
        .ofMinLength(0).ofMaxLength(200);
  }

  private static List<String> repeat(String line, int times) {
    List<String> lines = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      lines.add(line);
    }
    return lines;
  }

  // --- paths and queries ----------------------------------------------------------------------------------

  /** Unicode text, as raw UTF-8 bytes in the path or percent-encoded. */
  static Arbitrary<String> unicodeSegments() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("\u00f1ame", "\u5c42", "\ud83d\ude00", "\u202eeyal", "e\u0301", "\u0000", "\ufeff",
            "\uffff", "\u0661\u0662", "\u00a0", "\u2028", "caf\u00e9-layer"),
        Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').ofMinLength(1).ofMaxLength(40));
    return Combinators.combine(text, Arbitraries.integers().between(0, 2)).as((value, how) -> switch (how) {
      case 0 -> utf8AsRaw(value);
      case 1 -> percentEncodeAll(value);
      default -> percentEncodeAll(value).toLowerCase(Locale.ROOT);
    });
  }

  /**
   * Percent-escapes: mostly well-formed ones that decode to invalid UTF-8, control characters or delimiters
   * (they reach the endpoint), sometimes broken ones (the JDK server refuses those itself, URISyntaxException).
   */
  static Arbitrary<String> percentGarbage() {
    Arbitrary<String> wellFormed = Arbitraries.of("%FF", "%FE", "%FF%FE", "%C3", "%C3%28", "%E2%82", "%ED%A0%80",
        "%ED%B0%80", "%F4%90%80%80", "%F8%88%80%80%80", "%C0%AF", "%C0%80", "%00", "%0A", "%0D%0A", "%20", "%2F",
        "%25", "+", "%2B", "%3A", "a", "play", "%E0%80%80", "%80", "%2e", "%2E%2E", "%7F", "%25FF");
    Arbitrary<String> broken = Arbitraries.of("%", "%%", "%G1", "%1", "%zz", "%%41", "%u0041", "%2");
    return Arbitraries.frequencyOf(Tuple.of(9, wellFormed), Tuple.of(1, broken))
        .list().ofMinSize(1).ofMaxSize(8)
        .map(pieces -> String.join("", pieces));
  }

  /**
   * Raw bytes in a path segment, none that ends it (space, CR, LF, {@code /?#}): mostly ones a URI admits
   * (with bytes 0xA1 to 0xFF, which the JDK server reads as ISO-8859-1 characters), sometimes any (the JDK
   * server refuses those itself, URISyntaxException).
   */
  static Arbitrary<String> rawSegment() {
    Arbitrary<String> admitted = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("-._~!$&'()*+,;=:@")
        .withCharRange('\u00a1', '\u00ff')
        .ofMinLength(0).ofMaxLength(30);
    Arbitrary<String> any = Arbitraries.strings()
        .withCharRange('!', '\u00ff').withChars('\u0000', '\u0001', '\t', '\u007f')
        .excludeChars('/', '?', '#')
        .ofMinLength(0).ofMaxLength(30);
    return Arbitraries.frequencyOf(Tuple.of(4, admitted), Tuple.of(1, any));
  }

  /**
   * Statement-id segments: mostly {@code sane} ones, names of up to {@code maxLength} characters and longer,
   * {@code odd} ones (if any), unicode, percent-garbage, raw bytes, empty.
   */
  static Arbitrary<String> statementSegments(List<String> sane, int maxLength, List<String> odd) {
    StringArbitrary names = Arbitraries.strings().withChars(NAME_CHARS);
    List<Tuple.Tuple2<Integer, Arbitrary<String>>> segments = new ArrayList<>();
    segments.add(Tuple.of(8, Arbitraries.of(sane)));
    segments.add(Tuple.of(3, names.ofMinLength(1).ofMaxLength(maxLength)));
    if (!odd.isEmpty()) {
      segments.add(Tuple.of(2, Arbitraries.of(odd)));
    }
    segments.add(Tuple.of(1, names.ofMinLength(maxLength + 1).ofMaxLength(150)));
    segments.add(Tuple.of(1, Arbitraries.just("")));
    segments.add(Tuple.of(2, unicodeSegments()));
    segments.add(Tuple.of(2, percentGarbage()));
    segments.add(Tuple.of(1, rawSegment()));
    return Arbitraries.frequencyOf(segments);
  }

  /** A query string: none half the time, otherwise 1 to 4 of {@code parameters}, joined by {@code &} mostly. */
  static Arbitrary<String> query(Arbitrary<String> parameters) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(6, Combinators.combine(parameters.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("&", "&", "&", "&&", ";"))
            .as((list, separator) -> "?" + String.join(separator, list))));
  }

  static Arbitrary<String> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
        .as((high, low) -> new UUID(high, low).toString());
  }

  static String utf8AsRaw(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  static String percentEncodeAll(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append(String.format("%%%02X", b & 0xFF));
    }
    return encoded.toString();
  }

  // --- bodies ---------------------------------------------------------------------------------------------

  /**
   * Members of a JSON object (name to JSON value), in order: of {@code namesAndValues}, the i-th pair where bit
   * i of {@code bits} is set.
   */
  static Map<String, String> membersByBit(int bits, String... namesAndValues) {
    Map<String, String> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length / 2; i++) {
      if ((bits & 1 << i) != 0) {
        members.put(namesAndValues[2 * i], namesAndValues[2 * i + 1]);
      }
    }
    return members;
  }

  /** An aimed body: mostly sane, sometimes of the right shape but hostile, sometimes any garbage. */
  static Arbitrary<byte[]> aimedBodies(Arbitrary<String> sane, Arbitrary<String> hostile, Arbitrary<byte[]> garbage) {
    return Arbitraries.frequencyOf(
        Tuple.of(5, sane.map(RawRequests::utf8)),
        Tuple.of(3, hostile.map(RawRequests::utf8)),
        Tuple.of(2, garbage));
  }

  /** The body of an operation that takes none: mostly empty, sometimes garbage. */
  static Arbitrary<byte[]> emptyMostly(Arbitrary<byte[]> garbage) {
    return mostly(new byte[0], garbage);
  }

  /**
   * JSON broken in every way a parser must refuse: fixed fragments, {@code wellFormed} bodies cut short, and
   * {@code wellFormed} bodies in encodings other than UTF-8.
   */
  static Arbitrary<byte[]> brokenJson(Arbitrary<String> wellFormed) {
    Arbitrary<String> fixed = Arbitraries.of("{", "}", "[", "]", "{\"", "{\"a\"", "{\"a\":", "{\"a\":}", "{,}",
        "{\"a\":1,}", "[1,]", "{'a':1}", "{a:1}", "{\"a\" 1}", "{\"a\":1}}", "{}garbage", "{}{}", "{} {}",
        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}",
        "{\"a\":+1}", "{\"a\":0x10}", "/* c */{}", "{}// c", "\ufeff{}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"unterminated}", "{\"a\":tru}", "{\"a\":nul}", "{\"StatementId\":\"a\"",
        "\"", "{\"a\":\"\u0001\"}", "{\"a\"\u0000:1}", "\u0000", "{\"StatementId\":\"a\"}\u0000",
        "{\"Content\":{\"ZipFile\":\"QQ==\"}", "{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "{\"a\":\"\\\"}", "{\"\\", "\\");
    Arbitrary<byte[]> cut = Combinators.combine(wellFormed, Arbitraries.doubles().between(0, 1))
        .as((body, where) -> {
          byte[] bytes = utf8(body);
          return Arrays.copyOf(bytes, (int) (bytes.length * where));
        });
    Arbitrary<byte[]> otherEncodings = Combinators.combine(wellFormed,
            Arbitraries.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"))
        .as((body, charset) -> body.getBytes(java.nio.charset.Charset.forName(charset)));
    return Arbitraries.oneOf(fixed.map(RawRequests::utf8), cut, otherEncodings);
  }

  /** JSON values of every type but a string, and strings where an object belongs. */
  static Arbitrary<String> wrongTypeValues() {
    return Arbitraries.of("1", "-1", "1.5", "true", "false", "[]", "[\"a\"]", "[1]", "{}",
        "{\"a\":1}", "null", "[[]]", "{\"ZipFile\":1}", "{\"ZipFile\":[]}", "{\"ZipFile\":{}}", "\"a\"",
        "{\"ZipFile\":true}", "[{\"ZipFile\":\"QQ==\"}]", "0", "1e400");
  }

  /** Objects of 1 to 4 of the family's {@code members}, each with a value of the wrong type. */
  static Arbitrary<String> wrongTypeBodies(List<String> members) {
    return Combinators.combine(Arbitraries.of(members), wrongTypeValues())
        .as((name, value) -> jsonString(name) + ':' + value)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(pairs -> "{" + String.join(",", pairs) + "}");
  }

  /** Arrays and objects nested up to 5,000 deep, closed or not, alone or as a member's value. */
  static Arbitrary<String> deepNesting() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5_000).withDistribution(net.jqwik.api.RandomDistribution.uniform()),
            Arbitraries.integers().between(0, 5))
        .as((depth, shape) -> switch (shape) {
          case 0 -> "[".repeat(depth) + "]".repeat(depth);
          case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
          case 2 -> "[".repeat(depth);
          case 3 -> "{\"StatementId\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
          case 4 -> "{\"Content\":" + "{\"ZipFile\":".repeat(depth) + "\"QQ==\"" + "}".repeat(depth) + "}";
          default -> "[{\"a\":".repeat(depth) + "null" + "}]".repeat(depth);
        });
  }

  /** Numbers out of every range: of a double, of a long, and of what their text may hold. */
  static Arbitrary<String> hostileNumbers() {
    return Arbitraries.of("1e400", "-1e400", "1e-400", "99999999999999999999999",
        "-99999999999999999999999", "1" + "0".repeat(64), "1" + "0".repeat(400), "0." + "0".repeat(200) + "1",
        "-0", "1E+2", "4.9e-324", "1.7976931348623157e309", "9223372036854775808", "-9223372036854775809");
  }

  /** JSON string contents, unquoted: escapes of unpaired surrogates and other odd code points. */
  static Arbitrary<String> surrogateEscapeTexts() {
    return Arbitraries.of("\\ud800", "\\udc00", "\\udfff", "\\ud800\\u0041", "\\ud800\\ud800",
        "\\udc00\\ud800", "x\\ud83d", "\\ud83d\\ude00", "\\uDBFF", "\\u0000", "\\uFFFF", "\\uFFFE");
  }

  private static Arbitrary<byte[]> invalidUtf8Sequences() {
    return Arbitraries.of(
        bytes(0xFF), bytes(0xFE), bytes(0xFF, 0xFE), bytes(0xC0, 0xAF), bytes(0x80), bytes(0xE2, 0x82),
        bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xC3), bytes(0xE0, 0x80, 0x80), bytes(0xC0, 0x80),
        bytes(0xFE, 0xFF, 0x00, 0x7B));
  }

  /**
   * Invalid UTF-8 in a JSON body: one of {@code places}, a body in which {@value #MEMBER} stands for one of
   * {@code members} and {@value #BAD} for the invalid bytes, picked uniformly.
   */
  static Arbitrary<byte[]> invalidUtf8(List<String> members, List<String> places) {
    return Combinators.combine(invalidUtf8Sequences(), Arbitraries.of(members),
            Arbitraries.integers().between(0, places.size() - 1))
        .as((bad, member, place) -> {
          String[] around = places.get(place).replace(MEMBER, member).split(BAD, -1);
          return concat(utf8(around[0]), bad, utf8(around[1]));
        });
  }

  /** In a place of {@link #invalidUtf8}: the member's name. */
  static final String MEMBER = "<member>";
  /** In a place of {@link #invalidUtf8}: the invalid bytes. */
  static final String BAD = "<bad>";

  /** Bodies of about {@code limit} bytes, from one under it to 64 KiB over, that start as JSON. */
  static Arbitrary<byte[]> overTheLimit(int limit) {
    return Combinators.combine(
            Arbitraries.integers().between(limit - 1, limit + 64 * 1024), Arbitraries.of('a', ' ', '['))
        .as((length, fill) -> {
          byte[] body = new byte[length];
          Arrays.fill(body, (byte) (char) fill);
          byte[] start = utf8("{\"Description\":\"");
          System.arraycopy(start, 0, body, 0, start.length);
          return body;
        });
  }

  /** One of {@code saneBodies} with 1 to 8 of its bytes overwritten, anywhere. */
  static Arbitrary<byte[]> mutated(Arbitrary<String> saneBodies) {
    Arbitrary<byte[]> valid = saneBodies.map(RawRequests::utf8);
    Arbitrary<List<Tuple.Tuple2<Double, Byte>>> edits = Combinators.combine(
            Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(valid, edits).as((body, changes) -> {
      byte[] changed = body.clone();
      for (Tuple.Tuple2<Double, Byte> change : changes) {
        if (changed.length > 0) {
          changed[(int) (change.get1() * (changed.length - 1))] = change.get2();
        }
      }
      return changed;
    });
  }
}
