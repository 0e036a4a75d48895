package com.pointsdesk.collective;

import com.pointsdesk.support.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Collective detection once more on a real PostgreSQL, the production database: the subject's
 * insert-once and row lock, the unique key of open collective cases and the number sequence
 * under complaints that arrive at the same moment.
 */
class PostgresCollectiveDetectionTest extends CollectiveDetectionTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresServer.useDatabase(registry, "collective");
  }
}
