package com.pointsdesk.system;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the public API is {@code application/problem+json} (RFC 9457) with an
 * {@code errors} list of {field, message} where a field is at fault.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> apiException(ApiException e) {
    ProblemDetail problem = problem(e.status(), e.title(), e.getMessage());
    problem.setProperty("errors", e.errors());
    return ResponseEntity.status(e.status()).body(problem);
  }

  /** Anything unexpected is still problem+json, without internals; the log has the details. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) throws Exception {
    if (e instanceof org.springframework.web.ErrorResponse) {
      throw e; // Spring's own 4xx exceptions are handled by the base class
    }
    log.error("Unexpected failure of an API request", e);
    ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "The request could not be processed; nothing was changed. Please retry later.");
    problem.setProperty("errors", List.of());
    return ResponseEntity.internalServerError().body(problem);
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<Object> concurrentChange(OptimisticLockingException e) {
    log.info("Concurrent change refused: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
        "Concurrent change", "The case was changed at the same moment; please retry the request."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiException.FieldError(f.getField(), f.getDefaultMessage()))
        .sorted((a, b) -> a.field().compareTo(b.field()))
        .toList();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem;
    if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
      String field = fieldPath(invalid);
      String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
          ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
          : "has an invalid value";
      problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " " + message);
      problem.setProperty("errors", List.of(new ApiException.FieldError(field, message)));
    } else if (e.getCause() instanceof MismatchedInputException mismatched
        && !mismatched.getPath().isEmpty()) {
      String field = fieldPath(mismatched);
      problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", field + " has the wrong type");
      problem.setProperty("errors", List.of(new ApiException.FieldError(field, "has the wrong type")));
    } else {
      problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body",
          "The request body is not valid JSON.");
      problem.setProperty("errors", List.of());
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
        "The upload exceeds the size limit.");
    problem.setProperty("errors", List.of(new ApiException.FieldError("file", "too large")));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
      problem.setProperty("errors", List.of());
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static String fieldPath(MismatchedInputException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
