package com.pointsdesk.workflow;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which models are deployed, and under which deployment name (duplicate filtering uses it). */
@ConfigurationProperties("pointsdesk.deployment")
record DeploymentProperties(String name, List<String> resourcePatterns) {

  DeploymentProperties {
    name = name == null ? "pointsdesk" : name;
    resourcePatterns = resourcePatterns == null || resourcePatterns.isEmpty()
        ? List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form")
        : List.copyOf(resourcePatterns);
  }
}
