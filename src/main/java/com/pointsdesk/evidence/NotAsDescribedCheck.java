package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.OrderStatus;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.ledger.RedemptionOrder;
import com.pointsdesk.ledger.RedemptionOrders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 收到礼品与描述不符: the order was delivered, and the member has sent both a photo or video of
 * what arrived and a screenshot of the gift page. Without them the ledger cannot tell.
 */
@Component
class NotAsDescribedCheck implements EvidenceCheck {

  private final RedemptionOrders orders;
  private final PointsLedger ledger;
  private final EvidenceFiles files;

  NotAsDescribedCheck(RedemptionOrders orders, PointsLedger ledger, EvidenceFiles files) {
    this.orders = orders;
    this.ledger = ledger;
    this.files = files;
  }

  @Override
  public Category category() {
    return Category.NOT_AS_DESCRIBED;
  }

  @Override
  public Set<EvidenceKind> requiredEvidence() {
    return EnumSet.of(EvidenceKind.GIFT_PHOTO_OR_VIDEO, EvidenceKind.GIFT_PAGE_SCREENSHOT);
  }

  @Override
  public Findings check(Complaint complaint) {
    List<RedemptionOrder> candidates = Orders.named(orders, complaint)
        .orElseGet(() -> orders.ofMember(complaint.memberId()).stream()
            .filter(o -> o.status() == OrderStatus.DELIVERED).toList());
    if (candidates.isEmpty()) {
      return Findings.inconclusive("No delivered gift found; the order number is needed.");
    }
    RedemptionOrder order = candidates.stream()
        .max(Comparator.comparing(RedemptionOrder::orderedAt)).orElseThrow();
    if (order.status() != OrderStatus.DELIVERED) {
      return Findings.notVerified("Order " + order.id() + " has not been delivered (status "
          + order.status() + ").");
    }
    Set<EvidenceKind> sent = files.kinds(complaint.caseNumber());
    List<String> missing = new ArrayList<>();
    if (!sent.contains(EvidenceKind.GIFT_PHOTO_OR_VIDEO)) {
      missing.add("a photo or video of the gift received");
    }
    if (!sent.contains(EvidenceKind.GIFT_PAGE_SCREENSHOT)) {
      missing.add("a screenshot of the gift page");
    }
    if (!missing.isEmpty()) {
      return Findings.inconclusive("Order " + order.id() + " was delivered on "
          + order.deliveredAt().toLocalDate() + "; still needed: " + String.join(" and ", missing)
          + ".");
    }
    List<Long> entries = ledger.entriesReferencing(complaint.memberId(), order.id()).stream()
        .map(LedgerEntry::id).toList();
    return Findings.verified(order.points(), 0, "Order " + order.id() + " (" + order.giftId()
        + ") was delivered on " + order.deliveredAt().toLocalDate() + "; the member sent a "
        + "photo of the gift and the gift page for the agent to compare.", entries, order.id());
  }
}
