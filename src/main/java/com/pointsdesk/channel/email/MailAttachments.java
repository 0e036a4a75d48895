package com.pointsdesk.channel.email;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.evidence.EvidenceUploads;
import com.pointsdesk.notification.MemberNotifier;
import com.pointsdesk.notification.RefusedAttachment;
import com.pointsdesk.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A mail's attachments become evidence of its case through the same validation as uploads (type
 * by content, size limit, SHA-256, duplicates recognised). A refused file is not stored: the
 * case's timeline says which and why, and the member gets one mail listing them; the complaint
 * and the accepted files are taken in regardless.
 */
@Component
class MailAttachments {

  static final String UPLOADED_BY = "email";

  private final EvidenceUploads uploads;
  private final CaseProgress progress;
  private final MemberNotifier notifier;

  MailAttachments(EvidenceUploads uploads, CaseProgress progress, MemberNotifier notifier) {
    this.uploads = uploads;
    this.progress = progress;
    this.notifier = notifier;
  }

  void store(String caseNumber, InboundMail mail) {
    if (mail.attachments().isEmpty()) {
      return;
    }
    Complaint complaint = progress.complaint(caseNumber);
    List<RefusedAttachment> refused = new ArrayList<>();
    for (MailParts.Attachment attachment : mail.attachments()) {
      String name = displayName(attachment.name());
      Optional<EvidenceUploads.Refusal> refusal = uploads.screen(attachment.content());
      if (refusal.isPresent()) {
        refused.add(new RefusedAttachment(name, refusal.get().name()));
        progress.note(caseNumber, "EVIDENCE_REFUSED",
            "E-mail attachment " + name + " not stored: " + refusal.get());
      } else {
        uploads.upload(caseNumber, EvidenceKinds.of(attachment.content(), complaint.category()),
            attachment.content(), attachment.name(), UPLOADED_BY);
      }
    }
    if (!refused.isEmpty()) {
      notifier.attachmentsRefused(complaint.asMemberCase(), refused,
          megabytes(uploads.maxBytes()), Sha256.hex(mail.key().getBytes(StandardCharsets.UTF_8))
              .substring(0, 32));
    }
  }

  /** "20 MB", as a member reads the limit. */
  static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }

  /** A sender's file name as we may show it: no control characters, no secrets, not too long. */
  private static String displayName(String name) {
    String clean = SensitiveText.clean(name.replaceAll("\\p{Cntrl}", "_")).text();
    return clean.length() <= 100 ? clean : clean.substring(0, 99) + "…";
  }
}
