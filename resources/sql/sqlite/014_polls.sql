-- The poll designer (issue 13), as on PostgreSQL: what a question holds besides its kind and
-- texts (yes/no among the kinds), when the public sees results, and the frozen structure of a
-- poll that has responses. SQLite cannot change a CHECK constraint in place: poll_questions is
-- rebuilt with the same ids, the foreign keys of options, answers and rollups deferred to the
-- commit meanwhile (they find their rows again when they are copied back).
PRAGMA defer_foreign_keys = ON;

CREATE TABLE poll_questions_before_014 AS
    SELECT id, poll_id, position, kind, text_ar, text_en, required, version FROM poll_questions;
DROP TABLE poll_questions;
CREATE TABLE poll_questions (
    id                integer PRIMARY KEY,
    poll_id           integer NOT NULL REFERENCES polls (id),
    position          integer NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('single', 'multiple', 'yes_no', 'likert', 'rating', 'ranking', 'open')),
    text_ar           text NOT NULL,
    text_en           text NOT NULL,
    required          integer NOT NULL DEFAULT 1,
    version           integer NOT NULL DEFAULT 1,
    min_picks         integer NOT NULL DEFAULT 0 CHECK (min_picks >= 0),
    max_picks         integer NOT NULL DEFAULT 0 CHECK (max_picks >= 0),
    other_option      integer NOT NULL DEFAULT 0,
    random_order      integer NOT NULL DEFAULT 0,
    show_if_question  integer,
    show_if_option    integer,
    CHECK ((show_if_question IS NULL) = (show_if_option IS NULL)
           AND (show_if_question IS NULL OR (show_if_question >= 0 AND show_if_question < position
                                             AND show_if_option >= 0)))
);
INSERT INTO poll_questions (id, poll_id, position, kind, text_ar, text_en, required, version)
    SELECT id, poll_id, position, kind, text_ar, text_en, required, version FROM poll_questions_before_014;
DROP TABLE poll_questions_before_014;
CREATE INDEX poll_questions_poll_idx ON poll_questions (poll_id, position);
CREATE INDEX poll_options_question_idx ON poll_options (question_id, position);

ALTER TABLE polls ADD COLUMN results text NOT NULL DEFAULT 'after_closing'
    CHECK (results IN ('live', 'after_closing', 'never'));

-- Once a poll has a response its questions and options are frozen.
CREATE TRIGGER poll_questions_frozen_insert BEFORE INSERT ON poll_questions
    WHEN EXISTS (SELECT 1 FROM poll_responses r WHERE r.poll_id = NEW.poll_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
CREATE TRIGGER poll_questions_frozen_update BEFORE UPDATE ON poll_questions
    WHEN EXISTS (SELECT 1 FROM poll_responses r WHERE r.poll_id = OLD.poll_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
CREATE TRIGGER poll_questions_frozen_delete BEFORE DELETE ON poll_questions
    WHEN EXISTS (SELECT 1 FROM poll_responses r WHERE r.poll_id = OLD.poll_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
CREATE TRIGGER poll_options_frozen_insert BEFORE INSERT ON poll_options
    WHEN EXISTS (SELECT 1 FROM poll_responses r JOIN poll_questions q ON q.poll_id = r.poll_id
                 WHERE q.id = NEW.question_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
CREATE TRIGGER poll_options_frozen_update BEFORE UPDATE ON poll_options
    WHEN EXISTS (SELECT 1 FROM poll_responses r JOIN poll_questions q ON q.poll_id = r.poll_id
                 WHERE q.id = OLD.question_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
CREATE TRIGGER poll_options_frozen_delete BEFORE DELETE ON poll_options
    WHEN EXISTS (SELECT 1 FROM poll_responses r JOIN poll_questions q ON q.poll_id = r.poll_id
                 WHERE q.id = OLD.question_id)
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
