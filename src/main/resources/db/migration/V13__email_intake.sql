-- The e-mail channel (channel/email): every mail the complaints mailbox poller has dealt with,
-- by its key (email:<Message-ID>). Written in the same transaction as what the mail caused (a
-- case, a member message, evidence, an auto-reply), so a restart, a second node polling the same
-- mailbox or a mail delivered twice is recognised and never taken in twice.
CREATE TABLE pd_email_intake (
  message_key  VARCHAR(128)  PRIMARY KEY,
  outcome      VARCHAR(24)   NOT NULL
    CHECK (outcome IN ('OPENED', 'MERGED', 'ADDED_TO_CASE', 'REJECTED')),
  case_number  VARCHAR(20)   REFERENCES pd_complaint (case_number),
  reason       VARCHAR(24),
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_email_intake_case ON pd_email_intake (case_number);
