package com.pointsdesk.complaint;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.security.Groups;
import com.pointsdesk.system.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

  private final ComplaintIntake intake;
  private final CaseViews views;
  private final MemberReplies replies;
  private final CaseContacts contacts;

  ComplaintController(ComplaintIntake intake, CaseViews views, MemberReplies replies,
      CaseContacts contacts) {
    this.intake = intake;
    this.views = views;
    this.replies = replies;
    this.contacts = contacts;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseView> submit(@Valid @RequestBody ComplaintRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    validateIdempotencyKey(idempotencyKey);
    return views.answer(intake.submit(request, caller.userId(), idempotencyKey));
  }

  @GetMapping("/{caseNumber}")
  CaseView get(@PathVariable String caseNumber) {
    return view(caseNumber);
  }

  @PostMapping(path = "/{caseNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseView> reply(@PathVariable String caseNumber,
      @Valid @RequestBody ReplyRequest reply) {
    replies.receive(caseNumber, reply.text());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(caseNumber));
  }

  /**
   * An agent writes to the member about the case (mailed on the case's thread). The first such
   * reply is the case's first response; any reply postpones the next progress update.
   */
  @PostMapping(path = "/{caseNumber}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseView> agentReply(@PathVariable String caseNumber,
      @Valid @RequestBody ReplyRequest reply,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    if (!caller.isIn(Groups.SUPPORT_AGENTS) && !caller.isIn(Groups.SENIOR_AGENTS)
        && !caller.isIn(Groups.SUPERVISORS)) {
      throw ApiException.forbidden("Only agents and supervisors write to members.");
    }
    view(caseNumber);
    contacts.agentReply(caseNumber, caller.userId(), reply.text());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(caseNumber));
  }

  private CaseView view(String caseNumber) {
    return views.find(caseNumber)
        .orElseThrow(() -> ApiException.notFound("caseNumber", "Unknown case " + caseNumber));
  }

  private static void validateIdempotencyKey(String key) {
    if (key != null && (key.isBlank() || key.length() > 128 || !key.matches("[\\x21-\\x7E]+"))) {
      throw ApiException.invalid("Idempotency-Key",
          "must be 1-128 printable ASCII characters without spaces");
    }
  }

  record ReplyRequest(@NotBlank @Size(max = 5000) String text) {}
}
