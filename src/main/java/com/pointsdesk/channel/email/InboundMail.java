package com.pointsdesk.channel.email;

import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.system.Sha256;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One received mail, read once outside any transaction: its key (from the Message-ID), who sent
 * it and where an answer goes, the decoded subject, the text and the attachments.
 *
 * @param key {@code email:<Message-ID>}, the idempotency key of everything the mail causes
 * @param sender the From address, lower case (null if there is none); compared with a member's
 *     address on record, never taken as who the member is
 * @param replyTo where an answer goes: Reply-To, else From
 * @param automatic sent by a machine (an auto-reply, a bounce, a list): never answered
 */
record InboundMail(String key, String sender, String replyTo, String subject, String text,
    List<MailParts.Attachment> attachments, boolean automatic) {

  private static final int KEY_MAX = 128;
  private static final Pattern MACHINE_SENDER =
      Pattern.compile("^(mailer-daemon|postmaster|no-?reply|bounce[s]?)@.*");

  /** Reads the mail; mail from {@code ownAddress} (our own mailbox) counts as automatic. */
  static InboundMail read(MimeMessage message, long maxAttachmentBytes, String ownAddress)
      throws MessagingException, IOException {
    String sender = address(message.getFrom());
    Address[] replyTo = message.getReplyTo();
    MailParts parts = MailParts.of(message, maxAttachmentBytes);
    return new InboundMail(key(message), sender,
        replyTo == null || replyTo.length == 0 ? sender : address(replyTo),
        subject(message), parts.text(), parts.attachments(),
        automatic(message, sender) || sender.equalsIgnoreCase(ownAddress));
  }

  /**
   * What can be said of a mail whose content cannot be read (a broken MIME structure, an unknown
   * charset): its headers, no text and no attachments, so that it is answered like a mail
   * without text rather than tried again for ever.
   */
  static InboundMail unreadable(MimeMessage message, String ownAddress)
      throws MessagingException {
    String sender = address(message.getFrom());
    return new InboundMail(key(message), sender, sender, subject(message), null, List.of(),
        automatic(message, sender) || sender.equalsIgnoreCase(ownAddress));
  }

  /** The mail as logs name it: its key, phone numbers masked (numeric addresses are common). */
  String logName() {
    return SensitiveText.maskPhones(key);
  }

  /** The mail's Message-ID, for our answers' In-Reply-To; null when it is keyed by content. */
  String messageId() {
    return key.startsWith("email:sha256:") ? null : key.substring("email:".length());
  }

  /** Whether the sender may write on the member's case: their address on record, if we have one. */
  boolean isFrom(String addressOnRecord) {
    return addressOnRecord == null || addressOnRecord.isBlank()
        || addressOnRecord.strip().equalsIgnoreCase(sender);
  }

  private static String key(MimeMessage message) throws MessagingException {
    String messageId = message.getMessageID();
    if (messageId == null || messageId.isBlank()) {
      // a mail without an id is keyed by its content: the same bytes are the same mail
      try {
        byte[] raw = message.getRawInputStream().readAllBytes();
        return "email:sha256:" + Sha256.hex(raw);
      } catch (IOException e) {
        throw new MessagingException("Unreadable mail without Message-ID", e);
      }
    }
    String key = "email:" + messageId.strip();
    return key.length() <= KEY_MAX ? key
        : "email:sha256:" + Sha256.hex(messageId.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The subject, encoded words ({@code =?GB2312?B?…?=}) decoded. */
  private static String subject(MimeMessage message) throws MessagingException {
    String raw = message.getHeader("Subject", null);
    if (raw == null) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
    } catch (UnsupportedEncodingException unknownCharset) {
      return raw.strip();
    }
  }

  /** RFC 3834 and the usual signs of a machine: answering them could start a mail loop. */
  private static boolean automatic(MimeMessage m, String sender) throws MessagingException {
    String autoSubmitted = m.getHeader("Auto-Submitted", null);
    String precedence = m.getHeader("Precedence", null);
    String returnPath = m.getHeader("Return-Path", null);
    return autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")
        || precedence != null && precedence.strip().toLowerCase(Locale.ROOT)
            .matches("bulk|junk|list|auto_reply")
        || returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")
        || m.getHeader("X-Autoreply") != null || m.getHeader("X-Autorespond") != null
        || m.isMimeType("multipart/report")
        || sender == null || MACHINE_SENDER.matcher(sender).matches();
  }

  private static String address(Address[] addresses) {
    if (addresses == null || addresses.length == 0
        || !(addresses[0] instanceof InternetAddress internet) || internet.getAddress() == null) {
      return null;
    }
    return internet.getAddress().strip().toLowerCase(Locale.ROOT);
  }
}
