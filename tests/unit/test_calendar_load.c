/* Unit tests: loading iCalendar sources — recurrence (RDATE, EXDATE, refused EXRULE and doubled
 * properties), times in UTC and other zones read as dates in China, tentative events beside confirmed
 * ones, many EXDATEs, files that are not regular, and loading on several threads at once.
 * Every expected day is written out by hand in the test. */
#define _GNU_SOURCE /* memmem */
#include <check.h>
#include <dirent.h>
#include <egca.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "internal.h" /* the compiled calendar table (src/calendar.c) */

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
#define TAIL "END:VCALENDAR\r\n"

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

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

/* The holidays among FROM..TO, as "YYYY-MM-DD YYYY-MM-DD ...", must be exactly `expected`. */
static void expect_holidays(const egca_calendar *cal, const char *from, const char *to, const char *expected)
{
  char got[2048] = "";
  size_t len = 0;
  for (egca_date day = d(from); day <= d(to); day++) {
    egca_day_kind kind;
    egca_error err = {0};
    const int rc = egca_calendar_kind(&kind, cal, day, &err);
    ck_assert_msg(rc >= 0, "%s", err.message);
    if (kind == EGCA_DAY_HOLIDAY) {
      char text[EGCA_DATE_TEXT_SIZE];
      len += (size_t)snprintf(got + len, sizeof got - len, "%s%s", len ? " " : "", egca_date_format(day, text));
    }
  }
  ck_assert_msg(strcmp(got, expected) == 0, "holidays %s..%s: got \"%s\", expected \"%s\"", from, to, got, expected);
}

static void expect_kind(const egca_calendar *cal, const char *day, int rc_expected, egca_day_kind kind)
{
  egca_day_kind got;
  egca_error err = {0};
  const int rc = egca_calendar_kind(&got, cal, d(day), &err);
  ck_assert_msg(rc == rc_expected, "%s: rc %d, expected %d (%s)", day, rc, rc_expected, rc < 0 ? err.message : "");
  ck_assert_msg(got == kind, "%s: kind %s, expected %s", day, egca_day_kind_name(got), egca_day_kind_name(kind));
}

static void expect_bad(const char *text, int code, const char *fragment, int line)
{
  egca_calendar *cal = NULL;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(load(&cal, text, NULL, &err), code);
  ck_assert_msg(strstr(err.message, fragment) != NULL, "message \"%s\" lacks \"%s\"", err.message, fragment);
  ck_assert_str_eq(err.source, "test.ics");
  ck_assert_int_eq(err.line, line);
  ck_assert_ptr_null(cal);
}

/* --- 1. Recurrence ------------------------------------------------------------------------------- */

START_TEST(rdate_adds_occurrences)
{
  static const char text[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      /* 07-01, plus RDATEs: two dates in one property, a UTC time (17:00Z on 07-14 is 01:00 on 07-15 in
       * Beijing), a New York noon (EDT, 16:00Z, midnight on 07-18 in Beijing), a UTC period from Beijing
       * midnight to Beijing midnight two days later (07-10, 07-11), a floating period of two days (07-21,
       * 07-22); the EXDATE removes the RDATE of 07-07. */
      "BEGIN:VEVENT\r\nUID:r1\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250701\r\n"
      "RDATE;VALUE=DATE:20250703,20250707\r\nRDATE:20250714T170000Z\r\n"
      "RDATE;TZID=America/New_York:20250717T120000\r\n"
      "RDATE;VALUE=PERIOD:20250709T160000Z/20250711T160000Z\r\nRDATE;VALUE=PERIOD:20250721T000000/P2D\r\n"
      "EXDATE;VALUE=DATE:20250707\r\nEND:VEVENT\r\n"
      /* A two-day event: each RDATE occurrence lasts two days too (08-11, 08-12). */
      "BEGIN:VEVENT\r\nUID:r2\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250801\r\nDTEND;VALUE=DATE:20250803\r\n"
      "RDATE;VALUE=DATE:20250811\r\nEND:VEVENT\r\n"
      /* RRULE and RDATE together, EXDATE on one of each: Mondays 09-01, 09-08, 09-15 less 09-08, plus
       * RDATEs 09-17 and 09-19 less 09-19. */
      "BEGIN:VEVENT\r\nUID:r3\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250901\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
      "RDATE;VALUE=DATE:20250917,20250919\r\nEXDATE;VALUE=DATE:20250908,20250919\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_msg(load(&cal, text, NULL, &err) == 0, "%s", err.message);
  expect_holidays(cal, "2025-06-25", "2025-07-31",
                  "2025-07-01 2025-07-03 2025-07-10 2025-07-11 2025-07-15 2025-07-18 2025-07-21 2025-07-22");
  expect_holidays(cal, "2025-08-01", "2025-08-31", "2025-08-01 2025-08-02 2025-08-11 2025-08-12");
  expect_holidays(cal, "2025-09-01", "2025-09-30", "2025-09-01 2025-09-15 2025-09-17");
  egca_calendar_free(cal);
}
END_TEST

START_TEST(recurrence_that_would_be_dropped_is_refused)
{
  /* RFC 5545 section 3.6.1: one DTSTART, one DTEND; RRULE SHOULD NOT repeat. EXRULE is not expanded. */
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:x1\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "DTSTART;VALUE=DATE:20250102\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x1: more than one DTSTART", 4);
  expect_bad(HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEVENT\r\nUID:x2\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "RRULE:FREQ=YEARLY;COUNT=2\r\nRRULE:FREQ=MONTHLY;COUNT=2\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x2: more than one RRULE", 5);
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:x3\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "RRULE:FREQ=DAILY;COUNT=10\r\nEXRULE:FREQ=WEEKLY;COUNT=2\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x3: EXRULE is not supported", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:x4\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "DTEND;VALUE=DATE:20250102\r\nDTEND;VALUE=DATE:20250109\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x4: more than one DTEND", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:x5\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "RDATE;TZID=Nowhere/Atlantis:20250105T120000\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x5: RDATE: unknown time zone \"Nowhere/Atlantis\"", 4);
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:x6\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "RDATE;VALUE=PERIOD:20250105T000000/20250104T000000\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event x6: an RDATE period that ends before it starts", 4);
}
END_TEST

START_TEST(malformed_dates_are_refused)
{
  /* libical reads the digits it expects and drops what follows: RDATE;VALUE=DATE:2025013X became
   * 2025-01-03 (a holiday nobody wrote), 2025011X in a list 2025-01-01. Each is refused, naming the event's
   * line, its UID, the property and the value as written. */
  static const struct {
    const char *property, *message;
  } bad[] = {
      {"RDATE;VALUE=DATE:2025013X", "event m1: unreadable RDATE \"2025013X\""},
      {"RDATE;VALUE=DATE:20250113,2025011X", "event m1: unreadable RDATE \"20250113,2025011X\""},
      {"EXDATE;VALUE=DATE:2025010X", "event m1: unreadable EXDATE \"2025010X\""},
      {"EXDATE:20250102T000000Z,20250103T00000", "event m1: unreadable EXDATE \"20250102T000000Z,20250103T00000\""},
      {"DTEND;VALUE=DATE:2025010X", "event m1: unreadable DTEND \"2025010X\""},
      {"RDATE;VALUE=PERIOD:20250109T160000Z/20250111T16000XZ", "event m1: unreadable RDATE"},
      {"RDATE;VALUE=PERIOD:20250109T160000Z/20250111", "event m1: unreadable RDATE"},
      {"RDATE;VALUE=DATE:2025\r\n 013X", "event m1: unreadable RDATE \"2025013X\""}, /* folded */
  };
  for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    char text[1024];
    snprintf(text, sizeof text,
             HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEVENT\r\nUID:m0\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250101\r\n"
                  "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:m1\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20250102\r\n%s\r\n"
                  "END:VEVENT\r\n" TAIL,
             bad[k].property);
    expect_bad(text, EGCA_E_PARSE, bad[k].message, 10);
  }
  expect_bad(HEAD "BEGIN:VEVENT\r\nUID:m2\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:2025010X\r\nEND:VEVENT\r\n" TAIL,
             EGCA_E_PARSE, "event m2: unreadable DTSTART \"2025010X\"", 4);
  /* Well-formed lists, periods with an end or a duration, and white space at the end of the line load:
   * 01-01 (DTSTART), 01-03 and 01-06 (RDATE dates), 01-10 and 01-11 (the period from Beijing midnight,
   * 30 hours), 01-13 (the period to 01-13 16:00Z, which is 01-14 00:00 in Beijing); the EXDATE list removes
   * the RDATE of 01-06 (a time on that date) and nothing else. */
  static const char good[] = HEAD "X-EGCA-COVERAGE:2025\r\nBEGIN:VEVENT\r\nUID:g1\r\nSUMMARY:休\r\n"
      "DTSTART;VALUE=DATE:20250101\r\nRDATE;VALUE=DATE:20250103,20250106  \r\n"
      "RDATE;VALUE=PERIOD:20250109T160000Z/PT30H,20250112T160000Z/20250113T160000Z\r\n"
      "EXDATE;TZID=Asia/Shanghai:20250106T000000,20250107T000000\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_msg(load(&cal, good, NULL, &err) == 0, "%s", err.message);
  expect_holidays(cal, "2025-01-01", "2025-01-31", "2025-01-01 2025-01-03 2025-01-10 2025-01-11 2025-01-13");
  egca_calendar_free(cal);
}
END_TEST

/* --- 2. Times in UTC and other zones ---------------------------------------------------------------- */

START_TEST(utc_all_day_events_fall_on_china_dates)
{
  /* Outlook writes the 2025 国庆 holiday (10-01..10-08) from Beijing midnight to Beijing midnight in UTC;
   * the make-up Saturday 10-11 likewise; and 劳动节's 05-05 as one day. */
  static const char outlook[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      "BEGIN:VEVENT\r\nUID:o1\r\nSUMMARY:国庆节(休)\r\nDTSTART:20250930T160000Z\r\nDTEND:20251008T160000Z\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:o2\r\nSUMMARY:国庆节(班)\r\nDTSTART:20251010T160000Z\r\nDTEND:20251011T160000Z\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:o3\r\nSUMMARY:劳动节(休)\r\nDTSTART:20250504T160000Z\r\nDTEND:20250505T160000Z\r\nEND:VEVENT\r\n"
      /* A daily UTC rule from Beijing midnight 06-10, three days, less the UTC EXDATE of 06-11's midnight. */
      "BEGIN:VEVENT\r\nUID:o4\r\nSUMMARY:休\r\nDTSTART:20250609T160000Z\r\nDTEND:20250610T160000Z\r\n"
      "RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE:20250610T160000Z\r\nEND:VEVENT\r\n" TAIL;
  /* The same instants written in Beijing time. */
  static const char shanghai[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      "BEGIN:VEVENT\r\nUID:s1\r\nSUMMARY:国庆节(休)\r\nDTSTART;TZID=Asia/Shanghai:20251001T000000\r\n"
      "DTEND;TZID=Asia/Shanghai:20251009T000000\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:s2\r\nSUMMARY:国庆节(班)\r\nDTSTART;TZID=Asia/Shanghai:20251011T000000\r\n"
      "DTEND;TZID=Asia/Shanghai:20251012T000000\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:s3\r\nSUMMARY:劳动节(休)\r\nDTSTART;TZID=Asia/Shanghai:20250505T000000\r\n"
      "DTEND;TZID=Asia/Shanghai:20250506T000000\r\nEND:VEVENT\r\n"
      /* A zone west of UTC: 12:00 in Los Angeles (PDT) on 06-09 is 03:00 on 06-10 in Beijing. */
      "BEGIN:VEVENT\r\nUID:s4\r\nSUMMARY:休\r\nDTSTART;TZID=America/Los_Angeles:20250609T120000\r\n"
      "DTEND;TZID=America/Los_Angeles:20250609T130000\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
      "EXDATE;TZID=America/Los_Angeles:20250610T120000\r\nEND:VEVENT\r\n" TAIL;
  const char *const texts[] = {outlook, shanghai};
  for (int k = 0; k < 2; k++) {
    egca_calendar *cal;
    egca_error err = {0};
    ck_assert_msg(load(&cal, texts[k], NULL, &err) == 0, "%s", err.message);
    expect_holidays(cal, "2025-09-25", "2025-10-15",
                    "2025-10-01 2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-06 2025-10-07 2025-10-08");
    expect_kind(cal, "2025-10-11", EGCA_OK, EGCA_DAY_ADJUSTED_WORKDAY);
    expect_kind(cal, "2025-10-12", EGCA_OK, EGCA_DAY_WEEKEND);
    expect_holidays(cal, "2025-05-01", "2025-05-10", "2025-05-05");
    expect_holidays(cal, "2025-06-05", "2025-06-15", "2025-06-10 2025-06-12");
    /* DESIGN.md's worked example: 10-09 (1), 10-10 (2), Saturday 10-11 (3), 10-13 (4), 10-14 (5). */
    egca_date due;
    ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-09-30"), 5, &err), EGCA_OK);
    ck_assert_int_eq(due, d("2025-10-14"));
    egca_calendar_free(cal);
  }
  /* Outlook's own zone, defined in the file: the same days. */
  static const char own_zone[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      "BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
      "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
      "BEGIN:VEVENT\r\nUID:z1\r\nSUMMARY:国庆节(休)\r\nDTSTART;TZID=China Standard Time:20251001T000000\r\n"
      "DTEND;TZID=China Standard Time:20251009T000000\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_msg(load(&cal, own_zone, NULL, &err) == 0, "%s", err.message);
  expect_holidays(cal, "2025-09-25", "2025-10-15",
                  "2025-10-01 2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-06 2025-10-07 2025-10-08");
  egca_calendar_free(cal);
}
END_TEST

START_TEST(utc_until_keeps_the_last_occurrence)
{
  /* RFC 5545 section 3.3.10: UNTIL is in UTC when DTSTART has a zone, and an occurrence at or before it
   * belongs to the set. 08:00 in Beijing on 11-09 is 00:00Z, before UNTIL's 04:00Z: 11-03..11-09, seven
   * days. 09:00 on 11-10 (01:00Z) would be after an UNTIL of 00:30Z that day: 11-10 is not marked. */
  static const char shanghai[] = HEAD "X-EGCA-COVERAGE:2022\r\n"
      "BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:休\r\nDTSTART;TZID=Asia/Shanghai:20221103T080000\r\n"
      "RRULE:FREQ=DAILY;UNTIL=20221109T040000Z\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:u2\r\nSUMMARY:休\r\nDTSTART;TZID=Asia/Shanghai:20221207T090000\r\n"
      "RRULE:FREQ=DAILY;UNTIL=20221210T003000Z\r\nEND:VEVENT\r\n" TAIL;
  /* The same in a zone the file defines, five hours east of UTC: 05:00 there on 11-09 is 00:00Z (08:00 in
   * Beijing), and the last occurrence stays. */
  static const char own_zone[] = HEAD "X-EGCA-COVERAGE:2022\r\n"
      "BEGIN:VTIMEZONE\r\nTZID:Plus5\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
      "TZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
      "BEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:休\r\nDTSTART;TZID=Plus5:20221103T050000\r\n"
      "RRULE:FREQ=DAILY;UNTIL=20221109T040000Z\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:u2\r\nSUMMARY:休\r\nDTSTART;TZID=Plus5:20221207T060000\r\n"
      "RRULE:FREQ=DAILY;UNTIL=20221210T003000Z\r\nEND:VEVENT\r\n" TAIL;
  const char *const texts[] = {shanghai, own_zone};
  for (int k = 0; k < 2; k++) {
    egca_calendar *cal;
    egca_error err = {0};
    ck_assert_msg(load(&cal, texts[k], NULL, &err) == 0, "%s", err.message);
    expect_holidays(cal, "2022-11-01", "2022-11-30",
                    "2022-11-03 2022-11-04 2022-11-05 2022-11-06 2022-11-07 2022-11-08 2022-11-09");
    expect_holidays(cal, "2022-12-01", "2022-12-31", "2022-12-07 2022-12-08 2022-12-09");
    egca_calendar_free(cal);
  }
}
END_TEST

/* --- 3. Tentative events beside confirmed ones ------------------------------------------------------ */

START_TEST(tentative_days_of_an_added_source_are_provisional)
{
  static const char confirmed[] = HEAD "X-EGCA-COVERAGE:2025\r\n"
      "BEGIN:VEVENT\r\nUID:c1\r\nSUMMARY:国庆节(休)\r\nDTSTART;VALUE=DATE:20251001\r\nDTEND;VALUE=DATE:20251009\r\nEND:VEVENT\r\n" TAIL;
  /* Monday 12-01 a tentative holiday; Saturday 12-06 a tentative make-up day; 10-02 tentatively what the
   * confirmed source already says. */
  static const char extra[] = HEAD
      "BEGIN:VEVENT\r\nUID:t1\r\nSTATUS:TENTATIVE\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20251201\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:t2\r\nSTATUS:TENTATIVE\r\nSUMMARY:班\r\nDTSTART;VALUE=DATE:20251206\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:t3\r\nSTATUS:TENTATIVE\r\nSUMMARY:休\r\nDTSTART;VALUE=DATE:20251002\r\nEND:VEVENT\r\n" TAIL;
  for (int strict = 0; strict <= 1; strict++) {
    for (int order = 0; order <= 1; order++) {
      egca_load_options options = {.strict = strict};
      egca_calendar_builder *b;
      egca_error err = {.lang = EGCA_LANG_EN};
      ck_assert_int_eq(egca_calendar_builder_new(&b, &options, &err), 0);
      const char *first = order ? extra : confirmed, *second = order ? confirmed : extra;
      ck_assert_int_eq(egca_calendar_builder_add_buffer(b, "a.ics", first, strlen(first), &err), 0);
      ck_assert_int_eq(egca_calendar_builder_add_buffer(b, "b.ics", second, strlen(second), &err), 0);
      egca_calendar *cal;
      ck_assert_msg(egca_calendar_builder_build(&cal, b, &err) == 0, "%s", err.message);
      egca_calendar_builder_free(b);
      ck_assert_int_eq(egca_calendar_year_coverage(cal, 2025), EGCA_COVERAGE_CONFIRMED);
      int provisional = -1;
      ck_assert_int_eq(egca_calendar_is_provisional(&provisional, cal, d("2025-12-01"), &err), 0);
      ck_assert_int_eq(provisional, 1);
      ck_assert_int_eq(egca_calendar_is_provisional(&provisional, cal, d("2025-12-06"), &err), 0);
      ck_assert_int_eq(provisional, 1);
      ck_assert_int_eq(egca_calendar_is_provisional(&provisional, cal, d("2025-10-02"), &err), 0);
      ck_assert_int_eq(provisional, 0); /* the confirmed source decides it */
      ck_assert_int_eq(egca_calendar_is_provisional(&provisional, cal, d("2025-12-02"), &err), 0);
      ck_assert_int_eq(provisional, 0); /* nothing tentative marks it */
      expect_kind(cal, "2025-10-02", EGCA_OK, EGCA_DAY_HOLIDAY);
      expect_kind(cal, "2025-12-02", EGCA_OK, EGCA_DAY_WORKDAY);
      egca_date due = 0;
      /* Not touching 12-01: 11-20 + 1 working day = 11-21. */
      ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-11-20"), 1, &err), EGCA_OK);
      ck_assert_int_eq(due, d("2025-11-21"));
      if (!strict) {
        expect_kind(cal, "2025-12-01", EGCA_PROVISIONAL, EGCA_DAY_HOLIDAY);
        expect_kind(cal, "2025-12-06", EGCA_PROVISIONAL, EGCA_DAY_ADJUSTED_WORKDAY);
        /* Friday 11-28 + 1: Monday 12-01 is a (tentative) holiday, so 12-02, provisional. */
        ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-11-28"), 1, &err), EGCA_PROVISIONAL);
        ck_assert_int_eq(due, d("2025-12-02"));
      } else {
        egca_day_kind kind;
        ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2025-12-01"), &err), EGCA_E_COVERAGE);
        ck_assert_msg(strstr(err.message, "2025-12-01 is marked only by a STATUS:TENTATIVE event") != NULL, "%s",
                      err.message);
        egca_error zh = {0};
        ck_assert_int_eq(egca_calendar_kind(&kind, cal, d("2025-12-01"), &zh), EGCA_E_COVERAGE);
        ck_assert_str_eq(zh.message, "2025-12-01仅由STATUS:TENTATIVE事件标记：严格模式下，暂定的答案即为错误");
        ck_assert_int_eq(egca_calendar_add_workdays(&due, cal, d("2025-11-28"), 1, &err), EGCA_E_COVERAGE);
        ck_assert_int_eq(err.year, 2025);
      }
      egca_calendar_free(cal);
    }
  }
}
END_TEST

/* --- 5. Many EXDATEs; files that are not regular ---------------------------------------------------- */

static double seconds_now(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A daily rule over 2000-01-01..2055-12-31 with 20,000 EXDATEs (2000-01-01 and the next 19,999 days): the
 * first holiday left is day 20,000, 2054-10-04 (2000-01-01 is day 730,120 of the proleptic calendar,
 * 2054-10-04 day 750,120). Scanning every EXDATE for every occurrence took 100 s. */
START_TEST(twenty_thousand_exdates)
{
  const int count = 20000;
  size_t cap = 512 + (size_t)count * 32, len = 0;
  char *text = malloc(cap);
  ck_assert_ptr_nonnull(text);
  len += (size_t)snprintf(text + len, cap - len,
                          HEAD "X-EGCA-COVERAGE:2054\r\nBEGIN:VEVENT\r\nUID:many\r\nSUMMARY:休\r\n"
                               "DTSTART;VALUE=DATE:20000101\r\nRRULE:FREQ=DAILY;UNTIL=20551231\r\n");
  const egca_date first = d("2000-01-01");
  for (int i = count - 1; i >= 0; i--) { /* in reverse order: the reader must not rely on the file's order */
    int y, m, dd;
    egca_date_to_ymd(first + i, &y, &m, &dd);
    len += (size_t)snprintf(text + len, cap - len, "EXDATE;VALUE=DATE:%04d%02d%02d\r\n", y, m, dd);
  }
  len += (size_t)snprintf(text + len, cap - len, "END:VEVENT\r\n" TAIL);
  ck_assert_uint_lt(len, cap);
  egca_calendar *cal;
  egca_error err = {0};
  const double t0 = seconds_now();
  ck_assert_msg(load(&cal, text, NULL, &err) == 0, "%s", err.message);
  const double took = seconds_now() - t0;
  free(text);
  expect_holidays(cal, "2054-09-28", "2054-10-06", "2054-10-04 2054-10-05 2054-10-06");
  egca_calendar_free(cal);
  /* Sorting and searching take milliseconds; the quadratic scan took 100 s. Generous for slow builds
   * (valgrind). */
  ck_assert_msg(took < 20.0, "20,000 EXDATEs took %.1f s", took);
}
END_TEST

START_TEST(files_that_are_not_regular)
{
  char dir[] = "/tmp/egca-test-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char good[64], fifo[64], sock[64]; /* a socket's path fits in 108 bytes */
  snprintf(good, sizeof good, "%s/a.ics", dir);
  snprintf(fifo, sizeof fifo, "%s/b.ics", dir);
  snprintf(sock, sizeof sock, "%s/c.ics", dir);
  FILE *f = fopen(good, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_int_gt(fprintf(f, HEAD "X-EGCA-COVERAGE:2025\r\n" TAIL), 0);
  ck_assert_int_eq(fclose(f), 0);
  ck_assert_int_eq(mkfifo(fifo, 0600), 0);

  /* A FIFO named *.ics in a folder: refused at once, naming it (opening it used to wait for a writer). */
  egca_calendar *cal = NULL;
  egca_error err = {.lang = EGCA_LANG_EN};
  const char *paths[] = {dir};
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_IO);
  ck_assert_str_eq(err.source, fifo);
  ck_assert_msg(strstr(err.message, "not a regular file (a FIFO)") != NULL, "%s", err.message);
  ck_assert_ptr_null(cal);
  egca_error zh = {0};
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &zh), EGCA_E_IO);
  ck_assert_str_eq(zh.message, "不是普通文件（FIFO管道）");

  /* Named on its own, a pipe is read; with no writer it reads as empty, without waiting. */
  paths[0] = fifo;
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_PARSE);
  ck_assert_msg(strstr(err.message, "empty file") != NULL, "%s", err.message);
  ck_assert_int_eq(unlink(fifo), 0);

  /* A socket named *.ics in the folder, and named on its own. */
  const int s = socket(AF_UNIX, SOCK_STREAM, 0);
  ck_assert_int_ge(s, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock);
  ck_assert_int_eq(bind(s, (const struct sockaddr *)&addr, sizeof addr), 0);
  paths[0] = dir;
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_IO);
  ck_assert_msg(strstr(err.message, "not a regular file (a socket)") != NULL, "%s", err.message);
  paths[0] = sock;
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_IO);
  ck_assert_msg(strstr(err.message, "not a regular file or a pipe (a socket)") != NULL, "%s", err.message);
  close(s);
  ck_assert_int_eq(unlink(sock), 0);

  /* A character device named on its own. */
  paths[0] = "/dev/null";
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_IO);
  ck_assert_msg(strstr(err.message, "not a regular file or a pipe (a character device)") != NULL, "%s", err.message);
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &zh), EGCA_E_IO);
  ck_assert_str_eq(zh.message, "不是普通文件或管道（字符设备）");
  /* A path that is not there: the system's reason in the caller's language. */
  paths[0] = "no-such-calendar.ics";
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &zh), EGCA_E_IO);
  ck_assert_str_eq(zh.message, "无法打开：文件或目录不存在");
  ck_assert_int_eq(egca_calendar_load(&cal, paths, 1, NULL, &err), EGCA_E_IO);
  ck_assert_str_eq(err.message, "cannot open: No such file or directory");

  /* What remains loads. */
  paths[0] = dir;
  ck_assert_msg(egca_calendar_load(&cal, paths, 1, NULL, &err) == 0, "%s", err.message);
  egca_calendar_free(cal);
  ck_assert_int_eq(unlink(good), 0);
  ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

/* --- 6. Loading on several threads ------------------------------------------------------------------ */

#define LOADERS 4

static void *load_default(void *arg)
{
  int *ok = arg;
  for (int i = 0; i < 5; i++) {
    egca_calendar *cal;
    if (egca_calendar_default(&cal, NULL, NULL) != 0)
      return NULL;
    egca_date due;
    egca_date from;
    egca_date_from_ymd(&from, 2025, 9, 30);
    *ok += egca_calendar_add_workdays(&due, cal, from, 5, NULL) == EGCA_OK && due == from + 14;
    egca_calendar_free(cal);
  }
  return NULL;
}

START_TEST(loading_on_several_threads)
{
  pthread_t threads[LOADERS];
  int ok[LOADERS] = {0};
  for (int k = 0; k < LOADERS; k++)
    ck_assert_int_eq(pthread_create(&threads[k], NULL, load_default, &ok[k]), 0);
  for (int k = 0; k < LOADERS; k++) {
    pthread_join(threads[k], NULL);
    ck_assert_int_eq(ok[k], 5); /* 2025-09-30 + 5 working days = 2025-10-14 */
  }
}
END_TEST

/* The calendar of `office` ("": the national one) from the files on disk: data/holidays, and for an office
 * whose region has rest days of its own its region and data/holidays/local/CODE-*.ics as the local layer. */
static int load_from_disk(egca_calendar **out, const char *office, const egca_load_options *o, egca_error *err)
{
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, o, err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_path(b, EGCA_SOURCE_DIR "/data/holidays", err);
  if (rc >= 0 && office[0] != '\0') {
    const egca_office *of = egca_office_find(office);
    ck_assert_ptr_nonnull(of);
    rc = egca_calendar_builder_set_region(b, of->region, err);
    DIR *dir = opendir(EGCA_SOURCE_DIR "/data/holidays/local");
    ck_assert_ptr_nonnull(dir);
    struct dirent *e;
    while (rc >= 0 && (e = readdir(dir)) != NULL) {
      if (strncmp(e->d_name, office, 6) != 0 || e->d_name[6] != '-')
        continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", EGCA_SOURCE_DIR "/data/holidays/local", e->d_name);
      rc = egca_calendar_builder_add_local_path(b, path, err);
    }
    closedir(dir);
  }
  if (rc >= 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

/* The shipped calendars are tables compiled at build time (tools/compile_calendars.c): the national one and
 * that of each office whose region has rest days of its own. Each must be the calendar egca's loader makes
 * from the embedded notices now, byte for byte, under every policy for unmarked events; and every day of it
 * must answer as the notices on disk (data/holidays, data/holidays/local) loaded by path. */
START_TEST(compiled_tables_are_the_notices_calendars)
{
  /* The national calendar and one per office with local_holidays (广西, 西藏, 宁夏, 新疆). */
  size_t local_offices = 0;
  for (size_t i = 0; i < egca_office_count(); i++)
    local_offices += egca_office_at(i)->local_holidays != 0;
  ck_assert_uint_eq(local_offices, 4);
  ck_assert_uint_eq(egca__compiled_calendar_count, 1 + local_offices);
  ck_assert_str_eq(egca__compiled_calendars[0].office, "");
  egca_error err = {0};
  for (size_t t = 0; t < egca__compiled_calendar_count; t++) {
    const char *office = egca__compiled_calendars[t].office;
    ck_assert_uint_gt(egca__compiled_calendars[t].len, 0);
    ck_assert_uint_eq(egca__compiled_calendars[t].policies & 1u, 1u); /* EGCA_UNMARKED_IGNORE, the default */
    if (office[0] != '\0') {
      ck_assert_ptr_nonnull(egca_office_find(office));
      ck_assert(egca_office_find(office)->local_holidays);
    }
    for (int policy = EGCA_UNMARKED_IGNORE; policy <= EGCA_UNMARKED_HOLIDAY; policy++) {
      for (int strict = 0; strict <= 1; strict++) {
        egca_load_options o = {(egca_unmarked_policy)policy, strict};
        egca_calendar *table = NULL, *notices = NULL, *files = NULL;
        const int rt = office[0] == '\0' ? egca_calendar_default(&table, &o, &err)
                                         : egca_calendar_for_office(&table, office, &o, &err);
        const int rn = office[0] == '\0' ? egca__calendar_from_notices(&notices, &o, &err)
                                         : egca__calendar_for_office_from_notices(&notices, office, &o, &err);
        ck_assert_int_eq(rt, rn);
        ck_assert_int_eq(load_from_disk(&files, office, &o, &err), rn);
        if (rn < 0)
          continue;
        unsigned char *a, *b;
        size_t al, bl;
        ck_assert_int_eq(egca__calendar_to_bytes(table, &a, &al), 0);
        ck_assert_int_eq(egca__calendar_to_bytes(notices, &b, &bl), 0);
        ck_assert_msg(al == bl && memcmp(a, b, al) == 0, "%s policy %d: the table is not the notices' calendar",
                      office, policy);
        free(a);
        free(b);
        ck_assert_int_eq(egca_calendar_strict(table), strict);
        const char *rt_region = egca_calendar_region(table), *rf_region = egca_calendar_region(files);
        ck_assert(rt_region == NULL ? rf_region == NULL : rf_region != NULL && strcmp(rt_region, rf_region) == 0);
        ck_assert(office[0] == '\0' ? rt_region == NULL : rt_region != NULL);
        int first, last, ff, fl;
        egca_calendar_year_range(table, &first, &last);
        egca_calendar_year_range(files, &ff, &fl);
        ck_assert_int_eq(first, ff);
        ck_assert_int_eq(last, fl);
        egca_date from, to;
        ck_assert_int_eq(egca_date_from_ymd(&from, first, 1, 1), 0);
        ck_assert_int_eq(egca_date_from_ymd(&to, last, 12, 31), 0);
        /* Day by day under the default policy (the others gave the same bytes above), strict or not. */
        if (policy != EGCA_UNMARKED_IGNORE)
          to = from - 1;
        for (egca_date d = from; d <= to; d++) {
          egca_day_kind kt, kf;
          egca_date nt = 0, nf = 0;
          ck_assert_int_eq(egca_calendar_kind(&kt, table, d, &err), egca_calendar_kind(&kf, files, d, &err));
          ck_assert_int_eq(kt, kf);
          const int at = egca_calendar_add_workdays(&nt, table, d, 20, &err);
          ck_assert_int_eq(at, egca_calendar_add_workdays(&nf, files, d, 20, &err));
          if (at >= 0)
            ck_assert_int_eq(nt, nf);
        }
        for (int y = first; y <= last; y++) {
          ck_assert_int_eq(egca_calendar_year_coverage(table, y), egca_calendar_year_coverage(files, y));
          ck_assert_int_eq(egca_calendar_year_local_coverage(table, y), egca_calendar_year_local_coverage(files, y));
        }
        egca_calendar_free(table);
        egca_calendar_free(notices);
        egca_calendar_free(files);
      }
    }
  }
  /* An office without rest days of its own counts on the national calendar. */
  egca_calendar *beijing = NULL, *national = NULL;
  ck_assert_int_eq(egca_calendar_for_office(&beijing, "110000", NULL, &err), 0);
  ck_assert_int_eq(egca_calendar_default(&national, NULL, &err), 0);
  unsigned char *a, *b;
  size_t al, bl;
  ck_assert_int_eq(egca__calendar_to_bytes(beijing, &a, &al), 0);
  ck_assert_int_eq(egca__calendar_to_bytes(national, &b, &bl), 0);
  ck_assert(al == bl && memcmp(a, b, al) == 0);
  free(a);
  free(b);
  egca_calendar_free(beijing);
  egca_calendar_free(national);
}
END_TEST

START_TEST(damaged_table_is_refused)
{
  egca_error err = {0};
  egca_calendar *c = NULL;
  for (size_t t = 0; t < egca__compiled_calendar_count; t++) {
    const unsigned char *bytes = egca__compiled_calendars[t].bytes;
    const size_t len = egca__compiled_calendars[t].len;
    /* Cut short anywhere: refused, never read past the end (this runs under ASan and valgrind too). */
    for (size_t n = 0; n < len; n += 97 + 64 * t) {
      ck_assert_int_eq(egca__calendar_from_bytes(&c, bytes, n, 0, &err), EGCA_E_INVALID);
      ck_assert_ptr_null(c);
      ck_assert_str_eq(err.message, "内置日历表已损坏");
    }
    /* A day that is no kind. */
    unsigned char *copy = malloc(len);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, bytes, len);
    copy[8 + 2 * sizeof(int) + 10] = 0xFF; /* magic, first and last year, then the days */
    ck_assert_int_eq(egca__calendar_from_bytes(&c, copy, len, 0, &err), EGCA_E_INVALID);
    free(copy);
  }
}
END_TEST

/* The named days are kept as a list of the days events mark, in order: a table whose list is out of order or
 * names a day outside the table is damaged. The list is found in the bytes by its first days, taken from the
 * calendar itself (the days egca_calendar_day names). */
START_TEST(damaged_named_days_are_refused)
{
  egca_error err = {0};
  egca_calendar *c = NULL;
  const unsigned char *bytes = egca__compiled_calendars[0].bytes;
  const size_t len = egca__compiled_calendars[0].len;
  ck_assert_int_eq(egca__calendar_from_bytes(&c, bytes, len, 0, &err), 0);
  int first, last;
  egca_calendar_year_range(c, &first, &last);
  egca_date base, end;
  ck_assert_int_eq(egca_date_from_ymd(&base, first, 1, 1), 0);
  ck_assert_int_eq(egca_date_from_ymd(&end, last, 12, 31), 0);
  int32_t named[4];
  uint32_t count = 0;
  for (egca_date d = base; d <= end; d++) {
    egca_day_info info;
    ck_assert_int_ge(egca_calendar_day(&info, c, d, NULL), 0);
    if (info.name == NULL && info.notice == NULL)
      continue;
    if (count < 4)
      named[count] = (int32_t)(d - base);
    count++;
  }
  egca_calendar_free(c);
  c = NULL;
  ck_assert_uint_gt(count, 4);
  /* 2007-01-01, 元旦, is the first named day of the shipped table. */
  ck_assert_int_eq(named[0], 0);
  const unsigned char *at = memmem(bytes, len, named, sizeof named);
  ck_assert_ptr_nonnull(at);
  const size_t offset = (size_t)(at - bytes);
  uint32_t kept; /* the list's length, written before the label and pool sizes */
  memcpy(&kept, at - 3 * sizeof(uint32_t), sizeof kept);
  ck_assert_uint_eq(kept, count);
  unsigned char *copy = malloc(len);
  ck_assert_ptr_nonnull(copy);
  /* Two days swapped. */
  memcpy(copy, bytes, len);
  memcpy(copy + offset, &named[1], sizeof named[1]);
  memcpy(copy + offset + sizeof named[0], &named[0], sizeof named[0]);
  ck_assert_int_eq(egca__calendar_from_bytes(&c, copy, len, 0, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(c);
  /* The last day named past the table's end. */
  memcpy(copy, bytes, len);
  const int32_t past = (int32_t)(end - base + 1);
  memcpy(copy + offset + (count - 1) * sizeof(int32_t), &past, sizeof past);
  ck_assert_int_eq(egca__calendar_from_bytes(&c, copy, len, 0, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(c);
  /* Unchanged bytes still load (the two changes above were the only damage). */
  memcpy(copy, bytes, len);
  ck_assert_int_eq(egca__calendar_from_bytes(&c, copy, len, 0, &err), 0);
  egca_calendar_free(c);
  free(copy);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("calendar_load");
  TCase *tc = tcase_create("calendar_load");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, rdate_adds_occurrences);
  tcase_add_test(tc, recurrence_that_would_be_dropped_is_refused);
  tcase_add_test(tc, malformed_dates_are_refused);
  tcase_add_test(tc, utc_all_day_events_fall_on_china_dates);
  tcase_add_test(tc, utc_until_keeps_the_last_occurrence);
  tcase_add_test(tc, tentative_days_of_an_added_source_are_provisional);
  tcase_add_test(tc, twenty_thousand_exdates);
  tcase_add_test(tc, files_that_are_not_regular);
  tcase_add_test(tc, loading_on_several_threads);
  tcase_add_test(tc, compiled_tables_are_the_notices_calendars);
  tcase_add_test(tc, damaged_table_is_refused);
  tcase_add_test(tc, damaged_named_days_are_refused);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
