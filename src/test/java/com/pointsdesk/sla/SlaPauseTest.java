package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SLA clock stands still while a case waits on the member (DESIGN "Service levels"). */
class SlaPauseTest extends ScenarioTest {

  @Test
  void aCaseWaitingForEvidenceStopsItsClockAndMovesItsDueDatesWhenTheMemberAnswers() {
    // Given a gift that arrived not as described, and no photo yet: PointsDesk asks for one
    String member = members.newMember();
    String order = members.deliveredOrder(member, "G-TOTE", 5000,
        OffsetDateTime.parse("2026-11-01T11:00:00+08:00"),
        OffsetDateTime.parse("2026-11-06T10:00:00+08:00"));
    String caseNumber = fileComplaint(Map.of("channel", "IN_APP", "memberId", member,
        "category", "NOT_AS_DESCRIBED", "summary", "收到的帆布包和页面不一样", "orderId", order));
    Map<String, Object> waiting = awaitStatus(caseNumber, "AWAITING_EVIDENCE");
    assertThat(events(waiting)).contains("SLA_PAUSED");

    // When the member answers two weeks later (the pause is moved back to simulate the wait;
    // no holiday is that long, so working days have passed)
    OffsetDateTime pausedAt = OffsetDateTime.now(BusinessTime.ZONE).minusDays(14);
    jdbc.sql("UPDATE pd_complaint SET clock_paused_at = ? WHERE case_number = ?")
        .params(pausedAt, caseNumber).update();
    post("intake", "/api/v1/complaints/" + caseNumber + "/messages",
        Map.of("text", "照片已在App里上传，请查收"));

    // Then the clock runs again, with resolution and escalation moved by the working days waited
    Map<String, Object> resumed = awaitStatus(caseNumber, "UNDER_REVIEW");
    assertThat(events(resumed)).contains("SLA_PAUSED", "SLA_RESUMED");
    assertThat(OffsetDateTime.parse((String) resumed.get("resolutionDueAt")))
        .isAfter(OffsetDateTime.parse((String) waiting.get("resolutionDueAt")));
    assertThat(resumed.get("slaBreaches")).isEqualTo(List.of());
  }

  @SuppressWarnings("unchecked")
  private static List<String> events(Map<String, Object> view) {
    return ((List<Map<String, Object>>) view.get("timeline")).stream()
        .map(e -> (String) e.get("event")).toList();
  }
}
