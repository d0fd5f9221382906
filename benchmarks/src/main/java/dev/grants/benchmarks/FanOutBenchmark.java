package dev.grants.benchmarks;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.InMemoryProvisioningGateway;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.ports.service.Grants;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * ProvisionPermissionSet with target ALL_PROVISIONED_ACCOUNTS to 1,000 and 10,000 accounts, with a gateway that
 * answers at once: the time of one whole fan-out, from request to SUCCEEDED.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {ForkedHeap.MIN, ForkedHeap.MAX, ForkedHeap.PRE_TOUCH, ForkedHeap.G1})
public class FanOutBenchmark {
  private static final CallContext OWNER = CallContext.of("123456789012", "us-east-1");

  @Param({"1000", "10000"})
  public int accounts;

  private Grants grants;
  private ProvisionPermissionSetCommand fanOut;

  @Setup(Level.Trial)
  public void provisionEverywhere() {
    grants = InMemoryGrants.builder()
        .provisioningGateway(InMemoryProvisioningGateway.answering(InMemoryProvisioningGateway.Outcome.succeed()))
        .build();
    Instance instance = grants.permissionSets().createInstance(CreateInstanceCommand.builder().context(OWNER).build()).get();
    PermissionSet set = grants.permissionSets().createPermissionSet(CreatePermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).name("Everywhere").build()).get();
    ProvisionPermissionSetCommand.Builder one = ProvisionPermissionSetCommand.builder().context(OWNER)
        .instanceArn(instance.arn().toString()).permissionSetArn(set.arn().toString()).targetType("AWS_ACCOUNT");
    for (int i = 0; i < accounts; i++) {
      grants.permissionSetProvisioning().provision(one.targetId(String.format("%012d", 100_000_000_000L + i)).build())
          .get();
    }
    fanOut = ProvisionPermissionSetCommand.builder().context(OWNER).instanceArn(instance.arn().toString())
        .permissionSetArn(set.arn().toString()).targetType("ALL_PROVISIONED_ACCOUNTS").build();
  }

  @Benchmark
  public ProvisioningRequest allProvisionedAccounts() {
    ProvisioningRequest done = grants.permissionSetProvisioning().provision(fanOut).get();
    if (done.status() != dev.grants.domain.provisioning.ProvisioningStatus.SUCCEEDED) {
      throw new IllegalStateException("the fan-out did not finish: " + done);
    }
    return done;
  }
}
