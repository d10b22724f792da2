// Package temporal finds Arabic date expressions in news text and resolves
// them to timeline.Date values relative to the article's publication day.
//
// It reads the calendars and spellings of the whole Arabic press: Egyptian
// and Gulf month names (يناير … ديسمبر, يونيه, يوليه), Levantine and Iraqi
// ones (كانون الثاني … كانون الأول), the Maghreb's (ماي، يوليوز، غشت، شتنبر،
// نونبر، دجنبر; جانفي، فيفري، أفريل، جوان، جويلية، أوت), paired forms
// ("16 يونيو/حزيران", "تشرين الثاني (نوفمبر)"), the Hijri calendar
// ("25 جمادى الأولى 1446 هـ"), ASCII, Arabic-Indic and Persian digits,
// numeric dates (day first, as the Arabic press writes them), ordinal day
// words ("الثامن والعشرين من يونيو"), weekdays, relative days, weeks, months
// and years, parts of months and years ("أواخر أكتوبر") and ranges
// ("يومي 22 و23 يونيو").
//
// # Basics
//
//   - [Find] scans a text and returns its date expressions as [Expr]
//     values, in order and without overlap, each with byte offsets into
//     the original text and a Reason saying how it was read.
//   - [Context] carries the reference day (the publication day) and the
//     [Tense] of the sentence, which decide how an incomplete date is
//     completed: a bare weekday, a day and month without a year, a month
//     without a year.
//   - [Expr.Excluded] marks numbers that look like dates but date no event:
//     plan and vision years ("رؤية 2030"), starting points ("منذ عام 2022"),
//     deadlines ("حتى عام 2036"), durations, anniversaries, ages, amounts
//     and times of day.
//   - [HijriToDay] and [DayToHijri] convert the tabular Islamic calendar.
//
// # Resolution rules
//
// A day and month without a year take the year that puts them nearest the
// reference day in the sentence's direction: in the past tense the most
// recent occurrence on or before the reference day (up to [PastWindow]
// days after it is still this year's), in the future tense the next on or
// after it, otherwise the nearest either way (ties to the past). A word of
// the text overrides the tense: "28 أكتوبر الماضي" is on or before the
// reference day, "الخميس المقبل" after it, "9 أكتوبر الجاري" in its year.
// A weekday given with a day and month ("الأربعاء 9 أكتوبر") picks the
// nearest year in which that day is that weekday, and corrects a Hijri
// date converted by the tabular calendar by a day or two.
//
// A month without a year is completed the same way, with whole months: in
// the past tense the latest such month starting on or before the reference
// day, in the future tense the first ending on or after it; "أكتوبر
// الماضي" is the latest October before the reference day's month and
// "أكتوبر المقبل" the first after it.
//
// Weeks run Saturday to Friday (most Arab states start the working week on
// Saturday or Sunday, and Friday ends it everywhere): "الأسبوع الماضي" is
// the seven-day, day-precision interval before the reference day's week.
//
// Parts of a period keep the period's precision: "أواخر أكتوبر" is October
// at month precision, with Narrow set to 21-31 October; "مطلع العام" is the
// year, Narrow January-April. A scorer comparing start dates would be
// misled by a day-precision start the text never gave, so the narrowed
// interval is only a hint.
//
// "منذ" and "قبل" with a count ("منذ يومين", "قبل أسبوع") count back from
// the reference day: days and weeks at day precision, months and years at
// their own precision. "منذ" with years ("منذ 21 عاماً") reads as a
// duration and is excluded, as is "منذ" with a date (a starting point) and
// "حتى"/"بحلول"/"قبل" with a date (an end bound: the date of a deadline, or
// the last day of something that began earlier, never an event's start).
//
// The Hijri calendar is the tabular (arithmetical) one; official calendars
// (Umm al-Qura, sighting) can differ by a day or two. Where the text pairs
// a Hijri date with its Gregorian equivalent ("الموافق 27 نوفمبر 2024 م")
// the pair is one expression dated by the Gregorian half; a weekday given
// with a Hijri date settles the day. A Hijri month or year without a day is
// dated by the Gregorian months (years) it overlaps, at month (year)
// precision: "رمضان 1445 هـ" is March-April 2024.
//
// # Caveats
//
// Find recognises; it does not decide which date belongs to which event,
// and it does not judge the tense of a sentence: callers pass it in
// Context (a sentence announcing a meeting "الجمعة" reads as future only
// if the caller says so). With an unknown reference day, relative and
// incomplete expressions are still returned, with a zero Date.
//
// Words are matched in their arabic.Normalize form. Find keeps its own
// tokenizer (arabic.Tokenize drops the punctuation that dates are built
// from: "/", "-", "(", "،") and its own proclitic stripping, which is
// stricter for words that are also ordinary nouns: "باب" (door) is not
// ب + "آب" (August).
//
// Find is safe for concurrent use; it allocates per call and shares only
// read-only tables.
package temporal
