package org.saphan.platform.chain;

import java.util.List;

/** The outcome of one verification: every finding, in lane and sequence order, and each lane's summary. */
public record ChainReport(List<ChainFinding> findings, List<LaneSummary> lanes) {

  public ChainReport {
    findings = List.copyOf(findings);
    lanes = List.copyOf(lanes);
  }

  public boolean clean() {
    return findings.isEmpty();
  }

  public List<ChainFinding> findings(ChainFinding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
