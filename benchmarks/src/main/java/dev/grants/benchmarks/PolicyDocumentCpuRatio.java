package dev.grants.benchmarks;

import dev.grants.adapters.json.policy.PolicyDocumentReader;
import dev.grants.adapters.json.policy.PolicyDocumentWriter;
import dev.grants.domain.policy.ResourcePolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * The ratios of {@link PolicyDocumentBenchmark} on a busy machine: Grants and {@code iam-policy-builder}
 * alternate in 40 ms slices, each slice timed in this thread's CPU time, and the median of the per-pair ratios
 * is printed with its quartiles. Other work on the machine then slows both sides of a pair alike, where JMH's
 * consecutive runs can catch one side in a busy second. CPU time leaves out the garbage collector's threads,
 * which favours the side that allocates more (iam-policy-builder): the ratios understate Grants' lead.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.grants.benchmarks.PolicyDocumentCpuRatio [pairs, default 80]
 * }</pre>
 */
public final class PolicyDocumentCpuRatio {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long SLICE_NANOS = 40_000_000L;
  private static volatile Object sink;

  private PolicyDocumentCpuRatio() {}

  /** Prints one line per operation and size. */
  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    for (int statements : new int[] {10, 100}) {
      ResourcePolicy policy = PolicyDocuments.policy(statements);
      String json = PolicyDocumentWriter.write(policy);
      IamPolicy iam = IamPolicy.fromJson(json);
      compare("read " + statements, () -> PolicyDocumentReader.read(json).get(), () -> IamPolicy.fromJson(json),
          pairs);
      compare("write " + statements, () -> PolicyDocumentWriter.write(policy), iam::toJson, pairs);
    }
  }

  private static void compare(String name, Supplier<Object> grants, Supplier<Object> iam, int pairs) {
    for (int warmUp = 0; warmUp < 25; warmUp++) {
      nanosPerOperation(grants);
      nanosPerOperation(iam);
    }
    double[] ratios = new double[pairs];
    double[] grantsNanos = new double[pairs];
    double[] iamNanos = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      grantsNanos[i] = nanosPerOperation(grants);
      iamNanos[i] = nanosPerOperation(iam);
      ratios[i] = iamNanos[i] / grantsNanos[i];
    }
    Arrays.sort(ratios);
    Arrays.sort(grantsNanos);
    Arrays.sort(iamNanos);
    System.out.printf("%-9s Grants %,8.0f ns/op (CPU)  iam-policy-builder %,8.0f ns/op  Grants/iam %.2fx"
            + "  (quartiles %.2f, %.2f)%n",
        name, grantsNanos[pairs / 2], iamNanos[pairs / 2], ratios[pairs / 2], ratios[pairs / 4],
        ratios[3 * pairs / 4]);
  }

  /** Runs {@code operation} for one slice of wall time; its CPU time per operation. */
  private static double nanosPerOperation(Supplier<Object> operation) {
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long operations = 0;
    long end = System.nanoTime() + SLICE_NANOS;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 64; i++) {
        sink = operation.get();
      }
      operations += 64;
    }
    return (double) (THREADS.getCurrentThreadCpuTime() - cpuBefore) / operations;
  }
}
