/* egca command — the working-day calendar: calendar days|month|year|export|coverage, add-workdays, workdays. */
#include "cli.h"

#include <string.h>

/* A year's coverage in the command's language (JSON keeps the English names: egca_calendar_coverage_to_json). */
static const char *coverage_text(egca_coverage coverage)
{
  switch (coverage) {
  case EGCA_COVERAGE_CONFIRMED: return CLI_TR("confirmed", "已确认");
  case EGCA_COVERAGE_TENTATIVE: return CLI_TR("tentative", "暂定");
  default: return CLI_TR("none", "无");
  }
}

static const char *const months_zh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
static const char *const months_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};

/* A month's name: "二月", "February". */
static void month_name(char *out, size_t size, int month)
{
  if (cli_lang == EGCA_LANG_EN)
    snprintf(out, size, "%s", months_en[month - 1]);
  else
    snprintf(out, size, "%s月", months_zh[month - 1]);
}

/* The legend under a month's or a year's grid. */
static const char *grid_legend(void)
{
  return CLI_TR("* holiday   + adjusted working day (make-up working day)\n", "* 休 节假日   + 班 调休上班日\n");
}

void cli_print_notices(const egca_calendar *cal, egca_date a, egca_date b)
{
  egca_day_info notices[16];
  const size_t n = egca_calendar_notices(notices, 16, cal, a, b);
  if (n == 0)
    return;
  /* The notices' titles are the State Council's own words, in Chinese in both languages. */
  cli_puts(CLI_TR("notices:", "通知："));
  for (size_t i = 0; i < n && i < 16; i++) {
    const char *date = notices[i].notice_date;
    if (cli_lang == EGCA_LANG_EN)
      cli_printf("%s %s%s%s%s", i ? ";" : "", notices[i].notice, date ? " (" : "", date ? date : "", date ? ")" : "");
    else
      cli_printf("%s%s%s%s%s", i ? "；" : "", notices[i].notice, date ? "（" : "", date ? date : "", date ? "）" : "");
  }
  cli_printf("\n");
}

static int calendar_days(cli *c, int argc, char **argv, int json)
{
  egca_date from, to;
  if (argc != 4)
    return cli_fail(EXIT_USAGE, "calendar days", CLI_TR("expected FROM TO", "应为FROM TO"));
  if (cli_parse_date(&from, argv[2], "FROM") < 0 || cli_parse_date(&to, argv[3], "TO") < 0)
    return EXIT_USAGE;
  if (to < from)
    return cli_fail(EXIT_USAGE, "calendar days", CLI_TR("TO (%s) is before FROM (%s)", "TO（%s）早于FROM（%s）"), argv[3], argv[2]);
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  /* The whole range is checked before anything is printed: an answer is complete or absent. */
  egca_error err = CLI_ERROR;
  egca_date failed;
  if (json) {
    char *text = NULL, day[EGCA_DATE_TEXT_SIZE];
    int rc = egca_calendar_days_to_json(&text, cal, from, to, EGCA_JSON_COMPACT, &failed, &err);
    code = cli_put_json(failed != EGCA_DATE_NONE ? egca_date_format(failed, day) : "calendar days", text, rc, &err);
    egca_calendar_string_free(text);
    if (rc == EGCA_PROVISIONAL && code == EXIT_DONE)
      cli_warn_provisional("calendar days");
    return code;
  }
  int provisional = 0;
  for (egca_date d = from; d <= to; d++) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, cal, d, &err);
    if (rc < 0) {
      char day[EGCA_DATE_TEXT_SIZE];
      return cli_fail_error(egca_date_format(d, day), rc, &err);
    }
    provisional |= rc == EGCA_PROVISIONAL;
  }
  for (egca_date d = from; d <= to; d++) {
    egca_day_info info;
    char day[EGCA_DATE_TEXT_SIZE];
    egca_calendar_day(&info, cal, d, NULL);
    /* Columns: date, kind, the day's name (its holiday, or the holiday an adjusted working day serves;
     * empty for an ordinary day), "provisional" (暂定) for a day that rests on an unconfirmed notice.
     * Trailing empty columns are left out. English keeps the kind's JSON name, which it always printed. */
    const char *kind = cli_lang == EGCA_LANG_EN ? egca_day_kind_name(info.kind) : egca_day_kind_text(info.kind, cli_lang);
    const char *name = egca_day_name(info.name, cli_lang);
    cli_printf("%s\t%s%s%s%s%s\n", egca_date_format(d, day), kind, name != NULL || info.provisional ? "\t" : "",
               name != NULL ? name : "", info.provisional ? "\t" : "",
               info.provisional ? CLI_TR("provisional", "暂定") : "");
  }
  if (provisional)
    cli_warn_provisional("calendar days");
  return EXIT_DONE;
}

static int calendar_month(cli *c, int argc, char **argv, int json)
{
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "calendar month", CLI_TR("expected YYYY-MM", "应为YYYY-MM"));
  char text[16];
  egca_date first;
  if (strlen(argv[2]) != 7 || snprintf(text, sizeof text, "%s-01", argv[2]) < 0 ||
      egca_date_parse(&first, text, NULL) < 0)
    return cli_fail(EXIT_USAGE, "calendar month", CLI_TR("\"%s\" is not a month: expected YYYY-MM", "\"%s\"不是月份：应为YYYY-MM"), argv[2]);
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int year, month;
  egca_date_to_ymd(first, &year, &month, NULL);
  const int days = egca_days_in_month(year, month);
  egca_day_info infos[31];
  egca_day_kind kinds[31];
  int provisional = 0;
  egca_error err = CLI_ERROR;
  for (int i = 0; i < days; i++) {
    int rc = egca_calendar_day(&infos[i], cal, first + i, &err);
    if (rc < 0)
      return cli_fail_error(argv[2], rc, &err);
    kinds[i] = infos[i].kind;
    provisional |= rc == EGCA_PROVISIONAL;
  }
  if (json) {
    char *text = NULL;
    int rc = egca_calendar_month_to_json(&text, cal, year, month, EGCA_JSON_COMPACT, &err);
    code = cli_put_json("calendar month", text, rc, &err);
    egca_calendar_string_free(text);
    if (provisional && code == EXIT_DONE)
      cli_warn_provisional("calendar month");
    return code;
  }
  char name[32];
  month_name(name, sizeof name, month);
  cli_printf(CLI_TR("%04d-%02d (%s)\n", "%04d-%02d（%s）\n"), year, month, name);
  /* Each head is four columns, as a cell is: a Chinese character is two. */
  cli_puts(CLI_TR("  Mo  Tu  We  Th  Fr  Sa  Su\n", "  一  二  三  四  五  六  日\n"));
  /* One row per week, Monday first; a cell is " DD" and a mark; rows carry no trailing blanks. */
  const int lead = egca_date_weekday(first) - 1;
  char row[7 * 4 + 1];
  size_t len = 0;
  for (int i = 0; i < lead; i++, len += 4)
    memcpy(row + len, "    ", 4);
  for (int i = 0; i < days; i++) {
    char mark = kinds[i] == EGCA_DAY_HOLIDAY ? '*' : kinds[i] == EGCA_DAY_ADJUSTED_WORKDAY ? '+' : ' ';
    snprintf(row + len, sizeof row - len, " %2d%c", i + 1, mark);
    len += 4;
    if ((lead + i) % 7 == 6 || i == days - 1) {
      while (len > 0 && row[len - 1] == ' ')
        len--;
      cli_printf("%.*s\n", (int)len, row);
      len = 0;
    }
  }
  cli_puts(grid_legend());
  /* The marked days by name: one line per run of days of one kind and one name ("* 10-01..10-08 国庆节、中秋节";
   * for a + day the holiday it serves), then the notices behind them. */
  for (int i = 0; i < days;) {
    int j = i;
    while (j + 1 < days && infos[j + 1].kind == infos[i].kind && infos[j + 1].name == infos[i].name &&
           infos[j + 1].notice == infos[i].notice)
      j++;
    if ((kinds[i] == EGCA_DAY_HOLIDAY || kinds[i] == EGCA_DAY_ADJUSTED_WORKDAY) && infos[i].name != NULL) {
      cli_printf("%c %02d-%02d", kinds[i] == EGCA_DAY_HOLIDAY ? '*' : '+', month, i + 1);
      if (j > i)
        cli_printf("..%02d-%02d", month, j + 1);
      cli_printf(" %s%s\n", egca_day_name(infos[i].name, cli_lang),
                 infos[i].local ? CLI_TR(" (local)", "（地方假日）") : "");
    }
    i = j + 1;
  }
  cli_print_notices(cal, first, first + days - 1);
  if (provisional)
    cli_warn_provisional("calendar month");
  return EXIT_DONE;
}

/* The display width of a month's title: ASCII one column, a Chinese character two. */
static int title_width(const char *s)
{
  int w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
    w += *p < 0x80 ? 1 : (*p & 0xC0) == 0xC0 ? 2 : 0;
  return w;
}

/* A year: three months side by side in 69 columns, each day "DD" and the month grid's mark (* holiday,
 * + adjusted working day) in three columns; --format json gives every day; html a page
 * (egca_calendar_year_to_html). */
static int calendar_year(cli *c, int argc, char **argv, int json, int html)
{
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "calendar year", CLI_TR("expected YYYY", "应为YYYY"));
  char text[16];
  egca_date first;
  if (strlen(argv[2]) != 4 || snprintf(text, sizeof text, "%s-01-01", argv[2]) < 0 ||
      egca_date_parse(&first, text, NULL) < 0)
    return cli_fail(EXIT_USAGE, "calendar year", CLI_TR("\"%s\" is not a year: expected YYYY", "\"%s\"不是年份：应为YYYY"), argv[2]);
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int year;
  egca_date_to_ymd(first, &year, NULL, NULL);
  const int days = egca_days_in_month(year, 2) == 29 ? 366 : 365;
  egca_day_kind kinds[366];
  unsigned char provisional_day[366];
  int provisional = 0;
  egca_error err = CLI_ERROR;
  /* The whole year before anything is printed: an answer is complete or absent. */
  for (int i = 0; i < days; i++) {
    int rc = egca_calendar_kind(&kinds[i], cal, first + i, &err);
    if (rc < 0)
      return cli_fail_error(argv[2], rc, &err);
    provisional_day[i] = rc == EGCA_PROVISIONAL;
    provisional |= provisional_day[i];
  }
  if (html) {
    char *page = NULL;
    int rc = egca_calendar_year_to_html(&page, cal, year, cli_lang, &err);
    if (rc < 0)
      return cli_fail_error(argv[2], rc, &err);
    cli_puts(page);
    egca_calendar_string_free(page);
  } else if (json) {
    char *text = NULL;
    int rc = egca_calendar_year_to_json(&text, cal, year, EGCA_JSON_COMPACT, &err);
    code = cli_put_json("calendar year", text, rc, &err);
    egca_calendar_string_free(text);
    if (code != EXIT_DONE)
      return code;
  } else {
    enum { CELL = 3, MONTH = 7 * CELL, GAP = 3 };
    cli_printf("%04d\n", year);
    for (int m0 = 1; m0 <= 12; m0 += 3) {
      char line[3 * (MONTH + GAP) + 1];
      cli_puts("\n");
      /* Titles, then the weekday heads. */
      for (int m = m0; m < m0 + 3; m++) {
        char title[48], name[32];
        month_name(name, sizeof name, m);
        snprintf(title, sizeof title, "%04d-%02d %s", year, m, name);
        cli_puts(title);
        if (m < m0 + 2)
          cli_printf("%*s", MONTH + GAP - title_width(title), "");
      }
      cli_puts("\n");
      for (int m = m0; m < m0 + 3; m++)
        cli_puts(m < m0 + 2 ? CLI_TR("Mo Tu We Th Fr Sa Su    ", "一 二 三 四 五 六 日    ")
                            : CLI_TR("Mo Tu We Th Fr Sa Su\n", "一 二 三 四 五 六 日\n"));
      /* Six rows of weeks, Monday first; a row carries no trailing blanks. */
      egca_date month_first[3];
      int lead[3], length[3];
      for (int k = 0; k < 3; k++) {
        snprintf(text, sizeof text, "%04d-%02d-01", year, m0 + k);
        egca_date_parse(&month_first[k], text, NULL);
        lead[k] = egca_date_weekday(month_first[k]) - 1;
        length[k] = egca_days_in_month(year, m0 + k);
      }
      for (int row = 0; row < 6; row++) {
        size_t len = 0;
        int any = 0;
        for (int k = 0; k < 3; k++) {
          for (int col = 0; col < 7; col++) {
            const int day = row * 7 + col - lead[k] + 1;
            if (day < 1 || day > length[k]) {
              memcpy(line + len, "   ", CELL);
            } else {
              const egca_day_kind kind = kinds[month_first[k] - first + day - 1];
              const char mark = kind == EGCA_DAY_HOLIDAY ? '*' : kind == EGCA_DAY_ADJUSTED_WORKDAY ? '+' : ' ';
              snprintf(line + len, sizeof line - len, "%2d%c", day, mark);
              any = 1;
            }
            len += CELL;
          }
          if (k < 2) {
            memcpy(line + len, "   ", GAP);
            len += GAP;
          }
        }
        while (len > 0 && line[len - 1] == ' ')
          len--;
        if (any)
          cli_printf("%.*s\n", (int)len, line);
      }
    }
    cli_puts("\n");
    cli_puts(grid_legend());
  }
  if (provisional)
    cli_warn_provisional("calendar year");
  return EXIT_DONE;
}

static int calendar_coverage(cli *c, int argc, char **argv, int json)
{
  (void)argv;
  if (argc != 2)
    return cli_fail(EXIT_USAGE, "calendar coverage", CLI_TR("takes no arguments", "不接受参数"));
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  const egca_load_report *r = egca_calendar_report(cal);
  if (json) {
    char *text = NULL;
    egca_error err = CLI_ERROR;
    int rc = egca_calendar_coverage_to_json(&text, cal, EGCA_JSON_COMPACT, &err);
    code = cli_put_json("calendar coverage", text, rc, &err);
    egca_calendar_string_free(text);
    return code;
  }
  for (int y = first; y <= last; y++) {
    cli_printf("%d\t%s\t", y, coverage_text(egca_calendar_year_coverage(cal, y)));
    /* A calendar with a local layer: the region's coverage too (a covered year without it is provisional). */
    if (egca_calendar_region(cal) != NULL)
      cli_printf(CLI_TR("local %s\t", "地方：%s\t"), coverage_text(egca_calendar_year_local_coverage(cal, y)));
    size_t n = egca_calendar_year_source_count(cal, y);
    for (size_t i = 0; i < n; i++)
      cli_printf("%s%s", i ? ", " : "", egca_calendar_year_source(cal, y, i));
    cli_printf("\n");
  }
  cli_printf(CLI_TR("sources %zu, events used %zu, observances ignored %zu, cancelled events %zu\n",
                    "来源%zu个，采用事件%zu个，忽略纪念日%zu个，取消事件%zu个\n"),
             r->sources, r->events_used, r->observances_ignored, r->events_cancelled);
  return EXIT_DONE;
}

int cmd_offices(cli *c, int argc, char **argv)
{
  (void)c;
  int json, code = cli_take_format(&argc, argv, &json, "offices");
  if (code != EXIT_DONE)
    return code;
  if (argc != 1)
    return cli_fail(EXIT_USAGE, "offices", CLI_TR("takes no arguments", "不接受参数"));
  const egca_office *d = egca_office_decision();
  if (json) {
    char *text = NULL;
    egca_error err = CLI_ERROR;
    int rc = egca_offices_to_json(&text, cli_lang, EGCA_JSON_COMPACT, &err);
    code = cli_put_json("offices", text, rc, &err);
    egca_calendar_string_free(text);
    return code;
  }
  /* CODE, office, region, whether the region has rest days of its own, hours ("hours unknown" unless a
   * source gives them: then a filing in person has no known cutoff either). */
  for (size_t i = 0; i < egca_office_count(); i++) {
    const egca_office *o = egca_office_at(i);
    cli_printf("%s\t%s\t%s\t%s\t%s\n", o->code, o->name, o->region,
               o->local_holidays ? CLI_TR("local rest days", "有地方休息日") : CLI_TR("national", "全国统一"),
               o->hours != NULL ? o->hours : CLI_TR("hours unknown", "服务时间未知"));
  }
  /* Names, regions and hours are data (the guide's words), the same in both languages; the hours' source is
   * cited in the output's language. */
  cli_printf(CLI_TR("decision: %s, national calendar, %s\n  hours from: %s\n", "决定机构：%s，适用全国日历，服务时间%s\n  服务时间来源：%s\n"),
             d->name, d->hours, cli_lang == EGCA_LANG_EN ? d->hours_source_en : d->hours_source);
  cli_puts(CLI_TR("filing cutoff: by post or online 24:00; in person the closing time (unknown: hours unknown)\n",
                  "申请截止时间：邮寄或网上提交为24:00；现场提交为受理机构的下班时间（服务时间未知的，截止时间未知）\n"));
  return EXIT_DONE;
}

/* `calendar export YEAR...`: the years as an iCalendar feed (egca_calendar_to_ics). */
static int calendar_export(cli *c, int argc, char **argv, int json)
{
  if (json)
    return cli_fail(EXIT_USAGE, "--format", CLI_TR("calendar export writes iCalendar: --format does not apply", "calendar export输出iCalendar：不适用--format"));
  if (argc < 3 || argc - 2 > 300)
    return cli_fail(EXIT_USAGE, "calendar export", CLI_TR("expected YEAR... (1 to 300 years)", "应为YEAR...（1至300个年份）"));
  int years[300];
  for (int i = 2; i < argc; i++) {
    long y;
    if (strlen(argv[i]) != 4 || cli_parse_int(&y, argv[i], 1000, 9998, "YEAR") < 0)
      return cli_fail(EXIT_USAGE, "calendar export", CLI_TR("\"%s\" is not a year: expected YYYY", "\"%s\"不是年份：应为YYYY"), argv[i]);
    years[i - 2] = (int)y;
  }
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  char *feed = NULL;
  egca_error err = CLI_ERROR;
  int rc = egca_calendar_to_ics(&feed, cal, years, (size_t)(argc - 2), &err);
  if (rc < 0)
    return cli_fail_error("calendar export", rc, &err);
  cli_puts(feed);
  egca_calendar_string_free(feed);
  return EXIT_DONE;
}

/* Takes `--format html` out of argv (only `calendar year` draws a page); 1 when it was there. */
static int take_html(int *argc, char **argv)
{
  int html = 0, kept = 0;
  for (int i = 0; i < *argc; i++) {
    if (i > 0 && i + 1 < *argc && strcmp(argv[i], "--format") == 0 && strcmp(argv[i + 1], "html") == 0) {
      html = 1;
      i++;
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  return html;
}

int cmd_calendar(cli *c, int argc, char **argv)
{
  const int html = take_html(&argc, argv);
  int json, code = cli_take_format(&argc, argv, &json, "calendar");
  if (code != EXIT_DONE)
    return code;
  if (html && (json || argc < 2 || strcmp(argv[1], "year") != 0))
    return cli_fail(EXIT_USAGE, "--format", CLI_TR("html applies to calendar year only", "html只适用于calendar year"));
  if (argc >= 2 && strcmp(argv[1], "year") == 0)
    return calendar_year(c, argc, argv, json, html);
  if (argc >= 2 && strcmp(argv[1], "export") == 0)
    return calendar_export(c, argc, argv, json);
  if (argc >= 2 && strcmp(argv[1], "days") == 0)
    return calendar_days(c, argc, argv, json);
  if (argc >= 2 && strcmp(argv[1], "month") == 0)
    return calendar_month(c, argc, argv, json);
  if (argc >= 2 && strcmp(argv[1], "coverage") == 0)
    return calendar_coverage(c, argc, argv, json);
  return cli_fail(EXIT_USAGE, "calendar", CLI_TR("expected days FROM TO, month YYYY-MM, year YYYY, export YEAR... or coverage",
                         "应为days FROM TO、month YYYY-MM、year YYYY、export YEAR...或coverage"));
}

int cmd_add_workdays(cli *c, int argc, char **argv)
{
  egca_date from;
  long n;
  int json, code = cli_take_format(&argc, argv, &json, "add-workdays");
  if (code != EXIT_DONE)
    return code;
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "add-workdays", CLI_TR("expected DATE N", "应为DATE N"));
  if (cli_parse_date(&from, argv[1], "DATE") < 0 || cli_parse_int(&n, argv[2], -100000, 100000, "N") < 0)
    return EXIT_USAGE;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  egca_date out;
  egca_error err = CLI_ERROR;
  int rc = egca_calendar_add_workdays(&out, cal, from, (int)n, &err);
  if (rc < 0)
    return cli_fail_error("add-workdays", rc, &err);
  char day[EGCA_DATE_TEXT_SIZE], start[EGCA_DATE_TEXT_SIZE];
  if (json)
    cli_printf("{\"from\":\"%s\",\"n\":%ld,\"date\":\"%s\",\"provisional\":%s}\n", egca_date_format(from, start), n,
               egca_date_format(out, day), rc == EGCA_PROVISIONAL ? "true" : "false");
  else
    cli_printf("%s\n", egca_date_format(out, day));
  if (rc == EGCA_PROVISIONAL)
    cli_warn_provisional("add-workdays");
  return EXIT_DONE;
}

int cmd_workdays(cli *c, int argc, char **argv)
{
  egca_date from, to;
  int json, code = cli_take_format(&argc, argv, &json, "workdays");
  if (code != EXIT_DONE)
    return code;
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "workdays", CLI_TR("expected FROM TO", "应为FROM TO"));
  if (cli_parse_date(&from, argv[1], "FROM") < 0 || cli_parse_date(&to, argv[2], "TO") < 0)
    return EXIT_USAGE;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int count;
  egca_error err = CLI_ERROR;
  int rc = egca_calendar_workdays_between(&count, cal, from, to, &err);
  if (rc < 0)
    return cli_fail_error("workdays", rc, &err);
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  if (json)
    cli_printf("{\"from\":\"%s\",\"to\":\"%s\",\"workdays\":%d,\"provisional\":%s}\n", egca_date_format(from, a),
               egca_date_format(to, b), count, rc == EGCA_PROVISIONAL ? "true" : "false");
  else
    cli_printf("%d\n", count);
  if (rc == EGCA_PROVISIONAL)
    cli_warn_provisional("workdays");
  return EXIT_DONE;
}
