package com.pointsdesk.bench.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark: starts what each workload needs (PostgreSQL, app JVMs, an SMTP sink), drives
 * the load, reads the app's /bench/stats, and writes docs/performance.md + .json.
 */
public final class Driver {

  private final Settings s;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final Map<String, Object> workloads = new LinkedHashMap<>();
  private MailSink mail;
  private Map<String, Object> appConfig;
  private Map<String, Object> pgInfo;

  private Driver(Settings s) {
    this.s = s;
  }

  public static void main(String[] args) throws Exception {
    Settings s = Settings.parse(args);
    int code = 0;
    try {
      new Driver(s).run();
    } catch (Throwable e) {
      Log.info("FAILED: " + e);
      e.printStackTrace();
      code = 1;
    } finally {
      Cleanup.closeAll();
    }
    System.exit(code);
  }

  private void run() throws Exception {
    if (s.fromJson != null) {
      // regenerate the report from the figures of an earlier run (no measuring)
      Map<String, Object> earlier = Json.parse(Files.readString(s.fromJson));
      earlier.remove("targets");
      Report.write(s, earlier);
      return;
    }
    Files.createDirectories(s.work);
    long t0 = System.nanoTime();
    results.put("generatedBy", "bench/run (driver " + Driver.class.getName() + "), never edited by hand");
    results.put("startedAt", java.time.OffsetDateTime.now().withNano(0).toString());
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("id", s.commit);
    commit.put("subject", s.commitSubject);
    commit.put("uncommittedChanges", s.dirty);
    commit.put("checkedOut", s.head);
    results.put("commit", commit);
    results.put("machine", Machine.facts());
    results.put("settings", s.describe());
    Log.info("machine: " + results.get("machine"));
    mail = new MailSink();
    Log.info("SMTP sink (GreenMail) on 127.0.0.1:" + mail.port);

    if (s.only.contains("h2")) {
      straight("h2", "h2", 1);
    }
    if (s.only.contains("pg")) {
      straight("pg", "pg", 1);
    }
    if (s.only.contains("two-nodes")) {
      straight("two-nodes", "pg", 2);
    }
    if (s.only.contains("ceiling") && !(s.only.contains("h2") || s.only.contains("pg")
        || s.only.contains("two-nodes"))) {
      // the ceiling alone: on the database the other workloads use
      ceilingOnly(s.db);
    }
    if (s.only.contains("latency")) {
      checkpoint();
      latency();
    }
    if (s.only.contains("growth")) {
      checkpoint();
      growth();
    }
    if (s.only.contains("timers")) {
      checkpoint();
      timers();
    }
    results.put("appConfig", appConfig);
    results.put("postgres", pgInfo);
    results.put("workloads", workloads);
    results.put("totalMinutes", Snapshot.round((System.nanoTime() - t0) / 60e9, 1));
    checkpoint();
    Report.write(s, results);
  }

  /** The figures so far, in the work directory: a failure later does not lose them. */
  private void checkpoint() {
    try {
      Map<String, Object> copy = new LinkedHashMap<>(results);
      copy.put("appConfig", appConfig);
      copy.put("postgres", pgInfo);
      copy.put("workloads", workloads);
      Files.writeString(s.work.resolve("results-so-far.json"), Json.write(copy));
    } catch (Exception e) {
      Log.info("checkpoint failed: " + e);
    }
  }

  // ---------------------------------------------------------------- infrastructure per workload

  private final class Env implements AutoCloseable {
    final Path dir;
    final Postgres pg;
    final List<AppNode> nodes = new ArrayList<>();
    final String dbKind;

    Env(String label, String dbKind, int nodeCount) throws Exception {
      this.dbKind = dbKind;
      dir = s.work.resolve(label);
      Files.createDirectories(dir);
      String url;
      String user;
      String password;
      if (dbKind.equals("pg")) {
        pg = Postgres.start(dir);
        url = pg.jdbcUrl();
        user = "postgres";
        password = "postgres";
        if (pgInfo == null) {
          pgInfo = pg.describe();
          Log.info("  PostgreSQL: " + pgInfo.get("version"));
        }
      } else {
        pg = null;
        url = "jdbc:h2:file:" + dir.resolve("h2").resolve("pointsdesk")
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        user = "sa";
        password = "";
      }
      for (int i = 1; i <= nodeCount; i++) {
        Log.info("  starting app node " + i + " (" + dbKind + ")");
        nodes.add(AppNode.start(s, "node" + i, dir, url, user, password, mail.port));
      }
      if (appConfig == null) {
        appConfig = Http.getJson(nodes.get(0).base() + "/bench/config");
        List<String> cmd = new ArrayList<>(nodes.get(0).command);
        appConfig.put("command", cmd.stream().map(a -> a.replace(s.work.toString(), "$WORK")
            .replace(s.appJar.toString(), "target/pointsdesk-*.jar")
            .replace(s.extensionJar.toString(), "bench/extension/target/*.jar")).toList());
        appConfig.put("benchArguments", AppNode.benchArguments(0, "…", "…", "…", 0));
      }
    }

    AppNode first() {
      return nodes.get(0);
    }

    Snapshot snap() throws Exception {
      return Snapshot.take(nodes, pg);
    }

    @Override
    public void close() throws Exception {
      for (AppNode n : nodes) {
        n.close();
      }
      if (pg != null) {
        pg.close();
      }
    }
  }

  // ---------------------------------------------------------------- 1 + 2: straight through and ceiling

  private void straight(String label, String dbKind, int nodeCount) throws Exception {
    Log.info("== straight-through: " + label + " (" + dbKind + ", " + nodeCount + " node(s), "
        + s.threads + " client threads, warm-up " + s.warmup + " s, measure " + s.measure + " s)");
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("database", dbKind);
    w.put("nodes", nodeCount);
    Map<String, Object> pd = closedLoopRun(label, dbKind, nodeCount, false);
    w.put("pointsdesk", pd);
    if (s.only.contains("ceiling")) {
      Log.info("== ceiling: " + label + " (same database kind, settings and client threads)");
      Map<String, Object> ceiling = closedLoopRun(label + "-ceiling", dbKind, nodeCount, true);
      w.put("ceiling", ceiling);
      double c = (double) ceiling.get("completedPerSecond");
      double p = (double) pd.get("completedPerSecond");
      w.put("ratio", c <= 0 ? 0 : Snapshot.round(p / c, 2));
      Log.info(String.format("  PointsDesk %.1f/s ÷ ceiling %.1f/s = %.2f", p, c, p / c));
    }
    workloads.put("straight-" + label, w);
  }

  private void ceilingOnly(String dbKind) throws Exception {
    Log.info("== ceiling only (" + dbKind + ")");
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("database", dbKind);
    w.put("nodes", 1);
    w.put("ceiling", closedLoopRun("ceiling-" + dbKind, dbKind, 1, true));
    workloads.put("straight-ceiling-only", w);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> closedLoopRun(String label, String dbKind, int nodeCount,
      boolean ceiling) throws Exception {
    try (Env env = new Env(label, dbKind, nodeCount)) {
      Load.Members members = null;
      Load.Source source;
      String kind;
      Map<String, Object> out = new LinkedHashMap<>();
      if (ceiling) {
        Map<String, Object> derivation = Http.postJson(env.first().base() + "/bench/ceiling/deploy", null);
        results.put("ceilingDerivation", derivation);
        source = Load.ceiling();
        kind = "ceiling";
      } else {
        int initial = s.quick ? 4_000 : 20_000;
        members = new Load.Members(env.first(), s.quick ? 2_000 : 10_000);
        members.load(initial, 0, 0, 0, 0);
        Log.info("  fixtures: " + initial + " members with a failed, debited, never refunded redemption ("
            + members.loadMillis + " ms, JDBC batches)");
        source = Load.straightThrough(members);
        kind = "new";
      }
      out.put("idle", idle(env));
      Load.Tally tally = new Load.Tally();
      String completedKey = ceiling ? "ceilingCompleted" : "resolvedWithRestore";
      Snapshot a;
      Snapshot b;
      try (Load.Gate gate = new Load.Gate(env.first(), ceiling ? "ceilingCompleted" : "resolvedCases", s.maxInFlight);
           Load.ClosedLoop loop = new Load.ClosedLoop(env.nodes, s.threads, source, tally, gate)) {
        progress(env, loop, completedKey, s.warmup, "warm-up");
        a = env.snap();
        tally.start();
        try (Sampler sampler = new Sampler(env.nodes, env.pg)) {
          progress(env, loop, completedKey, s.measure, "measure");
          tally.stop();
          b = env.snap();
          sampler.close();
          out.put("profile", sampler.result());
        }
        out.put("gateWaits", gate.waits.sum());
        if (loop.failure != null) {
          throw new IllegalStateException("client failed", loop.failure);
        }
      }
      Snapshot end = env.snap();
      Map<String, Object> w = Snapshot.window(a, b);
      double seconds = (b.nanos() - a.nanos()) / 1e9;
      long completed = b.db(completedKey) - a.db(completedKey);
      long requests = tally.ok(kind);
      long jobs = b.db("jobsSucceeded") - a.db("jobsSucceeded");
      Map<String, Object> perCase = Http.getJson(env.first().base() + "/bench/jobs-per-case?processKey="
          + (ceiling ? "ComplaintHandlingCeiling" : "ComplaintHandling"));
      double jobsPerCase = perCase.get("jobsPerCase") instanceof Number n ? n.doubleValue() : 0;
      out.put("completed", completed);
      out.put("completedPerSecond", Snapshot.round(completed / seconds, 1));
      out.put("intakeRequests", requests);
      out.put("intakePerSecond", Snapshot.round(requests / seconds, 1));
      out.put("intakeErrors", tally.errors());
      out.put("statusCounts", tally.statusCounts());
      out.put("intakeLatencyMillis", tally.latency(kind));
      out.put("jobTransactionsPerCase", Snapshot.round(jobsPerCase, 2));
      out.put("jobTransactionsByActivity", perCase.get("byActivity"));
      out.put("jobsExecutedInWindow", jobs);
      Map<String, Object> st = (Map<String, Object>) w.get("statements");
      Map<String, Object> commits = (Map<String, Object>) w.get("commits");
      Map<String, Object> cpu = (Map<String, Object>) w.get("cpu");
      Map<String, Object> unit = new LinkedHashMap<>();
      unit.put("statementsPerIntakeRequest", per(st.get("intake"), requests));
      unit.put("statementsPerJob", per(st.get("jobs"), jobs));
      unit.put("jobStatementsPerCase", Snapshot.round(per(st.get("jobs"), jobs) * jobsPerCase, 1));
      unit.put("statementsPerCase", Snapshot.round(per(st.get("intake"), requests)
          + per(st.get("jobs"), jobs) * jobsPerCase, 1));
      unit.put("commitsPerIntakeRequest", per(commits.get("intake"), requests));
      unit.put("commitsPerJob", per(commits.get("jobs"), jobs));
      unit.put("acquisitionStatementsPerSecond", Snapshot.round(((Number) st.get("acquisition")).doubleValue() / seconds, 0));
      unit.put("acquisitionCommitsPerSecond", Snapshot.round(((Number) commits.get("acquisition")).doubleValue() / seconds, 0));
      unit.put("otherStatementsPerSecond", Snapshot.round(((Number) st.get("other")).doubleValue() / seconds, 1));
      unit.put("cpuMillisPerIntakeRequest", per(cpu.get("intakeThreadsMillis"), requests));
      unit.put("cpuMillisPerJob", per(cpu.get("jobsThreadsMillis"), jobs));
      unit.put("jobCpuMillisPerCase", Snapshot.round(per(cpu.get("jobsThreadsMillis"), jobs) * jobsPerCase, 2));
      unit.put("appCpuMillisPerCase", Snapshot.round(per(cpu.get("intakeThreadsMillis"), requests)
          + per(cpu.get("jobsThreadsMillis"), jobs) * jobsPerCase, 2));
      unit.put("appCpuMillisPerCompletedCaseAllThreads", per(cpu.get("appMillis"), completed));
      unit.put("acquisitionCpuMillisPerSecond", Snapshot.round(((Number) cpu.get("acquisitionThreadsMillis")).doubleValue() / seconds, 0));
      unit.put("otherThreadsCpuMillisPerSecond", Snapshot.round(((Number) cpu.get("otherThreadsMillis")).doubleValue() / seconds, 0));
      long allStatements = st.values().stream().mapToLong(v -> ((Number) v).longValue()).sum()
          - ((Number) st.get("bench")).longValue();
      if (env.pg != null) {
        unit.put("dbCpuMillisPerCompletedCase", per(cpu.get("dbMillis"), completed));
        unit.put("dbCpuMicrosPerStatement", Snapshot.round(((Number) cpu.get("dbMillis")).doubleValue() * 1000 / Math.max(1, allStatements), 1));
      }
      out.put("perUnit", unit);
      out.put("window", w);
      out.put("mailSentPerSecond", Snapshot.round((b.db("outboxSent") - a.db("outboxSent")) / seconds, 1));
      Map<String, Object> backlog = new LinkedHashMap<>();
      backlog.put("openJobs", end.db("jobs"));
      backlog.put("failedJobs", end.db("failedJobs"));
      backlog.put("incidents", end.db("incidents"));
      backlog.put("casesNotYetCompleted", ceiling ? end.db("ceilingStarted") - end.db("ceilingCompleted")
          : end.db("complaints") - end.db("resolvedWithRestore"));
      backlog.put("outboxPending", end.db("outboxPending"));
      backlog.put("outboxFailing", end.db("outboxFailing"));
      out.put("mailsPerCase", end.db("complaints") == 0 ? 0 : Snapshot.round(
          (end.db("outboxSent") + end.db("outboxPending")) / (double) end.db("complaints"), 2));
      out.put("backlogAtEnd", backlog);
      if (members != null) {
        out.put("fixtureMembersLoaded", members.loaded.sum());
        out.put("fixtureTopUps", members.topUps.sum());
      }
      Log.info(String.format("  %s: completed %.1f/s, intake %.1f/s, p50 %s ms, p99 %s ms, %s statements/case, %s app CPU-ms/case, backlog %s jobs",
          label, out.get("completedPerSecond"), out.get("intakePerSecond"),
          Json.get(out, "intakeLatencyMillis.p50"), Json.get(out, "intakeLatencyMillis.p99"),
          unit.get("statementsPerCase"), unit.get("appCpuMillisPerCase"), backlog.get("openJobs")));
      return out;
    }
  }

  /** What the started, unloaded app costs: a few seconds with no load at all. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> idle(Env env) throws Exception {
    Thread.sleep(3000);
    Snapshot a = env.snap();
    Thread.sleep(s.quick ? 5000 : 10000);
    Snapshot b = env.snap();
    Map<String, Object> w = Snapshot.window(a, b);
    double secs = ((Number) w.get("seconds")).doubleValue();
    Map<String, Object> cpu = (Map<String, Object>) w.get("cpu");
    Map<String, Object> st = (Map<String, Object>) w.get("statements");
    Map<String, Object> commits = (Map<String, Object>) w.get("commits");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", secs);
    m.put("appCoresUsed", cpu.get("appCoresUsed"));
    m.put("dbCoresUsed", cpu.get("dbCoresUsed"));
    m.put("acquisitionCpuMillisPerSecond", Snapshot.round(((Number) cpu.get("acquisitionThreadsMillis")).doubleValue() / secs, 0));
    m.put("acquisitionStatementsPerSecond", Snapshot.round(((Number) st.get("acquisition")).doubleValue() / secs, 0));
    m.put("acquisitionCommitsPerSecond", Snapshot.round(((Number) commits.get("acquisition")).doubleValue() / secs, 0));
    m.put("otherStatementsPerSecond", Snapshot.round(((Number) st.get("other")).doubleValue() / secs, 1));
    Log.info(String.format("  idle app: %.2f cores, acquisition thread %s CPU-ms/s and %s statements/s, DB %.2f cores",
        ((Number) cpu.get("appCoresUsed")).doubleValue(), m.get("acquisitionCpuMillisPerSecond"),
        m.get("acquisitionStatementsPerSecond"), ((Number) cpu.get("dbCoresUsed")).doubleValue()));
    return m;
  }

  private static double per(Object total, long n) {
    return n <= 0 ? 0 : Snapshot.round(((Number) total).doubleValue() / n, 2);
  }

  private void progress(Env env, Load.ClosedLoop loop, String completedKey, int seconds,
      String phase) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long lastSent = loop.sent.sum();
    Snapshot last = env.snap();
    while (System.nanoTime() < end) {
      long step = Math.min(TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()), 15_000);
      Thread.sleep(Math.max(step, 1));
      if (loop.failure != null) {
        throw new IllegalStateException("client failed", loop.failure);
      }
      for (AppNode n : env.nodes) {
        if (!n.alive()) {
          throw new IllegalStateException(n.name + " died; see " + n.log);
        }
      }
      Snapshot now = env.snap();
      double dt = (now.nanos() - last.nanos()) / 1e9;
      long sent = loop.sent.sum();
      Log.info(String.format("  %s: %3.0f s left, sent %.0f/s, completed %.1f/s, open jobs %d, app CPU %.2f cores",
          phase, (end - System.nanoTime()) / 1e9, (sent - lastSent) / dt,
          (now.db(completedKey) - last.db(completedKey)) / dt, now.db("jobs"),
          (now.sum("processCpuNanos") - last.sum("processCpuNanos")) / 1e9 / dt));
      last = now;
      lastSent = sent;
    }
  }

  // ---------------------------------------------------------------- 3: intake latency, open model

  private void latency() throws Exception {
    Log.info("== intake latency, open model (" + s.db + "): rates " + s.rates + " req/s, "
        + s.latencyStep + " s each, after " + s.latencyWarmup + " s warm-up at " + s.latencyWarmupRate + "/s");
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("database", s.db);
    try (Env env = new Env("latency", s.db, 1)) {
      int needed = (int) (1.1 * (s.latencyWarmup * s.latencyWarmupRate
          + s.rates.stream().mapToInt(r -> r * s.latencyStep).sum())) + 500;
      Load.Members members = new Load.Members(env.first(), s.quick ? 2_000 : 10_000);
      members.load(needed, 0, 0, 0, 0);
      Log.info("  fixtures: " + needed + " members (" + members.loadMillis + " ms)");
      Load.Source source = Load.straightThrough(members);
      Load.Tally warm = new Load.Tally();
      Load.openLoop(env.nodes, s.latencyWarmupRate, s.latencyWarmup, source, warm);
      List<Map<String, Object>> rows = new ArrayList<>();
      Integer crossing = null;
      for (int rate : s.rates) {
        Map<String, Object> drain = drain(env);
        Snapshot a = env.snap();
        Load.Tally tally = new Load.Tally();
        tally.start();
        Map<String, Object> offered = Load.openLoop(env.nodes, rate, s.latencyStep, source, tally);
        tally.stop();
        Snapshot b = env.snap();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rate", rate);
        double secs = ((Number) offered.get("offeredSeconds")).doubleValue();
        row.put("achievedPerSecond", Snapshot.round(tally.ok("new") / Math.max(secs, 1e-9), 1));
        row.put("latencyMillis", tally.latency("new"));
        row.put("errors", tally.errors());
        row.put("statusCounts", tally.statusCounts());
        row.put("offered", offered);
        row.put("drainBefore", drain);
        Map<String, Object> win = Snapshot.window(a, b);
        row.put("cpu", win.get("cpu"));
        row.put("completedPerSecond", Snapshot.round(((Number) win.get("delta.resolvedWithRestore")).doubleValue()
            / ((Number) win.get("seconds")).doubleValue(), 1));
        row.put("openJobsAtEnd", b.db("jobs"));
        rows.add(row);
        Object p99 = Json.get(row, "latencyMillis.p99");
        Log.info(String.format("  %d req/s: p50 %s ms, p95 %s, p99 %s, max %s, errors %d, completed %.1f/s, open jobs %d",
            rate, Json.get(row, "latencyMillis.p50"), Json.get(row, "latencyMillis.p95"), p99,
            Json.get(row, "latencyMillis.max"), tally.errors(), row.get("completedPerSecond"), b.db("jobs")));
        if (crossing == null && p99 instanceof Number n && n.doubleValue() > s.p99LimitMillis) {
          crossing = rate;
        }
      }
      w.put("rows", rows);
      w.put("p99LimitMillis", s.p99LimitMillis);
      w.put("lowestRateAboveLimit", crossing);
    }
    workloads.put("latency", w);
  }

  /** Waits (bounded) until the job backlog of the previous step has run. */
  private Map<String, Object> drain(Env env) throws Exception {
    long t0 = System.nanoTime();
    long deadline = t0 + TimeUnit.SECONDS.toNanos(s.drainMax);
    long jobs = env.snap().db("jobs");
    while (jobs > 20 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      jobs = env.snap().db("jobs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", Snapshot.round((System.nanoTime() - t0) / 1e9, 1));
    m.put("openJobsLeft", jobs);
    return m;
  }

  // ---------------------------------------------------------------- 4: growth

  @SuppressWarnings("unchecked")
  private void growth() throws Exception {
    Log.info("== growth (" + s.db + "): " + s.growthSizes + " existing cases, open model at "
        + s.growthRate + " req/s (" + Math.round(s.mergeShare * 100) + "% merges into open cases)");
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("database", s.db);
    w.put("rate", s.growthRate);
    w.put("mergeShare", s.mergeShare);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int size : s.growthSizes) {
      try (Env env = new Env("growth-" + size, s.db, 1)) {
        Load.Members members = new Load.Members(env.first(), s.quick ? 2_000 : 10_000);
        int fresh = (int) (1.2 * s.growthRate * (s.growthWarmup + s.growthMeasure)) + 200;
        Map<String, Object> loaded = members.load(fresh, 0, size, 0.15, 5_000);
        List<Object> open = (List<Object>) loaded.get("openCases");
        Log.info("  " + size + " existing cases (" + open.size() + " open ones returned) and " + fresh
            + " fresh members loaded in " + loaded.get("millis") + " ms");
        Load.Source source = () -> {
          if (!open.isEmpty() && ThreadLocalRandom.current().nextDouble() < s.mergeShare) {
            List<String> c = (List<String>) open.get(ThreadLocalRandom.current().nextInt(open.size()));
            return new Load.Call("merge", "/api/v1/complaints", Load.complaint(c.get(0), c.get(1), "EMAIL"), true);
          }
          List<String> m = members.nextFailed();
          return new Load.Call("new", "/api/v1/complaints", Load.complaint(m.get(0), m.get(1), "IN_APP"), true);
        };
        Load.openLoop(env.nodes, s.growthRate, s.growthWarmup, source, new Load.Tally());
        Map<String, Object> drain = drain(env);
        Load.Tally tally = new Load.Tally();
        tally.start();
        Load.openLoop(env.nodes, s.growthRate, s.growthMeasure, source, tally);
        tally.stop();
        List<Double> lookupP50 = new ArrayList<>();
        double lookupP99 = 0;
        for (int i = 0; i < Math.min(20, open.size()); i++) {
          List<String> c = (List<String>) open.get(i * Math.max(1, open.size() / 20) % open.size());
          Map<String, Object> l = Http.getJson(env.first().base() + "/bench/lookup?memberId=" + c.get(0)
              + "&orderId=" + c.get(1) + "&repeat=50");
          lookupP50.add(((Number) l.get("p50")).doubleValue());
          lookupP99 = Math.max(lookupP99, ((Number) l.get("p99")).doubleValue());
        }
        lookupP50.sort(Double::compare);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("existingCases", size);
        row.put("newCaseLatencyMillis", tally.latency("new"));
        row.put("mergeLatencyMillis", tally.latency("merge"));
        row.put("duplicateLookupMicros", Map.of("p50", lookupP50.isEmpty() ? 0 : lookupP50.get(lookupP50.size() / 2),
            "p99", lookupP99));
        row.put("errors", tally.errors());
        row.put("statusCounts", tally.statusCounts());
        row.put("drainBefore", drain);
        rows.add(row);
        Log.info(String.format("  %d cases: new p50 %s / p99 %s ms, merge p50 %s / p99 %s ms, lookup SQL p50 %s µs, errors %d",
            size, Json.get(row, "newCaseLatencyMillis.p50"), Json.get(row, "newCaseLatencyMillis.p99"),
            Json.get(row, "mergeLatencyMillis.p50"), Json.get(row, "mergeLatencyMillis.p99"),
            Json.get(row, "duplicateLookupMicros.p50"), tally.errors()));
      }
    }
    w.put("rows", rows);
    workloads.put("growth", w);
  }

  // ---------------------------------------------------------------- 5: timer drain

  private void timers() throws Exception {
    String activity = "BoundaryEvent_EvidenceReminderDue";
    int n = s.timers;
    Log.info("== timer drain (" + s.db + "): " + n + " cases waiting for evidence, reminder timers set due at once");
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("database", s.db);
    w.put("timers", n);
    w.put("activityId", activity);
    try (Env env = new Env("timers", s.db, 1)) {
      Load.Members members = new Load.Members(env.first(), 1_000);
      members.load(0, n, 0, 0, 0);
      long t0 = System.nanoTime();
      ExecutorService pool = Load.daemonPool(s.threads, "timer-intake");
      AtomicInteger errors = new AtomicInteger();
      for (int i = 0; i < n; i++) {
        pool.execute(() -> {
          int st = Load.send(env.first(), new Load.Call("new", "/api/v1/complaints",
              Load.complaint(members.nextPlain(), null, "IN_APP"), true));
          if (st != 201) {
            errors.incrementAndGet();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
      Log.info(String.format("  %d complaints filed in %.0f s (%d errors); waiting until every case waits for evidence",
          n, (System.nanoTime() - t0) / 1e9, errors.get()));
      String status = env.first().base() + "/bench/timers/status?activityId=" + activity;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(s.timerTimeout);
      Map<String, Object> st = Http.getJson(status);
      while (Json.num(st, "waitingTimers") < n - errors.get() && System.nanoTime() < deadline) {
        Thread.sleep(2000);
        st = Http.getJson(status);
        Log.info("  waiting timers: " + st.get("waitingTimers") + " / " + n);
      }
      w.put("setupSeconds", Snapshot.round((System.nanoTime() - t0) / 1e9, 0));
      w.put("intakeErrors", errors.get());
      Snapshot a = env.snap();
      Map<String, Object> due = Http.postJson(env.first().base() + "/bench/timers/due?activityId=" + activity, null);
      long dueAt = Json.num(due, "dueAtEpochMillis");
      long updated = Json.num(due, "updated");
      Log.info("  " + updated + " reminder timers set due now (bench-only UPDATE of ACT_RU_JOB.DUEDATE_)");
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(s.timerTimeout);
      while (System.nanoTime() < deadline) {
        Thread.sleep(1000);
        st = Http.getJson(status + "&dueAt=" + dueAt);
        Log.info("  fired " + st.get("fired") + " / " + updated + ", reminders recorded " + st.get("events"));
        if (Json.num(st, "fired") >= updated && Json.num(st, "events") >= updated) {
          break;
        }
      }
      Snapshot b = env.snap();
      st = Http.getJson(status + "&dueAt=" + dueAt + "&lags=true");
      w.put("timersSetDue", updated);
      w.put("fired", st.get("fired"));
      w.put("remindersRecorded", st.get("events"));
      w.put("allFiredSeconds", Snapshot.round((Json.num(st, "lastFiredEpochMillis") - dueAt) / 1000.0, 1));
      w.put("allRemindersSeconds", Snapshot.round((Json.num(st, "lastEventEpochMillis") - dueAt) / 1000.0, 1));
      w.put("firedLagMillis", st.get("firedLagMillis"));
      w.put("reminderLagMillis", st.get("eventLagMillis"));
      w.put("complete", Json.num(st, "fired") >= updated && Json.num(st, "events") >= updated);
      w.put("failedJobs", b.db("failedJobs"));
      w.put("incidents", b.db("incidents"));
      w.put("window", Snapshot.window(a, b));
      Log.info("  all fired after " + w.get("allFiredSeconds") + " s; lag " + st.get("firedLagMillis"));
    }
    workloads.put("timers", w);
  }
}
