package dev.grants.domain.wrong_example;

import dev.grants.domain.revision.RevisionId;
import dev.grants.testkit.fake.SequentialIds;

/** Wrong: production code that uses the testkit. */
public final class TestkitDependentEntity {
  public RevisionId first() {
    return SequentialIds.revision(1);
  }
}
