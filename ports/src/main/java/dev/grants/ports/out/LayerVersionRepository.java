package dev.grants.ports.out;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionFilter;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import io.vavr.control.Option;
import java.util.List;
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

  /**
   * The published versions of {@code layer} that pass {@code filter} and are numbered below {@code below}, newest
   * first, at most {@code limit} of them: one page of {@code ListLayerVersions}, whose next page starts below the
   * last number returned.
   *
   * <pre>{@code
   * List<LayerVersion> newest = repository.versions(layerArn, LayerVersionFilter.ANY, Long.MAX_VALUE, 50);
   * }</pre>
   *
   * @param layer the layer
   * @param filter which versions count
   * @param below only versions numbered below this
   * @param limit at most this many, at least 1
   * @return the versions, newest first
   */
  List<LayerVersion> versions(LayerArn layer, LayerVersionFilter filter, long below, int limit);

  /**
   * For each layer of {@code account} in {@code region} of {@code partition} whose name sorts after {@code after}
   * (by {@link String#compareTo}: names are ASCII), its newest version that passes {@code filter}; by layer name,
   * at most {@code limit} layers. A layer without such a version is left out. One page of {@code ListLayers}, whose
   * next page starts after the last layer name returned.
   *
   * <pre>{@code
   * List<LayerVersion> latest =
   *     repository.latestVersions(Partition.AWS, "us-east-2", owner, LayerVersionFilter.ANY, "", 50);
   * }</pre>
   *
   * @param partition the partition of the layers
   * @param region the region of the layers
   * @param account the account that owns them
   * @param filter which versions count
   * @param after only layers named after this ({@code ""} for all)
   * @param limit at most this many, at least 1
   * @return the newest matching version of each layer, by layer name
   */
  List<LayerVersion> latestVersions(
      Partition partition, String region, AccountId account, LayerVersionFilter filter, String after, int limit);

  /** Deletes the version {@code arn}; returns whether it existed. */
  boolean delete(LayerVersionArn arn);
}
