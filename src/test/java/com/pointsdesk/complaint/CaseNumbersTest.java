package com.pointsdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.system.InsertOnceForTests;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from the sequence: counted per year from 1, never twice, also when two nodes
 * start a new year at the same moment.
 */
class CaseNumbersTest {

  private DataSource dataSource;
  private DataSourceTransactionManager transactions;

  @BeforeEach
  void aMigratedDatabase() {
    dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:case-numbers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("pd_schema_history").load().migrate();
    transactions = new DataSourceTransactionManager(dataSource);
  }

  @Test
  void eachYearCountsFromOne() {
    CaseNumbers numbers = node();

    assertThat(List.of(next(numbers, 2026), next(numbers, 2026), next(numbers, 2026),
        next(numbers, 2027), next(numbers, 2027)))
        .containsExactly("PD-2026-000001", "PD-2026-000002", "PD-2026-000003", "PD-2027-000001",
            "PD-2027-000002");
  }

  @Test
  void twoNodesStartingANewYearAtOnceNeverHandOutANumberTwice() throws Exception {
    List<CaseNumbers> nodes = List.of(node(), node());
    List<Callable<String>> intakes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      CaseNumbers node = nodes.get(i % 2);
      intakes.add(() -> next(node, 2028));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> handedOut = new ArrayList<>();
    try {
      for (Future<String> number : pool.invokeAll(intakes)) {
        handedOut.add(number.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(handedOut).doesNotHaveDuplicates().allMatch(n -> n.startsWith("PD-2028-"));
    assertThat(handedOut.stream().mapToInt(n -> Integer.parseInt(n.substring(8))).min())
        .hasValue(1);
  }

  private CaseNumbers node() {
    return new CaseNumbers(JdbcClient.create(dataSource), InsertOnceForTests.over(dataSource, transactions),
        dataSource);
  }

  private String next(CaseNumbers numbers, int year) {
    return new TransactionTemplate(transactions).execute(status -> numbers.next(year));
  }
}
