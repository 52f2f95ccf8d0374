-- The poll designer (issue 13): what a question holds besides its kind and texts, the lifecycle
-- functions editors write through, and the frozen structure of a poll that has responses.
--
-- Editors write polls only through these functions (the rule of migration 012): a draft is saved
-- as a whole in one call (its questions and options replaced in the same transaction, checked
-- again here for what SQL can check; the client's PollValidator checks the rest, such as options
-- equal after Arabic normalisation), sent for review by its author, approved by someone else (four
-- eyes: the author's own approval is refused), and its window set before it opens. Every change
-- of a poll row is in the audit trail (its row trigger, migration 001).

ALTER TABLE diwan.poll_questions DROP CONSTRAINT poll_questions_kind_check;
ALTER TABLE diwan.poll_questions ADD CONSTRAINT poll_questions_kind_check
    CHECK (kind IN ('single', 'multiple', 'yes_no', 'likert', 'rating', 'ranking', 'open'));
ALTER TABLE diwan.poll_questions
    ADD COLUMN min_picks integer NOT NULL DEFAULT 0 CHECK (min_picks >= 0),
    ADD COLUMN max_picks integer NOT NULL DEFAULT 0 CHECK (max_picks >= 0),
    ADD COLUMN other_option boolean NOT NULL DEFAULT false,
    ADD COLUMN random_order boolean NOT NULL DEFAULT false,
    ADD COLUMN show_if_question integer,
    ADD COLUMN show_if_option integer,
    ADD CONSTRAINT poll_questions_show_if_backwards
        CHECK ((show_if_question IS NULL) = (show_if_option IS NULL)
               AND (show_if_question IS NULL OR (show_if_question >= 0 AND show_if_question < position
                                                 AND show_if_option >= 0)));
ALTER TABLE diwan.polls
    ADD COLUMN results text NOT NULL DEFAULT 'after_closing'
        CHECK (results IN ('live', 'after_closing', 'never'));
CREATE INDEX poll_questions_poll_idx ON diwan.poll_questions (poll_id, position);
CREATE INDEX poll_options_question_idx ON diwan.poll_options (question_id, position);

SET LOCAL ROLE diwan_owner;

-- Once a poll has a response its questions and options are frozen, whoever asks (the functions,
-- the owner, a privilege granted by mistake): the answers refer to them.
CREATE FUNCTION diwan.refuse_answered_structure() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    poll bigint;
BEGIN
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
CREATE TRIGGER poll_questions_frozen BEFORE INSERT OR UPDATE OR DELETE ON diwan.poll_questions
    FOR EACH ROW EXECUTE FUNCTION diwan.refuse_answered_structure();
CREATE TRIGGER poll_options_frozen BEFORE INSERT OR UPDATE OR DELETE ON diwan.poll_options
    FOR EACH ROW EXECUTE FUNCTION diwan.refuse_answered_structure();

-- The checks of a poll document (Diwan's poll JSON, format "diwan-poll" version 1) that SQL can
-- make; the first problem is raised with the place it is about, as the client names it.
CREATE FUNCTION diwan.check_poll_document(p_poll jsonb) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    q jsonb;
    o jsonb;
    qi integer := 0;
    oi integer;
    n integer;
    most integer;
    kind text;
    texts text[];
    t text;
BEGIN
    IF jsonb_typeof(p_poll) IS DISTINCT FROM 'object' OR p_poll ->> 'format' IS DISTINCT FROM 'diwan-poll'
       OR p_poll ->> 'version' IS DISTINCT FROM '1' THEN
        RAISE EXCEPTION 'poll: not a Diwan poll document of version 1' USING ERRCODE = 'check_violation';
    END IF;
    IF diwan.trimmed(p_poll ->> 'title_ar') = '' THEN
        RAISE EXCEPTION 'title_ar: empty' USING ERRCODE = 'check_violation';
    END IF;
    IF length(p_poll ->> 'title_ar') > 200 OR length(coalesce(p_poll ->> 'title_en', '')) > 200 THEN
        RAISE EXCEPTION 'title: longer than 200 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF length(coalesce(p_poll ->> 'description_ar', '')) > 2000
       OR length(coalesce(p_poll ->> 'description_en', '')) > 2000 THEN
        RAISE EXCEPTION 'description: longer than 2000 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(p_poll ->> 'audience', '') NOT IN ('everyone', 'residents', 'verified_qid') THEN
        RAISE EXCEPTION 'audience: unknown' USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(p_poll ->> 'results', '') NOT IN ('live', 'after_closing', 'never') THEN
        RAISE EXCEPTION 'results: unknown' USING ERRCODE = 'check_violation';
    END IF;
    IF (p_poll ->> 'opens_at' IS NULL) <> (p_poll ->> 'closes_at' IS NULL)
       OR (p_poll ->> 'closes_at')::timestamptz <= (p_poll ->> 'opens_at')::timestamptz THEN
        RAISE EXCEPTION 'closes_at: the poll must close after it opens' USING ERRCODE = 'check_violation';
    END IF;
    IF jsonb_typeof(p_poll -> 'questions') IS DISTINCT FROM 'array'
       OR jsonb_array_length(p_poll -> 'questions') NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'questions: between 1 and 100' USING ERRCODE = 'check_violation';
    END IF;
    FOR q IN SELECT e FROM jsonb_array_elements(p_poll -> 'questions') e LOOP
        kind := q ->> 'kind';
        IF kind IS NULL OR kind NOT IN ('single', 'multiple', 'yes_no', 'likert', 'rating', 'ranking', 'open') THEN
            RAISE EXCEPTION 'questions[%].kind: unknown', qi USING ERRCODE = 'check_violation';
        END IF;
        IF diwan.trimmed(q ->> 'text_ar') = '' THEN
            RAISE EXCEPTION 'questions[%].text_ar: empty', qi USING ERRCODE = 'check_violation';
        END IF;
        IF length(q ->> 'text_ar') > 500 OR length(coalesce(q ->> 'text_en', '')) > 500 THEN
            RAISE EXCEPTION 'questions[%]: text longer than 500 characters', qi USING ERRCODE = 'check_violation';
        END IF;
        n := coalesce(jsonb_array_length(CASE WHEN jsonb_typeof(q -> 'options') = 'array' THEN q -> 'options' END), 0);
        IF kind IN ('single', 'multiple', 'ranking') AND n NOT BETWEEN 2 AND 50 THEN
            RAISE EXCEPTION 'questions[%].options: between 2 and 50', qi USING ERRCODE = 'check_violation';
        ELSIF kind NOT IN ('single', 'multiple', 'ranking') AND n > 0 THEN
            RAISE EXCEPTION 'questions[%].options: a fixed scale has no options', qi USING ERRCODE = 'check_violation';
        END IF;
        texts := '{}';
        oi := 0;
        FOR o IN SELECT e FROM jsonb_array_elements(coalesce(q -> 'options', '[]')) e LOOP
            t := lower(diwan.trimmed(o ->> 'text_ar'));
            IF t = '' THEN
                RAISE EXCEPTION 'questions[%].options[%].text_ar: empty', qi, oi USING ERRCODE = 'check_violation';
            END IF;
            IF length(o ->> 'text_ar') > 200 OR length(coalesce(o ->> 'text_en', '')) > 200 THEN
                RAISE EXCEPTION 'questions[%].options[%]: longer than 200 characters', qi, oi
                    USING ERRCODE = 'check_violation';
            END IF;
            IF t = ANY (texts) THEN
                RAISE EXCEPTION 'questions[%].options[%].text_ar: the same as another option', qi, oi
                    USING ERRCODE = 'check_violation';
            END IF;
            texts := texts || t;
            oi := oi + 1;
        END LOOP;
        most := CASE WHEN (q ->> 'max_picks')::integer = 0 THEN n ELSE (q ->> 'max_picks')::integer END;
        IF kind = 'multiple' AND ((q ->> 'min_picks')::integer < 0 OR (q ->> 'max_picks')::integer < 0
                                  OR (q ->> 'min_picks')::integer > most OR most > n) THEN
            RAISE EXCEPTION 'questions[%]: picks outside 0 <= fewest <= most <= options', qi
                USING ERRCODE = 'check_violation';
        ELSIF kind <> 'multiple' AND ((q ->> 'min_picks')::integer <> 0 OR (q ->> 'max_picks')::integer <> 0) THEN
            RAISE EXCEPTION 'questions[%]: only a multiple choice question has picks', qi
                USING ERRCODE = 'check_violation';
        END IF;
        IF jsonb_typeof(q -> 'show_if') = 'object'
           AND NOT ((q -> 'show_if' ->> 'question')::integer BETWEEN 0 AND qi - 1
                    AND (q -> 'show_if' ->> 'option')::integer >= 0) THEN
            RAISE EXCEPTION 'questions[%].show_if: only an earlier question', qi USING ERRCODE = 'check_violation';
        END IF;
        qi := qi + 1;
    END LOOP;
END
$$;

-- The caller's poll, locked, at the version they read.
CREATE FUNCTION diwan.lock_poll(p_id bigint, p_version integer) RETURNS diwan.polls
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    p diwan.polls;
BEGIN
    SELECT * INTO p FROM diwan.polls WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'poll % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p.version <> p_version THEN
        RAISE EXCEPTION 'poll % changed since it was read (version % now)', p_id, p.version
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN p;
END
$$;

-- Creates (p_id NULL) or replaces the caller's own draft as a whole; returns its id and version.
CREATE FUNCTION diwan.save_poll_draft(p_id bigint, p_version integer, p_poll jsonb,
                                      OUT saved_id bigint, OUT saved_version integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
    q jsonb;
    o jsonb;
    qi integer := 0;
    oi integer;
    qid bigint;
    aud jsonb;
BEGIN
    PERFORM diwan.check_poll_document(p_poll);
    aud := jsonb_build_object('who', p_poll ->> 'audience',
                              'municipalities', coalesce(p_poll -> 'municipalities', '[]'),
                              'age_bands', coalesce(p_poll -> 'age_bands', '[]'));
    IF p_id IS NULL THEN
        INSERT INTO diwan.polls (title_ar, title_en, description_ar, description_en, state, audience,
                                 results, opens_at, closes_at, created_by)
            VALUES (p_poll ->> 'title_ar', coalesce(p_poll ->> 'title_en', ''),
                    coalesce(p_poll ->> 'description_ar', ''), coalesce(p_poll ->> 'description_en', ''),
                    'draft', aud, p_poll ->> 'results', (p_poll ->> 'opens_at')::timestamptz,
                    (p_poll ->> 'closes_at')::timestamptz, me)
            RETURNING id, version INTO saved_id, saved_version;
    ELSE
        p := diwan.lock_poll(p_id, p_version);
        IF p.state <> 'draft' THEN
            RAISE EXCEPTION 'poll % is %: only a draft is edited', p_id, p.state USING ERRCODE = 'check_violation';
        END IF;
        IF p.created_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'poll % is another editor''s draft', p_id USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE diwan.polls
            SET title_ar = p_poll ->> 'title_ar', title_en = coalesce(p_poll ->> 'title_en', ''),
                description_ar = coalesce(p_poll ->> 'description_ar', ''),
                description_en = coalesce(p_poll ->> 'description_en', ''), audience = aud,
                results = p_poll ->> 'results', opens_at = (p_poll ->> 'opens_at')::timestamptz,
                closes_at = (p_poll ->> 'closes_at')::timestamptz, version = version + 1
            WHERE id = p_id
            RETURNING id, version INTO saved_id, saved_version;
        DELETE FROM diwan.poll_options WHERE question_id IN
            (SELECT id FROM diwan.poll_questions WHERE diwan.poll_questions.poll_id = p_id);
        DELETE FROM diwan.poll_questions WHERE diwan.poll_questions.poll_id = p_id;
    END IF;
    FOR q IN SELECT e FROM jsonb_array_elements(p_poll -> 'questions') e LOOP
        INSERT INTO diwan.poll_questions (poll_id, position, kind, text_ar, text_en, required, min_picks,
                                          max_picks, other_option, random_order, show_if_question,
                                          show_if_option)
            VALUES (saved_id, qi, q ->> 'kind', q ->> 'text_ar', coalesce(q ->> 'text_en', ''),
                    coalesce((q ->> 'required')::boolean, true), (q ->> 'min_picks')::integer,
                    (q ->> 'max_picks')::integer, coalesce((q ->> 'other')::boolean, false),
                    coalesce((q ->> 'random_order')::boolean, false),
                    (q -> 'show_if' ->> 'question')::integer, (q -> 'show_if' ->> 'option')::integer)
            RETURNING id INTO qid;
        oi := 0;
        FOR o IN SELECT e FROM jsonb_array_elements(coalesce(q -> 'options', '[]')) e LOOP
            INSERT INTO diwan.poll_options (question_id, position, text_ar, text_en)
                VALUES (qid, oi, o ->> 'text_ar', coalesce(o ->> 'text_en', ''));
            oi := oi + 1;
        END LOOP;
        qi := qi + 1;
    END LOOP;
END
$$;

-- The author sends their draft for review.
CREATE FUNCTION diwan.submit_poll_for_review(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
BEGIN
    p := diwan.lock_poll(p_id, p_version);
    IF p.created_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'poll % is sent for review by its author', p_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p.state <> 'draft' THEN
        RAISE EXCEPTION 'poll % is %: only a draft is sent for review', p_id, p.state
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE diwan.polls SET state = 'in_review', version = version + 1 WHERE id = p_id
        RETURNING version INTO p.version;
    RETURN p.version;
END
$$;

-- Another editor approves a poll in review: it is scheduled for its window, which must lie ahead.
CREATE FUNCTION diwan.approve_poll(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
BEGIN
    p := diwan.lock_poll(p_id, p_version);
    IF p.created_by = me THEN
        RAISE EXCEPTION 'four eyes: poll % is approved by someone other than its author', p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p.state <> 'in_review' THEN
        RAISE EXCEPTION 'poll % is %: only a poll in review is approved', p_id, p.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF p.opens_at IS NULL OR p.closes_at IS NULL OR p.opens_at <= now() OR p.closes_at <= p.opens_at THEN
        RAISE EXCEPTION 'poll % needs an opening time ahead and a closing time after it', p_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE diwan.polls SET state = 'scheduled', reviewed_by = me, version = version + 1 WHERE id = p_id
        RETURNING version INTO p.version;
    RETURN p.version;
END
$$;

-- Sets the window of a draft (by its author) or of an approved poll not yet open (by an editor).
CREATE FUNCTION diwan.schedule_poll(p_id bigint, p_version integer, p_opens_at timestamptz,
                                    p_closes_at timestamptz) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    p diwan.polls;
BEGIN
    p := diwan.lock_poll(p_id, p_version);
    IF p.state NOT IN ('draft', 'scheduled') THEN
        RAISE EXCEPTION 'poll % is %: only a draft or a scheduled poll is scheduled', p_id, p.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF p.state = 'draft' AND p.created_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'poll % is another editor''s draft', p_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_opens_at IS NULL OR p_closes_at IS NULL OR p_opens_at <= now() OR p_closes_at <= p_opens_at THEN
        RAISE EXCEPTION 'poll %: the opening time must lie ahead and the closing time after it', p_id
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE diwan.polls SET opens_at = p_opens_at, closes_at = p_closes_at, version = version + 1
        WHERE id = p_id RETURNING version INTO p.version;
    RETURN p.version;
END
$$;

REVOKE EXECUTE ON FUNCTION diwan.refuse_answered_structure(), diwan.check_poll_document(jsonb),
    diwan.lock_poll(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    diwan.save_poll_draft(bigint, integer, jsonb),
    diwan.submit_poll_for_review(bigint, integer),
    diwan.approve_poll(bigint, integer),
    diwan.schedule_poll(bigint, integer, timestamptz, timestamptz)
    TO diwan_editor;

RESET ROLE;
