package org.saphan.alerts.draft;

import java.util.List;
import org.saphan.platform.text.TextDraft;

/**
 * An alert message as an officer submits it (JSON) or a foreign system sends it (CAP 1.2 XML):
 * every value as given, in CAP's own spelling ({@code "Actual"}, {@code "Private"},
 * {@code "2019-09-24T09:00:00+07:00"}), not yet checked. {@code AlertValidator} checks all of it
 * at once and names each wrong field.
 *
 * @param identifier CAP identifier; may be left out when sending through REST (the node assigns one)
 * @param sender CAP sender; may be left out (the node's own sender address is used)
 * @param sent CAP dateTime with offset; may be left out (the node's clock, in its zone)
 * @param addresses node ids (scope Private)
 */
public record AlertDraft(
    String identifier,
    String sender,
    String sent,
    String status,
    String msgType,
    String scope,
    String restriction,
    List<String> addresses,
    List<ReferenceDraft> references,
    List<String> incidents,
    TextDraft note,
    List<InfoDraft> infos) {}
