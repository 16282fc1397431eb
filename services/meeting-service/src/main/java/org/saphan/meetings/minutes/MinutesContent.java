package org.saphan.meetings.minutes;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.saphan.platform.text.reader.ReaderFormat;
import org.saphan.platform.text.reader.ReaderFormat.ZoneName;
import org.saphan.platform.text.reader.ReaderLanguage;
import org.saphan.platform.text.reader.ReaderText;
import org.saphan.platform.text.reader.TranslationStatus;
import org.saphan.schema.common.LocalizedText;

/**
 * What the minutes say to one reader, independent of the output format: every text already in the
 * reader's language with its translation status, every date formatted, every label translated. The
 * HTML and the PDF writers only lay this out, so both always carry the same content.
 *
 * @param format the reader's dates and numbers (in the digits of the reader's documents)
 */
record MinutesContent(ReaderFormat format, String plainTitle, List<Span> title, List<Fact> facts, List<Section> sections,
    String footer) {

  /** How a span is shown; the writers map kinds to CSS classes or to PDF sizes and colours. */
  enum Kind {
    /** A text of the meeting (from a LocalizedText). */
    TEXT,
    /** The translation status badge of the text before it. */
    STATUS,
    /** Marks an overdue action item. */
    OVERDUE,
    /** An identifier: node id, alert or case id. */
    REFERENCE,
    /** Secondary information: labels, note times. */
    MUTED,
    /** Fixed wording of the minutes in the reader's language. */
    LABEL
  }

  /**
   * @param language BCP 47 tag of {@code text} (may differ from the reader's, e.g. an untranslated original)
   * @param status for STATUS spans, the status the badge shows; else null
   * @param detail extra information for a tooltip (the translator), or null
   * @param spaceBefore whether a space separates it from the span before (Thai writes "การประชุม" and the
   *     series' name together, so the title's template says where its spaces are)
   */
  record Span(String text, String language, Kind kind, TranslationStatus status, String detail, boolean spaceBefore) {
    Span {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(kind, "kind");
    }
  }

  record Fact(String label, List<Span> value) {}

  /** @param marker the item's number or bullet; {@code children} are an action item's progress notes */
  record Entry(String marker, List<Span> text, List<Fact> facts, List<Entry> children, boolean overdue) {}

  /** @param id stable section id (participants, agenda, decisions, actions); {@code emptyText} when no entries */
  record Section(String id, String heading, List<Entry> entries, String emptyText) {}

  static MinutesContent of(Minutes minutes, ReaderLanguage language, Instant exportedAt) {
    return new Builder(minutes, ReaderFormat.of(language)).build(exportedAt);
  }

  ReaderLanguage language() {
    return format.language();
  }

  /** Builds the content; one instance per rendering. */
  private static final class Builder {
    private static final String BULLET = "•";

    private final Minutes minutes;
    private final ReaderLanguage language;
    private final ReaderFormat format;
    private final ZoneId meetingZone;

    Builder(Minutes minutes, ReaderFormat format) {
      this.minutes = Objects.requireNonNull(minutes, "minutes");
      this.language = format.language();
      this.format = format;
      this.meetingZone = Objects.requireNonNull(minutes.startsAt(), "minutes.startsAt").getZone();
    }

    MinutesContent build(Instant exportedAt) {
      ReaderText series = read(minutes.series());
      String template = titleTemplate(series);
      int at = template.indexOf("{series}");
      List<Span> title = new ArrayList<>();
      addLabel(title, template.substring(0, at));
      title.add(new Span(series.text(), series.language(), Kind.TEXT, null, null, false));
      addLabel(title, template.substring(at + "{series}".length()));
      title.add(status(series));
      String plainTitle = template.replace("{series}", series.text());

      List<Section> sections = List.of(participants(), agenda(), decisions(), actions());
      String footer = minutes.meetingId() + " · " + label(MinutesLabel.EXPORTED) + " "
          + dateTime(exportedAt);
      return new MinutesContent(format, plainTitle, List.copyOf(title), headerFacts(), sections, footer);
    }

    private String titleTemplate(ReaderText series) {
      String template = label(MinutesLabel.TITLE);
      if (language == ReaderLanguage.EN && series.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
        template = template.replace("of the {series}", "of {series}");
      }
      String number = language == ReaderLanguage.EN
          ? new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.ORDINAL).format(minutes.number())
          : format.number(minutes.number());
      return template.replace("{number}", number);
    }

    private List<Fact> headerFacts() {
      List<Fact> facts = new ArrayList<>();
      facts.add(new Fact(label(MinutesLabel.DATE), List.of(plain(dateTime(minutes.startsAt().toInstant()), Kind.LABEL))));
      facts.add(new Fact(label(MinutesLabel.VENUE), text(read(minutes.venue()))));
      facts.add(new Fact(label(MinutesLabel.HOST), organisationOf(minutes.hostNode())));
      List<String> names = orEmpty(minutes.languages()).stream()
          .map(tag -> ULocale.forLanguageTag(tag).getDisplayLanguage(language.locale()))
          .toList();
      // ICU joins as each language does: "ไทย พม่า และลาว", "Thai, Burmese and Lao".
      facts.add(new Fact(label(MinutesLabel.LANGUAGES), List.of(plain(ListFormatter.getInstance(language.locale()).format(names), Kind.LABEL))));
      facts.add(new Fact(label(MinutesLabel.MEETING_ID), List.of(reference(minutes.meetingId()))));
      return List.copyOf(facts);
    }

    private Section participants() {
      List<Entry> entries = orEmpty(minutes.participants()).stream()
          .map(p -> new Entry(BULLET, withNode(text(read(p.organisation())), p.node()), List.of(), List.of(), false))
          .toList();
      return section("participants", MinutesLabel.PARTICIPANTS, entries);
    }

    private Section agenda() {
      List<Entry> entries = orEmpty(minutes.agenda()).stream()
          .map(item -> new Entry(format.number(item.number()) + ".", text(read(item.title())), linkFacts(item.links()), List.of(),
              false))
          .toList();
      return section("agenda", MinutesLabel.AGENDA, entries);
    }

    private Section decisions() {
      List<Entry> entries = new ArrayList<>();
      List<Minutes.Decision> decisions = orEmpty(minutes.decisions());
      for (int i = 0; i < decisions.size(); i++) {
        Minutes.Decision decision = decisions.get(i);
        entries.add(new Entry(format.number(i + 1L) + ".", text(read(decision.text())), agendaFact(decision.agendaItemId()),
            List.of(), false));
      }
      return section("decisions", MinutesLabel.DECISIONS, entries);
    }

    private Section actions() {
      List<Entry> entries = new ArrayList<>();
      List<Minutes.ActionItem> actions = orEmpty(minutes.actions());
      for (int i = 0; i < actions.size(); i++) {
        Minutes.ActionItem action = actions.get(i);
        List<Span> text = new ArrayList<>(text(read(action.title())));
        if (action.overdue()) {
          text.add(plain(label(MinutesLabel.OVERDUE), Kind.OVERDUE));
        }
        List<Fact> facts = new ArrayList<>(agendaFact(action.agendaItemId()));
        List<Span> owner = action.ownerOrganisation() == null ? List.of() : text(read(action.ownerOrganisation()));
        facts.add(new Fact(label(MinutesLabel.OWNER), withNode(owner, action.ownerNode())));
        if (action.dueDate() != null) {
          facts.add(new Fact(label(MinutesLabel.DUE), List.of(plain(format.date(action.dueDate()), Kind.LABEL))));
        }
        facts.add(new Fact(label(MinutesLabel.STATUS),
            List.of(plain(MinutesLabel.actionStatus(action.status(), language), Kind.LABEL))));
        facts.addAll(linkFacts(action.links()));
        List<Entry> notes = orEmpty(action.notes()).stream().map(this::note).toList();
        entries.add(new Entry(format.number(i + 1L) + ".", List.copyOf(text), List.copyOf(facts), notes, action.overdue()));
      }
      return section("actions", MinutesLabel.ACTION_ITEMS, entries);
    }

    private Entry note(Minutes.ProgressNote note) {
      List<Span> text = new ArrayList<>();
      text.add(plain(dateTime(note.at().toInstant()), Kind.MUTED));
      String author = note.officerId() == null || note.officerId().isBlank() ? note.authorNode() : note.authorNode() + "/" + note.officerId();
      text.add(reference(author));
      text.addAll(text(read(note.text())));
      return new Entry("–", List.copyOf(text), List.of(), List.of(), false);
    }

    private List<Fact> agendaFact(String agendaItemId) {
      if (agendaItemId == null) {
        return List.of();
      }
      Optional<Minutes.AgendaItem> item = orEmpty(minutes.agenda()).stream().filter(a -> a.itemId().equals(agendaItemId)).findFirst();
      String value = item.map(a -> format.number(a.number())).orElse(agendaItemId);
      return List.of(new Fact(label(MinutesLabel.AGENDA_ITEM), List.of(plain(value, Kind.LABEL))));
    }

    /** Links "alert:ID" and "case:ID" named in the reader's language; anything else shown as it is. */
    private List<Fact> linkFacts(List<String> links) {
      if (links == null || links.isEmpty()) {
        return List.of();
      }
      List<Span> value = new ArrayList<>();
      for (String link : links) {
        if (!value.isEmpty()) {
          value.add(new Span(",", language.tag(), Kind.LABEL, null, null, false));
        }
        int colon = link.indexOf(':');
        String kind = colon < 0 ? "" : link.substring(0, colon);
        MinutesLabel name = switch (kind) {
          case "alert" -> MinutesLabel.ALERT;
          case "case" -> MinutesLabel.CASE;
          default -> null;
        };
        if (name == null) {
          value.add(reference(link));
        } else {
          value.add(plain(label(name), Kind.LABEL));
          value.add(reference(link.substring(colon + 1)));
        }
      }
      return List.of(new Fact(label(MinutesLabel.LINKS), List.copyOf(value)));
    }

    private List<Span> organisationOf(String node) {
      Optional<Minutes.Participant> participant = orEmpty(minutes.participants()).stream().filter(p -> p.node().equals(node)).findFirst();
      return withNode(participant.map(p -> text(read(p.organisation()))).orElse(List.of()), node);
    }

    private List<Span> withNode(List<Span> organisation, String node) {
      List<Span> spans = new ArrayList<>(organisation);
      if (node != null) {
        spans.add(reference(node));
      }
      return List.copyOf(spans);
    }

    private Section section(String id, MinutesLabel heading, List<Entry> entries) {
      return new Section(id, label(heading), List.copyOf(entries), label(MinutesLabel.NONE));
    }

    /** Every time of the minutes is shown in the meeting's zone, named: participants are in two offsets. */
    private String dateTime(Instant at) {
      return format.dateTime(at, meetingZone, ZoneName.SHOWN);
    }

    private ReaderText read(LocalizedText text) {
      return ReaderText.of(Objects.requireNonNull(text, "a text of the minutes is null"), language.tag());
    }

    /** A text followed by its status badge: every text of the meeting shown says how it got into this language. */
    private List<Span> text(ReaderText text) {
      return List.of(new Span(text.text(), text.language(), Kind.TEXT, null, null, true), status(text));
    }

    private Span status(ReaderText text) {
      return new Span(text.status().label(language), language.tag(), Kind.STATUS, text.status(), text.translator(), true);
    }

    /** Words of the minutes themselves, in the reader's language. */
    private Span plain(String text, Kind kind) {
      return new Span(text, language.tag(), kind, null, null, true);
    }

    private Span reference(String id) {
      // Ids are ASCII whatever the reader's language.
      return new Span(id, "en", Kind.REFERENCE, null, null, true);
    }

    /** A piece of the title's template: its spaces are in the template. */
    private void addLabel(List<Span> spans, String text) {
      if (!text.isEmpty()) {
        spans.add(new Span(text, language.tag(), Kind.LABEL, null, null, false));
      }
    }

    /** A list the view left out is an empty one: minutes of a meeting without decisions are still minutes. */
    private static <T> List<T> orEmpty(List<T> list) {
      return list == null ? List.of() : list;
    }

    private String label(MinutesLabel label) {
      return label.in(language);
    }
  }
}
