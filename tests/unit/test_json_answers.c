/* Unit tests: the JSON answers of the command and the service, written by the library — a calendar's days,
 * month, year and coverage, the offices, the rules and a rule's versions, an error.
 *
 * Expected days are the State Council's: 国务院办公厅关于2025年部分节假日安排的通知 (国庆节、中秋节: 10月1日至8日
 * 放假调休，共8天；9月28日（周日）、10月11日（周六）上班) and the 2026 notice (春节: 2月15日至23日放假调休；2月14日
 * （周六）、2月28日（周六）上班). Tentative years and the calendar's end come from the fixture calendars of
 * tests/data/calendars (2082 confirmed, 2083 tentative, 2084 not covered). */
#include <check.h>
#include <cjson/cJSON.h>
#include <egca.h>
#include <stdlib.h>
#include <string.h>

static egca_calendar *calendar;
static egca_calendar *fixture;
static egca_rules *rules;

static void setup(void)
{
  egca_error err = {0};
  const char *fixture_path = EGCA_SOURCE_DIR "/tests/data/calendars";
  ck_assert_msg(egca_calendar_default(&calendar, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&fixture, &fixture_path, 1, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_rules_default(&rules, &err) == 0, "%s", err.message);
}

static void teardown(void)
{
  egca_rules_free(rules);
  egca_calendar_free(calendar);
  egca_calendar_free(fixture);
}

static egca_date day(const char *text)
{
  egca_date d;
  ck_assert_int_eq(egca_date_parse(&d, text, NULL), 0);
  return d;
}

/* The member `key` of an object, which must be there. */
static const cJSON *member(const cJSON *object, const char *key)
{
  const cJSON *m = cJSON_GetObjectItemCaseSensitive(object, key);
  ck_assert_msg(m != NULL, "no member \"%s\"", key);
  return m;
}

static const char *string_of(const cJSON *object, const char *key)
{
  const cJSON *m = member(object, key);
  ck_assert_msg(cJSON_IsString(m), "\"%s\" is not a string", key);
  return m->valuestring;
}

/* The day `date` of an answer's "days". */
static const cJSON *day_in(const cJSON *answer, const char *date)
{
  const cJSON *d;
  cJSON_ArrayForEach(d, member(answer, "days"))
  {
    if (strcmp(string_of(d, "date"), date) == 0)
      return d;
  }
  ck_abort_msg("no day %s", date);
  return NULL;
}

START_TEST(days_are_the_notices_days)
{
  egca_error err = {0};
  char *text = NULL;
  egca_date failed = 0;
  ck_assert_int_eq(egca_calendar_days_to_json(&text, calendar, day("2025-09-28"), day("2025-10-12"), EGCA_JSON_COMPACT,
                                              &failed, &err),
                   EGCA_OK);
  ck_assert_int_eq(failed, EGCA_DATE_NONE);
  /* One line, no newline; exactly the command's line for the first day. */
  ck_assert_ptr_null(strchr(text, '\n'));
  ck_assert_ptr_nonnull(strstr(text, "{\"from\":\"2025-09-28\",\"to\":\"2025-10-12\",\"provisional\":false,\"days\":["
                                     "{\"date\":\"2025-09-28\",\"kind\":\"adjusted_workday\",\"provisional\":false,"
                                     "\"name\":\"国庆节、中秋节\",\"notice\":{\"title\":\"国务院办公厅关于2025年部分节假日安排的通知\""));
  cJSON *answer = cJSON_Parse(text);
  ck_assert_ptr_nonnull(answer);
  ck_assert_int_eq(cJSON_GetArraySize(member(answer, "days")), 15);
  ck_assert_str_eq(string_of(day_in(answer, "2025-10-01"), "kind"), "holiday");
  ck_assert_str_eq(string_of(day_in(answer, "2025-10-08"), "kind"), "holiday");
  ck_assert_str_eq(string_of(day_in(answer, "2025-10-09"), "kind"), "workday");
  ck_assert_str_eq(string_of(day_in(answer, "2025-10-11"), "kind"), "adjusted_workday");
  ck_assert_str_eq(string_of(day_in(answer, "2025-10-12"), "kind"), "weekend");
  ck_assert(cJSON_IsNull(member(day_in(answer, "2025-10-09"), "notice")));
  ck_assert(cJSON_IsNull(member(day_in(answer, "2025-10-09"), "name")));
  cJSON_Delete(answer);
  egca_calendar_string_free(text);
}
END_TEST

START_TEST(pretty_is_the_same_answer)
{
  char *compact = NULL, *pretty = NULL;
  ck_assert_int_eq(egca_calendar_month_to_json(&compact, calendar, 2026, 2, EGCA_JSON_COMPACT, NULL), EGCA_OK);
  ck_assert_int_eq(egca_calendar_month_to_json(&pretty, calendar, 2026, 2, 0, NULL), EGCA_OK);
  ck_assert_ptr_nonnull(strstr(pretty, "{\n  \"month\": \"2026-02\",\n  \"provisional\": false,\n  \"days\": [\n    {\n"));
  ck_assert_int_eq(pretty[strlen(pretty) - 1], '\n');
  cJSON *a = cJSON_Parse(compact), *b = cJSON_Parse(pretty);
  ck_assert(cJSON_Compare(a, b, 1));
  ck_assert_int_eq(cJSON_GetArraySize(member(a, "days")), 28);
  ck_assert_str_eq(string_of(day_in(a, "2026-02-14"), "kind"), "adjusted_workday");
  ck_assert_str_eq(string_of(day_in(a, "2026-02-14"), "name"), "春节");
  ck_assert_str_eq(string_of(day_in(a, "2026-02-23"), "kind"), "holiday");
  ck_assert_str_eq(string_of(day_in(a, "2026-02-24"), "kind"), "workday");
  ck_assert_str_eq(string_of(day_in(a, "2026-02-28"), "kind"), "adjusted_workday");
  cJSON_Delete(a);
  cJSON_Delete(b);
  egca_calendar_string_free(compact);
  egca_calendar_string_free(pretty);
}
END_TEST

START_TEST(a_year_is_every_day_with_its_coverage)
{
  char *text = NULL;
  ck_assert_int_eq(egca_calendar_year_to_json(&text, calendar, 2024, EGCA_JSON_COMPACT, NULL), EGCA_OK);
  ck_assert_ptr_nonnull(strstr(text, "{\"year\":2024,\"coverage\":\"confirmed\",\"provisional\":false,\"days\":["));
  cJSON *a = cJSON_Parse(text);
  ck_assert_int_eq(cJSON_GetArraySize(member(a, "days")), 366); /* a leap year */
  ck_assert_str_eq(string_of(day_in(a, "2024-02-29"), "kind"), "workday");
  cJSON_Delete(a);
  egca_calendar_string_free(text);
  /* A tentative year: every day provisional, and the answer says so. */
  ck_assert_int_eq(egca_calendar_year_to_json(&text, fixture, 2083, EGCA_JSON_COMPACT, NULL), EGCA_PROVISIONAL);
  ck_assert_ptr_nonnull(strstr(text, "{\"year\":2083,\"coverage\":\"tentative\",\"provisional\":true,"));
  egca_calendar_string_free(text);
}
END_TEST

START_TEST(a_day_outside_coverage_is_named_and_nothing_written)
{
  egca_error err = {0};
  char *text = (char *)"untouched";
  egca_date failed = EGCA_DATE_NONE;
  ck_assert_int_eq(egca_calendar_days_to_json(&text, fixture, day("2083-12-30"), day("2084-01-02"), 0, &failed, &err),
                   EGCA_E_COVERAGE);
  ck_assert_ptr_null(text);
  ck_assert_int_eq(failed, day("2084-01-01"));
  ck_assert_int_eq(err.year, 2084);
  ck_assert_int_eq(egca_calendar_month_to_json(&text, fixture, 2084, 1, 0, &err), EGCA_E_COVERAGE);
  ck_assert_ptr_null(text);
  /* Arguments that name no range. */
  ck_assert_int_eq(egca_calendar_days_to_json(&text, calendar, day("2025-10-02"), day("2025-10-01"), 0, NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_int_eq(egca_calendar_month_to_json(&text, calendar, 2025, 13, 0, &err), EGCA_E_INVALID);
  ck_assert_int_eq(egca_calendar_year_to_json(&text, calendar, 0, 0, &err), EGCA_E_INVALID);
}
END_TEST

START_TEST(coverage_lists_the_years_and_their_sources)
{
  char *text = NULL;
  ck_assert_int_eq(egca_calendar_coverage_to_json(&text, fixture, EGCA_JSON_COMPACT, NULL), EGCA_OK);
  cJSON *a = cJSON_Parse(text);
  const cJSON *years = member(a, "years");
  ck_assert_int_eq(cJSON_GetArraySize(years), 2);
  ck_assert_int_eq(member(cJSON_GetArrayItem(years, 0), "year")->valueint, 2082);
  ck_assert_str_eq(string_of(cJSON_GetArrayItem(years, 0), "coverage"), "confirmed");
  ck_assert_str_eq(string_of(cJSON_GetArrayItem(years, 1), "coverage"), "tentative");
  ck_assert(cJSON_IsNull(member(cJSON_GetArrayItem(years, 0), "local"))); /* no local layer */
  const cJSON *sources = member(cJSON_GetArrayItem(years, 0), "sources");
  ck_assert_int_eq(cJSON_GetArraySize(sources), 1);
  ck_assert_ptr_nonnull(strstr(cJSON_GetArrayItem(sources, 0)->valuestring, "confirmed-2082.ics"));
  ck_assert_int_eq(member(a, "sources")->valueint, 2);
  cJSON_Delete(a);
  egca_calendar_string_free(text);
}
END_TEST

START_TEST(offices_give_the_filing_cutoffs)
{
  char *text = NULL;
  ck_assert_int_eq(egca_offices_to_json(&text, EGCA_LANG_EN, EGCA_JSON_COMPACT, NULL), EGCA_OK);
  cJSON *a = cJSON_Parse(text);
  /* 民法典 第二百零三条第二款: a filing by post or online counts until 24:00; in person, until the office closes
   * (国家密码管理局: 17:30, its guide's hours); unknown where no source gives the hours. */
  const cJSON *decision = member(a, "decision");
  ck_assert_str_eq(string_of(decision, "code"), "000000");
  ck_assert_str_eq(string_of(decision, "closes"), "17:30");
  ck_assert_str_eq(string_of(member(decision, "filing_cutoff"), "in_person"), "17:30");
  ck_assert_str_eq(string_of(member(decision, "filing_cutoff"), "mail"), "24:00");
  ck_assert_ptr_eq(strstr(string_of(decision, "hours_source"), "服务指南"), NULL); /* cited in English */
  const cJSON *o, *guangxi = NULL;
  cJSON_ArrayForEach(o, member(a, "offices"))
  {
    if (strcmp(string_of(o, "code"), "450000") == 0)
      guangxi = o;
  }
  ck_assert_ptr_nonnull(guangxi);
  ck_assert_str_eq(string_of(guangxi, "name"), "广西壮族自治区密码管理局");
  ck_assert(cJSON_IsTrue(member(guangxi, "local_holidays"))); /* 壮族三月三 */
  ck_assert(cJSON_IsNull(member(member(guangxi, "filing_cutoff"), "in_person")));
  cJSON_Delete(a);
  egca_calendar_string_free(text);
  ck_assert_int_eq(egca_offices_to_json(&text, EGCA_LANG_ZH, 0, NULL), EGCA_OK);
  ck_assert_ptr_nonnull(strstr(text, "服务指南"));
  egca_calendar_string_free(text);
}
END_TEST

START_TEST(rules_cite_their_articles)
{
  egca_error err = {0};
  char *text = NULL;
  ck_assert_int_eq(egca_rule_versions_to_json(&text, rules, "acceptance", EGCA_LANG_ZH, EGCA_JSON_COMPACT, &err),
                   EGCA_OK);
  cJSON *a = cJSON_Parse(text);
  const cJSON *versions = member(a, "versions"), *v;
  ck_assert_int_ge(cJSON_GetArraySize(versions), 2);
  const char *previous = "";
  cJSON_ArrayForEach(v, versions)
  {
    /* Oldest first; 行政许可法 第三十二条: 五日内一次告知 — five working days after receipt. */
    ck_assert_str_gt(string_of(v, "effective_from"), previous);
    previous = string_of(v, "effective_from");
    ck_assert_str_eq(string_of(v, "id"), "acceptance");
    ck_assert_int_eq(member(v, "count")->valueint, 5);
    ck_assert_str_eq(string_of(v, "unit"), "working_days");
  }
  const cJSON *first = cJSON_GetArrayItem(member(cJSON_GetArrayItem(versions, 0), "basis"), 0);
  ck_assert_str_eq(string_of(first, "law"), "中华人民共和国行政许可法");
  ck_assert_str_eq(string_of(first, "article"), "第三十二条第一款");
  ck_assert_str_eq(string_of(first, "item"), "（四）");
  cJSON_Delete(a);
  egca_deadline_string_free(text);

  /* The list: each rule once, as its latest version, the same object as `show` gives for it. */
  char *list = NULL, *show = NULL;
  ck_assert_int_eq(egca_rules_to_json(&list, rules, EGCA_LANG_EN, EGCA_JSON_COMPACT, &err), EGCA_OK);
  ck_assert_int_eq(egca_rule_versions_to_json(&show, rules, "acceptance", EGCA_LANG_EN, EGCA_JSON_COMPACT, &err),
                   EGCA_OK);
  cJSON *l = cJSON_Parse(list), *s = cJSON_Parse(show);
  const cJSON *r, *acceptance = NULL;
  int count = 0;
  cJSON_ArrayForEach(r, member(l, "rules"))
  {
    count += strcmp(string_of(r, "id"), "acceptance") == 0;
    if (strcmp(string_of(r, "id"), "acceptance") == 0)
      acceptance = r;
  }
  ck_assert_int_eq(count, 1);
  const cJSON *versions_en = member(s, "versions");
  ck_assert(cJSON_Compare(acceptance, cJSON_GetArrayItem(versions_en, cJSON_GetArraySize(versions_en) - 1), 1));
  ck_assert_str_eq(string_of(acceptance, "period"), "5 working days after");
  cJSON_Delete(l);
  cJSON_Delete(s);
  egca_deadline_string_free(list);
  egca_deadline_string_free(show);

  /* roll_basis: the article that moves a rest-day last day, a citation of basis's shape, or null: for
   * reconsideration the 2017 行政复议法 第四十条 (before 2024-01-01), then 民事诉讼法 第八十五条. */
  ck_assert_int_eq(
      egca_rule_versions_to_json(&show, rules, "reconsideration", EGCA_LANG_EN, EGCA_JSON_COMPACT, &err), EGCA_OK);
  s = cJSON_Parse(show);
  const cJSON *rv = member(s, "versions");
  ck_assert_int_eq(cJSON_GetArraySize(rv), 2);
  const cJSON *old_roll = member(cJSON_GetArrayItem(rv, 0), "roll_basis");
  const cJSON *new_roll = member(cJSON_GetArrayItem(rv, 1), "roll_basis");
  ck_assert_str_eq(string_of(old_roll, "law"), "Administrative Reconsideration Law");
  ck_assert_str_eq(string_of(old_roll, "article"), "Article 40");
  ck_assert_str_eq(string_of(new_roll, "law"), "Civil Procedure Law");
  ck_assert_str_eq(string_of(new_roll, "article"), "Article 85");
  ck_assert(cJSON_IsNull(member(new_roll, "item")));
  cJSON_Delete(s);
  egca_deadline_string_free(show);

  text = (char *)"untouched";
  ck_assert_int_eq(egca_rule_versions_to_json(&text, rules, "no_such_rule", EGCA_LANG_EN, 0, &err), EGCA_E_NOTFOUND);
  ck_assert_ptr_null(text);
}
END_TEST

START_TEST(an_error_in_the_services_shape)
{
  egca_error where = {0};
  where.line = 3;
  where.column = 7;
  strcpy(where.pointer, "/events/0/date");
  strcpy(where.message, "not a date");
  char *text = NULL;
  ck_assert_int_eq(egca_error_to_json(&text, "parse", NULL, &where, EGCA_JSON_COMPACT, NULL), EGCA_OK);
  ck_assert_str_eq(text, "{\"error\":{\"code\":\"parse\",\"message\":\"not a date\",\"pointer\":\"/events/0/date\","
                         "\"line\":3,\"column\":7}}");
  egca_error_string_free(text);
  /* A message given escaped; a column without its line, and an empty pointer, are unknown. */
  where.line = 0;
  where.pointer[0] = '\0';
  ck_assert_int_eq(egca_error_to_json(&text, "bad_parameter", "\"to\" is\tbefore \\ from", &where, EGCA_JSON_COMPACT, NULL),
                   EGCA_OK);
  ck_assert_str_eq(text, "{\"error\":{\"code\":\"bad_parameter\",\"message\":\"\\\"to\\\" is\\tbefore \\\\ from\","
                         "\"pointer\":null,\"line\":null,\"column\":null}}");
  egca_error_string_free(text);
  ck_assert_int_eq(egca_error_to_json(&text, "not_found", "no such route", NULL, 0, NULL), EGCA_OK);
  ck_assert_str_eq(text, "{\n  \"error\": {\n    \"code\": \"not_found\",\n    \"message\": \"no such route\",\n"
                         "    \"pointer\": null,\n    \"line\": null,\n    \"column\": null\n  }\n}\n");
  egca_error_string_free(text);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("json_answers");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, days_are_the_notices_days);
  tcase_add_test(tc, pretty_is_the_same_answer);
  tcase_add_test(tc, a_year_is_every_day_with_its_coverage);
  tcase_add_test(tc, a_day_outside_coverage_is_named_and_nothing_written);
  tcase_add_test(tc, coverage_lists_the_years_and_their_sources);
  tcase_add_test(tc, offices_give_the_filing_cutoffs);
  tcase_add_test(tc, rules_cite_their_articles);
  tcase_add_test(tc, an_error_in_the_services_shape);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}
