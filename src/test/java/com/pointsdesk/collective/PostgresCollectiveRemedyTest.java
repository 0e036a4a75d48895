package com.pointsdesk.collective;

import com.pointsdesk.support.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Collective remedies once more on a real PostgreSQL, the production database: the offers in JDBC
 * batches, the answers' row locks, the last unit of stock taken once under two answers at the
 * same moment, and every pay-out's insert-once.
 */
class PostgresCollectiveRemedyTest extends CollectiveRemedyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresServer.useDatabase(registry, "collective_remedy");
  }
}
