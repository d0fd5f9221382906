/**
 * Deliberately wrong classes and clean controls for {@link dev.grants.architecture.RulesCatchViolationsTest}
 * (test sources only, never imported by the real rules).
 */
package dev.grants.adapters.postgres.wrong_example;
