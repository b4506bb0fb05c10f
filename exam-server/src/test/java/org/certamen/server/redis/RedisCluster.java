package org.certamen.server.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.certamen.processes.FreePorts;

/**
 * A Redis Cluster of a test's own: three {@code redis-server} masters on free loopback ports,
 * their 16,384 slots shared by {@code redis-cli --cluster create}, their files in a temporary
 * directory. Slow to start (a few seconds): tests share one ({@link #shared}).
 */
public final class RedisCluster implements AutoCloseable {
  private static final int NODES = 3;
  private static final long READY_MILLIS = 30_000;

  private static RedisCluster shared;

  private final Path dir;
  private final List<Integer> ports = new ArrayList<>();
  private final List<Process> nodes = new ArrayList<>();

  private RedisCluster(Path dir) {
    this.dir = dir;
  }

  /** Starts the nodes, joins them into one cluster and returns once every slot is served. */
  public static RedisCluster start() {
    try {
      RedisCluster cluster = new RedisCluster(Files.createTempDirectory("certamen-cluster"));
      try {
        cluster.launch();
        return cluster;
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One cluster for every test of the run that needs one, started at the first call and stopped
   * when the test JVM exits.
   */
  public static synchronized RedisCluster shared() {
    if (shared == null) {
      RedisCluster started = start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is exiting; the temporary directory is left behind.
        }
      }));
      shared = started;
    }
    return shared;
  }

  /** The store location naming only the first node: the client discovers the others. */
  public String uri() {
    return RedisConnection.CLUSTER_SCHEME + "127.0.0.1:" + ports.get(0);
  }

  /** How many keys matching the pattern each node holds, node by node. */
  public List<Integer> keysPerNode(String pattern) throws IOException {
    List<Integer> counts = new ArrayList<>();
    for (int port : ports) {
      String keys = run(List.of("redis-cli", "-p", Integer.toString(port), "--scan", "--pattern",
          pattern));
      counts.add((int) keys.lines().filter(line -> !line.isBlank()).count());
    }
    return counts;
  }

  @Override
  public void close() throws IOException {
    nodes.forEach(Process::destroyForcibly);
    for (Process node : nodes) {
      try {
        node.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private void launch() throws IOException {
    List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
    for (int i = 0; i < NODES; i++) {
      int port = FreePorts.next();
      // The cluster bus gets a port of its own: port + 10000 may not exist above 55535.
      int busPort = FreePorts.next();
      Path nodeDir = Files.createDirectories(dir.resolve("node-" + port));
      nodes.add(new ProcessBuilder("redis-server", "--port", Integer.toString(port),
          "--cluster-port", Integer.toString(busPort), "--bind", "127.0.0.1",
          "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--save", "",
          "--appendonly", "no", "--dir", nodeDir.toString())
          .redirectErrorStream(true).redirectOutput(nodeDir.resolve("log").toFile()).start());
      ports.add(port);
      create.add("127.0.0.1:" + port);
    }
    create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
    long deadline = System.currentTimeMillis() + READY_MILLIS;
    while (!run(List.of("redis-cli", "-p", Integer.toString(ports.get(NODES - 1)), "ping"))
        .contains("PONG")) {
      pause(deadline, "the nodes to answer");
    }
    String created = run(create);
    if (!created.contains("All 16384 slots covered")) {
      throw new IllegalStateException("redis-cli --cluster create failed: " + created);
    }
    for (int port : ports) {
      while (!run(List.of("redis-cli", "-p", Integer.toString(port), "cluster", "info"))
          .contains("cluster_state:ok")) {
        pause(deadline, "the cluster state of node " + port);
      }
    }
  }

  private static String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long deadline, String what) {
    if (System.currentTimeMillis() > deadline) {
      throw new IllegalStateException("Redis Cluster: gave up waiting for " + what);
    }
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
