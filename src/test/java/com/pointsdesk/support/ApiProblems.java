package com.pointsdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Assertions on the RFC 9457 problems of the public API (DESIGN "Public API v1"). */
public final class ApiProblems {

  private ApiProblems() {}

  /**
   * Asserts that the response is an {@code application/problem+json} with this status, a title
   * and an {@code errors} list; returns the problem.
   */
  public static Map<String, Object> assertProblem(ResponseEntity<Map<String, Object>> response,
      HttpStatus status) {
    assertThat(response.getStatusCode()).as("status of %s", response).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).as("content type of %s", response)
        .isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
            "is application/problem+json");
    Map<String, Object> problem = response.getBody();
    assertThat(problem).as("problem").isNotNull()
        .containsEntry("status", status.value())
        .containsKey("title")
        .containsKey("errors");
    return problem;
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, String>> errors(Map<String, Object> problem) {
    return (List<Map<String, String>>) problem.get("errors");
  }

  /** The message of the one error about {@code field}; fails when there is none. */
  public static String errorAbout(Map<String, Object> problem, String field) {
    List<Map<String, String>> about = errors(problem).stream()
        .filter(e -> field.equals(e.get("field"))).toList();
    assertThat(about).as("errors about %s in %s", field, problem).hasSize(1);
    assertThat(about.get(0).get("message")).as("message about %s", field).isNotBlank();
    return about.get(0).get("message");
  }
}
