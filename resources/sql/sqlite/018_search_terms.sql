-- Arabic words, not just Arabic letters (issue 12): search_index holds the search terms
-- (ArabicText::searchTerms: the normaliser, words, light stemming as Lucene's ArabicStemmer does
-- it), the same that PostgreSQL stores in search_terms (018) and that both searches ask for. The
-- triggers compute them with diwan_search_terms, which Diwan registers on each SQLite connection
-- (models/common/arabictextsqlite.cpp), so whoever inserts a row indexes the same terms.
-- Each row's rowid is its ref_id * 2, plus 1 for a contribution: a changed text is re-indexed by
-- rowid instead of a scan of the whole index.
DROP TRIGGER transactions_search_insert;
DROP TRIGGER contributions_search_insert;
DELETE FROM search_index;
INSERT INTO search_index (rowid, kind, ref_id, body)
    SELECT id * 2, 'transaction', id, diwan_search_terms(applicant_name_norm) FROM transactions;
INSERT INTO search_index (rowid, kind, ref_id, body)
    SELECT id * 2 + 1, 'contribution', id, diwan_search_terms(body_norm) FROM contributions;
CREATE TRIGGER transactions_search_insert AFTER INSERT ON transactions
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, body)
    VALUES (NEW.id * 2, 'transaction', NEW.id, diwan_search_terms(NEW.applicant_name_norm));
END;
CREATE TRIGGER transactions_search_update AFTER UPDATE OF applicant_name_norm ON transactions
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 2;
    INSERT INTO search_index (rowid, kind, ref_id, body)
    VALUES (NEW.id * 2, 'transaction', NEW.id, diwan_search_terms(NEW.applicant_name_norm));
END;
CREATE TRIGGER contributions_search_insert AFTER INSERT ON contributions
BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, body)
    VALUES (NEW.id * 2 + 1, 'contribution', NEW.id, diwan_search_terms(NEW.body_norm));
END;
CREATE TRIGGER contributions_search_update AFTER UPDATE OF body_norm ON contributions
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 2 + 1;
    INSERT INTO search_index (rowid, kind, ref_id, body)
    VALUES (NEW.id * 2 + 1, 'contribution', NEW.id, diwan_search_terms(NEW.body_norm));
END;
CREATE TRIGGER transactions_search_delete AFTER DELETE ON transactions
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 2;
END;
CREATE TRIGGER contributions_search_delete AFTER DELETE ON contributions
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 2 + 1;
END;
