package org.saphan.alerts.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a deployment sets, in one place ({@code application.yml} or environment variables):
 *
 * <ul>
 *   <li>{@code saphan.node.id} — this node's id, from the node registry (required);
 *   <li>{@code saphan.kafka.bootstrap-servers} — this node's own Kafka cluster (required);
 *   <li>{@code saphan.nodes.<id>.name|country|zone|language} — the node registry (default: the three
 *       centres shipped with the platform);
 *   <li>{@code saphan.alerts.escalation.<severity>} — time allowed for acknowledgement by CAP
 *       severity (defaults: extreme 15m, severe 1h, moderate 4h, minor 24h, unknown 4h);
 *   <li>{@code saphan.alerts.escalation-check-interval} — how often overdue alerts are looked for (30s).
 * </ul>
 */
@ConfigurationProperties("saphan")
public record SaphanProperties(NodeSettings node, KafkaSettings kafka, AlertSettings alerts) {

  public record NodeSettings(String id) {}

  public record KafkaSettings(String bootstrapServers) {}

  public record AlertSettings(Map<String, Duration> escalation, Duration escalationCheckInterval) {}
}
