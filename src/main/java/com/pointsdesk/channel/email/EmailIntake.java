package com.pointsdesk.channel.email;

import com.pointsdesk.complaint.CategoryHints;
import com.pointsdesk.evidence.EvidenceUploads;
import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.notification.MailThreads;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail channel: one received mail becomes a new or merged case, a message on the case it
 * answers, or a polite auto-reply explaining the subject format. Everything one mail causes
 * (the case, its channel and timeline, the accepted evidence, the mails we send back, and the
 * record that the mail was dealt with) commits in one transaction or not at all.
 */
@Service
@EnableConfigurationProperties(EmailChannelProperties.class)
public class EmailIntake {

  private static final Logger log = LoggerFactory.getLogger(EmailIntake.class);
  private static final EmailOutcome ALREADY =
      new EmailOutcome(EmailOutcome.Kind.ALREADY_PROCESSED, null, null);

  private final ProcessedMails processed;
  private final CaseMail cases;
  private final MailRejections rejections;
  private final Members members;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long maxAttachmentBytes;
  private final String ownAddress;

  EmailIntake(ProcessedMails processed, CaseMail cases, MailRejections rejections,
      Members members, EvidenceUploads uploads, TransactionTemplate transaction, Clock clock,
      EmailChannelProperties settings) {
    this.processed = processed;
    this.cases = cases;
    this.rejections = rejections;
    this.members = members;
    this.transaction = transaction;
    this.clock = clock;
    this.maxAttachmentBytes = uploads.maxBytes();
    this.ownAddress = settings.address();
  }

  /**
   * Takes one mail in (the poller calls it for each mail in the mailbox; public so that a test can
   * file a complaint by mail at the same moment as through other channels). A mail taken in
   * before returns {@code ALREADY_PROCESSED} and changes nothing.
   *
   * @throws MessagingException when the mailbox connection failed while reading the mail:
   *     nothing is stored, it stays in the mailbox for the next poll
   */
  public EmailOutcome takeIn(MimeMessage message) throws MessagingException {
    InboundMail mail = read(message);
    try {
      // what this mail's transaction queues to its sender answers it (In-Reply-To)
      return MailThreads.answering(mail.messageId(), mail.replyTo(), () -> ConcurrentChanges
          .retry("Mail " + mail.logName(), () -> transaction.execute(status -> route(mail))));
    } catch (ApiException refused) {
      // the intake refused it and its transaction rolled back: only the refusal is stored
      log.info("Mail {} refused by the intake: {}", mail.logName(), refused.getMessage());
      return MailThreads.answering(mail.messageId(), mail.replyTo(), () -> ConcurrentChanges
          .retry("Mail " + mail.logName(), () -> transaction.execute(status ->
              processed.contains(mail.key()) ? ALREADY
                  : record(mail, rejections.reject(mail, Rejection.REFUSED, null)))));
    }
  }

  private InboundMail read(MimeMessage message) throws MessagingException {
    try {
      return InboundMail.read(message, maxAttachmentBytes, ownAddress);
    } catch (IOException | MessagingException e) {
      if (MailboxTrouble.isConnection(e)) {
        throw e instanceof MessagingException m ? m : new MessagingException("Mail not read", e);
      }
      log.info("Mail #{} cannot be read ({}): answered as a mail without text",
          message.getMessageNumber(), e.toString());
      return InboundMail.unreadable(message, ownAddress);
    }
  }

  private EmailOutcome route(InboundMail mail) {
    if (processed.contains(mail.key())) {
      log.info("Mail {} was taken in before: nothing to do", mail.logName());
      return ALREADY;
    }
    SeedSubject subject = SeedSubject.parse(mail.subject());
    EmailOutcome outcome = subject.caseNumberIfReply()
        .map(caseNumber -> cases.reply(mail, caseNumber))
        .orElseGet(() -> complaint(mail, subject));
    return outcome.kind() == EmailOutcome.Kind.ALREADY_PROCESSED ? outcome : record(mail, outcome);
  }

  private EmailOutcome complaint(InboundMail mail, SeedSubject subject) {
    if (subject.memberId() == null) {
      return rejections.reject(mail, Rejection.NO_MEMBER_ID, null);
    }
    Optional<Member> found = members.find(subject.memberId());
    if (found.isEmpty()) {
      return rejections.reject(mail, Rejection.UNKNOWN_MEMBER, null);
    }
    Member member = found.get();
    if (mail.text() == null) {
      return rejections.reject(mail, Rejection.NO_TEXT, member);
    }
    // no category in the member's words: the mail can only be about the one case they have open
    return CategoryHints.in(subject.summary())
        .map(category -> cases.open(mail, member, category, subject.summary()))
        .or(() -> cases.addToOnlyOpenCase(mail, member))
        .orElseGet(() -> rejections.reject(mail, Rejection.NO_CATEGORY, member));
  }

  private EmailOutcome record(InboundMail mail, EmailOutcome outcome) {
    processed.record(mail.key(), outcome, OffsetDateTime.now(clock));
    log.info("Mail {}: {}{}", mail.logName(), outcome.kind(),
        outcome.caseNumber() != null ? " " + outcome.caseNumber() : " (" + outcome.reason() + ")");
    return outcome;
  }
}
