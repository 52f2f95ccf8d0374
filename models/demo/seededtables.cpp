#include "demo/seededtables.h"

namespace Seeder {

namespace {

using T = SeededTable;
using I = SeededTableInfo;

// clang-format off
const QList<SeededTableInfo> tables{
    {T::Staff, "staff", nullptr, I::HasId},
    {T::Services, "services",
     "id, code, name_ar, name_en, category, sla_hours, active", I::HasId},
    {T::ServiceDocuments, "service_documents",
     "id, service_id, code, name_ar, name_en, required, position", I::HasId},
    {T::CannedResponses, "canned_responses",
     "id, service_id, title_ar, title_en, body_ar, body_en", I::HasId},
    {T::StaffServices, "staff_services", "staff_id, service_id", 0},
    {T::Transactions, "transactions",
     "id, reference, service_id, state, priority, applicant_name, applicant_name_norm, qid, "
     "phone, email, language, details, submitted_at, due_at, sla_paused_at, assigned_to, "
     "lease_expires_at, decided_at, reason_code, reason_text, updated_at, version, municipality",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::TransactionEvents, "transaction_events",
     "id, transaction_id, at, staff_id, kind, old_state, new_state, note, visible_to_applicant",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::Attachments, "attachments",
     "id, transaction_id, document_code, file_name, url, sha256, size_bytes, mime_type, "
     "review_state, reviewed_by",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::Topics, "topics",
     "id, title_ar, title_en, body_ar, body_en, state, opens_at, closes_at, created_by, "
     "reviewed_by",
     I::HasId},
    {T::Contributions, "contributions",
     "id, topic_id, author_id, author_name, body, body_norm, state, auto_flags, report_count, "
     "submitted_at, claimed_by, moderated_by, moderated_at, auto_hidden_at, duplicate_of, "
     "duplicate_score",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::ContributionReports, "contribution_reports",
     "id, contribution_id, reason, note, reporter_id, reported_at",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::ModerationLog, "moderation_log",
     "id, contribution_id, staff_id, action, reason_code, reason, at", I::HasId},
    {T::Polls, "polls",
     "id, title_ar, title_en, description_ar, description_en, state, audience, opens_at, "
     "closes_at, created_by, reviewed_by",
     I::HasId},
    {T::PollQuestions, "poll_questions",
     "id, poll_id, position, kind, text_ar, text_en, required", I::HasId},
    {T::PollOptions, "poll_options",
     "id, question_id, position, text_ar, text_en, is_other", I::HasId},
    {T::PollResponses, "poll_responses",
     "id, poll_id, submitted_at, gender, age_band, nationality_group, municipality",
     I::HasId | I::DeferIndexes | I::Analyze},
    {T::PollAnswers, "poll_answers",
     "response_id, question_id, option_id, value_int, value_text",
     I::DeferIndexes | I::Analyze},
    {T::PollRollup, "poll_rollup", nullptr, I::Analyze},
    {T::PollParticipation, "poll_participation", nullptr, I::Analyze},
};
// clang-format on

} // namespace

QStringList SeededTableInfo::columnNames() const
{
    QStringList out;
    if (!columns)
        return out;
    for (const QString &c : QString::fromLatin1(columns).split(QLatin1Char(',')))
        out << c.trimmed();
    return out;
}

namespace SeededTables {

const QList<SeededTableInfo> &all()
{
    return tables;
}

const SeededTableInfo &info(SeededTable table)
{
    // The list is in the enum's order.
    const SeededTableInfo &t = tables.at(static_cast<int>(table));
    Q_ASSERT(t.table == table);
    return t;
}

QStringList names(SeededTableInfo::Flag flag)
{
    QStringList out;
    for (const SeededTableInfo &t : tables) {
        if (t.has(flag))
            out << t.tableName();
    }
    return out;
}

} // namespace SeededTables

} // namespace Seeder
