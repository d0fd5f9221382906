package dev.grants.adapters.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the columns that hold lists and maps: strings, arrays, objects (keys in order) and {@code null}, no
 * numbers or booleans. Every character outside printable ASCII is written as a {@code \\uXXXX} escape, so the text
 * is ASCII (a PostgreSQL {@code text} value can hold neither NUL nor an unpaired surrogate, a Java string can) and
 * reads back to the very same string. The reader takes exactly what the writer writes, plus insignificant
 * whitespace; anything else is a corrupt column ({@link IllegalStateException}).
 */
final class StoredJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private StoredJson() {}

  // --- writing ----------------------------------------------------------------------------------------------

  /** Appends {@code value} as a JSON string. */
  static StringBuilder string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    return out.append('"');
  }

  /** Appends {@code value} as a JSON string, or {@code null}. */
  static StringBuilder nullableString(StringBuilder out, String value) {
    return value == null ? out.append("null") : string(out, value);
  }

  /** {@code values} as a JSON array of strings. */
  static String stringList(List<String> values) {
    StringBuilder out = new StringBuilder(2 + values.size() * 16);
    stringArray(out, values);
    return out.toString();
  }

  /** Appends {@code values} as a JSON array of strings. */
  static StringBuilder stringArray(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, values.get(i));
    }
    return out.append(']');
  }

  /** {@code values} as a JSON object of strings, keys in the map's order. */
  static String stringMap(Map<String, String> values) {
    StringBuilder out = new StringBuilder(2 + values.size() * 32);
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, entry.getKey()).append(':');
      string(out, entry.getValue());
    }
    return out.append('}').toString();
  }

  // --- reading ----------------------------------------------------------------------------------------------

  /** The JSON value {@code text}: a String, a List, a Map (keys in order) or null. */
  static Object parse(String text) {
    Reader reader = new Reader(text);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.at != text.length()) {
      throw reader.corrupt("text after the value");
    }
    return value;
  }

  /** The JSON array of strings {@code text}. */
  static List<String> parseStringList(String text) {
    List<String> values = new ArrayList<>();
    for (Object item : list(parse(text))) {
      values.add(string(item));
    }
    return Collections.unmodifiableList(values);
  }

  /** The JSON object of strings {@code text}, keys in order. */
  static Map<String, String> parseStringMap(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    map(parse(text)).forEach((key, value) -> values.put(key, string(value)));
    return values;
  }

  /** {@code value} as a list, or a corrupt column. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value instanceof List<?>) {
      return (List<Object>) value;
    }
    throw new IllegalStateException("corrupt stored JSON: expected an array, found " + value);
  }

  /** {@code value} as a map, or a corrupt column. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?>) {
      return (Map<String, Object>) value;
    }
    throw new IllegalStateException("corrupt stored JSON: expected an object, found " + value);
  }

  /** {@code value} as a string, or a corrupt column. */
  static String string(Object value) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalStateException("corrupt stored JSON: expected a string, found " + value);
  }

  /** A recursive-descent reader over one text. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object value() {
      skipWhitespace();
      if (at >= text.length()) {
        throw corrupt("no value");
      }
      char c = text.charAt(at);
      switch (c) {
        case '"':
          return string();
        case '[':
          return array();
        case '{':
          return object();
        case 'n':
          if (text.startsWith("null", at)) {
            at += 4;
            return null;
          }
          throw corrupt("unexpected 'n'");
        default:
          throw corrupt("unexpected '" + c + "'");
      }
    }

    private List<Object> array() {
      at++; // [
      List<Object> items = new ArrayList<>();
      skipWhitespace();
      if (peek() == ']') {
        at++;
        return items;
      }
      while (true) {
        items.add(value());
        skipWhitespace();
        char c = next();
        if (c == ']') {
          return items;
        }
        if (c != ',') {
          throw corrupt("expected , or ]");
        }
      }
    }

    private Map<String, Object> object() {
      at++; // {
      Map<String, Object> members = new LinkedHashMap<>();
      skipWhitespace();
      if (peek() == '}') {
        at++;
        return members;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw corrupt("expected a member name");
        }
        String name = string();
        skipWhitespace();
        if (next() != ':') {
          throw corrupt("expected :");
        }
        if (members.put(name, value()) != null) {
          throw corrupt("member " + name + " twice");
        }
        skipWhitespace();
        char c = next();
        if (c == '}') {
          return members;
        }
        if (c != ',') {
          throw corrupt("expected , or }");
        }
      }
    }

    private String string() {
      at++; // "
      int start = at;
      // The common case, a string without escapes, is one substring.
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '"') {
          return text.substring(start, at++);
        }
        if (c == '\\') {
          break;
        }
        at++;
      }
      StringBuilder out = new StringBuilder(text.length() - start).append(text, start, at);
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escaped = next();
        switch (escaped) {
          case '"', '\\', '/' -> out.append(escaped);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw corrupt("short \\u escape");
            }
            int code = 0;
            for (int i = 0; i < 4; i++) {
              int digit = Character.digit(text.charAt(at++), 16);
              if (digit < 0) {
                throw corrupt("bad \\u escape");
              }
              code = code * 16 + digit;
            }
            out.append((char) code);
          }
          default -> throw corrupt("bad escape \\" + escaped);
        }
      }
      throw corrupt("unterminated string");
    }

    void skipWhitespace() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return;
        }
        at++;
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw corrupt("unexpected end");
      }
      return text.charAt(at);
    }

    private char next() {
      char c = peek();
      at++;
      return c;
    }

    IllegalStateException corrupt(String why) {
      return new IllegalStateException("corrupt stored JSON at " + at + ": " + why);
    }
  }
}
