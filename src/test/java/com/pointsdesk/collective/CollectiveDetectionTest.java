package com.pointsdesk.collective;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.Race;
import com.pointsdesk.support.ScenarioTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 8, detection: open complaints about one gift that never ships are grouped into one
 * collective case once they reach the threshold (3, application.yaml), and the supervisor sees
 * every member still owed the gift, complained or not.
 */
class CollectiveDetectionTest extends ScenarioTest {

  private static final OffsetDateTime REDEEMED = OffsetDateTime.parse("2026-10-01T10:00:00+08:00");

  @Test
  void threeMembersComplainingAboutOneGiftGetOneCollectiveCaseListingAllItsMembers() {
    // Given five members waiting for one out-of-stock gift
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 5);

    // When three of them complain that it never shipped (one names the order, two do not)
    String first = fileComplaint(ComplaintBodies.deliveryDelayed(owed.get(0), orderOf(owed.get(0))));
    String second = fileComplaint(withoutOrder(owed.get(1)));
    String third = fileComplaint(withoutOrder(owed.get(2)));

    // Then one collective case links all three, and each case view and timeline shows it
    String collective = collectiveOf(third);
    assertThat(collective).as("collective case of %s", third).matches("PC-\\d{4}-\\d{6}");
    for (String caseNumber : List.of(first, second, third)) {
      Map<String, Object> view = caseView(caseNumber);
      assertThat(view.get("collectiveCase")).as("collective case of %s", caseNumber)
          .isEqualTo(collective);
      assertThat(timelineEvents(view)).as("timeline of %s", caseNumber)
          .contains("LINKED_TO_COLLECTIVE");
    }
    // and the supervisor's view lists the three cases and all five members still owed the gift
    Map<String, Object> view = get("supervisor", "/api/v1/collective-cases/" + collective)
        .getBody();
    assertThat(view).containsEntry("status", "OPEN").containsEntry("openedBy", "THRESHOLD");
    assertThat(view.get("subject")).isEqualTo(Map.of("kind", "GIFT", "ref", gift,
        "name", "测试礼品 " + gift));
    assertThat(listOf(view, "cases")).extracting(c -> c.get("caseNumber"))
        .containsExactlyInAnyOrder(first, second, third);
    assertThat(listOf(view, "affectedMembers")).extracting(m -> m.get("memberId"))
        .containsExactlyInAnyOrderElementsOf(owed);
    assertThat(listOf(view, "affectedMembers")).filteredOn(m -> m.get("caseNumber") == null)
        .extracting(m -> m.get("memberId")).containsExactlyInAnyOrder(owed.get(3), owed.get(4));
  }

  @Test
  void aLaterComplaintAboutTheGiftJoinsTheCollectiveCaseOnArrival() {
    // Given a collective case about a gift, opened by three complaints
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 4);
    String collective = collectiveOf(fileThree(owed));

    // When a fourth member complains
    String fourth = fileComplaint(withoutOrder(owed.get(3)));

    // Then the case joins it at once
    assertThat(caseView(fourth).get("collectiveCase")).isEqualTo(collective);
    Map<String, Object> view = get("supervisor", "/api/v1/collective-cases/" + collective)
        .getBody();
    assertThat(listOf(view, "cases")).filteredOn(c -> fourth.equals(c.get("caseNumber")))
        .extracting(c -> c.get("linkedBy")).containsExactly("ARRIVAL");
    assertThat(collectiveCasesAbout(gift)).isEqualTo(1);
  }

  @Test
  void twoComplaintsAboutOneGiftStayIndividualCases() {
    // Given three members waiting for one gift
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 3);

    // When two of them complain
    String first = fileComplaint(withoutOrder(owed.get(0)));
    String second = fileComplaint(withoutOrder(owed.get(1)));

    // Then no collective case is opened, below the threshold
    assertThat(caseView(first).get("collectiveCase")).isNull();
    assertThat(caseView(second).get("collectiveCase")).isNull();
    assertThat(collectiveCasesAbout(gift)).isZero();
  }

  @Test
  void aSupervisorGroupsTwoCasesAboutOneGiftBeforeTheThresholdDoes() {
    // Given two members' complaints about one gift, below the threshold, and a case about points
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 3);
    String first = fileComplaint(withoutOrder(owed.get(0)));
    String second = fileComplaint(withoutOrder(owed.get(1)));
    String other = members.newMember();
    members.unexplainedDebit(other, 300, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String aboutPoints = fileComplaint(ComplaintBodies.unexplainedDeduction(other, 300));

    // When the supervisor groups the case about points with one of them, that is refused
    assertProblem(post("supervisor", "/api/v1/collective-cases",
        Map.of("caseNumbers", List.of(first, aboutPoints))), HttpStatus.CONFLICT);
    // and an agent may not group cases at all
    assertProblem(post("agent", "/api/v1/collective-cases",
        Map.of("caseNumbers", List.of(first, second))), HttpStatus.FORBIDDEN);
    assertThat(collectiveCasesAbout(gift)).isZero();

    // When the supervisor groups the two about the gift
    ResponseEntity<Map<String, Object>> opened = post("supervisor", "/api/v1/collective-cases",
        Map.of("caseNumbers", List.of(first, second)));

    // Then one collective case, opened by hand, holds both and lists all three members owed it
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String collective = (String) opened.getBody().get("collectiveCase");
    assertThat(opened.getHeaders().getLocation()).hasToString("/api/v1/collective-cases/"
        + collective);
    assertThat(opened.getBody()).containsEntry("openedBy", "SUPERVISOR");
    assertThat(listOf(opened.getBody(), "cases")).extracting(c -> c.get("caseNumber"))
        .containsExactlyInAnyOrder(first, second);
    assertThat(caseView(first).get("collectiveCase")).isEqualTo(collective);
    assertThat(listOf(opened.getBody(), "affectedMembers")).hasSize(3);
    // and a second collective case about the gift is refused: link to the open one instead
    String third = fileComplaint(withoutOrder(owed.get(2)));
    assertThat(caseView(third).get("collectiveCase")).isEqualTo(collective);
    assertProblem(post("supervisor", "/api/v1/collective-cases",
        Map.of("caseNumbers", List.of(third))), HttpStatus.CONFLICT);
    assertThat(collectiveCasesAbout(gift)).isEqualTo(1);
  }

  @Test
  void aSupervisorLinksACaseByHandOnceOnly() {
    // Given a collective case, and a case about something else
    String collective = collectiveOf(fileThree(membersOwed(members.newOutOfStockGift(8000), 3)));
    String other = members.newMember();
    members.unexplainedDebit(other, 300, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String otherCase = fileComplaint(ComplaintBodies.unexplainedDeduction(other, 300));

    // When the supervisor links that case by hand
    ResponseEntity<Map<String, Object>> linked = post("supervisor",
        "/api/v1/collective-cases/" + collective + "/cases", Map.of("caseNumber", otherCase));

    // Then it is part of the collective case, and a second link is refused
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listOf(linked.getBody(), "cases")).filteredOn(c -> otherCase.equals(c.get("caseNumber")))
        .extracting(c -> c.get("linkedBy")).containsExactly("SUPERVISOR");
    assertThat(caseView(otherCase).get("collectiveCase")).isEqualTo(collective);
    assertProblem(post("supervisor", "/api/v1/collective-cases/" + collective + "/cases",
        Map.of("caseNumber", otherCase)), HttpStatus.CONFLICT);
  }

  @Test
  void linkingAnUnknownCaseOrToAnUnknownCollectiveCaseIsNotFound() {
    // Given a collective case
    String collective = collectiveOf(fileThree(membersOwed(members.newOutOfStockGift(8000), 3)));

    // When / Then the supervisor names a case or a collective case that does not exist
    assertProblem(post("supervisor", "/api/v1/collective-cases/" + collective + "/cases",
        Map.of("caseNumber", "PD-2026-999999")), HttpStatus.NOT_FOUND);
    assertProblem(post("supervisor", "/api/v1/collective-cases/PC-2026-999999/cases",
        Map.of("caseNumber", "PD-2026-000001")), HttpStatus.NOT_FOUND);
  }

  @Test
  void anAgentMayNeitherReadNorLinkACollectiveCaseASeniorAgentMayRead() {
    // Given a collective case and a case outside it
    String collective = collectiveOf(fileThree(membersOwed(members.newOutOfStockGift(8000), 3)));
    String other = members.newMember();
    members.unexplainedDebit(other, 200, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String otherCase = fileComplaint(ComplaintBodies.unexplainedDeduction(other, 200));

    // When / Then an agent is refused both, a senior agent may read
    assertProblem(post("agent", "/api/v1/collective-cases/" + collective + "/cases",
        Map.of("caseNumber", otherCase)), HttpStatus.FORBIDDEN);
    assertProblem(get("agent", "/api/v1/collective-cases/" + collective), HttpStatus.FORBIDDEN);
    assertThat(get("senior", "/api/v1/collective-cases/" + collective).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(caseView(otherCase).get("collectiveCase")).isNull();
  }

  @Test
  void twoComplaintsReachingTheThresholdAtTheSameMomentOpenExactlyOneCollectiveCase()
      throws Exception {
    // Given one complaint about a gift, and two more members owed it
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 3);
    String first = fileComplaint(withoutOrder(owed.get(0)));

    // When the other two complain at the same moment (either of them is the third)
    List<String> racing = complainAtOnce(owed.subList(1, 3));

    // Then exactly one collective case links all three
    assertOneCollectiveCaseHolds(gift, first, racing);
  }

  @Test
  void complaintsBeyondTheThresholdAtTheSameMomentOpenExactlyOneCollectiveCase()
      throws Exception {
    // Given two complaints about a gift, and three more members owed it
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 5);
    fileComplaint(withoutOrder(owed.get(0)));
    fileComplaint(withoutOrder(owed.get(1)));

    // When the other three complain at the same moment (each would reach the threshold)
    List<String> racing = complainAtOnce(owed.subList(2, 5));

    // Then one collective case is opened, and every racing case is in it
    assertOneCollectiveCaseHolds(gift, racing.get(0), racing);
  }

  @Test
  void sixMembersComplainingAtTheSameMomentAllJoinOneCollectiveCase() throws Exception {
    // Given six members owed one gift, none of whom has complained
    String gift = members.newOutOfStockGift(8000);
    List<String> owed = membersOwed(gift, 6);

    // When all six complain at the same moment
    List<String> racing = complainAtOnce(owed);

    // Then one collective case is opened and none of the six is left out of it
    assertOneCollectiveCaseHolds(gift, racing.get(0), racing);
  }

  @Test
  void threeMembersWhosePointsExpiredOnOneDayWithoutNoticeShareACollectiveCase() {
    // Given three members whose points expired on one day (no other test's expiry day), more
    // than are restored without a person, so their cases stay open
    OffsetDateTime expired = OffsetDateTime.parse("2026-11-07T23:59:00+08:00");
    List<String> expiredMembers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String member = members.newMember();
      jdbc.sql("""
              INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, idempotency_key)
              VALUES (?, ?, -2500, 'EXPIRE', ?)""")
          .params(member, expired, "fixture:" + member + ":expire").update();
      expiredMembers.add(member);
    }

    // When each complains that they were not told
    List<String> cases = expiredMembers.stream().map(member -> fileComplaint(Map.of(
        "channel", "IN_APP", "memberId", member, "category", "EXPIRED_WITHOUT_NOTICE",
        "summary", "积分未提醒就清零", "occurredAt", "2026-11-08T09:00:00+08:00"))).toList();

    // Then one collective case about that expiry batch links the three
    String collective = collectiveOf(cases.get(2));
    assertThat(collective).isNotNull();
    assertThat(cases).allSatisfy(c -> assertThat(collectiveOf(c)).isEqualTo(collective));
    Map<String, Object> view = get("supervisor", "/api/v1/collective-cases/" + collective)
        .getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) view.get("subject");
    assertThat(subject).containsEntry("kind", "EXPIRY_BATCH").containsEntry("ref", "2026-11-07");
  }

  // --- helpers ---------------------------------------------------------------------------

  /** Each member files a complaint about the gift without naming the order, all at once. */
  private List<String> complainAtOnce(List<String> owedMembers) throws Exception {
    List<Callable<String>> calls = owedMembers.stream()
        .<Callable<String>>map(m -> () -> fileComplaint(withoutOrder(m))).toList();
    return Race.allAtOnce(calls, Duration.ofSeconds(60));
  }

  /** Exactly one collective case about the gift, the one {@code first} is in, holds them all. */
  private void assertOneCollectiveCaseHolds(String gift, String first, List<String> cases) {
    assertThat(collectiveCasesAbout(gift)).isEqualTo(1);
    String collective = collectiveOf(first);
    assertThat(collective).isNotNull();
    assertThat(cases).allSatisfy(c -> assertThat(collectiveOf(c)).isEqualTo(collective));
  }

  /** Fresh members, each with an unshipped order of the gift, long overdue. */
  private List<String> membersOwed(String gift, int count) {
    List<String> owed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String member = members.newMember();
      members.unshippedOrder(member, gift, 8000, REDEEMED, LocalDate.parse("2026-10-08"));
      owed.add(member);
    }
    return owed;
  }

  /** The first three members complain; returns the third case. */
  private String fileThree(List<String> owed) {
    fileComplaint(withoutOrder(owed.get(0)));
    fileComplaint(withoutOrder(owed.get(1)));
    return fileComplaint(withoutOrder(owed.get(2)));
  }

  private String orderOf(String member) {
    return jdbc.sql("SELECT id FROM pd_redemption_order WHERE member_id = ?").param(member)
        .query(String.class).single();
  }

  private static Map<String, Object> withoutOrder(String member) {
    Map<String, Object> body = ComplaintBodies.deliveryDelayed(member, null);
    body.remove("orderId");
    return body;
  }

  private String collectiveOf(String caseNumber) {
    return (String) caseView(caseNumber).get("collectiveCase");
  }

  private long collectiveCasesAbout(String gift) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_collective_case WHERE subject_kind = 'GIFT' "
        + "AND subject_ref = ?").param(gift).query(Long.class).single();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOf(Map<String, Object> view, String field) {
    return (List<Map<String, Object>>) view.get(field);
  }

  private static List<Object> timelineEvents(Map<String, Object> caseView) {
    return listOf(caseView, "timeline").stream().map(e -> e.get("event")).toList();
  }
}
