package org.saphan.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saphan.platform.audit.ExportChains;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.LaneSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies a JSON Lines export offline and prints a verdict: intact, or each finding pinpointed. */
@Command(name = "verify", description = "Verify the hash chains of a JSON Lines export: exit 0 intact, 1 tampered.")
final class VerifyCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "The export (JSON Lines) to verify.")
  Path export;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ExportedEvent> events;
    try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
      events = ExportWriter.readJsonLines(in);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("cannot read " + export + " as a Saphan JSON Lines export: " + e.getMessage());
      return AuditCli.USAGE;
    }
    ExportChains.Verification verification = ExportChains.verify(events);
    out.printf("Saphan export %s: %d records: %d selected events, %d links of their lanes%s%n", export, events.size(),
        verification.selected(), verification.links(),
        verification.unchained().isEmpty() ? "" : ", " + verification.unchained().size() + " without chain headers (written before chains; not verifiable)");
    for (LaneSummary lane : verification.report().lanes()) {
      out.printf("  lane %-16s #%d..#%d  %d records  head %s%n", lane.lane(), lane.first(), lane.last(), lane.count(), lane.headLinkHex());
    }
    for (ChainFinding finding : verification.report().findings()) {
      out.println("  " + finding);
    }
    if (verification.intact()) {
      out.println("VERDICT: INTACT: every lane is an unbroken hash chain; no gap, change, break or conflict");
      return AuditCli.VERIFIED;
    }
    out.printf("VERDICT: TAMPERED: %d finding(s) above, each with its lane, sequence, expected and found hash, and line%n",
        verification.report().findings().size());
    return AuditCli.FINDINGS;
  }
}
