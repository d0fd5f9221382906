/**
 * Deliberately wrong domain classes and clean controls for {@link dev.grants.architecture.RulesCatchViolationsTest}
 * (test sources only, never imported by the real rules): each breaks one rule of
 * {@link dev.grants.architecture.GrantsRules}, or must pass it.
 */
package dev.grants.domain.wrong_example;
