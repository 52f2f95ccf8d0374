-- Service dashboards (issue 14): the same rollups as PostgreSQL's 019, kept current by triggers
-- on transactions in the same transaction as every change, rebuilt by `diwan-admin rollup`
-- (models/dashboards/servicerollups.cpp holds the same expressions). Days are Asia/Qatar days
-- (UTC+3, no daylight saving); hours from submission to decision are whole hours capped at 2000.

ALTER TABLE transactions ADD COLUMN municipality text NOT NULL DEFAULT 'unknown'
    CHECK (municipality IN ('doha', 'al_rayyan', 'al_wakrah', 'umm_salal', 'al_khor',
                            'al_shamal', 'al_daayen', 'al_sheehaniya', 'unknown'));

CREATE TABLE service_rollup (
    day             text NOT NULL,
    service_id      integer NOT NULL,
    state           text NOT NULL,
    municipality    text NOT NULL,
    due_day         text NOT NULL,
    transactions    integer NOT NULL,
    PRIMARY KEY (day, service_id, state, municipality, due_day)
) WITHOUT ROWID;

CREATE TABLE service_decision_rollup (
    day             text NOT NULL,
    service_id      integer NOT NULL,
    municipality    text NOT NULL,
    outcome         text NOT NULL,
    on_time         integer NOT NULL,
    hours           integer NOT NULL,
    decisions       integer NOT NULL,
    PRIMARY KEY (day, service_id, municipality, outcome, on_time, hours)
) WITHOUT ROWID;

CREATE TABLE clerk_rollup (
    day             text NOT NULL,
    service_id      integer NOT NULL,
    staff_id        integer NOT NULL,
    on_time         integer NOT NULL,
    decisions       integer NOT NULL,
    PRIMARY KEY (day, service_id, staff_id, on_time)
) WITHOUT ROWID;

CREATE TRIGGER transactions_rollup_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO service_rollup (day, service_id, state, municipality, due_day, transactions)
        SELECT date(NEW.submitted_at, '+3 hours'), NEW.service_id, NEW.state, NEW.municipality, date(NEW.due_at, '+3 hours'), 1 WHERE true
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_rollup (day, service_id, municipality, outcome, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, NEW.municipality, NEW.state, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO clerk_rollup (day, service_id, staff_id, on_time, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, coalesce(NEW.assigned_to, 0), (julianday(NEW.decided_at) <= julianday(NEW.due_at)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = decisions + excluded.decisions;
END;

CREATE TRIGGER transactions_rollup_update AFTER UPDATE ON transactions
WHEN NEW.service_id IS NOT OLD.service_id OR NEW.state IS NOT OLD.state
    OR NEW.municipality IS NOT OLD.municipality OR NEW.submitted_at IS NOT OLD.submitted_at
    OR NEW.due_at IS NOT OLD.due_at OR NEW.decided_at IS NOT OLD.decided_at
    OR (NEW.decided_at IS NOT NULL AND NEW.assigned_to IS NOT OLD.assigned_to)
BEGIN
    INSERT INTO service_rollup (day, service_id, state, municipality, due_day, transactions)
        SELECT date(OLD.submitted_at, '+3 hours'), OLD.service_id, OLD.state, OLD.municipality, date(OLD.due_at, '+3 hours'), -1 WHERE true
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_rollup (day, service_id, municipality, outcome, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, OLD.municipality, OLD.state, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO clerk_rollup (day, service_id, staff_id, on_time, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, coalesce(OLD.assigned_to, 0), (julianday(OLD.decided_at) <= julianday(OLD.due_at)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    DELETE FROM service_rollup WHERE transactions = 0 AND day = date(OLD.submitted_at, '+3 hours')
        AND service_id = OLD.service_id AND state = OLD.state AND municipality = OLD.municipality
        AND due_day = date(OLD.due_at, '+3 hours');
    DELETE FROM service_decision_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id AND municipality = OLD.municipality
        AND outcome = OLD.state AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
    DELETE FROM clerk_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id
        AND staff_id = coalesce(OLD.assigned_to, 0) AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at));
    INSERT INTO service_rollup (day, service_id, state, municipality, due_day, transactions)
        SELECT date(NEW.submitted_at, '+3 hours'), NEW.service_id, NEW.state, NEW.municipality, date(NEW.due_at, '+3 hours'), 1 WHERE true
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_rollup (day, service_id, municipality, outcome, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, NEW.municipality, NEW.state, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO clerk_rollup (day, service_id, staff_id, on_time, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, coalesce(NEW.assigned_to, 0), (julianday(NEW.decided_at) <= julianday(NEW.due_at)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = decisions + excluded.decisions;
END;

CREATE TRIGGER transactions_rollup_delete AFTER DELETE ON transactions BEGIN
    INSERT INTO service_rollup (day, service_id, state, municipality, due_day, transactions)
        SELECT date(OLD.submitted_at, '+3 hours'), OLD.service_id, OLD.state, OLD.municipality, date(OLD.due_at, '+3 hours'), -1 WHERE true
        ON CONFLICT (day, service_id, state, municipality, due_day)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_rollup (day, service_id, municipality, outcome, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, OLD.municipality, OLD.state, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, municipality, outcome, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO clerk_rollup (day, service_id, staff_id, on_time, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, coalesce(OLD.assigned_to, 0), (julianday(OLD.decided_at) <= julianday(OLD.due_at)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, staff_id, on_time)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    DELETE FROM service_rollup WHERE transactions = 0 AND day = date(OLD.submitted_at, '+3 hours')
        AND service_id = OLD.service_id AND state = OLD.state AND municipality = OLD.municipality
        AND due_day = date(OLD.due_at, '+3 hours');
    DELETE FROM service_decision_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id AND municipality = OLD.municipality
        AND outcome = OLD.state AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
    DELETE FROM clerk_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id
        AND staff_id = coalesce(OLD.assigned_to, 0) AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at));
END;

-- The Discussions dashboard's aggregates, each an index range (models/dashboards/
-- discussionsdashboard.cpp): contributions by decision and reports by time (by submission:
-- contributions_submitted_idx of 009).
CREATE INDEX contributions_moderated_idx ON contributions (moderated_at, topic_id)
    WHERE moderated_at IS NOT NULL;
CREATE INDEX contribution_reports_at_idx ON contribution_reports (reported_at, reason);

-- What exists already (diwan-admin rollup runs the same GROUP BYs).
INSERT INTO service_rollup (day, service_id, state, municipality, due_day, transactions)
    SELECT date(submitted_at, '+3 hours'), service_id, state, municipality, date(due_at, '+3 hours'),
           count(*)
    FROM transactions GROUP BY 1, 2, 3, 4, 5;
INSERT INTO service_decision_rollup (day, service_id, municipality, outcome, on_time, hours, decisions)
    SELECT date(decided_at, '+3 hours'), service_id, municipality, state,
           (julianday(decided_at) <= julianday(due_at)),
           max(0, min(2000, (CAST(strftime('%s', decided_at) AS integer)
                             - CAST(strftime('%s', submitted_at) AS integer)) / 3600)),
           count(*)
    FROM transactions WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO clerk_rollup (day, service_id, staff_id, on_time, decisions)
    SELECT date(decided_at, '+3 hours'), service_id, coalesce(assigned_to, 0),
           (julianday(decided_at) <= julianday(due_at)), count(*)
    FROM transactions WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4;
