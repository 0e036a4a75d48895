package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.Complaints;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrders;
import com.pointsdesk.system.BusinessTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 积分异常扣除: debits in the window that no order, expiry, rule change or earlier case explains.
 * Mr. Wang's 2 000 points of 2026-11-18 are such a debit.
 */
@Component
class UnexplainedDeductionCheck implements EvidenceCheck {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PointsLedger ledger;
  private final RedemptionOrders orders;
  private final Catalogue catalogue;
  private final Complaints complaints;

  UnexplainedDeductionCheck(PointsLedger ledger, RedemptionOrders orders, Catalogue catalogue,
      Complaints complaints) {
    this.ledger = ledger;
    this.orders = orders;
    this.catalogue = catalogue;
    this.complaints = complaints;
  }

  @Override
  public Category category() {
    return Category.UNEXPLAINED_DEDUCTION;
  }

  @Override
  public Findings check(Complaint complaint) {
    CheckWindow window = CheckWindow.around(complaint);
    List<LedgerEntry> debits = ledger.entriesBetween(complaint.memberId(), window.from(),
        window.to()).stream().filter(LedgerEntry::isDebit).toList();
    List<LedgerEntry> unexplained = debits.stream()
        .filter(e -> !explained(e, complaint.memberId())).toList();
    if (unexplained.isEmpty()) {
      return Findings.notVerified("All " + debits.size() + " debits between "
          + window.from().toLocalDate() + " and " + window.to().toLocalDate()
          + " are backed by an order, an expiry or a rule change.");
    }
    int points = -unexplained.stream().mapToInt(LedgerEntry::amount).sum();
    String detail = unexplained.stream().map(e -> -e.amount() + " points on "
            + e.at().atZoneSameInstant(BusinessTime.ZONE).format(WHEN) + " (" + e.kind() + ")")
        .collect(Collectors.joining(", "));
    String claimed = complaint.pointsClaimed() == null
        || complaint.pointsClaimed() == points ? ""
        : " The member claims " + complaint.pointsClaimed() + " points.";
    return Findings.verified(points, 0, "Debited with no order, expiry or rule behind it: "
        + detail + "." + claimed, unexplained.stream().map(LedgerEntry::id).toList(), null);
  }

  private boolean explained(LedgerEntry debit, String memberId) {
    String reference = debit.reference();
    return switch (debit.kind()) {
      case REDEEM -> reference != null && orders.find(reference)
          .filter(o -> o.memberId().equals(memberId)).isPresent();
      case EXPIRE -> true; // expiring is a rule; an expiry without notice is its own category
      case ADJUST -> reference != null
          && (catalogue.isRuleChange(reference) || complaints.find(reference).isPresent());
      default -> false;
    };
  }
}
