#pragma once

#include "polls/pollresults.h"

#include <QWidget>

class QTextBrowser;

// A poll's results in the designer, in the UI language: per question each option's count, share
// and 95% confidence interval (Wilson), responses per day, and a warning naming the segments with
// fewer than 30 responses. Shows what PollResults read from the rollups; runs no SQL.
class PollResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit PollResultsView(QWidget *parent = nullptr);
    void setResults(const Polls::PollResults &results);
    QString html() const;

protected:
    void changeEvent(class QEvent *event) override;

private:
    void render();

    Polls::PollResults m_results;
    QTextBrowser *m_view = nullptr;
};
