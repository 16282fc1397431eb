package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.security.auth.login.Configuration;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.mirror.NodeAclCommands;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Topics;

/**
 * Chiang Rai's cluster secured as a centre must run it: SASL/SCRAM-SHA-512, the standard
 * authorizer refusing whatever no ACL allows, and the users and ACLs of {@link NodeAcls}. Each
 * principal connects with its own password and finds it can do its job and nothing more.
 */
class SecuredNodeClusterTest {

  private static final NodeRegistry REGISTRY = NodeRegistry.defaults();
  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final String SCRAM = ScramMechanism.SCRAM_SHA_512.mechanismName();
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

  private static final String FOR_HOUAYXAY = "bcc.la-hxy.alert.v1";
  private static final String FOR_ALL = "bcc.all.alert.v1";
  private static final String FOR_TACHILEIK = "bcc.mm-tcl.alert.v1";
  private static final String COPY_FROM_TACHILEIK = "mm-tcl.bcc.th-cei.alert.v1";
  private static final String COPY_FROM_HOUAYXAY = "la-hxy.bcc.all.alert.v1";

  private static final String SERVICES = NodeAcls.servicesUser(TH_CEI);
  private static final String FLOW_TO_HOUAYXAY = NodeAcls.flowUser(TH_CEI, NodeId.of("la-hxy"));
  private static final String FLOW_FROM_TACHILEIK = NodeAcls.flowUser(NodeId.of("mm-tcl"), TH_CEI);

  private static String previousJaasFile;
  private static KafkaClusterTestKit cluster;
  private static NodeAcls acls;

  @BeforeAll
  static void startSecuredCluster() throws Exception {
    previousJaasFile = System.getProperty("java.security.auth.login.config");
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
        .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
        .build();
    // The kit writes a JAAS file whose PLAIN login knows the administrator; SCRAM users live in the cluster's metadata.
    String brokerListener = nodes.brokerListenerName().value().toLowerCase();
    cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
        .setConfigProp("allow.everyone.if.no.acl.found", "false")
        .setConfigProp("super.users", NodeAcls.principal(JaasUtils.KAFKA_PLAIN_ADMIN))
        .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + SCRAM)
        // One broker: the group coordinator's topic must fit on it; groups form at once.
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("listener.name." + brokerListener + "." + SCRAM.toLowerCase() + ".sasl.jaas.config",
            ScramLoginModule.class.getName() + " required;")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();

    acls = NodeAclCommands.aclsOf(REGISTRY, TH_CEI);
    try (Admin admin = Admin.create(adminConfig())) {
      List<UserScramCredentialAlteration> users = new ArrayList<>();
      for (String user : acls.users()) {
        users.add(new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), passwordOf(user)));
      }
      admin.alterUserScramCredentials(users).all().get();
      List<NewTopic> topics = new ArrayList<>();
      for (String topic : Topics.outboundTopicsOf(TH_CEI, REGISTRY)) {
        topics.add(new NewTopic(topic, 1, (short) 1));
      }
      topics.add(new NewTopic(COPY_FROM_TACHILEIK, 1, (short) 1));
      topics.add(new NewTopic(COPY_FROM_HOUAYXAY, 1, (short) 1));
      admin.createTopics(topics).all().get();
      admin.createAcls(acls.bindings()).all().get();
      // The broker authorizes from its copy of the metadata: wait until it holds every ACL and user.
      await().atMost(Duration.ofSeconds(10))
          .until(() -> admin.describeAcls(AclBindingFilter.ANY).values().get().size() == acls.bindings().size());
    }
    for (String user : acls.users()) {
      await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
        try (Admin asUser = Admin.create(scramConfig(user, passwordOf(user)))) {
          return asUser.describeCluster().clusterId().get() != null;
        }
      });
    }
    try (KafkaProducer<String, byte[]> asAdmin = new KafkaProducer<>(producerConfig(adminConfig()))) {
      for (String topic : List.of(FOR_HOUAYXAY, FOR_ALL, FOR_TACHILEIK, COPY_FROM_TACHILEIK)) {
        asAdmin.send(new ProducerRecord<>(topic, "case", ("written to " + topic).getBytes(StandardCharsets.UTF_8))).get();
      }
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    // The kit points the whole JVM at its JAAS file; leave the JVM as the other tests expect it.
    if (previousJaasFile == null) {
      System.clearProperty("java.security.auth.login.config");
    } else {
      System.setProperty("java.security.auth.login.config", previousJaasFile);
    }
    Configuration.setConfiguration(null);
  }

  @Test
  void houayxaysFlowReadsWhatIsAddressedToHouayxayOrToAllButNotAThaiMyanmarTopic() {
    assertThat(readAll(FLOW_TO_HOUAYXAY, null, FOR_HOUAYXAY)).containsExactly("written to " + FOR_HOUAYXAY);
    assertThat(readAll(FLOW_TO_HOUAYXAY, null, FOR_ALL)).containsExactly("written to " + FOR_ALL);

    assertThatThrownBy(() -> readAll(FLOW_TO_HOUAYXAY, null, FOR_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> readAll(FLOW_TO_HOUAYXAY, null, COPY_FROM_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void theServicesWriteTheirOwnTopicsAndReadButCannotWriteTheMirroredCopies() {
    assertThat(produce(SERVICES, FOR_TACHILEIK)).as("idempotent producer without a cluster ACL").isNull();
    assertThat(readAll(SERVICES, NodeAcls.consumerGroupPrefix(TH_CEI) + "alert-view", COPY_FROM_TACHILEIK))
        .as("the flow's test may have added its copy").contains("written to " + COPY_FROM_TACHILEIK);

    assertThat(produce(SERVICES, COPY_FROM_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
    assertThat(produce(SERVICES, Topics.deadLetter(COPY_FROM_TACHILEIK))).as("its dead letters may be created and written").isNull();
  }

  @Test
  void theFlowFromTachileikWritesOnlyTheCopiesItDelivers() {
    assertThat(produce(FLOW_FROM_TACHILEIK, COPY_FROM_TACHILEIK)).isNull();

    assertThat(produce(FLOW_FROM_TACHILEIK, FOR_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
    assertThat(produce(FLOW_FROM_TACHILEIK, COPY_FROM_HOUAYXAY)).isInstanceOf(TopicAuthorizationException.class);
    assertThat(produce(FLOW_FROM_TACHILEIK, Topics.deadLetter(COPY_FROM_TACHILEIK))).isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void aClientWithAWrongPasswordOrAnUnknownUserOrNoCredentialsIsRefused() {
    assertThatThrownBy(() -> clusterIdAs(scramConfig(SERVICES, "not-the-password"))).hasCauseInstanceOf(SaslAuthenticationException.class);
    assertThatThrownBy(() -> clusterIdAs(scramConfig("la-hxy-services", passwordOf("la-hxy-services"))))
        .as("a peer's services user is not a user of this cluster").hasCauseInstanceOf(SaslAuthenticationException.class);

    Map<String, Object> noCredentials = new HashMap<>(KafkaDefaults.admin(cluster.bootstrapServers()));
    noCredentials.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
    noCredentials.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000);
    assertThatThrownBy(() -> clusterIdAs(noCredentials)).hasCauseInstanceOf(TimeoutException.class);
  }

  private static String clusterIdAs(Map<String, Object> config) throws Exception {
    try (Admin admin = Admin.create(config)) {
      return admin.describeCluster().clusterId().get();
    }
  }

  /** Sends one record as {@code user}; null when acknowledged, else why not. */
  private static Throwable produce(String user, String topic) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(scramConfig(user, passwordOf(user))))) {
      producer.send(new ProducerRecord<>(topic, "case", ("from " + user).getBytes(StandardCharsets.UTF_8))).get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads {@code topic} from the beginning as {@code user}: with {@code group} as a member of that
   * consumer group, without one as MirrorMaker 2 reads a source (assigned partitions, no group).
   */
  private static List<String> readAll(String user, String group, String topic) {
    Map<String, Object> config = new HashMap<>(scramConfig(user, passwordOf(user)));
    if (group != null) {
      config.putAll(KafkaDefaults.consumer(cluster.bootstrapServers(), group));
    } else {
      config.putAll(KafkaDefaults.consumer(cluster.bootstrapServers(), "unused"));
      config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    }
    config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      if (group != null) {
        consumer.subscribe(List.of(topic));
      } else {
        consumer.assign(List.of(new TopicPartition(topic, 0)));
      }
      long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(new String(record.value(), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static Map<String, Object> producerConfig(Map<String, Object> connection) {
    Map<String, Object> config = new HashMap<>(KafkaDefaults.producer(cluster.bootstrapServers(), "acl-check"));
    config.putAll(connection);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    return config;
  }

  private static Map<String, Object> adminConfig() {
    return saslConfig("PLAIN", PlainLoginModule.class.getName(), JaasUtils.KAFKA_PLAIN_ADMIN, JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD);
  }

  private static Map<String, Object> scramConfig(String user, String password) {
    return saslConfig(SCRAM, ScramLoginModule.class.getName(), user, password);
  }

  private static Map<String, Object> saslConfig(String mechanism, String loginModule, String user, String password) {
    Map<String, Object> config = new HashMap<>(KafkaDefaults.admin(cluster.bootstrapServers()));
    config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
    config.put(SaslConfigs.SASL_MECHANISM, mechanism);
    config.put(SaslConfigs.SASL_JAAS_CONFIG, loginModule + " required username=\"" + user + "\" password=\"" + password + "\";");
    config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    return config;
  }

  /** Test passwords only; a centre generates each user's secret and keeps it in its secret store. */
  private static String passwordOf(String user) {
    return user + "-test-secret";
  }
}
