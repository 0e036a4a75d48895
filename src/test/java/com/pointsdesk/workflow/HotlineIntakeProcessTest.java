package com.pointsdesk.workflow;

import static com.pointsdesk.support.HotlineCallForms.u10003sFailedRedemption;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.pointsdesk.channel.phone.HotlineCalls;
import com.pointsdesk.channel.phone.HotlineForm;
import com.pointsdesk.complaint.IntakeOutcome;
import com.pointsdesk.system.ApiException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/**
 * HotlineIntake.bpmn with its start form: the real delegate over a mocked phone channel, on an
 * in-memory engine. Submitting the start form as Tasklist does runs the one step and ends.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/HotlineIntake.bpmn", "forms/HotlineComplaintForm.form"})
class HotlineIntakeProcessTest {

  private static final String CASE = "PD-2026-000042";

  ProcessEngine processEngine;

  private final HotlineCalls calls = mock(HotlineCalls.class);

  @BeforeEach
  void wireTheModel() {
    init(processEngine);
    Mocks.register("takeInComplaintDelegate",
        new TakeInComplaintDelegate(calls, new CurrentUser(processEngine.getIdentityService())));
    processEngine.getIdentityService().setAuthenticatedUserId("agent");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void theStartFormIsDeployedWithTheProcessAndHasTheFieldsTheChannelReads() {
    // Given the deployed process
    String definition = hotlineIntake();

    // Then its start event names the form, which Tasklist finds in the same deployment
    StartFormData start = formService().getStartFormData(definition);
    assertThat(start.getCamundaFormRef().getKey()).isEqualTo("HotlineComplaintForm");
    assertThat(start.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    assertThat(FormFieldsOnly.fieldsOf(formService().getDeployedStartForm(definition)))
        .containsExactlyInAnyOrderElementsOf(HotlineForm.FIELDS);
    assertThat(repositoryService().getProcessDefinition(definition).isStartableInTasklist())
        .isTrue();
  }

  @Test
  void aCallIsTakenInOnceUnderTheAgentsLoginAndTheInstanceEndsWithItsCaseNumber() {
    // Given the channel opens a case for the call
    when(calls.take(any(), eq("agent"), anyString()))
        .thenReturn(new IntakeOutcome(CASE, IntakeOutcome.Kind.CREATED, false));
    Map<String, Object> submitted = u10003sFailedRedemption();
    // and the submission carries more than the form's fields, and a business key of its own
    submitted.put("agentId", "senior");
    submitted.put("initiator", "senior");
    submitted.put("priority", "HIGH");

    // When the agent submits the start form
    ProcessInstance pi = formService().submitStartForm(hotlineIntake(), "PD-2026-000001",
        submitted);

    // Then the complaint was taken in once, as the logged-in agent, from the form's fields alone
    ArgumentCaptor<HotlineForm> form = ArgumentCaptor.forClass(HotlineForm.class);
    verify(calls).take(form.capture(), eq("agent"), eq(pi.getId()));
    assertThat(form.getValue().values()).containsOnlyKeys(HotlineForm.FIELDS)
        .containsEntry("memberId", "U10003").containsEntry("orderId", "R-20261110-0003")
        .containsEntry("pointsClaimed", 3000).containsEntry("demandRestorePoints", true);
    // and the instance ended at once, under the case's number
    assertThat(pi).isEnded().hasPassed("Task_TakeInComplaint", "EndEvent_ComplaintTakenIn");
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).isEqualTo(CASE);
  }

  @Test
  void aRefusalFailsTheStartWithItsMessageAndLeavesNoInstance() {
    // Given the channel refuses the call's member
    when(calls.take(any(), any(), anyString()))
        .thenThrow(ApiException.notFound("memberId", "Unknown member U99999"));

    // When the agent submits the start form, then the start fails with a readable message
    Map<String, Object> submitted = u10003sFailedRedemption();
    submitted.put("memberId", "U99999");
    assertThatThrownBy(() -> formService().submitStartForm(hotlineIntake(), submitted))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Not taken in, nothing was stored")
        .hasMessageContaining("Unknown member U99999");

    // and no instance was left behind, not even in history
    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessIds.HOTLINE_INTAKE).count()).isZero();
  }

  private static String hotlineIntake() {
    return repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessIds.HOTLINE_INTAKE).singleResult().getId();
  }
}
