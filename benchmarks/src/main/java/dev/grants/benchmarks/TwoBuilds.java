package dev.grants.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of Grants side by side in one JVM: the {@link AddCpuTime} workload of each benchmarks jar, loaded in
 * a class loader of its own, in alternating rounds (A B, B A, A B, ...). On a machine whose speed drifts from one
 * minute to the next, as this project's shared one does, separate runs of two builds differ by more than most
 * changes do; alternating rounds in one process exposes both builds to the same drift. What it cannot remove is
 * the JIT: each build's code is compiled on its own, and two copies of the very same jar have come out 12% apart
 * in their median add (457 and 511 ns), so a difference smaller than that needs several runs to mean anything.
 * Both jars must hold {@code AddCpuTime.Rounds} (any build since it was added).
 *
 * <pre>{@code
 * java -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar dev.grants.benchmarks.TwoBuilds \
 *     before.jar after.jar [rounds 60] [versions 100000]
 * }</pre>
 */
public final class TwoBuilds {
  private TwoBuilds() {}

  /**
   * Prints each build's median CPU time per add and per remove over the rounds after the first third (the
   * warm-up), with the quartiles, and the bytes allocated per call.
   *
   * @param args the two jars, then rounds and versions in the pool (default 60 and 100,000)
   */
  public static void main(String[] args) throws ReflectiveOperationException, java.net.MalformedURLException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: TwoBuilds <jar A> <jar B> [rounds] [versions]");
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int versions = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    Object[] workloads = new Object[2];
    Method[] run = new Method[2];
    for (int build = 0; build < 2; build++) {
      URL jar = Path.of(args[build]).toUri().toURL();
      Class<?> rounds0 = Class.forName("dev.grants.benchmarks.AddCpuTime$Rounds", true,
          new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader()));
      workloads[build] = rounds0.getConstructor(int.class, int.class).newInstance(versions, 100_000);
      run[build] = rounds0.getMethod("run");
    }
    List<List<long[]>> measured = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int build = round % 2 == 0 ? turn : 1 - turn;
        long[] perCall = (long[]) run[build].invoke(workloads[build]);
        if (round >= rounds / 3) {
          measured.get(build).add(perCall);
        }
      }
    }
    for (int build = 0; build < 2; build++) {
      List<long[]> rows = measured.get(build);
      long[] add = rows.stream().mapToLong(row -> row[0]).sorted().toArray();
      long[] remove = rows.stream().mapToLong(row -> row[4]).sorted().toArray();
      System.out.printf("%s  add %4d ns CPU (quartiles %d, %d) %5d B   remove %4d ns CPU (quartiles %d, %d) %5d B%n",
          args[build], median(add), add[add.length / 4], add[3 * add.length / 4], rows.get(0)[3],
          median(remove), remove[remove.length / 4], remove[3 * remove.length / 4], rows.get(0)[5]);
    }
  }

  private static long median(long[] sorted) {
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }
}
