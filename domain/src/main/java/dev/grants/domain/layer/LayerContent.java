package dev.grants.domain.layer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * What is known of a layer version's archive: the base64 SHA-256 of its bytes and its size.
 *
 * <pre>{@code
 * LayerContent.ofArchive(zipBytes).codeSha256(); // "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" for no bytes
 * }</pre>
 *
 * @param codeSha256 base64 of the SHA-256 digest of the archive
 * @param codeSize the archive's size in bytes
 */
public record LayerContent(String codeSha256, long codeSize) {

  /** Checks the digest is present and the size not negative. */
  public LayerContent {
    Objects.requireNonNull(codeSha256, "codeSha256");
    if (codeSize < 0) {
      throw new IllegalArgumentException("a size is not negative");
    }
  }

  /** The content facts of {@code archive}. */
  public static LayerContent ofArchive(byte[] archive) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(archive);
      return new LayerContent(Base64.getEncoder().encodeToString(digest), archive.length);
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException(impossible);
    }
  }
}
