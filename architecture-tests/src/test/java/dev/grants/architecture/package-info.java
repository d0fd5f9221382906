/**
 * ArchUnit rules over every module: {@link dev.grants.architecture.GrantsRules} holds them, the {@code *Test}
 * classes run them on the real code and {@link dev.grants.architecture.RulesCatchViolationsTest} proves they
 * catch deliberately wrong classes (kept under {@code dev.grants.*.wrong_example}, test sources only).
 */
package dev.grants.architecture;
