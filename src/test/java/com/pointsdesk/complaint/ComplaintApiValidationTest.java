package com.pointsdesk.complaint;

import static com.pointsdesk.support.ApiProblems.assertProblem;
import static com.pointsdesk.support.ApiProblems.errorAbout;
import static com.pointsdesk.support.ApiProblems.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.pointsdesk.support.ScenarioTest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/v1/complaints} refuses bad input with a clear 4xx problem that names the field
 * at fault, and a refused complaint leaves no trace: no case, no mail, no idempotency record, no
 * process instance.
 */
class ComplaintApiValidationTest extends ScenarioTest {

  private static final String COMPLAINTS = "/api/v1/complaints";

  private String member;

  @BeforeEach
  void aFreshMemberAndAQuietEngine() {
    member = members.newMember();
    // work left over by earlier tests must not change the counts this class compares
    await().atMost(PATIENCE)
        .until(() -> managementService.createJobQuery().executable().count() == 0);
  }

  static Stream<Arguments> invalidFields() {
    return Stream.of(
        arguments("channel is missing", without("channel"), "channel"),
        arguments("memberId is missing", without("memberId"), "memberId"),
        arguments("category is missing", without("category"), "category"),
        arguments("summary is missing", without("summary"), "summary"),
        arguments("summary is blank", with("summary", "   "), "summary"),
        arguments("channel is unknown", with("channel", "CARRIER_PIGEON"), "channel"),
        arguments("category is unknown", with("category", "LOST_PARCEL"), "category"),
        arguments("pointsClaimed is negative", with("pointsClaimed", -1), "pointsClaimed"),
        arguments("pointsClaimed is absurd", with("pointsClaimed", 50_000_000), "pointsClaimed"),
        arguments("pointsClaimed is not a number", with("pointsClaimed", "lots"), "pointsClaimed"),
        arguments("summary has 10 000 characters", with("summary", "积".repeat(10_000)),
            "summary"),
        arguments("description has 5 001 characters", with("description", "x".repeat(5_001)),
            "description"),
        arguments("occurredAt is not a time", with("occurredAt", "yesterday"), "occurredAt"),
        arguments("a demand is unknown", with("demands", List.of("A_PONY")), "demands[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFields")
  void anInvalidFieldIsRefusedWith400NamingTheField(String what,
      UnaryOperator<Map<String, Object>> breakIt, String field) {
    // Given an otherwise valid complaint with one invalid field
    Map<String, Object> complaint = breakIt.apply(validComplaint());

    // When it is submitted, Then it is refused with 400 naming the field, and nothing is stored
    Map<String, Object> problem = refused(HttpStatus.BAD_REQUEST,
        () -> post("intake", COMPLAINTS, complaint));
    errorAbout(problem, field);
  }

  @Test
  void anEmptyComplaintNamesEveryMissingRequiredField() {
    Map<String, Object> problem = refused(HttpStatus.BAD_REQUEST,
        () -> post("intake", COMPLAINTS, Map.of()));

    assertThat(errors(problem)).extracting(e -> e.get("field"))
        .contains("channel", "memberId", "category", "summary");
  }

  @Test
  void anUnknownCategoryIsExplainedWithTheAllowedValues() {
    Map<String, Object> problem = refused(HttpStatus.BAD_REQUEST,
        () -> post("intake", COMPLAINTS, with("category", "LOST_PARCEL").apply(validComplaint())));

    assertThat(errorAbout(problem, "category"))
        .contains(Arrays.stream(Category.values()).map(Enum::name).toList());
  }

  @Test
  void anUnknownMemberIs404OnMemberId() {
    Map<String, Object> problem = refused(HttpStatus.NOT_FOUND,
        () -> post("intake", COMPLAINTS, with("memberId", "U99999").apply(validComplaint())));

    assertThat(errorAbout(problem, "memberId")).contains("U99999");
  }

  @Test
  void anOrderThatDoesNotExistIs404OnOrderId() {
    Map<String, Object> problem = refused(HttpStatus.NOT_FOUND, () -> post("intake", COMPLAINTS,
        with("orderId", "R-19990101-0000").apply(validComplaint())));

    errorAbout(problem, "orderId");
  }

  @Test
  void anOrderOfAnotherMemberIs404OnOrderId() {
    // Given an order that exists, but belongs to someone else
    String someoneElse = members.newMember();
    String theirOrder = members.unshippedOrder(someoneElse, members.newGiftInStock(12_000, 25), 12_000,
        OffsetDateTime.parse("2026-10-01T10:00:00+08:00"), java.time.LocalDate.of(2026, 10, 8));

    Map<String, Object> problem = refused(HttpStatus.NOT_FOUND, () -> post("intake", COMPLAINTS,
        with("orderId", theirOrder).apply(validComplaint())));

    errorAbout(problem, "orderId");
  }

  @Test
  void malformedJsonIs400() {
    Map<String, Object> problem = refused(HttpStatus.BAD_REQUEST, () -> postRaw(
        MediaType.APPLICATION_JSON, "{\"channel\": \"IN_APP\", \"memberId\": "));

    assertThat(problem.get("title")).isEqualTo("Malformed request body");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        () -> postRaw(MediaType.TEXT_PLAIN, "积分无故减少2000点，请处理"));
  }

  @Test
  void anIdempotencyKeyLongerThan128CharactersIs400() {
    Map<String, Object> problem = refused(HttpStatus.BAD_REQUEST,
        () -> post("intake", COMPLAINTS, validComplaint(), "k".repeat(129)));

    errorAbout(problem, "Idempotency-Key");
  }

  // --- helpers ---------------------------------------------------------------------------

  private Map<String, Object> validComplaint() {
    Map<String, Object> complaint = new LinkedHashMap<>();
    complaint.put("channel", "IN_APP");
    complaint.put("memberId", member);
    complaint.put("category", "UNEXPLAINED_DEDUCTION");
    complaint.put("summary", "积分无故减少300点");
    complaint.put("description", "11月18日发现积分少了300点，没有兑换任何东西。");
    complaint.put("occurredAt", "2026-11-18T09:30:00+08:00");
    complaint.put("pointsClaimed", 300);
    complaint.put("demands", List.of("RESTORE_POINTS"));
    return complaint;
  }

  private static UnaryOperator<Map<String, Object>> without(String field) {
    return complaint -> {
      complaint.remove(field);
      return complaint;
    };
  }

  private static UnaryOperator<Map<String, Object>> with(String field, Object value) {
    return complaint -> {
      complaint.put(field, value);
      return complaint;
    };
  }

  /** Sends the request, asserts the problem and that nothing at all was stored or started. */
  private Map<String, Object> refused(HttpStatus status,
      Supplier<ResponseEntity<Map<String, Object>>> request) {
    Stored before = stored();
    Map<String, Object> problem = assertProblem(request.get(), status);
    assertThat(stored()).as("what is stored after a refused complaint").isEqualTo(before);
    return problem;
  }

  private ResponseEntity<Map<String, Object>> postRaw(MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return http.withBasicAuth("intake", "intake").exchange(COMPLAINTS, HttpMethod.POST,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
  }

  private Stored stored() {
    return new Stored(count("pd_complaint"), count("pd_outbox_message"),
        count("pd_idempotency_record"), runtimeService.createProcessInstanceQuery().count());
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private record Stored(long complaints, long outboxMessages, long idempotencyRecords,
      long runningProcessInstances) {}
}
