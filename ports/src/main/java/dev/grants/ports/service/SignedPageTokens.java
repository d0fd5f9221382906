package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.ports.in.Page;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof page tokens: the offset to go on from, signed (HMAC-SHA256) together with the listing
 * it belongs to, under a key that only this wiring knows. An altered token, or one issued for another listing
 * (another instance, permission set, account or filter), fails the check and is refused, never guessed at.
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
    byte[] mac = mac(listing, offset);
    ByteBuffer token = ByteBuffer.allocate(4 + MAC_BYTES).putInt(offset).put(mac, 0, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  Either<GrantsError, Integer> read(String listing, String token) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      // Only the one spelling write() gives: the decoder also takes padding and ignores the unused low bits of the
      // last character, so other spellings of the same bytes would pass the MAC check.
      if (bytes.length == 4 + MAC_BYTES && token.equals(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int offset = buffer.getInt();
        byte[] given = new byte[MAC_BYTES];
        buffer.get(given);
        byte[] expected = new byte[MAC_BYTES];
        System.arraycopy(mac(listing, offset), 0, expected, 0, MAC_BYTES);
        if (offset > 0 && MessageDigest.isEqual(given, expected)) {
          return Either.right(offset);
        }
      }
    } catch (IllegalArgumentException notBase64) {
      // Not a token this wiring wrote.
    }
    return Either.left(new GrantsError.InvalidPageToken(token));
  }

  private byte[] mac(String listing, int offset) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(listing.getBytes(StandardCharsets.UTF_8));
      mac.update(ByteBuffer.allocate(4).putInt(offset).array());
      return mac.doFinal();
    } catch (GeneralSecurityException impossible) {
      // Every Java platform must provide HmacSHA256 (Mac's Javadoc).
      throw new IllegalStateException(impossible);
    }
  }
}
