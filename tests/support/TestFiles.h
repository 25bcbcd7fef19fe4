#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <sys/types.h>

// Files on disk as the tests make and check them: inputs written for a
// program to read, and what a program left behind.
namespace TestFiles {

// Writes `data` to `path`; false when it could not be written in full.
bool write(const QString& path, const QByteArray& data);
// Writes `data` to `name` in `dir`; its path, or empty when it could not be
// written in full.
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& data);

// SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray sha256(const QString& path);

// The file's permission bits (0600 and the like); 07777, which no file here
// has, when there is no such file.
mode_t modeOf(const QString& path);

} // namespace TestFiles
