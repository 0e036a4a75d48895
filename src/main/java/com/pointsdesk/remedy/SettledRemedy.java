package com.pointsdesk.remedy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The remedy a case is to be paid, derived from the decisions on record, never from a process
 * variable: what the policy let through without a person, or what an agent proposed and either
 * needed no approval or was approved by a second person. Who decided and who approved go with it.
 */
public record SettledRemedy(RemedyProposal remedy, String decidedBy, OffsetDateTime decidedAt,
    String approvedBy) {

  static final String STRAIGHT_THROUGH = "STRAIGHT_THROUGH";
  static final String SUGGEST = "SUGGEST";
  static final String APPROVAL_REQUIRED = "REQUIRED";
  static final String NO_APPROVAL_REQUIRED = "NOT_REQUIRED";

  /** Replays the case's decisions in order; empty when nothing payable is settled (yet). */
  static Optional<SettledRemedy> from(List<RemedyDecisions.Decision> decisions) {
    RemedyDecisions.Decision proposal = null;
    SettledRemedy settled = null;
    for (RemedyDecisions.Decision d : decisions) {
      switch (d.step()) {
        case POLICY -> {
          proposal = null;
          settled = STRAIGHT_THROUGH.equals(d.decision())
              ? new SettledRemedy(d.remedy(), d.decidedBy(), d.at(), null) : null;
        }
        case REVIEW -> {
          settled = null;
          proposal = "REJECT".equals(d.decision()) ? null : d;
        }
        case APPROVAL -> {
          settled = switch (d.decision()) {
            case NO_APPROVAL_REQUIRED -> proposed(proposal, null);
            case "APPROVE" -> proposed(proposal, d.decidedBy());
            default -> null; // approval required and not given yet, or sent back
          };
          if ("SEND_BACK".equals(d.decision())) {
            proposal = null;
          }
        }
      }
    }
    return Optional.ofNullable(settled).filter(s -> !s.remedy().isEmpty());
  }

  private static SettledRemedy proposed(RemedyDecisions.Decision proposal, String approvedBy) {
    return proposal == null ? null
        : new SettledRemedy(proposal.remedy(), proposal.decidedBy(), proposal.at(), approvedBy);
  }

  /** For the timeline: "decided by agent, approved by senior". */
  String who() {
    return "decided by " + decidedBy + (approvedBy == null ? "" : ", approved by " + approvedBy);
  }
}
