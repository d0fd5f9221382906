package dev.grants.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RevisionIdProperties {

  @Property
  void from_bits_always_yields_a_valid_lowercase_uuid_v4(@ForAll long mostSignificant, @ForAll long leastSignificant) {
    RevisionId revision = RevisionId.fromBits(mostSignificant, leastSignificant);

    assertThat(RevisionId.isUuidV4(revision.value())).isTrue();
    assertThat(revision.value()).isLowerCase().hasSize(36);
    UUID uuid = UUID.fromString(revision.value());
    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid.getMostSignificantBits()).isEqualTo((mostSignificant & ~0xf000L) | 0x4000L);
    assertThat(uuid.getLeastSignificantBits())
        .isEqualTo((leastSignificant & 0x3fffffffffffffffL) | 0x8000000000000000L);
  }

  @Property
  void from_bits_writes_what_the_jdk_writes_for_the_same_uuid(
      @ForAll long mostSignificant, @ForAll long leastSignificant) {
    UUID uuid = new UUID(
        (mostSignificant & ~0xf000L) | 0x4000L, (leastSignificant & 0x3fffffffffffffffL) | 0x8000000000000000L);

    assertThat(RevisionId.fromBits(mostSignificant, leastSignificant)).isEqualTo(RevisionId.of(uuid.toString()));
  }

  @Property
  void an_uppercased_revision_is_refused_unless_it_has_no_letters(
      @ForAll long mostSignificant, @ForAll long leastSignificant) {
    String text = RevisionId.fromBits(mostSignificant, leastSignificant).value();
    String upper = text.toUpperCase(java.util.Locale.ROOT);

    assertThat(RevisionId.isUuidV4(upper)).isEqualTo(upper.equals(text));
  }
}
