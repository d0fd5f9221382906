package dev.grants.domain.layer;

import dev.grants.domain.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A published layer version. Its creation instant is kept to the millisecond, the precision of the wire
 * format ({@code 2018-11-14T23:03:52.894+0000}).
 *
 * <pre>{@code
 * LayerVersion v = draft.publishAs(layerArn.version(1), Instant.parse("2018-11-14T23:03:52.894Z"));
 * v.arn().version(); // 1
 * }</pre>
 *
 * @param arn the layer version ARN
 * @param description the description, {@code null} when none was given
 * @param createdDate when it was published, truncated to milliseconds
 * @param content digest and size of the archive
 * @param compatibleRuntimes the compatible runtimes, possibly empty
 * @param licenseInfo the license, {@code null} when none was given
 * @param compatibleArchitectures the compatible architectures, possibly empty
 */
public record LayerVersion(
    LayerVersionArn arn,
    @Nullable String description,
    Instant createdDate,
    LayerContent content,
    List<String> compatibleRuntimes,
    @Nullable String licenseInfo,
    List<String> compatibleArchitectures) {

  /** Checks the required parts, copies the lists and truncates the instant to milliseconds. */
  public LayerVersion {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(content, "content");
    createdDate = createdDate.truncatedTo(ChronoUnit.MILLIS);
    compatibleRuntimes = List.copyOf(compatibleRuntimes);
    compatibleArchitectures = List.copyOf(compatibleArchitectures);
  }

  /** The layer this version belongs to. */
  public LayerArn layer() {
    return arn.layer();
  }
}
