#include "output/large_buffer.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#include <cstdint>

namespace annals {

void reserveLargeBuffer(QByteArray &buffer, qsizetype bytes) {
    buffer.reserve(buffer.size() + bytes);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(buffer.data()) + std::uintptr_t(buffer.size());
    const std::uintptr_t end =
        reinterpret_cast<std::uintptr_t>(buffer.data()) + std::uintptr_t(buffer.capacity());
    const std::uintptr_t first = (begin + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t last = end & ~(hugePage - 1);
    if (last > first) // only whole, aligned huge pages; a refusal just leaves normal pages
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#endif
}

} // namespace annals
