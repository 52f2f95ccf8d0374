#include "moderation/blockedwordsdialog.h"

#include "common/arabictext.h"
#include "common/presenter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int wordRole = Qt::UserRole + 1;
}

BlockedWordsDialog::BlockedWordsDialog(QSqlDatabase db, qint64 staffId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_staffId(staffId)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_entry(new QLineEdit(this))
    , m_key(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove..."), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Blocked words"));
    auto *about = new QLabel(
        tr("A contribution containing one of these words gets the automatic flag \"abusive "
           "words\". Words are matched without diacritics, tatweel, hamza forms, spaces between "
           "letters or repeated letters. A change applies to contributions submitted from now on; "
           "those received already keep their flags."),
        this);
    about->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search the list"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the list"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Word"), tr("Matched as"), tr("Added by"), tr("Added on")});
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Blocked words"));

    m_entry->setPlaceholderText(tr("A word to block, in Arabic or English"));
    m_entry->setAccessibleName(tr("New word"));
    m_entry->setMaxLength(ModerationService::blockedWordMaxLength + 20);
    auto *newWord = new QLabel(tr("New word:"), this);
    newWord->setBuddy(m_entry);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newWord);
    addRow->addWidget(m_entry, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &BlockedWordsDialog::add);
    connect(m_entry, &QLineEdit::returnPressed, this, &BlockedWordsDialog::add);
    connect(m_entry, &QLineEdit::textChanged, this, &BlockedWordsDialog::showKey);
    connect(m_search, &QLineEdit::textChanged, this, &BlockedWordsDialog::filter);
    connect(m_remove, &QPushButton::clicked, this, &BlockedWordsDialog::askToRemove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    });
    m_list->installEventFilter(this); // Delete removes the selected word

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_key);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabOrder(m_entry, m_add);
    setTabOrder(m_add, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_remove);
    resize(720, 520);
    m_remove->setEnabled(false);
    showKey();
    reload();
    m_entry->setFocus();
}

QStringList BlockedWordsDialog::shownWords() const
{
    QStringList words;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!m_list->topLevelItem(i)->isHidden())
            words << m_list->topLevelItem(i)->data(0, wordRole).toString();
    return words;
}

QString BlockedWordsDialog::message() const
{
    return m_message->text();
}

QString BlockedWordsDialog::matchedAs() const
{
    return m_key->text();
}

bool BlockedWordsDialog::selectWord(const QString &word)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, wordRole).toString() == word && !item->isHidden()) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void BlockedWordsDialog::reload()
{
    if (DbError e = ModerationService::blockedWords(m_db, &m_words); !e.ok()) {
        say(e.userMessage(), true);
        return;
    }
    const Presenter &p = Presenter::current();
    m_list->clear();
    for (const ModerationService::BlockedWord &w : std::as_const(m_words)) {
        const QString who
            = w.addedByEn.isEmpty() && w.addedByAr.isEmpty()
                  ? tr("Starting list")
                  : (p.isArabic() && !w.addedByAr.isEmpty() ? w.addedByAr : w.addedByEn);
        auto *item = new QTreeWidgetItem({ArabicText::revealControls(w.word),
                                          ArabicText::isolate(w.key),
                                          ArabicText::isolate(who),
                                          p.dateTime(w.addedAt)});
        item->setData(0, wordRole, w.word);
        m_list->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    filter();
}

void BlockedWordsDialog::filter()
{
    const QString needle = ModerationService::blockedWordKey(m_search->text());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString word = item->data(0, wordRole).toString();
        item->setHidden(!needle.isEmpty()
                        && !ModerationService::blockedWordKey(word).contains(needle));
    }
}

void BlockedWordsDialog::showKey()
{
    const QString text = m_entry->text().trimmed();
    const QString key = ModerationService::blockedWordKey(text);
    m_key->setText(text.isEmpty()
                       ? tr("Matched as: (type a word)")
                       : tr("Matched as: %1")
                             .arg(ArabicText::isolate(key.isEmpty() ? QStringLiteral("-") : key)));
    m_add->setEnabled(!text.isEmpty());
}

bool BlockedWordsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        askToRemove();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void BlockedWordsDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QString());
}

void BlockedWordsDialog::add()
{
    const QString word = m_entry->text().trimmed();
    QString key;
    if (DbError e = ModerationService::addBlockedWord(m_db, m_staffId, word, &key); !e.ok()) {
        say(e.userMessage(), true);
        if (e.kind == DbError::Kind::NotFound)
            reload();
        return;
    }
    reload();
    m_search->clear();
    selectWord(word);
    m_entry->clear();
    say(tr("%1 was added: contributions submitted from now on that contain it are flagged.")
            .arg(ArabicText::isolate(word)),
        false);
    m_entry->setFocus();
}

void BlockedWordsDialog::askToRemove()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return;
    const QString word = item->data(0, wordRole).toString();
    const auto answer = QMessageBox::question(
        this,
        tr("Remove a blocked word"),
        tr("Remove %1 from the list? Contributions submitted from now on are no longer flagged "
           "for it; those flagged already keep their flag.")
            .arg(ArabicText::isolate(word)),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    removeSelected(answer == QMessageBox::Yes);
}

void BlockedWordsDialog::removeSelected(bool confirmed)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!confirmed || !item)
        return;
    const QString word = item->data(0, wordRole).toString();
    const DbError e = ModerationService::removeBlockedWord(m_db, m_staffId, word);
    reload();
    if (!e.ok()) {
        say(e.userMessage(), true);
        return;
    }
    say(tr("%1 was removed from the list.").arg(ArabicText::isolate(word)), false);
    m_list->setFocus();
}
