#pragma once

#include "polls/pollresults.h"

#include <QWidget>

class QCheckBox;
class QTextBrowser;

// A poll's results in the designer, in the UI language: per question each option's count, share
// and 95% confidence interval (Wilson), responses per day, and a warning naming the segments with
// fewer than 30 responses. Per segment (gender, age band, ...) a compact table: the share of
// each answer within the segment, readable at a glance at 1280x800 without scrolling sideways;
// its count and interval in the cell's tooltip, or in the cell with "Counts and intervals".
// Shows what PollResults read from the rollups; runs no SQL.
class PollResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit PollResultsView(QWidget *parent = nullptr);
    void setResults(const Polls::PollResults &results);
    QString html() const;
    QTextBrowser *browser() const { return m_view; }
    // The segment tables with each cell's count and 95% interval under its share (wider).
    void setSegmentDetails(bool details);
    bool segmentDetails() const;

protected:
    void changeEvent(class QEvent *event) override;

private:
    void render();

    Polls::PollResults m_results;
    QCheckBox *m_details = nullptr;
    QTextBrowser *m_view = nullptr;
};
