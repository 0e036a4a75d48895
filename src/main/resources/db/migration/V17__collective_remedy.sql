-- Collective remedies (issue 8): the supervisor's one decision for a collective case, and one
-- offer per affected member that records what the member was offered, what they answered (or
-- the default at the deadline) and what was paid. Pay-outs read these rows, never process
-- variables. Portable SQL: runs unchanged on H2 (default run, tests) and PostgreSQL (production).

ALTER TABLE pd_collective_case ADD COLUMN corrective_action VARCHAR(500);

CREATE TABLE pd_collective_decision (
  collective_id       BIGINT       PRIMARY KEY REFERENCES pd_collective_case (id),
  remedy              VARCHAR(24)  NOT NULL
                      CHECK (remedy IN ('ALTERNATIVE_OR_REFUND', 'REFUND', 'RESTORE_EXPIRED')),
  compensation_points INTEGER      NOT NULL CHECK (compensation_points >= 0),
  -- members who may choose answer by then (business time, working days after the decision)
  answer_by           TIMESTAMP WITH TIME ZONE,
  corrective_action   VARCHAR(500) NOT NULL,
  decided_by          VARCHAR(64)  NOT NULL,
  decided_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the alternative gifts the decision offers
CREATE TABLE pd_collective_alternative (
  collective_id BIGINT      NOT NULL REFERENCES pd_collective_case (id),
  gift_id       VARCHAR(32) NOT NULL REFERENCES pd_gift (id),
  PRIMARY KEY (collective_id, gift_id)
);

CREATE TABLE pd_member_offer (
  -- unguessable (256 random bits, base64url): the member's link to their own answer
  id             VARCHAR(43) PRIMARY KEY,
  collective_id  BIGINT      NOT NULL REFERENCES pd_collective_case (id),
  -- 0..n-1: the multi-instance loop counter of the member's instance
  seq            INTEGER     NOT NULL,
  member_id      VARCHAR(32) NOT NULL REFERENCES pd_member (id),
  -- the member's own open complaint about the subject, if they complained
  case_number    VARCHAR(20) REFERENCES pd_complaint (case_number),
  -- the points of the unfulfilled orders (a refund), or the expired points (a restoration)
  points_owed    INTEGER     NOT NULL CHECK (points_owed >= 0),
  answer_by      TIMESTAMP WITH TIME ZONE,
  -- OPEN: waits for the member; DECIDED: nothing to choose; ANSWERED / DEFAULTED: the choice
  -- is known; APPLIED: paid and told
  status         VARCHAR(10) NOT NULL
                 CHECK (status IN ('OPEN', 'DECIDED', 'ANSWERED', 'DEFAULTED', 'APPLIED')),
  choice         VARCHAR(12) CHECK (choice IN ('ALTERNATIVE', 'REFUND', 'RESTORE', 'NONE')),
  chosen_gift_id VARCHAR(32) REFERENCES pd_gift (id),
  answered_at    TIMESTAMP WITH TIME ZONE,
  applied_at     TIMESTAMP WITH TIME ZONE,
  new_order_id   VARCHAR(40),
  CONSTRAINT uq_member_offer_seq UNIQUE (collective_id, seq),
  CONSTRAINT uq_member_offer_member UNIQUE (collective_id, member_id)
);
CREATE INDEX ix_member_offer_status ON pd_member_offer (collective_id, status);

-- the orders an offer settles: cancelled when the member is refunded or takes an alternative
CREATE TABLE pd_member_offer_order (
  offer_id VARCHAR(43) NOT NULL REFERENCES pd_member_offer (id),
  order_id VARCHAR(40) NOT NULL REFERENCES pd_redemption_order (id),
  PRIMARY KEY (offer_id, order_id)
);

-- the gifts a supervisor may offer instead: listed, with stock left
CREATE INDEX ix_gift_in_stock ON pd_gift (listed, stock);
