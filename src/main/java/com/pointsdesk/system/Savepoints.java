package com.pointsdesk.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Insert-once inside the caller's transaction. The insert runs behind a savepoint; when a unique
 * key says another node or thread was first, only the savepoint is rolled back and the caller
 * goes on. Without it a failed statement would abort the whole transaction on PostgreSQL.
 */
@Component
public class Savepoints {

  private final TransactionTemplate nested;

  Savepoints(PlatformTransactionManager transactions) {
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs the insert; returns false when a unique key refused it as a duplicate. */
  public boolean insertUnlessDuplicate(Runnable insert) {
    try {
      nested.executeWithoutResult(status -> insert.run());
      return true;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }
}
