-- Poll responses (issue 13): the rollups dashboards and the designer's results read, the
-- website's entry point diwan.submit_poll_response, and the rest of the poll lifecycle.
--
-- The rollups are kept current in the same transaction as each response (by
-- submit_poll_response here; by PollResponses::submit on SQLite) and filled by the seeder; each
-- equals the GROUP BY over poll_responses and poll_answers:
--   poll_rollup:        one row per (poll, question, option_id, value_int, day, demographics),
--                       answers = the number of poll_answers rows with that key, where
--                       option_id = coalesce(poll_answers.option_id, 0) and
--                       value_int = coalesce(poll_answers.value_int, 0);
--   poll_participation: one row per (poll, day, demographics), responses = the number of
--                       poll_responses rows;
-- `day` is the response's submitted_at date in Asia/Qatar time (UTC+3, no daylight saving).
-- What an answer holds for each kind of question: README "Polls: the website's entry point".

SET LOCAL ROLE diwan_owner;

CREATE TABLE diwan.poll_rollup (
    poll_id             bigint NOT NULL,
    question_id         bigint NOT NULL,
    option_id           bigint NOT NULL DEFAULT 0,
    value_int           integer NOT NULL DEFAULT 0,
    day                 date NOT NULL,
    gender              text NOT NULL,
    age_band            text NOT NULL,
    nationality_group   text NOT NULL,
    municipality        text NOT NULL,
    answers             bigint NOT NULL,
    PRIMARY KEY (poll_id, question_id, option_id, value_int, day, gender, age_band,
                 nationality_group, municipality)
);

CREATE TABLE diwan.poll_participation (
    poll_id             bigint NOT NULL,
    day                 date NOT NULL,
    gender              text NOT NULL,
    age_band            text NOT NULL,
    nationality_group   text NOT NULL,
    municipality        text NOT NULL,
    responses           bigint NOT NULL,
    PRIMARY KEY (poll_id, day, gender, age_band, nationality_group, municipality)
);

GRANT SELECT ON diwan.poll_rollup, diwan.poll_participation TO diwan_editor, diwan_manager;

-- The last line of 012 on the new tables too: a person or the portal writing directly is refused.
CREATE TRIGGER poll_rollup_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.poll_rollup FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();
CREATE TRIGGER poll_participation_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.poll_participation FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

-- The website's entry point ---------------------------------------------------------------------

-- One response per person and poll: a keyed hash (HMAC-SHA-256) of the respondent's QID, never
-- the QID itself. The key is made here, at random, and only the owner (the functions) reads it.
ALTER TABLE diwan.poll_responses ADD COLUMN respondent_hash bytea;
CREATE UNIQUE INDEX poll_responses_respondent_idx ON diwan.poll_responses (poll_id, respondent_hash)
    WHERE respondent_hash IS NOT NULL;
CREATE TABLE diwan.poll_respondent_key (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    secret      bytea NOT NULL CHECK (length(secret) = 32)
);
INSERT INTO diwan.poll_respondent_key (secret)
    SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text
                             || gen_random_uuid()::text, 'UTF8'));
REVOKE ALL ON diwan.poll_respondent_key FROM PUBLIC;
CREATE TRIGGER poll_respondent_key_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.poll_respondent_key FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

-- HMAC-SHA-256 (RFC 2104) with the built-in sha256, so that no extension is needed; equal to
-- QMessageAuthenticationCode (tst_pollresponses checks RFC 4231's test case 2).
CREATE FUNCTION diwan.hmac_sha256(p_key bytea, p_message bytea) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k bytea := CASE WHEN length(p_key) > 64 THEN sha256(p_key) ELSE p_key END;
    inner_pad bytea;
    outer_pad bytea;
BEGIN
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    inner_pad := k;
    outer_pad := k;
    FOR i IN 0..63 LOOP
        inner_pad := set_byte(inner_pad, i, get_byte(k, i) # 54);
        outer_pad := set_byte(outer_pad, i, get_byte(k, i) # 92);
    END LOOP;
    RETURN sha256(outer_pad || sha256(inner_pad || p_message));
END
$$;

-- What is hashed: the QID normalised (digits as 0-9, no spaces), as PollResponses::respondentKey.
CREATE FUNCTION diwan.respondent_hash(p_respondent text) RETURNS bytea
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.hmac_sha256(k.secret, convert_to(
               pg_catalog.regexp_replace(diwan.normalize_text(p_respondent), '\s', '', 'g'), 'UTF8'))
    FROM diwan.poll_respondent_key k
$$;

-- A response from the public to an open poll. Refusals (SQLSTATE, code word, what the website
-- says; README "Polls: the website's entry point"):
--   DW201 poll_not_open      the poll does not exist, is not open, or not at this moment
--   DW202 not_eligible       the poll's audience, municipalities or age bands leave the person out
--   DW203 already_answered   this person (by the keyed hash of the QID) answered the poll already
--   DW204 unknown_option     a question or option that is not the poll's
--   DW205 wrong_picks        too many or too few options picked
--   DW206 required_missing   a required question shown to the person has no answer
--   DW207 out_of_range       a rating, Likert or yes/no value outside its scale
--   DW208 bad_ranking        a ranking that is not every option exactly once
--   DW209 respondent_missing no QID, or demographics outside the lists
--   DW210 bad_answer         an answer not of its question's shape (a text where an option is
--                            asked, a question hidden by its condition answered, a text empty or
--                            over 2 000 characters, a question answered twice)
-- p_answers is a JSON array of {"question": id, ...} with, by kind: single and multiple
-- "options": [option ids] and/or "other": text (when the question offers it); yes/no, Likert and
-- rating "value": 1-2 (yes, no), 1-5 (strongly agree .. strongly disagree), 1-10 (a Likert or
-- yes/no question stored with options, as older seeded polls are, takes "options" instead);
-- ranking "ranking": [every option id, first choice first]; open "text".
-- Stored: the response with the demographics as given now and the hash; one poll_answers row per
-- option picked (option_id), per scale value (value_int), per ranked option (option_id and its
-- position 1..n in value_int), per text (value_text; "other" has no option_id). The rollups and
-- poll_daily_counts are updated in the same transaction. Returns the response's id.
CREATE FUNCTION diwan.submit_poll_response(p_poll bigint, p_respondent text, p_verified boolean,
                                           p_resident boolean, p_gender text, p_age_band text,
                                           p_nationality_group text, p_municipality text,
                                           p_answers jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    p record;
    who text;
    places jsonb;
    ages jsonb;
    groups jsonb;
    hash bytea;
    given jsonb := '{}';
    picked jsonb := '{}'; -- question position -> [0-based indexes of what was chosen]
    a jsonb;
    q record;
    opts bigint[];
    chosen bigint[];
    other text;
    v numeric;
    n integer;
    fewest integer;
    most integer;
    shown boolean;
    scale integer;
    aq bigint[] := '{}';
    ao bigint[] := '{}';
    av integer[] := '{}';
    texts text[] := '{}';
    response bigint;
    today date := CAST(now() AT TIME ZONE 'Asia/Qatar' AS date);
BEGIN
    PERFORM diwan.caller_is_portal();
    -- Shared with other responses, exclusive with closing: nothing arrives after a close commits.
    SELECT x.state, x.opens_at, x.closes_at, x.audience INTO p
        FROM diwan.polls x WHERE x.id = p_poll FOR SHARE;
    IF NOT FOUND OR p.state <> 'open' OR p.opens_at > now() OR p.closes_at <= now() THEN
        RAISE EXCEPTION 'poll_not_open: poll % is not open for responses', p_poll USING ERRCODE = 'DW201';
    END IF;
    IF diwan.normalize_text(p_respondent) = ''
       OR p_gender IS NULL OR p_gender NOT IN ('male', 'female')
       OR p_age_band IS NULL OR p_age_band NOT IN ('18-24', '25-34', '35-44', '45-54', '55-64', '65+')
       OR p_nationality_group IS NULL OR p_nationality_group NOT IN ('qatari', 'non_qatari')
       OR p_municipality IS NULL OR p_municipality NOT IN ('doha', 'al_rayyan', 'al_wakrah', 'umm_salal',
                                                           'al_khor', 'al_shamal', 'al_daayen', 'al_sheehaniya') THEN
        RAISE EXCEPTION 'respondent_missing: a response needs the QID and the demographics of the lists'
            USING ERRCODE = 'DW209';
    END IF;
    who := coalesce(p.audience ->> 'who', 'everyone');
    places := CASE WHEN jsonb_typeof(p.audience -> 'municipalities') = 'array' THEN p.audience -> 'municipalities' ELSE '[]' END;
    ages := CASE WHEN jsonb_typeof(p.audience -> 'age_bands') = 'array' THEN p.audience -> 'age_bands' ELSE '[]' END;
    groups := CASE WHEN jsonb_typeof(p.audience -> 'nationality_groups') = 'array' THEN p.audience -> 'nationality_groups' ELSE '[]' END;
    IF (who = 'verified_qid' AND p_verified IS NOT TRUE) OR (who = 'residents' AND p_resident IS NOT TRUE)
       OR (jsonb_array_length(places) > 0 AND NOT places ? p_municipality)
       OR (jsonb_array_length(ages) > 0 AND NOT ages ? p_age_band)
       OR (jsonb_array_length(groups) > 0 AND NOT groups ? p_nationality_group) THEN
        RAISE EXCEPTION 'not_eligible: this poll is not open to this person' USING ERRCODE = 'DW202';
    END IF;
    hash := diwan.respondent_hash(p_respondent);
    IF EXISTS (SELECT 1 FROM diwan.poll_responses r WHERE r.poll_id = p_poll AND r.respondent_hash = hash) THEN
        RAISE EXCEPTION 'already_answered: this person answered poll % already', p_poll USING ERRCODE = 'DW203';
    END IF;

    IF jsonb_typeof(p_answers) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'bad_answer: the answers are a JSON array' USING ERRCODE = 'DW210';
    END IF;
    FOR a IN SELECT e FROM jsonb_array_elements(p_answers) e LOOP
        IF jsonb_typeof(a) <> 'object' OR jsonb_typeof(a -> 'question') IS DISTINCT FROM 'number' THEN
            RAISE EXCEPTION 'bad_answer: each answer names its question' USING ERRCODE = 'DW210';
        END IF;
        IF given ? (a ->> 'question') THEN
            RAISE EXCEPTION 'bad_answer: question % answered twice', a ->> 'question' USING ERRCODE = 'DW210';
        END IF;
        given := given || jsonb_build_object(a ->> 'question', a);
    END LOOP;
    IF EXISTS (SELECT 1 FROM jsonb_object_keys(given) k
               WHERE NOT EXISTS (SELECT 1 FROM diwan.poll_questions x
                                 WHERE x.poll_id = p_poll AND x.id::text = k)) THEN
        RAISE EXCEPTION 'unknown_option: an answer to a question poll % does not have', p_poll
            USING ERRCODE = 'DW204';
    END IF;

    FOR q IN SELECT x.id, x.position, x.kind, x.required, x.min_picks, x.max_picks, x.other_option,
                    x.show_if_question, x.show_if_option
             FROM diwan.poll_questions x WHERE x.poll_id = p_poll ORDER BY x.position LOOP
        opts := ARRAY(SELECT o.id FROM diwan.poll_options o WHERE o.question_id = q.id ORDER BY o.position);
        shown := q.show_if_question IS NULL
                 OR coalesce((picked -> q.show_if_question::text) @> to_jsonb(q.show_if_option), false);
        a := given -> q.id::text;
        IF a IS NOT NULL AND NOT shown THEN
            RAISE EXCEPTION 'bad_answer: question % is not shown with the earlier answers', q.id
                USING ERRCODE = 'DW210';
        END IF;
        -- An answer that picks nothing is no answer.
        IF a IS NOT NULL AND NOT (a ?| ARRAY['options', 'other', 'value', 'ranking', 'text']) THEN
            a := NULL;
        END IF;
        IF a IS NOT NULL AND a ? 'options' AND jsonb_typeof(a -> 'options') = 'array'
           AND jsonb_array_length(a -> 'options') = 0 AND NOT a ? 'other' THEN
            a := NULL;
        END IF;
        IF a IS NULL THEN
            IF shown AND q.required THEN
                RAISE EXCEPTION 'required_missing: question % needs an answer', q.id USING ERRCODE = 'DW206';
            END IF;
            CONTINUE;
        END IF;
        IF q.kind IN ('single', 'multiple') OR (q.kind IN ('likert', 'yes_no') AND cardinality(opts) > 0) THEN
            IF EXISTS (SELECT 1 FROM jsonb_object_keys(a) k WHERE k NOT IN ('question', 'options', 'other'))
               OR (a ? 'options' AND (jsonb_typeof(a -> 'options') <> 'array'
                                      OR EXISTS (SELECT 1 FROM jsonb_array_elements(a -> 'options') e
                                                 WHERE jsonb_typeof(e) <> 'number')))
               OR (a ? 'other' AND jsonb_typeof(a -> 'other') <> 'string') THEN
                RAISE EXCEPTION 'bad_answer: question % is answered with options', q.id USING ERRCODE = 'DW210';
            END IF;
            chosen := ARRAY(SELECT (e #>> '{}')::numeric::bigint FROM jsonb_array_elements(coalesce(a -> 'options', '[]')) e);
            IF EXISTS (SELECT 1 FROM unnest(chosen) c WHERE c <> ALL (opts)) THEN
                RAISE EXCEPTION 'unknown_option: an option question % does not have', q.id USING ERRCODE = 'DW204';
            END IF;
            other := a ->> 'other';
            IF other IS NOT NULL AND NOT q.other_option THEN
                RAISE EXCEPTION 'unknown_option: question % has no "other"', q.id USING ERRCODE = 'DW204';
            END IF;
            IF other IS NOT NULL AND (diwan.normalize_text(other) = '' OR length(other) > 2000) THEN
                RAISE EXCEPTION 'bad_answer: the "other" text of question % is empty or too long', q.id
                    USING ERRCODE = 'DW210';
            END IF;
            n := cardinality(chosen) + CASE WHEN other IS NULL THEN 0 ELSE 1 END;
            IF q.kind = 'multiple' THEN
                fewest := greatest(q.min_picks, 1);
                most := CASE WHEN q.max_picks = 0 THEN cardinality(opts) + q.other_option::integer ELSE q.max_picks END;
            ELSE
                fewest := 1;
                most := 1;
            END IF;
            IF n < fewest OR n > most OR (SELECT count(DISTINCT c) FROM unnest(chosen) c) <> cardinality(chosen) THEN
                RAISE EXCEPTION 'wrong_picks: question % takes % to % options', q.id, fewest, most
                    USING ERRCODE = 'DW205';
            END IF;
            aq := aq || array_fill(q.id, ARRAY[cardinality(chosen)]);
            ao := ao || chosen;
            av := av || array_fill(NULL::integer, ARRAY[cardinality(chosen)]);
            texts := texts || array_fill(NULL::text, ARRAY[cardinality(chosen)]);
            IF other IS NOT NULL THEN
                aq := aq || q.id;
                ao := ao || NULL::bigint;
                av := av || NULL::integer;
                texts := texts || other;
            END IF;
            picked := picked || jsonb_build_object(q.position::text,
                (SELECT coalesce(jsonb_agg(array_position(opts, c) - 1), '[]') FROM unnest(chosen) c));
        ELSIF q.kind IN ('likert', 'yes_no', 'rating') THEN
            IF EXISTS (SELECT 1 FROM jsonb_object_keys(a) k WHERE k NOT IN ('question', 'value'))
               OR jsonb_typeof(a -> 'value') IS DISTINCT FROM 'number' THEN
                RAISE EXCEPTION 'bad_answer: question % is answered with a value', q.id USING ERRCODE = 'DW210';
            END IF;
            scale := CASE q.kind WHEN 'likert' THEN 5 WHEN 'yes_no' THEN 2 ELSE 10 END;
            v := (a ->> 'value')::numeric;
            IF v <> trunc(v) OR v < 1 OR v > scale THEN
                RAISE EXCEPTION 'out_of_range: question % takes 1 to %', q.id, scale USING ERRCODE = 'DW207';
            END IF;
            aq := aq || q.id;
            ao := ao || NULL::bigint;
            av := av || v::integer;
            texts := texts || NULL::text;
            picked := picked || jsonb_build_object(q.position::text, jsonb_build_array(v::integer - 1));
        ELSIF q.kind = 'ranking' THEN
            IF EXISTS (SELECT 1 FROM jsonb_object_keys(a) k WHERE k NOT IN ('question', 'ranking'))
               OR jsonb_typeof(a -> 'ranking') IS DISTINCT FROM 'array'
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(a -> 'ranking') e WHERE jsonb_typeof(e) <> 'number') THEN
                RAISE EXCEPTION 'bad_answer: question % is answered with a ranking', q.id USING ERRCODE = 'DW210';
            END IF;
            chosen := ARRAY(SELECT (e #>> '{}')::numeric::bigint FROM jsonb_array_elements(a -> 'ranking') e);
            IF EXISTS (SELECT 1 FROM unnest(chosen) c WHERE c <> ALL (opts)) THEN
                RAISE EXCEPTION 'unknown_option: an option question % does not have', q.id USING ERRCODE = 'DW204';
            END IF;
            IF cardinality(chosen) <> cardinality(opts)
               OR (SELECT count(DISTINCT c) FROM unnest(chosen) c) <> cardinality(opts) THEN
                RAISE EXCEPTION 'bad_ranking: question % ranks each of its % options once', q.id, cardinality(opts)
                    USING ERRCODE = 'DW208';
            END IF;
            aq := aq || array_fill(q.id, ARRAY[cardinality(chosen)]);
            ao := ao || chosen;
            av := av || ARRAY(SELECT g FROM generate_series(1, cardinality(chosen)) g);
            texts := texts || array_fill(NULL::text, ARRAY[cardinality(chosen)]);
        ELSE
            IF EXISTS (SELECT 1 FROM jsonb_object_keys(a) k WHERE k NOT IN ('question', 'text'))
               OR jsonb_typeof(a -> 'text') IS DISTINCT FROM 'string'
               OR diwan.normalize_text(a ->> 'text') = '' OR length(a ->> 'text') > 2000 THEN
                RAISE EXCEPTION 'bad_answer: question % is answered with a text of 1 to 2000 characters', q.id
                    USING ERRCODE = 'DW210';
            END IF;
            aq := aq || q.id;
            ao := ao || NULL::bigint;
            av := av || NULL::integer;
            texts := texts || (a ->> 'text');
        END IF;
    END LOOP;

    BEGIN
        INSERT INTO diwan.poll_responses (poll_id, submitted_at, gender, age_band, nationality_group,
                                          municipality, respondent_hash)
            VALUES (p_poll, now(), p_gender, p_age_band, p_nationality_group, p_municipality, hash)
            RETURNING id INTO response;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'already_answered: this person answered poll % already', p_poll USING ERRCODE = 'DW203';
    END;
    INSERT INTO diwan.poll_answers (response_id, question_id, option_id, value_int, value_text)
        SELECT response, x.q, x.o, x.v, x.t FROM unnest(aq, ao, av, texts) AS x(q, o, v, t);
    -- In key order, so that concurrent responses lock the rollup rows in the same order.
    INSERT INTO diwan.poll_rollup AS r (poll_id, question_id, option_id, value_int, day, gender, age_band,
                                        nationality_group, municipality, answers)
        SELECT p_poll, x.q, coalesce(x.o, 0), coalesce(x.v, 0), today, p_gender, p_age_band,
               p_nationality_group, p_municipality, count(*)
        FROM unnest(aq, ao, av) AS x(q, o, v)
        GROUP BY x.q, coalesce(x.o, 0), coalesce(x.v, 0)
        ORDER BY x.q, coalesce(x.o, 0), coalesce(x.v, 0)
        ON CONFLICT (poll_id, question_id, option_id, value_int, day, gender, age_band, nationality_group,
                     municipality)
        DO UPDATE SET answers = r.answers + EXCLUDED.answers;
    INSERT INTO diwan.poll_participation AS r (poll_id, day, gender, age_band, nationality_group,
                                               municipality, responses)
        VALUES (p_poll, today, p_gender, p_age_band, p_nationality_group, p_municipality, 1)
        ON CONFLICT (poll_id, day, gender, age_band, nationality_group, municipality)
        DO UPDATE SET responses = r.responses + 1;
    -- The older daily rollup (options only, UTC days) stays current until nothing reads it.
    INSERT INTO diwan.poll_daily_counts AS d (poll_id, question_id, option_id, day, answers)
        SELECT p_poll, x.q, x.o, CAST(now() AT TIME ZONE 'UTC' AS date), count(*)
        FROM unnest(aq, ao) AS x(q, o) WHERE x.o IS NOT NULL
        GROUP BY x.q, x.o ORDER BY x.q, x.o
        ON CONFLICT (poll_id, question_id, option_id, day) DO UPDATE SET answers = d.answers + EXCLUDED.answers;
    RETURN response;
END
$$;

-- The rest of the lifecycle -------------------------------------------------------------------

-- scheduled -> open -> closed -> archived, by an editor; each change of the poll row is in the
-- audit trail (its row trigger, migration 001). A poll with responses keeps its structure: a typo
-- is fixed as a recorded text revision, anything else makes a new version (a new draft that
-- names the poll it replaces).
ALTER TABLE diwan.polls ADD COLUMN previous_id bigint REFERENCES diwan.polls (id);

CREATE TABLE diwan.poll_text_revisions (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    poll_id     bigint NOT NULL REFERENCES diwan.polls (id),
    question_id bigint REFERENCES diwan.poll_questions (id),
    option_id   bigint REFERENCES diwan.poll_options (id),
    field       text NOT NULL CHECK (field IN ('title_ar', 'title_en', 'description_ar', 'description_en',
                                              'text_ar', 'text_en')),
    old_text    text NOT NULL,
    new_text    text NOT NULL,
    revised_by  bigint NOT NULL REFERENCES diwan.staff (id),
    revised_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX poll_text_revisions_poll_idx ON diwan.poll_text_revisions (poll_id, revised_at);
GRANT SELECT ON diwan.poll_text_revisions TO diwan_editor, diwan_manager;
CREATE TRIGGER poll_text_revisions_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.poll_text_revisions FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();
CREATE TRIGGER poll_text_revisions_audit AFTER INSERT OR UPDATE OR DELETE ON diwan.poll_text_revisions
    FOR EACH ROW EXECUTE FUNCTION diwan_audit.record();

-- The frozen structure of 014, with one way through: revise_poll_text changing a question's or
-- an option's texts and nothing else.
CREATE OR REPLACE FUNCTION diwan.refuse_answered_structure() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    poll bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('diwan.text_revision', true) = 'on'
       AND to_jsonb(NEW) - 'text_ar' - 'text_en' - 'version' = to_jsonb(OLD) - 'text_ar' - 'text_en' - 'version' THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'poll_questions' THEN
        poll := CASE WHEN TG_OP = 'INSERT' THEN NEW.poll_id ELSE OLD.poll_id END;
    ELSE
        SELECT q.poll_id INTO poll FROM diwan.poll_questions q
            WHERE q.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.question_id ELSE OLD.question_id END;
    END IF;
    IF EXISTS (SELECT 1 FROM diwan.poll_responses r WHERE r.poll_id = poll) THEN
        RAISE EXCEPTION 'poll % has responses: its questions and options are frozen', poll
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The moves of the lifecycle after scheduling; the wrappers below are what editors call.
CREATE FUNCTION diwan.move_poll(p_action text, p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
BEGIN
    p := diwan.lock_poll(p_id, p_version);
    IF p_action = 'open' THEN
        IF p.state <> 'scheduled' THEN
            RAISE EXCEPTION 'poll % is %: only a scheduled poll is opened', p_id, p.state
                USING ERRCODE = 'check_violation';
        END IF;
        IF p.closes_at IS NOT NULL AND p.closes_at <= now() THEN
            RAISE EXCEPTION 'poll %: its closing time has passed', p_id USING ERRCODE = 'check_violation';
        END IF;
        UPDATE diwan.polls SET state = 'open', opens_at = least(coalesce(opens_at, now()), now()),
                               version = version + 1
            WHERE id = p_id RETURNING version INTO p.version;
    ELSIF p_action = 'close' THEN
        IF p.state <> 'open' THEN
            RAISE EXCEPTION 'poll % is %: only an open poll is closed', p_id, p.state
                USING ERRCODE = 'check_violation';
        END IF;
        UPDATE diwan.polls SET state = 'closed', closes_at = least(coalesce(closes_at, now()), now()),
                               version = version + 1
            WHERE id = p_id RETURNING version INTO p.version;
    ELSIF p_action = 'archive' THEN
        IF p.state <> 'closed' THEN
            RAISE EXCEPTION 'poll % is %: only a closed poll is archived', p_id, p.state
                USING ERRCODE = 'check_violation';
        END IF;
        UPDATE diwan.polls SET state = 'archived', version = version + 1
            WHERE id = p_id RETURNING version INTO p.version;
    ELSE
        RAISE EXCEPTION 'unknown poll action %', p_action USING ERRCODE = 'check_violation';
    END IF;
    RETURN p.version;
END
$$;
CREATE FUNCTION diwan.open_poll(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_poll('open', p_id, p_version)
$$;
CREATE FUNCTION diwan.close_poll(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_poll('close', p_id, p_version)
$$;
CREATE FUNCTION diwan.archive_poll(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_poll('archive', p_id, p_version)
$$;

-- A typo fixed in a poll past its draft (its structure possibly frozen): one text of the poll
-- (p_question and p_option NULL: title_* or description_*), of a question (p_question) or of an
-- option (p_option): text_*. Recorded with who, when, the old and the new text; the poll's
-- version moves on. Returns the new version.
CREATE FUNCTION diwan.revise_poll_text(p_id bigint, p_version integer, p_question bigint, p_option bigint,
                                       p_field text, p_text text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
    was text;
    target text := CASE WHEN p_option IS NOT NULL THEN 'option' WHEN p_question IS NOT NULL THEN 'question'
                        ELSE 'poll' END;
    longest integer;
BEGIN
    p := diwan.lock_poll(p_id, p_version);
    IF p.state NOT IN ('scheduled', 'open', 'closed') THEN
        RAISE EXCEPTION 'poll % is %: texts are revised once the poll is approved (a draft is edited)', p_id, p.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF (target = 'poll' AND p_field NOT IN ('title_ar', 'title_en', 'description_ar', 'description_en'))
       OR (target <> 'poll' AND p_field NOT IN ('text_ar', 'text_en')) THEN
        RAISE EXCEPTION 'poll %: % has no text %', p_id, target, p_field USING ERRCODE = 'check_violation';
    END IF;
    IF target = 'poll' THEN
        was := to_jsonb(p) ->> p_field;
        longest := CASE WHEN p_field LIKE 'title%' THEN 200 ELSE 2000 END;
    ELSIF target = 'question' THEN
        SELECT to_jsonb(q) ->> p_field INTO was FROM diwan.poll_questions q WHERE q.id = p_question AND q.poll_id = p_id;
        longest := 500;
    ELSE
        SELECT to_jsonb(o) ->> p_field INTO was FROM diwan.poll_options o JOIN diwan.poll_questions q ON q.id = o.question_id
            WHERE o.id = p_option AND q.poll_id = p_id;
        longest := 200;
    END IF;
    IF was IS NULL THEN
        RAISE EXCEPTION 'poll % has no such %', p_id, target USING ERRCODE = 'no_data_found';
    END IF;
    IF p_text IS NULL OR length(p_text) > longest OR (p_field LIKE '%\_ar' AND diwan.trimmed(p_text) = '') THEN
        RAISE EXCEPTION 'poll %: the new text is empty or longer than % characters', p_id, longest
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_text = was THEN
        RAISE EXCEPTION 'poll %: the text is unchanged', p_id USING ERRCODE = 'check_violation';
    END IF;
    PERFORM set_config('diwan.text_revision', 'on', true);
    IF target = 'poll' THEN
        EXECUTE format('UPDATE diwan.polls SET %I = $1 WHERE id = $2', p_field) USING p_text, p_id;
    ELSIF target = 'question' THEN
        EXECUTE format('UPDATE diwan.poll_questions SET %I = $1 WHERE id = $2', p_field) USING p_text, p_question;
    ELSE
        EXECUTE format('UPDATE diwan.poll_options SET %I = $1 WHERE id = $2', p_field) USING p_text, p_option;
    END IF;
    PERFORM set_config('diwan.text_revision', 'off', true);
    INSERT INTO diwan.poll_text_revisions (poll_id, question_id, option_id, field, old_text, new_text, revised_by)
        VALUES (p_id, CASE WHEN target = 'question' THEN p_question END, p_option, p_field, was, p_text, me);
    UPDATE diwan.polls SET version = version + 1 WHERE id = p_id RETURNING version INTO p.version;
    RETURN p.version;
END
$$;

-- A new version of a poll: a copy of its texts, audience and structure as the caller's new
-- draft, naming the poll it replaces (previous_id). Returns the new poll's id.
CREATE FUNCTION diwan.new_poll_version(p_id bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
    made bigint;
    q diwan.poll_questions;
    qid bigint;
BEGIN
    SELECT * INTO p FROM diwan.polls WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'poll % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p.state = 'draft' THEN
        RAISE EXCEPTION 'poll % is a draft: it is edited, not versioned', p_id USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.polls (title_ar, title_en, description_ar, description_en, state, audience, results,
                             created_by, previous_id)
        VALUES (p.title_ar, p.title_en, p.description_ar, p.description_en, 'draft', p.audience, p.results,
                me, p_id)
        RETURNING id INTO made;
    FOR q IN SELECT * FROM diwan.poll_questions x WHERE x.poll_id = p_id ORDER BY x.position LOOP
        INSERT INTO diwan.poll_questions (poll_id, position, kind, text_ar, text_en, required, min_picks,
                                          max_picks, other_option, random_order, show_if_question, show_if_option)
            VALUES (made, q.position, q.kind, q.text_ar, q.text_en, q.required, q.min_picks, q.max_picks,
                    q.other_option, q.random_order, q.show_if_question, q.show_if_option)
            RETURNING id INTO qid;
        INSERT INTO diwan.poll_options (question_id, position, text_ar, text_en, is_other)
            SELECT qid, o.position, o.text_ar, o.text_en, o.is_other FROM diwan.poll_options o
            WHERE o.question_id = q.id ORDER BY o.position;
    END LOOP;
    RETURN made;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.submit_poll_response(bigint, text, boolean, boolean, text, text, text,
                                                     text, jsonb) TO diwan_portal;
GRANT EXECUTE ON FUNCTION diwan.open_poll(bigint, integer), diwan.close_poll(bigint, integer),
                          diwan.archive_poll(bigint, integer),
                          diwan.revise_poll_text(bigint, integer, bigint, bigint, text, text),
                          diwan.new_poll_version(bigint)
    TO diwan_editor;

RESET ROLE;
