package com.pointsdesk.evidence;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.BusinessTime;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/complaints/{caseNumber}/evidence} (multipart: {@code file} + {@code kind}). */
@RestController
class EvidenceController {

  private final EvidenceUploads uploads;

  EvidenceController(EvidenceUploads uploads) {
    this.uploads = uploads;
  }

  @PostMapping(path = "/api/v1/complaints/{caseNumber}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceView> upload(@PathVariable String caseNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) throws IOException {
    if (file == null) {
      throw ApiException.invalid("file", "is required");
    }
    EvidenceUploads.Stored stored = uploads.upload(caseNumber, kind(kind), file.getBytes(),
        file.getOriginalFilename(), caller.userId());
    EvidenceView view = EvidenceView.of(caseNumber, stored);
    return stored.duplicate() ? ResponseEntity.ok(view)
        : ResponseEntity.created(URI.create("/api/v1/complaints/" + caseNumber + "/evidence/"
            + stored.file().id())).body(view);
  }

  private static EvidenceKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw ApiException.invalid("kind", "is required, one of "
          + Arrays.toString(EvidenceKind.values()));
    }
    try {
      return EvidenceKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("kind", "must be one of " + Arrays.toString(EvidenceKind.values()));
    }
  }

  record EvidenceView(long id, String caseNumber, EvidenceKind kind, String contentType,
      long sizeBytes, String sha256, boolean duplicate, OffsetDateTime uploadedAt) {

    static EvidenceView of(String caseNumber, EvidenceUploads.Stored stored) {
      var f = stored.file();
      return new EvidenceView(f.id(), caseNumber, f.kind(), f.contentType(), f.sizeBytes(),
          f.sha256(), stored.duplicate(),
          f.uploadedAt().atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime());
    }
  }
}
