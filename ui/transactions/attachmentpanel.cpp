#include "transactions/attachmentpanel.h"

#include "common/presenter.h"
#include "transactions/attachments/attachmentfetcher.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, FileColumn, SizeColumn, StateColumn, ColumnCount };
enum Page { MessagePage, ImagePage, PdfPage };

// Decoded images larger than this on either side are scaled down while reading: a phone photo
// of 50 megapixels must not take 200 MB to show in a side panel.
constexpr int maxImageSide = 2400;

} // namespace

AttachmentPanel::AttachmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_fetcher(new AttachmentFetcher(this))
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {FileColumn, SizeColumn, StateColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_accept = new QPushButton;
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject = new QPushButton;
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reviewMessage = new QLabel;
    m_reviewMessage->setObjectName(QStringLiteral("reviewMessage"));
    m_reviewMessage->setWordWrap(true);
    m_reviewMessage->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancelFetch"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_progress, 1);
    fetchRow->addWidget(m_cancel);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(fetchRow);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_reviewMessage);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_imageLabel = new QLabel;
    m_imageLabel->setObjectName(QStringLiteral("imagePreview"));
    m_imageLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_imageArea = new QScrollArea;
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_imageArea->installEventFilter(this);
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView;
    m_pdfView->setObjectName(QStringLiteral("pdfPreview"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("previewStack"));
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ImagePage, m_imageArea);
    m_stack->insertWidget(PdfPage, m_pdfView);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_stack, 1);

    // Mirrors by itself in Arabic: the list on the leading side, the preview beside it.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_list);

    auto *acceptKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    auto *rejectKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    for (QShortcut *s : {acceptKey, rejectKey})
        s->setContext(Qt::WidgetWithChildrenShortcut);
    connect(acceptKey, &QShortcut::activated, m_accept, &QPushButton::animateClick);
    connect(rejectKey, &QShortcut::activated, m_reject, &QPushButton::animateClick);
    connect(m_accept, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { review(false); });
    connect(m_cancel, &QPushButton::clicked, m_fetcher, &AttachmentFetcher::cancel);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentPanel::currentChanged);
    connect(m_fetcher, &AttachmentFetcher::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setValue(total > 0 ? int(1000 * double(received) / double(total)) : 0);
    });
    connect(m_fetcher, &AttachmentFetcher::finished, this, &AttachmentPanel::fetched);

    retranslate();
    clear();
}

AttachmentPanel::~AttachmentPanel()
{
    m_fetcher->disconnect(this);
    m_pdfView->setDocument(nullptr);
    // Qt 6.4's QPdfView renders in a thread its renderer stops but never deletes; switching the
    // renderer back to the main thread deletes it (LeakSanitizer found one leaked per panel).
    if (auto *renderer = m_pdfView->findChild<QPdfPageRenderer *>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
}

void AttachmentPanel::setTransaction(const QString &connectionName,
                                     qint64 transactionId,
                                     qint64 staffId,
                                     bool canReview)
{
    const bool same = connectionName == m_connection && transactionId == m_transactionId;
    m_connection = connectionName;
    m_transactionId = transactionId;
    m_staffId = staffId;
    m_canReview = canReview;
    setReviewMessage({}, false);
    if (!same) {
        m_fetcher->cancel();
        m_shownId = 0;
        m_shownSha.clear();
        m_verified = false;
    }
    populate(same ? currentAttachmentId() : 0);
}

void AttachmentPanel::clear()
{
    m_fetcher->cancel();
    m_connection.clear();
    m_transactionId = 0;
    m_items.clear();
    m_list->clear();
    m_shownId = 0;
    m_shownSha.clear();
    m_verified = false;
    m_progress->hide();
    m_cancel->hide();
    m_title->clear();
    showMessage([] { return tr("No transaction is open."); }, Preview::None);
    updateActions();
}

void AttachmentPanel::reload()
{
    if (m_transactionId)
        populate(currentAttachmentId());
}

qint64 AttachmentPanel::currentAttachmentId() const
{
    const AttachmentReview::Attachment *a = current();
    return a ? a->id : 0;
}

QString AttachmentPanel::previewMessage() const
{
    return m_stack->currentIndex() == MessagePage ? m_message->text() : QString();
}

QString AttachmentPanel::reviewMessage() const
{
    return m_reviewMessage->isHidden() ? QString() : m_reviewMessage->text();
}

const AttachmentReview::Attachment *AttachmentPanel::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int row = m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item));
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void AttachmentPanel::populate(qint64 select)
{
    QList<AttachmentReview::Attachment> items;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Presenter &p = Presenter::current();
    const DbError e = AttachmentReview::list(db, m_transactionId, p.language(), &items);
    if (!e.ok()) {
        setReviewMessage(e.userMessage(), true);
        return; // the list as it was
    }
    const QSignalBlocker block(m_list);
    m_items = items;
    m_list->clear();
    QTreeWidgetItem *selected = nullptr;
    for (const AttachmentReview::Attachment &a : std::as_const(m_items)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, a.documentName);
        // File names are Latin text: isolated, so that they read right inside Arabic.
        item->setText(FileColumn, p.code(a.fileName));
        // "32.6 KiB" stays in that order inside Arabic.
        item->setText(SizeColumn,
                      QChar(0x2066) + p.digitsOf(p.locale().formattedDataSize(a.size, 1))
                          + QChar(0x2069));
        item->setText(StateColumn, AttachmentReview::stateText(a.reviewState));
        item->setToolTip(FileColumn, a.fileName);
        if (a.reviewState == QLatin1String("rejected"))
            item->setForeground(StateColumn, QColor(0xb0, 0x20, 0x20));
        else if (a.reviewState == QLatin1String("accepted"))
            item->setForeground(StateColumn, QColor(0x1b, 0x6e, 0x20));
        if (a.id == select || (!selected && select == 0))
            selected = item;
    }
    if (!selected && m_list->topLevelItemCount() > 0)
        selected = m_list->topLevelItem(0);
    m_list->setCurrentItem(selected);
    if (m_items.isEmpty()) {
        m_title->clear();
        showMessage([] { return tr("The applicant attached no documents to this transaction."); });
    }
    currentChanged();
}

void AttachmentPanel::currentChanged()
{
    const AttachmentReview::Attachment *a = current();
    if (!a) {
        updateActions();
        return;
    }
    // The paragraph follows the UI language, whichever script the name starts with.
    const Presenter &p = Presenter::current();
    m_title->setText(QChar(p.isArabic() ? 0x200F : 0x200E) + a->documentName
                     + QStringLiteral(" \u2014 ") + p.code(a->fileName));
    if (a->id == m_shownId && a->sha256 == m_shownSha) {
        updateActions(); // already on screen (or on its way)
        return;
    }
    m_shownId = a->id;
    m_shownSha = a->sha256;
    m_verified = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    showMessage([] { return tr("Downloading and verifying the document\u2026"); },
                Preview::Loading);
    updateActions();
    m_fetcher->fetch(a->info());
}

void AttachmentPanel::fetched(const AttachmentFetchResult &result)
{
    if (result.attachmentId != m_shownId)
        return; // a fetch that was replaced by another
    m_progress->hide();
    m_cancel->hide();
    const AttachmentReview::Attachment *a = current();
    if (!result.ok || !a || a->id != result.attachmentId) {
        m_verified = false;
        if (result.error == AttachmentFetchResult::Error::Cancelled)
            m_shownId = 0; // selecting it again fetches again
        const auto error = result.error;
        const int status = result.httpStatus;
        showMessage([error, status] { return AttachmentFetcher::errorMessage(error, status); });
        updateActions();
        return;
    }
    if (a->mimeType.startsWith(QLatin1String("image/")))
        showImage(result.localPath);
    else if (a->mimeType == QLatin1String("application/pdf"))
        showPdf(result.localPath);
    else
        showMessage([mime = a->mimeType] {
            return tr("The document is verified, but Diwan cannot show files of this kind (%1).")
                .arg(mime);
        });
    m_verified = true;
    updateActions();
}

void AttachmentPanel::showImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxImageSide || size.height() > maxImageSide))
        reader.setScaledSize(size.scaled(maxImageSide, maxImageSide, Qt::KeepAspectRatio));
    m_image = reader.read();
    if (m_image.isNull()) {
        showMessage(
            [] { return tr("The document is verified, but it is not a picture Diwan can show."); });
        return;
    }
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    m_stack->setCurrentIndex(ImagePage);
    m_preview = Preview::Image;
    fitImage();
    emit previewChanged();
}

void AttachmentPanel::fitImage()
{
    if (m_image.isNull())
        return;
    // Fit to width (leaving room for the scroll bar, so that its coming and going does not
    // resize the picture again), never blown up more than twice.
    const int width = std::max(32,
                               m_imageArea->contentsRect().width()
                                   - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 8);
    const int target = std::min(width, m_image.width() * 2);
    m_imageLabel->setPixmap(
        QPixmap::fromImage(m_image.scaledToWidth(target, Qt::SmoothTransformation)));
}

void AttachmentPanel::showPdf(const QString &path)
{
    m_image = QImage();
    m_imageLabel->clear();
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    if (m_pdf->load(path) != QPdfDocument::Error::None || m_pdf->pageCount() < 1) {
        showMessage([] {
            return tr("The document is verified, but it is not a PDF file Diwan can show.");
        });
        return;
    }
    m_pdfView->setDocument(m_pdf);
    m_stack->setCurrentIndex(PdfPage);
    m_preview = Preview::Pdf;
    emit previewChanged();
}

void AttachmentPanel::showMessage(const std::function<QString()> &text, Preview kind)
{
    m_messageText = text;
    m_image = QImage();
    m_imageLabel->clear();
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    m_message->setText(text());
    // Failures in the ministry's red; waiting and empty states in the ordinary text colour.
    m_message->setStyleSheet(kind == Preview::Message ? QStringLiteral("color: #b02020;")
                                                      : QString());
    m_stack->setCurrentIndex(MessagePage);
    m_preview = kind;
    emit previewChanged();
}

void AttachmentPanel::review(bool accepted)
{
    const AttachmentReview::Attachment *a = current();
    if (!a || !m_canReview || (accepted ? !m_accept->isEnabled() : !m_reject->isEnabled()))
        return;
    const qint64 id = a->id;
    const int version = a->version;
    const QString name = a->documentName;
    QString reason;
    if (!accepted) {
        bool ok = false;
        reason = QInputDialog::getText(this,
                                       tr("Reject document"),
                                       tr("Why is \u201c%1\u201d rejected? The reason is kept "
                                          "in the transaction's history.")
                                           .arg(name),
                                       QLineEdit::Normal,
                                       QString(),
                                       &ok)
                     .trimmed();
        if (!ok)
            return;
        if (reason.isEmpty()) {
            setReviewMessage(tr("Say why the document is rejected; nothing was changed."), true);
            return;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const DbError e = AttachmentReview::review(db, m_staffId, id, version, accepted, reason);
    if (!e.ok()) {
        setReviewMessage(AttachmentReview::userMessage(e), true);
        populate(id); // what the database holds now
        return;
    }
    setReviewMessage(accepted ? tr("\u201c%1\u201d accepted.").arg(name)
                              : tr("\u201c%1\u201d rejected.").arg(name),
                     false);
    populate(id);
    emit reviewed();
}

void AttachmentPanel::updateActions()
{
    const AttachmentReview::Attachment *a = current();
    const bool fetching = m_fetcher->isBusy();
    // Accepting needs the verified file on screen; a file that cannot be verified can still be
    // rejected (its reason says why).
    m_accept->setEnabled(m_canReview && a && m_verified && a->id == m_shownId
                         && a->reviewState != QLatin1String("accepted"));
    m_reject->setEnabled(m_canReview && a && !fetching
                         && a->reviewState != QLatin1String("rejected"));
    m_accept->setVisible(m_canReview);
    m_reject->setVisible(m_canReview);
}

void AttachmentPanel::setReviewMessage(const QString &text, bool error)
{
    m_reviewMessage->setText(text);
    m_reviewMessage->setStyleSheet(error ? QStringLiteral("color: #b02020;") : QString());
    m_reviewMessage->setVisible(!text.isEmpty());
}

void AttachmentPanel::retranslate()
{
    m_list->setHeaderLabels(
        {tr("Document"), tr("File", "the file name"), tr("Size"), tr("Review")});
    m_accept->setText(tr("Accept document"));
    m_accept->setToolTip(tr("Accept the selected document (Ctrl+Shift+A)"));
    m_reject->setText(tr("Reject document\u2026"));
    m_reject->setToolTip(tr("Reject the selected document, with a reason (Ctrl+Shift+R)"));
    m_cancel->setText(tr("Cancel"));
    m_list->setAccessibleName(tr("Documents"));
    if (m_messageText)
        m_message->setText(m_messageText());
}

void AttachmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_transactionId)
            populate(currentAttachmentId()); // names and sizes in the new language
    }
    QWidget::changeEvent(event);
}

bool AttachmentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_imageArea && event->type() == QEvent::Resize)
        fitImage();
    return QWidget::eventFilter(watched, event);
}
