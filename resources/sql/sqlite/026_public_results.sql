-- What the public sees of a poll's results (issue 13); PostgreSQL's 026 says why. On SQLite the
-- entry point is C++ (Polls::PublicResults, models/polls/publicresults.*). poll_daily_counts goes
-- here too: nothing reads it any more, and PollResponses::submit and the seeder stopped writing it.
DROP TABLE poll_daily_counts;
