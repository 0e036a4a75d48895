package com.pointsdesk.bench.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line settings of the driver; bench/run passes its options through. */
final class Settings {

  static final List<String> ALL = List.of("h2", "pg", "two-nodes", "ceiling", "latency", "growth", "timers",
      "sla-ab", "evidence-timers", "collective");
  /** What a run without --only measures (sla-ab too when a baseline is given). */
  static final List<String> DEFAULT = List.of("h2", "pg", "two-nodes", "ceiling", "latency", "growth", "timers",
      "collective");

  boolean quick;
  Set<String> only = new LinkedHashSet<>(DEFAULT);
  boolean onlyGiven;
  Path out;
  Path fromJson;
  Path root;
  Path work;
  Path appJar;
  Path extensionJar;
  /** The app as of --baseline-commit (built by bench/run in a temporary worktree), for sla-ab. */
  Path baselineAppJar;
  String baselineCommit;
  String baselineSubject = "";
  int abRounds = 3;
  List<String> abDbs = List.of("h2");
  int abWarmup = 60;
  int abMeasure = 60;
  /** An earlier performance.json whose workloads this run does not measure are kept (marked). */
  Path keepFrom;
  String commit = "unknown";
  String commitSubject = "";
  String head = "unknown";
  boolean dirty;
  int threads = 8;
  int maxInFlight = 200;
  int warmup = 120;
  int measure = 90;
  List<Integer> rates = List.of(25, 50, 100, 150, 200);
  int latencyWarmupRate = 50;
  int latencyStep = 45;
  int latencyWarmup = 90;
  int drainMax = 30;
  List<Integer> growthSizes = List.of(1_000, 10_000, 100_000);
  int growthRate = 50;
  double mergeShare = 0.2;
  int growthWarmup = 45;
  int growthMeasure = 45;
  int timers = 10_000;
  /** The timer workload's second phase: as many timers due evenly over this many seconds; < 0: timers / 100. */
  double timersSpreadSeconds = -1;
  int timerTimeout = 600;
  String db = "pg";
  /** The collective workload (issue 8): affected members, their database, the time-out of each of its phases. */
  int collectiveMembers = 10_000;
  String collectiveDb = "h2";
  int collectiveTimeout = 3600;
  double p99LimitMillis = 50;
  List<String> appJvmOptions = new ArrayList<>(List.of("-Xms1g", "-Xmx3g", "-Duser.timezone=UTC"));
  List<String> appArgs = new ArrayList<>();

  static Settings parse(String[] args) {
    Settings s = new Settings();
    for (String a : args) {
      if (a.equals("--quick")) {
        s.quick();
      }
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--quick" -> { }
        case "--only" -> { s.only = new LinkedHashSet<>(Arrays.asList(v.split(","))); s.onlyGiven = true; i++; }
        case "--baseline-app-jar" -> { s.baselineAppJar = Path.of(v); i++; }
        case "--baseline-commit" -> { s.baselineCommit = v; i++; }
        case "--baseline-subject" -> { s.baselineSubject = v; i++; }
        case "--ab-rounds" -> { s.abRounds = Integer.parseInt(v); i++; }
        case "--ab-db" -> { s.abDbs = Arrays.asList(v.split(",")); i++; }
        case "--ab-warmup" -> { s.abWarmup = Integer.parseInt(v); i++; }
        case "--ab-measure" -> { s.abMeasure = Integer.parseInt(v); i++; }
        case "--keep-from" -> { s.keepFrom = Path.of(v); i++; }
        case "--out" -> { s.out = Path.of(v); i++; }
        case "--report-from" -> { s.fromJson = Path.of(v); i++; }
        case "--root" -> { s.root = Path.of(v).toAbsolutePath().normalize(); i++; }
        case "--work" -> { s.work = Path.of(v); i++; }
        case "--app-jar" -> { s.appJar = Path.of(v); i++; }
        case "--extension-jar" -> { s.extensionJar = Path.of(v); i++; }
        case "--commit" -> { s.commit = v; i++; }
        case "--commit-subject" -> { s.commitSubject = v; i++; }
        case "--head" -> { s.head = v; i++; }
        case "--dirty" -> s.dirty = true;
        case "--threads" -> { s.threads = Integer.parseInt(v); i++; }
        case "--max-in-flight" -> { s.maxInFlight = Integer.parseInt(v); i++; }
        case "--warmup" -> { s.warmup = Integer.parseInt(v); i++; }
        case "--latency-warmup" -> { s.latencyWarmup = Integer.parseInt(v); i++; }
        case "--growth-warmup" -> { s.growthWarmup = Integer.parseInt(v); i++; }
        case "--growth-measure" -> { s.growthMeasure = Integer.parseInt(v); i++; }
        case "--drain-max" -> { s.drainMax = Integer.parseInt(v); i++; }
        case "--measure" -> { s.measure = Integer.parseInt(v); i++; }
        case "--rates" -> { s.rates = ints(v); i++; }
        case "--latency-step" -> { s.latencyStep = Integer.parseInt(v); i++; }
        case "--growth-sizes" -> { s.growthSizes = ints(v); i++; }
        case "--growth-rate" -> { s.growthRate = Integer.parseInt(v); i++; }
        case "--timers" -> { s.timers = Integer.parseInt(v); i++; }
        case "--timers-spread-seconds" -> { s.timersSpreadSeconds = Double.parseDouble(v); i++; }
        case "--db" -> { s.db = v; i++; }
        case "--collective-members" -> { s.collectiveMembers = Integer.parseInt(v); i++; }
        case "--collective-db" -> { s.collectiveDb = v; i++; }
        case "--collective-timeout" -> { s.collectiveTimeout = Integer.parseInt(v); i++; }
        case "--app-jvm-opt" -> { s.appJvmOptions.add(v); i++; }
        case "--app-arg" -> { s.appArgs.add(v); i++; }
        default -> throw new IllegalArgumentException("Unknown option " + a);
      }
    }
    for (String w : s.only) {
      if (!ALL.contains(w)) {
        throw new IllegalArgumentException("Unknown workload " + w + "; known: " + ALL);
      }
    }
    if (!s.onlyGiven && s.baselineAppJar != null) {
      s.only.add("sla-ab");
    }
    if (s.only.contains("sla-ab") && s.baselineAppJar == null) {
      throw new IllegalArgumentException("sla-ab needs --baseline-commit <sha> (bench/run builds it)");
    }
    for (String d : s.abDbs) {
      if (!d.equals("h2") && !d.equals("pg")) {
        throw new IllegalArgumentException("--ab-db is a list of h2, pg");
      }
    }
    s.latencyWarmupRate = s.rates.stream().mapToInt(Integer::intValue).min().orElse(25);
    if (!s.db.equals("h2") && !s.db.equals("pg")) {
      throw new IllegalArgumentException("--db is h2 or pg");
    }
    if (!s.collectiveDb.equals("h2") && !s.collectiveDb.equals("pg")) {
      throw new IllegalArgumentException("--collective-db is h2 or pg");
    }
    if (s.collectiveMembers < 10) {
      throw new IllegalArgumentException("--collective-members is at least 10");
    }
    return s;
  }

  private void quick() {
    quick = true;
    warmup = 15;
    measure = 20;
    rates = List.of(25, 50, 100);
    latencyWarmup = 15;
    latencyStep = 15;
    drainMax = 15;
    growthSizes = List.of(1_000, 10_000);
    growthWarmup = 10;
    growthMeasure = 20;
    timers = 500;
    timerTimeout = 180;
    abRounds = 1;
    abWarmup = 15;
    abMeasure = 20;
    collectiveMembers = 500;
    collectiveTimeout = 600;
  }

  /** The spread phase's seconds: --timers-spread-seconds, else 100 timers due per second; 0 = no spread phase. */
  double spreadSeconds() {
    return timersSpreadSeconds >= 0 ? timersSpreadSeconds : timers / 100.0;
  }

  private static List<Integer> ints(String v) {
    return Arrays.stream(v.split(",")).map(String::trim).map(Integer::parseInt).toList();
  }

  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", quick ? "quick" : "full");
    m.put("workloads", new ArrayList<>(only));
    m.put("clientThreads", threads);
    m.put("maxCasesInFlight", maxInFlight);
    m.put("warmupSeconds", warmup);
    m.put("measureSeconds", measure);
    m.put("latencyRates", rates);
    m.put("latencyWarmupSeconds", latencyWarmup);
    m.put("latencyWarmupRate", latencyWarmupRate);
    m.put("latencyStepSeconds", latencyStep);
    m.put("drainMaxSeconds", drainMax);
    m.put("growthSizes", growthSizes);
    m.put("growthRate", growthRate);
    m.put("growthMergeShare", mergeShare);
    m.put("growthWarmupSeconds", growthWarmup);
    m.put("growthMeasureSeconds", growthMeasure);
    m.put("timers", timers);
    m.put("timersSpreadSeconds", spreadSeconds());
    if (only.contains("sla-ab")) {
      m.put("baselineCommit", baselineCommit);
      m.put("abRounds", abRounds);
      m.put("abDatabases", abDbs);
      m.put("abWarmupSeconds", abWarmup);
      m.put("abMeasureSeconds", abMeasure);
    }
    m.put("databaseForLatencyGrowthTimers", db);
    if (only.contains("collective")) {
      m.put("collectiveMembers", collectiveMembers);
      m.put("collectiveDatabase", collectiveDb);
      m.put("collectiveTimeoutSeconds", collectiveTimeout);
    }
    m.put("appJvmOptions", appJvmOptions);
    m.put("extraAppArguments", appArgs);
    return m;
  }
}
