package org.saphan.audit.fuzz;

/** What a fuzzed request must get from the node. */
public enum Expected {
  /** It breaks a rule (malformed JSON, a wrong type, a made-up enum value ...): a 4xx with a clear message, and nothing written. */
  REFUSAL,
  /**
   * It may still be valid (an optional field left out, a text in another script, a number sent as a
   * string): a 2xx, or a 4xx with a clear message; never a 5xx.
   */
  ANSWER
}
