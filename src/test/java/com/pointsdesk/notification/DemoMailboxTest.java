package com.pointsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo run's mail server: the complaints mailbox the poller reads, and the mail, newest first. */
class DemoMailboxTest {

  private static final String CARE = "care@pointsdesk.example";

  private final int smtp = freePort();
  private final int imap = freePort();
  private DemoMailbox mailbox;

  @BeforeEach
  void start() {
    mailbox = new DemoMailbox(new MockEnvironment()
        .withProperty("pointsdesk.demo.mailbox.smtp-port", String.valueOf(smtp))
        .withProperty("pointsdesk.demo.mailbox.imap-port", String.valueOf(imap))
        .withProperty("pointsdesk.channels.email.user", CARE)
        .withProperty("pointsdesk.channels.email.password", "care"));
    mailbox.start();
  }

  @AfterEach
  void stop() {
    mailbox.stop();
  }

  @Test
  void theComplaintsMailboxTakesMailAndLetsThePollerLogIn() throws Exception {
    // When a member writes to the complaints mailbox
    send("u10002@members.example", CARE, "【积分投诉】积分无故减少2000点 U10002");

    // Then it can be read over IMAP with the channel's demo credentials
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect("127.0.0.1", imap, CARE, "care");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      assertThat(inbox.getMessage(1).getSubject()).isEqualTo("【积分投诉】积分无故减少2000点 U10002");
      inbox.close(false);
    }
  }

  @Test
  void mailIsListedNewestFirstWhicheverMailboxItIsIn() throws Exception {
    // Given mail to two mailboxes, alternately
    send("care@pointsdesk.example", "u10002@members.example", "first");
    send("u10002@members.example", CARE, "second");
    send("care@pointsdesk.example", "u10002@members.example", "third");

    // Then
    assertThat(mailbox.received()).extracting(DemoMailbox.Mail::subject)
        .containsExactly("third", "second", "first");
  }

  private void send(String from, String to, String subject) throws MessagingException,
      InterruptedException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(smtp));
    MimeMessage mail = new MimeMessage(Session.getInstance(properties));
    mail.setFrom(new InternetAddress(from));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    mail.setSubject(subject, "UTF-8");
    mail.setText("…", "UTF-8");
    Transport.send(mail);
    Thread.sleep(5); // distinct arrival times: the order is by arrival, to the millisecond
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
