package dev.grants.adapters.http;

import static dev.grants.adapters.http.RawRequests.printable;

import java.nio.charset.StandardCharsets;

/** Reads a Signer error body, {@code {"message":"<JSON string>","code":"<code>"}} exactly. */
final class SignerErrorBody {
  private SignerErrorBody() {}

  /** The code, or a description of what is wrong with the body. */
  static String code(byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "(not UTF-8)";
    }
    String start = "{\"message\":\"";
    if (!text.startsWith(start)) {
      return "(no message first: " + printable(text, 200) + ")";
    }
    int end = endOfString(text, start.length());
    if (end < 0) {
      return "(message is not a JSON string: " + printable(text, 200) + ")";
    }
    String rest = text.substring(end + 1);
    java.util.regex.Matcher code = java.util.regex.Pattern.compile(",\"code\":\"([A-Za-z]+)\"}").matcher(rest);
    return code.matches() ? code.group(1) : "(no code after the message: " + printable(rest, 200) + ")";
  }

  /** The index of the quote that ends the JSON string whose contents start at {@code from}, or -1. */
  private static int endOfString(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c < 0x20) {
        return -1;
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return -1;
        }
        char escaped = text.charAt(++i);
        if (escaped == 'u') {
          if (i + 4 >= text.length()
              || !text.substring(i + 1, i + 5).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
            return -1;
          }
          i += 4;
        } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
          return -1;
        }
      }
    }
    return -1;
  }
}
