package com.pointsdesk.sla;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh H2 in-memory database migrated with the application's own Flyway scripts, so the
 * working-day calendar is tested against the real calendar data without a Spring context.
 */
final class CalendarDatabase {

  private CalendarDatabase() {}

  static JdbcClient migrated() {
    DataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("pd_schema_history").load().migrate();
    return JdbcClient.create(dataSource);
  }
}
