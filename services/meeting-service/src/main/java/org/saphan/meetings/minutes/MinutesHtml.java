package org.saphan.meetings.minutes;

import java.util.List;
import java.util.Locale;
import org.saphan.meetings.minutes.MinutesContent.Entry;
import org.saphan.meetings.minutes.MinutesContent.Fact;
import org.saphan.meetings.minutes.MinutesContent.Section;
import org.saphan.meetings.minutes.MinutesContent.Span;

/**
 * Writes {@link MinutesContent} as one standalone HTML5 page: UTF-8, CSS embedded, no script, no
 * external resource needed. Fonts: the bundled Noto files are declared with {@code @font-face}
 * (a {@code fonts/} folder next to the page, see {@code src/main/resources/fonts}), each limited to
 * its script by {@code unicode-range}; when they are absent the browser falls through the list to
 * the system's Thai, Burmese and Lao fonts, which browsers shape correctly anyway.
 *
 * <p>Every text from the meeting is escaped: they are typed by officers of three countries and
 * must never become markup.
 */
final class MinutesHtml {

  private static final String CSS = """
      @font-face { font-family: "Saphan Noto Sans"; src: local("Noto Sans"), local("NotoSans-Regular"), \
      url("fonts/NotoSans-Regular.ttf") format("truetype"); }
      @font-face { font-family: "Saphan Noto Sans Thai"; src: local("Noto Sans Thai"), local("NotoSansThai-Regular"), \
      url("fonts/NotoSansThai-Regular.ttf") format("truetype"); unicode-range: U+0E00-0E7F; }
      @font-face { font-family: "Saphan Noto Sans Myanmar"; src: local("Noto Sans Myanmar"), local("NotoSansMyanmar-Regular"), \
      url("fonts/NotoSansMyanmar-Regular.ttf") format("truetype"); unicode-range: U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F; }
      @font-face { font-family: "Saphan Noto Sans Lao"; src: local("Noto Sans Lao"), local("NotoSansLao-Regular"), \
      url("fonts/NotoSansLao-Regular.ttf") format("truetype"); unicode-range: U+0E80-0EFF; }
      body { font-family: "Saphan Noto Sans Thai", "Saphan Noto Sans Myanmar", "Saphan Noto Sans Lao", "Saphan Noto Sans", \
      "Leelawadee UI", Tahoma, "Myanmar Text", Padauk, "Lao UI", "Phetsarath OT", "Noto Sans", system-ui, sans-serif; \
      max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1b1b1b; }
      :lang(my) { line-height: 1.9; }
      h1 { font-size: 1.45rem; line-height: 1.5; font-weight: 600; }
      h2 { font-size: 1.15rem; border-bottom: 1px solid #999; margin-top: 1.8rem; font-weight: 600; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .3rem 0; }
      dl.facts dt { color: #555; }
      dl.facts dd { margin: 0; }
      ol.entries, ul.notes { list-style: none; padding-left: 0; }
      li.entry { display: grid; grid-template-columns: 2rem 1fr; margin: .5rem 0; }
      li.entry.overdue { border-left: 3px solid #b00020; padding-left: .4rem; }
      .marker { color: #555; }
      ul.notes li { margin: .25rem 0 .25rem 1rem; }
      .status { font-size: .75em; color: #444; border: 1px solid #aaa; border-radius: .6em; padding: 0 .45em; \
      white-space: nowrap; }
      .status-stale, .status-missing { border-color: #b36b00; color: #8a5200; }
      .status-machine { border-style: dashed; }
      .overdue-flag { color: #b00020; font-weight: 600; }
      .muted, footer { color: #555; }
      code { font-size: .9em; }
      footer { margin-top: 2rem; font-size: .85em; border-top: 1px solid #ccc; padding-top: .4rem; }
      """;

  private final StringBuilder out = new StringBuilder(16_384);
  private final String pageLanguage;

  private MinutesHtml(String pageLanguage) {
    this.pageLanguage = pageLanguage;
  }

  static String write(MinutesContent content) {
    return new MinutesHtml(content.language().tag()).page(content);
  }

  private String page(MinutesContent content) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(pageLanguage)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(content.plainTitle())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>");
    spans(content.title());
    out.append("</h1>\n");
    facts(content.facts());
    out.append("</header>\n<main>\n");
    for (Section section : content.sections()) {
      section(section);
    }
    out.append("</main>\n<footer>").append(escape(content.footer())).append("</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void section(Section section) {
    out.append("<section id=\"").append(escape(section.id())).append("\">\n<h2>").append(escape(section.heading())).append("</h2>\n");
    if (section.entries().isEmpty()) {
      out.append("<p class=\"muted\">").append(escape(section.emptyText())).append("</p>\n");
    } else {
      out.append("<ol class=\"entries\">\n");
      for (Entry entry : section.entries()) {
        entry(entry);
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private void entry(Entry entry) {
    out.append("<li class=\"entry").append(entry.overdue() ? " overdue" : "").append("\"><span class=\"marker\">")
        .append(escape(entry.marker())).append("</span><div>\n<p>");
    spans(entry.text());
    out.append("</p>\n");
    facts(entry.facts());
    if (!entry.children().isEmpty()) {
      out.append("<ul class=\"notes\">\n");
      for (Entry note : entry.children()) {
        out.append("<li>").append(escape(note.marker())).append(' ');
        spans(note.text());
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</div></li>\n");
  }

  private void facts(List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    out.append("<dl class=\"facts\">\n");
    for (Fact fact : facts) {
      out.append("<dt>").append(escape(fact.label())).append("</dt><dd>");
      spans(fact.value());
      out.append("</dd>\n");
    }
    out.append("</dl>\n");
  }

  private void spans(List<Span> spans) {
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (i > 0 && span.spaceBefore()) {
        out.append(' ');
      }
      span(span);
    }
  }

  private void span(Span span) {
    String text = escape(span.text());
    switch (span.kind()) {
      case TEXT -> out.append("<span class=\"text\"").append(langIfOther(span)).append('>').append(text).append("</span>");
      case STATUS -> {
        out.append("<span class=\"status status-").append(span.status().name().toLowerCase(Locale.ROOT).replace('_', '-')).append('"');
        if (span.detail() != null) {
          out.append(" title=\"").append(escape(span.detail())).append('"');
        }
        out.append('>').append(text).append("</span>");
      }
      case OVERDUE -> out.append("<strong class=\"overdue-flag\">").append(text).append("</strong>");
      case REFERENCE -> out.append("<code>").append(text).append("</code>");
      case MUTED -> out.append("<span class=\"muted\">").append(text).append("</span>");
      case LABEL -> out.append(text);
    }
  }

  /** A text in another language than the page's is tagged, for the right font, hyphenation and screen reader voice. */
  private String langIfOther(Span span) {
    return span.language().equals(pageLanguage) ? "" : " lang=\"" + escape(span.language()) + "\"";
  }

  /** Escapes for element content and quoted attribute values alike. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
