package com.pointsdesk.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text and the attachments of a mail. The text is the first text/plain part, else the first
 * text/html part without its markup; it is decoded with the part's charset, where GB2312 and GBK
 * are read as GB18030 (their superset: mail labelled GB2312 often holds GBK characters). Every
 * other part with content is an attachment, read up to one byte over the evidence limit (enough
 * to refuse it without holding 30 MB).
 */
final class MailParts {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private String plain;
  private String html;
  private final List<Attachment> attachments = new ArrayList<>();
  private final long maxBytes;

  private MailParts(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  static MailParts of(Part message, long maxAttachmentBytes) throws MessagingException,
      IOException {
    MailParts parts = new MailParts(maxAttachmentBytes);
    parts.walk(message);
    return parts;
  }

  /** The mail's text, null when it has no text part (or only blank ones). */
  String text() {
    String text = plain != null ? plain : html != null ? HtmlText.strip(html) : null;
    return text == null || text.isBlank() ? null : text.strip();
  }

  List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  private void walk(Part part) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i));
      }
      return;
    }
    boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        || part.getFileName() != null;
    if (!attached && part.isMimeType("text/plain") && plain == null) {
      plain = decode(part);
    } else if (!attached && part.isMimeType("text/html") && html == null) {
      html = decode(part);
    } else {
      attachments.add(new Attachment(fileName(part, attachments.size() + 1), read(part)));
    }
  }

  private byte[] read(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
  }

  private static String decode(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    return new String(bytes, charsetOf(part, bytes));
  }

  private static Charset charsetOf(Part part, byte[] bytes) throws MessagingException {
    String declared = null;
    try {
      declared = new ContentType(part.getContentType()).getParameter("charset");
    } catch (ParseException malformed) {
      // no usable Content-Type: decided from the bytes below
    }
    if (declared != null) {
      String name = MimeUtility.javaCharset(declared.strip()).toUpperCase(Locale.ROOT);
      if (name.equals("GB2312") || name.equals("GBK") || name.equals("EUC_CN")
          || name.equals("X-EUC-CN")) {
        return GB18030;
      }
      if ((name.equals("US-ASCII") || name.equals("ASCII")) && isUtf8(bytes)) {
        return StandardCharsets.UTF_8; // a client that labels everything ASCII: UTF-8 is its superset
      }
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException unknown) {
        // an unknown label: decided from the bytes below
      }
    }
    return isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String fileName(Part part, int position) throws MessagingException {
    String name = part.getFileName();
    if (name == null || name.isBlank()) {
      return "attachment-" + position;
    }
    try {
      return MimeUtility.decodeText(name);
    } catch (UnsupportedEncodingException unknownCharset) {
      return name;
    }
  }

  /** An attached file as received: its name (as the sender gave it) and at most limit+1 bytes. */
  record Attachment(String name, byte[] content) {}
}
