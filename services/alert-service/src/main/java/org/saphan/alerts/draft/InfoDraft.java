package org.saphan.alerts.draft;

import java.util.List;
import org.saphan.platform.text.TextDraft;

/** A CAP {@code info} block. Times are CAP dateTimes with offset. */
public record InfoDraft(
    String language,
    List<String> categories,
    TextDraft event,
    List<String> responseTypes,
    String urgency,
    String severity,
    String certainty,
    TextDraft headline,
    TextDraft description,
    TextDraft instruction,
    String effective,
    String expires,
    List<AreaDraft> areas) {}
