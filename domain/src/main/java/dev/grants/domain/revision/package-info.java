/**
 * Optimistic concurrency on resource policies: every mutation yields a new
 * {@link dev.grants.domain.revision.RevisionId}, and a caller's
 * {@link dev.grants.domain.revision.ExpectedRevision}, when given, must equal the current one.
 */
package dev.grants.domain.revision;
