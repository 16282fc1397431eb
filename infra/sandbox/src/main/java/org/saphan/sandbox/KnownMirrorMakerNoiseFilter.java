package org.saphan.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops two misleading MirrorMaker 2 (Kafka 4.2.0) log lines, and nothing else:
 *
 * <ul>
 *   <li>In dedicated mode MirrorMaker 2 creates three connectors per flow, whatever the
 *       configuration. Saphan switches checkpoints off ({@code emit.checkpoints.enabled=false}), so
 *       Kafka refuses the checkpoint connector, which is what we want; MirrorMaker 2 logs that
 *       refusal as an ERROR with a stack trace, once per flow and start. Any other failure to
 *       configure a connector is still logged.
 *   <li>After creating a mirrored topic, MirrorMaker 2 copies the source topic's settings to it and
 *       logs "Could not alter configuration of topic ..." as a WARN even when that worked (Kafka bug
 *       KAFKA-20017, fixed after 4.2.0). Only the line without an exception, i.e. the success, is
 *       dropped; a real failure carries its exception and is still logged.
 * </ul>
 *
 * Installed by {@code logback.xml} as {@code <turboFilter class="..."/>}.
 */
public class KnownMirrorMakerNoiseFilter extends TurboFilter {

  static final String MIRROR_HERDER = "org.apache.kafka.connect.mirror.MirrorHerder";
  static final String MIRROR_SOURCE_CONNECTOR = "org.apache.kafka.connect.mirror.MirrorSourceConnector";
  static final String CHECKPOINTS_REFUSAL = "MirrorCheckpointConnector can't run with emit.checkpoints.enabled set to false";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null || params == null || params.length == 0) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    return isCheckpointConnectorRefusal(logger, level, format, params, thrown) || isSuccessfulConfigSync(logger, level, format, thrown)
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }

  private static boolean isCheckpointConnectorRefusal(Logger logger, Level level, String format, Object[] params, Throwable thrown) {
    return level == Level.ERROR
        && MIRROR_HERDER.equals(logger.getName())
        && format.startsWith("Failed to configure {} connector")
        && "MirrorCheckpointConnector".equals(params[0])
        && thrown != null && thrown.getMessage() != null && thrown.getMessage().contains(CHECKPOINTS_REFUSAL);
  }

  private static boolean isSuccessfulConfigSync(Logger logger, Level level, String format, Throwable thrown) {
    return level == Level.WARN
        && MIRROR_SOURCE_CONNECTOR.equals(logger.getName())
        && format.startsWith("Could not alter configuration of topic")
        && thrown == null;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params[params.length - 1] instanceof Throwable throwable ? throwable : null;
  }
}
