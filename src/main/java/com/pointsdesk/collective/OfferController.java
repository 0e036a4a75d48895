package com.pointsdesk.collective;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.security.Groups;
import com.pointsdesk.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's answer to a collective offer, as the app's backend (a channel integration) passes
 * it on: the offer id from the member's mail or app, and the member it is for.
 */
@RestController
class OfferController {

  private final OfferAnswers answers;

  OfferController(OfferAnswers answers) {
    this.answers = answers;
  }

  @GetMapping("/api/v1/offers/{offerId}")
  OfferAnswers.OfferDetails offer(@PathVariable String offerId,
      @RequestParam(required = false) String memberId,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    requireIntegration(caller);
    if (memberId == null || memberId.isBlank()) {
      throw ApiException.invalid("memberId", "The member the offer is for is required");
    }
    return answers.details(offerId, memberId.strip());
  }

  @PostMapping("/api/v1/offers/{offerId}/choice")
  OfferAnswers.OfferView choose(@PathVariable String offerId,
      @RequestBody(required = false) ChoiceRequest request,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    requireIntegration(caller);
    if (request == null || request.memberId() == null || request.memberId().isBlank()) {
      throw ApiException.invalid("memberId", "The member answering is required");
    }
    return answers.answer(offerId, request.memberId().strip(), request.choice());
  }

  private static void requireIntegration(ApiCaller caller) {
    if (!caller.isIn(Groups.CHANNEL_INTEGRATIONS)) {
      throw ApiException.forbidden("User " + caller.userId()
          + " may not read or answer offers: members do through a channel integration.");
    }
  }

  record ChoiceRequest(String memberId, String choice) {}
}
