package com.pointsdesk.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business refusal that the API reports as problem+json. Thrown before anything is written, or
 * inside a transaction that it rolls back, so a refused request changes nothing.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldError> errors;

  public ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ApiException notFound(String field, String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail,
        field == null ? List.of() : List.of(new FieldError(field, detail)));
  }

  public static ApiException invalid(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", message,
        List.of(new FieldError(field, message)));
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One entry of the problem's {@code errors} list. */
  public record FieldError(String field, String message) {}
}
