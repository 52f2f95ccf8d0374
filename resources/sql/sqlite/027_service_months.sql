-- The Services dashboard at millions of transactions (issue 14): the same rollups as
-- PostgreSQL's 027, by Qatar month (the first day of it, YYYY-MM-01) and the narrow daily one
-- of decisions, kept current by triggers on transactions in the same transaction as every change
-- (models/dashboards/rollups.cpp holds the same GROUP BYs for `diwan-admin rollup`). SQLite has
-- one writer at a time, so the order in which rows are touched cannot deadlock here.

CREATE TABLE service_month_rollup (
    month           text NOT NULL,
    service_id      integer NOT NULL,
    municipality    text NOT NULL,
    transactions    integer NOT NULL,
    PRIMARY KEY (month, service_id, municipality)
) WITHOUT ROWID;

CREATE TABLE service_decision_day_rollup (
    day             text NOT NULL,
    service_id      integer NOT NULL,
    on_time         integer NOT NULL,
    hours           integer NOT NULL,
    decisions       integer NOT NULL,
    PRIMARY KEY (day, service_id, on_time, hours)
) WITHOUT ROWID;

CREATE TABLE service_decision_month_rollup (
    month           text NOT NULL,
    service_id      integer NOT NULL,
    on_time         integer NOT NULL,
    hours           integer NOT NULL,
    decisions       integer NOT NULL,
    PRIMARY KEY (month, service_id, on_time, hours)
) WITHOUT ROWID;

CREATE TRIGGER transactions_month_rollup_insert AFTER INSERT ON transactions BEGIN
    INSERT INTO service_month_rollup (month, service_id, municipality, transactions)
        SELECT date(NEW.submitted_at, '+3 hours', 'start of month'), NEW.service_id, NEW.municipality, 1 WHERE true
        ON CONFLICT (month, service_id, municipality)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_day_rollup (day, service_id, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO service_decision_month_rollup (month, service_id, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours', 'start of month'), NEW.service_id, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (month, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
END;

CREATE TRIGGER transactions_month_rollup_update AFTER UPDATE ON transactions
WHEN NEW.service_id IS NOT OLD.service_id OR NEW.municipality IS NOT OLD.municipality
    OR NEW.submitted_at IS NOT OLD.submitted_at OR NEW.due_at IS NOT OLD.due_at
    OR NEW.decided_at IS NOT OLD.decided_at
BEGIN
    INSERT INTO service_month_rollup (month, service_id, municipality, transactions)
        SELECT date(OLD.submitted_at, '+3 hours', 'start of month'), OLD.service_id, OLD.municipality, -1 WHERE true
        ON CONFLICT (month, service_id, municipality)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_day_rollup (day, service_id, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO service_decision_month_rollup (month, service_id, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours', 'start of month'), OLD.service_id, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (month, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    DELETE FROM service_month_rollup WHERE transactions = 0
        AND month = date(OLD.submitted_at, '+3 hours', 'start of month') AND service_id = OLD.service_id
        AND municipality = OLD.municipality;
    DELETE FROM service_decision_day_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id
        AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
    DELETE FROM service_decision_month_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND month = date(OLD.decided_at, '+3 hours', 'start of month') AND service_id = OLD.service_id
        AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
    INSERT INTO service_month_rollup (month, service_id, municipality, transactions)
        SELECT date(NEW.submitted_at, '+3 hours', 'start of month'), NEW.service_id, NEW.municipality, 1 WHERE true
        ON CONFLICT (month, service_id, municipality)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_day_rollup (day, service_id, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours'), NEW.service_id, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO service_decision_month_rollup (month, service_id, on_time, hours, decisions)
        SELECT date(NEW.decided_at, '+3 hours', 'start of month'), NEW.service_id, (julianday(NEW.decided_at) <= julianday(NEW.due_at)), max(0, min(2000, (CAST(strftime('%s', NEW.decided_at) AS integer) - CAST(strftime('%s', NEW.submitted_at) AS integer)) / 3600)), 1
        WHERE NEW.decided_at IS NOT NULL
        ON CONFLICT (month, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
END;

CREATE TRIGGER transactions_month_rollup_delete AFTER DELETE ON transactions BEGIN
    INSERT INTO service_month_rollup (month, service_id, municipality, transactions)
        SELECT date(OLD.submitted_at, '+3 hours', 'start of month'), OLD.service_id, OLD.municipality, -1 WHERE true
        ON CONFLICT (month, service_id, municipality)
        DO UPDATE SET transactions = transactions + excluded.transactions;
    INSERT INTO service_decision_day_rollup (day, service_id, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours'), OLD.service_id, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (day, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    INSERT INTO service_decision_month_rollup (month, service_id, on_time, hours, decisions)
        SELECT date(OLD.decided_at, '+3 hours', 'start of month'), OLD.service_id, (julianday(OLD.decided_at) <= julianday(OLD.due_at)), max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600)), -1
        WHERE OLD.decided_at IS NOT NULL
        ON CONFLICT (month, service_id, on_time, hours)
        DO UPDATE SET decisions = decisions + excluded.decisions;
    DELETE FROM service_month_rollup WHERE transactions = 0
        AND month = date(OLD.submitted_at, '+3 hours', 'start of month') AND service_id = OLD.service_id
        AND municipality = OLD.municipality;
    DELETE FROM service_decision_day_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND day = date(OLD.decided_at, '+3 hours') AND service_id = OLD.service_id
        AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
    DELETE FROM service_decision_month_rollup WHERE decisions = 0 AND OLD.decided_at IS NOT NULL
        AND month = date(OLD.decided_at, '+3 hours', 'start of month') AND service_id = OLD.service_id
        AND on_time = (julianday(OLD.decided_at) <= julianday(OLD.due_at)) AND hours = max(0, min(2000, (CAST(strftime('%s', OLD.decided_at) AS integer) - CAST(strftime('%s', OLD.submitted_at) AS integer)) / 3600));
END;

-- What exists already (diwan-admin rollup runs the same GROUP BYs).
INSERT INTO service_month_rollup (month, service_id, municipality, transactions)
    SELECT date(day, 'start of month'), service_id, municipality, sum(transactions)
    FROM service_rollup GROUP BY 1, 2, 3;
INSERT INTO service_decision_day_rollup (day, service_id, on_time, hours, decisions)
    SELECT day, service_id, on_time, hours, sum(decisions)
    FROM service_decision_rollup GROUP BY 1, 2, 3, 4;
INSERT INTO service_decision_month_rollup (month, service_id, on_time, hours, decisions)
    SELECT date(day, 'start of month'), service_id, on_time, hours, sum(decisions)
    FROM service_decision_day_rollup GROUP BY 1, 2, 3, 4;
