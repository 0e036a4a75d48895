package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessIds.BOUNDARY_ANSWER_DEADLINE_PASSED;
import static com.pointsdesk.workflow.ProcessIds.MSG_OFFER_ANSWERED;
import static com.pointsdesk.workflow.ProcessIds.TASK_AWAIT_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.pointsdesk.collective.MemberOffers;
import com.pointsdesk.collective.MemberOffers.Facts;
import com.pointsdesk.collective.MemberRemedies;
import com.pointsdesk.collective.MemberRemedies.Remedy;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;

/**
 * MemberOffer.bpmn: one affected member's part of the collective remedy for the headphones that
 * never shipped, started as CollectiveComplaint's multi-instance starts it (business key
 * {@code <collective number>/<member id>}), with the real delegates and listeners over mocked
 * feature services, on an in-memory engine without job executor; each job run by hand
 * ({@link #runJob}), time moved only through {@link ClockUtil}.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/MemberOffer.bpmn")
class MemberOfferProcessTest {

  private static final String PC = "PC-2026-000001";
  private static final String KEY_U10004 = PC + "/U10004";
  private static final String KEY_U10005 = PC + "/U10005";
  private static final OffsetDateTime DECIDED_AT = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
  /** Five working days after the decision, as the offer records it. */
  private static final OffsetDateTime ANSWER_BY = OffsetDateTime.parse("2026-11-27T18:00:00+08:00");
  private static final String OFFER_U10004 = "OF-7Kq2xP9c";
  private static final String OFFER_U10005 = "OF-Zm4rT8wa";

  private static final String START = "StartEvent_MemberOffer";
  private static final String TASK_SEND_OFFER = "Task_SendOffer";
  private static final String TASK_APPLY_DEFAULT = "Task_ApplyDefaultRemedy";
  private static final String TASK_ORDER_ALTERNATIVE = "Task_OrderAlternativeGift";
  private static final String TASK_REFUND = "Task_RefundPoints";
  private static final String TASK_RESTORE_EXPIRED = "Task_RestoreExpiredPoints";
  private static final String TASK_COMPENSATE = "Task_GrantMemberCompensation";
  private static final String TASK_RESOLVE_CASE = "Task_ResolveMemberCase";
  private static final String TASK_TELL_OUTCOME = "Task_TellMemberOutcome";

  private static final Facts MEMBER_CHOOSES = new Facts(true, ANSWER_BY);
  private static final Facts DECIDED_FOR_EVERYONE = new Facts(false, null);

  ProcessEngine processEngine;

  private final MemberOffers offers = mock(MemberOffers.class);
  private final MemberRemedies memberRemedies = mock(MemberRemedies.class);
  private CamundaCollectiveProcess collectiveProcess;

  @BeforeEach
  void wireTheModelToRealDelegatesOverMockedServices() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(DECIDED_AT.toInstant()));
    registerBeans(offers, memberRemedies);
    collectiveProcess = new CamundaCollectiveProcess(runtimeService());
  }

  @AfterEach
  void resetMocksAndTime() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void everyBeanTheModelNamesIsARealDelegateOrListener() throws IOException {
    assertThat(CollectiveComplaintProcessTest.beansNamedIn("processes/MemberOffer.bpmn"))
        .containsExactlyInAnyOrderElementsOf(Mocks.getMocks().keySet());
    assertThat(Mocks.getMocks().values()).noneMatch(bean -> mockingDetails(bean).isMock());
  }

  @Test
  void theStartIsASavePointAndTheOfferIsMailedInItsJob() {
    // Given U10004's offer, who may choose until the deadline
    offerFacts(KEY_U10004, OFFER_U10004, MEMBER_CHOOSES);

    // When the collective case starts their offer
    ProcessInstance pi = startMemberOffer(KEY_U10004);

    // Then nothing ran in the starting transaction: its save point is a job
    assertThat(pi).isStarted().hasPassed(START).hasNotPassed(TASK_SEND_OFFER);
    assertThat(pi).variables().doesNotContainKeys("offerId", "memberChooses", "answerBy");
    verifyNoInteractions(offers, memberRemedies);

    // When that job runs
    runJob(pi, START);

    // Then the offer found by the business key is mailed, and the member's answer is waited for
    InOrder order = inOrder(offers);
    order.verify(offers).idOf(KEY_U10004);
    order.verify(offers).facts(OFFER_U10004);
    order.verify(offers).send(OFFER_U10004);
    assertThat(pi).isWaitingAt(TASK_AWAIT_CHOICE).isWaitingFor(MSG_OFFER_ANSWERED).variables()
        .containsEntry("offerId", OFFER_U10004).containsEntry("memberChooses", true)
        .containsEntry("answerBy", Date.from(ANSWER_BY.toInstant()));
    assertThat(jobQuery().processInstanceId(pi.getId()).timers().list()).extracting(Job::getDuedate)
        .containsExactly(Date.from(ANSWER_BY.toInstant()));
    assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    verifyNoInteractions(memberRemedies);
  }

  @Test
  void aMemberWhoPicksTheAlternativeGetsItWithTheCompensationAndTheirCaseResolved() {
    // Given U10004 complained and was mailed "alternative gift or refund"
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(true, 0, 0, 100, true));
    ProcessInstance pi = offered(KEY_U10004, OFFER_U10004, MEMBER_CHOOSES);
    verify(offers).send(OFFER_U10004);
    assertThat(pi).isWaitingAt(TASK_AWAIT_CHOICE).isWaitingFor(MSG_OFFER_ANSWERED);

    // When they pick the alternative gift in the app (answered by their offer's business key)
    assertThat(collectiveProcess.offerAnswered(KEY_U10004)).isTrue();
    verify(memberRemedies, never()).remedyOf(any()); // the answer request only wakes
    runJob(pi, TASK_AWAIT_CHOICE);

    // Then they get the alternative and the 100 points, and their own case is resolved
    assertThat(pi).hasPassed(TASK_ORDER_ALTERNATIVE, TASK_COMPENSATE, TASK_RESOLVE_CASE)
        .hasNotPassed(TASK_REFUND, TASK_RESTORE_EXPIRED, TASK_TELL_OUTCOME, TASK_APPLY_DEFAULT);
    verify(memberRemedies).orderAlternative(OFFER_U10004);
    verify(memberRemedies).compensate(OFFER_U10004);
    verify(memberRemedies).resolveMemberCase(OFFER_U10004);
    verify(memberRemedies, never()).refund(any());
    assertThat(pi).isEnded().hasPassed("EndEvent_MemberCaseResolved");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void aMemberWithoutACaseWhoChoseTheRefundIsRefundedAndTold() {
    // Given U10005 never complained, and is offered the alternative or a refund
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 8000, 0, 0, false));
    ProcessInstance pi = offered(KEY_U10005, OFFER_U10005, MEMBER_CHOOSES);

    // When they choose the refund of the order's 8 000 points
    assertThat(collectiveProcess.offerAnswered(KEY_U10005)).isTrue();
    runJob(pi, TASK_AWAIT_CHOICE);

    // Then the points are refunded and they are told; there is no case of theirs to resolve
    assertThat(pi).hasPassed(TASK_REFUND, TASK_TELL_OUTCOME)
        .hasNotPassed(TASK_ORDER_ALTERNATIVE, TASK_COMPENSATE, TASK_RESOLVE_CASE);
    verify(memberRemedies).refund(OFFER_U10005);
    verify(memberRemedies).tellMember(OFFER_U10005);
    verify(memberRemedies, never()).resolveMemberCase(any());
    assertThat(pi).isEnded().hasPassed("EndEvent_MemberTold");
  }

  @Test
  void noAnswerByTheDeadlineAppliesTheDefaultRefundInTheTimersJob() {
    // Given U10005 was offered the alternative or a refund, to answer by 27 Nov 18:00
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 8000, 0, 100, false));
    ProcessInstance pi = offered(KEY_U10005, OFFER_U10005, MEMBER_CHOOSES);

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
        TASK_COMPENSATE, TASK_TELL_OUTCOME).hasNotPassed(TASK_ORDER_ALTERNATIVE).isEnded();
    // and a late answer wakes nothing
    assertThat(collectiveProcess.offerAnswered(KEY_U10005)).isFalse();
  }

  @Test
  void anAnswerToAnUnknownOrAlreadyAnsweredOfferWakesNothing() {
    // Given U10004 and U10005 wait for their answers
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(true, 0, 0, 100, true));
    ProcessInstance u10004 = offered(KEY_U10004, OFFER_U10004, MEMBER_CHOOSES);
    ProcessInstance u10005 = offered(KEY_U10005, OFFER_U10005, MEMBER_CHOOSES);

    // When an answer names an unknown member, or this member under another collective case
    assertThat(collectiveProcess.offerAnswered(PC + "/U99999")).isFalse();
    assertThat(collectiveProcess.offerAnswered("PC-2026-000002/U10004")).isFalse();

    // Then nothing changed: both still wait, no job became due
    assertThat(u10004).isWaitingAt(TASK_AWAIT_CHOICE).isWaitingFor(MSG_OFFER_ANSWERED);
    assertThat(u10005).isWaitingAt(TASK_AWAIT_CHOICE).isWaitingFor(MSG_OFFER_ANSWERED);
    assertThat(jobQuery().executable().count()).isZero();

    // When U10004 answers, and the same answer arrives again before their pay-out job ran
    assertThat(collectiveProcess.offerAnswered(KEY_U10004)).isTrue();
    assertThat(collectiveProcess.offerAnswered(KEY_U10004)).isFalse();

    // Then U10004 no longer waits (their deadline timer is gone), U10005 still does
    assertThat(u10004).isNotWaitingFor(MSG_OFFER_ANSWERED);
    assertThat(jobQuery().processInstanceId(u10004.getId()).timers().count()).isZero();
    assertThat(u10005).isWaitingAt(TASK_AWAIT_CHOICE).isWaitingFor(MSG_OFFER_ANSWERED);
    assertThat(jobQuery().processInstanceId(u10005.getId()).executable().count()).isZero();
    // and the one job after the answer pays U10004 once
    runJob(u10004, TASK_AWAIT_CHOICE);
    verify(memberRemedies).orderAlternative(OFFER_U10004);
    verify(memberRemedies).compensate(OFFER_U10004);
    verify(memberRemedies, never()).remedyOf(OFFER_U10005);
  }

  @Test
  void aMemberWithNothingToChooseIsMailedNoOfferAndPaidInTheStartsJob() {
    // Given a refund for everyone: U10004, who complained, has nothing to choose
    when(memberRemedies.remedyOf(OFFER_U10004)).thenReturn(new Remedy(false, 8000, 0, 0, true));

    // When their offer's start job runs
    ProcessInstance pi = offered(KEY_U10004, OFFER_U10004, DECIDED_FOR_EVERYONE);

    // Then no offer is mailed and nothing is waited for: they are refunded in that same job
    verify(offers, never()).send(any());
    assertThat(pi).hasNotPassed(TASK_SEND_OFFER, TASK_AWAIT_CHOICE, TASK_APPLY_DEFAULT)
        .hasPassed(TASK_REFUND, TASK_RESOLVE_CASE).isEnded();
    assertThat(pi).variables().doesNotContainKey("answerBy");
    verify(memberRemedies).refund(OFFER_U10004);
    verify(memberRemedies).resolveMemberCase(OFFER_U10004);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void aMemberOwedNothingTakesTheNothingToPayFlowAndIsOnlyTold() {
    // Given U10005's order was cancelled and refunded by hand before the decision: owed nothing
    when(memberRemedies.remedyOf(OFFER_U10005)).thenReturn(new Remedy(false, 0, 0, 0, false));

    // When their offer's start job runs
    ProcessInstance pi = offered(KEY_U10005, OFFER_U10005, DECIDED_FOR_EVERYONE);

    // Then the pay-out takes its default flow "Nothing to pay" straight to "Member paid"
    assertThat(pi).hasPassed("Gateway_MemberPayOut", "Gateway_MemberPaid", TASK_TELL_OUTCOME)
        .hasNotPassed(TASK_ORDER_ALTERNATIVE, TASK_REFUND, TASK_RESTORE_EXPIRED, TASK_COMPENSATE);
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).activityId("Gateway_MemberPaid").count()).isOne();
    verify(memberRemedies).remedyOf(OFFER_U10005);
    verify(memberRemedies).tellMember(OFFER_U10005);
    verifyNoMoreInteractions(memberRemedies);
    assertThat(pi).isEnded().hasPassed("EndEvent_MemberTold");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The offer MemberOffers finds for the business key, and what it says. */
  private void offerFacts(String memberOfferKey, String offerId, Facts facts) {
    when(offers.idOf(memberOfferKey)).thenReturn(offerId);
    when(offers.facts(offerId)).thenReturn(facts);
  }

  /** Starts the member's instance as CollectiveComplaint's multi-instance does. */
  private ProcessInstance startMemberOffer(String memberOfferKey) {
    collectiveProcess.startMemberOffer(memberOfferKey);
    return runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessIds.MEMBER_OFFER).processInstanceBusinessKey(memberOfferKey)
        .singleResult();
  }

  /** Started, and its start job run: mailed and waiting, or (nothing to choose) paid. */
  private ProcessInstance offered(String memberOfferKey, String offerId, Facts facts) {
    offerFacts(memberOfferKey, offerId, facts);
    ProcessInstance pi = startMemberOffer(memberOfferKey);
    runJob(pi, START);
    return pi;
  }

  /** Does what the job executor would: runs the one due job, which must belong to activityId. */
  private static void runJob(ProcessInstance pi, String activityId) {
    List<Job> jobs = jobQuery().processInstanceId(pi.getId()).executable().list();
    assertThat(jobs).as("executable jobs of the member's offer").hasSize(1);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(activityId).list())
        .as("the job belongs to %s", activityId).extracting(Job::getId)
        .containsExactly(jobs.get(0).getId());
    execute(jobs.get(0));
  }

  /** MemberOffer.bpmn's real delegates and listeners over these (mocked) services. */
  static void registerBeans(MemberOffers offers, MemberRemedies memberRemedies) {
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
  }
}
