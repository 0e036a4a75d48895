package com.pointsdesk.ledger;

import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/members/{memberId}/points}: balance and every ledger entry. */
@RestController
@RequestMapping("/api/v1/members")
class MemberPointsController {

  private final Members members;
  private final PointsLedger ledger;

  MemberPointsController(Members members, PointsLedger ledger) {
    this.members = members;
    this.ledger = ledger;
  }

  @GetMapping("/{memberId}/points")
  @Transactional(readOnly = true)
  PointsView points(@PathVariable String memberId) {
    members.find(memberId)
        .orElseThrow(() -> ApiException.notFound("memberId", "Unknown member " + memberId));
    List<EntryView> entries = ledger.entries(memberId).stream().map(EntryView::of).toList();
    return new PointsView(ledger.balance(memberId), entries);
  }

  record PointsView(long balance, List<EntryView> entries) {}

  record EntryView(long id, OffsetDateTime at, int amount, EntryKind kind, String reference,
      String idempotencyKey) {

    static EntryView of(LedgerEntry e) {
      return new EntryView(e.id(), e.at().atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime(),
          e.amount(), e.kind(), e.reference(), e.idempotencyKey());
    }
  }
}
