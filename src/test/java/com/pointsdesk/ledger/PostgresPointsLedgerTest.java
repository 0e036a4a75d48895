package com.pointsdesk.ledger;

import com.pointsdesk.support.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger's exactly-once bookings on PostgreSQL, where a duplicate key is skipped by
 * {@code ON CONFLICT DO NOTHING} (eight concurrent bookings of one key wait for the first and
 * insert nothing) rather than by the savepoint H2 uses.
 */
class PostgresPointsLedgerTest extends PointsLedgerTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresServer.useDatabase(registry, "ledger");
  }
}
