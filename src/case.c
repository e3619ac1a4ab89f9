/* egca — cases: parsing a case file, validating its event log, and the compact form evaluation reads.
 *
 * Both ways in (JSON text, and egca_event arrays from a program or a binding) end in build_case(): the
 * events are sorted by date (stably: file order within a day), walked once through the application's
 * states to reject what cannot happen, and copied with their strings into one allocation. Errors name the
 * event's JSON pointer, and for JSON text its line and column.
 * Place in the flow: input: case text (json.h) -> the case (here) -> procedure. */
#include "case_internal.h"
#include "events.h"
#include "json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASE_EVENTS_MAX 100000
/* Technical reviews of one case: real ones have a few. Each is a pause the decision period is counted
 * around, and that count looks at every pause for each day or step it takes. */
#define CASE_REVIEWS_MAX EGCA_PAUSES_MAX

/* The event type named `name`, or -1 (events.h). */
static int event_type_of(const char *name) { return egca__event_type_of(name, strlen(name)); }

EGCA_API const char *egca_outcome_name(egca_outcome outcome)
{
  switch (outcome) {
  case EGCA_OUTCOME_GRANTED: return "granted";
  case EGCA_OUTCOME_DENIED: return "denied";
  default: return NULL;
  }
}

EGCA_API const char *egca_answer_name(egca_answer answer)
{
  switch (answer) {
  case EGCA_ANSWER_ACCEPTED: return "accepted";
  case EGCA_ANSWER_CORRECTION_REQUESTED: return "correction_requested";
  case EGCA_ANSWER_REJECTED: return "rejected";
  default: return NULL;
  }
}

/* --- Reporting ------------------------------------------------------------------------------------- */

/* Where a case came from, for messages: JSON text (line:column from the doc) or memory (pointer only). */
typedef struct reporter {
  const egca__json_doc *doc; /* NULL for egca_case_new */
} reporter;

static int report(egca_error *err, const reporter *rep, size_t index, const char *field, const char *fmt, ...)
    EGCA_PRINTF(5, 6);
static int report(egca_error *err, const reporter *rep, size_t index, const char *field, const char *fmt, ...)
{
  if (err == NULL)
    return EGCA_E_INVALID;
  char message[EGCA_ERROR_TEXT_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  char pointer[64];
  if (field != NULL)
    snprintf(pointer, sizeof pointer, "/events/%zu/%s", index, field);
  else
    snprintf(pointer, sizeof pointer, "/events/%zu", index);
  if (rep->doc != NULL)
    return egca__json_fail(err, EGCA_E_INVALID, rep->doc, pointer, "%s", message);
  egca__fail(err, EGCA_E_INVALID, "<case>", 0, "%s", message);
  snprintf(err->pointer, sizeof err->pointer, "%s", pointer);
  return EGCA_E_INVALID;
}

/* --- Validation -------------------------------------------------------------------------------------- */

typedef struct sorted {
  const egca_event *ev;
  size_t index;
} sorted;

static int by_date(const void *a, const void *b)
{
  const sorted *x = a, *y = b;
  if (x->ev->date != y->ev->date)
    return x->ev->date < y->ev->date ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Checks one event on its own: its type, its date, and the fields its type needs. */
static int check_fields(const egca_event *e, size_t i, const reporter *rep, egca_error *err)
{
  if ((unsigned)e->type >= EGCA_EVENT_TYPE_COUNT)
    return report(err, rep, i, "type", EGCA__TR(err, "unknown event type %d", "未知事件类型%d"), (int)e->type);
  const char *name = egca__event_type_names[e->type];
  if (e->date < EGCA_DATE_MIN || e->date > EGCA_DATE_MAX)
    return report(err, rep, i, "date", EGCA__TR(err, "the event has no valid date", "事件没有有效日期"));
  int decision = e->type == EGCA_EVENT_DECIDED || e->type == EGCA_EVENT_RENEWAL_DECIDED;
  if (decision && e->outcome != EGCA_OUTCOME_GRANTED && e->outcome != EGCA_OUTCOME_DENIED)
    return report(err, rep, i, "outcome",
                  EGCA__TR(err, "%s needs an outcome: granted or denied", "%s须有outcome（granted或denied）"), name);
  if (!decision && e->outcome != EGCA_OUTCOME_NONE)
    return report(err, rep, i, "outcome", EGCA__TR(err, "%s takes no outcome", "%s不带outcome"), name);
  int change = e->type == EGCA_EVENT_CHANGE_OCCURRED || e->type == EGCA_EVENT_CHANGE_FILED ||
               e->type == EGCA_EVENT_CHANGE_ANSWERED;
  if (change && (e->ref == NULL || e->ref[0] == '\0'))
    return report(err, rep, i, "ref", EGCA__TR(err, "%s needs a ref naming the change", "%s须有指明变更的ref"), name);
  if (!change && e->ref != NULL)
    return report(err, rep, i, "ref", EGCA__TR(err, "%s takes no ref", "%s不带ref"), name);
  if (e->type != EGCA_EVENT_CHANGE_OCCURRED && e->what != NULL)
    return report(err, rep, i, "what", EGCA__TR(err, "%s takes no what", "%s不带what"), name);
  if (e->type == EGCA_EVENT_REVIEW_TIME_NOTIFIED) {
    if (e->days < 0 || e->days > 3650)
      return report(err, rep, i, "days", EGCA__TR(err, "days must be 1..3650, or absent", "days须为1..3650，或省略"));
  } else if (e->days != 0) {
    return report(err, rep, i, "days", EGCA__TR(err, "%s takes no days", "%s不带days"), name);
  }
  if (e->type == EGCA_EVENT_CERTIFICATE_ISSUED) {
    if (e->expires != EGCA_DATE_NONE && (e->expires < EGCA_DATE_MIN || e->expires > EGCA_DATE_MAX))
      return report(err, rep, i, "expires", EGCA__TR(err, "expires is not a valid date", "expires不是有效日期"));
    if (e->expires != EGCA_DATE_NONE && e->expires <= e->date)
      return report(
          err, rep, i, "expires",
          EGCA__TR(err, "the certificate expires on or before the day it was issued", "证书在颁发当日或之前即已到期"));
  } else if (e->expires != EGCA_DATE_NONE) {
    return report(err, rep, i, "expires", EGCA__TR(err, "%s takes no expires", "%s不带expires"), name);
  }
  /* The time and channel of materials or a filing reaching the office. */
  const int arrival = e->type == EGCA_EVENT_RECEIVED || e->type == EGCA_EVENT_RESUBMITTED ||
                      e->type == EGCA_EVENT_CHANGE_FILED || e->type == EGCA_EVENT_RENEWAL_FILED;
  if (e->time != EGCA_TIME_NONE && !arrival)
    return report(err, rep, i, "time", EGCA__TR(err, "%s takes no time", "%s不带time"), name);
  if (e->time != EGCA_TIME_NONE && (e->time < 0 || e->time >= EGCA_TIME_END_OF_DAY))
    return report(err, rep, i, "time", EGCA__TR(err, "a time of day is 00:00 to 23:59", "时刻应在00:00至23:59之间"));
  if (e->channel != EGCA_CHANNEL_NONE && !arrival)
    return report(err, rep, i, "channel", EGCA__TR(err, "%s takes no channel", "%s不带channel"), name);
  if (e->channel != EGCA_CHANNEL_NONE && egca_channel_name(e->channel) == NULL)
    return report(err, rep, i, "channel", EGCA__TR(err, "unknown channel %d", "未知递交方式%d"), (int)e->channel);
  if (e->type != EGCA_EVENT_CORRECTION_REQUESTED && e->item_count != 0)
    return report(err, rep, i, "items", EGCA__TR(err, "%s takes no items", "%s不带items"), name);
  const int makes_known = e->type == EGCA_EVENT_REJECTED || e->type == EGCA_EVENT_NOTIFIED ||
                          e->type == EGCA_EVENT_RENEWAL_DECIDED || e->type == EGCA_EVENT_RECONSIDERATION_DECIDED;
  if (e->remedies_untold != 0 && !makes_known)
    return report(err, rep, i, "remedies_told", EGCA__TR(err, "%s takes no remedies_told", "%s不带remedies_told"),
                  name);
  if (e->remedies_untold != 0 && e->remedies_untold != 1)
    return report(err, rep, i, "remedies_told",
                  EGCA__TR(err, "remedies_untold must be 0 or 1", "remedies_untold须为0或1"));
  const int answers = e->type == EGCA_EVENT_CHANGE_ANSWERED || e->type == EGCA_EVENT_RENEWAL_ANSWERED;
  if (answers && egca_answer_name(e->answer) == NULL)
    return report(err, rep, i, "answer",
                  EGCA__TR(err, "%s needs an answer: accepted, correction_requested or rejected",
                           "%s须有answer（accepted、correction_requested或rejected）"),
                  name);
  if (!answers && e->answer != EGCA_ANSWER_NONE)
    return report(err, rep, i, "answer", EGCA__TR(err, "%s takes no answer", "%s不带answer"), name);
  if (e->item_count > 0 && e->items == NULL)
    return report(err, rep, i, "items",
                  EGCA__TR(err, "item_count is set but items is NULL", "设置了item_count，但items为NULL"));
  for (size_t k = 0; k < e->item_count; k++)
    if (e->items[k] == NULL || e->items[k][0] == '\0')
      return report(err, rep, i, "items", EGCA__TR(err, "item %zu is empty", "items[%zu]为空"), k);
  return 0;
}

/* What the walk through the log remembers. Indices are into the sorted array; -1 when none. */
typedef struct walk {
  long received, accepted, decided, ended, review_open, extension, notified, certificate;
  long correction_open;     /* a correction notice not yet answered by a resubmission */
  int decided_granted;
  long renewal_open;        /* a renewal filed and not decided */
  long renewal_granted;     /* the last renewal decided granted since the last certificate */
  long denied;              /* the last denial or refusal to accept: a remedy may follow it */
  long hearing_right;       /* the last notice of the right to a hearing */
  long hearing_open;        /* a hearing asked for and not yet held */
  long untold;              /* the last act made known without telling the remedies */
  long reconsideration;     /* the last 行政复议 applied for */
  long made_known;          /* the last decision or refusal made known (notified, rejected, renewal_decided) and
                               not yet delivered */
  long renewal_unanswered;  /* a renewal filed and not yet answered (accepted, corrections asked, refused) */
} walk;

static char *date_text(egca_date d, char *buf) { return egca_date_format(d, buf); }

/* --- Change refs --------------------------------------------------------------------------------------- */

#define NO_EVENT UINT32_MAX

/* For each change event, in walk order, the earlier events with its ref that the walk's checks need
 * (indices into the sorted array, NO_EVENT when none). */
typedef struct change_link {
  uint32_t occurred; /* change_occurred: the first earlier change_occurred with its ref (a duplicate);
                      * change_filed: the last change_occurred before it with its ref */
  uint32_t filed;    /* change_filed: the first change_filed with its ref since that change_occurred */
} change_link;

typedef struct ref_at {
  const char *ref;
  uint32_t k;       /* index into the sorted array */
  uint32_t ordinal; /* which change event of the walk: index into the links */
} ref_at;

static int by_ref(const void *a, const void *b)
{
  const ref_at *x = a, *y = b;
  int c = strcmp(x->ref, y->ref);
  if (c != 0)
    return c;
  return x->k < y->k ? -1 : x->k > y->k;
}

/* Fills links[] for the m change events of s[0..n). The events are grouped by ref (a sort, so that a case
 * of 99,990 changes takes milliseconds: comparing each ref with every earlier one took 56 s), and each
 * group is read in walk order. */
static void link_changes(change_link *links, ref_at *refs, size_t m, const sorted *s, size_t n)
{
  size_t ordinal = 0;
  for (size_t k = 0; k < n; k++) {
    const egca_event *e = s[k].ev;
    if (e->type == EGCA_EVENT_CHANGE_OCCURRED || e->type == EGCA_EVENT_CHANGE_FILED ||
        e->type == EGCA_EVENT_CHANGE_ANSWERED) {
      refs[ordinal] = (ref_at){e->ref, (uint32_t)k, (uint32_t)ordinal};
      ordinal++;
    }
  }
  qsort(refs, m, sizeof *refs, by_ref);
  uint32_t first = NO_EVENT, last = NO_EVENT, filed = NO_EVENT;
  for (size_t r = 0; r < m; r++) {
    if (r == 0 || strcmp(refs[r - 1].ref, refs[r].ref) != 0)
      first = last = filed = NO_EVENT;
    const uint32_t k = refs[r].k;
    change_link *link = &links[refs[r].ordinal];
    if (s[k].ev->type == EGCA_EVENT_CHANGE_OCCURRED) {
      link->occurred = first;
      link->filed = NO_EVENT;
      if (first == NO_EVENT)
        first = k;
      last = k;
      filed = NO_EVENT;
    } else if (s[k].ev->type == EGCA_EVENT_CHANGE_ANSWERED) {
      link->occurred = last; /* an answer: the change and its filing before it */
      link->filed = filed;
    } else {
      link->occurred = last;
      link->filed = filed;
      if (filed == NO_EVENT)
        filed = k;
    }
  }
}

/* Walks the sorted log once and rejects what cannot happen (docs/case.md, "invalid cases"). Fills
 * change[k] for every change event: the index of its change in order of change_occurred. `links` holds
 * what link_changes() found for the change events, in walk order. */
static int check_sequence(const sorted *s, size_t n, const change_link *links, uint32_t *change,
                          size_t *change_count, const reporter *rep, egca_error *err)
{
  walk w = {-1, -1, -1, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  size_t changes = 0, reviews = 0;
  const change_link *link = links;
  char d1[EGCA_DATE_TEXT_SIZE];
  for (size_t k = 0; k < n; k++) {
    const egca_event *e = s[k].ev;
    const size_t i = s[k].index;
    const char *name = egca__event_type_names[e->type];
    /* The applicant's remedies (行政复议, 行政诉讼) follow a refusal that ended the case. */
    const int remedy = e->type == EGCA_EVENT_RECONSIDERATION_FILED || e->type == EGCA_EVENT_RECONSIDERATION_DECIDED ||
                       e->type == EGCA_EVENT_LITIGATION_FILED || e->type == EGCA_EVENT_REMEDIES_NOTIFIED ||
                       e->type == EGCA_EVENT_DECISION_DELIVERED;
    if (e->type == EGCA_EVENT_REJECTED || e->type == EGCA_EVENT_NOTIFIED || e->type == EGCA_EVENT_RENEWAL_DECIDED)
      w.made_known = (long)k;
    if (e->remedies_untold)
      w.untold = (long)k;
    if (w.ended >= 0 && !remedy) {
      const sorted *end = &s[w.ended];
      return report(err, rep, i, NULL,
                    EGCA__TR(err, "%s after the case ended: %s on %s (/events/%zu)",
                             "%s发生在案件结束之后：%s于%s（/events/%zu）"),
                    name, egca__event_type_names[end->ev->type], date_text(end->ev->date, d1), end->index);
    }
    /* Events of the application need its materials first. */
    int application = e->type <= EGCA_EVENT_NOTIFIED || e->type == EGCA_EVENT_WITHDRAWN;
    if (application && e->type != EGCA_EVENT_RECEIVED && w.received < 0)
      return report(err, rep, i, NULL,
                    EGCA__TR(err, "%s before the application materials were received", "%s发生在收到申请材料之前"),
                    name);
    int before_decision = e->type <= EGCA_EVENT_EXTENSION_APPROVED || e->type == EGCA_EVENT_WITHDRAWN;
    if (before_decision && e->type != EGCA_EVENT_RECEIVED && w.decided >= 0)
      return report(err, rep, i, NULL,
                    EGCA__TR(err, "%s after the decision of %s (/events/%zu)", "%s发生在%s的决定之后（/events/%zu）"),
                    name, date_text(s[w.decided].ev->date, d1), s[w.decided].index);
    switch (e->type) {
    case EGCA_EVENT_RECEIVED:
      if (w.received >= 0)
        return report(
            err, rep, i, NULL,
            EGCA__TR(err, "the materials were already received on %s (/events/%zu); a new application is a new case",
                     "材料已于%s收到（/events/%zu）；新的申请是新的案件"),
            date_text(s[w.received].ev->date, d1), s[w.received].index);
      if (w.certificate >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "received after a certificate was issued; a new application is a new case",
                               "证书颁发后又收到材料；新的申请是新的案件"));
      w.received = (long)k;
      break;
    case EGCA_EVENT_CORRECTION_REQUESTED:
      if (w.accepted >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "a correction notice after the acceptance of %s (/events/%zu)",
                               "补正通知发生在%s受理之后（/events/%zu）"),
                      date_text(s[w.accepted].ev->date, d1), s[w.accepted].index);
      w.correction_open = (long)k;
      break;
    case EGCA_EVENT_RESUBMITTED:
      if (w.correction_open < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "resubmitted without a correction request before it", "补正材料之前没有补正通知"));
      if (w.accepted >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "resubmitted after the acceptance of %s (/events/%zu)",
                               "补正材料发生在%s受理之后（/events/%zu）"),
                      date_text(s[w.accepted].ev->date, d1), s[w.accepted].index);
      w.correction_open = -1;
      break;
    case EGCA_EVENT_ACCEPTED:
      if (w.accepted >= 0)
        return report(
            err, rep, i, NULL,
            EGCA__TR(err, "the application was already accepted on %s (/events/%zu)", "申请已于%s受理（/events/%zu）"),
            date_text(s[w.accepted].ev->date, d1), s[w.accepted].index);
      w.accepted = (long)k;
      break;
    case EGCA_EVENT_REJECTED:
      if (w.accepted >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err,
                               "rejected after the acceptance of %s (/events/%zu); a refusal after acceptance is a "
                               "decision with outcome denied",
                               "不予受理发生在%s受理之后（/events/%zu）；受理后拒绝应记为outcome为denied的决定"),
                      date_text(s[w.accepted].ev->date, d1), s[w.accepted].index);
      w.ended = (long)k;
      w.denied = (long)k;
      break;
    case EGCA_EVENT_REVIEW_TIME_NOTIFIED:
      break;
    case EGCA_EVENT_REVIEW_STARTED:
      if (w.review_open >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "overlapping reviews: the review started on %s (/events/%zu) has not ended",
                               "技术评审重叠：%s开始的技术评审（/events/%zu）尚未结束"),
                      date_text(s[w.review_open].ev->date, d1), s[w.review_open].index);
      if (++reviews > CASE_REVIEWS_MAX)
        return report(err, rep, i, NULL, EGCA__TR(err, "more than %d technical reviews", "技术评审超过%d次"),
                      CASE_REVIEWS_MAX);
      w.review_open = (long)k;
      break;
    case EGCA_EVENT_REVIEW_ENDED:
      if (w.review_open < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "review_ended without an open review", "review_ended之前没有进行中的技术评审"));
      w.review_open = -1;
      break;
    case EGCA_EVENT_EXTENSION_APPROVED:
      /* 行政许可法 第四十二条 allows one extension. */
      if (w.extension >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "a second extension (the first was approved on %s, /events/%zu)",
                               "第二次延长（第一次已于%s批准，/events/%zu）"),
                      date_text(s[w.extension].ev->date, d1), s[w.extension].index);
      w.extension = (long)k;
      break;
    case EGCA_EVENT_DECIDED:
      if (w.decided >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "the application was already decided on %s (/events/%zu)",
                               "申请已于%s作出决定（/events/%zu）"),
                      date_text(s[w.decided].ev->date, d1), s[w.decided].index);
      if (w.review_open >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "decided while the review started on %s (/events/%zu) has not ended",
                               "作出决定时，%s开始的技术评审（/events/%zu）尚未结束"),
                      date_text(s[w.review_open].ev->date, d1), s[w.review_open].index);
      if (w.hearing_open >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "decided while the hearing asked for on %s (/events/%zu) has not been held",
                               "作出决定时，%s申请的听证（/events/%zu）尚未举行"),
                      date_text(s[w.hearing_open].ev->date, d1), s[w.hearing_open].index);
      for (size_t j = k + 1; j < n && w.accepted < 0; j++)
        if (s[j].ev->type == EGCA_EVENT_ACCEPTED)
          return report(err, rep, i, NULL,
                        EGCA__TR(err, "decided before acceptance: the application is accepted on %s (/events/%zu)",
                                 "决定先于受理：申请于%s受理（/events/%zu）"),
                        date_text(s[j].ev->date, d1), s[j].index);
      w.decided = (long)k;
      w.decided_granted = e->outcome == EGCA_OUTCOME_GRANTED;
      if (!w.decided_granted)
        w.denied = (long)k;
      break;
    case EGCA_EVENT_NOTIFIED:
      if (w.decided < 0)
        return report(err, rep, i, NULL, EGCA__TR(err, "notified before any decision", "送达发生在作出决定之前"));
      if (w.notified >= 0)
        return report(
            err, rep, i, NULL,
            EGCA__TR(err, "the decision was already notified on %s (/events/%zu)", "决定已于%s送达（/events/%zu）"),
            date_text(s[w.notified].ev->date, d1), s[w.notified].index);
      w.notified = (long)k;
      break;
    case EGCA_EVENT_CERTIFICATE_ISSUED:
      if (w.certificate < 0 && w.received >= 0 && !(w.decided >= 0 && w.decided_granted))
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "a certificate without a decision granting the application",
                               "没有准予许可的决定却颁发了证书"));
      if (w.certificate >= 0 && w.renewal_granted < 0 && w.renewal_open < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err,
                               "a second certificate without a renewal since the first (/events/%zu); a certificate "
                               "re-issued after a change keeps its term: record it as a note",
                               "第一张证书（/events/%zu）之后未经延续又颁发第二张证书；变更后换发的证书沿用原有效期："
                               "请记为note"),
                      s[w.certificate].index);
      w.certificate = (long)k;
      w.renewal_granted = -1;
      w.renewal_open = -1;
      break;
    case EGCA_EVENT_CHANGE_OCCURRED: {
      const change_link *l = link++;
      if (w.certificate < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "a change before any certificate was issued", "变更发生在颁发证书之前"));
      if (l->occurred != NO_EVENT)
        return report(err, rep, i, "ref",
                      EGCA__TR(err, "the ref \"%s\" already names the change of %s (/events/%zu)",
                               "ref\"%s\"已指%s的变更（/events/%zu）"),
                      e->ref, date_text(s[l->occurred].ev->date, d1), s[l->occurred].index);
      change[k] = (uint32_t)changes++;
      break;
    }
    case EGCA_EVENT_CHANGE_FILED: {
      const change_link *l = link++;
      if (l->occurred == NO_EVENT)
        return report(err, rep, i, "ref",
                      EGCA__TR(err, "change_filed names the unknown ref \"%s\" (no change_occurred before it)",
                               "change_filed指向未知的ref\"%s\"（此前没有change_occurred）"),
                      e->ref);
      if (l->filed != NO_EVENT)
        return report(err, rep, i, "ref",
                      EGCA__TR(err, "the change \"%s\" was already filed on %s (/events/%zu)",
                               "变更\"%s\"已于%s申请（/events/%zu）"),
                      e->ref, date_text(s[l->filed].ev->date, d1), s[l->filed].index);
      change[k] = change[l->occurred];
      break;
    }
    case EGCA_EVENT_RENEWAL_FILED:
      if (w.certificate < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "a renewal before any certificate was issued", "延续申请发生在颁发证书之前"));
      w.renewal_open = (long)k;
      w.renewal_unanswered = (long)k;
      break;
    case EGCA_EVENT_RENEWAL_ANSWERED:
      if (w.renewal_unanswered < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "renewal_answered without a renewal filed and not yet answered",
                               "renewal_answered之前没有已申请且尚未答复的延续"));
      w.renewal_unanswered = -1;
      break;
    case EGCA_EVENT_CHANGE_ANSWERED: {
      const change_link *l = link++;
      if (l->occurred == NO_EVENT || l->filed == NO_EVENT)
        return report(err, rep, i, "ref",
                      EGCA__TR(err, "change_answered names the ref \"%s\", but no change_filed with it came before",
                               "change_answered指向ref\"%s\"，但此前没有带此ref的change_filed"),
                      e->ref);
      change[k] = change[l->occurred];
      break;
    }
    case EGCA_EVENT_DECISION_DELIVERED:
      if (w.made_known < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err,
                               "decision_delivered without a decision or refusal made known (notified, rejected, "
                               "renewal_decided) and not yet delivered before it",
                               "decision_delivered之前没有已告知且尚未送达的决定或不予受理（notified、rejected、"
                               "renewal_decided）"));
      w.made_known = -1;
      break;
    case EGCA_EVENT_RENEWAL_DECIDED:
      if (w.renewal_open < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "renewal_decided without a renewal filed and not yet decided",
                               "renewal_decided之前没有已申请且尚未决定的延续"));
      if (e->outcome == EGCA_OUTCOME_GRANTED)
        w.renewal_granted = (long)k;
      else
        w.denied = (long)k;
      w.renewal_open = -1;
      break;
    case EGCA_EVENT_WITHDRAWN:
      w.ended = (long)k;
      break;
    case EGCA_EVENT_RECONSIDERATION_FILED:
    case EGCA_EVENT_LITIGATION_FILED:
      /* 行政复议法 第十一条(三), 行政诉讼法 第十二条(三): against a refusal or a denial of the licence. */
      if (w.denied < 0)
        return report(
            err, rep, i, NULL,
            EGCA__TR(err, "%s without a denial or a refusal to accept before it", "%s之前没有不予许可或不予受理"),
            name);
      if (e->type == EGCA_EVENT_RECONSIDERATION_FILED)
        w.reconsideration = (long)k;
      break;
    case EGCA_EVENT_HEARING_RIGHT_NOTIFIED:
    case EGCA_EVENT_HEARING_REQUESTED:
    case EGCA_EVENT_HEARING_NOTIFIED:
    case EGCA_EVENT_HEARING_HELD:
      /* 行政许可法 第四十七条: the hearing comes after the application and before its decision. */
      if (w.received < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "%s before the application materials were received", "%s发生在收到申请材料之前"),
                      name);
      if (w.decided >= 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "%s after the decision of %s (/events/%zu)", "%s发生在%s的决定之后（/events/%zu）"),
                      name, date_text(s[w.decided].ev->date, d1), s[w.decided].index);
      if (e->type == EGCA_EVENT_HEARING_RIGHT_NOTIFIED) {
        w.hearing_right = (long)k;
      } else if (e->type == EGCA_EVENT_HEARING_REQUESTED) {
        if (w.hearing_right < 0)
          return report(err, rep, i, NULL,
                        EGCA__TR(err, "hearing_requested without a notice of the right to a hearing before it",
                                 "hearing_requested之前没有告知听证权利"));
        if (w.hearing_open >= 0)
          return report(err, rep, i, NULL,
                        EGCA__TR(err, "a hearing was already asked for on %s (/events/%zu) and not yet held",
                                 "已于%s申请听证（/events/%zu），尚未举行"),
                        date_text(s[w.hearing_open].ev->date, d1), s[w.hearing_open].index);
        /* Each is a pause of the decision period, counted with the reviews against the same limit. */
        if (++reviews > CASE_REVIEWS_MAX)
          return report(err, rep, i, NULL,
                        EGCA__TR(err, "more than %d technical reviews and hearings", "技术评审和听证合计超过%d次"),
                        CASE_REVIEWS_MAX);
        w.hearing_open = (long)k;
      } else if (w.hearing_open < 0) {
        return report(
            err, rep, i, NULL,
            EGCA__TR(err, "%s without a hearing asked for and not yet held", "%s之前没有已申请且尚未举行的听证"), name);
      } else if (e->type == EGCA_EVENT_HEARING_HELD) {
        w.hearing_open = -1;
      }
      break;
    case EGCA_EVENT_REMEDIES_NOTIFIED:
      if (w.untold < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err,
                               "remedies_notified without an act made known with \"remedies_told\": false before it",
                               "remedies_notified之前没有\"remedies_told\": false的告知行为"));
      w.untold = -1;
      break;
    case EGCA_EVENT_RECONSIDERATION_DECIDED:
      if (w.reconsideration < 0)
        return report(err, rep, i, NULL,
                      EGCA__TR(err, "reconsideration_decided without a reconsideration applied for",
                               "reconsideration_decided之前没有申请行政复议"));
      w.reconsideration = -1;
      break;
    }
  }
  *change_count = changes;
  return 0;
}

/* --- Building ---------------------------------------------------------------------------------------- */

static size_t str_size(const char *s) { return s != NULL ? strlen(s) + 1 : 0; }

static const char *put_str(char **cursor, const char *s)
{
  if (s == NULL)
    return NULL;
  /* One pass (stpcpy) rather than strlen then memcpy: the sizes were summed already, and a batch copies
   * every string of every case here. */
  const char *at = *cursor;
  *cursor = stpcpy(*cursor, s) + 1;
  return at;
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Events up to this many are walked in arrays on the stack. */
#define SMALL_CASE 64

static void free_walk(sorted *s, const sorted *small_s, uint32_t *change, const uint32_t *small_change)
{
  if (s != small_s)
    free(s);
  if (change != small_change)
    free(change);
}

static int build_case(egca_case **out, const char *id, const egca_office *office, const egca_event *events,
                      size_t count, const reporter *rep, egca_error *err)
{
  const char *source = rep->doc != NULL && rep->doc->source != NULL ? rep->doc->source : "<case>";
  *out = NULL;
  if (id == NULL || id[0] == '\0')
    return rep->doc != NULL ? egca__json_fail(err, EGCA_E_INVALID, rep->doc, "/case_id",
                                              EGCA__TR(err, "case_id is empty", "case_id为空"))
                            : egca__fail(err, EGCA_E_INVALID, "<case>", 0,
                                         EGCA__TR(err, "the case needs a case_id", "案件须有case_id"));
  if (count > CASE_EVENTS_MAX) {
    if (rep->doc != NULL)
      return egca__json_fail(err, EGCA_E_INVALID, rep->doc, "/events",
                             EGCA__TR(err, "more than %d events", "事件超过%d个"), CASE_EVENTS_MAX);
    egca__fail(err, EGCA_E_INVALID, "<case>", 0, EGCA__TR(err, "more than %d events", "事件超过%d个"), CASE_EVENTS_MAX);
    if (err != NULL)
      snprintf(err->pointer, sizeof err->pointer, "/events");
    return EGCA_E_INVALID;
  }
  for (size_t i = 0; i < count; i++) {
    int rc = check_fields(&events[i], i, rep, err);
    if (rc < 0)
      return rc;
  }
  /* A case of a few dozen events (all real ones) needs no allocation for the walk. */
  sorted small_s[SMALL_CASE];
  uint32_t small_change[SMALL_CASE];
  sorted *s = small_s;
  uint32_t *change = small_change;
  if (count > SMALL_CASE) {
    s = malloc(count * sizeof *s);
    change = malloc(count * sizeof *change);
    if (s == NULL || change == NULL) {
      free(s);
      free(change);
      return egca__fail_nomem(err);
    }
  }
  memset(change, 0, (count ? count : 1) * sizeof *change);
  int in_order = 1;
  for (size_t i = 0; i < count; i++) {
    s[i] = (sorted){&events[i], i};
    in_order &= i == 0 || events[i - 1].date <= events[i].date;
  }
  if (!in_order) /* a log written in date order (the usual one) is already sorted */
    qsort(s, count, sizeof *s, by_date);
  size_t change_events = 0;
  for (size_t i = 0; i < count; i++)
    change_events += events[i].type == EGCA_EVENT_CHANGE_OCCURRED || events[i].type == EGCA_EVENT_CHANGE_FILED ||
                     events[i].type == EGCA_EVENT_CHANGE_ANSWERED;
  change_link *links = NULL;
  if (change_events > 0) {
    /* One block: the links, then the refs link_changes() sorts. */
    links = malloc(change_events * (sizeof *links + sizeof(ref_at)));
    if (links == NULL) {
      free_walk(s, small_s, change, small_change);
      return egca__fail_nomem(err);
    }
    link_changes(links, (ref_at *)(links + change_events), change_events, s, count);
  }
  size_t change_count = 0;
  int rc = check_sequence(s, count, links, change, &change_count, rep, err);
  free(links);
  if (rc < 0) {
    free_walk(s, small_s, change, small_change);
    return rc;
  }

  /* One block: the case, events, refs, items, then the strings. */
  size_t item_total = 0, strings = str_size(id) + str_size(source);
  for (size_t i = 0; i < count; i++) {
    const egca_event *e = &events[i];
    item_total += e->item_count;
    strings += str_size(e->what) + str_size(e->note);
    if (e->type == EGCA_EVENT_CHANGE_OCCURRED)
      strings += str_size(e->ref);
    for (size_t k = 0; k < e->item_count; k++)
      strings += str_size(e->items[k]);
  }
  size_t at_events = align8(sizeof(egca_case));
  size_t at_refs = align8(at_events + count * sizeof(egca__event));
  size_t at_items = at_refs + change_count * sizeof(const char *);
  size_t at_strings = at_items + item_total * sizeof(const char *);
  char *block = malloc(at_strings + strings);
  if (block == NULL) {
    free_walk(s, small_s, change, small_change);
    return egca__fail_nomem(err);
  }
  egca_case *c = (egca_case *)block;
  c->events = (egca__event *)(block + at_events);
  c->refs = (const char **)(block + at_refs);
  c->items = (const char **)(block + at_items);
  c->event_count = count;
  c->change_count = change_count;
  char *cursor = block + at_strings;
  c->id = put_str(&cursor, id);
  c->source = put_str(&cursor, source);
  c->office = office;
  uint32_t item_next = 0;
  for (size_t k = 0; k < count; k++) {
    const egca_event *e = s[k].ev;
    egca__event *o = &c->events[k];
    o->date = e->date;
    o->expires = e->type == EGCA_EVENT_CERTIFICATE_ISSUED ? e->expires : EGCA_DATE_NONE;
    o->days = e->days;
    o->source_index = (uint32_t)s[k].index;
    o->change = change[k];
    o->type = (uint8_t)e->type;
    o->outcome = (uint8_t)e->outcome;
    o->channel = (uint8_t)e->channel;
    o->time = (int16_t)e->time;
    o->remedies_untold = (uint8_t)e->remedies_untold;
    o->answer = (uint8_t)e->answer;
    o->what = put_str(&cursor, e->what);
    o->note = put_str(&cursor, e->note);
    if (e->type == EGCA_EVENT_CHANGE_OCCURRED)
      c->refs[change[k]] = put_str(&cursor, e->ref);
    o->item_first = item_next;
    o->item_count = (uint32_t)e->item_count;
    for (size_t j = 0; j < e->item_count; j++)
      c->items[item_next++] = put_str(&cursor, e->items[j]);
  }
  free_walk(s, small_s, change, small_change);
  *out = c;
  return 0;
}

EGCA_API int egca_case_new(egca_case **out, const char *case_id, const egca_event *events, size_t count,
                           egca_error *err)
{
  if (out == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "out is NULL", "out为NULL"));
  *out = NULL;
  if (count > 0 && events == NULL)
    return egca__fail(err, EGCA_E_INVALID, "<case>", 0,
                      EGCA__TR(err, "count is set but events is NULL", "设置了count，但events为NULL"));
  reporter rep = {NULL};
  return build_case(out, case_id, NULL, events, count, &rep, err);
}

/* --- JSON ---------------------------------------------------------------------------------------------- */

/* The members an event may have. */
enum { F_TYPE, F_DATE, F_NOTE, F_ITEMS, F_DAYS, F_OUTCOME, F_EXPIRES, F_REF, F_WHAT, F_TIME, F_CHANNEL, F_REMEDIES,
       F_ANSWER, F_COUNT,
       F_UNKNOWN = F_COUNT };

/* Which member `name` is, found by its first byte: events are read by the million in a batch. */
static int field_of(const char *name)
{
  switch (name[0]) {
  case 't': return egca__same_name(name, "type") ? F_TYPE : egca__same_name(name, "time") ? F_TIME : F_UNKNOWN;
  case 'a': return egca__same_name(name, "answer") ? F_ANSWER : F_UNKNOWN;
  case 'c': return egca__same_name(name, "channel") ? F_CHANNEL : F_UNKNOWN;
  case 'd': return egca__same_name(name, "date") ? F_DATE : egca__same_name(name, "days") ? F_DAYS : F_UNKNOWN;
  case 'n': return egca__same_name(name, "note") ? F_NOTE : F_UNKNOWN;
  case 'i': return egca__same_name(name, "items") ? F_ITEMS : F_UNKNOWN;
  case 'o': return egca__same_name(name, "outcome") ? F_OUTCOME : F_UNKNOWN;
  case 'e': return egca__same_name(name, "expires") ? F_EXPIRES : F_UNKNOWN;
  case 'r': return egca__same_name(name, "ref") ? F_REF : egca__same_name(name, "remedies_told") ? F_REMEDIES : F_UNKNOWN;
  case 'w': return egca__same_name(name, "what") ? F_WHAT : F_UNKNOWN;
  default: return F_UNKNOWN;
  }
}

/* The members an event of type t may have: type, date and note, and those of its type. */
static unsigned type_fields(egca_event_type t)
{
  const unsigned common = 1u << F_TYPE | 1u << F_DATE | 1u << F_NOTE;
  switch (t) {
  case EGCA_EVENT_CORRECTION_REQUESTED: return common | 1u << F_ITEMS;
  case EGCA_EVENT_REVIEW_TIME_NOTIFIED: return common | 1u << F_DAYS;
  case EGCA_EVENT_DECIDED: return common | 1u << F_OUTCOME;
  case EGCA_EVENT_RENEWAL_DECIDED: return common | 1u << F_OUTCOME | 1u << F_REMEDIES;
  case EGCA_EVENT_REJECTED:
  case EGCA_EVENT_NOTIFIED:
  case EGCA_EVENT_RECONSIDERATION_DECIDED: return common | 1u << F_REMEDIES;
  case EGCA_EVENT_CERTIFICATE_ISSUED: return common | 1u << F_EXPIRES;
  case EGCA_EVENT_CHANGE_OCCURRED: return common | 1u << F_REF | 1u << F_WHAT;
  case EGCA_EVENT_CHANGE_FILED: return common | 1u << F_REF | 1u << F_TIME | 1u << F_CHANNEL;
  case EGCA_EVENT_CHANGE_ANSWERED: return common | 1u << F_REF | 1u << F_ANSWER;
  case EGCA_EVENT_RENEWAL_ANSWERED: return common | 1u << F_ANSWER;
  case EGCA_EVENT_RECEIVED:
  case EGCA_EVENT_RESUBMITTED:
  case EGCA_EVENT_RENEWAL_FILED: return common | 1u << F_TIME | 1u << F_CHANNEL;
  default: return common;
  }
}

/* An event's "time" ("HH:MM", 00:00 to 23:59) and "channel" (in_person, mail, online). */
static int read_arrival(egca_event *e, const egca__json_doc *doc, const cJSON *time, const cJSON *channel,
                        const char *p, egca_error *err)
{
  const char *text = NULL;
  int rc;
  if ((rc = egca__json_string_value(&text, doc, time, p, "time", 0, err)) < 0)
    return rc;
  if (text != NULL) {
    const int digits = text[0] >= '0' && text[0] <= '9' && text[1] >= '0' && text[1] <= '9' && text[2] == ':' &&
                       text[3] >= '0' && text[3] <= '9' && text[4] >= '0' && text[4] <= '9' && text[5] == '\0';
    const int h = digits ? (text[0] - '0') * 10 + (text[1] - '0') : 0, m = digits ? (text[3] - '0') * 10 + (text[4] - '0') : 0;
    if (!digits || h > 23 || m > 59) {
      char tp[80];
      egca__json_pointer_key(tp, sizeof tp, p, "time");
      return egca__json_fail(err, EGCA_E_INVALID, doc, tp,
                             EGCA__TR(err, "\"%.16s\" is no time of day: expected HH:MM, 00:00 to 23:59",
                                      "\"%.16s\"不是时刻：应为HH:MM，00:00至23:59"),
                             text);
    }
    e->time = h * 60 + m;
  }
  text = NULL;
  if ((rc = egca__json_string_value(&text, doc, channel, p, "channel", 0, err)) < 0)
    return rc;
  if (text != NULL) {
    for (int k = EGCA_CHANNEL_IN_PERSON; k <= EGCA_CHANNEL_ONLINE; k++)
      if (strcmp(text, egca_channel_name((egca_channel)k)) == 0)
        e->channel = (egca_channel)k;
    if (e->channel == EGCA_CHANNEL_NONE) {
      char cp[80];
      egca__json_pointer_key(cp, sizeof cp, p, "channel");
      return egca__json_fail(err, EGCA_E_INVALID, doc, cp,
                             EGCA__TR(err, "unknown channel \"%.40s\" (in_person, mail or online)",
                                      "未知递交方式\"%.40s\"（in_person、mail或online）"),
                             text);
    }
  }
  return 0;
}

static int read_event(egca_event *e, const char **items, size_t *item_used, const egca__json_doc *doc,
                      const cJSON *obj, size_t index, egca_error *err)
{
  /* "/events/N", as egca__json_pointer_index writes it, by hand: every event of every case of a batch has
   * one, for the messages. */
  char text[32];
  text[sizeof text - 1] = '\0';
  char *const p = egca__decimal(text + sizeof text - 1, (long long)index) - 8;
  memcpy(p, "/events/", 8);
  int rc = egca__json_expect_object(doc, obj, p, err);
  if (rc < 0)
    return rc;
  memset(e, 0, sizeof *e);
  e->date = EGCA_DATE_NONE;
  e->expires = EGCA_DATE_NONE;
  e->time = EGCA_TIME_NONE;
  /* The members, each looked at once (the duplicate-key check has made sure each name comes once). */
  const cJSON *f[F_COUNT + 1] = {0};
  unsigned present = 0;
  for (const cJSON *m = obj->child; m != NULL; m = m->next) {
    const int id = field_of(m->string);
    f[id] = m;
    present |= 1u << id;
  }
  const char *type;
  if ((rc = egca__json_string_value(&type, doc, f[F_TYPE], p, "type", 1, err)) < 0)
    return rc;
  const int t = event_type_of(type);
  if (t < 0) {
    char tp[80];
    egca__json_pointer_key(tp, sizeof tp, p, "type");
    return egca__json_fail(err, EGCA_E_INVALID, doc, tp,
                           EGCA__TR(err, "unknown event type \"%s\"", "未知事件类型\"%s\""), type);
  }
  e->type = (egca_event_type)t;
  const unsigned allowed = type_fields(e->type);
  if ((present & ~allowed) != 0) {
    /* The first member, in the order written, that this type does not take (F_UNKNOWN is never taken). */
    const cJSON *m = obj->child;
    while ((allowed >> field_of(m->string) & 1u) != 0)
      m = m->next;
    return egca__json_fail_key(
        err, EGCA_E_INVALID, doc, p, m->string, 1,
        EGCA__TR(err, "unknown field \"%s\" for an event of type %s", "未知字段\"%s\"（%s类型的事件不带此字段）"),
        m->string, type);
  }
  if ((rc = egca__json_date_value(&e->date, doc, f[F_DATE], p, "date", 1, err)) < 0)
    return rc;
  if ((rc = egca__json_string_value(&e->note, doc, f[F_NOTE], p, "note", 0, err)) < 0)
    return rc;
  if (f[F_TIME] != NULL || f[F_CHANNEL] != NULL) {
    if ((rc = read_arrival(e, doc, f[F_TIME], f[F_CHANNEL], p, err)) < 0)
      return rc;
  }
  if (e->type == EGCA_EVENT_DECIDED || e->type == EGCA_EVENT_RENEWAL_DECIDED) {
    const char *outcome;
    if ((rc = egca__json_string_value(&outcome, doc, f[F_OUTCOME], p, "outcome", 1, err)) < 0)
      return rc;
    if (strcmp(outcome, "granted") == 0)
      e->outcome = EGCA_OUTCOME_GRANTED;
    else if (strcmp(outcome, "denied") == 0)
      e->outcome = EGCA_OUTCOME_DENIED;
    else {
      char op[80];
      egca__json_pointer_key(op, sizeof op, p, "outcome");
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, op,
          EGCA__TR(err, "unknown outcome \"%s\" (granted or denied)", "未知决定结果\"%s\"（granted或denied）"),
          outcome);
    }
  }
  if (e->type == EGCA_EVENT_CHANGE_ANSWERED || e->type == EGCA_EVENT_RENEWAL_ANSWERED) {
    const char *answer;
    if ((rc = egca__json_string_value(&answer, doc, f[F_ANSWER], p, "answer", 1, err)) < 0)
      return rc;
    for (int k = EGCA_ANSWER_ACCEPTED; k <= EGCA_ANSWER_REJECTED; k++)
      if (strcmp(answer, egca_answer_name((egca_answer)k)) == 0)
        e->answer = (egca_answer)k;
    if (e->answer == EGCA_ANSWER_NONE) {
      char ap[80];
      egca__json_pointer_key(ap, sizeof ap, p, "answer");
      return egca__json_fail(err, EGCA_E_INVALID, doc, ap,
                             EGCA__TR(err, "unknown answer \"%.40s\" (accepted, correction_requested or rejected)",
                                      "未知答复\"%.40s\"（accepted、correction_requested或rejected）"),
                             answer);
    }
  }
  if (e->type == EGCA_EVENT_CHANGE_OCCURRED || e->type == EGCA_EVENT_CHANGE_FILED ||
      e->type == EGCA_EVENT_CHANGE_ANSWERED) {
    if ((rc = egca__json_string_value(&e->ref, doc, f[F_REF], p, "ref", 1, err)) < 0)
      return rc;
    if (e->ref[0] == '\0') {
      char rp[80];
      egca__json_pointer_key(rp, sizeof rp, p, "ref");
      return egca__json_fail(err, EGCA_E_INVALID, doc, rp, EGCA__TR(err, "ref is empty", "ref为空"));
    }
    if (e->type == EGCA_EVENT_CHANGE_OCCURRED &&
        (rc = egca__json_string_value(&e->what, doc, f[F_WHAT], p, "what", 0, err)) < 0)
      return rc;
  }
  if (e->type == EGCA_EVENT_REVIEW_TIME_NOTIFIED) {
    long days = 0;
    if ((rc = egca__json_int_value(&days, doc, f[F_DAYS], p, "days", 1, 3650, 0, err)) < 0)
      return rc;
    e->days = (int)days;
  }
  if (e->type == EGCA_EVENT_CERTIFICATE_ISSUED &&
      (rc = egca__json_date_value(&e->expires, doc, f[F_EXPIRES], p, "expires", 0, err)) < 0)
    return rc;
  if (f[F_REMEDIES] != NULL) {
    int told = 1;
    if ((rc = egca__json_get_bool(&told, doc, obj, p, "remedies_told", 0, err)) < 0)
      return rc;
    e->remedies_untold = !told;
  }
  const cJSON *list = f[F_ITEMS];
  if (e->type == EGCA_EVENT_CORRECTION_REQUESTED && list != NULL) {
    char lp[80];
    egca__json_pointer_key(lp, sizeof lp, p, "items");
    if ((rc = egca__json_expect_array(doc, list, lp, err)) < 0)
      return rc;
    e->items = items + *item_used;
    size_t k = 0;
    for (const cJSON *it = list->child; it != NULL; it = it->next, k++) {
      if (!egca__json_is(it, cJSON_String) || it->valuestring[0] == '\0') {
        char ip[96];
        egca__json_pointer_index(ip, sizeof ip, lp, k);
        return egca__json_fail(err, EGCA_E_INVALID, doc, ip,
                               EGCA__TR(err, "expected a material id (a non-empty string), found %s",
                                        "应为材料编号（非空字符串），实际为%s"),
                               cJSON_IsString(it) ? EGCA__TR(err, "an empty string", "空字符串")
                                                  : egca__json_type_name_in(it, egca__error_lang(err)));
      }
      items[(*item_used)++] = it->valuestring;
    }
    e->item_count = k;
  }
  return 0;
}

EGCA_API int egca_case_parse(egca_case **out, const char *json, size_t len, const char *source, egca_error *err)
{
  return egca__case_parse_in(out, json, len, source, NULL, err);
}

int egca__case_parse_in(egca_case **out, const char *json, size_t len, const char *source,
                        egca__json_scratch *scratch, egca_error *err)
{
  if (out == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "out is NULL", "out为NULL"));
  *out = NULL;
  if (json == NULL)
    return egca__fail(err, EGCA_E_INVALID, source, 0, EGCA__TR(err, "no JSON text", "没有JSON文本"));
  if (len > EGCA_CASE_TEXT_MAX)
    return egca__fail(err, EGCA_E_INVALID, source != NULL ? source : "<case>", 0,
                      EGCA__TR(err, "case is larger than the limit of %zu bytes", "案件超过%zu字节的上限"),
                      EGCA_CASE_TEXT_MAX);
  /* Read in place: the parser takes the length and needs no NUL after the text (json.c copies the text
   * for cJSON, the only reader that does, on its rare path), so a batch's case is not copied first. */
  const char *const text = json;
  egca__json_doc doc;
  int rc = egca__json_parse_in(&doc, text, len, source != NULL ? source : "<case>", scratch, err);
  /* The events as read, before build_case makes the case: on the stack for a case of up to SMALL_CASE
   * events and material ids (all real ones), so that a batch allocates nothing for them. */
  egca_event small_events[SMALL_CASE];
  const char *small_items[SMALL_CASE];
  egca_event *events = NULL;
  const char **items = NULL;
  if (rc < 0)
    goto done;
  if ((rc = egca__json_expect_object(&doc, doc.root, "", err)) < 0)
    goto done;
  /* The members, each looked at once (the duplicate-key check has made sure each name comes once); a member
   * not of a case is refused by egca__json_check_keys, which names the first. */
  static const char *const top[] = {"case_id", "office", "events", NULL};
  const cJSON *id_member = NULL, *office_member = NULL, *list = NULL;
  for (const cJSON *m = doc.root->child; m != NULL; m = m->next) {
    if (egca__same_name(m->string, "case_id"))
      id_member = m;
    else if (egca__same_name(m->string, "office"))
      office_member = m;
    else if (egca__same_name(m->string, "events"))
      list = m;
    else {
      rc = egca__json_check_keys(&doc, doc.root, "", top, err);
      goto done;
    }
  }
  const char *id;
  if ((rc = egca__json_string_value(&id, &doc, id_member, "", "case_id", 1, err)) < 0)
    goto done;
  /* The acceptance office (服务指南 受理机构: the 密码管理局 of the applicant's province), by its GB/T 2260
   * code; its calendar counts the acceptance office's periods. */
  const char *office_code = NULL;
  const egca_office *office = NULL;
  if ((rc = egca__json_string_value(&office_code, &doc, office_member, "", "office", 0, err)) < 0)
    goto done;
  if (office_code != NULL && (office = egca_office_find(office_code)) == NULL) {
    rc = egca__json_fail(
        err, EGCA_E_INVALID, &doc, "/office",
        EGCA__TR(err, "unknown office \"%.40s\" (a GB/T 2260 province code of an acceptance office, e.g. \"650000\")",
                 "未知受理机构\"%.40s\"（应为受理机构所在省的GB/T 2260代码，例如\"650000\"）"),
        office_code);
    goto done;
  }
  if (list == NULL) {
    rc = egca__json_fail(err, EGCA_E_INVALID, &doc, "",
                         EGCA__TR(err, "missing required field \"events\"", "缺少必填字段\"events\""));
    goto done;
  }
  if ((rc = egca__json_expect_array(&doc, list, "/events", err)) < 0)
    goto done;
  size_t count = (size_t)cJSON_GetArraySize(list), item_count = 0;
  for (const cJSON *ev = list->child; ev != NULL; ev = ev->next) {
    if (!egca__json_is(ev, cJSON_Object))
      continue;
    /* The events' "items", found by their first byte: most events have none. */
    for (const cJSON *m = ev->child; m != NULL; m = m->next)
      if (m->string[0] == 'i' && egca__same_name(m->string, "items") && egca__json_is(m, cJSON_Array))
        for (const cJSON *it = m->child; it != NULL; it = it->next)
          item_count++;
  }
  events = count <= SMALL_CASE ? small_events : malloc(count * sizeof *events);
  items = item_count <= SMALL_CASE ? small_items : malloc(item_count * sizeof *items);
  if (events == NULL || items == NULL) {
    rc = egca__fail_nomem(err);
    goto done;
  }
  size_t k = 0, item_used = 0;
  for (const cJSON *ev = list->child; ev != NULL; ev = ev->next, k++)
    if ((rc = read_event(&events[k], items, &item_used, &doc, ev, k, err)) < 0)
      goto done;
  reporter rep = {&doc};
  rc = build_case(out, id, office, events, count, &rep, err);
done:
  if (events != small_events)
    free(events);
  if (items != small_items)
    free(items);
  egca__json_doc_free(&doc);
  return rc;
}

EGCA_API int egca_case_load(egca_case **out, const char *path, egca_error *err)
{
  if (out == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "out is NULL", "out为NULL"));
  *out = NULL;
  char *text;
  size_t len;
  int rc = egca__read_input(&text, &len, path, EGCA_CASE_TEXT_MAX, 1, err);
  if (rc < 0)
    return rc;
  rc = egca_case_parse(out, text, len, path, err);
  free(text);
  return rc;
}

EGCA_API void egca_case_free(egca_case *c) { free(c); }

EGCA_API const char *egca_case_id(const egca_case *c) { return c->id; }

EGCA_API const egca_office *egca_case_office(const egca_case *c) { return c->office; }

EGCA_API size_t egca_case_event_count(const egca_case *c) { return c->event_count; }

EGCA_API int egca_case_event(egca_event *out, size_t *source_index, const egca_case *c, size_t index)
{
  if (index >= c->event_count)
    return 0;
  const egca__event *e = &c->events[index];
  out->type = (egca_event_type)e->type;
  out->date = e->date;
  out->outcome = (egca_outcome)e->outcome;
  out->ref = e->type == EGCA_EVENT_CHANGE_OCCURRED || e->type == EGCA_EVENT_CHANGE_FILED ||
                     e->type == EGCA_EVENT_CHANGE_ANSWERED
                 ? c->refs[e->change]
                 : NULL;
  out->what = e->what;
  out->days = e->days;
  out->expires = e->expires;
  out->item_count = e->item_count;
  out->items = e->item_count ? c->items + e->item_first : NULL;
  out->note = e->note;
  out->time = e->time;
  out->channel = (egca_channel)e->channel;
  out->remedies_untold = e->remedies_untold;
  out->answer = (egca_answer)e->answer;
  if (source_index != NULL)
    *source_index = e->source_index;
  return 1;
}
