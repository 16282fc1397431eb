package org.saphan.alerts.draft;

/** A CAP {@code geocode}: a value and the name of the coding system. */
public record GeocodeDraft(String valueName, String value) {}
