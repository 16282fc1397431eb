package org.saphan.platform.serde;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.saphan.schemas.EventCatalog;

/**
 * One node's writer schemas by fingerprint: those compiled in, plus those its peers published on the
 * schema stream. Each node has its own store, so a schema first used by a peer is known here only
 * once it has arrived through the federation.
 */
public final class WriterSchemas {

  private final Map<Long, Schema> byFingerprint = new ConcurrentHashMap<>();
  private final Object arrivals = new Object();

  /** A store holding the event schemas compiled into this build. */
  public static WriterSchemas withCompiledEvents() {
    WriterSchemas schemas = new WriterSchemas();
    EventCatalog.events().forEach(schemas::register);
    return schemas;
  }

  /** Adds a schema; returns its fingerprint. Registering the same schema twice is harmless. */
  public long register(Schema schema) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
    if (byFingerprint.putIfAbsent(fingerprint, schema) == null) {
      synchronized (arrivals) {
        arrivals.notifyAll();
      }
    }
    return fingerprint;
  }

  public Optional<Schema> find(long fingerprint) {
    return Optional.ofNullable(byFingerprint.get(fingerprint));
  }

  /**
   * Waits up to {@code timeout} for a schema to arrive on the schema stream. An event and the
   * schema it was written with travel on different topics, so the event may come first.
   */
  public Optional<Schema> await(long fingerprint, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (arrivals) {
      while (!byFingerprint.containsKey(fingerprint)) {
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
          break;
        }
        try {
          arrivals.wait(remainingMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return find(fingerprint);
  }

  public int size() {
    return byFingerprint.size();
  }
}
