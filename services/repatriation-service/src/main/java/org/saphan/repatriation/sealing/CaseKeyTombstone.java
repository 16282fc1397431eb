package org.saphan.repatriation.sealing;

import java.time.Instant;

/**
 * What a node's case key store keeps of a case once its identity is erased: who asked, when and why; never the key,
 * never the identity. It outlives every rebuild of the node's views, so a referral replayed from Kafka never unwraps
 * and stores the key again.
 *
 * @param requestedBy the party whose officer asked for the erasure (this node, or the other party)
 * @param requestedAt when they asked, at that party (the same on both parties)
 * @param reasonLanguage the language of {@code reason} (BCP 47)
 * @param reason why, as the officer wrote it
 * @param erasedAt when this node destroyed its copy of the key
 */
public record CaseKeyTombstone(String caseId, String requestedBy, Instant requestedAt, String reasonLanguage, String reason,
    Instant erasedAt) {}
