-- Diwan core schema for SQLite 3 (the single-machine demo database).
-- Same tables and columns as the PostgreSQL schema; roles are enforced by the application
-- (SQLite is a demo, not a security boundary), passwords are PBKDF2-SHA256 hashes in staff.
-- Timestamps are ISO-8601 UTC text ('YYYY-MM-DDTHH:MM:SS.zzzZ'), which sorts as time does.

CREATE TABLE schema_version (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    applied_at  text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    applied_by  text NOT NULL DEFAULT ''
);

-- Who is signed in, for the audit triggers (SQLite has no session_user).
CREATE TABLE app_session (
    id      integer PRIMARY KEY CHECK (id = 1),
    login   text NOT NULL
);

CREATE TABLE staff (
    id              integer PRIMARY KEY,
    login           text NOT NULL UNIQUE,
    display_name_ar text NOT NULL,
    display_name_en text NOT NULL,
    roles           text NOT NULL DEFAULT '',
    password_hash   text NOT NULL,
    supervisor_id   integer REFERENCES staff (id),
    active          integer NOT NULL DEFAULT 1,
    created_at      text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version         integer NOT NULL DEFAULT 1
);

CREATE TABLE services (
    id          integer PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name_ar     text NOT NULL,
    name_en     text NOT NULL,
    category    text NOT NULL CHECK (category IN ('residency', 'visas', 'traffic', 'travel', 'other')),
    sla_hours   integer NOT NULL CHECK (sla_hours > 0),
    active      integer NOT NULL DEFAULT 1,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE service_documents (
    id          integer PRIMARY KEY,
    service_id  integer NOT NULL REFERENCES services (id),
    code        text NOT NULL,
    name_ar     text NOT NULL,
    name_en     text NOT NULL,
    required    integer NOT NULL DEFAULT 1,
    position    integer NOT NULL DEFAULT 0,
    version     integer NOT NULL DEFAULT 1,
    UNIQUE (service_id, code)
);

CREATE TABLE staff_services (
    staff_id    integer NOT NULL REFERENCES staff (id),
    service_id  integer NOT NULL REFERENCES services (id),
    PRIMARY KEY (staff_id, service_id)
);

CREATE TABLE transactions (
    id                  integer PRIMARY KEY,
    reference           text NOT NULL UNIQUE,
    service_id          integer NOT NULL REFERENCES services (id),
    state               text NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'in_review',
                            'awaiting_applicant', 'approved', 'rejected', 'withdrawn', 'escalated')),
    priority            integer NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
    applicant_name      text NOT NULL,
    applicant_name_norm text NOT NULL,
    qid                 text NOT NULL CHECK (length(qid) = 11 AND qid NOT GLOB '*[^0-9]*'),
    phone               text,
    email               text,
    language            text NOT NULL DEFAULT 'ar' CHECK (language IN ('ar', 'en')),
    details             text NOT NULL DEFAULT '{}',
    submitted_at        text NOT NULL,
    due_at              text NOT NULL,
    sla_paused_at       text,
    assigned_to         integer REFERENCES staff (id),
    lease_expires_at    text,
    decided_at          text,
    reason_code         text,
    reason_text         text,
    updated_at          text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version             integer NOT NULL DEFAULT 1
);
CREATE INDEX transactions_queue_idx ON transactions (state, due_at, id);
CREATE INDEX transactions_service_idx ON transactions (service_id, state, due_at, id);
CREATE INDEX transactions_unclaimed_idx ON transactions (priority, due_at, id)
    WHERE assigned_to IS NULL AND state IN ('submitted', 'in_review');
CREATE INDEX transactions_assigned_idx ON transactions (assigned_to, due_at, id)
    WHERE assigned_to IS NOT NULL;
CREATE INDEX transactions_qid_idx ON transactions (qid);

CREATE TABLE transaction_events (
    id                      integer PRIMARY KEY,
    transaction_id          integer NOT NULL REFERENCES transactions (id),
    at                      text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    staff_id                integer REFERENCES staff (id),
    kind                    text NOT NULL,
    old_state               text,
    new_state               text,
    note                    text,
    visible_to_applicant    integer NOT NULL DEFAULT 0
);
CREATE INDEX transaction_events_txn_idx ON transaction_events (transaction_id, at);

CREATE TABLE attachments (
    id              integer PRIMARY KEY,
    transaction_id  integer NOT NULL REFERENCES transactions (id),
    document_code   text NOT NULL,
    file_name       text NOT NULL,
    url             text NOT NULL,
    sha256          text NOT NULL CHECK (length(sha256) = 64),
    size_bytes      integer NOT NULL CHECK (size_bytes >= 0),
    mime_type       text NOT NULL,
    review_state    text NOT NULL DEFAULT 'pending' CHECK (review_state IN ('pending', 'accepted', 'rejected')),
    reviewed_by     integer REFERENCES staff (id),
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX attachments_txn_idx ON attachments (transaction_id);

CREATE TABLE outbox (
    id              integer PRIMARY KEY,
    transaction_id  integer NOT NULL REFERENCES transactions (id),
    channel         text NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient       text NOT NULL,
    language        text NOT NULL CHECK (language IN ('ar', 'en')),
    body            text NOT NULL,
    created_at      text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    sent_at         text
);

CREATE TABLE canned_responses (
    id          integer PRIMARY KEY,
    service_id  integer REFERENCES services (id),
    title_ar    text NOT NULL,
    title_en    text NOT NULL,
    body_ar     text NOT NULL,
    body_en     text NOT NULL,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE topics (
    id          integer PRIMARY KEY,
    title_ar    text NOT NULL,
    title_en    text NOT NULL,
    body_ar     text NOT NULL,
    body_en     text NOT NULL,
    state       text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'scheduled', 'open', 'closed', 'archived')),
    opens_at    text,
    closes_at   text,
    created_by  integer REFERENCES staff (id),
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE contributions (
    id              integer PRIMARY KEY,
    topic_id        integer NOT NULL REFERENCES topics (id),
    author_id       text NOT NULL,
    author_name     text NOT NULL,
    body            text NOT NULL,
    body_norm       text NOT NULL,
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'published', 'rejected', 'hidden')),
    auto_flags      text NOT NULL DEFAULT '',
    report_count    integer NOT NULL DEFAULT 0,
    submitted_at    text NOT NULL,
    claimed_by      integer REFERENCES staff (id),
    moderated_by    integer REFERENCES staff (id),
    moderated_at    text,
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX contributions_queue_idx ON contributions (state, submitted_at, id);
CREATE INDEX contributions_topic_idx ON contributions (topic_id, submitted_at);

CREATE TABLE contribution_reports (
    id              integer PRIMARY KEY,
    contribution_id integer NOT NULL REFERENCES contributions (id),
    reason          text NOT NULL CHECK (reason IN ('off_topic', 'abusive', 'spam', 'personal_data', 'duplicate', 'other')),
    note            text,
    reporter_id     text NOT NULL,
    reported_at     text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX contribution_reports_idx ON contribution_reports (contribution_id);

CREATE TABLE moderation_actions (
    id              integer PRIMARY KEY,
    contribution_id integer NOT NULL REFERENCES contributions (id),
    staff_id        integer NOT NULL REFERENCES staff (id),
    action          text NOT NULL CHECK (action IN ('approve', 'reject', 'hide', 'restore', 'redact', 'block_author')),
    reason          text,
    at              text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE blocked_authors (
    author_id   text PRIMARY KEY,
    blocked_by  integer NOT NULL REFERENCES staff (id),
    reason      text NOT NULL,
    at          text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE polls (
    id              integer PRIMARY KEY,
    title_ar        text NOT NULL,
    title_en        text NOT NULL,
    description_ar  text NOT NULL DEFAULT '',
    description_en  text NOT NULL DEFAULT '',
    state           text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'scheduled', 'open', 'closed', 'archived')),
    audience        text NOT NULL DEFAULT '{}',
    opens_at        text,
    closes_at       text,
    created_by      integer REFERENCES staff (id),
    reviewed_by     integer REFERENCES staff (id),
    version         integer NOT NULL DEFAULT 1
);

CREATE TABLE poll_questions (
    id          integer PRIMARY KEY,
    poll_id     integer NOT NULL REFERENCES polls (id),
    position    integer NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('single', 'multiple', 'likert', 'rating', 'ranking', 'open')),
    text_ar     text NOT NULL,
    text_en     text NOT NULL,
    required    integer NOT NULL DEFAULT 1,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE poll_options (
    id          integer PRIMARY KEY,
    question_id integer NOT NULL REFERENCES poll_questions (id),
    position    integer NOT NULL,
    text_ar     text NOT NULL,
    text_en     text NOT NULL,
    is_other    integer NOT NULL DEFAULT 0,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE poll_responses (
    id                  integer PRIMARY KEY,
    poll_id             integer NOT NULL REFERENCES polls (id),
    submitted_at        text NOT NULL,
    gender              text NOT NULL CHECK (gender IN ('male', 'female')),
    age_band            text NOT NULL CHECK (age_band IN ('18-24', '25-34', '35-44', '45-54', '55-64', '65+')),
    nationality_group   text NOT NULL CHECK (nationality_group IN ('qatari', 'non_qatari')),
    municipality        text NOT NULL CHECK (municipality IN ('doha', 'al_rayyan', 'al_wakrah', 'umm_salal',
                            'al_khor', 'al_shamal', 'al_daayen', 'al_sheehaniya'))
);
CREATE INDEX poll_responses_poll_day ON poll_responses (poll_id, submitted_at);

CREATE TABLE poll_answers (
    response_id integer NOT NULL REFERENCES poll_responses (id),
    question_id integer NOT NULL REFERENCES poll_questions (id),
    option_id   integer REFERENCES poll_options (id),
    value_int   integer,
    value_text  text
);
CREATE INDEX poll_answers_response_idx ON poll_answers (response_id);
CREATE INDEX poll_answers_question_idx ON poll_answers (question_id, option_id);

CREATE TABLE poll_daily_counts (
    poll_id     integer NOT NULL REFERENCES polls (id),
    question_id integer NOT NULL REFERENCES poll_questions (id),
    option_id   integer NOT NULL REFERENCES poll_options (id),
    day         text NOT NULL,
    answers     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (poll_id, question_id, option_id, day)
);

CREATE TABLE settings (
    key     text PRIMARY KEY,
    value   text NOT NULL,
    version integer NOT NULL DEFAULT 1
);

-- Full-text search over normalised Arabic (FTS5's tokenizer alone splits words at the marks).
CREATE VIRTUAL TABLE search_index USING fts5 (kind UNINDEXED, ref_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2');

-- The audit trail: append-only; the triggers record who was signed in.
CREATE TABLE audit_event (
    id          integer PRIMARY KEY,
    at          text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    db_user     text NOT NULL,
    table_name  text NOT NULL,
    row_id      text,
    action      text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    old_row     text,
    new_row     text
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- Legal transaction state changes, as on PostgreSQL.
CREATE TRIGGER transactions_transition BEFORE UPDATE OF state ON transactions
WHEN NEW.state <> OLD.state AND NOT (
       (OLD.state = 'submitted'          AND NEW.state IN ('in_review', 'withdrawn', 'escalated'))
    OR (OLD.state = 'in_review'          AND NEW.state IN ('awaiting_applicant', 'approved', 'rejected', 'escalated', 'withdrawn', 'submitted'))
    OR (OLD.state = 'awaiting_applicant' AND NEW.state IN ('in_review', 'withdrawn'))
    OR (OLD.state = 'escalated'          AND NEW.state IN ('in_review', 'approved', 'rejected', 'withdrawn')))
BEGIN
    SELECT RAISE(ABORT, 'illegal transaction state change');
END;
CREATE TRIGGER transactions_reject_reason BEFORE UPDATE OF state ON transactions
WHEN NEW.state = 'rejected' AND OLD.state <> 'rejected'
     AND (coalesce(NEW.reason_code, '') = '' OR coalesce(NEW.reason_text, '') = '')
BEGIN
    SELECT RAISE(ABORT, 'a rejection needs a reason code and text');
END;

-- Audit triggers: the columns worth recording, as JSON like the PostgreSQL trail. Submissions
-- the portal inserts (transactions, contributions) are their own record; their changes are audited.
CREATE TRIGGER staff_audit_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'staff', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'login', NEW.login, 'display_name_ar', NEW.display_name_ar, 'display_name_en', NEW.display_name_en, 'roles', NEW.roles, 'active', NEW.active, 'supervisor_id', NEW.supervisor_id, 'version', NEW.version));
END;
CREATE TRIGGER staff_audit_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'staff', NEW.id, 'UPDATE', json_object('id', OLD.id, 'login', OLD.login, 'display_name_ar', OLD.display_name_ar, 'display_name_en', OLD.display_name_en, 'roles', OLD.roles, 'active', OLD.active, 'supervisor_id', OLD.supervisor_id, 'version', OLD.version), json_object('id', NEW.id, 'login', NEW.login, 'display_name_ar', NEW.display_name_ar, 'display_name_en', NEW.display_name_en, 'roles', NEW.roles, 'active', NEW.active, 'supervisor_id', NEW.supervisor_id, 'version', NEW.version));
END;
CREATE TRIGGER staff_audit_delete AFTER DELETE ON staff
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'staff', OLD.id, 'DELETE', json_object('id', OLD.id, 'login', OLD.login, 'display_name_ar', OLD.display_name_ar, 'display_name_en', OLD.display_name_en, 'roles', OLD.roles, 'active', OLD.active, 'supervisor_id', OLD.supervisor_id, 'version', OLD.version), NULL);
END;
CREATE TRIGGER services_audit_insert AFTER INSERT ON services
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'services', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'code', NEW.code, 'name_ar', NEW.name_ar, 'name_en', NEW.name_en, 'category', NEW.category, 'sla_hours', NEW.sla_hours, 'active', NEW.active, 'version', NEW.version));
END;
CREATE TRIGGER services_audit_update AFTER UPDATE ON services
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'services', NEW.id, 'UPDATE', json_object('id', OLD.id, 'code', OLD.code, 'name_ar', OLD.name_ar, 'name_en', OLD.name_en, 'category', OLD.category, 'sla_hours', OLD.sla_hours, 'active', OLD.active, 'version', OLD.version), json_object('id', NEW.id, 'code', NEW.code, 'name_ar', NEW.name_ar, 'name_en', NEW.name_en, 'category', NEW.category, 'sla_hours', NEW.sla_hours, 'active', NEW.active, 'version', NEW.version));
END;
CREATE TRIGGER services_audit_delete AFTER DELETE ON services
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'services', OLD.id, 'DELETE', json_object('id', OLD.id, 'code', OLD.code, 'name_ar', OLD.name_ar, 'name_en', OLD.name_en, 'category', OLD.category, 'sla_hours', OLD.sla_hours, 'active', OLD.active, 'version', OLD.version), NULL);
END;
CREATE TRIGGER transactions_audit_update AFTER UPDATE ON transactions
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'transactions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'reference', OLD.reference, 'service_id', OLD.service_id, 'state', OLD.state, 'priority', OLD.priority, 'assigned_to', OLD.assigned_to, 'lease_expires_at', OLD.lease_expires_at, 'reason_code', OLD.reason_code, 'reason_text', OLD.reason_text, 'version', OLD.version), json_object('id', NEW.id, 'reference', NEW.reference, 'service_id', NEW.service_id, 'state', NEW.state, 'priority', NEW.priority, 'assigned_to', NEW.assigned_to, 'lease_expires_at', NEW.lease_expires_at, 'reason_code', NEW.reason_code, 'reason_text', NEW.reason_text, 'version', NEW.version));
END;
CREATE TRIGGER transactions_audit_delete AFTER DELETE ON transactions
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'transactions', OLD.id, 'DELETE', json_object('id', OLD.id, 'reference', OLD.reference, 'service_id', OLD.service_id, 'state', OLD.state, 'priority', OLD.priority, 'assigned_to', OLD.assigned_to, 'lease_expires_at', OLD.lease_expires_at, 'reason_code', OLD.reason_code, 'reason_text', OLD.reason_text, 'version', OLD.version), NULL);
END;
CREATE TRIGGER attachments_audit_insert AFTER INSERT ON attachments
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'attachments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'transaction_id', NEW.transaction_id, 'document_code', NEW.document_code, 'review_state', NEW.review_state, 'reviewed_by', NEW.reviewed_by, 'version', NEW.version));
END;
CREATE TRIGGER attachments_audit_update AFTER UPDATE ON attachments
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'attachments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'transaction_id', OLD.transaction_id, 'document_code', OLD.document_code, 'review_state', OLD.review_state, 'reviewed_by', OLD.reviewed_by, 'version', OLD.version), json_object('id', NEW.id, 'transaction_id', NEW.transaction_id, 'document_code', NEW.document_code, 'review_state', NEW.review_state, 'reviewed_by', NEW.reviewed_by, 'version', NEW.version));
END;
CREATE TRIGGER attachments_audit_delete AFTER DELETE ON attachments
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'attachments', OLD.id, 'DELETE', json_object('id', OLD.id, 'transaction_id', OLD.transaction_id, 'document_code', OLD.document_code, 'review_state', OLD.review_state, 'reviewed_by', OLD.reviewed_by, 'version', OLD.version), NULL);
END;
CREATE TRIGGER contributions_audit_update AFTER UPDATE ON contributions
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'contributions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'topic_id', OLD.topic_id, 'state', OLD.state, 'claimed_by', OLD.claimed_by, 'moderated_by', OLD.moderated_by, 'version', OLD.version), json_object('id', NEW.id, 'topic_id', NEW.topic_id, 'state', NEW.state, 'claimed_by', NEW.claimed_by, 'moderated_by', NEW.moderated_by, 'version', NEW.version));
END;
CREATE TRIGGER contributions_audit_delete AFTER DELETE ON contributions
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'contributions', OLD.id, 'DELETE', json_object('id', OLD.id, 'topic_id', OLD.topic_id, 'state', OLD.state, 'claimed_by', OLD.claimed_by, 'moderated_by', OLD.moderated_by, 'version', OLD.version), NULL);
END;
CREATE TRIGGER polls_audit_insert AFTER INSERT ON polls
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'polls', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'title_ar', NEW.title_ar, 'title_en', NEW.title_en, 'state', NEW.state, 'opens_at', NEW.opens_at, 'closes_at', NEW.closes_at, 'version', NEW.version));
END;
CREATE TRIGGER polls_audit_update AFTER UPDATE ON polls
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'polls', NEW.id, 'UPDATE', json_object('id', OLD.id, 'title_ar', OLD.title_ar, 'title_en', OLD.title_en, 'state', OLD.state, 'opens_at', OLD.opens_at, 'closes_at', OLD.closes_at, 'version', OLD.version), json_object('id', NEW.id, 'title_ar', NEW.title_ar, 'title_en', NEW.title_en, 'state', NEW.state, 'opens_at', NEW.opens_at, 'closes_at', NEW.closes_at, 'version', NEW.version));
END;
CREATE TRIGGER polls_audit_delete AFTER DELETE ON polls
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'polls', OLD.id, 'DELETE', json_object('id', OLD.id, 'title_ar', OLD.title_ar, 'title_en', OLD.title_en, 'state', OLD.state, 'opens_at', OLD.opens_at, 'closes_at', OLD.closes_at, 'version', OLD.version), NULL);
END;
CREATE TRIGGER settings_audit_insert AFTER INSERT ON settings
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'settings', NEW.key, 'INSERT', NULL, json_object('key', NEW.key, 'value', NEW.value, 'version', NEW.version));
END;
CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'settings', NEW.key, 'UPDATE', json_object('key', OLD.key, 'value', OLD.value, 'version', OLD.version), json_object('key', NEW.key, 'value', NEW.value, 'version', NEW.version));
END;
CREATE TRIGGER settings_audit_delete AFTER DELETE ON settings
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'settings', OLD.key, 'DELETE', json_object('key', OLD.key, 'value', OLD.value, 'version', OLD.version), NULL);
END;
