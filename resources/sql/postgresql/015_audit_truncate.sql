-- The audit trail is append-only for everyone: its row triggers refuse UPDATE and DELETE, and
-- this statement trigger refuses TRUNCATE, which row triggers do not see - the superuser's too
-- (tst_pgsecurity tries it).
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON diwan_audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION diwan_audit.refuse_change();
