package com.pointsdesk.complaint;

import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One intake for every channel. In a single transaction it replays a request whose
 * Idempotency-Key it has seen, cleans secrets out of the texts, merges the complaint into an
 * open case like it or opens a new one, and remembers the outcome under the key.
 */
@Service
public class ComplaintIntake {

  private final Members members;
  private final RedemptionOrders orders;
  private final IntakeIdempotency idempotency;
  private final CaseMerger merger;
  private final CaseOpener opener;
  private final Complaints complaints;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ComplaintIntake(Members members, RedemptionOrders orders, IntakeIdempotency idempotency,
      CaseMerger merger, CaseOpener opener, Complaints complaints,
      TransactionTemplate transaction, Clock clock) {
    this.members = members;
    this.orders = orders;
    this.idempotency = idempotency;
    this.merger = merger;
    this.opener = opener;
    this.complaints = complaints;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Takes a complaint in. Concurrent requests for one member are serialised by a row lock; a lost
   * race with the process engine or a concurrent duplicate is retried as a whole.
   */
  public IntakeOutcome submit(ComplaintRequest request, String clientId, String idempotencyKey) {
    IntakeIdempotency.Key key = idempotency.key(clientId, idempotencyKey, request);
    return ConcurrentChanges.retry("Intake for member " + request.memberId(), () ->
        transaction.execute(status -> submitOnce(request, key)));
  }

  /**
   * Takes in a complaint that names the case it belongs to (a regulator's referral quoting our
   * case number): it joins that case if it is the member's and still open, else it is taken in as
   * any other complaint (merged by member, category and order, or a new case).
   */
  public IntakeOutcome submitTo(String caseNumber, ComplaintRequest request, String clientId,
      String idempotencyKey) {
    IntakeIdempotency.Key key = idempotency.key(clientId, idempotencyKey, request);
    return ConcurrentChanges.retry("Intake for case " + caseNumber, () ->
        transaction.execute(status -> {
          Member member = members.lock(request.memberId()).orElseThrow(() ->
              ApiException.notFound("memberId", "Unknown member " + request.memberId()));
          Optional<Complaint> named = complaints.find(caseNumber)
              .filter(c -> c.memberId().equals(member.id()) && c.status().isOpen());
          if (named.isEmpty() || idempotency.replay(key).isPresent()) {
            return submitOnce(request, key);
          }
          OffsetDateTime now = OffsetDateTime.now(clock);
          IntakeOutcome outcome = merger.into(named.get(), request, CleanedTexts.of(request), now);
          idempotency.remember(key, outcome, now);
          return outcome;
        }));
  }

  private IntakeOutcome submitOnce(ComplaintRequest request, IntakeIdempotency.Key key) {
    Member member = members.lock(request.memberId()).orElseThrow(
        () -> ApiException.notFound("memberId", "Unknown member " + request.memberId()));
    if (request.orderId() != null) {
      orders.find(request.orderId()).filter(o -> o.memberId().equals(member.id())).orElseThrow(
          () -> ApiException.notFound("orderId",
              "Member " + member.id() + " has no order " + request.orderId()));
    }
    Optional<IntakeOutcome> replayed = idempotency.replay(key);
    if (replayed.isPresent()) {
      return replayed.get();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CleanedTexts text = CleanedTexts.of(request);
    IntakeOutcome outcome = merger.intoOpenCase(member.id(), request, text, now)
        .orElseGet(() -> opener.open(member, request, text, now));
    idempotency.remember(key, outcome, now);
    return outcome;
  }
}
