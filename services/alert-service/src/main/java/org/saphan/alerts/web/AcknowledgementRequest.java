package org.saphan.alerts.web;

import org.saphan.platform.text.TextDraft;

/** Body of an acknowledgement: an optional note, in the officer's language. */
public record AcknowledgementRequest(TextDraft note) {}
