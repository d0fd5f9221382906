package dev.grants.adapters.http;

/** The JDK server's system properties the endpoint needs, set unless the user set them (read once, at load). */
final class JdkServerDefaults {
  private JdkServerDefaults() {}

  /** Sets them, before the JDK server's classes load; {@code maxRequestSeconds} unless set otherwise. */
  static void apply(int maxRequestSeconds) {
    // The JDK server writes headers and body as separate segments; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms on Linux). The server reads this once, when it loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // A client that stops sending mid-request would otherwise hold a worker for ever: the server cuts off a
    // request not read whole within this many seconds (also read once).
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(maxRequestSeconds));
    }
  }
}
