package org.saphan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.draft.AreaDraft;
import org.saphan.alerts.draft.InfoDraft;
import org.saphan.alerts.draft.ReferenceDraft;
import org.saphan.platform.text.TextDraft;
import org.saphan.platform.text.TranslationDraft;
import org.saphan.platform.config.Utf8Properties;

/**
 * The alerts a Chiang Rai officer sends in the demo, as the JSON the REST API takes, written from
 * the seed texts ({@code demo/seed-scenario.properties} in the sandbox: Thai originals, Burmese,
 * Lao and English translations recorded as unreviewed).
 */
final class DemoAlerts {

  private static final Properties TEXTS = Utf8Properties.fromClasspath("/demo/seed-scenario.properties");

  private DemoAlerts() {}

  /** To every centre: watch for illegal crossings at the Friendship Bridge. */
  static AlertDraft crossing(String identifier, String sent) {
    return new AlertDraft(identifier, null, sent, "Exercise", "Alert", "Public", null, List.of(), List.of(), List.of(), null,
        List.of(info("crossing", List.of("my", "lo", "en"), "Severe", "Immediate", "Likely", "Monitor", "20.4487,99.8812 1.0")));
  }

  /** To Tachileik only: three Myanmar nationals found as victims in Mae Sai. */
  static AlertDraft victims(String identifier, String sent) {
    return new AlertDraft(identifier, null, sent, "Exercise", "Alert", "Private", null, List.of("mm-tcl"), List.of(), List.of(), null,
        List.of(info("victims", List.of("my", "en"), "Severe", "Expected", "Observed", "Prepare", "20.4330,99.8760 5.0")));
  }

  /** An Update (raising the severity) or a Cancel of {@code earlier}. */
  static AlertDraft followUp(AlertDraft earlier, String msgType, String identifier, String sent) {
    List<InfoDraft> infos = new ArrayList<>();
    if (!msgType.equals("Cancel")) {
      InfoDraft i = earlier.infos().get(0);
      infos.add(new InfoDraft(i.language(), i.categories(), i.event(), i.responseTypes(), i.urgency(), "Extreme", "Observed", i.headline(),
          i.description(), i.instruction(), i.effective(), i.expires(), i.areas()));
    }
    return new AlertDraft(identifier, null, sent, earlier.status(), msgType, earlier.scope(), null, earlier.addresses(),
        List.of(new ReferenceDraft("bcc@th-cei.saphan", earlier.identifier(), earlier.sent())), List.of(), null, infos);
  }

  private static InfoDraft info(String key, List<String> languages, String severity, String urgency, String certainty, String response,
      String circle) {
    return new InfoDraft("th", List.of("Security", "Rescue"), text(key, "event", languages), List.of(response), urgency, severity, certainty,
        text(key, "headline", languages), text(key, "description", languages), null, null, null,
        List.of(new AreaDraft(text(key, "area", languages), List.of(), List.of(circle), List.of())));
  }

  private static TextDraft text(String key, String field, List<String> languages) {
    List<TranslationDraft> translations = languages.stream()
        .map(l -> new TranslationDraft(l, line(key + "." + l + "." + field), "HUMAN", "saphan-demo", false))
        .toList();
    return new TextDraft("th", line(key + ".th." + field), translations);
  }

  private static String line(String key) {
    String line = TEXTS.getProperty(key);
    if (line == null) {
      throw new IllegalStateException("demo/seed-scenario.properties has no " + key);
    }
    return line;
  }
}
