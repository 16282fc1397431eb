package org.saphan.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.saphan.audit.reads.AuditedReadsFilter;
import org.saphan.platform.audit.ExportChains;
import org.saphan.platform.audit.LoggedRecord;
import org.saphan.platform.chain.ChainFinding;
import org.saphan.platform.chain.CheckpointSummary;
import org.saphan.platform.chain.LaneSummary;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.topic.Stream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verifies, live, every hash-chain lane this node holds: its own lanes and those its peers sent
 * it, from the records on its cluster, and every signed checkpoint and cosignature on it against
 * the registry's public keys, with the same verifier an auditor runs offline on an export.
 */
@RestController
public class VerifyController {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final PlatformNode platform;

  public VerifyController(PlatformNode platform) {
    this.platform = platform;
  }

  /** The verdict, lane by lane, and every finding pinpointed (lane, sequence, expected and found link, where). */
  public record VerifyJson(String node, boolean intact, int records, List<LaneSummary> lanes, List<CheckpointSummary> checkpoints,
      List<ChainFinding> findings, List<String> unchained) {}

  @GetMapping(value = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
  public VerifyJson verify(HttpServletRequest request) {
    String node = platform.node().id().value();
    // Headers and bytes are all a chain needs: nothing is decoded.
    List<LoggedRecord> log = NodeLog.read(platform.kafka(), Arrays.asList(Stream.values()), READ_TIMEOUT);
    ExportChains.Verification verification = ExportChains.verifyLog(node, log, platform.codec(), platform.settings().keys().ring());
    request.setAttribute(AuditedReadsFilter.RESULT_COUNT, (long) verification.findings().size());
    return new VerifyJson(node, verification.intact(), log.size(), verification.report().lanes(), verification.checkpoints().checkpoints(),
        verification.findings(), verification.unchained());
  }
}
