#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace annals {

// A bump allocator for gumbo: parsing a page makes millions of small allocations, and serving them from
// large chunks (freed all at once when the arena goes) roughly halves parse time. Nothing is reused, so
// the arena holds about ten times the page size; the loader only uses it for pages of ordinary size.
class GumboArena {
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;

    // Signatures of GumboOptions::allocator and ::deallocator; userdata is the arena.
    static void *allocate(void *userdata, size_t size);
    static void release(void *userdata, void *pointer);

    // Largest page (in bytes) worth parsing with an arena.
    static constexpr std::ptrdiff_t maxInputSize = 8 * 1024 * 1024;

private:
    void *take(size_t size);

    std::vector<std::unique_ptr<std::max_align_t[]>> m_chunks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

} // namespace annals
