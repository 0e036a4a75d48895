package com.pointsdesk.channel.social;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.CategoryHints;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintIntake;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.Complaints;
import com.pointsdesk.complaint.IntakeOutcome;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A social message of a known member into the one intake. Its category is the gateway's, else
 * the agent's who links it, else what the text names (CategoryHints); with none, the message
 * joins the member's one open case; with several or none open it cannot be mapped (never a guess).
 */
@Component
class MessageIntake {

  /**
   * The intake's client of every social message, whoever hands it over (the gateway, or an agent
   * linking the account later), so that its idempotency key means the same message either way.
   */
  static final String CLIENT = "social-gateway";
  private static final int SUMMARY_MAX = 200;

  private final ComplaintIntake intake;
  private final Complaints complaints;

  MessageIntake(ComplaintIntake intake, Complaints complaints) {
    this.intake = intake;
    this.complaints = complaints;
  }

  /** The case the message went into; empty when it cannot be mapped to one. */
  Optional<IntakeOutcome> takeIn(SocialChannel channel, SocialMessage m, String memberId,
      Category agentsCategory) {
    String key = channel.idempotencyKey(m.messageId());
    Optional<Category> category = Optional.ofNullable(m.category())
        .or(() -> Optional.ofNullable(agentsCategory)).or(() -> CategoryHints.in(m.text()));
    if (category.isPresent()) {
      return Optional.of(
          intake.submit(request(channel, m, memberId, category.get()), CLIENT, key));
    }
    List<Complaint> open = complaints.ofMember(memberId).stream()
        .filter(c -> c.status().isOpen()).toList();
    if (open.size() != 1) {
      return Optional.empty();
    }
    Complaint only = open.get(0);
    return Optional.of(intake.submitTo(only.caseNumber(),
        request(channel, m, memberId, only.category()), CLIENT, key));
  }

  /** The complaint a message makes: its first line is the summary, the whole text describes. */
  private static ComplaintRequest request(SocialChannel channel, SocialMessage m, String memberId,
      Category category) {
    String text = m.text().strip();
    String summary = clip(text.lines().findFirst().orElse(text).strip());
    return new ComplaintRequest(channel.channel(), memberId, category, summary,
        text.equals(summary) ? null : text, m.postedAt(), m.orderId(), null, List.of(),
        m.isPublicPost(),
        m.postUrl() != null ? m.postUrl() : channel.idempotencyKey(m.messageId()));
  }

  private static String clip(String line) {
    if (line.length() <= SUMMARY_MAX) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(SUMMARY_MAX - 2))
        ? SUMMARY_MAX - 2 : SUMMARY_MAX - 1;
    return line.substring(0, end) + "…";
  }
}
