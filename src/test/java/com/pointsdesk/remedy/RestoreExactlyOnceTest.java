package com.pointsdesk.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.pointsdesk.support.ScenarioTest;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A restore is paid exactly once, whatever happens to the job that pays it: a node that crashes
 * after the ledger write (the job is retried), and the step run a second time (a second node, a
 * replay). The ledger write and the job's completion share one transaction.
 */
class RestoreExactlyOnceTest extends ScenarioTest {

  /** Lets a test make the restore step fail right after it has written to the ledger. */
  @MockitoSpyBean CaseRemedies caseRemedies;

  @Test
  void aRestoreRetriedAfterAFailureAfterTheLedgerWriteIsBookedOnce() {
    // Given a member whose 3 000-point redemption failed, and a node that will crash right
    // after writing the restore entry
    String member = members.newMember();
    members.failedRedemption(member, 3000, OffsetDateTime.parse("2026-11-10T20:00:00+08:00"));
    doThrow(new IllegalStateException("node lost after the ledger write"))
        .when(caseRemedies).restored(anyString(), anyInt());

    // When the complaint comes in, its one job (check to pay-out) fails and is rolled back
    String caseNumber = fileComplaint(Map.of("channel", "IN_APP", "memberId", member,
        "category", "REDEMPTION_FAILED", "summary", "兑换失败积分被扣",
        "occurredAt", "2026-11-10T20:05:00+08:00"));
    Job restore = awaitFailedJob(caseNumber, "SubProcess_HandleComplaint");
    assertThat(restore.getRetries()).isEqualTo(2);
    assertThat(restore.getFailedActivityId()).isEqualTo("Task_RestorePoints");
    assertThat(entriesWithKey(member, caseNumber + ":RESTORE")).isEmpty();

    // and the retry succeeds
    doCallRealMethod().when(caseRemedies).restored(anyString(), anyInt());
    managementService.executeJob(restore.getId());

    // Then exactly one restore entry exists and the case resolves
    awaitStatus(caseNumber, "RESOLVED");
    assertThat(entriesWithKey(member, caseNumber + ":RESTORE")).hasSize(1);
  }

  @Test
  void theRestoreStepRunTwiceBooksOnce() {
    // Given a resolved failed-redemption case
    String member = members.newMember();
    members.failedRedemption(member, 1200, OffsetDateTime.parse("2026-11-12T09:00:00+08:00"));
    String caseNumber = fileComplaint(Map.of("channel", "EMAIL", "memberId", member,
        "category", "REDEMPTION_FAILED", "summary", "兑换失败",
        "occurredAt", "2026-11-12T09:01:00+08:00"));
    awaitStatus(caseNumber, "RESOLVED");

    // When the restore step runs again, as a second node or a replay would make it
    runtimeService.createProcessInstanceByKey("ComplaintHandling")
        .businessKey(caseNumber)
        .setVariables(Map.of("restorePoints", 1200, "compensationPoints", 0,
            "reissueGift", false, "offerAlternative", false))
        .startBeforeActivity("Task_RestorePoints")
        .execute();
    await().atMost(PATIENCE).until(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count() == 0);

    // Then the ledger still holds one restore of 1 200 points
    assertThat(entriesWithKey(member, caseNumber + ":RESTORE")).singleElement()
        .satisfies(e -> assertThat(e.get("amount")).isEqualTo(1200));
  }

  private Job awaitFailedJob(String caseNumber, String activityId) {
    await().atMost(PATIENCE).until(() -> failedJob(caseNumber, activityId) != null);
    return failedJob(caseNumber, activityId);
  }

  private Job failedJob(String caseNumber, String activityId) {
    var instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (instance == null) {
      return null;
    }
    return managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).withException().list().stream().findFirst().orElse(null);
  }
}
