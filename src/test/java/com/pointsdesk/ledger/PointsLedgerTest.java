package com.pointsdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pointsdesk.support.ScenarioTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The append-only ledger books each idempotency key once, even from several nodes at once. */
class PointsLedgerTest extends ScenarioTest {

  @Autowired PointsLedger ledger;
  @Autowired TransactionTemplate transaction;

  @Test
  void eightConcurrentBookingsOfOneKeyLeaveOneEntry() throws Exception {
    // Given a member and eight "nodes" ready to book the same compensation at the same moment
    String member = members.newMember();
    String key = "PD-2026-999001:COMPENSATE";
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    List<Long> bookedIds = new ArrayList<>();
    try {
      List<Future<LedgerEntry>> bookings = new ArrayList<>();
      Callable<LedgerEntry> book = () -> {
        start.await();
        return transaction.execute(status ->
            ledger.book(member, 100, EntryKind.COMPENSATE, "PD-2026-999001", key, "apology")
                .entry());
      };
      for (int i = 0; i < 8; i++) {
        bookings.add(nodes.submit(book));
      }

      // When they all go
      start.countDown();
      for (Future<LedgerEntry> booking : bookings) {
        bookedIds.add(booking.get(30, TimeUnit.SECONDS).id());
      }
    } finally {
      // a booking that timed out must not outlive the test on a thread of its own
      nodes.shutdownNow();
    }

    // Then every node sees the same single entry, and the balance moved by 100 once
    assertThat(bookedIds).containsOnly(bookedIds.get(0));
    assertThat(entriesWithKey(member, key)).hasSize(1);
    assertThat(ledger.balance(member)).isEqualTo(10_000 + 100);
  }

  @Test
  void aReplayThatDisagreesWithTheFirstBookingIsRefused() {
    String member = members.newMember();
    transaction.executeWithoutResult(status ->
        ledger.book(member, 500, EntryKind.RESTORE, "PD-2026-999002", "PD-2026-999002:RESTORE", "x"));

    assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
        ledger.book(member, 900, EntryKind.RESTORE, "PD-2026-999002", "PD-2026-999002:RESTORE", "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already used for a different booking");
    assertThat(ledger.balance(member)).isEqualTo(10_000 + 500);
  }

  @Test
  void theBalanceIsTheSumOfTheEntries() {
    String member = members.newMember();
    members.unexplainedDebit(member, 2000, java.time.OffsetDateTime.parse("2026-11-18T03:00:00+08:00"));

    assertThat(ledger.balance(member)).isEqualTo(8_000);
    assertThat(ledger.entries(member)).extracting(LedgerEntry::amount).containsExactly(10_000, -2000);
  }
}
