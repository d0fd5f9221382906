package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileRequestProperties.PLAY_KEPT;
import static dev.grants.adapters.http.RawRequests.concat;
import static dev.grants.adapters.http.RawRequests.latin1;
import static dev.grants.adapters.http.RawRequests.printable;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A request of {@link HostileRequestProperties} as raw bytes: every string here is one char per byte
 * (ISO-8859-1). {@code kind} says which generator made it ({@code scattered}, {@code aimed at ADD},
 * {@code signer aimed at PUT_PROFILE}, {@code edge ...}), for the statistics and for a failure's report.
 */
record HostileRequest(String kind, String method, String target, String version, List<String> headers,
    byte[] body, Framing framing) {

  /**
   * How the body is framed: by Content-Length, in chunks, not at all, or in one chunk whose size line is broken
   * (one of {@link #BROKEN_CHUNK_SIZES}, picked by the body's length).
   */
  enum Framing { CONTENT_LENGTH, CHUNKED, NONE, BROKEN_CHUNK }

  /**
   * Chunk size lines the JDK server cannot take: past 2^31 - 1 (it overflows to a negative size, or wraps),
   * negative, not hex, empty, prefixed. None declares more than is sent, which would only stall the request.
   */
  static final List<String> BROKEN_CHUNK_SIZES = List.of("FFFFFFFFFF", "80000000", "FFFFFFFF", "1FFFFFFFF",
      "100000000", "FFFFFFFFFFFFFFFFFFFF", "-1", "zz", "", "0x2", " 2", "2;", "0000000000000000000000001");

  /** The bytes sent: request line, {@code Connection: close}, the header lines, the framing's, the body. */
  byte[] bytes() {
    StringBuilder head = new StringBuilder(256)
        .append(method).append(' ').append(target).append(version).append("\r\n")
        .append("Connection: close\r\n");
    for (String line : headers) {
      head.append(line).append("\r\n");
    }
    switch (framing) {
      case CONTENT_LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
      case CHUNKED, BROKEN_CHUNK -> head.append("Transfer-Encoding: chunked\r\n");
      case NONE -> { }
    }
    head.append("\r\n");
    if (framing == Framing.BROKEN_CHUNK) {
      return concat(latin1(head + BROKEN_CHUNK_SIZES.get(body.length % BROKEN_CHUNK_SIZES.size()) + "\r\n"),
          body, latin1("\r\n0\r\n\r\n"));
    }
    if (framing != Framing.CHUNKED) {
      return concat(latin1(head.toString()), body);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
    out.writeBytes(latin1(head.toString()));
    int chunk = 1 + body.length % 4_093;
    for (int at = 0; at < body.length; at += chunk) {
      int length = Math.min(chunk, body.length - at);
      out.writeBytes(latin1(Integer.toHexString(length) + "\r\n"));
      out.write(body, at, length);
      out.writeBytes(latin1("\r\n"));
    }
    out.writeBytes(latin1("0\r\n\r\n"));
    return out.toByteArray();
  }

  /** {@code lambda}, {@code signer} or {@code sso_admin}: the family whose routes the endpoint hands it to. */
  String family() {
    String path = serverRawPath();
    return path == null ? "none (refused by the JDK server)"
        : WireFamily.owning(path).name().toLowerCase(Locale.ROOT);
  }

  /**
   * The raw path the JDK server hands the endpoint: the request line's target (up to the next space) read as
   * a {@link URI}; null when the server refuses the line itself.
   */
  String serverRawPath() {
    String line = method + ' ' + target + version;
    int start = line.indexOf(' ');
    int space = start < 0 ? -1 : line.indexOf(' ', start + 1);
    if (space < 0) {
      return null;
    }
    try {
      String path = new URI(line.substring(start + 1, space)).getRawPath();
      return path == null ? "" : path;
    } catch (URISyntaxException refused) {
      return null;
    }
  }

  /** Whether the endpoint would take this request for CancelSigningProfile of the kept playground profile. */
  boolean mayCancelTheKeptProfile() {
    return SignerPaths.cancels(method, serverRawPath(), PLAY_KEPT);
  }

  /** Whether the target, percent-decoded as often as it takes, mentions a guarded layer or profile. */
  boolean mayNameAGuardedResource() {
    String text = target;
    for (int round = 0; round < 4; round++) {
      text = percentDecodeLatin1(text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("guarded") || lower.contains("7f3a9c");
  }

  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder(" (").append(kind).append(")\n  ")
        .append(printable(method, 80)).append(' ').append(printable(target, 400)).append(printable(version, 40))
        .append("\n  framing ").append(framing);
    for (String line : headers) {
      shown.append("\n  ").append(printable(line, 160));
      if (line.length() > 160) {
        shown.append(" (").append(line.length()).append(" chars)");
      }
    }
    shown.append("\n  body (").append(body.length).append(" bytes): ")
        .append(printable(new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1), 300));
    return shown.toString();
  }

  private static String percentDecodeLatin1(String text) {
    StringBuilder decoded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
  }
}
