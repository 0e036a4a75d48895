package com.pointsdesk.bench.driver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One PointsDesk JVM with the bench extension, on a free localhost port. */
final class AppNode implements AutoCloseable {

  final String name;
  final int port;
  final Path log;
  final List<String> command;
  private final Process process;

  private AppNode(String name, int port, Path log, List<String> command, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.command = command;
    this.process = process;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** The settings bench/run gives the app on top of its own configuration. */
  static List<String> benchArguments(int port, String jdbcUrl, String user, String password,
      int smtpPort) {
    List<String> a = new ArrayList<>();
    a.add("--spring.profiles.active=demo");
    a.add("--pointsdesk.demo.complaints.enabled=false");
    a.add("--pointsdesk.demo.mailbox.enabled=false");
    a.add("--pointsdesk.bench.enabled=true");
    a.add("--server.address=127.0.0.1");
    a.add("--server.port=" + port);
    a.add("--spring.datasource.url=" + jdbcUrl);
    a.add("--spring.datasource.username=" + user);
    a.add("--spring.datasource.password=" + password);
    a.add("--spring.mail.host=127.0.0.1");
    a.add("--spring.mail.port=" + smtpPort);
    return a;
  }

  static AppNode start(Settings s, String name, Path dir, String jdbcUrl, String user,
      String password, int smtpPort) throws Exception {
    return start(s, s.appJar, name, dir, jdbcUrl, user, password, smtpPort);
  }

  /** {@code appJar}: the app under test, or the A/B baseline's jar. */
  static AppNode start(Settings s, Path appJar, String name, Path dir, String jdbcUrl, String user,
      String password, int smtpPort) throws Exception {
    int port = Ports.free();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(s.appJvmOptions);
    cmd.add("-Dloader.path=" + s.extensionJar);
    cmd.add("-cp");
    cmd.add(appJar.toString());
    cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
    cmd.addAll(benchArguments(port, jdbcUrl, user, password, smtpPort));
    cmd.addAll(s.appArgs);
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    AppNode node = new AppNode(name, port, log, cmd, p);
    Cleanup.register(node);
    Cleanup.recordPid(p.pid());
    node.awaitReady();
    return node;
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue()
            + " during start-up; see " + log + ":\n" + Machine.tail(log, 30));
      }
      try {
        if (Http.get(base() + "/bench/stats").status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not start within 240 s; see " + log);
  }

  Map<String, Object> stats() throws Exception {
    return Http.getJson(base() + "/bench/stats");
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    Cleanup.unregister(this);
  }

  static File devNull() {
    return new File("/dev/null");
  }
}
