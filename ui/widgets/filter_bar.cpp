#include "filter_bar.h"

#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_text.h"
#include "ui/models/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

// A date edit whose minimum stands for "no bound" and shows as the given text.
QDateEdit *boundEdit(const QString &anyText, const QString &tooltip, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"d MMM yyyy"_s);
    edit->setMinimumDate(QDate(1, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    edit->setToolTip(tooltip);
    return edit;
}

QDate boundOf(const QDateEdit *edit) {
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

FilterBar::FilterBar(const Workspace *workspace, EventFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_from(boundEdit(tr("any"), tr("Show events that may fall on or after this day"), this))
    , m_to(boundEdit(tr("any"), tr("Show events that may fall on or before this day"), this))
    , m_zone(new QComboBox(this))
    , m_granularity(new QComboBox(this))
    , m_clear(new QToolButton(this)) {
    m_text->setPlaceholderText(tr("Filter events…"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(
        tr("Show events whose summary, sentence, actors or source contain every word (Ctrl+F)"));
    m_text->setMinimumWidth(180);
    m_actor->setToolTip(tr("Show events naming this actor"));
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actor->setMinimumContentsLength(10);
    m_source->setToolTip(tr("Show events from this source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setMinimumContentsLength(12);
    m_zone->setToolTip(tr("Show events from this part of the articles"));
    m_zone->addItem(tr("Any part"), -1);
    for (Zone zone : {Zone::Headline, Zone::Body, Zone::Caption, Zone::Dateline, Zone::Boilerplate})
        m_zone->addItem(zoneName(zone), int(zone));
    m_granularity->setToolTip(tr("Show events dated to this precision"));
    m_granularity->addItem(tr("Any precision"), -1);
    for (Granularity g : {Granularity::Time, Granularity::Day, Granularity::Week, Granularity::Month,
                          Granularity::Quarter, Granularity::Season, Granularity::Half, Granularity::Year,
                          Granularity::Decade, Granularity::Century})
        m_granularity->addItem(granularityName(g), int(g));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters (Ctrl+Shift+L)"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_actor);
    layout->addWidget(m_source);
    auto *from = new QLabel(tr("&From"), this);
    from->setBuddy(m_from);
    layout->addWidget(from);
    layout->addWidget(m_from);
    auto *to = new QLabel(tr("&to"), this);
    to->setBuddy(m_to);
    layout->addWidget(to);
    layout->addWidget(m_to);
    layout->addWidget(m_zone);
    layout->addWidget(m_granularity);
    layout->addWidget(m_clear);
    // Tab walks the filters left to right.
    setTabOrder(m_text, m_actor);
    setTabOrder(m_actor, m_source);
    setTabOrder(m_source, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_zone);
    setTabOrder(m_zone, m_granularity);
    setTabOrder(m_granularity, m_clear);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (QComboBox *combo : {m_actor, m_source, m_zone, m_granularity})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    connect(workspace, &Workspace::documentsAdded, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::documentChanged, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::documentRemoved, this, &FilterBar::refreshChoices);
    connect(workspace, &Workspace::cleared, this, &FilterBar::refreshChoices);
    refreshChoices();
}

void FilterBar::refreshChoices() {
    m_refreshing = true;
    const QString actor = m_actor->currentData().toString();
    const QString source = m_source->currentData().toString();
    QMap<QString, int> actorCounts; // sorted by name, case-folded; the first spelling seen is shown
    QMap<QString, QString> spelling;
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (int d = 0; d < m_workspace->documentCount(); ++d) {
        const ProcessedDocument *processed = m_workspace->documentAt(d);
        m_source->addItem(documentDisplayName(processed->document), processed->document.id);
        for (const Event &event : processed->events) {
            for (const QString &name : event.actors) {
                const QString key = name.toCaseFolded();
                ++actorCounts[key];
                spelling.insert(key, spelling.value(key, name));
            }
        }
    }
    m_actor->clear();
    m_actor->addItem(tr("All actors"), QString());
    for (auto it = actorCounts.cbegin(); it != actorCounts.cend(); ++it)
        m_actor->addItem(spelling.value(it.key()) + u" ("_s + QString::number(it.value()) + u')',
                         spelling.value(it.key()));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    m_refreshing = false;
    apply();
}

void FilterBar::apply() {
    if (m_refreshing)
        return;
    m_proxy->setText(m_text->text());
    m_proxy->setActor(m_actor->currentData().toString());
    m_proxy->setDocumentId(m_source->currentData().toString());
    m_proxy->setDateRange(boundOf(m_from), boundOf(m_to));
    const int zone = m_zone->currentData().toInt();
    m_proxy->setZone(zone < 0 ? std::nullopt : std::optional<Zone>(Zone(zone)));
    const int granularity = m_granularity->currentData().toInt();
    m_proxy->setGranularity(granularity < 0 ? std::nullopt
                                            : std::optional<Granularity>(Granularity(granularity)));
}

void FilterBar::clear() {
    m_refreshing = true;
    m_text->clear();
    for (QComboBox *combo : {m_actor, m_source, m_zone, m_granularity})
        combo->setCurrentIndex(0);
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    m_refreshing = false;
    apply();
}

void FilterBar::focusText() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace annals::ui
