package org.saphan.repatriation.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.TextDraft;
import org.saphan.repatriation.domain.CaseRules;
import org.saphan.repatriation.domain.CaseViews.CaseView;
import org.saphan.repatriation.domain.Side;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.HandoverPlan;

/**
 * A case as the REST API shows it to one of its parties; never the identity (see {@code /identity}).
 * {@code identityErasure} says when and by whom the identity was erased (null while it is not).
 */
public record CaseJson(
    String caseId,
    String shelteringNode,
    String receivingNode,
    String yourSide,
    String state,
    long sequence,
    List<String> allowedActions,
    TextDraft summary,
    String nationalityClaimed,
    String nationalityVerification,
    boolean child,
    boolean unaccompaniedMinor,
    Integer ageYears,
    boolean ageEstimated,
    ConsentJson consent,
    PlanJson handoverPlan,
    List<VerificationJson> verifications,
    List<StepJson> history,
    List<PendingJson> pending,
    IdentityErasureJson identityErasure) {

  public record ConsentJson(String givenBy, Instant givenAt, String scope, String recordedBy) {}

  /** @param localTimes the handover time in each party's own zone (Asia/Bangkok and Asia/Yangon differ by 30 minutes) */
  public record PlanJson(String checkpoint, Instant scheduledAt, Map<String, ZonedDateTime> localTimes, List<EscortJson> escorts,
      String travelDocument, Instant personsListSharedAt) {}

  public record EscortJson(String name, String role, String organisation) {}

  public record VerificationJson(String step, String outcome, String byNode, String officerId, Instant at) {}

  public record StepJson(long sequence, String kind, String action, String actorNode, String officerId, Instant at, String from, String to,
      TextDraft reason, TextDraft note, String refusal) {}

  public record PendingJson(String eventId, String action, String officerId, Instant at) {}

  public record IdentityErasureJson(String byNode, String officerId, Instant at, TextDraft reason) {}

  public static CaseJson of(CaseView view, Side side, NodeRegistry registry) {
    CaseReferred r = view.referral();
    return new CaseJson(
        view.caseId(), r.getShelteringNode(), r.getReceivingNode(), side.name(), view.state().name(), view.sequence(),
        CaseRules.allowed(view.state(), side).stream().map(Enum::name).toList(),
        text(r.getSummary()), r.getNationalityClaimed(), r.getNationalityVerification().name(), r.getChild(), r.getUnaccompaniedMinor(),
        r.getAgeYears(), r.getAgeEstimated(),
        new ConsentJson(r.getConsent().getGivenBy().name(), r.getConsent().getGivenAt(), r.getConsent().getScope(), r.getConsent().getRecordedBy()),
        view.handoverPlan().map(p -> plan(p, r, registry)).orElse(null),
        view.verifications().stream().map(v -> new VerificationJson(v.step().getStep().name(), v.step().getOutcome().name(), v.byNode(),
            v.officerId(), v.at())).toList(),
        view.history().stream().map(s -> new StepJson(s.sequence(), s.kind(), s.action() == null ? "REFER" : s.action().name(), s.actorNode(),
            s.officerId(), s.at(), s.from().map(Enum::name).orElse(null), s.to().map(Enum::name).orElse(null),
            s.reason().map(CaseJson::text).orElse(null), s.note().map(CaseJson::text).orElse(null), s.refusal().orElse(null))).toList(),
        view.pending().stream().map(p -> new PendingJson(p.eventId(), p.action().getAction().name(), p.officerId(), p.at())).toList(),
        view.identityErasure().map(e -> new IdentityErasureJson(e.byNode(), e.officerId(), e.at(), text(e.reason()))).orElse(null));
  }

  private static PlanJson plan(HandoverPlan p, CaseReferred r, NodeRegistry registry) {
    Map<String, ZonedDateTime> local = new LinkedHashMap<>();
    for (String node : List.of(r.getShelteringNode(), r.getReceivingNode())) {
      local.put(node, p.getScheduledAt().atZone(registry.require(NodeId.of(node)).zone()));
    }
    return new PlanJson(p.getCheckpoint(), p.getScheduledAt(), local,
        p.getEscorts().stream().map(e -> new EscortJson(e.getName(), e.getRole().name(), e.getOrganisation())).toList(),
        p.getTravelDocument().name(), p.getPersonsListSharedAt());
  }

  private static TextDraft text(LocalizedText t) {
    return TextDraft.of(t.getLanguage(), t.getText());
  }
}
