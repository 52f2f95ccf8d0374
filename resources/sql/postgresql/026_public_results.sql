-- What the public sees of a poll's results (issue 13): the website's one way to read them,
-- diwan.public_poll_results, which answers only when the poll's "results" setting allows it at this
-- moment (README "Polls: the website's entry point"):
--   live           once the poll is open (open now, closed or archived);
--   after_closing  once the poll is closed (closed, archived, or open past its closing time);
--   never          never.
-- A draft, a poll in review or scheduled, and an unknown poll are refused the same way:
--   DW212 results_not_public  the poll does not exist, or its results are not public now.
-- The counts come from the rollups (016), which always equal the GROUP BY over poll_answers and
-- poll_responses: one row per (question, option_id, value_int) with its answers (option_id and
-- value_int as in poll_rollup: 0 for none), and on every row the poll's number of responses. Open
-- texts are never returned, only how many there are. A poll with no answers yet returns no row.
-- On SQLite the same is C++ (Polls::PublicResults).

SET LOCAL ROLE diwan_owner;

CREATE FUNCTION diwan.public_poll_results(p_poll bigint)
    RETURNS TABLE (question_id bigint, option_id bigint, value_int integer, answers bigint,
                   responses bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    p record;
    started boolean;
    ended boolean;
    total bigint;
BEGIN
    SELECT x.state, x.results, x.opens_at, x.closes_at INTO p FROM diwan.polls x WHERE x.id = p_poll;
    ended := FOUND AND (p.state IN ('closed', 'archived')
                        OR (p.state = 'open' AND p.closes_at IS NOT NULL AND p.closes_at <= now()));
    started := FOUND AND (ended OR (p.state = 'open' AND (p.opens_at IS NULL OR p.opens_at <= now())));
    IF NOT FOUND OR NOT ((p.results = 'live' AND started) OR (p.results = 'after_closing' AND ended)) THEN
        RAISE EXCEPTION 'results_not_public: the results of poll % are not public', p_poll
            USING ERRCODE = 'DW212';
    END IF;
    SELECT coalesce(sum(pp.responses), 0) INTO total FROM diwan.poll_participation pp
        WHERE pp.poll_id = p_poll;
    RETURN QUERY
        SELECT r.question_id, r.option_id, r.value_int, CAST(sum(r.answers) AS bigint), total
        FROM diwan.poll_rollup r WHERE r.poll_id = p_poll
        GROUP BY r.question_id, r.option_id, r.value_int
        ORDER BY r.question_id, r.option_id, r.value_int;
END
$$;

REVOKE EXECUTE ON FUNCTION diwan.public_poll_results(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.public_poll_results(bigint) TO diwan_portal;

-- poll_daily_counts (001: options only, UTC days) goes: nothing reads it any more (dashboards and
-- results read poll_rollup and poll_participation; the benchmark's daily trend reads poll_rollup),
-- and the portal's SELECT on it let the website read results whatever the poll's setting.
-- submit_poll_response (016) stops writing it: its own definition, less that one statement, so
-- that its long body is not written out twice (its grants are kept by CREATE OR REPLACE).
DO $$
DECLARE
    old_text text := pg_catalog.pg_get_functiondef(
        'diwan.submit_poll_response(bigint, text, boolean, boolean, text, text, text, text, jsonb)'::regprocedure);
    daily text := '    -- The older daily rollup (options only, UTC days) stays current until nothing reads it.
    INSERT INTO diwan.poll_daily_counts AS d (poll_id, question_id, option_id, day, answers)
        SELECT p_poll, x.q, x.o, CAST(now() AT TIME ZONE ''UTC'' AS date), count(*)
        FROM unnest(aq, ao) AS x(q, o) WHERE x.o IS NOT NULL
        GROUP BY x.q, x.o ORDER BY x.q, x.o
        ON CONFLICT (poll_id, question_id, option_id, day) DO UPDATE SET answers = d.answers + EXCLUDED.answers;
';
BEGIN
    IF pg_catalog.strpos(old_text, daily) = 0 THEN
        RAISE EXCEPTION 'submit_poll_response is not 016''s: poll_daily_counts not found in it';
    END IF;
    EXECUTE pg_catalog.replace(old_text, daily, '');
END
$$;

DROP TABLE diwan.poll_daily_counts;

RESET ROLE;
