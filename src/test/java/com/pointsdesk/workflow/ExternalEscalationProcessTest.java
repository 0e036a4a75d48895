package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.pointsdesk.complaint.CaseDeadlines;
import com.pointsdesk.escalation.ExternalEscalations;
import com.pointsdesk.sla.ServiceLevels.Breach;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ExternalEscalation.bpmn with its form: the real delegates and listeners over mocked feature
 * services, on an in-memory engine without job executor; time moves through {@link ClockUtil}.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/ExternalEscalation.bpmn", "forms/AnswerRegulatorForm.form"})
class ExternalEscalationProcessTest {

  private static final String CASE = "PD-2026-000042";
  private static final OffsetDateTime ESCALATED_AT =
      OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
  private static final OffsetDateTime RESPOND_BY = ESCALATED_AT.plusDays(3);

  ProcessEngine processEngine;

  private final ExternalEscalations escalations = mock(ExternalEscalations.class);
  private final CaseDeadlines deadlines = mock(CaseDeadlines.class);

  @BeforeEach
  void wireTheModel() {
    init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ESCALATED_AT.toInstant()));
    when(escalations.open(CASE)).thenReturn(new ExternalEscalations.Plan(RESPOND_BY,
        RESPOND_BY.minusDays(1), "12315 · 12315-2026-1"));
    when(escalations.answerDueAt(CASE)).thenReturn(RESPOND_BY);
    when(deadlines.breached(eq(CASE), eq(Breach.EXTERNAL_ANSWER), eq(RESPOND_BY)))
        .thenReturn(CASE + ": answer to the regulator due 2026-11-23 10:00 (UTC+8) missed");
    CurrentUser currentUser = new CurrentUser(processEngine.getIdentityService());
    Mocks.register("planExternalAnswerDelegate", new PlanExternalAnswerDelegate(escalations));
    Mocks.register("answerRegulatorListener",
        new AnswerRegulatorListener(escalations, currentUser));
    Mocks.register("reportAnswerOverdueDelegate", new ReportAnswerOverdueDelegate(deadlines,
        escalations, new SlaIncidents(runtimeService())));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aSupervisorAnswersTheRegulatorByTheReferralsDeadline() {
    // Given an escalation, whose first step is its own save point
    ProcessInstance pi = escalate();
    execute(jobQuery().processInstanceId(pi.getId()).singleResult());

    // Then a supervisor's task is due by the regulator's deadline, with an early warning
    assertThat(pi).isWaitingAt(ProcessIds.TASK_ANSWER_REGULATOR);
    assertThat(task(pi)).hasCandidateGroup("supervisors")
        .hasDueDate(Date.from(RESPOND_BY.toInstant()));
    assertThat(task(pi).getFollowUpDate()).isEqualTo(Date.from(RESPOND_BY.minusDays(1).toInstant()));

    // When the supervisor answers on the form
    complete(claim(task(pi), "supervisor"), withVariables("regulatorAnswer", "已补发并补偿。"));
    execute(jobQuery().processInstanceId(pi.getId()).singleResult());

    // Then the answer is on record with who gave it, and the escalation is done
    verify(escalations).answer(CASE, "supervisor", "已补发并补偿。");
    assertThat(pi).isEnded().hasPassed("EndEvent_RegulatorAnswered")
        .hasNotPassed("Task_ReportAnswerOverdue");
  }

  @Test
  void aLateAnswerIsAnIncidentUntilTheAnswerIsGiven() {
    // Given the supervisor's task waits
    ProcessInstance pi = escalate();
    execute(jobQuery().processInstanceId(pi.getId()).singleResult());

    // When the regulator's deadline passes (not before)
    ClockUtil.setCurrentTime(Date.from(RESPOND_BY.minusMinutes(1).toInstant()));
    assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(RESPOND_BY.toInstant()));
    execute(jobQuery().processInstanceId(pi.getId()).executable().singleResult());

    // Then an slaBreach incident says so, and the task is still open
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId())
        .singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("slaBreach");
    assertThat(incident.getIncidentMessage()).contains(CASE, "answer to the regulator");
    assertThat(pi).isWaitingAt(ProcessIds.TASK_ANSWER_REGULATOR);

    // When the answer comes after all
    complete(claim(task(pi), "supervisor"), withVariables("regulatorAnswer", "已处理。"));

    // Then the incident is resolved, not merely gone
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isZero();
    assertThat(historyService().createHistoricIncidentQuery().processInstanceId(pi.getId())
        .resolved().count()).isOne();
  }

  private static ProcessInstance escalate() {
    return runtimeService().startProcessInstanceByKey(ProcessIds.EXTERNAL_ESCALATION, CASE);
  }
}
