-- The SLA clock pauses while a case waits on the member (DESIGN "Service levels").
ALTER TABLE pd_complaint ADD COLUMN clock_paused_at TIMESTAMP WITH TIME ZONE;
