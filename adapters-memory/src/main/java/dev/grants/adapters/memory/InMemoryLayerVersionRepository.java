package dev.grants.adapters.memory;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionFilter;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.ports.out.LayerVersionRepository;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Layer versions in memory: one counter per layer, never reset, so a number is never reused; versions in a
 * {@link ConcurrentHashMap}.
 *
 * <pre>{@code
 * LayerVersionRepository versions = new InMemoryLayerVersionRepository();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryLayerVersionRepository implements LayerVersionRepository {
  private final ConcurrentHashMap<LayerArn, AtomicLong> lastNumbers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<LayerVersionArn, LayerVersion> versions = new ConcurrentHashMap<>();

  /** An empty repository. */
  public InMemoryLayerVersionRepository() {}

  @Override
  public LayerVersion publishNext(LayerArn layer, LongFunction<LayerVersion> build) {
    long number = lastNumbers.computeIfAbsent(layer, unused -> new AtomicLong()).incrementAndGet();
    LayerVersion version = build.apply(number);
    if (!version.arn().equals(layer.version(number))) {
      throw new IllegalArgumentException("built " + version.arn() + " for " + layer.version(number));
    }
    versions.put(version.arn(), version);
    return version;
  }

  @Override
  public Option<LayerVersion> find(LayerVersionArn arn) {
    return Option.of(versions.get(arn));
  }

  @Override
  public List<LayerVersion> versions(LayerArn layer, LayerVersionFilter filter, long below, int limit) {
    return versions.values().stream()
        .filter(version -> version.layer().equals(layer) && version.arn().version() < below && filter.matches(version))
        .sorted(Comparator.comparingLong((LayerVersion version) -> version.arn().version()).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<LayerVersion> latestVersions(
      Partition partition, String region, AccountId account, LayerVersionFilter filter, String after, int limit) {
    // A scan of every version: the memory store holds a test's or one process's layers, not a fleet's.
    Map<String, LayerVersion> newest = new TreeMap<>();
    for (LayerVersion version : versions.values()) {
      LayerArn layer = version.layer();
      if (layer.partition().equals(partition) && layer.region().equals(region) && layer.account().equals(account)
          && layer.name().compareTo(after) > 0 && filter.matches(version)) {
        newest.merge(layer.name(), version,
            (kept, other) -> kept.arn().version() >= other.arn().version() ? kept : other);
      }
    }
    return newest.values().stream().limit(limit).toList();
  }

  @Override
  public boolean delete(LayerVersionArn arn) {
    return versions.remove(arn) != null;
  }
}
