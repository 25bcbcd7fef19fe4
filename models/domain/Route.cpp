#include "domain/Route.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kRoutes =
    enumTable<Route>("Route", {
                                  {Route::Mediation, "mediation", QT_TRANSLATE_NOOP("Route", "Mediation")},
                                  {Route::DisagreementResolution, "disagreement_resolution",
                                   QT_TRANSLATE_NOOP("Route", "Disagreement resolution")},
                              });
} // namespace

QString routeToString(Route route)
{
    return kRoutes.key(route);
}

std::optional<Route> routeFromString(const QString& text)
{
    return kRoutes.fromKey(text);
}

QString routeTitle(Route route)
{
    return kRoutes.title(route);
}
