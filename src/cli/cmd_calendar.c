/* egca command — the working-day calendar: calendar days|month|coverage, add-workdays, workdays. */
#include "cli.h"

#include <string.h>

static const char *const coverage_names[] = {"none", "confirmed", "tentative"};

/* One day as a JSON object: {"date", "kind", "provisional"}. */
static void json_day(egca_date d, egca_day_kind kind, int provisional)
{
  char day[EGCA_DATE_TEXT_SIZE];
  cli_printf("{\"date\":\"%s\",\"kind\":\"%s\",\"provisional\":%s}", egca_date_format(d, day),
             egca_day_kind_name(kind), provisional ? "true" : "false");
}

static int calendar_days(cli *c, int argc, char **argv, int json)
{
  egca_date from, to;
  if (argc != 4)
    return cli_fail(EXIT_USAGE, "calendar days", "expected FROM TO");
  if (cli_parse_date(&from, argv[2], "FROM") < 0 || cli_parse_date(&to, argv[3], "TO") < 0)
    return EXIT_USAGE;
  if (to < from)
    return cli_fail(EXIT_USAGE, "calendar days", "TO (%s) is before FROM (%s)", argv[3], argv[2]);
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  /* Check the whole range before printing anything: an answer is complete or absent. */
  egca_error err;
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
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  if (json)
    cli_printf("{\"from\":\"%s\",\"to\":\"%s\",\"provisional\":%s,\"days\":[", egca_date_format(from, a),
               egca_date_format(to, b), provisional ? "true" : "false");
  for (egca_date d = from; d <= to; d++) {
    egca_day_kind kind;
    char day[EGCA_DATE_TEXT_SIZE];
    int rc = egca_calendar_kind(&kind, cal, d, NULL);
    if (json) {
      cli_puts(d == from ? "" : ",");
      json_day(d, kind, rc == EGCA_PROVISIONAL);
    } else {
      /* The third column is part of the answer, one per day: which days rest on a tentative year. */
      cli_printf("%s\t%s%s\n", egca_date_format(d, day), egca_day_kind_name(kind),
                 rc == EGCA_PROVISIONAL ? "\tprovisional" : "");
    }
  }
  if (json)
    cli_puts("]}\n");
  if (provisional)
    cli_warn_provisional("calendar days");
  return EXIT_DONE;
}

static int calendar_month(cli *c, int argc, char **argv, int json)
{
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "calendar month", "expected YYYY-MM");
  char text[16];
  egca_date first;
  if (strlen(argv[2]) != 7 || snprintf(text, sizeof text, "%s-01", argv[2]) < 0 ||
      egca_date_parse(&first, text, NULL) < 0)
    return cli_fail(EXIT_USAGE, "calendar month", "\"%s\" is not a month: expected YYYY-MM", argv[2]);
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int year, month;
  egca_date_to_ymd(first, &year, &month, NULL);
  const int days = egca_days_in_month(year, month);
  egca_day_kind kinds[31];
  int provisional = 0;
  egca_error err;
  for (int i = 0; i < days; i++) {
    int rc = egca_calendar_kind(&kinds[i], cal, first + i, &err);
    if (rc < 0)
      return cli_fail_error(argv[2], rc, &err);
    provisional |= rc == EGCA_PROVISIONAL;
  }
  if (json) {
    cli_printf("{\"month\":\"%04d-%02d\",\"provisional\":%s,\"days\":[", year, month, provisional ? "true" : "false");
    for (int i = 0; i < days; i++) {
      int rc = egca_calendar_kind(&kinds[i], cal, first + i, NULL);
      cli_puts(i == 0 ? "" : ",");
      json_day(first + i, kinds[i], rc == EGCA_PROVISIONAL);
    }
    cli_puts("]}\n");
    if (provisional)
      cli_warn_provisional("calendar month");
    return EXIT_DONE;
  }
  static const char *const months_zh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
  cli_printf("%04d-%02d (%s月)\n", year, month, months_zh[month - 1]);
  cli_printf("  Mo  Tu  We  Th  Fr  Sa  Su\n");
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
  cli_printf("* 休 holiday   + 班 adjusted working day (调休上班)\n");
  if (provisional)
    cli_warn_provisional("calendar month");
  return EXIT_DONE;
}

static int calendar_coverage(cli *c, int argc, char **argv, int json)
{
  (void)argv;
  if (argc != 2)
    return cli_fail(EXIT_USAGE, "calendar coverage", "takes no arguments");
  int code = 0;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  const char *const *names = coverage_names;
  const egca_load_report *r = egca_calendar_report(cal);
  if (json) {
    cli_puts("{\"years\":[");
    for (int y = first; y <= last; y++) {
      cli_printf("%s{\"year\":%d,\"coverage\":\"%s\",\"local\":", y == first ? "" : ",", y,
                 names[egca_calendar_year_coverage(cal, y)]);
      if (egca_calendar_region(cal) != NULL)
        cli_printf("\"%s\"", names[egca_calendar_year_local_coverage(cal, y)]);
      else
        cli_puts("null");
      cli_puts(",\"sources\":[");
      for (size_t i = 0; i < egca_calendar_year_source_count(cal, y); i++) {
        cli_puts(i ? "," : "");
        cli_json_string(egca_calendar_year_source(cal, y, i));
      }
      cli_puts("]}");
    }
    cli_printf("],\"sources\":%zu,\"events_used\":%zu,\"observances_ignored\":%zu,\"events_cancelled\":%zu}\n",
               r->sources, r->events_used, r->observances_ignored, r->events_cancelled);
    return EXIT_DONE;
  }
  for (int y = first; y <= last; y++) {
    cli_printf("%d\t%s\t", y, names[egca_calendar_year_coverage(cal, y)]);
    /* A calendar with a local layer: the region's coverage too (a covered year without it is provisional). */
    if (egca_calendar_region(cal) != NULL)
      cli_printf("local %s\t", names[egca_calendar_year_local_coverage(cal, y)]);
    size_t n = egca_calendar_year_source_count(cal, y);
    for (size_t i = 0; i < n; i++)
      cli_printf("%s%s", i ? ", " : "", egca_calendar_year_source(cal, y, i));
    cli_printf("\n");
  }
  cli_printf("sources %zu, events used %zu, observances ignored %zu, cancelled events %zu\n", r->sources, r->events_used,
         r->observances_ignored, r->events_cancelled);
  return EXIT_DONE;
}

/* "17:30", or "24:00", or NULL for an unknown time (EGCA_TIME_NONE). */
static const char *clock_text(char buf[8], int minutes)
{
  if (minutes < 0 || minutes > EGCA_TIME_END_OF_DAY)
    return NULL;
  const unsigned h = (unsigned)minutes / 60 % 100, m = (unsigned)minutes % 60;
  snprintf(buf, 8, "%02u:%02u", h, m);
  return buf;
}

/* One office as JSON: its hours with their source, and the cutoff of a filing by each channel. */
static void office_json(const egca_office *o)
{
  char t[8];
  cli_puts("{\"code\":");
  cli_json_string(o->code);
  cli_puts(",\"name\":");
  cli_json_string(o->name);
  cli_puts(",\"region\":");
  cli_json_string(o->region);
  cli_printf(",\"local_holidays\":%s,\"hours\":", o->local_holidays ? "true" : "false");
  cli_json_string(o->hours);
  cli_puts(",\"closes\":");
  cli_json_string(clock_text(t, o->closes));
  cli_puts(",\"hours_source\":");
  cli_json_string(o->hours_source);
  cli_puts(",\"filing_cutoff\":{");
  for (int k = EGCA_CHANNEL_IN_PERSON; k <= EGCA_CHANNEL_ONLINE; k++) {
    cli_printf("%s\"%s\":", k > EGCA_CHANNEL_IN_PERSON ? "," : "", egca_channel_name((egca_channel)k));
    cli_json_string(clock_text(t, egca_office_filing_cutoff(o, (egca_channel)k)));
  }
  cli_puts("}}");
}

int cmd_offices(cli *c, int argc, char **argv)
{
  (void)c;
  int json, code = cli_take_format(&argc, argv, &json, "offices");
  if (code != EXIT_DONE)
    return code;
  if (argc != 1)
    return cli_fail(EXIT_USAGE, "offices", "takes no arguments");
  const egca_office *d = egca_office_decision();
  if (json) {
    cli_puts("{\"offices\":[");
    for (size_t i = 0; i < egca_office_count(); i++) {
      if (i > 0)
        cli_puts(",");
      office_json(egca_office_at(i));
    }
    cli_puts("],\"decision\":");
    office_json(d);
    cli_puts("}\n");
    return EXIT_DONE;
  }
  /* CODE, office, region, whether the region has rest days of its own, hours ("hours unknown" unless a
   * source gives them: then a filing in person has no known cutoff either). */
  for (size_t i = 0; i < egca_office_count(); i++) {
    const egca_office *o = egca_office_at(i);
    cli_printf("%s\t%s\t%s\t%s\t%s\n", o->code, o->name, o->region, o->local_holidays ? "local rest days" : "national",
               o->hours != NULL ? o->hours : "hours unknown");
  }
  cli_printf("decision: %s, national calendar, %s\n  hours from: %s\n", d->name, d->hours, d->hours_source);
  cli_puts("filing cutoff: by post or online 24:00; in person the closing time (unknown: hours unknown)\n");
  return EXIT_DONE;
}

int cmd_calendar(cli *c, int argc, char **argv)
{
  int json, code = cli_take_format(&argc, argv, &json, "calendar");
  if (code != EXIT_DONE)
    return code;
  if (argc >= 2 && strcmp(argv[1], "days") == 0)
    return calendar_days(c, argc, argv, json);
  if (argc >= 2 && strcmp(argv[1], "month") == 0)
    return calendar_month(c, argc, argv, json);
  if (argc >= 2 && strcmp(argv[1], "coverage") == 0)
    return calendar_coverage(c, argc, argv, json);
  return cli_fail(EXIT_USAGE, "calendar", "expected days FROM TO, month YYYY-MM or coverage");
}

int cmd_add_workdays(cli *c, int argc, char **argv)
{
  egca_date from;
  long n;
  int json, code = cli_take_format(&argc, argv, &json, "add-workdays");
  if (code != EXIT_DONE)
    return code;
  if (argc != 3)
    return cli_fail(EXIT_USAGE, "add-workdays", "expected DATE N");
  if (cli_parse_date(&from, argv[1], "DATE") < 0 || cli_parse_int(&n, argv[2], -100000, 100000, "N") < 0)
    return EXIT_USAGE;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  egca_date out;
  egca_error err;
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
    return cli_fail(EXIT_USAGE, "workdays", "expected FROM TO");
  if (cli_parse_date(&from, argv[1], "FROM") < 0 || cli_parse_date(&to, argv[2], "TO") < 0)
    return EXIT_USAGE;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  int count;
  egca_error err;
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
