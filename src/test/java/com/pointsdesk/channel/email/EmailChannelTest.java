package com.pointsdesk.channel.email;

import static com.pointsdesk.channel.email.ChannelFixtures.CARE;
import static com.pointsdesk.channel.email.ChannelFixtures.EXE;
import static com.pointsdesk.channel.email.ChannelFixtures.PNG;
import static com.pointsdesk.channel.email.ChannelFixtures.attachment;
import static com.pointsdesk.channel.email.ChannelFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.pointsdesk.channel.email.EmailOutcome.Kind;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.system.Sha256;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The e-mail channel against a real mail server: members send to the complaints mailbox over
 * SMTP, the poller reads it over IMAP (called by hand; the schedule is off in tests), and what
 * PointsDesk answers arrives over SMTP at the test's outgoing server.
 */
class EmailChannelTest extends ScenarioTest {

  /** The member-facing complaints mailbox: SMTP for members, IMAP for the poller. */
  private static final GreenMail MAILBOX = startMailbox();
  private static final AtomicInteger STRANGERS = new AtomicInteger();

  @Autowired private EmailIntake intake;

  @BeforeEach
  void emptyMailbox() throws Exception {
    MAILBOX.purgeEmailFromAllMailboxes();
  }

  @Test
  void mrWangsComplaintMailOpensAnEmailCaseWithHisScreenshotAndHisReplyLandsOnIt()
      throws Exception {
    // Given Mr. Wang's story: 2 000 points gone on 2026-11-18 with nothing behind them
    String wang = wangsStory();
    String address = addressOf(wang);

    // When he mails his complaint with a screenshot of his points history, as the seed says
    MimeMessage complaint = mail(address, "【积分投诉】积分无故减少2000点 " + wang,
        "11月18日早上发现积分少了2000点，我没有兑换任何东西，附上积分变动截图。",
        attachment("积分明细.png", "image/png", PNG));
    send(complaint);
    List<EmailOutcome> opened = poller().poll();

    // Then a case is open for him, through the e-mail channel, with his screenshot as evidence
    assertThat(opened).singleElement().extracting(EmailOutcome::kind).isEqualTo(Kind.OPENED);
    String caseNumber = opened.get(0).caseNumber();
    assertThat(caseView(caseNumber)).containsEntry("memberId", wang)
        .containsEntry("category", "UNEXPLAINED_DEDUCTION")
        .containsEntry("channels", List.of("EMAIL"));
    assertThat(jdbc.sql("SELECT summary FROM pd_complaint WHERE case_number = ?")
        .param(caseNumber).query(String.class).single()).isEqualTo("积分无故减少2000点");
    assertThat(evidence(caseNumber)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("sha256", Sha256.hex(PNG))
          .containsEntry("kind", "POINTS_HISTORY_SCREENSHOT")
          .containsEntry("file_name", "积分明细.png");
    });
    // and his acknowledgement, with the case number in brackets, went to his address on record
    MimeMessage acknowledgement = awaitMails(caseNumber, 1).get(0);
    assertThat(acknowledgement.getSubject()).contains("[" + caseNumber + "]");
    assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo(address);
    // answering his mail, so his mail client threads it under what he sent
    assertThat(acknowledgement.getHeader("In-Reply-To", null))
        .isEqualTo(complaint.getMessageID()).isNotNull();
    assertThat(acknowledgement.getHeader("References", null)).isEqualTo(complaint.getMessageID());

    // When he answers the acknowledgement with another screenshot
    send(mail(address, "Re: " + acknowledgement.getSubject(),
        "再补充一张18日凌晨的积分明细。\n\n在 2026年11月20日，PointsDesk 写道：\n> 王先生您好",
        attachment("凌晨.png", "image/png", png(0xCC0000))));
    List<EmailOutcome> replied = poller().poll();

    // Then it is a message on the same case, its screenshot evidence of that case
    assertThat(replied).containsExactly(new EmailOutcome(Kind.ADDED_TO_CASE, caseNumber, null));
    assertThat(evidence(caseNumber)).hasSize(2);
    assertThat(jdbc.sql("SELECT text FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(String.class).list())
        .containsExactly("再补充一张18日凌晨的积分明细。");
    assertThat(casesOf(wang)).containsExactly(caseNumber);
    // and both mails have moved out of the inbox
    assertThat(count("INBOX")).isZero();
    assertThat(count("Processed")).isEqualTo(2);
  }

  @Test
  void theSameComplaintByMailJoinsTheOpenInAppCaseOfItsOrder() throws Exception {
    // Given Ms. Zhang's story: a speaker redeemed, promised within 7 days, never shipped; she has
    // complained in the app already
    String zhang = members.newMemberWithSeedId();
    String order = members.unshippedOrder("R-20261019-" + zhang.substring(zhang.length() - 4),
        zhang, members.newGiftInStock(12000, 25), 12000,
        OffsetDateTime.parse("2026-10-19T10:15:00+08:00"),
        java.time.LocalDate.parse("2026-10-26"));
    String caseNumber = fileComplaint(Map.of("channel", "IN_APP", "memberId", zhang,
        "category", "DELIVERY_DELAYED", "summary", "蓝牙音箱一个月未发货", "orderId", order));

    // When she mails the same complaint, quoting the order
    EmailOutcome outcome = intake.takeIn(mail(addressOf(zhang),
        "【积分投诉】兑换的蓝牙音箱一个月了还没发货 " + zhang, "订单号 " + order + "，承诺7天内发货。"));

    // Then it joins her case: one case, two channels
    assertThat(outcome).isEqualTo(new EmailOutcome(Kind.MERGED, caseNumber, null));
    assertThat(caseView(caseNumber)).containsEntry("channels", List.of("IN_APP", "EMAIL"));
    assertThat(casesOf(zhang)).containsExactly(caseNumber);
  }

  @Test
  void aSecondPollerOrARestartImportsNothingTwice() throws Exception {
    // Given a complaint mail one poller has taken in
    String wang = wangsStory();
    send(mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang, "积分少了2000点。",
        attachment("points.png", "image/png", PNG)));
    String caseNumber = poller().poll().get(0).caseNumber();

    // When another poller (a second node, or the same one restarted) reads the mailbox
    List<EmailOutcome> again = poller().poll();

    // Then there is nothing left for it to look at
    assertThat(again).isEmpty();

    // When a copy of the mail is in the inbox once more (a node died after taking it in, before
    // moving it)
    copyBackToInbox();
    List<EmailOutcome> copy = poller().poll();

    // Then its Message-ID gives it away: nothing is taken in twice
    assertThat(copy).extracting(EmailOutcome::kind).containsExactly(Kind.ALREADY_PROCESSED);
    assertThat(casesOf(wang)).containsExactly(caseNumber);
    assertThat(evidence(caseNumber)).hasSize(1);
    assertThat(caseView(caseNumber)).containsEntry("channels", List.of("EMAIL"));
    assertThat(outboxTo(addressOf(wang))).extracting(m -> m.get("template"))
        .containsExactly("acknowledgement");
    assertThat(count("INBOX")).isZero();
  }

  @Test
  void theSameMailHandedInTwiceDirectlyIsTakenInOnce() throws Exception {
    // Given
    String wang = wangsStory();
    MimeMessage mail = mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang, "积分少了。");

    // When
    EmailOutcome first = intake.takeIn(mail);
    EmailOutcome second = intake.takeIn(mail);

    // Then
    assertThat(first.kind()).isEqualTo(Kind.OPENED);
    assertThat(second.kind()).isEqualTo(Kind.ALREADY_PROCESSED);
    assertThat(casesOf(wang)).containsExactly(first.caseNumber());
  }

  @Test
  void aReplyOrATurnedAwayMailTakenInTwiceChangesNothingTheSecondTime() throws Exception {
    // Given Mr. Wang's open case, his reply to it, and a stranger's mail without the format
    String wang = wangsStory();
    String caseNumber = intake.takeIn(mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang,
        "积分少了。")).caseNumber();
    MimeMessage reply = mail(addressOf(wang), "Re: [" + caseNumber + "]", "补充：凌晨3点被扣。");
    String stranger = stranger();
    MimeMessage unformatted = mail(stranger, "你好", "积分的事");

    // When each is taken in twice (a second node, a restart before the move)
    List<EmailOutcome> first = List.of(intake.takeIn(reply), intake.takeIn(unformatted));
    List<EmailOutcome> second = List.of(intake.takeIn(reply), intake.takeIn(unformatted));

    // Then the second time does nothing: one message on the case, one auto-reply
    assertThat(first).extracting(EmailOutcome::kind)
        .containsExactly(Kind.ADDED_TO_CASE, Kind.REJECTED);
    assertThat(second).extracting(EmailOutcome::kind).containsOnly(Kind.ALREADY_PROCESSED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(Long.class).single()).isEqualTo(1);
    assertThat(outboxTo(stranger)).hasSize(1);
  }

  @Test
  void aMailWithoutAMemberIdGetsTheFormatAutoReplyInChineseAndOpensNoCase() throws Exception {
    // Given
    String stranger = stranger();
    long cases = caseCount();

    // When
    send(mail(stranger, "积分没了怎么办", "我的积分少了很多"));
    List<EmailOutcome> outcomes = poller().poll();

    // Then no case, and the sender is told the subject format with an example
    assertThat(outcomes).containsExactly(
        new EmailOutcome(Kind.REJECTED, null, Rejection.NO_MEMBER_ID.name()));
    assertThat(caseCount()).isEqualTo(cases);
    MimeMessage reply = awaitMailTo(stranger);
    assertThat(reply.getSubject()).startsWith("【积分投诉】");
    assertThat(reply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
    assertThat((String) reply.getContent()).contains("【积分投诉】+问题简述+用户ID")
        .contains("【积分投诉】积分无故减少2000点 U10002").contains("没有用户ID")
        .contains("English:").contains("no member ID");
    assertThat(count("Processed")).isEqualTo(1);
  }

  @Test
  void mailThatCannotBeMappedToACaseIsAnsweredWithTheReason() throws Exception {
    // Given a member with no open case, and mails that name nobody we know, nothing we can
    // classify, or say nothing at all
    String member = members.newMemberWithSeedId();
    String sender = addressOf(member);
    send(mail(sender, "【积分投诉】积分少了 U99999999", "我的积分少了"));
    send(mail(sender, "【积分投诉】你们好 " + member, "想问一下积分的事"));
    send(mail(sender, "【积分投诉】积分无故减少2000点 " + member, "   "));
    MimeMessage onlyAPicture = mail(sender, "【积分投诉】积分无故减少2000点 " + member, "");
    onlyAPicture.setDataHandler(new jakarta.activation.DataHandler(
        new jakarta.mail.util.ByteArrayDataSource(PNG, "image/png")));
    send(onlyAPicture);
    long cases = caseCount();

    // When
    List<EmailOutcome> outcomes = poller().poll();

    // Then each is answered with its reason, and none opens a case
    assertThat(outcomes).extracting(EmailOutcome::reason).containsExactly(
        "UNKNOWN_MEMBER", "NO_CATEGORY", "NO_TEXT", "NO_TEXT");
    assertThat(outcomes).extracting(EmailOutcome::kind).containsOnly(Kind.REJECTED);
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(outboxTo(sender)).extracting(m -> m.get("template"))
        .containsOnly("email-format-help").hasSize(4);
    assertThat(outboxTo(sender)).extracting(m -> (String) m.get("body")).anySatisfy(
        body -> assertThat(body).contains("用户ID不存在")).anySatisfy(
        body -> assertThat(body).contains("未能从问题简述判断投诉类型")).anySatisfy(
        body -> assertThat(body).contains("没有可读的正文"));
  }

  @Test
  void anAutoReplyOrABounceIsNeverAnswered() throws Exception {
    // Given mails from machines that our format help would otherwise answer
    String sender = stranger();
    MimeMessage outOfOffice = mail(sender, "自动回复：积分问题", "我正在休假");
    outOfOffice.setHeader("Auto-Submitted", "auto-replied");
    MimeMessage bulk = mail(sender, "本周积分活动", "newsletter");
    bulk.setHeader("Precedence", "bulk");
    MimeMessage bounce = mail("MAILER-DAEMON@mx.example.com", "Undelivered Mail", "…");

    // When
    List<EmailOutcome> outcomes = List.of(intake.takeIn(outOfOffice), intake.takeIn(bulk),
        intake.takeIn(bounce));

    // Then they are rejected quietly: no mail loop
    assertThat(outcomes).extracting(EmailOutcome::kind).containsOnly(Kind.REJECTED);
    assertThat(outboxTo(sender)).isEmpty();
    assertThat(outboxTo("mailer-daemon@mx.example.com")).isEmpty();
  }

  @Test
  void aMailWhoseContentCannotBeReadIsAnsweredNotRetriedForEver() throws Exception {
    // Given a mail that says it is multipart but has no part boundaries
    String member = members.newMemberWithSeedId();
    String raw = "From: " + addressOf(member) + "\r\nTo: " + CARE + "\r\n"
        + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
            ("【积分投诉】积分无故减少2000点 " + member).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "?=\r\n"
        + "Message-ID: <broken-" + member + "@mail.example>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
        + "no parts here\r\n";
    MimeMessage broken = new MimeMessage(smtp(), new java.io.ByteArrayInputStream(
        raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

    // When
    EmailOutcome outcome = intake.takeIn(broken);

    // Then no case, and the member is asked to write the complaint in words
    assertThat(outcome).isEqualTo(new EmailOutcome(Kind.REJECTED, null, "NO_TEXT"));
    assertThat(casesOf(member)).isEmpty();
    assertThat(outboxTo(addressOf(member))).extracting(m -> m.get("template"))
        .containsExactly("email-format-help");
  }

  @Test
  void a30MegabyteAttachmentIsRefusedWhileTheComplaintAndTheOtherFileAreTakenIn()
      throws Exception {
    // Given a 30 MB "screenshot" (the limit is 20 MB) and a small real one
    String wang = wangsStory();
    byte[] huge = Arrays.copyOf(PNG, 30 * 1024 * 1024);
    MimeMessage mail = mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang, "积分少了。",
        attachment("huge.png", "image/png", huge), attachment("small.png", "image/png", PNG));

    // When
    EmailOutcome outcome = intake.takeIn(mail);

    // Then the case is open with the small file only; the timeline and the member say why
    assertThat(outcome.kind()).isEqualTo(Kind.OPENED);
    assertThat(evidence(outcome.caseNumber())).extracting(e -> e.get("file_name"))
        .containsExactly("small.png");
    assertThat(timeline(outcome.caseNumber())).anySatisfy(e -> assertThat(e)
        .containsEntry("event", "EVIDENCE_REFUSED")
        .satisfies(x -> assertThat((String) x.get("detail")).contains("huge.png", "TOO_LARGE")));
    assertThat(refusalMail(addressOf(wang))).contains("huge.png").contains("20 MB")
        .doesNotContain("small.png");
  }

  @Test
  void anAttachmentThatLiesAboutItsTypeIsRefusedByWhatItContains() throws Exception {
    // Given a program named screenshot.png, declared image/png, next to a real screenshot
    String wang = wangsStory();
    send(mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang, "积分少了，附截图。",
        attachment("screenshot.png", "image/png", EXE),
        attachment("real.png", "image/png", PNG)));

    // When
    EmailOutcome outcome = poller().poll().get(0);

    // Then only the real picture is evidence, and the member hears which file was refused
    assertThat(outcome.kind()).isEqualTo(Kind.OPENED);
    assertThat(evidence(outcome.caseNumber())).extracting(e -> e.get("file_name"))
        .containsExactly("real.png");
    assertThat(timeline(outcome.caseNumber())).anySatisfy(e -> assertThat((String) e.get("detail"))
        .contains("screenshot.png", "UNSUPPORTED_TYPE"));
    assertThat(refusalMail(addressOf(wang))).contains("screenshot.png")
        .contains("不是允许的类型");
  }

  @Test
  void aGb2312MailFromAChineseMailClientIsReadCorrectly() throws Exception {
    // Given Mr. Wang's mail client writes GB2312: an encoded-word subject, a GB2312 text part
    String wang = wangsStory();
    MimeMessage mail = mail(addressOf(wang), "", "");
    mail.setHeader("Subject", jakarta.mail.internet.MimeUtility.encodeText(
        "【积分投诉】积分无故减少2000点 " + wang, "GB2312", "B"));
    mail.setText("11月18日早上发现积分少了2000点。", "GB2312");
    mail.saveChanges();
    send(mail);

    // When
    EmailOutcome outcome = poller().poll().get(0);

    // Then
    assertThat(outcome.kind()).isEqualTo(Kind.OPENED);
    assertThat(jdbc.sql("SELECT summary, description FROM pd_complaint WHERE case_number = ?")
        .param(outcome.caseNumber()).query().singleRow())
        .containsEntry("SUMMARY", "积分无故减少2000点")
        .containsEntry("DESCRIPTION", "11月18日早上发现积分少了2000点。");
  }

  @Test
  void aReplyFromAnotherAddressDoesNotGetOntoTheMembersCase() throws Exception {
    // Given Mr. Wang's open case
    String wang = wangsStory();
    String caseNumber = intake.takeIn(mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang,
        "积分少了。")).caseNumber();
    String stranger = stranger();

    // When someone else writes "on" it
    EmailOutcome outcome = intake.takeIn(mail(stranger, "Re: 【积分投诉】已受理 [" + caseNumber + "]",
        "请把积分转给我"));

    // Then nothing lands on the case; the sender is told to reply from the registered address
    assertThat(outcome).isEqualTo(new EmailOutcome(Kind.REJECTED, null, "NOT_YOUR_CASE"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(Long.class).single()).isZero();
    assertThat(outboxTo(stranger)).extracting(m -> m.get("template"))
        .containsExactly("email-format-help");
  }

  @Test
  void aMailWithoutACategoryJoinsTheMembersOnlyOpenCase() throws Exception {
    // Given Mr. Wang's open case
    String wang = wangsStory();
    String caseNumber = intake.takeIn(mail(addressOf(wang), "【积分投诉】积分无故减少2000点 " + wang,
        "积分少了。")).caseNumber();

    // When he writes again in the seed's format, but about nothing we can classify
    EmailOutcome outcome = intake.takeIn(mail(addressOf(wang), "【积分投诉】补充说明 " + wang,
        "扣分时间是凌晨3点12分。"));

    // Then it is a message on his case
    assertThat(outcome).isEqualTo(new EmailOutcome(Kind.ADDED_TO_CASE, caseNumber, null));
    assertThat(jdbc.sql("SELECT text FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(String.class).single()).contains("扣分时间是凌晨3点12分。");
  }

  @Test
  void aMailThatFailsForATechnicalReasonStaysForTheNextPollAndHoldsUpNoOther()
      throws Exception {
    // Given two complaints in the mailbox, and a database that fails on the first of them
    String first = wangsStory();
    String second = wangsStory();
    send(mail(addressOf(first), "【积分投诉】积分无故减少2000点 " + first, "第一封"));
    send(mail(addressOf(second), "【积分投诉】积分无故减少2000点 " + second, "第二封"));
    EmailIntake failing = spy(intake);
    doThrow(new DataAccessResourceFailureException("database unavailable"))
        .when(failing).takeIn(argThat(m -> subjectOf(m).endsWith(first)));

    // When
    List<EmailOutcome> outcomes = new MailboxPoller(settings(), failing).poll();

    // Then the second is taken in, the first waits in the inbox with nothing of it stored
    assertThat(outcomes).extracting(EmailOutcome::kind).containsExactly(Kind.OPENED);
    assertThat(casesOf(second)).hasSize(1);
    assertThat(casesOf(first)).isEmpty();
    assertThat(count("INBOX")).isEqualTo(1);

    // When the next poll runs with the database back
    List<EmailOutcome> retried = poller().poll();

    // Then the first is taken in too
    assertThat(retried).extracting(EmailOutcome::kind).containsExactly(Kind.OPENED);
    assertThat(casesOf(first)).hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------

  private String wangsStory() {
    String member = members.newMemberWithSeedId();
    members.unexplainedDebit(member, 2000, OffsetDateTime.parse("2026-11-18T03:12:47+08:00"));
    return member;
  }

  private static String addressOf(String memberId) {
    return memberId.toLowerCase() + "@members.example";
  }

  private static String stranger() {
    return "stranger" + STRANGERS.incrementAndGet() + "@example.com";
  }

  private MailboxPoller poller() {
    return new MailboxPoller(settings(), intake);
  }

  private static EmailChannelProperties settings() {
    return new EmailChannelProperties(false, "127.0.0.1", MAILBOX.getImap().getPort(), false,
        CARE, "care", CARE, "INBOX", "Processed", null, 0);
  }

  private static MimeMessage mail(String from, String subject, String text,
      MimeBodyPart... attachments) throws MessagingException {
    return ChannelFixtures.complaint(smtp(), from, subject, text, attachments);
  }

  private static void send(MimeMessage mail) throws MessagingException {
    Transport.send(mail);
  }

  private static Session smtp() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(MAILBOX.getSmtp().getPort()));
    return Session.getInstance(properties);
  }

  private static int count(String folderName) throws MessagingException {
    try (Store store = imap()) {
      Folder folder = store.getFolder(folderName);
      return folder.exists() ? folder.getMessageCount() : 0;
    }
  }

  private static void copyBackToInbox() throws MessagingException {
    try (Store store = imap()) {
      Folder processed = store.getFolder("Processed");
      processed.open(Folder.READ_ONLY);
      processed.copyMessages(processed.getMessages(), store.getFolder("INBOX"));
      processed.close(false);
    }
  }

  private static Store imap() throws MessagingException {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", MAILBOX.getImap().getPort(), CARE, "care");
    return store;
  }

  private List<String> casesOf(String memberId) {
    return jdbc.sql("SELECT case_number FROM pd_complaint WHERE member_id = ? ORDER BY case_number")
        .param(memberId).query(String.class).list();
  }

  private long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM pd_complaint").query(Long.class).single();
  }

  private List<Map<String, Object>> evidence(String caseNumber) {
    return rows("SELECT sha256, kind, file_name FROM pd_evidence_file WHERE case_number = ?"
        + " ORDER BY id", caseNumber);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> timeline(String caseNumber) {
    return (List<Map<String, Object>>) caseView(caseNumber).get("timeline");
  }

  private List<Map<String, Object>> outboxTo(String recipient) {
    return rows("SELECT template, subject, body FROM pd_outbox_message WHERE recipient = ?"
        + " ORDER BY id", recipient);
  }

  /** Rows by column name, whatever case the database gives its column names. */
  private List<Map<String, Object>> rows(String sql, String parameter) {
    return jdbc.sql(sql).param(parameter).query().listOfRows();
  }

  private String refusalMail(String recipient) {
    return outboxTo(recipient).stream().filter(m -> "attachments-refused".equals(m.get("template")))
        .map(m -> (String) m.get("body")).reduce((a, b) -> a + b).orElseThrow();
  }

  private static MimeMessage awaitMailTo(String address) {
    await().atMost(PATIENCE).until(() -> !mailsTo(address).isEmpty());
    return mailsTo(address).get(0);
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static GreenMail startMailbox() {
    GreenMail mailbox = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
        ServerSetupTest.IMAP.dynamicPort()});
    mailbox.start();
    mailbox.setUser(CARE, CARE, "care");
    SpringApplication.getShutdownHandlers().add(mailbox::stop);
    return mailbox;
  }
}
