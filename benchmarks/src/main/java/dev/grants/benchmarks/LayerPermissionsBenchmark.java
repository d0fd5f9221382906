package dev.grants.benchmarks;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryLayerVersionRepository;
import dev.grants.adapters.memory.InMemoryPermissionSetRepository;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.adapters.memory.InMemoryProvisioningRequestRepository;
import dev.grants.adapters.memory.InMemoryResourcePolicyRepository;
import dev.grants.adapters.memory.InMemorySigningProfileRepository;
import dev.grants.adapters.memory.RandomRevisionIds;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.service.Grants;
import dev.grants.domain.principal.Arn;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inbound ports on the in-memory default: AddLayerVersionPermission alone on fresh policies,
 * RemoveLayerVersionPermission alone from small policies, add then remove on one small policy (one thread, and
 * two threads contending on one layer version), and GetLayerVersionPolicy of a 20 KB policy.
 *
 * <p>An add or a remove changes the policy, so measuring one alone needs a fresh layer version per call. The
 * {@code ...Fresh...} and {@code removeFromSmallPolicy} benchmarks therefore run in batches (JMH's
 * single-shot mode with a batch size, its way for operations without a steady state) over a pool of
 * {@value #BATCH} layer versions published once: before each iteration, outside the timed part, the pool's
 * policies are reset (forgotten, or given one statement each); the timed part is {@value #BATCH} calls, each
 * on the next version. JMH reports the time of one batch: ops/s = {@value #BATCH} / (s/op).
 * Every call is checked to have succeeded, so a refused call cannot pass for a fast one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class LayerPermissionsBenchmark {
  static final CallContext OWNER = CallContext.of("123456789012", "us-east-2");
  /** Calls per timed batch, and layer versions published for one. */
  static final int BATCH = 100_000;

  static void publish(Grants grants, String layer, int versions) {
    PublishLayerVersionCommand publish = PublishLayerVersionCommand.builder().context(OWNER).layerName(layer)
        .content(LayerArchiveInput.ofZipFile(new byte[] {1, 2, 3})).build();
    for (int i = 0; i < versions; i++) {
      grants.layerVersions().publish(publish).get();
    }
  }

  static AddLayerVersionPermissionCommand add(String layer, long version, String sid) {
    return AddLayerVersionPermissionCommand.builder().context(OWNER).layerName(layer).versionNumber(version)
        .statementId(sid).action("lambda:GetLayerVersion").principal("223456789012").build();
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
      publish(grants, "small", 1);
      publish(grants, "large", 1);
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
   * {@value #BATCH} layer versions, published once per trial on the in-memory wiring, whose policies are
   * forgotten (straight in the repository, outside the timed part) before each iteration, so that every
   * iteration starts from versions without a policy. The versions themselves stay, so the timed part does not
   * also pay for collecting a new wiring's garbage.
   */
  public static class Pool {
    final InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
    final Grants grants = Grants.builder()
        .resourcePolicies(policies)
        .layerVersions(new InMemoryLayerVersionRepository())
        .signingProfiles(new InMemorySigningProfileRepository())
        .permissionSets(new InMemoryPermissionSetRepository())
        .provisioningRequests(new InMemoryProvisioningRequestRepository())
        .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
        .ids(new RandomRevisionIds())
        .clock(Clock.systemUTC())
        .build();
    final Arn[] versions = new Arn[BATCH];

    Pool(String layer) {
      PublishLayerVersionCommand publish = PublishLayerVersionCommand.builder().context(OWNER).layerName(layer)
          .content(LayerArchiveInput.ofZipFile(new byte[] {1, 2, 3})).build();
      for (int i = 0; i < BATCH; i++) {
        versions[i] = grants.layerVersions().publish(publish).get().arn().arn();
      }
    }

    void forgetPolicies() {
      for (Arn version : versions) {
        policies.delete(version);
      }
    }
  }

  /** Per thread: a pool without policies at the start of each iteration, and an add command for each version. */
  @State(Scope.Thread)
  public static class FreshVersions {
    Pool pool;
    AddLayerVersionPermissionCommand[] adds;
    int next;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("fresh");
      adds = new AddLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = add("fresh", i + 1, "xaccount");
      }
    }

    @Setup(Level.Iteration)
    public void forget() {
      pool.forgetPolicies();
      next = 0;
    }
  }

  /** Per thread: a pool whose every version's policy holds one statement at the start of each iteration. */
  @State(Scope.Thread)
  public static class SmallPolicies {
    Pool pool;
    AddLayerVersionPermissionCommand[] adds;
    RemoveLayerVersionPermissionCommand[] removes;
    int next;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("small");
      adds = new AddLayerVersionPermissionCommand[BATCH];
      removes = new RemoveLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = add("small", i + 1, "xaccount");
        removes[i] = RemoveLayerVersionPermissionCommand.builder().context(OWNER).layerName("small")
            .versionNumber(i + 1).statementId("xaccount").build();
      }
    }

    @Setup(Level.Iteration)
    public void addOneStatementEach() {
      pool.forgetPolicies();
      for (AddLayerVersionPermissionCommand add : adds) {
        succeeded(pool.grants.layerVersionPermissions().add(add));
      }
      next = 0;
    }
  }

  /**
   * Shared by two threads: a pool without policies at the start of each iteration; each thread adds its own
   * statement to every version in the same order, so the two contend on one version at a time.
   */
  @State(Scope.Benchmark)
  public static class SharedFreshVersions {
    Pool pool;

    @Setup(Level.Trial)
    public void publish() {
      pool = new Pool("shared");
    }

    @Setup(Level.Iteration)
    public void forget() {
      pool.forgetPolicies();
    }
  }

  /** Per thread, for {@link SharedFreshVersions}: its add command for each version. */
  @State(Scope.Thread)
  public static class MySharedAdds {
    AddLayerVersionPermissionCommand[] adds;
    int next;

    @Setup(Level.Trial)
    public void name() {
      String sid = "t" + Thread.currentThread().getId();
      adds = new AddLayerVersionPermissionCommand[BATCH];
      for (int i = 0; i < BATCH; i++) {
        adds[i] = add("shared", i + 1, sid);
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

  /** AddLayerVersionPermission alone, each call the first statement of a version's policy. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public AddLayerVersionPermissionResult addToFreshPolicy(FreshVersions fresh) {
    return succeeded(fresh.pool.grants.layerVersionPermissions().add(fresh.adds[fresh.next++]));
  }

  /** RemoveLayerVersionPermission alone, each call removing the one statement of a version's policy. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public RemoveLayerVersionPermissionResult removeFromSmallPolicy(SmallPolicies small) {
    return succeeded(small.pool.grants.layerVersionPermissions().remove(small.removes[small.next++]));
  }

  /** AddLayerVersionPermission alone from two threads, both adding to the same fresh version at a time. */
  @Benchmark
  @Threads(2)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 10, batchSize = BATCH)
  @Measurement(iterations = 10, batchSize = BATCH)
  public AddLayerVersionPermissionResult addToFreshPolicyTwoThreads(SharedFreshVersions shared, MySharedAdds mine) {
    return succeeded(shared.pool.grants.layerVersionPermissions().add(mine.adds[mine.next++]));
  }

  private static <R> R succeeded(Either<?, R> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("the benchmark's call was refused: " + outcome.getLeft());
    }
    return outcome.get();
  }
}
