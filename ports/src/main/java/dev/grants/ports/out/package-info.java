/**
 * Outbound ports: what the core needs from the world, named by role. A consumer plugs its own persistence
 * behind {@link dev.grants.ports.out.ResourcePolicyRepository} and
 * {@link dev.grants.ports.out.LayerVersionRepository} and proves it with the testkit's contract suites.
 */
package dev.grants.ports.out;
