-- Service dashboards (issue 14): the rollups the Services dashboard reads instead of scanning
-- transactions, kept current in the same transaction as every change by a row trigger on
-- transactions (whoever writes: the clerks' functions, the portal, the supervisors, the seeder),
-- and rebuilt from scratch by `diwan-admin rollup` (models/dashboards/servicerollups.cpp holds the
-- same expressions for the rebuild and its --check).
--
-- Days are Asia/Qatar calendar days (UTC+3, no daylight saving).
-- Transactions had no municipality: the applicant's, given on the portal's form, now a column
-- ('unknown' when the form did not ask; the seeder draws one for each applicant).

ALTER TABLE diwan.transactions
    ADD COLUMN municipality text NOT NULL DEFAULT 'unknown'
        CHECK (municipality IN ('doha', 'al_rayyan', 'al_wakrah', 'umm_salal', 'al_khor',
                                'al_shamal', 'al_daayen', 'al_sheehaniya', 'unknown'));
SET LOCAL ROLE diwan_owner;

-- Transactions by the day they were submitted, service, state, applicant's municipality and the
-- day they are due (open ones past their due day are late; day precision).
CREATE TABLE diwan.service_rollup (
    day             date NOT NULL,
    service_id      bigint NOT NULL,
    state           text NOT NULL,
    municipality    text NOT NULL,
    due_day         date NOT NULL,
    transactions    bigint NOT NULL,
    PRIMARY KEY (day, service_id, state, municipality, due_day)
);

-- Decisions (approved or rejected: decided_at set) by the day decided, service, municipality,
-- outcome, on time (decided_at <= due_at, the due date already carrying the pauses) and the
-- whole hours from submission to decision (capped at 2000: medians and 90th percentiles are
-- exact to the hour below 2000 hours, about 83 days).
CREATE TABLE diwan.service_decision_rollup (
    day             date NOT NULL,
    service_id      bigint NOT NULL,
    municipality    text NOT NULL,
    outcome         text NOT NULL,
    on_time         boolean NOT NULL,
    hours           integer NOT NULL,
    decisions       bigint NOT NULL,
    PRIMARY KEY (day, service_id, municipality, outcome, on_time, hours)
);

-- Decisions per clerk (the holder when decided; 0 for none), for managers only: nobody may read
-- the table; managers call diwan.clerk_throughput.
CREATE TABLE diwan.clerk_rollup (
    day             date NOT NULL,
    service_id      bigint NOT NULL,
    staff_id        bigint NOT NULL,
    on_time         boolean NOT NULL,
    decisions       bigint NOT NULL,
    PRIMARY KEY (day, service_id, staff_id, on_time)
);

-- One transaction's share of every rollup, added (p_sign 1) or taken away (-1); rows that fall
-- to zero go, so that a rollup equals the GROUP BY over the transactions.
CREATE FUNCTION diwan.service_rollup_apply(t diwan.transactions, p_sign integer) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d date := (t.submitted_at AT TIME ZONE 'Asia/Qatar')::date;
    due date := (t.due_at AT TIME ZONE 'Asia/Qatar')::date;
    dd date;
    ok boolean;
    h integer;
BEGIN
    INSERT INTO diwan.service_rollup AS r (day, service_id, state, municipality, due_day, transactions)
        VALUES (d, t.service_id, t.state, t.municipality, due, p_sign)
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = r.transactions + EXCLUDED.transactions;
    IF p_sign < 0 THEN
        DELETE FROM diwan.service_rollup r
            WHERE r.day = d AND r.service_id = t.service_id AND r.state = t.state
              AND r.municipality = t.municipality AND r.due_day = due AND r.transactions = 0;
    END IF;
    IF t.decided_at IS NULL THEN
        RETURN;
    END IF;
    dd := (t.decided_at AT TIME ZONE 'Asia/Qatar')::date;
    ok := t.decided_at <= t.due_at;
    h := greatest(0, least(2000, (extract(epoch FROM date_trunc('second', t.decided_at))::bigint
                                  - extract(epoch FROM date_trunc('second', t.submitted_at))::bigint)
                                 / 3600));
    INSERT INTO diwan.service_decision_rollup AS r (day, service_id, municipality, outcome, on_time,
                                                    hours, decisions)
        VALUES (dd, t.service_id, t.municipality, t.state, ok, h, p_sign)
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    INSERT INTO diwan.clerk_rollup AS r (day, service_id, staff_id, on_time, decisions)
        VALUES (dd, t.service_id, coalesce(t.assigned_to, 0), ok, p_sign)
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = r.decisions + EXCLUDED.decisions;
    IF p_sign < 0 THEN
        DELETE FROM diwan.service_decision_rollup r
            WHERE r.day = dd AND r.service_id = t.service_id AND r.municipality = t.municipality
              AND r.outcome = t.state AND r.on_time = ok AND r.hours = h AND r.decisions = 0;
        DELETE FROM diwan.clerk_rollup r
            WHERE r.day = dd AND r.service_id = t.service_id
              AND r.staff_id = coalesce(t.assigned_to, 0) AND r.on_time = ok AND r.decisions = 0;
    END IF;
END
$$;

CREATE FUNCTION diwan.transactions_rollup() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (OLD.service_id, OLD.state, OLD.municipality, OLD.submitted_at, OLD.due_at, OLD.decided_at)
           IS NOT DISTINCT FROM
           (NEW.service_id, NEW.state, NEW.municipality, NEW.submitted_at, NEW.due_at, NEW.decided_at)
       AND (NEW.decided_at IS NULL OR OLD.assigned_to IS NOT DISTINCT FROM NEW.assigned_to) THEN
        RETURN NULL; -- a claim, a lease, a note: nothing a rollup counts
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM diwan.service_rollup_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM diwan.service_rollup_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER transactions_rollup AFTER INSERT OR UPDATE OR DELETE ON diwan.transactions
    FOR EACH ROW EXECUTE FUNCTION diwan.transactions_rollup();

-- Per-clerk throughput between two days (Asia/Qatar, both included), of one service or all
-- (NULL): managers only (EXECUTE is theirs alone, and the caller must be active staff).
CREATE FUNCTION diwan.clerk_throughput(p_from date, p_to date, p_service bigint)
    RETURNS TABLE (clerk_id bigint, clerk_name_ar text, clerk_name_en text, decided bigint,
                   decided_on_time bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM diwan.caller_staff_id();
    RETURN QUERY
        SELECT r.staff_id, coalesce(s.display_name_ar, ''), coalesce(s.display_name_en, ''),
               sum(r.decisions)::bigint,
               sum(CASE WHEN r.on_time THEN r.decisions ELSE 0 END)::bigint
        FROM diwan.clerk_rollup r LEFT JOIN diwan.staff s ON s.id = r.staff_id
        WHERE r.day BETWEEN p_from AND p_to AND (p_service IS NULL OR r.service_id = p_service)
        GROUP BY r.staff_id, s.display_name_ar, s.display_name_en
        ORDER BY 4 DESC, 1;
END
$$;
GRANT EXECUTE ON FUNCTION diwan.clerk_throughput(date, date, bigint) TO diwan_manager;

-- What exists already.
INSERT INTO diwan.service_rollup (day, service_id, state, municipality, due_day, transactions)
    SELECT (submitted_at AT TIME ZONE 'Asia/Qatar')::date, service_id, state, municipality,
           (due_at AT TIME ZONE 'Asia/Qatar')::date, count(*)
    FROM diwan.transactions GROUP BY 1, 2, 3, 4, 5;
INSERT INTO diwan.service_decision_rollup (day, service_id, municipality, outcome, on_time, hours,
                                           decisions)
    SELECT (decided_at AT TIME ZONE 'Asia/Qatar')::date, service_id, municipality, state,
           decided_at <= due_at,
           greatest(0, least(2000, (extract(epoch FROM date_trunc('second', decided_at))::bigint
                                    - extract(epoch FROM date_trunc('second', submitted_at))::bigint)
                                   / 3600)),
           count(*)
    FROM diwan.transactions WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO diwan.clerk_rollup (day, service_id, staff_id, on_time, decisions)
    SELECT (decided_at AT TIME ZONE 'Asia/Qatar')::date, service_id, coalesce(assigned_to, 0),
           decided_at <= due_at, count(*)
    FROM diwan.transactions WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4;

-- The rule of 012 on the new tables: read where the dashboards read, written only by the trigger.
GRANT SELECT ON diwan.service_rollup, diwan.service_decision_rollup TO diwan_manager, diwan_admin;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['service_rollup', 'service_decision_rollup', 'clerk_rollup'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON diwan.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes()',
                       t || '_through_functions', t);
    END LOOP;
END
$$;

-- The Discussions dashboard's aggregates, each an index range (models/dashboards/
-- discussionsdashboard.cpp): contributions by decision and reports by time (by submission:
-- contributions_submitted_idx of 009).
CREATE INDEX contributions_moderated_idx ON diwan.contributions (moderated_at, topic_id)
    WHERE moderated_at IS NOT NULL;
CREATE INDEX contribution_reports_at_idx ON diwan.contribution_reports (reported_at, reason);

RESET ROLE;
