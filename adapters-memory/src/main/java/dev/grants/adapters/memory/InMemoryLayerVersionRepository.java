package dev.grants.adapters.memory;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.ports.out.LayerVersionRepository;
import io.vavr.control.Option;
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
  public boolean delete(LayerVersionArn arn) {
    return versions.remove(arn) != null;
  }
}
