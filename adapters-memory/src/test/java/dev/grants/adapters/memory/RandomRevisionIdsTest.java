package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.revision.RevisionId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomRevisionIdsTest {
  private final RandomRevisionIds ids = new RandomRevisionIds();

  @Test
  void revision_ids_are_distinct_lowercase_uuid_v4() {
    Set<RevisionId> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      RevisionId id = ids.newRevisionId();
      assertThat(RevisionId.isUuidV4(id.value())).isTrue();
      seen.add(id);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void profile_versions_are_ten_letters_or_digits_of_both_cases() {
    Set<String> seen = new HashSet<>();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      String version = ids.newProfileVersion();
      assertThat(version).matches("[a-zA-Z0-9]{10}");
      seen.add(version);
      all.append(version);
    }
    assertThat(seen).hasSize(1_000);
    assertThat(all.toString()).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
  }
}
