package org.saphan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saphan.alerts.scenario.ServiceFederation;

class AuditedNodeBootTest {

  @Test
  void allServicesOfANodeRunInOneApplication() {
    try (ServiceFederation federation = AuditedFederation.start()) {
      assertThat(federation.get("th-cei", "/api/alerts").status()).isEqualTo(200);
      assertThat(federation.get("th-cei", "/api/cases").status()).isEqualTo(200);
      assertThat(federation.get("th-cei", "/api/meetings").status()).isEqualTo(200);
    }
  }
}
