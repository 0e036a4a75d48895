package com.pointsdesk.channel.email;

import com.pointsdesk.evidence.EvidenceUploads;
import com.pointsdesk.ledger.Member;
import com.pointsdesk.notification.SenderReplies;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A mail that reaches no case: the sender is told, once, what the subject must look like and
 * why this one was not taken in; a machine (auto-reply, bounce, list, our own mailbox) is never
 * answered, so no two mail systems answer each other for ever. Either way the log says it.
 */
@Component
class MailRejections {

  private static final Logger log = LoggerFactory.getLogger(MailRejections.class);
  private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

  private final SenderReplies replies;
  private final String maxSize;

  MailRejections(SenderReplies replies, EvidenceUploads uploads) {
    this.replies = replies;
    this.maxSize = MailAttachments.megabytes(uploads.maxBytes());
  }

  /**
   * @param member the member the mail named, when known: a member writing from their own
   *     address is answered in their language
   */
  EmailOutcome reject(InboundMail mail, Rejection reason, Member member) {
    if (mail.automatic() || mail.replyTo() == null) {
      log.info("Mail {} not taken in ({}); automatic mail is not answered", mail.logName(), reason);
    } else {
      Locale language = member != null && member.email() != null
          && mail.isFrom(member.email()) ? member.locale() : CHINESE;
      replies.formatHelp(mail.replyTo(), language, reason.name(), maxSize,
          "EMAIL_FORMAT:" + mail.key());
      log.info("Mail {} not taken in ({}); the sender was sent the subject format", mail.logName(),
          reason);
    }
    return new EmailOutcome(EmailOutcome.Kind.REJECTED, null, reason.name());
  }
}
