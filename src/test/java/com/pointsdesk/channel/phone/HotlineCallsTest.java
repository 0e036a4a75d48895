package com.pointsdesk.channel.phone;

import static com.pointsdesk.support.HotlineCallForms.u10003sFailedRedemption;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.pointsdesk.complaint.CaseTimeline;
import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.ComplaintIntake;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.system.ApiException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The phone channel over a mocked intake: validated as the API validates, the agent on record. */
class HotlineCallsTest {

  private final ComplaintIntake intake = mock(ComplaintIntake.class);
  private final CaseTimeline timeline = mock(CaseTimeline.class);
  private final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
  private final HotlineCalls calls = new HotlineCalls(intake, timeline, validation.getValidator());

  @AfterEach
  void close() {
    validation.close();
  }

  @Test
  void aValidCallGoesToTheIntakeKeyedByTheCallAndTheAgentIsOnTheTimeline() {
    // Given the intake opens a case for it
    when(intake.submit(any(), eq("agent"), eq("phone:call-1")))
        .thenReturn(new IntakeOutcome("PD-2026-000042", IntakeOutcome.Kind.CREATED, false));

    // When the agent's call is taken
    IntakeOutcome outcome = calls.take(form(), "agent", "call-1");

    // Then the intake got the API's request on the phone channel, and the agent is on record
    ArgumentCaptor<ComplaintRequest> request = ArgumentCaptor.forClass(ComplaintRequest.class);
    verify(intake).submit(request.capture(), eq("agent"), eq("phone:call-1"));
    assertThat(request.getValue().channel()).isEqualTo(Channel.PHONE);
    assertThat(outcome.caseNumber()).isEqualTo("PD-2026-000042");
    verify(timeline).record("PD-2026-000042", "TAKEN_BY_PHONE",
        "电话受理 · Taken by phone by agent agent");
  }

  @Test
  void theSameCallAgainIsNotRecordedTwice() {
    when(intake.submit(any(), anyString(), anyString()))
        .thenReturn(new IntakeOutcome("PD-2026-000042", IntakeOutcome.Kind.REPLAYED, false));

    calls.take(form(), "agent", "call-1");

    verifyNoInteractions(timeline);
  }

  @Test
  void invalidFieldsAreRefusedTogetherAsTheApiRefusesThemBeforeTheIntake() {
    // Given a blank summary, an order number with a slash and a category that does not exist
    Map<String, Object> values = new HashMap<>(form().values());
    values.put("summary", "");
    values.put("orderId", "R/1");
    values.put("category", "POINTS_STOLEN");

    // Then each field is named once, with the API's message, and nothing reaches the intake
    assertThatThrownBy(() -> calls.take(new HotlineForm(values), "agent", "call-1"))
        .isInstanceOfSatisfying(ApiException.class, refused -> {
          assertThat(refused.status().value()).isEqualTo(400);
          assertThat(refused.errors()).extracting(ApiException.FieldError::field)
              .containsExactly("category", "orderId", "summary");
          assertThat(refused.getMessage()).contains("orderId: must be an order number",
              "summary: must not be blank");
        });
    verifyNoInteractions(intake, timeline);
  }

  @Test
  void withoutALoggedInAgentNoCallIsTaken() {
    assertThatThrownBy(() -> calls.take(form(), null, "call-1"))
        .isInstanceOf(ApiException.class).hasMessageContaining("logged-in agent");
    verifyNoInteractions(intake, timeline);
  }

  private static HotlineForm form() {
    return new HotlineForm(u10003sFailedRedemption());
  }
}
