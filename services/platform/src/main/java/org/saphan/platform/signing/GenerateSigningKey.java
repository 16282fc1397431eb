package org.saphan.platform.signing;

/**
 * Makes a node's signing key: {@code java -cp saphan-platform.jar org.saphan.platform.signing.GenerateSigningKey th-cei}.
 * Prints the private key line for the node's own secret store and the public key line for every
 * node's registry. On rotation, append the new public key to the node's list; keep the old one
 * listed for as long as what it signed must verify.
 */
public final class GenerateSigningKey {

  private GenerateSigningKey() {}

  public static void main(String[] args) {
    if (args.length != 1 || !args[0].matches("[a-z][a-z0-9-]*[a-z0-9]")) {
      System.err.println("usage: GenerateSigningKey <node id>, e.g. th-cei");
      System.exit(2);
    }
    SigningKey key = SigningKey.generate();
    System.out.println("# " + args[0] + " signing key " + key.keyId());
    System.out.println("# secret, on " + args[0] + " only:");
    System.out.println("saphan.signing.private-key=" + key.privateKeyBase64());
    System.out.println("saphan.signing.public-key=" + key.publicKeyBase64());
    System.out.println("# public, in every node's registry (append to the list when rotating):");
    System.out.println("saphan.nodes." + args[0] + "." + KeyRing.PROPERTY + "=" + key.publicKeyBase64());
  }
}
