package dev.grants.adapters.json.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body read as a JSON object, with typed access to its members: a member of the wrong JSON type
 * is a {@link BodyFormatException}, an absent or {@code null} member is {@code null}. Members not in the
 * model are ignored, as AWS services do. The codecs' one reader of request bodies; not for use outside
 * adapters-json. Immutable.
 */
public final class JsonBody {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      // A member given twice is ambiguous: refuse it rather than pick one.
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxNumberLength(64)
          .maxStringLength(64 * 1024 * 1024)
          .build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final ObjectNode object;

  private JsonBody(ObjectNode object) {
    this.object = object;
  }

  /** The body, parsed; an empty body is an empty object. */
  public static JsonBody parse(byte[] body) throws BodyFormatException {
    if (isBlank(body)) {
      return new JsonBody(MAPPER.createObjectNode());
    }
    JsonNode tree;
    try (JsonParser parser = MAPPER.createParser(body)) {
      tree = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new BodyFormatException("Unexpected content after the JSON value");
      }
    } catch (JsonProcessingException e) {
      throw new BodyFormatException(e.getOriginalMessage());
    } catch (IOException e) {
      throw new BodyFormatException(String.valueOf(e.getMessage()));
    }
    if (tree == null || tree.isNull()) {
      return new JsonBody(MAPPER.createObjectNode());
    }
    if (!tree.isObject()) {
      throw new BodyFormatException("Expected a JSON object, got " + describe(tree.getNodeType()));
    }
    return new JsonBody((ObjectNode) tree);
  }

  /** The string member {@code name}, or null. */
  public String string(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isTextual()) {
      throw wrongType(name, "a string", member);
    }
    return member.textValue();
  }

  /** The list-of-strings member {@code name}, or null. */
  public List<String> strings(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isArray()) {
      throw wrongType(name, "an array of strings", member);
    }
    List<String> values = new ArrayList<>(member.size());
    for (JsonNode item : member) {
      if (!item.isTextual()) {
        throw wrongType(name, "an array of strings", item);
      }
      values.add(item.textValue());
    }
    return values;
  }

  /** The structure member {@code name}, or null. */
  public JsonBody object(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isObject()) {
      throw wrongType(name, "an object", member);
    }
    return new JsonBody((ObjectNode) member);
  }

  /** The list-of-structures member {@code name}, or null. */
  public List<JsonBody> objects(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isArray()) {
      throw wrongType(name, "an array of objects", member);
    }
    List<JsonBody> values = new ArrayList<>(member.size());
    for (JsonNode item : member) {
      if (!item.isObject()) {
        throw wrongType(name, "an array of objects", item);
      }
      values.add(new JsonBody((ObjectNode) item));
    }
    return values;
  }

  /** The integer member {@code name}, or null. */
  public Integer integer(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isIntegralNumber() || !member.canConvertToInt()) {
      throw wrongType(name, "a 32-bit integer", member);
    }
    return member.intValue();
  }

  /**
   * The timestamp member {@code name} in rest-json's body form (seconds since the epoch, a fraction allowed), to the
   * millisecond; or null.
   */
  public java.time.Instant timestamp(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isNumber()) {
      throw wrongType(name, "a timestamp (seconds since the epoch)", member);
    }
    java.math.BigDecimal seconds = member.decimalValue();
    // Within what an Instant holds (and far beyond any real time), so the conversion cannot overflow.
    if (seconds.abs().compareTo(java.math.BigDecimal.valueOf(31_556_889_864L)) > 0) {
      throw wrongType(name, "a timestamp (seconds since the epoch)", member);
    }
    return java.time.Instant.ofEpochMilli(seconds.movePointRight(3)
        .setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
  }

  /** The map-of-strings member {@code name}, or null. */
  public Map<String, String> stringMap(String name) throws BodyFormatException {
    JsonNode member = object.get(name);
    if (member == null || member.isNull()) {
      return null;
    }
    if (!member.isObject()) {
      throw wrongType(name, "an object of strings", member);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = member.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw wrongType(name + "." + field.getKey(), "a string", field.getValue());
      }
      values.put(field.getKey(), field.getValue().textValue());
    }
    return values;
  }

  /** The blob member {@code name} (base64 text), decoded, or null. */
  public byte[] blob(String name) throws BodyFormatException {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new BodyFormatException("Member '" + name + "' is not valid base64");
    }
  }

  private static BodyFormatException wrongType(String name, String expected, JsonNode got) {
    return new BodyFormatException(
        "Member '" + name + "' must be " + expected + ", got " + describe(got.getNodeType()));
  }

  private static String describe(JsonNodeType type) {
    return switch (type) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case BINARY -> "binary data";
      case NULL, MISSING -> "null";
    };
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
