#pragma once

#include "documents/EmailDraft.h"
#include "store/infrastructure/StoreError.h"

#include <QString>
#include <functional>

class QWidget;

// An email draft handed to the desktop's mail program, alike from every
// screen that makes one (a certificate, an invitation or confirmation, an
// action plan): written as an .eml through DesktopFiles, recorded (the
// timeline and the audit trail, by `record`), then opened; the person is told
// when no mail program opened it (and where it is) or when it has no address.
namespace MailProgram {

// False (and a message titled `title`) when the draft could not be written;
// a failure to record is shown but the draft is still opened.
bool openDraft(QWidget* parent, const QString& title, const QString& fileName, const EmailDraft& draft,
               const std::function<StoreError()>& record, const QString& whenNoAddress);

} // namespace MailProgram
