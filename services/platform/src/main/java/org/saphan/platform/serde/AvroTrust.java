package org.saphan.platform.serde;

import java.util.LinkedHashSet;
import java.util.Set;
import org.saphan.schemas.EventCatalog;

/**
 * Avro 1.12 refuses to decode classes outside the packages listed in the system property
 * {@value #PROPERTY}, read once when Avro's {@code SpecificDatumReader} is first loaded. This adds the
 * project's generated packages to whatever the deployment already trusts, before any decoding.
 */
final class AvroTrust {

  static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

  private AvroTrust() {}

  static synchronized void trustGeneratedPackages() {
    Set<String> trusted = new LinkedHashSet<>();
    String current = System.getProperty(PROPERTY);
    if (current != null && !current.isBlank()) {
      for (String p : current.split(",")) {
        trusted.add(p.trim());
      }
    }
    trusted.addAll(EventCatalog.GENERATED_PACKAGES);
    System.setProperty(PROPERTY, String.join(",", trusted));
  }
}
