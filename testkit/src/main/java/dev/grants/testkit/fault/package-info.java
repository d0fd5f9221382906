/**
 * Fault injection for every outbound port ({@link dev.grants.testkit.fault.FaultPlan},
 * {@link dev.grants.testkit.fault.Fault}, {@link dev.grants.testkit.fault.OutboundCall},
 * {@link dev.grants.testkit.fault.InjectedFault}, over the {@link dev.grants.testkit.fault.OutboundStores}) and the
 * {@link dev.grants.testkit.fault.FaultToleranceBehaviour} suite that runs every inbound operation under every fault.
 */
package dev.grants.testkit.fault;
