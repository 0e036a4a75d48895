package com.pointsdesk.channel.email;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the complaints mailbox over IMAP and hands each mail to {@link EmailIntake}. A mail that
 * was dealt with (taken in, answered or rejected) moves to the processed folder; one that failed
 * for a technical reason stays where it is for the next poll and does not hold up the others.
 * Several nodes may poll one mailbox: the intake recognises a mail it has taken in before.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "pointsdesk.channels.email.enabled", havingValue = "true")
class MailboxPoller {

  private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

  private final EmailChannelProperties settings;
  private final EmailIntake intake;

  MailboxPoller(EmailChannelProperties settings, EmailIntake intake) {
    this.settings = settings;
    this.intake = intake;
  }

  @Scheduled(fixedDelayString = "${pointsdesk.channels.email.interval:PT30S}",
      initialDelayString = "PT5S")
  void scheduledPoll() {
    try {
      poll();
    } catch (MessagingException e) {
      log.warn("Could not read mailbox {} on {}: {}", settings.user(), settings.host(),
          e.toString());
    }
  }

  /** One round over the mailbox; returns what became of each mail it dealt with. */
  List<EmailOutcome> poll() throws MessagingException {
    Session session = Session.getInstance(settings.session());
    try (Store store = session.getStore(settings.protocol())) {
      store.connect(settings.host(), settings.port(), settings.user(), settings.password());
      Folder processed = store.getFolder(settings.processedFolder());
      if (!processed.exists()) {
        processed.create(Folder.HOLDS_MESSAGES);
      }
      Folder inbox = store.getFolder(settings.folder());
      inbox.open(Folder.READ_WRITE);
      try {
        return dealWith(inbox, processed);
      } finally {
        inbox.close(true); // expunges the mails moved out
      }
    }
  }

  private List<EmailOutcome> dealWith(Folder inbox, Folder processed) throws MessagingException {
    Message[] messages = inbox.getMessages();
    List<EmailOutcome> outcomes = new ArrayList<>();
    for (Message message : Arrays.copyOf(messages, Math.min(messages.length,
        settings.maxPerPoll()))) {
      if (message.isSet(Flags.Flag.DELETED)) {
        continue;
      }
      try {
        EmailOutcome outcome = intake.takeIn((MimeMessage) message);
        inbox.copyMessages(new Message[] {message}, processed);
        message.setFlag(Flags.Flag.DELETED, true);
        outcomes.add(outcome);
      } catch (RuntimeException | MessagingException e) {
        log.warn("Mail #{} stays in {} for the next poll: {}", message.getMessageNumber(),
            settings.folder(), e.toString());
      }
    }
    return outcomes;
  }
}
