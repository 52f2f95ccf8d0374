-- The moderation queue at scale (issue 12, session 7); PostgreSQL's 028 says why. The same
-- indexes, so that both databases answer the queue's pages alike: a partial index per tab in
-- keyset order (submitted_at, id) instead of one over (state, submitted_at, id) (SQLite's
-- planner has no correlation to weigh, so the second column stays); one index per topic for the
-- near-duplicate check and the counters; the moderator's index only over moderated
-- contributions. The poll segment rollups keep 024's row triggers here: PostgreSQL's statement
-- triggers are about its per-call cost.
CREATE INDEX contributions_pending_idx ON contributions (submitted_at, id) WHERE state = 'pending';
CREATE INDEX contributions_published_idx ON contributions (submitted_at, id) WHERE state = 'published';
CREATE INDEX contributions_reported_idx ON contributions (submitted_at, id)
    WHERE state = 'published' AND report_count > 0;
CREATE INDEX contributions_auto_hidden_idx ON contributions (submitted_at, id)
    WHERE state = 'hidden' AND auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_hidden_idx ON contributions (submitted_at, id)
    WHERE state = 'hidden' AND auto_hidden_at IS NULL;
CREATE INDEX contributions_rejected_idx ON contributions (submitted_at, id) WHERE state = 'rejected';
DROP INDEX contributions_queue_idx;

DROP INDEX contributions_topic_state_idx;
DROP INDEX contributions_topic_idx;
CREATE INDEX contributions_topic_idx ON contributions (topic_id, submitted_at, state, report_count);

DROP INDEX contributions_moderator_idx;
CREATE INDEX contributions_moderator_idx ON contributions (moderated_by, moderated_at)
    WHERE moderated_by IS NOT NULL;
