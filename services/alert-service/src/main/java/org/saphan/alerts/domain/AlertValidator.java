package org.saphan.alerts.domain;

import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saphan.alerts.cap.CapVocabulary;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.GeocodeDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.text.InvalidTextException;
import org.saphan.platform.text.LocalizedTexts;
import org.saphan.schema.alert.AlertArea;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.alert.AlertReference;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Geocode;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.common.GeoCircle;
import org.saphan.schema.common.LocalizedText;
import org.saphan.schema.common.Provenance;

/**
 * Checks every field of a submitted alert against CAP 1.2 and Saphan's rules, all at once, and
 * turns it into the CAP message to publish (without its envelope). One violation per wrong field:
 * the field's path, the value given, the rule.
 */
public final class AlertValidator {

  /** CAP 1.2: identifiers and senders must not hold spaces, commas, or the restricted characters &lt; and &amp;. */
  private static final String CAP_TOKEN = "[^\\s,<&]+";
  static final int MAX_TOKEN = 200;
  static final int MAX_TEXT = 5_000;
  static final int MAX_ITEMS = 100;

  private final Node self;
  private final NodeRegistry registry;
  private final Supplier<ZonedDateTime> now;

  public AlertValidator(Node self, NodeRegistry registry, Supplier<ZonedDateTime> now) {
    this.self = self;
    this.registry = registry;
    this.now = now;
  }

  /** The node's own CAP sender address, used when a draft names none. */
  public static String senderOf(Node node) {
    return "bcc@" + node.id() + ".saphan";
  }

  /**
   * The CAP message the draft describes, without envelope; throws {@link InvalidInputException}
   * listing every violation.
   */
  public AlertIssued.Builder validate(AlertDraft draft) {
    Checks c = new Checks();
    if (draft == null) {
      c.add("alert", null, "a JSON object with the alert's fields is required");
      throw new InvalidInputException(c.violations);
    }
    ZonedDateTime at = now.get();
    String identifier = draft.identifier() == null ? generatedIdentifier(at) : c.token("identifier", draft.identifier());
    String sender = draft.sender() == null ? senderOf(self) : c.token("sender", draft.sender());
    OffsetDateTime sent = draft.sent() == null ? at.toOffsetDateTime() : c.dateTime("sent", draft.sent());
    AlertStatus status = c.oneOf("status", draft.status(), CapVocabulary::parseStatus, CapVocabulary.allowedStatuses());
    MessageType msgType = c.oneOf("msgType", draft.msgType(), CapVocabulary::parseMsgType, CapVocabulary.allowedMsgTypes());
    Scope scope = c.oneOf("scope", draft.scope(), CapVocabulary::parseScope, CapVocabulary.allowedScopes());
    List<String> addresses = addresses(c, scope, draft.addresses());
    if (scope == Scope.RESTRICTED && blank(draft.restriction())) {
      c.add("restriction", draft.restriction(), "required when scope is Restricted: say who may see the alert");
    }
    List<AlertReference> references = references(c, msgType, draft.references());
    List<String> incidents = c.list("incidents", draft.incidents()).stream().map(i -> c.token("incidents", i)).toList();
    LocalizedText note = draft.note() == null ? null : c.text("note", draft.note(), "en", at.toInstant());
    List<AlertInfo> infos = infos(c, msgType, draft.infos(), sent, at.toInstant());
    if (!c.violations.isEmpty()) {
      throw new InvalidInputException(c.violations);
    }
    return AlertIssued.newBuilder()
        .setIdentifier(identifier)
        .setSender(sender)
        .setSentAt(sent.toInstant())
        .setSentUtcOffsetMinutes(sent.getOffset().getTotalSeconds() / 60)
        .setStatus(status)
        .setMsgType(msgType)
        .setScope(scope)
        .setRestriction(blank(draft.restriction()) ? null : draft.restriction())
        .setAddresses(addresses)
        .setNote(note)
        .setReferences(references)
        .setIncidents(incidents)
        .setInfos(infos);
  }

  private String generatedIdentifier(ZonedDateTime at) {
    return self.id().value().toUpperCase(java.util.Locale.ROOT) + "-" + at.toLocalDate().toString().replace("-", "") + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  private List<String> addresses(Checks c, Scope scope, List<String> given) {
    List<String> addresses = c.list("addresses", given);
    if (scope == Scope.PRIVATE && addresses.isEmpty()) {
      c.add("addresses", null, "required when scope is Private: the ids of the nodes the alert is for, e.g. mm-tcl");
    }
    if (scope != null && scope != Scope.PRIVATE && !addresses.isEmpty()) {
      c.add("addresses", String.join(" ", addresses), "only used with scope Private; Public and Restricted alerts go to every node");
    }
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i);
      Optional<Node> node = registry.find(address);
      if (node.isEmpty()) {
        c.add("addresses[" + i + "]", address, "unknown node; known nodes: " + String.join(", ", registry.ids().stream().map(NodeId::value).toList()));
      } else if (node.get().id().equals(self.id())) {
        c.add("addresses[" + i + "]", address, "a node does not address its own alerts to itself");
      } else if (!valid.contains(address)) {
        valid.add(address);
      }
    }
    return valid;
  }

  private List<AlertReference> references(Checks c, MessageType msgType, List<ReferenceDraft> given) {
    List<ReferenceDraft> drafts = c.list("references", given);
    if (msgType == MessageType.ALERT && !drafts.isEmpty()) {
      c.add("references", drafts.size() + " reference(s)", "a new alert (msgType Alert) refers to no earlier message; use Update or Cancel");
    }
    if (msgType != null && msgType != MessageType.ALERT && drafts.isEmpty()) {
      c.add("references", null, "msgType " + CapVocabulary.capText(msgType) + " must refer to the message it updates, cancels or answers");
    }
    List<AlertReference> references = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String path = "references[" + i + "]";
      ReferenceDraft r = drafts.get(i);
      if (r == null) {
        c.add(path, null, "a reference needs sender, identifier and sent");
        continue;
      }
      String sender = c.token(path + ".sender", r.sender());
      String identifier = c.token(path + ".identifier", r.identifier());
      OffsetDateTime sent = c.dateTime(path + ".sent", r.sent());
      if (sender != null && identifier != null && sent != null) {
        references.add(new AlertReference(sender, identifier, sent.toInstant(), sent.getOffset().getTotalSeconds() / 60));
      }
    }
    return references;
  }

  private List<AlertInfo> infos(Checks c, MessageType msgType, List<InfoDraft> given, OffsetDateTime sent, Instant at) {
    List<InfoDraft> drafts = c.list("infos", given);
    if ((msgType == MessageType.ALERT || msgType == MessageType.UPDATE) && drafts.isEmpty()) {
      c.add("infos", null, "an Alert or Update needs at least one info block (category, event, urgency, severity, certainty)");
    }
    List<AlertInfo> infos = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String path = "infos[" + i + "]";
      InfoDraft d = drafts.get(i);
      if (d == null) {
        c.add(path, null, "an info block is an object");
        continue;
      }
      String language = c.language(path + ".language", d.language());
      List<String> categoryTexts = c.list(path + ".categories", d.categories());
      if (categoryTexts.isEmpty()) {
        c.add(path + ".categories", null, "at least one category is required; one of " + CapVocabulary.allowedCategories());
      }
      var categories = new ArrayList<org.saphan.schema.alert.Category>();
      for (int k = 0; k < categoryTexts.size(); k++) {
        categories.add(c.oneOf(path + ".categories[" + k + "]", categoryTexts.get(k), CapVocabulary::parseCategory, CapVocabulary.allowedCategories()));
      }
      var responseTypes = new ArrayList<org.saphan.schema.alert.ResponseType>();
      List<String> responseTexts = c.list(path + ".responseTypes", d.responseTypes());
      for (int k = 0; k < responseTexts.size(); k++) {
        responseTypes.add(c.oneOf(path + ".responseTypes[" + k + "]", responseTexts.get(k), CapVocabulary::parseResponseType,
            CapVocabulary.allowedResponseTypes()));
      }
      String textLanguage = language == null ? "en" : language;
      LocalizedText event = c.requiredText(path + ".event", d.event(), textLanguage, at);
      var urgency = c.oneOf(path + ".urgency", d.urgency(), CapVocabulary::parseUrgency, CapVocabulary.allowedUrgencies());
      var severity = c.oneOf(path + ".severity", d.severity(), CapVocabulary::parseSeverity, CapVocabulary.allowedSeverities());
      var certainty = c.oneOf(path + ".certainty", d.certainty(), CapVocabulary::parseCertainty, CapVocabulary.allowedCertainties());
      LocalizedText headline = d.headline() == null ? null : c.text(path + ".headline", d.headline(), textLanguage, at);
      LocalizedText description = d.description() == null ? null : c.text(path + ".description", d.description(), textLanguage, at);
      LocalizedText instruction = d.instruction() == null ? null : c.text(path + ".instruction", d.instruction(), textLanguage, at);
      OffsetDateTime effective = d.effective() == null ? null : c.dateTime(path + ".effective", d.effective());
      OffsetDateTime expires = d.expires() == null ? null : c.dateTime(path + ".expires", d.expires());
      if (expires != null && sent != null && !expires.isAfter(sent)) {
        c.add(path + ".expires", d.expires(), "must be after the alert's sent time " + CapVocabulary.formatDateTime(sent.toInstant(),
            sent.getOffset().getTotalSeconds() / 60));
      }
      if (expires != null && effective != null && !expires.isAfter(effective)) {
        c.add(path + ".expires", d.expires(), "must be after effective " + d.effective());
      }
      List<AlertArea> areas = areas(c, path, d.areas(), textLanguage, at);
      if (c.violations.isEmpty()) {
        infos.add(AlertInfo.newBuilder()
            .setLanguage(language)
            .setCategories(categories)
            .setEvent(event)
            .setResponseTypes(responseTypes)
            .setUrgency(urgency)
            .setSeverity(severity)
            .setCertainty(certainty)
            .setHeadline(headline)
            .setDescription(description)
            .setInstruction(instruction)
            .setEffectiveAt(effective == null ? null : effective.toInstant())
            .setExpiresAt(expires == null ? null : expires.toInstant())
            .setAreas(areas)
            .build());
      }
    }
    return infos;
  }

  private List<AlertArea> areas(Checks c, String infoPath, List<AreaDraft> given, String language, Instant at) {
    List<AreaDraft> drafts = c.list(infoPath + ".areas", given);
    List<AlertArea> areas = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String path = infoPath + ".areas[" + i + "]";
      AreaDraft d = drafts.get(i);
      if (d == null) {
        c.add(path, null, "an area is an object with areaDesc and optional polygons, circles, geocodes");
        continue;
      }
      LocalizedText description = c.requiredText(path + ".areaDesc", d.areaDesc(), language, at);
      List<String> polygons = c.list(path + ".polygons", d.polygons());
      for (int k = 0; k < polygons.size(); k++) {
        if (polygons.get(k) == null || !CapVocabulary.isValidPolygon(polygons.get(k))) {
          c.add(path + ".polygons[" + k + "]", polygons.get(k),
              "a CAP polygon is at least 4 'lat,lon' pairs separated by spaces, the first equal to the last, in WGS 84 ranges");
        }
      }
      List<GeoCircle> circles = new ArrayList<>();
      List<String> circleTexts = c.list(path + ".circles", d.circles());
      for (int k = 0; k < circleTexts.size(); k++) {
        Optional<GeoCircle> circle = circleTexts.get(k) == null ? Optional.empty() : CapVocabulary.parseCircle(circleTexts.get(k));
        if (circle.isEmpty()) {
          c.add(path + ".circles[" + k + "]", circleTexts.get(k), "a CAP circle is 'lat,lon radius' in WGS 84 degrees and kilometres, e.g. '20.4487,99.8812 1.0'");
        } else {
          circles.add(circle.get());
        }
      }
      List<Geocode> geocodes = new ArrayList<>();
      List<GeocodeDraft> geocodeDrafts = c.list(path + ".geocodes", d.geocodes());
      for (int k = 0; k < geocodeDrafts.size(); k++) {
        GeocodeDraft g = geocodeDrafts.get(k);
        if (g == null || blank(g.valueName()) || blank(g.value())) {
          c.add(path + ".geocodes[" + k + "]", g == null ? null : g.valueName() + "=" + g.value(), "a geocode needs valueName and value");
        } else {
          geocodes.add(new Geocode(g.valueName(), g.value()));
        }
      }
      if (description != null) {
        areas.add(AlertArea.newBuilder().setAreaDesc(description).setPolygons(polygons).setCircles(circles).setGeocodes(geocodes).build());
      }
    }
    return areas;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Collects violations; each check returns the parsed value, or null when it added a violation. */
  private static final class Checks {
    final List<Violation> violations = new ArrayList<>();

    void add(String field, String value, String rule) {
      violations.add(new Violation(field, value, rule));
    }

    String token(String field, String value) {
      if (blank(value)) {
        add(field, value, "required");
        return null;
      }
      if (value.length() > MAX_TOKEN || !value.matches(CAP_TOKEN)) {
        add(field, value, "must be 1-" + MAX_TOKEN + " characters without spaces, commas, '<' or '&' (CAP 1.2)");
        return null;
      }
      return value;
    }

    <E> E oneOf(String field, String value, Function<String, Optional<E>> parser, List<String> allowed) {
      if (blank(value)) {
        add(field, value, "required; one of " + allowed);
        return null;
      }
      Optional<E> parsed = parser.apply(value);
      if (parsed.isEmpty()) {
        add(field, value, "must be one of " + allowed + " (CAP 1.2 spelling)");
        return null;
      }
      return parsed.get();
    }

    OffsetDateTime dateTime(String field, String value) {
      if (blank(value)) {
        add(field, value, "required; a CAP date and time with offset, e.g. 2019-09-24T09:00:00+07:00");
        return null;
      }
      Optional<OffsetDateTime> parsed = CapVocabulary.parseDateTime(value);
      if (parsed.isEmpty()) {
        add(field, value, "must be a CAP date and time with offset, e.g. 2019-09-24T09:00:00+07:00 (no 'Z', no fractions of a second)");
        return null;
      }
      return parsed.get();
    }

    String language(String field, String value) {
      if (blank(value)) {
        add(field, value, "required: the BCP 47 language of this info block, e.g. th, my, lo or en");
        return null;
      }
      try {
        LocalizedTexts.original(value, "x");
        return value;
      } catch (InvalidTextException e) {
        add(field, value, e.getMessage());
        return null;
      }
    }

    <T> List<T> list(String field, List<T> value) {
      if (value == null) {
        return List.of();
      }
      if (value.size() > MAX_ITEMS) {
        add(field, value.size() + " items", "at most " + MAX_ITEMS + " items");
        return List.of();
      }
      return value;
    }

    LocalizedText requiredText(String field, TextDraft draft, String defaultLanguage, Instant at) {
      if (draft == null || blank(draft.text())) {
        add(field + ".text", draft == null ? null : draft.text(), "required");
        return null;
      }
      return text(field, draft, defaultLanguage, at);
    }

    LocalizedText text(String field, TextDraft draft, String defaultLanguage, Instant at) {
      String language = blank(draft.language()) ? defaultLanguage : draft.language();
      if (draft.text() != null && draft.text().length() > MAX_TEXT) {
        add(field + ".text", draft.text().substring(0, 40) + "...", "at most " + MAX_TEXT + " characters, got " + draft.text().length());
        return null;
      }
      LocalizedText text;
      try {
        text = LocalizedTexts.original(language, draft.text());
      } catch (InvalidTextException e) {
        add(field + (e.getMessage().contains("language") ? ".language" : ".text"), abbreviated(draft.text()), e.getMessage());
        return null;
      }
      List<TranslationDraft> translations = list(field + ".translations", draft.translations());
      for (int i = 0; i < translations.size(); i++) {
        String path = field + ".translations[" + i + "]";
        TranslationDraft t = translations.get(i);
        if (t == null) {
          add(path, null, "a translation needs language, text and provenance");
          continue;
        }
        Provenance provenance = oneOf(path + ".provenance", t.provenance(), AlertValidator::provenance, List.of("HUMAN", "MACHINE", "GLOSSARY"));
        if (t.text() != null && t.text().length() > MAX_TEXT) {
          add(path + ".text", abbreviated(t.text()), "at most " + MAX_TEXT + " characters");
          continue;
        }
        try {
          if (provenance != null) {
            text = LocalizedTexts.withTranslation(text, t.language(), t.text(), provenance, blank(t.translator()) ? null : t.translator(), at,
                Boolean.TRUE.equals(t.reviewed()));
          }
        } catch (InvalidTextException e) {
          add(path + (e.getMessage().contains("language") ? ".language" : ".text"), abbreviated(t.text()), e.getMessage());
        }
      }
      return text;
    }

    private static String abbreviated(String text) {
      return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
  }

  private static Optional<Provenance> provenance(String text) {
    return switch (text) {
      case "HUMAN" -> Optional.of(Provenance.HUMAN);
      case "MACHINE" -> Optional.of(Provenance.MACHINE);
      case "GLOSSARY" -> Optional.of(Provenance.GLOSSARY);
      default -> Optional.empty();
    };
  }
}
