#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Hand-written recognisers for the few ways headers, datelines, captions and metadata state a calendar
// date. Only the first blocks of a document pass through here, so clarity wins over cleverness.
namespace annals::pubdate {

// A calendar date written in a piece of text: "February 07, 2024", "5 May 2024", "Wednesday, Feb. 7,
// 2024", "Oct. 28", "2024-02-07".
struct DateMention {
    qsizetype start = 0; // offsets in the scanned text, end exclusive
    qsizetype end = 0;
    int year = 0;    // 0 when the text gives no year ("Oct. 28")
    int month = 0;   // 1-12
    int day = 0;     // 1-31
    int weekday = 0; // 1 (Monday) - 7 (Sunday) when stated next to the date, else 0

    bool hasYear() const { return year != 0; }
    // The date it names; invalid for "February 30, 2024" or when no year is given.
    QDate date() const { return hasYear() ? QDate(year, month, day) : QDate(); }
    // True when the weekday stated beside the date is the date's weekday (or none is stated).
    bool weekdayAgrees() const { return weekday == 0 || date().dayOfWeek() == weekday; }
};

// Every date with a month and a day in text, in order. Month names must be capitalised ("May 5").
QList<DateMention> findDateMentions(QStringView text);

// 1 (January) - 12 for an English month name or news abbreviation ("Sept", "Feb"), else 0.
int monthFromName(QStringView word);

// 1 (Monday) - 7 for an English weekday name or abbreviation ("Wed"), else 0.
int weekdayFromName(QStringView word);

// Parses a metadata date: ISO 8601 ("2024-02-07T18:13:00Z", "2024-02-07"), RFC 2822 ("Wed, 07 Feb 2024
// 18:13:00 +0000"), written dates ("February 7, 2024", "7 February 2024") and numeric ones ("07.02.2024";
// "02/07/2024" only when day and month cannot be swapped). The date is taken as written, in the
// publisher's time zone. On failure returns nothing and says why in *problem.
std::optional<QDate> parseMetadataDate(QStringView raw, QString *problem);

} // namespace annals::pubdate
