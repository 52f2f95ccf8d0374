-- Poll responses (issue 13), as on PostgreSQL: the rollups dashboards and the designer's results
-- read, kept current by PollResponses::submit in the same transaction as each response, filled by
-- the seeder, and equal to the GROUP BY over poll_responses and poll_answers (option_id =
-- coalesce(poll_answers.option_id, 0), value_int = coalesce(poll_answers.value_int, 0)). `day`
-- is the response's submitted_at date in Asia/Qatar time: date(submitted_at, '+3 hours').

CREATE TABLE poll_rollup (
    poll_id             integer NOT NULL,
    question_id         integer NOT NULL,
    option_id           integer NOT NULL DEFAULT 0,
    value_int           integer NOT NULL DEFAULT 0,
    day                 text NOT NULL,
    gender              text NOT NULL,
    age_band            text NOT NULL,
    nationality_group   text NOT NULL,
    municipality        text NOT NULL,
    answers             integer NOT NULL,
    PRIMARY KEY (poll_id, question_id, option_id, value_int, day, gender, age_band,
                 nationality_group, municipality)
) WITHOUT ROWID;

CREATE TABLE poll_participation (
    poll_id             integer NOT NULL,
    day                 text NOT NULL,
    gender              text NOT NULL,
    age_band            text NOT NULL,
    nationality_group   text NOT NULL,
    municipality        text NOT NULL,
    responses           integer NOT NULL,
    PRIMARY KEY (poll_id, day, gender, age_band, nationality_group, municipality)
) WITHOUT ROWID;

-- One response per person and poll: a keyed hash (HMAC-SHA-256) of the QID, never the QID; the
-- key made here at random (PollResponses::submit reads it; SQLite is no security boundary).
ALTER TABLE poll_responses ADD COLUMN respondent_hash blob;
CREATE UNIQUE INDEX poll_responses_respondent_idx ON poll_responses (poll_id, respondent_hash)
    WHERE respondent_hash IS NOT NULL;
CREATE TABLE poll_respondent_key (
    only_row    integer PRIMARY KEY CHECK (only_row = 1),
    secret      blob NOT NULL CHECK (length(secret) = 32)
);
INSERT INTO poll_respondent_key (only_row, secret) VALUES (1, randomblob(32));

-- The rest of the lifecycle, as on PostgreSQL: a new version names the poll it replaces, and a
-- typo in a poll with responses is fixed as a recorded text revision (PollService::reviseText):
-- the frozen structure lets a change of a question's or an option's texts through only once the
-- revision naming the old and the new text is recorded.
ALTER TABLE polls ADD COLUMN previous_id integer REFERENCES polls (id);
CREATE TABLE poll_text_revisions (
    id          integer PRIMARY KEY,
    poll_id     integer NOT NULL REFERENCES polls (id),
    question_id integer REFERENCES poll_questions (id),
    option_id   integer REFERENCES poll_options (id),
    field       text NOT NULL CHECK (field IN ('title_ar', 'title_en', 'description_ar', 'description_en',
                                              'text_ar', 'text_en')),
    old_text    text NOT NULL,
    new_text    text NOT NULL,
    revised_by  integer NOT NULL REFERENCES staff (id),
    revised_at  text NOT NULL
);
CREATE INDEX poll_text_revisions_poll_idx ON poll_text_revisions (poll_id, revised_at);

DROP TRIGGER poll_questions_frozen_update;
CREATE TRIGGER poll_questions_frozen_update BEFORE UPDATE ON poll_questions
    WHEN EXISTS (SELECT 1 FROM poll_responses r WHERE r.poll_id = OLD.poll_id)
         AND (NEW.id IS NOT OLD.id OR NEW.poll_id IS NOT OLD.poll_id OR NEW.position IS NOT OLD.position
              OR NEW.kind IS NOT OLD.kind OR NEW.required IS NOT OLD.required
              OR NEW.min_picks IS NOT OLD.min_picks OR NEW.max_picks IS NOT OLD.max_picks
              OR NEW.other_option IS NOT OLD.other_option OR NEW.random_order IS NOT OLD.random_order
              OR NEW.show_if_question IS NOT OLD.show_if_question
              OR NEW.show_if_option IS NOT OLD.show_if_option
              OR (NEW.text_ar IS NOT OLD.text_ar AND NOT EXISTS (
                      SELECT 1 FROM poll_text_revisions r WHERE r.question_id = OLD.id
                      AND r.option_id IS NULL AND r.field = 'text_ar' AND r.old_text = OLD.text_ar
                      AND r.new_text = NEW.text_ar))
              OR (NEW.text_en IS NOT OLD.text_en AND NOT EXISTS (
                      SELECT 1 FROM poll_text_revisions r WHERE r.question_id = OLD.id
                      AND r.option_id IS NULL AND r.field = 'text_en' AND r.old_text = OLD.text_en
                      AND r.new_text = NEW.text_en)))
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
DROP TRIGGER poll_options_frozen_update;
CREATE TRIGGER poll_options_frozen_update BEFORE UPDATE ON poll_options
    WHEN EXISTS (SELECT 1 FROM poll_responses r JOIN poll_questions q ON q.poll_id = r.poll_id
                 WHERE q.id = OLD.question_id)
         AND (NEW.id IS NOT OLD.id OR NEW.question_id IS NOT OLD.question_id
              OR NEW.position IS NOT OLD.position OR NEW.is_other IS NOT OLD.is_other
              OR (NEW.text_ar IS NOT OLD.text_ar AND NOT EXISTS (
                      SELECT 1 FROM poll_text_revisions r WHERE r.option_id = OLD.id
                      AND r.field = 'text_ar' AND r.old_text = OLD.text_ar AND r.new_text = NEW.text_ar))
              OR (NEW.text_en IS NOT OLD.text_en AND NOT EXISTS (
                      SELECT 1 FROM poll_text_revisions r WHERE r.option_id = OLD.id
                      AND r.field = 'text_en' AND r.old_text = OLD.text_en AND r.new_text = NEW.text_en)))
BEGIN
    SELECT RAISE(ABORT, 'the poll has responses: its questions and options are frozen');
END;
