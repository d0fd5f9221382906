package dev.grants.ports.out;

import dev.grants.domain.event.GrantsEvent;

/**
 * Told of every change after it was committed, in the order each resource's changes were committed. It is
 * called on the caller's thread; a listener that throws does not undo the change, and the services ignore
 * what it throws, so a listener must handle its own failures.
 *
 * <pre>{@code
 * GrantsEventListener audit = event -> auditLog.append(event.resource() + ": " + event);
 * }</pre>
 */
@FunctionalInterface
public interface GrantsEventListener {

  /** Ignores every event. */
  GrantsEventListener NONE = event -> {};

  /** Called once per committed change. */
  void on(GrantsEvent event);
}
