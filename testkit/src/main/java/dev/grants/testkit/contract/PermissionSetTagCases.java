package dev.grants.testkit.contract;

import static dev.grants.testkit.contract.PermissionSetRepositoryContract.INSTANCE;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.OTHER_INSTANCE;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.OTHER_SET;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.OWNER;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.SET;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.instance;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.set;
import static dev.grants.testkit.contract.PermissionSetRepositoryContract.setArn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.provisioning.Tag;
import dev.grants.ports.out.PermissionSetRepository.TagOutcome;
import dev.grants.testkit.Concurrently;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
/** {@link PermissionSetRepositoryContract}'s cases on the tags of instances and permission sets. */
abstract class PermissionSetTagCases extends PermissionSetContractPart {
  PermissionSetTagCases(PermissionSetRepositoryContract suite) {
    super(suite);
  }

  @Test
  void a_resource_is_stored_with_the_tags_it_was_inserted_with_in_their_order() {
    List<Tag> tags = List.of(new Tag("b", "2"), new Tag("a", ""));
    repository().insertInstance(instance(INSTANCE, OWNER), tags);
    repository().insertPermissionSet(set(SET, "ReadOnly"), List.of(new Tag("team", "identity")));
    repository().insertPermissionSet(set(OTHER_SET, "Plain"));

    assertThat(repository().tagsOf(INSTANCE)).isEqualTo(Option.some(tags));
    assertThat(repository().tagsOf(SET)).isEqualTo(Option.some(List.of(new Tag("team", "identity"))));
    assertThat(repository().tagsOf(OTHER_SET)).isEqualTo(Option.some(List.of()));
    assertThat(repository().tagsOf(OTHER_INSTANCE)).as("no such instance").isEqualTo(Option.none());
    assertThat(repository().tagsOf(setArn(INSTANCE, 9))).as("no such permission set").isEqualTo(Option.none());
  }

  @Test
  void a_refused_insert_stores_none_of_its_tags() {
    repository().insertInstance(instance(INSTANCE, OWNER));
    repository().insertPermissionSet(set(SET, "ReadOnly"));

    assertThat(repository().insertInstance(instance(OTHER_INSTANCE, OWNER), List.of(new Tag("k", "v")))).isFalse();
    assertThat(repository().insertPermissionSet(set(OTHER_SET, "ReadOnly"), List.of(new Tag("k", "v")))).isFalse();

    assertThat(repository().tagsOf(OTHER_INSTANCE)).isEqualTo(Option.none());
    assertThat(repository().tagsOf(OTHER_SET)).isEqualTo(Option.none());
    assertThat(repository().tagsOf(INSTANCE)).isEqualTo(Option.some(List.of()));
  }

  @Test
  void tagging_adds_new_keys_last_and_gives_existing_keys_their_new_value_in_place() {
    repository().insertPermissionSet(set(SET, "ReadOnly"), List.of(new Tag("a", "1"), new Tag("b", "2")));

    assertThat(repository().tag(SET, List.of(new Tag("c", "3"), new Tag("a", "one")), 50)).isEqualTo(TagOutcome.TAGGED);

    assertThat(repository().tagsOf(SET)).isEqualTo(Option.some(
        List.of(new Tag("a", "one"), new Tag("b", "2"), new Tag("c", "3"))));
  }

  @Test
  void tagging_a_resource_that_does_not_exist_stores_nothing() {
    assertThat(repository().tag(SET, List.of(new Tag("a", "1")), 50)).isEqualTo(TagOutcome.NOT_FOUND);
    assertThat(repository().tag(INSTANCE, List.of(new Tag("a", "1")), 50)).isEqualTo(TagOutcome.NOT_FOUND);

    repository().insertInstance(instance(INSTANCE, OWNER));
    repository().insertPermissionSet(set(SET, "ReadOnly"));
    assertThat(repository().tagsOf(SET)).isEqualTo(Option.some(List.of()));
    assertThat(repository().tagsOf(INSTANCE)).isEqualTo(Option.some(List.of()));
  }

  @Test
  void tagging_past_the_limit_changes_nothing_and_new_values_of_its_own_keys_are_no_new_tags() {
    repository().insertInstance(instance(INSTANCE, OWNER), List.of(new Tag("a", "1"), new Tag("b", "2")));

    assertThat(repository().tag(INSTANCE, List.of(new Tag("a", "x"), new Tag("c", "3"), new Tag("d", "4")), 3))
        .isEqualTo(TagOutcome.OVER_LIMIT);
    assertThat(repository().tagsOf(INSTANCE)).isEqualTo(Option.some(List.of(new Tag("a", "1"), new Tag("b", "2"))));
    assertThat(repository().tag(INSTANCE, List.of(new Tag("a", "x"), new Tag("c", "3")), 3))
        .isEqualTo(TagOutcome.TAGGED);
    assertThat(repository().tag(INSTANCE, List.of(new Tag("b", "y")), 3)).isEqualTo(TagOutcome.TAGGED);
    assertThat(repository().tagsOf(INSTANCE)).isEqualTo(Option.some(
        List.of(new Tag("a", "x"), new Tag("b", "y"), new Tag("c", "3"))));
  }

  @Test
  void untagging_removes_the_keys_the_resource_has_and_skips_the_others() {
    repository().insertPermissionSet(set(SET, "ReadOnly"),
        List.of(new Tag("a", "1"), new Tag("b", "2"), new Tag("c", "3")));

    assertThat(repository().untag(SET, List.of("b", "absent"))).isTrue();
    assertThat(repository().tagsOf(SET)).isEqualTo(Option.some(List.of(new Tag("a", "1"), new Tag("c", "3"))));
    assertThat(repository().tag(SET, List.of(new Tag("b", "again")), 50)).isEqualTo(TagOutcome.TAGGED);
    assertThat(repository().tagsOf(SET)).as("a key set again goes last").isEqualTo(Option.some(
        List.of(new Tag("a", "1"), new Tag("c", "3"), new Tag("b", "again"))));
    assertThat(repository().untag(OTHER_SET, List.of("a"))).as("no such permission set").isFalse();
    assertThat(repository().untag(INSTANCE, List.of("a"))).as("no such instance").isFalse();
  }

  @Test
  void deleting_a_permission_set_deletes_its_tags() {
    repository().insertPermissionSet(set(SET, "ReadOnly"), List.of(new Tag("a", "1")));
    repository().insertPermissionSet(set(OTHER_SET, "Other"), List.of(new Tag("b", "2")));

    repository().deletePermissionSet(SET);

    assertThat(repository().tagsOf(SET)).isEqualTo(Option.none());
    assertThat(repository().insertPermissionSet(set(SET, "ReadOnly"))).isTrue();
    assertThat(repository().tagsOf(SET)).as("inserted again, it starts with no tag").isEqualTo(Option.some(List.of()));
    assertThat(repository().tagsOf(OTHER_SET)).isEqualTo(Option.some(List.of(new Tag("b", "2"))));
  }

  @Test
  void of_concurrent_taggings_with_distinct_keys_no_more_than_the_limit_win_and_the_winners_are_kept() {
    repository().insertPermissionSet(set(SET, "ReadOnly"));
    int limit = Math.max(1, suite.concurrentWriters() / 2);

    List<Tag> winners = Concurrently.run(suite.concurrentWriters(), suite.concurrencyTimeout(), writer -> () -> {
      Tag mine = new Tag("k" + writer, "v");
      return repository().tag(SET, List.of(mine), limit) == TagOutcome.TAGGED ? mine : null;
    }).stream().filter(Objects::nonNull).toList();

    assertThat(winners).hasSize(Math.min(limit, suite.concurrentWriters()));
    assertThat(repository().tagsOf(SET).get()).containsExactlyInAnyOrderElementsOf(winners);
  }
}
