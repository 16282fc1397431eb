package org.saphan.audit.fuzz;

import org.saphan.audit.fuzz.FuzzClient.Answer;

/**
 * A fuzzed request: an endpoint's example with one mutation. Its text, as a failing property
 * reports it, says what was changed, what that demands of the node, and what was last sent.
 */
public final class FuzzRequest {

  private final WriteExample example;
  private final Mutation mutation;
  private WireRequest sent;

  FuzzRequest(WriteExample example, Mutation mutation) {
    this.example = example;
    this.mutation = mutation;
  }

  public WriteExample example() {
    return example;
  }

  public Mutation mutation() {
    return mutation;
  }

  /** Sends the request, with new values where the example needs them. */
  public Answer send(FuzzClient client) {
    sent = mutation.applyTo(example);
    return client.send(sent);
  }

  public WireRequest sent() {
    return sent;
  }

  @Override
  public String toString() {
    return example.endpoint() + " [" + mutation + "] expecting " + mutation.expected() + (sent == null ? "" : "; sent " + sent);
  }
}
