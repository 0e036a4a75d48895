package com.pointsdesk.workflow;

/** Ids of the models in {@code processes/} that Java refers to. Keep in step with the models. */
public final class ProcessIds {

  public static final String COMPLAINT_HANDLING = "ComplaintHandling";
  public static final String REMEDY_POLICY = "RemedyPolicy";
  public static final String REMEDY_APPROVAL = "RemedyApproval";
  public static final String SLA_POLICY = "SlaPolicy";
  public static final String EXTERNAL_ESCALATION = "ExternalEscalation";
  /** Started by agents in Tasklist: a complaint taken on the hotline (its start form). */
  public static final String HOTLINE_INTAKE = "HotlineIntake";

  /** One per collective case, business key = collective number (PC-…). */
  public static final String COLLECTIVE_COMPLAINT = "CollectiveComplaint";
  public static final String TASK_DECIDE_COLLECTIVE_REMEDY = "Task_DecideCollectiveRemedy";
  /** One per affected member of a collective case, business key = PC-…/member id. */
  public static final String MEMBER_OFFER = "MemberOffer";
  public static final String TASK_START_MEMBER_OFFERS = "Task_StartMemberOffers";
  public static final String TASK_AWAIT_ALL_REMEDIES = "Task_AwaitAllRemedies";
  public static final String TASK_AWAIT_CHOICE = "Task_AwaitChoice";
  public static final String BOUNDARY_ANSWER_DEADLINE_PASSED = "BoundaryEvent_AnswerDeadlinePassed";
  public static final String END_COLLECTIVE_CASE_CLOSED = "EndEvent_CollectiveCaseClosed";
  public static final String TASK_AWAIT_COLLECTIVE_REMEDY = "Task_AwaitCollectiveRemedy";
  public static final String END_RESOLVED_COLLECTIVELY = "EndEvent_ResolvedCollectively";
  public static final String BOUNDARY_JOINED_WHILE_UNDER_REVIEW =
      "BoundaryEvent_JoinedWhileUnderReview";

  public static final String SUBPROCESS_HANDLE_COMPLAINT = "SubProcess_HandleComplaint";
  public static final String BOUNDARY_FIRST_RESPONSE_OVERDUE = "BoundaryEvent_FirstResponseOverdue";
  public static final String BOUNDARY_RESOLUTION_OVERDUE = "BoundaryEvent_ResolutionOverdue";
  public static final String BOUNDARY_ESCALATION_THRESHOLD = "BoundaryEvent_EscalationThresholdReached";
  public static final String BOUNDARY_PROGRESS_UPDATE_DUE = "BoundaryEvent_ProgressUpdateDue";
  public static final String TASK_ANSWER_REGULATOR = "Task_AnswerRegulator";
  public static final String BOUNDARY_ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
  /** Incident type of a missed service level: Cockpit lists these per case. */
  public static final String INCIDENT_SLA_BREACH = "slaBreach";

  public static final String TASK_CHECK_EVIDENCE = "Task_CheckEvidence";
  public static final String TASK_REQUEST_EVIDENCE = "Task_RequestEvidence";
  public static final String TASK_AWAIT_EVIDENCE = "Task_AwaitEvidence";
  public static final String TASK_SEND_EVIDENCE_REMINDER = "Task_SendEvidenceReminder";
  public static final String TASK_CLOSE_WITHOUT_EVIDENCE = "Task_CloseWithoutEvidence";
  public static final String TASK_DETERMINE_REMEDY = "Task_DetermineRemedy";
  public static final String TASK_REVIEW_COMPLAINT = "Task_ReviewComplaint";
  public static final String TASK_CHECK_APPROVAL_REQUIRED = "Task_CheckApprovalRequired";
  public static final String TASK_APPROVE_REMEDY = "Task_ApproveRemedy";
  public static final String TASK_RESTORE_POINTS = "Task_RestorePoints";
  public static final String TASK_GRANT_COMPENSATION = "Task_GrantCompensation";
  public static final String TASK_REISSUE_GIFT = "Task_ReissueGift";
  public static final String TASK_OFFER_ALTERNATIVE_GIFT = "Task_OfferAlternativeGift";
  public static final String TASK_NOTIFY_RESOLUTION = "Task_NotifyResolution";
  public static final String TASK_NOTIFY_REJECTION = "Task_NotifyRejection";

  public static final String END_RESOLVED = "EndEvent_ComplaintResolved";
  public static final String END_REJECTED = "EndEvent_ComplaintRejected";
  public static final String END_CLOSED_NO_EVIDENCE = "EndEvent_ClosedNoEvidence";

  /** Message name of {@code Msg_EvidenceProvided}. */
  public static final String MSG_EVIDENCE_PROVIDED = "EvidenceProvided";
  /** Message name of {@code Msg_CaseEscalated}. */
  public static final String MSG_CASE_ESCALATED = "CaseEscalated";
  /** Message name of {@code Msg_OfferAnswered}: a member answered (by business key PC-…/member). */
  public static final String MSG_OFFER_ANSWERED = "OfferAnswered";
  /** Message name of {@code Msg_AllRemediesApplied}: the last member's remedy is applied. */
  public static final String MSG_ALL_REMEDIES_APPLIED = "AllRemediesApplied";
  /** Message name of {@code Msg_CaseJoinedCollective}: the case joined a collective case. */
  public static final String MSG_CASE_JOINED_COLLECTIVE = "CaseJoinedCollective";
  /** Message name of {@code Msg_CollectiveRemedyApplied}: the member's remedy was applied. */
  public static final String MSG_COLLECTIVE_REMEDY_APPLIED = "CollectiveRemedyApplied";
  /** Error code of {@code Error_GiftOutOfStock}. */
  public static final String ERROR_GIFT_OUT_OF_STOCK = "GIFT_OUT_OF_STOCK";

  private ProcessIds() {}
}
