#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace annals {

// Collects output in memory and writes it to a device in large chunks.
class OutputBuffer {
public:
    explicit OutputBuffer(QIODevice *device)
        : m_device(device) {
        m_data.reserve(chunkSize + chunkSize / 4);
    }

    QByteArray &data() { return m_data; }
    // Writes the collected bytes once there are enough of them; call after each record.
    void flushIfFull() {
        if (m_data.size() >= chunkSize)
            flush();
    }
    bool flush();
    // Flushes, then writes bytes straight to the device: a large finished block is not copied first.
    bool write(const QByteArray &bytes);
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    static constexpr qsizetype chunkSize = 1 << 20;
    QIODevice *m_device;
    QByteArray m_data;
    bool m_failed = false;
    QString m_error;
};

} // namespace annals
