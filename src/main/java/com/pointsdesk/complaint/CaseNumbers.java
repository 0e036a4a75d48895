package com.pointsdesk.complaint;

import com.pointsdesk.system.DatabaseProduct;
import com.pointsdesk.system.InsertOnce;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code PD-<year>-<6 digits>}, counted per business year. They come from one
 * database sequence, which locks nothing: intakes on every node take numbers at once instead of
 * queueing behind a counter row until each other's commit. A year's numbers start after the
 * sequence value recorded at its first case. An intake that rolls back leaves its number unused.
 */
@Component
class CaseNumbers {

  private static final String SEQUENCE = "pd_case_number_seq";

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final DataFieldMaxValueIncrementer sequence;
  /** Bases read back from committed rows only: a base this node inserted may still roll back. */
  private final Map<Integer, Long> committedBases = new ConcurrentHashMap<>();

  CaseNumbers(JdbcClient jdbc, InsertOnce insertOnce, DataSource dataSource) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.sequence = sequenceOf(dataSource);
  }

  String next(int year) {
    while (true) {
      long value = sequence.nextLongValue();
      long number = value - base(year, value);
      if (number > 999_999) {
        throw new IllegalStateException("Case numbers of " + year + " are exhausted");
      }
      // a value taken just before another node recorded the year's base comes out below 1
      if (number >= 1) {
        return "PD-%d-%06d".formatted(year, number);
      }
    }
  }

  private long base(int year, long value) {
    Long cached = committedBases.get(year);
    if (cached != null) {
      return cached;
    }
    Long recorded = recordedBase(year);
    if (recorded != null) {
      committedBases.put(year, recorded);
      return recorded;
    }
    // the year's first case: this value is its number 1, unless another node was first
    insertOnce.insert(onConflict -> jdbc.sql(
            "INSERT INTO pd_case_year (case_year, sequence_base) VALUES (?, ?)" + onConflict)
        .params(year, value - 1).update());
    return recordedBase(year);
  }

  private Long recordedBase(int year) {
    return jdbc.sql("SELECT sequence_base FROM pd_case_year WHERE case_year = ?").param(year)
        .query(Long.class).optional().orElse(null);
  }

  private static DataFieldMaxValueIncrementer sequenceOf(DataSource dataSource) {
    String product = DatabaseProduct.of(dataSource);
    return switch (product) {
      case DatabaseProduct.H2 -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
      case DatabaseProduct.POSTGRESQL ->
          new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
      default -> throw new IllegalStateException("No case-number sequence for " + product);
    };
  }
}
