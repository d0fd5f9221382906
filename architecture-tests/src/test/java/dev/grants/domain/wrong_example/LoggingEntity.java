package dev.grants.domain.wrong_example;

import java.util.logging.Logger;

/** Wrong: logs through java.util.logging. */
public final class LoggingEntity {
  private static final Logger LOG = Logger.getLogger(LoggingEntity.class.getName());

  public void report(String text) {
    LOG.info(text);
  }
}
