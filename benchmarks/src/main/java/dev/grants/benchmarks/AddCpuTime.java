package dev.grants.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import java.lang.management.ManagementFactory;

/**
 * AddLayerVersionPermission and RemoveLayerVersionPermission alone, measured by the CPU time and the allocation
 * of the calling thread rather than the wall clock: on a machine shared with other work, a figure the other work
 * disturbs less than JMH's. The same workload as {@link LayerPermissionsBenchmark}'s batches: a pool of layer
 * versions published once; each round forgets their policies, adds round the pool, then removes what it added.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.grants.benchmarks.AddCpuTime [rounds 40] [versions 10000] [calls 100000]
 * }</pre>
 */
public final class AddCpuTime {
  private AddCpuTime() {}

  /**
   * Prints, per round, the CPU nanoseconds and bytes allocated per add and per remove.
   *
   * @param args rounds, versions in the pool, calls per round (default 40, 10,000, 100,000)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int versions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    Rounds workload = new Rounds(versions, calls);
    for (int round = 1; round <= rounds; round++) {
      long[] perCall = workload.run();
      System.out.printf("round %3d  add %6d ns CPU (%6d user) %6d ns wall %5d B   remove %6d ns %5d B%n", round,
          perCall[0], perCall[1], perCall[2], perCall[3], perCall[4], perCall[5]);
    }
  }

  /**
   * The workload: a pool of layer versions published once, and its commands. Public so that a harness can run two
   * builds of Grants side by side, each in its own class loader, alternating their rounds in one JVM.
   */
  public static final class Rounds {
    private final LayerPermissionsBenchmark.Pool pool;
    private final AddLayerVersionPermissionCommand[] adds;
    private final RemoveLayerVersionPermissionCommand[] removes;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A pool of {@code versions} layer versions and {@code calls} adds round it, and their removes. */
    public Rounds(int versions, int calls) {
      pool = new LayerPermissionsBenchmark.Pool("cpu", versions);
      adds = new AddLayerVersionPermissionCommand[calls];
      removes = new RemoveLayerVersionPermissionCommand[calls];
      for (int i = 0; i < calls; i++) {
        adds[i] = pool.add(i, "s");
        removes[i] = pool.remove(i, "s");
      }
    }

    /**
     * One round: forgets the policies, adds round the pool, removes what it added.
     *
     * @return per call: the add's CPU ns, user ns, wall ns and bytes allocated, the remove's CPU ns and bytes
     */
    public long[] run() {
      long thread = Thread.currentThread().getId();
      int calls = adds.length;
      pool.forgetPolicies();
      long wall0 = System.nanoTime();
      long user0 = threads.getCurrentThreadUserTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long bytes0 = threads.getThreadAllocatedBytes(thread);
      for (AddLayerVersionPermissionCommand add : adds) {
        if (pool.grants.layerVersionPermissions().add(add).isLeft()) {
          throw new IllegalStateException("an add was refused");
        }
      }
      long cpu1 = threads.getCurrentThreadCpuTime();
      long user1 = threads.getCurrentThreadUserTime();
      long wall1 = System.nanoTime();
      long bytes1 = threads.getThreadAllocatedBytes(thread);
      for (RemoveLayerVersionPermissionCommand remove : removes) {
        if (pool.grants.layerVersionPermissions().remove(remove).isLeft()) {
          throw new IllegalStateException("a remove was refused");
        }
      }
      long cpu2 = threads.getCurrentThreadCpuTime();
      long bytes2 = threads.getThreadAllocatedBytes(thread);
      return new long[] {
        (cpu1 - cpu0) / calls, (user1 - user0) / calls, (wall1 - wall0) / calls, (bytes1 - bytes0) / calls,
        (cpu2 - cpu1) / calls, (bytes2 - bytes1) / calls
      };
    }
  }
}
