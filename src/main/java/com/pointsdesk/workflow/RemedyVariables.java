package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.COMPENSATION_POINTS;
import static com.pointsdesk.workflow.ProcessVariables.OFFER_ALTERNATIVE;
import static com.pointsdesk.workflow.ProcessVariables.REISSUE_GIFT;
import static com.pointsdesk.workflow.ProcessVariables.RESTORE_POINTS;

import com.pointsdesk.remedy.RemedyProposal;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The remedy as the four process variables the DMN decisions and the forms share. */
final class RemedyVariables {

  private RemedyVariables() {}

  static RemedyProposal read(VariableScope scope) {
    return new RemedyProposal(ProcessVariables.intValue(scope, RESTORE_POINTS),
        ProcessVariables.intValue(scope, COMPENSATION_POINTS),
        ProcessVariables.isTrue(scope, REISSUE_GIFT),
        ProcessVariables.isTrue(scope, OFFER_ALTERNATIVE));
  }

  static void write(VariableScope scope, RemedyProposal remedy) {
    set(scope, RESTORE_POINTS, remedy.restorePoints());
    set(scope, COMPENSATION_POINTS, remedy.compensationPoints());
    set(scope, REISSUE_GIFT, remedy.reissueGift());
    set(scope, OFFER_ALTERNATIVE, remedy.offerAlternative());
  }

  /** An unchanged value is not written again: each write costs an update and a history row. */
  private static void set(VariableScope scope, String name, Object value) {
    if (!value.equals(scope.getVariable(name))) {
      scope.setVariable(name, value);
    }
  }
}
