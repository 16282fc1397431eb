package org.saphan.repatriation.scenario;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A logback appender keeping every line the applications log, with its exceptions' messages and
 * causes, in memory for the scenarios to search (configured in {@code logback-capture.xml}; it
 * survives Spring Boot re-initialising logging when a node restarts, because each initialisation
 * creates a new instance writing to the same lines).
 */
public final class CapturedLogLines extends AppenderBase<ILoggingEvent> {

  private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

  @Override
  protected void append(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage());
    event.getMDCPropertyMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    LINES.add(line.toString());
  }

  /** Every line captured so far. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }
}
