#include "moderation/similarlist.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/queue/contributionqueuemodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int Shown = 5;
constexpr int Excerpt = 160;
} // namespace

SimilarList::SimilarList(const Session &session, QAbstractItemView *queue, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    // Room for the heading and a few lines, whatever share of the pane the page gives it.
    setMinimumHeight(fontMetrics().height() * 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);
    if (queue && queue->selectionModel()) {
        connect(queue->selectionModel(),
                &QItemSelectionModel::currentChanged,
                this,
                [this](const QModelIndex &current) {
                    showContribution(current.data(ContributionQueueModel::IdRole).toLongLong());
                });
    }
    // The rows may change under a current index that stays (a new filter's first page in row 0
    // again): follow the contribution, not the row.
    if (queue && queue->model()) {
        const auto follow = [this, queue] {
            const QModelIndex current = queue->currentIndex();
            const qint64 id
                = current.isValid() ? current.data(ContributionQueueModel::IdRole).toLongLong() : 0;
            if (id != m_id)
                showContribution(id);
        };
        QAbstractItemModel *model = queue->model();
        connect(model, &QAbstractItemModel::modelReset, this, follow);
        connect(model, &QAbstractItemModel::rowsInserted, this, follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
        connect(model, &QAbstractItemModel::dataChanged, this, follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, follow);
    }
    render();
}

void SimilarList::showContribution(qint64 id)
{
    m_id = id;
    m_flagged = {};
    m_similar.clear();
    m_error.clear();
    if (id > 0) {
        QSqlDatabase db = QSqlDatabase::database(m_session.connectionName, false);
        DbError e = Similarity::flaggedDuplicate(db, id, &m_flagged);
        if (e.ok())
            e = Similarity::similarTo(db, id, Shown, &m_similar);
        if (!e.ok())
            m_error = e.userMessage();
    }
    render();
}

QString SimilarList::text() const
{
    return m_body->text();
}

void SimilarList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SimilarList::showEvent(QShowEvent *event)
{
    // Added to the detail pane's splitter after its sizes were set: take a share of it once, and
    // never be collapsed out of sight.
    if (auto *splitter = qobject_cast<QSplitter *>(parentWidget())) {
        const int index = splitter->indexOf(this);
        QList<int> sizes = splitter->sizes();
        if (index >= 0 && splitter->isCollapsible(index)) {
            splitter->setCollapsible(index, false);
            const auto largest = std::max_element(sizes.begin(), sizes.end());
            const int share = qMax(minimumHeight(), *largest / 3);
            if (sizes.at(index) < share && *largest > 2 * share) {
                *largest -= share - sizes.at(index);
                sizes[index] = share;
                splitter->setSizes(sizes);
            }
        }
    }
    QWidget::showEvent(event);
}

void SimilarList::render()
{
    const Presenter &p = Presenter::current();
    m_heading->setText(tr("Similar contributions"));
    if (m_id <= 0) {
        m_body->clear();
        return;
    }
    QStringList lines;
    if (!m_error.isEmpty())
        lines << m_error;
    if (m_flagged.id > 0)
        lines << tr("Flagged as a near-duplicate of contribution %1 (%2 alike).")
                     .arg(ArabicText::isolateLtr(p.number(m_flagged.id)),
                          p.percent(double(m_flagged.score), 0));
    if (m_similar.isEmpty() && m_error.isEmpty())
        lines << tr("No contribution of the same topic or author is like this one.");
    for (const Similarity::Similar &s : std::as_const(m_similar)) {
        QStringList where;
        if (s.sameTopic)
            where << tr("same topic");
        if (s.sameAuthor)
            where << tr("same author");
        QString excerpt = s.body.simplified();
        if (excerpt.size() > Excerpt)
            excerpt = excerpt.left(Excerpt) + QChar(0x2026);
        lines << tr("%1 alike: contribution %2 (%3; %4, %5): %6")
                     .arg(p.percent(double(s.score), 0),
                          ArabicText::isolateLtr(p.number(s.id)),
                          where.join(tr(", ")),
                          ArabicText::isolate(s.authorName),
                          DomainText::contributionState(s.state),
                          ArabicText::isolate(ArabicText::revealControls(excerpt)));
    }
    m_body->setText(lines.join(QLatin1Char('\n')));
}
