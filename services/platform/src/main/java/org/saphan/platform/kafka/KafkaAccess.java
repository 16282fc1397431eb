package org.saphan.platform.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.scram.ScramLoginModule;

/**
 * Where a Kafka cluster is and how a client proves who it is: the bootstrap servers and the
 * client's security settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}), given to
 * every client Saphan makes for that cluster ({@link KafkaDefaults}). Federation clusters require
 * SASL/SCRAM-SHA-512 and each client connects as its own principal ({@link NodeAcls}); a
 * plaintext access is for clusters without authentication only.
 *
 * <p>{@link #toString()} never shows a secret.
 */
public record KafkaAccess(String bootstrapServers, Map<String, String> clientSecurity) {

  /** The SASL mechanism of the federation's clusters. */
  public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

  public KafkaAccess {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("no Kafka bootstrap servers given");
    }
    Objects.requireNonNull(clientSecurity, "clientSecurity");
    if (clientSecurity.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new IllegalArgumentException("the bootstrap servers are not a security setting");
    }
    clientSecurity = Map.copyOf(clientSecurity);
  }

  /** A cluster that asks nobody who they are (no SASL, no TLS). */
  public static KafkaAccess plaintext(String bootstrapServers) {
    return new KafkaAccess(bootstrapServers, Map.of());
  }

  /**
   * SASL/SCRAM-SHA-512 as {@code user}, over {@code protocol} ({@code SASL_SSL} in production, the
   * TLS settings then given with {@link #with}; {@code SASL_PLAINTEXT} in the in-process sandbox).
   */
  public static KafkaAccess scram(String bootstrapServers, SecurityProtocol protocol, String user, String password) {
    if (protocol != SecurityProtocol.SASL_SSL && protocol != SecurityProtocol.SASL_PLAINTEXT) {
      throw new IllegalArgumentException("SCRAM needs a SASL protocol, not " + protocol);
    }
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      throw new IllegalArgumentException("a SCRAM user and password are required");
    }
    Map<String, String> security = new LinkedHashMap<>();
    security.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol.name);
    security.put(SaslConfigs.SASL_MECHANISM, SCRAM_MECHANISM);
    security.put(SaslConfigs.SASL_JAAS_CONFIG, jaasLogin(ScramLoginModule.class.getName(), user, password));
    return new KafkaAccess(bootstrapServers, security);
  }

  /** A JAAS login line for a username/password module, quoted so that any password fits. */
  public static String jaasLogin(String loginModule, String user, String password) {
    return loginModule + " required username=\"" + jaasQuoted(user) + "\" password=\"" + jaasQuoted(password) + "\";";
  }

  /** This access with more client settings, e.g. {@code ssl.truststore.location}. */
  public KafkaAccess with(Map<String, String> moreSecurity) {
    Map<String, String> security = new LinkedHashMap<>(clientSecurity);
    security.putAll(moreSecurity);
    return new KafkaAccess(bootstrapServers, security);
  }

  /** The settings every client of this cluster starts from: the bootstrap servers and the security settings. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new LinkedHashMap<>(clientSecurity);
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return config;
  }

  /** Whether clients authenticate (any SASL or TLS protocol). */
  public boolean isSecured() {
    return !SecurityProtocol.PLAINTEXT.name.equals(clientSecurity.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        SecurityProtocol.PLAINTEXT.name));
  }

  private static String jaasQuoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    clientSecurity.forEach((key, value) -> shown.put(key, isSecret(key) ? new Password(value).toString() : value));
    return "KafkaAccess[" + bootstrapServers + (shown.isEmpty() ? "" : ", " + shown) + "]";
  }

  /** As Kafka's own configuration treats them: JAAS lines and anything named password or key. */
  private static boolean isSecret(String key) {
    return key.endsWith(".jaas.config") || key.endsWith("password") || key.endsWith(".key") || key.contains("secret");
  }
}
