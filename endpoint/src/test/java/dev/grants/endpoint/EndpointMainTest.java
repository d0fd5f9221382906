package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.http.GrantsEndpoint;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line, run as its own process the way {@code java -jar grants-endpoint.jar} runs it. */
class EndpointMainTest {
  private static final Pattern READY = Pattern.compile("Grants endpoint listening on (http://\\S+) \\(account (\\d{12})\\)");

  @Test
  void it_prints_its_url_when_ready_serves_and_stops_cleanly_on_sigterm() throws Exception {
    Process process = new ProcessBuilder(List.of(
        javaBinary(), "-cp", System.getProperty("java.class.path"), EndpointMain.class.getName(),
        "--port", "0", "--account", "210987654321"))
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).isNotNull();
      Matcher ready = READY.matcher(line);
      assertThat(ready.matches()).as(line).isTrue();
      assertThat(ready.group(2)).isEqualTo("210987654321");

      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(ready.group(1) + "/2018-10-31/layers/cli/versions"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(answer.body()).contains("arn:aws:lambda:us-east-1:210987654321:layer:cli:1");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM: the JVM ran its shutdown hooks and exited
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void bad_options_are_refused_with_a_clear_message() {
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--port", "eighty"}))
        .hasMessage("not a port: eighty");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--colour", "blue"}))
        .hasMessage("unknown option --colour");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--account", "12"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--host"})).hasMessage("--host needs a value");
  }

  @Test
  void bad_organizations_are_refused_with_a_clear_message() {
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--organization", "o-a1b2c3d4e5"}))
        .hasMessage("--organization takes o-<id>=<account>[,<account>...], not o-a1b2c3d4e5");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--organization", "org=111122223333"}))
        .hasMessage("not an organization id: org (o- and 10 to 32 lowercase letters or digits)");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--organization", "o-a1b2c3d4e5=111122223333,12"}))
        .hasMessage("not a 12-digit account id: '12'");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {"--organization", "o-a1b2c3d4e5="}))
        .hasMessage("not a 12-digit account id: ''");
    assertThatThrownBy(() -> EndpointMain.configure(new String[] {
        "--organization", "o-a1b2c3d4e5=111122223333", "--organization", "o-zzzzzzzzzz=444455556666,111122223333"}))
        .hasMessage("account 111122223333 is already in organization o-a1b2c3d4e5");
    assertThat(EndpointMain.usage()).contains("[--organization o-xxxxxxxxxx=111122223333,444455556666 (repeatable)]");
  }

  @Test
  void organizations_given_on_the_command_line_narrow_grants_to_their_members() throws Exception {
    EndpointMain.Configuration configuration = EndpointMain.configure(new String[] {"--port", "0",
        "--organization", "o-a1b2c3d4e5=444455556666,777788889999", "--organization", "o-zzzzzzzzzz=555566667777"});
    assertThat(configuration.inMemory()).isTrue();
    try (GrantsEndpoint endpoint = configuration.endpoint().grants(configuration.store().get().open()).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      String base = endpoint.uri().toString();
      assertThat(http.send(signed(base + "/2018-10-31/layers/cli/versions", "111122223333")
              .POST(HttpRequest.BodyPublishers.ofString("{\"Content\":{\"ZipFile\":\"UEsFBg==\"}}")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
      assertThat(http.send(signed(base + "/2018-10-31/layers/cli/versions/1/policy", "111122223333")
              .POST(HttpRequest.BodyPublishers.ofString("{\"Action\":\"lambda:GetLayerVersion\",\"Principal\":\"*\","
                  + "\"StatementId\":\"org\",\"OrganizationId\":\"o-a1b2c3d4e5\"}")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
      String byArn = base + "/2018-10-31/layers/arn:aws:lambda:us-east-1:111122223333:layer:cli/versions/1";

      for (String member : List.of("444455556666", "777788889999")) {
        assertThat(http.send(signed(byArn, member).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
            .as(member).isEqualTo(200);
      }
      assertThat(http.send(signed(byArn, "555566667777").GET().build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(403);
    }
  }

  private static HttpRequest.Builder signed(String uri, String accessKeyId) {
    return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "AWS4-HMAC-SHA256 Credential="
        + accessKeyId + "/20261121/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=0");
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
