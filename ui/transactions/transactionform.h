#pragma once

#include "auth/session.h"
#include "common/draftstore.h"
#include "db/actionreceipts.h"
#include "db/dberror.h"
#include "transactions/transactiondetail.h"
#include "transactions/transactionservice.h"

#include <QHash>
#include <QWidget>

class AttachmentPanel;
class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QToolButton;

// One transaction, as the clerk works on it: the application, its documents and history, a
// composer for internal notes and messages to the applicant, and the decisions. While the clerk
// holds it the claim is renewed; closing the form gives back a claim the clerk did not decide on.
// What the clerk typed survives reloads and lost races: a conflict says who changed what, and
// keeps the text.
class TransactionForm : public QWidget
{
    Q_OBJECT
public:
    using Action = TransactionService::Decision::Action;

    explicit TransactionForm(const Session &session, QWidget *parent = nullptr);
    ~TransactionForm() override;

    // Shows the transaction (claims nothing by itself). False if it could not be read.
    bool open(qint64 transactionId);
    // Reads the transaction and its history again; the composer and drafts are kept.
    bool reload();
    // Leaves the transaction: a claim not decided on returns to the queue (unless told not to).
    // Unsent text is kept for when the transaction is opened again in this session.
    void leave(bool releaseClaim = true);
    qint64 transactionId() const { return m_detail.id; }
    const TransactionDetail::Detail &detail() const { return m_detail; }

    // The actions of the form, with their shortcuts (for the shortcut sheet).
    QList<QAction *> shortcutActions() const;

    // Also what the keys and buttons do; public for tests.
    bool claim();
    bool release();
    bool decide(Action action, const TransactionService::Decision &decision);
    // Opens the decision dialog for the action (prefilled with the last unsaved draft).
    void requestDecision(Action action);
    bool addFromComposer();
    void setMessageMode(bool toApplicant);
    bool isMessageMode() const;
    void insertCannedResponse(int index);
    QPlainTextEdit *composer() const { return m_composer; }
    AttachmentPanel *documents() const { return m_documents; }
    void showDocumentsTab();
    QString bannerText() const;
    int historyCount() const;
    QString historyText(int row, int column) const;
    bool canDecide(Action action) const;
    // A decision letter can be issued: approved or rejected, by the clerk who decided.
    bool canIssueLetter() const;

signals:
    void closeRequested();
    void navigate(int step); // next (+1) or previous (-1) in the queue
    void changed();          // the transaction changed: the queue should refresh
    void message(const QString &text);
    void databaseError(const DbError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSqlDatabase db() const;
    void retranslate();
    void showDetail();
    void showHistory();
    void updateActions();
    void showBanner(const QString &text, bool warning);
    void renewLease();
    void loadCanned();
    void report(const DbError &error);

    const Session &m_session;
    TransactionDetail::Detail m_detail;
    QList<TransactionDetail::Event> m_events;
    QList<TransactionDetail::CannedResponse> m_canned;
    QHash<int, TransactionService::Decision> m_drafts; // by action: kept until it is saved
    ActionReceipts::Keys m_actionKeys; // by transaction and action: a retry is the same action
    QHash<qint64, QString> m_unsent;   // composer text of transactions left
    DraftStore m_store;                // the same, on disk: survives a crash or a kill
    QTimer *m_draftTimer = nullptr;    // writes the draft a moment after the last keystroke

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_holder = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_applicationPage = nullptr;
    QFormLayout *m_application = nullptr;
    AttachmentPanel *m_documents = nullptr;
    QLabel *m_missingDocuments = nullptr;
    QPair<qint64, bool> m_documentsShown{0, false}; // transaction, reviewable
    QTreeWidget *m_history = nullptr;
    QRadioButton *m_noteMode = nullptr;
    QRadioButton *m_messageMode = nullptr;
    QComboBox *m_cannedBox = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_addButton = nullptr;
    QHash<int, QPushButton *> m_decisionButtons;
    QPushButton *m_claimButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QTimer *m_leaseTimer = nullptr;
    void saveDraft();
    QString draftKey() const;
    QTimer *m_clock = nullptr;

    QAction *m_back = nullptr;
    QAction *m_claim = nullptr;
    QAction *m_release = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_toggleMode = nullptr;
    QAction *m_add = nullptr;
    QAction *m_cannedAction = nullptr;
    QAction *m_letter = nullptr;
    QPushButton *m_letterButton = nullptr;
    QHash<int, QAction *> m_decisionActions;
};
