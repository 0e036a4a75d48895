package com.pointsdesk.notification;

import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a collective remedy tells each member it is for (most never complained, so there may be
 * no case): the offer to choose, and the outcome. Queued in the outbox inside the caller's
 * transaction, once per dedupe key; the subject carries the member's own case number when they
 * complained, else the collective case's.
 */
@Service
public class CollectiveMails {

  private final Members members;
  private final MailTemplates templates;
  private final Outbox outbox;

  CollectiveMails(Members members, MailTemplates templates, Outbox outbox) {
    this.members = members;
    this.templates = templates;
    this.outbox = outbox;
  }

  /** The member may choose one of {@code alternatives} or a refund of {@code refundPoints}. */
  public void offer(Recipient to, String offerId, List<Option> alternatives, int refundPoints,
      int compensationPoints, OffsetDateTime answerBy) {
    Member member = member(to.memberId());
    Locale locale = MailTemplates.supported(member.locale());
    StringBuilder options = new StringBuilder();
    for (Option gift : alternatives) {
      options.append("- ALTERNATIVE:").append(gift.giftId()).append("  ")
          .append(locale.getLanguage().equals("en") ? gift.nameEn() : gift.name())
          .append(" (").append(gift.pointsPrice()).append(")\n");
    }
    options.append("- REFUND  ").append(templates.label("collective.refund", locale)
        .replace("{}", String.valueOf(refundPoints)));
    Map<String, String> values = values(to, member);
    values.put("offerId", offerId);
    values.put("options", options.toString());
    values.put("answerBy", MemberNotifier.format(answerBy));
    values.put("compensation", compensation(compensationPoints, locale));
    queue(offerId + ":OFFER", to, member, "collective-offer", locale, values);
  }

  /** What the member got: {@code outcome} is one line per thing given, already labelled. */
  public void outcome(Recipient to, String offerId, Outcome outcome) {
    Member member = member(to.memberId());
    Locale locale = MailTemplates.supported(member.locale());
    StringBuilder lines = new StringBuilder();
    if (outcome.alternativeOrderId() != null) {
      lines.append(line("collective.outcome.alternative", locale,
          outcome.alternativeGiftName() + " · " + outcome.alternativeOrderId()));
    }
    if (outcome.refundedPoints() > 0) {
      lines.append(line(outcome.defaulted() ? "collective.outcome.defaulted"
          : "collective.outcome.refunded", locale, outcome.refundedPoints()));
    }
    if (outcome.restoredPoints() > 0) {
      lines.append(line("remedy.restored", locale, outcome.restoredPoints()));
    }
    if (outcome.compensationPoints() > 0) {
      lines.append(line("remedy.compensation", locale, outcome.compensationPoints()));
    }
    Map<String, String> values = values(to, member);
    values.put("outcome", lines.toString().strip());
    queue(offerId + ":OUTCOME", to, member, "collective-outcome", locale, values);
  }

  private Map<String, String> values(Recipient to, Member member) {
    Map<String, String> values = new HashMap<>();
    values.put("name", member.displayName());
    values.put("reference", to.caseNumber() != null ? to.caseNumber() : to.collectiveNumber());
    values.put("collectiveCase", to.collectiveNumber());
    values.put("subject", to.subjectName());
    return values;
  }

  private void queue(String dedupeKey, Recipient to, Member member, String template,
      Locale locale, Map<String, String> values) {
    outbox.enqueue(dedupeKey, to.caseNumber(), template, locale.toLanguageTag(), member.email(),
        templates.render(template, locale, values));
  }

  private String compensation(int points, Locale locale) {
    return points > 0 ? templates.label("collective.compensation", locale)
        .replace("{}", String.valueOf(points)) : "";
  }

  private String line(String key, Locale locale, Object value) {
    return "- " + templates.label(key, locale).replace("{}", String.valueOf(value)) + "\n";
  }

  private Member member(String memberId) {
    return members.find(memberId)
        .orElseThrow(() -> new IllegalStateException("No member " + memberId));
  }

  /** Who is told: the member, their own case (null if they did not complain), the collective. */
  public record Recipient(String memberId, String caseNumber, String collectiveNumber,
      String subjectName) {}

  public record Option(String giftId, String name, String nameEn, int pointsPrice) {}

  public record Outcome(String alternativeOrderId, String alternativeGiftName, int refundedPoints,
      boolean defaulted, int restoredPoints, int compensationPoints) {}
}
