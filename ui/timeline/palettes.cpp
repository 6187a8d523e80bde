#include "palettes.h"

#include <QColor>

namespace annals::timeline {

QPalette darkPalette() {
    const QColor paper(0x1e, 0x1f, 0x22);
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor button(0x35, 0x37, 0x3a);
    const QColor ink(0xe8, 0xe8, 0xe8);
    const QColor faded(0x8a, 0x8c, 0x90); // disabled and placeholder text
    QPalette p(ink, button, button.lighter(150), paper.darker(130), button.darker(120), ink, Qt::white, paper,
               window);
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::PlaceholderText, faded);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, paper);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, faded);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, ink);
    return p;
}

} // namespace annals::timeline
