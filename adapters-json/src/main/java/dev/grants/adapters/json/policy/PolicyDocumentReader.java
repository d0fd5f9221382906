package dev.grants.adapters.json.policy;

import dev.grants.domain.principal.Principal;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads IAM policy documents: {@code Statement} as an array or a single object; {@code Principal} as
 * {@code "*"} or an object whose values are a string or an array of strings; {@code Action} and
 * {@code Resource} as a string or an array; {@code Condition} blocks of operators, keys and values (strings,
 * numbers or booleans, alone or in arrays, kept as their text). Principals become the domain's forms:
 * {@code *} (also {@code {"AWS":"*"}}), an account (12 digits, read in the {@code aws} partition, or a root
 * ARN), a role ARN, or a {@link Principal.Named} for anything else.
 *
 * <pre>{@code
 * Either<InvalidPolicyDocument, PolicyDocument> read = PolicyDocumentReader.read(
 *     "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":\"*\","
 *         + "\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"*\"}]}");
 * }</pre>
 *
 * <p>Refused, each with a reason naming the statement: text that is not JSON, a member of the wrong type, a
 * statement without {@code Sid} (Grants keys statements by id), {@code NotPrincipal}, {@code NotAction} and
 * {@code NotResource} (Grants' policies never use them), and values outside printable ASCII, quote and
 * backslash (the policies Grants keeps are restricted to them, which is what lets it know their exact size).
 *
 * <p>Documents as policies are usually written (no escape sequences, no numbers, only the members above) are
 * read in one pass straight into the domain; any other text, and every refusal, goes through a general
 * reader that builds a Jackson tree first. Both give the same answer for every text. Stateless and
 * thread-safe.
 */
public final class PolicyDocumentReader {
  private PolicyDocumentReader() {}

  /** The document {@code json}, or why it cannot be read. */
  public static Either<InvalidPolicyDocument, PolicyDocument> read(String json) {
    Option<PolicyDocument> plain = PolicyDocumentScanner.read(json);
    return plain.isDefined() ? Either.right(plain.get()) : PolicyDocumentTreeReader.read(json);
  }
}
