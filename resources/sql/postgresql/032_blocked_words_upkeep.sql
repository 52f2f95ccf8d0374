-- The moderators keep the list of abusive words themselves (issue 12, session 8). Until now
-- diwan.blocked_words (013) was only the migration's starting list: nobody could add or remove a
-- word. Two functions, moderators only (as every moderation function, through
-- diwan.caller_moderator_id: an active staff row and the moderators' group; an administrator
-- reads the list but does not keep it):
--
--   diwan.add_blocked_word(word)     returns the key the word is matched on (diwan.match_key)
--   diwan.remove_blocked_word(word)  the listed word of that key; returns the word removed
--
-- Refusals, an SQLSTATE of class DW with the code word first, which the client says in the
-- moderator's language (ModerationService::addBlockedWord):
--   DW121 word_empty       nothing but spaces
--   DW122 word_too_short   its key (letters and digits, marks and repeats out) under 2 characters
--   DW123 word_exists      a listed word has the same key (named in the message)
--   DW124 word_not_listed  no listed word has that key
--   DW125 word_too_long    over 100 characters
-- A word counts for contributions submitted from then on (submit_contribution reads the list at
-- each call); those already stored keep the flags they were given: re-flagging them would move
-- their version and their place in the queue under other moderators' eyes.
-- Each change is audited like the other moderation tables (diwan_audit.event: the login, the time,
-- the row before or after); added_by and added_at say who added a listed word.

SET LOCAL ROLE diwan_owner;

-- One word per key: two spellings of one key would be one word twice, and removing one would
-- leave the other matching. The functions check first; the index settles two at once.
CREATE UNIQUE INDEX blocked_words_key_idx ON diwan.blocked_words (word_key);

CREATE TRIGGER blocked_words_audit AFTER INSERT OR UPDATE OR DELETE ON diwan.blocked_words
    FOR EACH ROW EXECUTE FUNCTION diwan_audit.record();

CREATE FUNCTION diwan.add_blocked_word(p_word text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    word text := diwan.trimmed(p_word);
    key text := diwan.match_key(diwan.trimmed(p_word));
    listed text;
BEGIN
    IF word = '' THEN
        RAISE EXCEPTION 'word_empty: a blocked word is not empty' USING ERRCODE = 'DW121';
    END IF;
    IF length(word) > 100 THEN
        RAISE EXCEPTION 'word_too_long: a blocked word has at most 100 characters'
            USING ERRCODE = 'DW125';
    END IF;
    IF length(key) < 2 THEN
        RAISE EXCEPTION 'word_too_short: "%" is matched as "%", under 2 letters', word, key
            USING ERRCODE = 'DW122';
    END IF;
    SELECT w.word INTO listed FROM diwan.blocked_words w WHERE w.word_key = key;
    IF FOUND THEN
        RAISE EXCEPTION 'word_exists: "%" is listed already as "%"', key, listed
            USING ERRCODE = 'DW123';
    END IF;
    BEGIN
        INSERT INTO diwan.blocked_words (word, word_key, added_by) VALUES (word, key, me);
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'word_exists: "%" was listed at the same moment', key
            USING ERRCODE = 'DW123';
    END;
    RETURN key;
END
$$;

CREATE FUNCTION diwan.remove_blocked_word(p_word text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me bigint := diwan.caller_moderator_id();
    key text := diwan.match_key(diwan.trimmed(p_word));
    removed text;
BEGIN
    DELETE FROM diwan.blocked_words w WHERE w.word_key = key RETURNING w.word INTO removed;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'word_not_listed: no listed word is matched as "%"', key
            USING ERRCODE = 'DW124';
    END IF;
    RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION diwan.add_blocked_word(text), diwan.remove_blocked_word(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.add_blocked_word(text), diwan.remove_blocked_word(text)
    TO diwan_moderator;

RESET ROLE;
