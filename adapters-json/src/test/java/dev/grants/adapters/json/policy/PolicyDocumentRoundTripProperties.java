package dev.grants.adapters.json.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.ResourcePolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class PolicyDocumentRoundTripProperties {
  private final PolicyDocumentWriterProperties generators = new PolicyDocumentWriterProperties();

  @Property(tries = 500)
  void what_the_writer_writes_the_reader_reads_back_unchanged(@ForAll("policies") ResourcePolicy policy) {
    String written = PolicyDocumentWriter.write(policy);

    PolicyDocument read = PolicyDocumentReader.read(written).get();

    assertThat(read.statements()).isEqualTo(policy.statements());
    assertThat(PolicyDocumentWriter.write(read)).isEqualTo(written);
  }

  @Provide
  Arbitrary<ResourcePolicy> policies() {
    return generators.policies();
  }
}
