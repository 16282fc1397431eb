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
import java.time.Duration;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.CheckpointSummary;
import org.saphan.platform.config.Utf8Properties;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.topic.Stream;
import org.saphan.platform.chain.LaneSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Verifies a JSON Lines export offline and prints a verdict: intact, or each finding pinpointed.
 * The hash chains need nothing but the export; the checkpoints' and cosignatures' signatures need
 * the nodes' public keys, from a file the auditor obtained from the node registry
 * ({@code saphan.nodes.<id>.signing-keys} lines), never from the export itself.
 */
@Command(name = "verify", description = "Verify the hash chains, signed checkpoints and cosignatures of a JSON Lines export: "
    + "exit 0 intact, 1 tampered.")
final class VerifyCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "The export (JSON Lines) to verify.")
  Path export;

  @Option(names = "--keys", paramLabel = "FILE", description = "The nodes' public signing keys: a properties file with "
      + "saphan.nodes.<id>.signing-keys=<base64>,... lines (the node registry file will do). Required when the export holds checkpoints.")
  Path keys;

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
    KeyRing ring;
    try {
      ring = keys == null ? KeyRing.empty() : KeyRing.fromProperties(Utf8Properties.fromFile(keys));
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("cannot read the public keys in " + keys + ": " + e.getMessage());
      return AuditCli.USAGE;
    }
    boolean signed = events.stream().anyMatch(e -> Stream.CHECKPOINT.id().equals(e.stream()) && e.selected());
    if (signed && ring.isEmpty()) {
      spec.commandLine().getErr().println(export + " holds signed checkpoints: give the nodes' public keys with --keys <file> to check them");
      return AuditCli.USAGE;
    }
    ExportChains.Verification verification = ExportChains.verify(events, new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO),
        ring);
    out.printf("Saphan export %s: %d records: %d selected events, %d links of their lanes%s%n", export, events.size(),
        verification.selected(), verification.links(),
        verification.unchained().isEmpty() ? "" : ", " + verification.unchained().size() + " without chain headers (written before chains; not verifiable)");
    for (LaneSummary lane : verification.report().lanes()) {
      out.printf("  lane %-16s #%d..#%d  %d records  head %s%n", lane.lane(), lane.first(), lane.last(), lane.count(), lane.headLinkHex());
    }
    for (CheckpointSummary checkpoint : verification.checkpoints().checkpoints()) {
      out.printf("  checkpoint %-16s #%d  %s by key %s%s  cosigned by %s%n", checkpoint.lane(), checkpoint.sequence(),
          checkpoint.signed() ? "signed" : "NOT VALIDLY SIGNED", checkpoint.keyId(),
          checkpoint.onChain() == null ? " (beyond the export)" : checkpoint.onChain() ? ", on the chain" : ", NOT ON THE CHAIN",
          checkpoint.cosigners().isEmpty() ? "nobody yet" : String.join(", ", checkpoint.cosigners()));
    }
    for (ChainFinding finding : verification.findings()) {
      out.println("  " + finding);
    }
    if (verification.intact()) {
      out.println("VERDICT: INTACT: every lane is an unbroken hash chain; no gap, change, break or conflict"
          + (signed ? "; every checkpoint and cosignature validly signed and on the chain" : ""));
      return AuditCli.VERIFIED;
    }
    out.printf("VERDICT: TAMPERED: %d finding(s) above, each with its lane, sequence, expected and found hash, and line%n",
        verification.findings().size());
    return AuditCli.FINDINGS;
  }
}
