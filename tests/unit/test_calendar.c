/* Unit tests: the working-day calendar (built-in data, ICS features, coverage, conflicts).
 * Expected dates come from the State Council notices (国务院办公厅关于……年部分节假日安排的通知). */
#include <check.h>
#include <egca.h>
#include <festivals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static egca_calendar *official;

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

static void expect_add(const egca_calendar *cal, const char *from, int n, const char *expected)
{
  egca_date out;
  egca_error err = {0};
  char buf[EGCA_DATE_TEXT_SIZE];
  int rc = egca_calendar_add_workdays(&out, cal, d(from), n, &err);
  ck_assert_msg(rc == EGCA_OK, "%s %+d: rc %d (%s)", from, n, rc, err.message);
  ck_assert_msg(strcmp(egca_date_format(out, buf), expected) == 0, "%s %+d: got %s, expected %s", from, n, buf,
                expected);
}

static void expect_kind(const egca_calendar *cal, const char *day, egca_day_kind kind)
{
  egca_day_kind got;
  ck_assert_int_eq(egca_calendar_kind(&got, cal, d(day), NULL), EGCA_OK);
  ck_assert_msg(got == kind, "%s: kind %s, expected %s", day, egca_day_kind_name(got), egca_day_kind_name(kind));
}

/* egca_calendar_add_workdays_many against the single call, day for day: the shipped calendar with one
 * weekday of a confirmed year (Monday 2025-06-16) made a holiday by a STATUS:TENTATIVE event only, so that
 * the table has a provisional day in its middle as well as the tentative year at its end; every day of the
 * table and a week past each end, n in -40..40, as arrays; and the refusals of days and counts outside the
 * supported ranges, and NaT. */
static void compare_many(const egca_calendar *cal, const int64_t *days, size_t count, int64_t n)
{
  int64_t *out = malloc(count * sizeof *out);
  ck_assert_ptr_nonnull(out);
  size_t from = 0;
  while (from < count) {
    size_t at = (size_t)-1;
    egca_error err = {0};
    const int rc = egca_calendar_add_workdays_many(out + from, cal, days + from, NULL, n, count - from, &at, &err);
    const size_t end = rc < 0 ? from + at : count; /* the days answered */
    int provisional = -1;
    for (size_t i = from; i < end; i++) {
      egca_date due = 0;
      int one = egca_calendar_add_workdays(&due, cal, (egca_date)days[i], (int)n, NULL);
      ck_assert_msg(one >= 0 && out[i] == due, "day %lld, n %lld: %lld, single %d (%d)", (long long)days[i],
                    (long long)n, (long long)out[i], due, one);
      if (one == EGCA_PROVISIONAL && provisional < 0)
        provisional = (int)(i - from);
    }
    if (rc >= 0) {
      ck_assert_int_eq(rc, provisional >= 0 ? EGCA_PROVISIONAL : EGCA_OK);
      if (provisional >= 0)
        ck_assert_uint_eq(at, (size_t)provisional);
      break;
    }
    egca_date due = 0;
    egca_error one_err = {0};
    ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, (egca_date)days[end], (int)n, &one_err), rc);
    ck_assert_str_eq(err.message, one_err.message);
    from = end + 1;
  }
  free(out);
}

START_TEST(add_workdays_many_is_the_single_call)
{
  static const char tentative_day[] =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//EN\r\nBEGIN:VEVENT\r\nUID:t1\r\n"
      "DTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250616\r\nSUMMARY:休\r\nSTATUS:TENTATIVE\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n";
  egca_calendar_builder *b = NULL;
  egca_calendar *cal = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_builder_new(&b, NULL, &err), 0);
  ck_assert_int_eq(egca_calendar_builder_add_builtin(b, &err), 0);
  ck_assert_msg(egca_calendar_builder_add_buffer(b, "tentative-day", tentative_day, sizeof tentative_day - 1, &err) == 0,
                "%s", err.message);
  ck_assert_int_eq(egca_calendar_builder_build(&cal, b, &err), 0);
  egca_calendar_builder_free(b);
  int provisional = 0;
  ck_assert_int_eq(egca_calendar_is_provisional(&provisional, cal, d("2025-06-16"), NULL), 0);
  ck_assert_int_eq(provisional, 1);
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  egca_date lo, hi;
  egca_date_from_ymd(&lo, first, 1, 1);
  egca_date_from_ymd(&hi, last, 12, 31);
  const size_t count = (size_t)(hi - lo + 15);
  int64_t *days = malloc(count * sizeof *days);
  ck_assert_ptr_nonnull(days);
  for (size_t i = 0; i < count; i++)
    days[i] = lo - 7 + (int64_t)i;
  for (int64_t n = -40; n <= 40; n++)
    compare_many(cal, days, count, n);
  /* A count per day, and the refusals. */
  const int64_t some[] = {d("2025-09-30"), d("2025-10-01"), INT64_MIN, d("2025-06-13")};
  const int64_t ns[] = {5, 1, 3, 1};
  int64_t out[4];
  size_t at = 99;
  ck_assert_int_eq(egca_calendar_add_workdays_many(out, cal, some, ns, 0, 4, &at, &err), EGCA_PROVISIONAL);
  ck_assert_uint_eq(at, 3); /* 06-13 + 1 is 06-17, over the provisional 06-16 */
  ck_assert_int_eq(out[0], d("2025-10-14"));
  ck_assert_int_eq(out[1], d("2025-10-09"));
  ck_assert_int_eq(out[2], INT64_MIN);
  ck_assert_int_eq(out[3], d("2025-06-17"));
  const int64_t far[] = {d("2025-09-30"), (int64_t)EGCA_DATE_MAX + 1};
  ck_assert_int_eq(egca_calendar_add_workdays_many(out, cal, far, NULL, 5, 2, &at, &err), EGCA_E_INVALID);
  ck_assert_uint_eq(at, 1);
  const int64_t big[] = {5, (int64_t)INT32_MAX + 1};
  ck_assert_int_eq(egca_calendar_add_workdays_many(out, cal, some, big, 0, 2, &at, &err), EGCA_E_INVALID);
  ck_assert_uint_eq(at, 1);
  free(days);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(design_worked_example)
{
  /* DESIGN.md: 5 working days from receipt on 2025-09-30 end on 2025-10-14 (10-01..08 holiday,
   * Sat 10-11 an adjusted working day). */
  expect_add(official, "2025-09-30", 5, "2025-10-14");
  expect_kind(official, "2025-10-08", EGCA_DAY_HOLIDAY);
  expect_kind(official, "2025-10-11", EGCA_DAY_ADJUSTED_WORKDAY);
  expect_kind(official, "2025-10-12", EGCA_DAY_WEEKEND);
  expect_kind(official, "2025-10-13", EGCA_DAY_WORKDAY);
  expect_kind(official, "2025-10-04", EGCA_DAY_HOLIDAY); /* a Saturday inside the holiday period */
  int n;
  ck_assert_int_eq(egca_calendar_workdays_between(&n, official, d("2025-09-30"), d("2025-10-14"), NULL), 0);
  ck_assert_int_eq(n, 5);
  ck_assert_int_eq(egca_calendar_workdays_between(&n, official, d("2025-10-14"), d("2025-09-30"), NULL), 0);
  ck_assert_int_eq(n, -5);
  expect_add(official, "2025-10-14", -5, "2025-09-30");
}
END_TEST

/* One day before, across and after each holiday period of the 2024-2026 notices. */
START_TEST(every_holiday_2024_2026)
{
  static const struct { const char *from; int n; const char *to; } cases[] = {
      {"2023-12-29", 1, "2024-01-02"}, /* 2024 元旦: 12-30..01-01 */
      {"2024-02-08", 1, "2024-02-09"}, /* 2024 除夕 was a working day */
      {"2024-02-08", 2, "2024-02-18"}, /* 春节 02-10..17; Sun 02-18 上班 */
      {"2024-04-03", 1, "2024-04-07"}, /* 清明 04-04..06; Sun 04-07 上班 */
      {"2024-04-26", 1, "2024-04-28"}, /* Sun 04-28 上班 */
      {"2024-04-30", 1, "2024-05-06"}, /* 劳动节 05-01..05 */
      {"2024-05-10", 1, "2024-05-11"}, /* Sat 05-11 上班 */
      {"2024-06-07", 1, "2024-06-11"}, /* 端午 06-08..10 */
      {"2024-09-13", 1, "2024-09-14"}, /* Sat 09-14 上班 */
      {"2024-09-14", 1, "2024-09-18"}, /* 中秋 09-15..17 */
      {"2024-09-27", 1, "2024-09-29"}, /* Sun 09-29 上班 */
      {"2024-09-30", 1, "2024-10-08"}, /* 国庆 10-01..07 */
      {"2024-10-11", 1, "2024-10-12"}, /* Sat 10-12 上班 */
      {"2024-12-31", 1, "2025-01-02"}, /* 2025 元旦: 01-01 only */
      {"2025-01-24", 1, "2025-01-26"}, /* Sun 01-26 上班 */
      {"2025-01-27", 1, "2025-02-05"}, /* 春节 01-28..02-04 */
      {"2025-02-07", 1, "2025-02-08"}, /* Sat 02-08 上班 */
      {"2025-04-03", 1, "2025-04-07"}, /* 清明 04-04..06 */
      {"2025-04-25", 1, "2025-04-27"}, /* Sun 04-27 上班 */
      {"2025-04-30", 1, "2025-05-06"}, /* 劳动节 05-01..05 */
      {"2025-05-30", 1, "2025-06-03"}, /* 端午 05-31..06-02 */
      {"2025-09-26", 1, "2025-09-28"}, /* Sun 09-28 上班 */
      {"2025-10-10", 1, "2025-10-11"}, /* Sat 10-11 上班 */
      {"2025-12-31", 1, "2026-01-04"}, /* 2026 元旦 01-01..03; Sun 01-04 上班 */
      {"2026-02-13", 1, "2026-02-14"}, /* Sat 02-14 上班 */
      {"2026-02-14", 1, "2026-02-24"}, /* 春节 02-15..23 */
      {"2026-02-27", 1, "2026-02-28"}, /* Sat 02-28 上班 */
      {"2026-04-03", 1, "2026-04-07"}, /* 清明 04-04..06 */
      {"2026-04-30", 1, "2026-05-06"}, /* 劳动节 05-01..05 */
      {"2026-06-18", 1, "2026-06-22"}, /* 端午 06-19..21 */
      {"2026-09-24", 1, "2026-09-28"}, /* 中秋 09-25..27 */
      {"2026-09-30", 1, "2026-10-08"}, /* 国庆 10-01..07 */
      {"2026-02-24", -1, "2026-02-14"},
      {"2024-10-08", -1, "2024-09-30"},
      {"2026-03-02", 20, "2026-03-30"}, /* DESIGN.md: the decision period without the pause */
      {"2024-02-01", 20, "2024-03-05"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    expect_add(official, cases[i].from, cases[i].n, cases[i].to);
}
END_TEST

START_TEST(year_boundary_2018_2019)
{
  /* 2019 notice: 元旦 2018-12-30..2019-01-01, Sat 2018-12-29 上班 (a 2019 notice day in 2018). */
  expect_add(official, "2018-12-28", 1, "2018-12-29");
  expect_add(official, "2018-12-29", 1, "2019-01-02");
  expect_add(official, "2019-01-02", -1, "2018-12-29");
  expect_kind(official, "2018-12-29", EGCA_DAY_ADJUSTED_WORKDAY);
  expect_kind(official, "2018-12-31", EGCA_DAY_HOLIDAY);
  int n;
  ck_assert_int_eq(egca_calendar_workdays_between(&n, official, d("2018-12-01"), d("2019-01-31"), NULL), 0);
  ck_assert_int_eq(n, 43);
}
END_TEST

START_TEST(working_days_per_year)
{
  int n;
  ck_assert_int_eq(egca_calendar_workdays_between(&n, official, d("2024-01-01"), d("2024-12-31"), NULL), 0);
  ck_assert_int_eq(n, 251); /* (01-01, 12-31]: 2024 had 251 working days after New Year's Day */
  ck_assert_int_eq(egca_calendar_workdays_between(&n, official, d("2025-12-31"), d("2026-12-31"), NULL), 0);
  ck_assert_int_eq(n, 248);
}
END_TEST

START_TEST(next_and_previous_working_day)
{
  egca_date out;
  char buf[EGCA_DATE_TEXT_SIZE];
  ck_assert_int_eq(egca_calendar_workday_on_or_after(&out, official, d("2025-10-01"), NULL), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2025-10-09");
  ck_assert_int_eq(egca_calendar_workday_on_or_after(&out, official, d("2025-10-09"), NULL), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2025-10-09");
  ck_assert_int_eq(egca_calendar_workday_on_or_before(&out, official, d("2026-02-23"), NULL), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2026-02-14");
  ck_assert_int_eq(egca_calendar_add_workdays(&out, official, d("2026-02-14"), 0, NULL), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2026-02-14");
  ck_assert_int_eq(egca_calendar_add_workdays(&out, official, d("2026-02-15"), 0, NULL), EGCA_E_INVALID);
}
END_TEST

/* The fixture calendars of tests/data/calendars (README.md there): 2082 confirmed, 2083 tentative, made up
 * so that these tests do not change when the next State Council notice is added to data/holidays/. */
static egca_calendar *fixture(int strict)
{
  const char *path = EGCA_SOURCE_DIR "/tests/data/calendars";
  egca_load_options opt = {.strict = strict};
  egca_calendar *cal = NULL;
  egca_error err = {0};
  ck_assert_msg(egca_calendar_load(&cal, &path, 1, &opt, &err) == 0, "%s", err.message);
  return cal;
}

START_TEST(coverage_is_an_error_never_a_guess)
{
  egca_calendar *cal = fixture(0);
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  ck_assert_int_eq(first, 2082);
  ck_assert_int_eq(last, 2083);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2081), EGCA_COVERAGE_NONE);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2082), EGCA_COVERAGE_CONFIRMED);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2083), EGCA_COVERAGE_TENTATIVE);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2084), EGCA_COVERAGE_NONE);
  egca_day_kind kind = EGCA_DAY_WORKDAY;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2084-01-03"), &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2084);
  ck_assert_ptr_nonnull(strstr(err.message, "2084"));
  ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2081-12-01"), &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2081);
  egca_date out;
  /* 2083-12-20 is a Monday: 30 working days run well past 12-31. */
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2083-12-20"), 30, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2084);
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-01-10"), -30, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2081);
  egca_calendar_free(cal);
}
END_TEST

/* The shipped data, as it stands after any notice: it starts with the 2007 notice, every year up to the last
 * is covered, and a tentative year (one whose notice is not out) can only be the last. */
START_TEST(shipped_coverage_is_contiguous_and_tentative_only_at_the_end)
{
  int first, last;
  egca_calendar_year_range(official, &first, &last);
  ck_assert_int_eq(first, 2007);
  ck_assert_int_ge(last, 2026);
  for (int year = first; year <= last; year++) {
    const egca_coverage cov = egca_calendar_year_coverage(official, year);
    ck_assert_msg(cov == EGCA_COVERAGE_CONFIRMED || (cov == EGCA_COVERAGE_TENTATIVE && year == last),
                  "%d: coverage %d", year, (int)cov);
  }
  ck_assert_int_eq(egca_calendar_year_coverage(official, first - 1), EGCA_COVERAGE_NONE);
  ck_assert_int_eq(egca_calendar_year_coverage(official, last + 1), EGCA_COVERAGE_NONE);
}
END_TEST

START_TEST(tentative_year_is_provisional)
{
  egca_calendar *cal = fixture(0);
  egca_date out;
  char buf[EGCA_DATE_TEXT_SIZE];
  /* Reaching into the tentative 2083 is provisional; staying in 2082 is not (Mon 12-28 + 3 = Thu 12-31). */
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-12-28"), 5, NULL), EGCA_PROVISIONAL);
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-12-28"), 3, NULL), EGCA_OK);
  ck_assert_str_eq(egca_date_format(out, buf), "2082-12-31");
  /* The fixture's tentative 元旦 is Fri 2083-01-01; 01-02 and 01-03 are the weekend. */
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-12-31"), 1, NULL), EGCA_PROVISIONAL);
  ck_assert_str_eq(egca_date_format(out, buf), "2083-01-04");
  egca_calendar_free(cal);
  cal = fixture(1);
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-12-31"), 1, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2083);
  ck_assert_int_eq(egca_calendar_add_workdays(&out, cal, d("2082-12-28"), 3, &err), EGCA_OK);
  egca_calendar_free(cal);
}
END_TEST

/* --- ICS features, from buffers ------------------------------------------------------------------ */

static int load(egca_calendar **out, const char *text, const egca_load_options *opt, egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, opt, err);
  if (rc == 0)
    rc = egca_calendar_builder_add_buffer(b, "test.ics", text, strlen(text), err);
  if (rc == 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
#define TAIL "END:VCALENDAR\r\n"

START_TEST(feed_styles)
{
  static const char text[] =
      HEAD "X-EGCA-COVERAGE:2025\r\n"
      /* holiday-cn: multi-day all-day event, DTSTAMP;VALUE=DATE (which libical cannot read) */
      "BEGIN:VEVENT\r\nSUMMARY:春节假期\r\nDTSTART;VALUE=DATE:20250128\r\nDTEND;VALUE=DATE:20250205\r\n"
      "DTSTAMP;VALUE=DATE:20250128\r\nUID:a1\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:上班(补春节假期)\r\nDTSTART;VALUE=DATE:20250126\r\nUID:a2\r\nEND:VEVENT\r\n"
      /* Apple style: (休)/(班) with X-APPLE-SPECIAL-DAY, a LANGUAGE parameter, a folded line */
      "BEGIN:VEVENT\r\nSUMMARY;LANGUAGE=zh:劳动节(休)\r\nX-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nDTSTART;VALUE=DATE:20250501\r\n"
      "DURATION:P5D\r\nUID:b1\r\nDESCRIPTION:5月1日至5日放假调休，共5天。4月27日（周日）\r\n 上班。\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:劳动节(班)\r\nX-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY\r\nDTSTART;VALUE=DATE:20250427\r\nUID:b2\r\nEND:VEVENT\r\n"
      /* a make-up day as a floating timed event; a UTC timed event that is 10-11 in Shanghai */
      "BEGIN:VEVENT\r\nSUMMARY:Workday\r\nDTSTART:20250928T090000\r\nDTEND:20250928T180000\r\nUID:c1\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:National Day(Workday)\r\nDTSTART:20251010T170000Z\r\nUID:c2\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:National Day(Holiday)\r\nDTSTART;VALUE=DATE:20251001\r\nDTEND;VALUE=DATE:20251009\r\nUID:c3\r\nEND:VEVENT\r\n"
      /* RRULE with EXDATE: three Fridays marked, the middle one excluded */
      "BEGIN:VEVENT\r\nSUMMARY:放假\r\nDTSTART;VALUE=DATE:20250704\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
      "EXDATE;VALUE=DATE:20250711\r\nUID:d1\r\nEND:VEVENT\r\n"
      /* cancelled and unmarked events change nothing */
      "BEGIN:VEVENT\r\nSUMMARY:端午节(休)\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20250303\r\nUID:e1\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:妇女节\r\nDTSTART;VALUE=DATE:20250307\r\nUID:e2\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_msg(load(&cal, text, NULL, &err) == 0, "%s", err.message);
  expect_kind(cal, "2025-01-28", EGCA_DAY_HOLIDAY);
  expect_kind(cal, "2025-02-04", EGCA_DAY_HOLIDAY);
  expect_kind(cal, "2025-02-05", EGCA_DAY_WORKDAY); /* DTEND is exclusive */
  expect_kind(cal, "2025-01-26", EGCA_DAY_ADJUSTED_WORKDAY);
  expect_kind(cal, "2025-05-05", EGCA_DAY_HOLIDAY); /* DURATION:P5D covers 05-01..05 */
  expect_kind(cal, "2025-05-06", EGCA_DAY_WORKDAY);
  expect_kind(cal, "2025-04-27", EGCA_DAY_ADJUSTED_WORKDAY);
  expect_kind(cal, "2025-09-28", EGCA_DAY_ADJUSTED_WORKDAY);
  expect_kind(cal, "2025-10-11", EGCA_DAY_ADJUSTED_WORKDAY); /* 17:00Z on 10-10 is 01:00 on 10-11 in Shanghai */
  expect_kind(cal, "2025-10-10", EGCA_DAY_WORKDAY);
  expect_kind(cal, "2025-10-08", EGCA_DAY_HOLIDAY);
  expect_kind(cal, "2025-07-04", EGCA_DAY_HOLIDAY);
  expect_kind(cal, "2025-07-11", EGCA_DAY_WORKDAY); /* EXDATE */
  expect_kind(cal, "2025-07-18", EGCA_DAY_HOLIDAY);
  expect_kind(cal, "2025-07-25", EGCA_DAY_WORKDAY); /* COUNT=3 */
  expect_kind(cal, "2025-03-03", EGCA_DAY_WORKDAY); /* cancelled */
  expect_kind(cal, "2025-03-07", EGCA_DAY_WORKDAY); /* observance */
  const egca_load_report *r = egca_calendar_report(cal);
  ck_assert_uint_eq(r->events_cancelled, 1);
  ck_assert_uint_eq(r->observances_ignored, 1);
  ck_assert_uint_eq(r->events_used, 8);
  egca_calendar_free(cal);

  egca_load_options as_holiday = {.unmarked = EGCA_UNMARKED_HOLIDAY};
  ck_assert_int_eq(load(&cal, text, &as_holiday, &err), 0);
  expect_kind(cal, "2025-03-07", EGCA_DAY_HOLIDAY);
  egca_calendar_free(cal);
  egca_load_options as_error = {.unmarked = EGCA_UNMARKED_ERROR};
  ck_assert_int_eq(load(&cal, text, &as_error, &err), EGCA_E_PARSE);
  ck_assert_ptr_nonnull(strstr(err.message, "e2"));
  ck_assert_ptr_nonnull(strstr(err.message, "妇女节"));
  ck_assert_int_eq(err.line, 62);
}
END_TEST

/* A holiday event of the tests' feeds: summary, first day, day after the last (all-day, exclusive end). */
#define HOLIDAY(uid, summary, from, to)                                                                       \
  "BEGIN:VEVENT\r\nUID:" uid "\r\nSUMMARY:" summary "\r\nDTSTART;VALUE=DATE:" from "\r\nDTEND;VALUE=DATE:" to \
  "\r\nEND:VEVENT\r\n"

/* The 2025 notice's holidays (国办发明电〔2024〕12号), one event per festival; 中秋 (10-06) falls in 国庆's week. */
#define Y2025_NEW_YEAR HOLIDAY("1", "元旦(休)", "20250101", "20250102")
#define Y2025_SPRING HOLIDAY("2", "春节(休)", "20250128", "20250205")
#define Y2025_QINGMING HOLIDAY("3", "清明节(休)", "20250404", "20250407")
#define Y2025_LABOUR HOLIDAY("4", "劳动节(休)", "20250501", "20250506")
#define Y2025_DRAGON_BOAT HOLIDAY("5", "端午节(休)", "20250531", "20250603")
#define Y2025_NATIONAL HOLIDAY("6", "国庆节、中秋节(休)", "20251001", "20251009")

START_TEST(coverage_by_statutory_festivals)
{
  egca_calendar *cal;
  egca_error err = {.lang = EGCA_LANG_EN};
  /* Every festival of 放假办法 第二条 has a holiday: 2025 is covered without X-EGCA-COVERAGE; the notice's
   * reach into December 2024 (none here) would not cover 2024. */
  static const char full[] = HEAD Y2025_NEW_YEAR Y2025_SPRING Y2025_QINGMING Y2025_LABOUR Y2025_DRAGON_BOAT
      Y2025_NATIONAL HOLIDAY("7", "元旦(休)", "20241231", "20250101") TAIL;
  ck_assert_msg(load(&cal, full, NULL, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2025), EGCA_COVERAGE_CONFIRMED);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2024), EGCA_COVERAGE_NONE);
  egca_day_kind kind;
  ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2024-12-30"), &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2024);
  egca_calendar_free(cal);

  /* A feed cut off after April held holidays in three months (元旦, 春节, 清明), which used to cover 2025:
   * 5 working days from 2025-09-30 came out as 10-07 instead of 10-14. It covers nothing now, and says
   * what is missing. */
  static const char cut[] = HEAD Y2025_NEW_YEAR Y2025_SPRING Y2025_QINGMING TAIL;
  ck_assert_int_eq(load(&cal, cut, NULL, &err), EGCA_E_INVALID);
  ck_assert_msg(strstr(err.message, "covers no year: 2025 has no holiday for 劳动节, 端午节, 中秋节, 国庆节") != NULL,
                "%s", err.message);
  egca_error zh = {0};
  ck_assert_int_eq(load(&cal, cut, NULL, &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "节假日数据未覆盖任何年份：2025年缺少劳动节、端午节、中秋节、国庆节的假日（一个年份须有"
                               "X-EGCA-COVERAGE，或有《全国年节及纪念日放假办法》第二条所列每个节日的假日）");

  /* Beside a source that covers 2024 and 2026, the cut-off 2025 is a coverage error naming the source. */
  static const char around[] = HEAD "X-EGCA-COVERAGE:2024,2026\r\n" TAIL;
  egca_calendar_builder *b;
  ck_assert_int_eq(egca_calendar_builder_new(&b, NULL, &err), 0);
  ck_assert_int_eq(egca_calendar_builder_add_buffer(b, "around.ics", around, strlen(around), &err), 0);
  ck_assert_int_eq(egca_calendar_builder_add_buffer(b, "cut.ics", cut, strlen(cut), &err), 0);
  ck_assert_int_eq(egca_calendar_builder_build(&cal, b, &err), 0);
  egca_calendar_builder_free(b);
  egca_date due;
  ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-09-30"), 5, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2025);
  ck_assert_msg(strstr(err.message, "(cut.ics has no holiday for 劳动节, 端午节, 中秋节, 国庆节 in it)") != NULL, "%s",
                err.message);
  ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-09-30"), 5, &zh), EGCA_E_COVERAGE);
  ck_assert_str_eq(zh.message, "没有2025年的节假日数据：日历覆盖2024-2026年，但不含2025年（cut.ics中没有劳动节、端午节、"
                               "中秋节、国庆节的假日）");
  egca_calendar_free(cal);

  /* One festival missing is enough: 端午节. */
  static const char no_dragon_boat[] = HEAD Y2025_NEW_YEAR Y2025_SPRING Y2025_QINGMING Y2025_LABOUR Y2025_NATIONAL TAIL;
  ck_assert_int_eq(load(&cal, no_dragon_boat, NULL, &err), EGCA_E_INVALID);
  ck_assert_msg(strstr(err.message, "2025 has no holiday for 端午节 (") != NULL, "%s", err.message);

  /* 2024: 中秋 (09-17) has its own holiday, 09-15..17. Without it 国庆 does not stand in for it. */
  static const char y2024[] = HEAD HOLIDAY("1", "元旦", "20240101", "20240102") HOLIDAY("2", "春节", "20240210", "20240218")
      HOLIDAY("3", "清明节", "20240404", "20240407") HOLIDAY("4", "劳动节", "20240501", "20240506")
      HOLIDAY("5", "端午节", "20240610", "20240611") HOLIDAY("7", "国庆节", "20241001", "20241008");
  static const char mid_autumn_2024[] = HOLIDAY("6", "中秋节", "20240915", "20240918");
  char text[4096];
  snprintf(text, sizeof text, "%s%s%s", y2024, mid_autumn_2024, TAIL);
  egca_load_options as_holiday = {.unmarked = EGCA_UNMARKED_HOLIDAY}; /* the summaries have no 休 */
  ck_assert_msg(load(&cal, text, &as_holiday, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2024), EGCA_COVERAGE_CONFIRMED);
  egca_calendar_free(cal);
  snprintf(text, sizeof text, "%s%s", y2024, TAIL);
  ck_assert_int_eq(load(&cal, text, &as_holiday, &err), EGCA_E_INVALID);
  ck_assert_msg(strstr(err.message, "2024 has no holiday for 中秋节 (") != NULL, "%s", err.message);
  /* ... nor does a September holiday a week away from it. */
  snprintf(text, sizeof text, "%s%s%s", y2024, HOLIDAY("6", "中秋节", "20240908", "20240910"), TAIL);
  ck_assert_int_eq(load(&cal, text, &as_holiday, &err), EGCA_E_INVALID);
  ck_assert_msg(strstr(err.message, "2024 has no holiday for 中秋节 (") != NULL, "%s", err.message);

  /* Before 2008 第二条 listed four festivals (元旦, 春节, 劳动节, 国庆节): the 2007 notice's holidays cover 2007. */
  static const char y2007[] = HEAD HOLIDAY("1", "元旦(休)", "20070101", "20070104")
      HOLIDAY("2", "春节(休)", "20070218", "20070225") HOLIDAY("3", "劳动节(休)", "20070501", "20070508")
      HOLIDAY("4", "国庆节(休)", "20071001", "20071008") TAIL;
  ck_assert_msg(load(&cal, y2007, NULL, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2007), EGCA_COVERAGE_CONFIRMED);
  egca_calendar_free(cal);

  /* Every festival, but 端午 only tentative: the year is tentative, its days provisional. */
  static const char tentative[] = HEAD Y2025_NEW_YEAR Y2025_SPRING Y2025_QINGMING Y2025_LABOUR
      "BEGIN:VEVENT\r\nUID:5\r\nSUMMARY:端午节(休)\r\nSTATUS:TENTATIVE\r\nDTSTART;VALUE=DATE:20250531\r\n"
      "DTEND;VALUE=DATE:20250603\r\nEND:VEVENT\r\n" Y2025_NATIONAL TAIL;
  ck_assert_msg(load(&cal, tentative, NULL, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2025), EGCA_COVERAGE_TENTATIVE);
  egca_calendar_free(cal);
}
END_TEST

/* The table of 中秋节 dates (src/festivals.c) against the shipped notices: each date is a holiday. */
START_TEST(mid_autumn_table_matches_the_notices)
{
  int checked = 0;
  for (int year = 2000; year <= 2030; year++) {
    int month, day;
    if (!egca__mid_autumn(year, &month, &day))
      continue;
    egca_date date;
    ck_assert_int_eq(egca_date_from_ymd(&date, year, month, day), 0);
    egca_day_kind kind;
    const int rc = egca_calendar_kind(&kind, official, date, NULL);
    ck_assert_msg(rc >= 0 && kind == EGCA_DAY_HOLIDAY, "中秋节 %d-%02d-%02d: rc %d, kind %s", year, month, day, rc,
                  egca_day_kind_name(kind));
    ck_assert_uint_ne(egca__festivals_of_day(year, month, day) & 1u << EGCA__MID_AUTUMN, 0);
    checked++;
  }
  ck_assert_int_eq(checked, 20); /* 2008..2027 */
}
END_TEST

START_TEST(conflicts_name_both_sources)
{
  static const char a[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      "BEGIN:VEVENT\r\nSUMMARY:国庆节(休)\r\nDTSTART;VALUE=DATE:20251001\r\nDTEND;VALUE=DATE:20251009\r\nUID:gq@a\r\nEND:VEVENT\r\n" TAIL;
  static const char b[] = HEAD
      "BEGIN:VEVENT\r\nSUMMARY:上班\r\nDTSTART;VALUE=DATE:20251008\r\nUID:ban@b\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar_builder *builder;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca_calendar_builder_new(&builder, NULL, &err), 0);
  ck_assert_int_eq(egca_calendar_builder_add_buffer(builder, "a.ics", a, strlen(a), &err), 0);
  ck_assert_int_eq(egca_calendar_builder_add_buffer(builder, "b.ics", b, strlen(b), &err), EGCA_E_CONFLICT);
  ck_assert_str_eq(err.message, "2025-10-08 is a holiday in a.ics:5 (UID gq@a) but a working day in b.ics:4 (UID ban@b)");
  err.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_calendar_builder_add_buffer(builder, "b.ics", b, strlen(b), &err), EGCA_E_CONFLICT);
  ck_assert_str_eq(err.message, "2025-10-08既被标为节假日（a.ics:5 (UID gq@a)），又被标为工作日（b.ics:4 (UID ban@b)）");
  /* The failed source left nothing behind. */
  egca_calendar *cal;
  ck_assert_int_eq(egca_calendar_builder_build(&cal, builder, &err), 0);
  expect_kind(cal, "2025-10-08", EGCA_DAY_HOLIDAY);
  ck_assert_uint_eq(egca_calendar_report(cal)->sources, 1);
  egca_calendar_free(cal);
  egca_calendar_builder_free(builder);
}
END_TEST

static void expect_bad(const char *text, int code, const char *fragment, int line)
{
  egca_calendar *cal = (egca_calendar *)1;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(load(&cal, text, NULL, &err), code);
  ck_assert_msg(strstr(err.message, fragment) != NULL, "message \"%s\" lacks \"%s\"", err.message, fragment);
  ck_assert_str_eq(err.source, "test.ics");
  ck_assert_int_eq(err.line, line);
  ck_assert_ptr_null(cal);
}

static void expect_bad_zh(const char *text, int code, const char *message, int line)
{
  egca_calendar *cal = (egca_calendar *)1;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, NULL, &err), code);
  ck_assert_str_eq(err.message, message);
  ck_assert_str_eq(err.source, "test.ics");
  ck_assert_int_eq(err.line, line);
  ck_assert_ptr_null(cal);
}

START_TEST(malformed_events)
{
  expect_bad("", EGCA_E_PARSE, "empty file", 0);
  expect_bad("hello\n", EGCA_E_PARSE, "must begin with BEGIN:VCALENDAR", 1);
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nUID:x1\r\nEND:VEVENT\r\n" TAIL, EGCA_E_PARSE, "event x1: no DTSTART", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:2025-13-45\r\nUID:x2\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x2: unreadable", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250105\r\nDTEND;VALUE=DATE:20250101\r\nUID:x3\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "DTEND is before DTSTART", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nX-APPLE-SPECIAL-DAY:MAYBE\r\nDTSTART;VALUE=DATE:20250105\r\nUID:x4\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "unknown X-APPLE-SPECIAL-DAY value \"MAYBE\"", 4);
  expect_bad(HEAD "X-EGCA-COVERAGE:25\r\n" TAIL, EGCA_E_PARSE, "X-EGCA-COVERAGE", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:18991231\r\nUID:x5\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_INVALID, "outside the supported range", 4);
  /* Text that is not UTF-8 is refused whatever the policy for unmarked events, naming the line and the byte:
   * a GBK summary (国庆节(休)), an overlong '/', a UTF-16 surrogate, a sequence cut off at the end. */
  expect_bad(HEAD "BEGIN:VEVENT\r\nSUMMARY:\xB9\xFA\xC7\xEC\xBD\xDA(\xD0\xDD)\r\nDTSTART;VALUE=DATE:20251001\r\n"
                  "UID:x6\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "invalid UTF-8 (byte 0xB9): iCalendar text must be UTF-8", 5);
  expect_bad(HEAD "X-NOTE:a\xC0\xAF\r\n" TAIL, EGCA_E_PARSE, "invalid UTF-8 (byte 0xC0)", 4);
  expect_bad(HEAD "X-NOTE:\xED\xA0\x80\r\n" TAIL, EGCA_E_PARSE, "invalid UTF-8 (byte 0xED)", 4);
  expect_bad(HEAD TAIL "\xE5\x85", EGCA_E_PARSE, "invalid UTF-8 (byte 0xE5)", 5);
  /* The same refusals in Chinese, the default, whole. */
  expect_bad_zh("", EGCA_E_PARSE, "文件为空：应为iCalendar的VCALENDAR", 0);
  expect_bad_zh("hello\n", EGCA_E_PARSE, "不是iCalendar文件：须以BEGIN:VCALENDAR开头", 1);
  expect_bad_zh(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nUID:x1\r\nEND:VEVENT\r\n" TAIL, EGCA_E_PARSE, "事件x1：没有DTSTART", 4);
  expect_bad_zh(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250105\r\nDTEND;VALUE=DATE:20250101\r\nUID:x3\r\nEND:VEVENT\r\n" TAIL,
                EGCA_E_PARSE, "事件x3：DTEND早于DTSTART", 4);
  expect_bad_zh(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nX-APPLE-SPECIAL-DAY:MAYBE\r\nDTSTART;VALUE=DATE:20250105\r\nUID:x4\r\nEND:VEVENT\r\n" TAIL,
                EGCA_E_PARSE, "事件x4：未知的X-APPLE-SPECIAL-DAY值\"MAYBE\"（应为WORK-HOLIDAY或ALTERNATE-WORKDAY）", 4);
  expect_bad_zh(HEAD "X-EGCA-COVERAGE:25\r\n" TAIL, EGCA_E_PARSE,
                "X-EGCA-COVERAGE须列出1900..2199之间以逗号分隔的年份，实际为\"25\"", 4);
  expect_bad_zh(HEAD "BEGIN:VEVENT\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:18991231\r\nUID:x5\r\nEND:VEVENT\r\n" TAIL,
                EGCA_E_INVALID, "事件x5：1899-12-31超出支持范围1900-01-01..2199-12-31", 4);
  expect_bad_zh(HEAD "X-NOTE:a\xC0\xAF\r\n" TAIL, EGCA_E_PARSE, "无效的UTF-8（字节0xC0）：iCalendar文本须为UTF-8", 4);
}
END_TEST

/* RFC 5545 §3.1: a line may be folded anywhere, even inside a UTF-8 character, and names are
 * case-insensitive (§2). Messages name the physical line: counted by hand in each text below. */
START_TEST(folds_case_and_lines)
{
  egca_calendar *cal = NULL;
  egca_error err = {.lang = EGCA_LANG_EN};
  egca_day_kind kind;
  /* 休 (E4 BC 91) cut by a fold after its first byte; folded BEGIN:VEVENT and END:VEVENT. */
  ck_assert_msg(load(&cal, HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEV\r\n ENT\r\nUID:f1\r\nDTSTART;VALUE=DATE:20251001\r\n"
                           "SUMMARY:国庆节(\xE4\r\n \xBC\x91)\r\nEND:VEV\r\n\tENT\r\n" TAIL, NULL, &err) == 0,
                "%s", err.message);
  ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2025-10-01"), &err), EGCA_OK);
  ck_assert_int_eq(kind, EGCA_DAY_HOLIDAY);
  egca_calendar_free(cal);
  /* Names in lower case; x-apple-special-day alone makes Saturday 2025-10-04 a holiday, and
   * x-egca-coverage alone covers 2025. */
  ck_assert_msg(load(&cal, "begin:vcalendar\r\nversion:2.0\r\nprodid:-//test//EN\r\nx-egca-coverage:2025\r\n"
                           "begin:vevent\r\nuid:l1\r\ndtstart;value=date:20251004\r\nsummary:国庆节\r\n"
                           "x-apple-special-day:WORK-HOLIDAY\r\nend:vevent\r\nend:vcalendar\r\n", NULL, &err) == 0,
                "%s", err.message);
  ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2025-10-04"), &err), EGCA_OK);
  ck_assert_int_eq(kind, EGCA_DAY_HOLIDAY);
  ck_assert_int_eq(egca_calendar_year_coverage(cal, 2025), EGCA_COVERAGE_CONFIRMED);
  egca_calendar_free(cal);
  /* Lines 5-6 a folded BEGIN:VEVENT, 7-10 the rest of event g1; the second event begins on line 11. */
  expect_bad(HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEV\r\n ENT\r\nUID:g1\r\nDTSTART;VALUE=DATE:20251001\r\nSUMMARY:休\r\n"
                  "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:g2\r\nSUMMARY:休\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event g2: no DTSTART", 11);
  /* A VEVENT inside a VTODO (lines 7-11) is not one of the calendar's events: g3 begins on line 13. */
  expect_bad(HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VTODO\r\nUID:t\r\nBEGIN:VEVENT\r\nUID:n\r\n"
                  "DTSTART;VALUE=DATE:20251001\r\nSUMMARY:休\r\nEND:VEVENT\r\nEND:VTODO\r\n"
                  "BEGIN:VEVENT\r\nUID:g3\r\nSUMMARY:休\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event g3: no DTSTART", 13);
  /* One rule for a TZID on every property: an EXDATE's unknown zone is refused like a DTSTART's. */
  expect_bad(HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEVENT\r\nUID:z1\r\nDTSTART;VALUE=DATE:20251001\r\nSUMMARY:休\r\n"
                  "EXDATE;TZID=Nowhere/Atlantis:20251001T000000\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event z1: EXDATE: unknown time zone \"Nowhere/Atlantis\"", 5);
  /* The second X-EGCA-COVERAGE (line 6, after one folded over lines 4-5) is the bad one. */
  expect_bad(HEAD "X-EGCA-COVERAGE:20\r\n 25\r\nX-EGCA-COVERAGE:2026,x\r\n" TAIL, EGCA_E_PARSE,
             "X-EGCA-COVERAGE must list years", 6);
  /* Bad UTF-8 on the continuation line 5 of a folded line is named by that physical line. */
  expect_bad(HEAD "X-NOTE:a\r\n b\xC0\xAF\r\n" TAIL, EGCA_E_PARSE, "invalid UTF-8 (byte 0xC0)", 5);
  /* A first line in lower case and folded is still BEGIN:VCALENDAR; a stray END after it is not. */
  expect_bad("begin:vcal\r\n endar\r\nend:vevent\r\nEND:VCALENDAR\r\n", EGCA_E_PARSE, "END:VEVENT closes no open", 3);
}
END_TEST

/* A source may hold 100 events with an RRULE (each may cost libical a tenth of a second); the 101st is
 * refused, naming its line. */
START_TEST(recurring_events_limit)
{
  for (int n = 100; n <= 101; n++) {
    size_t cap = 256 + (size_t)n * 160, len = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    len += (size_t)snprintf(text + len, cap - len, HEAD "X-EGCA-COVERAGE:2025\r\n");
    for (int i = 0; i < n; i++)
      len += (size_t)snprintf(text + len, cap - len,
                              "BEGIN:VEVENT\r\nUID:r%d\r\nDTSTART;VALUE=DATE:20251001\r\nSUMMARY:国庆节(休)\r\n"
                              "RRULE:FREQ=YEARLY;COUNT=1\r\nEND:VEVENT\r\n", i);
    len += (size_t)snprintf(text + len, cap - len, TAIL);
    ck_assert_uint_lt(len, cap);
    egca_calendar *cal = NULL;
    egca_error err = {.lang = EGCA_LANG_EN};
    int rc = load(&cal, text, NULL, &err);
    if (n == 100) {
      ck_assert_msg(rc == 0, "%s", err.message);
      egca_day_kind kind;
      ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2025-10-01"), &err), EGCA_OK);
      ck_assert_int_eq(kind, EGCA_DAY_HOLIDAY);
    } else {
      ck_assert_int_eq(rc, EGCA_E_PARSE);
      ck_assert_int_eq(err.line, 4 + 6 * 100 + 1);
      ck_assert_ptr_nonnull(strstr(err.message, "event r100: more than 100 recurring events (RRULE)"));
    }
    egca_calendar_free(cal);
    free(text);
  }
}
END_TEST

/* egca_error_init leaves an error that reads as a zeroed one, and a failure through it is the same as
 * through a zeroed error: code, year and every text (the memory behind it was garbage). */
START_TEST(error_init_is_a_zeroed_error)
{
  for (int l = 0; l < 2; l++) {
    const egca_lang lang = l ? EGCA_LANG_EN : EGCA_LANG_ZH;
    egca_error fresh;
    memset(&fresh, 'x', sizeof fresh);
    egca_error_init(&fresh, lang);
    ck_assert_int_eq(fresh.code, 0);
    ck_assert_int_eq(fresh.line, 0);
    ck_assert_int_eq(fresh.column, 0);
    ck_assert_int_eq(fresh.year, 0);
    ck_assert_int_eq(fresh.lang, lang);
    ck_assert_str_eq(fresh.source, "");
    ck_assert_str_eq(fresh.pointer, "");
    ck_assert_str_eq(fresh.message, "");
    egca_error zeroed = {.lang = lang};
    egca_date day;
    ck_assert_int_eq(egca_date_from_ymd(&day, 1990, 1, 2), 0); /* before the shipped data's first year */
    int working;
    ck_assert_int_eq(egca_calendar_is_workday(&working, official, day, &fresh), EGCA_E_COVERAGE);
    ck_assert_int_eq(egca_calendar_is_workday(&working, official, day, &zeroed), EGCA_E_COVERAGE);
    ck_assert_int_eq(fresh.code, zeroed.code);
    ck_assert_int_eq(fresh.year, 1990);
    ck_assert_int_eq(zeroed.year, 1990);
    ck_assert_int_eq(fresh.lang, lang);
    ck_assert_str_eq(fresh.source, zeroed.source);
    ck_assert_str_eq(fresh.pointer, zeroed.pointer);
    ck_assert_str_eq(fresh.message, zeroed.message);
    ck_assert_ptr_nonnull(strstr(fresh.message, "1990"));
  }
}
END_TEST

int main(void)
{
  egca_error err = {0};
  if (egca_calendar_default(&official, NULL, &err) != 0) {
    fprintf(stderr, "built-in calendar: %s\n", err.message);
    return EXIT_FAILURE;
  }
  Suite *s = suite_create("calendar");
  TCase *tc = tcase_create("calendar");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, error_init_is_a_zeroed_error);
  tcase_add_test(tc, design_worked_example);
  tcase_add_test(tc, every_holiday_2024_2026);
  tcase_add_test(tc, year_boundary_2018_2019);
  tcase_add_test(tc, working_days_per_year);
  tcase_add_test(tc, next_and_previous_working_day);
  tcase_add_test(tc, coverage_is_an_error_never_a_guess);
  tcase_add_test(tc, shipped_coverage_is_contiguous_and_tentative_only_at_the_end);
  tcase_add_test(tc, tentative_year_is_provisional);
  tcase_add_test(tc, feed_styles);
  tcase_add_test(tc, coverage_by_statutory_festivals);
  tcase_add_test(tc, mid_autumn_table_matches_the_notices);
  tcase_add_test(tc, conflicts_name_both_sources);
  tcase_add_test(tc, malformed_events);
  tcase_add_test(tc, folds_case_and_lines);
  tcase_add_test(tc, recurring_events_limit);
  tcase_add_test(tc, add_workdays_many_is_the_single_call);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  egca_calendar_free(official);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
