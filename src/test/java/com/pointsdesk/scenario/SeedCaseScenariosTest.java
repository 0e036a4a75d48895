package com.pointsdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The seed stories of DESIGN.md, end to end through the running application on H2. */
class SeedCaseScenariosTest extends SeedStories {

  @Test
  void aComplaintAboutTheHealthyAccountU10011IsRejectedAfterReview() throws Exception {
    // Given U10011, whose ledger is in order, claims 500 points vanished
    String caseNumber = fileComplaint(Map.of("channel", "PHONE", "memberId", "U10011",
        "category", "UNEXPLAINED_DEDUCTION", "summary", "积分少了500",
        "occurredAt", "2026-11-01T10:00:00+08:00", "pointsClaimed", 500));

    // When the agent sees that the ledger does not support it and rejects with a reason
    Task review = awaitTask(caseNumber, "Task_ReviewComplaint");
    assertThat(taskService.getVariableLocal(review.getId(), "briefingFindings").toString())
        .contains("NOT VERIFIED");
    completeAs("agent", review, Map.of("reviewDecision", "REJECT",
        "reviewReason", "10月31日到期的200积分已于10月1日通知；其余扣分均有兑换订单。"));

    // Then the case is rejected, nothing is credited, and the member reads the reason
    awaitStatus(caseNumber, "REJECTED");
    assertThat(ledgerEntries("U10011")).noneMatch(
        e -> String.valueOf(e.get("idempotencyKey")).startsWith(caseNumber));
    List<MimeMessage> mails = awaitMails(caseNumber, 2);
    assertThat((String) mails.get(mails.size() - 1).getContent()).contains("已于10月1日通知");
  }
}
