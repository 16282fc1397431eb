package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** A filter that hides log lines must hide exactly what it claims to, nothing more. */
class KnownMirrorMakerNoiseFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger herder = context.getLogger(KnownMirrorMakerNoiseFilter.MIRROR_HERDER);
  private final Logger sourceConnector = context.getLogger(KnownMirrorMakerNoiseFilter.MIRROR_SOURCE_CONNECTOR);
  private final KnownMirrorMakerNoiseFilter filter = new KnownMirrorMakerNoiseFilter();

  @Test
  void dropsOnlyTheRefusalOfTheCheckpointConnectorBecauseCheckpointsAreOff() {
    RuntimeException refusal = new RuntimeException("Connector configuration is invalid and contains the following 2 error(s):\n"
        + "MirrorCheckpointConnector can't run without offset syncs\n" + KnownMirrorMakerNoiseFilter.CHECKPOINTS_REFUSAL);
    String format = "Failed to configure {} connector for {}";

    assertThat(decide(herder, Level.ERROR, format, "MirrorCheckpointConnector", "th-cei->mm-tcl", refusal)).isEqualTo(FilterReply.DENY);

    RuntimeException otherProblem = new RuntimeException("Connector configuration is invalid: topics: bad regex");
    assertThat(decide(herder, Level.ERROR, format, "MirrorCheckpointConnector", "th-cei->mm-tcl", otherProblem)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(herder, Level.ERROR, format, "MirrorSourceConnector", "th-cei->mm-tcl", refusal)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(sourceConnector, Level.ERROR, format, "MirrorCheckpointConnector", "th-cei->mm-tcl", refusal)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void dropsTheConfigSyncWarningOnlyWhenItCarriesNoException() {
    String format = "Could not alter configuration of topic {}.";

    assertThat(decide(sourceConnector, Level.WARN, format, "th-cei.bcc.mm-tcl.alert.v1", null)).isEqualTo(FilterReply.DENY);
    assertThat(decide(sourceConnector, Level.WARN, format, "th-cei.bcc.mm-tcl.alert.v1", new IllegalStateException("denied")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(sourceConnector, Level.WARN, "Could not sync ACL of topic {}.", "th-cei.bcc.mm-tcl.alert.v1", null))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(Logger logger, Level level, String format, Object... params) {
    // SLF4J passes a trailing exception as the last parameter.
    return filter.decide(null, logger, level, format, params, null);
  }
}
