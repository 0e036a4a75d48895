package com.pointsdesk.escalation;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.ScenarioTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * {@code GET /api/v1/complaints/{caseNumber}/dossier}: what a regulator is sent about a case, as
 * a PDF that senior agents and supervisors download (DESIGN "escalation").
 */
class DossierTest extends ScenarioTest {

  private static final String ZHANGS_ORDER = "R-20261020-0001";
  private static final String HER_WORDS = "页面承诺7天内发货，至今没有任何物流信息。";
  private static final String HER_REPLY = "已上传兑换成功页面的截图，请尽快处理。";

  /** Ms. Zhang's case, filed once for the class: her complaint again would merge into it. */
  private static ZhangsCase zhang;

  private record ZhangsCase(String caseNumber, String evidenceSha256) {}

  @Test
  void aSeniorAgentDownloadsMsZhangsDossierWithHerWordsHerEvidenceAndTheLedger()
      throws Exception {
    // Given Ms. Zhang's complaint about her unshipped speaker, a screenshot and a reply
    ZhangsCase given = zhangsCase();

    // When a senior agent downloads the dossier
    ResponseEntity<byte[]> response = download("senior", given.caseNumber());

    // Then it is a PDF attachment named after the case, small, that reads back in full
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + given.caseNumber() + "-dossier.pdf\"");
    assertThat(response.getBody()).hasSizeLessThan(300_000); // font subsets, not 4.8 MB fonts
    String text = text(response.getBody());
    assertThat(text).contains(given.caseNumber(), "U10001", ZHANGS_ORDER,
        given.evidenceSha256(), "兑换的礼品一个月了还没发货", HER_REPLY, "时间线 Timeline",
        "DELIVERY_DELAYED", "GIFT_PAGE_SCREENSHOT");
    // her description, however it wraps, reads back whole once the lines are joined
    assertThat(text.replace("\n", "")).contains(HER_WORDS);
    // and the ledger entries the case involves: her 12 000-point redemption of the order
    assertThat(text).contains("fixture:U10001:redeem:" + ZHANGS_ORDER, "REDEEM -12000")
        .doesNotContain("fixture:U10001:earn");
    // and never her phone number (the one field that holds it is not read)
    assertThat(text).doesNotContain("13800010001");
    // in time order: the redemption, the complaint, the screenshot, then her reply
    assertThat(Stream.of("REDEEM -12000", "Received via IN_APP", given.evidenceSha256(), HER_REPLY)
        .map(text::indexOf).toList()).doesNotContain(-1).isSorted();
  }

  @Test
  void aSupervisorMayDownloadTheDossierToo() throws Exception {
    ResponseEntity<byte[]> response = download("supervisor", zhangsCase().caseNumber());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "intake", "analyst", "admin"})
  void nobodyElseMayDownloadIt(String user) throws Exception {
    ResponseEntity<Map<String, Object>> response =
        askForPdf(http.withBasicAuth(user, user), dossierPath(zhangsCase().caseNumber()));

    assertProblem(response, HttpStatus.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dossier;x=1", "/%64ossier"})
  void aVariantOfThePathDoesNotGetPastTheGroupCheck(String variant) throws Exception {
    // Spring maps both to the dossier (it drops ";…" and decodes): the check must hold for them
    URI raw = URI.create(http.getRootUri() + "/api/v1/complaints/" + zhangsCase().caseNumber()
        + variant);
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PDF));

    ResponseEntity<Map<String, Object>> response = http.withBasicAuth("agent", "agent")
        .exchange(raw, HttpMethod.GET, new HttpEntity<>(headers),
            new ParameterizedTypeReference<>() {});

    assertProblem(response, HttpStatus.FORBIDDEN);
  }

  @Test
  void withoutCredentialsTheAnswerIs401() throws Exception {
    ResponseEntity<Map<String, Object>> response =
        askForPdf(http, dossierPath(zhangsCase().caseNumber()));

    assertProblem(response, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anUnknownCaseIs404() {
    ResponseEntity<Map<String, Object>> response =
        askForPdf(http.withBasicAuth("senior", "senior"), dossierPath("PD-2026-999999"));

    assertProblem(response, HttpStatus.NOT_FOUND);
  }

  @Test
  void aCaseWith200TimelineEventsFlowsOntoSeveralNumberedPages() throws Exception {
    // Given a case with 200 events on its timeline, some of them long
    String member = members.newMember();
    members.unexplainedDebit(member, 300, OffsetDateTime.parse("2026-11-18T08:00:00+08:00"));
    String caseNumber = fileComplaint(ComplaintBodies.unexplainedDeduction(member, 300));
    OffsetDateTime at = OffsetDateTime.parse("2027-01-04T09:00:00+08:00"); // after the rest
    for (int i = 1; i <= 200; i++) {
      jdbc.sql("""
              INSERT INTO pd_complaint_event (case_number, occurred_at, event, detail)
              VALUES (?, ?, ?, ?)""")
          .params(caseNumber, at.plusMinutes(i), i % 2 == 0 ? "SLA_PAUSED" : "ESCALATION_NOTE",
              "第" + i + "条记录。" + "会员再次来电询问处理进度，客服已记录并转交高级客服。".repeat(i % 4))
          .update();
    }

    // When a supervisor downloads its dossier
    ResponseEntity<byte[]> response = download("supervisor", caseNumber);

    // Then the events run over several pages, each numbered, the last event on the last page
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      for (int page = 1; page <= pages; page++) {
        assertThat(text(pdf, page, page)).contains("Page %d of %d".formatted(page, pages))
            .contains(caseNumber);
      }
      assertThat(text(pdf, pages, pages)).contains("第200条记录。");
      assertThat(text(pdf, 1, pages)).contains("第1条记录。", "ESCALATION_NOTE", "SLA_PAUSED");
    }
  }

  // --- Ms. Zhang's case --------------------------------------------------------------------

  private synchronized ZhangsCase zhangsCase() throws Exception {
    if (zhang == null) {
      Map<String, Object> complaint = ComplaintBodies.deliveryDelayed("U10001", ZHANGS_ORDER);
      complaint.put("description", "我在10月20日用12000积分兑换了蓝牙音箱，" + HER_WORDS);
      String caseNumber = fileComplaint(complaint);
      // checked against the ledger: the findings name her redemption
      await().atMost(PATIENCE).until(() -> !"RECEIVED".equals(caseView(caseNumber).get("status")));
      String sha256 = uploadScreenshot(caseNumber);
      ResponseEntity<Map<String, Object>> reply = post("intake",
          "/api/v1/complaints/" + caseNumber + "/messages", Map.of("text", HER_REPLY));
      assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      zhang = new ZhangsCase(caseNumber, sha256);
    }
    return zhang;
  }

  private String uploadScreenshot(String caseNumber) throws Exception {
    byte[] png = png();
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(png) {
      @Override
      public String getFilename() {
        return "兑换成功页面.png";
      }
    });
    parts.add("kind", "GIFT_PAGE_SCREENSHOT");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map<String, Object>> response = http.withBasicAuth("intake", "intake")
        .exchange("/api/v1/complaints/" + caseNumber + "/evidence", HttpMethod.POST,
            new HttpEntity<>(parts, headers), new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
    assertThat(response.getBody()).containsEntry("sha256", sha256);
    return sha256;
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 5, 0x2a7ab0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  // --- API ---------------------------------------------------------------------------------

  private static String dossierPath(String caseNumber) {
    return "/api/v1/complaints/" + caseNumber + "/dossier";
  }

  private ResponseEntity<byte[]> download(String user, String caseNumber) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PDF));
    return http.withBasicAuth(user, user).exchange(dossierPath(caseNumber), HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
  }

  /** What a PDF reader asking for the dossier gets when it may not have it: still a problem. */
  private static ResponseEntity<Map<String, Object>> askForPdf(TestRestTemplate client,
      String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PDF));
    return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
        new ParameterizedTypeReference<>() {});
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return text(document, 1, document.getNumberOfPages());
    }
  }

  private static String text(PDDocument pdf, int fromPage, int toPage) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(fromPage);
    stripper.setEndPage(toPage);
    return stripper.getText(pdf);
  }
}
