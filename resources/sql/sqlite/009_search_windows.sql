-- Same index as PostgreSQL's 009 (newest contributions first); SQLite's search goes through
-- FTS5 and sorts its matches, the index keeps the two schemas in step.
CREATE INDEX contributions_submitted_idx ON contributions (submitted_at);
