package org.saphan.platform.chain;

import java.util.List;

/** The outcome of checking checkpoints and cosignatures: every finding, and each checkpoint's summary. */
public record CheckpointReport(List<ChainFinding> findings, List<CheckpointSummary> checkpoints) {

  public CheckpointReport {
    findings = List.copyOf(findings);
    checkpoints = List.copyOf(checkpoints);
  }

  public boolean clean() {
    return findings.isEmpty();
  }
}
