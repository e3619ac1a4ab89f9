/* Unit tests: named days (egca_calendar_day) — every day of a calendar knows its holiday's name and the
 * notice that made it so, an adjusted working day the holiday it serves. The expected names, titles and
 * dates are the notices' own words (tools/notices/2025.txt: 国务院办公厅关于2025年部分节假日安排的通知,
 * 2024-11-12: "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）
 * 上班。"; tools/notices/local/650000-2025.txt: "(七)古尔邦节：……6月6日（周五）至10日（周二）放假，共5天。"). */
#include <check.h>
#include <errno.h>
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-EGCA-COVERAGE:2025\r\n"
#define TAIL "END:VCALENDAR\r\n"
#define NOTICE_2025 "国务院办公厅关于2025年部分节假日安排的通知"

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

static int load(egca_calendar **out, const char *text, egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, NULL, err);
  if (rc == 0)
    rc = egca_calendar_builder_add_buffer(b, "test.ics", text, strlen(text), err);
  if (rc == 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

START_TEST(shipped_days_name_their_holiday_and_notice)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_default(&cal, NULL, &err), 0);
  egca_day_info a, b, m, w;
  /* 10-08, the last day of the eight: 国庆节、中秋节, by the 2025 notice of 2024-11-12. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-10-08"), &err), 0);
  ck_assert_int_eq(a.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(a.name, "国庆节、中秋节");
  ck_assert_str_eq(a.notice, NOTICE_2025);
  ck_assert_str_eq(a.notice_date, "2024-11-12");
  ck_assert_str_eq(a.notice_url, "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm");
  ck_assert_int_eq(a.local, 0);
  ck_assert_int_eq(a.provisional, 0);
  /* 10-04, a Saturday inside the period: named too (the period includes its weekend days). */
  ck_assert_int_eq(egca_calendar_day(&b, cal, d("2025-10-04"), &err), 0);
  ck_assert_str_eq(b.name, "国庆节、中秋节");
  /* One notice is one pointer throughout the calendar. */
  ck_assert_ptr_eq(a.notice, b.notice);
  /* Sunday 09-28 is worked (上班) for 国庆节、中秋节. */
  ck_assert_int_eq(egca_calendar_day(&m, cal, d("2025-09-28"), &err), 0);
  ck_assert_int_eq(m.kind, EGCA_DAY_ADJUSTED_WORKDAY);
  ck_assert_str_eq(m.name, "国庆节、中秋节");
  ck_assert_ptr_eq(m.notice, a.notice);
  /* Monday 09-29: an ordinary workday, no event marks it. */
  ck_assert_int_eq(egca_calendar_day(&w, cal, d("2025-09-29"), &err), 0);
  ck_assert_int_eq(w.kind, EGCA_DAY_WORKDAY);
  ck_assert_ptr_null(w.name);
  ck_assert_ptr_null(w.notice);
  /* 2020: the Spring Festival as the supplement of 2020-01-26 extended it to 02-02. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2020-02-02"), &err), 0);
  ck_assert_str_eq(a.name, "春节");
  ck_assert_str_eq(a.notice, "国务院办公厅关于延长2020年春节假期的通知");
  ck_assert_str_eq(a.notice_date, "2020-01-26");
  /* Outside coverage: the coverage error, as egca_calendar_kind. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2006-06-01"), &err), EGCA_E_COVERAGE);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(a_local_day_names_the_regions_notice)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_for_office(&cal, "650000", NULL, &err), 0);
  egca_day_info g, n;
  /* Monday 06-09: a national workday, 古尔邦节 in 新疆 (06-06..06-10). */
  ck_assert_int_eq(egca_calendar_day(&g, cal, d("2025-06-09"), &err), 0);
  ck_assert_int_eq(g.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(g.name, "古尔邦节");
  ck_assert_str_eq(g.notice, "新疆维吾尔自治区2025年节假日放假调休日期和冬夏季作息时间的具体安排");
  ck_assert_int_eq(g.local, 1);
  /* The national days stay named by the State Council's notice. */
  ck_assert_int_eq(egca_calendar_day(&n, cal, d("2025-06-02"), &err), 0);
  ck_assert_str_eq(n.name, "端午节");
  ck_assert_str_eq(n.notice, NOTICE_2025);
  ck_assert_int_eq(n.local, 0);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(names_come_from_the_summary_and_the_notice_from_the_event_or_the_file)
{
  /* No X-EGCA-NOTICE on one event: the file's names it. A full-width marker group is taken off the name;
   * a summary without a marker group stays as it is. */
  const char *text = HEAD "X-EGCA-NOTICE:文件的通知\r\nX-EGCA-SOURCE:https://example.org/n\r\n"
                     "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:元旦（休）\r\n"
                     "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\n"
                     "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20250201\r\nSUMMARY:春节 假期\r\n"
                     "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nX-EGCA-NOTICE:事件的通知\r\nX-EGCA-NOTICE-DATE:2024-12-01\r\n"
                     "END:VEVENT\r\n"
                     "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20250301\r\nSUMMARY:(休)\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), 0);
  egca_day_info a, b, c;
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-01-01"), &err), 0);
  ck_assert_str_eq(a.name, "元旦");
  ck_assert_str_eq(a.notice, "文件的通知");
  ck_assert_ptr_null(a.notice_date);
  ck_assert_str_eq(a.notice_url, "https://example.org/n");
  ck_assert_int_eq(egca_calendar_day(&b, cal, d("2025-02-01"), &err), 0);
  ck_assert_str_eq(b.name, "春节 假期");
  ck_assert_str_eq(b.notice, "事件的通知");
  ck_assert_str_eq(b.notice_date, "2024-12-01");
  /* A summary that is nothing but the marker keeps it: a name is never made empty. */
  ck_assert_int_eq(egca_calendar_day(&c, cal, d("2025-03-01"), &err), 0);
  ck_assert_int_eq(c.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(c.name, "(休)");
  egca_calendar_free(cal);
}
END_TEST

START_TEST(a_notice_date_that_is_no_date_is_refused)
{
  const char *text = HEAD "BEGIN:VEVENT\r\nUID:bad-date\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:元旦(休)\r\n"
                     "X-EGCA-NOTICE-DATE:2024-13-01\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), EGCA_E_PARSE);
  ck_assert_ptr_null(cal);
  ck_assert_str_eq(err.message, "事件bad-date：X-EGCA-NOTICE-DATE\"2024-13-01\"不是日期（YYYY-MM-DD）");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(load(&cal, text, &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "event bad-date: X-EGCA-NOTICE-DATE \"2024-13-01\" is not a date (YYYY-MM-DD)");
}
END_TEST

START_TEST(long_names_are_cut_at_a_character_boundary)
{
  /* 100 × "节" (3 bytes each) = 300 bytes: kept to 255 bytes, which is 85 whole characters. */
  char summary[400] = "";
  for (int i = 0; i < 100; i++)
    strcat(summary, "节");
  char text[1200];
  snprintf(text, sizeof text,
           HEAD "BEGIN:VEVENT\r\nUID:long\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:%s\r\n"
                "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\n" TAIL,
           summary);
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), 0);
  egca_day_info a;
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-01-01"), &err), 0);
  ck_assert_uint_eq(strlen(a.name), 85 * 3);
  ck_assert_int_eq(strncmp(a.name, summary, 85 * 3), 0);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(notices_of_a_span_in_order_of_their_first_day)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_for_office(&cal, "650000", NULL, &err), 0);
  /* 2025-06-01..06-12 in 新疆: 端午节 06-01..02 (the State Council's notice), then 古尔邦节 06-06..10 (the
   * region's); max 1 writes the first and still counts both. */
  egca_day_info n[2];
  ck_assert_uint_eq(egca_calendar_notices(n, 1, cal, d("2025-06-12"), d("2025-06-01")), 2);
  ck_assert_str_eq(n[0].notice, NOTICE_2025);
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("2025-06-01"), d("2025-06-12")), 2);
  ck_assert_str_eq(n[1].notice, "新疆维吾尔自治区2025年节假日放假调休日期和冬夏季作息时间的具体安排");
  ck_assert_int_eq(n[1].local, 1);
  /* 06-11..06-20: no holiday, no notice. A span reaching outside the table names what lies inside it. */
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("2025-06-11"), d("2025-06-20")), 0);
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("1990-01-01"), d("2007-01-02")), 1);
  ck_assert_str_eq(n[0].name, "元旦");
  egca_calendar_free(cal);
}
END_TEST

/* Every name the shipped notices give a day, national and regional, has an English name (egca_day_name), in
 * plain ASCII; Chinese text keeps the notice's own words. Read from the data itself, 2007..2027, so that a
 * notice added with a new name fails here until the table has it. */
static void check_names_in_english(const egca_calendar *cal, int *named)
{
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  egca_date from, to;
  char a[16], b[16];
  snprintf(a, sizeof a, "%04d-01-01", first);
  snprintf(b, sizeof b, "%04d-12-31", last);
  from = d(a);
  to = d(b);
  for (egca_date day = from; day <= to; day++) {
    egca_day_info info;
    ck_assert_int_ge(egca_calendar_day(&info, cal, day, NULL), 0);
    if (info.name == NULL)
      continue;
    (*named)++;
    const char *en = egca_day_name(info.name, EGCA_LANG_EN);
    ck_assert_ptr_eq(egca_day_name(info.name, EGCA_LANG_ZH), info.name);
    ck_assert_msg(en != info.name, "%s: no English name for %s", egca_date_format(day, a), info.name);
    for (const unsigned char *p = (const unsigned char *)en; *p != '\0'; p++)
      ck_assert_msg(*p < 0x80, "the English name of %s is not ASCII: %s", info.name, en);
  }
}

START_TEST(every_shipped_name_has_an_english_name)
{
  egca_calendar *cal;
  egca_error err = {0};
  int named = 0;
  ck_assert_int_eq(egca_calendar_default(&cal, NULL, &err), 0);
  check_names_in_english(cal, &named);
  egca_calendar_free(cal);
  /* The regions with rest days of their own (广西, 西藏, 宁夏, 新疆). */
  for (size_t i = 0; i < egca_office_count(); i++) {
    const egca_office *o = egca_office_at(i);
    if (!o->local_holidays)
      continue;
    ck_assert_int_eq(egca_calendar_for_office(&cal, o->code, NULL, &err), 0);
    check_names_in_english(cal, &named);
    egca_calendar_free(cal);
  }
  ck_assert_int_gt(named, 1000);
  /* Some by name: the festivals of 全国年节及纪念日放假办法 第二条 and the regions' own. */
  ck_assert_str_eq(egca_day_name("春节", EGCA_LANG_EN), "Spring Festival");
  ck_assert_str_eq(egca_day_name("国庆节", EGCA_LANG_EN), "National Day");
  ck_assert_str_eq(egca_day_name("国庆节、中秋节", EGCA_LANG_EN), "National Day, Mid-Autumn Festival");
  ck_assert_str_eq(egca_day_name("三月三", EGCA_LANG_EN), "Sanyuesan Festival");
  ck_assert_str_eq(egca_day_name("肉孜节", EGCA_LANG_EN), "Eid al-Fitr (Rozi Heyt)");
  ck_assert_str_eq(egca_day_name("古尔邦节", EGCA_LANG_EN), "Eid al-Adha (Qurban)");
  ck_assert_str_eq(egca_day_name("藏历新年", EGCA_LANG_EN), "Tibetan New Year (Losar)");
  /* A name of the caller's data that egca does not know stays as the data gives it, in both languages. */
  const char *own = "地方节日";
  ck_assert_ptr_eq(egca_day_name(own, EGCA_LANG_EN), own);
  ck_assert_ptr_eq(egca_day_name(own, EGCA_LANG_ZH), own);
  ck_assert_ptr_null(egca_day_name(NULL, EGCA_LANG_EN));
}
END_TEST

/* A day's kind as words (the shared terms: 工作日, 周末, 节假日, 调休上班日), and the status codes' texts. */
START_TEST(kinds_and_status_codes_in_both_languages)
{
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_WORKDAY, EGCA_LANG_ZH), "工作日");
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_WEEKEND, EGCA_LANG_ZH), "周末");
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_HOLIDAY, EGCA_LANG_ZH), "节假日");
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_ADJUSTED_WORKDAY, EGCA_LANG_ZH), "调休上班日");
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_ADJUSTED_WORKDAY, EGCA_LANG_EN), "adjusted working day");
  ck_assert_str_eq(egca_day_kind_text(EGCA_DAY_WORKDAY, EGCA_LANG_EN), "working day");
  ck_assert_ptr_null(egca_day_kind_text((egca_day_kind)9, EGCA_LANG_ZH));
  ck_assert_str_eq(egca_strerror_lang(EGCA_E_COVERAGE, EGCA_LANG_ZH), "超出日历覆盖范围");
  ck_assert_str_eq(egca_strerror_lang(EGCA_E_COVERAGE, EGCA_LANG_EN), "outside calendar coverage");
  ck_assert_str_eq(egca_strerror_lang(EGCA_PROVISIONAL, EGCA_LANG_ZH), "暂定：答案依据暂定年份");
  ck_assert_str_eq(egca_strerror_lang(EGCA_E_INVALID, EGCA_LANG_ZH), "输入无效");
  ck_assert_str_eq(egca_strerror_lang(-99, EGCA_LANG_ZH), "未知错误");
  ck_assert_str_eq(egca_strerror_lang(-99, EGCA_LANG_EN), "unknown error");
  /* egca_strerror stays the English text it always gave. */
  for (int code = 1; code >= -9; code--)
    ck_assert_str_eq(egca_strerror(code), egca_strerror_lang(code, EGCA_LANG_EN));
  /* The system's reason: strerror's words in English, the common ones in Chinese, strerror's otherwise. */
  ck_assert_str_eq(egca_errno_text(ENOENT, EGCA_LANG_ZH), "文件或目录不存在");
  ck_assert_str_eq(egca_errno_text(ENOSPC, EGCA_LANG_ZH), "设备上没有空间");
  ck_assert_str_eq(egca_errno_text(EPIPE, EGCA_LANG_ZH), "管道已断开");
  ck_assert_str_eq(egca_errno_text(ENOENT, EGCA_LANG_EN), strerror(ENOENT));
  ck_assert_str_eq(egca_errno_text(EXDEV, EGCA_LANG_ZH), strerror(EXDEV));
}
END_TEST

/* The offices' and the feed's own messages, in the caller's language (egca_error.lang). */
START_TEST(office_and_feed_messages_in_both_languages)
{
  egca_calendar *cal;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca_calendar_default(&cal, NULL, &err), 0);
  egca_date out, later;
  const egca_office *window = egca_office_decision();
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, cal, d("2025-06-04"), 1440,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "a time of day is 00:00 to 23:59 (0 to 1439 minutes)");
  err.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, cal, d("2025-06-04"), 1440,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "一天中的时刻为00:00至23:59（0至1439分钟）");
  ck_assert_int_eq(err.lang, EGCA_LANG_ZH);
  /* An unknown office, by a set of office calendars: asked in each language, answered in each. */
  egca_office_calendars *set;
  const egca_calendar *got;
  ck_assert_int_eq(egca_office_calendars_new(&set, NULL, 0, NULL, &err), 0);
  ck_assert_int_eq(egca_office_calendars_get(&got, set, "990000", &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "\"990000\"不是受理机构：应为省级行政区的GB/T 2260代码，如450000（egca offices列出全部）");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_office_calendars_get(&got, set, "990000", &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "\"990000\" is no acceptance office: expected the GB/T 2260 code of a province, such "
                                "as 450000 (egca offices lists them)");
  egca_office_calendars_free(set);
  /* A set whose base cannot be read: its failure is kept, and given in the language of each caller. */
  const char *missing = "no-such-dir/no-such-file.ics";
  ck_assert_int_eq(egca_office_calendars_new(&set, &missing, 1, NULL, &err), 0);
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_office_calendars_get(&got, set, "650000", &err), EGCA_E_IO);
  char english[EGCA_ERROR_TEXT_MAX];
  snprintf(english, sizeof english, "%s", err.message);
  err.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_office_calendars_get(&got, set, "650000", &err), EGCA_E_IO);
  ck_assert_int_eq(err.lang, EGCA_LANG_ZH);
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_office_calendars_get(&got, set, "650000", &err), EGCA_E_IO);
  ck_assert_str_eq(err.message, english);
  ck_assert_int_eq(err.lang, EGCA_LANG_EN);
  egca_office_calendars_free(set);
  /* The feed's checks of its years. */
  char *feed = NULL;
  const int years[] = {0};
  err.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_calendar_to_ics(&feed, cal, years, 0, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "应为1至300个年份，实际为0个");
  ck_assert_int_eq(egca_calendar_to_ics(&feed, cal, years, 1, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "年份0不在1..9998之内");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_calendar_to_ics(&feed, cal, years, 1, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "year 0 is outside 1..9998");
  ck_assert_ptr_null(feed);
  egca_calendar_free(cal);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("named_days");
  TCase *tc = tcase_create("named_days");
  tcase_set_timeout(tc, 60); /* every day of five calendars, under the sanitizers too */
  tcase_add_test(tc, shipped_days_name_their_holiday_and_notice);
  tcase_add_test(tc, a_local_day_names_the_regions_notice);
  tcase_add_test(tc, names_come_from_the_summary_and_the_notice_from_the_event_or_the_file);
  tcase_add_test(tc, a_notice_date_that_is_no_date_is_refused);
  tcase_add_test(tc, long_names_are_cut_at_a_character_boundary);
  tcase_add_test(tc, notices_of_a_span_in_order_of_their_first_day);
  tcase_add_test(tc, every_shipped_name_has_an_english_name);
  tcase_add_test(tc, kinds_and_status_codes_in_both_languages);
  tcase_add_test(tc, office_and_feed_messages_in_both_languages);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
