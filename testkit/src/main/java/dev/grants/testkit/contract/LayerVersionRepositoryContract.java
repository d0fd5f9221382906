package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionFilter;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.testkit.Concurrently;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LayerVersionRepository}: numbering from 1, never reusing a number, reads, listings and
 * deletes, and distinct numbers under concurrent publishers. Extend it with your adapter:
 *
 * <pre>{@code
 * class JdbcLayerVersionRepositoryTest extends LayerVersionRepositoryContract {
 *   @Override
 *   protected LayerVersionRepository createRepository() {
 *     return new JdbcLayerVersionRepository(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Capability hooks scale the concurrent case: {@link #concurrentWriters()},
 * {@link #publishesPerPublisher()}, {@link #concurrencyTimeout()}.
 */
public abstract class LayerVersionRepositoryContract extends RepositoryContract<LayerVersionRepository> {
  private static final LayerArn LAYER = Fixtures.layerArn();
  private static final LayerArn OTHER_LAYER =
      new LayerArn(Partition.AWS, Fixtures.REGION, AccountId.of(Fixtures.OWNER), "other-layer");
  private static final Instant CREATED = Instant.parse("2018-11-14T23:03:52.894Z");

  /** Creates the suite. */
  protected LayerVersionRepositoryContract() {}

  /** How many versions each concurrent publisher publishes (default 10). */
  protected int publishesPerPublisher() {
    return 10;
  }

  @Test
  void versions_are_numbered_from_one_upwards() {
    assertThat(publish(LAYER).arn().version()).isEqualTo(1);
    assertThat(publish(LAYER).arn().version()).isEqualTo(2);
    assertThat(publish(LAYER).arn().version()).isEqualTo(3);
  }

  @Test
  void each_layer_has_its_own_numbers() {
    publish(LAYER);
    publish(LAYER);

    assertThat(publish(OTHER_LAYER).arn()).isEqualTo(OTHER_LAYER.version(1));
  }

  @Test
  void a_published_version_is_read_back_whole() {
    LayerVersion published = publish(LAYER);

    assertThat(repository.find(LAYER.version(1))).isEqualTo(Option.some(published));
  }

  @Test
  void a_version_never_published_is_not_found() {
    publish(LAYER);

    assertThat(repository.find(LAYER.version(2))).isEqualTo(Option.none());
    assertThat(repository.find(OTHER_LAYER.version(1))).isEqualTo(Option.none());
  }

  @Test
  void a_deleted_version_is_not_found_and_its_number_is_never_reused() {
    publish(LAYER);
    publish(LAYER);

    assertThat(repository.delete(LAYER.version(2))).isTrue();

    assertThat(repository.find(LAYER.version(2))).isEqualTo(Option.none());
    assertThat(repository.find(LAYER.version(1))).isNotEqualTo(Option.none());
    assertThat(publish(LAYER).arn().version()).isEqualTo(3);
  }

  @Test
  void numbers_are_not_reused_after_every_version_was_deleted() {
    publish(LAYER);
    repository.delete(LAYER.version(1));

    assertThat(publish(LAYER).arn().version()).isEqualTo(2);
  }

  @Test
  void deleting_tells_whether_the_version_existed() {
    publish(LAYER);

    assertThat(repository.delete(LAYER.version(1))).isTrue();
    assertThat(repository.delete(LAYER.version(1))).isFalse();
    assertThat(repository.delete(OTHER_LAYER.version(7))).isFalse();
  }

  @Test
  void a_version_built_with_another_arn_is_refused_and_not_stored() {
    assertThatThrownBy(() -> repository.publishNext(LAYER, number -> version(OTHER_LAYER.version(number))))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(repository.find(OTHER_LAYER.version(1))).isEqualTo(Option.none());
    assertThat(repository.find(LAYER.version(1))).isEqualTo(Option.none());
  }

  @Test
  void concurrent_publishers_of_one_layer_get_distinct_consecutive_numbers() {
    int publishers = concurrentWriters();
    int each = publishesPerPublisher();

    List<List<Long>> numbers = Concurrently.run(publishers, concurrencyTimeout(), publisher -> () -> {
      List<Long> mine = new ArrayList<>(each);
      for (int i = 0; i < each; i++) {
        mine.add(publish(LAYER).arn().version());
      }
      return mine;
    });

    List<Long> all = numbers.stream().flatMap(List::stream).sorted().toList();
    assertThat(all).isEqualTo(LongStream.rangeClosed(1, (long) publishers * each).boxed().toList());
    for (long number : all) {
      assertThat(repository.find(LAYER.version(number)).isDefined()).isTrue();
    }
  }

  @Test
  void versions_are_listed_newest_first_below_a_number_up_to_a_limit_without_the_deleted() {
    for (int i = 0; i < 5; i++) {
      publish(LAYER);
    }
    publish(OTHER_LAYER);
    repository.delete(LAYER.version(4));

    assertThat(numbers(repository.versions(LAYER, LayerVersionFilter.ANY, Long.MAX_VALUE, 10)))
        .containsExactly(5L, 3L, 2L, 1L);
    assertThat(numbers(repository.versions(LAYER, LayerVersionFilter.ANY, 5, 2))).containsExactly(3L, 2L);
    assertThat(repository.versions(LAYER, LayerVersionFilter.ANY, 1, 10)).isEmpty();
    assertThat(repository.versions(LAYER, LayerVersionFilter.ANY, Long.MAX_VALUE, 1))
        .containsExactly(repository.find(LAYER.version(5)).get());
  }

  @Test
  void listed_versions_are_those_that_name_the_filters_runtime_and_architecture_whole() {
    LayerVersion java = publishWith(LAYER, List.of("java17", "nodejs20.x"), List.of("x86_64"));
    LayerVersion node = publishWith(LAYER, List.of("nodejs"), List.of("arm64", "x86_64"));
    publishWith(LAYER, List.of(), List.of());

    assertThat(repository.versions(LAYER, LayerVersionFilter.of("nodejs", null), Long.MAX_VALUE, 10))
        .containsExactly(node);
    assertThat(repository.versions(LAYER, LayerVersionFilter.of(null, "x86_64"), Long.MAX_VALUE, 10))
        .containsExactly(node, java);
    assertThat(repository.versions(LAYER, LayerVersionFilter.of("java17", "arm64"), Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void the_newest_matching_version_of_each_layer_of_an_owner_is_listed_by_name_after_a_name_up_to_a_limit() {
    LayerArn upper = layer(Fixtures.REGION, Fixtures.OWNER, "Zed");
    LayerArn dashed = layer(Fixtures.REGION, Fixtures.OWNER, "my-layer-2");
    LayerVersion upperOne = publish(upper);
    publish(LAYER);
    LayerVersion newest = publishWith(LAYER, List.of(), List.of());
    LayerVersion other = publish(OTHER_LAYER);
    LayerVersion dashedOne = publish(dashed);
    publish(layer("eu-west-1", Fixtures.OWNER, "elsewhere"));
    publish(layer(Fixtures.REGION, Fixtures.GRANTEE, "theirs"));
    LayerArn gone = layer(Fixtures.REGION, Fixtures.OWNER, "gone");
    publish(gone);
    repository.delete(gone.version(1));
    AccountId owner = AccountId.of(Fixtures.OWNER);

    assertThat(repository.latestVersions(Partition.AWS, Fixtures.REGION, owner, LayerVersionFilter.ANY, "", 10))
        .containsExactly(upperOne, newest, dashedOne, other);
    assertThat(repository.latestVersions(Partition.AWS, Fixtures.REGION, owner, LayerVersionFilter.ANY, "my-layer", 2))
        .containsExactly(dashedOne, other);
    assertThat(repository.latestVersions(Partition.AWS, Fixtures.REGION, owner, LayerVersionFilter.of("java17", null),
        "", 10)).as("each layer's newest version that matches").containsExactly(upperOne,
        repository.find(LAYER.version(1)).get(), dashedOne, other);
    assertThat(repository.latestVersions(Partition.AWS_CN, Fixtures.REGION, owner, LayerVersionFilter.ANY, "", 10))
        .isEmpty();
  }

  private static LayerArn layer(String region, String account, String name) {
    return new LayerArn(Partition.AWS, region, AccountId.of(account), name);
  }

  private LayerVersion publishWith(LayerArn layer, List<String> runtimes, List<String> architectures) {
    return repository.publishNext(layer, number -> new LayerVersion(layer.version(number), null, CREATED,
        LayerContent.ofArchive(Fixtures.ARCHIVE), runtimes, "MIT", architectures));
  }

  private static List<Long> numbers(List<LayerVersion> versions) {
    return versions.stream().map(version -> version.arn().version()).toList();
  }

  private LayerVersion publish(LayerArn layer) {
    return repository.publishNext(layer, number -> version(layer.version(number)));
  }

  private static LayerVersion version(LayerVersionArn arn) {
    return new LayerVersion(
        arn, "version " + arn.version(), CREATED, LayerContent.ofArchive(Fixtures.ARCHIVE), List.of("java17"),
        null, List.of("arm64"));
  }
}
