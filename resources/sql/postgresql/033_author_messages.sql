-- The website's way to show an author what the moderators told them (issue 12, session 8).
--
-- A rejection leaves its author a message in both languages (contribution_messages, 013), which
-- the portal could read but never mark read, so the moderators' undo, refused once "the author
-- read it already" (017, 022), could never be refused. diwan.author_messages(author) is the
-- portal's way to show an author their messages, newest first: it returns them and marks the
-- unread ones read, in one call, so that from then on the rejection the author saw stands.

SET LOCAL ROLE diwan_owner;

CREATE FUNCTION diwan.author_messages(p_author_id text)
    RETURNS TABLE (message_id bigint, contribution_id bigint, reason_code text, body_ar text,
                   body_en text, created_at timestamptz, first_read boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM diwan.caller_is_portal();
    IF diwan.normalize_text(p_author_id) = '' THEN
        RAISE EXCEPTION 'author_missing: the messages of which author?' USING ERRCODE = 'DW105';
    END IF;
    RETURN QUERY
    WITH unread AS (
        UPDATE diwan.contribution_messages m SET read_at = now()
            WHERE m.author_id = p_author_id AND m.read_at IS NULL
            RETURNING m.id
    )
    SELECT m.id, m.contribution_id, m.reason_code, m.body_ar, m.body_en, m.created_at,
           m.id IN (SELECT u.id FROM unread u)
        FROM diwan.contribution_messages m
        WHERE m.author_id = p_author_id
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT 200;
END $$;

REVOKE EXECUTE ON FUNCTION diwan.author_messages(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.author_messages(text) TO diwan_portal;

RESET ROLE;
