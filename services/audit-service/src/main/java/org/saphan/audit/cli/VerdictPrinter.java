package org.saphan.audit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.CheckpointSummary;
import org.saphan.platform.chain.LaneSummary;

/** Prints a verification the same way for an export and a live node: lanes, checkpoints, findings, verdict; returns the exit code. */
final class VerdictPrinter {

  private VerdictPrinter() {}

  static int print(PrintWriter out, List<LaneSummary> lanes, List<CheckpointSummary> checkpoints, List<ChainFinding> findings) {
    for (LaneSummary lane : lanes) {
      out.printf("  lane %-16s #%d..#%d  %d records  head %s%n", lane.lane(), lane.first(), lane.last(), lane.count(), lane.headLinkHex());
    }
    for (CheckpointSummary checkpoint : checkpoints) {
      out.printf("  checkpoint %-16s #%d  %s by key %s%s  cosigned by %s%s%n", checkpoint.lane(), checkpoint.sequence(),
          checkpoint.signed() ? "signed" : "NOT VALIDLY SIGNED", checkpoint.keyId(),
          checkpoint.onChain() == null ? " (beyond the records)" : checkpoint.onChain() ? ", on the chain" : ", NOT ON THE CHAIN",
          checkpoint.cosigners().isEmpty() ? "nobody yet" : String.join(", ", checkpoint.cosigners()),
          checkpoint.awaiting().isEmpty() ? "" : "; not (yet) by " + String.join(", ", checkpoint.awaiting()));
    }
    for (ChainFinding finding : findings) {
      out.println("  " + finding);
    }
    if (findings.isEmpty()) {
      out.println("VERDICT: INTACT: every lane is an unbroken hash chain; no gap, change, break or conflict"
          + (checkpoints.isEmpty() ? "" : "; every checkpoint and cosignature validly signed and on the chain"));
      return AuditCli.VERIFIED;
    }
    out.printf("VERDICT: TAMPERED: %d finding(s) above, each with its lane, sequence, expected and found hash, and where%n", findings.size());
    return AuditCli.FINDINGS;
  }
}
