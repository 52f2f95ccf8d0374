-- The Services dashboard at millions of transactions (issue 14), and rollup rows touched in one
-- order (no deadlock between clerks moving transactions in opposite directions).
--
-- 1. Rollups by month. Opening the dashboard for a year of 2 million transactions summed the
--    893 000 rows of service_decision_rollup (by day, service, municipality, outcome, on time,
--    hour) and the 170 000 of service_rollup. The dashboard filters by period and service only,
--    so it now reads:
--      service_month_rollup           transactions by Qatar month submitted, service, municipality
--      service_decision_month_rollup  decisions by Qatar month decided, service, on time, hours
--      service_decision_day_rollup    the same by day (the narrow daily one), for the days of a
--                                     period that do not make a whole month
--    and the volume's edge days from service_rollup (models/dashboards/servicesdashboard.cpp).
--    Months are `date`s, the first day of the Asia/Qatar month.
--
-- 2. One order. Every change of a transaction took its old state's share away from the rollups
--    and then added its new one: a clerk moving A from in_review to awaiting_applicant locked the
--    in_review row of (day, service, municipality, due day) and then the awaiting_applicant row,
--    while another moving B back locked them the other way round, and PostgreSQL broke the cycle
--    by failing one of them (40P01). Now the trigger nets the old and new shares per key (a key
--    both take from and give to is not touched at all) and writes each rollup's rows in key
--    order, the rollups always in the same order: any two writers lock shared rows in the same
--    order, so neither can wait for the other while holding what it needs.
SET LOCAL ROLE diwan_owner;

CREATE TABLE diwan.service_month_rollup (
    month           date NOT NULL,
    service_id      bigint NOT NULL,
    municipality    text NOT NULL,
    transactions    bigint NOT NULL,
    PRIMARY KEY (month, service_id, municipality)
);

CREATE TABLE diwan.service_decision_day_rollup (
    day             date NOT NULL,
    service_id      bigint NOT NULL,
    on_time         boolean NOT NULL,
    hours           integer NOT NULL,
    decisions       bigint NOT NULL,
    PRIMARY KEY (day, service_id, on_time, hours)
);

CREATE TABLE diwan.service_decision_month_rollup (
    month           date NOT NULL,
    service_id      bigint NOT NULL,
    on_time         boolean NOT NULL,
    hours           integer NOT NULL,
    decisions       bigint NOT NULL,
    PRIMARY KEY (month, service_id, on_time, hours)
);

-- One transaction's move from `o` (NULL fields: it did not exist) to `n` (NULL: it is gone), in
-- every rollup: per key the net change, in key order; rows that fall to zero go.
CREATE FUNCTION diwan.service_rollup_move(o diwan.transactions, n diwan.transactions)
    RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o_day date := (o.submitted_at AT TIME ZONE 'Asia/Qatar')::date;
    n_day date := (n.submitted_at AT TIME ZONE 'Asia/Qatar')::date;
    o_due date := (o.due_at AT TIME ZONE 'Asia/Qatar')::date;
    n_due date := (n.due_at AT TIME ZONE 'Asia/Qatar')::date;
    o_dd date := (o.decided_at AT TIME ZONE 'Asia/Qatar')::date;
    n_dd date := (n.decided_at AT TIME ZONE 'Asia/Qatar')::date;
    o_ok boolean := o.decided_at <= o.due_at;
    n_ok boolean := n.decided_at <= n.due_at;
    o_h integer := greatest(0, least(2000, (extract(epoch FROM date_trunc('second', o.decided_at))::bigint
                                            - extract(epoch FROM date_trunc('second', o.submitted_at))::bigint)
                                           / 3600));
    n_h integer := greatest(0, least(2000, (extract(epoch FROM date_trunc('second', n.decided_at))::bigint
                                            - extract(epoch FROM date_trunc('second', n.submitted_at))::bigint)
                                           / 3600));
BEGIN
    INSERT INTO diwan.service_rollup AS r (day, service_id, state, municipality, due_day, transactions)
        SELECT k.day, k.service_id, k.state, k.municipality, k.due_day, sum(k.delta)
        FROM (VALUES (o_day, o.service_id, o.state, o.municipality, o_due, -1),
                     (n_day, n.service_id, n.state, n.municipality, n_due, 1))
             k (day, service_id, state, municipality, due_day, delta)
        WHERE k.day IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = r.transactions + EXCLUDED.transactions;
    DELETE FROM diwan.service_rollup r
        WHERE r.day = o_day AND r.service_id = o.service_id AND r.state = o.state
          AND r.municipality = o.municipality AND r.due_day = o_due AND r.transactions = 0;

    INSERT INTO diwan.service_month_rollup AS r (month, service_id, municipality, transactions)
        SELECT k.month, k.service_id, k.municipality, sum(k.delta)
        FROM (VALUES (date_trunc('month', o_day::timestamp)::date, o.service_id, o.municipality, -1),
                     (date_trunc('month', n_day::timestamp)::date, n.service_id, n.municipality, 1))
             k (month, service_id, municipality, delta)
        WHERE k.month IS NOT NULL
        GROUP BY 1, 2, 3 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (month, service_id, municipality)
        DO UPDATE SET transactions = r.transactions + EXCLUDED.transactions;
    DELETE FROM diwan.service_month_rollup r
        WHERE r.month = date_trunc('month', o_day::timestamp)::date AND r.service_id = o.service_id
          AND r.municipality = o.municipality AND r.transactions = 0;

    IF o_dd IS NULL AND n_dd IS NULL THEN
        RETURN; -- no decision before or after
    END IF;
    INSERT INTO diwan.service_decision_rollup AS r (day, service_id, municipality, outcome, on_time,
                                                    hours, decisions)
        SELECT k.day, k.service_id, k.municipality, k.outcome, k.on_time, k.hours, sum(k.delta)
        FROM (VALUES (o_dd, o.service_id, o.municipality, o.state, o_ok, o_h, -1),
                     (n_dd, n.service_id, n.municipality, n.state, n_ok, n_h, 1))
             k (day, service_id, municipality, outcome, on_time, hours, delta)
        WHERE k.day IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    DELETE FROM diwan.service_decision_rollup r
        WHERE r.day = o_dd AND r.service_id = o.service_id AND r.municipality = o.municipality
          AND r.outcome = o.state AND r.on_time = o_ok AND r.hours = o_h AND r.decisions = 0;

    INSERT INTO diwan.service_decision_day_rollup AS r (day, service_id, on_time, hours, decisions)
        SELECT k.day, k.service_id, k.on_time, k.hours, sum(k.delta)
        FROM (VALUES (o_dd, o.service_id, o_ok, o_h, -1), (n_dd, n.service_id, n_ok, n_h, 1))
             k (day, service_id, on_time, hours, delta)
        WHERE k.day IS NOT NULL
        GROUP BY 1, 2, 3, 4 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, service_id, on_time, hours)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    DELETE FROM diwan.service_decision_day_rollup r
        WHERE r.day = o_dd AND r.service_id = o.service_id AND r.on_time = o_ok AND r.hours = o_h
          AND r.decisions = 0;

    INSERT INTO diwan.service_decision_month_rollup AS r (month, service_id, on_time, hours,
                                                          decisions)
        SELECT k.month, k.service_id, k.on_time, k.hours, sum(k.delta)
        FROM (VALUES (date_trunc('month', o_dd::timestamp)::date, o.service_id, o_ok, o_h, -1),
                     (date_trunc('month', n_dd::timestamp)::date, n.service_id, n_ok, n_h, 1))
             k (month, service_id, on_time, hours, delta)
        WHERE k.month IS NOT NULL
        GROUP BY 1, 2, 3, 4 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (month, service_id, on_time, hours)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    DELETE FROM diwan.service_decision_month_rollup r
        WHERE r.month = date_trunc('month', o_dd::timestamp)::date AND r.service_id = o.service_id
          AND r.on_time = o_ok AND r.hours = o_h AND r.decisions = 0;

    INSERT INTO diwan.clerk_rollup AS r (day, service_id, staff_id, on_time, decisions)
        SELECT k.day, k.service_id, k.staff_id, k.on_time, sum(k.delta)
        FROM (VALUES (o_dd, o.service_id, coalesce(o.assigned_to, 0), o_ok, -1),
                     (n_dd, n.service_id, coalesce(n.assigned_to, 0), n_ok, 1))
             k (day, service_id, staff_id, on_time, delta)
        WHERE k.day IS NOT NULL
        GROUP BY 1, 2, 3, 4 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    DELETE FROM diwan.clerk_rollup r
        WHERE r.day = o_dd AND r.service_id = o.service_id
          AND r.staff_id = coalesce(o.assigned_to, 0) AND r.on_time = o_ok AND r.decisions = 0;
END
$$;

CREATE OR REPLACE FUNCTION diwan.transactions_rollup() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o diwan.transactions;
    n diwan.transactions;
BEGIN
    IF TG_OP = 'UPDATE'
       AND (OLD.service_id, OLD.state, OLD.municipality, OLD.submitted_at, OLD.due_at, OLD.decided_at)
           IS NOT DISTINCT FROM
           (NEW.service_id, NEW.state, NEW.municipality, NEW.submitted_at, NEW.due_at, NEW.decided_at)
       AND (NEW.decided_at IS NULL OR OLD.assigned_to IS NOT DISTINCT FROM NEW.assigned_to) THEN
        RETURN NULL; -- a claim, a lease, a note: nothing a rollup counts
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        o := OLD;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        n := NEW;
    END IF;
    PERFORM diwan.service_rollup_move(o, n);
    RETURN NULL;
END
$$;
-- 019's add-or-take-away, which wrote the old share before the new one whatever their keys.
DROP FUNCTION diwan.service_rollup_apply(diwan.transactions, integer);

-- What exists already (diwan-admin rollup runs the same GROUP BYs: models/dashboards/rollups.cpp).
INSERT INTO diwan.service_month_rollup (month, service_id, municipality, transactions)
    SELECT date_trunc('month', day::timestamp)::date, service_id, municipality, sum(transactions)
    FROM diwan.service_rollup GROUP BY 1, 2, 3;
INSERT INTO diwan.service_decision_day_rollup (day, service_id, on_time, hours, decisions)
    SELECT day, service_id, on_time, hours, sum(decisions)
    FROM diwan.service_decision_rollup GROUP BY 1, 2, 3, 4;
INSERT INTO diwan.service_decision_month_rollup (month, service_id, on_time, hours, decisions)
    SELECT date_trunc('month', day::timestamp)::date, service_id, on_time, hours, sum(decisions)
    FROM diwan.service_decision_day_rollup GROUP BY 1, 2, 3, 4;
ANALYZE diwan.service_month_rollup, diwan.service_decision_day_rollup,
        diwan.service_decision_month_rollup;

-- The rule of 012 on the new tables: read where the dashboards read, written only by the trigger.
GRANT SELECT ON diwan.service_month_rollup, diwan.service_decision_day_rollup,
                diwan.service_decision_month_rollup TO diwan_manager, diwan_admin;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['service_month_rollup', 'service_decision_day_rollup',
                             'service_decision_month_rollup'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON diwan.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes()',
                       t || '_through_functions', t);
    END LOOP;
END
$$;

RESET ROLE;
