#pragma once

#include "domain/Contact.h"
#include "domain/Organisation.h"

#include <QStringList>

// What is wrong with a directory entry before it is saved, in words the
// caseworker can act on (one problem a line); empty when it can be saved.
// Shared by the repositories and the CSV import.
namespace DirectoryValidation {
QStringList organisationProblems(const Organisation& organisation);
QStringList contactProblems(const Contact& contact);
} // namespace DirectoryValidation
