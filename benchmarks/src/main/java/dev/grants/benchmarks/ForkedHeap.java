package dev.grants.benchmarks;

/**
 * The heap every benchmark fork runs with: fixed at 2 GiB and touched once at start-up.
 *
 * <p>Why: with the JVM's default heap, which starts small and grows, a fork spends much of some iterations in the
 * kernel, zeroing pages the heap touches for the first time. {@link AddCpuTime} showed it on the add batches: the
 * slow rounds (3 to 5 us per add) were system time, the fast ones (0.5 us) user time, and a batch swung between
 * them within one fork. A fixed, pre-touched heap leaves that cost at start-up, where it belongs, and is what a
 * service embedding the library would run with. Every benchmark uses it, the references included, so no ratio
 * leans on it.
 */
final class ForkedHeap {
  static final String MIN = "-Xms2g";
  static final String MAX = "-Xmx2g";
  static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
  /** G1 even when the fork is pinned to one core ({@code taskset -c 0}), where the JVM would pick Serial. */
  static final String G1 = "-XX:+UseG1GC";

  private ForkedHeap() {}
}
