-- Moderation, the rest (issue 12; open poll answers from issue 13).
--
-- Open poll answers go to moderation like contributions. A trigger on poll_answers (no change to
-- diwan.submit_poll_response) puts every open-text answer given through the portal's entry point
-- (a response with its respondent hash: the seeder's bulk rows have none) into the queue as a
-- contribution, pending, with the text's automatic flags (diwan.contribution_flags; no
-- near-duplicate check: short answers such as "nothing" repeat by nature). It belongs to a topic
-- that stands for the question (topics.poll_question_id; created closed on the first answer, so
-- the portal cannot contribute to it, and left out of the Topics page), and names its response
-- (contributions.poll_response_id): the queue's "Poll answers" filter. Moderators approve,
-- reject, hide or redact it like any contribution. The portal still writes nothing directly.
--
-- Undo covers redaction (the text before it comes back from the audit trail, read through
-- diwan_audit.redacted_original, and the undo is audited like any change) and blocking (the
-- author may contribute again and what the block hid comes back, unless any of it changed since).
--
-- The soft claim sends NOTIFY diwan_contributions when it changes hands or ends, so other
-- moderators see "Being looked at by" at once.
--
-- Sending a topic back to draft takes a reason, kept on the topic (return_reason, shown to its
-- author) and so in the audit trail: diwan.return_topic_to_draft(id, version, reason).
--
-- The portal's entry point is faster, with the same answers: diwan.contribution_flags runs the
-- normaliser once (not four times) and tries each pattern only when a character it needs is
-- there; diwan.near_duplicate compares only the candidates whose trigram counts (a stored column)
-- leave the threshold within reach, the most promising first, and stops once none left can win
-- (the SQL and C++ flags still agree on the shared case table).

SET LOCAL ROLE diwan_owner;

-- Open poll answers --------------------------------------------------------------------------

ALTER TABLE diwan.topics ADD COLUMN poll_question_id bigint UNIQUE REFERENCES diwan.poll_questions (id);
ALTER TABLE diwan.contributions ADD COLUMN poll_response_id bigint REFERENCES diwan.poll_responses (id);
-- The "Poll answers" filter within a queue tab, oldest first.
CREATE INDEX contributions_poll_answers_idx ON diwan.contributions (state, submitted_at, id)
    WHERE poll_response_id IS NOT NULL;

-- The topic standing for an open question (created on its first answer).
CREATE FUNCTION diwan.poll_question_topic(p_question bigint) RETURNS bigint
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    topic bigint;
BEGIN
    SELECT t.id INTO topic FROM diwan.topics t WHERE t.poll_question_id = p_question;
    IF FOUND THEN
        RETURN topic;
    END IF;
    INSERT INTO diwan.topics (title_ar, title_en, body_ar, body_en, state, opens_at, closes_at,
                              created_by, moderation, poll_question_id)
        SELECT left(p.title_ar || ': ' || q.text_ar, 200), left(p.title_en || ': ' || q.text_en, 200),
               q.text_ar, q.text_en, 'closed', p.opens_at, p.closes_at, p.created_by, 'pre', q.id
        FROM diwan.poll_questions q JOIN diwan.polls p ON p.id = q.poll_id
        WHERE q.id = p_question
        ON CONFLICT (poll_question_id) DO NOTHING;
    SELECT t.id INTO topic FROM diwan.topics t WHERE t.poll_question_id = p_question;
    RETURN topic;
END
$$;

CREATE FUNCTION diwan.poll_answer_to_moderation() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    new_id bigint;
BEGIN
    SELECT x.submitted_at INTO r FROM diwan.poll_responses x
        WHERE x.id = NEW.response_id AND x.respondent_hash IS NOT NULL;
    IF NOT FOUND THEN
        RETURN NULL; -- a seeded answer
    END IF;
    INSERT INTO diwan.contributions (topic_id, author_id, author_name, body, body_norm, state,
                                     auto_flags, submitted_at, poll_response_id)
        VALUES (diwan.poll_question_topic(NEW.question_id), 'poll-response:' || NEW.response_id, '',
                NEW.value_text, diwan.normalize_text(NEW.value_text), 'pending',
                diwan.contribution_flags(NEW.value_text), r.submitted_at, NEW.response_id)
        RETURNING contributions.id INTO new_id;
    PERFORM pg_catalog.pg_notify('diwan_contributions', new_id::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER poll_answers_to_moderation AFTER INSERT ON diwan.poll_answers
    FOR EACH ROW WHEN (NEW.value_text IS NOT NULL)
    EXECUTE FUNCTION diwan.poll_answer_to_moderation();

-- Undo of redaction and blocking -------------------------------------------------------------

RESET ROLE;
SET LOCAL ROLE diwan_audit_owner;
-- The text of a contribution before its last redaction (the latest change of its body in the
-- audit trail), for undo only: the owner may call it, no person may.
CREATE FUNCTION diwan_audit.redacted_original(p_contribution bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT e.old_row ->> 'body' FROM diwan_audit.event e
    WHERE e.table_name = 'contributions' AND e.row_id = p_contribution::text AND e.action = 'UPDATE'
      AND (e.old_row ->> 'body') IS DISTINCT FROM (e.new_row ->> 'body')
    ORDER BY e.at DESC, e.id DESC LIMIT 1
$$;
REVOKE ALL ON FUNCTION diwan_audit.redacted_original(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan_audit.redacted_original(bigint) TO diwan_owner;
RESET ROLE;
SET LOCAL ROLE diwan_owner;

-- 017's undo, now also of "redact" and "block_author" (see above).
CREATE OR REPLACE FUNCTION diwan.undo_moderation(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions := diwan.lock_contribution(p_id, p_version);
    l diwan.moderation_log;
    h record;
    original text;
    v integer;
    result integer;
BEGIN
    SELECT x.* INTO l FROM diwan.moderation_log x WHERE x.contribution_id = c.id
        ORDER BY x.at DESC, x.id DESC LIMIT 1;
    IF NOT FOUND OR l.staff_id IS DISTINCT FROM me OR l.action = 'undo' THEN
        RAISE EXCEPTION 'only the moderator who acted last on contribution % can undo it', c.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF l.action NOT IN ('approve', 'reject', 'hide', 'restore', 'dismiss_reports', 'redact',
                        'block_author')
       OR l.version_after IS NULL THEN
        RAISE EXCEPTION '"%" cannot be undone', l.action USING ERRCODE = 'check_violation';
    END IF;
    IF l.at < now() - diwan.moderation_undo_window() THEN
        RAISE EXCEPTION 'the time to undo "%" on contribution % ran out', l.action, c.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF l.version_after <> c.version THEN
        RAISE EXCEPTION 'contribution % was changed since', c.id USING ERRCODE = 'serialization_failure';
    END IF;
    IF l.action = 'redact' THEN
        original := diwan_audit.redacted_original(c.id);
        IF original IS NULL THEN
            RAISE EXCEPTION 'the audit trail holds no text of contribution % before its redaction', c.id
                USING ERRCODE = 'no_data_found';
        END IF;
        UPDATE diwan.contributions x
            SET body = original, body_norm = diwan.normalize_text(original),
                auto_flags = diwan.contribution_flags(original), moderated_by = me, moderated_at = now()
            WHERE x.id = c.id
            RETURNING x.version INTO result;
    ELSIF l.action = 'block_author' THEN
        -- What the block hid comes back, each only if nothing changed it since.
        FOR h IN SELECT x.id, x.contribution_id, x.prior_state, x.prior_auto_hidden_at,
                        x.prior_report_count, x.version_after
                 FROM diwan.moderation_log x JOIN diwan.contributions y ON y.id = x.contribution_id
                 WHERE y.author_id = c.author_id AND x.action = 'hide'
                   AND x.reason_code = 'author_blocked' AND x.staff_id = me AND x.at = l.at
                 ORDER BY x.contribution_id
        LOOP
            SELECT y.version INTO v FROM diwan.contributions y WHERE y.id = h.contribution_id FOR UPDATE;
            IF v <> h.version_after THEN
                RAISE EXCEPTION 'contribution % was changed since the block', h.contribution_id
                    USING ERRCODE = 'serialization_failure';
            END IF;
            UPDATE diwan.contributions y
                SET state = h.prior_state, auto_hidden_at = h.prior_auto_hidden_at,
                    report_count = h.prior_report_count, moderated_by = me, moderated_at = now()
                WHERE y.id = h.contribution_id
                RETURNING y.version INTO v;
            INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code,
                                              prior_state, version_after, undoes)
                VALUES (h.contribution_id, me, 'undo', 'hide', 'hidden', v, h.id);
            PERFORM pg_catalog.pg_notify('diwan_contributions', h.contribution_id::text);
        END LOOP;
        DELETE FROM diwan.blocked_authors b WHERE b.author_id = c.author_id;
        SELECT y.version INTO result FROM diwan.contributions y WHERE y.id = c.id;
    ELSE
        IF l.action = 'reject' THEN
            IF EXISTS (SELECT 1 FROM diwan.contribution_messages m WHERE m.contribution_id = c.id
                       AND m.created_at = l.at AND m.read_at IS NOT NULL) THEN
                RAISE EXCEPTION 'the author has read the rejection of contribution % already', c.id
                    USING ERRCODE = 'check_violation';
            END IF;
            DELETE FROM diwan.contribution_messages m WHERE m.contribution_id = c.id AND m.created_at = l.at;
        END IF;
        IF l.action = 'dismiss_reports' THEN
            UPDATE diwan.contribution_reports r SET dismissed_by = NULL, dismissed_at = NULL
                WHERE r.contribution_id = c.id AND r.dismissed_by = me AND r.dismissed_at = l.at;
        END IF;
        UPDATE diwan.contributions x
            SET state = l.prior_state, auto_hidden_at = l.prior_auto_hidden_at,
                report_count = l.prior_report_count, moderated_by = me, moderated_at = now()
            WHERE x.id = c.id
            RETURNING x.version INTO result;
    END IF;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code, prior_state,
                                      prior_auto_hidden_at, prior_report_count, version_after, undoes)
        VALUES (c.id, me, 'undo', l.action, c.state, c.auto_hidden_at, c.report_count, result, l.id);
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN result;
END
$$;

-- The soft claim, heard at once --------------------------------------------------------------

CREATE OR REPLACE FUNCTION diwan.look_at_contribution(p_id bigint, OUT holder_id bigint,
                                                      OUT holder_ar text, OUT holder_en text,
                                                      OUT since timestamptz)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    before bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM diwan.contributions x WHERE x.id = p_id) THEN
        RAISE EXCEPTION 'contribution % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    SELECT k.staff_id INTO before FROM diwan.contribution_claims k
        WHERE k.contribution_id = p_id AND k.claimed_at > now() - diwan.contribution_claim_length();
    INSERT INTO diwan.contribution_claims AS k (contribution_id, staff_id, claimed_at)
        VALUES (p_id, me, now())
        ON CONFLICT (contribution_id) DO UPDATE SET staff_id = me, claimed_at = now()
        WHERE k.staff_id = me OR k.claimed_at <= now() - diwan.contribution_claim_length();
    SELECT k.staff_id, s.display_name_ar, s.display_name_en, k.claimed_at
        INTO holder_id, holder_ar, holder_en, since
        FROM diwan.contribution_claims k JOIN diwan.staff s ON s.id = k.staff_id
        WHERE k.contribution_id = p_id;
    -- A new look (not a renewal): the others' queues show it now.
    IF holder_id = me AND before IS DISTINCT FROM me THEN
        PERFORM pg_catalog.pg_notify('diwan_contributions', p_id::text);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION diwan.leave_contribution(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
BEGIN
    DELETE FROM diwan.contribution_claims k WHERE k.contribution_id = p_id AND k.staff_id = me;
    IF FOUND THEN
        PERFORM pg_catalog.pg_notify('diwan_contributions', p_id::text);
    END IF;
END
$$;

-- A topic back to draft, with a reason --------------------------------------------------------

ALTER TABLE diwan.topics ADD COLUMN return_reason text;
DROP FUNCTION diwan.return_topic_to_draft(bigint, integer);
CREATE FUNCTION diwan.return_topic_to_draft(p_id bigint, p_version integer, p_reason text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_editor_id(); -- the caller first
    reason text := nullif(diwan.trimmed(p_reason), '');
    result integer;
BEGIN
    IF reason IS NULL THEN
        RAISE EXCEPTION 'reason: sending a topic back to draft says why' USING ERRCODE = 'check_violation';
    END IF;
    IF length(reason) > 1000 THEN
        RAISE EXCEPTION 'reason: at most 1000 characters' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM diwan.move_topic('return', p_id, p_version);
    UPDATE diwan.topics x SET return_reason = reason WHERE x.id = p_id RETURNING x.version INTO result;
    RETURN result;
END
$$;

-- The portal's entry point, faster ----------------------------------------------------------

-- How many trigrams (pg_trgm's) the normalised text has: the near-duplicate check skips, without
-- computing it, a candidate whose count alone rules the threshold out (a similarity is at most
-- the smaller count over the larger).
ALTER TABLE diwan.contributions ADD COLUMN trigram_count integer
    GENERATED ALWAYS AS (coalesce(pg_catalog.array_length(public.show_trgm(body_norm), 1), 0)) STORED;

-- 021's check, the same answer: candidates whose trigram counts differ too much are not compared.
CREATE OR REPLACE FUNCTION diwan.near_duplicate(p_topic bigint, p_author_id text, p_norm text,
                                                OUT duplicate_of bigint, OUT duplicate_score real)
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n integer;
    t real := diwan.duplicate_threshold();
    r record;
    s real;
BEGIN
    SELECT x.id INTO duplicate_of FROM diwan.contributions x
        WHERE x.topic_id = p_topic AND md5(x.body_norm) = md5(p_norm) AND x.body_norm = p_norm
        ORDER BY x.id LIMIT 1;
    IF duplicate_of IS NOT NULL THEN
        duplicate_score := 1;
        RETURN;
    END IF;
    n := coalesce(array_length(public.show_trgm(p_norm), 1), 0);
    IF n = 0 THEN
        RETURN; -- no trigram: like nothing
    END IF;
    -- The candidates that can reach the threshold, the most promising first (a similarity is at
    -- most the smaller trigram count over the larger, rounding included): once that bound falls
    -- under the best so far, none left can beat it or tie with it.
    FOR r IN SELECT u.id, u.body_norm,
                    least(u.trigram_count, n)::real / greatest(u.trigram_count, n)::real AS bound
             FROM ((SELECT x.id, x.body_norm, x.trigram_count FROM diwan.contributions x
                    WHERE x.topic_id = p_topic
                    ORDER BY x.submitted_at DESC, x.id DESC LIMIT 100)
                   UNION
                   (SELECT x.id, x.body_norm, x.trigram_count FROM diwan.contributions x
                    WHERE x.author_id = p_author_id
                    ORDER BY x.submitted_at DESC, x.id DESC LIMIT 30)) AS u
             WHERE u.trigram_count >= n * t AND n >= u.trigram_count * t
             ORDER BY 3 DESC, u.id
    LOOP
        EXIT WHEN r.bound < coalesce(duplicate_score, t);
        s := public.similarity(r.body_norm, p_norm);
        IF s >= t AND (duplicate_of IS NULL OR s > duplicate_score
                       OR (s = duplicate_score AND r.id < duplicate_of)) THEN
            duplicate_of := r.id;
            duplicate_score := s;
        END IF;
    END LOOP;
END
$$;

-- The flags of a text whose normalised form is known: what 013's and 021's
-- diwan.contribution_flags give (the same patterns, in the same order), with the normaliser run
-- once instead of four times and each pattern tried only when a character it needs is there (a
-- link needs a dot or "://", an e-mail "@", a phone or QID a digit, a look-alike a Greek or
-- Cyrillic letter).
CREATE FUNCTION diwan.flags_of(p_body text, p_norm text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    email_re constant text := '[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}';
    has_at boolean := strpos(p_norm, '@') > 0;
    key text := pg_catalog.regexp_replace(
        pg_catalog.regexp_replace(p_norm, '[^a-z0-9\u0621-\u063A\u0641-\u064A]', '', 'g'),
        '(.)\1+', '\1', 'g');
    flags text[] := '{}';
    kinds text[];
BEGIN
    IF EXISTS (SELECT 1 FROM diwan.blocked_words w WHERE strpos(key, w.word_key) > 0) THEN
        flags := flags || 'abuse'::text;
    END IF;
    IF (strpos(p_norm, '.') > 0 OR strpos(p_norm, '://') > 0)
       AND (CASE WHEN has_at THEN pg_catalog.regexp_replace(p_norm, email_re, ' ', 'g') ELSE p_norm END)
           ~ ('(https?://|www\.)[^ ]'
              '|[a-z0-9-]\.(com|net|org|qa|gov|edu|info|biz|io|me|ly|co|ru|xyz|link|online)(/|$|[^a-z0-9])') THEN
        flags := flags || 'link'::text;
    END IF;
    IF has_at AND p_norm ~ email_re THEN
        flags := flags || 'email'::text;
    END IF;
    IF p_norm ~ '[0-9]' THEN
        SELECT array_agg(DISTINCT diwan.classify_digits(m[1])) INTO kinds
            FROM pg_catalog.regexp_matches(p_norm, '(\+?[0-9](?:[ .-]?[0-9])*)', 'g') AS m;
        IF 'phone' = ANY (kinds) THEN
            flags := flags || 'phone'::text;
        END IF;
        IF 'qid' = ANY (kinds) THEN
            flags := flags || 'qid'::text;
        END IF;
    END IF;
    IF coalesce(p_body, '') ~ '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]' THEN
        flags := flags || 'bidi'::text;
    END IF;
    IF p_norm ~ '[\u0370-\u03FF\u0400-\u052F]' AND diwan.has_lookalike(p_norm) THEN
        flags := flags || 'lookalike'::text;
    END IF;
    RETURN array_to_string(flags, ',');
END
$$;

CREATE OR REPLACE FUNCTION diwan.contribution_flags(p_body text) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.flags_of(p_body, diwan.normalize_text(p_body))
$$;

-- 021's entry point, the normaliser run once for the text and the flags.
CREATE OR REPLACE FUNCTION diwan.submit_contribution(p_topic bigint, p_author_id text,
                                                     p_author_name text, p_body text,
                                                     OUT contribution_id bigint,
                                                     OUT contribution_state text,
                                                     OUT contribution_flags text)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t record;
    norm text;
    dup record;
BEGIN
    PERFORM diwan.caller_is_portal();
    SELECT x.state, x.opens_at, x.closes_at, x.moderation INTO t
        FROM diwan.topics x WHERE x.id = p_topic;
    IF NOT FOUND OR t.state NOT IN ('open', 'scheduled') OR t.opens_at > now()
       OR (t.state = 'scheduled' AND t.opens_at IS NULL) OR t.closes_at <= now() THEN
        RAISE EXCEPTION 'topic_not_open: topic % is not open for contributions', p_topic
            USING ERRCODE = 'DW101';
    END IF;
    IF diwan.normalize_text(p_author_id) = '' OR diwan.normalize_text(p_author_name) = '' THEN
        RAISE EXCEPTION 'author_missing: a contribution needs its author' USING ERRCODE = 'DW105';
    END IF;
    IF EXISTS (SELECT 1 FROM diwan.blocked_authors b WHERE b.author_id = p_author_id) THEN
        RAISE EXCEPTION 'author_blocked: this author may not contribute' USING ERRCODE = 'DW102';
    END IF;
    norm := diwan.normalize_text(p_body);
    IF norm = '' THEN
        RAISE EXCEPTION 'text_empty: the contribution has no text' USING ERRCODE = 'DW103';
    END IF;
    IF length(p_body) > diwan.contribution_max_length() THEN
        RAISE EXCEPTION 'text_too_long: at most % characters', diwan.contribution_max_length()
            USING ERRCODE = 'DW104';
    END IF;
    contribution_flags := diwan.flags_of(p_body, norm);
    dup := diwan.near_duplicate(p_topic, p_author_id, norm);
    IF dup.duplicate_of IS NOT NULL THEN
        contribution_flags := concat_ws(',', nullif(contribution_flags, ''), 'duplicate');
    END IF;
    contribution_state := CASE WHEN t.moderation = 'post' AND contribution_flags = '' THEN 'published'
                               ELSE 'pending' END;
    INSERT INTO diwan.contributions (topic_id, author_id, author_name, body, body_norm, state,
                                     auto_flags, duplicate_of, duplicate_score)
        VALUES (p_topic, p_author_id, p_author_name, p_body, norm, contribution_state,
                contribution_flags, dup.duplicate_of, dup.duplicate_score)
        RETURNING id INTO contribution_id;
    PERFORM pg_catalog.pg_notify('diwan_contributions', contribution_id::text);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.return_topic_to_draft(bigint, integer, text) TO diwan_editor;

RESET ROLE;
