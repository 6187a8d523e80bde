#include "load/file_reader.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {
// Below this, one read() is cheaper than setting up a mapping.
constexpr qint64 mapThreshold = 1024 * 1024;
} // namespace

FileBytes::FileBytes(const QString &path)
    : m_file(path) {
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return;
    }
    const qint64 size = m_file.size();
    if (size >= mapThreshold) {
        if (const uchar *map = m_file.map(0, size)) {
            m_map = map;
            m_mapSize = qsizetype(size);
            return;
        }
    }
    m_read = m_file.readAll();
    if (m_file.error() != QFileDevice::NoError)
        m_error = m_file.errorString();
}

QByteArrayView FileBytes::bytes() const {
    if (m_map)
        return QByteArrayView(reinterpret_cast<const char *>(m_map), m_mapSize);
    return m_read;
}

QByteArray FileBytes::rawByteArray() const {
    if (m_map)
        return QByteArray::fromRawData(reinterpret_cast<const char *>(m_map), m_mapSize);
    return m_read;
}

} // namespace annals
