package org.saphan.alerts.domain;

import java.util.List;
import org.saphan.alerts.cap.CapVocabulary;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.GeocodeDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import org.saphan.schema.alert.AlertInfo;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.common.LocalizedText;

/**
 * A stored CAP message in the shape officers submit (CAP spelling, dateTimes with the sender's
 * offset, texts as written with their translations): what the API returns, and what an officer can
 * edit and send back as an Update.
 */
public final class AlertDrafts {

  private AlertDrafts() {}

  public static AlertDraft from(AlertIssued cap) {
    int offset = cap.getSentUtcOffsetMinutes();
    return new AlertDraft(
        cap.getIdentifier(),
        cap.getSender(),
        CapVocabulary.formatDateTime(cap.getSentAt(), offset),
        CapVocabulary.capText(cap.getStatus()),
        CapVocabulary.capText(cap.getMsgType()),
        CapVocabulary.capText(cap.getScope()),
        cap.getRestriction(),
        List.copyOf(cap.getAddresses()),
        cap.getReferences().stream()
            .map(r -> new ReferenceDraft(r.getSender(), r.getIdentifier(), CapVocabulary.formatDateTime(r.getSentAt(), r.getSentUtcOffsetMinutes())))
            .toList(),
        List.copyOf(cap.getIncidents()),
        text(cap.getNote()),
        cap.getInfos().stream().map(i -> info(i, offset)).toList());
  }

  private static InfoDraft info(AlertInfo info, int offset) {
    return new InfoDraft(
        info.getLanguage(),
        info.getCategories().stream().map(CapVocabulary::capText).toList(),
        text(info.getEvent()),
        info.getResponseTypes().stream().map(CapVocabulary::capText).toList(),
        CapVocabulary.capText(info.getUrgency()),
        CapVocabulary.capText(info.getSeverity()),
        CapVocabulary.capText(info.getCertainty()),
        text(info.getHeadline()),
        text(info.getDescription()),
        text(info.getInstruction()),
        info.getEffectiveAt() == null ? null : CapVocabulary.formatDateTime(info.getEffectiveAt(), offset),
        info.getExpiresAt() == null ? null : CapVocabulary.formatDateTime(info.getExpiresAt(), offset),
        info.getAreas().stream()
            .map(a -> new AreaDraft(text(a.getAreaDesc()), List.copyOf(a.getPolygons()),
                a.getCircles().stream().map(CapVocabulary::circleText).toList(),
                a.getGeocodes().stream().map(g -> new GeocodeDraft(g.getValueName(), g.getValue())).toList()))
            .toList());
  }

  private static TextDraft text(LocalizedText text) {
    if (text == null) {
      return null;
    }
    return new TextDraft(text.getLanguage(), text.getText(), text.getTranslations().stream()
        .map(t -> new TranslationDraft(t.getLanguage(), t.getText(), t.getProvenance().name(), t.getTranslator(), t.getReviewed()))
        .toList());
  }
}
