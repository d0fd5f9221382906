package dev.grants.adapters.json.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.policy.ResourcePolicy;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The reader's fast path ({@link PolicyDocumentScanner}) and its general path ({@link PolicyDocumentTreeReader})
 * give the same answer for every text: the same document, or the same refusal and reason. Documents are
 * generated in every form the reader knows (and some it refuses), written with random layout and escapes, and
 * then often broken on purpose.
 */
class PolicyDocumentReaderProperties {
  private final PolicyDocumentWriterProperties policies = new PolicyDocumentWriterProperties();

  @Property(tries = 3000)
  void the_fast_path_never_answers_differently_from_the_general_reader(@ForAll long seed) {
    String json = new Documents(new Random(seed)).document();

    Either<InvalidPolicyDocument, PolicyDocument> general = PolicyDocumentTreeReader.read(json);
    assertThat(PolicyDocumentReader.read(json)).as(json).isEqualTo(general);
    Statistics.label("outcome").collect(PolicyDocumentScanner.read(json).isDefined() ? "read by the fast path"
        : general.isRight() ? "read by the general path" : "refused");
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("read by the fast path").percentage(p -> p > 30);
      coverage.check("read by the general path").percentage(p -> p > 5);
      coverage.check("refused").percentage(p -> p > 10);
    });
  }

  @Property(tries = 300)
  void every_policy_grants_writes_is_read_by_the_fast_path_in_any_layout(
      @ForAll("policies") ResourcePolicy policy, @ForAll long seed) {
    String compact = PolicyDocumentWriter.write(policy);
    String indented = Documents.reformat(compact, new Random(seed));

    for (String json : List.of(compact, indented)) {
      Option<PolicyDocument> fast = PolicyDocumentScanner.read(json);
      assertThat(fast.isDefined()).as(json).isTrue();
      assertThat(fast.get().statements()).isEqualTo(policy.statements());
      assertThat(Either.<InvalidPolicyDocument, PolicyDocument>right(fast.get()))
          .isEqualTo(PolicyDocumentTreeReader.read(json));
    }
  }

  @Provide
  Arbitrary<ResourcePolicy> policies() {
    return policies.policies();
  }

  /** Random documents as text: JSON values built here, written with random layout, often broken after. */
  static final class Documents {
    private static final String[] PARTITIONS = {"aws", "aws-cn", "aws-us-gov", "aws-iso", "Aws", "a:b", ""};
    private static final String[] ODD = {"\"", "\\", "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "\u0001",
        "\u007f", "\u00e9", "\u4e2d", "\ud800", "*", "0", "a", "-", "null", "true", "1e3"};
    private final Random random;
    // Half the documents have no planned fault, so that many are read by the fast path; the others have
    // faults (a wrong value, type or member, a duplicate, a broken text) at a rate of their own, so that many
    // have just one and it decides the answer.
    private final double faultRate;

    Documents(Random random) {
      this.random = random;
      this.faultRate = random.nextBoolean() ? 0 : Math.pow(random.nextDouble(), 2);
    }

    String document() {
      Object document = root();
      StringBuilder text = new StringBuilder();
      write(document, text, chance(0.3), fault(0.3));
      String json = text.toString();
      if (fault(0.5)) {
        json = breakIt(json);
      }
      return json;
    }

    /** The same document, its whitespace changed: any amount of the four JSON whitespace characters. */
    static String reformat(String compact, Random random) {
      StringBuilder out = new StringBuilder();
      boolean inString = false;
      for (int i = 0; i < compact.length(); i++) {
        char c = compact.charAt(i);
        if (!inString && random.nextInt(3) == 0) {
          out.append(new String[] {" ", "\n  ", "\t", "\r\n"}[random.nextInt(4)]);
        }
        out.append(c);
        if (c == '"') {
          inString = !inString;
        }
      }
      return out.toString();
    }

    private Object root() {
      Members root = new Members();
      if (chance(0.8)) {
        root.add("Version", fault(0.1) ? pick(5, "2012-10-17\u0001", "a\tb") : pick("2012-10-17", "2008-10-17", "v\u00e9", ""));
      }
      if (chance(0.5)) {
        root.add("Id", fault(0.1) ? pick(List.of(), "\n") : pick("default", "my-policy", ""));
      }
      if (!fault(0.05)) {
        int count = random.nextInt(5);
        List<Object> statements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          statements.add(statement(i));
        }
        root.add("Statement", count == 1 && chance(0.3) ? statements.get(0) : fault(0.03) ? "x" : statements);
      }
      if (fault(0.03)) {
        root.add(pick("Foo", "version"), "x");
      }
      if (chance(0.2)) {
        Collections.shuffle(root.members, random);
      }
      return fault(0.03) ? pick(List.of(), "{}", 3) : root;
    }

    private Object statement(int index) {
      Members statement = new Members();
      if (!fault(0.03)) {
        statement.add("Sid", fault(0.03) ? 7 : index > 0 && duplicate(0.1) ? "s0" : fault(0.1) ? pick("bad sid", "")
            : pick("s" + index, "S_-9" + index));
      }
      if (!fault(0.03)) {
        statement.add("Effect", fault(0.05) ? "allow" : pick("Allow", "Allow", "Deny"));
      }
      if (!fault(0.03)) {
        statement.add("Principal", principal());
      }
      if (!fault(0.03)) {
        statement.add("Action", stringOrArray(() -> fault(0.05) ? pick("lambda:", "bad")
            : pick("lambda:GetLayerVersion", "lambda:GetLayerVersion", "lambda:List*", "s3:Get?", "*")));
      }
      if (!fault(0.03)) {
        statement.add("Resource", stringOrArray(() -> fault(0.05) ? pick("caf\u00e9", "a\tb", "")
            : pick("arn:aws:lambda:us-east-2:123456789012:layer:l:1", "arn:aws:lambda:us-east-2:123456789012:layer:l:1",
                "*", "arn:aws:lambda:us-east-2:123456789012:layer:l:2")));
      }
      if (chance(0.4)) {
        statement.add("Condition", condition());
      }
      if (fault(0.03)) {
        statement.add(pick("NotPrincipal", "NotAction", "NotResource", "Other"), "*");
      }
      if (chance(0.2)) {
        Collections.shuffle(statement.members, random);
      }
      return fault(0.02) ? "statement" : statement;
    }

    private Object principal() {
      if (chance(0.3)) {
        return fault(0.1) ? pick("someone", "") : "*";
      }
      if (fault(0.03)) {
        return new Members();
      }
      Members principal = new Members();
      List<String> types = new ArrayList<>(List.of("AWS", "Service", "Federated", "CanonicalUser"));
      Collections.shuffle(types, random);
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        String type = fault(0.05) ? "Bad1" : i > 0 && duplicate(0.2) ? types.get(0) : types.get(i);
        principal.add(type, stringOrArray(() -> principalValue(type)));
      }
      return principal;
    }

    private String principalValue(String type) {
      String account = fault(0.1) ? pick("12345678901", "1234567890123", "12345678901x")
          : String.format("%012d", (long) random.nextInt(1_000_000) * 999_983L);
      if (!type.equals("AWS")) {
        return fault(0.1) ? pick("*", "") : pick("lambda.amazonaws.com", "x.amazonaws.com");
      }
      if (fault(0.2)) {
        return pick("*", "arn:aws:iam:" + pick("\u0001", "\n") + ":" + account + ":root",
            "arn:" + pick(PARTITIONS) + ":iam::" + account + ":root");
      }
      return switch (random.nextInt(6)) {
        case 0 -> account;
        case 1, 2 -> "arn:" + pick("aws", "aws", "aws-cn", "aws-us-gov", "aws-iso") + ":iam::" + account + ":root";
        case 3 -> "arn:aws:iam:" + pick("us-east-1", "") + ":" + account + ":" + pick("root", "role/x", "user/y");
        case 4 -> "arn:aws:iam::" + account + ":" + pick("role/reader", "role/path/writer", "user/alice");
        default -> pick("arn:aws:iam::" + account, "arn:aws:iam::" + account + ":root:x", "ARN:aws:iam::1:root");
      };
    }

    private Object condition() {
      if (chance(0.05)) {
        return fault(0.5) ? pick("x", List.of()) : new Members();
      }
      Members operators = new Members();
      List<String> operatorNames = new ArrayList<>(List.of("StringEquals", "StringNotEquals", "Bool"));
      Collections.shuffle(operatorNames, random);
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        Members keys = new Members();
        List<String> keyNames = new ArrayList<>(List.of("aws:PrincipalOrgID", "signer:ProfileVersion", "aws:SourceAccount"));
        Collections.shuffle(keyNames, random);
        int keyCount = chance(0.05) ? 0 : 1 + random.nextInt(2);
        for (int k = 0; k < keyCount; k++) {
          keys.add(k > 0 && duplicate(0.3) ? keyNames.get(0) : fault(0.05) ? pick("k\u00e9", "") : keyNames.get(k),
              chance(0.1) ? pick(10, true, 1.5, -0.0, 12345678901234567890.0)
                  : fault(0.1) ? pick(new Object[0], List.of(), List.of(List.of()))
                  : stringOrArray(() -> fault(0.05) ? pick("caf\u00e9", "") : pick("o-a1b2c3d4e5", "o-a1b2c3d4e5", "x")));
        }
        operators.add(i > 0 && duplicate(0.3) ? operatorNames.get(0) : fault(0.05) ? "" : operatorNames.get(i),
            fault(0.03) ? 3 : keys);
      }
      return operators;
    }

    private Object stringOrArray(java.util.function.Supplier<String> value) {
      if (chance(0.7)) {
        return value.get();
      }
      int count = fault(0.05) ? 0 : 1 + random.nextInt(3);
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        values.add(fault(0.03) ? 4 : value.get());
      }
      return values;
    }

    /** Writes {@code value}: maybe with whitespace between tokens, maybe with some characters escaped. */
    private void write(Object value, StringBuilder out, boolean spaced, boolean escaping) {
      space(out, spaced);
      if (value instanceof Members members) {
        out.append('{');
        for (int i = 0; i < members.members.size(); i++) {
          Object[] member = members.members.get(i);
          if (i > 0) {
            out.append(',');
          }
          write(member[0], out, spaced, escaping);
          space(out, spaced);
          out.append(':');
          write(member[1], out, spaced, escaping);
          if (duplicate(0.01)) {
            out.append(',');
            write(member[0], out, spaced, escaping); // a duplicate member
            out.append(':');
            write(member[1], out, spaced, escaping);
          }
        }
        space(out, spaced);
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out, spaced, escaping);
        }
        space(out, spaced);
        out.append(']');
      } else if (value instanceof Object[]) {
        out.append("null");
      } else if (value instanceof String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
          if (c == '"' || c == '\\' || c < 0x20 && !fault(0.5) || escaping && chance(0.05)) {
            out.append(c == '/' && chance(0.5) ? "\\/" : String.format("\\u%04x", (int) c));
          } else {
            out.append(c); // a control character left raw is not JSON: the readers must agree on that too
          }
        }
        out.append('"');
      } else {
        out.append(value);
      }
      space(out, spaced);
    }

    private void space(StringBuilder out, boolean spaced) {
      if (spaced && chance(0.3)) {
        out.append(pick(" ", "\n    ", "\t", "\r\n"));
      }
    }

    /** A random edit that mostly makes the text something other than a policy, or other than JSON. */
    private String breakIt(String json) {
      int at = json.isEmpty() ? 0 : random.nextInt(json.length());
      return switch (random.nextInt(5)) {
        case 0 -> json.substring(0, at) + pick(ODD) + json.substring(at);
        case 1 -> json.isEmpty() ? json : json.substring(0, at) + json.substring(at + 1);
        case 2 -> json.isEmpty() ? json : json.substring(0, at) + pick(ODD) + json.substring(at + 1);
        case 3 -> json.substring(0, at);
        default -> json + pick(" ", "\n", "x", "{}", ",", "]");
      };
    }

    private boolean chance(double probability) {
      return random.nextDouble() < probability;
    }

    /**
     * A duplicate (JSON or a Sid) in a faulty document, whatever its rate: alone, it decides the answer, and
     * the fast path has to notice it.
     */
    private boolean duplicate(double probability) {
      return faultRate > 0 && chance(probability);
    }

    /** A planned fault, at this document's rate. */
    private boolean fault(double probability) {
      return chance(probability * faultRate);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }

  /** A JSON object's members in order; duplicates allowed, so that they can be written. */
  static final class Members {
    final List<Object[]> members = new ArrayList<>();

    void add(String name, Object value) {
      members.add(new Object[] {name, value});
    }
  }
}
