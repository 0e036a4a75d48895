package com.pointsdesk.system;

import org.springframework.transaction.PlatformTransactionManager;

/** {@link Savepoints} for tests that wire repositories by hand, without Spring. */
public final class SavepointsForTests {

  private SavepointsForTests() {}

  public static Savepoints over(PlatformTransactionManager transactions) {
    return new Savepoints(transactions);
  }
}
