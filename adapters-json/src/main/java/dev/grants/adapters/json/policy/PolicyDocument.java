package dev.grants.adapters.json.policy;

import dev.grants.domain.Nullable;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.RevisionId;
import java.util.List;

/**
 * An IAM policy document as {@link PolicyDocumentReader} read it: its {@code Version} and {@code Id}, when
 * given, and its statements in order.
 *
 * <pre>{@code
 * PolicyDocument document = PolicyDocumentReader.read(json).get();
 * ResourcePolicy policy = document.toResourcePolicy(resourceArn, revision);
 * }</pre>
 *
 * @param version the {@code Version}, {@code null} when absent
 * @param id the {@code Id}, {@code null} when absent
 * @param statements the statements, in document order
 */
public record PolicyDocument(@Nullable String version, @Nullable String id, List<Statement> statements) {

  /** Copies the statements. */
  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  /** The document of {@code policy}: version {@code 2012-10-17}, id {@code default}. */
  public static PolicyDocument of(ResourcePolicy policy) {
    return new PolicyDocument(ResourcePolicy.VERSION, ResourcePolicy.ID, policy.statements());
  }

  /**
   * These statements as the policy of {@code resource} at {@code revision}.
   *
   * @throws IllegalArgumentException if two statements share an id
   */
  public ResourcePolicy toResourcePolicy(Arn resource, RevisionId revision) {
    return ResourcePolicy.restore(resource, statements, revision);
  }
}
