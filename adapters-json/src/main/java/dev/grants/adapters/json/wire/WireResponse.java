package dev.grants.adapters.json.wire;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP answer as a codec writes it: status, headers (beyond the transport's own) and body bytes.
 *
 * <pre>{@code
 * WireResponse response = codec.encodeError(LambdaOperation.GET_LAYER_VERSION_POLICY, error);
 * response.status();        // 404
 * response.bodyAsString();  // {"Type":"User","Message":"No policy is associated with the given resource."}
 * }</pre>
 *
 * @param status the HTTP status code
 * @param headers the headers, in order; never null
 * @param body the body bytes, empty for none (not copied: do not change them)
 */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {
  /** The media type of every JSON body the rest-json codecs write. */
  public static final String JSON = "application/json";
  /** The header that names the error code of an error answer. */
  public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

  /** Checks the parts are present and copies the headers. */
  public WireResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A JSON answer. */
  public static WireResponse json(int status, byte[] body) {
    return new WireResponse(status, Map.of("Content-Type", JSON), body);
  }

  /**
   * An error answer: {@code Content-Type: contentType} and {@code x-amzn-ErrorType: code}, the header every
   * family names its error code in.
   */
  public static WireResponse error(int status, String contentType, String code, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    headers.put(ERROR_TYPE_HEADER, code);
    return new WireResponse(status, headers, body);
  }

  /** An answer without a body. */
  public static WireResponse empty(int status) {
    return new WireResponse(status, Map.of(), new byte[0]);
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The value of header {@code name} (compared case-insensitively), or null. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WireResponse that
        && status == that.status
        && headers.equals(that.headers)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "WireResponse[" + status + ' ' + headers + ' ' + bodyAsString() + ']';
  }
}
