package com.pointsdesk.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the analysts' models ({@code processes/*.bpmn|dmn}, {@code forms/*.form}) when the
 * engine starts. Resources are named by their path below the classpath root
 * ({@code processes/ComplaintHandling.bpmn}), the same from {@code target/classes}, a fat jar or
 * a second node, so duplicate filtering only creates a new version when a model really changed.
 * BPMN, DMN and forms go in one deployment: {@code binding="deployment"} finds its own versions.
 */
@Component
@Order(0)
@EnableConfigurationProperties(DeploymentProperties.class)
class ModelDeployment extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);
  private static final List<String> ROOTS = List.of("processes/", "forms/");

  private final String name;
  private final List<String> patterns;

  ModelDeployment(DeploymentProperties properties) {
    this.name = properties.name();
    this.patterns = properties.resourcePatterns();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(name).source("PointsDesk").enableDuplicateFiltering(false);
    int count = 0;
    try {
      var resolver = new PathMatchingResourcePatternResolver();
      for (String pattern : patterns) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            deployment.addInputStream(resourceName(resource), in);
          }
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models", e);
    }
    if (count == 0) {
      throw new IllegalStateException("No models found for " + patterns);
    }
    Deployment deployed = deployment.deployWithResult();
    log.info("Models deployed as '{}' ({} resources, deployment {})", name, count,
        deployed.getId());
  }

  static String resourceName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    for (String root : ROOTS) {
      int at = url.lastIndexOf("/" + root);
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    throw new IllegalArgumentException("Model outside processes/ and forms/: " + url);
  }
}
