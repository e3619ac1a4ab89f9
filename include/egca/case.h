/* egca — an application's event log, and its timeline: every deadline with its status, the violations
 * found and the outcomes the law deems.
 *
 * A case (docs/case.md) is a case id and a list of dated events: the materials received, a correction
 * notice, the acceptance, a technical review, the decision, the certificate, changes, a renewal. Events are
 * taken in date order, file order within a day. A case is validated when it is built: an unknown event type
 * or field, a bad date, a missing outcome or ref, a review that ends without having started or overlaps
 * another, a decision before the acceptance, a resubmission without a correction notice, a change filed
 * under an unknown ref, an event after the case was rejected or withdrawn are errors naming the JSON
 * pointer of the event ("/events/3/ref") and, for JSON text, its line and column.
 *
 * egca_case_evaluate() evaluates a case as of a date against the deadline rules (rules/deadlines.json) and
 * the working-day calendar. Events dated after the as-of date are not yet known and are left out. Each rule
 * that applies gives one or more deadline instances (one per round of receipt, per technical review, per
 * change, per certificate term), each with its anchor, due date, status and legal basis, and the
 * evaluation lists findings: what the law deems (deemed acceptance, deemed renewal) and what breaks it (a
 * second correction notice, a review without written notice of its time). Legal outcomes are data, never
 * error codes.
 *
 * A deadline that needs days beyond the calendar's coverage does not fail the evaluation: its due date is
 * unknown (EGCA_DATE_NONE), `nominal` holds the date before any holiday adjustment, and a finding
 * calendar_not_covered names the year. Deadlines that rest on a tentative year are marked provisional, and
 * evaluation returns EGCA_PROVISIONAL; with a calendar loaded strict that is an error (EGCA_E_COVERAGE).
 *
 * Evaluation allocates nothing once the timeline has grown to the size of the largest case it has held, so
 * one timeline can be reused for any number of cases. A case is immutable once built and may be shared
 * between threads; a timeline belongs to one thread at a time.
 */
#ifndef EGCA_CASE_H
#define EGCA_CASE_H

#include "common.h"
#include "calendar.h"
#include "date.h"
#include "error.h"
#include "period.h"
#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct egca_case egca_case;
typedef struct egca_timeline egca_timeline;

/* --- Events ---------------------------------------------------------------------------------------- */

typedef enum egca_event_type {
  EGCA_EVENT_RECEIVED = 0,             /* the application materials were received */
  EGCA_EVENT_CORRECTION_REQUESTED = 1, /* the one-time notice of corrections (一次性告知补正); items optional */
  EGCA_EVENT_RESUBMITTED = 2,          /* the corrected materials were received */
  EGCA_EVENT_ACCEPTED = 3,             /* 受理 */
  EGCA_EVENT_REJECTED = 4,             /* 不予受理: ends the case */
  EGCA_EVENT_REVIEW_TIME_NOTIFIED = 5, /* written notice of the technical review's time; days optional */
  EGCA_EVENT_REVIEW_STARTED = 6,       /* a technical review began */
  EGCA_EVENT_REVIEW_ENDED = 7,         /* it ended */
  EGCA_EVENT_EXTENSION_APPROVED = 8,   /* the head of the agency approved an extension of the decision period */
  EGCA_EVENT_DECIDED = 9,              /* the decision; outcome granted or denied */
  EGCA_EVENT_NOTIFIED = 10,            /* the applicant was notified of the decision */
  EGCA_EVENT_CERTIFICATE_ISSUED = 11,  /* the certificate was issued; expires optional (the date it carries) */
  EGCA_EVENT_CHANGE_OCCURRED = 12,     /* a change of a registered matter; ref required, what optional */
  EGCA_EVENT_CHANGE_FILED = 13,        /* the change was filed; ref names the change */
  EGCA_EVENT_RENEWAL_FILED = 14,       /* a renewal application was filed */
  EGCA_EVENT_RENEWAL_DECIDED = 15,     /* the renewal decision; outcome granted or denied */
  EGCA_EVENT_WITHDRAWN = 16,           /* the applicant withdrew: ends the case */
  EGCA_EVENT_RECONSIDERATION_FILED = 17, /* the applicant applied for 行政复议 against a denial or refusal */
  EGCA_EVENT_RECONSIDERATION_DECIDED = 18, /* the applicant received the 行政复议 decision */
  EGCA_EVENT_LITIGATION_FILED = 19,    /* the applicant brought 行政诉讼 against a denial or refusal */
  EGCA_EVENT_HEARING_RIGHT_NOTIFIED = 20, /* the applicant was told of the right to a hearing (行政许可法 第四十七条) */
  EGCA_EVENT_HEARING_REQUESTED = 21,   /* the applicant asked for a hearing */
  EGCA_EVENT_HEARING_NOTIFIED = 22,    /* the hearing's time and place were notified (第四十八条第一款(一)) */
  EGCA_EVENT_HEARING_HELD = 23,        /* the hearing was held (its day; it ends the hearing's pause) */
  EGCA_EVENT_REMEDIES_NOTIFIED = 24,   /* after an act made known without them, the applicant was told of the right
                                          to 行政复议, its body and its period (行政复议法 第二十条第三款) */
  EGCA_EVENT_DECISION_DELIVERED = 25,  /* the written decision (or 不予受理 notice) made known was delivered (送达) */
  EGCA_EVENT_CHANGE_ANSWERED = 26,     /* the office answered a change application (行政许可法 第三十二条); ref, answer */
  EGCA_EVENT_RENEWAL_ANSWERED = 27     /* the office answered a renewal application (第三十二条); answer */
} egca_event_type;

#define EGCA_EVENT_TYPE_COUNT 28

/* How the office answered a change or renewal application within its 5 working days (行政许可法 第三十二条):
 * accepted (受理), a one-time notice of corrections (一次告知补正), or a refusal to accept (不予受理). */
typedef enum egca_answer {
  EGCA_ANSWER_NONE = 0,
  EGCA_ANSWER_ACCEPTED = 1,
  EGCA_ANSWER_CORRECTION_REQUESTED = 2,
  EGCA_ANSWER_REJECTED = 3
} egca_answer;

typedef enum egca_outcome {
  EGCA_OUTCOME_NONE = 0,
  EGCA_OUTCOME_GRANTED = 1,
  EGCA_OUTCOME_DENIED = 2
} egca_outcome;

/* One event. Fields that do not belong to the event's type are NULL, 0 or EGCA_DATE_NONE; start from
 * EGCA_EVENT_INIT (a zeroed struct would give an expiry of 1970-01-01). */
typedef struct egca_event {
  egca_event_type type;
  egca_date date;
  egca_outcome outcome;      /* decided, renewal_decided */
  const char *ref;           /* change_occurred, change_filed: the change's reference */
  const char *what;          /* change_occurred: what changed, or NULL */
  int days;                  /* review_time_notified: the review time notified, in days; 0 when not given */
  egca_date expires;         /* certificate_issued: the last day of validity printed on it, or EGCA_DATE_NONE */
  size_t item_count;         /* correction_requested: the material ids listed in the notice */
  const char *const *items;
  const char *note;          /* any event: free text, or NULL */
  /* received, resubmitted, change_filed, renewal_filed: the time of day (minutes after midnight, 0..1439) the
   * office had the materials or the filing, or EGCA_TIME_NONE; and how they came (EGCA_CHANNEL_NONE: not
   * recorded). Materials received after the office closed count from its next working day (docs/rules.md,
   * receipt_after_hours); a filing counts on its day up to egca_office_filing_cutoff. */
  int time;
  egca_channel channel;
  int remedies_untold;       /* rejected, notified, renewal_decided, reconsideration_decided: 1 when the act was
                                made known without telling the remedies and their periods ("remedies_told": false) */
  egca_answer answer;        /* change_answered, renewal_answered: the answer; else EGCA_ANSWER_NONE */
} egca_event;

#define EGCA_EVENT_INIT                                                                                         \
  {EGCA_EVENT_RECEIVED, 0, EGCA_OUTCOME_NONE, NULL, NULL, 0, EGCA_DATE_NONE, 0, NULL, NULL, EGCA_TIME_NONE,    \
   EGCA_CHANNEL_NONE, 0, EGCA_ANSWER_NONE}

/* "received", "correction_requested", ...; NULL for a value outside the enum. */
EGCA_API const char *egca_event_type_name(egca_event_type type);
/* "granted" / "denied"; NULL for EGCA_OUTCOME_NONE or a value outside the enum. */
EGCA_API const char *egca_outcome_name(egca_outcome outcome);
/* "accepted" / "correction_requested" / "rejected"; NULL for EGCA_ANSWER_NONE or a value outside the enum. */
EGCA_API const char *egca_answer_name(egca_answer answer);

/* --- Cases ----------------------------------------------------------------------------------------- */

/* The most bytes of JSON text one case may take, however it arrives: a file (egca_case_load), a text
 * (egca_case_parse), a line or an array element of the command's batch, the Python binding. */
#define EGCA_CASE_TEXT_MAX ((size_t)64 << 20)

/* Parses a case from `len` bytes of JSON text (need not be NUL-terminated):
 *   {"case_id": "...", "events": [{"type": "received", "date": "2025-09-30"}, ...]}
 * `source` names it in messages (NULL: "<case>"). Everything is copied; the case is owned by the caller.
 * Errors: EGCA_E_PARSE (not well-formed JSON), EGCA_E_INVALID (a duplicate key, an unknown field or event
 * type, a wrong type, a bad date, an event that cannot happen where it stands, more than 100,000 events or
 * 1000 technical reviews, a text longer than EGCA_CASE_TEXT_MAX), EGCA_E_NOMEM. err names source:line:column and the JSON pointer. */
EGCA_API int egca_case_parse(egca_case **out, const char *json, size_t len, const char *source, egca_error *err);

/* Reads and parses a case file. Errors: those of egca_case_parse, and EGCA_E_IO. */
EGCA_API int egca_case_load(egca_case **out, const char *path, egca_error *err);

/* Builds a case from events held in memory (any order: they are sorted by date, stably). Everything is
 * copied. Validation is that of egca_case_parse; err->pointer names "/events/N" with N the index in
 * `events`. */
EGCA_API int egca_case_new(egca_case **out, const char *case_id, const egca_event *events, size_t count,
                           egca_error *err);

EGCA_API void egca_case_free(egca_case *c);

/* The case id (borrowed). */
EGCA_API const char *egca_case_id(const egca_case *c);
/* The case's acceptance office (its optional "office", a GB/T 2260 province code; an unknown code is refused
 * when the case is parsed), or NULL when it names none (egca_case_new gives NULL). */
EGCA_API const egca_office *egca_case_office(const egca_case *c);

/* The events in evaluation order (date, then file order). egca_case_event returns 1, or 0 when index >= count
 * (*out untouched). Strings in *out are borrowed from the case. *source_index, when not NULL, receives the
 * event's index in the file ("/events/N"). */
EGCA_API size_t egca_case_event_count(const egca_case *c);
EGCA_API int egca_case_event(egca_event *out, size_t *source_index, const egca_case *c, size_t index);

/* --- Timelines ------------------------------------------------------------------------------------- */

typedef enum egca_timeline_status {
  EGCA_STATUS_MET = 0,            /* answered on or before the due date */
  EGCA_STATUS_LATE = 1,           /* answered after it */
  EGCA_STATUS_PENDING = 2,        /* not answered; the due date has not passed */
  EGCA_STATUS_OVERDUE = 3,        /* not answered; the due date has passed */
  EGCA_STATUS_SUSPENDED = 4,      /* a technical review is running: the clock stands still */
  EGCA_STATUS_DEEMED = 5,         /* not answered in time, and the law deems the outcome */
  EGCA_STATUS_NOT_APPLICABLE = 6, /* the duty lapsed: the case ended, or a later round replaced this one */
  EGCA_STATUS_AVAILABLE = 7,      /* status_query: the status may be queried */
  EGCA_STATUS_NOT_YET = 8,        /* status_query: not yet */
  EGCA_STATUS_VALID = 9,          /* certificate_validity: within its term */
  EGCA_STATUS_EXPIRED = 10,       /* certificate_validity: past its last day */
  EGCA_STATUS_UNKNOWN = 11        /* cannot be computed: the version in force on the anchor sets no period, or
                                     the anchor is before the licence existed (`reason` says why) */
} egca_timeline_status;

/* "met", "late", "pending", "overdue", "suspended", "deemed", "not_applicable", "available", "not_yet",
 * "valid", "expired"; NULL for a value outside the enum. */
EGCA_API const char *egca_timeline_status_name(egca_timeline_status status);

typedef enum egca_finding_code {
  EGCA_FINDING_DEEMED_ACCEPTED = 0,      /* no answer in time: accepted from receipt (行政许可法 第三十二条(四)) */
  EGCA_FINDING_CORRECTION_TOO_LATE = 1,  /* a correction notice after the acceptance period ran out */
  EGCA_FINDING_REPEAT_CORRECTION = 2,    /* a second correction notice (the law asks for one listing all) */
  EGCA_FINDING_REVIEW_WITHOUT_NOTICE = 3,/* a review began without written notice of its time */
  EGCA_FINDING_EXTENSION_CONTESTED = 4,  /* an extension was applied; its footing is disputed */
  EGCA_FINDING_EXTENSION_TOO_LATE = 5,   /* an extension approved after the decision period ran out: no effect */
  EGCA_FINDING_DEEMED_RENEWED = 6,       /* no renewal decision by the expiry (行政许可法 第五十条) */
  EGCA_FINDING_CALENDAR_NOT_COVERED = 7, /* the due date needs a year without holiday data */
  EGCA_FINDING_RULE_NOT_IN_FORCE = 8,    /* no version of the rule was in force on the anchor; the earliest applied */
  EGCA_FINDING_OFFICE_HOURS_UNKNOWN = 9, /* a time was recorded, but no source gives the office's hours: whether
                                            materials came after closing, or a filing in person before the
                                            cutoff, is unknown */
  EGCA_FINDING_CERTIFICATE_LATE = 10,    /* a granted licence's certificate not delivered in time (行政许可法 第四十四条) */
  EGCA_FINDING_REVIEW_NOTICE_AFTER_START = 11, /* the review time was notified after the review began (reading "hint") */
  EGCA_FINDING_DEADLINE_UNDER_READING = 12     /* a deadline that arises only under another reading (named) */
} egca_finding_code;

#define EGCA_FINDING_CODE_COUNT 13

/* "deemed_accepted", "correction_too_late", ...; NULL for a value outside the enum. */
EGCA_API const char *egca_finding_code_name(egca_finding_code code);

/* 1 when a finding of this code records a breach of a time limit or of a procedural duty (it makes the
 * command exit 1), 0 when it informs (an extension's disputed footing, a missing calendar year). */
EGCA_API int egca_finding_code_is_violation(egca_finding_code code);

/* One deadline instance. Strings are borrowed from the timeline or from the rules it was evaluated with. */
typedef struct egca_timeline_deadline {
  const char *rule_id;              /* the rule id ("acceptance", "decision", ...) */
  const egca_deadline_rule *version;/* the rule's version applied */
  const char *ref;                  /* change_filing: the change's ref; else NULL */
  egca_date anchor;                 /* the day the period runs from (or back from, for the renewal rules) */
  egca_date due;                    /* the last day; EGCA_DATE_NONE when suspended or not covered */
  egca_date nominal;                /* when not covered: the day before any holiday adjustment; else NONE */
  egca_timeline_status status;
  egca_date met_on;                 /* the day of the answer (met, late), or EGCA_DATE_NONE */
  int has_days_left;                /* 1 when days_left is known (an open deadline with a due date) */
  int days_left;                    /* in the rule's unit (calendar days for a year rule); < 0 when past */
  egca_period_unit unit;            /* the rule's unit */
  int count;                        /* the count applied (the decision with an extension: 20 + 10) */
  int provisional;                  /* 1 when a tentative day was used */
  int ambiguous;                    /* 1 when the readings of an open question give another due day or status
                                     * (egca_timeline_deadline_reading lists them) */
  egca_date other_reading;          /* deprecated: the first other reading's due day when ambiguous, else NONE */
  int extended;                     /* decision: 1 when an approved extension was applied */
  size_t reading_count;             /* entries of egca_timeline_deadline_reading: 0 unless ambiguous */
  size_t reading_first;             /* (internal) where they start */
  const char *reason;               /* status unknown: why it cannot be computed (the rules' text in the
                                     * timeline's language, as `egca deadline` refuses the same day with
                                     * it); else NULL */
} egca_timeline_deadline;

/* One reading of an open question (docs/rules.md, "Readings") under which a deadline differs. */
typedef struct egca_timeline_reading {
  const char *question;             /* the question's id ("certificate_last_day") */
  const char *reading;              /* the reading's id ("day_before") */
  int chosen;                       /* 1 for the reading this timeline applied */
  egca_date due;                    /* the due day under it (EGCA_DATE_NONE: none, or no such deadline) */
  int exists;                       /* 0 when the deadline does not arise under this reading */
  egca_timeline_status status;      /* its status under it (when exists) */
} egca_timeline_reading;

/* One finding. The message is composed on demand by egca_timeline_finding_message. */
typedef struct egca_timeline_finding {
  egca_finding_code code;
  const char *rule_id;              /* the id of the rule it concerns */
  const char *ref;                  /* the change's ref, or NULL */
  egca_date date;                   /* the day it is about (see docs/case.md) */
  egca_date other;                  /* a second day the message names, or EGCA_DATE_NONE */
  int year;                         /* calendar_not_covered: the year; else 0 */
  size_t deadline;                  /* index of the deadline instance it belongs to; SIZE_MAX for
                                     * deadline_under_reading (the deadline is not in this timeline) */
  int contested;                    /* 1 when it holds only under the reading below, not under another (for
                                     * deadline_under_reading: the other reading, under which it arises) */
  const char *question;             /* then the open question's id, and the reading it rests on; else NULL */
  const char *reading;
} egca_timeline_finding;

/* A reusable evaluation result, owned by the caller. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_new(egca_timeline **out, egca_error *err);
EGCA_API void egca_timeline_free(egca_timeline *timeline);

/* Options of an evaluation; NULL means the defaults (all zero). */
typedef struct egca_timeline_options {
  egca_roll_policy policy;   /* deprecated: EGCA_POLICY_LATER picks "later" of every rest-day question */
  /* The acceptance office's calendar (egca_calendar_for_office), on which the rules whose authority is the
   * acceptance office are counted, for every case; NULL: see office_calendars. When the case names an
   * office, this calendar must be that office's: of its region when the region has rest days of its own
   * (egca_calendar_region), of no other named region otherwise; else the evaluation is refused
   * (EGCA_E_INVALID, pointer /office) rather than counted on another office's days. */
  const egca_calendar *office_calendar;
  /* The readings of the open questions to apply (include/egca/readings.h); the others take their default.
   * An unknown question or reading is EGCA_E_INVALID naming it. */
  const egca_reading_choice *readings;
  size_t reading_count;
  /* When office_calendar is NULL: the calendars of every office (egca_office_calendars_new), from which a
   * case naming an office whose region has rest days of its own takes that office's (built on first use,
   * thread-safe); its base must be the national data of the calendar given. A case naming no office, or an
   * office of the national calendar, counts on the calendar given. NULL too: a case naming an office whose
   * region has rest days of its own is refused (EGCA_E_INVALID, pointer /office). */
  egca_office_calendars *office_calendars;
  /* Materials received after the office's closing time or on a day it is closed (docs/rules.md, question
   * receipt_after_hours): EGCA_RECEIPT_NEXT_WORKING_DAY (the default, 0) or EGCA_RECEIPT_AS_DATED. */
  egca_receipt_reading receipt;
  /* The language of the findings' messages and of every text the timeline writes: its table, the titles and
   * citations of its JSON, its iCalendar entries and HTML page (0: Chinese). */
  egca_lang lang;
} egca_timeline_options;

/* The calendar on which egca_case_evaluate counts the case's acceptance office's periods under `options`
 * (NULL: defaults), `calendar` being the national one given to it: options->office_calendar when set, else
 * the case's office's from options->office_calendars when its region has rest days of its own, else
 * `calendar`. Borrowed from the options or the set. The one choice of it: a program that draws the case's
 * days (an HTML axis) asks here rather than choosing again. Errors as egca_case_evaluate's for /office:
 * EGCA_E_INVALID (pointer /office) when the calendar would be another office's, and those of building the
 * office's calendar (egca_office_calendars_get); *out is then unusable. */
EGCA_API int egca_case_office_calendar(const egca_calendar **out, const egca_case *c, const egca_calendar *calendar,
                                       const egca_timeline_options *options, egca_error *err);

/* Evaluates `c` as of `as_of` into `timeline` (its previous content is replaced). The timeline borrows from
 * `c` and `rules`: both must outlive its use. Returns 0, EGCA_PROVISIONAL when some deadline rests on a
 * tentative year, or an error: EGCA_E_COVERAGE when the calendar is strict and a deadline needs a
 * tentative day (err->year), EGCA_E_INVALID when the case cannot be evaluated as it stands (a decision
 * before the application was accepted, actually or by law; err->pointer names the event), EGCA_E_NOMEM.
 * After an error the timeline is empty. */
EGCA_API int egca_case_evaluate(egca_timeline *timeline, const egca_case *c, const egca_calendar *calendar,
                                const egca_rules *rules, egca_date as_of, const egca_timeline_options *options,
                                egca_error *err);

EGCA_API const char *egca_timeline_case_id(const egca_timeline *timeline);
EGCA_API egca_date egca_timeline_as_of(const egca_timeline *timeline);

/* The deadline instances, in the order of docs/case.md (rule by rule, each in anchor order); borrowed,
 * index < count, else NULL. */
EGCA_API size_t egca_timeline_deadline_count(const egca_timeline *timeline);
EGCA_API const egca_timeline_deadline *egca_timeline_deadline_at(const egca_timeline *timeline, size_t index);

/* Reading `k` of deadline `index` (k < its reading_count): for each open question under which it differs,
 * the default reading first, then the other; borrowed, else NULL. */
EGCA_API const egca_timeline_reading *egca_timeline_deadline_reading(const egca_timeline *timeline, size_t index,
                                                                     size_t k);

/* The findings, in date order; borrowed, index < count, else NULL. */
EGCA_API size_t egca_timeline_finding_count(const egca_timeline *timeline);
EGCA_API const egca_timeline_finding *egca_timeline_finding_at(const egca_timeline *timeline, size_t index);

/* Writes finding `index`'s message (one sentence, in egca_timeline_options.lang) into buf, always NUL-terminated when size > 0;
 * returns the length the full text needs, as snprintf does (negative for a bad index). */
EGCA_API int egca_timeline_finding_message(char *buf, size_t size, const egca_timeline *timeline, size_t index);

/* 1 when nothing is late or overdue and no finding is a violation (the command's exit 0), else 0. */
EGCA_API int egca_timeline_clean(const egca_timeline *timeline);

/* 1 when some deadline is provisional. */
EGCA_API int egca_timeline_provisional(const egca_timeline *timeline);

/* --- Output ---------------------------------------------------------------------------------------- */

/* The timeline as JSON, exactly the command's output (docs/case.md):
 *   {"case_id", "as_of", "deadlines": [{"rule", "title", "ref", "anchor", "due", "nominal", "status", "met_on",
 *    "days_left", "unit", "provisional", "ambiguous", "other_reading", "basis"}],
 *    "findings": [{"code", "rule", "date", "message"}]}
 * *out is owned by the caller: free it with egca_timeline_string_free. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_to_json(char **out, const egca_timeline *timeline, unsigned flags, egca_error *err);

/* egca_timeline_write_json: the text goes after the *length bytes *buffer already holds. */
#define EGCA_JSON_APPEND 2u

/* The same JSON written into a buffer the caller reuses, as getline does: *buffer (NULL, or a block from
 * malloc or an earlier call, with *capacity its size) is grown with realloc as needed, and the text
 * replaces what it held (with EGCA_JSON_APPEND, follows its first *length bytes); *length is then the
 * length of the whole text, NUL-terminated. Free it with egca_timeline_string_free or free. A batch that
 * writes many timelines then allocates nothing after the first. On failure *buffer and *capacity stay
 * valid (the caller still frees them) and *length is 0, or unchanged with EGCA_JSON_APPEND.
 * Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_write_json(char **buffer, size_t *capacity, size_t *length,
                                      const egca_timeline *timeline, unsigned flags, egca_error *err);

/* The timeline as a readable table (UTF-8) in egca_timeline_options.lang: rule, anchor, due date, status,
 * days left, basis, then the findings. Ownership as for egca_timeline_to_json. */
EGCA_API int egca_timeline_to_text(char **out, const egca_timeline *timeline, egca_error *err);

/* The open deadlines (pending, overdue, not yet available, valid) as an iCalendar VCALENDAR with one
 * all-day VEVENT each on its due date (or nominal date, marked), built with libical, for import into a
 * calendar program. Ownership as for egca_timeline_to_json. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_to_ics(char **out, const egca_timeline *timeline, egca_error *err);

/* The timeline as one self-contained HTML page (UTF-8, well-formed XHTML served as HTML5): an inline SVG
 * picture — a time axis shaded from `calendar` (working days, weekends, holidays, make-up days; days it does
 * not cover hatched), one lane per deadline instance from its anchor to its due date coloured by status,
 * technical reviews that stop a rule's clock as gaps, the as-of date as a line, the findings as numbered
 * marks whose message shows on hover — then every instance as a table row (dates, status, basis) and the
 * findings as a list, so that the page reads the same to a screen reader and to grep. Inline CSS, no
 * script, and a Content-Security-Policy that forbids every fetch; prints on A4 landscape. Every text that
 * comes from the case is escaped. `calendar` is the one the case was evaluated with (NULL: no shading).
 * Ownership as for egca_timeline_to_json (free with egca_timeline_string_free). Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_to_html(char **out, const egca_timeline *timeline, const egca_calendar *calendar,
                                   egca_error *err);

/* A page of many timelines (a batch): a table with one row per case — its id, as-of date, worst status
 * and verdict, linking to the case's section — then each case's section as egca_timeline_to_html draws
 * it. Cases are added in order; a case that could not be read or evaluated is added as an error row.
 * The page belongs to one thread at a time; the timelines are drawn when added (they need not outlive the
 * call). `calendar` shades every case's axis (NULL: no shading) and must outlive the page. */
typedef struct egca_html_page egca_html_page;

/* Errors: EGCA_E_NOMEM. */
EGCA_API int egca_html_page_new(egca_html_page **out, const egca_calendar *calendar, egca_error *err);
/* The language of the page's own words (title, summary table, error rows) and of its lang attribute;
 * Chinese unless set. Each case's section is in its timeline's language (egca_timeline_options.lang). */
EGCA_API void egca_html_page_set_lang(egca_html_page *page, egca_lang lang);
/* Draws one case's section. Errors: EGCA_E_NOMEM (the page is then unusable: free it). */
EGCA_API int egca_html_page_add_timeline(egca_html_page *page, const egca_timeline *timeline, egca_error *err);
/* A case that could not be read or evaluated: `what` names it ("line 3"), `message` says why (both UTF-8,
 * escaped). Errors: EGCA_E_NOMEM. */
EGCA_API int egca_html_page_add_error(egca_html_page *page, const char *what, const char *message,
                                      egca_error *err);
/* The whole page; *out as for egca_timeline_to_html. The page may be freed afterwards (it is not reusable).
 * Errors: EGCA_E_NOMEM, EGCA_E_INVALID (called twice). */
EGCA_API int egca_html_page_finish(char **out, egca_html_page *page, egca_error *err);
/* NULL does nothing. */
EGCA_API void egca_html_page_free(egca_html_page *page);

/* Many timelines' open deadlines in one iCalendar feed (a batch), written in pieces to be concatenated in
 * order: egca_timeline_ics_head (BEGIN:VCALENDAR and its properties; the feed's name, X-WR-CALNAME, in
 * `lang`: "egca 案件期限", "egca case time limits"), each timeline's VEVENTs
 * (egca_timeline_ics_events, as egca_timeline_to_ics makes them), egca_timeline_ics_tail
 * (END:VCALENDAR). A UID names the case id, the rule, the anchor and the ref; `occurrence` keeps UIDs
 * unique when a case id comes again in one feed: 0 or 1 for the first case with its id gives the UIDs of
 * egca_timeline_to_ics, n > 1 for the n-th adds "-n" before "@egca". Ownership as for
 * egca_timeline_to_json. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_timeline_ics_head(char **out, egca_lang lang, egca_error *err);
EGCA_API int egca_timeline_ics_events(char **out, const egca_timeline *timeline, unsigned occurrence,
                                      egca_error *err);
EGCA_API int egca_timeline_ics_tail(char **out, egca_error *err);

/* Frees a string returned by egca_timeline_to_json, _to_text, _to_ics or _to_html, egca_html_page_finish,
 * egca_timeline_ics_head, _ics_events or _ics_tail, or a buffer of egca_timeline_write_json. NULL does nothing. */
EGCA_API void egca_timeline_string_free(char *text);

#ifdef __cplusplus
}
#endif
#endif
