package com.pointsdesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL server (real binaries from Maven, the major version production runs)
 * for every test class of the JVM that needs one, each with a database of its own.
 */
public final class PostgresServer {

  private static final EmbeddedPostgres SERVER = start();

  private PostgresServer() {}

  /** Points the Spring context at a fresh database {@code name} of the shared server. */
  public static void useDatabase(DynamicPropertyRegistry registry, String name) {
    create(name);
    registry.add("spring.datasource.url", () -> SERVER.getJdbcUrl("postgres", name));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  private static synchronized void create(String name) {
    try (Connection connection = SERVER.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
  }

  private static EmbeddedPostgres start() {
    try {
      // Not stopped by a JVM shutdown hook (zonky registers one by default): hooks run
      // concurrently, so the server went away while the cached Spring context still used it, its
      // outbox relay and job executor waited on dead connections, and surefire killed the fork.
      // Spring Boot runs its shutdown handlers only after it has closed every context.
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
          .start();
      SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
    }
  }
}
