package com.pointsdesk.complaint;

import com.pointsdesk.system.Savepoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code PD-<year>-<6 digits>}, counted per business year. The counter row is
 * incremented in the intake transaction: its row lock hands out each number once, across nodes.
 */
@Component
class CaseNumbers {

  private final JdbcClient jdbc;
  private final Savepoints savepoints;

  CaseNumbers(JdbcClient jdbc, Savepoints savepoints) {
    this.jdbc = jdbc;
    this.savepoints = savepoints;
  }

  String next(int year) {
    if (increment(year) == 0) {
      // the first case of a year; if another node starts the year too, its row is as good
      savepoints.insertUnlessDuplicate(() -> jdbc.sql(
              "INSERT INTO pd_case_counter (case_year, last_number) VALUES (?, 0)")
          .param(year).update());
      increment(year);
    }
    int number = jdbc.sql("SELECT last_number FROM pd_case_counter WHERE case_year = ?")
        .param(year).query(Integer.class).single();
    if (number > 999_999) {
      throw new IllegalStateException("Case numbers of " + year + " are exhausted");
    }
    return "PD-%d-%06d".formatted(year, number);
  }

  private int increment(int year) {
    return jdbc.sql("UPDATE pd_case_counter SET last_number = last_number + 1 WHERE case_year = ?")
        .param(year).update();
  }
}
