package com.pointsdesk.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction again when it lost a race: with the process engine (optimistic
 * locking, e.g. a timer firing while evidence arrives), a concurrent duplicate insert, or a
 * lock wait. The transaction is rolled back in between, so a retry starts clean; inside a
 * transaction of the caller's, the caller retries (it wraps its own transaction in this).
 */
public final class ConcurrentChanges {

  private static final Logger log = LoggerFactory.getLogger(ConcurrentChanges.class);
  private static final int ATTEMPTS = 3;

  private ConcurrentChanges() {}

  public static <T> T retry(String what, Supplier<T> transaction) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // the caller's transaction is joined, and a failure marks it rollback-only: only the
      // caller can start it again (a retry in here would end in UnexpectedRollbackException)
      return transaction.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (OptimisticLockingException | DuplicateKeyException
          | PessimisticLockingFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.info("{} raced with a concurrent change (attempt {}), retrying", what, attempt);
      }
    }
  }
}
