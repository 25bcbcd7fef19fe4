#include "cases/CaseImportMappingPage.h"

#include "cases/CaseImportWizard.h"
#include "common/FieldMessage.h"
#include "common/ItemViews.h"
#include "store/cases/CaseImport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
enum Column
{
    HeadingColumn,
    ChoiceColumn,
    ExampleColumn,
};

QString settingsName()
{
    return QStringLiteral("columns");
}
} // namespace

CaseImportMappingPage::CaseImportMappingPage(CaseImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(this)),
      m_message(new FieldMessage(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Say which column of the import each heading of the file holds. Headings left at "
                   "(ignore) are not read."));
    auto* label = new QLabel(tr("&Headings in the file:"), this);
    label->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("mapping"));
    ItemViews::label(m_table, tr("Headings in the file and the columns they are read as"),
                     tr("One row a heading of the file, with the column it is read as"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Heading in the file"), tr("Read as"), tr("First row")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    auto* required =
        new QLabel(tr("A case needs child_given_name, child_family_name, council, enquiry_date, route and "
                      "referrer; the columns are described in the manual's \"Cases in CSV\"."),
                   this);
    required->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(required);
}

void CaseImportMappingPage::initializePage()
{
    const QStringList& headings = m_wizard->headings();
    const QStringList& example = m_wizard->example();
    const QVariantMap remembered = QSettings().value(m_wizard->settingsKey(settingsName())).toMap();
    const QStringList columns = CaseImport::columns();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(headings.size()));
    m_choosers.clear();
    for (int row = 0; row < headings.size(); ++row) {
        const QString heading = headings.at(row).trimmed();
        const QString key = heading.toLower();
        auto* headingItem = new QTableWidgetItem(heading);
        headingItem->setToolTip(heading);
        m_table->setItem(row, HeadingColumn, headingItem);
        auto* exampleItem = new QTableWidgetItem(example.value(row).trimmed());
        exampleItem->setToolTip(exampleItem->text());
        m_table->setItem(row, ExampleColumn, exampleItem);

        auto* chooser = new QComboBox(m_table);
        chooser->setAccessibleName(tr("Column for the heading %1").arg(heading));
        chooser->addItem(tr("(ignore)"), QString());
        for (const QString& column : columns)
            chooser->addItem(column, column);
        // What was chosen for this heading before; else the heading itself when it is a column.
        const QString preset = remembered.contains(key) ? remembered.value(key).toString()
                               : columns.contains(key)  ? key
                                                        : QString();
        chooser->setCurrentIndex(std::max(0, chooser->findData(preset)));
        connect(chooser, &QComboBox::currentIndexChanged, this, [this] {
            showRefusal();
            emit completeChanged();
        });
        m_table->setCellWidget(row, ChoiceColumn, chooser);
        m_choosers << chooser;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(HeadingColumn, std::clamp(m_table->columnWidth(HeadingColumn), 160, 320));
    m_table->setColumnWidth(ChoiceColumn, std::max(m_table->columnWidth(ChoiceColumn), 240));
    showRefusal();
}

QComboBox* CaseImportMappingPage::chooserFor(const QString& heading) const
{
    const QStringList& headings = m_wizard->headings();
    for (int i = 0; i < headings.size() && i < m_choosers.size(); ++i) {
        if (headings.at(i).trimmed().compare(heading.trimmed(), Qt::CaseInsensitive) == 0)
            return m_choosers.at(i);
    }
    return nullptr;
}

QHash<QString, QString> CaseImportMappingPage::chosen() const
{
    QHash<QString, QString> mapping;
    const QStringList& headings = m_wizard->headings();
    for (int i = 0; i < headings.size() && i < m_choosers.size(); ++i)
        mapping.insert(headings.at(i).trimmed().toLower(), m_choosers.at(i)->currentData().toString());
    return mapping;
}

QString CaseImportMappingPage::refusal() const
{
    const QStringList& headings = m_wizard->headings();
    QHash<QString, QString> headingOf; // column -> the first heading chosen for it
    for (int i = 0; i < headings.size() && i < m_choosers.size(); ++i) {
        const QString column = m_choosers.at(i)->currentData().toString();
        if (column.isEmpty())
            continue;
        if (headingOf.contains(column))
            return tr("%1 is chosen for both \"%2\" and \"%3\": a column can be read from one heading "
                      "only, so choose another column, or (ignore), for one of them.")
                .arg(column, headingOf.value(column), headings.at(i).trimmed());
        headingOf.insert(column, headings.at(i).trimmed());
    }
    return {};
}

void CaseImportMappingPage::showRefusal()
{
    const QString why = refusal();
    if (why.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(why);
}

bool CaseImportMappingPage::isComplete() const
{
    return refusal().isEmpty();
}

bool CaseImportMappingPage::validatePage()
{
    if (!isComplete()) {
        showRefusal();
        return false;
    }
    const QHash<QString, QString> mapping = chosen();
    // Remembered for the next file from the same system; other headings kept.
    QSettings settings;
    QVariantMap remembered = settings.value(m_wizard->settingsKey(settingsName())).toMap();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!it.key().isEmpty())
            remembered.insert(it.key(), it.value());
    }
    settings.setValue(m_wizard->settingsKey(settingsName()), remembered);
    m_wizard->setMapping(mapping);
    return true;
}
