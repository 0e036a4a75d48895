package com.pointsdesk.system;

import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link InsertOnce} for tests that wire repositories by hand, without Spring. */
public final class InsertOnceForTests {

  private InsertOnceForTests() {}

  public static InsertOnce over(DataSource dataSource, PlatformTransactionManager transactions) {
    return new InsertOnce(dataSource, transactions);
  }
}
