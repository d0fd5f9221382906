/**
 * What consumers test with, in parts: {@link dev.grants.testkit.contract} (abstract contract suites for the
 * outbound ports, and the linearizability contract with its checker), {@link dev.grants.testkit.behaviour}
 * (behaviour suites for any wiring of the inbound ports), {@link dev.grants.testkit.fault} (fault injection for every
 * outbound port and the fault-tolerance suite) and {@link dev.grants.testkit.fake} (deterministic clock, ids and
 * provisioning gateway). This package holds what all of them share: {@link dev.grants.testkit.Fixtures} with the
 * seed documents' examples, and {@link dev.grants.testkit.Concurrently} for the concurrent cases.
 */
package dev.grants.testkit;
