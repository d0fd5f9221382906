package dev.grants.ports.out;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import io.vavr.control.Option;
import java.util.function.LongFunction;

/**
 * Where published layer versions are kept.
 *
 * <p><b>Numbering.</b> {@link #publishNext} allocates the next number of a layer and stores the version
 * atomically: numbers start at 1, rise by one per publish, and are never reused, not even after the
 * highest version is deleted. Concurrent publishes of one layer get distinct numbers.
 *
 * <pre>{@code
 * LayerVersion v = repository.publishNext(layerArn, number -> draft.publishAs(layerArn.version(number), now));
 * }</pre>
 *
 * <p>Implementations are thread-safe; the testkit's {@code LayerVersionRepositoryContract} checks them.
 */
public interface LayerVersionRepository {

  /**
   * Allocates the next version number of {@code layer}, builds the version with it and stores it.
   *
   * @param layer the layer
   * @param build makes the version from its number; it must return a version of {@code layer} with that number
   * @return the stored version
   * @throws IllegalArgumentException if {@code build} returns a version with another ARN
   */
  LayerVersion publishNext(LayerArn layer, LongFunction<LayerVersion> build);

  /** The version {@code arn}, if it is published and not deleted. */
  Option<LayerVersion> find(LayerVersionArn arn);

  /** Deletes the version {@code arn}; returns whether it existed. */
  boolean delete(LayerVersionArn arn);
}
