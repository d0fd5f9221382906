package dev.grants.ports.service;

import java.util.ServiceLoader;

/**
 * The wiring a launcher uses when it is given none: found with {@link ServiceLoader}, so a launcher (such as
 * the local endpoint) needs no code dependency on the adapters that provide it. adapters-memory registers
 * the in-memory default.
 *
 * <pre>{@code
 * Grants grants = DefaultWiring.load().create();
 * }</pre>
 *
 * <p>Implementations are registered in {@code META-INF/services/dev.grants.ports.service.DefaultWiring} and
 * have a public no-argument constructor.
 */
public interface DefaultWiring {

  /** A new, independent wiring. */
  Grants create();

  /**
   * The first default wiring on the class path.
   *
   * @throws IllegalStateException if there is none
   */
  static DefaultWiring load() {
    return ServiceLoader.load(DefaultWiring.class).findFirst().orElseThrow(() -> new IllegalStateException(
        "No Grants default wiring on the class path: add dev.grants:grants-adapters-memory"));
  }
}
