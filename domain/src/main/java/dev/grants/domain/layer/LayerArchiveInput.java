package dev.grants.domain.layer;

import dev.grants.domain.Nullable;

/**
 * The {@code Content} member of {@code PublishLayerVersion} as given: archive bytes, or an S3 location. Grants
 * keeps no S3: only archive bytes can be published.
 *
 * <pre>{@code
 * LayerArchiveInput.ofZipFile(zipBytes);
 * }</pre>
 *
 * @param zipFile the archive bytes, {@code null} when absent (the array is not copied: do not change it)
 * @param s3Bucket the S3 bucket, {@code null} when absent
 * @param s3Key the S3 key, {@code null} when absent
 * @param s3ObjectVersion the S3 object version, {@code null} when absent
 */
public record LayerArchiveInput(
    @Nullable byte[] zipFile, @Nullable String s3Bucket, @Nullable String s3Key, @Nullable String s3ObjectVersion) {

  /** Content given as archive bytes. */
  public static LayerArchiveInput ofZipFile(byte[] zipFile) {
    return new LayerArchiveInput(zipFile, null, null, null);
  }
}
