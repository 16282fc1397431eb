package org.saphan.platform.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.signing.KeyRing;

/**
 * Checks signed checkpoints and cosignatures against the node registry's public keys and against
 * the lanes' records:
 *
 * <ul>
 *   <li>a checkpoint or cosignature whose signature does not verify (another key, an altered
 *       statement, an unknown or revoked key) is a {@link ChainFinding.Kind#SIGNATURE} finding;
 *   <li>one whose link is not the link the records hold at that sequence (the lane was rewritten
 *       after it was signed, or the signer saw another chain) is a
 *       {@link ChainFinding.Kind#CHECKPOINT} finding.
 * </ul>
 *
 * A checkpoint beyond the records given (a selection ending before it) is summarised, not judged.
 */
public final class CheckpointVerifier {

  private CheckpointVerifier() {}

  public static CheckpointReport verify(Collection<ChainedRecord> records, Collection<Checkpoint> checkpoints,
      Collection<Cosignature> cosignatures, KeyRing ring) {
    Map<Lane, Map<Long, Set<String>>> links = new HashMap<>();
    for (ChainedRecord record : records) {
      if (record.intact()) {
        links.computeIfAbsent(record.lane(), l -> new HashMap<>()).computeIfAbsent(record.sequence(), s -> new HashSet<>())
            .add(record.linkHex());
      }
    }
    List<ChainFinding> findings = new ArrayList<>();
    Map<String, Set<String>> cosignersByStatement = new HashMap<>();
    for (Cosignature cosignature : distinct(cosignatures)) {
      KeyRing.Verdict verdict = cosignature.verdict(ring);
      if (verdict != KeyRing.Verdict.VALID) {
        findings.add(new ChainFinding(ChainFinding.Kind.SIGNATURE, cosignature.lane(), cosignature.sequence(),
            "cosignature by " + cosignature.cosigner() + " with key " + cosignature.keyId(), verdict.reason(), cosignature.where()));
        continue;
      }
      offChain(links, cosignature.lane(), cosignature.sequence(), cosignature.linkHex(), cosignature.where(), "cosigned by " + cosignature.cosigner())
          .ifPresent(findings::add);
      cosignersByStatement.computeIfAbsent(key(cosignature.lane(), cosignature.sequence(), cosignature.linkHex()), k -> new TreeSet<>())
          .add(cosignature.cosigner());
    }
    List<CheckpointSummary> summaries = new ArrayList<>();
    for (Checkpoint checkpoint : distinct(checkpoints)) {
      KeyRing.Verdict verdict = checkpoint.verdict(ring);
      boolean signed = verdict == KeyRing.Verdict.VALID;
      if (!signed) {
        findings.add(new ChainFinding(ChainFinding.Kind.SIGNATURE, checkpoint.lane(), checkpoint.sequence(),
            "checkpoint signed by " + checkpoint.lane().origin() + " with key " + checkpoint.keyId(), verdict.reason(), checkpoint.where()));
      }
      Map<Long, Set<String>> laneLinks = links.getOrDefault(checkpoint.lane(), Map.of());
      Boolean onChain = laneLinks.containsKey(checkpoint.sequence()) ? laneLinks.get(checkpoint.sequence()).contains(checkpoint.linkHex()) : null;
      if (signed) {
        offChain(links, checkpoint.lane(), checkpoint.sequence(), checkpoint.linkHex(), checkpoint.where(), "checkpoint").ifPresent(findings::add);
      }
      List<String> cosigners = List.copyOf(cosignersByStatement.getOrDefault(key(checkpoint.lane(), checkpoint.sequence(), checkpoint.linkHex()),
          Set.of()));
      List<String> awaiting = receivers(checkpoint.lane(), ring).stream().filter(node -> !cosigners.contains(node)).toList();
      summaries.add(new CheckpointSummary(checkpoint.lane(), checkpoint.sequence(), checkpoint.linkHex(), checkpoint.keyId(), signed, onChain,
          cosigners, awaiting, checkpoint.where()));
    }
    findings.sort(Comparator.comparing((ChainFinding f) -> f.lane().toString()).thenComparingLong(ChainFinding::sequence)
        .thenComparing(ChainFinding::where));
    summaries.sort(Comparator.comparing((CheckpointSummary s) -> s.lane().toString()).thenComparingLong(CheckpointSummary::sequence));
    return new CheckpointReport(findings, summaries);
  }

  /** A finding if the records hold {@code sequence} of {@code lane} but not with {@code linkHex}. */
  private static Optional<ChainFinding> offChain(Map<Lane, Map<Long, Set<String>>> links, Lane lane, long sequence, String linkHex,
      String where, String what) {
    Set<String> held = links.getOrDefault(lane, Map.of()).get(sequence);
    if (held == null || held.contains(linkHex)) {
      return Optional.empty();
    }
    return Optional.of(new ChainFinding(ChainFinding.Kind.CHECKPOINT, lane, sequence, linkHex + " (" + what + ")",
        String.join(", ", new TreeSet<>(held)) + " (the records)", where));
  }

  /** The nodes that receive {@code lane}: every other node of the registry for a lane to all, else its addressee. */
  private static Set<String> receivers(Lane lane, KeyRing ring) {
    if (!lane.audience().equals(NodeId.RESERVED_ALL)) {
      return Set.of(lane.audience());
    }
    Set<String> others = new TreeSet<>(ring.nodes());
    others.remove(lane.origin());
    return others;
  }

  private static String key(Lane lane, long sequence, String linkHex) {
    return lane + "#" + sequence + "#" + linkHex;
  }

  /** One of each statement found at several places (a record read from two copies), the first by where. */
  private static <T extends SignedStatement> List<T> distinct(Collection<T> statements) {
    Map<String, T> byIdentity = new TreeMap<>();
    statements.stream().sorted(Comparator.comparing(SignedStatement::where)).forEach(s -> byIdentity.putIfAbsent(s.identity(), s));
    return List.copyOf(byIdentity.values());
  }
}
