package org.saphan.platform.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Verifies lanes from their records, given in any order (Kafka offsets differ between clusters, and
 * one lane spans several topics and partitions). Per lane it orders the records by sequence and
 * walks the chain from genesis at sequence 1 (or from a given {@link ChainHead}, e.g. a checkpoint
 * verified before; records at or before it are skipped), reporting every {@link ChainFinding}.
 *
 * <p>An exact duplicate of a record (MirrorMaker 2 may redeliver) is no finding. A record whose
 * value was changed is reported as CHANGED and the walk goes on with its stated link, so one
 * change is reported once, at its position; a reordering of two events' contents shows as CHANGED at
 * both positions, a deleted event as a GAP.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /** Verifies lanes that must start at sequence 1, from genesis. */
  public static ChainReport verify(Collection<ChainedRecord> records) {
    return verify(records, Map.of());
  }

  /** Verifies lanes; a lane in {@code starts} continues after that head, any other starts at genesis. */
  public static ChainReport verify(Collection<ChainedRecord> records, Map<Lane, ChainHead> starts) {
    Map<Lane, List<ChainedRecord>> byLane = records.stream()
        .collect(Collectors.groupingBy(ChainedRecord::lane, () -> new TreeMap<>(Comparator.comparing(Lane::toString)), Collectors.toList()));
    List<ChainFinding> findings = new ArrayList<>();
    List<LaneSummary> summaries = new ArrayList<>();
    byLane.forEach((lane, laneRecords) -> {
      ChainHead start = starts.getOrDefault(lane, ChainHead.genesis(lane));
      verifyLane(lane, laneRecords, start, findings).ifPresent(summaries::add);
    });
    return new ChainReport(findings, summaries);
  }

  private static Optional<LaneSummary> verifyLane(Lane lane, List<ChainedRecord> records, ChainHead start,
      List<ChainFinding> findings) {
    TreeMap<Long, List<ChainedRecord>> bySequence = new TreeMap<>();
    for (ChainedRecord record : records) {
      if (record.sequence() > start.sequence()) {
        List<ChainedRecord> same = bySequence.computeIfAbsent(record.sequence(), s -> new ArrayList<>());
        if (same.stream().noneMatch(record::sameAs)) {
          same.add(record);
        }
      }
    }
    if (bySequence.isEmpty()) {
      return Optional.empty();
    }
    // Claimants of one sequence in where order: the findings do not depend on the input order.
    bySequence.values().forEach(claimants -> claimants.sort(Comparator.comparing(ChainedRecord::where)));
    long expectedSequence = start.sequence() + 1;
    String previousLink = start.linkHex();
    for (Map.Entry<Long, List<ChainedRecord>> entry : bySequence.entrySet()) {
      long sequence = entry.getKey();
      List<ChainedRecord> claimants = entry.getValue();
      List<ChainedRecord> followers = bySequence.getOrDefault(sequence + 1, List.of());
      ChainedRecord record = chosen(claimants, previousLink, followers);
      if (claimants.size() > 1) {
        findings.add(conflict(lane, sequence, record, claimants));
      }
      boolean gap = sequence > expectedSequence;
      if (gap) {
        findings.add(new ChainFinding(ChainFinding.Kind.GAP, lane, expectedSequence, Long.toString(expectedSequence),
            Long.toString(sequence), record.where()));
      }
      for (ChainedRecord claimant : claimants) {
        if (!claimant.intact()) {
          findings.add(new ChainFinding(ChainFinding.Kind.CHANGED, lane, sequence, claimant.linkHex(), claimant.recomputedLinkHex(),
              claimant.where()));
        }
        if (!gap && !claimant.previousLinkHex().equals(previousLink)) {
          findings.add(new ChainFinding(ChainFinding.Kind.BROKEN, lane, sequence, previousLink, claimant.previousLinkHex(),
              claimant.where()));
        }
      }
      previousLink = record.linkHex();
      expectedSequence = sequence + 1;
    }
    return Optional.of(new LaneSummary(lane, bySequence.firstKey(), bySequence.lastKey(), previousLink, bySequence.size()));
  }

  /**
   * Of records claiming one sequence (in {@code where} order), the walk goes on with the first intact
   * one that follows the link before and is followed by the next record, else the first intact one
   * that follows the link before, else the first intact one; if none is intact, the first.
   */
  private static ChainedRecord chosen(List<ChainedRecord> claimants, String previousLink, List<ChainedRecord> followers) {
    if (claimants.size() == 1) {
      return claimants.get(0);
    }
    Predicate<ChainedRecord> follows = c -> c.previousLinkHex().equals(previousLink);
    Predicate<ChainedRecord> followed = c -> followers.stream().anyMatch(f -> f.previousLinkHex().equals(c.linkHex()));
    List<Predicate<ChainedRecord>> preferences = List.of(follows.and(followed), follows, c -> true);
    return preferences.stream()
        .flatMap(preference -> claimants.stream().filter(ChainedRecord::intact).filter(preference).limit(1))
        .findFirst()
        .orElse(claimants.get(0));
  }

  private static ChainFinding conflict(Lane lane, long sequence, ChainedRecord chosen, List<ChainedRecord> claimants) {
    List<ChainedRecord> others = claimants.stream().filter(c -> c != chosen).sorted(Comparator.comparing(ChainedRecord::where)).toList();
    return new ChainFinding(ChainFinding.Kind.CONFLICT, lane, sequence, chosen.linkHex(),
        others.stream().map(ChainedRecord::linkHex).collect(Collectors.joining(", ")),
        chosen.where() + " vs " + others.stream().map(ChainedRecord::where).collect(Collectors.joining(", ")));
  }
}
