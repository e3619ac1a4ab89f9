/* egca — a case's timeline: the result object, the names of its statuses and findings, and the findings'
 * messages. The evaluation itself, which decides from the rules' declarations which instances a case has,
 * what answers each and what the law makes of one that ran out, is src/procedure.c (docs/case.md).
 * Place in the flow: procedure -> the timeline (here) -> its outputs (timeline_output.c, html.c). */
#include "case_internal.h"
#include "deadline_rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- Names ---------------------------------------------------------------------------------------- */

static const char *const status_names[] = {"met",     "late",      "pending", "overdue", "suspended", "deemed",
                                           "not_applicable", "available", "not_yet", "valid", "expired",
                                           "unknown"};

EGCA_API const char *egca_timeline_status_name(egca_timeline_status status)
{
  return (unsigned)status < sizeof status_names / sizeof status_names[0] ? status_names[status] : NULL;
}

static const char *const finding_names[EGCA_FINDING_CODE_COUNT] = {
    "deemed_accepted",   "correction_too_late", "repeat_correction",   "review_without_notice", "extension_contested",
    "extension_too_late", "deemed_renewed",     "calendar_not_covered", "rule_not_in_force", "office_hours_unknown",
    "certificate_late", "review_notice_after_start", "deadline_under_reading",
};

EGCA_API const char *egca_finding_code_name(egca_finding_code code)
{
  return (unsigned)code < EGCA_FINDING_CODE_COUNT ? finding_names[code] : NULL;
}

EGCA_API int egca_finding_code_is_violation(egca_finding_code code)
{
  switch (code) {
  case EGCA_FINDING_DEEMED_ACCEPTED:
  case EGCA_FINDING_CORRECTION_TOO_LATE:
  case EGCA_FINDING_REPEAT_CORRECTION:
  case EGCA_FINDING_REVIEW_WITHOUT_NOTICE:
  case EGCA_FINDING_EXTENSION_TOO_LATE:
  case EGCA_FINDING_DEEMED_RENEWED:
  case EGCA_FINDING_CERTIFICATE_LATE: return 1;
  default: return 0;
  }
}

/* --- The timeline object ----------------------------------------------------------------------------- */

EGCA_API int egca_timeline_new(egca_timeline **out, egca_error *err)
{
  *out = calloc(1, sizeof **out);
  if (*out == NULL)
    return egca__fail_nomem(err);
  (*out)->as_of = EGCA_DATE_NONE;
  return 0;
}

EGCA_API void egca_timeline_free(egca_timeline *t)
{
  if (t == NULL)
    return;
  free(t->deadlines);
  free(t->findings);
  free(t->pauses);
  free(t->terms);
  free(t->readings);
  free(t->scratch);
  free(t->snapshots);
  free(t->active);
  egca_timeline_free(t->alt);
  free(t);
}

int egca__grow_to(void **array, size_t *cap, size_t need, size_t size)
{
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap : 16;
  while (n < need)
    n *= 2;
  void *p = realloc(*array, n * size);
  if (p == NULL)
    return -1;
  *array = p;
  *cap = n;
  return 0;
}

EGCA_API const char *egca_timeline_case_id(const egca_timeline *t) { return t->c != NULL ? t->c->id : NULL; }
EGCA_API egca_date egca_timeline_as_of(const egca_timeline *t) { return t->as_of; }
EGCA_API size_t egca_timeline_deadline_count(const egca_timeline *t) { return t->deadline_count; }
EGCA_API size_t egca_timeline_finding_count(const egca_timeline *t) { return t->finding_count; }
EGCA_API int egca_timeline_provisional(const egca_timeline *t) { return t->provisional; }

EGCA_API const egca_timeline_deadline *egca_timeline_deadline_at(const egca_timeline *t, size_t index)
{
  return index < t->deadline_count ? &t->deadlines[index] : NULL;
}

EGCA_API const egca_timeline_reading *egca_timeline_deadline_reading(const egca_timeline *t, size_t index, size_t k)
{
  if (index >= t->deadline_count || k >= t->deadlines[index].reading_count)
    return NULL;
  return &t->readings[t->deadlines[index].reading_first + k].r;
}

EGCA_API const egca_timeline_finding *egca_timeline_finding_at(const egca_timeline *t, size_t index)
{
  return index < t->finding_count ? &t->findings[index] : NULL;
}

EGCA_API int egca_timeline_clean(const egca_timeline *t)
{
  for (size_t i = 0; i < t->deadline_count; i++)
    if (t->deadlines[i].status == EGCA_STATUS_LATE || t->deadlines[i].status == EGCA_STATUS_OVERDUE)
      return 0;
  for (size_t i = 0; i < t->finding_count; i++)
    if (egca_finding_code_is_violation(t->findings[i].code))
      return 0;
  return 1;
}

/* --- Messages ---------------------------------------------------------------------------------------------- */

/* Appends s[0..len) to the text of length *n in buf (of `size` bytes), as far as it fits. */
static void append(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
  if (*n + 1 < size) {
    const size_t room = size - 1 - *n;
    memcpy(buf + *n, s, len < room ? len : room);
  }
  *n += len;
}

/* snprintf for the message templates below, which hold only %s and %d: the literal text is copied in runs
 * (a batch writes a finding's message for every case that has one). */
static int compose(char *buf, size_t size, const char *fmt, ...) EGCA_PRINTF(3, 4);
static int compose(char *buf, size_t size, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  size_t n = 0;
  for (const char *p = fmt;;) {
    const char *pct = strchr(p, '%');
    append(buf, size, &n, p, pct != NULL ? (size_t)(pct - p) : strlen(p));
    if (pct == NULL)
      break;
    if (pct[1] == 's') {
      const char *arg = va_arg(ap, const char *);
      append(buf, size, &n, arg, strlen(arg));
    } else { /* %d: the templates' years */
      char digits[24];
      const char *start = egca__decimal(digits + sizeof digits, va_arg(ap, int));
      append(buf, size, &n, start, (size_t)(digits + sizeof digits - start));
    }
    p = pct + 2;
  }
  va_end(ap);
  if (size > 0)
    buf[n < size ? n : size - 1] = '\0';
  return (int)n;
}

EGCA_API int egca_timeline_finding_message(char *buf, size_t size, const egca_timeline *t, size_t index)
{
  if (index >= t->finding_count) {
    if (size > 0)
      buf[0] = '\0';
    return -1;
  }
  const egca_timeline_finding *f = &t->findings[index];
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  egca_date_format(f->date, a);
  if (f->other != EGCA_DATE_NONE)
    egca_date_format(f->other, b);
  else
    b[0] = '\0';
  /* In the timeline's language (egca_timeline_options.lang); the English arm takes the same arguments in the
   * same order. */
  const egca_lang lang = t->lang;
  switch (f->code) {
  case EGCA_FINDING_DEEMED_ACCEPTED:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "materials received on %s had neither a decision on acceptance nor a correction notice "
                                  "by %s: the application is accepted from the day the materials were received (%s) "
                                  "(Administrative Licensing Law, Article 32(1)(4))",
                                  "%s收到的申请材料至%s未获受理决定或一次性补正告知，自收到申请材料之日（%s）起即为受理"
                                  "（行政许可法 第三十二条第一款第（四）项）"),
                    a, b, a);
  case EGCA_FINDING_CORRECTION_TOO_LATE:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "the correction notice of %s came after the time limit for acceptance (%s): the "
                                  "application was already deemed accepted from the day the materials were received, and "
                                  "the notice is late",
                                  "%s的补正告知晚于受理期限（%s），申请已自收到材料之日起视为受理，补正告知逾期"),
                    a, b);
  case EGCA_FINDING_REPEAT_CORRECTION:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "a further correction notice on %s (the first was given on %s): everything to be "
                                  "corrected must be told at once (Administrative Licensing Law, Article 32)",
                                  "%s再次告知补正（首次告知为%s）：需要补正的全部内容应当一次告知（行政许可法 第三十二条）"),
                    a, b);
  case EGCA_FINDING_REVIEW_WITHOUT_NOTICE:
    if (f->other != EGCA_DATE_NONE)
      return compose(buf, size,
                      EGCA__TR_LANG(lang,
                                    "technical review started on %s: the time it needs was notified to the applicant in "
                                    "writing only on %s, not before the review started (Regulations on the "
                                    "Administration of Commercial Cryptography, Article 26(3))",
                                    "%s开始的技术评审，所需时间至%s才书面告知申请人，未在评审开始前告知（商用密码管理条例 第二十六条第三款）"),
                      a, b);
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "technical review started on %s: the time it needs was never notified to the applicant "
                                  "in writing (Regulations on the Administration of Commercial Cryptography, Article 26(3))",
                                  "%s开始的技术评审，未书面告知申请人所需时间（商用密码管理条例 第二十六条第三款）"),
                    a);
  case EGCA_FINDING_EXTENSION_CONTESTED:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "extension of the decision's time limit approved on %s, to %s; the Regulations on the "
                                  "Administration of Commercial Cryptography, Article 26 provide no extension of the "
                                  "decision's time limit, so whether it applies is contested",
                                  "%s批准延长决定期限，延长后为%s；商用密码管理条例 第二十六条规定的决定期限没有延长的规定，延长是否适用存在争议"),
                    a, f->other != EGCA_DATE_NONE ? b : EGCA__TR_LANG(lang, "(date not settled)", "（日期未定）"));
  case EGCA_FINDING_EXTENSION_TOO_LATE:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "extension approved on %s, after the decision's time limit ended on %s: it has no effect",
                                  "%s批准延长时，决定期限已于%s届满，延长不产生效力"),
                    a, b);
  case EGCA_FINDING_DEEMED_RENEWED:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "renewal applied for on %s and not decided before the term ended (%s): the renewal is "
                                  "deemed granted (Administrative Licensing Law, Article 50(2))",
                                  "%s提出延续申请，有效期届满（%s）前未作出是否准予延续的决定，视为准予延续（行政许可法 第五十条第二款）"),
                    b, a);
  case EGCA_FINDING_CALENDAR_NOT_COVERED:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "this time limit needs the holiday arrangements of %d, not yet loaded; ignoring holidays "
                                  "and adjusted working days it is %s, settled once the notice for %d is loaded",
                                  "计算该期限需要%d年的节假日安排，尚未载入；不计节假日调整的日期为%s，载入%d年的通知后可以确定"),
                    f->year, a, f->year);
  case EGCA_FINDING_RULE_NOT_IN_FORCE:
    return compose(buf, size,
                    EGCA__TR_LANG(lang, "no version of the rule was in force on %s: computed with the version in force from %s",
                                  "%s时该规则尚无生效版本，按%s起施行的版本计算"),
                    a, b);
  case EGCA_FINDING_OFFICE_HOURS_UNKNOWN:
    if (f->other != EGCA_DATE_NONE)
      return compose(buf, size,
                      EGCA__TR_LANG(lang,
                                    "the time the materials were received on %s is recorded, but the office's hours have "
                                    "no source, so whether they came after it closed cannot be told; if they did, they "
                                    "count as received on the next working day and the due date is %s",
                                    "%s收到材料的时刻已记录，但受理机构的办公时间没有来源，无从判断是否在下班之后；若在下班之后，"
                                    "按次一工作日收到计，期限届满日为%s"),
                      a, b);
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "the time of the filing on %s (the last day of the time limit) is recorded, but the "
                                  "channel is not or the office's hours have no source, so whether a filing in person "
                                  "came before business stopped cannot be told (Civil Code, Article 203(2))",
                                  "%s（期限最后一日）提交的时刻已记录，但提交方式未记录或受理机构的办公时间没有来源，无从判断现场"
                                  "提交是否在停止业务活动之前（民法典 第二百零三条第二款）"),
                    a);
  case EGCA_FINDING_CERTIFICATE_LATE:
    if (f->other != EGCA_DATE_NONE)
      return compose(buf, size,
                      EGCA__TR_LANG(lang,
                                    "licence granted on %s; the certificate was issued only on %s, more than ten days "
                                    "after the decision (Administrative Licensing Law, Article 44)",
                                    "%s准予认定，资质证书至%s才颁发，超过作出决定之日起十日（行政许可法 第四十四条）"),
                      a, b);
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "licence granted on %s; the certificate was not issued and delivered within ten days of "
                                  "the decision (Administrative Licensing Law, Article 44)",
                                  "%s准予认定，资质证书未在作出决定之日起十日内颁发、送达（行政许可法 第四十四条）"),
                    a);
  case EGCA_FINDING_DEADLINE_UNDER_READING:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "under the reading %s=%s there is another time limit, %s, due on %s; under the reading "
                                  "applied it does not arise",
                                  "依读法 %s=%s，另有期限 %s，届满日为%s；依采用的读法不发生"),
                    f->question != NULL ? f->question : "", f->reading != NULL ? f->reading : "", f->rule_id, a);
  case EGCA_FINDING_REVIEW_NOTICE_AFTER_START:
    return compose(buf, size,
                    EGCA__TR_LANG(lang,
                                  "technical review started on %s: the time it needs was notified to the applicant in "
                                  "writing on %s, after the review started; the article sets no moment for the notice "
                                  "(Regulations on the Administration of Commercial Cryptography, Article 26(3))",
                                  "%s开始的技术评审，所需时间于%s（评审开始后）才书面告知申请人；条文没有规定告知的时点"
                                  "（商用密码管理条例 第二十六条第三款）"),
                    a, b);
  }
  return compose(buf, size, "%s", "");
}
