package dev.grants.adapters.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Raw HTTP/1.1 for the endpoint's property tests, shared by {@link HostileRequestProperties},
 * {@link EdgeRequests} and {@link EchoedTextProperties}: request bytes and JSON text put together by hand, a
 * tiny client on a raw socket that sends them as they are ({@link Wire}), and what came back ({@link Answer}).
 */
final class RawRequests {
  /** How long connecting, and each read of an answer, may take before the exchange counts as timed out. */
  static final int TIMEOUT_MILLIS = 5_000;

  private RawRequests() {}

  /** What came back on one connection. */
  record Answer(Integer status, Map<String, String> headers, byte[] body, boolean timedOut, String note) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String label() {
      if (timedOut) {
        return "timed out";
      }
      return status == null ? "closed without a status" : String.valueOf(status);
    }

    @Override
    public String toString() {
      return label() + ' ' + headers + ' ' + printable(new String(body, StandardCharsets.ISO_8859_1), 400)
          + (note == null ? "" : " (" + note + ')');
    }
  }

  /** A tiny HTTP/1.1 client on a raw socket, so that every byte sent is the test's choice. */
  static final class Wire {
    private Wire() {}

    static Answer exchange(int port, byte[] request, boolean head) {
      try (Socket socket = new Socket()) {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
        String note = null;
        try {
          OutputStream out = socket.getOutputStream();
          out.write(request);
          out.flush();
        } catch (IOException writeFailed) {
          // The endpoint may answer and close before it read everything (400, 413): read what it sent.
          note = "write failed: " + writeFailed.getMessage();
        }
        return read(new BufferedInputStream(socket.getInputStream()), head, note);
      } catch (IOException e) {
        throw new AssertionError("cannot reach the endpoint on port " + port, e);
      }
    }

    /**
     * One kept-alive connection for requests that keep it usable; opened again (once per exchange) when the
     * endpoint has closed it meanwhile, which it may do to an idle connection.
     */
    static final class Kept implements AutoCloseable {
      private final int port;
      private Socket socket;
      private OutputStream out;
      private InputStream in;

      Kept(int port) {
        this.port = port;
      }

      /** The answers to {@code requests}, sent one after the other, each read before the next is sent. */
      List<Answer> exchangeInTurn(List<byte[]> requests) {
        for (int attempt = 0; ; attempt++) {
          try {
            if (socket == null) {
              socket = new Socket();
              socket.setSoTimeout(TIMEOUT_MILLIS);
              socket.setTcpNoDelay(true);
              socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
              out = socket.getOutputStream();
              in = new BufferedInputStream(socket.getInputStream());
            }
            List<Answer> answers = new ArrayList<>(requests.size());
            for (byte[] request : requests) {
              out.write(request);
              out.flush();
              Answer answer = read(in, false, null);
              if (answer.status() == null && !answer.timedOut()) {
                throw new IOException("closed by the endpoint: " + answer);
              }
              answers.add(answer);
            }
            return answers;
          } catch (IOException e) {
            close();
            if (attempt > 0) {
              throw new AssertionError("cannot reach the endpoint on port " + port, e);
            }
          }
        }
      }

      @Override
      public void close() {
        if (socket != null) {
          try {
            socket.close();
          } catch (IOException ignored) {
            // Closing a broken connection: nothing left to do.
          }
          socket = null;
        }
      }
    }

    private static Answer read(InputStream in, boolean head, String note) {
      byte[] block;
      int status;
      Map<String, String> headers = new LinkedHashMap<>();
      try {
        do {
          block = headerBlock(in);
          if (block == null) {
            return new Answer(null, Map.of(), new byte[0], false, note);
          }
          String text = new String(block, StandardCharsets.ISO_8859_1);
          String[] lines = text.split("\r\n");
          if (!lines[0].matches("HTTP/1\\.[01] \\d{3}( .*)?")) {
            throw new AssertionError("not a status line: " + printable(lines[0], 200));
          }
          status = Integer.parseInt(lines[0].substring(9, 12));
          headers.clear();
          for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
              headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                  lines[i].substring(colon + 1).trim());
            }
          }
        } while (status >= 100 && status < 200);
      } catch (SocketTimeoutException stuck) {
        return new Answer(null, Map.of(), new byte[0], true, note);
      } catch (IOException reset) {
        return new Answer(null, Map.of(), new byte[0], false, "reset: " + reset.getMessage());
      }
      byte[] body = new byte[0];
      try {
        if (!head && status != 204 && status != 304) {
          String length = headers.get("content-length");
          body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        }
      } catch (SocketTimeoutException stuck) {
        return new Answer(status, headers, body, true, "body not finished");
      } catch (IOException reset) {
        note = "body cut: " + reset.getMessage();
      }
      return new Answer(status, headers, body, false, note);
    }

    /** The bytes up to an empty line, without it; null when the connection ended before any byte. */
    private static byte[] headerBlock(InputStream in) throws IOException {
      ByteArrayOutputStream block = new ByteArrayOutputStream(256);
      int matched = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          if (block.size() == 0) {
            return null;
          }
          throw new IOException("connection ended inside the headers after " + block.size() + " bytes");
        }
        block.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          byte[] bytes = block.toByteArray();
          return Arrays.copyOf(bytes, bytes.length - 4);
        }
        if (block.size() > 1 << 20) {
          throw new AssertionError("response headers over 1 MiB");
        }
      }
    }
  }

  // --- JSON text ------------------------------------------------------------------------------------------

  /** A JSON object of {@code members}, whose values are JSON text already, in their order. */
  static String object(Map<String, String> members) {
    StringBuilder json = new StringBuilder("{");
    members.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(jsonString(name)).append(':').append(value);
    });
    return json.append('}').toString();
  }

  /** {@code value} as a JSON string: quotes, backslashes, control characters and every surrogate escaped. */
  static String jsonString(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  // --- bytes and text -------------------------------------------------------------------------------------

  /** At most {@code max} characters of {@code text}, each outside printable ASCII as {@code \xNN}, for messages. */
  static String printable(String text, int max) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length() && i < max; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        shown.append(c);
      } else {
        shown.append(String.format("\\x%02X", (int) c & 0xFF));
      }
    }
    if (text.length() > max) {
      shown.append("...(").append(text.length()).append(')');
    }
    return shown.toString();
  }

  /** The bytes of {@code values}, each taken modulo 256. */
  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** {@code text} in UTF-8. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code text} in ISO-8859-1: one byte per character, as a request line and headers are written. */
  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code parts}, one after the other. */
  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
