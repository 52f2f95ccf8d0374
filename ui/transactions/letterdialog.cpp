#include "transactions/letterdialog.h"

#include "common/arabictext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace DecisionLetter;

LetterDialog::LetterDialog(const QString &connectionName,
                           qint64 transactionId,
                           qint64 staffId,
                           QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_transactionId(transactionId)
    , m_staffId(staffId)
    , m_language(new QComboBox(this))
    , m_previewPrinter(new QPrinter(QPrinter::ScreenResolution))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Decision letter"));
    m_previewPrinter->setPageSize(QPageSize(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_ready)
            printLetter(m_letter, printer);
    });

    m_language->addItem(tr("Arabic"), QStringLiteral("ar"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    auto *languageLabel = new QLabel(tr("Letter &language:"), this);
    languageLabel->setBuddy(m_language);

    m_save = new QPushButton(tr("&Save PDF..."), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the letter as a PDF file and record it in the history (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_print = new QPushButton(tr("&Print..."), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(
        tr("Print the letter and record it in the history (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 860);

    // The applicant's language first.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const DbError e = loadLetterData(db, m_transactionId, QString(), &m_letter);
    m_ready = e.ok();
    if (m_ready)
        m_language->setCurrentIndex(m_letter.isArabic() ? 0 : 1);
    else
        showStatus(errorMessage(e), true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    m_save->setEnabled(m_ready);
    m_print->setEnabled(m_ready);
    m_language->setEnabled(m_ready);
    m_preview->setVisible(m_ready);
    m_preview->fitInView();
    m_preview->updatePreview();
}

LetterDialog::~LetterDialog()
{
    delete m_preview; // before the printer it paints on
    m_preview = nullptr;
    delete m_previewPrinter;
}

void LetterDialog::issue(QWidget *parent,
                         const QString &connectionName,
                         qint64 transactionId,
                         qint64 staffId)
{
    LetterDialog dialog(connectionName, transactionId, staffId, parent);
    dialog.exec();
}

QString LetterDialog::language() const
{
    return m_language->currentData().toString();
}

void LetterDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(language == QLatin1String("en") ? 1 : 0);
}

int LetterDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

QString LetterDialog::statusText() const
{
    return m_status->text();
}

QString LetterDialog::defaultFileName() const
{
    QString reference = m_letter.reference;
    reference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2.pdf").arg(reference, m_letter.language);
}

void LetterDialog::reload()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    LetterData data;
    const DbError e = loadLetterData(db, m_transactionId, language(), &data);
    if (!e.ok()) {
        showStatus(errorMessage(e), true);
        return;
    }
    m_letter = data;
    m_ready = true;
    m_preview->updatePreview();
}

void LetterDialog::showStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
}

bool LetterDialog::saveTo(const QString &path)
{
    if (!m_ready)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    LetterData data = m_letter;
    data.issuedAt = QDateTime::currentDateTimeUtc();
    bool written = false;
    int serial = 0;
    const DbError e = recordLetter(
        db,
        m_staffId,
        m_transactionId,
        QStringLiteral("pdf"),
        data.language,
        [&](int number, QString *why) {
            data.serial = number;
            written = writePdf(data, path, why);
            return written;
        },
        &serial);
    if (!e.ok()) {
        if (written) // the history does not say it was issued, so neither may the disk
            QFile::remove(path);
        showStatus(errorMessage(e), true);
        return false;
    }
    showStatus(tr("Letter %1 saved to %2 and recorded in the history.")
                   .arg(ArabicText::isolateLtr(data.letterNumber()),
                        ArabicText::isolateLtr(QDir::toNativeSeparators(path))),
               false);
    reload(); // the next letter carries the next number
    return true;
}

bool LetterDialog::printTo(QPrinter *printer)
{
    if (!m_ready)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    LetterData data = m_letter;
    data.issuedAt = QDateTime::currentDateTimeUtc();
    const DbError e = recordLetter(db,
                                   m_staffId,
                                   m_transactionId,
                                   QStringLiteral("print"),
                                   data.language,
                                   [&](int number, QString *why) {
                                       data.serial = number;
                                       if (printLetter(data, printer))
                                           return true;
                                       *why = tr("the printer could not be started");
                                       return false;
                                   });
    if (!e.ok()) {
        showStatus(errorMessage(e), true);
        return false;
    }
    showStatus(tr("Letter %1 sent to the printer and recorded in the history.")
                   .arg(ArabicText::isolateLtr(data.letterNumber())),
               false);
    reload();
    return true;
}

void LetterDialog::savePdf()
{
    if (!m_ready)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save the letter as PDF"),
                                                      QDir(folder).filePath(defaultFileName()),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    saveTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
               ? path
               : path + QStringLiteral(".pdf"));
}

void LetterDialog::print()
{
    if (!m_ready)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the letter"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
}
