package com.pointsdesk.scenario;

import com.pointsdesk.support.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mr. Wang and U10003 once more, on a real PostgreSQL (embedded binaries from Maven, the major
 * version production runs): Flyway migrations, the engine schema, the ledger's insert-once and
 * row locks all meet the production database, so no H2-only SQL creeps in.
 */
class PostgresSeedCaseScenariosTest extends SeedStories {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresServer.useDatabase(registry, "seed_stories");
  }
}
