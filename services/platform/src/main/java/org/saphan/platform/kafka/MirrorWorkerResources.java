package org.saphan.platform.kafka;

import java.util.List;
import java.util.Objects;

/**
 * What the MirrorMaker 2 Connect worker of one flow keeps on the cluster it writes into: its
 * Connect group and its internal config, offset and status topics. MirrorMaker 2 names them; the
 * names come from {@code org.saphan.mirror.MirrorFlows#workerResourcesOnTarget}, passed in here
 * because the platform does not depend on MirrorMaker 2.
 *
 * @param groupId the Connect group the flow's worker joins, e.g. {@code mm-tcl-mm2}
 * @param internalTopics the worker's config, offset and status topics, e.g. {@code mm2-configs.mm-tcl.internal}
 */
public record MirrorWorkerResources(String groupId, List<String> internalTopics) {

  public MirrorWorkerResources {
    Objects.requireNonNull(groupId, "groupId");
    internalTopics = List.copyOf(internalTopics);
    if (groupId.isBlank() || internalTopics.isEmpty()) {
      throw new IllegalArgumentException("a MirrorMaker 2 worker needs a group and internal topics, got " + groupId + " " + internalTopics);
    }
  }
}
