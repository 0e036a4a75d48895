package com.pointsdesk.scenario;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mr. Wang and U10003 once more, on a real PostgreSQL (embedded binaries from Maven, the major
 * version production runs): Flyway migrations, the engine schema, the ledger's savepoints and
 * row locks all meet the production database, so no H2-only SQL creeps in.
 */
class PostgresSeedCaseScenariosTest extends SeedStories {

  private static final EmbeddedPostgres POSTGRES = start();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
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
