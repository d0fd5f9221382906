package dev.grants.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The region-name loop admits exactly what its regular expression (and the 50-character bound) admits. */
class RegionNameProperties {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Property(tries = 3000)
  void a_region_name_is_what_the_pattern_says(@ForAll("names") String name) {
    boolean expected = name.length() <= 50 && NAME.matcher(name).matches();

    assertThat(Region.isRegionName(name)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("a1-").ofMaxLength(8),
        Arbitraries.strings().withChars("az09-_A. ").ofMaxLength(12),
        Arbitraries.strings().withChars("ab-").ofMinLength(48).ofMaxLength(52),
        Arbitraries.of("us-east-1", "us-gov-west-1", "cn-north-1", "-us", "us-", "us--east", "", "US-EAST-1"));
  }
}
