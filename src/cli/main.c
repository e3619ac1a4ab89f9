/* egca command — global options and dispatch to the subcommands. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char usage_text[] =
    "usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]\n"
    "            [--rules DIR] [--strict] [--lang zh|en] COMMAND ...\n"
    "       egca --help | -h | help [COMMAND]       this text, or one command's (COMMAND --help too)\n"
    "       egca --version\n"
    "Options (before or after COMMAND; every --NAME VALUE may be written --NAME=VALUE):\n"
    "  --holidays PATH              holiday notices (.ics file or folder) instead of the built-in ones\n"
    "  --office CODE                the calendar of the acceptance office of a province (GB/T 2260 code,\n"
    "                               such as 450000): its region's own rest days over the national ones\n"
    "  --local PATH                 a region's holiday notices (.ics), laid over the national calendar\n"
    "  --unmarked ignore|error|holiday  events with no holiday or working-day marker\n"
    "  --rules DIR                  DIR/deadlines.json, conditions.json, materials.json, readings.json,\n"
    "                               not the built-in ones\n"
    "  --strict                     a provisional answer is an error (exit 4)\n"
    "  --lang zh|en                 the language of every text written (default: EGCA_LANG, else zh);\n"
    "                               JSON keys and codes stay English\n"
    "Commands (each takes --format text|json; json shapes in docs/cli-json.md):\n"
    "  calendar days FROM TO        one line per day, FROM..TO inclusive: DATE<TAB>KIND\n"
    "  calendar month YYYY-MM       a month grid marking holidays and adjusted workdays\n"
    "  calendar year YYYY           twelve month grids, three side by side (--format html: a page)\n"
    "  calendar export YEAR...      the years as an iCalendar feed (> china.ics)\n"
    "  calendar coverage            covered years (confirmed / tentative) and their sources\n"
    "  add-workdays DATE N          the N-th working day after DATE (N<0: before)\n"
    "  workdays FROM TO             working days in (FROM, TO]\n"
    "  deadline RULE DATE [--pause FROM:TO]... [--reading QUESTION=READING]...\n"
    "  assess PROFILE.json|-\n"
    "  timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]... [--format text|json|ics|html]\n"
    "                               [--jobs N] [--receipt next_working_day|as_dated];\n"
    "                               html: a page with a picture of the deadlines\n"
    "                               --reading: an open question's reading (rules readings); --policy\n"
    "                               earlier|later: deprecated, the reading of renewal_rest_day\n"
    "                               --as-of defaults to today in China (UTC+8), whatever the time zone;\n"
    "                               --jobs: threads for a batch (a JSON array, or cases on stdin)\n"
    "  rules list | rules show RULE | rules readings\n"
    "                               readings: the law's open questions, for --reading QUESTION=READING\n"
    "  offices                      the acceptance offices: code, name, region, local rest days, hours\n"
    "  serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
    "                               these answers over HTTP (default 127.0.0.1:8383; docs/openapi.yaml)\n"
    "A provisional answer (it rests on a tentative year) is printed as it is; a warning goes to stderr.\n"
    "Dates are YYYY-MM-DD. Exit codes: 0 done; 1 negative answer; 2 usage; 3 invalid input or data, or\n"
    "output that could not be written; 4 outside calendar coverage.\n";

/* The same in Chinese: the usage lines, option names and values stay as they are. */
static const char usage_text_zh[] =
    "用法：egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]\n"
    "           [--rules DIR] [--strict] [--lang zh|en] COMMAND ...\n"
    "      egca --help | -h | help [COMMAND]       本说明，或某一命令的说明（也可用COMMAND --help）\n"
    "      egca --version\n"
    "选项（写在COMMAND之前或之后均可；每个--NAME VALUE也可写作--NAME=VALUE）：\n"
    "  --holidays PATH              节假日通知（.ics文件或文件夹），代替内置的通知\n"
    "  --office CODE                省级受理机构的日历（GB/T 2260代码，如450000）：\n"
    "                               在全国休息日之上加上该地区自己的休息日\n"
    "  --local PATH                 某一地区的节假日通知（.ics），叠加在全国日历之上\n"
    "  --unmarked ignore|error|holiday  没有节假日或工作日标记的事件如何处理\n"
    "  --rules DIR                  读取DIR/deadlines.json、conditions.json、materials.json、\n"
    "                               readings.json，代替内置的规则\n"
    "  --strict                     暂定的答案视为错误（退出码4）\n"
    "  --lang zh|en                 输出文字的语言（默认取EGCA_LANG，未设置则为zh）；\n"
    "                               JSON的键和代码始终为英文\n"
    "命令（均接受--format text|json；JSON结构见docs/cli-json.md）：\n"
    "  calendar days FROM TO        FROM..TO（含两端）每日一行：DATE<TAB>KIND\n"
    "  calendar month YYYY-MM       一个月的月历，标出节假日和调休上班日\n"
    "  calendar year YYYY           十二个月的月历，每行三个（--format html：网页）\n"
    "  calendar export YEAR...      这些年份的iCalendar日历（> china.ics）\n"
    "  calendar coverage            日历覆盖的年份（已确认/暂定）及其来源\n"
    "  add-workdays DATE N          DATE之后第N个工作日（N<0：之前）\n"
    "  workdays FROM TO             (FROM, TO]内的工作日数\n"
    "  deadline RULE DATE [--pause FROM:TO]... [--reading QUESTION=READING]...\n"
    "  assess PROFILE.json|-\n"
    "  timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]... [--format text|json|ics|html]\n"
    "                               [--jobs N] [--receipt next_working_day|as_dated]；\n"
    "                               html：附期限图示的网页\n"
    "                               --reading：未决问题的读法（见rules readings）；--policy\n"
    "                               earlier|later：已弃用，即renewal_rest_day的读法\n"
    "                               --as-of默认为中国（UTC+8）的今天，与本机时区无关；\n"
    "                               --jobs：批量（JSON数组，或stdin上的多个案件）的线程数\n"
    "  rules list | rules show RULE | rules readings\n"
    "                               readings：法律的未决问题，供--reading QUESTION=READING选用\n"
    "  offices                      受理机构：代码、名称、地区、地方休息日、办公时间\n"
    "  serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
    "                               通过HTTP提供以上答案（默认127.0.0.1:8383；docs/openapi.yaml）\n"
    "暂定的答案（依据暂定年份）照常输出，并在stderr给出警告。\n"
    "日期格式为YYYY-MM-DD。退出码：0 完成；1 答案为否定；2 用法错误；3 输入或数据无效，\n"
    "或输出无法写入；4 超出日历覆盖范围。\n";

int cli_fail(int code, const char *what, const char *fmt, ...)
{
  fprintf(stderr, "egca: %s: ", what);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return code;
}

egca_lang cli_lang = EGCA_LANG_ZH;

static int stdout_errno;   /* the errno of the first write to stdout that failed */
static int stdout_reported; /* that failure was reported (it is reported once) */

/* After a stdio call on stdout that returned `failed` (nonzero when it says it failed). */
static void note_stdout(int failed)
{
  if ((failed || ferror(stdout)) && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
}

void cli_printf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  errno = 0;
  int n = vprintf(fmt, ap);
  va_end(ap);
  note_stdout(n < 0);
}

void cli_puts(const char *text)
{
  errno = 0;
  note_stdout(fputs(text, stdout) == EOF);
}

int cli_write(const char *data, size_t len)
{
  errno = 0;
  note_stdout(fwrite(data, 1, len, stdout) != len);
  return stdout_errno;
}

int cli_stdout_error(void)
{
  errno = 0;
  note_stdout(fflush(stdout) != 0);
  return stdout_errno;
}

int cli_fail_stdout(int errnum)
{
  if (!stdout_reported)
    fprintf(stderr, "egca: stdout: %s\n", egca_errno_text(errnum, cli_lang));
  stdout_reported = 1;
  return EXIT_INVALID;
}

void cli_warn_provisional(const char *what)
{
  fprintf(stderr,
          CLI_TR("egca: %s: provisional: the answer rests on a day whose holiday notice is not confirmed "
                 "(egca calendar coverage; --strict refuses it)\n",
                 "egca: %s: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）\n"),
          what);
}

int cli_take_format(int *argc, char **argv, int *json, const char *what)
{
  int kept = 0;
  *json = 0;
  for (int i = 0; i < *argc; i++) {
    if (i > 0 && strcmp(argv[i], "--format") == 0) {
      if (i + 1 >= *argc)
        return cli_fail(EXIT_USAGE, "--format", CLI_TR("needs a value", "缺少值"));
      const char *v = argv[++i];
      if (strcmp(v, "text") != 0 && strcmp(v, "json") != 0)
        return cli_fail(EXIT_USAGE, "--format", CLI_TR("expected text or json, not \"%s\"", "应为text或json，而不是\"%s\""), v);
      *json = v[0] == 'j';
    } else if (i > 0 && argv[i][0] == '-' && argv[i][1] == '-') {
      return cli_fail(EXIT_USAGE, argv[i], CLI_TR("unknown option for %s (egca %s --help)", "%s没有此选项（见egca %s --help）"),
                      what, argv[0]);
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  return EXIT_DONE;
}

int cli_put_json(const char *what, const char *text, int rc, const egca_error *err)
{
  if (rc < 0)
    return cli_fail_error(what, rc, err);
  cli_puts(text);
  cli_puts("\n");
  return EXIT_DONE;
}

int cli_exit_code(int rc)
{
  switch (rc) {
  case EGCA_OK:
  case EGCA_PROVISIONAL: return EXIT_DONE;
  case EGCA_E_COVERAGE: return EXIT_COVERAGE;
  default: return EXIT_INVALID;
  }
}

int cli_fail_error(const char *what, int rc, const egca_error *err)
{
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  egca_error_format(err, text, sizeof text);
  if (err->source[0] != '\0')
    fprintf(stderr, "egca: %s\n", text);
  else
    fprintf(stderr, "egca: %s: %s\n", what, text);
  return cli_exit_code(rc);
}

const egca_calendar *cli_calendar(cli *c, int *exit_code)
{
  if (c->calendar != NULL)
    return c->calendar;
  egca_load_options options = {.unmarked = c->unmarked, .strict = c->strict};
  egca_error err = CLI_ERROR;
  int rc;
  if (c->office == NULL && c->local_count == 0) {
    rc = c->holiday_count == 0 ? egca_calendar_default(&c->calendar, &options, &err)
                               : egca_calendar_load(&c->calendar, c->holidays, c->holiday_count, &options, &err);
  } else if (c->holiday_count == 0 && c->local_count == 0) {
    /* The office's shipped calendar, compiled into the library. */
    rc = egca_calendar_for_office(&c->calendar, c->office, &options, &err);
  } else {
    /* The national notices (built-in or --holidays) as the base; the office's region and --local files
     * as the local layer over them. */
    egca_calendar_builder *b;
    rc = egca_calendar_builder_new(&b, &options, &err);
    if (rc >= 0 && c->holiday_count == 0)
      rc = egca_calendar_builder_add_builtin(b, &err);
    for (size_t i = 0; i < c->holiday_count && rc >= 0; i++)
      rc = egca_calendar_builder_add_path(b, c->holidays[i], &err);
    if (rc >= 0 && c->office != NULL)
      rc = egca_calendar_builder_add_office(b, c->office, &err);
    for (size_t i = 0; i < c->local_count && rc >= 0; i++)
      rc = egca_calendar_builder_add_local_path(b, c->locals[i], &err);
    if (rc >= 0)
      rc = egca_calendar_builder_build(&c->calendar, b, &err);
    egca_calendar_builder_free(b);
  }
  if (rc < 0) {
    *exit_code = cli_fail_error("holidays", rc, &err);
    return NULL;
  }
  return c->calendar;
}

const egca_calendar *cli_national_calendar(cli *c, int *exit_code)
{
  if (c->office == NULL && c->local_count == 0)
    return cli_calendar(c, exit_code);
  if (c->national != NULL)
    return c->national;
  egca_load_options options = {.unmarked = c->unmarked, .strict = c->strict};
  egca_error err = CLI_ERROR;
  int rc = c->holiday_count == 0 ? egca_calendar_default(&c->national, &options, &err)
                                 : egca_calendar_load(&c->national, c->holidays, c->holiday_count, &options, &err);
  if (rc < 0) {
    *exit_code = cli_fail_error("holidays", rc, &err);
    return NULL;
  }
  return c->national;
}

int cli_office_options(cli *c, egca_timeline_options *eval, egca_office_calendars **offices, int *exit_code)
{
  *offices = NULL;
  eval->office_calendars = NULL;
  if (c->office != NULL || c->local_count > 0) {
    eval->office_calendar = cli_calendar(c, exit_code);
    return eval->office_calendar != NULL ? 0 : -1;
  }
  eval->office_calendar = NULL;
  egca_load_options lo = {.unmarked = c->unmarked, .strict = c->strict};
  egca_error err = CLI_ERROR;
  int rc = egca_office_calendars_new(offices, c->holidays, c->holiday_count, &lo, &err);
  if (rc < 0) {
    *exit_code = cli_fail_error("holidays", rc, &err);
    return -1;
  }
  eval->office_calendars = *offices;
  return 0;
}

int cli_parse_date(egca_date *out, const char *text, const char *arg_name)
{
  egca_error err = CLI_ERROR;
  if (egca_date_parse(out, text, &err) < 0) {
    cli_fail(EXIT_USAGE, arg_name, "%s", err.message);
    return -1;
  }
  return 0;
}

int cli_parse_int(long *out, const char *text, long min, long max, const char *arg_name)
{
  char *end;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (text[0] == '\0' || *end != '\0' || errno != 0) {
    cli_fail(EXIT_USAGE, arg_name, CLI_TR("\"%s\" is not an integer", "\"%s\"不是整数"), text);
    return -1;
  }
  if (v < min || v > max) {
    cli_fail(EXIT_USAGE, arg_name, CLI_TR("%ld is out of range (%ld..%ld)", "%ld超出范围（%ld..%ld）"), v, min, max);
    return -1;
  }
  *out = v;
  return 0;
}

static const struct {
  const char *name;
  int (*run)(cli *, int, char **);
  const char *usage, *usage_zh; /* English, Chinese */
} commands[] = {
    {"calendar", cmd_calendar,
     "usage: egca calendar days FROM TO [--format text|json]     one line per day: DATE<TAB>KIND\n"
     "       egca calendar month YYYY-MM [--format text|json]   a month grid (* holiday, + made a workday)\n"
     "       egca calendar year YYYY [--format text|json|html]  twelve month grids, marked as the month's\n"
     "       egca calendar export YEAR...                       the years as an iCalendar feed\n"
     "       egca calendar coverage [--format text|json]        covered years and their sources\n",
     "用法：egca calendar days FROM TO [--format text|json]     每日一行：DATE<TAB>KIND\n"
     "      egca calendar month YYYY-MM [--format text|json]   一个月的月历（* 节假日，+ 调休上班日）\n"
     "      egca calendar year YYYY [--format text|json|html]  十二个月的月历，标记同月历\n"
     "      egca calendar export YEAR...                       这些年份的iCalendar日历\n"
     "      egca calendar coverage [--format text|json]        日历覆盖的年份及其来源\n"},
    {"add-workdays", cmd_add_workdays,
     "usage: egca add-workdays DATE N [--format text|json]\n"
     "  the N-th working day after DATE (N<0: before); stdout holds the date alone\n",
     "用法：egca add-workdays DATE N [--format text|json]\n"
     "  DATE之后第N个工作日（N<0：之前）；stdout只输出该日期\n"},
    {"workdays", cmd_workdays,
     "usage: egca workdays FROM TO [--format text|json]\n"
     "  the number of working days in (FROM, TO]; stdout holds the number alone\n",
     "用法：egca workdays FROM TO [--format text|json]\n"
     "  (FROM, TO]内的工作日数；stdout只输出该数\n"},
    {"deadline", cmd_deadline,
     "usage: egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...\n"
     "                     [--format text|json]\n"
     "  --reading picks a reading of an open question (egca rules readings; repeatable); --policy\n"
     "  earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later\n"
     "  the time limit RULE (egca rules list) running from DATE; the first line of the text is the due\n"
     "  date, or the status word \"suspended\" alone\n",
     "用法：egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...\n"
     "                    [--format text|json]\n"
     "  --reading选定一个未决问题的读法（见egca rules readings；可重复）；--policy earlier|later\n"
     "  是--reading renewal_rest_day=earlier|later的旧写法，已弃用\n"
     "  自DATE起算的期限RULE（见egca rules list）；文本输出的第一行是届满日，\n"
     "  或者只有状态词\"suspended\"（期限中止）\n"},
    {"rules", cmd_rules,
     "usage: egca rules list [--format text|json]\n"
     "       egca rules show RULE [--format text|json]\n"
     "       egca rules readings [--format text|json]   the open questions and their readings\n",
     "用法：egca rules list [--format text|json]\n"
     "      egca rules show RULE [--format text|json]\n"
     "      egca rules readings [--format text|json]   法律的未决问题及其读法\n"},
    {"assess", cmd_assess,
     "usage: egca assess PROFILE.json|- [--format text|json]\n"
     "  the seven qualification conditions and the materials checklist; exit 1 when not eligible\n",
     "用法：egca assess PROFILE.json|- [--format text|json]\n"
     "  七项资质条件和申请材料清单；不符合条件时退出码为1\n"},
    {"timeline", cmd_timeline,
     "usage: egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...\n"
     "                     [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]\n"
     "  --reading picks a reading of an open question (egca rules readings; repeatable; --policy\n"
     "  earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later);\n"
     "  --as-of defaults to today in China (UTC+8). A JSON array of cases, or - (stdin: NDJSON, an array,\n"
     "  or cases one after another, pretty-printed or not, as the content says), is a batch evaluated by N\n"
     "  threads (--jobs): one JSON line per case, or with --format text each case's text, with --format\n"
     "  ics one calendar of every case's open deadlines, with --format html one page (a row per case\n"
     "  linking to its picture); exit 1 when a case is not clean\n"
     "  --receipt X is --reading receipt_after_hours=X: materials received after the office closed or on a\n"
     "  rest day count from its next working day (next_working_day, the default) or from the day they came\n"
     "  (as_dated); docs/rules.md\n",
     "用法：egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...\n"
     "                    [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]\n"
     "  --reading选定一个未决问题的读法（见egca rules readings；可重复；--policy earlier|later是\n"
     "  --reading renewal_rest_day=earlier|later的旧写法，已弃用）；\n"
     "  --as-of默认为中国（UTC+8）的今天。JSON数组形式的多个案件，或-（stdin：NDJSON、数组，或依次排列的\n"
     "  多个案件，是否缩进均可，按内容识别）为批量，由N个线程（--jobs）计算：每个案件一行JSON；\n"
     "  --format text时为每个案件的文本，--format ics时为所有案件未届满期限的一个日历，--format html\n"
     "  时为一个网页（每个案件一行，链接到其图示）；有案件不合规时退出码为1\n"
     "  --receipt X即--reading receipt_after_hours=X：受理机构下班后或休息日收到的材料，自其下一个\n"
     "  工作日起算（next_working_day，默认），或自收到之日起算（as_dated）；见docs/rules.md\n"},
    {"offices", cmd_offices,
     "usage: egca offices [--format text|json]\n"
     "  the acceptance offices: code, name, region, local rest days, hours\n",
     "用法：egca offices [--format text|json]\n"
     "  受理机构：代码、名称、地区、地方休息日、办公时间\n"},
    {"serve", cmd_serve,
     "usage: egca serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
     "  the answers of timeline, assess, deadline, calendar days, rules list and offices over HTTP/JSON\n"
     "  (docs/openapi.yaml), the timeline's picture for Accept: text/html, and at / a form where a person\n"
     "  pastes or uploads a case and sees its picture; on 127.0.0.1:8383 unless --listen says otherwise\n"
     "  (port 0: any free port);\n"
     "  --timeout: idle seconds before a connection is closed (10); --max-body: the longest request body\n"
     "  (the case limit, 64 MiB); one log line per request on stderr; SIGTERM drains and exits 0\n",
     "用法：egca serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
     "  通过HTTP/JSON提供timeline、assess、deadline、calendar days、rules list和offices的答案\n"
     "  （docs/openapi.yaml），Accept: text/html时提供期限图示，在/提供一个表单，供人粘贴或上传\n"
     "  案件并查看其图示；默认监听127.0.0.1:8383，可用--listen另行指定（端口0：任一空闲端口）；\n"
     "  --timeout：连接空闲多少秒后关闭（10）；--max-body：请求正文的最大长度（案件的上限，\n"
     "  64 MiB）；每个请求在stderr记一行日志；收到SIGTERM时处理完已有请求后以0退出\n"},
    {"help", NULL, "usage: egca help [COMMAND]\n",
     "用法：egca help [COMMAND]\n"},
};

static size_t command_index(const char *name)
{
  for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
    if (strcmp(name, commands[k].name) == 0)
      return k;
  return (size_t)-1;
}

/* A global option (before or after the subcommand: argv[i]) and its value; returns -1 when argv[i] is none,
 * else the exit code to stop with (EXIT_USAGE) or EXIT_DONE after consuming it (*i moved past its value). */
static int global_option(cli *c, int argc, char **argv, int *i)
{
  const char *opt = argv[*i];
  if (strcmp(opt, "--strict") == 0) {
    c->strict = 1;
  } else if (strcmp(opt, "--lang") == 0) {
    /* Read before anything else (choose_language); here only stepped over. */
    ++*i;
  } else if (strcmp(opt, "--unmarked") == 0) {
    /* Events with no holiday or working-day marker (observances such as 妇女节). */
    const char *mode = *i + 1 < argc ? argv[++*i] : "";
    if (strcmp(mode, "ignore") == 0)
      c->unmarked = EGCA_UNMARKED_IGNORE;
    else if (strcmp(mode, "error") == 0)
      c->unmarked = EGCA_UNMARKED_ERROR;
    else if (strcmp(mode, "holiday") == 0)
      c->unmarked = EGCA_UNMARKED_HOLIDAY;
    else
      return cli_fail(EXIT_USAGE, opt, CLI_TR("expected ignore, error or holiday", "应为ignore、error或holiday"));
  } else if (strcmp(opt, "--office") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, CLI_TR("needs a GB/T 2260 province code, such as 450000", "需要GB/T 2260省级行政区划代码，如450000"));
    c->office = argv[++*i];
    if (egca_office_find(c->office) == NULL)
      return cli_fail(EXIT_USAGE, opt,
                      CLI_TR("\"%s\" is no acceptance office (egca offices lists them)", "\"%s\"不是受理机构（egca offices列出全部受理机构）"),
                      c->office);
  } else if (strcmp(opt, "--local") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, CLI_TR("needs a path", "缺少路径"));
    if (c->local_count == CLI_MAX_HOLIDAYS)
      return cli_fail(EXIT_USAGE, opt, CLI_TR("at most %d paths", "路径至多%d个"), CLI_MAX_HOLIDAYS);
    c->locals[c->local_count++] = argv[++*i];
  } else if (strcmp(opt, "--holidays") == 0 || strcmp(opt, "--rules") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, CLI_TR("needs a path", "缺少路径"));
    if (opt[2] == 'r') {
      c->rules_dir = argv[++*i];
    } else {
      if (c->holiday_count == CLI_MAX_HOLIDAYS)
        return cli_fail(EXIT_USAGE, opt, CLI_TR("at most %d paths", "路径至多%d个"), CLI_MAX_HOLIDAYS);
      c->holidays[c->holiday_count++] = argv[++*i];
    }
  } else {
    return -1;
  }
  return EXIT_DONE;
}

/* Prints the usage of the command named `name` (NULL: the whole command's) to stdout. */
static int print_usage(const char *name)
{
  size_t k = name != NULL ? command_index(name) : (size_t)-1;
  if (name != NULL && k == (size_t)-1)
    return cli_fail(EXIT_USAGE, name, CLI_TR("unknown command (egca --help lists them)", "未知命令（egca --help列出全部命令）"));
  if (k == (size_t)-1)
    cli_puts(CLI_TR(usage_text, usage_text_zh));
  else
    cli_puts(CLI_TR(commands[k].usage, commands[k].usage_zh));
  return EXIT_DONE;
}

/* The options shared by every command (anywhere on the line), then the subcommand with its own words.
 * `--opt=value` is first split into `--opt value` (argv's strings are the program's to modify), so every
 * option takes either spelling. */
static int run(cli *c, int argc, char **argv)
{
  char **words = malloc(sizeof *words * (2 * (size_t)argc + 1));
  if (words == NULL)
    return cli_fail(EXIT_INVALID, "egca", "%s", CLI_TR("out of memory", "内存不足"));
  int n = 0;
  for (int i = 0; i < argc; i++) {
    /* A flag keeps its '=' (`--strict=1` is then an unknown option, not a flag and a stray word). */
    char *eq = strncmp(argv[i], "--", 2) == 0 && i > 0 ? strchr(argv[i], '=') : NULL;
    if (eq != NULL && (strncmp(argv[i], "--strict=", 9) == 0 || strncmp(argv[i], "--help=", 7) == 0 ||
                       strncmp(argv[i], "--version=", 10) == 0))
      eq = NULL;
    words[n++] = argv[i];
    if (eq != NULL) {
      *eq = '\0';
      words[n++] = eq + 1;
    }
  }
  words[n] = NULL;
  /* Globals out, the rest (the subcommand and its words) kept in order; --help and -h noted. */
  int kept = 1, help = 0, version = 0, code = EXIT_DONE;
  for (int i = 1; i < n && code == EXIT_DONE; i++) {
    if (strcmp(words[i], "--help") == 0 || strcmp(words[i], "-h") == 0)
      help = 1;
    else if (strcmp(words[i], "--version") == 0)
      version = 1;
    else if ((code = global_option(c, n, words, &i)) == -1) {
      code = EXIT_DONE;
      words[kept++] = words[i];
    }
  }
  const char *name = kept > 1 ? words[1] : NULL;
  if (code != EXIT_DONE) {
    /* global_option has said what was wrong. */
  } else if (help) {
    code = print_usage(name != NULL && name[0] != '-' && strcmp(name, "help") != 0 ? name : NULL);
  } else if (version) {
    cli_printf("egca %s\n", egca_version());
  } else if (name == NULL) {
    code = (fputs(CLI_TR("egca: expected a command (egca --help lists them)\n", "egca: 缺少命令（egca --help列出全部命令）\n"),
                  stderr),
            EXIT_USAGE);
  } else if (strcmp(name, "help") == 0) {
    code = kept > 3 ? cli_fail(EXIT_USAGE, "help", CLI_TR("expected at most one COMMAND", "至多一个COMMAND"))
                    : print_usage(kept == 3 ? words[2] : NULL);
  } else if (name[0] == '-' && name[1] == '-') {
    code = cli_fail(EXIT_USAGE, name, CLI_TR("unknown option (egca --help lists them)", "未知选项（egca --help列出全部选项）"));
  } else if (command_index(name) == (size_t)-1) {
    code = cli_fail(EXIT_USAGE, name, CLI_TR("unknown command (egca --help lists them)", "未知命令（egca --help列出全部命令）"));
  } else {
    code = commands[command_index(name)].run(c, kept - 1, words + 1);
  }
  free(words);
  return code;
}

/* The language, chosen before anything is said: the last --lang (or --lang=) on the line, else EGCA_LANG,
 * else Chinese. A value that names no language is reported (in Chinese, the default) by the caller. */
static int choose_language(int argc, char **argv)
{
  const char *name = getenv("EGCA_LANG"), *from = "EGCA_LANG";
  if (name != NULL && name[0] == '\0')
    name = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--lang") == 0)
      name = i + 1 < argc ? argv[i + 1] : "", from = "--lang";
    else if (strncmp(argv[i], "--lang=", 7) == 0)
      name = argv[i] + 7, from = "--lang";
  }
  if (name != NULL && egca_lang_parse(name, &cli_lang) != EGCA_OK)
    return cli_fail(EXIT_USAGE, from, "\"%s\"：应为 zh 或 en（\"%s\": expected zh or en）", name, name);
  return EXIT_DONE;
}

int main(int argc, char **argv)
{
  cli c = {0};
  int early = choose_language(argc, argv);
  if (early != EXIT_DONE)
    return early;
  int code = run(&c, argc, argv);
  egca_calendar_free(c.calendar);
  egca_calendar_free(c.national);
  egca_rules_free(c.rules);
  /* An answer that did not reach stdout (a full disk, a closed pipe) is lost: whatever the command found,
   * the exit status says so (3), never 0 nor a negative answer's 1. A closed pipe kills the command by
   * SIGPIPE first, silently, as it does other Unix tools (`egca timeline - | head -1`); only a caller that
   * ignores SIGPIPE sees EPIPE here, which it asked for. fclose catches a write error a file system reports
   * only when the file is closed (EBADF there only says that stdout was closed when the command began and
   * nothing was written to it). */
  int e = cli_stdout_error();
  errno = 0;
  if (e == 0 && fclose(stdout) != 0 && errno != EBADF)
    e = errno != 0 ? errno : EIO;
  if (e != 0)
    code = cli_fail_stdout(e);
  return code;
}
