package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The endpoint on PostgreSQL as a user runs it: its own process, {@code --jdbc-url}, killed with SIGKILL right after
 * it answered a 201 and started again on the same database, where the statement is, under the same RevisionId.
 */
class PostgresEndpointProcessTest {
  private static final Pattern REVISION = Pattern.compile("\"RevisionId\":\"([0-9a-f-]{36})\"");

  @Test
  void a_statement_answered_201_survives_a_kill_9_with_its_revision() throws Exception {
    String jdbcUrl = PostgresStoreUnderTest.server().getJdbcUrl("postgres", "postgres");
    HttpClient http = HttpClient.newHttpClient();

    EndpointProcesses.Started first = EndpointProcesses.start("--jdbc-url", jdbcUrl, "--schema", "restart_test");
    String revision;
    try {
      assertThat(first.database()).isEqualTo(jdbcUrl + ", schema restart_test");
      assertThat(EndpointProcesses.send(http, first.url() + "/2018-10-31/layers/kept/versions",
          "{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}").statusCode()).isEqualTo(201);
      HttpResponse<String> added = EndpointProcesses.send(http, first.url() + "/2018-10-31/layers/kept/versions/1/policy",
          "{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"223456789012\",\"StatementId\":\"xaccount\"}");
      assertThat(added.statusCode()).isEqualTo(201);
      Matcher given = REVISION.matcher(added.body());
      assertThat(given.find()).as(added.body()).isTrue();
      revision = given.group(1);
    } finally {
      first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
    }
    assertThat(first.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(first.process().exitValue()).isEqualTo(137);

    EndpointProcesses.Started second = EndpointProcesses.start("--jdbc-url", jdbcUrl, "--schema", "restart_test");
    try {
      HttpResponse<String> policy = http.send(HttpRequest.newBuilder(
          URI.create(second.url() + "/2018-10-31/layers/kept/versions/1/policy")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(policy.statusCode()).isEqualTo(200);
      assertThat(policy.body()).isEqualTo("{\"Policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Id\\\":\\\"default\\\","
          + "\\\"Statement\\\":[{\\\"Sid\\\":\\\"xaccount\\\",\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":{\\\"AWS\\\":"
          + "\\\"arn:aws:iam::223456789012:root\\\"},\\\"Action\\\":\\\"lambda:GetLayerVersion\\\",\\\"Resource\\\":"
          + "\\\"arn:aws:lambda:us-east-1:123456789012:layer:kept:1\\\"}]}\",\"RevisionId\":\"" + revision + "\"}");
    } finally {
      second.process().destroy();
      second.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void a_database_that_cannot_be_reached_stops_the_endpoint_with_the_reason() throws Exception {
    int closed;
    try (ServerSocket free = new ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    Process process = EndpointProcesses.process("--port", "0", "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + closed + "/grants?user=x&password=secret");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output).contains("grants-endpoint: cannot connect to jdbc:postgresql://127.0.0.1:" + closed
        + "/grants?user=x&password=***").doesNotContain("secret");
  }

  @Test
  void the_jdbc_url_comes_from_the_option_or_else_from_grants_jdbc_url() {
    String url = "jdbc:postgresql://127.0.0.1:5432/grants?user=grants";

    assertThat(EndpointMain.configure(new String[] {}).inMemory()).isTrue();
    assertThat(EndpointMain.configure(new String[] {}, Map.of("GRANTS_JDBC_URL", url)).jdbcUrl()).isEqualTo(url);
    assertThat(EndpointMain.configure(new String[] {"--jdbc-url", url + "&x=1"}, Map.of("GRANTS_JDBC_URL", url))
        .jdbcUrl()).isEqualTo(url + "&x=1");
    assertThat(EndpointMain.configure(new String[] {}, Map.of("GRANTS_JDBC_URL", "")).inMemory()).isTrue();
    assertThat(EndpointMain.configure(new String[] {"--jdbc-url", url}).schema()).isEqualTo("grants");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--jdbc-url", "jdbc:mysql://h/db?password=pw"}))
        .hasMessage("--jdbc-url takes a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=...&password=...),"
            + " not jdbc:mysql://h/db?password=***");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--jdbc-url", url, "--schema", "Grants-1"}))
        .hasMessageStartingWith("a schema is a lowercase SQL identifier");
  }
}
