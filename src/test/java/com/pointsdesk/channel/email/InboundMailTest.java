package com.pointsdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the channel reads from a mail: key, subject, text, attachments, and whether a machine sent it. */
class InboundMailTest {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final String CARE = "care@pointsdesk.example";

  @Test
  void aGb2312SubjectAndBodyAreReadAsChinese() throws Exception {
    // Given a mail from a Chinese mail client: encoded-word subject, GB2312 text part
    MimeMessage mail = mail("u10002@members.example");
    mail.setHeader("Subject", MimeUtility.encodeText("【积分投诉】积分无故减少2000点 U10002",
        "GB2312", "B"));
    mail.setText("11月18日早上发现积分少了2000点。", "GB2312");
    mail.saveChanges();
    assertThat(mail.getHeader("Subject", null)).startsWith("=?GB2312?B?");

    // When
    InboundMail read = reread(mail);

    // Then
    assertThat(read.subject()).isEqualTo("【积分投诉】积分无故减少2000点 U10002");
    assertThat(read.text()).isEqualTo("11月18日早上发现积分少了2000点。");
    assertThat(read.key()).isEqualTo("email:" + mail.getMessageID());
  }

  @Test
  void textLabelledGb2312ThatHoldsGbkCharactersIsStillRead() throws Exception {
    // Given 镕 exists in GBK but not in GB2312: clients label such text GB2312 all the same
    String raw = "From: u10002@members.example\r\nTo: " + CARE + "\r\n"
        + "Subject: =?GB2312?B?" + java.util.Base64.getEncoder().encodeToString(
            "【积分投诉】积分少了 U10002".getBytes(Charset.forName("GB2312"))) + "?=\r\n"
        + "Message-ID: <gbk-1@mail.example>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + java.util.Base64.getMimeEncoder().encodeToString(
            "朱镕基路积分少了".getBytes(Charset.forName("GBK"))) + "\r\n";

    // When
    InboundMail read = InboundMail.read(parse(raw.getBytes(java.nio.charset.StandardCharsets
        .US_ASCII)), 1000, CARE);

    // Then
    assertThat(read.subject()).isEqualTo("【积分投诉】积分少了 U10002");
    assertThat(read.text()).isEqualTo("朱镕基路积分少了");
    assertThat(read.key()).isEqualTo("email:<gbk-1@mail.example>");
  }

  @Test
  void plainTextIsPreferredToHtmlAndHtmlAloneLosesItsMarkup() throws Exception {
    // Given one mail with both alternatives, one with HTML only
    MimeMessage both = mail("u10002@members.example");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText("纯文本", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p>超文本</p>", "text/html; charset=UTF-8");
    both.setContent(new MimeMultipart("alternative", plain, html));
    both.saveChanges();
    MimeMessage htmlOnly = mail("u10002@members.example");
    htmlOnly.setContent("<html><head><style>p{color:red}</style></head><body><p>积分少了"
        + "&nbsp;2000&lt;点&gt;</p><script>alert(1)</script><div>第二行</div></body></html>",
        "text/html; charset=UTF-8");
    htmlOnly.saveChanges();

    // Then
    assertThat(reread(both).text()).isEqualTo("纯文本");
    assertThat(reread(htmlOnly).text()).isEqualTo("积分少了 2000<点>\n第二行");
  }

  @Test
  void aMailWithoutATextPartHasNoTextAndItsImageIsAnAttachment() throws Exception {
    // Given a mail that is nothing but a picture
    MimeMessage mail = mail("u10002@members.example");
    mail.setDataHandler(new jakarta.activation.DataHandler(
        new jakarta.mail.util.ByteArrayDataSource(ChannelFixtures.PNG, "image/png")));
    mail.saveChanges();

    // When
    InboundMail read = reread(mail);

    // Then
    assertThat(read.text()).isNull();
    assertThat(read.attachments()).singleElement()
        .satisfies(a -> assertThat(a.content()).isEqualTo(ChannelFixtures.PNG));
  }

  @Test
  void anAttachmentIsReadOnlyOneByteBeyondTheLimit() throws Exception {
    // Given a 3 000-byte attachment and a limit of 1 000
    MimeMessage mail = ChannelFixtures.complaint(SESSION, "u10002@members.example",
        "【积分投诉】积分无故减少2000点 U10002", "正文",
        ChannelFixtures.attachment("big.png", "image/png", new byte[3000]));

    // When
    InboundMail read = InboundMail.read(mail, 1000, CARE);

    // Then
    assertThat(read.attachments()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("big.png");
      assertThat(a.content()).hasSize(1001);
    });
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Auto-Submitted | auto-replied
      Auto-Submitted | auto-generated
      Precedence     | bulk
      Precedence     | auto_reply
      Precedence     | list
      Return-Path    | <>
      X-Autoreply    | yes
      """)
  void mailFromAMachineIsRecognised(String header, String value) throws Exception {
    // Given
    MimeMessage mail = ChannelFixtures.complaint(SESSION, "someone@example.com", "Out of office",
        "I am away");
    mail.setHeader(header, value);

    // Then
    assertThat(reread(mail).automatic()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = """
      MAILER-DAEMON@mx.example.com
      postmaster@example.com
      care@pointsdesk.example
      """)
  void mailFromABounceAddressOrOurOwnMailboxIsAutomatic(String sender) throws Exception {
    assertThat(reread(ChannelFixtures.complaint(SESSION, sender, "Undelivered", "…")).automatic())
        .isTrue();
  }

  @Test
  void aPersonsMailIsNotAutomaticAndIsAnsweredAtItsReplyTo() throws Exception {
    // Given
    MimeMessage mail = ChannelFixtures.complaint(SESSION, "Wang.Wei@Members.Example", "积分",
        "正文");
    mail.setHeader("Auto-Submitted", "no");
    mail.setReplyTo(new InternetAddress[] {new InternetAddress("wang.home@example.com")});

    // When
    InboundMail read = reread(mail);

    // Then
    assertThat(read.automatic()).isFalse();
    assertThat(read.sender()).isEqualTo("wang.wei@members.example");
    assertThat(read.replyTo()).isEqualTo("wang.home@example.com");
    assertThat(read.isFrom("WANG.WEI@members.example")).isTrue();
    assertThat(read.isFrom("u10002@members.example")).isFalse();
    assertThat(read.isFrom(null)).isTrue();
  }

  @Test
  void aMailWithoutMessageIdIsKeyedByItsContent() throws Exception {
    // Given the same bytes twice, without a Message-ID
    MimeMessage mail = ChannelFixtures.complaint(SESSION, "u10002@members.example", "积分", "正文");
    mail.removeHeader("Message-ID");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);

    // When
    String first = InboundMail.read(parse(raw.toByteArray()), 1000, CARE).key();
    String second = InboundMail.read(parse(raw.toByteArray()), 1000, CARE).key();

    // Then
    assertThat(first).startsWith("email:sha256:").isEqualTo(second);
  }

  @Test
  void logsNameTheMailWithoutThePhoneNumberItsIdMayCarry() throws Exception {
    // Given a Message-ID made from a numeric address, as 163.com mail has
    String raw = "From: 13812345678@163.com\r\nMessage-ID: <13812345678.1@163.com>\r\n"
        + "Subject: x\r\n\r\ntext\r\n";

    // When
    InboundMail read = InboundMail.read(parse(raw.getBytes(java.nio.charset.StandardCharsets
        .US_ASCII)), 1000, CARE);

    // Then the key matches the mail exactly; only its log name is masked
    assertThat(read.key()).isEqualTo("email:<13812345678.1@163.com>");
    assertThat(read.logName()).doesNotContain("13812345678").contains("138****5678");
  }

  private static MimeMessage mail(String from) throws MessagingException {
    MimeMessage mail = new MimeMessage(SESSION);
    mail.setFrom(new InternetAddress(from));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(CARE));
    return mail;
  }

  /** The mail as a receiving server sees it: written out and parsed again. */
  private static InboundMail reread(MimeMessage mail) throws MessagingException, IOException {
    mail.saveChanges();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);
    MimeMessage received = parse(raw.toByteArray());
    if (mail.getHeader("Return-Path") != null) {
      received.setHeader("Return-Path", mail.getHeader("Return-Path", null));
    }
    return InboundMail.read(received, 20L * 1024 * 1024, CARE);
  }

  private static MimeMessage parse(byte[] raw) throws MessagingException {
    return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
  }
}
