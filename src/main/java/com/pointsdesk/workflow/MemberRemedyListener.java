package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.ALTERNATIVE_GIFT;
import static com.pointsdesk.workflow.ProcessVariables.MEMBER_CASE_OPEN;
import static com.pointsdesk.workflow.ProcessVariables.MEMBER_COMPENSATION;
import static com.pointsdesk.workflow.ProcessVariables.OFFER_ID;
import static com.pointsdesk.workflow.ProcessVariables.REFUND_POINTS;
import static com.pointsdesk.workflow.ProcessVariables.RESTORE_EXPIRED_POINTS;

import com.pointsdesk.collective.MemberRemedies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code Gateway_MemberPayOut}: loads what the member's offer records (their answer or
 * the default, the decision's compensation, whether their own case is open) into the variables
 * the gateways read, local to the member's instance and in the transaction that pays it.
 */
@Component
class MemberRemedyListener implements ExecutionListener {

  private final MemberRemedies remedies;

  MemberRemedyListener(MemberRemedies remedies) {
    this.remedies = remedies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MemberRemedies.Remedy remedy = remedies.remedyOf((String) execution.getVariable(OFFER_ID));
    execution.setVariableLocal(ALTERNATIVE_GIFT, remedy.alternativeGift());
    execution.setVariableLocal(REFUND_POINTS, remedy.refundPoints());
    execution.setVariableLocal(RESTORE_EXPIRED_POINTS, remedy.restorePoints());
    execution.setVariableLocal(MEMBER_COMPENSATION, remedy.compensationPoints());
    execution.setVariableLocal(MEMBER_CASE_OPEN, remedy.memberCaseOpen());
  }
}
