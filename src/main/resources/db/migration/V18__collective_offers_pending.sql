-- Collective remedies (issue 8): each member's offer runs in a process instance of its own; the
-- collective case counts the offers not yet applied, so exactly one member's pay-out, the last,
-- tells the collective case that it may close (the decrement takes the collective row's lock).
ALTER TABLE pd_collective_case ADD COLUMN offers_pending INTEGER;
