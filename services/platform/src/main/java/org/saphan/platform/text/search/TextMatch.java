package org.saphan.platform.text.search;

/**
 * Where a query matched in a text: UTF-16 offsets into the text as indexed, and whether it was a
 * phrase match (the query's words are the text's words) or a substring match.
 */
record TextMatch(int start, int end, boolean phrase) {}
