#include "platform/PasswordHasher.h"

#include <mutex>
#include <sodium.h>

namespace {
// sodium_init() is safe to call more than once, but once is enough.
bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

// The password's bytes, wiped from memory when done.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

PasswordHasher::Cost PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) {}

QByteArray PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return {};
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), m_cost.operations, m_cost.memoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& hash, const QString& password) const
{
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes secret(password);
    // crypto_pwhash_str_verify wants a NUL-terminated string; QByteArray has one.
    return crypto_pwhash_str_verify(hash.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& hash) const
{
    if (!sodiumReady())
        return false;
    // 1: other costs; -1: not an Argon2id hash at all. Both want a new hash.
    return crypto_pwhash_str_needs_rehash(hash.constData(), m_cost.operations, m_cost.memoryBytes) != 0;
}
