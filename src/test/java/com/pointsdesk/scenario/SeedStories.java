package com.pointsdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.channel.email.EmailIntake;
import com.pointsdesk.channel.email.EmailOutcome;
import com.pointsdesk.support.ScenarioTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed stories of DESIGN.md that must hold on every database: run end to end through the
 * real application by {@link SeedCaseScenariosTest} (H2) and {@link PostgresSeedCaseScenariosTest}.
 */
abstract class SeedStories extends ScenarioTest {

  @Autowired private EmailIntake emailIntake;

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

  @Test
  void mrWangsMailWithAScreenshotOpensOneCaseHoweverOftenItIsTakenIn() throws Exception {
    // Given a member with Mr. Wang's story, and his complaint mail with a screenshot attached
    String wang = members.newMemberWithSeedId();
    members.unexplainedDebit(wang, 2000, OffsetDateTime.parse("2026-11-18T03:12:47+08:00"));
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress(wang.toLowerCase() + "@members.example"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress("care@pointsdesk.example"));
    mail.setSubject("【积分投诉】积分无故减少2000点 " + wang, "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("11月18日早上发现积分少了2000点。", "UTF-8");
    MimeBodyPart screenshot = new MimeBodyPart();
    screenshot.setDataHandler(new DataHandler(new ByteArrayDataSource(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0},
        "image/png")));
    screenshot.setFileName("points.png");
    mail.setContent(new MimeMultipart(text, screenshot));
    mail.saveChanges();

    // When the e-mail channel takes it in, and again (a second node, a restart)
    EmailOutcome first = emailIntake.takeIn(mail);
    EmailOutcome again = emailIntake.takeIn(mail);

    // Then one case through the e-mail channel, with the screenshot as its evidence
    assertThat(first.kind()).isEqualTo(EmailOutcome.Kind.OPENED);
    assertThat(again.kind()).isEqualTo(EmailOutcome.Kind.ALREADY_PROCESSED);
    assertThat(caseView(first.caseNumber())).containsEntry("channels", List.of("EMAIL"))
        .containsEntry("category", "UNEXPLAINED_DEDUCTION");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_evidence_file WHERE case_number = ?")
        .param(first.caseNumber()).query(Long.class).single()).isEqualTo(1);
    assertThat(awaitMails(first.caseNumber(), 1).get(0).getSubject())
        .contains("[" + first.caseNumber() + "]");
  }
}
