#pragma once

#include "transactions/attachments/attachmentreview.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <functional>

class AttachmentFetcher;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

// The "Documents" tab of the transaction form: the transaction's attachments in a list, the
// selected one fetched (progress, Cancel), verified against its row and only then previewed
// beside the list (images fit to width, PDFs page by page), and, for the clerk holding the
// transaction, Accept / Reject (Ctrl+Shift+A / Ctrl+Shift+R; a rejection asks for its reason).
// A failed fetch or review shows one clear sentence and changes nothing.
class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Preview { None, Loading, Image, Pdf, Message };

    explicit AttachmentPanel(QWidget *parent = nullptr);
    ~AttachmentPanel() override;

    // Shows the documents of `transactionId`, read over the connection `connectionName`;
    // canReview: the clerk `staffId` holds the transaction and may accept or reject.
    void setTransaction(const QString &connectionName,
                        qint64 transactionId,
                        qint64 staffId,
                        bool canReview);
    void clear();
    // Reads the list again (after a change elsewhere), keeping the selection.
    void reload();

    // The fetcher, for its settings (cache location, timeouts).
    AttachmentFetcher *fetcher() const { return m_fetcher; }
    Preview preview() const { return m_preview; }
    QString previewMessage() const;
    QString reviewMessage() const;
    qint64 currentAttachmentId() const;
    int documentCount() const { return int(m_items.size()); }

signals:
    // A document was accepted or rejected: the form refreshes its history.
    void reviewed();
    // The preview area changed (a document shown, a message, loading).
    void previewChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void populate(qint64 select);
    void currentChanged();
    void fetched(const AttachmentFetchResult &result);
    void showImage(const QString &path);
    void showPdf(const QString &path);
    // The text is a function so that it can be said again in the other language.
    void showMessage(const std::function<QString()> &text, Preview kind = Preview::Message);
    void fitImage();
    void review(bool accepted);
    void updateActions();
    void setReviewMessage(const QString &text, bool error);
    const AttachmentReview::Attachment *current() const;

    QString m_connection;
    qint64 m_transactionId = 0;
    qint64 m_staffId = 0;
    bool m_canReview = false;
    QList<AttachmentReview::Attachment> m_items;
    qint64 m_shownId = 0;    // the document whose fetch the preview area shows
    QString m_shownSha;      // ... and its checksum
    bool m_verified = false; // the shown document was verified and previewed
    Preview m_preview = Preview::None;
    QImage m_image;
    std::function<QString()> m_messageText;

    AttachmentFetcher *m_fetcher = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_reviewMessage = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
};
