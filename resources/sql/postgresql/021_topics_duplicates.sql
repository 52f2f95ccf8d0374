-- Moderation, topics and the last automatic flags (issue 12).
--
-- Topics: editors write them through functions only (SECURITY DEFINER, granted to diwan_editor):
--   diwan.save_topic(id, version, title_ar, title_en, body_ar, body_en, opens_at, closes_at,
--                    pinned, moderation, report_threshold)
--   diwan.submit_topic_for_review(id, version)   the author: draft -> in review
--   diwan.approve_topic(id, version)             someone else (four eyes): in review -> scheduled
--                                                (open at once when its opening time has come)
--   diwan.return_topic_to_draft(id, version)     in review -> draft
--   diwan.close_topic(id, version)               open -> closed, now
--   diwan.archive_topic(id, version)             closed -> archived
--   diwan.advance_topics()                       scheduled -> open and open -> closed by the clock
-- The same rules are C++ on SQLite (models/moderation/topicservice.*).
--
-- Flags: diwan.contribution_flags learns "lookalike" (a word mixing scripts: Cyrillic or Greek
-- letters posing as Latin or Arabic ones), and diwan.submit_contribution "duplicate" (the same or
-- nearly the same normalised text in the topic or from the same author: diwan.near_duplicate,
-- pg_trgm similarity), remembering which contribution it resembles (duplicate_of,
-- duplicate_score). ContributionFlags, Similarity and PortalEntry do the same in C++.

SET LOCAL ROLE diwan_owner;

-- Topics -----------------------------------------------------------------------------------

ALTER TABLE diwan.topics
    ADD COLUMN pinned boolean NOT NULL DEFAULT false,
    ADD COLUMN reviewed_by bigint REFERENCES diwan.staff (id),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- The seeded and earlier topics past review were reviewed by someone: an open topic stays open.
-- (Their reviewer is unknown; the four-eyes trigger reads NULL as "not recorded".)

-- Counters per topic come from this index alone (an index-only scan), never from the table.
CREATE INDEX contributions_topic_state_idx ON diwan.contributions (topic_id, state)
    INCLUDE (report_count);

CREATE FUNCTION diwan.lock_topic(p_id bigint, p_version integer) RETURNS diwan.topics
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t diwan.topics;
BEGIN
    SELECT * INTO t FROM diwan.topics WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'topic % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF t.version <> p_version THEN
        RAISE EXCEPTION 'topic % changed since it was read (version % now)', p_id, t.version
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN t;
END
$$;

-- The caller: an active editor.
CREATE FUNCTION diwan.caller_editor_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'diwan_editor', 'USAGE') THEN
        RAISE EXCEPTION 'only editors write topics' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END
$$;

-- What TopicService::validate checks, again (field: message, SQLSTATE 23514).
CREATE FUNCTION diwan.check_topic(p_title_ar text, p_title_en text, p_body_ar text, p_body_en text,
                                  p_opens_at timestamptz, p_closes_at timestamptz,
                                  p_moderation text, p_report_threshold integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF diwan.trimmed(p_title_ar) = '' THEN
        RAISE EXCEPTION 'title_ar: the Arabic title is required' USING ERRCODE = 'check_violation';
    END IF;
    IF length(p_title_ar) > 200 OR length(coalesce(p_title_en, '')) > 200 THEN
        RAISE EXCEPTION 'title: at most 200 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF diwan.trimmed(p_body_ar) = '' THEN
        RAISE EXCEPTION 'body_ar: the Arabic text is required' USING ERRCODE = 'check_violation';
    END IF;
    IF length(p_body_ar) > 5000 OR length(coalesce(p_body_en, '')) > 5000 THEN
        RAISE EXCEPTION 'body: at most 5000 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF p_opens_at IS NOT NULL AND p_closes_at IS NOT NULL AND p_closes_at <= p_opens_at THEN
        RAISE EXCEPTION 'closes_at: the closing time comes after the opening time'
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_moderation IS NULL OR p_moderation NOT IN ('pre', 'post') THEN
        RAISE EXCEPTION 'moderation: pre or post' USING ERRCODE = 'check_violation';
    END IF;
    IF p_report_threshold IS NULL OR p_report_threshold NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'report_threshold: from 1 to 100' USING ERRCODE = 'check_violation';
    END IF;
END
$$;

-- Creates (p_id NULL) a draft in the caller's name, or changes a topic at the version read: a
-- draft wholly, by its author; a scheduled or open topic only in what review did not approve (its
-- closing time, pinned, moderation, threshold; a scheduled one its opening time too); nothing in
-- review, closed or archived.
CREATE FUNCTION diwan.save_topic(p_id bigint, p_version integer, p_title_ar text, p_title_en text,
                                 p_body_ar text, p_body_en text, p_opens_at timestamptz,
                                 p_closes_at timestamptz, p_pinned boolean, p_moderation text,
                                 p_report_threshold integer,
                                 OUT saved_id bigint, OUT saved_version integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_editor_id();
    t diwan.topics;
BEGIN
    PERFORM diwan.check_topic(p_title_ar, p_title_en, p_body_ar, p_body_en, p_opens_at,
                              p_closes_at, p_moderation, p_report_threshold);
    IF p_id IS NULL THEN
        INSERT INTO diwan.topics (title_ar, title_en, body_ar, body_en, state, opens_at, closes_at,
                                  created_by, pinned, moderation, report_threshold)
            VALUES (diwan.trimmed(p_title_ar), coalesce(diwan.trimmed(p_title_en), ''),
                    diwan.trimmed(p_body_ar), coalesce(diwan.trimmed(p_body_en), ''), 'draft',
                    p_opens_at, p_closes_at, me, coalesce(p_pinned, false), p_moderation,
                    p_report_threshold)
            RETURNING id, version INTO saved_id, saved_version;
        PERFORM pg_catalog.pg_notify('diwan_topics', saved_id::text);
        RETURN;
    END IF;
    t := diwan.lock_topic(p_id, p_version);
    IF t.state = 'draft' THEN
        IF t.created_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'topic % is another editor''s draft', p_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF t.state IN ('scheduled', 'open') THEN
        IF t.title_ar <> diwan.trimmed(p_title_ar) OR t.title_en <> coalesce(diwan.trimmed(p_title_en), '')
           OR t.body_ar <> diwan.trimmed(p_body_ar) OR t.body_en <> coalesce(diwan.trimmed(p_body_en), '')
           OR (t.state = 'open' AND t.opens_at IS DISTINCT FROM p_opens_at) THEN
            RAISE EXCEPTION 'topic % is %: what review approved is not changed', p_id, t.state
                USING ERRCODE = 'check_violation';
        END IF;
        IF t.state = 'scheduled' AND (p_opens_at IS NULL OR p_opens_at <= now()) THEN
            RAISE EXCEPTION 'opens_at: a scheduled topic opens ahead' USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        RAISE EXCEPTION 'topic % is %: it is not edited', p_id, t.state USING ERRCODE = 'check_violation';
    END IF;
    UPDATE diwan.topics
        SET title_ar = diwan.trimmed(p_title_ar), title_en = coalesce(diwan.trimmed(p_title_en), ''),
            body_ar = diwan.trimmed(p_body_ar), body_en = coalesce(diwan.trimmed(p_body_en), ''),
            opens_at = p_opens_at, closes_at = p_closes_at, pinned = coalesce(p_pinned, false),
            moderation = p_moderation, report_threshold = p_report_threshold, updated_at = now()
        WHERE id = p_id
        RETURNING id, version INTO saved_id, saved_version;
    PERFORM pg_catalog.pg_notify('diwan_topics', saved_id::text);
END
$$;

-- One step of the lifecycle, at the version read: the checks of each step, the change, NOTIFY.
-- The owner's alone: editors call the functions below.
CREATE FUNCTION diwan.move_topic(p_step text, p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_editor_id();
    t diwan.topics;
    next_state text;
    result integer;
BEGIN
    t := diwan.lock_topic(p_id, p_version);
    next_state := CASE
        WHEN p_step = 'submit' AND t.state = 'draft' THEN 'in_review'
        WHEN p_step = 'approve' AND t.state = 'in_review' THEN
            CASE WHEN t.opens_at <= now() THEN 'open' ELSE 'scheduled' END
        WHEN p_step = 'return' AND t.state = 'in_review' THEN 'draft'
        WHEN p_step = 'close' AND t.state = 'open' THEN 'closed'
        WHEN p_step = 'archive' AND t.state = 'closed' THEN 'archived'
    END;
    IF next_state IS NULL THEN
        RAISE EXCEPTION 'topic % is % and cannot be given "%"', p_id, t.state, p_step
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_step = 'submit' AND t.created_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'topic % is sent for review by its author', p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_step = 'approve' THEN
        IF t.created_by IS NOT DISTINCT FROM me THEN
            RAISE EXCEPTION 'four eyes: topic % is approved by someone other than its author', p_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF t.opens_at IS NULL OR t.closes_at IS NULL OR t.closes_at <= now() THEN
            RAISE EXCEPTION 'topic % needs an opening time and a closing time ahead', p_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    UPDATE diwan.topics x
        SET state = next_state, updated_at = now(),
            reviewed_by = CASE WHEN p_step = 'approve' THEN me
                               WHEN p_step = 'return' THEN NULL ELSE x.reviewed_by END,
            closes_at = CASE WHEN p_step = 'close' THEN least(x.closes_at, now()) ELSE x.closes_at END
        WHERE x.id = p_id
        RETURNING x.version INTO result;
    PERFORM pg_catalog.pg_notify('diwan_topics', p_id::text);
    RETURN result;
END
$$;

CREATE FUNCTION diwan.submit_topic_for_review(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_topic('submit', p_id, p_version)
$$;
CREATE FUNCTION diwan.approve_topic(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_topic('approve', p_id, p_version)
$$;
CREATE FUNCTION diwan.return_topic_to_draft(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_topic('return', p_id, p_version)
$$;
CREATE FUNCTION diwan.close_topic(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_topic('close', p_id, p_version)
$$;
CREATE FUNCTION diwan.archive_topic(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.move_topic('archive', p_id, p_version)
$$;

-- The clock's part of the lifecycle: scheduled topics whose opening time came are open, open
-- topics whose closing time passed are closed. Any editor or moderator may run it (Diwan does
-- when it lists topics); returns how many topics moved.
CREATE FUNCTION diwan.advance_topics() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    moved integer;
BEGIN
    PERFORM diwan.caller_staff_id();
    UPDATE diwan.topics x
        SET state = CASE WHEN x.closes_at <= now() THEN 'closed' ELSE 'open' END, updated_at = now()
        WHERE (x.state = 'scheduled' AND x.opens_at <= now())
           OR (x.state = 'open' AND x.closes_at <= now());
    GET DIAGNOSTICS moved = ROW_COUNT;
    IF moved > 0 THEN
        PERFORM pg_catalog.pg_notify('diwan_topics', '');
    END IF;
    RETURN moved;
END
$$;

-- Flags --------------------------------------------------------------------------------------

-- Which contribution a "duplicate" flag points at, and how alike (pg_trgm similarity, 0-1).
ALTER TABLE diwan.contributions
    ADD COLUMN duplicate_of bigint REFERENCES diwan.contributions (id),
    ADD COLUMN duplicate_score real;
-- Earlier copies of the same normalised text in a topic, found at any depth. (A GIN trigram
-- index over body_norm was measured and left out: at 500 000 contributions a text the public
-- repeats 5 000 times takes a second to match through it, and the entry point's p95 is 5 ms.)
CREATE INDEX contributions_topic_text_idx ON diwan.contributions (topic_id, md5(body_norm), id);
CREATE INDEX IF NOT EXISTS contributions_author_idx ON diwan.contributions (author_id, submitted_at); -- also 017
-- The contributions pointing at one (its foreign key checked on a delete without a scan).
CREATE INDEX contributions_duplicate_of_idx ON diwan.contributions (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- How alike two normalised texts must be to be near-duplicates (Similarity::Threshold).
CREATE FUNCTION diwan.duplicate_threshold() RETURNS real
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 0.75::real
$$;

-- The earlier contribution a new one repeats (Similarity::nearDuplicate decides the same on
-- SQLite): the oldest with the same normalised text in the topic, at any depth; else the most
-- alike (pg_trgm similarity at least diwan.duplicate_threshold(), ties: the oldest) among the
-- newest 100 of the topic and the newest 30 of the author (Similarity::TopicLookBack,
-- AuthorLookBack).
CREATE FUNCTION diwan.near_duplicate(p_topic bigint, p_author_id text, p_norm text,
                                     OUT duplicate_of bigint, OUT duplicate_score real)
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    SELECT x.id INTO duplicate_of FROM diwan.contributions x
        WHERE x.topic_id = p_topic AND md5(x.body_norm) = md5(p_norm) AND x.body_norm = p_norm
        ORDER BY x.id LIMIT 1;
    IF duplicate_of IS NOT NULL THEN
        duplicate_score := 1;
        RETURN;
    END IF;
    SELECT c.id, c.s INTO duplicate_of, duplicate_score
        FROM (SELECT u.id, public.similarity(u.body_norm, p_norm) AS s
              FROM ((SELECT x.id, x.body_norm FROM diwan.contributions x WHERE x.topic_id = p_topic
                     ORDER BY x.submitted_at DESC, x.id DESC LIMIT 100)
                    UNION
                    (SELECT x.id, x.body_norm FROM diwan.contributions x
                     WHERE x.author_id = p_author_id
                     ORDER BY x.submitted_at DESC, x.id DESC LIMIT 30)) AS u) AS c
        WHERE c.s >= diwan.duplicate_threshold()
        ORDER BY c.s DESC, c.id
        LIMIT 1;
END
$$;

-- ContributionFlags::hasLookalike: a word (a run of Latin, Greek, Cyrillic or Arabic letters of
-- the normalised text) mixing Cyrillic or Greek letters with Latin or Arabic ones, or Cyrillic
-- with Greek.
CREATE FUNCTION diwan.has_lookalike(p_norm text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.regexp_matches(p_norm,
            '[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u052F\u0620-\u064A\u066E-\u06D3]+',
            'g') AS m
        WHERE (m[1] ~ '[\u0400-\u052F]' AND m[1] ~ '[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0620-\u064A\u066E-\u06D3]')
           OR (m[1] ~ '[\u0370-\u03FF]' AND m[1] ~ '[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0620-\u064A\u066E-\u06D3]'))
$$;

-- 013's flags, then "lookalike" (last of the text's own flags, as ContributionFlags::compute).
ALTER FUNCTION diwan.contribution_flags(text) RENAME TO contribution_flags_013;
CREATE FUNCTION diwan.contribution_flags(p_body text) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT concat_ws(',', nullif(diwan.contribution_flags_013(p_body), ''),
                     CASE WHEN diwan.has_lookalike(diwan.normalize_text(p_body)) THEN 'lookalike' END)
$$;

-- As 013's, with the near-duplicate check ("duplicate" last among the flags, and which
-- contribution it resembles), and a scheduled topic whose opening time came counted as open
-- (diwan.advance_topics moves it).
CREATE OR REPLACE FUNCTION diwan.submit_contribution(p_topic bigint, p_author_id text,
                                                     p_author_name text, p_body text,
                                                     OUT contribution_id bigint,
                                                     OUT contribution_state text,
                                                     OUT contribution_flags text)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t record;
    author text := diwan.normalize_text(p_author_id);
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
    IF author = '' OR diwan.normalize_text(p_author_name) = '' THEN
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
    contribution_flags := diwan.contribution_flags(p_body);
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
GRANT EXECUTE ON FUNCTION
    diwan.save_topic(bigint, integer, text, text, text, text, timestamptz, timestamptz, boolean,
                     text, integer),
    diwan.submit_topic_for_review(bigint, integer),
    diwan.approve_topic(bigint, integer),
    diwan.return_topic_to_draft(bigint, integer),
    diwan.close_topic(bigint, integer),
    diwan.archive_topic(bigint, integer)
    TO diwan_editor;
GRANT EXECUTE ON FUNCTION diwan.advance_topics() TO diwan_editor, diwan_moderator;

RESET ROLE;
