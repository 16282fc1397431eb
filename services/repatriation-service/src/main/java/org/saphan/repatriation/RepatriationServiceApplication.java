package org.saphan.repatriation;

import org.saphan.platform.spring.CommonApiErrors;
import org.saphan.platform.spring.PlatformConfiguration;
import org.saphan.platform.spring.SecurityConfiguration;
import org.saphan.platform.spring.texts.TextConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The repatriation service of one node. */
@SpringBootApplication
@Import({PlatformConfiguration.class, SecurityConfiguration.class, CommonApiErrors.class, TextConfiguration.class})
public class RepatriationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RepatriationServiceApplication.class, args);
  }
}
