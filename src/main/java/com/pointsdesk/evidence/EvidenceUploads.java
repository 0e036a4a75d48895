package com.pointsdesk.evidence;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.complaint.ComplaintProcess;
import com.pointsdesk.complaint.ComplaintStatus;
import com.pointsdesk.complaint.Complaints;
import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ConcurrentChanges;
import com.pointsdesk.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a member's evidence file: type by content, size limit, SHA-256, one copy per case.
 * A new file wakes the case's process if it waits for evidence. Public for the channels that
 * carry files (a mail's attachments): they screen first, so a refused file is an answer to the
 * member rather than a failed transaction.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceUploads {

  private final Complaints complaints;
  private final EvidenceFiles files;
  private final CaseProgress progress;
  private final EvidenceChecks checks;
  private final ComplaintProcess process;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long maxBytes;

  EvidenceUploads(Complaints complaints, EvidenceFiles files, CaseProgress progress,
      EvidenceChecks checks, ComplaintProcess process, TransactionTemplate transaction,
      Clock clock, EvidenceProperties properties) {
    this.complaints = complaints;
    this.files = files;
    this.progress = progress;
    this.checks = checks;
    this.process = process;
    this.transaction = transaction;
    this.clock = clock;
    this.maxBytes = properties.maxFileSizeBytes();
  }

  /** Why {@link #upload} would refuse this file, if it would: empty, too large, not allowed. */
  public Optional<Refusal> screen(byte[] content) {
    if (content.length == 0) {
      return Optional.of(Refusal.EMPTY);
    }
    if (content.length > maxBytes) {
      return Optional.of(Refusal.TOO_LARGE);
    }
    return ContentSniffer.detect(content).isEmpty() ? Optional.of(Refusal.UNSUPPORTED_TYPE)
        : Optional.empty();
  }

  /** The type the file's bytes show (image/png …), whatever its name says; empty if not allowed. */
  public static Optional<String> typeOf(byte[] content) {
    return ContentSniffer.detect(content);
  }

  /** The size limit of one file, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  public Stored upload(String caseNumber, EvidenceKind kind, byte[] content, String fileName,
      String uploadedBy) {
    screen(content).ifPresent(refusal -> {
      throw problem(refusal);
    });
    String contentType = ContentSniffer.detect(content).orElseThrow();
    byte[] stored = ContentSniffer.TEXT.equals(contentType) ? cleanText(content) : content;
    String sha256 = Sha256.hex(stored);
    String safeName = fileName == null ? null
        : SensitiveText.clean(fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_")).text();
    return ConcurrentChanges.retry("Evidence for " + caseNumber, () -> transaction.execute(
        status -> store(caseNumber, kind, contentType, stored, sha256,
            safeName == null ? null : safeName.substring(0, Math.min(255, safeName.length())),
            uploadedBy)));
  }

  private Stored store(String caseNumber, EvidenceKind kind, String contentType, byte[] content,
      String sha256, String fileName, String uploadedBy) {
    Complaint complaint = complaints.lock(caseNumber).orElseThrow(
        () -> ApiException.notFound("caseNumber", "Unknown case " + caseNumber));
    Optional<EvidenceFiles.StoredFile> duplicate = files.findByHash(caseNumber, sha256);
    if (duplicate.isPresent()) {
      return new Stored(duplicate.get(), true);
    }
    if (!complaint.status().isOpen()) {
      throw ApiException.conflict("Case " + caseNumber + " is closed (" + complaint.status()
          + "); please open a new complaint that quotes it.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = files.store(caseNumber, kind, contentType, content, sha256, fileName, uploadedBy,
        now);
    progress.note(caseNumber, "EVIDENCE_RECEIVED", kind + ", " + contentType + ", "
        + content.length + " bytes, sha256 " + sha256.substring(0, 12) + "…");
    Set<EvidenceKind> missing = checks.missingEvidence(complaint.category(),
        files.kinds(caseNumber));
    if (complaint.status() == ComplaintStatus.AWAITING_EVIDENCE && !missing.isEmpty()) {
      // checking again now could only find it inconclusive and hand an unfinished case on
      progress.note(caseNumber, "EVIDENCE_INCOMPLETE", "Still waiting for " + missing);
    } else {
      process.evidenceProvided(caseNumber);
    }
    return new Stored(new EvidenceFiles.StoredFile(id, kind, contentType, content.length, sha256,
        now), false);
  }

  private ApiException problem(Refusal refusal) {
    return switch (refusal) {
      case EMPTY -> ApiException.invalid("file", "must not be empty");
      case TOO_LARGE -> new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
          "Evidence files are limited to " + maxBytes + " bytes.",
          List.of(new ApiException.FieldError("file", "too large")));
      case UNSUPPORTED_TYPE -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Unsupported file type", "Only PNG, JPEG, MP4, PDF and plain text files are accepted.",
          List.of(new ApiException.FieldError("file", "unsupported type")));
    };
  }

  /** A text file goes through the same secret redaction as any other member text. */
  private static byte[] cleanText(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    return SensitiveText.clean(text).text().getBytes(StandardCharsets.UTF_8);
  }

  public record Stored(EvidenceFiles.StoredFile file, boolean duplicate) {}

  /** Why a file is not taken as evidence. */
  public enum Refusal { EMPTY, TOO_LARGE, UNSUPPORTED_TYPE }
}
