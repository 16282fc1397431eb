package org.saphan.repatriation.input;

import org.saphan.platform.text.TextDraft;

/**
 * An officer's request to erase a case's victim identity: why (the person withdrew consent, the retention period
 * ended ...). The reason is kept in both parties' tombstones and sent to the other party; it must hold no personal data.
 */
public record ErasureInput(TextDraft reason) {}
