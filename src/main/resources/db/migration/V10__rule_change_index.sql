-- The RULE_CHANGED check looks up the rule changes that took effect around a complaint.
-- (PostgresLookupIndexesTest: every lookup of the domain tables runs on an index.)
CREATE INDEX ix_rule_change_effective ON pd_rule_change (effective_at);
