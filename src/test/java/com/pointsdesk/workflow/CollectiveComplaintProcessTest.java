package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessIds.BOUNDARY_ANSWER_DEADLINE_PASSED;
import static com.pointsdesk.workflow.ProcessIds.END_COLLECTIVE_CASE_CLOSED;
import static com.pointsdesk.workflow.ProcessIds.TASK_AWAIT_CHOICE;
import static com.pointsdesk.workflow.ProcessIds.TASK_DECIDE_COLLECTIVE_REMEDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.pointsdesk.collective.CollectiveRemedies;
import com.pointsdesk.collective.CollectiveRemedies.DecisionInput;
import com.pointsdesk.collective.MemberOffers;
import com.pointsdesk.collective.MemberOffers.Facts;
import com.pointsdesk.collective.MemberRemedies;
import com.pointsdesk.collective.MemberRemedies.Remedy;
import com.pointsdesk.remedy.InvalidDecision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * CollectiveComplaint.bpmn with its form: the real delegates and listeners of this package over
 * mocked feature services, on an in-memory engine without job executor. Each job is run by hand
 * ({@link #runJob}), so the tests also count the save points; time moves only through
 * {@link ClockUtil}. The seed's story: the limited headphones never shipped, a supervisor decides
 * "alternative gift or refund" once, and each member answers by their offer id.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/CollectiveComplaint.bpmn", "forms/CollectiveRemedyForm.form"})
class CollectiveComplaintProcessTest {

  private static final String PC = "PC-2026-000001";
  private static final OffsetDateTime OPENED_AT = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
  /** Five working days after the decision, as the offer records it. */
  private static final OffsetDateTime ANSWER_BY = OffsetDateTime.parse("2026-11-27T18:00:00+08:00");
  private static final String HEADPHONES = "限量耳机 G-HEADPHONES-LTD never shipped";
  private static final String STOCK_FIXED = "已修正库存显示 stock display fixed";
  private static final String SUPERVISOR = "supervisor-li";
  private static final String OFFER_U10004 = "OF-7Kq2xP9c";
  private static final String OFFER_U10005 = "OF-Zm4rT8wa";

  private static final String TASK_APPLY_DEFAULT = "Task_ApplyDefaultRemedy";
  private static final String TASK_ORDER_ALTERNATIVE = "Task_OrderAlternativeGift";
  private static final String TASK_REFUND = "Task_RefundPoints";
  private static final String TASK_RESTORE_EXPIRED = "Task_RestoreExpiredPoints";
  private static final String TASK_COMPENSATE = "Task_GrantMemberCompensation";
  private static final String TASK_RESOLVE_CASE = "Task_ResolveMemberCase";
  private static final String TASK_TELL_OUTCOME = "Task_TellMemberOutcome";
  private static final String TASK_CLOSE = "Task_CloseCollectiveCase";

  private static final Facts MEMBER_CHOOSES = new Facts(true, ANSWER_BY);
  private static final Facts DECIDED_FOR_EVERYONE = new Facts(false, null);

  ProcessEngine processEngine;

  private final CollectiveRemedies remedies = mock(CollectiveRemedies.class);
  private final MemberOffers offers = mock(MemberOffers.class);
  private final MemberRemedies memberRemedies = mock(MemberRemedies.class);
  private CamundaCollectiveProcess collectiveProcess;

  @BeforeEach
  void wireTheModelToRealDelegatesOverMockedServices() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(OPENED_AT.toInstant()));
    CurrentUser currentUser = new CurrentUser(processEngine.getIdentityService());
    Mocks.register("decideCollectiveRemedyListener",
        new DecideCollectiveRemedyListener(remedies, currentUser));
    Mocks.register("recordCorrectiveActionDelegate", new RecordCorrectiveActionDelegate(remedies));
    Mocks.register("openOffersDelegate", new OpenOffersDelegate(remedies));
    Mocks.register("memberOfferListener", new MemberOfferListener(offers));
    Mocks.register("sendOfferDelegate", new SendOfferDelegate(offers));
    Mocks.register("applyDefaultRemedyDelegate", new ApplyDefaultRemedyDelegate(offers));
    Mocks.register("memberRemedyListener", new MemberRemedyListener(memberRemedies));
    Mocks.register("orderAlternativeGiftDelegate",
        new OrderAlternativeGiftDelegate(memberRemedies));
    Mocks.register("refundPointsDelegate", new RefundPointsDelegate(memberRemedies));
    Mocks.register("restoreExpiredPointsDelegate",
        new RestoreExpiredPointsDelegate(memberRemedies));
    Mocks.register("grantMemberCompensationDelegate",
        new GrantMemberCompensationDelegate(memberRemedies));
    Mocks.register("tellMemberOutcomeDelegate", new TellMemberOutcomeDelegate(memberRemedies));
    Mocks.register("resolveMemberCaseDelegate", new ResolveMemberCaseDelegate(memberRemedies));
    Mocks.register("closeCollectiveCaseDelegate", new CloseCollectiveCaseDelegate(remedies));
    when(remedies.briefing(PC)).thenReturn(Map.of("briefingSubject", HEADPHONES,
        "briefingMembers", "U10004, U10005"));
    collectiveProcess = new CamundaCollectiveProcess(runtimeService());
  }

  @AfterEach
  void resetMocksAndTime() {
    Mocks.reset();
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void everyBeanTheModelNamesIsARealDelegateOrListener() throws IOException {
    assertThat(beansNamedIn("processes/CollectiveComplaint.bpmn"))
        .containsExactlyInAnyOrderElementsOf(Mocks.getMocks().keySet());
    assertThat(Mocks.getMocks().values()).noneMatch(bean -> mockingDetails(bean).isMock());
  }

  @Test
  void aSupervisorDecidesOnceOnTheBriefedFormAndTheCompletionCommitsOnItsOwn() {
    // Given the collective case about the headphones that never shipped is opened
    ProcessInstance pi = openCollectiveCase();

    // Then a supervisor decides on the collective remedy form, briefed with subject and members
    assertThat(pi).isWaitingAt(TASK_DECIDE_COLLECTIVE_REMEDY);
    Task decision = task(pi);
    assertThat(decision).hasCandidateGroup("supervisors").isNotAssigned();
    assertThat(decision.getPriority()).isEqualTo(80);
    assertThat(taskService().createTaskQuery().taskId(decision.getId()).initializeFormKeys()
        .singleResult().getCamundaFormRef().getKey()).isEqualTo("CollectiveRemedyForm");
    assertThat(taskService().getVariablesLocal(decision.getId()))
        .containsEntry("briefingSubject", HEADPHONES)
        .containsEntry("briefingMembers", "U10004, U10005");
    assertThat(pi).variables().doesNotContainKeys("briefingSubject", "briefingMembers");

    // When the logged-in supervisor decides "alternative gift or refund", 100 points, 5 days
    decide(pi, alternativeOrRefund());

    // Then the decision is validated and recorded with the form's fields and who decided
    ArgumentCaptor<DecisionInput> input = ArgumentCaptor.forClass(DecisionInput.class);
    verify(remedies).decide(eq(PC), eq(SUPERVISOR), input.capture());
    assertThat(input.getValue()).isEqualTo(new DecisionInput("ALTERNATIVE_OR_REFUND",
        "G-TOTE, G-VIP-SEASON", 100L, 5L, STOCK_FIXED));
    // and the fields are not left in the process: what follows reads the record
    assertThat(pi).variables().doesNotContainKeys("collectiveRemedy", "alternativeGiftIds",
        "compensationPoints", "answerWithinWorkingDays", "correctiveAction");
    // and the completion committed on its own: nothing after it ran, its save point is a job
    assertThat(pi).hasPassed(TASK_DECIDE_COLLECTIVE_REMEDY)
        .hasNotPassed("Task_RecordCorrectiveAction").isWaitingAt(TASK_DECIDE_COLLECTIVE_REMEDY);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(TASK_DECIDE_COLLECTIVE_REMEDY)
        .executable().count()).isOne();
    verify(remedies, never()).recordCorrectiveAction(any());
    verify(remedies, never()).openOffers(any());
  }

  @Test
  void aRefusedDecisionIsAFormErrorAndTheTaskStaysOpen() {
    // Given the supervisor offers a gift that is out of stock, which the decision refuses
    doThrow(new InvalidDecision("G-HEADPHONES-LTD 无库存 / not in stock"))
        .when(remedies).decide(eq(PC), any(), any());
    ProcessInstance pi = openCollectiveCase();

    // When they complete the form, then the completion fails as a form error (400 in Tasklist)
    assertThatThrownBy(() -> decide(pi, alternativeOrRefund()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("not in stock");

    // and nothing changed: the task is open, no job, no field written, no offer opened
    assertThat(pi).isWaitingAt(TASK_DECIDE_COLLECTIVE_REMEDY)
        .hasNotPassed(TASK_DECIDE_COLLECTIVE_REMEDY).variables()
        .doesNotContainKeys("collectiveRemedy", "correctiveAction");
    assertThat(task(pi)).hasCandidateGroup("supervisors");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    verify(remedies, never()).openOffers(any());
  }

  @Test
  void eachMemberIsMailedTheirOfferAndOneAnswerPaysOnlyThatMember() {
    // Given the decision "alternative gift or refund" for U10004 and U10005, in its job
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(true, 0, 0, 100, true));
    ProcessInstance pi = offered(MEMBER_CHOOSES, alternativeOrRefund(), OFFER_U10004, OFFER_U10005);

    // Then the corrective action is recorded and each member is mailed their own offer
    verify(remedies).recordCorrectiveAction(PC);
    verify(offers).send(OFFER_U10004);
    verify(offers).send(OFFER_U10005);
    // and each member's instance waits for their answer, its offer id local to it
    assertThat(offerIdsWaiting(pi)).containsExactlyInAnyOrder(OFFER_U10004, OFFER_U10005);
    assertThat(pi).variables().doesNotContainKeys("offerId", "memberChooses", "answerBy");
    assertThat(jobQuery().processInstanceId(pi.getId()).timers().list()).extracting(Job::getDuedate)
        .containsExactly(Date.from(ANSWER_BY.toInstant()), Date.from(ANSWER_BY.toInstant()));

    // When U10004 picks the alternative gift in the app (answered by the offer id)
    assertThat(collectiveProcess.offerAnswered(PC, OFFER_U10004)).isTrue();
    verify(memberRemedies, never()).remedyOf(any()); // the answer request only wakes
    runJob(pi, TASK_AWAIT_CHOICE);

    // Then U10004 gets the alternative and the 100 points, and their own case is resolved
    assertThat(pi).hasPassed(TASK_ORDER_ALTERNATIVE, TASK_COMPENSATE, TASK_RESOLVE_CASE)
        .hasNotPassed(TASK_REFUND, TASK_RESTORE_EXPIRED, TASK_TELL_OUTCOME);
    verify(memberRemedies).orderAlternative(OFFER_U10004);
    verify(memberRemedies).compensate(OFFER_U10004);
    verify(memberRemedies).resolveMemberCase(OFFER_U10004);
    // while U10005 still has until the deadline, and the collective case stays open
    assertThat(offerIdsWaiting(pi)).containsExactly(OFFER_U10005);
    assertThat(pi).isNotEnded().hasNotPassed(TASK_CLOSE);
    verify(remedies, never()).close(any());
  }

  @Test
  void aMemberWithoutACaseWhoChoseTheRefundIsRefundedAndTold() {
    // Given U10005 never complained, and is offered the alternative or a refund
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 8000, 0, 0, false));
    ProcessInstance pi = offered(MEMBER_CHOOSES, alternativeOrRefund(), OFFER_U10005);

    // When they choose the refund of the order's 8 000 points
    assertThat(collectiveProcess.offerAnswered(PC, OFFER_U10005)).isTrue();
    runJob(pi, TASK_AWAIT_CHOICE);

    // Then the points are refunded and they are told; there is no case of theirs to resolve
    assertThat(pi).hasPassed(TASK_REFUND, TASK_TELL_OUTCOME)
        .hasNotPassed(TASK_ORDER_ALTERNATIVE, TASK_COMPENSATE, TASK_RESOLVE_CASE);
    verify(memberRemedies).refund(OFFER_U10005);
    verify(memberRemedies).tellMember(OFFER_U10005);
    verify(memberRemedies, never()).resolveMemberCase(any());
  }

  @Test
  void noAnswerByTheDeadlineAppliesTheDefaultRefundInTheTimersJob() {
    // Given U10005 was offered the alternative or a refund, to answer by 27 Nov 18:00
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 8000, 0, 100, false));
    ProcessInstance pi = offered(MEMBER_CHOOSES, alternativeOrRefund(), OFFER_U10005);

    // When the deadline has not passed yet, then nothing is due
    ClockUtil.setCurrentTime(Date.from(ANSWER_BY.minusMinutes(1).toInstant()));
    assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    // When it passes without an answer and the timer fires
    ClockUtil.setCurrentTime(Date.from(ANSWER_BY.plusMinutes(1).toInstant()));
    runJob(pi, BOUNDARY_ANSWER_DEADLINE_PASSED);

    // Then the offer lapses to the default, a refund, which is paid in the same job
    InOrder order = inOrder(offers, memberRemedies);
    order.verify(offers).lapse(OFFER_U10005);
    order.verify(memberRemedies).remedyOf(OFFER_U10005);
    order.verify(memberRemedies).refund(OFFER_U10005);
    assertThat(pi).hasPassed(BOUNDARY_ANSWER_DEADLINE_PASSED, TASK_APPLY_DEFAULT, TASK_REFUND,
        TASK_COMPENSATE, TASK_TELL_OUTCOME).hasNotPassed(TASK_ORDER_ALTERNATIVE);
    // and a late answer wakes nothing
    assertThat(collectiveProcess.offerAnswered(PC, OFFER_U10005)).isFalse();
  }

  @Test
  void anAnswerToAnUnknownOrAlreadyAnsweredOfferWakesNothing() {
    // Given U10004 and U10005 wait for their answers
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(true, 0, 0, 100, true));
    ProcessInstance pi = offered(MEMBER_CHOOSES, alternativeOrRefund(), OFFER_U10004, OFFER_U10005);
    long jobs = jobQuery().processInstanceId(pi.getId()).count();

    // When an answer names an unknown offer, or this case's offer under another collective case
    assertThat(collectiveProcess.offerAnswered(PC, "OF-guessed00")).isFalse();
    assertThat(collectiveProcess.offerAnswered("PC-2026-000002", OFFER_U10004)).isFalse();

    // Then nothing changed: both still wait, no job was added or became due
    assertThat(offerIdsWaiting(pi)).containsExactlyInAnyOrder(OFFER_U10004, OFFER_U10005);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isEqualTo(jobs);
    assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();

    // When U10004 answers, and the same answer arrives again before their pay-out job ran
    assertThat(collectiveProcess.offerAnswered(PC, OFFER_U10004)).isTrue();
    assertThat(collectiveProcess.offerAnswered(PC, OFFER_U10004)).isFalse();

    // Then U10004 no longer waits (their deadline timer is gone), U10005 still does
    assertThat(offerIdsWaiting(pi)).containsExactly(OFFER_U10005);
    assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).isOne();
    // and the one job after the answer pays U10004 once
    runJob(pi, TASK_AWAIT_CHOICE);
    verify(memberRemedies).orderAlternative(OFFER_U10004);
    verify(memberRemedies).compensate(OFFER_U10004);
  }

  @Test
  void aRefundForEveryoneMailsNoOfferPaysEveryMemberAndClosesTheCollectiveCase() {
    // Given the supervisor decides a refund for everyone: nobody has anything to choose
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(false, 8000, 0, 0, true));
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 8000, 0, 0, false));

    // When the decision's job runs
    ProcessInstance pi = offered(DECIDED_FOR_EVERYONE, refundForEveryone(),
        OFFER_U10004, OFFER_U10005);

    // Then no offer is mailed and nobody waits: both are refunded in that same job
    verify(offers, never()).send(any());
    assertThat(pi).hasNotPassed("Task_SendOffer", TASK_AWAIT_CHOICE, TASK_APPLY_DEFAULT);
    verify(memberRemedies).refund(OFFER_U10004);
    verify(memberRemedies).refund(OFFER_U10005);
    verify(memberRemedies).resolveMemberCase(OFFER_U10004);
    verify(memberRemedies).tellMember(OFFER_U10005);
    // and once every member is done, the collective case is closed and the process ends
    InOrder order = inOrder(memberRemedies, remedies);
    order.verify(memberRemedies, times(2)).refund(anyString());
    order.verify(remedies).close(PC);
    assertThat(pi).isEnded().hasPassed(TASK_REFUND, TASK_CLOSE, END_COLLECTIVE_CASE_CLOSED);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void aMemberOwedNothingTakesTheNothingToPayFlowAndIsOnlyTold() {
    // Given U10005's order was cancelled and refunded by hand before the decision: owed nothing
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 0, 0, 0, false));

    // When the refund-for-everyone decision's job runs
    ProcessInstance pi = offered(DECIDED_FOR_EVERYONE, refundForEveryone(), OFFER_U10005);

    // Then the pay-out takes its default flow "Nothing to pay" straight to "Member paid"
    assertThat(pi).hasPassed("Gateway_MemberPayOut", "Gateway_MemberPaid", TASK_TELL_OUTCOME)
        .hasNotPassed(TASK_ORDER_ALTERNATIVE, TASK_REFUND, TASK_RESTORE_EXPIRED, TASK_COMPENSATE);
    verify(memberRemedies).remedyOf(OFFER_U10005);
    verify(memberRemedies).tellMember(OFFER_U10005);
    verifyNoMoreInteractions(memberRemedies);
    assertThat(pi).isEnded().hasPassed(END_COLLECTIVE_CASE_CLOSED);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Starts the process as CamundaCollectiveProcess#start does. */
  private static ProcessInstance openCollectiveCase() {
    return runtimeService().createProcessInstanceByKey(ProcessIds.COLLECTIVE_COMPLAINT)
        .businessKey(PC).execute();
  }

  /** Opened, decided, and the decision's job run: one offer per id, each with these facts. */
  private ProcessInstance offered(Facts facts, Map<String, Object> decision, String... offerIds) {
    when(remedies.openOffers(PC)).thenReturn(offerIds.length);
    for (int seq = 0; seq < offerIds.length; seq++) {
      when(offers.idAt(PC, seq)).thenReturn(offerIds[seq]);
      when(offers.facts(offerIds[seq])).thenReturn(facts);
    }
    ProcessInstance pi = openCollectiveCase();
    decide(pi, decision);
    runJob(pi, TASK_DECIDE_COLLECTIVE_REMEDY);
    return pi;
  }

  /** Completes the decision as Tasklist does: the supervisor logged in, the form's fields. */
  private void decide(ProcessInstance pi, Map<String, Object> fields) {
    processEngine.getIdentityService().setAuthenticatedUserId(SUPERVISOR);
    try {
      taskService().complete(task(TASK_DECIDE_COLLECTIVE_REMEDY, pi).getId(), fields);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> alternativeOrRefund() {
    return withVariables("collectiveRemedy", "ALTERNATIVE_OR_REFUND",
        "alternativeGiftIds", "G-TOTE, G-VIP-SEASON", "compensationPoints", 100L,
        "answerWithinWorkingDays", 5L, "correctiveAction", STOCK_FIXED);
  }

  private static Map<String, Object> refundForEveryone() {
    return withVariables("collectiveRemedy", "REFUND", "compensationPoints", 0L,
        "correctiveAction", STOCK_FIXED);
  }

  /** Does what the job executor would: runs the one due job, which must belong to activityId. */
  private static void runJob(ProcessInstance pi, String activityId) {
    List<Job> jobs = jobQuery().processInstanceId(pi.getId()).executable().list();
    assertThat(jobs).as("executable jobs of the collective case").hasSize(1);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(activityId).list())
        .as("the job belongs to %s", activityId).extracting(Job::getId)
        .containsExactly(jobs.get(0).getId());
    execute(jobs.get(0));
  }

  /** The offer ids of the members' instances still waiting for an answer (subscribed to it). */
  private static List<Object> offerIdsWaiting(ProcessInstance pi) {
    return runtimeService().createExecutionQuery().processInstanceId(pi.getId())
        .messageEventSubscriptionName(ProcessIds.MSG_OFFER_ANSWERED).list().stream()
        .map(waiting -> runtimeService().getVariableLocal(waiting.getId(), "offerId")).toList();
  }

  private static Set<String> beansNamedIn(String model) throws IOException {
    try (InputStream in = CollectiveComplaintProcessTest.class.getClassLoader()
        .getResourceAsStream(model)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // delegates and listeners, and beans whose methods expressions call (${bean.method(...)})
      return Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"|\\$\\{(\\w+)\\.\\w+\\(")
          .matcher(text).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
