package org.saphan.audit.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Downloads an export from a node's audit service (the read is recorded there, with its SHA-256). */
@Command(name = "export", description = "Export a selection of a node's log as JSON Lines (or CSV) into a file.")
final class ExportCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", required = true, description = "The node's audit service, e.g. http://mm-tcl:8083")
  URI url;

  @Mixin
  TokenOptions token;

  @Option(names = "--streams", description = "Comma-separated streams (default: every stream that crosses borders).")
  String streams;

  @Option(names = "--origin", description = "Only events from this node.")
  String origin;

  @Option(names = "--from", description = "From (inclusive), ISO-8601 with offset.")
  String from;

  @Option(names = "--to", description = "To (exclusive), ISO-8601 with offset.")
  String to;

  @Option(names = "--aggregate", description = "Only this alert, case or meeting.")
  String aggregate;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv.")
  String format;

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var bearer = token.read(spec.commandLine().getErr());
    if (bearer.isEmpty()) {
      return AuditCli.USAGE;
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("streams", streams);
    query.put("origin", origin);
    query.put("from", from);
    query.put("to", to);
    query.put("aggregate", aggregate);
    query.put("format", format);
    String queryString = query.entrySet().stream().filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    NodeRequest.Answer answer = NodeRequest.get(url, "/api/audit/export?" + queryString, bearer.get(), spec.commandLine().getErr());
    if (!answer.ok()) {
      return answer.exitCode();
    }
    Files.write(out, answer.body());
    spec.commandLine().getOut().printf("wrote %s: %d bytes, SHA-256 %s (the node recorded this read with the same hash)%n", out,
        answer.body().length, sha256(answer.body()));
    return AuditCli.VERIFIED;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
