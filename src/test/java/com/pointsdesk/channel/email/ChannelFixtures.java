package com.pointsdesk.channel.email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Mails as members (and machines) send them, and the files they attach. */
final class ChannelFixtures {

  static final String CARE = "care@pointsdesk.example";
  static final byte[] PNG = png(0x336699);
  /** A Windows program: what a mail that calls it "screenshot.png" really carries. */
  static final byte[] EXE = exe();

  private ChannelFixtures() {}

  /** A real PNG, different for every colour. */
  static byte[] png(int rgb) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, rgb);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static MimeMessage complaint(Session session, String from, String subject, String text,
      MimeBodyPart... attachments) throws MessagingException {
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(from));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(CARE));
    mail.setSubject(subject, "UTF-8");
    if (attachments.length == 0) {
      mail.setText(text, "UTF-8");
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart body = new MimeBodyPart();
      body.setText(text, "UTF-8");
      parts.addBodyPart(body);
      for (MimeBodyPart attachment : attachments) {
        parts.addBodyPart(attachment);
      }
      mail.setContent(parts);
    }
    mail.saveChanges();
    return mail;
  }

  static MimeBodyPart attachment(String fileName, String contentType, byte[] content)
      throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
    part.setFileName(fileName);
    part.setDisposition(Part.ATTACHMENT);
    return part;
  }

  private static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[60] = (byte) 0x80;
    return exe;
  }
}
