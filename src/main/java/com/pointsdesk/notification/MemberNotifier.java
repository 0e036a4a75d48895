package com.pointsdesk.notification;

import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What PointsDesk tells a member, in their language (zh-CN first, English when preferred). Each
 * method queues one mail in the outbox inside the caller's transaction, and its short form for
 * the social gateway when the case came through Weibo or WeChat ({@link SocialOutbox}); a retried
 * process step queues them once, thanks to the dedupe key.
 */
@Service
public class MemberNotifier {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Members members;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final SocialOutbox socialOutbox;

  MemberNotifier(Members members, MailTemplates templates, Outbox outbox,
      SocialOutbox socialOutbox) {
    this.members = members;
    this.templates = templates;
    this.outbox = outbox;
    this.socialOutbox = socialOutbox;
  }

  /** The member of a new case, as intake has just read (and locked) them. */
  public void acknowledge(MemberCase c, Member member, boolean secretsRemoved) {
    Mail mail = mail(c, member, "acknowledgement");
    mail.put("redactionWarning", secretsRemoved ? mail.label("redaction-warning") : "");
    mail.queue(c.caseNumber() + ":ACK");
  }

  /** The same complaint arrived again (another channel, a public post): it joins the open case. */
  public void acknowledgeMerged(MemberCase c, String contactId, boolean secretsRemoved) {
    Mail mail = mail(c, "acknowledgement-merged");
    mail.put("redactionWarning", secretsRemoved ? mail.label("redaction-warning") : "");
    mail.queue(c.caseNumber() + ":ACK:" + contactId);
  }

  public void requestEvidence(MemberCase c, OffsetDateTime deadline) {
    Mail mail = mail(c, "evidence-request");
    mail.put("evidenceNeeded", mail.label("evidence." + c.categoryCode()));
    mail.put("deadline", format(deadline));
    mail.queue(c.caseNumber() + ":EVIDENCE_REQUEST");
  }

  public void remindEvidence(MemberCase c, OffsetDateTime deadline) {
    Mail mail = mail(c, "evidence-reminder");
    mail.put("evidenceNeeded", mail.label("evidence." + c.categoryCode()));
    mail.put("deadline", format(deadline));
    mail.queue(c.caseNumber() + ":EVIDENCE_REMINDER");
  }

  public void closedWithoutEvidence(MemberCase c) {
    mail(c, "closed-no-evidence").queue(c.caseNumber() + ":CLOSED_NO_EVIDENCE");
  }

  public void resolved(MemberCase c, int restoredPoints, int compensationPoints,
      String reissueOrderId, boolean alternativeOffered) {
    Mail mail = mail(c, "resolved");
    StringBuilder remedy = new StringBuilder();
    if (restoredPoints > 0) {
      remedy.append(mail.line("remedy.restored", restoredPoints));
    }
    if (compensationPoints > 0) {
      remedy.append(mail.line("remedy.compensation", compensationPoints));
    }
    if (reissueOrderId != null) {
      remedy.append(mail.line("remedy.reissued", reissueOrderId));
    }
    if (alternativeOffered) {
      remedy.append(mail.line("remedy.alternative", ""));
    }
    mail.put("remedy", remedy.toString().strip());
    mail.queue(c.caseNumber() + ":RESOLVED");
  }

  /** A progress message while the case is open: what happens next and by when (定期跟进). */
  public void progressUpdate(MemberCase c, String status, OffsetDateTime sentAt) {
    Mail mail = mail(c, "progress-update");
    mail.put("status", mail.label("status." + status));
    mail.queue(c.caseNumber() + ":PROGRESS:" + sentAt.toInstant());
  }

  /** An agent's own words to the member about the case. */
  public void agentReply(MemberCase c, String text, String replyId) {
    Mail mail = mail(c, "agent-reply");
    mail.put("text", text);
    mail.queue(c.caseNumber() + ":REPLY:" + replyId);
  }

  /**
   * Attachments of the member's mail that were not stored as evidence, each with its reason code
   * ({@code TOO_LARGE} …, labelled {@code attachment.<code>}); one mail per received mail.
   */
  public void attachmentsRefused(MemberCase c, List<RefusedAttachment> refused, String maxSize,
      String contactId) {
    Mail mail = mail(c, "attachments-refused");
    StringBuilder lines = new StringBuilder();
    refused.forEach(r -> lines.append("- ").append(r.fileName()).append(": ")
        .append(mail.label("attachment." + r.reasonCode()).replace("{}", maxSize)).append('\n'));
    mail.put("refused", lines.toString().strip());
    mail.put("maxSize", maxSize);
    mail.queue(c.caseNumber() + ":ATTACHMENTS_REFUSED:" + contactId);
  }

  public void rejected(MemberCase c, String reason) {
    Mail mail = mail(c, "rejected");
    mail.put("reason", reason);
    mail.queue(c.caseNumber() + ":REJECTED");
  }

  private Mail mail(MemberCase c, String template) {
    return mail(c, members.find(c.memberId())
        .orElseThrow(() -> new IllegalStateException("No member " + c.memberId())), template);
  }

  private Mail mail(MemberCase c, Member member, String template) {
    Mail mail = new Mail(c, member, template, MailTemplates.supported(member.locale()));
    mail.put("name", member.displayName());
    mail.put("caseNumber", c.caseNumber());
    mail.put("category", mail.label("category." + c.categoryCode()));
    mail.put("summary", c.summary());
    mail.put("receivedAt", format(c.receivedAt()));
    mail.put("firstResponseDue", format(c.firstResponseDueAt()));
    mail.put("resolutionDue", format(c.resolutionDueAt()));
    return mail;
  }

  /** A moment as members read it: business time, to the minute, with its offset. */
  static String format(OffsetDateTime at) {
    return at.atZoneSameInstant(BusinessTime.ZONE).format(WHEN) + " (UTC+8)";
  }

  /** One mail being put together: template, language and placeholder values. */
  private final class Mail {
    private final MemberCase complaint;
    private final Member member;
    private final String template;
    private final Locale locale;
    private final Map<String, String> values = new HashMap<>();

    Mail(MemberCase complaint, Member member, String template, Locale locale) {
      this.complaint = complaint;
      this.member = member;
      this.template = template;
      this.locale = locale;
    }

    void put(String key, String value) {
      values.put(key, value);
    }

    String label(String key) {
      return templates.label(key, locale);
    }

    String line(String key, Object value) {
      return "- " + label(key).replace("{}", String.valueOf(value)) + "\n";
    }

    void queue(String dedupeKey) {
      RenderedMail rendered = templates.render(template, locale, values);
      outbox.enqueue(dedupeKey, complaint.caseNumber(), template, locale.toLanguageTag(),
          member.email(), rendered);
      // a member who complained on Weibo or WeChat is answered there too (by the gateway)
      socialOutbox.queue(dedupeKey, complaint, rendered);
    }
  }
}
