/**
 * The application services, one per family and concern, built from the outbound ports only and wired by
 * the one public entry point, {@link dev.grants.ports.service.Grants}.
 */
package dev.grants.ports.service;
