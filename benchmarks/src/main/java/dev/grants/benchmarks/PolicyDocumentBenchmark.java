package dev.grants.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grants.adapters.json.policy.PolicyDocument;
import dev.grants.adapters.json.policy.PolicyDocumentReader;
import dev.grants.adapters.json.policy.PolicyDocumentWriter;
import dev.grants.domain.policy.ResourcePolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Reading and writing IAM policy documents of about 2 KB (10 statements) and 20 KB (100 statements): Grants'
 * reader and writer against the AWS SDK's {@code iam-policy-builder} and a plain Jackson tree round trip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {ForkedHeap.MIN, ForkedHeap.MAX, ForkedHeap.PRE_TOUCH, ForkedHeap.G1})
public class PolicyDocumentBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Param({"10", "100"})
  public int statements;

  private ResourcePolicy policy;
  private String json;
  private IamPolicy iamPolicy;
  private JsonNode tree;

  @Setup
  public void prepare() throws Exception {
    policy = PolicyDocuments.policy(statements);
    json = PolicyDocumentWriter.write(policy);
    iamPolicy = IamPolicy.fromJson(json);
    tree = MAPPER.readTree(json);
  }

  @Benchmark
  public PolicyDocument readGrants() {
    return PolicyDocumentReader.read(json).get();
  }

  @Benchmark
  public IamPolicy readIamPolicyBuilder() {
    return IamPolicy.fromJson(json);
  }

  @Benchmark
  public JsonNode readJacksonTree() throws Exception {
    return MAPPER.readTree(json);
  }

  /** Like for like with {@link #writeIamPolicyBuilder()}: both return the document as a String. */
  @Benchmark
  public String writeGrants() {
    return PolicyDocumentWriter.write(policy);
  }

  /** The document as UTF-8 bytes, the form an HTTP body takes. */
  @Benchmark
  public byte[] writeGrantsBytes() {
    return PolicyDocumentWriter.writeBytes(policy);
  }

  @Benchmark
  public String writeIamPolicyBuilder() {
    return iamPolicy.toJson();
  }

  @Benchmark
  public byte[] writeJacksonTree() throws Exception {
    return MAPPER.writeValueAsBytes(tree);
  }
}
