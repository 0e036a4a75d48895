package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.ALTERNATIVE_GIFT_IDS;
import static com.pointsdesk.workflow.ProcessVariables.ANSWER_WITHIN_WORKING_DAYS;
import static com.pointsdesk.workflow.ProcessVariables.COLLECTIVE_REMEDY;
import static com.pointsdesk.workflow.ProcessVariables.COMPENSATION_POINTS;
import static com.pointsdesk.workflow.ProcessVariables.CORRECTIVE_ACTION;

import com.pointsdesk.collective.CollectiveRemedies;
import com.pointsdesk.collective.CollectiveRemedies.DecisionInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideCollectiveRemedy}. On create the form is briefed (linked cases, affected
 * members, gifts in stock); on complete the supervisor's fields are validated and recorded as
 * the collective case's decision, and removed from the process: what follows reads the record.
 */
@Component
class DecideCollectiveRemedyListener implements TaskListener {

  private static final List<String> FIELDS = List.of(COLLECTIVE_REMEDY, ALTERNATIVE_GIFT_IDS,
      COMPENSATION_POINTS, ANSWER_WITHIN_WORKING_DAYS, CORRECTIVE_ACTION);

  private final CollectiveRemedies remedies;
  private final CurrentUser currentUser;

  DecideCollectiveRemedyListener(CollectiveRemedies remedies, CurrentUser currentUser) {
    this.remedies = remedies;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String collectiveNumber = ProcessVariables.caseNumber(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(remedies.briefing(collectiveNumber));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      remedies.decide(collectiveNumber, currentUser.of(task), new DecisionInput(
          (String) task.getVariable(COLLECTIVE_REMEDY),
          (String) task.getVariable(ALTERNATIVE_GIFT_IDS),
          number(task, COMPENSATION_POINTS), number(task, ANSWER_WITHIN_WORKING_DAYS),
          (String) task.getVariable(CORRECTIVE_ACTION)));
      FIELDS.forEach(task.getExecution()::removeVariable);
    }
  }

  private static Long number(DelegateTask task, String name) {
    return task.getVariable(name) instanceof Number n ? Math.round(n.doubleValue()) : null;
  }
}
