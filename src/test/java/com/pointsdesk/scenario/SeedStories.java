package com.pointsdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The seed stories of DESIGN.md that must hold on every database: run end to end through the
 * real application by {@link SeedCaseScenariosTest} (H2) and {@link PostgresSeedCaseScenariosTest}.
 */
abstract class SeedStories extends ScenarioTest {

  @Test
  void mrWangGetsHis2000PointsBackAnd100PointsApologyAfterAnAgentAccepts() throws Exception {
    // Given Mr. Wang e-mails about 2 000 points that vanished on 2026-11-18
    String caseNumber = fileComplaint(SeedScenarios.mrWangsEmail());

    // When the ledger check has run, an agent finds the review task with the 2 000-point finding
    Task review = awaitTask(caseNumber, "Task_ReviewComplaint");
    assertThat(taskService.getVariableLocal(review.getId(), "briefingFindings").toString())
        .contains("VERIFIED").contains("2000");
    assertThat(caseView(caseNumber).get("status")).isEqualTo("UNDER_REVIEW");
    // and accepts what the policy suggests
    completeAs("agent", review, SeedScenarios.acceptTheSuggestion());

    // Then the case is resolved with +2000 restored and +100 compensation, once each
    Map<String, Object> view = awaitStatus(caseNumber, "RESOLVED");
    assertThat(view.get("remedy")).isEqualTo(Map.of("restoredPoints", 2000,
        "compensationPoints", 100, "giftReissued", false, "alternativeOffered", false));
    assertThat(entriesWithKey("U10002", caseNumber + ":RESTORE"))
        .singleElement().satisfies(e -> {
          assertThat(e.get("amount")).isEqualTo(2000);
          assertThat(e.get("kind")).isEqualTo("RESTORE");
        });
    assertThat(entriesWithKey("U10002", caseNumber + ":COMPENSATE"))
        .singleElement().satisfies(e -> assertThat(e.get("amount")).isEqualTo(100));
    // and he was told: acknowledgement first, decision last
    List<MimeMessage> mails = awaitMails(caseNumber, 2);
    assertThat(mails.get(0).getSubject()).contains("已受理").contains(caseNumber);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("处理结果");
    assertThat((String) mails.get(mails.size() - 1).getContent())
        .contains("已恢复 2000 积分").contains("已补偿 100 积分");
  }

  @Test
  void u10003sFailedRedemptionIsRefundedStraightThroughWithoutAnyHuman() {
    // Given U10003's 3 000-point membership card redemption failed and was never refunded
    String caseNumber = fileComplaint(SeedScenarios.u10003sFailedRedemption());

    // Then the case resolves on its own, within seconds
    Map<String, Object> view = awaitStatus(caseNumber, "RESOLVED");
    assertThat(view.get("findings")).isEqualTo(
        Map.of("verified", true, "unexplainedPoints", 3000, "delayDays", 0));
    assertThat(entriesWithKey("U10003", caseNumber + ":RESTORE"))
        .singleElement().satisfies(e -> {
          assertThat(e.get("amount")).isEqualTo(3000);
          assertThat(e.get("reference")).isEqualTo("R-20261110-0003");
        });
    // and no person was involved
    assertThat(historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count()).isZero();
  }
}
