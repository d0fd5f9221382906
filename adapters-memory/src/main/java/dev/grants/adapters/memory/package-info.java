/**
 * The embedded default: thread-safe in-memory outbound adapters and {@link dev.grants.adapters.memory.InMemoryGrants},
 * which wires them in one call.
 */
package dev.grants.adapters.memory;
