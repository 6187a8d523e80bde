#pragma once

#include <QtGlobal>

namespace annals {

// A half-open range [start, end) of UTF-16 code units in a document's plain text.
// Output writers convert to Unicode code points (see output/code_points.h).
struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool contains(const TextSpan &other) const { return other.start >= start && other.end <= end; }
    bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace annals
