package dev.grants.adapters.json.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A document embedded from its UTF-8 bytes is written exactly as the same text given as a string. */
class JsonWritingProperties {

  @Property(tries = 500)
  void utf8_bytes_are_escaped_as_the_string_would_be(@ForAll("texts") String text) {
    byte[] fromString = JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeStringField("Policy", text);
      out.writeEndObject();
    });
    byte[] fromBytes = JsonWriting.json(out -> {
      out.writeStartObject();
      JsonWriting.utf8StringField(out, "Policy", text.getBytes(StandardCharsets.UTF_8));
      out.writeEndObject();
    });

    assertThat(new String(fromBytes, StandardCharsets.UTF_8)).isEqualTo(new String(fromString, StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> anyButSurrogates = Arbitraries.chars().range('\u0000', '\ud7ff');
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("{}[]:,\"\\/ abcAZ09\t\n\r\b\f\u0000\u001f\u007f\u00e9\u20ac").ofMaxLength(60),
        Arbitraries.strings().ofMaxLength(40).withCharRange('\u0000', '\ud7ff'),
        anyButSurrogates.list().ofMaxSize(10).map(chars -> {
          StringBuilder text = new StringBuilder();
          chars.forEach(c -> text.append(c).append("\ud83d\ude00"));
          return text.toString();
        }),
        Arbitraries.strings().withChars("\"{}:,aS").ofMinLength(3000).ofMaxLength(9000));
  }
}
