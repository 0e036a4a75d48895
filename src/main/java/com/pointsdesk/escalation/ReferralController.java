package com.pointsdesk.escalation;

import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.system.ApiException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/escalations}: a regulator's or platform's referral comes in. */
@RestController
@RequestMapping("/api/v1/escalations")
class ReferralController {

  private final Referrals referrals;

  ReferralController(Referrals referrals) {
    this.referrals = referrals;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> refer(@Valid @RequestBody ReferralRequest request,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    Platform platform = Platform.of(request.platform()).orElseThrow(() -> ApiException.invalid(
        "platform", "must be one of 12315, MARKET_REGULATOR, BLACK_CAT (黑猫投诉), DIANSUBAO (电诉宝)"));
    IntakeOutcome outcome = referrals.receive(request, platform, caller.userId());
    URI location = URI.create("/api/v1/complaints/" + outcome.caseNumber());
    Map<String, Object> body = Map.of("caseNumber", outcome.caseNumber(),
        "merged", outcome.merged(), "externalEscalation", true, "case", location.toString());
    return outcome.kind() == IntakeOutcome.Kind.CREATED
        ? ResponseEntity.created(location).body(body)
        : ResponseEntity.ok().location(location).body(body);
  }
}
