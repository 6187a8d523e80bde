#include "load/gumbo_arena.h"

namespace annals {

namespace {
constexpr size_t chunkSize = 1024 * 1024;
constexpr size_t alignment = alignof(std::max_align_t);
} // namespace

void *GumboArena::allocate(void *userdata, size_t size) {
    return static_cast<GumboArena *>(userdata)->take(size);
}

void GumboArena::release(void *, void *) {
    // Memory goes back when the arena is destroyed.
}

void *GumboArena::take(size_t size) {
    size = (size + alignment - 1) & ~(alignment - 1);
    if (size > m_left) {
        const size_t bytes = size > chunkSize ? size : chunkSize;
        const size_t units = (bytes + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t);
        m_chunks.push_back(std::make_unique_for_overwrite<std::max_align_t[]>(units));
        m_next = reinterpret_cast<char *>(m_chunks.back().get());
        m_left = units * sizeof(std::max_align_t);
    }
    void *result = m_next;
    m_next += size;
    m_left -= size;
    return result;
}

} // namespace annals
