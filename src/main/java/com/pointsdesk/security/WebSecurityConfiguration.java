package com.pointsdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication of the two HTTP APIs. The Camunda REST API is unauthenticated by default and
 * anonymous calls skip authorization checks, so Basic auth is put in front of it explicitly.
 * The webapps authenticate with their own login page and session.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      IdentityService identityService, ObjectMapper json,
      @Value("${pointsdesk.security.verified-login-ttl:PT30S}") Duration verifiedLoginTtl) {
    var logins = new VerifiedLogins(identityService, verifiedLoginTtl, System::nanoTime);
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(logins, json));
    registration.setName("api-v1-authentication");
    registration.addUrlPatterns("/api/v1/*", "/demo/*");
    registration.setOrder(11);
    return registration;
  }
}
