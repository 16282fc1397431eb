package org.saphan.platform.node;

/** The node registry's configuration is wrong; the message names the key and what is expected. */
public class NodeConfigurationException extends IllegalStateException {
  public NodeConfigurationException(String message) {
    super(message);
  }
}
