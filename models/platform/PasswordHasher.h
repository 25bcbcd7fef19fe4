#pragma once

#include <QByteArray>
#include <QString>

// Argon2id password hashes through libsodium (crypto_pwhash_str). The hash
// string carries its salt and cost, so a stored hash made with lower costs
// still verifies; needsRehash() says when to store a new one.
class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long operations;
        size_t memoryBytes;
    };
    // libsodium's interactive cost (about 0.1 s and 64 MiB): the default.
    static Cost interactive();
    // The least libsodium allows: for tests only, where speed matters.
    static Cost minimum();

    explicit PasswordHasher(Cost cost = interactive());

    // An empty result means libsodium could not hash (out of memory).
    QByteArray hash(const QString& password) const;
    bool verify(const QByteArray& hash, const QString& password) const;
    // True when the hash was made with other costs than this hasher's.
    bool needsRehash(const QByteArray& hash) const;

private:
    Cost m_cost;
};
