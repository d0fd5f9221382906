package dev.grants.endpoint;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The endpoint as a process of its own on PostgreSQL, for the tests that start, kill and restart it. */
final class EndpointProcesses {
  private static final Pattern READY =
      Pattern.compile("Grants endpoint listening on (http://\\S+) \\(account \\d{12}\\) on PostgreSQL (.*)");

  private EndpointProcesses() {}

  /** A started endpoint: its process, base URL and the database it said it is on. */
  record Started(Process process, String url, String database) {}

  static Started start(String... options) throws Exception {
    List<String> all = new ArrayList<>(List.of("--port", "0"));
    all.addAll(List.of(options));
    Process process = process(all.toArray(String[]::new));
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null) {
      Matcher ready = READY.matcher(line);
      if (ready.matches()) {
        Thread drain = new Thread(() -> {
          try {
            out.transferTo(java.io.Writer.nullWriter());
          } catch (java.io.IOException ignored) {
            // the process ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return new Started(process, ready.group(1), ready.group(2));
      }
      lines.add(line);
    }
    throw new AssertionError("the endpoint never said it was ready: " + lines);
  }

  static Process process(String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
        + File.separator + "java", "-cp", System.getProperty("java.class.path"), EndpointMain.class.getName()));
    command.addAll(List.of(options));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  static HttpResponse<String> send(HttpClient http, String uri, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
