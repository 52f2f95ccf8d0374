#include "shell/page.h"

#include "shell/tabledelegate.h"

#include "db/database.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

Page::Page(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
{}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QSqlDatabase Page::db() const
{
    return QSqlDatabase::database(m_session.connectionName, false);
}

QSqlDatabase Page::readDb()
{
    if (m_session.readConnectionName.isEmpty())
        return db();
    QSqlDatabase replica = QSqlDatabase::database(m_session.readConnectionName, false);
    if (Database::isAlive(replica)) {
        m_toldReplicaDown = false;
        return replica;
    }
    if (!m_toldReplicaDown) {
        m_toldReplicaDown = true;
        emit message(tr("The read replica does not answer: searches and dashboards read from the "
                        "central database."));
    }
    return db();
}

void Page::setUpHeader()
{
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_explanation);
}

void Page::setHeaderText(const QString &heading, const QString &explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
}

QTableView *Page::makeTable()
{
    auto *view = new QTableView(this);
    view->setItemDelegate(new TableDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

void Page::report(const DbError &error)
{
    if (!error.ok())
        emit databaseError(error);
}
