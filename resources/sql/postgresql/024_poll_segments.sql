-- Opinion dashboard at scale (issue 14): the poll rollups counted by one demographic at a time.
-- poll_rollup keeps every combination of gender, age band, nationality group and municipality,
-- so at millions of responses it has nearly a row per answer and day (about 1 500 rows per
-- question and day); the Opinion dashboard only ever groups by one of them (the breakdown) or by
-- none (results, trend, comparison). These two tables hold exactly that: per segment ('all',
-- 'gender', 'age_band', 'nationality_group', 'municipality') and its value ('' for 'all').
--
-- Kept current by row triggers on poll_rollup and poll_participation, so in the same transaction
-- as every change to them, whoever makes it (diwan.submit_poll_response, a withdrawal). Filled
-- here from poll_rollup; rebuilt by `diwan-admin rollup` (models/dashboards/rollups.cpp), whose
-- --check compares them with the GROUP BY over the raw answers.

SET LOCAL ROLE diwan_owner;

CREATE TABLE diwan.poll_segment_rollup (
    poll_id         bigint NOT NULL,
    question_id     bigint NOT NULL,
    segment         text NOT NULL,
    day             date NOT NULL,
    option_id       bigint NOT NULL,
    value_int       integer NOT NULL,
    segment_value   text NOT NULL,
    answers         bigint NOT NULL,
    PRIMARY KEY (poll_id, question_id, segment, day, option_id, value_int, segment_value)
);

CREATE TABLE diwan.poll_segment_participation (
    poll_id         bigint NOT NULL,
    segment         text NOT NULL,
    day             date NOT NULL,
    segment_value   text NOT NULL,
    responses       bigint NOT NULL,
    PRIMARY KEY (poll_id, segment, day, segment_value)
);

GRANT SELECT ON diwan.poll_segment_rollup, diwan.poll_segment_participation
    TO diwan_editor, diwan_manager;

CREATE TRIGGER poll_segment_rollup_through_functions
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON diwan.poll_segment_rollup
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();
CREATE TRIGGER poll_segment_participation_through_functions
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON diwan.poll_segment_participation
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

-- `diwan-admin rollup` rebuilds every rollup in one transaction and sets diwan.rollup_rebuild
-- for it, so that emptying and refilling poll_rollup does not go through these triggers row by
-- row; honoured only for a superuser or an administrator.
CREATE FUNCTION diwan.rollup_rebuilding() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(current_setting('diwan.rollup_rebuild', true), '') = 'on'
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = session_user
                       AND (r.rolsuper OR pg_catalog.pg_has_role(r.oid, 'diwan_admin', 'USAGE')))
$$;

CREATE FUNCTION diwan.poll_segment_rollup_apply(r diwan.poll_rollup, delta bigint) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO diwan.poll_segment_rollup AS s (poll_id, question_id, segment, day, option_id,
                                                value_int, segment_value, answers)
        SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int, g.value, delta
          FROM (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                       ('nationality_group', r.nationality_group),
                       ('municipality', r.municipality)) g (segment, value)
        ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
        DO UPDATE SET answers = s.answers + EXCLUDED.answers;
    IF delta < 0 THEN
        DELETE FROM diwan.poll_segment_rollup s
         WHERE s.poll_id = r.poll_id AND s.question_id = r.question_id AND s.day = r.day
           AND s.option_id = r.option_id AND s.value_int = r.value_int AND s.answers = 0;
    END IF;
END
$$;

CREATE FUNCTION diwan.poll_segment_participation_apply(r diwan.poll_participation, delta bigint)
    RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO diwan.poll_segment_participation AS s (poll_id, segment, day, segment_value,
                                                       responses)
        SELECT r.poll_id, g.segment, r.day, g.value, delta
          FROM (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                       ('nationality_group', r.nationality_group),
                       ('municipality', r.municipality)) g (segment, value)
        ON CONFLICT (poll_id, segment, day, segment_value)
        DO UPDATE SET responses = s.responses + EXCLUDED.responses;
    IF delta < 0 THEN
        DELETE FROM diwan.poll_segment_participation s
         WHERE s.poll_id = r.poll_id AND s.day = r.day AND s.responses = 0;
    END IF;
END
$$;

CREATE FUNCTION diwan.poll_rollup_follow() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM diwan.poll_segment_rollup_apply(NEW, NEW.answers);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM diwan.poll_segment_rollup_apply(OLD, -OLD.answers);
    ELSIF (NEW.poll_id, NEW.question_id, NEW.option_id, NEW.value_int, NEW.day, NEW.gender,
           NEW.age_band, NEW.nationality_group, NEW.municipality)
          = (OLD.poll_id, OLD.question_id, OLD.option_id, OLD.value_int, OLD.day, OLD.gender,
             OLD.age_band, OLD.nationality_group, OLD.municipality) THEN
        PERFORM diwan.poll_segment_rollup_apply(NEW, NEW.answers - OLD.answers);
    ELSE
        PERFORM diwan.poll_segment_rollup_apply(OLD, -OLD.answers);
        PERFORM diwan.poll_segment_rollup_apply(NEW, NEW.answers);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION diwan.poll_participation_follow() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM diwan.poll_segment_participation_apply(NEW, NEW.responses);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM diwan.poll_segment_participation_apply(OLD, -OLD.responses);
    ELSIF (NEW.poll_id, NEW.day, NEW.gender, NEW.age_band, NEW.nationality_group,
           NEW.municipality)
          = (OLD.poll_id, OLD.day, OLD.gender, OLD.age_band, OLD.nationality_group,
             OLD.municipality) THEN
        PERFORM diwan.poll_segment_participation_apply(NEW, NEW.responses - OLD.responses);
    ELSE
        PERFORM diwan.poll_segment_participation_apply(OLD, -OLD.responses);
        PERFORM diwan.poll_segment_participation_apply(NEW, NEW.responses);
    END IF;
    RETURN NULL;
END
$$;

REVOKE EXECUTE ON FUNCTION diwan.rollup_rebuilding(),
    diwan.poll_segment_rollup_apply(diwan.poll_rollup, bigint),
    diwan.poll_segment_participation_apply(diwan.poll_participation, bigint),
    diwan.poll_rollup_follow(), diwan.poll_participation_follow() FROM PUBLIC;

CREATE TRIGGER poll_rollup_segments AFTER INSERT OR UPDATE OR DELETE ON diwan.poll_rollup
    FOR EACH ROW EXECUTE FUNCTION diwan.poll_rollup_follow();
CREATE TRIGGER poll_participation_segments
    AFTER INSERT OR UPDATE OR DELETE ON diwan.poll_participation
    FOR EACH ROW EXECUTE FUNCTION diwan.poll_participation_follow();

-- What is there already, in key order: a question's rows for a segment then lie on a few pages
-- (filled in hash order, 15 000 rows were 15 000 pages apart: 85 ms instead of 3).
INSERT INTO diwan.poll_segment_rollup (poll_id, question_id, segment, day, option_id, value_int,
                                       segment_value, answers)
    SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int, g.value,
           sum(r.answers)
      FROM diwan.poll_rollup r
     CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                ('nationality_group', r.nationality_group),
                                ('municipality', r.municipality)) g (segment, value)
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ORDER BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO diwan.poll_segment_participation (poll_id, segment, day, segment_value, responses)
    SELECT r.poll_id, g.segment, r.day, g.value, sum(r.responses)
      FROM diwan.poll_participation r
     CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                ('nationality_group', r.nationality_group),
                                ('municipality', r.municipality)) g (segment, value)
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3, 4;
ANALYZE diwan.poll_segment_rollup, diwan.poll_segment_participation;

-- The Services dashboard's backlog reads the open transactions of service_rollup whatever their
-- day: an index of those rows alone, instead of a pass over the whole rollup (2 million
-- transactions: about a million rows, of which the open ones are a few per cent).
CREATE INDEX service_rollup_open_idx ON diwan.service_rollup (state, day, due_day, service_id)
    INCLUDE (transactions)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
