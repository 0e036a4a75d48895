package com.pointsdesk.system;

import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Insert-once inside the caller's transaction: when a unique key says another node or thread was
 * first, the insert does nothing and the caller goes on. On PostgreSQL the INSERT carries
 * {@code ON CONFLICT DO NOTHING}, which waits for a concurrent insert of the same key and then
 * skips; elsewhere (H2) it runs behind a savepoint and only the savepoint is rolled back. Either
 * way no failed statement aborts the transaction (PostgreSQL would). Not a savepoint on
 * PostgreSQL: each one costs two round trips and a subtransaction.
 */
@Component
public class InsertOnce {

  private static final String ON_CONFLICT_DO_NOTHING = " ON CONFLICT DO NOTHING";

  private final TransactionTemplate nested;
  private final boolean postgres;

  InsertOnce(DataSource dataSource, PlatformTransactionManager transactions) {
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.postgres = DatabaseProduct.POSTGRESQL.equals(DatabaseProduct.of(dataSource));
  }

  /**
   * Runs the insert, given the clause to append to its INSERT statement ({@code ""} or
   * {@code " ON CONFLICT DO NOTHING"}); returns false when a unique key refused the row.
   */
  public boolean insert(ToIntFunction<String> insertWithClause) {
    if (postgres) {
      return insertWithClause.applyAsInt(ON_CONFLICT_DO_NOTHING) == 1;
    }
    try {
      Integer rows = nested.execute(status -> insertWithClause.applyAsInt(""));
      return rows != null && rows == 1;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }
}
