package com.pointsdesk.complaint;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static com.pointsdesk.support.ComplaintBodies.redemptionFailed;
import static com.pointsdesk.support.ComplaintBodies.unexplainedDeduction;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Seed FAQ Q4/Q5: a complaint never carries a password, and phone numbers are masked. A member
 * who writes them anyway has the password redacted and the phone masked before the text reaches
 * the database, the process, its history or a mail, and is warned.
 */
class SensitiveDataTest extends ScenarioTest {

  private static final String PASSWORD = "884213";
  private static final String PHONE = "13812345678";
  private static final String MASKED_PHONE = "138****5678";
  private static final String REPLY_PASSWORD = "Reply9931";

  private static final OffsetDateTime DEBITED_AT =
      OffsetDateTime.parse("2026-11-18T08:00:00+08:00");

  @Test
  void theStoredComplaintAndItsTimelineHaveThePasswordRedactedAndThePhoneMasked() {
    // Given a complaint whose text gives away a payment password and a phone number
    String caseNumber = fileComplaintWithSecrets();

    // Then the case row has them cleaned
    Map<String, Object> row = jdbc.sql(
            "SELECT summary, description FROM pd_complaint WHERE case_number = ?")
        .param(caseNumber).query().singleRow();
    assertThat(row.values()).allSatisfy(text -> assertClean(text));
    assertThat((String) row.get("DESCRIPTION"))
        .contains(SensitiveText.REDACTED).contains(MASKED_PHONE);
    // and so has the timeline, which records that something was removed
    List<String> timeline = jdbc.sql(
            "SELECT event || ': ' || COALESCE(detail, '') FROM pd_complaint_event WHERE case_number = ?")
        .param(caseNumber).query(String.class).list();
    assertThat(timeline).allSatisfy(SensitiveDataTest::assertClean)
        .anyMatch(e -> e.startsWith("SENSITIVE_DATA_REDACTED"));
    assertThat(caseView(caseNumber).toString()).doesNotContain(PASSWORD, PHONE);
  }

  @Test
  void processVariablesAndTheirHistoryHaveThePasswordRedactedAndThePhoneMasked() {
    // Given a complaint with secrets, under review: its briefing texts quote the member
    String caseNumber = fileComplaintWithSecrets();
    String reviewTask = awaitTask(caseNumber, "Task_ReviewComplaint").getId();
    assertThat((String) taskService.getVariableLocal(reviewTask, "briefingClaim"))
        .contains(MASKED_PHONE).contains(SensitiveText.REDACTED);
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult().getId();

    // Then no variable, now or in history, holds the password or the phone
    List<Object> values = new ArrayList<>();
    runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).list()
        .forEach(v -> values.add(v.getValue()));
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
        .forEach(v -> values.add(v.getValue()));
    historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .list().forEach(d -> values.add(((HistoricVariableUpdate) d).getValue()));
    assertThat(values).isNotEmpty().allSatisfy(SensitiveDataTest::assertClean);
  }

  @Test
  void theAcknowledgementIsCleanAndWarnsTheMemberAboutThePassword() throws Exception {
    // Given a complaint with secrets
    String caseNumber = fileComplaintWithSecrets();

    // Then the acknowledgement quotes the cleaned summary and carries the warning
    MimeMessage acknowledgement = awaitMails(caseNumber, 1).get(0);
    String body = (String) acknowledgement.getContent();
    assertThat(body).contains(MASKED_PHONE).contains(redactionWarning());
    assertThat(mailsOf(caseNumber)).allSatisfy(mail -> {
      assertClean(mail.getSubject());
      assertClean(mail.getContent());
    });
  }

  @Test
  void aComplaintWithoutAPasswordGetsNoWarning() throws Exception {
    String member = memberWithUnexplainedDebit();
    String caseNumber = fileComplaint(unexplainedDeduction(member, 300));

    String body = (String) awaitMails(caseNumber, 1).get(0).getContent();
    assertThat(body).doesNotContain(redactionWarning());
  }

  @Test
  void thePasswordAndThePhoneAreNowhereInTheDatabase() {
    // Given a complaint with secrets that went all the way to an agent, and its mail sent
    String caseNumber = fileComplaintWithSecrets();
    awaitTask(caseNumber, "Task_ReviewComplaint");
    awaitMails(caseNumber, 1);

    // Then a dump of the whole database (domain and engine tables) contains neither, but for
    // the one column that holds members' phones
    List<String> dump = jdbc.sql("SCRIPT").query(String.class).list().stream()
        .filter(statement -> !statement.startsWith("INSERT INTO \"PUBLIC\".\"PD_MEMBER\""))
        .toList();
    assertThat(dump).as("the dump holds the case").anyMatch(line -> line.contains(MASKED_PHONE));
    assertThat(dump).noneMatch(line -> Stream.of(PASSWORD, PHONE)
        .anyMatch(secret -> line.contains(secret) || line.toLowerCase().contains(hex(secret))));
  }

  @Test
  void aReplyIsCleanedTheSameWay() {
    // Given an open case
    String caseNumber = fileComplaint(unexplainedDeduction(memberWithUnexplainedDebit(), 300));

    // When the member replies with a password and a phone number
    ResponseEntity<Map<String, Object>> response = reply(caseNumber,
        "补充：登录密码是 " + REPLY_PASSWORD + "，有事打我手机 " + PHONE);

    // Then the reply is stored and shown cleaned
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String stored = jdbc.sql("SELECT text FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(String.class).single();
    assertThat(stored).contains(SensitiveText.REDACTED).contains(MASKED_PHONE)
        .doesNotContain(REPLY_PASSWORD, PHONE);
    assertThat(response.getBody().toString()).contains("MEMBER_REPLIED")
        .doesNotContain(REPLY_PASSWORD, PHONE);
  }

  @Test
  void aReplyWithAPasswordWarnsTheMember() throws Exception {
    // Given an open case, acknowledged without a warning
    String caseNumber = fileComplaint(unexplainedDeduction(memberWithUnexplainedDebit(), 300));
    awaitMails(caseNumber, 1);

    // When the member replies with a password
    reply(caseNumber, "我的支付密码是 " + REPLY_PASSWORD + "，请帮我查一下");

    // Then a mail warns them, and quotes nothing of it
    List<MimeMessage> mails = awaitMails(caseNumber, 2);
    assertThat(mails).anySatisfy(mail ->
        assertThat((String) mail.getContent()).contains(redactionWarning()));
    assertThat(mails).allSatisfy(mail -> assertThat((String) mail.getContent())
        .doesNotContain(REPLY_PASSWORD));
  }

  @Test
  void aReplyToAClosedCaseIsAConflictAndStoresNothing() {
    // Given a case that was resolved straight through
    String member = members.newMember();
    String order = members.failedRedemption(member, 1000, DEBITED_AT);
    String caseNumber = fileComplaint(redemptionFailed(member, order, 1000));
    awaitStatus(caseNumber, "RESOLVED");

    // When the member replies to it
    ResponseEntity<Map<String, Object>> response = reply(caseNumber, "谢谢，积分已经到账了");

    // Then it is refused, and nothing is added to the closed case
    assertProblem(response, HttpStatus.CONFLICT);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_member_message WHERE case_number = ?")
        .param(caseNumber).query(Long.class).single()).isZero();
  }

  @Test
  void aSummaryAtItsLengthLimitWithAPasswordIsStillAccepted() {
    // Given a summary of the maximum 200 characters that starts with a password
    String member = memberWithUnexplainedDebit();
    Map<String, Object> complaint = unexplainedDeduction(member, 300);
    String start = "支付密码是" + PASSWORD + " ";
    complaint.put("summary", start + "积".repeat(200 - start.length()));

    // When it is submitted
    ResponseEntity<Map<String, Object>> response = post("intake", "/api/v1/complaints",
        complaint);

    // Then it is taken in with the password redacted, even though the marker is longer
    assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.CREATED);
    String summary = jdbc.sql("SELECT summary FROM pd_complaint WHERE case_number = ?")
        .param(response.getBody().get("caseNumber")).query(String.class).single();
    assertThat(summary).startsWith("支付密码是" + SensitiveText.REDACTED)
        .doesNotContain(PASSWORD).hasSizeLessThanOrEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------

  /** A verified complaint (it goes to an agent) whose texts give away a password and a phone. */
  private String fileComplaintWithSecrets() {
    Map<String, Object> complaint = unexplainedDeduction(memberWithUnexplainedDebit(), 300);
    complaint.put("summary", "积分无故减少300点，请回电 " + PHONE);
    complaint.put("description", "我的支付密码是 " + PASSWORD + "，手机 " + PHONE
        + "。11月18日早上发现积分少了300点，我没有兑换任何东西。");
    return fileComplaint(complaint);
  }

  private String memberWithUnexplainedDebit() {
    String member = members.newMember();
    members.unexplainedDebit(member, 300, DEBITED_AT);
    return member;
  }

  private ResponseEntity<Map<String, Object>> reply(String caseNumber, String text) {
    return post("intake", "/api/v1/complaints/" + caseNumber + "/messages", Map.of("text", text));
  }

  private static void assertClean(Object value) {
    assertThat(String.valueOf(value)).doesNotContain(PASSWORD, PHONE);
  }

  private static String redactionWarning() {
    return ResourceBundle.getBundle("templates.mail.labels", Locale.SIMPLIFIED_CHINESE)
        .getString("redaction-warning");
  }

  private static String hex(String secret) {
    return HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
  }
}
