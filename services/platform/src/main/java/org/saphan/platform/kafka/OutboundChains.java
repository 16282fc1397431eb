package org.saphan.platform.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.saphan.platform.chain.ChainHead;
import org.saphan.platform.chain.ChainLink;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.topic.Audience;
import org.saphan.platform.topic.Stream;

/**
 * The heads of this node's outbound lanes, one per audience, as the publisher appends to them.
 *
 * <p>Each lane has its own lock: a record's link is computed and the record handed to the producer
 * under it, so sequence numbers follow the producer's order and no two records share one. If the
 * cluster does not acknowledge a record, the lane has a hole the node cannot fill (the caller was
 * told the event was not published), so the lane stops: every later append to it throws
 * {@link ChainLaneStoppedException} until the node restarts, and then continues from what its
 * cluster holds ({@link ChainRecovery}). Other lanes go on.
 */
final class OutboundChains {

  private final NodeId self;
  private final Map<Lane, LaneState> lanes = new ConcurrentHashMap<>();

  OutboundChains(NodeId self) {
    this.self = self;
  }

  /** Continues each lane after the given head (read back from the cluster at start). */
  void resume(Map<Lane, ChainHead> heads) {
    heads.forEach((lane, head) -> lanes.put(lane, new LaneState(head)));
  }

  Lane lane(Audience audience) {
    return new Lane(self.value(), audience.token());
  }

  /** The current head of the lane to {@code audience}. */
  ChainHead head(Audience audience) {
    return state(lane(audience)).head;
  }

  /**
   * The sequence of the last record appended to the lane of {@code audience} that is not a
   * checkpoint or a cosignature; for a lane resumed at start, its head, not knowing better.
   */
  long lastSequenceBesideCheckpoints(Audience audience) {
    return state(lane(audience)).lastEvent;
  }

  /** Throws if the lane to {@code audience} has stopped. */
  void requireRunning(Audience audience) {
    state(lane(audience)).requireRunning();
  }

  /**
   * Appends a record of {@code stream} to the lane of {@code audience}, under the lane's lock: asks {@code recordAfter}
   * for the record given the lane's current head (a checkpoint states that head; other records do
   * not depend on it), computes its link from its {@code value} and calls {@code handOver} with
   * both. If any of them throws, the record was not handed to the producer and the lane stays where
   * it was.
   */
  <R> void append(Audience audience, Stream stream, Function<ChainHead, R> recordAfter, Function<R, byte[]> value,
      BiConsumer<ChainLink, R> handOver) {
    LaneState state = state(lane(audience));
    synchronized (state) {
      state.requireRunning();
      R record = recordAfter.apply(state.head);
      ChainLink link = state.head.next(value.apply(record));
      handOver.accept(link, record);
      state.head = link.head();
      if (stream != Stream.CHECKPOINT) {
        state.lastEvent = link.sequence();
      }
    }
  }

  /** Stops the lane of {@code link}: the record was not acknowledged. Does not take the lane's lock. */
  void failed(ChainLink link, Throwable error) {
    state(link.lane()).stop(link, error);
  }

  private LaneState state(Lane lane) {
    return lanes.computeIfAbsent(lane, l -> new LaneState(ChainHead.genesis(l)));
  }

  private static final class LaneState {
    private volatile ChainHead head;
    private volatile long lastEvent;
    /** Set from the producer's thread, never under the lane's lock (the lock's holder may wait for that thread). */
    private final AtomicReference<ChainLaneStoppedException> stopped = new AtomicReference<>();

    LaneState(ChainHead head) {
      this.head = head;
      this.lastEvent = head.sequence();
    }

    void requireRunning() {
      ChainLaneStoppedException reason = stopped.get();
      if (reason != null) {
        throw new ChainLaneStoppedException(reason.getMessage(), reason.getCause());
      }
    }

    void stop(ChainLink link, Throwable error) {
      stopped.compareAndSet(null, new ChainLaneStoppedException("lane " + link.lane() + " stopped at sequence " + link.sequence()
            + ": the cluster did not acknowledge it (" + error.getMessage() + "); restart the node to continue the chain from what "
            + "the cluster holds", error));
    }
  }
}
