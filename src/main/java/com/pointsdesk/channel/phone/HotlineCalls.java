package com.pointsdesk.channel.phone;

import com.pointsdesk.complaint.CaseTimeline;
import com.pointsdesk.complaint.ComplaintIntake;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.ApiException.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone channel: an agent takes a complaint on the hotline and it goes through the one intake
 * like every other channel (validation as the API's, redaction, merging into an open case, case
 * number, the case's process). The agent on record is the logged-in user who took the call.
 */
@Service
public class HotlineCalls {

  /** Timeline event of a complaint taken on the hotline; its detail names the agent. */
  static final String TAKEN_BY_PHONE = "TAKEN_BY_PHONE";

  private final ComplaintIntake intake;
  private final CaseTimeline timeline;
  private final Validator validator;

  HotlineCalls(ComplaintIntake intake, CaseTimeline timeline, Validator validator) {
    this.intake = intake;
    this.timeline = timeline;
    this.validator = validator;
  }

  /**
   * Takes in the complaint of one call ({@code callId} unique per call: a second submission of
   * the same call replays its outcome). Invalid fields are refused together, as the API refuses
   * them (400, each field with its message), before anything is stored.
   */
  @Transactional
  public IntakeOutcome take(HotlineForm form, String agentId, String callId) {
    if (agentId == null || agentId.isBlank()) {
      throw ApiException.forbidden("A hotline complaint is taken by a logged-in agent.");
    }
    List<FieldError> errors = new ArrayList<>();
    ComplaintRequest request = form.toRequest(errors);
    Set<String> wrongKind = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    for (ConstraintViolation<ComplaintRequest> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString();
      if (!wrongKind.contains(field)) {
        errors.add(new FieldError(field, violation.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", errors.stream()
          .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }
    IntakeOutcome outcome = intake.submit(request, agentId, "phone:" + callId);
    if (outcome.kind() != IntakeOutcome.Kind.REPLAYED) {
      timeline.record(outcome.caseNumber(), TAKEN_BY_PHONE,
          "电话受理 · Taken by phone by agent " + agentId);
    }
    return outcome;
  }
}
