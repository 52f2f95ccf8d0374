-- People write only through functions (issue 11). Until now a clerk's login could UPDATE
-- transactions directly, checked by row policies and triggers that trusted
-- diwan.current_staff_id(): NULL for a group member without a staff row (an LDAP or Kerberos
-- login added to diwan_clerk), which every "IF me IS NOT NULL" check let through, and a real
-- clerk could claim outside their services, for a century, without a history event.
--
-- From here on the staff groups and the portal hold no INSERT, UPDATE, DELETE or TRUNCATE on any
-- table of diwan or diwan_audit. Each thing a person does is one diwan.* function, owned by
-- diwan_owner, SECURITY DEFINER, search_path pinned, EXECUTE granted to exactly the groups that
-- may do it (resources/sql/postgresql/PRIVILEGES.tsv; tests/tst_privileges.cpp compares it with
-- the catalogue). Each function is the check - an active staff row whose login is session_user
-- (anyone else is refused everything, saying why), their services, that they hold the
-- transaction (lease not run out), lease lengths set here and not by the client, the state
-- machine, the version the client read - and writes the change, the history event, the outbox
-- messages and the NOTIFY in the same call. The rules for who writes what now live in these
-- functions; the triggers stay as the last line (a person writing directly is refused even if a
-- privilege were granted again by mistake).

-- Migration 011 created btree_gin in the first schema of the migrating session's search path:
-- diwan. Its support functions, executable by PUBLIC as an extension's are, do not belong among
-- the functions whose EXECUTE is Diwan's to grant: the extension joins pg_trgm in public (the
-- index that uses it follows by its operator class, not by name).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e
               WHERE e.extname = 'btree_gin' AND e.extnamespace = 'diwan'::regnamespace) THEN
        ALTER EXTENSION btree_gin SET SCHEMA public;
    END IF;
END
$$;

SET LOCAL ROLE diwan_owner;

-- Who is calling ----------------------------------------------------------------------------

-- The active staff member acting, for the functions and the who-may triggers: session_user's
-- staff row. A Diwan group member (not a superuser) without a row, or with a deactivated one, is
-- refused here, whatever they try; anyone else (the DBA, the seeder, the migrations) is no person:
-- NULL. The two messages are what the client recognises (DbError::fromSql).
CREATE FUNCTION diwan.acting_staff_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s record;
BEGIN
    SELECT st.id, st.active INTO s FROM diwan.staff st WHERE st.login = session_user;
    IF FOUND THEN
        IF s.active THEN
            RETURN s.id;
        END IF;
        RAISE EXCEPTION 'the Diwan account "%" is deactivated', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
               WHERE r.rolname = session_user AND NOT r.rolsuper
                 AND (pg_catalog.pg_has_role(r.oid, 'diwan_clerk', 'USAGE')
                      OR pg_catalog.pg_has_role(r.oid, 'diwan_moderator', 'USAGE')
                      OR pg_catalog.pg_has_role(r.oid, 'diwan_editor', 'USAGE')
                      OR pg_catalog.pg_has_role(r.oid, 'diwan_manager', 'USAGE')
                      OR pg_catalog.pg_has_role(r.oid, 'diwan_admin', 'USAGE'))) THEN
        RAISE EXCEPTION 'the login "%" is not set up in Diwan: it has no staff account', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

-- The caller of a function: an active member of staff, or refused.
CREATE FUNCTION diwan.caller_staff_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.acting_staff_id();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'the login "%" is not set up in Diwan: it has no staff account', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END
$$;

-- How long a hold lasts, decided here and never by the client: a clerk's claim (renewed every
-- 10 minutes while the transaction is open in Diwan) and a supervisor's assignment (a working
-- shift, so the colleague finds it at their desk). TransactionService::defaultLeaseMinutes and
-- Supervision::reassignLeaseMinutes say the same for SQLite.
CREATE FUNCTION diwan.lease_length(p_kind text) RETURNS interval
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE p_kind WHEN 'claim' THEN interval '30 minutes'
                       WHEN 'assignment' THEN interval '8 hours' END
$$;

-- Text as a comparison sees it: without any white space (the client's message templates collapse
-- runs of spaces; which characters count as space differs between Qt and the server's locale).
CREATE FUNCTION diwan.squeezed(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT regexp_replace(coalesce(p_text, ''),
                          '[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+', '', 'g')
$$;

-- Text as the client trims it (QString::trimmed).
CREATE FUNCTION diwan.trimmed(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT regexp_replace(coalesce(p_text, ''), '^\s+|\s+$', '', 'g')
$$;

-- The transaction the caller holds, locked until the end of the call's transaction: it exists, it
-- is assigned to them and its lease (if it has one: a transaction escalated to a supervisor, or
-- decided, is held without) has not run out, and it is of one of their services.
CREATE FUNCTION diwan.lock_held_transaction(p_id bigint, p_me bigint) RETURNS diwan.transactions
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t diwan.transactions;
BEGIN
    SELECT x.* INTO t FROM diwan.transactions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF t.assigned_to IS DISTINCT FROM p_me OR t.lease_expires_at <= now() THEN
        RAISE EXCEPTION 'transaction % is not held by you: its claim ran out or it was reassigned',
                        t.reference
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM diwan.staff_services ss
                   WHERE ss.staff_id = p_me AND ss.service_id = t.service_id) THEN
        RAISE EXCEPTION 'transaction % belongs to a service you do not handle', t.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN t;
END
$$;

-- The who-may triggers: a person is who acting_staff_id() says (refusing a group member without
-- an active staff row instead of reading them as "not a person"). Inside the owner's functions
-- the caller was checked already.
CREATE OR REPLACE FUNCTION diwan.check_transaction_holder() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint;
BEGIN
    IF current_user = 'diwan_owner' THEN
        RETURN NEW;
    END IF;
    me := diwan.acting_staff_id();
    IF me IS NOT NULL AND OLD.assigned_to IS DISTINCT FROM me AND NEW.assigned_to IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'transaction % is not held by you: claim it first', OLD.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION diwan.check_contribution_moderator() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.acting_staff_id();
BEGIN
    IF me IS NOT NULL AND (
           (NEW.moderated_by IS DISTINCT FROM OLD.moderated_by AND NEW.moderated_by IS DISTINCT FROM me
            AND NEW.moderated_by IS NOT NULL)
        OR (NEW.state IS DISTINCT FROM OLD.state AND NEW.state <> 'pending' AND NEW.moderated_by IS DISTINCT FROM me)
    ) THEN
        RAISE EXCEPTION 'a moderation decision carries the name of the moderator who takes it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION diwan.check_four_eyes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.acting_staff_id();
    reviewer bigint;
BEGIN
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    reviewer := (to_jsonb(NEW) ->> 'reviewed_by')::bigint;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := coalesce(NEW.created_by, me);
        IF NEW.created_by <> me OR reviewer IS NOT NULL OR NEW.state NOT IN ('draft', 'in_review') THEN
            RAISE EXCEPTION 'a new % row starts as an unreviewed draft in its author''s own name', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.created_by IS DISTINCT FROM OLD.created_by THEN
        RAISE EXCEPTION 'the author of a % row cannot change', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF reviewer IS DISTINCT FROM (to_jsonb(OLD) ->> 'reviewed_by')::bigint AND reviewer IS NOT NULL
       AND (reviewer <> me OR reviewer = NEW.created_by) THEN
        RAISE EXCEPTION 'four eyes: a review is signed by its reviewer, who is not the author'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.state IN ('scheduled', 'open') AND OLD.state IN ('draft', 'in_review') THEN
        IF OLD.state <> 'in_review' THEN
            RAISE EXCEPTION 'a % row is scheduled or opened only after review', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
        IF (TG_TABLE_NAME = 'polls' AND (reviewer IS NULL OR reviewer = NEW.created_by))
           OR (TG_TABLE_NAME <> 'polls' AND me = NEW.created_by) THEN
            RAISE EXCEPTION 'four eyes: someone other than the author must review this % row', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- The last line, on every table: a person (or the portal) writes only through the functions,
-- even if a table privilege were granted to a group again. Statement level, before anything
-- else; the functions pass (they run as the owner), the DBA, the seeder and the migrations too.
-- Security invoker, to see who is writing.
CREATE FUNCTION diwan.refuse_direct_writes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    staff_group boolean;
    is_active boolean;
BEGIN
    IF current_user = 'diwan_owner' THEN
        RETURN NULL;
    END IF;
    SELECT (pg_catalog.pg_has_role(r.oid, 'diwan_clerk', 'USAGE')
            OR pg_catalog.pg_has_role(r.oid, 'diwan_moderator', 'USAGE')
            OR pg_catalog.pg_has_role(r.oid, 'diwan_editor', 'USAGE')
            OR pg_catalog.pg_has_role(r.oid, 'diwan_manager', 'USAGE')
            OR pg_catalog.pg_has_role(r.oid, 'diwan_admin', 'USAGE')
            OR current_user IN ('diwan_clerk', 'diwan_moderator', 'diwan_editor', 'diwan_manager',
                                'diwan_admin'))
        INTO staff_group
        FROM pg_catalog.pg_roles r WHERE r.rolname = session_user AND NOT r.rolsuper;
    IF NOT FOUND THEN
        RETURN NULL; -- a superuser: the DBA, the seeder, the migrations
    END IF;
    IF staff_group THEN
        SELECT s.active INTO is_active FROM diwan.staff s WHERE s.login = session_user;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the login "%" is not set up in Diwan: it has no staff account', session_user
                USING ERRCODE = 'insufficient_privilege';
        ELSIF NOT is_active THEN
            RAISE EXCEPTION 'the Diwan account "%" is deactivated', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF staff_group OR current_user = 'diwan_portal'
       OR pg_catalog.pg_has_role(session_user, 'diwan_portal', 'USAGE') THEN
        RAISE EXCEPTION 'people and the portal change % only through the diwan.* functions', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'diwan' AND c.relkind IN ('r', 'p') ORDER BY c.relname
    LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g WHERE g.tgrelid = format('diwan.%I', t)::regclass
                   AND g.tgname = t || '_active_staff') THEN
            EXECUTE format('DROP TRIGGER %I ON diwan.%I', t || '_active_staff', t);
        END IF;
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON diwan.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes()',
                       t || '_through_functions', t);
    END LOOP;
END
$$;
DROP FUNCTION diwan.refuse_inactive_staff();

-- The functions write documents and the outbox as the owner, which row security binds too.
CREATE POLICY attachments_owner ON diwan.attachments TO diwan_owner USING (true) WITH CHECK (true);
CREATE POLICY outbox_owner ON diwan.outbox TO diwan_owner USING (true) WITH CHECK (true);

-- Claims ------------------------------------------------------------------------------------

-- Claim next: the most urgent free transaction of the caller's services, else one whose lease ran
-- out; no row when there is nothing to take. One statement, one round trip (migration 010).
DROP FUNCTION diwan.claim_next(bigint, double precision);
CREATE FUNCTION diwan.claim_next(OUT claimed_id bigint, OUT claimed_reference text,
                                 OUT claimed_version integer, OUT claimed_lease timestamptz)
    RETURNS SETOF record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
BEGIN
    -- COALESCE reads the expired leases only when nothing is free (the second subquery is not
    -- run once the first has an answer).
    UPDATE diwan.transactions x
        SET assigned_to = me,
            lease_expires_at = now() + diwan.lease_length('claim'),
            state = CASE WHEN x.state = 'submitted' THEN 'in_review' ELSE x.state END,
            version = x.version + 1
        WHERE x.id = coalesce(
                (SELECT t.id FROM diwan.transactions t
                 WHERE t.assigned_to IS NULL AND t.state IN ('submitted', 'in_review')
                   AND t.service_id IN (SELECT ss.service_id FROM diwan.staff_services ss
                                        WHERE ss.staff_id = me)
                 ORDER BY t.priority, t.due_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED),
                (SELECT t.id FROM diwan.transactions t
                 WHERE t.assigned_to IS NOT NULL AND t.lease_expires_at < now()
                   AND t.state IN ('submitted', 'in_review')
                   AND t.service_id IN (SELECT ss.service_id FROM diwan.staff_services ss
                                        WHERE ss.staff_id = me)
                 ORDER BY t.priority, t.due_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED))
          AND (x.assigned_to IS NULL OR x.lease_expires_at < now())
        RETURNING x.id, x.reference, x.version, x.lease_expires_at
        INTO claimed_id, claimed_reference, claimed_version, claimed_lease;
    IF claimed_id IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind)
        VALUES (claimed_id, me, 'claimed');
    PERFORM pg_catalog.pg_notify('diwan_transactions', claimed_id::text);
    RETURN NEXT;
END
$$;

-- Claim the transaction the clerk opened: of their services, waiting (submitted or in review),
-- free or its lease run out.
CREATE FUNCTION diwan.claim_transaction(p_id bigint, OUT claimed_id bigint, OUT claimed_reference text,
                                        OUT claimed_version integer, OUT claimed_lease timestamptz)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t record;
BEGIN
    SELECT x.id, x.reference, x.service_id, x.state, x.assigned_to, x.lease_expires_at
        INTO t FROM diwan.transactions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM diwan.staff_services ss
                   WHERE ss.staff_id = me AND ss.service_id = t.service_id) THEN
        RAISE EXCEPTION 'transaction % belongs to a service you do not handle', t.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.state NOT IN ('submitted', 'in_review') THEN
        RAISE EXCEPTION 'transaction % is % and cannot be claimed', t.reference, t.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF t.assigned_to IS NOT NULL AND (t.lease_expires_at IS NULL OR t.lease_expires_at >= now()) THEN
        RAISE EXCEPTION 'transaction % is held already: its lease has not run out', t.reference
            USING ERRCODE = 'serialization_failure';
    END IF;
    UPDATE diwan.transactions x
        SET assigned_to = me,
            lease_expires_at = now() + diwan.lease_length('claim'),
            state = CASE WHEN x.state = 'submitted' THEN 'in_review' ELSE x.state END,
            version = x.version + 1
        WHERE x.id = t.id
        RETURNING x.id, x.reference, x.version, x.lease_expires_at
        INTO claimed_id, claimed_reference, claimed_version, claimed_lease;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind) VALUES (t.id, me, 'claimed');
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
END
$$;

-- Extend the holder's lease (never shortening a supervisor's longer assignment); returns when it
-- runs out now, NULL for a transaction held without a lease. Writes no history: a renewal
-- is not an event of the case.
CREATE FUNCTION diwan.renew_lease(p_id bigint) RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t diwan.transactions;
    result timestamptz;
BEGIN
    t := diwan.lock_held_transaction(p_id, me);
    IF t.lease_expires_at IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE diwan.transactions x
        SET lease_expires_at = greatest(x.lease_expires_at, now() + diwan.lease_length('claim'))
        WHERE x.id = t.id
        RETURNING x.lease_expires_at INTO result;
    RETURN result;
END
$$;

-- Give an open transaction back to the queue. Returns the new version.
CREATE FUNCTION diwan.release_transaction(p_id bigint) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t diwan.transactions;
    result integer;
BEGIN
    t := diwan.lock_held_transaction(p_id, me);
    IF t.state NOT IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated') THEN
        RAISE EXCEPTION 'transaction % is % and stays with whoever decided it', t.reference, t.state
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind) VALUES (t.id, me, 'released');
    UPDATE diwan.transactions x
        SET assigned_to = NULL, lease_expires_at = NULL, version = x.version + 1
        WHERE x.id = t.id
        RETURNING x.version INTO result;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN result;
END
$$;

-- Notes and messages ------------------------------------------------------------------------

-- An internal note (history only), or a message to the applicant (history visible to them, and
-- the outbox by SMS and e-mail to the contact details they gave, in their language). Returns the
-- event's id.
CREATE FUNCTION diwan.add_note(p_id bigint, p_text text, p_to_applicant boolean) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    body text := diwan.trimmed(p_text);
    to_applicant boolean := coalesce(p_to_applicant, false);
    t diwan.transactions;
    event bigint;
BEGIN
    IF body = '' THEN
        RAISE EXCEPTION 'a note or message needs its text' USING ERRCODE = 'check_violation';
    END IF;
    t := diwan.lock_held_transaction(p_id, me);
    IF to_applicant AND coalesce(t.phone, '') = '' AND coalesce(t.email, '') = '' THEN
        RAISE EXCEPTION 'the applicant of transaction % gave no mobile number or e-mail address',
                        t.reference
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, note, visible_to_applicant)
        VALUES (t.id, me, CASE WHEN to_applicant THEN 'message' ELSE 'note' END, body, to_applicant)
        RETURNING id INTO event;
    IF to_applicant THEN
        INSERT INTO diwan.outbox (transaction_id, channel, recipient, language, body)
            SELECT t.id, c.channel, c.recipient, t.language, body
            FROM (VALUES (1, 'sms', t.phone), (2, 'email', t.email)) AS c (n, channel, recipient)
            WHERE coalesce(c.recipient, '') <> '' ORDER BY c.n;
    END IF;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN event;
END
$$;

-- Decisions ---------------------------------------------------------------------------------

-- One decision on a transaction the caller holds, at the version they read: the state change
-- (the state machine checked here, and again by the transition trigger), the history event, the
-- message to the applicant and the notification. The message comes rendered from the client's
-- bilingual templates (resources/templates/messages.json, shared with SQLite); it is checked
-- here to name the transaction, and to carry the reason of a rejection and every document asked
-- for. Where it goes (the applicant's own contact details and language) is read here. Returns
-- the new version. Not callable directly: the decide_* functions below name the decisions.
CREATE FUNCTION diwan.decide_transaction(p_action text, p_id bigint, p_version integer,
                                         p_reason_code text, p_reason_text text, p_documents jsonb,
                                         p_note text, p_message text) RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t diwan.transactions;
    to_state text;
    from_states text[];
    tells_applicant boolean := p_action IN ('request_documents', 'approve', 'reject');
    message text := diwan.trimmed(p_message);
    code text := diwan.trimmed(p_reason_code);
    reason text := diwan.trimmed(p_reason_text);
    documents text[];
    doc text;
    note text := p_note;
    result integer;
BEGIN
    CASE p_action
        WHEN 'request_documents' THEN
            to_state := 'awaiting_applicant';
            from_states := ARRAY['in_review'];
        WHEN 'resume_review' THEN
            to_state := 'in_review';
            from_states := ARRAY['awaiting_applicant'];
        WHEN 'approve' THEN
            to_state := 'approved';
            from_states := ARRAY['in_review', 'escalated'];
        WHEN 'reject' THEN
            to_state := 'rejected';
            from_states := ARRAY['in_review', 'escalated'];
        WHEN 'escalate' THEN
            to_state := 'escalated';
            from_states := ARRAY['submitted', 'in_review'];
        ELSE
            RAISE EXCEPTION 'unknown decision %', p_action USING ERRCODE = 'invalid_parameter_value';
    END CASE;
    IF p_action = 'request_documents' THEN
        IF jsonb_typeof(p_documents) = 'array' THEN
            documents := ARRAY(SELECT diwan.trimmed(d) FROM jsonb_array_elements_text(p_documents) AS d
                               WHERE diwan.trimmed(d) <> '');
        END IF;
        IF coalesce(cardinality(documents), 0) = 0 THEN
            RAISE EXCEPTION 'a request for documents names the documents' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF p_action = 'reject' AND (code = '' OR reason = '') THEN
        RAISE EXCEPTION 'a rejection needs a reason code and text' USING ERRCODE = 'check_violation';
    END IF;

    t := diwan.lock_held_transaction(p_id, me);
    IF t.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'transaction % changed since it was read', t.reference
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF NOT (t.state = ANY (from_states)) THEN
        RAISE EXCEPTION 'transaction % is %: not possible from there', t.reference, t.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF tells_applicant THEN
        IF message = '' OR strpos(message, t.reference) = 0 THEN
            RAISE EXCEPTION 'the message to the applicant must name transaction %', t.reference
                USING ERRCODE = 'check_violation';
        END IF;
        IF p_action = 'reject' AND strpos(diwan.squeezed(message), diwan.squeezed(reason)) = 0 THEN
            RAISE EXCEPTION 'the message to the applicant must give the reason of the rejection'
                USING ERRCODE = 'check_violation';
        END IF;
        FOREACH doc IN ARRAY coalesce(documents, ARRAY[]::text[]) LOOP
            IF strpos(diwan.squeezed(message), diwan.squeezed(doc)) = 0 THEN
                RAISE EXCEPTION 'the message to the applicant must name the document "%"', doc
                    USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
    END IF;

    IF p_action = 'reject' THEN
        note := diwan.trimmed(format(E'%s: %s\n%s', p_reason_code, p_reason_text, coalesce(p_note, '')));
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, old_state, new_state, note,
                                          visible_to_applicant)
        VALUES (t.id, me, to_state, t.state, to_state, nullif(note, ''), tells_applicant);
    -- The SLA clock stops while the applicant is asked for documents; the pause is added to the
    -- deadline when review resumes.
    UPDATE diwan.transactions x
        SET state = to_state,
            sla_paused_at = CASE p_action WHEN 'request_documents' THEN now()
                                          WHEN 'resume_review' THEN NULL ELSE x.sla_paused_at END,
            due_at = CASE WHEN p_action = 'resume_review' AND x.sla_paused_at IS NOT NULL
                          THEN x.due_at + (now() - x.sla_paused_at) ELSE x.due_at END,
            decided_at = CASE WHEN p_action IN ('approve', 'reject') THEN now() ELSE x.decided_at END,
            lease_expires_at = CASE WHEN p_action IN ('approve', 'reject', 'escalate') THEN NULL
                                    ELSE x.lease_expires_at END,
            -- Up to the clerk's supervisor, or unassigned for the service's managers.
            assigned_to = CASE WHEN p_action = 'escalate' THEN diwan.escalation_target(me, x.service_id)
                               ELSE x.assigned_to END,
            reason_code = CASE WHEN p_action = 'reject' THEN code ELSE x.reason_code END,
            reason_text = CASE WHEN p_action = 'reject' THEN reason ELSE x.reason_text END,
            version = x.version + 1
        WHERE x.id = t.id
        RETURNING x.version INTO result;
    IF tells_applicant THEN
        INSERT INTO diwan.outbox (transaction_id, channel, recipient, language, body)
            SELECT t.id, c.channel, c.recipient, t.language, message
            FROM (VALUES (1, 'sms', t.phone), (2, 'email', t.email)) AS c (n, channel, recipient)
            WHERE coalesce(c.recipient, '') <> '' ORDER BY c.n;
    END IF;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN result;
END
$$;

CREATE FUNCTION diwan.decide_request_documents(p_id bigint, p_version integer, p_documents jsonb,
                                               p_note text, p_message text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.decide_transaction('request_documents', p_id, p_version, NULL, NULL, p_documents,
                                    p_note, p_message)
$$;
CREATE FUNCTION diwan.decide_resume_review(p_id bigint, p_version integer, p_note text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.decide_transaction('resume_review', p_id, p_version, NULL, NULL, NULL, p_note, NULL)
$$;
CREATE FUNCTION diwan.decide_approve(p_id bigint, p_version integer, p_note text, p_message text)
    RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.decide_transaction('approve', p_id, p_version, NULL, NULL, NULL, p_note, p_message)
$$;
CREATE FUNCTION diwan.decide_reject(p_id bigint, p_version integer, p_reason_code text,
                                    p_reason_text text, p_note text, p_message text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.decide_transaction('reject', p_id, p_version, p_reason_code, p_reason_text, NULL,
                                    p_note, p_message)
$$;
CREATE FUNCTION diwan.decide_escalate(p_id bigint, p_version integer, p_note text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.decide_transaction('escalate', p_id, p_version, NULL, NULL, NULL, p_note, NULL)
$$;

-- Documents ---------------------------------------------------------------------------------

-- Accept or reject one document of a transaction the caller holds, while it is in review or
-- awaiting the applicant, at the version they read; a rejection says why. The history names the
-- document in `p_language` (the clerk's own, "ar" or "en"). Returns the document's new version.
CREATE FUNCTION diwan.review_document(p_attachment bigint, p_version integer, p_accepted boolean,
                                      p_note text, p_language text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    reason text := diwan.trimmed(p_note);
    txn bigint;
    t diwan.transactions;
    a record;
    name text;
    note text;
    result integer;
BEGIN
    IF p_accepted IS NULL THEN
        RAISE EXCEPTION 'a review accepts or rejects' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT p_accepted AND reason = '' THEN
        RAISE EXCEPTION 'a rejection needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    SELECT x.transaction_id INTO txn FROM diwan.attachments x WHERE x.id = p_attachment;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'document % does not exist', p_attachment USING ERRCODE = 'no_data_found';
    END IF;
    -- The transaction first, then the document: the order every writer locks them in.
    t := diwan.lock_held_transaction(txn, me);
    SELECT x.version, x.file_name, x.document_code INTO a
        FROM diwan.attachments x WHERE x.id = p_attachment FOR UPDATE;
    IF a.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'document % changed since it was read', p_attachment
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF t.state NOT IN ('in_review', 'awaiting_applicant') THEN
        RAISE EXCEPTION 'transaction % is % and no longer open for review', t.reference, t.state
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT nullif(CASE WHEN p_language = 'en' THEN sd.name_en ELSE sd.name_ar END, '') INTO name
        FROM diwan.service_documents sd
        WHERE sd.service_id = t.service_id AND sd.code = a.document_code;
    note := format('%s (%s)', coalesce(name, a.document_code), a.file_name);
    IF reason <> '' THEN
        note := note || ': ' || reason;
    END IF;
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, note)
        VALUES (t.id, me, CASE WHEN p_accepted THEN 'document_accepted' ELSE 'document_rejected' END,
                note);
    UPDATE diwan.attachments x
        SET review_state = CASE WHEN p_accepted THEN 'accepted' ELSE 'rejected' END,
            reviewed_by = me, version = x.version + 1
        WHERE x.id = p_attachment
        RETURNING x.version INTO result;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN result;
END
$$;

-- Decision letters --------------------------------------------------------------------------

-- Record that the letter of a decided transaction was issued ("pdf" or "print", in "ar" or "en"),
-- by the clerk who decided it (they still hold it). The row stays locked until the caller's
-- transaction ends, so that the holder's second window issuing at the same moment waits and
-- numbers its letter after this one; the client produces the letter before it commits, and
-- rolls back if that fails. Returns the letter's number for this transaction (1, 2, ...).
CREATE FUNCTION diwan.record_letter(p_id bigint, p_how text, p_language text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t record;
    letter_no integer;
BEGIN
    IF p_how IS NULL OR p_how NOT IN ('pdf', 'print') THEN
        RAISE EXCEPTION 'a letter is saved as PDF or printed, not %', p_how
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT x.id, x.reference, x.state, x.service_id, x.assigned_to INTO t
        FROM diwan.transactions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF t.state NOT IN ('approved', 'rejected') THEN
        RAISE EXCEPTION 'transaction % is not decided: a letter states a decision', t.reference
            USING ERRCODE = 'check_violation';
    END IF;
    IF t.assigned_to IS DISTINCT FROM me OR NOT EXISTS (
            SELECT 1 FROM diwan.staff_services ss WHERE ss.staff_id = me AND ss.service_id = t.service_id) THEN
        RAISE EXCEPTION 'only the clerk who decided transaction % issues its letter', t.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    letter_no := (SELECT count(*) FROM diwan.transaction_events e
               WHERE e.transaction_id = t.id AND e.kind = 'letter_issued') + 1;
    -- The history keeps English words, like every other event note.
    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, note)
        VALUES (t.id, me, 'letter_issued',
                format('%s letter no. %s %s', CASE WHEN p_language = 'en' THEN 'English' ELSE 'Arabic' END,
                       letter_no, CASE WHEN p_how = 'pdf' THEN 'saved as PDF' ELSE 'printed' END));
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN letter_no;
END
$$;

-- Saved views -------------------------------------------------------------------------------

-- Save the caller's named view of a work area (replacing their view of that name); returns its id.
CREATE FUNCTION diwan.save_view(p_area text, p_name text, p_definition jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    view_name text := regexp_replace(diwan.trimmed(p_name), '\s+', ' ', 'g');
    result bigint;
BEGIN
    PERFORM diwan.caller_staff_id();
    IF length(view_name) NOT BETWEEN 1 AND 80 THEN
        RAISE EXCEPTION 'a view''s name has 1 to 80 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF jsonb_typeof(p_definition) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'a view is defined by a JSON object' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.saved_views AS v (staff_login, area, name, definition)
        VALUES (session_user, p_area, view_name, p_definition)
        ON CONFLICT (staff_login, area, name) DO UPDATE SET definition = excluded.definition
        RETURNING v.id INTO result;
    RETURN result;
END
$$;

-- Delete one of the caller's views, at the version they read.
CREATE FUNCTION diwan.delete_view(p_id bigint, p_version integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM diwan.caller_staff_id();
    DELETE FROM diwan.saved_views v
        WHERE v.id = p_id AND v.version = p_version AND v.staff_login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'saved view % changed, or is not yours', p_id USING ERRCODE = 'serialization_failure';
    END IF;
END
$$;

-- Supervision (005), with the same caller check and the lease set here ------------------------

DROP FUNCTION diwan.reassign_transaction(bigint, integer, bigint, text, double precision),
    diwan.take_over_transaction(bigint, integer, text, double precision),
    diwan.set_transaction_priority(bigint, integer, integer, text),
    diwan.escalate_transaction(bigint, integer, text),
    diwan.supervise_transaction(text, bigint, integer, bigint, integer, text, double precision);

-- One supervisor action on one transaction: checks, row, event, notification. Returns the new
-- version. Not callable directly: the four functions below name the actions.
CREATE FUNCTION diwan.supervise_transaction(p_action text, p_id bigint, p_version integer,
                                            p_to bigint, p_priority integer, p_reason text)
    RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
    t record;
    new_state text;
    new_holder bigint;
    new_lease timestamptz;
    new_priority smallint;
    kind text;
    result integer;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'diwan_manager', 'MEMBER') THEN
        RAISE EXCEPTION 'only an active supervisor may do this (%)', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(p_reason, '') !~ '[^[:space:]]' THEN
        RAISE EXCEPTION 'a supervisor''s action needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    SELECT x.id, x.reference, x.service_id, x.state, x.priority, x.assigned_to, x.lease_expires_at,
           x.version
        INTO t FROM diwan.transactions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM diwan.staff_services ss
                   WHERE ss.staff_id = me AND ss.service_id = t.service_id) THEN
        RAISE EXCEPTION 'transaction % belongs to a service you do not supervise', t.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'transaction % changed since it was read', t.reference
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF t.state IN ('approved', 'rejected', 'withdrawn') THEN
        RAISE EXCEPTION 'transaction % is closed', t.reference USING ERRCODE = 'check_violation';
    END IF;
    new_state := t.state;
    new_holder := t.assigned_to;
    new_lease := t.lease_expires_at;
    new_priority := t.priority;
    IF p_action IN ('reassign', 'take_over') THEN
        IF p_action = 'take_over' THEN
            p_to := me;
            kind := 'taken_over';
        ELSE
            kind := 'reassigned';
            IF p_to IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM diwan.staff s JOIN pg_catalog.pg_roles r ON r.rolname = s.login
                    WHERE s.id = p_to AND s.active
                      AND pg_catalog.pg_has_role(r.oid, 'diwan_clerk', 'MEMBER')
                      AND EXISTS (SELECT 1 FROM diwan.staff_services ss
                                  WHERE ss.staff_id = s.id AND ss.service_id = t.service_id)) THEN
                RAISE EXCEPTION 'staff member % is no active clerk of this service', p_to
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        new_holder := p_to;
        new_lease := CASE WHEN p_to IS NULL THEN NULL ELSE now() + diwan.lease_length('assignment') END;
        -- Whoever gets it reviews it; back in the queue an escalation is an ordinary review again.
        IF t.state = 'submitted' AND p_to IS NOT NULL THEN
            new_state := 'in_review';
        ELSIF t.state = 'escalated' AND p_action = 'reassign' THEN
            new_state := 'in_review';
        END IF;
    ELSIF p_action = 'priority' THEN
        IF p_priority IS NULL OR p_priority NOT BETWEEN 1 AND 4 THEN
            RAISE EXCEPTION 'a priority is 1 to 4' USING ERRCODE = 'check_violation';
        END IF;
        kind := 'priority_changed';
        new_priority := p_priority;
    ELSIF p_action = 'escalate' THEN
        IF t.state NOT IN ('submitted', 'in_review', 'escalated') THEN
            RAISE EXCEPTION 'transaction % cannot be escalated from %', t.reference, t.state
                USING ERRCODE = 'check_violation';
        END IF;
        kind := 'escalated';
        new_state := 'escalated';
        new_holder := diwan.escalation_target(me, t.service_id);
        new_lease := NULL;
    ELSE
        RAISE EXCEPTION 'unknown supervisor action %', p_action USING ERRCODE = 'invalid_parameter_value';
    END IF;

    INSERT INTO diwan.transaction_events (transaction_id, staff_id, kind, old_state, new_state, note,
                                          visible_to_applicant, assignee_id)
    VALUES (t.id, me, kind, t.state, new_state, btrim(p_reason), false,
            CASE WHEN kind = 'priority_changed' THEN NULL ELSE new_holder END);
    UPDATE diwan.transactions
        SET state = new_state, assigned_to = new_holder, lease_expires_at = new_lease,
            priority = new_priority, version = version + 1
        WHERE id = t.id
        RETURNING version INTO result;
    PERFORM pg_catalog.pg_notify('diwan_transactions', t.id::text);
    RETURN result;
END
$$;

CREATE FUNCTION diwan.reassign_transaction(p_id bigint, p_version integer, p_to bigint, p_reason text)
    RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('reassign', p_id, p_version, p_to, NULL, p_reason)
$$;
CREATE FUNCTION diwan.take_over_transaction(p_id bigint, p_version integer, p_reason text)
    RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('take_over', p_id, p_version, NULL, NULL, p_reason)
$$;
CREATE FUNCTION diwan.set_transaction_priority(p_id bigint, p_version integer, p_priority integer,
                                               p_reason text) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('priority', p_id, p_version, NULL, p_priority, p_reason)
$$;
CREATE FUNCTION diwan.escalate_transaction(p_id bigint, p_version integer, p_reason text)
    RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT diwan.supervise_transaction('escalate', p_id, p_version, NULL, NULL, p_reason)
$$;

-- Privileges --------------------------------------------------------------------------------

-- No group writes a table any more; SELECT stays where they read. (Revoking a table privilege
-- revokes the column privileges of the same kind too: the clerks' UPDATE (state, ...) and the
-- portal's UPDATE (state) on transactions go with it.)
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA diwan
    FROM diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin, diwan_portal;

-- No function is anyone's by default, today's or tomorrow's: EXECUTE is granted by name below
-- (and in PRIVILEGES.tsv, which the tests compare with the catalogue).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE diwan_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

GRANT EXECUTE ON FUNCTION diwan.current_staff_id()
    TO diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin;
GRANT EXECUTE ON FUNCTION diwan.month_of(timestamptz) TO diwan_moderator, diwan_manager, diwan_admin;
GRANT EXECUTE ON FUNCTION diwan.escalation_target(bigint, bigint) TO diwan_clerk, diwan_manager;
GRANT EXECUTE ON FUNCTION
    diwan.claim_next(),
    diwan.claim_transaction(bigint),
    diwan.renew_lease(bigint),
    diwan.release_transaction(bigint),
    diwan.add_note(bigint, text, boolean),
    diwan.decide_request_documents(bigint, integer, jsonb, text, text),
    diwan.decide_resume_review(bigint, integer, text),
    diwan.decide_approve(bigint, integer, text, text),
    diwan.decide_reject(bigint, integer, text, text, text, text),
    diwan.decide_escalate(bigint, integer, text),
    diwan.review_document(bigint, integer, boolean, text, text),
    diwan.record_letter(bigint, text, text)
    TO diwan_clerk;
GRANT EXECUTE ON FUNCTION
    diwan.reassign_transaction(bigint, integer, bigint, text),
    diwan.take_over_transaction(bigint, integer, text),
    diwan.set_transaction_priority(bigint, integer, integer, text),
    diwan.escalate_transaction(bigint, integer, text)
    TO diwan_manager;
GRANT EXECUTE ON FUNCTION diwan.save_view(text, text, jsonb), diwan.delete_view(bigint, integer)
    TO diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin;

RESET ROLE;

-- The audit trail was never anyone's to write; said once more, in its owner's name.
SET LOCAL ROLE diwan_audit_owner;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA diwan_audit
    FROM diwan_clerk, diwan_moderator, diwan_editor, diwan_manager, diwan_admin, diwan_portal;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan_audit FROM PUBLIC;
RESET ROLE;
