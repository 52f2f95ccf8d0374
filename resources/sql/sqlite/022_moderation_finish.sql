-- Moderation, the rest (issue 12; open poll answers from issue 13): what PostgreSQL's 022 does,
-- for SQLite. The trigger puts each open-text answer given through the poll entry point
-- (PollResponses, which stores the respondent hash; the seeder's bulk rows have none) into the
-- moderation queue, pending, with the flags of ContributionFlags::compute: diwan_normalize and
-- diwan_contribution_flags are that C++, which Diwan registers on each SQLite connection
-- (ContributionFlags::installSqlite). The rest of 022 (undo of redaction and blocking, the
-- topic's return reason) is C++ in ModerationService and TopicService.

ALTER TABLE topics ADD COLUMN poll_question_id integer REFERENCES poll_questions (id);
CREATE UNIQUE INDEX topics_poll_question_idx ON topics (poll_question_id)
    WHERE poll_question_id IS NOT NULL;
ALTER TABLE topics ADD COLUMN return_reason text;
ALTER TABLE contributions ADD COLUMN poll_response_id integer REFERENCES poll_responses (id);
CREATE INDEX contributions_poll_answers_idx ON contributions (state, submitted_at, id)
    WHERE poll_response_id IS NOT NULL;

CREATE TRIGGER poll_answers_to_moderation AFTER INSERT ON poll_answers
    WHEN NEW.value_text IS NOT NULL
     AND (SELECT respondent_hash FROM poll_responses WHERE id = NEW.response_id) IS NOT NULL
BEGIN
    INSERT INTO topics (title_ar, title_en, body_ar, body_en, state, opens_at, closes_at,
                        created_by, moderation, poll_question_id)
        SELECT substr(p.title_ar || ': ' || q.text_ar, 1, 200),
               substr(p.title_en || ': ' || q.text_en, 1, 200), q.text_ar, q.text_en, 'closed',
               p.opens_at, p.closes_at, p.created_by, 'pre', q.id
        FROM poll_questions q JOIN polls p ON p.id = q.poll_id
        WHERE q.id = NEW.question_id
          AND NOT EXISTS (SELECT 1 FROM topics t WHERE t.poll_question_id = NEW.question_id);
    INSERT INTO contributions (topic_id, author_id, author_name, body, body_norm, state,
                               auto_flags, submitted_at, poll_response_id)
        SELECT t.id, 'poll-response:' || NEW.response_id, '', NEW.value_text,
               diwan_normalize(NEW.value_text), 'pending',
               diwan_contribution_flags(NEW.value_text,
                                        (SELECT group_concat(word_key, char(10)) FROM blocked_words)),
               r.submitted_at, NEW.response_id
        FROM poll_responses r, topics t
        WHERE r.id = NEW.response_id AND t.poll_question_id = NEW.question_id;
END;
