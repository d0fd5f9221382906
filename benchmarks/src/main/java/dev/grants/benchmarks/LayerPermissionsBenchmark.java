package dev.grants.benchmarks;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryAccountAssignmentRepository;
import dev.grants.adapters.memory.InMemoryLayerVersionRepository;
import dev.grants.adapters.memory.InMemoryPermissionSetRepository;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningRequestRepository;
import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;
import dev.grants.adapters.memory.InMemorySigningProfileRepository;
import dev.grants.adapters.memory.RandomRevisionIds;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inbound ports on the in-memory default: AddLayerVersionPermission alone on fresh small policies,
 * RemoveLayerVersionPermission alone from small policies, add then remove on one small policy (one thread, and
 * two threads contending on one layer version), and GetLayerVersionPolicy of a 20 KB policy.
 *
 * <p>An add or a remove changes the policy, so measuring one alone needs policies that are reset between
 * measurements. The {@code ...Fresh...} and {@code removeFromSmallPolicies} benchmarks therefore run in batches
 * (JMH's single-shot mode with a batch size, its way for operations without a steady state) over a pool of
 * {@code versions} layer versions, published once per trial. Before each iteration, outside the timed part,
 * the pool's policies are forgotten (and, for the removes, filled again); the timed part is {@value #BATCH}
 * calls that go round the pool, so each policy grows from nothing to {@value #BATCH}/{@code versions}
 * statements (or shrinks from there to nothing): 1 with 100,000 versions, 10 with 10,000. The larger pool is
 * the colder one: every call touches a version no recent call touched. JMH reports the time of one batch:
 * ops/s = {@value #BATCH} / (s/op). Every call is checked to have succeeded, so a refused call cannot pass
 * for a fast one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {ForkedHeap.MIN, ForkedHeap.MAX, ForkedHeap.PRE_TOUCH, ForkedHeap.G1})
public class LayerPermissionsBenchmark {
  static final CallContext OWNER = CallContext.of("123456789012", "us-east-2");
  /** Calls per timed batch. */
  static final int BATCH = 100_000;

  static AddLayerVersionPermissionCommand add(String layer, long version, String sid) {
    return AddLayerVersionPermissionCommand.builder().context(OWNER).layerName(layer).versionNumber(version)
        .statementId(sid).action("lambda:GetLayerVersion").principal("223456789012").build();
  }

  static PublishLayerVersionCommand publish(String layer) {
    return PublishLayerVersionCommand.builder().context(OWNER).layerName(layer)
        .content(LayerArchiveInput.ofZipFile(new byte[] {1, 2, 3})).build();
  }

  /** One wiring with a small policy to change and a 20 KB policy to read. */
  @State(Scope.Benchmark)
  public static class Wiring {
    Grants grants;
    AddLayerVersionPermissionCommand add;
    RemoveLayerVersionPermissionCommand remove;
    GetLayerVersionPolicyCommand readLarge;

    @Setup(Level.Trial)
    public void wire() {
      grants = InMemoryGrants.create();
      grants.layerVersions().publish(publish("small")).get();
      grants.layerVersions().publish(publish("large")).get();
      for (int i = 0; i < 100; i++) {
        grants.layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder().context(OWNER)
            .layerName("large").versionNumber(1).statementId("s" + i).action("lambda:GetLayerVersion")
            .principal(String.format("2234567%05d", i)).build()).get();
      }
      add = add("small", 1, "bench");
      remove = RemoveLayerVersionPermissionCommand.builder().context(OWNER).layerName("small").versionNumber(1)
          .statementId("bench").build();
      readLarge = GetLayerVersionPolicyCommand.builder().context(OWNER).layerName("large").versionNumber(1).build();
    }
  }

  /** Per thread: its own statement id, so that two threads add and remove without refusing each other. */
  @State(Scope.Thread)
  public static class Mine {
    AddLayerVersionPermissionCommand add;
    RemoveLayerVersionPermissionCommand remove;

    @Setup(Level.Trial)
    public void name(Wiring wiring) {
      String sid = "t" + Thread.currentThread().getId();
      add = AddLayerVersionPermissionCommand.builder().from(wiring.add).statementId(sid).build();
      remove = RemoveLayerVersionPermissionCommand.builder().from(wiring.remove).statementId(sid).build();
    }
  }

  /**
   * Layer versions published once on the in-memory wiring, whose policies are forgotten (straight in the
   * repository) between iterations. The versions stay, so the timed part does not pay for collecting a whole
   * wiring's garbage either.
   */
  static final class Pool {
    final InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
    final InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
    final Grants grants = Grants.builder()
        .resourcePolicies(policies)
        .layerVersions(new InMemoryLayerVersionRepository())
        .signingProfiles(new InMemorySigningProfileRepository())
        .permissionSets(directory)
        .provisioningRequests(new InMemoryProvisioningRequestRepository())
        .accountAssignments(new InMemoryAccountAssignmentRepository(directory))
        .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
        .ids(new RandomRevisionIds())
        .clock(Clock.systemUTC())
        .build();
    final String layer;
    final Arn[] versions;

    Pool(String layer, int size) {
      this.layer = layer;
      versions = new Arn[size];
      PublishLayerVersionCommand publish = publish(layer);
      for (int i = 0; i < size; i++) {
        versions[i] = grants.layerVersions().publish(publish).get().arn().arn();
      }
    }

    /** The add of call {@code i} of a batch: round the pool, statement {@code <prefix><round>}. */
    AddLayerVersionPermissionCommand add(int i, String prefix) {
      return LayerPermissionsBenchmark.add(layer, i % versions.length + 1, prefix + i / versions.length);
    }

    /** The remove undoing {@link #add(int, String)}. */
    RemoveLayerVersionPermissionCommand remove(int i, String prefix) {
      return RemoveLayerVersionPermissionCommand.builder().context(OWNER).layerName(layer)
          .versionNumber(i % versions.length + 1).statementId(prefix + i / versions.length).build();
    }

    void forgetPolicies() {
      for (Arn version : versions) {
        policies.delete(version);
      }
    }
  }

  /** Per thread: a pool without policies at the start of each iteration, and the batch's add commands. */
  @State(Scope.Thread)
  public static class FreshPolicies {
    @Param({"10000", "100000"})
    int versions;
    Pool pool;
    AddLayerVersionPermissionCommand[] adds;
    int next;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("fresh", versions);
      adds = new AddLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = pool.add(i, "s");
      }
    }

    @Setup(Level.Iteration)
    public void forget() {
      pool.forgetPolicies();
      next = 0;
    }
  }

  /** Per thread: a pool holding, at the start of each iteration, the statements the batch removes. */
  @State(Scope.Thread)
  public static class SmallPolicies {
    @Param({"10000", "100000"})
    int versions;
    Pool pool;
    AddLayerVersionPermissionCommand[] adds;
    RemoveLayerVersionPermissionCommand[] removes;
    int next;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("small", versions);
      adds = new AddLayerVersionPermissionCommand[BATCH];
      removes = new RemoveLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = pool.add(i, "s");
        removes[i] = pool.remove(i, "s");
      }
    }

    @Setup(Level.Iteration)
    public void fill() {
      pool.forgetPolicies();
      for (AddLayerVersionPermissionCommand add : adds) {
        succeeded(pool.grants.layerVersionPermissions().add(add));
      }
      next = 0;
    }
  }

  /**
   * Shared by two threads: a pool without policies at the start of each iteration. Both threads go round it in
   * the same order, each adding its own statements, so they contend on one version at a time.
   */
  @State(Scope.Benchmark)
  public static class SharedFreshPolicies {
    @Param({"10000", "100000"})
    int versions;
    Pool pool;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("shared", versions);
    }

    @Setup(Level.Iteration)
    public void forget() {
      pool.forgetPolicies();
    }
  }

  /** Per thread, for {@link SharedFreshPolicies}: its add commands, with statement ids of its own. */
  @State(Scope.Thread)
  public static class MySharedAdds {
    AddLayerVersionPermissionCommand[] adds;
    int next;

    @Setup(Level.Trial)
    public void name(SharedFreshPolicies shared) {
      String prefix = "t" + Thread.currentThread().getId() + "s";
      adds = new AddLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = shared.pool.add(i, prefix);
      }
    }

    @Setup(Level.Iteration)
    public void restart() {
      next = 0;
    }
  }

  @Benchmark
  public Object addThenRemove(Wiring wiring, Mine mine) {
    wiring.grants.layerVersionPermissions().add(mine.add);
    return wiring.grants.layerVersionPermissions().remove(mine.remove);
  }

  @Benchmark
  public Either<?, GetLayerVersionPolicyResult> getLargePolicy(Wiring wiring) {
    return wiring.grants.layerVersionPermissions().getPolicy(wiring.readLarge);
  }

  @Benchmark
  @Threads(2)
  public Object addThenRemoveTwoThreadsOneVersion(Wiring wiring, Mine mine) {
    wiring.grants.layerVersionPermissions().add(mine.add);
    return wiring.grants.layerVersionPermissions().remove(mine.remove);
  }

  /** AddLayerVersionPermission alone, round a pool of fresh policies. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public AddLayerVersionPermissionResult addToFreshPolicies(FreshPolicies fresh) {
    return succeeded(fresh.pool.grants.layerVersionPermissions().add(fresh.adds[fresh.next++]));
  }

  /** RemoveLayerVersionPermission alone, round a pool of small policies. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public RemoveLayerVersionPermissionResult removeFromSmallPolicies(SmallPolicies small) {
    return succeeded(small.pool.grants.layerVersionPermissions().remove(small.removes[small.next++]));
  }

  /** AddLayerVersionPermission alone from two threads, both adding to the same fresh policy at a time. */
  @Benchmark
  @Threads(2)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public AddLayerVersionPermissionResult addToFreshPoliciesTwoThreads(SharedFreshPolicies shared, MySharedAdds mine) {
    return succeeded(shared.pool.grants.layerVersionPermissions().add(mine.adds[mine.next++]));
  }

  private static <R> R succeeded(Either<?, R> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the benchmark's call was refused: " + outcome.getLeft());
    }
    return outcome.get();
  }
}
