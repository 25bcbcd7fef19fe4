#include "cases/QuickOpenDialog.h"

#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "domain/CaseDetails.h"
#include "domain/CaseStage.h"
#include "store/cases/CaseListQuery.h"
#include "store/cases/CaseRepository.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Long enough that a word typed at speed is one search, short enough to feel immediate.
constexpr int kTypingPauseMs = 150;

void addMatch(QListWidget* list, qint64 id, const QString& reference, const QString& child,
              const QString& parent, const QString& stage)
{
    QString text = QStringLiteral("%1  %2").arg(reference, child);
    if (!parent.isEmpty())
        text += QStringLiteral("  ·  ") + parent;
    if (!stage.isEmpty())
        text += QStringLiteral("  ·  ") + stage;
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
}
} // namespace

QuickOpenDialog::QuickOpenDialog(WorkContext* context, QList<qint64> recent, QWidget* parent)
    : QDialog(parent), m_context(context), m_recent(std::move(recent)), m_text(new QLineEdit(this)),
      m_matches(new QListWidget(this)), m_status(new QLabel(this)), m_pause(new QTimer(this))
{
    setWindowTitle(tr("Open a Case"));
    m_text->setPlaceholderText(tr("Reference, or the child's or parent's name"));
    m_text->setAccessibleName(tr("Find a case"));
    m_text->setClearButtonEnabled(true);
    ItemViews::label(m_matches, tr("Matching cases"), tr("Up and Down choose a case; Enter opens it"));
    m_matches->setFocusPolicy(Qt::NoFocus); // the typing stays in the field; arrows move the choice
    m_status->setAccessibleName(tr("Matches"));
    auto* label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_matches, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 380);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &QuickOpenDialog::searchNow);
    connect(m_text, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_matches, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickOpenDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Open only when there is a case to open (nothing typed yet, or nothing matched, is not one).
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    connect(m_matches, &QListWidget::currentRowChanged, open,
            [open](int row) { open->setEnabled(row >= 0); });
    m_text->installEventFilter(this);
    showRecent();
    open->setEnabled(m_matches->currentRow() >= 0);
}

void QuickOpenDialog::showRecent()
{
    m_matches->clear();
    if (m_context->isOpen()) {
        CaseRepository cases(m_context->database(), m_context->calendar());
        for (qint64 id : m_recent) {
            CaseDetails details;
            if (cases.load(id, &details).ok())
                addMatch(m_matches, id, details.reference, details.referral.child.fullName(),
                         details.referral.parent.fullName(), caseStageTitle(details.stage));
        }
    }
    m_status->setText(m_matches->count() > 0 ? tr("Recent cases") : tr("Type a reference or a name"));
    m_matches->setCurrentRow(m_matches->count() > 0 ? 0 : -1);
}

void QuickOpenDialog::searchNow()
{
    m_pause->stop();
    const QString text = m_text->text().trimmed();
    if (text.isEmpty() || !m_context->isOpen()) {
        showRecent();
        return;
    }
    CaseListFilter filter;
    filter.search = text;
    filter.includeClosed = true;
    CaseListQuery query(m_context->database());
    query.setFilter(filter, m_context->today());
    query.setSort(CaseListQuery::Column::Reference, Qt::DescendingOrder); // the newest case first
    QList<CaseListRow> rows;
    m_matches->clear();
    if (StoreError error = query.fetch(0, kShown + 1, &rows)) {
        m_status->setText(error.message());
        return;
    }
    for (const CaseListRow& row : rows.mid(0, kShown))
        addMatch(m_matches, row.id, row.reference, row.childName, row.parentName, caseStageTitle(row.stage));
    m_status->setText(rows.isEmpty() ? tr("No case matches \"%1\"").arg(text)
                      : rows.size() > kShown
                          ? tr("The first %1 matches: type more to narrow them").arg(kShown)
                          : tr("%n match(es)", nullptr, static_cast<int>(rows.size())));
    m_matches->setCurrentRow(rows.isEmpty() ? -1 : 0);
}

bool QuickOpenDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            const int step = key == Qt::Key_Down       ? 1
                             : key == Qt::Key_Up       ? -1
                             : key == Qt::Key_PageDown ? 5
                                                       : -5;
            if (m_matches->count() > 0)
                m_matches->setCurrentRow(qBound(0, m_matches->currentRow() + step, m_matches->count() - 1));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_pause->isActive())
                searchNow(); // Enter straight after typing opens what was typed
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpenDialog::choose()
{
    QListWidgetItem* item = m_matches->currentItem();
    if (!item)
        return;
    m_chosen = item->data(Qt::UserRole).toLongLong();
    accept();
}
