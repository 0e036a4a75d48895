package com.pointsdesk.evidence;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static com.pointsdesk.support.ApiProblems.errorAbout;
import static com.pointsdesk.support.ComplaintBodies.notAsDescribed;
import static com.pointsdesk.support.ComplaintBodies.redemptionFailed;
import static com.pointsdesk.support.ComplaintBodies.unexplainedDeduction;
import static com.pointsdesk.support.Mails.templates;
import static com.pointsdesk.support.Race.allAtOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.support.ScenarioTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST /api/v1/complaints/{caseNumber}/evidence}: a member's file is checked by its
 * content, hashed, stored once, and wakes a case that waits for it (seed step 1).
 */
class EvidenceUploadTest extends ScenarioTest {

  private static final AtomicInteger PIXELS = new AtomicInteger();
  private static final OffsetDateTime DEBITED_AT =
      OffsetDateTime.parse("2026-11-18T08:00:00+08:00");
  private static final int TWENTY_MEGABYTES = 20 * 1024 * 1024;

  // --- what is accepted ------------------------------------------------------------------

  @Test
  void aPngIsStoredWithItsSha256() throws Exception {
    String caseNumber = openCase();
    byte[] png = png();

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, png, "points-history.png", "POINTS_HISTORY_SCREENSHOT");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody())
        .containsEntry("contentType", "image/png")
        .containsEntry("sha256", sha256(png))
        .containsEntry("sizeBytes", png.length)
        .containsEntry("kind", "POINTS_HISTORY_SCREENSHOT")
        .containsEntry("duplicate", false);
    assertThat(response.getHeaders().getLocation()).isNotNull();
  }

  @Test
  void theSameFileAgainIsRecognisedAndNotStoredTwice() throws Exception {
    // Given a screenshot already uploaded to the case
    String caseNumber = openCase();
    byte[] png = png();
    upload(caseNumber, png, "screenshot.png", "GIFT_PAGE_SCREENSHOT");

    // When the member sends it once more, under another name
    ResponseEntity<Map<String, Object>> again =
        upload(caseNumber, png, "screenshot (1).png", "GIFT_PAGE_SCREENSHOT");

    // Then it is recognised, and there is still one file
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("duplicate", true)
        .containsEntry("sha256", sha256(png));
    assertThat(filesOf(caseNumber)).isEqualTo(1);
  }

  @Test
  void aTextFileIsStoredWithItsPasswordRedacted() {
    String caseNumber = openCase();
    byte[] chatLog = "客服 10086 号：请提供支付密码：667788 以便核实\n我：好的\n"
        .getBytes(StandardCharsets.UTF_8);

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, chatLog, "chat.txt", "SERVICE_CHAT_LOG");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("contentType", "text/plain");
    String stored = new String(jdbc.sql("SELECT content FROM pd_evidence_file WHERE id = ?")
        .param(((Number) response.getBody().get("id")).longValue())
        .query(byte[].class).single(), StandardCharsets.UTF_8);
    assertThat(stored).contains(SensitiveText.REDACTED).doesNotContain("667788");
  }

  @Test
  void aFileNameIsStoredWithoutPasswordOrPhone() throws Exception {
    String caseNumber = openCase();

    ResponseEntity<Map<String, Object>> response = upload(caseNumber, png(),
        "张三_13812345678_密码是778899.png", "OTHER");

    String name = jdbc.sql("SELECT file_name FROM pd_evidence_file WHERE id = ?")
        .param(((Number) response.getBody().get("id")).longValue()).query(String.class).single();
    assertThat(name).doesNotContain("13812345678", "778899").contains("138****5678");
  }

  // --- what is refused -------------------------------------------------------------------

  @ParameterizedTest(name = "a {0} renamed to photo.png")
  @ValueSource(strings = {"zip", "exe"})
  void aFileThatIsNotAnImageVideoPdfOrTextIsRefusedWith415WhateverItsName(String type)
      throws Exception {
    String caseNumber = openCase();
    byte[] content = "zip".equals(type) ? zip() : exe();

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, content, "photo.png", "GIFT_PHOTO_OR_VIDEO");

    errorAbout(assertProblem(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE), "file");
    assertThat(filesOf(caseNumber)).isZero();
  }

  @Test
  void anEmptyFileIs400() {
    String caseNumber = openCase();

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, new byte[0], "photo.png", "GIFT_PHOTO_OR_VIDEO");

    errorAbout(assertProblem(response, HttpStatus.BAD_REQUEST), "file");
  }

  @Test
  void aMissingKindIs400() throws Exception {
    String caseNumber = openCase();

    ResponseEntity<Map<String, Object>> response = upload(caseNumber, png(), "photo.png", null);

    errorAbout(assertProblem(response, HttpStatus.BAD_REQUEST), "kind");
  }

  @Test
  void anUnknownKindIs400NamingTheKinds() throws Exception {
    String caseNumber = openCase();

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, png(), "photo.png", "SELFIE");

    assertThat(errorAbout(assertProblem(response, HttpStatus.BAD_REQUEST), "kind"))
        .contains("GIFT_PHOTO_OR_VIDEO");
  }

  @Test
  void anUnknownCaseIs404() throws Exception {
    ResponseEntity<Map<String, Object>> response =
        upload("PD-2026-999999", png(), "photo.png", "GIFT_PHOTO_OR_VIDEO");

    errorAbout(assertProblem(response, HttpStatus.NOT_FOUND), "caseNumber");
  }

  @Test
  void aFileOverTwentyMegabytesIs413Problem() {
    // Given a "PNG" one byte over the 20 MB limit (spring.servlet.multipart.max-file-size)
    String caseNumber = openCase();
    byte[] tooBig = new byte[TWENTY_MEGABYTES + 1];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0,
        tooBig, 0, 8);

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, tooBig, "huge.png", "GIFT_PHOTO_OR_VIDEO");

    errorAbout(assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE), "file");
    assertThat(filesOf(caseNumber)).isZero();
  }

  @Test
  void evidenceForAClosedCaseIsAConflict() throws Exception {
    String member = members.newMember();
    String order = members.failedRedemption(member, 1000, DEBITED_AT);
    String caseNumber = fileComplaint(redemptionFailed(member, order, 1000));
    awaitStatus(caseNumber, "RESOLVED");

    ResponseEntity<Map<String, Object>> response =
        upload(caseNumber, png(), "late.png", "OTHER");

    assertProblem(response, HttpStatus.CONFLICT);
    assertThat(filesOf(caseNumber)).isZero();
  }

  // --- a case that waits for evidence ----------------------------------------------------

  @Test
  void aGiftNotAsDescribedWaitsForEvidenceAndTheMemberIsAskedForIt() throws Exception {
    // Given a complaint that a delivered gift is not as described, sent without evidence
    String caseNumber = fileComplaint(notAsDescribedWithoutEvidence());

    // Then the case waits for the member, who is asked for a photo and the gift page
    awaitStatus(caseNumber, "AWAITING_EVIDENCE");
    assertWaitingForEvidence(caseNumber);
    assertThat(templates(awaitMails(caseNumber, 2))).contains("evidence-request");
  }

  @Test
  void aPhotoAloneDoesNotEndTheWaitForTheGiftPage() throws Exception {
    // Given a case waiting for a photo of the gift and a screenshot of the gift page
    String caseNumber = fileComplaint(notAsDescribedWithoutEvidence());
    awaitStatus(caseNumber, "AWAITING_EVIDENCE");

    // When only the photo arrives
    upload(caseNumber, png(), "gift.png", "GIFT_PHOTO_OR_VIDEO");
    awaitNoPendingWork(caseNumber);

    // Then the case keeps waiting for the screenshot
    assertWaitingForEvidence(caseNumber);
    assertThat(caseView(caseNumber)).containsEntry("status", "AWAITING_EVIDENCE");
  }

  @Test
  void photoAndGiftPageWakeTheCaseWhichIsVerifiedAndGoesToAnAgent() throws Exception {
    // Given a case waiting for a photo of the gift and a screenshot of the gift page
    String caseNumber = fileComplaint(notAsDescribedWithoutEvidence());
    awaitStatus(caseNumber, "AWAITING_EVIDENCE");

    // When the member uploads both
    assertThat(upload(caseNumber, png(), "gift.png", "GIFT_PHOTO_OR_VIDEO").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(upload(caseNumber, png(), "page.png", "GIFT_PAGE_SCREENSHOT").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    // Then the check runs again, verifies the claim, and an agent gets to review it
    Task review = awaitTask(caseNumber, "Task_ReviewComplaint");
    assertThat(caseView(caseNumber).get("findings")).isEqualTo(
        Map.of("verified", true, "unexplainedPoints", 5000, "delayDays", 0));
    assertThat(caseView(caseNumber).get("status")).isEqualTo("UNDER_REVIEW");
    assertThat((String) taskService.getVariableLocal(review.getId(), "briefingFindings"))
        .contains("VERIFIED");
  }

  @Test
  void photoAndGiftPageArrivingAtTheSameMomentWakeTheCaseOnce() throws Exception {
    // Given a case waiting for a photo of the gift and a screenshot of the gift page
    String caseNumber = fileComplaint(notAsDescribedWithoutEvidence());
    awaitStatus(caseNumber, "AWAITING_EVIDENCE");
    byte[] photo = png();
    byte[] page = png();

    // When the app uploads both in parallel
    List<ResponseEntity<Map<String, Object>>> responses = allAtOnce(List.of(
        () -> upload(caseNumber, photo, "gift.png", "GIFT_PHOTO_OR_VIDEO"),
        () -> upload(caseNumber, page, "page.png", "GIFT_PAGE_SCREENSHOT")), PATIENCE);

    // Then both are stored, and the case is checked again once, with both
    assertThat(responses).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.CREATED);
    awaitTask(caseNumber, "Task_ReviewComplaint");
    assertThat(caseView(caseNumber).get("findings")).isEqualTo(
        Map.of("verified", true, "unexplainedPoints", 5000, "delayDays", 0));
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM pd_complaint_event WHERE case_number = ? AND event = ?""")
        .params(caseNumber, "EVIDENCE_CHECKED").query(Long.class).single())
        .as("checks: on receipt and once after the evidence").isEqualTo(2);
  }

  // --- helpers ---------------------------------------------------------------------------

  /** An open case that does not wait for evidence: vanished points, verified by the ledger. */
  private String openCase() {
    String member = members.newMember();
    members.unexplainedDebit(member, 300, DEBITED_AT);
    return fileComplaint(unexplainedDeduction(member, 300));
  }

  /** A member's canvas tote bag, delivered, does not match its page; no evidence attached. */
  private Map<String, Object> notAsDescribedWithoutEvidence() {
    String member = members.newMember();
    String order = members.deliveredOrder(member, "G-TOTE", 5000,
        OffsetDateTime.parse("2026-11-01T11:00:00+08:00"),
        OffsetDateTime.parse("2026-11-06T10:20:00+08:00"));
    return notAsDescribed(member, order);
  }

  private ResponseEntity<Map<String, Object>> upload(String caseNumber, byte[] content,
      String fileName, String kind) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    if (kind != null) {
      parts.add("kind", kind);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth("intake", "intake").exchange(
        "/api/v1/complaints/" + caseNumber + "/evidence", HttpMethod.POST,
        new HttpEntity<>(parts, headers), new ParameterizedTypeReference<>() {});
  }

  private void assertWaitingForEvidence(String caseNumber) {
    assertThat(runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Task_AwaitEvidence").count()).as("waiting at Task_AwaitEvidence")
        .isEqualTo(1);
  }

  /** Until the case's process has no job left to run now (it has moved as far as it can). */
  private void awaitNoPendingWork(String caseNumber) {
    String instance = processInstanceOf(caseNumber);
    await().atMost(PATIENCE).until(() -> managementService.createJobQuery()
        .processInstanceId(instance).executable().count() == 0);
  }

  private String processInstanceOf(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  private long filesOf(String caseNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_evidence_file WHERE case_number = ?")
        .param(caseNumber).query(Long.class).single();
  }


  /** A small real PNG, different each time (one pixel differs). */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, PIXELS.incrementAndGet());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("photo.jpg"));
      zip.write("not really a photo".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The start of a Windows executable: "MZ", a DOS header and stub. */
  private static byte[] exe() {
    byte[] exe = new byte[128];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[2] = (byte) 0x90;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 78, stub.length);
    return exe;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
