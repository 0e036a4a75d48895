-- Case numbers come from a sequence instead of a counter row: a row that every intake increments
-- is locked until that intake commits, so intakes on all nodes queued behind each other
-- (docs/performance.md). Number within the year = sequence value - the year's base.
CREATE SEQUENCE pd_case_number_seq START WITH 1;

CREATE TABLE pd_case_year (
  case_year     INTEGER PRIMARY KEY,
  -- the sequence value just before the year's first case
  sequence_base BIGINT  NOT NULL
);

-- a year already counting goes on after its last number (the sequence starts at 1)
INSERT INTO pd_case_year (case_year, sequence_base)
  SELECT case_year, -last_number FROM pd_case_counter;

DROP TABLE pd_case_counter;
