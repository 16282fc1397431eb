package org.saphan.repatriation.input;

import org.saphan.platform.validation.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.validation.Violation;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.repatriation.CaseActionType;
import org.saphan.schema.repatriation.ConsentGiver;
import org.saphan.schema.repatriation.Escort;
import org.saphan.schema.repatriation.EscortRole;
import org.saphan.schema.repatriation.HandoverPlan;
import org.saphan.schema.repatriation.TravelDocumentStatus;
import org.saphan.schema.repatriation.VerificationOutcome;
import org.saphan.schema.repatriation.VerificationStatus;
import org.saphan.schema.repatriation.VerificationStep;
import org.saphan.schema.repatriation.VerificationStepType;

/**
 * Checks referrals and actions field by field (field, value, rule) before anything is sealed or
 * sent. The case rules (who may act in which state) are {@code CaseRules}'; these are the rules on
 * what an action must carry.
 */
public final class CaseInputs {

  /** Children are persons under 18 at referral. */
  public static final int ADULT_AGE = 18;

  private final List<Violation> violations = new ArrayList<>();

  /** A checked referral, ready to seal and send. */
  public record CheckedReferral(String shelterReference, Node receiving, LocalizedText summary, String nationality,
      VerificationStatus verification, int ageYears, boolean ageEstimated, boolean child, boolean unaccompaniedMinor,
      ConsentGiver consentGiver, Instant consentAt, String consentScope) {}

  /** A checked action's payload. */
  public record CheckedAction(CaseActionType action, LocalizedText reason, LocalizedText note, HandoverPlan plan, VerificationStep verification) {}

  public static CheckedReferral referral(ReferralInput in, Node self, NodeRegistry registry, Instant now) {
    CaseInputs c = new CaseInputs();
    if (in == null) {
      throw new InvalidInputException(List.of(new Violation("referral", null, "a JSON object with the referral is required")));
    }
    String reference = c.token("shelterReference", in.shelterReference());
    Node receiving = null;
    if (c.required("receivingNode", in.receivingNode())) {
      Optional<Node> node = registry.find(in.receivingNode());
      if (node.isEmpty()) {
        c.add("receivingNode", in.receivingNode(), "unknown node; known nodes: " + registry.ids());
      } else if (node.get().id().equals(self.id())) {
        c.add("receivingNode", in.receivingNode(), "a case is referred to another country's node, not to this one");
      } else {
        receiving = node.get();
      }
    }
    LocalizedText summary = c.text("summary", in.summary(), self.languageTag());
    String nationality = in.nationalityClaimed();
    if (nationality == null || !nationality.matches("[A-Z]{2}")) {
      c.add("nationalityClaimed", nationality, "required: an ISO 3166-1 alpha-2 country code such as MM or LA");
    }
    VerificationStatus verification = in.nationalityVerification() == null ? VerificationStatus.NOT_STARTED
        : c.oneOf("nationalityVerification", in.nationalityVerification(), VerificationStatus.class, "UNKNOWN");
    int age = -1;
    boolean estimated = false;
    c.identity(in.identity());
    if (in.identity() != null) {
      if (in.identity().dateOfBirth() != null) {
        try {
          LocalDate dob = LocalDate.parse(in.identity().dateOfBirth());
          LocalDate today = now.atZone(self.zone()).toLocalDate();
          if (dob.isAfter(today)) {
            c.add("identity.dateOfBirth", in.identity().dateOfBirth(), "is in the future");
          } else {
            age = Period.between(dob, today).getYears();
          }
        } catch (DateTimeParseException e) {
          c.add("identity.dateOfBirth", in.identity().dateOfBirth(), "must be a date yyyy-MM-dd");
        }
      } else if (in.identity().ageEstimate() != null) {
        if (in.identity().ageEstimate() < 0 || in.identity().ageEstimate() > 120) {
          c.add("identity.ageEstimate", in.identity().ageEstimate().toString(), "must be 0-120 years");
        } else {
          age = in.identity().ageEstimate();
          estimated = true;
        }
      } else {
        c.add("identity", null, "a date of birth or an age estimate is required: children need a guardian or escort");
      }
    }
    boolean child = age >= 0 && age < ADULT_AGE;
    boolean unaccompanied = Boolean.TRUE.equals(in.unaccompaniedMinor());
    if (unaccompanied && age >= ADULT_AGE) {
      c.add("unaccompaniedMinor", "true", "only a person under " + ADULT_AGE + " can be an unaccompanied minor; age is " + age);
    }
    ConsentGiver giver = null;
    Instant consentAt = null;
    String scope = null;
    if (in.consent() == null) {
      c.add("consent", null, "required: no consent, no sharing (who consented, when, to what)");
    } else {
      giver = c.oneOf("consent.givenBy", in.consent().givenBy(), ConsentGiver.class, "UNKNOWN");
      if (giver == ConsentGiver.PERSON && child) {
        c.add("consent.givenBy", "PERSON", "the person is a child (" + age + "): consent must be given by a guardian");
      }
      consentAt = c.instant("consent.givenAt", in.consent().givenAt());
      if (consentAt != null && consentAt.isAfter(now)) {
        c.add("consent.givenAt", in.consent().givenAt(), "consent must have been given already");
      }
      if (c.required("consent.scope", in.consent().scope())) {
        scope = in.consent().scope();
      }
    }
    c.throwIfAny();
    return new CheckedReferral(reference, receiving, summary, nationality, verification, age, estimated, child, unaccompanied, giver, consentAt,
        scope);
  }

  /** The sealed part of a referral: at least one name, none blank; each document with its type and number. */
  private void identity(ReferralInput.IdentityInput identity) {
    List<String> names = identity == null || identity.names() == null ? List.of() : identity.names();
    if (names.stream().allMatch(n -> n == null || n.isBlank())) {
      add("identity.names", null, "at least one name is required");
    } else {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i) == null || names.get(i).isBlank()) {
          add("identity.names[" + i + "]", names.get(i), "a name is not blank: leave out a name that is not known");
        }
      }
    }
    List<ReferralInput.DocumentInput> documents = identity == null || identity.documents() == null ? List.of() : identity.documents();
    for (int i = 0; i < documents.size(); i++) {
      ReferralInput.DocumentInput document = documents.get(i);
      String path = "identity.documents[" + i + "]";
      if (document == null) {
        add(path, null, "a document is an object with its type, number and issuing country");
        continue;
      }
      required(path + ".type", document.type());
      required(path + ".number", document.number());
    }
  }

  /**
   * @param child whether the case is a child's: a handover plan then needs a guardian or social worker escort
   * @param personsListLead how long before the handover the list of persons must be shared
   */
  public static CheckedAction action(ActionInput in, String defaultLanguage, boolean child, Duration personsListLead) {
    CaseInputs c = new CaseInputs();
    if (in == null) {
      throw new InvalidInputException(List.of(new Violation("action", null, "a JSON object with the action is required")));
    }
    CaseActionType action = c.oneOf("action", in.action(), CaseActionType.class, "UNKNOWN");
    LocalizedText reason = in.reason() == null ? null : c.text("reason", in.reason(), defaultLanguage);
    LocalizedText note = in.note() == null ? null : c.text("note", in.note(), defaultLanguage);
    if (action == CaseActionType.REJECT && reason == null) {
      c.add("reason", null, "a rejection needs a reason: the sheltering side is told it");
    }
    HandoverPlan plan = null;
    if (action == CaseActionType.SCHEDULE_HANDOVER) {
      plan = c.plan(in.handoverPlan(), child, personsListLead);
    } else if (in.handoverPlan() != null) {
      c.add("handoverPlan", null, "only SCHEDULE_HANDOVER carries a handover plan");
    }
    VerificationStep verification = null;
    if (action == CaseActionType.RECORD_VERIFICATION) {
      if (in.verification() == null) {
        c.add("verification", null, "RECORD_VERIFICATION needs the step (NATIONALITY_VERIFICATION or FAMILY_TRACING) and its outcome");
      } else {
        VerificationStepType step = c.oneOf("verification.step", in.verification().step(), VerificationStepType.class, "OTHER");
        VerificationOutcome outcome = c.oneOf("verification.outcome", in.verification().outcome(), VerificationOutcome.class, "OTHER");
        if (step != null && outcome != null) {
          verification = new VerificationStep(step, outcome);
        }
      }
    }
    c.throwIfAny();
    return new CheckedAction(action, reason, note, plan, verification);
  }

  /** The reason of an identity erasure: required, since both parties keep it with the tombstone. */
  public static LocalizedText erasureReason(ErasureInput in, String defaultLanguage) {
    CaseInputs c = new CaseInputs();
    LocalizedText reason = c.text("reason", in == null ? null : in.reason(), defaultLanguage);
    c.throwIfAny();
    return reason;
  }

  private HandoverPlan plan(ActionInput.HandoverPlanInput in, boolean child, Duration lead) {
    if (in == null) {
      add("handoverPlan", null, "SCHEDULE_HANDOVER needs the plan: checkpoint, scheduledAt, escorts, travelDocument, personsListSharedAt");
      return null;
    }
    boolean checkpoint = required("handoverPlan.checkpoint", in.checkpoint());
    Instant at = instant("handoverPlan.scheduledAt", in.scheduledAt());
    Instant listShared = instant("handoverPlan.personsListSharedAt", in.personsListSharedAt());
    if (at != null && listShared != null && Duration.between(listShared, at).compareTo(lead) < 0) {
      add("handoverPlan.scheduledAt", in.scheduledAt(), "the list of persons must be shared at least " + lead.toDays() + " days before the"
          + " handover; it was shared " + in.personsListSharedAt());
    }
    TravelDocumentStatus document = oneOf("handoverPlan.travelDocument", in.travelDocument(), TravelDocumentStatus.class, "UNKNOWN");
    List<Escort> escorts = new ArrayList<>();
    List<ActionInput.EscortInput> given = in.escorts() == null ? List.of() : in.escorts();
    if (given.isEmpty()) {
      add("handoverPlan.escorts", null, "at least one escort is required");
    }
    for (int i = 0; i < given.size(); i++) {
      ActionInput.EscortInput e = given.get(i);
      String path = "handoverPlan.escorts[" + i + "]";
      if (e == null || !required(path + ".name", e.name()) || !required(path + ".organisation", e.organisation())) {
        continue;
      }
      EscortRole role = oneOf(path + ".role", e.role(), EscortRole.class, "");
      if (role != null) {
        escorts.add(new Escort(e.name(), role, e.organisation()));
      }
    }
    if (child && escorts.stream().noneMatch(e -> e.getRole() == EscortRole.GUARDIAN || e.getRole() == EscortRole.SOCIAL_WORKER)) {
      add("handoverPlan.escorts", escorts.size() + " escort(s)", "the case is a child's: the plan needs a GUARDIAN or SOCIAL_WORKER escort");
    }
    if (!checkpoint || at == null || listShared == null || document == null) {
      return null;
    }
    return new HandoverPlan(in.checkpoint(), at, escorts, document, listShared);
  }

  private void add(String field, String value, String rule) {
    violations.add(new Violation(field, value, rule));
  }

  private void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, value, "required");
      return false;
    }
    return true;
  }

  private String token(String field, String value) {
    if (required(field, value) && !value.matches("[A-Za-z0-9-]{1,40}")) {
      add(field, value, "1-40 letters, digits and hyphens (it becomes part of the case id)");
      return null;
    }
    return value;
  }

  private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String excluded) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(n -> !n.equals(excluded)).toList();
    if (value == null || !allowed.contains(value)) {
      add(field, value, (value == null ? "required; " : "") + "one of " + allowed);
      return null;
    }
    return Enum.valueOf(type, value);
  }

  private Instant instant(String field, String value) {
    if (!required(field, value)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      add(field, value, "must be a date and time with offset, e.g. 2019-10-01T10:00:00+07:00");
      return null;
    }
  }

  private LocalizedText text(String field, TextDraft draft, String defaultLanguage) {
    if (draft == null) {
      add(field, null, "required: {\"language\": ..., \"text\": ...}");
      return null;
    }
    try {
      return LocalizedTexts.original(draft.language() == null ? defaultLanguage : draft.language(), draft.text());
    } catch (InvalidTextException e) {
      add(field + ".text", draft.text(), e.getMessage());
      return null;
    }
  }
}
