package com.pointsdesk.bench.driver;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facts about this machine, and CPU readings from /proc. */
final class Machine {

  /** USER_HZ of /proc/<pid>/stat: 100 on every Linux this runs on. */
  private static final long TICK_NANOS = 10_000_000L;

  private Machine() {}

  static Map<String, Object> facts() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cores", Runtime.getRuntime().availableProcessors());
    String model = "?";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (Exception ignored) {
      // not Linux
    }
    out.put("cpuModel", model);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.put("memoryBytes", os.getTotalMemorySize());
    out.put("memoryGiB", Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024 * 10) / 10.0);
    String pretty = System.getProperty("os.name");
    try {
      for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
        if (line.startsWith("PRETTY_NAME=")) {
          pretty = line.substring(12).replace("\"", "");
        }
      }
    } catch (Exception ignored) {
      // no os-release
    }
    out.put("os", pretty + " (kernel " + System.getProperty("os.version") + ")");
    out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    out.put("loadAverageAtStart", os.getSystemLoadAverage());
    return out;
  }

  /** Busy and total CPU time of the whole machine so far, nanoseconds, from /proc/stat. */
  static long[] machineCpuNanos() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {(total - idle) * TICK_NANOS, total * TICK_NANOS};
    } catch (Exception e) {
      return new long[] {0, 0};
    }
  }

  /** utime+stime of {@code pid} (with its reaped children) plus those of its live children. */
  static long processTreeCpuNanos(long pid) {
    if (pid <= 0) {
      return 0;
    }
    long ticks = 0;
    long[] root = stat(pid);
    if (root != null) {
      ticks += root[1] + root[2] + root[3] + root[4];
    }
    File[] procs = new File("/proc").listFiles();
    if (procs != null) {
      for (File p : procs) {
        if (p.getName().chars().allMatch(Character::isDigit)) {
          long[] s = stat(Long.parseLong(p.getName()));
          if (s != null && s[0] == pid) {
            ticks += s[1] + s[2];
          }
        }
      }
    }
    return ticks * TICK_NANOS;
  }

  /** [ppid, utime, stime, cutime, cstime] of a process, or null. */
  private static long[] stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      // after the comm field: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
      return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
          Long.parseLong(f[13]), Long.parseLong(f[14])};
    } catch (Exception e) {
      return null;
    }
  }

  static long ownCpuNanos() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime();
  }

  static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (Exception e) {
      return "(no log: " + e + ")";
    }
  }
}
