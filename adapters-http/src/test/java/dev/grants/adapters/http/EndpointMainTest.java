package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
