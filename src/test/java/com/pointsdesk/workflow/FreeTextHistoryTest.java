package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** What a reviewer types reaches the domain tables cleaned, and Camunda's history not at all. */
class FreeTextHistoryTest extends ScenarioTest {

  @Test
  void aReviewersReasonIsKeptCleanedAndNeverInTheHistoryTables() {
    // Given a complaint under review
    String member = members.newMember();
    members.unexplainedDebit(member, 300, OffsetDateTime.parse("2026-11-20T08:00:00+08:00"));
    String caseNumber = fileComplaint(Map.of("channel", "PHONE", "memberId", member,
        "category", "UNEXPLAINED_DEDUCTION", "summary", "积分少了300",
        "occurredAt", "2026-11-20T09:00:00+08:00"));
    Task review = awaitTask(caseNumber, "Task_ReviewComplaint");

    // When the agent rejects with a reason that carries a password and a phone number
    completeAs("agent", review, Map.of("reviewDecision", "REJECT",
        "reviewReason", "会员电话 13812345678 自述密码是abc123，扣分为系统测试，已另行处理"));
    awaitStatus(caseNumber, "REJECTED");

    // Then the decision keeps the cleaned reason
    String stored = jdbc.sql("""
            SELECT reason FROM pd_remedy_decision WHERE case_number = ? AND step = 'REVIEW'""")
        .param(caseNumber).query(String.class).single();
    assertThat(stored).contains("138****5678").doesNotContain("abc123")
        .doesNotContain("13812345678");
    // and the history keeps how the case ended and who reviewed it, but no variable values
    // (history level "pointsdesk"), so no trace of the raw text
    var processInstance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    String processInstanceId = processInstance.getId();
    assertThat(processInstance.getEndActivityId()).isEqualTo("EndEvent_CaseClosed");
    assertThat(historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getAssignee()).isEqualTo("agent");
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .count()).isZero();
  }
}
