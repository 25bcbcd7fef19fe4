#include "cases/CaseDocumentsPanel.h"

#include "common/DesktopFiles.h"
#include "common/ItemViews.h"
#include "common/RecordTable.h"
#include "common/SortKeyItem.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "platform/PrivateFile.h"
#include "rules/CaseDocumentRules.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseDocumentRepository.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Column
{
    Title,
    Type,
    Size,
    AddedBy,
    AddedAt,
    ColumnCount
};

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

CaseDocumentsPanel::CaseDocumentsPanel(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId), m_table(new QTableWidget(0, ColumnCount, this)),
      m_hint(new QLabel(this)), m_add(new QPushButton(tr("&Add a document…"), this)),
      m_open(new QPushButton(tr("O&pen"), this)), m_saveAs(new QPushButton(tr("Sa&ve as…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    RecordTable::setUp(m_table, {tr("Title"), tr("Type"), tr("Size"), tr("Added by"), tr("Added")}, Title,
                       AddedAt, Qt::DescendingOrder);
    ItemViews::label(m_table, tr("Documents filed on the case"),
                     tr("One row a document: Enter opens it, Delete removes it"));
    m_table->installEventFilter(this);
    m_hint->setText(tr("Drop files here to file them on the case (at most %1 each).")
                        .arg(CaseDocumentRules::sizeText(CaseDocumentRules::kMaxBytes)));
    m_hint->setWordWrap(true);
    m_open->setToolTip(tr("Open the selected document in its program (Enter)"));
    m_remove->setToolTip(tr("Remove the selected document (Delete)"));
    setAcceptDrops(true);

    connect(m_add, &QPushButton::clicked, this, &CaseDocumentsPanel::addWithChooser);
    connect(m_open, &QPushButton::clicked, this, &CaseDocumentsPanel::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CaseDocumentsPanel::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &CaseDocumentsPanel::saveSelectedAs);
    connect(m_remove, &QPushButton::clicked, this, &CaseDocumentsPanel::removeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_context, &WorkContext::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            reload();
    });
    connect(m_context, &WorkContext::changedElsewhere, this, &CaseDocumentsPanel::reload);
    reload();
}

void CaseDocumentsPanel::reload()
{
    const qint64 selected = currentDocumentId();
    QList<CaseDocument> documents;
    if (StoreError error = CaseDocumentRepository(m_context->database()).listForCase(m_caseId, &documents))
        MessagePresenter::instance().showError(this, tr("The documents could not be read"), error.message());
    const QMimeDatabase types;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const CaseDocument& document : std::as_const(documents)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString type = types.mimeTypeForName(document.mimeType).comment();
        QList<QTableWidgetItem*> items{
            new QTableWidgetItem(document.title),
            new QTableWidgetItem(type.isEmpty() ? document.mimeType : type),
            new SortKeyItem(CaseDocumentRules::sizeText(document.sizeBytes), document.sizeBytes),
            new QTableWidgetItem(document.addedByName),
            new SortKeyItem(DateText::shortDateTime(document.addedAt), document.addedAt.toMSecsSinceEpoch())};
        items.at(Title)->setToolTip(document.fileName);
        items.at(Size)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int column = 0; column < items.size(); ++column) {
            items.at(column)->setData(Qt::UserRole, document.id);
            m_table->setItem(row, column, items.at(column));
        }
    }
    m_table->setSortingEnabled(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (documentIdAt(row) == selected)
            m_table->selectRow(row);
    }
    const bool any = !documents.isEmpty();
    if (any && m_table->currentRow() < 0)
        m_table->selectRow(0);
    m_context->gate(m_add, Action::EditCases);
    m_open->setEnabled(any);
    m_saveAs->setEnabled(any);
    m_context->gate(m_remove, Action::RemoveDocuments, any);
}

int CaseDocumentsPanel::documentCount() const
{
    return m_table->rowCount();
}

qint64 CaseDocumentsPanel::documentIdAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, Title);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 CaseDocumentsPanel::currentDocumentId() const
{
    return documentIdAt(m_table->currentRow());
}

bool CaseDocumentsPanel::addWithChooser()
{
    if (!m_add->isEnabled())
        return false;
    const QString path =
        FileChooser::instance().openFileName(this, tr("File a document on the case"), tr("All files (*)"));
    return !path.isEmpty() && addFiles({path}) == 1;
}

int CaseDocumentsPanel::addFiles(const QStringList& paths)
{
    int filed = 0;
    QStringList refused;
    CaseDocumentRepository repository(m_context->database());
    for (const QString& path : paths) {
        CaseDocument added;
        if (StoreError error = repository.addFile(m_caseId, path, QString(), &added))
            refused << error.message();
        else
            ++filed;
    }
    if (filed > 0)
        m_context->notifyCaseChanged(m_caseId);
    if (!refused.isEmpty())
        MessagePresenter::instance().showError(this, tr("Not every file was filed"),
                                               refused.join(QLatin1Char('\n')));
    return filed;
}

QString CaseDocumentsPanel::openSelected()
{
    const qint64 id = currentDocumentId();
    if (!id)
        return {};
    QByteArray bytes;
    CaseDocument document;
    if (StoreError error = CaseDocumentRepository(m_context->database())
                               .content(id, CaseDocumentRepository::Use::Open, &bytes, &document)) {
        MessagePresenter::instance().showError(this, tr("The document could not be opened"), error.message());
        return {};
    }
    QString reason;
    // The id keeps two documents of the same name apart.
    const QString path = DesktopFiles::write(
        QStringLiteral("%1-%2").arg(id).arg(QFileInfo(document.fileName).fileName()), bytes, &reason);
    if (path.isEmpty()) {
        MessagePresenter::instance().showError(this, tr("The document could not be opened"),
                                               tr("No private copy could be made: %1.").arg(reason));
        return {};
    }
    if (!DesktopFiles::open(path)) {
        MessagePresenter::instance().showError(
            this, tr("The document could not be opened"),
            tr("No program on this computer opens %1 files. Save As… writes a copy to open elsewhere.")
                .arg(document.mimeType));
        return {};
    }
    return path;
}

bool CaseDocumentsPanel::saveSelectedAs()
{
    const int row = m_table->currentRow();
    const qint64 id = currentDocumentId();
    if (!id)
        return false;
    const QString suggested = m_table->item(row, Title)->toolTip();
    const QString path = FileChooser::instance().saveFileName(this, tr("Save a copy of the document"),
                                                              suggested, tr("All files (*)"));
    if (path.isEmpty())
        return false;
    QByteArray bytes;
    if (StoreError error = CaseDocumentRepository(m_context->database())
                               .content(id, CaseDocumentRepository::Use::Export, &bytes)) {
        MessagePresenter::instance().showError(this, tr("The copy was not saved"), error.message());
        return false;
    }
    QString reason;
    if (!PrivateFile::write(path, bytes, &reason)) {
        MessagePresenter::instance().showError(
            this, tr("The copy was not saved"),
            tr("%1 could not be written: %2.").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

bool CaseDocumentsPanel::removeSelected()
{
    const qint64 id = currentDocumentId();
    if (!id || !m_remove->isEnabled())
        return false;
    const QString title = m_table->item(m_table->currentRow(), Title)->text();
    if (!MessagePresenter::instance().confirm(
            this, tr("Remove the document?"),
            tr("Remove %1 from the case? The audit trail keeps a record that it was filed and removed.")
                .arg(title)))
        return false;
    if (StoreError error = CaseDocumentRepository(m_context->database()).remove(id)) {
        MessagePresenter::instance().showError(this, tr("The document was not removed"), error.message());
        return false;
    }
    m_context->notifyCaseChanged(m_caseId);
    return true;
}

bool CaseDocumentsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseDocumentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_add->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseDocumentsPanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_add->isEnabled() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}
