package org.saphan.platform.chain;

import java.util.Objects;

/**
 * One hash chain: the events one origin node publishes to one audience (a peer node id or
 * {@code all}), across all streams. Every node that receives a lane receives all of it, so it can
 * verify it completely; it learns nothing about lanes addressed to others.
 */
public record Lane(String origin, String audience) {

  public Lane {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(audience, "audience");
  }

  /** {@code origin>audience}, e.g. {@code th-cei>mm-tcl}. */
  @Override
  public String toString() {
    return origin + ">" + audience;
  }
}
