-- An editor who does not also moderate could not open the Topics page on PostgreSQL: the list
-- and a topic's counters (pending, published, hidden, rejected, open reports) were read from
-- `contributions`, which diwan_editor may not read (012). The counts are the editor's business,
-- the contributions are not: this function gives a topic's counts, and nothing else, to every
-- staff role that sees topics (models/moderation/topicservice.cpp, TopicService::counters and
-- listSql). It reads the (topic_id, submitted_at) INCLUDE (state, report_count) index alone (028).

SET LOCAL ROLE diwan_owner;

CREATE FUNCTION diwan.topic_counts(p_topic bigint, OUT pending bigint, OUT published bigint,
                                   OUT hidden bigint, OUT rejected bigint, OUT reports bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM diwan.caller_staff_id(); -- active staff only, as every function
    SELECT count(*) FILTER (WHERE c.state = 'pending'),
           count(*) FILTER (WHERE c.state = 'published'),
           count(*) FILTER (WHERE c.state = 'hidden'),
           count(*) FILTER (WHERE c.state = 'rejected'),
           coalesce(sum(c.report_count) FILTER (WHERE c.state <> 'rejected'), 0)
        INTO pending, published, hidden, rejected, reports
        FROM diwan.contributions c WHERE c.topic_id = p_topic;
END
$$;

REVOKE ALL ON FUNCTION diwan.topic_counts(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION diwan.topic_counts(bigint)
    TO diwan_moderator, diwan_editor, diwan_manager, diwan_admin;
RESET ROLE;
