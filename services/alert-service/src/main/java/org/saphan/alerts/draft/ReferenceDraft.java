package org.saphan.alerts.draft;

/** One CAP {@code references} entry: the sender, identifier and sent time of an earlier message. */
public record ReferenceDraft(String sender, String identifier, String sent) {}
