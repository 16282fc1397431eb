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
    EnvelopeView envelope = EnvelopeView.of(event);
    if (event instanceof ChainCheckpointed checkpoint) {
      return Optional.of(new Checkpoint(new Lane(envelope.origin(), checkpoint.getLaneAudience()), checkpoint.getSequence(),
          checkpoint.getLinkSha256(), checkpoint.getKeyId(), bytes(checkpoint.getSignature()), envelope.eventId(), where));
    }
    if (event instanceof ChainCosigned cosigned) {
      return Optional.of(new Cosignature(envelope.origin(), new Lane(cosigned.getLaneOrigin(), cosigned.getLaneAudience()),
          cosigned.getSequence(), cosigned.getLinkSha256(), cosigned.getCheckpointEventId(), cosigned.getKeyId(),
          bytes(cosigned.getSignature()), where));
    }
    return Optional.empty();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
