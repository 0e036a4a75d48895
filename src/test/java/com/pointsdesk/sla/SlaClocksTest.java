package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * ComplaintHandling's SLA timers on the real application, with the engine clock moved
 * ({@link ClockUtil}, which is business time too) and every due job run by hand: nothing fires
 * before its instant, each breach at it, over the 2026 National Day holiday and its make-up
 * Saturday. The dates are in the past on purpose: no timer of another test context comes due.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class SlaClocksTest extends ScenarioTest {

  @AfterEach
  void realTimeAgain() {
    ClockUtil.reset();
  }

  @Test
  void eachBreachFiresAtItsInstantNotAMinuteBeforeAcrossTheNationalDayHoliday() {
    // Given Mr. Wang's kind of complaint received on the eve of National Day, Wed 09-30 10:00
    String caseNumber = verifiedDeductionReceivedAt("2026-09-30T10:00");
    Map<String, Object> view = caseView(caseNumber);
    assertThat(view.get("firstResponseDueAt")).isEqualTo("2026-10-01T10:00:00+08:00");
    // five working days: Oct 8, 9, 10 (make-up Saturday), 12, 13; seven: and 14, 15
    assertThat(view.get("resolutionDueAt")).isEqualTo("2026-10-13T10:00:00+08:00");
    assertThat(view.get("escalationDueAt")).isEqualTo("2026-10-15T10:00:00+08:00");

    // When the first response is a minute away, nothing has happened
    runDueJobsAt("2026-10-01T09:59");
    assertThat(breachesOf(caseNumber)).isEmpty();
    assertThat(slaIncidents(caseNumber)).isEmpty();

    // Then at its instant the breach is an incident with a readable message, and a mail
    runDueJobsAt("2026-10-01T10:00");
    assertThat(breachesOf(caseNumber)).containsExactly("FIRST_RESPONSE");
    assertThat(slaIncidents(caseNumber)).singleElement().satisfies(incident -> {
      assertThat(incident.getIncidentMessage()).contains(caseNumber, "first response",
          "due 2026-10-01 10:00 (UTC+8)", "0 min overdue");
      assertThat(incident.getConfiguration()).isEqualTo(caseNumber + ":FIRST_RESPONSE");
    });
    assertThat(outboxTemplates(caseNumber)).contains("sla-breach");

    // When the holiday passes up to a minute before the resolution target
    runDueJobsAt("2026-10-13T09:59");
    assertThat(breachesOf(caseNumber)).containsExactly("FIRST_RESPONSE");
    assertThat(review(caseNumber).getPriority()).isEqualTo(50);

    // Then at it the open review moves to the senior agents, with priority HIGH
    runDueJobsAt("2026-10-13T10:00");
    assertThat(breachesOf(caseNumber)).containsExactly("FIRST_RESPONSE", "RESOLUTION");
    assertThat(candidateGroups(review(caseNumber))).containsExactly("senior-agents");
    assertThat(review(caseNumber).getPriority()).isEqualTo(80);
    assertThat(caseView(caseNumber).get("priority")).isEqualTo("HIGH");
    assertThat(slaIncidents(caseNumber)).hasSize(2);

    // When the escalation threshold passes (not a minute before), the external path starts
    runDueJobsAt("2026-10-15T09:59");
    assertThat(caseView(caseNumber).get("externalEscalation")).isEqualTo(false);
    runDueJobsAt("2026-10-15T10:00");
    assertThat(breachesOf(caseNumber)).containsExactly("FIRST_RESPONSE", "RESOLUTION",
        "ESCALATION");
    assertThat(caseView(caseNumber).get("externalEscalation")).isEqualTo(true);
    Task answer = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_AnswerRegulator").singleResult();
    assertThat(candidateGroups(answer)).containsExactly("supervisors");
    // ten working days for the answer: Oct 16, 19-23, 26-29
    assertThat(answer.getDueDate()).isEqualTo(date(at("2026-10-29T10:00")));

    // When a senior agent finally settles the case
    completeAs("senior", review(caseNumber), Map.of("reviewDecision", "ACCEPT"));
    runDueJobsAt("2026-10-15T11:00");

    // Then it is resolved and its breach incidents resolved with it; the history keeps them
    assertThat(caseView(caseNumber).get("status")).isEqualTo("RESOLVED");
    assertThat(slaIncidents(caseNumber)).isEmpty();
    assertThat(historyService.createHistoricIncidentQuery().incidentType("slaBreach")
        .resolved().list()).filteredOn(i -> i.getConfiguration().startsWith(caseNumber))
        .hasSize(3);
    assertThat(caseView(caseNumber).get("slaBreaches"))
        .isEqualTo(List.of("FIRST_RESPONSE", "RESOLUTION", "ESCALATION"));
  }

  @Test
  void aPausedCasesTimersMoveByExactlyTheTimeEachClockWouldHaveCounted() {
    // Given a case received Thursday 10-08 10:00 that waits for the member's photo at once:
    // first response due Fri 10-09 10:00, resolution Wed 10-14 (9, 10 make-up, 12, 13, 14),
    // escalation Fri 10-16
    ClockUtil.setCurrentTime(date(at("2026-10-08T10:00")));
    String member = members.newMember();
    String order = members.deliveredOrder(member, "G-TOTE", 5000, at("2026-09-20T11:00"),
        at("2026-09-27T10:00"));
    String caseNumber = fileComplaint(body(member, "NOT_AS_DESCRIBED", "收到的帆布包和页面不一样",
        order));
    runDueJobsAt("2026-10-08T10:00");
    assertThat(caseView(caseNumber).get("status")).isEqualTo("AWAITING_EVIDENCE");

    // When the member answers on Monday 10-12 16:00: 102 hours later, 78 of them working time
    // (14 h of Oct 8, Oct 9, the make-up Saturday 10, 16 h of Oct 12; not Sunday 11)
    ClockUtil.setCurrentTime(date(at("2026-10-12T16:00")));
    assertThat(post("intake", "/api/v1/complaints/" + caseNumber + "/messages",
        Map.of("text", "照片已在App里上传，请查收")).getStatusCode().value()).isEqualTo(201);
    runDueJobsAt("2026-10-12T16:00");

    // Then the timers themselves moved: the first response by 102 h, the working-day clocks by
    // 78 h of working time, skipping the weekend of Oct 17-18
    assertThat(timerDue(caseNumber, "BoundaryEvent_FirstResponseOverdue"))
        .isEqualTo(at("2026-10-13T16:00"));
    assertThat(timerDue(caseNumber, "BoundaryEvent_ResolutionOverdue"))
        .isEqualTo(at("2026-10-19T16:00"));
    assertThat(timerDue(caseNumber, "BoundaryEvent_EscalationThresholdReached"))
        .isEqualTo(at("2026-10-21T16:00"));
    Map<String, Object> view = caseView(caseNumber);
    assertThat(view.get("firstResponseDueAt")).isEqualTo("2026-10-13T16:00:00+08:00");
    assertThat(view.get("resolutionDueAt")).isEqualTo("2026-10-19T16:00:00+08:00");
    assertThat(view.get("escalationDueAt")).isEqualTo("2026-10-21T16:00:00+08:00");
    // and the review waiting now is due with the moved first response
    assertThat(review(caseNumber).getDueDate()).isEqualTo(date(at("2026-10-13T16:00")));

    // and the moved first-response timer fires at its new instant, not at the old one
    runDueJobsAt("2026-10-13T15:59");
    assertThat(breachesOf(caseNumber)).isEmpty();
    runDueJobsAt("2026-10-13T16:00");
    assertThat(breachesOf(caseNumber)).containsExactly("FIRST_RESPONSE");
  }

  @Test
  void progressUpdatesEveryTwoWorkingDaysStopWhileAnAgentWrites() {
    // Given a case received Monday 09-14 10:00 and answered by an agent at 11:00
    String caseNumber = verifiedDeductionReceivedAt("2026-09-14T10:00");
    ClockUtil.setCurrentTime(date(at("2026-09-14T11:00")));
    assertThat(post("agent", "/api/v1/complaints/" + caseNumber + "/replies",
        Map.of("text", "王先生您好，我们已核实到这笔扣减，正在处理。")).getStatusCode().value())
        .isEqualTo(201);

    // When the daily checks run: two working days after the reply is Wed 09-16 11:00
    runDueJobsAt("2026-09-15T10:00");
    runDueJobsAt("2026-09-16T10:00");
    assertThat(progressUpdates(caseNumber)).isZero();
    runDueJobsAt("2026-09-17T10:00");
    assertThat(progressUpdates(caseNumber)).isOne();

    // When the agent writes again on Friday 09-18 09:00, the next update waits two working days
    // from then: Sunday 09-20 is a make-up working day, so Monday 09-21 09:00
    ClockUtil.setCurrentTime(date(at("2026-09-18T09:00")));
    post("agent", "/api/v1/complaints/" + caseNumber + "/replies",
        Map.of("text", "补偿方案已提交审批。"));
    runDueJobsAt("2026-09-18T10:00");
    runDueJobsAt("2026-09-19T10:00");
    runDueJobsAt("2026-09-20T10:00");
    assertThat(progressUpdates(caseNumber)).isOne();
    runDueJobsAt("2026-09-21T10:00");
    assertThat(progressUpdates(caseNumber)).isEqualTo(2);
    assertThat(events(caseNumber)).contains("AGENT_REPLY", "PROGRESS_UPDATE_SENT");
  }

  // --- helpers ---------------------------------------------------------------------------

  private String verifiedDeductionReceivedAt(String localTime) {
    OffsetDateTime received = at(localTime);
    ClockUtil.setCurrentTime(date(received));
    String member = members.newMember();
    members.unexplainedDebit(member, 2000, received.minusHours(2));
    Map<String, Object> body = body(member, "UNEXPLAINED_DEDUCTION", "积分无故减少2000点", null);
    body.put("occurredAt", received.minusHours(1).toString());
    body.put("pointsClaimed", 2000);
    String caseNumber = fileComplaint(body);
    runDueJobsAt(localTime);
    assertThat(review(caseNumber)).isNotNull();
    return caseNumber;
  }

  private static Map<String, Object> body(String member, String category, String summary,
      String orderId) {
    Map<String, Object> body = new HashMap<>(Map.of("channel", "IN_APP", "memberId", member,
        "category", category, "summary", summary));
    if (orderId != null) {
      body.put("orderId", orderId);
    }
    return body;
  }

  /**
   * Moves the engine clock and runs every job due then, one after the other, as the job executor
   * would: only active ones (a suspended timer waits), each read fresh (one job's run can move
   * another to a new execution).
   */
  private void runDueJobsAt(String localTime) {
    ClockUtil.setCurrentTime(date(at(localTime)));
    for (int run = 0; run < 100; run++) {
      List<Job> due = managementService.createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep coming due at " + localTime);
  }

  private Task review(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ReviewComplaint").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId())
        .toList();
  }

  private List<Incident> slaIncidents(String caseNumber) {
    return runtimeService.createIncidentQuery().incidentType("slaBreach").list().stream()
        .filter(i -> i.getConfiguration().startsWith(caseNumber + ":")).toList();
  }

  private List<String> breachesOf(String caseNumber) {
    return jdbc.sql("SELECT kind FROM pd_sla_breach WHERE case_number = ? ORDER BY detected_at")
        .param(caseNumber).query(String.class).list();
  }

  private List<String> outboxTemplates(String caseNumber) {
    return jdbc.sql("SELECT template FROM pd_outbox_message WHERE case_number = ?")
        .param(caseNumber).query(String.class).list();
  }

  private long progressUpdates(String caseNumber) {
    return outboxTemplates(caseNumber).stream().filter("progress-update"::equals).count();
  }

  private List<String> events(String caseNumber) {
    return jdbc.sql("SELECT event FROM pd_complaint_event WHERE case_number = ?")
        .param(caseNumber).query(String.class).list();
  }

  private OffsetDateTime timerDue(String caseNumber, String boundaryEvent) {
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, "ComplaintHandling").singleResult().getId();
    Job timer = managementService.createJobQuery().processInstanceId(instance)
        .activityId(boundaryEvent).singleResult();
    return OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), at("2026-01-01T00:00")
        .getOffset());
  }

  private static OffsetDateTime at(String localTime) {
    return OffsetDateTime.parse(localTime + ":00+08:00");
  }

  private static Date date(OffsetDateTime at) {
    return Date.from(at.toInstant());
  }
}
