package dev.grants.adapters.json.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes one JSON body with a generator; the codecs' one place for it (not for use outside adapters-json). */
public final class JsonWriting {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonWriting() {}

  /** What writes the body. */
  public interface Body {
    /** Writes the body to {@code out}. */
    void write(JsonGenerator out) throws IOException;
  }

  /** The bytes {@code body} writes. */
  public static byte[] json(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      body.write(out);
    } catch (IOException impossible) {
      // Writing to memory does not fail.
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes {@code name: "text"} where {@code text} is UTF-8 bytes, such as a document written just before,
   * exactly as {@link JsonGenerator#writeString(String)} would write the decoded text. A printable ASCII text
   * (every policy document is one) is escaped here in one pass, where its only escapes are {@code \"} and
   * {@code \\}, instead of being decoded to a string and escaped character by character. Write such a document
   * before the generator of the body that embeds it: two generators open at once on one thread do not share
   * Jackson's recycled buffers, so the inner one would allocate its own.
   */
  public static void utf8StringField(JsonGenerator out, String name, byte[] text) throws IOException {
    out.writeFieldName(name);
    byte[] escaped = new byte[text.length * 2]; // room for every byte escaped: one pass
    int at = 0;
    for (byte b : text) {
      if (b < 0x20 || b == 0x7f) {
        // Control characters (Jackson's own escapes) or not ASCII (Jackson escapes a supplementary character
        // given as a string as two escaped surrogates): the string path, which is exact by definition.
        out.writeString(new String(text, StandardCharsets.UTF_8));
        return;
      }
      if (b == '"' || b == '\\') {
        escaped[at++] = '\\';
      }
      escaped[at++] = b;
    }
    out.writeRawUTF8String(escaped, 0, at);
  }

  /** Writes {@code name: [values]} unless the list is empty. */
  public static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  /** Writes {@code name: {key: value}} unless the map is empty. */
  public static void map(JsonGenerator out, String name, Map<String, String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart(name);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      out.writeStringField(entry.getKey(), entry.getValue());
    }
    out.writeEndObject();
  }

  /** Writes {@code name: value} unless the value is null. */
  public static void optional(JsonGenerator out, String name, String value) throws IOException {
    if (value != null) {
      out.writeStringField(name, value);
    }
  }
}
