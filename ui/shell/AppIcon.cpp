#include "shell/AppIcon.h"

namespace {
struct IconName
{
    AppIcon icon;
    const char* theme;   // the freedesktop.org icon naming specification's name
    const char* bundled; // resources/icons/ui/<name>.svg
};

constexpr IconName kIcons[] = {
    {AppIcon::Dashboard, "go-home", "dashboard"},
    {AppIcon::Cases, "folder-documents", "cases"},
    {AppIcon::Contacts, "x-office-address-book", "contacts"},
    {AppIcon::Calendar, "x-office-calendar", "calendar"},
    {AppIcon::Certificates, "application-certificate", "certificates"},
    {AppIcon::Reports, "x-office-spreadsheet", "reports"},
    {AppIcon::NewReferral, "document-new", "new-referral"},
    {AppIcon::NewDatabase, "document-new", "new-database"},
    {AppIcon::OpenDatabase, "document-open", "open-database"},
    {AppIcon::SharedDatabase, "network-server", "shared-database"},
    {AppIcon::Import, "document-import", "import"},
    {AppIcon::Quit, "application-exit", "quit"},
    {AppIcon::Councils, "applications-office", "councils"},
    {AppIcon::Venues, "mark-location", "venues"},
    {AppIcon::Retention, "archive-remove", "retention"},
    {AppIcon::About, "help-about", "about"},
};

const IconName* find(AppIcon icon)
{
    for (const IconName& name : kIcons) {
        if (name.icon == icon)
            return &name;
    }
    return nullptr;
}
} // namespace

QIcon bundledIcon(AppIcon icon)
{
    const IconName* name = find(icon);
    if (!name)
        return {};
    // White on the selection's colour, where the blue line would vanish.
    QIcon bundled(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(name->bundled)));
    bundled.addFile(QStringLiteral(":/icons/ui/selected/%1.svg").arg(QLatin1String(name->bundled)), QSize(),
                    QIcon::Selected);
    return bundled;
}

QIcon appIcon(AppIcon icon)
{
    const IconName* name = find(icon);
    return name ? QIcon::fromTheme(QLatin1String(name->theme), bundledIcon(icon)) : QIcon();
}
