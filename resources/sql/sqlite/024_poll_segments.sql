-- Opinion dashboard at scale (issue 14), as PostgreSQL's 024: poll_rollup and poll_participation
-- counted by one demographic at a time (segment 'all', 'gender', 'age_band', 'nationality_group'
-- or 'municipality', and its value; '' for 'all'), kept current by triggers on the two rollups in
-- the same transaction as every change to them, filled here, rebuilt by `diwan-admin rollup`
-- (models/dashboards/rollups.cpp). An update of a rollup row changes its count only.

CREATE TABLE poll_segment_rollup (
    poll_id         integer NOT NULL,
    question_id     integer NOT NULL,
    segment         text NOT NULL,
    day             text NOT NULL,
    option_id       integer NOT NULL,
    value_int       integer NOT NULL,
    segment_value   text NOT NULL,
    answers         integer NOT NULL,
    PRIMARY KEY (poll_id, question_id, segment, day, option_id, value_int, segment_value)
) WITHOUT ROWID;

CREATE TABLE poll_segment_participation (
    poll_id         integer NOT NULL,
    segment         text NOT NULL,
    day             text NOT NULL,
    segment_value   text NOT NULL,
    responses       integer NOT NULL,
    PRIMARY KEY (poll_id, segment, day, segment_value)
) WITHOUT ROWID;

CREATE TRIGGER poll_rollup_segments_insert AFTER INSERT ON poll_rollup BEGIN
    INSERT INTO poll_segment_rollup (poll_id, question_id, segment, day, option_id, value_int,
                                     segment_value, answers)
        SELECT NEW.poll_id, NEW.question_id, g.segment, NEW.day, NEW.option_id, NEW.value_int, g.value,
               NEW.answers
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', NEW.gender
            UNION ALL SELECT 'age_band', NEW.age_band
            UNION ALL SELECT 'nationality_group', NEW.nationality_group
            UNION ALL SELECT 'municipality', NEW.municipality) g
         WHERE true
        ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
        DO UPDATE SET answers = answers + excluded.answers;
END;

CREATE TRIGGER poll_rollup_segments_update AFTER UPDATE ON poll_rollup BEGIN
    INSERT INTO poll_segment_rollup (poll_id, question_id, segment, day, option_id, value_int,
                                     segment_value, answers)
        SELECT NEW.poll_id, NEW.question_id, g.segment, NEW.day, NEW.option_id, NEW.value_int, g.value,
               NEW.answers - OLD.answers
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', NEW.gender
            UNION ALL SELECT 'age_band', NEW.age_band
            UNION ALL SELECT 'nationality_group', NEW.nationality_group
            UNION ALL SELECT 'municipality', NEW.municipality) g
         WHERE true
        ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
        DO UPDATE SET answers = answers + excluded.answers;
    DELETE FROM poll_segment_rollup WHERE poll_id = NEW.poll_id AND question_id = NEW.question_id
        AND day = NEW.day AND option_id = NEW.option_id AND value_int = NEW.value_int AND answers = 0;
END;

CREATE TRIGGER poll_rollup_segments_delete AFTER DELETE ON poll_rollup BEGIN
    INSERT INTO poll_segment_rollup (poll_id, question_id, segment, day, option_id, value_int,
                                     segment_value, answers)
        SELECT OLD.poll_id, OLD.question_id, g.segment, OLD.day, OLD.option_id, OLD.value_int, g.value,
               -OLD.answers
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', OLD.gender
            UNION ALL SELECT 'age_band', OLD.age_band
            UNION ALL SELECT 'nationality_group', OLD.nationality_group
            UNION ALL SELECT 'municipality', OLD.municipality) g
         WHERE true
        ON CONFLICT (poll_id, question_id, segment, day, option_id, value_int, segment_value)
        DO UPDATE SET answers = answers + excluded.answers;
    DELETE FROM poll_segment_rollup WHERE poll_id = OLD.poll_id AND question_id = OLD.question_id
        AND day = OLD.day AND option_id = OLD.option_id AND value_int = OLD.value_int AND answers = 0;
END;

CREATE TRIGGER poll_participation_segments_insert AFTER INSERT ON poll_participation BEGIN
    INSERT INTO poll_segment_participation (poll_id, segment, day, segment_value, responses)
        SELECT NEW.poll_id, g.segment, NEW.day, g.value, NEW.responses
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', NEW.gender
            UNION ALL SELECT 'age_band', NEW.age_band
            UNION ALL SELECT 'nationality_group', NEW.nationality_group
            UNION ALL SELECT 'municipality', NEW.municipality) g
         WHERE true
        ON CONFLICT (poll_id, segment, day, segment_value)
        DO UPDATE SET responses = responses + excluded.responses;
END;

CREATE TRIGGER poll_participation_segments_update AFTER UPDATE ON poll_participation BEGIN
    INSERT INTO poll_segment_participation (poll_id, segment, day, segment_value, responses)
        SELECT NEW.poll_id, g.segment, NEW.day, g.value, NEW.responses - OLD.responses
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', NEW.gender
            UNION ALL SELECT 'age_band', NEW.age_band
            UNION ALL SELECT 'nationality_group', NEW.nationality_group
            UNION ALL SELECT 'municipality', NEW.municipality) g
         WHERE true
        ON CONFLICT (poll_id, segment, day, segment_value)
        DO UPDATE SET responses = responses + excluded.responses;
    DELETE FROM poll_segment_participation WHERE poll_id = NEW.poll_id AND day = NEW.day
        AND responses = 0;
END;

CREATE TRIGGER poll_participation_segments_delete AFTER DELETE ON poll_participation BEGIN
    INSERT INTO poll_segment_participation (poll_id, segment, day, segment_value, responses)
        SELECT OLD.poll_id, g.segment, OLD.day, g.value, -OLD.responses
          FROM (SELECT 'all' AS segment, '' AS value
            UNION ALL SELECT 'gender', OLD.gender
            UNION ALL SELECT 'age_band', OLD.age_band
            UNION ALL SELECT 'nationality_group', OLD.nationality_group
            UNION ALL SELECT 'municipality', OLD.municipality) g
         WHERE true
        ON CONFLICT (poll_id, segment, day, segment_value)
        DO UPDATE SET responses = responses + excluded.responses;
    DELETE FROM poll_segment_participation WHERE poll_id = OLD.poll_id AND day = OLD.day
        AND responses = 0;
END;

-- What is there already.
INSERT INTO poll_segment_rollup (poll_id, question_id, segment, day, option_id, value_int,
                                 segment_value, answers)
    SELECT r.poll_id, r.question_id, g.segment, r.day, r.option_id, r.value_int,
           CASE g.segment WHEN 'all' THEN '' WHEN 'gender' THEN r.gender
                WHEN 'age_band' THEN r.age_band WHEN 'nationality_group' THEN r.nationality_group
                ELSE r.municipality END,
           sum(r.answers)
      FROM poll_rollup r
     CROSS JOIN (SELECT 'all' AS segment UNION ALL SELECT 'gender' UNION ALL SELECT 'age_band'
                 UNION ALL SELECT 'nationality_group' UNION ALL SELECT 'municipality') g
     GROUP BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO poll_segment_participation (poll_id, segment, day, segment_value, responses)
    SELECT r.poll_id, g.segment, r.day,
           CASE g.segment WHEN 'all' THEN '' WHEN 'gender' THEN r.gender
                WHEN 'age_band' THEN r.age_band WHEN 'nationality_group' THEN r.nationality_group
                ELSE r.municipality END,
           sum(r.responses)
      FROM poll_participation r
     CROSS JOIN (SELECT 'all' AS segment UNION ALL SELECT 'gender' UNION ALL SELECT 'age_band'
                 UNION ALL SELECT 'nationality_group' UNION ALL SELECT 'municipality') g
     GROUP BY 1, 2, 3, 4;

-- The Services dashboard's backlog: the open rows of service_rollup alone (as PostgreSQL's 024).
CREATE INDEX service_rollup_open_idx ON service_rollup (state, day, due_day, service_id,
                                                        transactions)
    WHERE state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated');
