#pragma once

#include "polls/poll.h"
#include "polls/pollservice.h"
#include "polls/pollvalidator.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class PollResultsView;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTextBrowser;
class QUndoStack;

// The poll designer's editor: the poll's titles, its question list (drag or Ctrl+Up/Down to
// reorder), the selected question and its options, each field's problems beside it, and a live
// preview of the citizen's view in Arabic and English side by side. Every edit is an undoable
// step on the QUndoStack (the whole poll before and after, typing in one field merged into one
// step). It runs no SQL: the page saves through PollService.
class PollEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PollEditor(QWidget *parent = nullptr);

    void setPoll(qint64 id, int version, const QString &state, const Polls::Poll &poll);
    const Polls::Poll &poll() const { return m_poll; }
    qint64 pollId() const { return m_id; }
    int version() const { return m_version; }
    bool isEditable() const { return m_state == QLatin1String("draft"); }
    // An approved poll (scheduled, open or closed): its texts alone change, as recorded text
    // revisions (a typo fixed); anything else makes a new version.
    bool isTextRevisable() const
    {
        return m_state == QLatin1String("scheduled") || m_state == QLatin1String("open")
               || m_state == QLatin1String("closed");
    }
    PollResultsView *results() const { return m_results; }
    // Shows the results tab (true) or the preview (false).
    void showResults(bool results);
    void setSaved(qint64 id, int version);
    QUndoStack *undoStack() const { return m_undo; }
    QList<QAction *> editActions() const;
    int currentQuestion() const { return m_current; }
    void selectQuestion(int index);
    // One undoable edit: the poll as it is to become. mergeKey > 0 merges successive edits of the
    // same field (typing) into one step.
    void edit(const Polls::Poll &after, int mergeKey = 0);
    void moveQuestion(int from, int to);
    // Moves an option of the selected question (Alt+Up / Alt+Down in the option list).
    void moveOption(int from, int to);
    QString state() const { return m_state; }
    // The problems shown now (for tests): field path -> sentence.
    QHash<QString, QString> shownProblems() const;
    QString previewHtml(const QString &language) const;

    // Called by the undo steps.
    void restore(const Polls::Poll &poll);

signals:
    void saveRequested();
    void closeRequested();
    void submitRequested();
    void approveRequested();
    void moveRequested(Polls::Move move);
    void newVersionRequested();
    void duplicateRequested();

protected:
    void changeEvent(class QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshQuestionList();
    void refreshQuestionEditor();
    void refreshProblems();
    void refreshSettings();
    void refreshShowIf();
    // Past approval: the texts changed by more than a typo (Polls::TypoRule), each at its field.
    QList<Polls::Problem> revisionProblems() const;
    QLabel *problemLabel(const QString &field);
    void bindText(QLineEdit *edit,
                  int mergeKey,
                  const std::function<void(Polls::Poll &, const QString &)> &set);

    Polls::Poll m_poll;
    Polls::Poll m_original; // as loaded or last saved: what a text revision starts from
    qint64 m_id = 0;
    int m_version = 0;
    QString m_state = QStringLiteral("draft");
    int m_current = -1;
    bool m_updating = false;
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_optionUpAction = nullptr;
    QAction *m_optionDownAction = nullptr;

    QLabel *m_titleArLabel = nullptr;
    QLabel *m_titleEnLabel = nullptr;
    QLineEdit *m_titleAr = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLabel *m_descriptionArLabel = nullptr;
    QLabel *m_descriptionEnLabel = nullptr;
    QLineEdit *m_descriptionAr = nullptr;
    QLineEdit *m_descriptionEn = nullptr;
    QLabel *m_audienceLabel = nullptr;
    QComboBox *m_audience = nullptr;
    QToolButton *m_places = nullptr; // municipalities: a menu of checkable names, none = all
    QToolButton *m_ages = nullptr;   // age bands, the same way
    QLabel *m_resultsLabel = nullptr;
    QComboBox *m_resultsShown = nullptr; // when the public sees results, in ResultsVisibility order
    QLabel *m_opensLabel = nullptr;
    QLabel *m_closesLabel = nullptr;
    QDateTimeEdit *m_opens = nullptr;
    QDateTimeEdit *m_closes = nullptr;
    QLabel *m_showIfLabel = nullptr;
    QComboBox *m_showIf = nullptr; // "always", then (earlier question, answer) pairs
    QLabel *m_questionsLabel = nullptr;
    QListWidget *m_questions = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_removeQuestion = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_textArLabel = nullptr;
    QLabel *m_textEnLabel = nullptr;
    QLineEdit *m_textAr = nullptr;
    QLineEdit *m_textEn = nullptr;
    QCheckBox *m_required = nullptr;
    QCheckBox *m_other = nullptr;
    QCheckBox *m_random = nullptr;
    QLabel *m_minLabel = nullptr;
    QLabel *m_maxLabel = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QTableWidget *m_options = nullptr;
    QPushButton *m_addOption = nullptr;
    QPushButton *m_removeOption = nullptr;
    QLabel *m_previewArLabel = nullptr;
    QLabel *m_previewEnLabel = nullptr;
    QTextBrowser *m_previewAr = nullptr;
    QTextBrowser *m_previewEn = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_openNow = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_newVersion = nullptr;
    QPushButton *m_duplicate = nullptr;
    QTabWidget *m_tabs = nullptr;
    PollResultsView *m_results = nullptr;
    QLabel *m_stateLabel = nullptr;
    // field path pattern ("title_ar", "q.text_ar", "q.options", ...) -> its label
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QString> m_shown;
};
