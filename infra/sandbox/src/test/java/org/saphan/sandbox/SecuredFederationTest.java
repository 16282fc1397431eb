package org.saphan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saphan.mirror.FlowSecrets;
import org.saphan.mirror.MirrorFlow;
import org.saphan.platform.kafka.KafkaAccess;
import org.saphan.platform.kafka.KafkaDefaults;
import org.saphan.platform.kafka.NodeAcls;
import org.saphan.platform.node.NodeId;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.topic.Topics;

/**
 * The sandbox federation secured as centres must run their clusters: SASL/SCRAM-SHA-512, the
 * standard authorizer refusing whatever no ACL allows, the users and ACLs of {@link NodeAcls}, and
 * MirrorMaker 2 running each flow as its own principal. On Chiang Rai's cluster, each principal
 * finds it can do its job and nothing more.
 */
class SecuredFederationTest {

  private static final NodeId TH_CEI = NodeId.of("th-cei");
  private static final NodeId MM_TCL = NodeId.of("mm-tcl");
  private static final NodeId LA_HXY = NodeId.of("la-hxy");
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

  private static final String FOR_HOUAYXAY = "bcc.la-hxy.alert.v1";
  private static final String FOR_ALL = "bcc.all.alert.v1";
  private static final String FOR_TACHILEIK = "bcc.mm-tcl.alert.v1";
  private static final String COPY_FROM_TACHILEIK = "mm-tcl.bcc.th-cei.alert.v1";
  private static final String COPY_FROM_HOUAYXAY = "la-hxy.bcc.all.alert.v1";

  private static final String SERVICES = NodeAcls.servicesUser(TH_CEI);
  private static final String FLOW_TO_HOUAYXAY = NodeAcls.flowUser(TH_CEI, LA_HXY);
  private static final String FLOW_FROM_TACHILEIK = NodeAcls.flowUser(MM_TCL, TH_CEI);

  private static SandboxFederation federation;

  @BeforeAll
  static void startFederation() throws Exception {
    federation = SandboxFederation.start(NodeRegistry.defaults());
    try (KafkaProducer<String, byte[]> asAdministrator = new KafkaProducer<>(producerConfig(federation.administratorAccess(TH_CEI)))) {
      for (String topic : List.of(FOR_HOUAYXAY, FOR_ALL, FOR_TACHILEIK, COPY_FROM_TACHILEIK)) {
        asAdministrator.send(new ProducerRecord<>(topic, "case", ("written to " + topic).getBytes(StandardCharsets.UTF_8))).get();
      }
    }
  }

  @AfterAll
  static void stopFederation() {
    if (federation != null) {
      federation.close();
    }
  }

  @Test
  void houayxaysFlowReadsWhatIsAddressedToHouayxayOrToAllButNotAThaiMyanmarTopic() {
    assertThat(readAll(FLOW_TO_HOUAYXAY, null, FOR_HOUAYXAY)).contains("written to " + FOR_HOUAYXAY);
    assertThat(readAll(FLOW_TO_HOUAYXAY, null, FOR_ALL)).contains("written to " + FOR_ALL);

    assertThatThrownBy(() -> readAll(FLOW_TO_HOUAYXAY, null, FOR_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> readAll(FLOW_TO_HOUAYXAY, null, COPY_FROM_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void theServicesWriteTheirOwnTopicsAndReadButCannotWriteTheMirroredCopies() throws Exception {
    assertThat(produce(SERVICES, FOR_TACHILEIK)).as("idempotent producer without a cluster ACL").isNull();
    assertThat(readAll(SERVICES, NodeAcls.consumerGroupPrefix(TH_CEI) + "alert-view", COPY_FROM_TACHILEIK))
        .contains("written to " + COPY_FROM_TACHILEIK);

    assertThat(produce(SERVICES, COPY_FROM_TACHILEIK)).isInstanceOf(TopicAuthorizationException.class);
    try (Admin asServices = Admin.create(KafkaDefaults.admin(federation.accessAs(TH_CEI, SERVICES)))) {
      asServices.createTopics(List.of(new NewTopic(Topics.deadLetter(COPY_FROM_TACHILEIK), 1, (short) 1))).all().get();
      assertThatThrownBy(() -> asServices.createTopics(List.of(new NewTopic("mm-tcl.bcc.th-cei.made-up.v1", 1, (short) 1))).all().get())
          .hasCauseInstanceOf(TopicAuthorizationException.class);
    }
    assertThat(produce(SERVICES, Topics.deadLetter(COPY_FROM_TACHILEIK))).as("its dead letters may be created and written").isNull();
    assertThatThrownBy(() -> readAll(SERVICES, "not-a-saphan-group", FOR_TACHILEIK)).as("only its own consumer groups")
        .isInstanceOf(GroupAuthorizationException.class);
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
    String bootstrap = federation.bootstrapServers(TH_CEI);
    assertThatThrownBy(() -> clusterIdAs(KafkaAccess.scram(bootstrap, SecurityProtocol.SASL_PLAINTEXT, SERVICES, "not-the-password")))
        .hasCauseInstanceOf(SaslAuthenticationException.class);
    String houayxaysServices = NodeAcls.servicesUser(LA_HXY);
    assertThatThrownBy(() -> clusterIdAs(KafkaAccess.scram(bootstrap, SecurityProtocol.SASL_PLAINTEXT, houayxaysServices,
        federation.passwordOf(LA_HXY, houayxaysServices))))
        .as("a peer's services user is not a user of this cluster").hasCauseInstanceOf(SaslAuthenticationException.class);
    assertThatThrownBy(() -> clusterIdAs(KafkaAccess.plaintext(bootstrap))).hasCauseInstanceOf(TimeoutException.class);
  }

  @Test
  void mirrorMakerTakesEachFlowsPasswordsFromItsNodesSecretsFileNotFromItsConfiguration() throws Exception {
    List<String> passwords = new ArrayList<>();
    for (MirrorFlow flow : federation.flows()) {
      String user = NodeAcls.flowUser(flow.source(), flow.target());
      passwords.add(federation.passwordOf(flow.source(), user));
      passwords.add(federation.passwordOf(flow.target(), user));
    }
    assertThat(passwords).doesNotHaveDuplicates().hasSize(2 * federation.flows().size());
    String configuration = federation.mirrorConfig().toString();
    assertThat(passwords).noneMatch(configuration::contains);
    assertThat(federation.mirrorConfig()).containsEntry("th-cei->la-hxy.source.cluster.sasl.jaas.config",
        KafkaAccess.jaasLogin("org.apache.kafka.common.security.scram.ScramLoginModule", FLOW_TO_HOUAYXAY,
            "${file:" + federation.flowSecrets().fileOf(LA_HXY) + ":th-cei->la-hxy.source}"));

    var houayxaysSecrets = federation.flowSecrets().fileOf(LA_HXY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(houayxaysSecrets))).isEqualTo("rw-------");
    String secrets = Files.readString(houayxaysSecrets, StandardCharsets.ISO_8859_1);
    assertThat(secrets).contains(federation.passwordOf(TH_CEI, FLOW_TO_HOUAYXAY))
        .as("only the flows into Houayxay").doesNotContain(federation.passwordOf(TH_CEI, NodeAcls.flowUser(TH_CEI, MM_TCL)));
    assertThat(FlowSecrets.sourceKey(federation.flows().get(0))).endsWith(".source");
  }

  private static String clusterIdAs(KafkaAccess access) throws Exception {
    Map<String, Object> config = KafkaDefaults.admin(access);
    config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 1_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
    try (Admin admin = Admin.create(config)) {
      return admin.describeCluster().clusterId().get();
    }
  }

  /** Sends one record as {@code user}; null when acknowledged, else why not. */
  private static Throwable produce(String user, String topic) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(federation.accessAs(TH_CEI, user)))) {
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
    KafkaAccess access = federation.accessAs(TH_CEI, user);
    Map<String, Object> config = group == null ? KafkaDefaults.reader(access) : KafkaDefaults.consumer(access, group);
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

  private static Map<String, Object> producerConfig(KafkaAccess access) {
    Map<String, Object> config = KafkaDefaults.producer(access, "acl-check");
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CLIENT_TIMEOUT.toMillis());
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    return config;
  }
}
