-- Moderation, first part (issue 12); PostgreSQL's 013 says why. On SQLite the entry points, the
-- normaliser and the flags are C++ (models/moderation/portalentry.*, ContributionFlags,
-- ArabicText::normalize); the schema follows PostgreSQL's.

ALTER TABLE topics ADD COLUMN moderation text NOT NULL DEFAULT 'pre' CHECK (moderation IN ('pre', 'post'));
ALTER TABLE topics ADD COLUMN report_threshold integer NOT NULL DEFAULT 3 CHECK (report_threshold >= 1);

ALTER TABLE contributions ADD COLUMN auto_hidden_at text;

ALTER TABLE contribution_reports ADD COLUMN dismissed_by integer REFERENCES staff (id);
ALTER TABLE contribution_reports ADD COLUMN dismissed_at text;
CREATE INDEX contribution_reports_reporter_idx ON contribution_reports (contribution_id, reporter_id);

CREATE TABLE blocked_words (
    word        text PRIMARY KEY,
    word_key    text NOT NULL CHECK (length(word_key) >= 2),
    added_by    integer REFERENCES staff (id),
    added_at    text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE moderation_log (
    id              integer PRIMARY KEY,
    contribution_id integer NOT NULL REFERENCES contributions (id),
    staff_id        integer REFERENCES staff (id),
    action          text NOT NULL CHECK (action IN ('approve', 'reject', 'hide', 'restore',
                                                    'dismiss_reports', 'auto_hide')),
    reason_code     text,
    reason          text,
    at              text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX moderation_log_contribution_idx ON moderation_log (contribution_id, at);

-- The same starting list as PostgreSQL's, with the keys ContributionFlags::matchKey gives
-- (tst_contributionflags checks them).
INSERT INTO blocked_words (word, word_key) VALUES
    (char(0x063A, 0x0628, 0x064A), char(0x063A, 0x0628, 0x064A)),
    (char(0x062D, 0x0645, 0x0627, 0x0631), char(0x062D, 0x0645, 0x0627, 0x0631)),
    (char(0x062A, 0x0627, 0x0641, 0x0647), char(0x062A, 0x0627, 0x0641, 0x0647)),
    (char(0x062D, 0x0642, 0x064A, 0x0631), char(0x062D, 0x0642, 0x064A, 0x0631)),
    ('idiot', 'idiot'),
    ('stupid', 'stupid'),
    ('moron', 'moron');

-- What a rejection tells the author (PostgreSQL's 013 says why a table and not the outbox).
CREATE TABLE contribution_messages (
    id              integer PRIMARY KEY,
    contribution_id integer NOT NULL REFERENCES contributions (id),
    author_id       text NOT NULL,
    reason_code     text NOT NULL,
    body_ar         text NOT NULL,
    body_en         text NOT NULL,
    created_at      text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    read_at         text
);
CREATE INDEX contribution_messages_author_idx ON contribution_messages (author_id, created_at);
