package com.pointsdesk.scenario;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away anyway
        }
      }));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }
}
