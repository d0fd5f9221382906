package dev.grants.ports.service;

import dev.grants.domain.event.GrantsEvent;
import dev.grants.ports.out.GrantsEventListener;

/** Tells the listener of a committed change; what the listener throws does not make the change look refused. */
final class Announcer {
  private final GrantsEventListener events;

  Announcer(GrantsEventListener events) {
    this.events = events;
  }

  /** Whether anybody listens: when nobody does, the services do not build the events at all. */
  boolean listening() {
    return events != GrantsEventListener.NONE;
  }

  void announce(GrantsEvent event) {
    try {
      events.on(event);
    } catch (RuntimeException ignored) {
      // The change is committed; a failing listener must not make it look refused (GrantsEventListener).
    }
  }
}
