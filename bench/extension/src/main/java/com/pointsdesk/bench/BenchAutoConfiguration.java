package com.pointsdesk.bench;

import jakarta.servlet.Filter;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The benchmark's extension of PointsDesk, active only with {@code pointsdesk.bench.enabled=true}
 * and only when its jar is on the loader path (bench/run does both). It adds nothing to the
 * product's behaviour: it counts JDBC statements, serves {@code /bench/**} on the app's port
 * (bench/run binds the app to 127.0.0.1; {@code /bench/collective/**} for the collective workload)
 * and deploys a no-op copy of the model for the ceiling.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "pointsdesk.bench.enabled", havingValue = "true")
@Import({BenchController.class, Fixtures.class, Ceiling.class, CollectiveBench.class})
public class BenchAutoConfiguration {

  /** Wraps every DataSource bean once it is configured, so the engine and the app both count. */
  @Bean
  static BeanPostProcessor benchStatementCounter() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !java.lang.reflect.Proxy.isProxyClass(bean.getClass())) {
          return StatementCounter.wrap(ds);
        }
        return bean;
      }
    };
  }

  /** Statements run for /bench/** itself are counted apart, never as intake (but see below). */
  @Bean
  FilterRegistrationBean<Filter> benchThreadMarker() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      // the ceiling's start request stands in for intake and is counted as intake
      boolean intake = request instanceof jakarta.servlet.http.HttpServletRequest http
          && http.getRequestURI().endsWith("/bench/ceiling/start");
      StatementCounter.benchThread(!intake);
      try {
        chain.doFilter(request, response);
      } finally {
        StatementCounter.benchThread(false);
      }
    });
    registration.setName("bench-thread-marker");
    registration.addUrlPatterns("/bench/*");
    registration.setOrder(Integer.MIN_VALUE);
    return registration;
  }

  /** The delegate, execution listener and task listener of the ceiling model: does nothing. */
  @Bean("benchNoop")
  NoopDelegate benchNoop() {
    return new NoopDelegate();
  }
}
