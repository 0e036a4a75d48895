package com.pointsdesk.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pointsdesk.system.ApiException;
import com.pointsdesk.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of an intake request, scoped to the calling integration: a key seen
 * before with the same request replays its outcome, with a different request it is refused.
 */
@Component
class IntakeIdempotency {

  private final IdempotencyRecords records;
  private final ObjectMapper json;

  IntakeIdempotency(IdempotencyRecords records, ObjectMapper json) {
    this.records = records;
    this.json = json;
  }

  /** The key of one request; {@code idempotencyKey} is null when the caller sent none. */
  Key key(String clientId, String idempotencyKey, ComplaintRequest request) {
    try {
      return new Key(clientId, idempotencyKey,
          Sha256.hex(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of the first request with this key, if there was one. */
  Optional<IntakeOutcome> replay(Key key) {
    if (key.idempotencyKey() == null) {
      return Optional.empty();
    }
    return records.find(key.clientId(), key.idempotencyKey()).map(seen -> {
      if (!seen.requestHash().equals(key.requestHash())) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
            "This Idempotency-Key was already used for a different complaint.",
            List.of(new ApiException.FieldError("Idempotency-Key", "already used")));
      }
      return new IntakeOutcome(seen.caseNumber(), IntakeOutcome.Kind.REPLAYED, seen.merged());
    });
  }

  void remember(Key key, IntakeOutcome outcome, OffsetDateTime at) {
    if (key.idempotencyKey() != null) {
      records.save(key.clientId(), key.idempotencyKey(), key.requestHash(),
          outcome.caseNumber(), outcome.merged(), at);
    }
  }

  record Key(String clientId, String idempotencyKey, String requestHash) {}
}
