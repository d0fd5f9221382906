package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Clients that stop sending in the middle of a request, in its headers or its body, are cut off and hold no
 * worker: the endpoint still answers others while more than every worker's worth of them, and more than its
 * connection limit, stall. Run as its own process, with a one-second limit, so that the wait is short (the limit
 * is read once per JVM).
 */
class StalledClientTest {
  private static final Pattern READY = Pattern.compile("Grants endpoint listening on (http://\\S+) .*");

  @Test
  void more_stalled_clients_than_workers_are_cut_off_and_the_endpoint_keeps_answering() throws Exception {
    Process process = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Dsun.net.httpserver.maxReqTime=" + System.getProperty("grants.test.maxReqTime", "1"), "-cp", System.getProperty("java.class.path"),
        EndpointMain.class.getName(), "--port", "0", "--max-connections", "24"))
        .redirectErrorStream(true)
        .start();
    List<Socket> stalled = new ArrayList<>();
    try {
      String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      Matcher ready = READY.matcher(line);
      assertThat(ready.matches()).as(line).isTrue();
      URI uri = URI.create(ready.group(1));
      // More than the 16 workers and the limit of 24 held requests: half stop in the body, half in the headers.
      for (int i = 0; i < 40; i++) {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write((i % 2 == 0
            ? "POST /2018-10-31/layers/stall/versions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
                + "\r\n{\"Content\":"
            : "POST /2018-10-31/layers/stall/versions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(socket);
      }

      Thread.sleep(3_000); // past the one-second limit and the server's one-second check

      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(uri + "/2018-10-31/layers/alive/versions/1"))
              .timeout(java.time.Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(404);
      int cutOff = 0;
      for (Socket socket : stalled) {
        socket.setSoTimeout(5_000); // without the cut-off, reading times out here and the test fails
        InputStream in = socket.getInputStream();
        try {
          byte[] rest = in.readAllBytes(); // ends when the server closes the connection
          // Nothing, or the refusal of a request over the limit: never a fault.
          assertThat(new String(rest, StandardCharsets.ISO_8859_1)).doesNotContain(" 500 ");
          cutOff++;
        } catch (java.net.SocketTimeoutException stillHeld) {
          // counted as not cut off
        } catch (java.net.SocketException reset) {
          cutOff++;
        }
      }
      assertThat(cutOff).as("stalled connections the server cut off").isEqualTo(stalled.size());
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }
}
