-- The Message-ID of the member's mail a queued mail answers (In-Reply-To / References), so the
-- member's mail client threads our answer under what they sent; null for every other mail.
ALTER TABLE pd_outbox_message ADD COLUMN in_reply_to VARCHAR(998);
