-- The moderation queue and poll submissions at scale (issues 12 and 13, session 7).
--
-- 1. Each tab of the moderation queue walks an index of its own, in its keyset order. The pages
-- of ContributionLoader::pageSql are `WHERE c.state = '...' [AND ...] ORDER BY c.submitted_at,
-- c.id` (seeks: `AND (c.submitted_at, c.id) >= (?, ?)`); 001's contributions_queue_idx (state,
-- submitted_at, id) gives that order, but the planner prices an index scan by the correlation of
-- its first column, and `state` has next to none: at 500 000 contributions it preferred to walk
-- contributions_submitted_idx (009) and filter the state, filtering out 29 245 rows for the first 200
-- of the pending tab (24 ms; tests/bench/results/2026-11-30-moderation-pg-500k-modfinish-3.json).
-- A partial index per tab on submitted_at alone (a second column would cost it a quarter of its
-- correlation in the planner's eyes, 0.75x, and the walk of contributions_submitted_idx would win
-- again) holds only that tab's rows, in the table's own order: the first page reads its 200 rows
-- (ties of submitted_at, rare, are put in id order by an incremental sort); a seek's row
-- comparison bounds it on submitted_at. A contribution is in one of them (two if published with
-- open reports), so an INSERT writes one, as it wrote contributions_queue_idx, which goes. The
-- sorts by reports and flags keep 017's indexes; in the auto-hidden tab they now walk its own
-- index and sort it (the planner's choice; 9 000 auto-hidden rows in the benchmark's seed:
-- 30-60 ms, where most reports first took 2-17 ms).
-- 2. An INSERT writes fewer indexes (a pending contribution: 12 -> 9): contributions_topic_idx
-- (topic_id, submitted_at) and contributions_topic_state_idx (topic_id, state) INCLUDE
-- (report_count) become one, (topic_id, submitted_at) INCLUDE (state, report_count), which serves
-- both the near-duplicate check's newest 100 of a topic and the topic counters (an index-only
-- scan, as before); the moderator filter's index holds only moderated contributions (a new one
-- has no moderator). Every index on contributions and the query that needs it:
-- resources/sql/postgresql/INDEXES.md.

SET LOCAL ROLE diwan_owner;

CREATE INDEX contributions_pending_idx ON diwan.contributions (submitted_at)
    WHERE state = 'pending';
CREATE INDEX contributions_published_idx ON diwan.contributions (submitted_at)
    WHERE state = 'published';
CREATE INDEX contributions_reported_idx ON diwan.contributions (submitted_at)
    WHERE state = 'published' AND report_count > 0;
CREATE INDEX contributions_auto_hidden_idx ON diwan.contributions (submitted_at)
    WHERE state = 'hidden' AND auto_hidden_at IS NOT NULL;
CREATE INDEX contributions_hidden_idx ON diwan.contributions (submitted_at)
    WHERE state = 'hidden' AND auto_hidden_at IS NULL;
CREATE INDEX contributions_rejected_idx ON diwan.contributions (submitted_at)
    WHERE state = 'rejected';
DROP INDEX diwan.contributions_queue_idx;

DROP INDEX diwan.contributions_topic_state_idx;
DROP INDEX diwan.contributions_topic_idx;
CREATE INDEX contributions_topic_idx ON diwan.contributions (topic_id, submitted_at)
    INCLUDE (state, report_count);

DROP INDEX diwan.contributions_moderator_idx;
CREATE INDEX contributions_moderator_idx ON diwan.contributions (moderated_by, moderated_at)
    WHERE moderated_by IS NOT NULL;


-- 3. The poll rollups by segment (024) follow poll_rollup and poll_participation per statement
-- instead of per row. diwan.submit_poll_response changes a rollup row per answer (four or five a
-- response) and a participation row, in two statements; 024's row triggers ran a PL/pgSQL
-- function per changed row, each with an INSERT of its five segment rows (and, for each INSERT,
-- the segment table's refuse_direct_writes statement trigger). Now each statement's changed rows
-- (its transition tables) make one INSERT of all their segment rows, summed by key and in key
-- order (concurrent responses lock them in the same order), and rows left at zero are deleted
-- only when a count went down (a withdrawal, a correction). The counts are the same:
-- `diwan-admin rollup --check` and tests/tst_pollresponses.cpp compare them with the GROUP BY.
-- 024's row functions stay, unused.
DROP TRIGGER poll_rollup_segments ON diwan.poll_rollup;
DROP TRIGGER poll_participation_segments ON diwan.poll_participation;

-- Rows added to poll_rollup: their answers added to their five segments.
CREATE FUNCTION diwan.poll_rollup_rows_added() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- The setting first: rollup_rebuilding() reads pg_roles (0.1 ms a call).
    IF coalesce(current_setting('diwan.rollup_rebuild', true), '') = 'on'
       AND diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    INSERT INTO diwan.poll_segment_rollup AS s (poll_id, question_id, segment, day, option_id,
                                                value_int, segment_value, answers)
        SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int, g.value,
               sum(r.answers)
          FROM new_rows r
         CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                    ('nationality_group', r.nationality_group),
                                    ('municipality', r.municipality)) g (segment, value)
         GROUP BY 1, 2, 3, 4, 5, 6, 7
         ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
        DO UPDATE SET answers = s.answers + EXCLUDED.answers;
    RETURN NULL;
END
$$;

-- Rows of poll_rollup changed or removed: the difference (new minus old) added to their segments;
-- a segment row left at zero goes.
CREATE FUNCTION diwan.poll_rollup_rows_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    shrank boolean;
BEGIN
    -- The setting first: rollup_rebuilding() reads pg_roles (0.1 ms a call).
    IF coalesce(current_setting('diwan.rollup_rebuild', true), '') = 'on'
       AND diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        WITH r AS (
            SELECT o.poll_id, o.question_id, o.option_id, o.value_int, o.day, o.gender, o.age_band,
                   o.nationality_group, o.municipality, -o.answers AS delta FROM old_rows o
            UNION ALL
            SELECT n.poll_id, n.question_id, n.option_id, n.value_int, n.day, n.gender, n.age_band,
                   n.nationality_group, n.municipality, n.answers FROM new_rows n
        ), d AS (
            SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int, g.value,
                   sum(r.delta) AS delta
              FROM r
             CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                        ('nationality_group', r.nationality_group),
                                        ('municipality', r.municipality)) g (segment, value)
             GROUP BY 1, 2, 3, 4, 5, 6, 7
            HAVING sum(r.delta) <> 0
        ), written AS (
            INSERT INTO diwan.poll_segment_rollup AS s (poll_id, question_id, segment, day,
                                                        option_id, value_int, segment_value, answers)
                SELECT * FROM d ORDER BY 1, 2, 3, 4, 5, 6, 7
            ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
            DO UPDATE SET answers = s.answers + EXCLUDED.answers
        )
        SELECT EXISTS (SELECT 1 FROM d WHERE d.delta < 0) INTO shrank;
    ELSE
        INSERT INTO diwan.poll_segment_rollup AS s (poll_id, question_id, segment, day, option_id,
                                                    value_int, segment_value, answers)
            SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int, g.value,
                   -sum(r.answers)
              FROM old_rows r
             CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                        ('nationality_group', r.nationality_group),
                                        ('municipality', r.municipality)) g (segment, value)
             GROUP BY 1, 2, 3, 4, 5, 6, 7
             ORDER BY 1, 2, 3, 4, 5, 6, 7
            ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
            DO UPDATE SET answers = s.answers + EXCLUDED.answers;
        shrank := true;
    END IF;
    IF shrank THEN
        DELETE FROM diwan.poll_segment_rollup s
         USING (SELECT DISTINCT o.poll_id, o.question_id, o.day, o.option_id, o.value_int
                  FROM old_rows o) k
         WHERE s.poll_id = k.poll_id AND s.question_id = k.question_id AND s.day = k.day
           AND s.option_id = k.option_id AND s.value_int = k.value_int AND s.answers = 0;
    END IF;
    RETURN NULL;
END
$$;

-- The same for poll_participation and its segments.
CREATE FUNCTION diwan.poll_participation_rows_added() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- The setting first: rollup_rebuilding() reads pg_roles (0.1 ms a call).
    IF coalesce(current_setting('diwan.rollup_rebuild', true), '') = 'on'
       AND diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    INSERT INTO diwan.poll_segment_participation AS s (poll_id, segment, day, segment_value,
                                                       responses)
        SELECT r.poll_id, g.segment, r.day, g.value, sum(r.responses)
          FROM new_rows r
         CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                    ('nationality_group', r.nationality_group),
                                    ('municipality', r.municipality)) g (segment, value)
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (poll_id, segment, day, segment_value)
        DO UPDATE SET responses = s.responses + EXCLUDED.responses;
    RETURN NULL;
END
$$;

CREATE FUNCTION diwan.poll_participation_rows_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    shrank boolean;
BEGIN
    -- The setting first: rollup_rebuilding() reads pg_roles (0.1 ms a call).
    IF coalesce(current_setting('diwan.rollup_rebuild', true), '') = 'on'
       AND diwan.rollup_rebuilding() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        WITH r AS (
            SELECT o.poll_id, o.day, o.gender, o.age_band, o.nationality_group, o.municipality,
                   -o.responses AS delta FROM old_rows o
            UNION ALL
            SELECT n.poll_id, n.day, n.gender, n.age_band, n.nationality_group, n.municipality,
                   n.responses FROM new_rows n
        ), d AS (
            SELECT r.poll_id, g.segment, r.day, g.value, sum(r.delta) AS delta
              FROM r
             CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                        ('nationality_group', r.nationality_group),
                                        ('municipality', r.municipality)) g (segment, value)
             GROUP BY 1, 2, 3, 4
            HAVING sum(r.delta) <> 0
        ), written AS (
            INSERT INTO diwan.poll_segment_participation AS s (poll_id, segment, day,
                                                               segment_value, responses)
                SELECT * FROM d ORDER BY 1, 2, 3, 4
            ON CONFLICT (poll_id, segment, day, segment_value)
            DO UPDATE SET responses = s.responses + EXCLUDED.responses
        )
        SELECT EXISTS (SELECT 1 FROM d WHERE d.delta < 0) INTO shrank;
    ELSE
        INSERT INTO diwan.poll_segment_participation AS s (poll_id, segment, day, segment_value,
                                                           responses)
            SELECT r.poll_id, g.segment, r.day, g.value, -sum(r.responses)
              FROM old_rows r
             CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', r.gender), ('age_band', r.age_band),
                                        ('nationality_group', r.nationality_group),
                                        ('municipality', r.municipality)) g (segment, value)
             GROUP BY 1, 2, 3, 4
             ORDER BY 1, 2, 3, 4
            ON CONFLICT (poll_id, segment, day, segment_value)
            DO UPDATE SET responses = s.responses + EXCLUDED.responses;
        shrank := true;
    END IF;
    IF shrank THEN
        DELETE FROM diwan.poll_segment_participation s
         USING (SELECT DISTINCT o.poll_id, o.day FROM old_rows o) k
         WHERE s.poll_id = k.poll_id AND s.day = k.day AND s.responses = 0;
    END IF;
    RETURN NULL;
END
$$;

REVOKE EXECUTE ON FUNCTION diwan.poll_rollup_rows_added(), diwan.poll_rollup_rows_changed(),
    diwan.poll_participation_rows_added(), diwan.poll_participation_rows_changed() FROM PUBLIC;

CREATE TRIGGER poll_rollup_segments_added AFTER INSERT ON diwan.poll_rollup
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_rollup_rows_added();
CREATE TRIGGER poll_rollup_segments_updated AFTER UPDATE ON diwan.poll_rollup
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_rollup_rows_changed();
CREATE TRIGGER poll_rollup_segments_deleted AFTER DELETE ON diwan.poll_rollup
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_rollup_rows_changed();
CREATE TRIGGER poll_participation_segments_added AFTER INSERT ON diwan.poll_participation
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_participation_rows_added();
CREATE TRIGGER poll_participation_segments_updated AFTER UPDATE ON diwan.poll_participation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_participation_rows_changed();
CREATE TRIGGER poll_participation_segments_deleted AFTER DELETE ON diwan.poll_participation
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION diwan.poll_participation_rows_changed();

RESET ROLE;
