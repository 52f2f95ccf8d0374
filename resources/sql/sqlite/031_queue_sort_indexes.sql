-- The moderation queue sorted by reports or flags in the Reported and Auto-hidden tabs; PostgreSQL's
-- 031 says why. The same indexes, and the same rule (an automatic hide is a hidden state), which
-- SQLite cannot add to an existing table as a CHECK: two triggers refuse what the CHECK refuses.
CREATE INDEX contributions_reported_reports_idx ON contributions
    ((-report_count), submitted_at, id) WHERE state = 'published' AND report_count > 0;
CREATE INDEX contributions_reported_flags_idx ON contributions
    ((-flag_count), submitted_at, id) WHERE state = 'published' AND report_count > 0;

DROP INDEX contributions_auto_hidden_idx;
CREATE INDEX contributions_auto_hidden_idx ON contributions (submitted_at, id)
    WHERE auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_auto_hidden_reports_idx ON contributions
    ((-report_count), submitted_at, id) WHERE auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_auto_hidden_flags_idx ON contributions
    ((-flag_count), submitted_at, id) WHERE auto_hidden_at IS NOT NULL;

CREATE TRIGGER contributions_auto_hidden_is_hidden_insert BEFORE INSERT ON contributions
    WHEN NEW.auto_hidden_at IS NOT NULL AND NEW.state <> 'hidden'
BEGIN
    SELECT RAISE(ABORT, 'contributions_auto_hidden_is_hidden');
END;
CREATE TRIGGER contributions_auto_hidden_is_hidden_update
    BEFORE UPDATE OF state, auto_hidden_at ON contributions
    WHEN NEW.auto_hidden_at IS NOT NULL AND NEW.state <> 'hidden'
BEGIN
    SELECT RAISE(ABORT, 'contributions_auto_hidden_is_hidden');
END;
