#include "moderation/moderationpage.h"

#include "common/boundedquerymodel.h"
#include "common/overviewqueries.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

static QString flagsText(const QVariant &value)
{
    QStringList out;
    for (const QString &flag : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (flag == QLatin1String("link"))
            out << QCoreApplication::translate("ModerationPage", "link");
        else if (flag == QLatin1String("phone"))
            out << QCoreApplication::translate("ModerationPage", "phone number");
        else if (flag == QLatin1String("bidi"))
            out << QCoreApplication::translate("ModerationPage", "hidden characters");
        else if (flag == QLatin1String("abuse"))
            out << QCoreApplication::translate("ModerationPage", "abusive words");
        else if (flag == QLatin1String("duplicate"))
            out << QCoreApplication::translate("ModerationPage", "duplicate");
        else
            out << flag;
    }
    return out.join(QCoreApplication::translate("ModerationPage", ", "));
}

ModerationPage::ModerationPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_pending(new BoundedQueryModel(this))
{
    setUpHeader();
    m_pending->setColumns({
        {[this] { return tr("Topic"); }, Kind::Text, "topic_ar", "topic_en"},
        {[this] { return tr("Author"); }, Kind::Name, "author_name"},
        {[this] { return tr("Contribution"); }, Kind::PublicText, "body"},
        {[this] { return tr("Automatic flags"); }, Kind::Mapped, "auto_flags", {}, flagsText},
        {[this] { return tr("Reports"); }, Kind::Number, "report_count"},
        {[this] { return tr("Submitted", "when it was submitted"); }, Kind::DateTime, "submitted_at"},
    });
    auto *view = makeTable();
    view->setModel(m_pending);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    m_layout->addWidget(view);
    retranslate();
}

void ModerationPage::retranslate()
{
    setHeaderText(tr("Moderation"),
                  tr("Contributions to issues for discussion waiting for review, oldest first. "
                     "Hidden characters "
                     "in public text are shown, never obeyed."));
    m_pending->retranslate();
}

void ModerationPage::refresh()
{
    report(
        m_pending->load(db(), OverviewQueries::contributionsToReview(Dialect::of(db())), {}, 200));
}
