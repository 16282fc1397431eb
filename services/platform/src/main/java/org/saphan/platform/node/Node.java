package org.saphan.platform.node;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A border coordination centre running its own Kafka cluster and services.
 *
 * @param id the node id, e.g. {@code mm-tcl}
 * @param name the place, e.g. {@code Tachileik}
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code MM}
 * @param zone the zone its officers live in, e.g. {@code Asia/Yangon} (UTC+06:30)
 * @param language its officers' language as a BCP 47 tag, e.g. {@code my}
 */
public record Node(NodeId id, String name, String country, ZoneId zone, Locale language) {

  public Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(language, "language");
  }

  /** BCP 47 tag of the node's language, e.g. {@code lo}. */
  public String languageTag() {
    return language.toLanguageTag();
  }
}
