package org.saphan.meetings.config;

import java.time.Clock;
import java.time.Period;
import org.saphan.meetings.minutes.MinutesRenderer;
import org.saphan.meetings.service.MeetingService;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.text.catalog.CurrentTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wires one node's meeting service (the node itself comes from {@code PlatformConfiguration}):
 * {@code saphan.meetings.reminder-before} (P3D: remind owners three days before a due date) and
 * {@code saphan.meetings.chase-interval} (1h: how often this node chases its own items).
 */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

  @Bean(destroyMethod = "close")
  MeetingService meetingService(PlatformNode platform, Clock clock, @Value("${saphan.meetings.reminder-before:P3D}") Period reminderBefore,
      ObjectProvider<CurrentTexts> texts) {
    // The minutes show translations added since the meeting was recorded, when the node runs a text desk.
    return new MeetingService(platform, clock, reminderBefore, texts.getIfAvailable(CurrentTexts::asSent)).start();
  }

  @Bean
  MinutesRenderer minutesRenderer(Clock clock) {
    return new MinutesRenderer(clock);
  }

  /** Chases this node's own action items every {@code saphan.meetings.chase-interval}. */
  @Component
  static class Chaser {
    private final MeetingService meetings;

    Chaser(MeetingService meetings) {
      this.meetings = meetings;
    }

    @Scheduled(fixedDelayString = "${saphan.meetings.chase-interval:1h}", initialDelayString = "${saphan.meetings.chase-interval:1h}")
    void chase() {
      meetings.chase();
    }
  }
}
