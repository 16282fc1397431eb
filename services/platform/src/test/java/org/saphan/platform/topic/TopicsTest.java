package org.saphan.platform.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;

class TopicsTest {

  private static final NodeId MM_TCL = NodeId.of("mm-tcl");

  @Test
  void outboundTopicsAreNamedByAudienceStreamAndMajor() {
    assertThat(Topics.outbound(Stream.REPATRIATION, Audience.node(MM_TCL))).isEqualTo("bcc.mm-tcl.repatriation.v1");
    assertThat(Topics.outbound(Stream.ALERT, Audience.ALL)).isEqualTo("bcc.all.alert.v1");
  }

  @Test
  void aStreamPatternMatchesOwnAndMirroredTopicsButNotDeadLettersOrOtherStreams() {
    Pattern alerts = Topics.streamPattern(Stream.ALERT);

    assertThat(alerts.matcher("bcc.mm-tcl.alert.v1").matches()).isTrue();
    assertThat(alerts.matcher("th-cei.bcc.mm-tcl.alert.v1").matches()).isTrue();
    assertThat(alerts.matcher("la-hxy.bcc.all.alert.v1").matches()).isTrue();
    assertThat(alerts.matcher("bcc.mm-tcl.alert.v1-dlt").matches()).isFalse();
    assertThat(alerts.matcher("th-cei.bcc.mm-tcl.alert.v1-dlt").matches()).isFalse();
    assertThat(alerts.matcher("bcc.mm-tcl.meeting.v1").matches()).isFalse();
    assertThat(alerts.matcher("bcc.mm-tcl.alert.v2").matches()).isFalse();
  }

  @Test
  void theFlowIntoANodeCarriesOnlyWhatIsAddressedToItOrToAll() {
    Pattern intoTachileik = Pattern.compile(Topics.replicationFilter(MM_TCL));

    assertThat(intoTachileik.matcher("bcc.mm-tcl.repatriation.v1").matches()).isTrue();
    assertThat(intoTachileik.matcher("bcc.all.schema.v1").matches()).isTrue();
    assertThat(intoTachileik.matcher("bcc.la-hxy.repatriation.v1").matches()).isFalse();
    assertThat(intoTachileik.matcher("bcc.mm-tclx.alert.v1").matches()).isFalse();
    assertThat(intoTachileik.matcher("bcc.mm-tcl.alert.v1-dlt").matches()).isFalse();
    assertThat(intoTachileik.matcher("th-cei.bcc.mm-tcl.alert.v1").matches()).as("copies are never re-mirrored").isFalse();
  }

  @Test
  void aTopicNameParsesIntoOriginAudienceAndStream() {
    Topics.TopicName mirrored = Topics.parse("th-cei.bcc.mm-tcl.alert.v1").orElseThrow();
    assertThat(mirrored.mirroredFrom()).contains(NodeId.of("th-cei"));
    assertThat(mirrored.audience()).isEqualTo(Audience.node(MM_TCL));
    assertThat(mirrored.stream()).isEqualTo(Stream.ALERT);

    Topics.TopicName own = Topics.parse("bcc.all.schema.v1").orElseThrow();
    assertThat(own.mirroredFrom()).isEmpty();
    assertThat(own.audience()).isEqualTo(Audience.ALL);

    assertThat(Topics.parse("bcc.mm-tcl.alert.v1-dlt")).isEqualTo(Optional.empty());
    assertThat(Topics.parse("mm2-offset-syncs.mm-tcl.internal")).isEmpty();
  }

  @Test
  void aNodeWritesEachStreamToEachPeerAndToAllAndALocalStreamOnlyToItself() {
    var topics = Topics.outboundTopicsOf(NodeId.of("th-cei"), NodeRegistry.defaults());

    long local = java.util.Arrays.stream(Stream.values()).filter(Stream::isLocal).count();
    assertThat(local).isEqualTo(1);
    assertThat(topics).hasSize((int) ((Stream.values().length - local) * 3 + local))
        .contains("bcc.mm-tcl.alert.v1", "bcc.la-hxy.alert.v1", "bcc.all.alert.v1", "bcc.all.schema.v1", "bcc.th-cei.audit.v1")
        .doesNotContain("bcc.th-cei.alert.v1", "bcc.all.audit.v1", "bcc.mm-tcl.audit.v1");
  }
}
