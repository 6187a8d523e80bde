#pragma once

#include "ui/timeline/image_export.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace annals::timeline {
class TimelineView;
}

namespace annals::ui {

// "Export Image…": file and format (PNG, SVG, PDF), size (as on screen, twice as dense, or a chosen width)
// and range (what is visible, or the whole timeline). Painting is the timeline's own export code.
class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    ImageExportDialog(const timeline::TimelineView *view, const QString &title, QWidget *parent = nullptr);

    QString fileName() const;
    timeline::ExportOptions options() const;
    // Writes the file; on failure returns false and explains in *error (naming the file).
    bool exportNow(QString *error) const;

private:
    void browse();
    void syncFormat();

    const timeline::TimelineView *m_view;
    QString m_title;
    QLineEdit *m_file;
    QComboBox *m_format;
    QComboBox *m_size;
    QSpinBox *m_width;
    QRadioButton *m_visible;
    QRadioButton *m_whole;
};

} // namespace annals::ui
