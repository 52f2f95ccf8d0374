#include "polls/polldesignerpage.h"

#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/overviewqueries.h"
#include "db/dialect.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

PollDesignerPage::PollDesignerPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_polls(new BoundedQueryModel(this))
{
    setUpHeader();
    m_polls->setColumns({
        {[this] { return tr("Poll"); }, Kind::Text, "title_ar", "title_en"},
        {[this] { return tr("State"); },
         Kind::Mapped,
         "state",
         {},
         [](const QVariant &v) {
             return DomainText::publicationState(v.toString());
         }},
        {[this] { return tr("Questions"); }, Kind::Number, "questions"},
        {[this] { return tr("Opens"); }, Kind::Date, "opens_at"},
        {[this] { return tr("Closes"); }, Kind::Date, "closes_at"},
        {[this] { return tr("Responses"); }, Kind::Number, "responses"},
    });
    auto *view = makeTable();
    view->setModel(m_polls);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    m_layout->addWidget(view);
    retranslate();
}

void PollDesignerPage::retranslate()
{
    setHeaderText(tr("Poll designer"),
                  tr("Opinion polls: drafts, polls in review, scheduled, open and closed."));
    m_polls->retranslate();
}

void PollDesignerPage::refresh()
{
    report(m_polls->load(db(), OverviewQueries::polls(Dialect::of(db())), {}, 500));
}
