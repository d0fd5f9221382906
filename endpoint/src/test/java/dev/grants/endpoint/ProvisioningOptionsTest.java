package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.ports.service.Grants;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command line's provisioning options: the built-in gateway's delay and the lease. */
class ProvisioningOptionsTest {

  @Test
  void the_delay_and_the_lease_default_to_what_the_endpoint_always_did() {
    EndpointMain.Configuration defaults = EndpointMain.configure(new String[] {});

    assertThat(defaults.provisioningDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(defaults.provisioningLease()).isEqualTo(Grants.Builder.DEFAULT_PROVISIONING_LEASE);
  }

  @Test
  void durations_are_taken_short_or_in_iso_8601() {
    EndpointMain.Configuration given = EndpointMain.configure(new String[] {
        "--provisioning-delay", "0", "--provisioning-lease", "PT2.5S"});

    assertThat(given.provisioningDelay()).isZero();
    assertThat(given.provisioningLease()).isEqualTo(Duration.ofMillis(2500));
    assertThat(EndpointMain.duration("--x", "250ms", true)).isEqualTo(Duration.ofMillis(250));
    assertThat(EndpointMain.duration("--x", "3s", true)).isEqualTo(Duration.ofSeconds(3));
    assertThat(EndpointMain.duration("--x", "2m", true)).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void a_malformed_negative_or_zero_lease_is_refused_with_a_clear_message() {
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--provisioning-delay", "soon"}))
        .hasMessage("--provisioning-delay takes a duration (0, 250ms, 3s, 1m or ISO-8601 such as PT2.5S), not soon");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--provisioning-delay", "PT-1S"}))
        .hasMessage("--provisioning-delay takes a non-negative duration, not PT-1S");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--provisioning-lease", "0s"}))
        .hasMessage("--provisioning-lease takes a positive duration, not 0s");
  }
}
