-- Keep the FTS5 search index current as the portal adds transactions and contributions
-- (the seeder fills it in bulk). The index holds normalised text only: ArabicText::normalize.
CREATE TRIGGER transactions_search_insert AFTER INSERT ON transactions
BEGIN
    INSERT INTO search_index (kind, ref_id, body) VALUES ('transaction', NEW.id, NEW.applicant_name_norm);
END;
CREATE TRIGGER contributions_search_insert AFTER INSERT ON contributions
BEGIN
    INSERT INTO search_index (kind, ref_id, body) VALUES ('contribution', NEW.id, NEW.body_norm);
END;
