package com.pointsdesk.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /bench/**}: what the driver reads and does inside the app. Localhost only. */
@RestController
@RequestMapping("/bench")
class BenchController {

  private static final List<String> CONFIG_PREFIXES = List.of("camunda.bpm.", "spring.datasource.",
      "spring.task.", "server.", "spring.mail.", "pointsdesk.", "spring.profiles.",
      "spring.threads.", "logging.level.");

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final ConfigurableEnvironment environment;
  private final Fixtures fixtures;
  private final Ceiling ceiling;
  private final TransactionTemplate transactions;

  BenchController(JdbcTemplate jdbc, ProcessEngine engine, DataSource dataSource,
      ConfigurableEnvironment environment, Fixtures fixtures, Ceiling ceiling,
      PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
    this.engine = engine;
    this.dataSource = dataSource;
    this.environment = environment;
    this.fixtures = fixtures;
    this.ceiling = ceiling;
  }

  @GetMapping("/stats")
  Map<String, Object> stats() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("epochMillis", System.currentTimeMillis());
    out.put("nanoTime", System.nanoTime());
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.put("processCpuNanos", os.getProcessCpuTime());
    long gcMillis = 0;
    long gcCount = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
      gcCount += Math.max(0, gc.getCollectionCount());
    }
    out.put("gcMillis", gcMillis);
    out.put("gcCount", gcCount);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    out.put("heapUsedBytes", memory.getHeapMemoryUsage().getUsed());
    out.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
    out.put("threadCpuNanos", threadCpu());
    out.putAll(StatementCounter.snapshot());
    out.put("complaints", count("SELECT COUNT(*) FROM pd_complaint"));
    out.put("resolvedCases", count("SELECT COUNT(*) FROM pd_complaint WHERE status = 'RESOLVED'"));
    out.put("resolvedWithRestore", count("""
        SELECT COUNT(*) FROM pd_complaint c WHERE c.status = 'RESOLVED' AND EXISTS (
          SELECT 1 FROM pd_points_entry e WHERE e.idempotency_key = c.case_number || ':RESTORE')"""));
    out.put("restoreEntries", count("SELECT COUNT(*) FROM pd_points_entry WHERE kind = 'RESTORE'"));
    out.put("awaitingEvidence", count("SELECT COUNT(*) FROM pd_complaint WHERE status = 'AWAITING_EVIDENCE'"));
    out.put("jobs", count("SELECT COUNT(*) FROM ACT_RU_JOB"));
    out.put("failedJobs", count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0"));
    out.put("incidents", count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"));
    out.put("jobRetriesUsed", count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ < 3"));
    out.put("engineCompleted", count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_ACT_ID_ IN (?, ?)",
        CeilingPath.SOURCE_PROCESS_KEY, CeilingPath.APP_COMPLETED_END_EVENT, CeilingPath.COMPLETED_END_EVENT_BEFORE_3_0));
    out.put("ceilingCompleted", count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_ACT_ID_ IN (?, ?)",
        CeilingPath.ceilingKey(), CeilingPath.COMPLETED_END_EVENT, CeilingPath.COMPLETED_END_EVENT_BEFORE_3_0));
    out.put("ceilingStarted", count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?",
        CeilingPath.ceilingKey()));
    // the engine's own metrics: counted at every history level (the job log is FULL only)
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.isMetricsEnabled() && configuration.getDbMetricsReporter() != null) {
      configuration.getDbMetricsReporter().reportNow();
    }
    ManagementService management = engine.getManagementService();
    out.put("jobsSucceeded", management.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum());
    out.put("jobsFailedAttempts", management.createMetricsQuery().name(Metrics.JOB_FAILED).sum());
    out.put("outboxPending", count("SELECT COUNT(*) FROM pd_outbox_message WHERE sent_at IS NULL"));
    out.put("outboxSent", count("SELECT COUNT(*) FROM pd_outbox_message WHERE sent_at IS NOT NULL"));
    out.put("outboxFailing", count("SELECT COUNT(*) FROM pd_outbox_message WHERE sent_at IS NULL AND last_error IS NOT NULL"));
    return out;
  }

  /** The few counts the driver polls often (the in-flight cap of the closed loop). */
  @GetMapping("/progress")
  Map<String, Object> progress() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resolvedCases", count("SELECT COUNT(*) FROM pd_complaint WHERE status = 'RESOLVED'"));
    out.put("ceilingCompleted", count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_ACT_ID_ IN (?, ?)",
        CeilingPath.ceilingKey(), CeilingPath.COMPLETED_END_EVENT, CeilingPath.COMPLETED_END_EVENT_BEFORE_3_0));
    return out;
  }

  @GetMapping("/config")
  Map<String, Object> config() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> properties = new TreeMap<>();
    for (var source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> e) {
        for (String name : e.getPropertyNames()) {
          if (CONFIG_PREFIXES.stream().anyMatch(name::startsWith) && !properties.containsKey(name)
              && !name.contains("password")) {
            properties.put(name, environment.getProperty(name));
          }
        }
      }
    }
    out.put("properties", properties);
    ProcessEngineConfigurationImpl cfg =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("historyLevel", cfg.getHistoryLevel().getName());
    e.put("jdbcBatchProcessing", cfg.isJdbcBatchProcessing());
    e.put("databaseType", cfg.getDatabaseType());
    e.put("idGenerator", cfg.getIdGenerator().getClass().getName());
    e.put("authorizationEnabled", cfg.isAuthorizationEnabled());
    e.put("defaultNumberOfRetries", cfg.getDefaultNumberOfRetries());
    e.put("jobExecutorActivate", cfg.isJobExecutorActivate());
    e.put("jobExecutorAcquireByPriority", cfg.isJobExecutorAcquireByPriority());
    e.put("jobExecutorAcquireByDueDate", cfg.isJobExecutorPreferTimerJobs());
    e.put("jobExecutorDeploymentAware", cfg.isJobExecutorDeploymentAware());
    e.put("passwordHash", cfg.getPasswordEncryptor() == null ? null : cfg.getPasswordEncryptor().hashAlgorithmName());
    JobExecutor je = cfg.getJobExecutor();
    if (je != null) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("class", je.getClass().getName());
      j.put("maxJobsPerAcquisition", je.getMaxJobsPerAcquisition());
      j.put("waitTimeInMillis", je.getWaitTimeInMillis());
      j.put("maxWait", je.getMaxWait());
      j.put("lockTimeInMillis", je.getLockTimeInMillis());
      j.put("backoffTimeInMillis", je.getBackoffTimeInMillis());
      j.put("maxBackoff", je.getMaxBackoff());
      try {
        var method = je.getClass().getMethod("getTaskExecutor");
        Object executor = method.invoke(je);
        j.put("taskExecutor", describe(executor));
      } catch (NoSuchMethodException ignored) {
        // not a SpringJobExecutor
      }
      e.put("jobExecutor", j);
    }
    out.put("engine", e);
    Map<String, Object> pool = new LinkedHashMap<>();
    try {
      Class<?> hikari = Class.forName("com.zaxxer.hikari.HikariDataSource");
      Object h = dataSource.unwrap(hikari);
      for (String m : List.of("getMaximumPoolSize", "getMinimumIdle", "getConnectionTimeout",
          "getIdleTimeout", "getMaxLifetime", "isAutoCommit", "getTransactionIsolation")) {
        pool.put(m.replaceFirst("^(get|is)", ""), hikari.getMethod(m).invoke(h));
      }
    } catch (Exception ex) {
      pool.put("error", ex.toString());
    }
    out.put("connectionPool", pool);
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      out.put("database", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion());
      out.put("jdbcDriver", md.getDriverName() + " " + md.getDriverVersion());
      out.put("jdbcUrl", md.getURL());
    }
    Map<String, Object> jvm = new LinkedHashMap<>();
    jvm.put("version", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    jvm.put("inputArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
    jvm.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    jvm.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    jvm.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
    out.put("jvm", jvm);
    return out;
  }

  private static Object describe(Object executor) {
    if (executor == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("class", executor.getClass().getName());
    for (String m : List.of("getCorePoolSize", "getMaxPoolSize", "getQueueCapacity", "getKeepAliveSeconds",
        "getThreadNamePrefix")) {
      try {
        out.put(m.substring(3), executor.getClass().getMethod(m).invoke(executor));
      } catch (Exception ignored) {
        // not there in this version
      }
    }
    return out;
  }

  @PostMapping("/fixtures")
  Map<String, Object> fixtures(@RequestBody Fixtures.Request request) {
    return fixtures.load(request);
  }

  @PostMapping("/ceiling/deploy")
  Map<String, Object> deployCeiling() {
    return ceiling.deploy();
  }

  @PostMapping("/ceiling/start")
  Map<String, Object> startCeiling() {
    return Map.of("processInstanceId", ceiling.start());
  }

  /**
   * Bench-only manipulation: makes the timers of {@code activityId} (the SLA first-response timer
   * {@code BoundaryEvent_FirstResponseOverdue}, 24 h out, or the evidence reminder
   * {@code BoundaryEvent_EvidenceReminderDue}, days out) due now, in one UPDATE. With {@code phase},
   * the jobs and their cases are noted first in bench_timer_due under that phase (see
   * {@link #timersSpread}), so the phase's figures can be told from another's.
   */
  @PostMapping("/timers/due")
  Map<String, Object> timersDue(@RequestParam String activityId,
      @RequestParam(required = false) String phase) {
    if (phase != null) {
      notePhase(activityId, phase);
    }
    Timestamp now = new Timestamp(System.currentTimeMillis());
    int updated = jdbc.update("""
        UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND JOB_DEF_ID_ IN (
          SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)""", now, activityId);
    if (phase != null) {
      jdbc.update("UPDATE bench_timer_due SET due_millis = ? WHERE phase = ?", now.getTime(), phase);
    }
    return Map.of("updated", updated, "dueAtEpochMillis", now.getTime());
  }

  /**
   * Bench-only manipulation: spreads the due dates of the waiting timers of {@code activityId}
   * evenly over {@code seconds}: ordered by job id, the i-th of n is due at
   * start + i × seconds / n, start = now + {@code leadMillis} (after the UPDATE has committed).
   * One transaction of batched {@code UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?} (the same
   * SQL on H2 and PostgreSQL); each job's case and due date are noted in bench_timer_due under
   * {@code phase} first, for the lag of each fired timer against its own due date.
   */
  @PostMapping("/timers/spread")
  Map<String, Object> timersSpread(@RequestParam String activityId, @RequestParam String phase,
      @RequestParam double seconds, @RequestParam(defaultValue = "3000") long leadMillis) {
    long t0 = System.currentTimeMillis();
    notePhase(activityId, phase);
    List<String> jobs = jdbc.queryForList(
        "SELECT job_id FROM bench_timer_due WHERE phase = ? ORDER BY job_id", String.class, phase);
    long start = System.currentTimeMillis() + leadMillis;
    int n = jobs.size();
    List<Object[]> dues = new ArrayList<>(n);
    List<Object[]> notes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long due = start + Math.round(i * seconds * 1000 / n);
      dues.add(new Object[] {new Timestamp(due), jobs.get(i)});
      notes.add(new Object[] {due, jobs.get(i)});
    }
    int[] updated = new int[1];
    transactions.executeWithoutResult(tx -> {
      jdbc.batchUpdate("UPDATE bench_timer_due SET due_millis = ? WHERE job_id = ?", notes);
      for (int[] batch : jdbc.batchUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?", dues, 1000,
          (ps, row) -> {
            ps.setTimestamp(1, (Timestamp) row[0]);
            ps.setString(2, (String) row[1]);
          })) {
        for (int u : batch) {
          updated[0] += u == java.sql.Statement.SUCCESS_NO_INFO ? 1 : u;
        }
      }
    });
    long committed = System.currentTimeMillis();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("updated", updated[0]);
    out.put("firstDueEpochMillis", start);
    out.put("lastDueEpochMillis", n == 0 ? start : start + Math.round((n - 1) * seconds * 1000 / n));
    out.put("committedEpochMillis", committed);
    out.put("updateMillis", committed - t0);
    out.put("committedBeforeFirstDue", committed <= start);
    return out;
  }

  /** Notes the waiting timer jobs of {@code activityId} and their cases under {@code phase}. */
  private void notePhase(String activityId, String phase) {
    jdbc.execute("""
        CREATE TABLE IF NOT EXISTS bench_timer_due (job_id VARCHAR(64) PRIMARY KEY,
          case_number VARCHAR(64) NOT NULL, phase VARCHAR(16) NOT NULL, due_millis BIGINT)""");
    jdbc.execute("CREATE INDEX IF NOT EXISTS ix_bench_timer_due_case ON bench_timer_due (case_number)");
    jdbc.update("""
        INSERT INTO bench_timer_due (job_id, case_number, phase)
        SELECT j.ID_, e.BUSINESS_KEY_, ? FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_
        WHERE j.TYPE_ = 'timer' AND j.JOB_DEF_ID_ IN (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)
          AND NOT EXISTS (SELECT 1 FROM bench_timer_due b WHERE b.job_id = j.ID_)""", phase, activityId);
  }

  @GetMapping("/timers/status")
  Map<String, Object> timersStatus(@RequestParam String activityId,
      @RequestParam(defaultValue = "EVIDENCE_REMINDER_SENT") String event,
      @RequestParam(defaultValue = "0") long dueAt, @RequestParam(defaultValue = "false") boolean lags) {
    ManagementService management = engine.getManagementService();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("waitingTimers", management.createJobQuery().activityId(activityId).timers().count());
    out.put("dueTimers", management.createJobQuery().activityId(activityId).timers()
        .duedateLowerThen(new Date(System.currentTimeMillis() + 1000)).count());
    // a fired reminder timer writes its timeline event in the timer's own job: the domain's
    // record, whatever the engine's history level
    long fired = count("SELECT COUNT(*) FROM pd_complaint_event WHERE event = ?", event);
    out.put("fired", fired);
    out.put("events", fired);
    if (lags) {
      List<Timestamp> events = jdbc.queryForList(
          "SELECT occurred_at FROM pd_complaint_event WHERE event = ?", Timestamp.class, event);
      long[] eventLag = new long[events.size()];
      long lastEvent = 0;
      for (int i = 0; i < eventLag.length; i++) {
        eventLag[i] = events.get(i).getTime() - dueAt;
        lastEvent = Math.max(lastEvent, events.get(i).getTime());
      }
      out.put("firedLagMillis", percentiles(eventLag));
      out.put("lastFiredEpochMillis", lastEvent);
      out.put("eventLagMillis", percentiles(eventLag));
      out.put("lastEventEpochMillis", lastEvent);
    }
    return out;
  }

  /**
   * The SLA first-response timers of the timer workload: how many wait, how many fired (a fired
   * one records its pd_sla_breach row in the timer's own job, with the time it detected the
   * breach), the due→fired lag from those rows, and whether every fired timer left exactly one
   * breach row, one slaBreach incident, one SLA_BREACHED timeline event and one supervisors' mail.
   * With {@code phase}: only the cases noted under it (bench_timer_due), each fired timer's lag
   * against its own due date.
   */
  @GetMapping("/timers/sla-status")
  Map<String, Object> slaTimersStatus(@RequestParam String activityId,
      @RequestParam(defaultValue = "FIRST_RESPONSE") String breach,
      @RequestParam(defaultValue = "0") long dueAt, @RequestParam(defaultValue = "false") boolean check,
      @RequestParam(required = false) String phase) {
    ManagementService management = engine.getManagementService();
    // the phase's cases (all cases without one): a condition on a case_number column and its argument
    String cases = phase == null ? "" : " AND case_number IN (SELECT case_number FROM bench_timer_due WHERE phase = ?)";
    Object[] p = phase == null ? new Object[0] : new Object[] {phase};
    Map<String, Object> out = new LinkedHashMap<>();
    if (phase == null) {
      out.put("waitingTimers", management.createJobQuery().activityId(activityId).timers().count());
      out.put("dueTimers", management.createJobQuery().activityId(activityId).timers()
          .duedateLowerThen(new Date(System.currentTimeMillis() + 1000)).count());
    } else {
      out.put("waitingTimers", count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN ("
          + "SELECT job_id FROM bench_timer_due WHERE phase = ?)", phase));
      out.put("dueTimers", count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ < ? AND ID_ IN ("
          + "SELECT job_id FROM bench_timer_due WHERE phase = ?)",
          new Timestamp(System.currentTimeMillis() + 1000), phase));
    }
    out.put("fired", count("SELECT COUNT(*) FROM pd_sla_breach WHERE kind = ?" + cases, args(breach, p)));
    out.put("casesInReview", count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_ReviewComplaint'"));
    if (!check) {
      return out;
    }
    long[] lag;
    long last = 0;
    if (phase == null) {
      List<Timestamp> detected = jdbc.queryForList(
          "SELECT detected_at FROM pd_sla_breach WHERE kind = ?", Timestamp.class, breach);
      lag = new long[detected.size()];
      for (int i = 0; i < lag.length; i++) {
        lag[i] = detected.get(i).getTime() - dueAt;
        last = Math.max(last, detected.get(i).getTime());
      }
    } else {
      List<long[]> rows = jdbc.query("""
          SELECT s.detected_at, b.due_millis FROM pd_sla_breach s
          JOIN bench_timer_due b ON b.case_number = s.case_number
          WHERE s.kind = ? AND b.phase = ?""",
          (rs, i) -> new long[] {rs.getTimestamp(1).getTime(), rs.getLong(2)}, breach, phase);
      lag = new long[rows.size()];
      for (int i = 0; i < lag.length; i++) {
        lag[i] = rows.get(i)[0] - rows.get(i)[1];
        last = Math.max(last, rows.get(i)[0]);
      }
    }
    out.put("firedLagMillis", percentiles(lag));
    out.put("lastFiredEpochMillis", last);
    // exactly once: per case one breach row (its primary key), one incident, one event, one mail
    String suffix = ":" + breach;
    String config = phase == null ? ""
        : " AND CONFIGURATION_ IN (SELECT case_number || '" + suffix + "' FROM bench_timer_due WHERE phase = ?)";
    out.put("breachRows", count("SELECT COUNT(*) FROM pd_sla_breach WHERE kind = ?" + cases, args(breach, p)));
    out.put("casesWithBreach", count("SELECT COUNT(DISTINCT case_number) FROM pd_sla_breach WHERE kind = ?" + cases,
        args(breach, p)));
    out.put("slaBreachIncidents", count("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE INCIDENT_TYPE_ = 'slaBreach'"
        + " AND CONFIGURATION_ LIKE ?" + config, args("%" + suffix, p)));
    out.put("casesWithIncident", count("SELECT COUNT(DISTINCT CONFIGURATION_) FROM ACT_RU_INCIDENT"
        + " WHERE INCIDENT_TYPE_ = 'slaBreach' AND CONFIGURATION_ LIKE ?" + config, args("%" + suffix, p)));
    out.put("casesWithIncidentTwice", count("""
        SELECT COUNT(*) FROM (SELECT CONFIGURATION_ FROM ACT_RU_INCIDENT
          WHERE INCIDENT_TYPE_ = 'slaBreach' AND CONFIGURATION_ LIKE ?""" + config + """

          GROUP BY CONFIGURATION_ HAVING COUNT(*) > 1) t""", args("%" + suffix, p)));
    out.put("breachesWithoutIncident", count("""
        SELECT COUNT(*) FROM pd_sla_breach b WHERE b.kind = ? AND NOT EXISTS (
          SELECT 1 FROM ACT_RU_INCIDENT i WHERE i.INCIDENT_TYPE_ = 'slaBreach'
            AND i.CONFIGURATION_ = b.case_number || ?)""" + cases, args(new Object[] {breach, suffix}, p)));
    // any other incident is a failure, whichever case it is on
    out.put("otherIncidents", count("SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE INCIDENT_TYPE_ <> 'slaBreach'"));
    out.put("timelineEvents", count("SELECT COUNT(*) FROM pd_complaint_event WHERE event = 'SLA_BREACHED'" + cases, p));
    out.put("casesWithEventTwice", count("""
        SELECT COUNT(*) FROM (SELECT case_number FROM pd_complaint_event WHERE event = 'SLA_BREACHED'""" + cases + """

          GROUP BY case_number HAVING COUNT(*) > 1) t""", p));
    out.put("supervisorMails", count("SELECT COUNT(*) FROM pd_outbox_message WHERE dedupe_key LIKE ?" + cases,
        args("%:SLA_BREACH:" + breach, p)));
    long rows = (Long) out.get("breachRows");
    out.put("exactlyOnce", rows > 0 && rows == (Long) out.get("casesWithBreach")
        && rows == (Long) out.get("slaBreachIncidents") && rows == (Long) out.get("casesWithIncident")
        && (Long) out.get("breachesWithoutIncident") == 0 && rows == (Long) out.get("timelineEvents")
        && (Long) out.get("casesWithEventTwice") == 0 && rows == (Long) out.get("supervisorMails"));
    return out;
  }

  private static Object[] args(Object first, Object[] rest) {
    return args(new Object[] {first}, rest);
  }

  private static Object[] args(Object[] first, Object[] rest) {
    Object[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private static Map<String, Object> percentiles(long[] values) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", values.length);
    if (values.length == 0) {
      return out;
    }
    long[] v = values.clone();
    Arrays.sort(v);
    for (double p : new double[] {50, 95, 99}) {
      int i = (int) Math.ceil(p / 100 * v.length) - 1;
      out.put("p" + (int) p, v[Math.max(0, Math.min(v.length - 1, i))]);
    }
    out.put("max", v[v.length - 1]);
    out.put("min", v[0]);
    return out;
  }

  /** CPU time of the live threads, grouped like the statement counters. */
  private static Map<String, Long> threadCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : List.of("intake", "jobs", "acquisition", "other")) {
      out.put(k, 0L);
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      long cpu = mx.getThreadCpuTime(t.getId());
      if (cpu <= 0) {
        continue;
      }
      String n = t.getName();
      String k = n.startsWith("http-nio-") && n.contains("-exec-") ? "intake"
          : n.startsWith("camundaTaskExecutor") ? "jobs"
          : n.startsWith("JobExecutor") ? "acquisition" : "other";
      out.merge(k, cpu, Long::sum);
    }
    return out;
  }

  /**
   * Job transactions per completed case, exact, from the job log of finished instances; at a
   * history level without job log the counts are 0 and the driver uses the window's job metrics.
   */
  @GetMapping("/jobs-per-case")
  Map<String, Object> jobsPerCase(@RequestParam(defaultValue = "ComplaintHandling") String processKey,
      @RequestParam(defaultValue = CeilingPath.COMPLETED_END_EVENT) String endEvent) {
    String before = CeilingPath.COMPLETED_END_EVENT_BEFORE_3_0;
    long cases = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_ACT_ID_ IN (?, ?)",
        processKey, endEvent, before);
    long jobs = count("""
        SELECT COUNT(*) FROM ACT_HI_JOB_LOG j JOIN ACT_HI_PROCINST p ON j.PROCESS_INSTANCE_ID_ = p.ID_
        WHERE p.PROC_DEF_KEY_ = ? AND p.END_ACT_ID_ IN (?, ?) AND j.JOB_STATE_ = 2""", processKey, endEvent, before);
    List<Map<String, Object>> byActivity = jdbc.queryForList("""
        SELECT j.ACT_ID_ AS activity, COUNT(*) AS n FROM ACT_HI_JOB_LOG j
        JOIN ACT_HI_PROCINST p ON j.PROCESS_INSTANCE_ID_ = p.ID_
        WHERE p.PROC_DEF_KEY_ = ? AND p.END_ACT_ID_ IN (?, ?) AND j.JOB_STATE_ = 2
        GROUP BY j.ACT_ID_ ORDER BY j.ACT_ID_""", processKey, endEvent, before);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("completedCases", cases);
    out.put("successfulJobs", jobs);
    out.put("jobsPerCase", cases == 0 ? null : (double) jobs / cases);
    out.put("byActivity", byActivity);
    return out;
  }

  /**
   * Times the duplicate lookup of intake on its own: a copy of the query text of
   * Complaints.findOpenDuplicate (with an order), run {@code repeat} times in one connection.
   */
  @GetMapping("/lookup")
  Map<String, Object> lookup(@RequestParam String memberId, @RequestParam String orderId,
      @RequestParam(defaultValue = "200") int repeat) {
    String sql = "SELECT * FROM pd_complaint WHERE member_id = ? AND category = ? AND status IN "
        + "('RECEIVED', 'AWAITING_EVIDENCE', 'UNDER_REVIEW', 'AWAITING_APPROVAL') AND order_id = ?"
        + " ORDER BY received_at";
    long[] micros = new long[repeat];
    int rows = 0;
    for (int i = 0; i < repeat; i++) {
      long t = System.nanoTime();
      rows = jdbc.queryForList(sql, memberId, "REDEMPTION_FAILED", orderId).size();
      micros[i] = (System.nanoTime() - t) / 1000;
    }
    Map<String, Object> out = new LinkedHashMap<>(percentiles(micros));
    out.put("rows", rows);
    out.put("sql", sql);
    return out;
  }

  @GetMapping("/threads")
  List<String> threads() {
    List<String> names = new ArrayList<>();
    Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
    names.sort(String::compareTo);
    return names;
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
