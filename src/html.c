/* egca — pictures: a timeline, a batch of timelines and a calendar year as self-contained HTML pages.
 *
 * The output layer's HTML writer. A page is well-formed XHTML (every element closed, every attribute
 * quoted, every text escaped) served as HTML5, with its CSS inline, no script at all and a
 * Content-Security-Policy that forbids every fetch: it can be saved, mailed and opened anywhere. The SVG
 * picture is for the eye; the same facts follow it as text (tables, lists), for a screen reader and grep.
 *
 * Layout of a timeline (one section per case): the axis runs across the top; each deadline instance is a
 * lane; a long case (a certificate's five years) is drawn on a broken axis, windows around the days that
 * matter joined by breaks, so that working days stay visible. The pieces are drawn by one function each
 * (axis, day shading, lane, pauses, findings); a new field of an instance is a new line in draw_lane and
 * in put_deadline_row.
 * Place in the flow: the last step, output: timeline (case_internal.h), the rule texts (deadline_output.h) -> here. */
#include "buffer.h"
#include "case_internal.h"
#include "deadline_output.h"
#include "deadline_rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- A growing text -------------------------------------------------------------------------------------
 * The page is written into the library's growing text (buffer.h); these are its names here. */

typedef egca__buf text;

static void put_n(text *t, const char *s, size_t n) { egca__buf_put_n(t, s, n); }
static void put(text *t, const char *s) { egca__buf_put(t, s); }

/* Text from input, escaped for XML text and attribute values alike. Characters XML 1.0 cannot hold (C0
 * controls but tab, line feed and carriage return; U+FFFE, U+FFFF) and bytes that are not UTF-8 become
 * U+FFFD, so that the page stays well-formed whatever a case id holds. */
static void put_esc(text *t, const char *s)
{
  if (s == NULL)
    return;
  const unsigned char *p = (const unsigned char *)s;
  while (*p != '\0') {
    const unsigned char c = *p;
    if (c < 0x80) {
      switch (c) {
      case '&': put(t, "&amp;"); break;
      case '<': put(t, "&lt;"); break;
      case '>': put(t, "&gt;"); break;
      case '"': put(t, "&quot;"); break;
      case '\'': put(t, "&#39;"); break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          put(t, "\xEF\xBF\xBD");
        else
          put_n(t, (const char *)p, 1);
      }
      p++;
      continue;
    }
    size_t n = 0;
    while (p[n] != '\0' && n < 4)
      n++;
    const size_t bad = egca__utf8_invalid_at(p, n);
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || bad < len) {
      put(t, "\xEF\xBF\xBD");
      p++;
      continue;
    }
    if (len == 3 && c == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
      put(t, "\xEF\xBF\xBD"); /* U+FFFE, U+FFFF */
    else
      put_n(t, (const char *)p, len);
    p += len;
  }
}

static int finish_text(char **out, text *t, egca_error *err)
{
  if (t->failed || t->text == NULL) {
    free(t->text);
    *out = NULL;
    return egca__fail_nomem(err);
  }
  *out = t->text;
  return 0;
}

/* --- The page's frame ------------------------------------------------------------------------------------ */

/* Nothing may be fetched: no script, no font, no image, no frame, no form target; only the inline style. */
#define CSP "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/* Status colours: one hue each, the words beside every bar carry the status for those who cannot tell them
 * apart. */
static const char style_sheet[] =
    "@page{size:A4 landscape;margin:10mm}"
    "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;"
    "margin:16px;color:#1b1b1b;font-size:13px;line-height:1.45}"
    "h1{font-size:20px;margin:0 0 6px}h2{font-size:17px;margin:18px 0 4px}h3{font-size:14px;margin:12px 0 4px}"
    "section.case{break-before:page}section.case:first-of-type{break-before:auto}"
    "p.verdict{margin:2px 0 8px}.bad{color:#b71c1c;font-weight:bold}.ok{color:#1b5e20;font-weight:bold}"
    "svg.timeline{width:100%;height:auto;display:block;border:1px solid #ccc}"
    "svg text{font-size:11px;fill:#1b1b1b}svg text.small{font-size:9px;fill:#555}svg text.as-of-label{fill:#d81b60}"
    "table{border-collapse:collapse;margin:6px 0;width:100%}"
    "th,td{border:1px solid #bbb;padding:2px 5px;text-align:left;vertical-align:top}"
    "th{background:#eee}tr{break-inside:avoid}code{font-size:11px;color:#555}"
    "ul.legend{list-style:none;padding:0;margin:4px 0}ul.legend li{display:inline-block;margin-right:12px}"
    ".sw{display:inline-block;width:12px;height:12px;border:1px solid #888;vertical-align:middle;margin-right:3px}"
    ".s-met{background:#2e7d32}.s-late{background:#ef6c00}.s-pending{background:#1565c0}"
    ".s-overdue{background:#c62828}.s-suspended{background:#9e9e9e}.s-deemed{background:#6a1b9a}"
    ".s-not_applicable{background:#d0d0d0}.s-available{background:#00838f}.s-not_yet{background:#80cbc4}"
    ".s-valid{background:#558b2f}.s-expired{background:#5d4037}.s-unknown{background:#9e9e9e}"
    ".k-weekend{background:#e6e6e6}.k-holiday{background:#ffcdd2}.k-adjusted_workday{background:#bbdefb}"
    ".k-workday{background:#fff}.k-none{background:#fff3c4}.k-provisional{border:1px dashed #f9a825}"
    "ol.findings li{margin:2px 0}"
    ".months{display:grid;grid-template-columns:repeat(4,max-content);gap:4px 14px}"
    "table.month{width:auto;margin:4px 0 8px}"
    "table.month td,table.month th{width:26px;text-align:center;padding:1px 2px}"
    "table.month td small{display:block;font-size:9px;line-height:1}"
    "table.month caption{font-weight:bold;text-align:left}"
    "@media print{body{margin:0;font-size:11px}svg.timeline{border:none}}";

/* The page's head, its lang attribute the language of its words. */
static void put_head_lang(text *t, const char *title_prefix, const char *title_text, egca_lang lang)
{
  put(t, lang == EGCA_LANG_EN
             ? "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
             : "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n<head>\n");
  put(t, "<meta charset=\"utf-8\" />\n<meta http-equiv=\"Content-Security-Policy\" content=\"" CSP "\" />\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<meta name=\"generator\" content=\"egca ");
  put(t, egca_version());
  put(t, "\" />\n<title>");
  put(t, title_prefix);
  put_esc(t, title_text);
  put(t, "</title>\n<style>");
  put(t, style_sheet);
  put(t, "</style>\n</head>\n<body>\n");
}

static void put_tail(text *t) { put(t, "</body>\n</html>\n"); }

static const char *date_text(egca_date d, char buf[EGCA_DATE_TEXT_SIZE])
{
  return d == EGCA_DATE_NONE ? "-" : egca_date_format(d, buf);
}

/* --- Day kinds --------------------------------------------------------------------------------------------- */

/* A day's kind for shading: the calendar's, or "none" where it does not cover the day (or, on a strict
 * calendar, where the day is provisional: its kind is then not an answer). */
typedef struct day_info {
  int known;            /* 0: not covered */
  egca_day_kind kind;
  int provisional;
} day_info;

static int same_text(const char *a, const char *b)
{
  return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* "（春节）": the day's name after its kind, escaped; nothing for a day without one. */
static void put_name(text *t, const char *name)
{
  if (name == NULL)
    return;
  put(t, "（");
  put_esc(t, name);
  put(t, "）");
}

/* The same in `lang`: " (春节)" in English (the name is the notice's own word, in both languages). */
static void put_name_lang(text *t, const char *name, egca_lang lang)
{
  if (name == NULL || lang != EGCA_LANG_EN) {
    put_name(t, name);
    return;
  }
  put(t, " (");
  put_esc(t, name);
  put(t, ")");
}

static day_info day_of(const egca_calendar *cal, egca_date d)
{
  day_info info = {0, EGCA_DAY_WORKDAY, 0};
  int rc = egca_calendar_kind(&info.kind, cal, d, NULL);
  info.known = rc >= 0;
  info.provisional = rc == EGCA_PROVISIONAL;
  if (!info.known) {
    int p = 0;
    info.provisional = egca_calendar_is_provisional(&p, cal, d, NULL) >= 0 && p;
  }
  return info;
}

static const char *kind_class(day_info i) { return i.known ? egca_day_kind_name(i.kind) : "none"; }

static const char *kind_label(day_info i)
{
  if (!i.known)
    return i.provisional ? "暂定（严格模式不作答）" : "日历未覆盖";
  switch (i.kind) {
  case EGCA_DAY_WORKDAY: return "工作日";
  case EGCA_DAY_WEEKEND: return "休息日（周末）";
  case EGCA_DAY_HOLIDAY: return "法定节假日";
  case EGCA_DAY_ADJUSTED_WORKDAY: return "调休上班";
  }
  return "";
}

/* --- A timeline's picture: the broken axis ----------------------------------------------------------------- */

#define SVG_WIDTH 1100
#define LABEL_WIDTH 250                       /* the lanes' names on the left */
#define CHART_WIDTH (SVG_WIDTH - LABEL_WIDTH - 10)
#define AXIS_HEIGHT 52                        /* month labels and the band of day kinds */
#define LANE_HEIGHT 30
#define BREAK_WIDTH 22                        /* one break of the axis */
#define WINDOW_PAD 7                          /* days shown around a day that matters */
#define WINDOW_JOIN 60                        /* windows closer than this are one */
#define SPAN_UNBROKEN 400                     /* a case shorter than this has no break */
#define MAX_WINDOWS 64
#define AS_OF_ROOM 16                         /* under the lanes: the as-of date's words */

typedef struct window {
  egca_date from, to; /* days shown, both included */
  double x;           /* left edge of `from` */
} window;

typedef struct axis {
  window w[MAX_WINDOWS];
  int n;
  double px; /* width of a day */
} axis;

static int cmp_date(const void *a, const void *b)
{
  egca_date x = *(const egca_date *)a, y = *(const egca_date *)b;
  return (x > y) - (x < y);
}

/* Windows around the days that matter (sorted, at least one), joined when close; the width of a day such
 * that windows and breaks fill the chart. */
static void axis_build(axis *a, egca_date *days, size_t n)
{
  qsort(days, n, sizeof *days, cmp_date);
  a->n = 0;
  const int unbroken = days[n - 1] - days[0] <= SPAN_UNBROKEN;
  for (size_t i = 0; i < n; i++) {
    egca_date from = days[i] - WINDOW_PAD, to = days[i] + WINDOW_PAD;
    if (from < EGCA_DATE_MIN)
      from = EGCA_DATE_MIN;
    if (to > EGCA_DATE_MAX)
      to = EGCA_DATE_MAX;
    if (a->n > 0 && (unbroken || from - a->w[a->n - 1].to <= WINDOW_JOIN || a->n == MAX_WINDOWS)) {
      if (to > a->w[a->n - 1].to)
        a->w[a->n - 1].to = to;
      continue;
    }
    a->w[a->n].from = from;
    a->w[a->n].to = to;
    a->n++;
  }
  long shown = 0;
  for (int k = 0; k < a->n; k++)
    shown += a->w[k].to - a->w[k].from + 1;
  a->px = (double)(CHART_WIDTH - BREAK_WIDTH * (a->n - 1)) / (double)shown;
  double x = LABEL_WIDTH;
  for (int k = 0; k < a->n; k++) {
    a->w[k].x = x;
    x += (a->w[k].to - a->w[k].from + 1) * a->px + BREAK_WIDTH;
  }
}

/* The left edge of day d: inside a window, its place; inside a break, a place in the break in proportion. */
static double day_x(const axis *a, egca_date d)
{
  if (d <= a->w[0].from)
    return a->w[0].x;
  for (int k = 0; k < a->n; k++) {
    const window *w = &a->w[k];
    const double end = w->x + (w->to - w->from + 1) * a->px;
    if (d <= w->to + 1)
      return w->x + (d - w->from) * a->px;
    if (k + 1 == a->n)
      return end;
    if (d < a->w[k + 1].from)
      return end + BREAK_WIDTH * (double)(d - w->to - 1) / (double)(a->w[k + 1].from - w->to - 1);
  }
  return a->w[a->n - 1].x;
}

/* The days a lane, a pause or a finding shows. */
static size_t collect_days(egca_date *out, const egca_timeline *tl)
{
  size_t n = 0;
  out[n++] = egca_timeline_as_of(tl);
  for (size_t i = 0; i < egca_timeline_deadline_count(tl); i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
    const egca_date days[] = {d->anchor, d->due, d->nominal, d->met_on};
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++)
      if (days[k] != EGCA_DATE_NONE)
        out[n++] = days[k];
  }
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++)
    if (egca_timeline_finding_at(tl, i)->date != EGCA_DATE_NONE)
      out[n++] = egca_timeline_finding_at(tl, i)->date;
  return n;
}

/* --- Pauses: the technical reviews of the case, known on the as-of date --------------------------------------- */

typedef struct pause {
  egca_date from, to; /* to: the review's last day, or the as-of date while it runs */
  int open;
} pause;

/* The case's reviews, as the evaluation reads them (行政许可法 第四十五条: the review's time is not counted in
 * a period that excludes it). `out` holds at least the case's event count. */
static size_t collect_pauses(pause *out, const egca_timeline *tl)
{
  const egca_case *c = tl->c;
  const egca_date as_of = egca_timeline_as_of(tl);
  size_t n = 0;
  for (size_t i = 0; c != NULL && i < c->event_count && c->events[i].date <= as_of; i++) {
    const egca__event *e = &c->events[i];
    if (e->type == EGCA_EVENT_REVIEW_STARTED)
      out[n++] = (pause){e->date, as_of, 1};
    else if (e->type == EGCA_EVENT_REVIEW_ENDED && n > 0 && out[n - 1].open)
      out[n - 1] = (pause){out[n - 1].from, e->date, 0};
  }
  return n;
}

/* --- Drawing --------------------------------------------------------------------------------------------- */

typedef struct drawing {
  text *t;
  const egca_timeline *tl;
  const egca_calendar *cal;
  axis ax;
  pause *pauses;
  size_t pause_count;
  int height;
  const char *id; /* the section's id, a prefix of the page's ids */
  egca_lang lang; /* the timeline's: the language of the words */
} drawing;

/* A day's kind in the words of `lang` (Chinese: kind_label). */
static const char *kind_words(day_info i, egca_lang lang)
{
  if (lang != EGCA_LANG_EN)
    return kind_label(i);
  if (!i.known)
    return i.provisional ? "provisional (refused under --strict)" : "outside calendar coverage";
  switch (i.kind) {
  case EGCA_DAY_WORKDAY: return "working day";
  case EGCA_DAY_WEEKEND: return "rest day (weekend)";
  case EGCA_DAY_HOLIDAY: return "holiday";
  case EGCA_DAY_ADJUSTED_WORKDAY: return "adjusted working day";
  }
  return "";
}

/* Month labels, the band of day kinds and, behind the lanes, the holidays (and weekends where a day is wide
 * enough to see): runs of one kind are one rectangle, titled with their days. */
static void draw_axis(drawing *g)
{
  text *t = g->t;
  const axis *a = &g->ax;
  char d1[EGCA_DATE_TEXT_SIZE], d2[EGCA_DATE_TEXT_SIZE];
  double last_label = -1e9;
  for (int k = 0; k < a->n; k++) {
    const window *w = &a->w[k];
    /* Month starts (and the window's first day) get a tick; a label where there is room for it. */
    for (egca_date d = w->from; d <= w->to; d++) {
      int y, m, day;
      egca_date_to_ymd(d, &y, &m, &day);
      if (day != 1 && d != w->from)
        continue;
      const double x = day_x(a, d);
      egca__buf_printf(t, "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"#bbb\" stroke-width=\"0.5\" />", x, x,
           g->height);
      if (x - last_label >= 52 && x + 48 <= SVG_WIDTH) {
        egca__buf_printf(t, "<text x=\"%.1f\" y=\"12\">%04d-%02d</text>", x + 2, y, m);
        last_label = x;
      }
    }
    if (k + 1 < a->n) {
      /* A break: two slanted strokes and how many days it leaves out. */
      const double x = w->x + (w->to - w->from + 1) * a->px;
      const long left_out = a->w[k + 1].from - w->to - 1;
      egca__buf_printf(t, EGCA__TR_LANG(g->lang, "<g class=\"break\"><title>%ld days left out (%s to %s)</title>",
                                        "<g class=\"break\"><title>略去 %ld 日（%s 至 %s）</title>"),
                       left_out,
           egca_date_format(w->to + 1, d1), egca_date_format(a->w[k + 1].from - 1, d2));
      egca__buf_printf(t, "<rect x=\"%.1f\" y=\"16\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" />", x, BREAK_WIDTH,
           g->height - 16);
      egca__buf_printf(t, "<path d=\"M%.1f 16 l6 %d M%.1f 16 l6 %d\" stroke=\"#777\" stroke-width=\"1\" />", x + 5,
           g->height - 16, x + 11, g->height - 16);
      egca__buf_printf(t,
                       EGCA__TR_LANG(g->lang, "<text class=\"small\" x=\"%.1f\" y=\"40\" text-anchor=\"middle\">≈%ldd</text></g>",
                                     "<text class=\"small\" x=\"%.1f\" y=\"40\" text-anchor=\"middle\">≈%ld日</text></g>"),
           x + BREAK_WIDTH / 2.0, left_out);
    }
  }
  if (g->cal == NULL)
    return;
  const int wide = a->px >= 3.0;
  for (int k = 0; k < a->n; k++) {
    const window *w = &a->w[k];
    for (egca_date d = w->from; d <= w->to;) {
      const day_info info = day_of(g->cal, d);
      egca_date e = d;
      while (e + 1 <= w->to) {
        const day_info next = day_of(g->cal, e + 1);
        if (next.known != info.known || next.kind != info.kind || next.provisional != info.provisional)
          break;
        e++;
      }
      /* A day narrower than a pixel (a long unbroken window) shows no weekends: they would be a grey blur
       * of thousands of shapes, where the holidays still show. */
      const int plain = (info.known && info.kind == EGCA_DAY_WORKDAY && !info.provisional) ||
                        (info.known && info.kind == EGCA_DAY_WEEKEND && a->px < 1.0);
      if (!plain) {
        const double x = day_x(a, d), width = day_x(a, e + 1) - x;
        egca__buf_printf(t, "<g class=\"days %s%s\"><title>%s%s%s%s%s", kind_class(info),
             info.provisional ? " provisional" : "", egca_date_format(d, d1),
             e > d ? EGCA__TR_LANG(g->lang, " to ", " 至 ") : "", e > d ? egca_date_format(e, d2) : "", " ",
             kind_words(info, g->lang));
        if (info.provisional && info.known)
          put(t, EGCA__TR_LANG(g->lang, " (provisional)", "（暂定）"));
        put(t, "</title>");
        static const char *const fills[] = {"#ffffff", "#e6e6e6", "#ffcdd2", "#bbdefb"};
        char hatch[64]; /* the section's own pattern: ids are unique on a page of many cases */
        snprintf(hatch, sizeof hatch, "url(#%s-uncovered)", g->id);
        const char *fill = info.known ? fills[info.kind] : hatch;
        egca__buf_printf(t, "<rect x=\"%.2f\" y=\"20\" width=\"%.2f\" height=\"12\" fill=\"%s\"%s />", x, width, fill,
             info.provisional ? " stroke=\"#f9a825\" stroke-dasharray=\"2 2\"" : "");
        /* Behind the lanes: holidays, make-up days and gaps in coverage always; weekends when visible. */
        if (info.kind != EGCA_DAY_WEEKEND || wide || !info.known)
          egca__buf_printf(t, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\" opacity=\"0.45\" />", x,
               AXIS_HEIGHT, width, g->height - AXIS_HEIGHT, fill);
        put(t, "</g>");
      }
      d = e + 1;
    }
  }
}

static const char *const status_fill[] = {"#2e7d32", "#ef6c00", "#1565c0", "#c62828", "#9e9e9e", "#6a1b9a",
                                          "#d0d0d0", "#00838f", "#80cbc4", "#558b2f", "#5d4037"};

/* The day a lane's bar ends on: the due date; the nominal one where the calendar does not reach; the as-of
 * date while the clock stands still. */
static egca_date bar_end(const egca_timeline_deadline *d, egca_date as_of)
{
  if (d->due != EGCA_DATE_NONE)
    return d->due;
  if (d->nominal != EGCA_DATE_NONE)
    return d->nominal;
  return as_of > d->anchor ? as_of : d->anchor;
}

/* A rough width of a text in the SVG's units at 11px, to keep a label inside the picture. */
static double text_width(const char *s)
{
  double w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
    if (*p < 0x80)
      w += 6.2;
    else if ((*p & 0xC0) != 0x80)
      w += 11.0;
  return w;
}

static void put_title_of(text *t, const egca_timeline_deadline *d, egca_lang lang)
{
  put_esc(t, d->version != NULL ? egca_deadline_rule_title_lang(d->version, lang) : d->rule_id);
  if (d->ref != NULL) {
    put(t, EGCA__TR_LANG(lang, " (", "（"));
    put_esc(t, d->ref);
    put(t, EGCA__TR_LANG(lang, ")", "）"));
  }
}

/* One piece of a lane's bar: days [from, to). Dashed where the due date is not known. */
static void draw_bar(drawing *g, egca_date from, egca_date to, int y, const char *fill, int unknown)
{
  const double x0 = day_x(&g->ax, from), x1 = day_x(&g->ax, to);
  egca__buf_printf(g->t, "<rect class=\"bar\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"12\" fill=\"%s\"%s />", x0, y + 14,
       x1 - x0 > 1 ? x1 - x0 : 1, fill,
       unknown ? " fill-opacity=\"0.5\" stroke=\"#333\" stroke-dasharray=\"3 2\"" : "");
}

static void draw_lane(drawing *g, size_t i)
{
  text *t = g->t;
  const axis *a = &g->ax;
  const egca_timeline_deadline *d = egca_timeline_deadline_at(g->tl, i);
  const egca_date as_of = egca_timeline_as_of(g->tl);
  const int y = AXIS_HEIGHT + (int)i * LANE_HEIGHT;
  const char *status = egca_timeline_status_name(d->status);
  const char *fill = (unsigned)d->status < sizeof status_fill / sizeof status_fill[0] ? status_fill[d->status] : "#999";
  char d1[EGCA_DATE_TEXT_SIZE], d2[EGCA_DATE_TEXT_SIZE], d3[EGCA_DATE_TEXT_SIZE];
  /* A period counted back from its anchor (renewal_filing) lies before it: its bar runs from the due date. */
  const egca_date end_day = bar_end(d, as_of);
  const egca_date start = end_day < d->anchor ? end_day : d->anchor;
  const egca_date end = end_day < d->anchor ? d->anchor : end_day;
  egca__buf_printf(t, "<g class=\"lane %s\" id=\"%s-lane-%zu\" data-rule=\"%s\" data-status=\"%s\" data-anchor=\"%s\" "
          "data-due=\"%s\">",
       status, g->id, i + 1, d->rule_id, status, egca_date_format(d->anchor, d1), date_text(d->due, d2));
  /* The lane's name, and a line under the lane. */
  egca__buf_printf(t, "<text x=\"6\" y=\"%d\">", y + 19);
  put_title_of(t, d, g->lang);
  put(t, "</text>");
  egca__buf_printf(t, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\" />", y + LANE_HEIGHT, SVG_WIDTH,
       y + LANE_HEIGHT);
  /* The bar, anchor to due, cut where a review stops this rule's clock. */
  const egca_lang lang = g->lang;
  put(t, "<title>");
  put_title_of(t, d, lang);
  egca__buf_printf(t, EGCA__TR_LANG(lang, ": start %s, due %s, %s", "：起算 %s，届满 %s，%s"), d1,
                   d->due != EGCA_DATE_NONE ? d2 : EGCA__TR_LANG(lang, "not settled", "未定"),
                   egca__timeline_status_label(d, lang));
  if (d->met_on != EGCA_DATE_NONE)
    egca__buf_printf(t, EGCA__TR_LANG(lang, ", met on %s", "，完成于 %s"), egca_date_format(d->met_on, d3));
  put(t, "</title>");
  /* Technical reviews stop the clock of a rule that excludes them: its bar has a gap there. */
  const int pausing = d->version != NULL && egca_deadline_rule_pause(d->version) == EGCA_PAUSE_EXCLUDE;
  egca_date from = start;
  for (size_t k = 0; pausing && k < g->pause_count; k++) {
    const pause *p = &g->pauses[k];
    if (p->to < from || p->from > end)
      continue;
    if (p->from > from)
      draw_bar(g, from, p->from, y, fill, d->due == EGCA_DATE_NONE);
    const egca_date gap_to = p->to < end ? p->to : end;
    const double x0 = day_x(a, p->from > from ? p->from : from), x1 = day_x(a, gap_to + 1);
    egca__buf_printf(t,
                     EGCA__TR_LANG(lang,
                                   "<g class=\"pause\"><title>technical review %s to %s%s: its time is not counted in the "
                                   "time limit (Administrative Licensing Law, Article 45)</title>",
                                   "<g class=\"pause\"><title>技术评审 %s 至 %s%s：所需时间不计算在期限内（行政许可法 第四十五条）</title>"),
                     egca_date_format(p->from, d1), egca_date_format(p->to, d2),
                     p->open ? EGCA__TR_LANG(lang, " (ongoing)", "（进行中）") : "");
    egca__buf_printf(t, "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" "
            "stroke-dasharray=\"3 3\" /></g>", x0, y + 20, x1, y + 20, fill);
    from = gap_to + 1;
  }
  if (from <= end)
    draw_bar(g, from, end + 1, y, fill, d->due == EGCA_DATE_NONE);
  /* The dates went into d1 and d2 above for the title; the label below needs them again. */
  egca_date_format(d->anchor, d1);
  date_text(d->due, d2);
  /* What ran past the due date: the late answer, or the overdue time up to the as-of date. */
  egca_date past = d->status == EGCA_STATUS_LATE ? d->met_on : d->status == EGCA_STATUS_OVERDUE ? as_of : EGCA_DATE_NONE;
  if (past != EGCA_DATE_NONE && d->due != EGCA_DATE_NONE && past > d->due) {
    const double x0 = day_x(a, d->due + 1), x1 = day_x(a, past + 1);
    egca__buf_printf(t, "<rect class=\"past-due\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"6\" fill=\"#c62828\" />", x0, y + 17,
         x1 - x0);
  }
  if (d->due != EGCA_DATE_NONE) {
    const double x = day_x(a, d->due + 1);
    egca__buf_printf(t, "<line class=\"due\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#000\" stroke-width=\"2\" />", x,
         y + 11, x, y + 29);
  }
  if (d->met_on != EGCA_DATE_NONE) {
    const double x = day_x(a, d->met_on) + a->px / 2;
    egca__buf_printf(t, "<path class=\"answer\" d=\"M%.2f %d l4 5 l-4 5 l-4 -5 z\" fill=\"#fff\" stroke=\"#000\" />", x, y + 15);
  }
  /* The words: due date and status, above the bar, kept inside the picture. */
  text label = {0};
  egca__buf_printf(&label, "%s → %s %s", d1,
                   d->due != EGCA_DATE_NONE       ? d2
                   : d->nominal != EGCA_DATE_NONE ? "~"
                                                  : EGCA__TR_LANG(lang, "not settled", "未定"),
                   egca__timeline_status_label(d, lang));
  if (d->due == EGCA_DATE_NONE && d->nominal != EGCA_DATE_NONE)
    egca__buf_printf(&label, EGCA__TR_LANG(lang, " (about %s, outside calendar coverage)", "（约 %s，日历未覆盖）"),
                     egca_date_format(d->nominal, d3));
  if (d->provisional)
    put(&label, EGCA__TR_LANG(lang, " (provisional)", "（暂定）"));
  if (label.failed)
    t->failed = 1;
  double lx = day_x(a, start);
  const double w = label.text != NULL ? text_width(label.text) : 0;
  if (lx + w > SVG_WIDTH - 4)
    lx = SVG_WIDTH - 4 - w;
  if (lx < LABEL_WIDTH)
    lx = LABEL_WIDTH;
  egca__buf_printf(t, "<text class=\"small\" x=\"%.1f\" y=\"%d\">", lx, y + 11);
  put_esc(t, label.text);
  put(t, "</text></g>");
  free(label.text);
}

static void draw_findings(drawing *g)
{
  text *t = g->t;
  for (size_t i = 0; i < egca_timeline_finding_count(g->tl); i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(g->tl, i);
    if (f->date == EGCA_DATE_NONE)
      continue;
    const size_t lane = f->deadline < egca_timeline_deadline_count(g->tl) ? f->deadline : 0;
    /* Findings of one lane and day stand side by side rather than on top of each other (findings come in
     * date order: those of the same day are just before; a few side by side, then they overlap again; a
     * bounded look back, so that a case of many findings on one day is still drawn in linear time). */
    int before = 0;
    for (size_t k = i; k > 0 && before < 8 && i - k < 64; k--) {
      const egca_timeline_finding *o = egca_timeline_finding_at(g->tl, k - 1);
      if (o->date != f->date)
        break;
      before += (o->deadline < egca_timeline_deadline_count(g->tl) ? o->deadline : 0) == lane;
    }
    const double x = day_x(&g->ax, f->date) + g->ax.px / 2 + 15 * before;
    const int y = AXIS_HEIGHT + (int)lane * LANE_HEIGHT + 20;
    const int violation = egca_finding_code_is_violation(f->code);
    char message[1024], d1[EGCA_DATE_TEXT_SIZE];
    egca_timeline_finding_message(message, sizeof message, g->tl, i);
    egca__buf_printf(t, EGCA__TR_LANG(g->lang, "<g class=\"finding %s\" data-code=\"%s\"><title>%zu. %s %s: ",
                                      "<g class=\"finding %s\" data-code=\"%s\"><title>%zu. %s %s："),
                     violation ? "violation" : "notice", egca_finding_code_name(f->code), i + 1,
                     egca_date_format(f->date, d1),
                     violation ? EGCA__TR_LANG(g->lang, "violation", "违反") : EGCA__TR_LANG(g->lang, "hint", "提示"));
    put_esc(t, message);
    egca__buf_printf(t, "</title><circle cx=\"%.2f\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#000\" />", x, y,
         violation ? "#ffeb3b" : "#ffffff");
    egca__buf_printf(t, "<text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\" style=\"font-size:9px\">%zu</text></g>", x, y + 3, i + 1);
  }
}

static void draw_as_of(drawing *g)
{
  char d1[EGCA_DATE_TEXT_SIZE];
  const double x = day_x(&g->ax, egca_timeline_as_of(g->tl)) + g->ax.px / 2;
  const char *as_of = EGCA__TR_LANG(g->lang, "as of", "截至");
  egca__buf_printf(g->t, "<g class=\"as-of\"><title>%s %s</title><line x1=\"%.2f\" y1=\"16\" x2=\"%.2f\" y2=\"%d\" "
             "stroke=\"#d81b60\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" />",
       as_of, egca_date_format(egca_timeline_as_of(g->tl), d1), x, x, g->height);
  /* Its words under the lanes, where no month label or break can stand. */
  egca__buf_printf(g->t, "<text x=\"%.2f\" y=\"%d\" class=\"as-of-label\" text-anchor=\"%s\">%s %s</text></g>",
       x > SVG_WIDTH - 100 ? x - 3 : x + 3, g->height + AS_OF_ROOM - 5, x > SVG_WIDTH - 100 ? "end" : "start", as_of, d1);
}

/* --- A case's section -------------------------------------------------------------------------------------- */

static void put_legend(text *t, egca_lang lang)
{
  if (lang == EGCA_LANG_EN) {
    static const egca_timeline_status shown_en[] = {EGCA_STATUS_MET,       EGCA_STATUS_LATE,   EGCA_STATUS_PENDING,
                                                    EGCA_STATUS_OVERDUE,   EGCA_STATUS_SUSPENDED, EGCA_STATUS_DEEMED,
                                                    EGCA_STATUS_NOT_APPLICABLE};
    static const char *const words_en[] = {"met", "met late", "pending", "overdue", "suspended",
                                           "deemed accepted or renewed", "not applicable"};
    put(t, "<ul class=\"legend\" aria-hidden=\"true\">");
    for (size_t k = 0; k < sizeof shown_en / sizeof shown_en[0]; k++)
      egca__buf_printf(t, "<li><span class=\"sw s-%s\"></span>%s</li>", egca_timeline_status_name(shown_en[k]),
                       words_en[k]);
    put(t, "<li><span class=\"sw k-weekend\"></span>weekend</li><li><span class=\"sw k-holiday\"></span>holiday</li>"
           "<li><span class=\"sw k-adjusted_workday\"></span>adjusted working day</li><li><span class=\"sw k-none\"></span>"
           "outside calendar coverage</li><li><span class=\"sw k-provisional\"></span>provisional (holiday notice not "
           "published)</li><li>- - technical review (not counted)</li><li>◆ met on</li><li>┃ due date</li>"
           "<li>● finding (yellow: violation)</li></ul>\n");
    return;
  }
  static const egca_timeline_status shown[] = {EGCA_STATUS_MET,       EGCA_STATUS_LATE,   EGCA_STATUS_PENDING,
                                               EGCA_STATUS_OVERDUE,   EGCA_STATUS_SUSPENDED, EGCA_STATUS_DEEMED,
                                               EGCA_STATUS_NOT_APPLICABLE};
  static const char *const words[] = {"按期完成", "逾期完成", "未届满", "已逾期", "中止计算", "视为受理或准予延续", "不适用"};
  put(t, "<ul class=\"legend\" aria-hidden=\"true\">");
  for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++)
    egca__buf_printf(t, "<li><span class=\"sw s-%s\"></span>%s</li>", egca_timeline_status_name(shown[k]), words[k]);
  put(t, "<li><span class=\"sw k-weekend\"></span>周末</li><li><span class=\"sw k-holiday\"></span>法定节假日</li>"
         "<li><span class=\"sw k-adjusted_workday\"></span>调休上班</li><li><span class=\"sw k-none\"></span>日历未覆盖</li>"
         "<li><span class=\"sw k-provisional\"></span>暂定（节假日安排未公布）</li>"
         "<li>- - 技术评审（不计算）</li><li>◆ 完成日</li><li>┃ 届满日</li><li>● 发现（黄色：违反）</li></ul>\n");
}

static void put_basis(text *t, const egca_timeline_deadline *d, egca_lang lang)
{
  size_t nb = 0;
  const egca_basis *basis = d->version != NULL ? egca_deadline_rule_basis(d->version, &nb) : NULL;
  for (size_t k = 0; basis != NULL && k < nb; k++) {
    char buf[EGCA__CITATION_MAX];
    egca_basis_format_lang(buf, sizeof buf, &basis[k], lang);
    if (k > 0)
      put(t, EGCA__TR_LANG(lang, "; ", "；"));
    put_esc(t, buf);
  }
  const char *piece[EGCA__GUIDE_PIECES];
  const size_t pieces = d->version != NULL ? egca__rule_guide_pieces(piece, d->version, lang) : 0;
  if (pieces > 0)
    put(t, nb > 0 ? EGCA__TR_LANG(lang, "; ", "；") : "");
  for (size_t k = 0; k < pieces; k++)
    put_esc(t, piece[k]); /* escaped character by character: the pieces one after the other are the whole */
}

static void put_deadline_row(text *t, const char *id, size_t i, const egca_timeline_deadline *d, egca_lang lang)
{
  char d1[EGCA_DATE_TEXT_SIZE];
  const char *status = egca_timeline_status_name(d->status);
  egca__buf_printf(t, "<tr id=\"%s-d%zu\" class=\"deadline %s\"><td>", id, i + 1, status);
  put_title_of(t, d, lang);
  egca__buf_printf(t, " <code>%s</code></td><td class=\"anchor\">%s</td><td class=\"due\">", d->rule_id,
       date_text(d->anchor, d1));
  if (d->due != EGCA_DATE_NONE)
    put(t, egca_date_format(d->due, d1));
  else if (d->nominal != EGCA_DATE_NONE)
    egca__buf_printf(t,
                     EGCA__TR_LANG(lang, "not settled (%s ignoring holidays; the year is outside calendar coverage)",
                                   "未定（不计节假日调整为 %s；日历未覆盖该年）"),
                     egca_date_format(d->nominal, d1));
  else
    put(t, EGCA__TR_LANG(lang, "not settled (suspended)", "未定（中止计算）"));
  if (d->provisional)
    put(t, EGCA__TR_LANG(lang, " (provisional: uses a tentative year)", "（暂定：用到尚未公布节假日安排的年份）"));
  if (d->ambiguous)
    egca__buf_printf(t, EGCA__TR_LANG(lang, " (other reading: %s)", "（另一种读法：%s）"), date_text(d->other_reading, d1));
  egca__buf_printf(t, "</td><td class=\"status\">%s <code>%s</code>", egca__timeline_status_label(d, lang), status);
  if (d->reason != NULL) { /* why it cannot be computed, as `egca deadline` says */
    put(t, EGCA__TR_LANG(lang, ": ", "："));
    put_esc(t, d->reason);
  }
  put(t, "</td><td>");
  /* days_left counts calendar days for a rule counted in years (egca_timeline_deadline). */
  const char *unit = d->unit == EGCA_UNIT_WORKING_DAYS ? EGCA__TR_LANG(lang, "working days", "个工作日")
                                                       : EGCA__TR_LANG(lang, "days", "日");
  const char *count_unit = d->unit == EGCA_UNIT_YEARS    ? EGCA__TR_LANG(lang, "years", "年")
                           : d->unit == EGCA_UNIT_MONTHS ? EGCA__TR_LANG(lang, "months", "月")
                                                         : unit;
  if (d->unit == EGCA_UNIT_MONTHS && lang != EGCA_LANG_EN)
    count_unit = "个月";
  if (d->met_on != EGCA_DATE_NONE)
    egca__buf_printf(t, EGCA__TR_LANG(lang, "met on %s", "完成于 %s"), egca_date_format(d->met_on, d1));
  else if (d->has_days_left && d->days_left >= 0)
    egca__buf_printf(t, EGCA__TR_LANG(lang, "%d %s left", "剩 %d %s"), d->days_left, unit);
  else if (d->has_days_left && lang == EGCA_LANG_EN)
    egca__buf_printf(t, "%d %s %s", -d->days_left, unit, d->status == EGCA_STATUS_EXPIRED ? "ago" : "late");
  else if (d->has_days_left)
    egca__buf_printf(t, "%s %d %s", d->status == EGCA_STATUS_EXPIRED ? "已过" : "逾期", -d->days_left, unit);
  else
    put(t, "-");
  egca__buf_printf(t, "</td><td class=\"count\">%d %s%s</td><td class=\"basis\">", d->count, count_unit,
       d->version != NULL && egca_deadline_rule_direction(d->version) == EGCA_BEFORE
           ? EGCA__TR_LANG(lang, " (counted back)", "（倒算）")
           : "");
  put_basis(t, d, lang);
  put(t, "</td></tr>\n");
}

/* How bad a status is, for a batch's summary: a breach first, then what the law deems, then what is open. */
static int severity(egca_timeline_status s)
{
  switch (s) {
  case EGCA_STATUS_OVERDUE: return 11;
  case EGCA_STATUS_LATE: return 10;
  case EGCA_STATUS_DEEMED: return 9;
  case EGCA_STATUS_UNKNOWN: return 8;
  case EGCA_STATUS_EXPIRED: return 7;
  case EGCA_STATUS_SUSPENDED: return 6;
  case EGCA_STATUS_PENDING: return 5;
  case EGCA_STATUS_NOT_YET: return 4;
  case EGCA_STATUS_VALID: return 3;
  case EGCA_STATUS_AVAILABLE: return 2;
  case EGCA_STATUS_MET: return 1;
  case EGCA_STATUS_NOT_APPLICABLE: return 0;
  }
  return 0;
}

/* The worst instance of a timeline, or NULL when it has none. */
static const egca_timeline_deadline *worst_of(const egca_timeline *tl)
{
  const egca_timeline_deadline *worst = NULL;
  for (size_t i = 0; i < egca_timeline_deadline_count(tl); i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
    if (worst == NULL || severity(d->status) > severity(worst->status))
      worst = d;
  }
  return worst;
}

/* One case's section: heading, picture, table of instances, findings. `id` prefixes its element ids. */
static int put_case_section(text *t, const egca_timeline *tl, const egca_calendar *cal, const char *id, int heading)
{
  const size_t n = egca_timeline_deadline_count(tl), m = egca_timeline_finding_count(tl);
  const size_t event_count = tl->c != NULL ? tl->c->event_count : 0;
  egca_date *days = malloc((4 * n + m + 1) * sizeof *days);
  pause *pauses = malloc((event_count + 1) * sizeof *pauses);
  if (days == NULL || pauses == NULL) {
    free(days);
    free(pauses);
    t->failed = 1;
    return -1;
  }
  char d1[EGCA_DATE_TEXT_SIZE];
  const egca_lang lang = tl->lang;
  egca__buf_printf(t, EGCA__TR_LANG(lang, "<section class=\"case\" id=\"%s\">\n<h%d>Case ", "<section class=\"case\" id=\"%s\">\n<h%d>案件 "),
                   id, heading);
  put_esc(t, egca_timeline_case_id(tl));
  egca__buf_printf(t, EGCA__TR_LANG(lang, ", as of %s</h%d>\n", "，截至 %s</h%d>\n"),
                   egca_date_format(egca_timeline_as_of(tl), d1), heading);
  const int clean = egca_timeline_clean(tl);
  egca__buf_printf(t,
                   EGCA__TR_LANG(lang, "<p class=\"verdict\">Verdict: <span class=\"%s\">%s</span> (%zu time limits, %zu findings)%s</p>\n",
                                 "<p class=\"verdict\">结论：<span class=\"%s\">%s</span>（%zu 个期限，%zu 项发现）%s</p>\n"),
                   clean ? "ok" : "bad",
                   clean ? EGCA__TR_LANG(lang, "nothing overdue, no violation", "无逾期、无违反")
                         : EGCA__TR_LANG(lang, "overdue or in violation", "有逾期或违反"),
                   n, m,
                   egca_timeline_provisional(tl)
                       ? EGCA__TR_LANG(lang, ". Some time limits are provisional: they use a tentative year",
                                       "。部分期限为暂定：用到尚未公布节假日安排的年份")
                       : "");
  drawing g = {.t = t, .tl = tl, .cal = cal, .pauses = pauses, .id = id, .lang = lang};
  g.pause_count = collect_pauses(pauses, tl);
  size_t nd = collect_days(days, tl);
  for (size_t k = 0; k < g.pause_count; k++)
    if (nd < 4 * n + m + 1) /* a pause's days show too, within the room made */
      days[nd++] = pauses[k].from;
  axis_build(&g.ax, days, nd);
  g.height = AXIS_HEIGHT + (int)(n > 0 ? n : 1) * LANE_HEIGHT + 4;
  put_legend(t, lang);
  egca__buf_printf(t, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 %d %d\" width=\"%d\" "
          "height=\"%d\" role=\"img\" aria-labelledby=\"%s-svg-title\">",
       SVG_WIDTH, g.height + AS_OF_ROOM, SVG_WIDTH, g.height + AS_OF_ROOM, id);
  egca__buf_printf(t, EGCA__TR_LANG(lang, "<title id=\"%s-svg-title\">Time limits of case ", "<title id=\"%s-svg-title\">案件 "), id);
  put_esc(t, egca_timeline_case_id(tl));
  put(t, EGCA__TR_LANG(lang, " on a time line (the table below has the details)</title>", " 的期限时间轴（详见下表）</title>"));
  egca__buf_printf(t, "<defs><pattern id=\"%s-uncovered\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">", id);
  put(t, ""
         "<rect width=\"6\" height=\"6\" fill=\"#fff3c4\" /><path d=\"M0 6 L6 0\" stroke=\"#c8a200\" /></pattern></defs>");
  draw_axis(&g);
  for (size_t i = 0; i < n; i++)
    draw_lane(&g, i);
  if (n == 0)
    egca__buf_printf(t, EGCA__TR_LANG(lang, "<text x=\"%d\" y=\"%d\">(no time limits yet)</text>", "<text x=\"%d\" y=\"%d\">（尚无期限）</text>"),
                     LABEL_WIDTH, AXIS_HEIGHT + 18);
  draw_as_of(&g);
  draw_findings(&g);
  put(t, "</svg>\n");
  free(days);
  /* The same facts as text. */
  egca__buf_printf(t, EGCA__TR_LANG(lang, "<h%d>Time limits</h%d>\n", "<h%d>期限</h%d>\n"), heading + 1, heading + 1);
  if (n == 0) {
    put(t, EGCA__TR_LANG(lang, "<p>(no time limits yet)</p>\n", "<p>（尚无期限）</p>\n"));
  } else {
    put(t, EGCA__TR_LANG(lang,
                         "<table class=\"deadlines\"><thead><tr><th>Time limit</th><th>Start</th><th>Due date</th><th>Status</th>"
                         "<th>Met on or left</th><th>Period</th><th>Basis</th></tr></thead><tbody>\n",
                         "<table class=\"deadlines\"><thead><tr><th>期限</th><th>起算日</th><th>届满日</th><th>状态</th>"
                         "<th>完成日或剩余</th><th>期间</th><th>依据</th></tr></thead><tbody>\n"));
    for (size_t i = 0; i < n; i++)
      put_deadline_row(t, id, i, egca_timeline_deadline_at(tl, i), lang);
    put(t, "</tbody></table>\n");
  }
  for (size_t k = 0; k < g.pause_count; k++) {
    char d2[EGCA_DATE_TEXT_SIZE];
    egca__buf_printf(t, EGCA__TR_LANG(lang, "%s<li>%s to %s%s</li>%s", "%s<li>%s 至 %s%s</li>%s"),
         k == 0 ? EGCA__TR_LANG(lang,
                                "<p>Technical reviews (their time is not counted in the decision's time limit, "
                                "Administrative Licensing Law, Article 45):</p><ul class=\"pauses\">",
                                "<p>技术评审（所需时间不计算在决定期限内，行政许可法 第四十五条）：</p><ul class=\"pauses\">")
                : "",
         egca_date_format(pauses[k].from, d1), egca_date_format(pauses[k].to, d2),
         pauses[k].open ? EGCA__TR_LANG(lang, " (still under way on the day)", "（截至当日仍在进行）") : "",
         k + 1 == g.pause_count ? "</ul>\n" : "");
  }
  free(pauses);
  egca__buf_printf(t, EGCA__TR_LANG(lang, "<h%d>Findings</h%d>\n", "<h%d>发现</h%d>\n"), heading + 1, heading + 1);
  if (m == 0)
    put(t, EGCA__TR_LANG(lang, "<p>(none)</p>\n", "<p>（无）</p>\n"));
  else
    put(t, "<ol class=\"findings\">\n");
  for (size_t i = 0; i < m; i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(tl, i);
    char message[1024];
    egca_timeline_finding_message(message, sizeof message, tl, i);
    const int violation = egca_finding_code_is_violation(f->code);
    egca__buf_printf(t, "<li id=\"%s-f%zu\" class=\"finding %s\">%s <strong>[%s]</strong> ", id, i + 1,
         violation ? "violation" : "notice", date_text(f->date, d1),
         violation ? EGCA__TR_LANG(lang, "violation", "违反") : EGCA__TR_LANG(lang, "hint", "提示"));
    put_esc(t, message);
    egca__buf_printf(t, " <code>%s</code></li>\n", egca_finding_code_name(f->code));
  }
  if (m > 0)
    put(t, "</ol>\n");
  put(t, "</section>\n");
  return t->failed ? -1 : 0;
}

EGCA_API int egca_timeline_to_html(char **out, const egca_timeline *tl, const egca_calendar *cal, egca_error *err)
{
  text t = {0};
  put_head_lang(&t, EGCA__TR_LANG(tl->lang, "Time limits: ", "期限时间轴："), egca_timeline_case_id(tl), tl->lang);
  put(&t, "<main>\n");
  put_case_section(&t, tl, cal, "case-1", 1);
  put(&t, "</main>\n");
  put_tail(&t);
  return finish_text(out, &t, err);
}

/* --- A batch's page ------------------------------------------------------------------------------------------ */

struct egca_html_page {
  const egca_calendar *cal;
  text summary;   /* the rows of the table at the top */
  text sections;  /* the cases' sections */
  size_t cases, unclean, errors;
  int finished;
  egca_lang lang; /* the language of the page's own words (egca_html_page_set_lang) */
};

EGCA_API int egca_html_page_new(egca_html_page **out, const egca_calendar *cal, egca_error *err)
{
  *out = calloc(1, sizeof **out);
  if (*out == NULL)
    return egca__fail_nomem(err);
  (*out)->cal = cal;
  return 0;
}

EGCA_API void egca_html_page_set_lang(egca_html_page *page, egca_lang lang)
{
  page->lang = lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH;
}

EGCA_API void egca_html_page_free(egca_html_page *page)
{
  if (page == NULL)
    return;
  free(page->summary.text);
  free(page->sections.text);
  free(page);
}

static int page_failed(egca_html_page *page, egca_error *err)
{
  return page->summary.failed || page->sections.failed ? egca__fail_nomem(err) : 0;
}

EGCA_API int egca_html_page_add_timeline(egca_html_page *page, const egca_timeline *tl, egca_error *err)
{
  if (page->finished)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the page is finished");
  char id[32], d1[EGCA_DATE_TEXT_SIZE], d2[EGCA_DATE_TEXT_SIZE];
  page->cases++;
  snprintf(id, sizeof id, "case-%zu", page->cases);
  text *s = &page->summary;
  const egca_timeline_deadline *worst = worst_of(tl);
  const int clean = egca_timeline_clean(tl);
  const egca_lang lang = page->lang;
  page->unclean += !clean;
  egca__buf_printf(s, "<tr class=\"%s\" data-case=\"%s\"><td>%zu</td><td><a href=\"#%s\">", clean ? "clean" : "unclean", id,
       page->cases, id);
  put_esc(s, egca_timeline_case_id(tl));
  egca__buf_printf(s, "</a></td><td>%s</td><td class=\"worst\">", egca_date_format(egca_timeline_as_of(tl), d1));
  if (worst != NULL) {
    egca__buf_printf(s, "<span class=\"sw s-%s\"></span>%s <code>%s</code>：", egca_timeline_status_name(worst->status),
         egca__timeline_status_label(worst, lang), egca_timeline_status_name(worst->status));
    put_title_of(s, worst, lang);
    egca__buf_printf(s, EGCA__TR_LANG(lang, ", due %s", "，届满 %s"),
                     worst->due != EGCA_DATE_NONE ? egca_date_format(worst->due, d2) : EGCA__TR_LANG(lang, "not settled", "未定"));
  } else {
    put(s, EGCA__TR_LANG(lang, "(no time limits yet)", "（尚无期限）"));
  }
  egca__buf_printf(s, "</td><td class=\"%s\">%s</td><td>%zu</td></tr>\n", clean ? "ok" : "bad",
       clean ? EGCA__TR_LANG(lang, "no violation", "无违反") : EGCA__TR_LANG(lang, "overdue or in violation", "有逾期或违反"),
       egca_timeline_finding_count(tl));
  put_case_section(&page->sections, tl, page->cal, id, 2);
  return page_failed(page, err);
}

EGCA_API int egca_html_page_add_error(egca_html_page *page, const char *what, const char *message, egca_error *err)
{
  if (page->finished)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the page is finished");
  page->cases++;
  page->errors++;
  text *s = &page->summary;
  egca__buf_printf(s, EGCA__TR_LANG(page->lang, "<tr class=\"error\"><td>%zu</td><td colspan=\"5\"><span class=\"bad\">cannot be read or computed</span> ",
                                    "<tr class=\"error\"><td>%zu</td><td colspan=\"5\"><span class=\"bad\">无法读取或计算</span> "),
                   page->cases);
  put_esc(s, what);
  put(s, EGCA__TR_LANG(page->lang, ": ", "："));
  put_esc(s, message);
  put(s, "</td></tr>\n");
  return page_failed(page, err);
}

EGCA_API int egca_html_page_add_result(egca_html_page *page, const egca_batch_result *result, egca_error *err)
{
  if (result->status >= 0) {
    if (result->timeline == NULL)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                        EGCA__TR(err, "egca_html_page_add_result: a result without its timeline (deliver EGCA_BATCH_TIMELINE)",
                                 "egca_html_page_add_result：结果没有时间轴（请以 EGCA_BATCH_TIMELINE 交付）"));
    return egca_html_page_add_timeline(page, result->timeline, err);
  }
  char what[64], message[2 * EGCA_ERROR_TEXT_MAX + 512];
  snprintf(what, sizeof what, EGCA__TR_LANG(page->lang, "line %ld", "第%ld行"), result->line);
  if (result->error != NULL)
    egca_error_format(result->error, message, sizeof message);
  else
    snprintf(message, sizeof message, "%s", egca_strerror_lang(result->status, page->lang));
  return egca_html_page_add_error(page, what, message, err);
}

EGCA_API int egca_html_page_finish(char **out, egca_html_page *page, egca_error *err)
{
  *out = NULL;
  if (page->finished)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the page is finished");
  page->finished = 1;
  if (page_failed(page, err) < 0)
    return EGCA_E_NOMEM;
  text t = {0};
  char title[64];
  const egca_lang lang = page->lang;
  snprintf(title, sizeof title, EGCA__TR_LANG(lang, "%zu cases", "%zu 个案件"), page->cases);
  put_head_lang(&t, EGCA__TR_LANG(lang, "Time limits: ", "期限时间轴："), title, lang);
  egca__buf_printf(&t,
                   EGCA__TR_LANG(lang,
                                 "<main>\n<h1>Time limits: %zu cases</h1>\n<p class=\"verdict\">%zu overdue or in violation, "
                                 "%zu cannot be read or computed.</p>\n",
                                 "<main>\n<h1>期限时间轴：%zu 个案件</h1>\n<p class=\"verdict\">%zu 个有逾期或违反，%zu 个无法读取或计算。</p>\n"),
                   page->cases, page->unclean, page->errors);
  put(&t, EGCA__TR_LANG(lang,
                        "<table class=\"summary\"><thead><tr><th>#</th><th>Case</th><th>As of</th><th>Worst status</th>"
                        "<th>Verdict</th><th>Findings</th></tr></thead><tbody>\n",
                        "<table class=\"summary\"><thead><tr><th>#</th><th>案件</th><th>截至</th><th>最严重的状态</th><th>结论</th>"
                        "<th>发现</th></tr></thead><tbody>\n"));
  if (page->summary.text != NULL)
    put_n(&t, page->summary.text, page->summary.len);
  put(&t, "</tbody></table>\n");
  if (page->sections.text != NULL)
    put_n(&t, page->sections.text, page->sections.len);
  put(&t, "</main>\n");
  put_tail(&t);
  return finish_text(out, &t, err);
}

/* --- A calendar year ---------------------------------------------------------------------------------------- */

EGCA_API void egca_calendar_string_free(char *s) { free(s); }

EGCA_API int egca_calendar_year_to_html(char **out, const egca_calendar *cal, int year, egca_lang lang, egca_error *err)
{
  *out = NULL;
  if (year < 1 || year > 9999)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "year %d is outside 1..9999", "年份%d不在1..9999之内"), year);
  egca_date first, last;
  char buf[EGCA_DATE_TEXT_SIZE + 4];
  snprintf(buf, sizeof buf, "%04d-01-01", year);
  egca_date_parse(&first, buf, NULL);
  snprintf(buf, sizeof buf, "%04d-12-31", year);
  egca_date_parse(&last, buf, NULL);
  /* Every day first: the page is whole, or there is none. */
  int provisional = 0;
  for (egca_date d = first; d <= last; d++) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, cal, d, err);
    if (rc < 0)
      return rc;
    provisional |= rc == EGCA_PROVISIONAL;
  }
  /* The marks in the grid stay the characters of the national calendar (休, 班, 暂) in both languages, as
   * the command's month grid prints them; the legend says what they mean in the page's language. */
  static const char *const marks[] = {"", "", "休", "班"};
  static const char *const months_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
  const int en = lang == EGCA_LANG_EN;
  text t = {0};
  char title[32];
  snprintf(title, sizeof title, en ? "%04d" : "%04d 年", year);
  put_head_lang(&t, EGCA__TR_LANG(lang, "Working-day calendar: ", "工作日历："), title, lang);
  const char *region = egca_calendar_region(cal);
  egca__buf_printf(&t, EGCA__TR_LANG(lang, "<main>\n<h1>Working-day calendar %04d", "<main>\n<h1>%04d 年工作日历"),
                   year);
  if (region != NULL && region[0] != '\0') {
    put(&t, EGCA__TR_LANG(lang, " (", "（"));
    put_esc(&t, region);
    put(&t, EGCA__TR_LANG(lang, ")", "）"));
  }
  put(&t, "</h1>\n");
  static const char *const coverage_zh[] = {"未覆盖", "已公布", "暂定（节假日安排尚未公布，按放假办法推定）"};
  static const char *const coverage_en[] = {
      "not covered", "published",
      "provisional (the holiday arrangements are not published yet; inferred from the holiday regulations)"};
  const egca_coverage cov = egca_calendar_year_coverage(cal, year);
  egca__buf_printf(&t,
                   EGCA__TR_LANG(lang, "<p class=\"coverage\">Holiday data: %s%s</p>\n",
                                 "<p class=\"coverage\">节假日数据：%s%s</p>\n"),
                   en ? coverage_en[cov] : coverage_zh[cov],
                   provisional && cov != EGCA_COVERAGE_TENTATIVE
                       ? EGCA__TR_LANG(lang, "; some days are provisional", "；部分日期为暂定")
                       : "");
  put(&t, EGCA__TR_LANG(lang,
                        "<ul class=\"legend\" aria-hidden=\"true\">"
                        "<li><span class=\"sw k-holiday\"></span>休 holiday</li>"
                        "<li><span class=\"sw k-adjusted_workday\"></span>班 adjusted working day</li>"
                        "<li><span class=\"sw k-weekend\"></span>weekend</li>"
                        "<li>暂 provisional</li></ul>\n<div class=\"months\">\n",
                        "<ul class=\"legend\" aria-hidden=\"true\">"
                        "<li><span class=\"sw k-holiday\"></span>休 法定节假日</li>"
                        "<li><span class=\"sw k-adjusted_workday\"></span>班 调休上班</li>"
                        "<li><span class=\"sw k-weekend\"></span>周末</li>"
                        "<li>暂 暂定</li></ul>\n<div class=\"months\">\n"));
  egca_date d = first;
  for (int m = 1; m <= 12; m++) {
    if (en)
      egca__buf_printf(&t,
                       "<table class=\"month\" id=\"m%02d\"><caption>%s <small>%04d-%02d</small></caption>"
                       "<thead><tr><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th><th>Su</th>"
                       "</tr></thead><tbody><tr>",
                       m, months_en[m - 1], year, m);
    else
      egca__buf_printf(&t,
                       "<table class=\"month\" id=\"m%02d\"><caption>%d月 <small>%04d-%02d</small></caption>"
                       "<thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th>"
                       "</tr></thead><tbody><tr>",
                       m, m, year, m);
    const int lead = egca_date_weekday(d) - 1, days = egca_days_in_month(year, m);
    for (int i = 0; i < lead; i++)
      put(&t, "<td></td>");
    for (int i = 0; i < days; i++, d++) {
      const day_info info = day_of(cal, d);
      egca_day_info named = {0};
      egca_calendar_day(&named, cal, d, NULL); /* every day was answered above */
      char day[EGCA_DATE_TEXT_SIZE];
      egca__buf_printf(&t, "<td class=\"k-%s%s\" title=\"%s %s", kind_class(info),
                       info.provisional ? " provisional" : "", egca_date_format(d, day), kind_words(info, lang));
      put_name_lang(&t, named.name, lang);
      egca__buf_printf(&t, "%s\" data-date=\"%s\">%d",
                       info.provisional ? EGCA__TR_LANG(lang, " (provisional)", "（暂定）") : "", day, i + 1);
      const char *mark = info.known ? marks[info.kind] : "";
      if (mark[0] != '\0' || info.provisional)
        egca__buf_printf(&t, "<small>%s%s</small>", mark, info.provisional ? "暂" : "");
      put(&t, "</td>");
      if ((lead + i) % 7 == 6 && i + 1 < days)
        put(&t, "</tr><tr>");
    }
    put(&t, "</tr></tbody></table>\n");
  }
  put(&t, EGCA__TR_LANG(lang, "</div>\n<h2>Holidays and adjusted working days</h2>\n<ul class=\"runs\">\n",
                        "</div>\n<h2>法定节假日与调休上班</h2>\n<ul class=\"runs\">\n"));
  /* Every run of holidays and every make-up day as text: a run is days of one kind and one name, and its
   * title names the notice that made them so. */
  for (egca_date a = first; a <= last;) {
    const day_info info = day_of(cal, a);
    egca_day_info named = {0}, next = {0};
    egca_calendar_day(&named, cal, a, NULL);
    egca_date b = a;
    while (b < last && day_of(cal, b + 1).kind == info.kind && day_of(cal, b + 1).known &&
           egca_calendar_day(&next, cal, b + 1, NULL) >= 0 && same_text(next.name, named.name) &&
           same_text(next.notice, named.notice))
      b++;
    if (info.kind == EGCA_DAY_HOLIDAY || info.kind == EGCA_DAY_ADJUSTED_WORKDAY) {
      char x[EGCA_DATE_TEXT_SIZE], y[EGCA_DATE_TEXT_SIZE];
      egca__buf_printf(&t, "<li class=\"%s\"", egca_day_kind_name(info.kind));
      if (named.notice != NULL) {
        put(&t, " title=\"");
        put_esc(&t, named.notice);
        if (named.notice_date != NULL)
          egca__buf_printf(&t, EGCA__TR_LANG(lang, " (%s)", "（%s）"), named.notice_date);
        put(&t, "\"");
      }
      egca__buf_printf(&t, ">%s%s%s %s", egca_date_format(a, x), b > a ? EGCA__TR_LANG(lang, " to ", " 至 ") : "",
                       b > a ? egca_date_format(b, y) : "", kind_words(info, lang));
      put_name_lang(&t, named.name, lang);
      if (en)
        egca__buf_printf(&t, ", %ld day%s</li>\n", (long)(b - a + 1), b > a ? "s" : "");
      else
        egca__buf_printf(&t, "，%ld 日</li>\n", (long)(b - a + 1));
    }
    a = b + 1;
  }
  put(&t, EGCA__TR_LANG(lang, "</ul>\n<p>Sources: ", "</ul>\n<p>来源："));
  for (size_t i = 0; i < egca_calendar_year_source_count(cal, year); i++) {
    if (i > 0)
      put(&t, EGCA__TR_LANG(lang, ", ", "、"));
    put_esc(&t, egca_calendar_year_source(cal, year, i));
  }
  put(&t, "</p>\n</main>\n");
  put_tail(&t);
  int rc = finish_text(out, &t, err);
  return rc < 0 ? rc : provisional ? EGCA_PROVISIONAL : 0;
}
