package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.http.GrantsEndpoint;
import org.junit.jupiter.api.Test;

/**
 * The connection limit as the command line and the JUnit extension offer it, checked where it is given. How the
 * endpoint holds the limit is adapters-http's {@code ConnectionLimitTest}.
 */
class ConnectionLimitOptionsTest {

  @Test
  void the_limit_is_checked_and_offered_on_the_command_line_and_the_extension() {
    assertThatThrownBy(() -> GrantsEndpoint.builder().maxConnections(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantsEndpointExtension.create().maxConnections(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--max-connections", "many"}))
        .hasMessage("--max-connections needs a whole number: many");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--max-connections", "0"}))
        .hasMessage("at least one connection: 0");
    assertThat(EndpointMain.configure(new String[] {"--max-connections", "8"})).isNotNull();
  }
}
