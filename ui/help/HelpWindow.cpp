#include "help/HelpWindow.h"

#include "help/HelpPages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpWindow::HelpWindow(std::function<BankHolidayCalendar()> calendar, QWidget* parent)
    : QDialog(parent), m_calendar(std::move(calendar)), m_browser(new QTextBrowser(this)),
      m_back(new QPushButton(tr("&Back"), this))
{
    setWindowTitle(tr("Common Ground Help"));
    m_browser->setAccessibleName(tr("Help page"));
    // Links between pages are followed here, through HelpPages; the pages link nowhere else.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        if (url.isRelative() && HelpPages::names().contains(name))
            showTopic(name);
    });
    auto* contents = new QPushButton(tr("&Contents"), this);
    connect(contents, &QPushButton::clicked, this, [this] { showTopic(QStringLiteral("contents")); });
    connect(m_back, &QPushButton::clicked, this, &HelpWindow::back);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* row = new QHBoxLayout;
    row->addWidget(m_back);
    row->addWidget(contents);
    row->addStretch();
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(row);
    resize(720, 640);
}

void HelpWindow::showTopic(const QString& name)
{
    const QString page = HelpPages::names().contains(name) ? name : QStringLiteral("contents");
    if (currentTopic() != page)
        m_history << page;
    display(page);
    show();
    raise();
    activateWindow();
}

void HelpWindow::back()
{
    if (m_history.size() < 2)
        return;
    m_history.removeLast();
    display(currentTopic());
}

void HelpWindow::display(const QString& name)
{
    m_browser->setHtml(HelpPages(m_calendar()).html(name));
    m_back->setEnabled(m_history.size() > 1);
    m_browser->setFocus();
}
