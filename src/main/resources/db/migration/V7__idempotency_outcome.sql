-- A replayed request answers exactly like the first one, including "merged": true.
ALTER TABLE pd_idempotency_record ADD COLUMN merged BOOLEAN DEFAULT FALSE NOT NULL;
