-- Documents are reviewed while the transaction is being worked on: by the clerk who holds it,
-- in their own name, and only while it is in review or awaiting the applicant. Once decided
-- (approved, rejected, withdrawn) or escalated, its documents' review is part of the record.
DROP POLICY attachments_clerk_review ON diwan.attachments;
CREATE POLICY attachments_clerk_review ON diwan.attachments FOR UPDATE TO diwan_clerk
    USING (EXISTS (
        SELECT 1 FROM diwan.transactions t
        WHERE t.id = transaction_id AND t.assigned_to = diwan.current_staff_id()
          AND t.state IN ('in_review', 'awaiting_applicant')))
    WITH CHECK ((review_state = 'pending' AND reviewed_by IS NULL)
                OR reviewed_by = diwan.current_staff_id());
