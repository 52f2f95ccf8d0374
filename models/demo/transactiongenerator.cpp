#include "demo/transactiongenerator.h"

#include "demo/seedconnection.h"
#include "demo/seedcontext.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace Seeder {

namespace {

// The files demo attachments point at: real sample documents in the application's own
// resources (qrc:/demo/documents/...), so that fetching one verifies against its row like a file
// from the document store. Each is read and hashed once per process.
struct DemoDocument
{
    QString url;
    QString sha256;
    qint64 size = 0;
};

const DemoDocument &demoDocument(const QString &code, bool pdf)
{
    static const QHash<QString, DemoDocument> documents = [] {
        QHash<QString, DemoDocument> files;
        for (const char *name : {"id_card.jpg",
                                 "photo.jpg",
                                 "scanned_page.jpg",
                                 "certificate.pdf",
                                 "passport.pdf",
                                 "letter.pdf"}) {
            const QString file = QLatin1String(name);
            QFile f(QStringLiteral(":/demo/documents/") + file);
            const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            files.insert(file,
                         {QStringLiteral("qrc:/demo/documents/") + file,
                          QString::fromLatin1(
                              QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                          bytes.size()});
        }
        return files;
    }();
    const auto has = [&code](const char *word) {
        return code.contains(QLatin1String(word));
    };
    const char *file = nullptr;
    if (pdf)
        file = has("passport")                                           ? "passport.pdf"
               : has("certificate") || has("insurance") || has("report") ? "certificate.pdf"
                                                                         : "letter.pdf";
    else
        file = has("photo")                ? "photo.jpg"
               : has("qid") || has("card") ? "id_card.jpg"
                                           : "scanned_page.jpg";
    return *documents.constFind(QLatin1String(file));
}

} // namespace

TransactionGenerator::TransactionGenerator(SeedContext &context)
    : m_context(context)
    , m_planner(context)
    , m_eventsForAll(context.transactions <= 100000)
    , m_attachmentsFrom(std::max<qint64>(0, context.transactions - 5000))
{}

DbError TransactionGenerator::seed()
{
    for (auto step : {&TransactionGenerator::seedTransactions,
                      &TransactionGenerator::seedEvents,
                      &TransactionGenerator::seedAttachments}) {
        if (DbError e = (this->*step)(); !e.ok())
            return e;
    }
    return {};
}

DbError TransactionGenerator::seedTransactions()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Transactions); !e.ok())
        return e;
    for (qint64 i = 0; i < c.transactions; ++i) {
        const TransactionPlan p = m_planner.plan(i);
        const Applicant a = m_planner.applicant(i, p);
        char reference[40];
        const int referenceSize = std::snprintf(reference,
                                                sizeof(reference),
                                                "MOI-%04d-%07lld",
                                                yearOf(p.submitted),
                                                static_cast<long long>(p.id));
        sink.integer(p.id);
        sink.ascii(reference, referenceSize);
        sink.integer(c.content.services.at(p.service).id);
        sink.text(TransactionStates::key(p.state));
        sink.integer(p.priority);
        sink.text(a.name);
        sink.text(a.norm);
        sink.text(a.qid);
        sink.textOrNull(a.phone);
        sink.textOrNull(a.email);
        sink.ascii(p.english ? "en" : "ar", 2);
        sink.text(a.details);
        sink.time(p.submitted);
        sink.time(p.due);
        sink.time(p.paused);
        sink.id(p.assigned);
        sink.time(p.lease);
        sink.time(p.decided);
        if (p.reason >= 0) {
            const auto &reason = c.content.reasons.at(p.reason);
            sink.text(reason.first);
            sink.text(p.english ? reason.second.en : reason.second.ar);
        } else {
            sink.null();
            sink.null();
        }
        sink.time(p.updated);
        sink.integer(p.version);
        sink.text(a.municipality);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        c.progress(QStringLiteral("transactions"), i + 1, c.transactions);
    }
    c.report.transactions = c.transactions;
    return sink.end();
}

DbError TransactionGenerator::seedEvents()
{
    using State = TransactionState;
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::TransactionEvents); !e.ok())
        return e;
    qint64 next = c.base(SeededTable::TransactionEvents);
    for (qint64 i = 0; i < c.transactions; ++i) {
        c.progress(QStringLiteral("transaction events"), i, c.transactions);
        const TransactionPlan p = m_planner.plan(i);
        if (!m_eventsForAll && !TransactionStates::isOpen(p.state))
            continue;
        struct Event
        {
            qint64 at;
            QString kind;
            std::optional<State> from;
            std::optional<State> to;
            qint64 staff;
            QString note;
            bool visible;
        };
        QList<Event> events;
        events.reserve(6);
        events.append({p.submitted,
                       QStringLiteral("submitted"),
                       std::nullopt,
                       State::Submitted,
                       0,
                       QString(),
                       true});
        if (p.claimAt != noTime)
            events.append({p.claimAt,
                           QStringLiteral("claimed"),
                           State::Submitted,
                           State::InReview,
                           p.handler,
                           QString(),
                           false});
        if (p.requestAt != noTime) {
            const Text2 &m = c.content.messages.at(p.message);
            events.append({p.requestAt,
                           QStringLiteral("requested_documents"),
                           State::InReview,
                           State::AwaitingApplicant,
                           p.handler,
                           p.english ? m.en : m.ar,
                           true});
        }
        if (p.receivedAt != noTime)
            events.append({p.receivedAt,
                           QStringLiteral("documents_received"),
                           State::AwaitingApplicant,
                           State::InReview,
                           0,
                           QString(),
                           false});
        if (p.noteAt != noTime)
            events.append({p.noteAt,
                           QStringLiteral("note"),
                           std::nullopt,
                           std::nullopt,
                           p.handler,
                           c.content.notes.at(p.note).ar,
                           false});
        if (p.escalateAt != noTime)
            events.append({p.escalateAt,
                           QStringLiteral("escalated"),
                           State::InReview,
                           State::Escalated,
                           p.handler,
                           c.content.notes.at(p.note).ar,
                           false});
        if (p.decided != noTime) {
            QString note;
            if (p.reason >= 0)
                note = p.english ? c.content.reasons.at(p.reason).second.en
                                 : c.content.reasons.at(p.reason).second.ar;
            events.append({p.decided,
                           TransactionStates::key(p.state),
                           State::InReview,
                           p.state,
                           p.handler,
                           note,
                           true});
        }
        if (p.withdrawAt != noTime)
            events.append({p.withdrawAt,
                           QStringLiteral("withdrawn"),
                           p.claimAt != noTime ? State::InReview : State::Submitted,
                           State::Withdrawn,
                           0,
                           QString(),
                           true});
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.at < b.at;
        });
        for (const Event &ev : std::as_const(events)) {
            sink.integer(++next);
            sink.integer(p.id);
            sink.time(ev.at);
            sink.id(ev.staff);
            sink.text(ev.kind);
            ev.from ? sink.text(TransactionStates::key(*ev.from)) : sink.null();
            ev.to ? sink.text(TransactionStates::key(*ev.to)) : sink.null();
            sink.textOrNull(ev.note);
            sink.boolean(ev.visible);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    c.progress(QStringLiteral("transaction events"), c.transactions, c.transactions);
    return sink.end();
}

DbError TransactionGenerator::seedAttachments()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Attachments); !e.ok())
        return e;
    qint64 next = c.base(SeededTable::Attachments);
    const qint64 total = c.transactions - m_attachmentsFrom;
    for (qint64 i = m_attachmentsFrom; i < c.transactions; ++i) {
        c.progress(QStringLiteral("attachments"), i - m_attachmentsFrom, total);
        const TransactionPlan p = m_planner.plan(i);
        Rng rng(c.seed, AttachmentStream, quint64(i));
        const ServiceDef &service = c.content.services.at(p.service);
        qsizetype count = std::min<qsizetype>(service.documents.size(), 1 + rng.below(3));
        if (p.state == TransactionState::AwaitingApplicant && count > 1)
            --count; // something is missing: that is why it waits
        const int rejectedOne = rng.below(count);
        const QByteArray reference = QByteArray::number(p.id);
        for (qsizetype k = 0; k < count; ++k) {
            const DocumentDef &d = service.documents.at(k);
            const bool flip = rng.chance(0.25);
            const bool pdf = (d.mime == QLatin1String("application/pdf")) != flip;
            const DemoDocument &file = demoDocument(d.code, pdf);
            rng.uniform(); // the draw that once made up a size: later draws stay as they were
            // Now and then a file that no longer matches its row, so that the demo shows what a
            // clerk sees when the document store serves something else.
            const bool corrupted = k == 0 && i % 97 == 11;
            const QString sha = corrupted ? QString::fromLatin1(
                                    QCryptographicHash::hash("diwan-demo/corrupted/" + reference,
                                                             QCryptographicHash::Sha256)
                                        .toHex())
                                          : file.sha256;
            const qint64 size = file.size;
            QString fileName;
            if (!pdf && rng.chance(0.6)) {
                const TimeText t
                    = formatTime(p.submitted - qint64(rng.uniform() * double(30 * dayMs)));
                fileName = QStringLiteral("IMG_") + QString::fromLatin1(t.text, 4)
                           + QString::fromLatin1(t.text + 5, 2) + QString::fromLatin1(t.text + 8, 2)
                           + QLatin1Char('_') + QString::fromLatin1(t.text + 11, 2)
                           + QString::fromLatin1(t.text + 14, 2)
                           + QString::fromLatin1(t.text + 17, 2) + QStringLiteral(".jpg");
            } else {
                fileName = d.code + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".jpg"));
            }
            const char *review = "pending";
            switch (p.state) {
            case TransactionState::Approved:
            case TransactionState::Escalated:
                review = "accepted";
                break;
            case TransactionState::Rejected:
            case TransactionState::AwaitingApplicant:
                review = k == rejectedOne ? "rejected" : "accepted";
                break;
            case TransactionState::InReview:
                review = rng.chance(0.5) ? "accepted" : "pending";
                break;
            case TransactionState::Submitted:
            case TransactionState::Withdrawn:
                break;
            }
            const bool reviewed = qstrcmp(review, "pending") != 0;
            sink.integer(++next);
            sink.integer(p.id);
            sink.text(d.code);
            sink.text(fileName);
            sink.text(file.url);
            sink.text(sha);
            sink.integer(size);
            sink.text(pdf ? QStringLiteral("application/pdf") : QStringLiteral("image/jpeg"));
            sink.ascii(review, int(qstrlen(review)));
            sink.id(reviewed ? p.handler : 0);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
            ++c.report.attachments;
        }
    }
    c.progress(QStringLiteral("attachments"), total, total);
    return sink.end();
}

} // namespace Seeder
