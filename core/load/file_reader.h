#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace annals {

// A whole file's bytes, memory-mapped when large (no copy of a 200 MB file in memory), read otherwise.
// The bytes stay valid as long as this object lives.
class FileBytes {
public:
    // Opens and reads the file; on failure error() says why, in the operating system's words.
    explicit FileBytes(const QString &path);
    FileBytes(const FileBytes &) = delete;
    FileBytes &operator=(const FileBytes &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QByteArrayView bytes() const;
    // The same bytes as a QByteArray, without copying them (for APIs that take one).
    QByteArray rawByteArray() const;

private:
    QFile m_file;
    QByteArray m_read;
    const uchar *m_map = nullptr;
    qsizetype m_mapSize = 0;
    QString m_error;
};

} // namespace annals
