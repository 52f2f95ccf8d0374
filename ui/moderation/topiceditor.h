#pragma once

#include "moderation/topicservice.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The editor of one topic: its bilingual title and text (Arabic required), its window, pinned,
// moderation before or after publication and the report threshold, each field's problem beside
// it as soon as it is typed; its state and counters; and the lifecycle steps its state allows.
// It runs no SQL: the page saves and moves the topic through TopicService.
class TopicEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TopicEditor(QWidget *parent = nullptr);

    // canEdit: the person is an editor (a moderator sees the topic read-only).
    void setTopic(const Topics::Topic &topic, const Topics::Counters &counters, bool canEdit);
    // The topic as the form holds it now (id, version and state as loaded).
    Topics::Topic topic() const;
    // Something typed or chosen differs from the topic as loaded.
    bool isChanged() const;
    void setSaved(qint64 id, int version);
    // The problems shown now (for tests): field -> sentence.
    QHash<QString, QString> shownProblems() const { return m_shown; }
    // Shows the problems of the form (and `extra`, a refusal naming a field) beside the fields.
    void refreshProblems(const Topics::Problem &extra = {});

signals:
    void saveRequested();
    void stepRequested(Topics::Step step);
    void closeRequested();

protected:
    void changeEvent(class QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QLabel *problemLabel(const QString &field);

    Topics::Topic m_loaded;
    Topics::Counters m_counters;
    bool m_canEdit = false;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QString> m_shown;

    QFormLayout *m_form = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_countersLabel = nullptr;
    QLineEdit *m_titleAr = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QPlainTextEdit *m_bodyAr = nullptr;
    QPlainTextEdit *m_bodyEn = nullptr;
    QDateTimeEdit *m_opensAt = nullptr;
    QDateTimeEdit *m_closesAt = nullptr;
    QCheckBox *m_pinned = nullptr;
    QComboBox *m_moderation = nullptr;
    QSpinBox *m_threshold = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_back = nullptr;
};
