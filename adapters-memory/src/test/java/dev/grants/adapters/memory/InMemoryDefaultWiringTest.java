package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.ports.service.DefaultWiring;
import org.junit.jupiter.api.Test;

class InMemoryDefaultWiringTest {
  @Test
  void the_in_memory_wiring_is_the_default_a_launcher_finds() {
    assertThat(DefaultWiring.load()).isInstanceOf(InMemoryDefaultWiring.class);
  }

  @Test
  void each_default_wiring_is_new_and_independent() {
    DefaultWiring wiring = DefaultWiring.load();

    assertThat(wiring.create()).isNotSameAs(wiring.create());
  }
}
