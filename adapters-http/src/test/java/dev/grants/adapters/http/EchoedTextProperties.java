package dev.grants.adapters.http;

import static dev.grants.adapters.http.RawRequests.latin1;
import static dev.grants.adapters.http.RawRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.http.RawRequests.Answer;
import dev.grants.adapters.http.RawRequests.Wire;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Every error body that echoes text the caller chose (a value that failed validation, a name, an ARN, a
 * statement id, a revision id, a target, a path) is valid JSON of the family's error shape, in well-formed UTF-8,
 * whose message holds that text exactly: quotes, backslashes, control characters, line and paragraph
 * separators, non-ASCII and astral characters included. The one change is decided (README): an unpaired UTF-16
 * surrogate, which JSON escapes can carry but no UTF-8 text can, is echoed as U+FFFD, so that every body is text
 * any strict JSON parser reads. Across all three families, through the endpoint, on each echo site of each
 * route; the body sites without an echo are still held to the shape ({@link WireFamily}).
 */
class EchoedTextProperties {
  private static final String LAYER = "/2018-10-31/layers/";
  private static final String ROLE = "arn:aws:iam::223456789012:role/signer";

  private static GrantsEndpoint endpoint;
  private static String instance;
  private static String permissionSet;

  @BeforeContainer
  static void startAndSeed() {
    endpoint = GrantsEndpoint.builder().port(0).build().start();
    CallContext owner = CallContext.of(endpoint.account(), GrantsEndpoint.DEFAULT_REGION);
    endpoint.grants().layerVersions().publish(PublishLayerVersionCommand.builder().context(owner).layerName("play")
        .content(new LayerArchiveInput(Fixtures.ARCHIVE, null, null, null)).build()).get();
    endpoint.grants().layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder().context(owner)
        .layerName("play").versionNumber(1L).statementId("a").action(Fixtures.ACTION).principal("*").build()).get();
    endpoint.grants().signingProfiles().put(PutSigningProfileCommand.builder().context(owner).profileName("Play")
        .platformId(Fixtures.FREE_RTOS_PLATFORM).build()).get();
    endpoint.grants().signingProfilePermissions().add(AddProfilePermissionCommand.builder().context(owner)
        .profileName("Play").statementId("a").action("signer:SignPayload").principal(ROLE).build()).get();
    instance = endpoint.grants().permissionSets().createInstance(CreateInstanceCommand.builder().context(owner)
        .build()).get().arn().toString();
    permissionSet = endpoint.grants().permissionSets().createPermissionSet(CreatePermissionSetCommand.builder()
        .context(owner).instanceArn(instance).name("play").build()).get().arn().toString();
  }

  @AfterContainer
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  @Property(tries = 2_000, edgeCases = EdgeCasesMode.NONE)
  void an_error_body_is_json_of_the_familys_shape_and_echoes_the_callers_text_exactly(
      @ForAll("sites") Site site, @ForAll("hostileTexts") String text) {
    Assume.that(site.refuses().test(text));
    Answer answer = Wire.exchange(endpoint.port(), site.request(text), false);
    Statistics.label("site").collect(site.name());
    Statistics.label("answer").collect(site.family() + " " + answer.status() + " " + answer.header("x-amzn-ErrorType"));

    assertThat(answer.status()).as("%s with %s: %s", site.name(), show(text), answer).isBetween(400, 499);
    assertThat(answer.header("Content-Type")).isEqualTo(site.family().contentType);
    String message = site.family().errorMessage(answer.body(), answer.header("x-amzn-ErrorType"));
    if (site.echoes()) {
      String echoed = site.echo().apply(text);
      assertThat(message).as("%s with %s", site.name(), show(text)).contains(echoed);
    }
  }

  /**
   * One place a route echoes caller text: how to carry the text there, what the message must hold (null: only
   * its shape is checked), and which texts it refuses (the others may succeed).
   */
  record Site(String name, WireFamily family, Function<String, byte[]> request, Function<String, String> echo,
      Predicate<String> refuses) {
    Site(String name, WireFamily family, Function<String, byte[]> request, Function<String, String> echo) {
      this(name, family, request, echo, text -> true);
    }

    byte[] request(String text) {
      return request.apply(text);
    }

    boolean echoes() {
      return echo != null;
    }
  }

  @Provide
  Arbitrary<Site> sites() {
    return Arbitraries.of(SITES);
  }

  private static final List<Site> SITES = List.of(
      // Lambda
      new Site("PublishLayerVersion LayerName", WireFamily.LAMBDA,
          t -> post(LAYER + path(t) + "/versions", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}"), t -> mended(t)),
      new Site("PublishLayerVersion Description", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions", "{\"Content\":{\"ZipFile\":\"UEsFBg==\"},\"Description\":"
              + json(longer(t, 257)) + "}"), t -> mended(longer(t, 257))),
      new Site("GetLayerVersion VersionNumber", WireFamily.LAMBDA, t -> get(LAYER + "play/versions/" + path(t)),
          t -> mended(t), t -> !isLong(t)),
      new Site("AddLayerVersionPermission StatementId", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{\"StatementId\":" + json(t) + ",\"Action\":\""
              + Fixtures.ACTION + "\",\"Principal\":\"*\"}"), t -> mended(t)),
      new Site("AddLayerVersionPermission Action", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{\"StatementId\":\"s\",\"Action\":" + json(t)
              + ",\"Principal\":\"*\"}"), t -> mended(t)),
      new Site("AddLayerVersionPermission Principal", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{\"StatementId\":\"s\",\"Action\":\"" + Fixtures.ACTION
              + "\",\"Principal\":" + json(t) + "}"), t -> mended(t)),
      new Site("AddLayerVersionPermission OrganizationId", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{\"StatementId\":\"s\",\"Action\":\"" + Fixtures.ACTION
              + "\",\"Principal\":\"*\",\"OrganizationId\":" + json(t) + "}"), t -> mended(t)),
      new Site("RemoveLayerVersionPermission StatementId", WireFamily.LAMBDA,
          t -> delete(LAYER + "play/versions/1/policy/" + path(t)), t -> mended(t)),
      new Site("Lambda unknown path", WireFamily.LAMBDA, t -> get(LAYER + path(t) + "/nowhere"),
          t -> LAYER + path(t) + "/nowhere"),
      new Site("Lambda body that is not JSON", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{\"StatementId\":\"" + t + "\"\"}"), null),
      new Site("Lambda member of the wrong type", WireFamily.LAMBDA,
          t -> post(LAYER + "play/versions/1/policy", "{" + json(t) + ":1,\"StatementId\":[" + json(t) + "]}"),
          null),
      // Signer
      new Site("PutSigningProfile profileName", WireFamily.SIGNER,
          t -> put("/signing-profiles/" + path(t), "{\"platformId\":\"" + Fixtures.FREE_RTOS_PLATFORM + "\"}"),
          t -> mended(t)),
      new Site("PutSigningProfile platformId", WireFamily.SIGNER,
          t -> put("/signing-profiles/Other", "{\"platformId\":" + json(t) + "}"), t -> mended(t)),
      new Site("AddProfilePermission statementId", WireFamily.SIGNER,
          t -> post("/signing-profiles/Play/permissions", "{\"statementId\":" + json(t)
              + ",\"action\":\"signer:SignPayload\",\"principal\":\"" + ROLE + "\"}"), null),
      new Site("AddProfilePermission action", WireFamily.SIGNER,
          t -> post("/signing-profiles/Play/permissions", "{\"statementId\":\"s\",\"action\":" + json(t)
              + ",\"principal\":\"" + ROLE + "\"}"), t -> mended(t)),
      new Site("AddProfilePermission principal", WireFamily.SIGNER,
          t -> post("/signing-profiles/Play/permissions", "{\"statementId\":\"s\",\"action\":\"signer:SignPayload\""
              + ",\"principal\":" + json(t) + "}"), null),
      new Site("AddProfilePermission profileVersion", WireFamily.SIGNER,
          t -> post("/signing-profiles/Play/permissions", "{\"statementId\":\"s\",\"action\":\"signer:SignPayload\""
              + ",\"principal\":\"" + ROLE + "\",\"profileVersion\":" + json(t) + "}"), t -> mended(t)),
      new Site("RemoveProfilePermission revisionId", WireFamily.SIGNER,
          t -> delete("/signing-profiles/Play/permissions/a?revisionId=" + query(t)), t -> mended(t)),
      new Site("RemoveProfilePermission statementId", WireFamily.SIGNER,
          t -> delete("/signing-profiles/Play/permissions/" + path(t) + "?revisionId=x"), null),
      new Site("ListProfilePermissions nextToken", WireFamily.SIGNER,
          t -> get("/signing-profiles/Play/permissions?nextToken=" + query(t)), null),
      new Site("GetSigningProfile profileOwner", WireFamily.SIGNER,
          t -> get("/signing-profiles/Play?profileOwner=" + query(t)), t -> mended(t)),
      new Site("Signer unknown path", WireFamily.SIGNER, t -> get("/signing-profiles/Play/" + path(t)),
          t -> "/signing-profiles/Play/" + path(t)),
      // sso-admin
      new Site("sso-admin X-Amz-Target", WireFamily.SSO_ADMIN, t -> sso(headerText(t), "{}"),
          t -> new String(headerText(t).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).trim()),
      new Site("CreatePermissionSet Name", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.CreatePermissionSet", "{\"InstanceArn\":\"" + instance + "\",\"Name\":"
              + json(t) + "}"), t -> mended(t)),
      new Site("CreatePermissionSet Description", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.CreatePermissionSet", "{\"InstanceArn\":\"" + instance
              + "\",\"Name\":\"other\",\"Description\":" + json(longer(t, 701)) + "}"), t -> mended(longer(t, 701))),
      new Site("DescribePermissionSet InstanceArn", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.DescribePermissionSet", "{\"InstanceArn\":" + json(t)
              + ",\"PermissionSetArn\":\"" + permissionSet + "\"}"), t -> mended(t)),
      new Site("DescribePermissionSet PermissionSetArn", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.DescribePermissionSet", "{\"InstanceArn\":\"" + instance
              + "\",\"PermissionSetArn\":" + json(t) + "}"), t -> mended(t)),
      new Site("DescribePermissionSetProvisioningStatus ProvisionPermissionSetRequestId", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.DescribePermissionSetProvisioningStatus", "{\"InstanceArn\":\"" + instance
              + "\",\"ProvisionPermissionSetRequestId\":" + json(t) + "}"), t -> mended(t)),
      new Site("ProvisionPermissionSet TargetId", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.ProvisionPermissionSet", "{\"InstanceArn\":\"" + instance
              + "\",\"PermissionSetArn\":\"" + permissionSet + "\",\"TargetType\":\"AWS_ACCOUNT\",\"TargetId\":"
              + json(t) + "}"), t -> mended(t)),
      new Site("ListPermissionSetProvisioningStatus NextToken", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.ListPermissionSetProvisioningStatus", "{\"InstanceArn\":\"" + instance
              + "\",\"NextToken\":" + json(t) + "}"), null),
      new Site("sso-admin body that is not JSON", WireFamily.SSO_ADMIN,
          t -> sso("SWBExternalService.ListInstances", "{\"NextToken\":\"" + t + "\"\"}"), null));

  // --- generators -----------------------------------------------------------------------------------------

  /**
   * Text a caller may send: pieces of plain ASCII, JSON's own syntax, control characters, separators, non-ASCII
   * and astral characters and unpaired surrogates; always with at least one character no name or id pattern of
   * the models admits, so that every site answers an error.
   */
  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> pieces = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6)),
        Tuple.of(4, Arbitraries.of("\"", "\\", "\\\"", "\\u0041", "'", "/", "</script>", "{", "}", "[", "]", ":", ",",
            " ", "%", "%41", "+", "&", "?", "#", "=", "\"}", "\",\"code\":\"X")),
        Tuple.of(3, Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf)),
        Tuple.of(1, Arbitraries.of("\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff")),
        Tuple.of(3, Arbitraries.of("\u00e9", "\u4e2d", "\u202e", "\u0661", "\u00ff", "\u0100", "\u3042")),
        Tuple.of(2, Arbitraries.of("\ud83d\ude00", "\ud834\udd1e", "\udbff\udfff")),
        Tuple.of(2, Arbitraries.of("\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800")),
        Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(8)));
    return pieces.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list))
        // Every name and id pattern of the three models admits at most ASCII letters, digits and +=,.@-_
        .filter(text -> text.chars()
            .anyMatch(c -> c >= 0x80 || !(Character.isLetterOrDigit(c) || "+=,.@-_".indexOf(c) >= 0)));
  }

  // --- requests -------------------------------------------------------------------------------------------

  private static byte[] get(String target) {
    return request("GET", target, null, null);
  }

  private static byte[] delete(String target) {
    return request("DELETE", target, null, null);
  }

  private static byte[] post(String target, String body) {
    return request("POST", target, null, body);
  }

  private static byte[] put(String target, String body) {
    return request("PUT", target, null, body);
  }

  private static byte[] sso(String target, String body) {
    return request("POST", "/", target, body);
  }

  /** The request bytes; the X-Amz-Target header is sent as the UTF-8 of {@code amzTarget}. */
  private static byte[] request(String method, String target, String amzTarget, String body) {
    byte[] content = body == null ? new byte[0] : utf8(body);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\n"));
    if (amzTarget != null) {
      out.writeBytes(latin1("X-Amz-Target: "));
      out.writeBytes(utf8(amzTarget));
      out.writeBytes(latin1("\r\n"));
    }
    out.writeBytes(latin1("Content-Length: " + content.length + "\r\n\r\n"));
    out.writeBytes(content);
    return out.toByteArray();
  }

  /** A JSON string of {@code text}: every unpaired surrogate as an escape, so the endpoint reads exactly it. */
  private static String json(String text) {
    return RawRequests.jsonString(text);
  }

  /** {@code text} percent-encoded as a path segment (UTF-8; an unpaired surrogate has none, so U+FFFD). */
  private static String path(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : utf8(mended(text))) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append(String.format("%%%02X", c));
      }
    }
    return encoded.toString();
  }

  private static String query(String text) {
    return path(text);
  }

  /**
   * {@code text} as a header value can carry it and the JDK server reads it: without CR and LF, and with tabs as
   * spaces (the server turns them into spaces itself).
   */
  private static String headerText(String text) {
    return mended(text).replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /** Whether {@code text} is a number as Java reads a long (which takes other scripts' digits too: "\u0661"). */
  private static boolean isLong(String text) {
    try {
      Long.parseLong(mended(text));
      return true;
    } catch (NumberFormatException notALong) {
      return false;
    }
  }

  /** {@code text} repeated until it is longer than {@code length} code points (what the models count). */
  private static String longer(String text, int length) {
    // Counted on the repeated text: a text that ends in a high surrogate and starts with a low one joins them
    // into one code point at every seam, so repeating it adds fewer code points than it holds alone.
    StringBuilder longer = new StringBuilder(text);
    while (longer.codePointCount(0, longer.length()) <= length) {
      longer.append(text);
    }
    return longer.toString();
  }

  /** {@code text} with each unpaired surrogate as U+FFFD: what an echo of it holds. */
  static String mended(String text) {
    StringBuilder mended = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        mended.append(c).append(text.charAt(++i));
      } else {
        mended.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return mended.toString();
  }

  private static String show(String text) {
    StringBuilder shown = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return shown.append('"').toString();
  }
}
