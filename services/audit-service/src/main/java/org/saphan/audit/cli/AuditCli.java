package org.saphan.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditors' command line:
 *
 * <pre>
 * saphan-audit export --url http://mm-tcl:8083 --token-file auditor.jwt --streams alert,receipt --out mm-tcl.jsonl
 * saphan-audit verify mm-tcl.jsonl
 * </pre>
 *
 * Exit codes: 0 done and verified, 1 verified with findings (the chain is not intact), 2 bad usage
 * or an unreadable input (or no token), 3 the node refused (a token refused: 401, 403) or could not be reached.
 */
@Command(name = "saphan-audit", mixinStandardHelpOptions = true, version = "saphan-audit 0.1",
    description = "Export a Saphan node's history and verify exports offline.",
    subcommands = {ExportCommand.class, VerifyCommand.class})
public final class AuditCli implements Runnable {

  public static final int VERIFIED = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int UNREACHABLE = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line as {@code main} does, without exiting: for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new AuditCli()).setExitCodeExceptionMapper(e -> USAGE).execute(args);
  }

  /** As {@link #run(String...)}, printing to {@code out} and {@code err}. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return new CommandLine(new AuditCli()).setOut(out).setErr(err).setExitCodeExceptionMapper(e -> USAGE).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: export or verify");
  }
}
