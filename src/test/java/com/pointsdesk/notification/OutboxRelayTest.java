package com.pointsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.pointsdesk.system.InsertOnceForTests;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay drains a backlog in batches over one SMTP connection each, and a mail the server
 * refuses stays queued with its error for the next attempt, while the rest of its batch is sent.
 */
class OutboxRelayTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"),
      ZoneOffset.UTC);

  private final JavaMailSender mailSender = mock(JavaMailSender.class);
  private final List<Integer> batches = new ArrayList<>();
  private JdbcClient jdbc;
  private Outbox outbox;
  private OutboxRelay relay;

  @BeforeEach
  void anEmptyOutboxAndAMailServer() {
    DataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("pd_schema_history").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    outbox = new Outbox(jdbc, CLOCK, InsertOnceForTests.over(dataSource, transactions));
    relay = new OutboxRelay(outbox, mailSender, new NotificationProperties(null, null, 0, null),
        new TransactionTemplate(transactions));
    when(mailSender.createMimeMessage()).thenAnswer(i -> new MimeMessage(
        Session.getInstance(new Properties())));
    doAnswer(i -> batches.add(i.getArguments().length)).when(mailSender)
        .send(any(MimeMessage[].class));
  }

  @Test
  void aBacklogIsSentInBatchesInOneRound() {
    // Given 120 mails queued while the mail server was slow
    queue(120);

    // When the relay runs once
    relay.relay();

    // Then all went out, 50 at a time over one connection each
    assertThat(batches).containsExactly(50, 50, 20);
    assertThat(unsent()).isZero();
  }

  @Test
  void aRefusedMailStaysQueuedWithItsErrorWhileTheRestOfItsBatchIsSent() {
    // Given three queued mails, the second of which the server refuses
    queue(3);
    doAnswer(i -> {
      MimeMessage refused = (MimeMessage) i.getArguments()[1];
      throw new MailSendException(Map.of(refused, new IllegalStateException("mailbox full")));
    }).when(mailSender).send(any(MimeMessage[].class));

    // When the relay runs
    relay.relay();

    // Then two are sent and the refused one waits for its next attempt, with the reason
    assertThat(unsent()).isOne();
    assertThat(jdbc.sql("SELECT last_error FROM pd_outbox_message WHERE sent_at IS NULL")
        .query(String.class).single()).isEqualTo("mailbox full");
    assertThat(jdbc.sql("SELECT attempts FROM pd_outbox_message WHERE sent_at IS NULL")
        .query(Integer.class).single()).isOne();
  }

  private void queue(int count) {
    for (int i = 0; i < count; i++) {
      outbox.enqueue("test:" + i, null, "resolved", "zh-CN", "m" + i + "@members.example",
          new RenderedMail("主题 " + i, "正文"));
    }
  }

  private long unsent() {
    return jdbc.sql("SELECT COUNT(*) FROM pd_outbox_message WHERE sent_at IS NULL")
        .query(Long.class).single();
  }
}
