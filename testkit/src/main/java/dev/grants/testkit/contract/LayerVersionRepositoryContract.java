package dev.grants.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
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
 * The contract of {@link LayerVersionRepository}: numbering from 1, never reusing a number, reads and
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

  private LayerVersion publish(LayerArn layer) {
    return repository.publishNext(layer, number -> version(layer.version(number)));
  }

  private static LayerVersion version(LayerVersionArn arn) {
    return new LayerVersion(
        arn, "version " + arn.version(), CREATED, LayerContent.ofArchive(Fixtures.ARCHIVE), List.of("java17"),
        null, List.of("arm64"));
  }
}
