#include "domain/Route.h"

QString routeToString(Route route)
{
    switch (route) {
    case Route::Mediation:
        return QStringLiteral("mediation");
    case Route::DisagreementResolution:
        return QStringLiteral("disagreement_resolution");
    }
    return {};
}

std::optional<Route> routeFromString(const QString& text)
{
    for (Route route : {Route::Mediation, Route::DisagreementResolution}) {
        if (routeToString(route) == text)
            return route;
    }
    return std::nullopt;
}
