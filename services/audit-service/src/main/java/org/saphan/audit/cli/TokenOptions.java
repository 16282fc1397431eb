package org.saphan.audit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How an auditor signs in to a node: the bearer token their centre's identity provider issued them
 * (role AUDITOR, for that node), given as a value or, better, in a file: a command line's arguments
 * are visible to other users of the computer. The node records every read with the token's subject.
 */
final class TokenOptions {

  @Option(names = "--token", paramLabel = "TOKEN", description = "Your bearer token (JWT) from your centre's identity provider.")
  String token;

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding your bearer token (safer than --token).")
  Path tokenFile;

  boolean given() {
    return token != null || tokenFile != null;
  }

  /**
   * The token, from the option or the file, or empty after printing why there is none.
   *
   * @param err where to say what is wrong
   */
  Optional<String> read(java.io.PrintWriter err) {
    if ((token == null) == (tokenFile == null)) {
      err.println("give your bearer token with --token-file <file> (or --token <token>), one of them");
      return Optional.empty();
    }
    if (token != null) {
      return Optional.of(token.strip());
    }
    try {
      String read = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (read.isEmpty()) {
        err.println(tokenFile + " is empty: it should hold your bearer token");
        return Optional.empty();
      }
      return Optional.of(read);
    } catch (IOException e) {
      err.println("cannot read the token file " + tokenFile + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
