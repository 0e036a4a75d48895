package com.pointsdesk.notification;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The default (demo) run has no real mail server: this in-process SMTP/IMAP server receives what
 * PointsDesk sends, so a person can read it at {@code /demo/mailbox} or with any IMAP client on
 * port 3143. Mail really goes over SMTP, exactly as in production.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "pointsdesk.demo.mailbox.enabled", havingValue = "true")
public class DemoMailbox implements SmartLifecycle {

  private final GreenMail server;
  private volatile boolean running;

  DemoMailbox(Environment env) {
    int smtp = env.getProperty("pointsdesk.demo.mailbox.smtp-port", Integer.class, 3025);
    int imap = env.getProperty("pointsdesk.demo.mailbox.imap-port", Integer.class, 3143);
    this.server = new GreenMail(new ServerSetup[] {
        new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    // the member-facing complaints mailbox that the e-mail channel's poller reads (demo only)
    String user = env.getProperty("pointsdesk.channels.email.user", "");
    String password = env.getProperty("pointsdesk.channels.email.password", "");
    if (!user.isBlank() && !password.isBlank()) {
      server.setUser(user, user, password);
    }
  }

  /** Newest first, across all mailboxes (the server lists them mailbox by mailbox). */
  public List<Mail> received() {
    List<StoredMessage> stored =
        new ArrayList<>(server.getManagers().getImapHostManager().getAllMessages());
    stored.sort(Comparator.comparing(StoredMessage::getReceivedDate));
    List<Mail> mails = new ArrayList<>();
    for (int i = stored.size() - 1; i >= 0; i--) {
      mails.add(toMail(i + 1, stored.get(i).getMimeMessage()));
    }
    return mails;
  }

  private static Mail toMail(int index, MimeMessage m) {
    try {
      Address[] recipients = m.getAllRecipients(); // none in a mail sent without To header
      return new Mail(index, recipients == null ? "" : String.join(", ",
          Arrays.stream(recipients).map(Object::toString).toList()),
          m.getSubject(), m.getHeader("X-PointsDesk-Case", null),
          readable(m));
    } catch (MessagingException | java.io.IOException e) {
      return new Mail(index, "?", "(unreadable message)", null, e.getMessage());
    }
  }

  /** The text of a mail, attachments named but not shown (a member's mail with a screenshot). */
  private static String readable(Part part) throws MessagingException, java.io.IOException {
    if (part.getContent() instanceof String text) {
      return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
          ? "[attachment " + part.getFileName() + "]\n" : text;
    }
    if (part.getContent() instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        Part child = multipart.getBodyPart(i);
        text.append(child.getFileName() != null ? "[attachment " + child.getFileName() + "]\n"
            : readable(child));
      }
      return text.toString();
    }
    return "[" + part.getContentType() + "]\n";
  }

  @Override
  public void start() {
    server.start();
    running = true;
  }

  @Override
  public void stop() {
    server.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server and the relay: the mailbox must be up when the first mail goes out. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 100;
  }

  public record Mail(int index, String to, String subject, String caseNumber, String body) {}
}
