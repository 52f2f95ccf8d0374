#include "transactions/transactionform.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "db/actionreceipts.h"
#include "transactions/attachmentpanel.h"
#include "transactions/decisiondialog.h"
#include "transactions/letterdialog.h"
#include "transactions/transactionstate.h"
#include "transactions/transactiontext.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString language()
{
    return Presenter::current().language();
}

} // namespace

TransactionForm::TransactionForm(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(session.profile.toUrl() + QLatin1Char('\n') + session.login)
    , m_draftTimer(new QTimer(this))
    , m_leaseTimer(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(700);
    connect(m_draftTimer, &QTimer::timeout, this, &TransactionForm::saveDraft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The header: what it is, where it stands, who holds it.
    auto *top = new QHBoxLayout;
    m_backButton = new QPushButton(this);
    m_previousButton = new QPushButton(this);
    m_nextButton = new QPushButton(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claimButton = new QPushButton(this);
    m_releaseButton = new QPushButton(this);
    top->addWidget(m_backButton);
    top->addWidget(m_title, 1);
    top->addWidget(m_claimButton);
    top->addWidget(m_releaseButton);
    top->addWidget(m_previousButton);
    top->addWidget(m_nextButton);
    layout->addLayout(top);

    auto *facts = new QHBoxLayout;
    m_status = new QLabel(this);
    m_sla = new QLabel(this);
    m_holder = new QLabel(this);
    facts->addWidget(m_status);
    facts->addSpacing(24);
    facts->addWidget(m_sla);
    facts->addSpacing(24);
    facts->addWidget(m_holder, 1);
    layout->addLayout(facts);

    m_banner = new QFrame(this);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_reloadButton = new QPushButton(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reloadButton);
    m_banner->hide();
    layout->addWidget(m_banner);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        if (reload())
            m_banner->hide();
    });

    // Application, documents, history.
    m_tabs = new QTabWidget(this);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    m_applicationPage = new QWidget(scroll);
    m_application = new QFormLayout(m_applicationPage);
    m_application->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(m_applicationPage);
    m_tabs->addTab(scroll, QString());
    auto *documentsPage = new QWidget(m_tabs);
    auto *documentsLayout = new QVBoxLayout(documentsPage);
    m_missingDocuments = new QLabel(documentsPage);
    m_missingDocuments->setWordWrap(true);
    m_missingDocuments->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_documents = new AttachmentPanel(documentsPage);
    documentsLayout->addWidget(m_missingDocuments);
    documentsLayout->addWidget(m_documents, 1);
    m_tabs->addTab(documentsPage, QString());
    // A document accepted or rejected is history too.
    connect(m_documents, &AttachmentPanel::reviewed, this, [this] {
        reload();
        emit changed();
    });
    m_history = new QTreeWidget(m_tabs);
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(4);
    m_history->setWordWrap(true);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, QString());
    layout->addWidget(m_tabs, 1);

    // The composer: an internal note or a message to the applicant.
    auto *composerBar = new QHBoxLayout;
    m_noteMode = new QRadioButton(this);
    m_messageMode = new QRadioButton(this);
    m_noteMode->setChecked(true);
    m_cannedBox = new QComboBox(this);
    m_cannedBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    composerBar->addWidget(m_noteMode);
    composerBar->addWidget(m_messageMode);
    composerBar->addStretch(1);
    composerBar->addWidget(m_cannedBox);
    layout->addLayout(composerBar);
    auto *composerRow = new QHBoxLayout;
    m_composer = new QPlainTextEdit(this);
    m_composer->setTabChangesFocus(true);
    m_composer->setFixedHeight(m_composer->fontMetrics().lineSpacing() * 4 + 12);
    m_addButton = new QPushButton(this);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_addButton, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);
    connect(m_noteMode, &QRadioButton::toggled, this, &TransactionForm::updateActions);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &TransactionForm::updateActions);
    connect(m_composer, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_cannedBox, &QComboBox::activated, this, [this](int index) {
        insertCannedResponse(index);
        m_cannedBox->setCurrentIndex(0);
    });

    // The decisions.
    auto *decisions = new QHBoxLayout;
    m_letterButton = new QPushButton(this);
    decisions->addWidget(m_letterButton);
    decisions->addStretch(1);
    const std::pair<Action, QKeySequence> keys[] = {
        {Action::RequestDocuments, QKeySequence(Qt::Key_F6)},
        {Action::ResumeReview, QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        {Action::Escalate, QKeySequence(Qt::Key_F7)},
        {Action::Reject, QKeySequence(Qt::Key_F8)},
        {Action::Approve, QKeySequence(Qt::Key_F9)},
    };
    for (const auto &[action, key] : keys) {
        auto *button = new QPushButton(this);
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(key);
        shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(shortcut);
        const Action a = action;
        connect(shortcut, &QAction::triggered, this, [this, a] {
            if (canDecide(a))
                requestDecision(a);
        });
        connect(button, &QPushButton::clicked, this, [this, a] { requestDecision(a); });
        m_decisionButtons.insert(int(action), button);
        m_decisionActions.insert(int(action), shortcut);
        decisions->addWidget(button);
    }
    layout->addLayout(decisions);

    auto makeAction = [this](QKeySequence key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_back = makeAction(QKeySequence(Qt::Key_Escape), [this] { emit closeRequested(); });
    m_claim = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { claim(); });
    m_release = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { release(); });
    m_previous = makeAction(QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] { emit navigate(-1); });
    m_next = makeAction(QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] { emit navigate(1); });
    m_toggleMode = makeAction(QKeySequence(Qt::CTRL | Qt::Key_M),
                              [this] { setMessageMode(!isMessageMode()); });
    m_add = makeAction(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addFromComposer(); });
    m_cannedAction = makeAction(QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_cannedBox->setFocus();
        m_cannedBox->showPopup();
    });
    m_letter = makeAction(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        if (!canIssueLetter())
            return;
        LetterDialog::issue(this, m_session.connectionName, m_detail.id, m_session.staffId);
        reload(); // the letter is in the history now
    });
    connect(m_letterButton, &QPushButton::clicked, m_letter, &QAction::trigger);
    connect(m_backButton, &QPushButton::clicked, m_back, &QAction::trigger);
    connect(m_claimButton, &QPushButton::clicked, m_claim, &QAction::trigger);
    connect(m_releaseButton, &QPushButton::clicked, m_release, &QAction::trigger);
    connect(m_previousButton, &QPushButton::clicked, m_previous, &QAction::trigger);
    connect(m_nextButton, &QPushButton::clicked, m_next, &QAction::trigger);
    connect(m_addButton, &QPushButton::clicked, m_add, &QAction::trigger);

    // The claim lasts while the form is open; the countdown stays current.
    m_leaseTimer->setInterval(TransactionService::defaultLeaseMinutes * 60 * 1000 / 3);
    connect(m_leaseTimer, &QTimer::timeout, this, &TransactionForm::renewLease);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &TransactionForm::showDetail);
    retranslate();
}

TransactionForm::~TransactionForm() = default;

QSqlDatabase TransactionForm::db() const
{
    return QSqlDatabase::database(m_session.connectionName, false);
}

void TransactionForm::report(const DbError &error)
{
    if (!error.ok())
        emit databaseError(error);
}

void TransactionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_detail.id) {
            showDetail();
            showHistory();
            loadCanned();
        }
    }
    QWidget::changeEvent(event);
}

QList<QAction *> TransactionForm::shortcutActions() const
{
    QList<QAction *> list{m_back,
                          m_claim,
                          m_release,
                          m_previous,
                          m_next,
                          m_toggleMode,
                          m_add,
                          m_cannedAction,
                          m_letter};
    for (const Action a : {Action::RequestDocuments,
                           Action::ResumeReview,
                           Action::Escalate,
                           Action::Reject,
                           Action::Approve})
        list << m_decisionActions.value(int(a));
    return list;
}

void TransactionForm::retranslate()
{
    auto withKey = [](const QString &text, const QAction *action) {
        return tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_back->setText(tr("Back to the queue"));
    m_claim->setText(tr("Claim this transaction"));
    m_release->setText(tr("Return to the queue"));
    m_previous->setText(tr("Previous transaction"));
    m_next->setText(tr("Next transaction"));
    m_toggleMode->setText(tr("Switch between internal note and message to applicant"));
    m_add->setText(tr("Add the note or send the message"));
    m_cannedAction->setText(tr("Insert a canned response"));
    m_letter->setText(tr("Decision letter"));
    m_letterButton->setText(withKey(tr("Decision letter…"), m_letter));
    m_backButton->setText(withKey(tr("Back"), m_back));
    m_backButton->setToolTip(m_back->text());
    m_claimButton->setText(withKey(tr("Claim"), m_claim));
    m_releaseButton->setText(withKey(tr("Return to the queue"), m_release));
    m_previousButton->setText(tr("Previous"));
    m_previousButton->setToolTip(withKey(m_previous->text(), m_previous));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setToolTip(withKey(m_next->text(), m_next));
    m_reloadButton->setText(tr("Reload"));
    m_tabs->setTabText(0, tr("Application"));
    m_tabs->setTabText(1, tr("Documents"));
    m_tabs->setTabText(2, tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_noteMode->setText(tr("Internal note"));
    m_messageMode->setText(tr("Message to applicant"));
    m_noteMode->setToolTip(m_toggleMode->text() + QLatin1String(" (")
                           + m_toggleMode->shortcut().toString(QKeySequence::NativeText)
                           + QLatin1Char(')'));
    m_messageMode->setToolTip(m_noteMode->toolTip());
    m_cannedBox->setToolTip(withKey(m_cannedAction->text(), m_cannedAction));
    for (auto it = m_decisionActions.cbegin(); it != m_decisionActions.cend(); ++it) {
        const QString name = DecisionDialog::actionName(Action(it.key()));
        it.value()->setText(name);
        m_decisionButtons.value(it.key())->setText(withKey(name, it.value()));
    }
    updateActions();
}

bool TransactionForm::open(qint64 transactionId)
{
    if (m_detail.id && m_detail.id != transactionId)
        leave();
    TransactionDetail::Detail detail;
    QSqlDatabase database = db();
    if (DbError e = TransactionDetail::load(database, transactionId, &detail); !e.ok()) {
        report(e);
        return false;
    }
    const bool other = detail.id != m_detail.id;
    m_detail = detail;
    if (other) {
        m_drafts.clear();
        m_banner->hide();
        // What was typed here earlier: in this session, or on disk from one that ended before it
        // was sent (closed, killed, the computer restarted).
        QString kept = m_unsent.take(m_detail.id);
        const bool fromDisk = kept.isEmpty();
        if (fromDisk)
            kept = m_store.load(draftKey());
        m_composer->setPlainText(kept);
        if (fromDisk && !kept.isEmpty())
            emit message(tr("The text you had not sent for %1 is back in the box.")
                             .arg(Presenter::current().code(m_detail.reference)));
        setMessageMode(false);
        m_tabs->setCurrentIndex(0);
        loadCanned();
    }
    if (DbError e = TransactionDetail::history(database, transactionId, &m_events); !e.ok())
        report(e);
    showDetail();
    showHistory();
    m_clock->start();
    if (m_detail.heldBy(m_session.staffId) && m_detail.isOpen())
        m_leaseTimer->start();
    else
        m_leaseTimer->stop();
    return true;
}

QString TransactionForm::draftKey() const
{
    return QStringLiteral("transaction-%1").arg(m_detail.id);
}

void TransactionForm::saveDraft()
{
    m_draftTimer->stop();
    if (m_detail.id)
        m_store.save(draftKey(), m_composer->toPlainText());
}

bool TransactionForm::reload()
{
    return m_detail.id && open(m_detail.id);
}

void TransactionForm::leave(bool releaseClaim)
{
    m_leaseTimer->stop();
    m_clock->stop();
    if (!m_detail.id)
        return;
    // What was typed stays with the transaction, in this session and on disk.
    saveDraft();
    if (const QString text = m_composer->toPlainText(); !text.trimmed().isEmpty())
        m_unsent.insert(m_detail.id, text);
    else
        m_unsent.remove(m_detail.id);
    // A claim the clerk did not decide on goes back to the queue. A decided transaction stays
    // with whoever decided it (they may still issue its letter).
    const bool undecided = TransactionStates::isUndecided(m_detail.state);
    if (releaseClaim && undecided && m_detail.heldBy(m_session.staffId)) {
        QSqlDatabase database = db();
        const DbError e = TransactionService::release(database, m_detail.id, m_session.staffId);
        if (e.ok())
            emit message(tr("Transaction %1 is back in the queue.")
                             .arg(Presenter::current().code(m_detail.reference)));
        else if (e.kind != DbError::Kind::Conflict)
            report(e);
        emit changed();
    }
    m_detail = {};
    m_events.clear();
    m_documentsShown = {0, false};
    m_documents->clear();
}

void TransactionForm::loadCanned()
{
    QSqlDatabase database = db();
    if (DbError e = TransactionDetail::cannedResponses(database, m_detail.serviceId, &m_canned);
        !e.ok())
        report(e);
    const bool english = language() == QLatin1String("en");
    m_cannedBox->clear();
    m_cannedBox->addItem(tr("Canned response…"));
    for (const auto &c : std::as_const(m_canned))
        m_cannedBox->addItem(english ? c.titleEn : c.titleAr);
}

void TransactionForm::insertCannedResponse(int index)
{
    // Item 0 is the prompt; the rest follow m_canned.
    if (index < 1 || index > m_canned.size())
        return;
    const auto &c = m_canned.at(index - 1);
    // A message goes out in the applicant's language; a note is for colleagues.
    const QString lang = isMessageMode() ? m_detail.language : language();
    const QString body = lang == QLatin1String("en") ? c.bodyEn : c.bodyAr;
    m_composer->insertPlainText(TransactionService::fillVariables(body, m_detail.variables()));
    m_composer->setFocus();
}

void TransactionForm::showDocumentsTab()
{
    m_tabs->setCurrentIndex(1);
}

void TransactionForm::setMessageMode(bool toApplicant)
{
    (toApplicant ? m_messageMode : m_noteMode)->setChecked(true);
    updateActions();
}

bool TransactionForm::isMessageMode() const
{
    return m_messageMode->isChecked();
}

void TransactionForm::showBanner(const QString &text, bool warning)
{
    m_bannerText->setText(text);
    m_banner->setStyleSheet(warning ? QStringLiteral("background: #fdecea; color: #7a1c12;")
                                    : QStringLiteral("background: #e8f1fb; color: #0b3a66;"));
    m_banner->show();
}

QString TransactionForm::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_bannerText->text() : QString();
}

void TransactionForm::showDetail()
{
    if (!m_detail.id)
        return;
    const Presenter &p = Presenter::current();
    const QString lang = language();
    m_title->setText(tr("%1 · %2").arg(p.code(m_detail.reference), m_detail.serviceName(lang)));
    m_status->setText(
        tr("%1 · priority %2")
            .arg(TransactionStates::text(m_detail.state), DomainText::priority(m_detail.priority)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString sla;
    if (!m_detail.isOpen()) {
        sla = m_detail.decidedAt.isValid() ? tr("Decided %1").arg(p.dateTime(m_detail.decidedAt))
                                           : QString();
    } else if (m_detail.slaPausedAt.isValid()) {
        sla = tr("Time limit paused since %1 (waiting for the applicant)")
                  .arg(p.dateTime(m_detail.slaPausedAt));
    } else {
        const qint64 left = now.secsTo(m_detail.dueAt);
        sla = left < 0 ? tr("%1 (was due %2)").arg(p.countdown(left), p.dateTime(m_detail.dueAt))
                       : tr("Due %1 (%2)").arg(p.countdown(left), p.dateTime(m_detail.dueAt));
        m_sla->setStyleSheet(left < 0             ? QStringLiteral("color: #b3261e;")
                             : left < 4 * 60 * 60 ? QStringLiteral("color: #8a4b00;")
                                                  : QString());
    }
    if (!m_detail.isOpen() || m_detail.slaPausedAt.isValid())
        m_sla->setStyleSheet({});
    m_sla->setText(sla);
    QString holder;
    if (!m_detail.assignedTo) {
        holder = m_detail.isOpen() ? tr("Unclaimed") : QString();
    } else if (m_detail.heldBy(m_session.staffId)) {
        holder = m_detail.leaseExpiresAt.isValid()
                     ? tr("Held by you until %1").arg(p.time(m_detail.leaseExpiresAt))
                     : tr("Decided by you");
    } else if (m_detail.leaseExpiresAt.isValid() && m_detail.leaseExpiresAt < now) {
        holder = tr("%1's claim expired at %2: anyone may claim it")
                     .arg(ArabicText::isolate(m_detail.holderName(lang)),
                          p.time(m_detail.leaseExpiresAt));
    } else {
        holder = m_detail.leaseExpiresAt.isValid()
                     ? tr("Held by %1 until %2")
                           .arg(ArabicText::isolate(m_detail.holderName(lang)),
                                p.time(m_detail.leaseExpiresAt))
                     : tr("Handled by %1").arg(ArabicText::isolate(m_detail.holderName(lang)));
    }
    m_holder->setText(holder);

    // The application as the applicant filled it in.
    while (m_application->rowCount() > 0)
        m_application->removeRow(0);
    auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, m_applicationPage);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(value.size() > 80);
        m_application->addRow(label, field);
    };
    row(tr("Applicant"), ArabicText::isolate(m_detail.applicantName));
    row(tr("QID"), p.code(m_detail.qid));
    row(tr("Mobile"), m_detail.phone.isEmpty() ? tr("not given") : p.code(m_detail.phone));
    row(tr("E-mail"), m_detail.email.isEmpty() ? tr("not given") : p.code(m_detail.email));
    row(tr("Writes in"), m_detail.language == QLatin1String("en") ? tr("English") : tr("Arabic"));
    row(tr("Submitted", "when it was submitted"),
        tr("%1 (%2)").arg(
            p.dateTime(m_detail.submittedAt),
            p.hijriDate(m_detail.submittedAt.toTimeZone(Presenter::timeZone()).date())));
    for (const auto &[key, value] : std::as_const(m_detail.fields)) {
        const QString shown = DomainText::applicationValue(key, value);
        row(DomainText::applicationField(key), shown == value ? p.code(value) : shown);
    }
    if (!m_detail.reasonCode.isEmpty())
        row(tr("Reason of the rejection"), m_detail.reasonText);

    // Documents: what came (the panel fetches, verifies and previews them), and what the
    // service asks for that did not come.
    const bool reviewable
        = m_detail.heldBy(m_session.staffId)
          && (m_detail.state == TransactionStates::key(TransactionState::InReview)
              || m_detail.state == TransactionStates::key(TransactionState::AwaitingApplicant));
    if (m_documentsShown != qMakePair(m_detail.id, reviewable)) {
        m_documentsShown = {m_detail.id, reviewable};
        m_documents->setTransaction(
            m_session.connectionName, m_detail.id, m_session.staffId, reviewable);
    }
    QStringList missing;
    for (const auto &d : std::as_const(m_detail.documents)) {
        bool present = false;
        for (const auto &a : std::as_const(m_detail.attachments))
            present = present || a.documentCode == d.code;
        if (!present && d.required)
            missing << (lang == QLatin1String("en") ? d.nameEn : d.nameAr);
    }
    m_missingDocuments->setText(
        tr("Required but not attached: %1")
            .arg(missing.join(lang == QLatin1String("en") ? QStringLiteral(", ")
                                                          : QStringLiteral(u"\u060c "))));
    m_missingDocuments->setVisible(!missing.isEmpty());
    m_tabs->setTabText(1, tr("Documents (%1)").arg(p.number(m_detail.attachments.size())));
    updateActions();
}

void TransactionForm::showHistory()
{
    const Presenter &p = Presenter::current();
    const QString lang = language();
    m_history->clear();
    for (const auto &e : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, p.dateTime(e.at));
        const QString &name = lang == QLatin1String("en") ? e.staffNameEn : e.staffNameAr;
        item->setText(1,
                      e.staffLogin.isEmpty()
                          ? tr("Applicant (portal)")
                          : ArabicText::isolate(name.isEmpty() ? e.staffLogin : name));
        QString what = TransactionText::event(e.kind, e.oldState, e.newState);
        if (e.visibleToApplicant && e.kind != QLatin1String("message")
            && e.kind != QLatin1String("submitted"))
            what += QLatin1Char(' ') + tr("(the applicant was told)");
        item->setText(2, what);
        item->setText(3, ArabicText::isolate(e.note));
        item->setToolTip(3, e.note);
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
    m_history->scrollToBottom();
    m_tabs->setTabText(2, tr("History (%1)").arg(p.number(m_events.size())));
}

int TransactionForm::historyCount() const
{
    return m_history->topLevelItemCount();
}

QString TransactionForm::historyText(int row, int column) const
{
    const QTreeWidgetItem *item = m_history->topLevelItem(row);
    return item ? item->text(column) : QString();
}

bool TransactionForm::canDecide(Action action) const
{
    if (!m_detail.heldBy(m_session.staffId) || !m_session.has(Role::Clerk))
        return false;
    return TransactionService::canDecide(m_detail.state, action);
}

bool TransactionForm::canIssueLetter() const
{
    return m_detail.heldBy(m_session.staffId) && TransactionStates::isDecided(m_detail.state);
}

void TransactionForm::updateActions()
{
    m_letter->setEnabled(canIssueLetter());
    m_letterButton->setVisible(canIssueLetter());
    const bool mine = m_detail.heldBy(m_session.staffId);
    const bool open = m_detail.isOpen();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool free = !m_detail.assignedTo
                      || (m_detail.leaseExpiresAt.isValid() && m_detail.leaseExpiresAt < now);
    const bool claimable = m_session.has(Role::Clerk) && !mine && free
                           && TransactionStates::isUndecided(m_detail.state);
    m_claim->setEnabled(claimable);
    m_claimButton->setVisible(claimable);
    const bool releasable = mine && open && m_detail.leaseExpiresAt.isValid();
    m_release->setEnabled(releasable);
    m_releaseButton->setVisible(releasable);
    for (auto it = m_decisionActions.cbegin(); it != m_decisionActions.cend(); ++it) {
        const bool can = canDecide(Action(it.key()));
        it.value()->setEnabled(can);
        QPushButton *button = m_decisionButtons.value(it.key());
        button->setEnabled(can);
        // Request documents and resume share a place: only one applies at a time.
        if (it.key() == int(Action::ResumeReview))
            button->setVisible(can);
        if (it.key() == int(Action::RequestDocuments))
            button->setVisible(!canDecide(Action::ResumeReview));
    }
    const bool canWrite = mine;
    const bool reachable = !m_detail.phone.isEmpty() || !m_detail.email.isEmpty();
    m_messageMode->setEnabled(canWrite && reachable);
    if (!reachable && m_messageMode->isChecked())
        m_noteMode->setChecked(true);
    m_noteMode->setEnabled(canWrite);
    m_composer->setReadOnly(!canWrite);
    m_composer->setPlaceholderText(
        !canWrite         ? tr("Claim the transaction to write notes or messages.")
        : isMessageMode() ? tr("Message to the applicant, sent by SMS and e-mail (Ctrl+M: "
                               "internal note instead)")
                          : tr("Internal note, seen by staff only (Ctrl+M: message to the "
                               "applicant instead)"));
    m_cannedBox->setEnabled(canWrite);
    m_toggleMode->setEnabled(canWrite && reachable);
    const bool hasText = !m_composer->toPlainText().trimmed().isEmpty();
    m_add->setEnabled(canWrite && hasText);
    m_addButton->setEnabled(canWrite && hasText);
    m_addButton->setText(isMessageMode() ? tr("Send message") : tr("Add note"));
    m_addButton->setToolTip(m_add->text() + QLatin1String(" (")
                            + m_add->shortcut().toString(QKeySequence::NativeText)
                            + QLatin1Char(')'));
}

bool TransactionForm::claim()
{
    QSqlDatabase database = db();
    TransactionService::Claim c;
    const DbError e = TransactionService::claim(database, m_detail.id, m_session.staffId, &c);
    reload();
    if (!e.ok()) {
        showBanner(e.userMessage(), true);
        return false;
    }
    emit message(tr("Transaction %1 is now yours until %2.")
                     .arg(Presenter::current().code(c.reference),
                          Presenter::current().time(c.leaseExpiresAt)));
    emit changed();
    return true;
}

bool TransactionForm::release()
{
    QSqlDatabase database = db();
    const DbError e = TransactionService::release(database, m_detail.id, m_session.staffId);
    reload();
    if (!e.ok()) {
        showBanner(e.userMessage(), true);
        return false;
    }
    m_leaseTimer->stop();
    emit message(tr("Transaction %1 is back in the queue.")
                     .arg(Presenter::current().code(m_detail.reference)));
    emit changed();
    return true;
}

void TransactionForm::renewLease()
{
    if (!m_detail.heldBy(m_session.staffId))
        return;
    QSqlDatabase database = db();
    const DbError e = TransactionService::renewLease(database, m_detail.id, m_session.staffId);
    if (e.kind == DbError::Kind::Conflict) {
        m_leaseTimer->stop();
        reload();
        showBanner(tr("You no longer hold this transaction: %1. What you typed is kept.")
                       .arg(m_holder->text()),
                   true);
        return;
    }
    if (!e.ok()) {
        report(e); // the connection monitor reconnects; the next tick tries again
        return;
    }
    const int version = m_detail.version;
    reload();
    Q_UNUSED(version)
}

bool TransactionForm::addFromComposer()
{
    const QString text = m_composer->toPlainText();
    const bool toApplicant = isMessageMode();
    QSqlDatabase database = db();
    const QString action = toApplicant ? QStringLiteral("message") : QStringLiteral("note");
    const DbError e
        = m_actionKeys.send(database, QStringLiteral("%1/%2").arg(m_detail.id).arg(action), [&] {
              return TransactionService::addNote(
                  database, m_session.staffId, m_detail.id, text, toApplicant);
          });
    if (!e.ok()) {
        // Nothing was written: the text stays where it is.
        showBanner(e.userMessage(), true);
        if (e.kind == DbError::Kind::ConnectionLost)
            report(e);
        return false;
    }
    m_composer->clear();
    m_draftTimer->stop();
    m_store.remove(draftKey());
    reload();
    m_tabs->setCurrentIndex(2);
    emit message(toApplicant
                     ? tr("Message sent to the applicant of %1.")
                           .arg(Presenter::current().code(m_detail.reference))
                     : tr("Note added to %1.").arg(Presenter::current().code(m_detail.reference)));
    emit changed();
    return true;
}

void TransactionForm::requestDecision(Action action)
{
    if (!canDecide(action))
        return;
    DecisionDialog dialog(action, m_detail, m_drafts.value(int(action)), this);
    const int result = dialog.exec();
    // Keep what was typed, even when the dialog is cancelled: nothing typed is lost.
    m_drafts.insert(int(action), dialog.decision());
    if (result == QDialog::Accepted)
        decide(action, dialog.decision());
}

bool TransactionForm::decide(Action action, const TransactionService::Decision &decision)
{
    m_drafts.insert(int(action), decision);
    QSqlDatabase database = db();
    TransactionService::ConflictInfo conflict;
    const QString key = QStringLiteral("%1/decision-%2").arg(m_detail.id).arg(int(action));
    const DbError e = m_actionKeys.send(database, key, [&] {
        return TransactionService::decide(database,
                                          m_session.staffId,
                                          m_detail.id,
                                          m_detail.version,
                                          decision,
                                          nullptr,
                                          &conflict);
    });
    if (e.kind == DbError::Kind::Conflict && !conflict.changedBy.isEmpty()) {
        const Presenter &p = Presenter::current();
        showBanner(tr("Not saved: %1 changed this transaction at %2 and it is now \"%3\". Your "
                      "decision and text are kept; reload to see the change, then decide again.")
                       .arg(ArabicText::isolate(conflict.changedBy),
                            p.time(conflict.changedAt),
                            TransactionStates::text(conflict.currentState)),
                   true);
        return false;
    }
    if (!e.ok()) {
        showBanner(e.userMessage(), true);
        if (e.kind == DbError::Kind::ConnectionLost)
            report(e);
        return false;
    }
    m_drafts.remove(int(action));
    reload();
    m_banner->hide();
    const QString state = TransactionStates::text(m_detail.state);
    emit message(
        tr("Transaction %1: %2.").arg(Presenter::current().code(m_detail.reference), state));
    emit changed();
    return true;
}
