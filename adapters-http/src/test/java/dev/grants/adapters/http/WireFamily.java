package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The three families' error bodies as the endpoint must write them, checked strictly: well-formed UTF-8, one
 * JSON object and nothing after it, no member twice, the family's members in the family's order, the code equal
 * to {@code x-amzn-ErrorType}. Which family answers is decided by the path, as the endpoint routes it.
 */
enum WireFamily {
  /** {@code {"Type":"User","message":"..."}}, {@code {"Type":"User","Message":"..."}} or {@code {"message":"..."}}. */
  LAMBDA("application/json") {
    @Override
    String message(JsonNode body, String code) {
      List<String> names = names(body);
      assertThat(names).as("Lambda error members of %s", body)
          .isIn(List.of("Type", "message"), List.of("Type", "Message"), List.of("message"));
      if (names.get(0).equals("Type")) {
        assertThat(body.get("Type").textValue()).as("Type of %s", body).isIn("User", "Service");
      }
      return text(body, names.get(names.size() - 1));
    }
  },
  /** {@code {"message":"...","code":"<x-amzn-ErrorType>"}}. */
  SIGNER("application/json") {
    @Override
    String message(JsonNode body, String code) {
      assertThat(names(body)).as("Signer error members of %s", body).containsExactly("message", "code");
      assertThat(text(body, "code")).as("code of %s", body).isEqualTo(code);
      return text(body, "message");
    }
  },
  /** {@code {"__type":"<x-amzn-ErrorType>","Message":"..."}} (json 1.1). */
  SSO_ADMIN("application/x-amz-json-1.1") {
    @Override
    String message(JsonNode body, String code) {
      assertThat(names(body)).as("sso-admin error members of %s", body).containsExactly("__type", "Message");
      assertThat(text(body, "__type")).as("__type of %s", body).isEqualTo(code);
      return text(body, "Message");
    }
  };

  private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Answers hold what requests held: a success may carry a long value back, never a deep one.
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build());

  final String contentType;

  WireFamily(String contentType) {
    this.contentType = contentType;
  }

  /** The family whose routes the endpoint hands {@code rawPath} to (Lambda's answers every unknown path). */
  static WireFamily owning(String rawPath) {
    if (rawPath != null && (rawPath.startsWith("/signing-profiles/") || rawPath.equals("/signing-profiles")
        || rawPath.startsWith("/signing-platforms/") || rawPath.equals("/signing-platforms")
        || rawPath.startsWith("/tags/") || rawPath.equals("/tags"))) {
      return SIGNER;
    }
    return "/".equals(rawPath) ? SSO_ADMIN : LAMBDA;
  }

  /** The message of the error {@code body} answered with {@code x-amzn-ErrorType: code}, after checking its shape. */
  abstract String message(JsonNode body, String code);

  /**
   * Checks that {@code body} is this family's error with {@code code}, and that its message is well-formed
   * UTF-16 (an unpaired surrogate is echoed as U+FFFD); returns the message.
   */
  String errorMessage(byte[] body, String code) {
    assertThat(code).as("x-amzn-ErrorType").isNotNull().matches("[A-Za-z]+");
    String message = message(parse(body), code);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1))) {
        i++;
      } else {
        assertThat(Character.isSurrogate(c)).as("an unpaired surrogate at %d in the message %s", i, message).isFalse();
      }
    }
    return message;
  }

  /** {@code body} as strict UTF-8 and strict JSON: one value, nothing after it, no member twice. */
  static JsonNode parse(byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8: " + new String(body, StandardCharsets.ISO_8859_1), e);
    }
    try (JsonParser parser = STRICT.createParser(text)) {
      JsonNode tree = STRICT.readTree(parser);
      assertThat(parser.nextToken()).as("nothing after the JSON value in %s", text).isNull();
      assertThat(tree).as("a JSON value in %s", text).isNotNull();
      return tree;
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static List<String> names(JsonNode body) {
    assertThat(body.isObject()).as("an object: %s", body).isTrue();
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static String text(JsonNode body, String member) {
    JsonNode value = body.get(member);
    assertThat(value != null && value.isTextual()).as("%s is a string in %s", member, body).isTrue();
    return value.textValue();
  }
}
