package org.saphan.audit.reads;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.saphan.platform.envelope.EnvelopeView;
import org.saphan.platform.kafka.NodeLog;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.topic.Stream;
import org.saphan.schema.audit.AuditReadRecorded;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who read what on this node: every recorded audit read, oldest first (this read itself is recorded after it is answered). */
@RestController
public class ReadsController {

  private final PlatformNode platform;

  public ReadsController(PlatformNode platform) {
    this.platform = platform;
  }

  /** One recorded read. */
  public record ReadJson(String eventId, String auditor, Instant at, String kind, String request, int status, Long resultCount,
      String resultSha256) {}

  @GetMapping(value = "/api/audit/reads", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ReadJson> reads(HttpServletRequest request) {
    List<ReadJson> reads = NodeLog.read(platform.kafka(), List.of(Stream.AUDIT), Duration.ofSeconds(30)).stream()
        .map(r -> platform.codec().decode(r.value()))
        .filter(AuditReadRecorded.class::isInstance)
        .map(AuditReadRecorded.class::cast)
        .map(e -> {
          EnvelopeView envelope = EnvelopeView.of(e);
          return new ReadJson(envelope.eventId(), envelope.authorOfficerId(), envelope.occurredAt(), e.getKind().name(), e.getRequest(),
              e.getStatus(), e.getResultCount(), e.getResultSha256());
        })
        .sorted(java.util.Comparator.comparing(ReadJson::at).thenComparing(ReadJson::eventId))
        .toList();
    request.setAttribute(AuditedReadsFilter.RESULT_COUNT, (long) reads.size());
    return reads;
  }
}
