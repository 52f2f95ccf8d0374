-- Moderation, the moderator's side (issue 12): redaction of personal data, blocking and
-- unblocking an author, a soft claim (who is looking at a contribution), undo of one's own last
-- action within a few minutes, and what the queue's filters and sorts need.
--
--   diwan.redact_contribution(id, version, start, length, reason)
--   diwan.block_author(id, version, reason)      the author of contribution id
--   diwan.unblock_author(id, reason)
--   diwan.look_at_contribution(id)               the soft claim, three minutes, renewed
--   diwan.leave_contribution(id)
--   diwan.undo_moderation(id, version)           the caller's last action on it, five minutes
--
-- Moderators only (clerks, editors and the portal are refused by the grants; each function
-- checks its caller first). On SQLite the same rules are C++ (ModerationService).

SET LOCAL ROLE diwan_owner;

-- The log says more: what a redaction, a block and an undo did, and what each action found, so
-- that an undo can put it back. A redaction does NOT keep the original text here: moderators
-- read this log; the original stays in the audit trail (diwan_audit.event, the contributions'
-- UPDATE row), which only managers and administrators read.
ALTER TABLE diwan.moderation_log DROP CONSTRAINT moderation_log_action_check;
ALTER TABLE diwan.moderation_log ADD CONSTRAINT moderation_log_action_check
    CHECK (action IN ('approve', 'reject', 'hide', 'restore', 'dismiss_reports', 'auto_hide',
                      'redact', 'block_author', 'unblock_author', 'undo'));
ALTER TABLE diwan.moderation_log
    ADD COLUMN prior_state text,
    ADD COLUMN prior_auto_hidden_at timestamptz,
    ADD COLUMN prior_report_count integer,
    ADD COLUMN version_after integer,
    ADD COLUMN undoes bigint REFERENCES diwan.moderation_log (id);
-- Browsing the log per moderator, newest first; one undo per action.
CREATE INDEX moderation_log_staff_idx ON diwan.moderation_log (staff_id, at, id);
CREATE UNIQUE INDEX moderation_log_undoes_idx ON diwan.moderation_log (undoes) WHERE undoes IS NOT NULL;

-- Who is looking at a contribution: a soft claim, shown to the other moderators, that never
-- stops them (the version check does that) and runs out by itself. Not a column of
-- contributions: a claim must not move the version another moderator read.
CREATE TABLE diwan.contribution_claims (
    contribution_id bigint PRIMARY KEY REFERENCES diwan.contributions (id),
    staff_id        bigint NOT NULL REFERENCES diwan.staff (id),
    claimed_at      timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON diwan.contribution_claims TO diwan_moderator;
CREATE TRIGGER contribution_claims_through_functions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON diwan.contribution_claims FOR EACH STATEMENT EXECUTE FUNCTION diwan.refuse_direct_writes();

-- How long a look lasts without being renewed (ModerationService::claimMinutes) and how long an
-- action can be undone (ModerationService::undoMinutes).
CREATE FUNCTION diwan.contribution_claim_length() RETURNS interval
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT interval '3 minutes'
$$;
CREATE FUNCTION diwan.moderation_undo_window() RETURNS interval
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT interval '5 minutes'
$$;

-- The queue's sorts: by open reports (most first) and by automatic flags (most first), each
-- then oldest first; keyset-paged on (-count, submitted_at, id) within a state.
ALTER TABLE diwan.contributions ADD COLUMN flag_count integer GENERATED ALWAYS AS
    (CASE WHEN auto_flags = '' THEN 0
          ELSE length(auto_flags) - length(replace(auto_flags, ',', '')) + 1 END) STORED;
CREATE INDEX contributions_reports_order_idx ON diwan.contributions
    (state, (-report_count), submitted_at, id);
CREATE INDEX contributions_flags_order_idx ON diwan.contributions
    (state, (-flag_count), submitted_at, id);
-- The author's other contributions (detail pane, filter) and the moderator filter.
CREATE INDEX contributions_author_idx ON diwan.contributions (author_id, submitted_at);
CREATE INDEX contributions_moderator_idx ON diwan.contributions (moderated_by, moderated_at);

-- The moderator's one gate: an active staff row and the moderators' group.
CREATE FUNCTION diwan.caller_moderator_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_staff_id();
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'diwan_moderator', 'USAGE') THEN
        RAISE EXCEPTION 'only moderators moderate contributions' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END
$$;

-- A contribution locked at the version the caller read; 40001 naming who acted last otherwise.
CREATE FUNCTION diwan.lock_contribution(p_id bigint, p_version integer) RETURNS diwan.contributions
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c diwan.contributions;
    last record;
BEGIN
    SELECT x.* INTO c FROM diwan.contributions x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contribution % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF c.version IS DISTINCT FROM p_version THEN
        SELECT coalesce(s.display_name_en, 'the portal') AS who, l.at, l.action INTO last
            FROM diwan.moderation_log l LEFT JOIN diwan.staff s ON s.id = l.staff_id
            WHERE l.contribution_id = c.id ORDER BY l.at DESC, l.id DESC LIMIT 1;
        RAISE EXCEPTION 'contribution % was changed by % at %', c.id,
                        coalesce(last.who, 'the portal'), coalesce(last.at, c.moderated_at)
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN c;
END
$$;

-- 013's action, now also noting what it found (for undo) and ending the caller's look.
CREATE OR REPLACE FUNCTION diwan.moderate_contribution(p_action text, p_id bigint, p_version integer,
                                                       p_code text, p_reason text, p_message_ar text,
                                                       p_message_en text) RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions := diwan.lock_contribution(p_id, p_version);
    reason text := nullif(diwan.trimmed(p_reason), '');
    next_state text;
    result integer;
BEGIN
    next_state := CASE
        WHEN p_action = 'approve' AND c.state = 'pending' THEN 'published'
        WHEN p_action = 'reject' AND c.state IN ('pending', 'published', 'hidden') THEN 'rejected'
        WHEN p_action = 'hide' AND (c.state IN ('pending', 'published')
                                    OR (c.state = 'hidden' AND c.auto_hidden_at IS NOT NULL)) THEN 'hidden'
        WHEN p_action = 'restore' AND c.state IN ('hidden', 'rejected') THEN 'published'
        WHEN p_action = 'dismiss_reports' AND c.report_count > 0 THEN
            CASE WHEN c.state = 'hidden' AND c.auto_hidden_at IS NOT NULL THEN 'published' ELSE c.state END
    END;
    IF next_state IS NULL THEN
        RAISE EXCEPTION 'contribution % is % and cannot be given "%"', c.id, c.state, p_action
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_action = 'reject' THEN
        IF p_code IS NULL OR p_code NOT IN ('off_topic', 'abusive', 'spam', 'personal_data',
                                            'duplicate', 'other') THEN
            RAISE EXCEPTION 'a rejection needs a reason of the list' USING ERRCODE = 'check_violation';
        END IF;
        IF p_code = 'other' AND reason IS NULL THEN
            RAISE EXCEPTION 'a rejection for another reason says which' USING ERRCODE = 'check_violation';
        END IF;
        IF diwan.trimmed(p_message_ar) = '' OR diwan.trimmed(p_message_en) = '' THEN
            RAISE EXCEPTION 'a rejection tells the author why, in Arabic and English'
                USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO diwan.contribution_messages (contribution_id, author_id, reason_code, body_ar, body_en)
            VALUES (c.id, c.author_id, p_code, p_message_ar, p_message_en);
    END IF;
    IF p_action = 'dismiss_reports' THEN
        UPDATE diwan.contribution_reports r SET dismissed_by = me, dismissed_at = now()
            WHERE r.contribution_id = c.id AND r.dismissed_at IS NULL;
    END IF;
    UPDATE diwan.contributions x
        SET state = next_state,
            auto_hidden_at = CASE WHEN next_state = 'hidden' AND p_action = 'hide' THEN NULL
                                  WHEN next_state = 'hidden' THEN x.auto_hidden_at END,
            report_count = CASE WHEN p_action = 'dismiss_reports' THEN 0 ELSE x.report_count END,
            moderated_by = me, moderated_at = now(), claimed_by = NULL
        WHERE x.id = c.id
        RETURNING x.version INTO result;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code, reason,
                                      prior_state, prior_auto_hidden_at, prior_report_count,
                                      version_after)
        VALUES (c.id, me, p_action, CASE WHEN p_action = 'reject' THEN p_code END, reason,
                c.state, c.auto_hidden_at, c.report_count, result);
    DELETE FROM diwan.contribution_claims k WHERE k.contribution_id = c.id;
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN result;
END
$$;

-- The mark a redaction leaves in the text (ModerationService::redactionMark).
CREATE FUNCTION diwan.redaction_mark() RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT U&'\2588\2588\2588'
$$;

-- Personal data out of a contribution: the characters [start, start + length) (0-based, as Qt
-- counts them in UTF-16 for the Basic Multilingual Plane) become the redaction mark; the
-- normalised text and the flags follow. Any state. Returns the new version.
CREATE FUNCTION diwan.redact_contribution(p_id bigint, p_version integer, p_start integer,
                                          p_length integer, p_reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions := diwan.lock_contribution(p_id, p_version);
    redacted text;
    result integer;
BEGIN
    IF p_start IS NULL OR p_length IS NULL OR p_start < 0 OR p_length < 1
       OR p_start + p_length > length(c.body) THEN
        RAISE EXCEPTION 'a redaction names a passage of the text' USING ERRCODE = 'check_violation';
    END IF;
    redacted := overlay(c.body PLACING diwan.redaction_mark() FROM p_start + 1 FOR p_length);
    UPDATE diwan.contributions x
        SET body = redacted, body_norm = diwan.normalize_text(redacted),
            auto_flags = diwan.contribution_flags(redacted),
            moderated_by = me, moderated_at = now()
        WHERE x.id = c.id
        RETURNING x.version INTO result;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code, reason,
                                      prior_state, version_after)
        VALUES (c.id, me, 'redact', 'personal_data', nullif(diwan.trimmed(p_reason), ''),
                c.state, result);
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN result;
END
$$;

-- Blocking the author of a contribution, with the moderator's justification: the portal refuses
-- them from now on (DW102) and every pending contribution of theirs is hidden, each logged.
-- Returns the contribution's new version.
CREATE FUNCTION diwan.block_author(p_id bigint, p_version integer, p_reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions := diwan.lock_contribution(p_id, p_version);
    reason text := nullif(diwan.trimmed(p_reason), '');
    p record;
    v integer;
BEGIN
    IF reason IS NULL THEN
        RAISE EXCEPTION 'blocking an author needs a justification' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM diwan.blocked_authors b WHERE b.author_id = c.author_id) THEN
        RAISE EXCEPTION 'the author of contribution % is blocked already', c.id
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.blocked_authors (author_id, blocked_by, reason) VALUES (c.author_id, me, reason);
    FOR p IN SELECT x.id, x.state, x.auto_hidden_at, x.report_count FROM diwan.contributions x
             WHERE x.author_id = c.author_id AND x.state = 'pending' ORDER BY x.id FOR UPDATE
    LOOP
        UPDATE diwan.contributions x
            SET state = 'hidden', auto_hidden_at = NULL, moderated_by = me, moderated_at = now(),
                claimed_by = NULL
            WHERE x.id = p.id RETURNING x.version INTO v;
        INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code, reason,
                                          prior_state, prior_auto_hidden_at, prior_report_count,
                                          version_after)
            VALUES (p.id, me, 'hide', 'author_blocked', reason, p.state, p.auto_hidden_at,
                    p.report_count, v);
        PERFORM pg_catalog.pg_notify('diwan_contributions', p.id::text);
    END LOOP;
    SELECT x.version INTO v FROM diwan.contributions x WHERE x.id = c.id;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason, prior_state, version_after)
        VALUES (c.id, me, 'block_author', reason, c.state, v);
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN v;
END
$$;

-- Letting the author of a contribution contribute again, with the moderator's words. What the
-- block hid stays hidden (a moderator restores what deserves it). Returns the version (unchanged).
CREATE FUNCTION diwan.unblock_author(p_id bigint, p_reason text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions;
    reason text := nullif(diwan.trimmed(p_reason), '');
BEGIN
    SELECT x.* INTO c FROM diwan.contributions x WHERE x.id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contribution % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    IF reason IS NULL THEN
        RAISE EXCEPTION 'unblocking an author needs a justification' USING ERRCODE = 'check_violation';
    END IF;
    DELETE FROM diwan.blocked_authors b WHERE b.author_id = c.author_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the author of contribution % is not blocked', c.id
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason, prior_state, version_after)
        VALUES (c.id, me, 'unblock_author', reason, c.state, c.version);
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN c.version;
END
$$;

-- The caller looks at a contribution: their claim, taken or renewed, unless another
-- moderator's is still running; either way, who holds it now (never an error for a soft claim).
CREATE FUNCTION diwan.look_at_contribution(p_id bigint, OUT holder_id bigint, OUT holder_ar text,
                                           OUT holder_en text, OUT since timestamptz)
    RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM diwan.contributions x WHERE x.id = p_id) THEN
        RAISE EXCEPTION 'contribution % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO diwan.contribution_claims AS k (contribution_id, staff_id, claimed_at)
        VALUES (p_id, me, now())
        ON CONFLICT (contribution_id) DO UPDATE SET staff_id = me, claimed_at = now()
        WHERE k.staff_id = me OR k.claimed_at <= now() - diwan.contribution_claim_length();
    SELECT k.staff_id, s.display_name_ar, s.display_name_en, k.claimed_at
        INTO holder_id, holder_ar, holder_en, since
        FROM diwan.contribution_claims k JOIN diwan.staff s ON s.id = k.staff_id
        WHERE k.contribution_id = p_id;
END
$$;

-- The caller no longer looks at it (their own claim only).
CREATE FUNCTION diwan.leave_contribution(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
BEGIN
    DELETE FROM diwan.contribution_claims k WHERE k.contribution_id = p_id AND k.staff_id = me;
END
$$;

-- Undo of the caller's own last action on a contribution (approve, reject, hide, restore,
-- dismiss reports), within diwan.moderation_undo_window(), only while nothing changed it since
-- (its version is the one the action left, and the version the caller read). What it undid is
-- logged as 'undo' naming the action; a rejection's message is taken back unless the author has
-- read it. Returns the new version.
CREATE FUNCTION diwan.undo_moderation(p_id bigint, p_version integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    c diwan.contributions := diwan.lock_contribution(p_id, p_version);
    l diwan.moderation_log;
    result integer;
BEGIN
    SELECT x.* INTO l FROM diwan.moderation_log x WHERE x.contribution_id = c.id
        ORDER BY x.at DESC, x.id DESC LIMIT 1;
    IF NOT FOUND OR l.staff_id IS DISTINCT FROM me OR l.action = 'undo' THEN
        RAISE EXCEPTION 'only the moderator who acted last on contribution % can undo it', c.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF l.action NOT IN ('approve', 'reject', 'hide', 'restore', 'dismiss_reports')
       OR l.version_after IS NULL THEN
        RAISE EXCEPTION '"%" cannot be undone', l.action USING ERRCODE = 'check_violation';
    END IF;
    IF l.at < now() - diwan.moderation_undo_window() THEN
        RAISE EXCEPTION 'the time to undo "%" on contribution % ran out', l.action, c.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF l.version_after <> c.version THEN
        RAISE EXCEPTION 'contribution % was changed since', c.id USING ERRCODE = 'serialization_failure';
    END IF;
    IF l.action = 'reject' THEN
        IF EXISTS (SELECT 1 FROM diwan.contribution_messages m WHERE m.contribution_id = c.id
                   AND m.created_at = l.at AND m.read_at IS NOT NULL) THEN
            RAISE EXCEPTION 'the author has read the rejection of contribution % already', c.id
                USING ERRCODE = 'check_violation';
        END IF;
        DELETE FROM diwan.contribution_messages m WHERE m.contribution_id = c.id AND m.created_at = l.at;
    END IF;
    IF l.action = 'dismiss_reports' THEN
        UPDATE diwan.contribution_reports r SET dismissed_by = NULL, dismissed_at = NULL
            WHERE r.contribution_id = c.id AND r.dismissed_by = me AND r.dismissed_at = l.at;
    END IF;
    UPDATE diwan.contributions x
        SET state = l.prior_state, auto_hidden_at = l.prior_auto_hidden_at,
            report_count = l.prior_report_count, moderated_by = me, moderated_at = now()
        WHERE x.id = c.id
        RETURNING x.version INTO result;
    INSERT INTO diwan.moderation_log (contribution_id, staff_id, action, reason_code, prior_state,
                                      prior_auto_hidden_at, prior_report_count, version_after, undoes)
        VALUES (c.id, me, 'undo', l.action, c.state, c.auto_hidden_at, c.report_count, result, l.id);
    PERFORM pg_catalog.pg_notify('diwan_contributions', c.id::text);
    RETURN result;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA diwan FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.redact_contribution(bigint, integer, integer, integer, text),
                          diwan.block_author(bigint, integer, text),
                          diwan.unblock_author(bigint, text),
                          diwan.look_at_contribution(bigint),
                          diwan.leave_contribution(bigint),
                          diwan.undo_moderation(bigint, integer)
    TO diwan_moderator;

RESET ROLE;
