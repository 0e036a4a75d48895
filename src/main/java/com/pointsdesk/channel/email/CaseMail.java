package com.pointsdesk.channel.email;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintIntake;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.Complaints;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.complaint.MemberReplies;
import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.ledger.RedemptionOrders;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A mail that reaches a case: a complaint through the one intake (new or merged, keyed by its
 * Message-ID), or a member message on the case it answers, each with its attachments as evidence.
 * A mail that adds to an existing case must come from the member's address on record when we
 * have one: the subject names the case, not who may write on it. An order number of the member's
 * quoted in the mail is the complaint's order, as the in-app form would have sent it.
 */
@Component
class CaseMail {

  static final String CLIENT_ID = "email";
  private static final Pattern ORDER_NUMBER =
      Pattern.compile("(?<![A-Z0-9-])RX?-\\d{8}-\\d{4}(?!\\d)");

  private final ComplaintIntake intake;
  private final MemberReplies replies;
  private final Complaints complaints;
  private final Members members;
  private final MailAttachments attachments;
  private final MailRejections rejections;
  private final RedemptionOrders orders;

  CaseMail(ComplaintIntake intake, MemberReplies replies, Complaints complaints, Members members,
      MailAttachments attachments, MailRejections rejections, RedemptionOrders orders) {
    this.orders = orders;
    this.intake = intake;
    this.replies = replies;
    this.complaints = complaints;
    this.members = members;
    this.attachments = attachments;
    this.rejections = rejections;
  }

  EmailOutcome open(InboundMail mail, Member member, Category category, String summary) {
    ComplaintRequest request = new ComplaintRequest(Channel.EMAIL, member.id(), category,
        summary, mail.text(), null, orderNamed(mail, member).orElse(null), null, null, false,
        null);
    IntakeOutcome outcome = intake.submit(request, CLIENT_ID, mail.key());
    if (outcome.kind() == IntakeOutcome.Kind.REPLAYED) { // another node took it in meanwhile
      return new EmailOutcome(EmailOutcome.Kind.ALREADY_PROCESSED, outcome.caseNumber(), null);
    }
    attachments.store(outcome.caseNumber(), mail);
    return new EmailOutcome(outcome.merged() ? EmailOutcome.Kind.MERGED
        : EmailOutcome.Kind.OPENED, outcome.caseNumber(), null);
  }

  /** A mail whose subject carries {@code [PD-…]}: a message on that case. */
  EmailOutcome reply(InboundMail mail, String caseNumber) {
    Optional<Complaint> open = complaints.find(caseNumber).filter(c -> c.status().isOpen());
    if (open.isEmpty()) {
      return rejections.reject(mail, Rejection.UNKNOWN_CASE, null);
    }
    Member member = members.find(open.get().memberId()).orElseThrow();
    if (!mail.isFrom(member.email())) {
      return rejections.reject(mail, Rejection.NOT_YOUR_CASE, null);
    }
    String text = ReplyText.withoutQuote(mail.text());
    if (text == null && mail.attachments().isEmpty()) {
      return rejections.reject(mail, Rejection.NO_TEXT, member);
    }
    return addTo(open.get(), mail, text);
  }

  /** A complaint mail naming no category joins the member's case if they have exactly one open. */
  Optional<EmailOutcome> addToOnlyOpenCase(InboundMail mail, Member member) {
    List<Complaint> open = complaints.ofMember(member.id()).stream()
        .filter(c -> c.status().isOpen()).toList();
    if (open.size() != 1 || !mail.isFrom(member.email())) {
      return Optional.empty();
    }
    return Optional.of(addTo(open.get(0), mail, mail.subject() + "\n" + mail.text()));
  }

  private Optional<String> orderNamed(InboundMail mail, Member member) {
    Matcher quoted = ORDER_NUMBER.matcher(mail.subject() + "\n" + mail.text());
    while (quoted.find()) {
      String orderId = quoted.group();
      if (orders.find(orderId).filter(o -> o.memberId().equals(member.id())).isPresent()) {
        return Optional.of(orderId);
      }
    }
    return Optional.empty();
  }

  private EmailOutcome addTo(Complaint complaint, InboundMail mail, String text) {
    if (text != null) {
      replies.receive(complaint.caseNumber(), text);
    }
    attachments.store(complaint.caseNumber(), mail);
    return new EmailOutcome(EmailOutcome.Kind.ADDED_TO_CASE, complaint.caseNumber(), null);
  }
}
