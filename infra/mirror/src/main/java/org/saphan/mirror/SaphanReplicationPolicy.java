package org.saphan.mirror;

import org.apache.kafka.connect.mirror.DefaultReplicationPolicy;
import org.saphan.platform.topic.Topics;

/**
 * MirrorMaker 2's default replication policy, corrected for Saphan's topic names. Copies are named
 * as by default: the copy of {@code bcc.mm-tcl.alert.v1} from {@code th-cei} is
 * {@code th-cei.bcc.mm-tcl.alert.v1}.
 *
 * <p>Why a correction is needed: the default policy reads everything before a topic's first dot as
 * the cluster the topic was copied from. It reads a node's own topic {@code bcc.mm-tcl.alert.v1}
 * as a copy of {@code mm-tcl.alert.v1} from a cluster named {@code bcc}, and that, in turn, as a
 * topic from {@code mm-tcl}. MirrorMaker 2 never copies a topic back to the cluster it came from,
 * so it silently refused to copy anything addressed to a single node (only {@code bcc.all.*}
 * flowed). Here a name starting with {@code bcc.} is what it is: a node's own topic, copied from
 * nowhere.
 *
 * <p>MirrorMaker 2 loads this class by name ({@code replication.policy.class}); a production MM2
 * process needs this module's jar on its class path. {@link Topics#PREFIX} is a compile-time
 * constant, so the platform jar is not needed there.
 */
public class SaphanReplicationPolicy extends DefaultReplicationPolicy {

  private static final String NODES_OWN_TOPIC_PREFIX = Topics.PREFIX + ".";

  /** {@code null} (not a copy) for a node's own {@code bcc.*} topic; otherwise as by default. */
  @Override
  public String topicSource(String topic) {
    if (topic == null || topic.startsWith(NODES_OWN_TOPIC_PREFIX)) {
      return null;
    }
    return super.topicSource(topic);
  }
}
