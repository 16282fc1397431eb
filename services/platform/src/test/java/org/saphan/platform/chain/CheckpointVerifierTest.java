package org.saphan.platform.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.platform.chain.ChainFinding.Kind;
import org.saphan.platform.signing.KeyRing;
import org.saphan.platform.signing.SigningKey;
import org.saphan.platform.signing.Statements;

/** Checkpoints and cosignatures are judged by the registry's keys and by the lane's records. */
class CheckpointVerifierTest {

  private static final Lane TO_ALL = new Lane("th-cei", "all");
  private static final SigningKey CHIANG_RAI = SigningKey.generate();
  private static final SigningKey TACHILEIK = SigningKey.generate();
  private static final SigningKey HOUAYXAY = SigningKey.generate();
  private static final KeyRing RING = KeyRing.of(Map.of("th-cei", List.of(CHIANG_RAI.publicKey()), "mm-tcl", List.of(TACHILEIK.publicKey()),
      "la-hxy", List.of(HOUAYXAY.publicKey())));

  private static List<ChainedRecord> chain(int count) {
    List<ChainedRecord> records = new ArrayList<>();
    ChainHead head = ChainHead.genesis(TO_ALL);
    for (int i = 1; i <= count; i++) {
      byte[] value = ("event " + i).getBytes(StandardCharsets.UTF_8);
      ChainLink link = head.next(value);
      records.add(ChainedRecord.of(TO_ALL, link.sequence(), link.previousLinkHex(), link.linkHex(), value, "t-0@" + (i - 1)));
      head = link.head();
    }
    return records;
  }

  private static Checkpoint checkpoint(SigningKey signer, String keyId, long sequence, String linkHex) {
    byte[] signature = signer.sign(Statements.checkpoint(TO_ALL.origin(), TO_ALL.audience(), sequence, linkHex));
    return new Checkpoint(TO_ALL, sequence, linkHex, keyId, signature, "cp-" + sequence, "bcc.all.checkpoint.v1-0@" + sequence);
  }

  private static Cosignature cosignature(String cosigner, SigningKey key, long sequence, String linkHex) {
    byte[] signature = key.sign(Statements.cosignature(cosigner, TO_ALL.origin(), TO_ALL.audience(), sequence, linkHex));
    return new Cosignature(cosigner, TO_ALL, sequence, linkHex, "cp-" + sequence, key.keyId(), signature, cosigner + ".checkpoint-0@" + sequence);
  }

  @Test
  void aSignedCheckpointOnTheChainWithItsCosignersIsClean() {
    List<ChainedRecord> records = chain(4);
    String link3 = records.get(2).linkHex();

    CheckpointReport report = CheckpointVerifier.verify(records, List.of(checkpoint(CHIANG_RAI, CHIANG_RAI.keyId(), 3, link3)),
        List.of(cosignature("mm-tcl", TACHILEIK, 3, link3), cosignature("la-hxy", HOUAYXAY, 3, link3),
            cosignature("mm-tcl", TACHILEIK, 3, link3)), RING);

    assertThat(report.findings()).isEmpty();
    assertThat(report.checkpoints()).singleElement().satisfies(c -> {
      assertThat(c.signed()).isTrue();
      assertThat(c.onChain()).isTrue();
      assertThat(c.cosigners()).containsExactly("la-hxy", "mm-tcl");
      assertThat(c.awaiting()).isEmpty();
    });
  }

  @Test
  void aCheckpointForgedWithAnotherKeyIsASignatureFindingAtItsPlace() {
    List<ChainedRecord> records = chain(4);
    Checkpoint forged = checkpoint(SigningKey.generate(), CHIANG_RAI.keyId(), 3, records.get(2).linkHex());

    CheckpointReport report = CheckpointVerifier.verify(records, List.of(forged), List.of(), RING);

    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::lane, ChainFinding::sequence, ChainFinding::where)
        .containsExactly(tuple(Kind.SIGNATURE, TO_ALL, 3L, "bcc.all.checkpoint.v1-0@3"));
    assertThat(report.findings().get(0).found()).contains("forged or altered");
    assertThat(report.checkpoints()).singleElement().satisfies(c -> assertThat(c.signed()).isFalse());
  }

  @Test
  void aKeyNotInTheRegistryAndANodeNotInTheRegistryAreNamed() {
    List<ChainedRecord> records = chain(2);
    SigningKey unlisted = SigningKey.generate();
    String link = records.get(1).linkHex();

    CheckpointReport report = CheckpointVerifier.verify(records, List.of(checkpoint(unlisted, unlisted.keyId(), 2, link)),
        List.of(cosignature("mm-mwd", unlisted, 2, link)), RING);

    assertThat(report.findings()).extracting(ChainFinding::found)
        .containsExactlyInAnyOrder(KeyRing.Verdict.UNKNOWN_KEY.reason(), KeyRing.Verdict.UNKNOWN_NODE.reason());
  }

  @Test
  void aLaneRewrittenAfterItsCheckpointContradictsTheSignedLink() {
    List<ChainedRecord> original = chain(4);
    Checkpoint signed = checkpoint(CHIANG_RAI, CHIANG_RAI.keyId(), 3, original.get(2).linkHex());
    Cosignature cosigned = cosignature("mm-tcl", TACHILEIK, 3, original.get(2).linkHex());
    // the whole lane re-chained from record 2 with another value: every link consistent, none the signed one
    List<ChainedRecord> rewritten = new ArrayList<>(original.subList(0, 1));
    ChainHead head = new ChainHead(TO_ALL, 1, original.get(0).linkHex());
    for (int i = 2; i <= 4; i++) {
      byte[] value = ("rewritten " + i).getBytes(StandardCharsets.UTF_8);
      ChainLink link = head.next(value);
      rewritten.add(ChainedRecord.of(TO_ALL, i, link.previousLinkHex(), link.linkHex(), value, "t-0@" + (i + 10)));
      head = link.head();
    }
    assertThat(ChainVerifier.verify(rewritten).clean()).as("the rewritten chain is self-consistent").isTrue();

    CheckpointReport report = CheckpointVerifier.verify(rewritten, List.of(signed), List.of(cosigned), RING);

    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::sequence, ChainFinding::expected, ChainFinding::found)
        .containsExactlyInAnyOrder(
            tuple(Kind.CHECKPOINT, 3L, original.get(2).linkHex() + " (checkpoint)", rewritten.get(2).linkHex() + " (the records)"),
            tuple(Kind.CHECKPOINT, 3L, original.get(2).linkHex() + " (cosigned by mm-tcl)", rewritten.get(2).linkHex() + " (the records)"));
    assertThat(report.checkpoints()).singleElement().satisfies(c -> assertThat(c.onChain()).isFalse());
  }

  @Test
  void aCheckpointBeyondTheRecordsIsSummarisedNotJudged() {
    List<ChainedRecord> records = chain(2);

    CheckpointReport report = CheckpointVerifier.verify(records, List.of(checkpoint(CHIANG_RAI, CHIANG_RAI.keyId(), 9, "ab".repeat(32))),
        List.of(), RING);

    assertThat(report.findings()).isEmpty();
    assertThat(report.checkpoints()).singleElement().satisfies(c -> assertThat(c.onChain()).isNull());
  }

  @Test
  void aCosignatureOfAnotherStatementDoesNotCountAndAForgedOneIsFound() {
    List<ChainedRecord> records = chain(3);
    String link2 = records.get(1).linkHex();
    Cosignature forgedByHouayxay = cosignature("la-hxy", TACHILEIK, 2, link2); // signed with Tachileik's key, claims Houayxay

    CheckpointReport report = CheckpointVerifier.verify(records, List.of(checkpoint(CHIANG_RAI, CHIANG_RAI.keyId(), 2, link2)),
        List.of(new Cosignature("la-hxy", TO_ALL, 2, link2, "cp-2", TACHILEIK.keyId(), forgedByHouayxay.signature(), "x-0@1"),
            cosignature("mm-tcl", TACHILEIK, 1, records.get(0).linkHex())), RING);

    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::where).containsExactly(tuple(Kind.SIGNATURE, "x-0@1"));
    assertThat(report.checkpoints()).singleElement().satisfies(c -> {
      assertThat(c.cosigners()).isEmpty();
      assertThat(c.awaiting()).containsExactly("la-hxy", "mm-tcl");
    });
  }
}
