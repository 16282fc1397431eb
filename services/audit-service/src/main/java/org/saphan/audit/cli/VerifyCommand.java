package org.saphan.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.saphan.audit.web.VerifyController.VerifyJson;
import org.saphan.platform.audit.ExportChains;
import org.saphan.platform.audit.ExportWriter;
import org.saphan.platform.audit.ExportedEvent;
import org.saphan.platform.config.Utf8Properties;
import org.saphan.platform.kafka.EventSignatures;
import org.saphan.platform.serde.EventCodec;
import org.saphan.platform.serde.WriterSchemas;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.topic.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a JSON Lines export offline, or a live node through its audit service, and prints a
 * verdict: intact, or each finding pinpointed. Offline, the hash chains need nothing but the export;
 * the checkpoints' and cosignatures' signatures need the nodes' public keys, from a file the auditor
 * obtained from the node registry ({@code saphan.nodes.<id>.signing-keys} lines), never from the
 * export itself. A live node verifies with its own registry.
 */
@Command(name = "verify", description = "Verify the hash chains, signed checkpoints and cosignatures of a JSON Lines export, or of a "
    + "live node with --url: exit 0 intact, 1 tampered.")
final class VerifyCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", description = "The export (JSON Lines) to verify.")
  Path export;

  @Option(names = "--keys", paramLabel = "FILE", description = "The nodes' public signing keys: a properties file with "
      + "saphan.nodes.<id>.signing-keys=<base64>,... lines (the node registry file will do). Required when the export holds signed events "
      + "or checkpoints.")
  Path keys;

  @Option(names = "--url", description = "Verify a live node instead: its audit service, e.g. http://mm-tcl:8083")
  URI url;

  /** With --url: the auditor's token (the node records the read with its subject). */
  @Mixin
  TokenOptions token;

  @Override
  public Integer call() throws InterruptedException {
    if ((export == null) == (url == null) || (url != null && (!token.given() || keys != null)) || (export != null && token.given())) {
      spec.commandLine().getErr()
          .println("give either an export file (and --keys), or --url and --token-file (or --token) for a live node");
      return AuditCli.USAGE;
    }
    return url != null ? verifyNode() : verifyExport();
  }

  private int verifyNode() throws InterruptedException {
    var bearer = token.read(spec.commandLine().getErr());
    if (bearer.isEmpty()) {
      return AuditCli.USAGE;
    }
    NodeRequest.Answer answer = NodeRequest.get(url, "/api/audit/verify", bearer.get(), spec.commandLine().getErr());
    if (!answer.ok()) {
      return answer.exitCode();
    }
    VerifyJson verified = JsonMapper.builder().build().readValue(answer.body(), VerifyJson.class);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Saphan node %s (%s), live: %d records%s%n", verified.node(), url, verified.records(),
        verified.unchained().isEmpty() ? "" : ", " + verified.unchained().size() + " without chain headers (not verifiable)");
    return VerdictPrinter.print(out, verified.lanes(), verified.checkpoints(), verified.findings());
  }

  private int verifyExport() {
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
    boolean signed = events.stream().anyMatch(e -> e.selected() && (Stream.CHECKPOINT.id().equals(e.stream())
        || e.headers().containsKey(EventSignatures.SIGNATURE)));
    if (signed && ring.isEmpty()) {
      spec.commandLine().getErr().println(export + " holds signed events: give the nodes' public keys with --keys <file> to check them");
      return AuditCli.USAGE;
    }
    ExportChains.Verification verification = ExportChains.verify(events, new EventCodec(WriterSchemas.withCompiledEvents(), Duration.ZERO),
        ring);
    out.printf("Saphan export %s: %d records: %d selected events, %d links of their lanes%s%n", export, events.size(),
        verification.selected(), verification.links(),
        verification.unchained().isEmpty() ? "" : ", " + verification.unchained().size() + " without chain headers (written before chains; not verifiable)");
    return VerdictPrinter.print(out, verification.report().lanes(), verification.checkpoints().checkpoints(), verification.findings());
  }
}
