#include "moderation/moderationlogdialog.h"

#include "common/arabictext.h"
#include "common/presenter.h"
#include "moderation/moderationdetail.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 100;
}

ModerationLogDialog::ModerationLogDialog(QSqlDatabase db, Scope scope, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_id(id)
    , m_list(new QTreeWidget(this))
    , m_more(new QPushButton(this))
{
    setWindowTitle(scope == Scope::Contribution ? tr("Moderation log of the contribution")
                                                : tr("Moderation log of the moderator"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Reason"), tr("Contribution")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnHidden(4, scope == Scope::Contribution);
    m_more->setText(tr("More"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &ModerationLogDialog::readMore);
    auto *layout = new QVBoxLayout(this);
    if (scope == Scope::Moderator) {
        QList<ModerationLog::Named> moderators;
        m_error = ModerationLog::moderators(m_db, &moderators);
        m_moderator = new QComboBox(this);
        const Presenter &p = Presenter::current();
        for (const ModerationLog::Named &n : std::as_const(moderators))
            m_moderator->addItem(p.isArabic() ? n.nameAr : n.nameEn, n.id);
        if (m_moderator->findData(id) < 0) // the caller, before their first action
            m_moderator->insertItem(0, tr("Me"), id);
        m_moderator->setCurrentIndex(m_moderator->findData(id));
        connect(m_moderator, &QComboBox::currentIndexChanged, this, [this] {
            showModerator(m_moderator->currentData().toLongLong());
        });
        auto *row = new QFormLayout;
        row->addRow(tr("Moderator"), m_moderator);
        layout->addLayout(row);
    }
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(820, 460);
    readMore();
}

void ModerationLogDialog::showModerator(qint64 staffId)
{
    if (m_scope != Scope::Moderator)
        return;
    if (m_moderator && m_moderator->currentData().toLongLong() != staffId) {
        const int index = m_moderator->findData(staffId);
        if (index >= 0) {
            m_moderator->setCurrentIndex(index); // comes back here through the signal
            return;
        }
    }
    m_id = staffId;
    m_entries.clear();
    m_list->clear();
    readMore();
}

int ModerationLogDialog::rows() const
{
    return m_list->topLevelItemCount();
}

void ModerationLogDialog::readMore()
{
    QList<ModerationLog::Entry> page;
    m_error
        = m_scope == Scope::Contribution
              ? ModerationLog::ofContribution(m_db, m_id, &page, 500)
              : ModerationLog::ofModerator(
                  m_db, m_id, &page, m_entries.isEmpty() ? nullptr : &m_entries.last(), pageSize);
    if (m_scope == Scope::Contribution)
        m_list->clear();
    const Presenter &p = Presenter::current();
    for (const ModerationLog::Entry &e : std::as_const(page)) {
        const QString who = e.staffId == 0 ? tr("Diwan") : (p.isArabic() ? e.staffAr : e.staffEn);
        QString reason = e.reason;
        if (e.action == QLatin1String("undo"))
            reason = ModerationDetail::actionText(e.reasonCode);
        auto *item = new QTreeWidgetItem({p.dateTime(e.at),
                                          ArabicText::isolate(who),
                                          ModerationDetail::actionText(e.action),
                                          ArabicText::isolate(reason),
                                          ArabicText::revealControls(e.excerpt.simplified())});
        m_list->addTopLevelItem(item);
    }
    m_entries += page;
    m_more->setVisible(m_scope == Scope::Moderator && page.size() == pageSize);
    for (int c = 0; c < 4; ++c)
        m_list->resizeColumnToContents(c);
}
