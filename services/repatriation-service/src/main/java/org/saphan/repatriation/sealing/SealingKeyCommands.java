package org.saphan.repatriation.sealing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A node's key management for victim identities, run by its operator ({@code SealingKeys}' main):
 *
 * <pre>
 * SealingKeys generate th-cei                        a new sealing key pair
 * SealingKeys rotate th-cei th-cei-sealing.properties   a new primary key; the earlier ones kept to unwrap
 * SealingKeys destroy th-cei th-cei-sealing.properties 5e1d07a3   an earlier key removed for good
 * SealingKeys store-key                              a new key for the node's case key store
 * </pre>
 *
 * The keyset file holds what {@code generate} or {@code rotate} printed (the {@code saphan.sealing.private-key} line
 * is read), or the Base64 keyset alone; {@code -} reads it from standard input. Keys are read from a file, never from
 * the command line, which other users of the computer can see. Every command prints properties holding a private key:
 * print them into the node's secret store, not to a shared terminal log. Exit codes: 0 done, 2 bad usage or input.
 */
@Command(name = "SealingKeys", mixinStandardHelpOptions = true,
    description = "Generate, rotate and destroy a node's victim-identity sealing keys; generate its case key store key.",
    subcommands = {SealingKeyCommands.Generate.class, SealingKeyCommands.Rotate.class, SealingKeyCommands.Destroy.class,
        SealingKeyCommands.NewStoreKey.class})
public final class SealingKeyCommands implements Runnable {

  public static final int DONE = 0;
  public static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  /** Runs a command line, printing to the standard streams. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** As {@link #run(String...)}, printing to {@code out} and {@code err}: for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new SealingKeyCommands()).setOut(out).setErr(err).setExitCodeExceptionMapper(e -> USAGE).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: generate, rotate, destroy or store-key");
  }

  @Command(name = "generate", description = "Prints a new sealing key pair for NODE.")
  static final class Generate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE", description = "The node's id, e.g. th-cei.")
    String node;

    @Override
    public Integer call() {
      return print(spec, () -> SealingKeys.generate(node).toProperties());
    }
  }

  @Command(name = "rotate", description = "Adds a new primary key to NODE's private keyset; the earlier keys stay, to unwrap what"
      + " was sealed for them. Give the printed public keyset to every node.")
  static final class Rotate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeysetFile keyset;

    @Override
    public Integer call() {
      return print(spec, () -> SealingKeys.rotate(keyset.node, keyset.read()).toProperties());
    }
  }

  @Command(name = "destroy", description = "Removes an earlier key from NODE's private keyset for good. Only once every case"
      + " sealed for it has reached the node's case key store (docs/operations.md).")
  static final class Destroy implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeysetFile keyset;

    @Parameters(index = "2", paramLabel = "KEY_ID", description = "The key to destroy (8 hex digits, as 'keys held' lists it).")
    String keyId;

    @Override
    public Integer call() {
      return print(spec, () -> SealingKeys.destroy(keyset.node, keyset.read(), keyId).toProperties());
    }
  }

  /** Whose private keyset, and the file it is in. */
  static final class KeysetFile {
    @Parameters(index = "0", paramLabel = "NODE", description = "The node's id, e.g. th-cei.")
    String node;

    @Parameters(index = "1", paramLabel = "KEYSET_FILE", description = "The node's current private keyset ('-' for standard input).")
    String file;

    /** The private keyset in the file: its {@code saphan.sealing.private-key} entry, or the whole text. */
    String read() {
      String text;
      try {
        text = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the keyset file " + file + ": " + e.getMessage());
      }
      Properties properties = new Properties();
      try {
        properties.load(new StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        return text.strip();
      }
      String value = properties.getProperty(SealingKeys.PRIVATE_KEY_PROPERTY);
      return value != null ? value : text.strip();
    }
  }

  @Command(name = "store-key", description = "Prints a new key for a node's case key store (saphan.sealing.store-key).")
  static final class NewStoreKey implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      return print(spec, () -> "# The key of a node's case key store. On that node only, kept secret (secret store or"
          + " environment, never committed);\n# without it the store's case keys cannot be read: back it up apart from the store.\n"
          + StoreKey.PROPERTY + "=" + StoreKey.generate() + "\n");
    }
  }

  /** Prints what {@code properties} makes, or the reason it cannot (bad node, keyset or key id) with exit code 2. */
  private static int print(CommandSpec spec, Supplier<String> properties) {
    try {
      spec.commandLine().getOut().print(properties.get());
      spec.commandLine().getOut().flush();
      return DONE;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return USAGE;
    }
  }
}
