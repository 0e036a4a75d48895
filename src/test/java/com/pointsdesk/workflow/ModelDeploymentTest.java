package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ScenarioTest;
import java.net.URL;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.UrlResource;

/**
 * Models are deployed under stable names, together, and only when they changed: a restart, a
 * second node or a fat jar instead of target/classes creates no new versions.
 */
class ModelDeploymentTest extends ScenarioTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired ModelDeployment modelDeployment;

  @Test
  void theModelsAreOneDeploymentWithPathNamedResources() {
    Deployment deployment = repository.createDeploymentQuery().deploymentName("pointsdesk")
        .singleResult();

    assertThat(repository.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrder(
        "processes/ComplaintHandling.bpmn", "processes/RemedyPolicy.dmn",
        "processes/SlaPolicy.dmn", "processes/ExternalEscalation.bpmn",
        "processes/HotlineIntake.bpmn", "processes/CollectiveComplaint.bpmn", "processes/MemberOffer.bpmn",
        "forms/ReviewComplaintForm.form",
        "forms/ApproveRemedyForm.form", "forms/AnswerRegulatorForm.form",
        "forms/HotlineComplaintForm.form", "forms/CollectiveRemedyForm.form");
  }

  @Test
  void deployingUnchangedModelsAgainCreatesNoNewVersion() {
    long deployments = repository.createDeploymentQuery().count();

    modelDeployment.postProcessEngineBuild(engine); // what a restart or a second node does

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessIds.COMPLAINT_HANDLING).latestVersion().singleResult()
        .getVersion()).isEqualTo(1);
  }

  @Test
  void aResourceIsNamedByItsPathBelowTheModelFolderWhereverItLives() throws Exception {
    assertThat(ModelDeployment.resourceName(new UrlResource(new URL(
        "jar:file:/opt/pointsdesk.jar!/BOOT-INF/classes!/processes/ComplaintHandling.bpmn"))))
        .isEqualTo("processes/ComplaintHandling.bpmn");
    assertThat(ModelDeployment.resourceName(new UrlResource(new URL(
        "file:/home/dev/pointsdesk/target/classes/forms/ReviewComplaintForm.form"))))
        .isEqualTo("forms/ReviewComplaintForm.form");
  }
}
