package com.pointsdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail by SMTP. Runs on every node; the claim lease keeps nodes apart. Each round
 * sends batches over one SMTP connection and goes on while full batches keep coming, so a
 * backlog drains at the speed of the mail server, not one batch per interval. A failed send is
 * retried with growing back-off; after {@code maxAttempts} the message stays unsent with its last
 * error for an operator to look at (it is never dropped silently).
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  static final int BATCH = 50;

  static {
    // Jakarta Mail finds its StreamProvider by a ServiceLoader scan of the class path for every
    // header and body it encodes or decodes (a third of the relay's CPU); named, it is one
    // Class.forName. The property is the API's own lookup (jakarta.mail.util.FactoryFinder).
    System.getProperties().putIfAbsent(StreamProvider.class.getName(),
        "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private final Outbox outbox;
  private final JavaMailSender mailSender;
  private final NotificationProperties properties;
  private final TransactionTemplate transaction;

  OutboxRelay(Outbox outbox, JavaMailSender mailSender, NotificationProperties properties,
      TransactionTemplate transaction) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.transaction = transaction;
  }

  @Scheduled(fixedDelayString = "${pointsdesk.notification.relay-interval:PT2S}",
      initialDelayString = "PT3S")
  void relay() {
    long until = System.nanoTime() + LEASE.dividedBy(2).toNanos();
    int sent;
    do {
      List<OutboxMessage> due = transaction.execute(
          status -> outbox.claimDue(BATCH, LEASE, properties.maxAttempts()));
      sent = send(due);
      if (sent > 0) {
        log.info("Sent {} of {} queued mails", sent, due.size());
      }
      if (due.size() < BATCH) {
        return;
      }
    } while (System.nanoTime() < until);
  }

  /** Sends one batch over one connection; returns how many went out. */
  private int send(List<OutboxMessage> batch) {
    Map<MimeMessage, OutboxMessage> mails = new LinkedHashMap<>();
    Map<OutboxMessage, Exception> failed = new LinkedHashMap<>();
    for (OutboxMessage message : batch) {
      try {
        mails.put(mime(message), message);
      } catch (MessagingException | RuntimeException e) {
        failed.put(message, e);
      }
    }
    if (!mails.isEmpty()) {
      try {
        mailSender.send(mails.keySet().toArray(MimeMessage[]::new));
      } catch (MailSendException e) {
        e.getFailedMessages().forEach((mime, error) -> failed.put(mails.get(mime), error));
      } catch (MailException e) {
        mails.values().forEach(message -> failed.put(message, e));
      }
    }
    List<Long> sent = new ArrayList<>();
    mails.values().stream().filter(m -> !failed.containsKey(m)).forEach(m -> sent.add(m.id()));
    transaction.executeWithoutResult(status -> {
      outbox.markSent(sent);
      failed.forEach(this::markFailed);
    });
    return sent.size();
  }

  private void markFailed(OutboxMessage message, Exception error) {
    Duration backoff = Duration.ofSeconds(30L << Math.min(message.attempts(), 8));
    log.warn("Could not send {} mail for case {} (attempt {}): {}", message.template(),
        message.caseNumber(), message.attempts() + 1, error.getMessage());
    outbox.markFailed(message.id(), String.valueOf(error.getMessage()), backoff);
  }

  private MimeMessage mime(OutboxMessage message) throws MessagingException {
    MimeMessage mime = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    if (message.caseNumber() != null) { // an answer to a mail that opened no case has none
      mime.setHeader("X-PointsDesk-Case", message.caseNumber());
    }
    mime.setHeader("X-PointsDesk-Template", message.template());
    if (message.inReplyTo() != null) {
      mime.setHeader("In-Reply-To", message.inReplyTo());
      mime.setHeader("References", message.inReplyTo());
    }
    // RFC 3834: no answering machine answers our mail, and our own intake never answers it
    mime.setHeader("Auto-Submitted", SenderReplies.FORMAT_HELP.equals(message.template())
        ? "auto-replied" : "auto-generated");
    return mime;
  }
}
