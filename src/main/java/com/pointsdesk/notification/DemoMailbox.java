package com.pointsdesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
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
  }

  /** Newest first. */
  public List<Mail> received() {
    MimeMessage[] messages = server.getReceivedMessages();
    List<Mail> mails = new ArrayList<>();
    for (int i = messages.length - 1; i >= 0; i--) {
      mails.add(toMail(i + 1, messages[i]));
    }
    return mails;
  }

  private static Mail toMail(int index, MimeMessage m) {
    try {
      return new Mail(index, String.join(", ",
          Arrays.stream(m.getAllRecipients()).map(Object::toString).toList()),
          m.getSubject(), m.getHeader("X-PointsDesk-Case", null),
          m.getContent() instanceof String text ? text : GreenMailUtil.getBody(m));
    } catch (MessagingException | java.io.IOException e) {
      return new Mail(index, "?", "(unreadable message)", null, e.getMessage());
    }
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
