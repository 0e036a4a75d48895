package com.pointsdesk.ledger;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo members and ledger stories of DESIGN.md into an empty database. Demo profile
 * only: production ledgers come from the loyalty platform, never from here.
 */
@Component
@Profile("demo")
@Order(10)
class DemoLedgerFixtures implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLedgerFixtures.class);

  private final Members members;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;

  DemoLedgerFixtures(Members members, DataSource dataSource, TransactionTemplate transaction) {
    this.members = members;
    this.dataSource = dataSource;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      transaction.executeWithoutResult(status -> {
        if (!members.isEmpty()) {
          return;
        }
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/ledger-fixtures.sql"))
            .execute(dataSource);
        log.info("Loaded the demo ledger fixtures (members U10001-U10012)");
      });
    } catch (RuntimeException e) {
      if (members.isEmpty()) {
        throw e;
      }
      log.info("Demo ledger fixtures were loaded by another node at the same time");
    }
  }
}
