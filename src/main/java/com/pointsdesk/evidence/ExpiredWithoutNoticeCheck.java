package com.pointsdesk.evidence;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.EntryKind;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.system.BusinessTime;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** 积分到期未提醒清零 (FAQ Q6): points expired in the window with no notice sent before. */
@Component
class ExpiredWithoutNoticeCheck implements EvidenceCheck {

  private static final Duration LOOK_BACK = Duration.ofDays(90);

  private final PointsLedger ledger;
  private final Catalogue catalogue;

  ExpiredWithoutNoticeCheck(PointsLedger ledger, Catalogue catalogue) {
    this.ledger = ledger;
    this.catalogue = catalogue;
  }

  @Override
  public Category category() {
    return Category.EXPIRED_WITHOUT_NOTICE;
  }

  @Override
  public Findings check(Complaint complaint) {
    List<LedgerEntry> expiries = ledger.entriesBetween(complaint.memberId(),
            complaint.occurredOrReceivedAt().minus(LOOK_BACK), complaint.receivedAt().plusSeconds(1))
        .stream().filter(e -> e.kind() == EntryKind.EXPIRE).toList();
    if (expiries.isEmpty()) {
      return Findings.notVerified("No points expired in the 90 days before the complaint.");
    }
    List<LedgerEntry> unannounced = expiries.stream().filter(e -> !announced(e)).toList();
    if (unannounced.isEmpty()) {
      return Findings.notVerified("Every expiry in the window was announced to the member "
          + "beforehand.");
    }
    int points = -unannounced.stream().mapToInt(LedgerEntry::amount).sum();
    return Findings.verified(points, 0, points + " points expired on " + unannounced.stream()
            .map(e -> day(e).toString()).distinct().toList()
            + " without any expiry notice sent before.",
        unannounced.stream().map(LedgerEntry::id).toList(), null);
  }

  private boolean announced(LedgerEntry expiry) {
    return catalogue.expiryNotices(expiry.memberId(), day(expiry)).stream()
        .anyMatch(notice -> notice.sentAt().isBefore(expiry.at()));
  }

  private static java.time.LocalDate day(LedgerEntry e) {
    return e.at().atZoneSameInstant(BusinessTime.ZONE).toLocalDate();
  }
}
