package dev.grants.ports.in;

import dev.grants.domain.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The members of {@code PublishLayerVersion}: a new version of a layer, numbered after the last one ever published. Members are carried as given: a missing required member, or one that fails its model constraints, is
 * reported by the service as {@code GrantsError.InvalidRequest}, never thrown.
 *
 * <pre>{@code
 * PublishLayerVersionCommand.builder()
 *     .context(CallContext.of("123456789012", "us-east-2"))
 *     .layerName("my-layer")
 *     .content(LayerArchiveInput.ofZipFile(zipBytes))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PublishLayerVersionCommand {
  PublishLayerVersionCommand() {}

  /** Who calls, and where. */
  public abstract CallContext context();

  /** {@code LayerName}: the layer name or layer ARN. */
  @Nullable
  public abstract String layerName();

  /** {@code Description}. */
  @Nullable
  public abstract String description();

  /** {@code Content}: the archive; only {@code ZipFile} content can be published. */
  @Nullable
  public abstract dev.grants.domain.layer.LayerArchiveInput content();

  /** {@code CompatibleRuntimes}. */
  @Nullable
  public abstract List<String> compatibleRuntimes();

  /** {@code LicenseInfo}. */
  @Nullable
  public abstract String licenseInfo();

  /** {@code CompatibleArchitectures}. */
  @Nullable
  public abstract List<String> compatibleArchitectures();

  /** A builder; {@link #context()} is required, every other member optional until validation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishLayerVersionCommand}. */
  public static final class Builder extends ImmutablePublishLayerVersionCommand.Builder {
    Builder() {}
  }
}
