package com.pointsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE "Where things live", read from the sources: the feature packages depend on each other
 * without a cycle, none of them imports {@code workflow} (where BPMN meets Java), and the
 * channels reach the engine only through the features' ports.
 */
class PackageGraphTest {

  private static final Path SOURCES = Path.of("src/main/java/com/pointsdesk");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(com\\.pointsdesk\\.(\\w+)|org\\.camunda)\\.",
          Pattern.MULTILINE);

  @Test
  void theFeaturePackagesDependOnEachOtherWithoutACycle() {
    Map<String, Set<String>> graph = graph();

    List<String> cycle = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (cycle.isEmpty()) {
        cycle = cycleFrom(start, graph, new ArrayList<>());
      }
    }

    assertThat(cycle).as("a cycle of package imports").isEmpty();
  }

  @Test
  void onlyWorkflowImportsWorkflowAndTheChannelsImportNoCamunda() {
    Map<String, Set<String>> graph = graph();

    graph.forEach((from, to) -> {
      if (!from.equals("workflow")) {
        assertThat(to).as("imports of %s", from).doesNotContain("workflow");
      }
    });
    assertThat(graph.getOrDefault("channel", Set.of())).doesNotContain("org.camunda");
    assertThat(graph.getOrDefault("notification", Set.of())).doesNotContain("channel",
        "complaint");
  }

  private static List<String> cycleFrom(String node, Map<String, Set<String>> graph,
      List<String> path) {
    if (path.contains(node)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      return cycle;
    }
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      List<String> cycle = cycleFrom(next, graph, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return List.of();
  }

  /** Top-level package → the top-level packages (and {@code org.camunda}) its classes import. */
  private static Map<String, Set<String>> graph() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.getParent().startsWith(SOURCES) && !f.getParent().equals(SOURCES))
          .forEach(f -> {
            String from = SOURCES.relativize(f).getName(0).toString();
            Matcher m = IMPORT.matcher(read(f));
            while (m.find()) {
              String to = m.group(2) != null ? m.group(2) : "org.camunda";
              if (!to.equals(from)) {
                graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
              }
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
