#include "output/output_buffer.h"

namespace annals {

bool OutputBuffer::flush() {
    if (m_failed) {
        m_data.clear();
        return false;
    }
    if (!m_data.isEmpty() && m_device->write(m_data) != m_data.size()) {
        m_failed = true;
        m_error = m_device->errorString();
    }
    m_data.clear();
    return !m_failed;
}

bool OutputBuffer::write(const QByteArray &bytes) {
    if (!flush())
        return false;
    if (!bytes.isEmpty() && m_device->write(bytes) != bytes.size()) {
        m_failed = true;
        m_error = m_device->errorString();
    }
    return !m_failed;
}

} // namespace annals
