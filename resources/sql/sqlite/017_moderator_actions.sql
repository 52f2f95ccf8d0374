-- Moderation, the moderator's side (issue 12); PostgreSQL's 017 says why. On SQLite the rules are
-- C++ (ModerationService); the schema follows PostgreSQL's.

-- The log's new actions and what each action found (for undo). SQLite cannot change a CHECK:
-- the table is built again.
CREATE TABLE moderation_log_new (
    id                   integer PRIMARY KEY,
    contribution_id      integer NOT NULL REFERENCES contributions (id),
    staff_id             integer REFERENCES staff (id),
    action               text NOT NULL CHECK (action IN ('approve', 'reject', 'hide', 'restore',
                                                         'dismiss_reports', 'auto_hide', 'redact',
                                                         'block_author', 'unblock_author', 'undo')),
    reason_code          text,
    reason               text,
    at                   text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    prior_state          text,
    prior_auto_hidden_at text,
    prior_report_count   integer,
    version_after        integer,
    undoes               integer REFERENCES moderation_log_new (id)
);
INSERT INTO moderation_log_new (id, contribution_id, staff_id, action, reason_code, reason, at)
    SELECT id, contribution_id, staff_id, action, reason_code, reason, at FROM moderation_log;
DROP TABLE moderation_log;
ALTER TABLE moderation_log_new RENAME TO moderation_log;
CREATE INDEX moderation_log_contribution_idx ON moderation_log (contribution_id, at);
CREATE INDEX moderation_log_staff_idx ON moderation_log (staff_id, at, id);
CREATE UNIQUE INDEX moderation_log_undoes_idx ON moderation_log (undoes) WHERE undoes IS NOT NULL;

-- Who is looking at a contribution (the soft claim).
CREATE TABLE contribution_claims (
    contribution_id integer PRIMARY KEY REFERENCES contributions (id),
    staff_id        integer NOT NULL REFERENCES staff (id),
    claimed_at      text NOT NULL
);

-- The queue's sorts and filters.
ALTER TABLE contributions ADD COLUMN flag_count integer GENERATED ALWAYS AS
    (CASE WHEN auto_flags = '' THEN 0
          ELSE length(auto_flags) - length(replace(auto_flags, ',', '')) + 1 END) VIRTUAL;
CREATE INDEX contributions_reports_order_idx ON contributions (state, (-report_count), submitted_at, id);
CREATE INDEX contributions_flags_order_idx ON contributions (state, (-flag_count), submitted_at, id);
CREATE INDEX contributions_author_idx ON contributions (author_id, submitted_at);
CREATE INDEX contributions_moderator_idx ON contributions (moderated_by, moderated_at);

-- A redaction keeps the original in the audit trail only (001's trigger records no text).
CREATE TRIGGER contributions_audit_redact AFTER UPDATE OF body ON contributions
    WHEN OLD.body IS NOT NEW.body
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'contributions', NEW.id,
            'UPDATE', json_object('id', OLD.id, 'body', OLD.body, 'body_norm', OLD.body_norm,
                                  'version', OLD.version),
            json_object('id', NEW.id, 'body', NEW.body, 'body_norm', NEW.body_norm,
                        'version', NEW.version));
END;

-- ... and the search finds the redacted text no more.
CREATE TRIGGER contributions_search_redact AFTER UPDATE OF body_norm ON contributions
    WHEN OLD.body_norm IS NOT NEW.body_norm
BEGIN
    DELETE FROM search_index WHERE kind = 'contribution' AND ref_id = NEW.id;
    INSERT INTO search_index (kind, ref_id, body) VALUES ('contribution', NEW.id, NEW.body_norm);
END;
