package org.saphan.platform.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.platform.chain.ChainFinding.Kind;

/** The verifier pinpoints every kind of tampering in a lane, and tolerates redelivery and interleaving. */
class ChainVerifierTest {

  private static final Lane TO_MM_TCL = new Lane("th-cei", "mm-tcl");
  private static final Lane TO_ALL = new Lane("th-cei", "all");

  /** A lane of {@code count} records as a publisher chains them, values "event 1", "event 2", ... */
  private static List<ChainedRecord> chain(Lane lane, int count) {
    List<ChainedRecord> records = new ArrayList<>();
    ChainHead head = ChainHead.genesis(lane);
    for (int i = 1; i <= count; i++) {
      byte[] value = (lane + " event " + i).getBytes(StandardCharsets.UTF_8);
      ChainLink link = head.next(value);
      records.add(ChainedRecord.of(lane, link.sequence(), link.previousLinkHex(), link.linkHex(), value, "t-0@" + (i - 1)));
      head = link.head();
    }
    return records;
  }

  /** The value {@link #chain} gave the record. */
  private static byte[] valueOf(ChainedRecord record) {
    return (record.lane() + " event " + record.sequence()).getBytes(StandardCharsets.UTF_8);
  }

  private static ChainedRecord withValue(ChainedRecord record, byte[] value) {
    return ChainedRecord.of(record.lane(), record.sequence(), record.previousLinkHex(), record.linkHex(), value, record.where());
  }

  private static ChainedRecord at(ChainedRecord record, String where) {
    return new ChainedRecord(record.lane(), record.sequence(), record.previousLinkHex(), record.linkHex(), record.valueSha256Hex(), where);
  }

  @Test
  void aCleanChainVerifiesInAnyOrder() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 5));
    Collections.reverse(records);

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).isEmpty();
    assertThat(report.lanes()).containsExactly(new LaneSummary(TO_MM_TCL, 1, 5, records.get(0).linkHex(), 5));
  }

  @Test
  void theGenesisAndLinkFollowTheFormula() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] genesis = sha.digest("saphan-chain|th-cei>mm-tcl".getBytes(StandardCharsets.UTF_8));
    byte[] value = {1, 2, 3};
    sha.update(genesis);
    sha.update(new byte[] {0, 0, 0, 0, 0, 0, 0, 1});
    sha.update(MessageDigest.getInstance("SHA-256").digest(value));

    assertThat(ChainHash.genesis(TO_MM_TCL)).isEqualTo(genesis);
    assertThat(ChainHash.link(genesis, 1, value)).isEqualTo(sha.digest());
    assertThat(TO_MM_TCL).hasToString("th-cei>mm-tcl");
  }

  @Test
  void aFlippedByteIsChangedAtItsSequenceWithExpectedAndFoundLinks() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 5));
    ChainedRecord third = records.get(2);
    byte[] flipped = valueOf(third).clone();
    flipped[0] ^= 1;
    records.set(2, withValue(third, flipped));

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).containsExactly(new ChainFinding(Kind.CHANGED, TO_MM_TCL, 3, third.linkHex(),
        ChainHash.linkHex(third.previousLinkHex(), 3, flipped), "t-0@2"));
  }

  @Test
  void aDroppedRecordIsAGapWithTheExpectedAndTheNextFoundSequence() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 5));
    records.remove(1);

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).containsExactly(new ChainFinding(Kind.GAP, TO_MM_TCL, 2, "2", "3", "t-0@2"));
  }

  @Test
  void aMissingStartIsAGapFromOne() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 3));
    records.remove(0);

    assertThat(ChainVerifier.verify(records).findings()).extracting(ChainFinding::kind, ChainFinding::sequence, ChainFinding::found)
        .containsExactly(tuple(Kind.GAP, 1L, "2"));
  }

  @Test
  void swappedValuesAreFoundAtBothPositions() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 5));
    ChainedRecord second = records.get(1);
    ChainedRecord fourth = records.get(3);
    records.set(1, withValue(second, valueOf(fourth)));
    records.set(3, withValue(fourth, valueOf(second)));

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::sequence)
        .containsExactly(tuple(Kind.CHANGED, 2L), tuple(Kind.CHANGED, 4L));
  }

  @Test
  void aForgedRecordWithARecomputedLinkButAWrongPreviousIsBroken() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 5));
    ChainedRecord third = records.get(2);
    byte[] forgedValue = "forged".getBytes(StandardCharsets.UTF_8);
    String wrongPrevious = ChainHash.hex(ChainHash.genesis(TO_MM_TCL));
    records.set(2, ChainedRecord.of(TO_MM_TCL, 3, wrongPrevious, ChainHash.linkHex(wrongPrevious, 3, forgedValue), forgedValue, "t-0@9"));

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).first().isEqualTo(
        new ChainFinding(Kind.BROKEN, TO_MM_TCL, 3, records.get(1).linkHex(), wrongPrevious, "t-0@9"));
    assertThat(report.findings(Kind.CHANGED)).isEmpty();
    assertThat(report.findings(Kind.BROKEN)).extracting(ChainFinding::sequence).as("the next record no longer follows either")
        .containsExactly(3L, 4L);
  }

  @Test
  void anExactDuplicateElsewhereIsNoFinding() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 3));
    records.add(at(records.get(1), "t-0@7"));

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).isEmpty();
    assertThat(report.lanes().get(0).count()).isEqualTo(3);
  }

  @Test
  void aDifferentRecordWithTheSameSequenceIsAConflict() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 3));
    ChainedRecord second = records.get(1);
    byte[] other = "another event".getBytes(StandardCharsets.UTF_8);
    ChainedRecord rival = ChainedRecord.of(TO_MM_TCL, 2, second.previousLinkHex(), ChainHash.linkHex(second.previousLinkHex(), 2, other),
        other, "a-0@0");
    records.add(rival);

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings(Kind.CONFLICT)).containsExactly(
        new ChainFinding(Kind.CONFLICT, TO_MM_TCL, 2, second.linkHex(), rival.linkHex(), "t-0@1 vs a-0@0"));
    assertThat(report.findings(Kind.BROKEN)).as("the third record follows the original second, so the walk goes on with it")
        .isEmpty();
    List<ChainedRecord> rivalFirst = new ArrayList<>(records);
    Collections.reverse(rivalFirst);
    assertThat(ChainVerifier.verify(rivalFirst)).as("whatever the order").isEqualTo(report);
  }

  @Test
  void aChangedCopyWithTheSameHeadersIsAConflictAndChanged() {
    List<ChainedRecord> records = new ArrayList<>(chain(TO_MM_TCL, 3));
    ChainedRecord second = records.get(1);
    byte[] flipped = valueOf(second).clone();
    flipped[flipped.length - 1] ^= 1;
    records.add(at(withValue(second, flipped), "t-0@3"));

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).extracting(ChainFinding::kind, ChainFinding::sequence, ChainFinding::where)
        .containsExactlyInAnyOrder(tuple(Kind.CONFLICT, 2L, "t-0@1 vs t-0@3"),
            tuple(Kind.CHANGED, 2L, "t-0@3"));
  }

  @Test
  void twoInterleavedLanesVerifyIndependently() {
    List<ChainedRecord> toPeer = chain(TO_MM_TCL, 4);
    List<ChainedRecord> toAll = new ArrayList<>(chain(TO_ALL, 3));
    toAll.remove(2);
    List<ChainedRecord> records = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      records.add(toPeer.get(i));
      if (i < toAll.size()) {
        records.add(toAll.get(i));
      }
    }

    ChainReport report = ChainVerifier.verify(records);

    assertThat(report.findings()).as("the all lane ends early: nothing says a third existed").isEmpty();
    assertThat(report.lanes()).extracting(LaneSummary::lane, LaneSummary::first, LaneSummary::last)
        .containsExactly(tuple(TO_ALL, 1L, 2L), tuple(TO_MM_TCL, 1L, 4L));
    assertThat(ChainVerifier.verify(List.of(toPeer.get(0), toAll.get(1))).findings())
        .containsExactly(new ChainFinding(Kind.GAP, TO_ALL, 1, "1", "2", toAll.get(1).where()));
  }

  @Test
  void aChainMayStartAtACheckpointButOnlyIfTheCallerSaysSo() {
    List<ChainedRecord> records = chain(TO_MM_TCL, 6);
    ChainHead checkpoint = ChainVerifier.verify(records.subList(0, 3)).lanes().get(0).head();
    List<ChainedRecord> later = records.subList(3, 6);

    assertThat(ChainVerifier.verify(later, Map.of(TO_MM_TCL, checkpoint)).findings()).isEmpty();
    assertThat(ChainVerifier.verify(later).findings()).extracting(ChainFinding::kind).containsExactly(Kind.GAP);
    ChainHead wrongCheckpoint = new ChainHead(TO_MM_TCL, 3, records.get(1).linkHex());
    assertThat(ChainVerifier.verify(later, Map.of(TO_MM_TCL, wrongCheckpoint)).findings()).extracting(ChainFinding::kind)
        .containsExactly(Kind.BROKEN);
  }
}
