#pragma once

#include <QStringView>

// Cue phrases: the small, outlet-independent vocabulary that news pages use to label their furniture
// (credits, bylines, link teasers, appeals). Each function looks at one block's text.
namespace annals::zones {

// "Read More: ...", "RELATED: ...", "Listen to this article", "Subscribe ...", "View All (6)"...
bool hasBoilerplatePrefix(QStringView text);

// Copyright and station lines: "© 2024 ...", "Copyright 2024 NPR", "All rights reserved", "FCC ...".
// `words`, when known (not -1), is countWordsUpTo(text, limit) for a limit of at least 25: a longer
// paragraph is then ruled out without searching it for the phrases.
bool isCopyrightOrStationLine(QStringView text, int words = -1);

// A heading after which a page lists other stories: "More Latest News", "Related Content", "Read next".
bool isSectionEndMarker(QStringView text);

// A photo credit: "Picture: Getty", "(AP Photo/...)", "Pool/AFP via Getty Images", "Source: AP Photo".
bool hasPhotoCredit(QStringView text);

// "By Ann Example", "Author: Sam Sample", "By Associated Press writers ...".
bool isBylineLine(QStringView text);

// "Jane Doe is the paper's foreign editor.", "X is a 31-year-old reporter ...".
bool isAuthorBio(QStringView text);

// "Associated Press writer X contributed.", "With input from Al Jazeera", "Reporting by ...".
bool isContributorLine(QStringView text);

// An appeal addressed to the reader: donations, membership, newsletters ("Your donation today ...").
bool isReaderAppeal(QStringView text);

// A header line stating when the page was written: "Updated February 07, 2024 at 18:13 PM ET",
// "5 May 2024, 13:39 | Updated: 5 May 2024, 23:22", "Published 7 Feb 2024".
bool isDateHeaderLine(QStringView text);
// The same for a text whose words the caller has counted already (countWordsUpTo with a limit of 20 or more).
bool isDateHeaderLine(QStringView text, int countedWords);

// A line that is a numeric date, perhaps with a time, and nothing else: "14/02/2024 09:12", "14.02.2024".
bool isNumericDateLine(QStringView text);

// A dateline standing alone on its line: "BEIRUT (AP) —", "WASHINGTON —".
bool isStandaloneDateline(QStringView text);

// A link teaser written as "Name: 'quote'" or carrying a quoted fragment without ending as a sentence:
// "James O'Brien: Israel has 'lost the support ...'".
bool looksLikeTeaserHeadline(QStringView text);

// Does the text contain an English month name or its news abbreviation as a whole word?
bool containsMonthName(QStringView text);

} // namespace annals::zones
