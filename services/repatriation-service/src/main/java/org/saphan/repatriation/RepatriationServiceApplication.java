package org.saphan.repatriation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The repatriation service of one node. */
@SpringBootApplication
public class RepatriationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RepatriationServiceApplication.class, args);
  }
}
