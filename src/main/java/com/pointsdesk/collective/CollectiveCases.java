package com.pointsdesk.collective;

import com.pointsdesk.system.BusinessTime;
import com.pointsdesk.system.DatabaseProduct;
import com.pointsdesk.system.InsertOnce;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** Collective cases, the subjects of cases and the links between them (V15). */
@Repository
class CollectiveCases {

  private static final String SEQUENCE = "pd_collective_number_seq";

  private static final RowMapper<CollectiveCase> MAPPER = (rs, i) -> new CollectiveCase(
      rs.getLong("id"), rs.getString("collective_number"),
      new Subject(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_ref")),
      rs.getString("status"), rs.getObject("opened_at", OffsetDateTime.class),
      rs.getString("opened_by"), rs.getString("opened_by_user"));

  private final JdbcClient jdbc;
  private final InsertOnce insertOnce;
  private final DataFieldMaxValueIncrementer numbers;

  CollectiveCases(JdbcClient jdbc, InsertOnce insertOnce, DataSource dataSource) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
    this.numbers = switch (DatabaseProduct.of(dataSource)) {
      case DatabaseProduct.H2 -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
      case DatabaseProduct.POSTGRESQL ->
          new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
      default -> throw new IllegalStateException("No collective-number sequence");
    };
  }

  /**
   * Locks the subject's row until the transaction ends (creating it the first time): intakes
   * about one subject count its cases one after the other.
   */
  void lockSubject(Subject subject) {
    insertOnce.insert(onConflict -> jdbc.sql(
            "INSERT INTO pd_collective_subject (subject_kind, subject_ref) VALUES (?, ?)"
                + onConflict)
        .params(subject.kind().name(), subject.ref()).update());
    jdbc.sql("""
            SELECT subject_kind FROM pd_collective_subject
            WHERE subject_kind = ? AND subject_ref = ? FOR UPDATE""")
        .params(subject.kind().name(), subject.ref()).query(String.class).single();
  }

  void recordSubject(String caseNumber, Subject subject, OffsetDateTime receivedAt) {
    jdbc.sql("""
            INSERT INTO pd_case_subject (case_number, subject_kind, subject_ref, received_at)
            VALUES (?, ?, ?, ?)""")
        .params(caseNumber, subject.kind().name(), subject.ref(), receivedAt).update();
  }

  /** What the case is about, as detection recorded it when the case was opened. */
  Optional<Subject> subjectOf(String caseNumber) {
    return jdbc.sql("SELECT subject_kind, subject_ref FROM pd_case_subject WHERE case_number = ?")
        .param(caseNumber)
        .query((rs, i) -> new Subject(SubjectKind.valueOf(rs.getString("subject_kind")),
            rs.getString("subject_ref")))
        .optional();
  }

  /** Cases about the subject received since {@code since} and in no collective case yet. */
  List<CaseRow> unlinkedCasesAbout(Subject subject, OffsetDateTime since) {
    return jdbc.sql("""
            SELECT s.case_number, c.member_id, c.status FROM pd_case_subject s
            JOIN pd_complaint c ON c.case_number = s.case_number
            WHERE s.subject_kind = ? AND s.subject_ref = ? AND s.received_at >= ?
              AND NOT EXISTS (SELECT 1 FROM pd_collective_link l
                WHERE l.case_number = s.case_number)
            ORDER BY s.received_at, s.case_number""")
        .params(subject.kind().name(), subject.ref(), since)
        .query((rs, i) -> new CaseRow(rs.getString("case_number"), rs.getString("member_id"),
            rs.getString("status")))
        .list();
  }

  Optional<CollectiveCase> openAbout(Subject subject) {
    return jdbc.sql("SELECT * FROM pd_collective_case WHERE open_subject = ?")
        .param(subject.key()).query(MAPPER).optional();
  }

  Optional<CollectiveCase> find(String collectiveNumber) {
    return jdbc.sql("SELECT * FROM pd_collective_case WHERE collective_number = ?")
        .param(collectiveNumber).query(MAPPER).optional();
  }

  /** The collective case, locked until the transaction ends (links are added one at a time). */
  Optional<CollectiveCase> lockCollective(String collectiveNumber) {
    return jdbc.sql("SELECT * FROM pd_collective_case WHERE collective_number = ? FOR UPDATE")
        .param(collectiveNumber).query(MAPPER).optional();
  }

  CollectiveCase open(Subject subject, OpenedBy openedBy, String userId, OffsetDateTime now) {
    // one sequence for all years (unlike case numbers): few collective cases, no yearly reset
    String number = "PC-%d-%06d".formatted(now.atZoneSameInstant(BusinessTime.ZONE).getYear(),
        numbers.nextLongValue());
    jdbc.sql("""
            INSERT INTO pd_collective_case (collective_number, subject_kind, subject_ref, status,
              opened_at, opened_by, opened_by_user, open_subject)
            VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
        .params(number, subject.kind().name(), subject.ref(), now, openedBy.name(), userId,
            subject.key())
        .update();
    return find(number).orElseThrow();
  }

  /** Links the case unless it is linked already (to any collective case); true when linked. */
  boolean link(long collectiveId, String caseNumber, LinkedBy linkedBy, String userId,
      OffsetDateTime now) {
    return insertOnce.insert(onConflict -> jdbc.sql("""
            INSERT INTO pd_collective_link (case_number, collective_id, linked_at, linked_by,
              linked_by_user)
            VALUES (?, ?, ?, ?, ?)""" + onConflict)
        .params(caseNumber, collectiveId, now, linkedBy.name(), userId).update());
  }

  Optional<String> collectiveOf(String caseNumber) {
    return jdbc.sql("""
            SELECT cc.collective_number FROM pd_collective_link l
            JOIN pd_collective_case cc ON cc.id = l.collective_id WHERE l.case_number = ?""")
        .param(caseNumber).query(String.class).optional();
  }

  List<LinkedCase> linkedTo(long collectiveId) {
    return jdbc.sql("""
            SELECT l.case_number, c.member_id, c.status, l.linked_at, l.linked_by
            FROM pd_collective_link l JOIN pd_complaint c ON c.case_number = l.case_number
            WHERE l.collective_id = ? ORDER BY l.linked_at, l.case_number""")
        .param(collectiveId)
        .query((rs, i) -> new LinkedCase(rs.getString("case_number"), rs.getString("member_id"),
            rs.getString("status"), rs.getObject("linked_at", OffsetDateTime.class),
            rs.getString("linked_by")))
        .list();
  }

  /** The case's status, empty for an unknown case. */
  Optional<String> statusOf(String caseNumber) {
    return jdbc.sql("SELECT status FROM pd_complaint WHERE case_number = ?").param(caseNumber)
        .query(String.class).optional();
  }

  /** Locks the case's row: linking it and its process asking "collective?" take turns. */
  Optional<String> lockCase(String caseNumber) {
    return jdbc.sql("SELECT status FROM pd_complaint WHERE case_number = ? FOR UPDATE")
        .param(caseNumber).query(String.class).optional();
  }

  String memberOf(String caseNumber) {
    return jdbc.sql("SELECT member_id FROM pd_complaint WHERE case_number = ?").param(caseNumber)
        .query(String.class).single();
  }

  void recordCorrectiveAction(long collectiveId, String action) {
    jdbc.sql("UPDATE pd_collective_case SET corrective_action = ? WHERE id = ?")
        .params(action, collectiveId).update();
  }

  Optional<String> correctiveActionOf(long collectiveId) {
    return jdbc.sql("SELECT corrective_action FROM pd_collective_case WHERE id = ?")
        .param(collectiveId).query(String.class).optional();
  }

  /** Closes the collective case: its subject may be grouped again by later complaints. */
  void close(long collectiveId, OffsetDateTime now) {
    jdbc.sql("""
            UPDATE pd_collective_case SET status = 'CLOSED', closed_at = ?, open_subject = NULL
            WHERE id = ? AND status = 'OPEN'""")
        .params(now, collectiveId).update();
  }

  enum OpenedBy { THRESHOLD, SUPERVISOR }

  enum LinkedBy { THRESHOLD, ARRIVAL, SUPERVISOR }

  record CollectiveCase(long id, String number, Subject subject, String status,
      OffsetDateTime openedAt, String openedBy, String openedByUser) {

    boolean isOpen() {
      return "OPEN".equals(status);
    }
  }

  record CaseRow(String caseNumber, String memberId, String status) {}

  record LinkedCase(String caseNumber, String memberId, String status, OffsetDateTime linkedAt,
      String linkedBy) {}
}
