package com.pointsdesk.remedy;

import com.pointsdesk.complaint.CaseProgress;
import com.pointsdesk.complaint.Complaint;
import com.pointsdesk.evidence.CaseFindings;
import com.pointsdesk.evidence.Findings;
import com.pointsdesk.ledger.LedgerEntry;
import com.pointsdesk.ledger.Members;
import com.pointsdesk.ledger.PointsLedger;
import com.pointsdesk.system.BusinessTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the review and approval forms show, as short Markdown texts: the member's claim, the
 * findings, the ledger entries involved and the policy's suggestion; and the ids Tasklist shows
 * on the task card. All text is already cleaned of secrets and phone numbers; these are display
 * values, never decision inputs.
 */
@Service
public class ReviewBriefing {

  public static final String CLAIM = "briefingClaim";
  public static final String FINDINGS = "briefingFindings";
  public static final String LEDGER = "briefingLedger";
  public static final String SUGGESTION = "briefingSuggestion";
  public static final String PROPOSAL = "briefingProposal";

  /** The task card: the columns of the Tasklist filters. */
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CATEGORY = "category";
  public static final String PRIORITY = "priority";
  public static final String MEMBER_ID = "memberId";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseProgress progress;
  private final CaseFindings findings;
  private final PointsLedger ledger;
  private final Members members;
  private final RemedyDecisions decisions;

  ReviewBriefing(CaseProgress progress, CaseFindings findings, PointsLedger ledger,
      Members members, RemedyDecisions decisions) {
    this.progress = progress;
    this.findings = findings;
    this.ledger = ledger;
    this.members = members;
    this.decisions = decisions;
  }

  public Map<String, Object> forReview(String caseNumber) {
    Map<String, Object> texts = new LinkedHashMap<>();
    Complaint c = progress.complaint(caseNumber);
    texts.put(CASE_NUMBER, c.caseNumber());
    texts.put(CATEGORY, c.category().name());
    texts.put(PRIORITY, c.priority().name());
    texts.put(MEMBER_ID, c.memberId());
    texts.put(CLAIM, claim(c));
    Findings f = findings.of(caseNumber).orElse(null);
    texts.put(FINDINGS, findings(f));
    texts.put(LEDGER, ledger(f));
    texts.put(SUGGESTION, decisions.latest(caseNumber, RemedyDecisions.Step.POLICY)
        .map(d -> "**" + remedyLine(d.remedy()) + "**"
            + (d.reason() == null || d.reason().isBlank() ? "" : "\n\n" + d.reason()))
        .orElse("_政策未给出建议 No policy suggestion_"));
    return texts;
  }

  public Map<String, Object> forApproval(String caseNumber, String approvalReason) {
    Map<String, Object> texts = forReview(caseNumber);
    String proposal = decisions.latest(caseNumber, RemedyDecisions.Step.REVIEW)
        .map(d -> "**" + d.decidedBy() + "** " + d.decision().toLowerCase() + " · **"
            + remedyLine(d.remedy()) + "**" + (d.reason() == null ? "" : "\n\n> " + d.reason()))
        .orElse("_—_");
    texts.put(PROPOSAL, proposal + (approvalReason == null ? ""
        : "\n\n审批原因 Why approval is needed: " + approvalReason));
    return texts;
  }

  private String claim(Complaint c) {
    String name = members.find(c.memberId()).map(m -> m.displayName()).orElse("?");
    StringBuilder s = new StringBuilder()
        .append("**").append(c.caseNumber()).append("** · 会员 Member **").append(c.memberId())
        .append("** ").append(name).append(" · 收到 Received ").append(at(c.receivedAt()))
        .append(c.publicPost() ? " · 公开投诉 public post" : "")
        .append(c.externalEscalation() ? " · 外部升级 external" : "")
        .append("\n\n> ").append(c.summary());
    if (c.description() != null) {
      String d = c.description().length() > 800 ? c.description().substring(0, 800) + "…"
          : c.description();
      s.append("\n>\n> ").append(d.replace("\n", "\n> "));
    }
    s.append("\n\n");
    if (c.orderId() != null) {
      s.append("订单 Order ").append(c.orderId()).append(" · ");
    }
    if (c.pointsClaimed() != null) {
      s.append("声称损失 Claimed ").append(c.pointsClaimed()).append(" · ");
    }
    s.append("诉求 Demands ").append(c.demands().isEmpty() ? "—"
        : c.demands().stream().map(Enum::name).collect(Collectors.joining(", ")));
    return s.toString();
  }

  private static String findings(Findings f) {
    if (f == null) {
      return "_尚未核查 Not checked yet_";
    }
    String verdict = switch (f.verdict()) {
      case VERIFIED -> "已核实 VERIFIED";
      case NOT_VERIFIED -> "未核实 NOT VERIFIED";
      case INCONCLUSIVE -> "无法判断 INCONCLUSIVE";
    };
    return "**" + verdict + "** · 涉及积分 Points at stake **" + f.pointsAtStake()
        + "** · 延误 Delay **" + f.delayDays() + "** 天 days\n\n" + f.summary();
  }

  private String ledger(Findings f) {
    List<LedgerEntry> entries = f == null ? List.of() : ledger.entriesByIds(f.entryIds());
    if (entries.isEmpty()) {
      return "_没有涉及的积分记录 No ledger entries involved_";
    }
    StringBuilder table = new StringBuilder(
        "| # | 时间 Time | 积分 Points | 类型 Kind | 关联 Reference | 说明 Description |\n"
            + "|---|---|---:|---|---|---|\n");
    for (LedgerEntry e : entries) {
      table.append("| ").append(e.id()).append(" | ").append(at(e.at())).append(" | ")
          .append(e.amount()).append(" | ").append(e.kind()).append(" | ")
          .append(e.reference() == null ? "—" : e.reference()).append(" | ")
          .append(e.description() == null ? "" : e.description().replace("|", "/"))
          .append(" |\n");
    }
    return table.toString();
  }

  static String remedyLine(RemedyProposal r) {
    if (r.isEmpty()) {
      return "无补救 No remedy";
    }
    StringBuilder s = new StringBuilder();
    s.append("恢复 Restore ").append(r.restorePoints()).append(" · 补偿 Compensation ")
        .append(r.compensationPoints());
    if (r.reissueGift()) {
      s.append(" · 补发礼品 Reissue gift");
    }
    if (r.offerAlternative()) {
      s.append(" · 替代礼品 Alternative gift");
    }
    return s.toString();
  }

  private static String at(OffsetDateTime t) {
    return t.atZoneSameInstant(BusinessTime.ZONE).format(WHEN);
  }
}
