#include "platform/NativeFiles.h"

#include <QDir>
#include <QFileInfo>
#include <aclapi.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sddl.h>
#include <windows.h>

// Windows keeps who may read a file in its access control list, not in mode
// bits: an owner-only file or folder gets a protected list (nothing inherited
// from the folder above) with one entry, full control for the user running
// the program.
namespace {
std::wstring nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
}

bool fail(QString* error, DWORD code)
{
    if (!error)
        return false;
    wchar_t* text = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                            FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    *error = length ? QString::fromWCharArray(text, static_cast<int>(length)).trimmed()
                    : QStringLiteral("system error %1").arg(code);
    LocalFree(text);
    return false;
}

bool failWithErrno(QString* error, int code)
{
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(code));
    return false;
}

// The security descriptor "only the current user, nothing inherited".
class OwnerOnly
{
public:
    OwnerOnly()
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
            return;
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::unique_ptr<BYTE[]> buffer(new BYTE[size]);
        wchar_t* sid = nullptr;
        if (GetTokenInformation(token, TokenUser, buffer.get(), size, &size) &&
            ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.get())->User.Sid, &sid)) {
            const std::wstring sddl = L"D:P(A;OICI;FA;;;" + std::wstring(sid) + L")";
            ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &m_descriptor,
                                                                 nullptr);
            LocalFree(sid);
        }
        CloseHandle(token);
        m_attributes.nLength = sizeof(m_attributes);
        m_attributes.lpSecurityDescriptor = m_descriptor;
        m_attributes.bInheritHandle = FALSE;
    }
    ~OwnerOnly() { LocalFree(m_descriptor); }
    OwnerOnly(const OwnerOnly&) = delete;
    OwnerOnly& operator=(const OwnerOnly&) = delete;

    bool valid() const { return m_descriptor != nullptr; }
    SECURITY_ATTRIBUTES* attributes() { return &m_attributes; }
    // Puts the owner-only list on an open file (a reused leftover keeps the
    // list it was made with otherwise).
    bool applyTo(HANDLE handle) const
    {
        BOOL present = FALSE;
        BOOL defaulted = FALSE;
        PACL dacl = nullptr;
        if (!GetSecurityDescriptorDacl(m_descriptor, &present, &dacl, &defaulted))
            return false;
        return SetSecurityInfo(handle, SE_FILE_OBJECT,
                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                               nullptr, dacl, nullptr) == ERROR_SUCCESS;
    }

private:
    PSECURITY_DESCRIPTOR m_descriptor = nullptr;
    SECURITY_ATTRIBUTES m_attributes{};
};
} // namespace

bool NativeFiles::writeOwnerOnly(const QString& path, const QByteArray& data, WriteFault fault,
                                 QString* error)
{
    OwnerOnly security;
    if (!security.valid())
        return fail(error, GetLastError());
    // FILE_FLAG_OPEN_REPARSE_POINT: a link planted at the name is not followed.
    HANDLE file = CreateFileW(nativePath(path).c_str(), GENERIC_WRITE | WRITE_DAC, 0, security.attributes(),
                              CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return fail(error, GetLastError());
    auto abandon = [&](DWORD code) {
        CloseHandle(file);
        return fail(error, code);
    };
    if (!security.applyTo(file))
        return abandon(GetLastError());
    const char* next = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        qint64 allowed = std::min<qint64>(left, 1 << 30);
        if (fault) {
            allowed = fault(next - data.constData(), left);
            if (allowed < 0) {
                const int code = errno;
                CloseHandle(file);
                return failWithErrno(error, code);
            }
        }
        DWORD written = 0;
        if (allowed > 0 && !WriteFile(file, next, static_cast<DWORD>(allowed), &written, nullptr))
            return abandon(GetLastError());
        if (written == 0)
            return abandon(ERROR_DISK_FULL);
        next += written;
        left -= written;
    }
    if (!FlushFileBuffers(file))
        return abandon(GetLastError());
    if (!CloseHandle(file))
        return fail(error, GetLastError());
    return true;
}

bool NativeFiles::replace(const QString& from, const QString& to, QString* error)
{
    if (!MoveFileExW(nativePath(from).c_str(), nativePath(to).c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fail(error, GetLastError());
    return true;
}

bool NativeFiles::makeOwnerOnlyFolder(const QString& path, QString* error)
{
    OwnerOnly security;
    if (!security.valid())
        return fail(error, GetLastError());
    if (!CreateDirectoryW(nativePath(path).c_str(), security.attributes()) &&
        GetLastError() != ERROR_ALREADY_EXISTS)
        return fail(error, GetLastError());
    return true;
}

bool NativeFiles::syncToDisk(const QString& path)
{
    // A folder's entries are written through by NTFS; the file is flushed.
    HANDLE file = CreateFileW(nativePath(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                              nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(file);
    CloseHandle(file);
    return ok;
}

bool NativeFiles::canWrite(const QString& path)
{
    const std::wstring name = nativePath(path);
    if (QFileInfo(path).isDir()) {
        // The access list decides, not the read-only attribute: try it.
        wchar_t probe[MAX_PATH];
        if (!GetTempFileNameW(name.c_str(), L"cg", 0, probe))
            return false;
        DeleteFileW(probe);
        return true;
    }
    HANDLE file =
        CreateFileW(name.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    CloseHandle(file);
    return true;
}
