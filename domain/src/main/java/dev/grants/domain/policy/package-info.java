/**
 * Resource policies: {@link dev.grants.domain.policy.Statement}s in insertion order under a
 * {@link dev.grants.domain.revision.RevisionId}, their exact compact IAM JSON size, the mutations that keep
 * the contract's order of checks, and {@link dev.grants.domain.policy.ResourcePolicy#decide} (which statement,
 * if any, lets a caller perform an action).
 */
package dev.grants.domain.policy;
