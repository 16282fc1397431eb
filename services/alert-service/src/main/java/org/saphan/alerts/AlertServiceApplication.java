package org.saphan.alerts;

import org.saphan.platform.spring.CommonApiErrors;
import org.saphan.platform.spring.PlatformConfiguration;
import org.saphan.platform.spring.SecurityConfiguration;
import org.saphan.platform.spring.texts.TextConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alert service of one node, as its own process (or inside a node's all-in-one process). */
@SpringBootApplication
@Import({PlatformConfiguration.class, SecurityConfiguration.class, CommonApiErrors.class, TextConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class AlertServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlertServiceApplication.class, args);
  }
}
