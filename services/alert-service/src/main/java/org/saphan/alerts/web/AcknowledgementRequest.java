package org.saphan.alerts.web;

import org.saphan.alerts.draft.TextDraft;

/** Body of an acknowledgement: an optional note, in the officer's language. */
public record AcknowledgementRequest(TextDraft note) {}
