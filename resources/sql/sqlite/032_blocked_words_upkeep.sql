-- The moderators keep the list of abusive words themselves; PostgreSQL's 032 says why and how.
-- On SQLite the rules are C++ (ModerationService::addBlockedWord, removeBlockedWord); the schema
-- gets the same one-word-per-key index and the audit rows of each change.
CREATE UNIQUE INDEX blocked_words_key_idx ON blocked_words (word_key);

CREATE TRIGGER blocked_words_audit_insert AFTER INSERT ON blocked_words
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'blocked_words', NULL,
            'INSERT', NULL,
            json_object('word', NEW.word, 'word_key', NEW.word_key, 'added_by', NEW.added_by,
                        'added_at', NEW.added_at));
END;
CREATE TRIGGER blocked_words_audit_update AFTER UPDATE ON blocked_words
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'blocked_words', NULL,
            'UPDATE',
            json_object('word', OLD.word, 'word_key', OLD.word_key, 'added_by', OLD.added_by,
                        'added_at', OLD.added_at),
            json_object('word', NEW.word, 'word_key', NEW.word_key, 'added_by', NEW.added_by,
                        'added_at', NEW.added_at));
END;
CREATE TRIGGER blocked_words_audit_delete AFTER DELETE ON blocked_words
BEGIN
    INSERT INTO audit_event (db_user, table_name, row_id, action, old_row, new_row)
    VALUES (coalesce((SELECT login FROM app_session WHERE id = 1), ''), 'blocked_words', NULL,
            'DELETE',
            json_object('word', OLD.word, 'word_key', OLD.word_key, 'added_by', OLD.added_by,
                        'added_at', OLD.added_at),
            NULL);
END;
