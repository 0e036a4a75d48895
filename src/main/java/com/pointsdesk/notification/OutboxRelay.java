package com.pointsdesk.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail by SMTP. Runs on every node; the claim lease keeps nodes apart. A failed send
 * is retried with growing back-off; after {@code maxAttempts} the message stays unsent with its
 * last error for an operator to look at (it is never dropped silently).
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration LEASE = Duration.ofMinutes(2);

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
    List<OutboxMessage> due = transaction.execute(status -> outbox.claimDue(20, LEASE, properties.maxAttempts()));
    for (OutboxMessage message : due) {
      try {
        mailSender.send(mime(message));
        transaction.executeWithoutResult(status -> outbox.markSent(message.id()));
        log.info("Sent {} mail for case {}", message.template(), message.caseNumber());
      } catch (Exception e) {
        Duration backoff = Duration.ofSeconds(30L << Math.min(message.attempts(), 8));
        log.warn("Could not send {} mail for case {} (attempt {}): {}", message.template(),
            message.caseNumber(), message.attempts() + 1, e.getMessage());
        transaction.executeWithoutResult(
            status -> outbox.markFailed(message.id(), String.valueOf(e.getMessage()), backoff));
      }
    }
  }

  private MimeMessage mime(OutboxMessage message) throws Exception {
    MimeMessage mime = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    mime.setHeader("X-PointsDesk-Case", message.caseNumber());
    mime.setHeader("X-PointsDesk-Template", message.template());
    return mime;
  }
}
