#pragma once

#include "store/infrastructure/StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

// A save the store refused because another desk saved the record first
// (StoreError::Kind::Conflict, whose message names who and when): every form
// says so alike and offers to reload the record, which replaces what is on
// screen with what is stored. Declining keeps what was typed, to copy.
class ChangedElsewhere
{
    Q_DECLARE_TR_FUNCTIONS(ChangedElsewhere)

public:
    // Whether `error` is such a refusal; if so it has been said, and `reload`
    // run when the person chose to reload. Any other error is the caller's.
    static bool offer(QWidget* parent, const QString& title, const StoreError& error,
                      const std::function<void()>& reload);
};
