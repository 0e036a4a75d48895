-- Whether a gift was reissued is whether a reissue order is recorded: one fact, one column.
ALTER TABLE pd_case_remedy DROP COLUMN gift_reissued;
