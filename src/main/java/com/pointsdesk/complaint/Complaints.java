package com.pointsdesk.complaint;

import com.pointsdesk.sla.ServiceLevels.DueDates;
import com.pointsdesk.sla.ServiceTargets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Complaints {

  private static final String OPEN_STATUSES =
      "('RECEIVED', 'AWAITING_EVIDENCE', 'UNDER_REVIEW', 'AWAITING_APPROVAL')";

  private final JdbcClient jdbc;

  Complaints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Saves a new case, run by the process instance {@code processInstanceId}. */
  void insert(Complaint c, String processInstanceId) {
    jdbc.sql("""
            INSERT INTO pd_complaint (case_number, member_id, category, status, priority, summary,
              description, occurred_at, order_id, points_claimed, demands, public_post,
              external_escalation, external_ref, received_at, first_response_due_at,
              resolution_due_at, escalation_due_at, process_instance_id, responder_group,
              progress_update_days)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.caseNumber(), c.memberId(), c.category().name(), c.status().name(),
            c.priority().name(), c.summary(), c.description(), c.occurredAt(), c.orderId(),
            c.pointsClaimed(),
            c.demands().stream().map(Enum::name).collect(Collectors.joining(",")),
            c.publicPost(), c.externalEscalation(), c.externalRef(), c.receivedAt(),
            c.dueDates().firstResponseDueAt(), c.dueDates().resolutionDueAt(),
            c.dueDates().escalationDueAt(), processInstanceId, c.routing().responderGroup(),
            c.routing().progressUpdateWorkingDays())
        .update();
  }

  public Optional<Complaint> find(String caseNumber) {
    return jdbc.sql("SELECT * FROM pd_complaint WHERE case_number = ?").param(caseNumber)
        .query(Complaints::map).optional();
  }

  /** Locks the case row until the transaction ends (status changes, merges, evidence). */
  public Optional<Complaint> lock(String caseNumber) {
    return jdbc.sql("SELECT * FROM pd_complaint WHERE case_number = ? FOR UPDATE")
        .param(caseNumber).query(Complaints::map).optional();
  }

  /**
   * The open case a new complaint belongs to: same member, category and order; or, when the new
   * complaint names no order (a Weibo post rarely quotes one), the same member and category
   * received within the merge window, whatever order that case names.
   */
  Optional<Complaint> findOpenDuplicate(String memberId, Category category, String orderId,
      OffsetDateTime receivedAfter) {
    String sql = "SELECT * FROM pd_complaint WHERE member_id = ? AND category = ? AND status IN "
        + OPEN_STATUSES
        + (orderId != null ? " AND order_id = ?" : " AND received_at >= ?")
        + " ORDER BY received_at";
    return jdbc.sql(sql).params(memberId, category.name(), orderId != null ? orderId : receivedAfter)
        .query(Complaints::map).list().stream().findFirst();
  }

  public List<Complaint> ofMember(String memberId) {
    return jdbc.sql("SELECT * FROM pd_complaint WHERE member_id = ? ORDER BY received_at")
        .param(memberId).query(Complaints::map).list();
  }

  void markPublicPost(String caseNumber) {
    jdbc.sql("UPDATE pd_complaint SET public_post = TRUE, priority = 'HIGH' WHERE case_number = ?")
        .param(caseNumber).update();
  }

  /** Moves the case to {@code status}; false when it was there already (a retried step). */
  boolean updateStatus(String caseNumber, ComplaintStatus status) {
    return jdbc.sql("UPDATE pd_complaint SET status = ? WHERE case_number = ? AND status <> ?")
        .params(status.name(), caseNumber, status.name()).update() == 1;
  }

  /**
   * Closes the case with {@code status}, the first response counting as given then if it had not
   * been yet; false when it was closed so already.
   */
  boolean close(String caseNumber, ComplaintStatus status, OffsetDateTime at) {
    return jdbc.sql("""
            UPDATE pd_complaint SET status = ?, closed_at = ?,
              first_responded_at = COALESCE(first_responded_at, ?)
            WHERE case_number = ? AND status <> ?""")
        .params(status.name(), at, at, caseNumber, status.name()).update() == 1;
  }

  void pauseClock(String caseNumber, OffsetDateTime at) {
    jdbc.sql("""
            UPDATE pd_complaint SET clock_paused_at = ?
            WHERE case_number = ? AND clock_paused_at IS NULL""")
        .params(at, caseNumber).update();
  }

  void resumeClock(String caseNumber, DueDates moved) {
    jdbc.sql("""
            UPDATE pd_complaint SET clock_paused_at = NULL, first_response_due_at = ?,
              resolution_due_at = ?, escalation_due_at = ?
            WHERE case_number = ?""")
        .params(moved.firstResponseDueAt(), moved.resolutionDueAt(), moved.escalationDueAt(),
            caseNumber).update();
  }

  void updateServiceLevels(String caseNumber, DueDates due, ServiceTargets.Routing routing) {
    jdbc.sql("""
            UPDATE pd_complaint SET first_response_due_at = ?, resolution_due_at = ?,
              escalation_due_at = ?, responder_group = ?, progress_update_days = ?
            WHERE case_number = ?""")
        .params(due.firstResponseDueAt(), due.resolutionDueAt(), due.escalationDueAt(),
            routing.responderGroup(), routing.progressUpdateWorkingDays(), caseNumber).update();
  }

  /**
   * Makes the case an external escalation; true only for the call that did it, so that exactly
   * one external-escalation path starts however many triggers race (the row lock decides).
   */
  boolean escalateExternally(String caseNumber) {
    return jdbc.sql("""
            UPDATE pd_complaint SET external_escalation = TRUE, priority = 'HIGH'
            WHERE case_number = ? AND external_escalation = FALSE""")
        .param(caseNumber).update() == 1;
  }

  /** HIGH priority, answered by the senior agents from now on. */
  void routeToSeniors(String caseNumber) {
    jdbc.sql("""
            UPDATE pd_complaint SET priority = 'HIGH', responder_group = 'senior-agents',
              progress_update_days = COALESCE(progress_update_days, 2)
            WHERE case_number = ?""")
        .param(caseNumber).update();
  }

  /** A person or PointsDesk wrote to the member: an answer (the first one counts), an update. */
  void markContacted(String caseNumber, OffsetDateTime at) {
    jdbc.sql("""
            UPDATE pd_complaint SET last_contacted_at = ?,
              first_responded_at = COALESCE(first_responded_at, ?)
            WHERE case_number = ?""")
        .params(at, at, caseNumber).update();
  }

  /** Records the first response; later responses do not move it. */
  void markFirstResponse(String caseNumber, OffsetDateTime at) {
    jdbc.sql("""
            UPDATE pd_complaint SET first_responded_at = ?
            WHERE case_number = ? AND first_responded_at IS NULL""")
        .params(at, caseNumber).update();
  }

  private static Complaint map(ResultSet rs, int row) throws SQLException {
    String demands = rs.getString("demands");
    return new Complaint(rs.getString("case_number"), rs.getString("member_id"),
        Category.valueOf(rs.getString("category")),
        ComplaintStatus.valueOf(rs.getString("status")),
        Priority.valueOf(rs.getString("priority")), rs.getString("summary"),
        rs.getString("description"), rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getString("order_id"), (Integer) rs.getObject("points_claimed"),
        demands == null || demands.isBlank() ? List.of()
            : Arrays.stream(demands.split(",")).map(Demand::valueOf).toList(),
        rs.getBoolean("public_post"), rs.getBoolean("external_escalation"),
        rs.getString("external_ref"), rs.getObject("received_at", OffsetDateTime.class),
        new DueDates(rs.getObject("first_response_due_at", OffsetDateTime.class),
            rs.getObject("resolution_due_at", OffsetDateTime.class),
            rs.getObject("escalation_due_at", OffsetDateTime.class)),
        rs.getObject("first_responded_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class), rs.getString("process_instance_id"),
        rs.getObject("clock_paused_at", OffsetDateTime.class),
        rs.getObject("last_contacted_at", OffsetDateTime.class),
        rs.getString("responder_group") == null ? ServiceTargets.Routing.DEFAULT
            : new ServiceTargets.Routing(rs.getString("responder_group"),
                rs.getInt("progress_update_days")));
  }
}
