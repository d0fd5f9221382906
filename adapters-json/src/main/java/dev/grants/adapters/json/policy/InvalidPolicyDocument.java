package dev.grants.adapters.json.policy;

import java.util.Objects;

/**
 * Why a text is not a policy document Grants can read.
 *
 * <pre>{@code
 * PolicyDocumentReader.read("{}").getLeft().reason(); // "Statement is missing"
 * }</pre>
 *
 * @param reason what is wrong, naming the statement and member
 */
public record InvalidPolicyDocument(String reason) {
  /** Checks the reason is present. */
  public InvalidPolicyDocument {
    Objects.requireNonNull(reason, "reason");
  }
}
