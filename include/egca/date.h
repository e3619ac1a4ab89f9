/* egca — calendar dates as serial day numbers.
 *
 * An egca_date counts days from 1970-01-01 (day 0) in the proleptic Gregorian calendar. The supported
 * range is 0001-01-01 .. 9999-12-31 (EGCA_DATE_MIN .. EGCA_DATE_MAX); functions reject dates outside it.
 * Text is strict ISO 8601 calendar-date form `YYYY-MM-DD`: four-digit year, two-digit month and day,
 * nothing before or after.
 */
#ifndef EGCA_DATE_H
#define EGCA_DATE_H

#include "common.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef int32_t egca_date;

#define EGCA_DATE_MIN (-719162)   /* 0001-01-01 */
#define EGCA_DATE_MAX 2932896     /* 9999-12-31 */
#define EGCA_DATE_NONE INT32_MIN  /* "no date" (an open pause's end, a suspended due date) */
#define EGCA_DATE_TEXT_SIZE 11    /* "YYYY-MM-DD" and its NUL */

/* ISO weekdays. */
enum { EGCA_MONDAY = 1, EGCA_TUESDAY, EGCA_WEDNESDAY, EGCA_THURSDAY, EGCA_FRIDAY, EGCA_SATURDAY, EGCA_SUNDAY };

/* Builds a date from year, month (1-12) and day. Returns 0, or EGCA_E_INVALID when there is no such
 * day (2026-02-30) or it is outside the supported range. */
EGCA_API int egca_date_from_ymd(egca_date *out, int year, int month, int day);

/* Splits a date into year, month and day (any out pointer may be NULL). The date must be in range. */
EGCA_API void egca_date_to_ymd(egca_date date, int *year, int *month, int *day);

/* Parses exactly `YYYY-MM-DD` from the NUL-terminated text. Returns 0, or EGCA_E_INVALID with a
 * message naming the text and what is wrong ("2026-2-3": month must have two digits). */
EGCA_API int egca_date_parse(egca_date *out, const char *text, egca_error *err);

/* As egca_date_parse, over `len` bytes that need not be NUL-terminated. */
EGCA_API int egca_date_parse_n(egca_date *out, const char *text, size_t len, egca_error *err);

/* Writes `YYYY-MM-DD` and a NUL into buf (at least EGCA_DATE_TEXT_SIZE bytes); returns buf. */
EGCA_API char *egca_date_format(egca_date date, char *buf);

/* ISO weekday, EGCA_MONDAY (1) .. EGCA_SUNDAY (7). */
EGCA_API int egca_date_weekday(egca_date date);

/* Number of days in the month (28..31); 0 for an invalid month. */
EGCA_API int egca_days_in_month(int year, int month);

/* Adds `years` to a date as 民法典 第二百零二条 counts years: the same month and day, or that month's
 * last day where there is no such day (2024-02-29 + 5 years = 2029-02-28). Returns 0 or EGCA_E_INVALID
 * when the result is out of range. */
EGCA_API int egca_date_add_years(egca_date *out, egca_date date, int years);

/* Adds `months` the same way: the same day of the month `months` on, or that month's last day where there
 * is no such day (2026-08-31 + 6 months = 2027-02-28). Returns 0 or EGCA_E_INVALID out of range. */
EGCA_API int egca_date_add_months(egca_date *out, egca_date date, int months);

#ifdef __cplusplus
}
#endif
#endif
