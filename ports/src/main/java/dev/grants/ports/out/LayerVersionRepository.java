package dev.grants.ports.out;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.ResourcePolicy;
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

  /**
   * The policy of version {@code arn} as {@code policies} keeps it, if the version is published and not deleted;
   * none otherwise. The permission operations read a version's policy this way, after checking that the version
   * exists. By default it is two reads, the version's and then the policy's; a store that keeps policies too may
   * answer in one read when {@code policies} is its own, as the PostgreSQL adapter does.
   *
   * <pre>{@code
   * Option<ResourcePolicy> policy = versions.findPolicy(arn, policies); // none: no such version
   * }</pre>
   *
   * @param arn the version
   * @param policies where the version's policy is kept
   * @return the policy ({@link ResourcePolicy#none} when it has none), or none when the version does not exist
   */
  default Option<ResourcePolicy> findPolicy(LayerVersionArn arn, ResourcePolicyRepository policies) {
    return find(arn).isDefined() ? Option.some(policies.find(arn.arn())) : Option.none();
  }

  /** Deletes the version {@code arn}; returns whether it existed. */
  boolean delete(LayerVersionArn arn);
}
