package io.ferret.ingest.kafka.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), running inside this JVM,
 * for tests and {@code ferret bench kafka}. No Docker: storage is formatted with {@link StorageTool} and the
 * server is {@link KafkaRaftServer}, as {@code kafka-storage.sh format --standalone} and
 * {@code kafka-server-start.sh} would do.
 *
 * <p>Needs {@code org.apache.kafka:kafka_2.13} and {@code kafka-server} on the class path; ingest declares them
 * optional, so modules that start a broker declare them too.
 */
public final class TestingKafka implements Closeable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_PAUSE = Duration.ofMillis(50);
  private static final String HOST = "127.0.0.1";

  private static TestingKafka shared;

  private final Path folder;
  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private TestingKafka(Path folder, KafkaRaftServer server, String bootstrapServers) {
    this.folder = folder;
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Formats a fresh log folder, starts the broker and returns once it accepts clients. */
  public static TestingKafka start() {
    quietLogging();
    Path folder;
    try {
      folder = Files.createTempDirectory("ferret-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the broker's log folder", e);
    }
    try {
      // KafkaRaftServer does not expose the ports it bound, and the controller's address is written into the
      // storage at format time, so both ports are taken from the OS just before use rather than bound to 0.
      int brokerPort = freePort();
      int controllerPort = freePort();
      Properties config = config(folder, brokerPort, controllerPort);
      format(folder, config);
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
      server.startup();
      TestingKafka kafka = new TestingKafka(folder, server, HOST + ":" + brokerPort);
      kafka.awaitReady();
      return kafka;
    } catch (RuntimeException e) {
      deleteRecursively(folder);
      throw e;
    }
  }

  /**
   * One broker for the whole JVM, started on first use and stopped when the JVM exits, so that test classes
   * share the start-up time. Tests keep apart by topic and group names of their own.
   */
  public static synchronized TestingKafka shared() {
    if (shared == null) {
      TestingKafka kafka = start();
      Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "ferret-kafka-shutdown"));
      shared = kafka;
    }
    return shared;
  }

  /** The address clients connect to, such as {@code 127.0.0.1:39211}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Creates a topic with this many partitions and waits until it exists. */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all()
          .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("creating topic " + name + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + name, e);
    }
  }

  /** A producer of text keys and values for this broker that waits for the write; the caller closes it. */
  public KafkaProducer<String, String> producer() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(properties);
  }

  /** Writes the records in order and waits until the broker has acknowledged every one. */
  public void send(List<ProducerRecord<String, String>> records) {
    try (KafkaProducer<String, String> producer = producer()) {
      List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
      for (ProducerRecord<String, String> record : records) {
        acknowledgements.add(producer.send(record));
      }
      for (Future<RecordMetadata> acknowledgement : acknowledgements) {
        acknowledgement.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("writing to Kafka failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to Kafka", e);
    }
  }

  /** An admin client for this broker; the caller closes it. */
  public Admin admin() {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return Admin.create(properties);
  }

  @Override
  public void close() {
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      deleteRecursively(folder);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try (Admin admin = admin()) {
      while (true) {
        try {
          // A broker lists itself once it has registered with the controller and been unfenced.
          if (!admin.describeCluster().nodes().get(1, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the Kafka broker did not become ready in " + READY_TIMEOUT, e);
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the Kafka broker did not become ready in " + READY_TIMEOUT);
        }
        Thread.sleep(POLL_PAUSE.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
    }
  }

  private static Properties config(Path folder, int brokerPort, int controllerPort) {
    Properties config = new Properties();
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
    config.put("controller.listener.names", "CONTROLLER");
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
    config.put("log.dirs", folder.resolve("logs").toString());
    // One node: every internal topic has one replica, and one partition where that makes the first group start fast.
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("transaction.state.log.num.partitions", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    // Groups form at once instead of waiting 3 s for more members.
    config.put("group.initial.rebalance.delay.ms", "0");
    // Sized for a 2-core machine that also runs the clients under test.
    config.put("num.network.threads", "2");
    config.put("num.io.threads", "2");
    config.put("num.partitions", "1");
    return config;
  }

  private static void format(Path folder, Properties config) {
    Path file = folder.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(file)) {
      config.store(out, "ferret TestingKafka");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exitCode = StorageTool.execute(new String[] {"format", "--config", file.toString(), "--cluster-id",
        Uuid.randomUuid().toString(), "--standalone"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
    if (exitCode != 0) {
      throw new IllegalStateException("formatting the broker's storage failed (" + exitCode + "): "
          + printed.toString(StandardCharsets.UTF_8));
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  /**
   * The broker logs every step at INFO; with slf4j-simple (the CLI's binding) that floods the console. Levels are
   * read when each logger is created, so setting them before the broker's classes load is enough. A level the
   * user set explicitly is kept.
   */
  private static void quietLogging() {
    for (String logger : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "error");
      }
    }
  }

  private static void deleteRecursively(Path folder) {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the broker's folder " + folder, e);
    }
  }
}
