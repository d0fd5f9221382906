package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileParts.BAD;
import static dev.grants.adapters.http.HostileParts.MEMBER;
import static dev.grants.adapters.http.HostileParts.NAME_CHARS;
import static dev.grants.adapters.http.HostileParts.aimedBodies;
import static dev.grants.adapters.http.HostileParts.emptyMostly;
import static dev.grants.adapters.http.HostileParts.membersByBit;
import static dev.grants.adapters.http.HostileParts.hostileNumbers;
import static dev.grants.adapters.http.HostileParts.percentEncodeAll;
import static dev.grants.adapters.http.HostileParts.percentGarbage;
import static dev.grants.adapters.http.HostileParts.rawSegment;
import static dev.grants.adapters.http.HostileParts.unicodeSegments;
import static dev.grants.adapters.http.HostileParts.utf8AsRaw;
import static dev.grants.adapters.http.HostileParts.uuids;
import static dev.grants.adapters.http.HostileParts.wrongTypeValues;
import static dev.grants.adapters.http.HostileRequestProperties.PAGE;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_KEPT;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_PLATFORM;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_PROFILE;
import static dev.grants.adapters.http.HostileRequestProperties.PLAY_SPARES;
import static dev.grants.adapters.http.HostileRequestProperties.REVISION;
import static dev.grants.adapters.http.HostileRequestProperties.ROLE;
import static dev.grants.adapters.http.HostileRequestProperties.SIGNER_ACTIONS;
import static dev.grants.adapters.http.HostileRequestProperties.SIGNER_PREFIX;
import static dev.grants.adapters.http.RawRequests.jsonString;
import static dev.grants.adapters.http.RawRequests.object;
import static dev.grants.adapters.http.RawRequests.utf8;

import dev.grants.adapters.http.HostileParts.Aim;
import dev.grants.testkit.Fixtures;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile requests to Signer's profile paths ({@code /signing-profiles/...}): {@link #aimed()} at one operation
 * on the playground profiles, with mostly sane parts and one or two hostile ones, so that many requests reach the
 * services and some succeed, and {@link #scattered()}, every part drawn on its own. Aimed requests may carry the
 * placeholders {@value HostileRequestProperties#REVISION} and {@value HostileRequestProperties#PAGE}, which the
 * property fills in just before sending.
 */
final class SignerHostileRequests {
  /** A member left out of a generated body. */
  private static final String ABSENT = "<absent>";
  /** The characters of a valid profile name. */
  private static final String PROFILE_NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  /** The members of Signer's request bodies. */
  private static final List<String> MEMBERS = List.of("statementId", "action", "principal",
      "profileVersion", "revisionId", "platformId", "signingMaterial", "signatureValidityPeriod", "overrides",
      "signingParameters", "tags");

  private final int bodyLimit;
  private final Arbitrary<byte[]> brokenJson;

  /**
   * Requests for an endpoint that takes bodies of at most {@code bodyLimit} bytes, with {@code brokenJson} among
   * the garbage (what breaks a body does not depend on the family: Signer takes Lambda's).
   */
  SignerHostileRequests(int bodyLimit, Arbitrary<byte[]> brokenJson) {
    this.bodyLimit = bodyLimit;
    this.brokenJson = brokenJson;
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** Every part drawn on its own, under {@code /signing-profiles}. */
  Arbitrary<HostileRequest> scattered() {
    return HostileParts.scattered("signer scattered", targets(), bodies());
  }

  /**
   * Aimed at one Signer operation, as {@link LambdaHostileRequests#aimed()} is at Lambda's: mostly sane parts on the
   * playground profiles, one or two hostile ones, so that many requests reach the services and some succeed.
   */
  Arbitrary<HostileRequest> aimed() {
    return HostileParts.aimedAtEach(List.of(Operation.values()), call -> call.aim, this::aimedAt);
  }

  /**
   * The Signer operations: method, path shape (0 the profile, 1 its permissions, 2 one permission), and how
   * often they are aimed at.
   */
  enum Operation {
    PUT_PROFILE(new Aim("PUT", 0, 3)), GET_PROFILE(new Aim("GET", 0, 2)), CANCEL_PROFILE(new Aim("DELETE", 0, 1)),
    ADD_PERMISSION(new Aim("POST", 1, 6)), LIST_PERMISSIONS(new Aim("GET", 1, 2)),
    REMOVE_PERMISSION(new Aim("DELETE", 2, 4));

    final Aim aim;

    Operation(Aim aim) {
      this.aim = aim;
    }
  }

  private Arbitrary<HostileRequest> aimedAt(Operation call) {
    return HostileParts.aimedAt("signer aimed at " + call, call.aim.method(), aimedPaths(call), aimedQueries(call),
        HostileParts.saneHeaderLines("signer"), bodiesFor(call));
  }

  private Arbitrary<String> aimedPaths(Operation call) {
    // Cancels aim mostly at the spare names (and, rarely, the playground profile that may be canceled), so that
    // few of them are filtered out for naming the kept one.
    Arbitrary<String> profiles = call == Operation.CANCEL_PROFILE
        ? Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(PLAY_SPARES)), Tuple.of(1, Arbitraries.just(PLAY_PROFILE)),
            Tuple.of(2, profileSegments()))
        : Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(PLAY_KEPT)), Tuple.of(3, Arbitraries.just(PLAY_PROFILE)),
            Tuple.of(2, Arbitraries.of(PLAY_SPARES)), Tuple.of(1, Arbitraries.just("MyProfile")),
            Tuple.of(2, profileSegments()));
    Arbitrary<String> statements = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role")),
        Tuple.of(2, statementSegments()));
    return paths(Arbitraries.just(call.aim.shape()), profiles, statements);
  }

  private Arbitrary<String> aimedQueries(Operation call) {
    return switch (call) {
      case REMOVE_PERMISSION -> Arbitraries.frequencyOf(
          Tuple.of(6, Arbitraries.just("?revisionId=" + REVISION)),
          Tuple.of(2, Arbitraries.just("")),
          Tuple.of(1, uuids().map(uuid -> "?revisionId=" + uuid)),
          Tuple.of(2, queries()));
      case LIST_PERMISSIONS -> Arbitraries.frequencyOf(
          Tuple.of(5, Arbitraries.just("")),
          Tuple.of(2, Arbitraries.just("?nextToken=" + PAGE)),
          Tuple.of(3, queries()));
      case GET_PROFILE -> Arbitraries.frequencyOf(
          Tuple.of(5, Arbitraries.just("")),
          Tuple.of(2, Arbitraries.of("?profileOwner=123456789012", "?profileOwner=223456789012")),
          Tuple.of(3, queries()));
      default -> HostileParts.mostly("", queries());
    };
  }

  private Arbitrary<byte[]> bodiesFor(Operation call) {
    return switch (call) {
      case PUT_PROFILE -> aimedBodies(sanePutProfileBodies(), putProfileBodies(), bodies());
      case ADD_PERMISSION -> aimedBodies(saneAddProfilePermissionBodies(), addProfilePermissionBodies(), bodies());
      default -> emptyMostly(bodies());
    };
  }

  // --- paths and queries ----------------------------------------------------------------------------------

  private Arbitrary<String> targets() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, Combinators.combine(
                paths(Arbitraries.integers().between(0, 2), profileSegments(), statementSegments()),
                queries())
            .as(String::concat)),
        Tuple.of(2, Combinators.combine(otherPrefixes(), profileSegments(), queries())
            .as((prefix, profile, query) -> prefix + profile + query)),
        Tuple.of(1, Arbitraries.of("/signing-profiles", "/signing-profiles/", "/signing-profiles?nextToken=x",
            "/signing-profiles//permissions", "/signing-profiles/PlayKept/", "/signing-profiles/PlayKept//",
            "/signing-profiles/PlayKept/permissions/", "/signing-profiles/PlayKept/permissions//",
            "/signing-profiles/PlayKept/PERMISSIONS", "/signing-profiles/PlayKept/Permissions/a",
            "/signing-profiles/PlayKept%2Fpermissions", "/signing-profiles/PlayKept/permissions%2Fa",
            "/signing-profiles/PlayKept/permissions/a%2Fb", "/signing-profiles/PlayKept/permissions/a/b",
            "/signing-profiles/%2e%2e/permissions", "/signing-profiles/../signing-profiles/PlayKept",
            "/signing-profiles/PlayKept/permissions/..", "/SIGNING-PROFILES/PlayKept", "//signing-profiles/PlayKept",
            "/signing-profiles%2FPlayKept", "/%73igning-profiles/PlayKept", "/signing-profiles/PlayKept#permissions",
            "/signing-profiles/PlayKept;permissions", "/signing-profiles/PlayKept/permissions?",
            "http://127.0.0.1/signing-profiles/PlayKept/permissions", "/signing-profiles/PlayKept/versions/1/policy",
            "/signing-profiles/../2018-10-31/layers/play/versions/1/policy", "/signing-platforms/AWSLambda",
            "/signing-jobs", "/tags/arn:aws:signer:us-east-1:123456789012:/signing-profiles/PlayKept")));
  }

  private Arbitrary<String> paths(
      Arbitrary<Integer> shapes, Arbitrary<String> profiles, Arbitrary<String> statements) {
    Arbitrary<String> extras = Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("/", "//", "/x", "/permissions", "/permissions/a/b", "/..", "/.", ";a=b", "%00",
            "/%2F", "/revoke", "/1/2/3/4/5/6")));
    return Combinators.combine(profiles, statements, shapes, extras)
        .as((profile, sid, shape, extra) -> switch (shape) {
          case 0 -> SIGNER_PREFIX + profile;
          case 1 -> SIGNER_PREFIX + profile + "/permissions";
          default -> SIGNER_PREFIX + profile + "/permissions/" + sid;
        } + extra);
  }

  private Arbitrary<String> otherPrefixes() {
    return Arbitraries.of("/signing-profiles", "/SIGNING-PROFILES/", "//signing-profiles/", "/signing-profile/",
        "/signing-profiles/x/permissions/x/", "/signing-profiles/PlayKept/permissions/a/", "/signing-jobs/",
        "/signing-platforms/", "/signing-profiles%2F", "/signing-profiles/PlayKept/");
  }

  /**
   * Profile-name segments: valid names (the playground's most), 1 and 65 and more characters, unicode,
   * percent-garbage (invalid UTF-8 included), ARN-like ones, near misses of the playground's names, empty.
   */
  private Arbitrary<String> profileSegments() {
    net.jqwik.api.arbitraries.StringArbitrary names = Arbitraries.strings().withChars(PROFILE_NAME_CHARS);
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(PLAY_KEPT)),
        Tuple.of(4, Arbitraries.just(PLAY_PROFILE)),
        Tuple.of(3, Arbitraries.of("MyProfile", "PlayTmp0", "PlayTmp1", "ab", "__", "Play_Kept", "playkept",
            "PLAYKEPT", "a".repeat(64))),
        Tuple.of(5, names.ofMinLength(2).ofMaxLength(64)),
        Tuple.of(2, names.ofLength(1)),
        Tuple.of(2, names.ofMinLength(65).ofMaxLength(80)),
        Tuple.of(1, Arbitraries.of("a".repeat(65), "x".repeat(1_000), "x".repeat(8_000))),
        Tuple.of(1, Arbitraries.just("")),
        Tuple.of(3, profileArns()),
        Tuple.of(3, unicodeSegments()),
        Tuple.of(4, percentGarbage()),
        Tuple.of(2, rawSegment()),
        Tuple.of(2, Arbitraries.of("Play-Kept", "Play%20Kept", "Play+Kept", "PlayKept%00", "PlayKept%20", "%50layKept",
            "PlayKept.", "PlayKept%2F", "PlayKept%0A", "%C0%80PlayKept", "PlayKept%FF", utf8AsRaw("PlayKept\u00e9"),
            "Pl%61yKept", "%2550layKept", "PlayKept%2Fpermissions", "PlayKept%3Fx", "PlayKept%23")));
  }

  private Arbitrary<String> profileArns() {
    Arbitrary<String> partitions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("aws")), Tuple.of(2, Arbitraries.of("aws-cn", "aws-us-gov", "xyz", "")));
    Arbitrary<String> regions = Arbitraries.of("us-east-1", "us-east-2", "cn-north-1", "", "x");
    Arbitrary<String> accounts = Arbitraries.of("123456789012", "223456789012", "", "1");
    Arbitrary<String> names = Arbitraries.of(PLAY_KEPT, PLAY_PROFILE, "MyProfile", "");
    Arbitrary<String> colons = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(":")), Tuple.of(1, Arbitraries.of("%3A", "%3a")));
    Arbitrary<String> slashes = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("/")), Tuple.of(3, Arbitraries.of("%2F", "%2f")));
    Arbitrary<String> suffixes = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")), Tuple.of(1, Arbitraries.of("/a1B2c3D4e5", ":1", "/")));
    return Combinators.combine(partitions, regions, accounts, names, colons, slashes, suffixes)
        .as((partition, region, account, name, colon, slash, suffix) -> "arn" + colon + partition + colon
            + "signer" + colon + region + colon + account + colon + slash + "signing-profiles" + slash + name
            + suffix.replace("/", slash));
  }

  private Arbitrary<String> statementSegments() {
    return HostileParts.statementSegments(
        List.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role", "reader"), 64,
        List.of("a".repeat(64), "a".repeat(65), "-", "_", "a.b", "a+b", "a%20b", "%61", "a%00", "a%2Fb"));
  }

  /**
   * Signer's query parameters: {@code revisionId} (current, random, empty, repeated, huge), {@code nextToken}
   * (garbage, forged, huge, the real next page), {@code profileOwner} (12 digits, near misses, garbage).
   */
  private Arbitrary<String> queries() {
    Arbitrary<String> revisions = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(REVISION)),
        Tuple.of(3, uuids()),
        Tuple.of(2, Arbitraries.of("", "not-a-uuid", "%FF%FE", "%", "+", "%00", "00000000-0000-0000-0000-000000000000",
            "5D7B9C1E-0F4A-4E8B-9C3D-2A1B0C9D8E7F", "a".repeat(37), "%ED%A0%80", "\u00ff", REVISION + "%20",
            "%7Erev%7E")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 8_000).map("r"::repeat)));
    Arbitrary<String> forged = Combinators.combine(
            Arbitraries.oneOf(uuids(), Arbitraries.of("", "x")),
            Arbitraries.of("0", "1", "2", "-1", "100", "2147483647", "2147483648", "", "x", "1:2"))
        .as((revision, index) -> Base64.getUrlEncoder().withoutPadding()
            .encodeToString(utf8("grants-policy-page:" + revision + ':' + index)));
    Arbitrary<String> tokens = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(PAGE)),
        Tuple.of(3, Arbitraries.of("", "x", "null", "%FF", "%00", "====", "%3D%3D", "a+b", REVISION, "0", "-1",
            "Z3JhbnRzLXBvbGljeS1wYWdlOg", "eyJ0b2tlbiI6MX0=", "%ED%A0%80")),
        Tuple.of(3, forged),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
            .map(bytes -> Base64.getUrlEncoder().encodeToString(bytes))),
        Tuple.of(1, Arbitraries.integers().between(1_000, 8_000).map("n"::repeat)));
    Arbitrary<String> owners = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("123456789012", "223456789012", "000000000000", "999999999999")),
        Tuple.of(3, Arbitraries.of("", "12345678901", "1234567890123", "abc", "12345678901%00", "+23456789012",
            "-12345678901", "123456789012%20", "%20123456789012", "1.2345678901", "12345678901a", "%FF",
            "%31%32%33%34%35%36%37%38%39%30%31%32", percentEncodeAll("\u0661".repeat(12)),
            percentEncodeAll("\uff11".repeat(12)), "123456789012&profileOwner=223456789012")),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(30)));
    Arbitrary<String> parameters = Arbitraries.frequencyOf(
        Tuple.of(4, revisions.map(value -> "revisionId=" + value)),
        Tuple.of(4, tokens.map(value -> "nextToken=" + value)),
        Tuple.of(4, owners.map(value -> "profileOwner=" + value)),
        Tuple.of(2, Arbitraries.of("revisionId", "revisionId=", "RevisionId=" + REVISION, "revisionid=" + REVISION,
            "revisionId=" + REVISION + "&revisionId=x", "revisionId=x&revisionId=" + REVISION, "nextToken",
            "nextToken=" + PAGE + "&nextToken=x", "profileOwner", "=", "", "%FF=%FE", "a=%", "revisionId[]=x",
            "revisionId=%3Fx%26y", "X-Amz-Credential=AKID/20240101/us-east-2/signer/aws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fus-east-2%2Fsigner%2Faws4_request",
            "X-Amz-Credential=AKID%2F20240101%2Fcn-north-1%2Fsigner%2Faws4_request", "X-Amz-Credential=%FF")),
        Tuple.of(1, rawSegment()));
    return HostileParts.query(parameters);
  }

  // --- bodies ---------------------------------------------------------------------------------------------

  private Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(new byte[0])),
        Tuple.of(10, addProfilePermissionBodies().map(RawRequests::utf8)),
        Tuple.of(8, putProfileBodies().map(RawRequests::utf8)),
        Tuple.of(5, HostileParts.wrongTypeBodies(MEMBERS).map(RawRequests::utf8)),
        Tuple.of(4, brokenJson),
        Tuple.of(3, HostileParts.deepNesting().map(RawRequests::utf8)),
        Tuple.of(6, hostileValues().map(RawRequests::utf8)),
        Tuple.of(4, HostileParts.invalidUtf8(MEMBERS, List.of("{\"" + MEMBER + "\":\"" + BAD + "\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"k" + BAD + "\":\"v\"}}",
            "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"2234" + BAD + "\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingMaterial\":{\"certificateArn\":\"x" + BAD + "\"}}"))),
        Tuple.of(3, Arbitraries.of("null", "true", "false", "0", "-1", "\"x\"", "[]", "{}", "[{}]", " ", "\t\r\n",
            "\"\\ud800\"", "{\"platformId\":null}", "{\"statementId\":null}", "{\"tags\":null}",
            "{\"signingMaterial\":null}").map(RawRequests::utf8)),
        Tuple.of(2, Arbitraries.of(
            "{\"statementId\":\"a\",\"statementId\":\"b\",\"action\":\"signer:SignPayload\","
                + "\"principal\":\"223456789012\"}",
            "{\"statementId\":\"a\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\","
                + "\"principal\":\"1\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"platformId\":\"AWSLambda-SHA384-ECDSA\"}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"a\":\"1\",\"a\":\"2\"}}",
            "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":1,\"value\":2}}")
            .map(RawRequests::utf8)),
        Tuple.of(1, HostileParts.overTheLimit(bodyLimit)),
        Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1_024)),
        Tuple.of(3, HostileParts.mutated(Arbitraries.oneOf(saneAddProfilePermissionBodies(), sanePutProfileBodies()))));
  }

  private Arbitrary<String> saneAddProfilePermissionBodies() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role"),
            Arbitraries.of(SIGNER_ACTIONS),
            Arbitraries.of(Fixtures.GRANTEE, ROLE, "323456789012"),
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(ABSENT)),
                Tuple.of(1, Arbitraries.strings().withChars(PROFILE_NAME_CHARS.replace("_", "")).ofLength(10))),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(ABSENT)), Tuple.of(1, Arbitraries.just(REVISION))))
        .as((sid, action, principal, version, revision) -> {
          Map<String, String> members = new LinkedHashMap<>();
          members.put("statementId", jsonString(sid));
          members.put("action", jsonString(action));
          members.put("principal", jsonString(principal));
          if (!version.equals(ABSENT)) {
            members.put("profileVersion", jsonString(version));
          }
          if (!revision.equals(ABSENT)) {
            members.put("revisionId", jsonString(revision));
          }
          return object(members);
        });
  }

  /**
   * AddProfilePermission bodies with hostile members: statement ids of 64 and 65 characters, each of the four
   * actions and unknown ones, account, role, role-with-path, user and garbage principals (role ARNs in
   * partitions of any length among them), good and bad profile versions, current, wrong and odd revision ids.
   */
  private Arbitrary<String> addProfilePermissionBodies() {
    Arbitrary<String> sids = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("a", "b", "c", "s1", Fixtures.PROFILE_STATEMENT_ID, "role")),
        Tuple.of(3, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(64)),
        Tuple.of(3, Arbitraries.of("a".repeat(64), "a".repeat(65), "", "a b", "a.b", "\u00e9", "sid/1", "\u0661",
            "a\u0000", "-", "_", "a\n")),
        Tuple.of(1, Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(65).ofMaxLength(200)));
    Arbitrary<String> actions = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(SIGNER_ACTIONS)),
        Tuple.of(3, Arbitraries.of("signer:*", "*", "", "signer:startsigningjob", "SIGNER:StartSigningJob",
            "signer:StartSigningJob ", " signer:SignPayload", "signer:ListProfilePermissions",
            "signer:PutSigningProfile", "lambda:GetLayerVersion", "signer:", "signer:RevokeSignature\u0000",
            "signer:GetSigningProfile*", "signer:SignPayload,signer:RevokeSignature")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> principals = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(Fixtures.GRANTEE, ROLE, "123456789012")),
        Tuple.of(4, Arbitraries.of("arn:aws:iam::223456789012:role/path/signer",
            "arn:aws:iam::223456789012:role/path/", "arn:aws:iam::223456789012:user/signer",
            "arn:aws:iam::223456789012:root", "*", "22345678901", "2234567890123", "",
            "\u0662\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662",
            "arn:aws-cn:iam::223456789012:role/signer", "arn:aws-us-gov:iam::223456789012:role/signer",
            "arn:aws:iam::223456789012:role/", "arn:aws:iam::223456789012:role/" + "r".repeat(64),
            "arn:aws:iam::223456789012:role/" + "r".repeat(65), "arn:aws:iam:us-east-1:223456789012:role/signer",
            "arn:aws:sts::223456789012:assumed-role/signer/session", "arn:aws:iam::223456789012:role/a b",
            "ARN:aws:iam::223456789012:role/signer", "arn:aws:iam::223456789012:role/signer\n",
            "arn:aws:iam::2234567890123:role/signer", "arn:aws:iam::223456789012:group/signer",
            "arn:aws:iam::223456789012:role/signer:x", " 223456789012", "223456789012 ", "arn:aws:iam::*:role/x")),
        Tuple.of(2, roleArnsInAnyPartition()),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    Arbitrary<String> versions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ABSENT)),
        Tuple.of(2, Arbitraries.strings().withChars(PROFILE_NAME_CHARS.replace("_", "")).ofLength(10)),
        Tuple.of(2, Arbitraries.of("", "abc", "abcdefghi", "abcdefghijk", "abcdefghi-", "abcdefghi_",
            "ABCDEFGHI\u00e9", "\u0661".repeat(10), "abcdefghi ", "1", "a".repeat(1_000))));
    Arbitrary<String> revisions = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ABSENT)),
        Tuple.of(2, Arbitraries.just(REVISION)),
        Tuple.of(1, uuids()),
        Tuple.of(1, Arbitraries.of("", "x", "r".repeat(5_000), REVISION.toUpperCase(Locale.ROOT))));
    // 0 to 6: some required member left out (bit 0 statementId, 1 action, 2 principal); 7: Lambda's
    // PascalCase members instead; 8: one member of a wrong JSON type; 9 and up: the three members present.
    return Combinators.combine(sids, actions, principals, versions, revisions, wrongTypeValues(),
            Arbitraries.integers().between(0, 27))
        .as((sid, action, principal, version, revision, wrong, die) -> {
          int absent = die < 7 ? die + 1 : 0;
          boolean lambdas = die == 7;
          Map<String, String> members = membersByBit(~absent, lambdas ? "StatementId" : "statementId",
              jsonString(sid), lambdas ? "Action" : "action", jsonString(action),
              lambdas ? "Principal" : "principal", jsonString(principal));
          if (!version.equals(ABSENT)) {
            members.put("profileVersion", jsonString(version));
          }
          if (!revision.equals(ABSENT)) {
            members.put("revisionId", jsonString(revision));
          }
          if (die == 8) {
            members.put(List.of("statementId", "action", "principal", "profileVersion", "revisionId")
                .get(Math.floorMod(wrong.hashCode(), 5)), wrong);
          }
          return object(members);
        });
  }

  /** {@code arn:aws<letters and dashes>:iam::<account>:role/<name>}: partitions of every length, 0 to 40 more. */
  private Arbitrary<String> roleArnsInAnyPartition() {
    return Combinators.combine(
            Arbitraries.strings().withChars("abcxyzXYZ-").ofMinLength(0).ofMaxLength(40),
            Arbitraries.of("223456789012", "123456789012"),
            Arbitraries.strings().withChars(NAME_CHARS + "+=,.@").ofMinLength(1).ofMaxLength(64))
        .as((partition, account, role) -> "arn:aws" + partition + ":iam::" + account + ":role/" + role);
  }

  private Arbitrary<String> sanePutProfileBodies() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(PLAY_PLATFORM)),
                Tuple.of(1, Arbitraries.of(Fixtures.LAMBDA_PLATFORM, Fixtures.CONTAINER_PLATFORM,
                    "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF"))),
            Arbitraries.integers().between(0, 15))
        .as((platform, present) -> {
          Map<String, String> members = new LinkedHashMap<>();
          members.put("platformId", jsonString(platform));
          members.putAll(membersByBit(present,
              "signingMaterial", "{\"certificateArn\":\"arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d\"}",
              "signatureValidityPeriod", "{\"value\":12,\"type\":\"MONTHS\"}", "tags", "{\"team\":\"hostile\"}",
              "signingParameters", "{\"param\":\"value\"}"));
          if ((present & 8) != 0) {
            members.put("overrides",
                "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"ECDSA\",\"hashAlgorithm\":\"SHA256\"}}");
          }
          return object(members);
        });
  }

  /**
   * PutSigningProfile bodies with hostile members: known, unknown and wrongly typed platform ids, signing
   * material, validity periods whose value is a huge number or a string, overrides, empty and huge tag and
   * parameter maps.
   */
  private Arbitrary<String> putProfileBodies() {
    Arbitrary<String> platforms = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(PLAY_PLATFORM, Fixtures.LAMBDA_PLATFORM, Fixtures.CONTAINER_PLATFORM,
            "AWSIoTDeviceManagement-SHA256-ECDSA", "AmazonFreeRTOS-TI-CC3220SF")
            .map(RawRequests::jsonString)),
        Tuple.of(2, Arbitraries.of("AWSLambda", "", "amazonfreertos-default", "AmazonFreeRTOS-Default ",
            " AmazonFreeRTOS-Default", "AmazonFreeRTOS-Default\u0000", "\u0410mazonFreeRTOS-Default",
            "Notation-OCI-SHA384-ECDSA-X", "AWSLambda-SHA384-ECDSA\n", "x".repeat(1_000), "\ud800")
            .map(RawRequests::jsonString)),
        Tuple.of(2, Arbitraries.of("1", "[]", "{}", "true", "null", "[\"AmazonFreeRTOS-Default\"]",
            "{\"id\":\"AmazonFreeRTOS-Default\"}", "1e400")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(RawRequests::jsonString)));
    Arbitrary<String> materials = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("{\"certificateArn\":\"arn:aws:acm:us-east-1:123456789012:certificate/x\"}",
            "{}", "{\"certificateArn\":null}", "{\"certificateArn\":1}", "{\"certificateArn\":\"\"}",
            "{\"certificateArn\":\"\\ud800\"}", "\"x\"", "[]", "null", "1", "{\"certificateArn\":[\"a\"]}",
            "{\"certificateArn\":{}}", "{\"certificateArn\":\"a\",\"other\":1}")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 100_000)
            .map(n -> "{\"certificateArn\":\"" + "c".repeat(n) + "\"}")));
    Arbitrary<String> types = Arbitraries.of("\"DAYS\"", "\"MONTHS\"", "\"YEARS\"", "\"WEEKS\"", "\"\"", "\"months\"",
        "1", "null", "[]", "\"\\ud800\"");
    Arbitrary<String> validities = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("{\"value\":135,\"type\":\"MONTHS\"}", "{\"value\":2147483647,\"type\":\"DAYS\"}",
            "{\"value\":2147483648}", "{\"value\":-2147483648,\"type\":\"YEARS\"}", "{\"value\":-2147483649}",
            "{\"value\":-1,\"type\":\"YEARS\"}", "{\"value\":0}", "{\"value\":1e400}", "{\"value\":1e2}",
            "{\"value\":1.0}", "{\"value\":1.5}", "{\"value\":\"135\"}", "{\"value\":\"\"}",
            "{\"value\":99999999999999999999999}", "{\"value\":1" + "0".repeat(63) + "}",
            "{\"value\":1" + "0".repeat(70) + "}", "{\"value\":true}", "{\"value\":null,\"type\":null}",
            "{\"value\":-0}", "{\"value\":9223372036854775808}", "{\"type\":\"WEEKS\"}", "{\"type\":\"\"}",
            "{\"type\":\"months\"}", "{\"type\":1}", "{}", "\"135\"", "[]", "null", "135", "{\"value\":[135]}",
            "{\"value\":{\"value\":135}}")),
        Tuple.of(2, Combinators.combine(Arbitraries.integers(), types)
            .as((value, type) -> "{\"value\":" + value + ",\"type\":" + type + "}")),
        Tuple.of(1, hostileNumbers().map(value -> "{\"value\":" + value + ",\"type\":\"DAYS\"}")));
    Arbitrary<String> overrides = Arbitraries.of("{}", "{\"signingConfiguration\":{}}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"RSA\",\"hashAlgorithm\":\"SHA1\"}}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"DSA\"}}",
        "{\"signingConfiguration\":{\"hashAlgorithm\":\"MD5\"}}", "{\"signingImageFormat\":\"JSONDetached\"}",
        "{\"signingImageFormat\":\"XML\"}", "{\"signingImageFormat\":1}", "{\"signingConfiguration\":\"x\"}",
        "{\"signingConfiguration\":[]}", "[]", "\"x\"", "null",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":null}}", "{\"signingImageFormat\":\"\\ud800\"}",
        "{\"signingConfiguration\":{\"encryptionAlgorithm\":\"rsa\",\"hashAlgorithm\":\"\"}}");
    return Combinators.combine(platforms, materials, validities, overrides, stringMaps(), stringMaps(),
            Arbitraries.integers().between(0, 63))
        .as((platform, material, validity, override, tags, parameters, present) -> {
          // Bits 0 to 2 also decide whether there is a platform id: never when all three are clear.
          Map<String, String> members = membersByBit(present % 8 != 0 ? 1 : 0, "platformId", platform);
          members.putAll(membersByBit(present, "signingMaterial", material, "signatureValidityPeriod", validity));
          members.putAll(membersByBit(present >> 3, "overrides", override, "tags", tags,
              "signingParameters", parameters));
          return object(members);
        });
  }

  /** Tag and signing-parameter maps: empty, odd, wrongly typed, 199 to 201 entries and more, huge values. */
  private Arbitrary<String> stringMaps() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("{}", "{\"k\":\"v\"}", "{\"k\":1}", "{\"k\":null}", "{\"\":\"\"}",
            "{\"\\ud800\":\"\\udc00\"}", "{\"k\":{}}", "{\"k\":[]}", "[]", "\"x\"", "null", "{\"aws:x\":\"v\"}",
            "{\"k\":\"v\",\"k\":\"w\"}", "[{\"k\":\"v\"}]")),
        Tuple.of(2, Arbitraries.integers().between(195, 205).map(SignerHostileRequests::mapOf)),
        Tuple.of(1, Arbitraries.integers().between(1_000, 2_000).map(SignerHostileRequests::mapOf)),
        Tuple.of(1, Arbitraries.integers().between(1_000, 60_000)
            .map(n -> "{\"k\":\"" + "v".repeat(n) + "\",\"" + "k".repeat(n) + "\":\"v\"}")),
        Tuple.of(1, Combinators.combine(Arbitraries.strings().ofMaxLength(20), Arbitraries.strings().ofMaxLength(20))
            .as((key, value) -> "{" + jsonString(key) + ":" + jsonString(value) + "}")));
  }

  private static String mapOf(int entries) {
    StringBuilder json = new StringBuilder(entries * 16).append('{');
    for (int i = 0; i < entries; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v").append(i).append('"');
    }
    return json.append('}').toString();
  }

  /**
   * One hostile value (unpaired surrogate escapes, huge numbers, huge strings) in one Signer member, nested
   * ones included, alone or next to members that are otherwise sane.
   */
  private Arbitrary<String> hostileValues() {
    Arbitrary<String> values = Arbitraries.frequencyOf(
        Tuple.of(3, HostileParts.surrogateEscapeTexts().map(text -> "\"" + text + "\"")),
        Tuple.of(2, hostileNumbers()),
        Tuple.of(1, Combinators.combine(Arbitraries.of("a", "\u00e9", "\u4e2d", "\\n", "\\u0041", "\\ud800", " "),
                Arbitraries.integers().between(1_000, 100_000))
            .as((unit, length) -> "\"" + unit.repeat(Math.max(1, length / utf8(unit).length)) + "\"")));
    Arbitrary<String> places = Arbitraries.of(
        "{\"statementId\":%s,\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\"}",
        "{\"statementId\":\"h\",\"action\":%s,\"principal\":\"223456789012\"}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":%s}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\","
            + "\"profileVersion\":%s}",
        "{\"statementId\":\"h\",\"action\":\"signer:SignPayload\",\"principal\":\"223456789012\",\"revisionId\":%s}",
        "{\"platformId\":%s}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingMaterial\":{\"certificateArn\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":%s,\"type\":\"DAYS\"}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signatureValidityPeriod\":{\"value\":1,\"type\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"overrides\":{\"signingImageFormat\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"overrides\":{\"signingConfiguration\":{\"hashAlgorithm\":%s}}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"tags\":{\"k\":%s}}",
        "{\"platformId\":\"AmazonFreeRTOS-Default\",\"signingParameters\":{\"k\":%s}}");
    return Combinators.combine(places, values).as((place, value) -> place.replace("%s", value));
  }

}
