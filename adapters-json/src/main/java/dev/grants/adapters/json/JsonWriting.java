package dev.grants.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes one JSON body with a generator; the codecs' one place for it. */
final class JsonWriting {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonWriting() {}

  interface Body {
    void write(JsonGenerator out) throws IOException;
  }

  static byte[] json(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      body.write(out);
    } catch (IOException impossible) {
      // Writing to memory does not fail.
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** Writes {@code name: [values]} unless the list is empty. */
  static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
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
  static void map(JsonGenerator out, String name, Map<String, String> values) throws IOException {
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
  static void optional(JsonGenerator out, String name, String value) throws IOException {
    if (value != null) {
      out.writeStringField(name, value);
    }
  }
}
