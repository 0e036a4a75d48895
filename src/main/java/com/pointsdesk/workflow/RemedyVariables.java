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
    scope.setVariable(RESTORE_POINTS, remedy.restorePoints());
    scope.setVariable(COMPENSATION_POINTS, remedy.compensationPoints());
    scope.setVariable(REISSUE_GIFT, remedy.reissueGift());
    scope.setVariable(OFFER_ALTERNATIVE, remedy.offerAlternative());
  }
}
