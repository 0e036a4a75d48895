package com.pointsdesk.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** Reading the mails GreenMail received (see {@link ScenarioTest#awaitMails}). */
public final class Mails {

  private Mails() {}

  /** The PointsDesk template each mail was made from, e.g. "acknowledgement". */
  public static List<String> templates(List<MimeMessage> mails) {
    return mails.stream().map(Mails::template).toList();
  }

  public static String template(MimeMessage mail) {
    try {
      String[] header = mail.getHeader("X-PointsDesk-Template");
      return header == null ? null : header[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
