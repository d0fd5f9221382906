package dev.grants.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ratios of {@link PostgresLayerPermissionsBenchmark}, one thread, with both sides interleaved: rounds of
 * short slices (add, the floor's select-and-update, get, the floor's select, remove), each timing its calls one by
 * one with the add's undo and the remove's preparation outside the timing, so that Grants and its floor meet the
 * same cores, the same server and the same moment. JMH runs them minutes apart, in separate forks, and on this
 * machine that moves a ratio by more than the difference it measures (docs/performance.md).
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar dev.grants.benchmarks.PostgresRatio 10 30
 * }</pre>
 *
 * <p>Arguments: statements per policy (default 10), rounds (default 30); every round's slices are 300 calls each.
 */
public final class PostgresRatio {
  private static final int CALLS = 300;

  private PostgresRatio() {}

  /** Runs the rounds and prints each round's microseconds per call and the ratios' medians. */
  public static void main(String[] args) throws Exception {
    PostgresLayerPermissionsBenchmark.Database database = new PostgresLayerPermissionsBenchmark.Database();
    database.statements = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    database.start();
    try {
      PostgresLayerPermissionsBenchmark.Version mine = new PostgresLayerPermissionsBenchmark.Version(database, true);
      for (int warm = 0; warm < 10; warm++) {
        round(database, mine);
      }
      List<double[]> all = new ArrayList<>();
      System.out.printf(Locale.ROOT, "%d statements per policy; microseconds per call (one thread)%n",
          database.statements);
      System.out.println("round    add  floorSU    get  floorS  remove   add/floorSU  get/floorS  remove/floorSU");
      for (int r = 1; r <= rounds; r++) {
        double[] us = round(database, mine);
        all.add(us);
        System.out.printf(Locale.ROOT, "%5d %6.1f %8.1f %6.1f %7.1f %7.1f %13.2f %11.2f %15.2f%n", r, us[0], us[1],
            us[2], us[3], us[4], us[1] / us[0], us[3] / us[2], us[1] / us[4]);
      }
      System.out.printf(Locale.ROOT, "median throughput ratios: add %.2fx of the floor, get %.2fx of a bare select,"
              + " remove %.2fx of the floor%n",
          median(all, 1, 0), median(all, 3, 2), median(all, 1, 4));
      mine.release();
    } finally {
      database.stop();
    }
  }

  /** One round: microseconds per call of add, floor select+update, get, floor select, remove. */
  private static double[] round(PostgresLayerPermissionsBenchmark.Database database,
      PostgresLayerPermissionsBenchmark.Version mine) throws SQLException {
    var permissions = database.grants.layerVersionPermissions();
    long add = 0;
    long floorUpdate = 0;
    long get = 0;
    long floorSelect = 0;
    long remove = 0;
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      PostgresLayerPermissionsBenchmark.succeeded(permissions.add(mine.add));
      add += System.nanoTime() - start;
      PostgresLayerPermissionsBenchmark.succeeded(permissions.remove(mine.remove));
    }
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      PostgresLayerPermissionsBenchmark.selectUpdate(mine);
      floorUpdate += System.nanoTime() - start;
    }
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      PostgresLayerPermissionsBenchmark.succeeded(permissions.getPolicy(mine.get));
      get += System.nanoTime() - start;
    }
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      PostgresLayerPermissionsBenchmark.select(mine);
      floorSelect += System.nanoTime() - start;
    }
    for (int i = 0; i < CALLS; i++) {
      PostgresLayerPermissionsBenchmark.succeeded(permissions.add(mine.add));
      long start = System.nanoTime();
      PostgresLayerPermissionsBenchmark.succeeded(permissions.remove(mine.remove));
      remove += System.nanoTime() - start;
    }
    return new double[] {add / 1e3 / CALLS, floorUpdate / 1e3 / CALLS, get / 1e3 / CALLS, floorSelect / 1e3 / CALLS,
        remove / 1e3 / CALLS};
  }

  /** The median over rounds of time[slower] / time[faster]: the throughput ratio of {@code grants} to its floor. */
  private static double median(List<double[]> rounds, int floor, int grants) {
    double[] ratios = rounds.stream().mapToDouble(us -> us[floor] / us[grants]).sorted().toArray();
    return ratios.length % 2 == 1 ? ratios[ratios.length / 2]
        : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
  }
}
