package org.saphan.audit;

import org.saphan.platform.spring.CommonApiErrors;
import org.saphan.platform.spring.PlatformConfiguration;
import org.saphan.platform.spring.SecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The audit service of one node: read-only access for auditors to the node's whole log (its own
 * events and those its peers sent it). It sends nothing but the record of each auditor's read.
 */
@SpringBootApplication
@Import({PlatformConfiguration.class, SecurityConfiguration.class, CommonApiErrors.class})
public class AuditServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(AuditServiceApplication.class, args);
  }
}
