package dev.grants.benchmarks;

import dev.grants.adapters.json.policy.PolicyDocument;
import dev.grants.adapters.json.policy.PolicyDocumentReader;
import dev.grants.adapters.json.policy.PolicyDocumentWriter;
import dev.grants.domain.policy.ResourcePolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * The ratios of {@link PolicyDocumentBenchmark}, measured at the same time: each JMH group runs Grants and
 * {@code iam-policy-builder} together, one thread each, so that both see the same machine at the same moment. On
 * a machine whose speed drifts from one minute to the next, the separate benchmarks, run minutes apart, carry that
 * drift into their ratio; here it lands on both sides alike. Each side has a core of the two; a collection stops
 * both, so the side that allocates more (iam-policy-builder) also slows Grants: the ratio errs against Grants.
 * Allocation per operation is {@link PolicyDocumentBenchmark}'s to give (here {@code -prof gc} would mix the two).
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {ForkedHeap.MIN, ForkedHeap.MAX, ForkedHeap.PRE_TOUCH, ForkedHeap.G1})
public class PolicyDocumentSideBySide {
  @Param({"10", "100"})
  public int statements;

  private ResourcePolicy policy;
  private String json;
  private IamPolicy iamPolicy;

  @Setup
  public void prepare() {
    policy = PolicyDocuments.policy(statements);
    json = PolicyDocumentWriter.write(policy);
    iamPolicy = IamPolicy.fromJson(json);
  }

  @Benchmark
  @Group("read")
  @GroupThreads(1)
  public PolicyDocument readGrants() {
    return PolicyDocumentReader.read(json).get();
  }

  @Benchmark
  @Group("read")
  @GroupThreads(1)
  public IamPolicy readIamPolicyBuilder() {
    return IamPolicy.fromJson(json);
  }

  @Benchmark
  @Group("write")
  @GroupThreads(1)
  public String writeGrants() {
    return PolicyDocumentWriter.write(policy);
  }

  @Benchmark
  @Group("write")
  @GroupThreads(1)
  public String writeIamPolicyBuilder() {
    return iamPolicy.toJson();
  }
}
