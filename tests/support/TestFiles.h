#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

} // namespace TestFiles
