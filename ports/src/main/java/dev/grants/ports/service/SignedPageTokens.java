package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.ports.in.Page;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof page tokens: the offset (or, for a listing by key, the position) to go on from, signed
 * (HMAC-SHA256) together with the listing it belongs to, under a key that only this wiring knows. An altered token,
 * or one issued for another listing (another instance, permission set, layer, account or filter), fails the check and
 * is refused, never guessed at.
 */
final class SignedPageTokens {
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  SignedPageTokens(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /** The page of {@code items} that {@code token} (or the start) points at, and the next page's token. */
  <T> Either<GrantsError, Page<T>> page(String listing, List<T> items, Integer maxResults, String token) {
    int size = maxResults == null ? 100 : maxResults;
    Either<GrantsError, Integer> from = token == null || token.isEmpty() ? Either.right(0) : read(listing, token);
    return from.map(start -> {
      int begin = Math.min(start, items.size());
      int end = Math.min(items.size(), begin + size);
      return new Page<>(items.subList(begin, end), end < items.size() ? write(listing, end) : null);
    });
  }

  String write(String listing, int offset) {
    return writePosition(listing, ByteBuffer.allocate(4).putInt(offset).array());
  }

  Either<GrantsError, Integer> read(String listing, String token) {
    return readPosition(listing, token)
        .map(position -> position.length == 4 ? ByteBuffer.wrap(position).getInt() : 0)
        .filterOrElse(offset -> offset > 0, offset -> new GrantsError.InvalidPageToken(token));
  }

  /**
   * A token for {@code listing} that carries {@code position}, any bytes: where a listing by key (not by offset)
   * goes on, such as the last layer name or version number of a page.
   */
  String writePosition(String listing, byte[] position) {
    byte[] mac = mac(listing, position);
    ByteBuffer token = ByteBuffer.allocate(position.length + MAC_BYTES).put(position).put(mac, 0, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /** The position {@code token} carries, if this wiring wrote it for {@code listing}; InvalidPageToken otherwise. */
  Either<GrantsError, byte[]> readPosition(String listing, String token) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      // Only the one spelling writePosition() gives: the decoder also takes padding and ignores the unused low bits
      // of the last character, so other spellings of the same bytes would pass the MAC check.
      if (bytes.length > MAC_BYTES && token.equals(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))) {
        byte[] position = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        byte[] given = Arrays.copyOfRange(bytes, position.length, bytes.length);
        byte[] expected = Arrays.copyOf(mac(listing, position), MAC_BYTES);
        if (MessageDigest.isEqual(given, expected)) {
          return Either.right(position);
        }
      }
    } catch (IllegalArgumentException notBase64) {
      // Not a token this wiring wrote.
    }
    return Either.left(new GrantsError.InvalidPageToken(token));
  }

  private byte[] mac(String listing, byte[] position) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(listing.getBytes(StandardCharsets.UTF_8));
      mac.update(position);
      return mac.doFinal();
    } catch (GeneralSecurityException impossible) {
      // Every Java platform must provide HmacSHA256 (Mac's Javadoc).
      throw new IllegalStateException(impossible);
    }
  }
}
