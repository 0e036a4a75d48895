package com.pointsdesk.channel.social;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pointsdesk.system.ApiException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Reads a verified webhook body: JSON of a {@link SocialMessage} with valid fields, else 400. */
@Component
class SocialPayloads {

  private final ObjectMapper json;
  private final Validator validator;

  SocialPayloads(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  SocialMessage parse(byte[] body) {
    SocialMessage message;
    try {
      message = json.readValue(body, SocialMessage.class);
    } catch (JsonProcessingException e) {
      // reported as any unreadable API body is (ProblemHandler): the field at fault, if known
      throw new HttpMessageNotReadableException("Unreadable social message", e, input(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (message == null) {
      throw ApiException.invalid("body", "must be a JSON object");
    }
    List<ApiException.FieldError> errors = validator.validate(message).stream()
        .map(SocialPayloads::error)
        .sorted(Comparator.comparing(ApiException.FieldError::field))
        .toList();
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", errors.stream()
          .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }
    return message;
  }

  private static HttpInputMessage input(byte[] body) {
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return HttpHeaders.EMPTY;
      }
    };
  }

  private static ApiException.FieldError error(ConstraintViolation<SocialMessage> violation) {
    return new ApiException.FieldError(violation.getPropertyPath().toString(),
        violation.getMessage());
  }
}
