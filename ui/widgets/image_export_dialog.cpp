#include "image_export_dialog.h"

#include "ui/timeline/timeline_view.h"
#include "ui/timeline/zoom_control.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {
enum SizeChoice { ScreenSize, DoubleDensity, ChosenWidth };
}

ImageExportDialog::ImageExportDialog(const timeline::TimelineView *view, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_title(title)
    , m_file(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_visible(new QRadioButton(tr("&Visible range"), this))
    , m_whole(new QRadioButton(tr("&Whole timeline"), this)) {
    setWindowTitle(tr("Export Timeline Image"));
    m_file->setText(QDir::home().filePath(u"timeline.png"_s));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImageExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format->addItem(tr("PNG image"), u"png"_s);
    m_format->addItem(tr("SVG drawing"), u"svg"_s);
    m_format->addItem(tr("PDF document"), u"pdf"_s);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImageExportDialog::syncFormat);

    m_size->addItem(tr("As on screen (1×)"), ScreenSize);
    m_size->addItem(tr("High density (2×)"), DoubleDensity);
    m_size->addItem(tr("Width in pixels"), ChosenWidth);
    m_width->setRange(300, 20000);
    m_width->setSuffix(u" px"_s);
    m_width->setValue(std::max(300, view->width()));
    m_width->setEnabled(false);
    connect(m_size, &QComboBox::currentIndexChanged, this,
            [this] { m_width->setEnabled(m_size->currentData().toInt() == ChosenWidth); });
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);

    m_visible->setChecked(true);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_visible);
    rangeRow->addWidget(m_whole);
    rangeRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Size:"), sizeRow);
    form->addRow(tr("Range:"), rangeRow);
    form->addRow(buttons);
}

void ImageExportDialog::browse() {
    const QString suffix = m_format->currentData().toString();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Timeline Image"), m_file->text(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_file->setText(chosen);
    if (const auto format = timeline::exportFormatForFile(chosen))
        m_format->setCurrentIndex(int(*format));
    else
        m_file->setText(chosen + u'.' + suffix);
}

void ImageExportDialog::syncFormat() {
    // The file's suffix follows the chosen format.
    const QFileInfo info(m_file->text());
    const QString suffix = m_format->currentData().toString();
    m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
    m_size->setEnabled(suffix == u"png"_s);
}

QString ImageExportDialog::fileName() const {
    return m_file->text();
}

timeline::ExportOptions ImageExportDialog::options() const {
    timeline::ExportOptions options;
    const QSize screen = m_view->size().expandedTo(QSize(300, 200));
    options.size = screen;
    if (m_size->isEnabled() && m_size->currentData().toInt() == DoubleDensity)
        options.scale = 2.0;
    if (m_size->isEnabled() && m_size->currentData().toInt() == ChosenWidth)
        options.size = QSize(m_width->value(), screen.height() * m_width->value() / screen.width());
    options.wholeTimeline = m_whole->isChecked();
    options.startMs = m_view->zoomControl()->windowStart();
    options.endMs = m_view->zoomControl()->windowEnd();
    options.style = m_view->style();
    options.style.title = m_title;
    return options;
}

bool ImageExportDialog::exportNow(QString *error) const {
    return timeline::exportTimeline(m_view->layout(), options(), fileName(), error);
}

} // namespace annals::ui
