#include "moderation/bulkresultsdialog.h"

#include "common/arabictext.h"
#include "common/presenter.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

BulkResultsDialog::BulkResultsDialog(const QString &action,
                                     const QList<Item> &items,
                                     QWidget *parent)
    : QDialog(parent)
    , m_items(items)
{
    setWindowTitle(tr("Result of each contribution"));
    const Presenter &p = Presenter::current();
    int done = 0;
    for (const Item &item : items)
        done += item.done ? 1 : 0;
    auto *summary = new QLabel(tr("%1: done for %2 of %3; the others are listed with the reason.")
                                   .arg(action, p.number(done), p.number(items.size())),
                               this);
    summary->setWordWrap(true);
    // Those not done first: they are what the moderator has to look at again.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return !a.done && b.done;
    });
    // Labels, not a table: a reason wraps over as many lines as it needs.
    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setHorizontalSpacing(16);
    const auto header = [&](int column, const QString &text) {
        auto *label = new QLabel(text, list);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, 0, column);
    };
    header(0, tr("Contribution"));
    header(1, tr("Text"));
    header(2, tr("Result"));
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        auto *id = new QLabel(p.code(QStringLiteral("#%1").arg(item.id)), list);
        // Public text: its controls shown, never obeyed; one line of it is enough to know it.
        auto *text = new QLabel(list);
        text->setTextFormat(Qt::PlainText);
        const QString shown = ArabicText::revealControls(item.text.simplified());
        text->setText(shown.size() > 60 ? shown.left(60) + QStringLiteral("\u2026") : shown);
        text->setToolTip(shown);
        auto *result = new QLabel(item.done ? tr("Done") : item.result, list);
        result->setTextFormat(Qt::PlainText);
        result->setWordWrap(true);
        if (!item.done)
            result->setForegroundRole(QPalette::Link);
        for (QLabel *l : {id, text, result})
            l->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        grid->addWidget(id, i + 1, 0);
        grid->addWidget(text, i + 1, 1);
        grid->addWidget(result, i + 1, 2);
        m_lines.append({id, text, result});
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(m_items.size()) + 1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}
