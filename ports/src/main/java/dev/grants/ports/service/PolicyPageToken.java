package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.revision.RevisionId;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque token of the next page of a policy's statements: the revision the listing was made at and the
 * index to go on from. A token for another revision no longer fits (the policy changed between pages) and,
 * like any token this service did not write, is refused rather than guessed at.
 */
final class PolicyPageToken {
  private static final String PREFIX = "grants-policy-page:";

  private PolicyPageToken() {}

  static String write(RevisionId revision, int next) {
    String plain = PREFIX + revision.value() + ':' + next;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The index {@code token} goes on from, if it was written for {@code revision} of a policy of {@code size}. */
  static Either<GrantsError, Integer> read(String token, RevisionId revision, int size) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String expected = PREFIX + revision.value() + ':';
      if (plain.startsWith(expected)) {
        int next = Integer.parseInt(plain.substring(expected.length()));
        if (next > 0 && next < size) {
          return Either.right(next);
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // Not base64, or not a number: not a token this service wrote.
    }
    return Either.left(new GrantsError.InvalidPageToken(token));
  }
}
