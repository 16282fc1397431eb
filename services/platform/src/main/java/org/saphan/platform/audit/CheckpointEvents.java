package org.saphan.platform.audit;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.saphan.platform.chain.Checkpoint;
import org.saphan.platform.chain.Cosignature;
import org.saphan.platform.chain.Lane;
import org.saphan.platform.chain.SignedStatement;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.checkpoint.ChainCosigned;

/** The one mapping between checkpoint-stream events and the signed statements they carry. */
public final class CheckpointEvents {

  private CheckpointEvents() {}

  /** The statement an event of the checkpoint stream carries; empty for any other event. */
  public static Optional<SignedStatement> statement(GenericRecord event, String where) {
    if (event instanceof ChainCheckpointed checkpoint) {
      return Optional.of(checkpoint(checkpoint, where));
    }
    if (event instanceof ChainCosigned cosigned) {
      return Optional.of(cosignature(cosigned, where));
    }
    return Optional.empty();
  }

  /** The origin's statement: the lane's origin is the event's. */
  public static Checkpoint checkpoint(ChainCheckpointed event, String where) {
    EnvelopeView envelope = EnvelopeView.of(event);
    return new Checkpoint(new Lane(envelope.origin(), event.getLaneAudience()), event.getSequence(), event.getLinkSha256(), event.getKeyId(),
        bytes(event.getSignature()), envelope.eventId(), where);
  }

  /** The cosigner's statement: the cosigner is the event's origin. */
  public static Cosignature cosignature(ChainCosigned event, String where) {
    return new Cosignature(EnvelopeView.of(event).origin(), new Lane(event.getLaneOrigin(), event.getLaneAudience()), event.getSequence(),
        event.getLinkSha256(), event.getCheckpointEventId(), event.getKeyId(), bytes(event.getSignature()), where);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
