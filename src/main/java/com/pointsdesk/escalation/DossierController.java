package com.pointsdesk.escalation;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.security.Groups;
import com.pointsdesk.system.ApiException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/complaints/{caseNumber}/dossier}: the case as a PDF for a regulator.
 *
 * <p>API v1's filter lets every API user in (401 without valid credentials, 403 outside the API
 * groups); a dossier is more than the case view, so this endpoint narrows that to the people who
 * answer regulators: senior agents and supervisors. It checks here, on the caller the filter put
 * on the request, because here the route is the one Spring matched: a check on the raw request
 * URI could be missed by a variant of the path Spring still maps to this method
 * ({@code /dossier;x=1}). The check comes first, so others cannot probe which cases exist.
 */
@RestController
class DossierController {

  private static final Logger log = LoggerFactory.getLogger(DossierController.class);

  /** Who answers regulators (DESIGN "Who uses it"). */
  static final Set<String> READERS = Set.of(Groups.SENIOR_AGENTS, Groups.SUPERVISORS);

  private final Dossiers dossiers;
  private final DossierPdf pdf;

  DossierController(Dossiers dossiers, DossierPdf pdf) {
    this.dossiers = dossiers;
    this.pdf = pdf;
  }

  @GetMapping("/api/v1/complaints/{caseNumber}/dossier")
  ResponseEntity<byte[]> dossier(@PathVariable String caseNumber,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) throws IOException {
    if (READERS.stream().noneMatch(caller::isIn)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "User " + caller.userId()
          + " may not read regulator dossiers: senior agents and supervisors may.", List.of());
    }
    Dossier dossier = dossiers.of(caseNumber)
        .orElseThrow(() -> ApiException.notFound("caseNumber", "Unknown case " + caseNumber));
    byte[] document = pdf.render(dossier); // outside the read transaction: no connection held
    String number = dossier.header().caseNumber();
    log.info("Dossier of {} ({} timeline entries, {} bytes) generated for {}", number,
        dossier.timeline().size(), document.length, caller.userId());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition",
            ContentDisposition.attachment().filename(number + "-dossier.pdf").build().toString())
        .cacheControl(CacheControl.noStore())
        .body(document);
  }
}
