package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionFilter;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.LayerListing;
import dev.grants.ports.in.ListLayerVersionsCommand;
import dev.grants.ports.in.ListLayersCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.out.LayerVersionRepository;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ListLayers} and {@code ListLayerVersions}: pages by key, not by offset, so that a publish or a delete
 * between two pages neither repeats nor skips an item. A marker carries the last key of its page (a layer name, a
 * version number), signed with the listing it belongs to (the layer or owner, and the filters).
 *
 * @param versions where the versions are kept
 * @param tokens what signs and checks the markers
 */
record LayerListings(LayerVersionRepository versions, SignedPageTokens tokens) {
  private static final String LIST_VERSIONS = "lambda:ListLayerVersions";

  Either<GrantsError, Page<LayerVersion>> layers(ListLayersCommand command) {
    return Requests.violations(LayerVersionFilter.violations(
            command.compatibleRuntime(), command.maxItems(), command.compatibleArchitecture()))
        .flatMap(valid -> {
          CallContext context = command.context();
          Region region = context.region();
          Partition partition = Partition.forRegion(region);
          String listing = "layers|" + partition.name() + '|' + region.name() + '|' + context.account().value()
              + filterKey(command);
          LayerVersionFilter filter = filter(command);
          return after(listing, command.marker(), "", bytes -> new String(bytes, StandardCharsets.UTF_8))
              .map(after -> page(listing, limit(command),
                  limit -> versions.latestVersions(partition, region.name(), context.account(), filter, after, limit),
                  last -> last.layer().name().getBytes(StandardCharsets.UTF_8)));
        });
  }

  Either<GrantsError, Page<LayerVersion>> versions(ListLayerVersionsCommand command) {
    // The model's member order: CompatibleRuntime, LayerName, Marker, MaxItems, CompatibleArchitecture.
    List<Violation> found = new ArrayList<>(LayerVersionFilter.COMPATIBLE_RUNTIME.check(command.compatibleRuntime()));
    found.addAll(LayerName.RULE.check(command.layerName()));
    found.addAll(LayerVersionFilter.violations(null, command.maxItems(), command.compatibleArchitecture()));
    return Requests.violations(found).flatMap(valid -> {
      CallContext context = command.context();
      LayerArn layer = LayerVersionLookup.resolve(new LayerName(command.layerName()), context);
      return AccountBoundary.owned(context, layer.account(), layer.arn(), LIST_VERSIONS, () -> {
        String listing = "layer-versions|" + layer + filterKey(command);
        LayerVersionFilter filter = filter(command);
        return after(listing, command.marker(), Long.MAX_VALUE, bytes -> ByteBuffer.wrap(bytes).getLong())
            .map(below -> page(listing, limit(command),
                limit -> versions.versions(layer, filter, below, limit),
                last -> ByteBuffer.allocate(8).putLong(last.arn().version()).array()));
      });
    });
  }

  private static LayerVersionFilter filter(LayerListing command) {
    return LayerVersionFilter.of(command.compatibleRuntime(), command.compatibleArchitecture());
  }

  private static String filterKey(LayerListing command) {
    return "|" + command.compatibleRuntime() + '|' + command.compatibleArchitecture();
  }

  private static int limit(LayerListing command) {
    return command.maxItems() == null ? LayerVersionFilter.DEFAULT_MAX_ITEMS : command.maxItems();
  }

  /** Where the page starts: {@code first} without a marker, else the key the marker carries. */
  private <K> Either<GrantsError, K> after(String listing, String marker, K first, Function<byte[], K> key) {
    if (marker == null || marker.isEmpty()) {
      return Either.right(first);
    }
    return tokens.readPosition(listing, marker).flatMap(position -> {
      try {
        return Either.right(key.apply(position));
      } catch (RuntimeException notThisListingsKey) {
        // Signed for this listing, so written by it: cannot happen short of a broken key; refused all the same.
        return Either.left(new GrantsError.InvalidPageToken(marker));
      }
    });
  }

  /** One page: one item more than fits is read, to tell whether a next page exists without a second read. */
  private Page<LayerVersion> page(String listing, int limit, java.util.function.IntFunction<List<LayerVersion>> read,
      Function<LayerVersion, byte[]> keyOf) {
    List<LayerVersion> items = read.apply(limit + 1);
    if (items.size() <= limit) {
      return new Page<>(items, null);
    }
    List<LayerVersion> shown = items.subList(0, limit);
    return new Page<>(shown, tokens.writePosition(listing, keyOf.apply(shown.get(limit - 1))));
  }
}
