package dev.grants.adapters.http;

import com.sun.net.httpserver.HttpExchange;
import dev.grants.adapters.json.wire.WireResponse;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body whole, up to the endpoint's limit; a body over it, or one whose framing is broken, gets the
 * owning family's answer instead.
 */
final class BodyReader {
  private BodyReader() {}

  /**
   * The body of {@code exchange}, or the family's 413 when it is longer than {@code limit} bytes, or its 400 (with
   * {@code Connection: close}) when its framing is broken.
   *
   * @throws IOException when the client goes away or the JDK server finds the framing broken itself
   */
  static Either<WireResponse, byte[]> read(HttpExchange exchange, long limit, Family.Faults faults)
      throws IOException {
    long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
    byte[] body;
    try {
      body = declared > limit ? null : readAtMost(exchange.getRequestBody(), declared, limit);
    } catch (IndexOutOfBoundsException chunkSizeOverflow) {
      // The JDK server's chunked stream throws this for a chunk size past 2^31 - 1 (for the other broken
      // framings it sees it throws IOException, and the connection is closed unanswered). The body cannot be
      // parsed, and the connection cannot carry another request.
      return Either.left(Exchanges.closing(faults.unreadableBody(
          "the request body could not be read: its framing is broken")));
    }
    return body == null ? Either.left(faults.requestTooLarge(limit)) : Either.right(body);
  }

  private static long declaredLength(String value) {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The whole body, or null when it is longer than {@code limit}. A body of a declared length (at most the
   * limit, checked before) is first read as that many bytes into one array, the common case.
   */
  private static byte[] readAtMost(InputStream in, long declared, long limit) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(0);
    long total = 0;
    if (declared >= 0 && declared <= Integer.MAX_VALUE - 8) {
      byte[] expected = in.readNBytes((int) declared);
      int next = in.read();
      if (next == -1) {
        return expected;
      }
      // More than declared: the JDK server refuses a chunked body that declares a length, so this is only
      // defence in depth; go on in steps from what was read, against the same limit.
      body.write(expected);
      body.write(next);
      total = expected.length + 1L;
      if (total > limit) {
        return null;
      }
    }
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > limit) {
        return null;
      }
      body.write(buffer, 0, read);
    }
    return body.toByteArray();
  }
}
