package com.pointsdesk.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The seed's Ms. Zhang on Weibo: her in-app complaint went nowhere, so she posted publicly. The
 * social gateway delivers the post; it joins her open case, which becomes HIGH priority for the
 * senior agents, and what she is told reaches her on Weibo too. Its own context: U10001 is a demo
 * member other scenario classes file complaints for.
 */
@TestPropertySource(properties = "pointsdesk.test.context=social-zhang")
class MsZhangOnWeiboTest extends ScenarioTest {

  private static final String HER_POST = "在App投诉一个月没人管，兑换的蓝牙音箱至今未发货 @市场监管";

  @Test
  void msZhangsPublicWeiboPostJoinsHerInAppCaseAtHighPriorityForTheSeniorAgents() {
    // Given Ms. Zhang's in-app complaint about the speaker that never shipped, waiting for review
    Map<String, Object> inApp = ComplaintBodies.deliveryDelayed("U10001", "R-20261020-0001");
    inApp.put("summary", "兑换的蓝牙音箱一个月了还没发货");
    String caseNumber = fileComplaint(inApp);
    assertThat(candidateGroups(awaitTask(caseNumber, "Task_ReviewComplaint")))
        .containsExactly("support-agents");

    // When the social gateway delivers her public post from her Weibo account, signed
    Map<String, Object> post = SocialGateway.message("wb-4963012345679001", "PUBLIC_POST",
        SocialGateway.ZHANG_ON_WEIBO, HER_POST);
    post.put("postUrl", "https://weibo.com/1650010001/P8dXq2k1Z");
    ResponseEntity<Map<String, Object>> merged = SocialGateway.deliver(http, "weibo", post);

    // Then the post joins her open case: merged, in-app and Weibo, HIGH priority
    assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(merged.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("merged", true).containsEntry("channels", List.of("IN_APP", "WEIBO"))
        .containsEntry("priority", "HIGH").containsEntry("externalEscalation", true);
    // and her review is now the senior agents'
    await().atMost(PATIENCE).until(() -> candidateGroups(review(caseNumber))
        .contains("senior-agents"));
    assertThat(review(caseNumber).getPriority()).isEqualTo(80);
    // and what she is told about it reaches her on Weibo too
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outbox = (List<Map<String, Object>>) get("intake",
        "/api/v1/channels/weibo/outbox?limit=500").getBody().get("messages");
    assertThat(outbox).filteredOn(m -> caseNumber.equals(m.get("caseNumber"))).isNotEmpty()
        .allSatisfy(m -> assertThat(m).containsEntry("account", SocialGateway.ZHANG_ON_WEIBO));
  }

  private Task review(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ReviewComplaint").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return task == null ? List.of() : taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId)
        .toList();
  }
}
