package org.saphan.platform.kafka;

/**
 * How large an event may be, in one place. An alert with every translation and a long description
 * is a few kilobytes; a sealed identity with its wrapped keys is under one. Half a mebibyte leaves
 * room for a decade of translations and stays under Kafka's default 1 MiB message limit, so an
 * event Saphan accepts is one every cluster and MirrorMaker 2 accept too.
 */
public final class EventLimits {

  /** The largest encoded event (Avro single-object bytes) a node publishes or processes. */
  public static final int MAX_EVENT_BYTES = 512 * 1024;

  private EventLimits() {}
}
