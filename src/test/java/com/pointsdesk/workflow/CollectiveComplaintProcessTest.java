package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessIds.END_COLLECTIVE_CASE_CLOSED;
import static com.pointsdesk.workflow.ProcessIds.MEMBER_OFFER;
import static com.pointsdesk.workflow.ProcessIds.MSG_ALL_REMEDIES_APPLIED;
import static com.pointsdesk.workflow.ProcessIds.TASK_AWAIT_ALL_REMEDIES;
import static com.pointsdesk.workflow.ProcessIds.TASK_DECIDE_COLLECTIVE_REMEDY;
import static com.pointsdesk.workflow.ProcessIds.TASK_START_MEMBER_OFFERS;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.pointsdesk.collective.CollectiveRemedies;
import com.pointsdesk.collective.CollectiveRemedies.DecisionInput;
import com.pointsdesk.collective.MemberOffers;
import com.pointsdesk.collective.MemberRemedies;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * "alternative gift or refund" once, and each affected member gets a MemberOffer instance of their
 * own (MemberOffer.bpmn is deployed for them; its own story is in {@link MemberOfferProcessTest}).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/CollectiveComplaint.bpmn", "processes/MemberOffer.bpmn",
    "forms/CollectiveRemedyForm.form"})
class CollectiveComplaintProcessTest {

  private static final String PC = "PC-2026-000001";
  private static final String KEY_U10004 = PC + "/U10004";
  private static final String KEY_U10005 = PC + "/U10005";
  private static final OffsetDateTime OPENED_AT = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
  private static final String HEADPHONES = "限量耳机 G-HEADPHONES-LTD never shipped";
  private static final String STOCK_FIXED = "已修正库存显示 stock display fixed";
  private static final String SUPERVISOR = "supervisor-li";

  private static final String TASK_RECORD_CORRECTIVE_ACTION = "Task_RecordCorrectiveAction";
  private static final String TASK_OPEN_OFFERS = "Task_OpenOffers";
  private static final String TASK_CLOSE = "Task_CloseCollectiveCase";
  private static final String START_MEMBER_OFFER = "StartEvent_MemberOffer";

  ProcessEngine processEngine;

  private final CollectiveRemedies remedies = mock(CollectiveRemedies.class);
  private final MemberOffers offers = mock(MemberOffers.class);
  private final MemberRemedies memberRemedies = mock(MemberRemedies.class);
  private CamundaCollectiveProcess collectiveProcess;

  @BeforeEach
  void wireTheModelsToRealDelegatesOverMockedServices() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(OPENED_AT.toInstant()));
    collectiveProcess = new CamundaCollectiveProcess(runtimeService());
    CurrentUser currentUser = new CurrentUser(processEngine.getIdentityService());
    // CollectiveComplaint.bpmn
    Mocks.register("decideCollectiveRemedyListener",
        new DecideCollectiveRemedyListener(remedies, currentUser));
    Mocks.register("recordCorrectiveActionDelegate", new RecordCorrectiveActionDelegate(remedies));
    Mocks.register("openOffersDelegate", new OpenOffersDelegate(remedies));
    Mocks.register("startMemberOfferDelegate",
        new StartMemberOfferDelegate(offers, collectiveProcess));
    Mocks.register("closeCollectiveCaseDelegate", new CloseCollectiveCaseDelegate(remedies));
    // MemberOffer.bpmn, for the instances the collective case starts
    MemberOfferProcessTest.registerBeans(offers, memberRemedies);
    when(remedies.briefing(PC)).thenReturn(Map.of("briefingSubject", HEADPHONES,
        "briefingMembers", "U10004, U10005"));
  }

  @AfterEach
  void resetMocksAndTime() {
    Mocks.reset();
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void everyBeanTheModelNamesIsARealDelegateOrListener() throws IOException {
    Set<String> named = beansNamedIn("processes/CollectiveComplaint.bpmn");
    assertThat(named).containsExactlyInAnyOrder("decideCollectiveRemedyListener",
        "recordCorrectiveActionDelegate", "openOffersDelegate", "startMemberOfferDelegate",
        "closeCollectiveCaseDelegate");
    assertThat(Mocks.getMocks()).containsKeys(named.toArray(String[]::new));
    assertThat(named).noneMatch(bean -> mockingDetails(Mocks.get(bean)).isMock());
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
        .hasNotPassed(TASK_RECORD_CORRECTIVE_ACTION).isWaitingAt(TASK_DECIDE_COLLECTIVE_REMEDY);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId(TASK_DECIDE_COLLECTIVE_REMEDY)
        .executable().count()).isOne();
    verify(remedies, never()).recordCorrectiveAction(any());
    verify(remedies, never()).openOffers(any());
    verifyNoInteractions(offers, memberRemedies);
    assertThat(memberOfferInstances()).isEmpty();
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
    assertThat(memberOfferInstances()).isEmpty();
  }

  @Test
  void theDecisionsJobOpensTheOffersAndStartsOneMemberOfferPerMember() {
    // Given the decision "alternative gift or refund" for U10004 and U10005
    when(remedies.openOffers(PC)).thenReturn(2);
    when(offers.businessKeyAt(PC, 0)).thenReturn(KEY_U10004);
    when(offers.businessKeyAt(PC, 1)).thenReturn(KEY_U10005);
    ProcessInstance pi = openCollectiveCase();
    decide(pi, alternativeOrRefund());

    // When the decision's job runs
    runJob(pi, TASK_DECIDE_COLLECTIVE_REMEDY);

    // Then the corrective action is recorded, then the offers are opened, then each is started
    InOrder order = inOrder(remedies, offers);
    order.verify(remedies).recordCorrectiveAction(PC);
    order.verify(remedies).openOffers(PC);
    order.verify(offers).businessKeyAt(PC, 0);
    order.verify(offers).businessKeyAt(PC, 1);
    verify(offers, never()).businessKeyAt(eq(PC), eq(2));
    assertThat(pi).hasPassed(TASK_RECORD_CORRECTIVE_ACTION, TASK_OPEN_OFFERS,
        TASK_START_MEMBER_OFFERS).variables().containsEntry("offerCount", 2);
    // as one MemberOffer instance per member, by the business key of their offer
    List<ProcessInstance> members = memberOfferInstances();
    assertThat(members).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(KEY_U10004, KEY_U10005);
    // each at its own start save point: nothing of the member's part ran in the decision's job
    for (ProcessInstance member : members) {
      assertThat(jobQuery().processInstanceId(member.getId()).count()).isOne();
      assertThat(jobQuery().processInstanceId(member.getId()).activityId(START_MEMBER_OFFER)
          .executable().count()).isOne();
    }
    verifyNoInteractions(memberRemedies);
    verify(offers, never()).idOf(any());
    verify(offers, never()).send(any());
    // while the collective case waits until every member's remedy is applied, with no job
    assertThat(pi).isWaitingAt(TASK_AWAIT_ALL_REMEDIES).isWaitingFor(MSG_ALL_REMEDIES_APPLIED)
        .hasNotPassed(TASK_CLOSE);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    verify(remedies, never()).close(any());
  }

  @Test
  void theLastRemedyAppliedClosesTheCollectiveCaseInTheJobAfterTheWait() {
    // Given the collective case started its members' offers and waits for their remedies
    ProcessInstance pi = offersStarted(KEY_U10004, KEY_U10005);

    // When the last member's remedy is applied (MemberRemedies.tellMember in the application)
    collectiveProcess.allRemediesApplied(PC);

    // Then the wake-up only commits: the closing is the job after the wait
    assertThat(pi).hasPassed(TASK_AWAIT_ALL_REMEDIES).hasNotPassed(TASK_CLOSE).isNotEnded();
    verify(remedies, never()).close(any());
    runJob(pi, TASK_AWAIT_ALL_REMEDIES);

    // and that job closes the collective case, and the process ends
    verify(remedies).close(PC);
    assertThat(pi).isEnded().hasPassed(TASK_CLOSE, END_COLLECTIVE_CASE_CLOSED);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    // the message is the collective number's only: the members' own instances are untouched
    assertThat(memberOfferInstances()).hasSize(2);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Starts the process as CamundaCollectiveProcess#start does. */
  private static ProcessInstance openCollectiveCase() {
    return runtimeService().createProcessInstanceByKey(ProcessIds.COLLECTIVE_COMPLAINT)
        .businessKey(PC).execute();
  }

  /** Opened, decided, and the decision's job run: one member's offer per key. */
  private ProcessInstance offersStarted(String... memberOfferKeys) {
    when(remedies.openOffers(PC)).thenReturn(memberOfferKeys.length);
    for (int seq = 0; seq < memberOfferKeys.length; seq++) {
      when(offers.businessKeyAt(PC, seq)).thenReturn(memberOfferKeys[seq]);
    }
    ProcessInstance pi = openCollectiveCase();
    decide(pi, alternativeOrRefund());
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

  private static List<ProcessInstance> memberOfferInstances() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(MEMBER_OFFER).list();
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

  static Set<String> beansNamedIn(String model) throws IOException {
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
