package dev.grants.benchmarks;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
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
 * The inbound ports on the in-memory default: AddLayerVersionPermission on fresh small policies (add then remove,
 * so the policy stays small), GetLayerVersionPolicy of a 20 KB policy, and both on one layer version from two
 * threads at once.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class LayerPermissionsBenchmark {
  static final CallContext OWNER = CallContext.of("123456789012", "us-east-2");

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
      for (String layer : new String[] {"small", "large"}) {
        grants.layerVersions().publish(PublishLayerVersionCommand.builder().context(OWNER).layerName(layer)
            .content(LayerArchiveInput.ofZipFile(new byte[] {1, 2, 3})).build()).get();
      }
      for (int i = 0; i < 100; i++) {
        grants.layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder().context(OWNER)
            .layerName("large").versionNumber(1).statementId("s" + i).action("lambda:GetLayerVersion")
            .principal(String.format("2234567%05d", i)).build()).get();
      }
      add = AddLayerVersionPermissionCommand.builder().context(OWNER).layerName("small").versionNumber(1)
          .statementId("bench").action("lambda:GetLayerVersion").principal("223456789012").build();
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
}
