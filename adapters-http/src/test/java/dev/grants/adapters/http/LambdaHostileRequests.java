package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileParts.BAD;
import static dev.grants.adapters.http.HostileParts.MEMBER;
import static dev.grants.adapters.http.HostileParts.NAME_CHARS;
import static dev.grants.adapters.http.HostileParts.aimedBodies;
import static dev.grants.adapters.http.HostileParts.emptyMostly;
import static dev.grants.adapters.http.HostileParts.membersByBit;
import static dev.grants.adapters.http.HostileParts.percentGarbage;
import static dev.grants.adapters.http.HostileParts.rawSegment;
import static dev.grants.adapters.http.HostileParts.unicodeSegments;
import static dev.grants.adapters.http.HostileParts.utf8AsRaw;
import static dev.grants.adapters.http.HostileRequestProperties.PLAYGROUND;
import static dev.grants.adapters.http.HostileRequestProperties.PREFIX;
import static dev.grants.adapters.http.RawRequests.jsonString;
import static dev.grants.adapters.http.RawRequests.object;
import static dev.grants.adapters.http.RawRequests.utf8;

import dev.grants.adapters.http.HostileParts.Aim;
import dev.grants.testkit.Fixtures;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile requests to Lambda's layer paths ({@code /2018-10-31/layers/...}): {@link #aimed()} at one operation
 * on the playground layer, with mostly sane parts and one or two hostile ones, and {@link #scattered()}, every
 * part drawn on its own. Its hostile bodies ({@link #bodies()}) serve sso-admin too.
 */
final class LambdaHostileRequests {
  /** The members of Lambda's request bodies, and two that belong elsewhere (a query parameter, a content member). */
  private static final List<String> MEMBERS = List.of("StatementId", "Action", "Principal", "OrganizationId",
      "Content", "Description", "CompatibleRuntimes", "LicenseInfo", "CompatibleArchitectures", "RevisionId",
      "S3Bucket");

  private final int bodyLimit;

  /** Requests for an endpoint that takes bodies of at most {@code bodyLimit} bytes. */
  LambdaHostileRequests(int bodyLimit) {
    this.bodyLimit = bodyLimit;
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** Every part drawn on its own: mostly nonsense, refused early. */
  Arbitrary<HostileRequest> scattered() {
    return HostileParts.scattered("scattered", targets(), bodies());
  }

  /**
   * Aimed at one operation: each part (method, layer, version, statement id, query, headers, body) is mostly a
   * sane one and sometimes hostile, so that many requests carry one or two hostile parts into the services, on
   * a layer that exists, and some succeed (and change the playground layer's policies).
   */
  Arbitrary<HostileRequest> aimed() {
    return HostileParts.aimedAtEach(List.of(Operation.values()), operation -> operation.aim, this::aimedAt);
  }

  private Arbitrary<HostileRequest> aimedAt(Operation operation) {
    return HostileParts.aimedAt("aimed at " + operation, operation.aim.method(), aimedPaths(operation), aimedQueries(),
        HostileParts.saneHeaderLines("lambda"), bodiesFor(operation));
  }

  private Arbitrary<String> aimedPaths(Operation operation) {
    Arbitrary<String> layers = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(PLAYGROUND, PLAYGROUND, "arn:aws:lambda:us-east-1:123456789012:layer:play",
            "arn:aws:lambda:us-east-2:123456789012:layer:play", "my-layer")),
        Tuple.of(1, layerSegments()));
    // Deletes aim above most of the versions the permission operations aim at, so that these outlive them.
    Arbitrary<Integer> existing = operation == Operation.DELETE_VERSION
        ? Arbitraries.integers().between(10, 60) : Arbitraries.integers().between(1, 12);
    Arbitrary<String> versions = Arbitraries.frequencyOf(
        Tuple.of(4, existing.map(String::valueOf)), Tuple.of(1, versionSegments()));
    Arbitrary<String> statements = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID)), Tuple.of(1, statementSegments()));
    return paths(Arbitraries.just(operation.aim.shape()), layers, versions, statements);
  }

  /**
   * The Lambda operations: method, path shape (0 the versions, 1 one version, 2 its policy, 3 a statement), and
   * how often they are aimed at.
   */
  enum Operation {
    PUBLISH(new Aim("POST", 0, 3)), GET_VERSION(new Aim("GET", 1, 2)), DELETE_VERSION(new Aim("DELETE", 1, 1)),
    ADD(new Aim("POST", 2, 6)), GET_POLICY(new Aim("GET", 2, 2)), REMOVE(new Aim("DELETE", 3, 3));

    final Aim aim;

    Operation(Aim aim) {
      this.aim = aim;
    }
  }

  private Arbitrary<byte[]> bodiesFor(Operation operation) {
    return switch (operation) {
      case PUBLISH -> aimedBodies(sanePublishBodies(), publishBodies(), bodies());
      case ADD -> aimedBodies(saneAddPermissionBodies(), addPermissionBodies(), bodies());
      default -> emptyMostly(bodies());
    };
  }

  private Arbitrary<String> saneAddPermissionBodies() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID),
            Arbitraries.of(Fixtures.GRANTEE, "*", "arn:aws:iam::223456789012:root", "*"))
        .as((sid, principal) -> "{\"StatementId\":\"" + sid + "\",\"Action\":\"" + Fixtures.ACTION
            + "\",\"Principal\":\"" + principal + "\""
            + (principal.equals("*") && sid.equals("c") ? ",\"OrganizationId\":\"" + Fixtures.ORGANIZATION + "\"" : "")
            + "}");
  }

  private Arbitrary<String> sanePublishBodies() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
        .map(zip -> "{\"Content\":{\"ZipFile\":\"" + Base64.getEncoder().encodeToString(zip)
            + "\"},\"Description\":\"hostile\"}");
  }

  /** Mostly no query, sometimes a hostile one (sso-admin's requests take them too, though it reads none). */
  Arbitrary<String> aimedQueries() {
    return HostileParts.mostly("", queries());
  }

  // --- paths and queries ----------------------------------------------------------------------------------

  private Arbitrary<String> targets() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, Combinators.combine(paths(Arbitraries.integers().between(0, 3), layerSegments(),
                versionSegments(), statementSegments()), queries())
            .as(String::concat)),
        Tuple.of(2, Combinators.combine(otherPrefixes(), layerSegments(), queries())
            .as((prefix, layer, query) -> prefix + layer + query)),
        Tuple.of(2, rawSegment().list().ofMinSize(0).ofMaxSize(8)
            .map(segments -> "/" + String.join("/", segments))),
        Tuple.of(1, Arbitraries.of("*", "", "/", "?", "#", "http://127.0.0.1/2018-10-31/layers/play/versions/1",
            "//2018-10-31/layers/play/versions", "/2018-10-31/layers", "/2018-10-31/layers/",
            "/2018-10-31/layers/play", "/2018-10-31/layers/play/", "/2018-10-31/layers/play/versions/",
            "/2018-10-31/layers/play/versions/1/policy/", "/2018-10-31/layers/play/versions//policy",
            "/2018-10-31/layers/%2e%2e/versions/1", "/2018-10-31/layers/../versions/1",
            "/2018-10-31/layers/play/versions/1/policy/a/b", "/2018-10-31/layers/play/VERSIONS/1",
            "/2018-10-31/layers/play/versions/1/Policy", "/2018-10-31/layers/play%2Fversions%2F1",
            "/2018-10-31%2Flayers/play/versions", "/2018-10-31/layers/play/versions/1#policy",
            "/2018-10-31/layers/play/versions/1?", "/2018-10-31/layers/play/versions/1;policy",
            "/2018-10-31/layers/play/versions/1/policy/a%2Fb", "/%32018-10-31/layers/play/versions/1")));
  }

  private Arbitrary<String> paths(
      Arbitrary<Integer> shapes, Arbitrary<String> layers, Arbitrary<String> versions, Arbitrary<String> statements) {
    Arbitrary<String> extras = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("/", "//", "/x", "/policy", "/versions", "/..", "/.", ";a=b", "%00", "/%2F",
            "/policy/a", "/1/2/3/4/5/6")));
    return Combinators.combine(layers, versions, statements, shapes, extras)
        .as((layer, version, sid, shape, extra) -> switch (shape) {
          case 0 -> PREFIX + layer + "/versions";
          case 1 -> PREFIX + layer + "/versions/" + version;
          case 2 -> PREFIX + layer + "/versions/" + version + "/policy";
          default -> PREFIX + layer + "/versions/" + version + "/policy/" + sid;
        } + extra);
  }

  private Arbitrary<String> otherPrefixes() {
    return Arbitraries.of("/2015-03-31/functions/", "/2018-10-31/LAYERS/", "//2018-10-31/layers/",
        "/2018-10-31/layers/x/", "/2018-10-31/layers/x/versions/1/policy/x/", "/2018-10-31/", "/");
  }

  private Arbitrary<String> layerSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(PLAYGROUND)),
        Tuple.of(3, Arbitraries.of("my-layer", "Play", "a", "-", "_", "layer-1")),
        Tuple.of(5, names.ofMinLength(1).ofMaxLength(140)),
        Tuple.of(2, names.ofMinLength(141).ofMaxLength(200)),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(5, layerArns()),
        Tuple.of(3, unicodeSegments()),
        Tuple.of(4, percentGarbage()),
        Tuple.of(2, rawSegment()));
  }

  private Arbitrary<String> layerArns() {
    Arbitrary<String> partitions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("aws")),
        Tuple.of(2, Arbitraries.of("aws-cn", "aws-us-gov", "aws-iso-b", "awsx", "aws-")),
        Tuple.of(2, Arbitraries.of("xyz", "AWS", "a", "0", "aw", "foo-bar", "-", "Aws")),
        Tuple.of(1, Arbitraries.strings().withChars("abcXYZ019-").ofMinLength(33).ofMaxLength(60)));
    Arbitrary<String> regions = Arbitraries.oneOf(
        Arbitraries.of("us-east-1", "us-east-2", "eu-west-1", "cn-north-1", "us-gov-west-1", "US-EAST-1", "x", "-",
            "a-", "0"),
        Arbitraries.strings().withChars("abcXYZ019-").ofMinLength(1).ofMaxLength(60));
    Arbitrary<String> accounts = Arbitraries.oneOf(
        Arbitraries.of("123456789012", "223456789012", "000000000000"),
        Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(14));
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of(PLAYGROUND, "my-layer"),
        Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(30));
    Arbitrary<String> separators = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(":")), Tuple.of(1, Arbitraries.of("%3A", "%3a", "::")));
    Arbitrary<String> suffixes = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(":1", ":", ":$LATEST", "/x")));
    return Combinators.combine(partitions, regions, accounts, names, separators, suffixes)
        .as((partition, region, account, name, sep, suffix) ->
            "arn" + sep + partition + sep + "lambda" + sep + region + sep + account + sep + "layer" + sep + name
                + suffix);
  }

  private Arbitrary<String> versionSegments() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("1", "2", "3")),
        Tuple.of(6, Arbitraries.integers().between(1, 30).map(String::valueOf)),
        Tuple.of(3, Arbitraries.integers().between(-5, 1_000).map(String::valueOf)),
        Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
        Tuple.of(4, Arbitraries.of("0", "-0", "-1", "+1", "01", "0001", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "18446744073709551616",
            "1.0", "1e3", "0x1", "1_000", "abc", "", "%31", "%D9%A1", "%EF%BC%91", "%FF", "%", "1%00", "NaN",
            "Infinity", "%20", "1%20", "%2B1", "%2D1", utf8AsRaw("\uff11"), utf8AsRaw("\u0661"))),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(64)),
        Tuple.of(1, percentGarbage()));
  }

  private Arbitrary<String> statementSegments() {
    return HostileParts.statementSegments(List.of("a", "b", "c", Fixtures.STATEMENT_ID, "sid-1"), 100, List.of());
  }

  private Arbitrary<String> queries() {
    Arbitrary<String> revisions = Arbitraries.oneOf(
        HostileParts.uuids(),
        Arbitraries.of("", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "%FF%FE", "%", "+", "%00",
            "5D7B9C1E-0F4A-4E8B-9C3D-2A1B0C9D8E7F", "a".repeat(37), "%ED%A0%80", "\u00ff"),
        Arbitraries.integers().between(1_000, 8_000).map("r"::repeat));
    Arbitrary<String> parameters = Arbitraries.frequencyOf(
        Tuple.of(8, revisions.map(value -> "RevisionId=" + value)),
        Tuple.of(2, Arbitraries.of("RevisionId", "revisionid=x", "=", "", "RevisionId=a=b", "%FF=%FE", "a=%",
            "Qualifier=1", "X-Amz-Credential=%FF", "X-Amz-Credential=AKID/20240101/us-west-2/lambda/aws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fcn-north-1%2Flambda%2Faws4_request",
            "X-Amz-Credential=AKID%2F20240101%2FUS-WEST-2%2Flambda%2Faws4_request", "RevisionId[]=x",
            "RevisionId=%3Fx%26y")),
        Tuple.of(1, rawSegment()));
    return HostileParts.query(parameters);
  }

  // --- bodies ---------------------------------------------------------------------------------------------

  /**
   * Any body, mostly hostile: Lambda's own (sane and hostile ones, cut, mutated, with members of the wrong type
   * or with huge strings or numbers), empty, random bytes, and the hostile bodies of every family. The garbage
   * of aimed requests, and the bodies of scattered ones.
   */
  Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(new byte[0])),
        Tuple.of(10, addPermissionBodies().map(RawRequests::utf8)),
        Tuple.of(6, publishBodies().map(RawRequests::utf8)),
        Tuple.of(5, HostileParts.wrongTypeBodies(MEMBERS).map(RawRequests::utf8)),
        Tuple.of(5, brokenJson()),
        Tuple.of(2, hugeStrings().map(RawRequests::utf8)),
        Tuple.of(3, HostileParts.deepNesting().map(RawRequests::utf8)),
        Tuple.of(3, numbers().map(RawRequests::utf8)),
        Tuple.of(4, HostileParts.invalidUtf8(
            List.of("StatementId", "Action", "Principal", "Description", "LicenseInfo"),
            List.of("{\"" + MEMBER + "\":\"" + BAD + "\"}", "{\"" + BAD + "\":\"a\"}", BAD,
                "{\"Content\":{\"ZipFile\":\"QQ==\"},\"" + MEMBER + "\":\"x" + BAD + "\"}"))),
        Tuple.of(3, Arbitraries.of("null", "true", "false", "0", "-1", "\"x\"", "[]", "{}", "[{}]", " ", "\t\r\n",
            "\"\\ud800\"", "{\"Content\":null}", "{\"StatementId\":null}").map(RawRequests::utf8)),
        Tuple.of(2, duplicateKeys().map(RawRequests::utf8)),
        Tuple.of(3, surrogateEscapes().map(RawRequests::utf8)),
        Tuple.of(1, HostileParts.overTheLimit(bodyLimit)),
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1_024)),
        Tuple.of(3, HostileParts.mutated(Arbitraries.oneOf(addPermissionBodies(), publishBodies()))));
  }

  /**
   * AddLayerVersionPermission bodies with hostile members: statement ids, actions, principals (in partitions of
   * any length among them) and organizations good and bad, a required member left out, a {@code RevisionId}
   * where it does not belong.
   */
  Arbitrary<String> addPermissionBodies() {
    Arbitrary<String> sids = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("a", "b", "c", "s1", Fixtures.STATEMENT_ID, "sid-1")),
        Tuple.of(3, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(100)),
        Tuple.of(2, Arbitraries.of("", "a".repeat(101), "a b", "\u00e9", "sid/1", "\u0661", "a\u0000")));
    Arbitrary<String> actions = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Fixtures.ACTION)),
        Tuple.of(2, Arbitraries.of("lambda:*", "*", "", "lambda:GetLayerVersion ", "lambda:GetLayerVersionX",
            "LAMBDA:GETLAYERVERSION", "lambda:getlayerversion", "s3:GetObject")));
    Arbitrary<String> principals = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(Fixtures.GRANTEE, "*", "arn:aws:iam::223456789012:root")),
        Tuple.of(3, Arbitraries.of("arn:aws-cn:iam::223456789012:root", "arn:awsX:iam::223456789012:root",
            "arn:aws-:iam::223456789012:root", "arn:aws:iam::223456789012:user/x", "12345678901",
            "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662", "", "**",
            "arn:aws:iam:us-east-1:223456789012:root", "arn:aws-us-gov:iam::223456789012:root",
            "arn:aws-a-b-c-d:iam::223456789012:root", "arn:aws:sts::223456789012:assumed-role/x/y")),
        Tuple.of(1, Arbitraries.strings().withChars("abcxyzXYZ-").ofMinLength(0).ofMaxLength(40)
            .map(partition -> "arn:aws" + partition + ":iam::223456789012:root")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> organizations = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.just(Fixtures.ORGANIZATION)),
        Tuple.of(2, Arbitraries.of("o-", "o-" + "a".repeat(33), "O-ABCDEFGHIJ", "o-abcdefghi", "o-abcdefghij!",
            "org")));
    // 0 to 6: some required member left out (bit 0 StatementId, 1 Action, 2 Principal); 7: RevisionId in the
    // body, where it does not belong; 8 and up: the three members present.
    return Combinators.combine(sids, actions, principals, organizations, Arbitraries.integers().between(0, 23))
        .as((sid, action, principal, organization, die) -> {
          int absent = die < 7 ? die + 1 : 0;
          Map<String, String> members = membersByBit(~absent, "StatementId", jsonString(sid),
              "Action", jsonString(action), "Principal", jsonString(principal));
          if (!organization.isEmpty()) {
            members.put("OrganizationId", jsonString(organization));
          }
          if (die == 7) {
            members.put("RevisionId", jsonString("x"));
          }
          return object(members);
        });
  }

  /** PublishLayerVersion bodies with hostile members: zips, texts and lists good and bad, no content at all. */
  private Arbitrary<String> publishBodies() {
    Arbitrary<String> zips = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(2_048)
            .map(bytes -> jsonString(Base64.getEncoder().encodeToString(bytes)))),
        Tuple.of(2, Arbitraries.of("\"!!!\"", "\"a\"", "\"====\"", "\"YQ\"", "\"Y Q==\"", "\"QUFB\\nQUFB\"", "\"\"",
            "\"QQ==QQ==\"", "\"\\u0000\"", "null", "1", "[]", "{}", "true")));
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300).map(RawRequests::jsonString),
        Arbitraries.of("null", "\"\"", "\"\\ud800\"", "\"\\udfff x\"", "1", "[\"x\"]"));
    Arbitrary<String> lists = Arbitraries.oneOf(
        Arbitraries.of("[]", "[\"python3.12\"]", "[\"x86_64\",\"arm64\"]", "[\"nope\"]", "[null]", "[1]", "[[]]",
            "null", "\"python3.12\"", "[\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\","
                + "\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\",\"python3.12\"]"),
        Arbitraries.strings().ofMaxLength(20).map(RawRequests::jsonString).list().ofMaxSize(20)
            .map(items -> "[" + String.join(",", items) + "]"));
    Arbitrary<String> contents = Arbitraries.frequencyOf(
        Tuple.of(8, zips.map(zip -> "{\"ZipFile\":" + zip + "}")),
        Tuple.of(1, Arbitraries.of("{}", "{\"S3Bucket\":\"b\",\"S3Key\":\"k\"}", "{\"S3Bucket\":\"b\"}",
            "{\"ZipFile\":\"QQ==\",\"S3Bucket\":\"b\",\"S3Key\":\"k\",\"S3ObjectVersion\":\"1\"}", "null", "[]",
            "\"QQ==\"", "{\"ZipFile\":\"QQ==\",\"ZipFile\":\"QQ==\"}")));
    return Combinators.combine(contents, texts, lists, texts, lists, Arbitraries.integers().between(0, 31))
        .as((content, description, runtimes, license, architectures, present) -> {
          // 31: every other member, and no content.
          Map<String, String> members = membersByBit(present == 31 ? 0 : 1, "Content", content);
          members.putAll(membersByBit(present, "Description", description, "CompatibleRuntimes", runtimes,
              "LicenseInfo", license, "CompatibleArchitectures", architectures));
          return object(members);
        });
  }

  /** Broken JSON, among it Lambda's AddLayerVersionPermission bodies cut short or in other encodings. */
  Arbitrary<byte[]> brokenJson() {
    return HostileParts.brokenJson(addPermissionBodies());
  }

  private Arbitrary<String> hugeStrings() {
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "Description",
        "LicenseInfo", "x", "");
    Arbitrary<String> units = Arbitraries.of("a", "\u00e9", "\u4e2d", "\\n", "\\u0041", "\\ud800", "\\\"", " ");
    return Combinators.combine(members, units, Arbitraries.integers().between(1_000, 100_000), Arbitraries.of(0, 1, 2))
        .as((member, unit, length, shape) -> {
          String huge = unit.repeat(Math.max(1, length / utf8(unit).length));
          return switch (shape) {
            case 0 -> "{" + jsonString(member) + ":\"" + huge + "\"}";
            case 1 -> "{\"Content\":{\"ZipFile\":\"" + "QUFB".repeat(length / 4) + "\"}}";
            default -> "{\"" + huge + "\":1}";
          };
        });
  }

  private Arbitrary<String> numbers() {
    Arbitrary<String> values = HostileParts.hostileNumbers();
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "x",
        "Content", "Description");
    return Combinators.combine(members, values, Arbitraries.integers().between(0, 3))
        .as((member, value, shape) -> switch (shape) {
          case 0 -> "{" + jsonString(member) + ":" + value + "}";
          case 1 -> value;
          case 2 -> "[" + value + "]";
          default -> "{\"Content\":{\"ZipFile\":" + value + "}}";
        });
  }

  private Arbitrary<String> duplicateKeys() {
    return Arbitraries.of(
        "{\"StatementId\":\"a\",\"StatementId\":\"b\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\"}",
        "{\"StatementId\":\"a\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\"Principal\":\"1\"}",
        "{\"Content\":{\"ZipFile\":\"QQ==\",\"ZipFile\":\"QQ==\"}}",
        "{\"Content\":{\"ZipFile\":\"QQ==\"},\"Content\":{\"ZipFile\":\"QQ==\"}}", "{\"a\":1,\"a\":1}",
        "{\"StatementId\":\"a\",\"StatementId\":\"a\"}", "{\"x\":{\"y\":1,\"y\":2}}");
  }

  private Arbitrary<String> surrogateEscapes() {
    Arbitrary<String> escapes = HostileParts.surrogateEscapeTexts();
    Arbitrary<String> members = Arbitraries.of("StatementId", "Action", "Principal", "OrganizationId", "Description",
        "LicenseInfo");
    return Combinators.combine(escapes, members, Arbitraries.integers().between(0, 3))
        .as((escape, member, shape) -> switch (shape) {
          case 0 -> "{\"" + member + "\":\"" + escape + "\"}";
          case 1 -> "{\"StatementId\":\"a\",\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\",\""
              + member + "\":\"" + escape + "\"}";
          case 2 -> "{\"Content\":{\"ZipFile\":\"QQ==\"},\"" + member + "\":\"" + escape + "\","
              + "\"CompatibleRuntimes\":[\"" + escape + "\"]}";
          default -> "{\"" + escape + "\":\"" + escape + "\"}";
        });
  }

}
