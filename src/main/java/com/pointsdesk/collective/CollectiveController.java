package com.pointsdesk.collective;

import com.pointsdesk.security.ApiCaller;
import com.pointsdesk.security.Groups;
import com.pointsdesk.system.ApiException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' API of collective cases. API v1's filter lets every API user in; a collective
 * case lists members who never complained, so reading it is narrowed to senior agents and
 * supervisors, and linking to supervisors (who decide collective remedies, DESIGN "Who uses it").
 * The check comes first, on the caller the filter put on the request (as DossierController does),
 * so others cannot probe which collective cases exist.
 */
@RestController
class CollectiveController {

  static final Set<String> READERS = Set.of(Groups.SENIOR_AGENTS, Groups.SUPERVISORS);

  private final CollectiveViews views;
  private final ManualLinks manualLinks;

  CollectiveController(CollectiveViews views, ManualLinks manualLinks) {
    this.views = views;
    this.manualLinks = manualLinks;
  }

  @GetMapping("/api/v1/collective-cases/{collectiveCase}")
  CollectiveView view(@PathVariable String collectiveCase,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    if (READERS.stream().noneMatch(caller::isIn)) {
      throw ApiException.forbidden("User " + caller.userId()
          + " may not read collective cases: senior agents and supervisors may.");
    }
    return found(collectiveCase);
  }

  @PostMapping("/api/v1/collective-cases/{collectiveCase}/cases")
  CollectiveView link(@PathVariable String collectiveCase, @RequestBody LinkRequest request,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    if (!caller.isIn(Groups.SUPERVISORS)) {
      throw ApiException.forbidden("User " + caller.userId()
          + " may not link cases to a collective case: supervisors may.");
    }
    if (request == null || request.caseNumber() == null || request.caseNumber().isBlank()) {
      throw ApiException.invalid("caseNumber", "The case number to link is required");
    }
    manualLinks.link(collectiveCase, request.caseNumber().trim(), caller.userId());
    return found(collectiveCase);
  }

  @PostMapping("/api/v1/collective-cases")
  ResponseEntity<CollectiveView> open(@RequestBody OpenRequest request,
      @RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
    if (!caller.isIn(Groups.SUPERVISORS)) {
      throw ApiException.forbidden("User " + caller.userId()
          + " may not open collective cases: supervisors may.");
    }
    if (request == null || request.caseNumbers() == null || request.caseNumbers().isEmpty()
        || request.caseNumbers().stream().anyMatch(n -> n == null || n.isBlank())) {
      throw ApiException.invalid("caseNumbers", "The open cases to group are required");
    }
    String number = manualLinks.open(request.caseNumbers().stream().map(String::trim).toList(),
        caller.userId());
    return ResponseEntity.created(URI.create("/api/v1/collective-cases/" + number))
        .body(found(number));
  }

  private CollectiveView found(String collectiveCase) {
    return views.find(collectiveCase).orElseThrow(() -> ApiException.notFound("collectiveCase",
        "Unknown collective case " + collectiveCase));
  }

  record LinkRequest(String caseNumber) {}

  record OpenRequest(List<String> caseNumbers) {}
}
