-- Moderation, topics and the last automatic flags (issue 12); PostgreSQL's 021 says why. On
-- SQLite the topic lifecycle, the look-alike and near-duplicate flags are C++
-- (models/moderation/topicservice.*, ContributionFlags, Similarity, PortalEntry); the schema
-- follows PostgreSQL's.

ALTER TABLE topics ADD COLUMN pinned integer NOT NULL DEFAULT 0;
ALTER TABLE topics ADD COLUMN reviewed_by integer REFERENCES staff (id);
ALTER TABLE topics ADD COLUMN updated_at text;

CREATE INDEX contributions_topic_state_idx ON contributions (topic_id, state, report_count);

ALTER TABLE contributions ADD COLUMN duplicate_of integer REFERENCES contributions (id);
ALTER TABLE contributions ADD COLUMN duplicate_score real;
CREATE INDEX IF NOT EXISTS contributions_author_idx ON contributions (author_id, submitted_at); -- also 017
-- Earlier copies of the same normalised text in a topic (PostgreSQL indexes its md5).
CREATE INDEX contributions_topic_text_idx ON contributions (topic_id, body_norm, id);
-- The contributions pointing at one (its foreign key checked on a delete without a scan).
CREATE INDEX contributions_duplicate_of_idx ON contributions (duplicate_of) WHERE duplicate_of IS NOT NULL;
