/**
 * The pure model and rules of Grants: principals, resource policies and their revisions, the protected
 * resources of each family, and the errors every refusal is reported with.
 *
 * <p>Nothing in this module reads a clock, draws a random number, performs I/O or logs: instants and ids
 * come in as arguments, so every rule is a deterministic function of its inputs.
 */
package dev.grants.domain;
