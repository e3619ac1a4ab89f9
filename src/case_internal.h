/* egca — the case module's compact representation, shared by case.c (building and validating a case),
 * procedure.c (evaluating it), timeline.c (the result) and timeline_output.c (JSON, text and iCalendar output). Not public. */
#ifndef EGCA_CASE_INTERNAL_H
#define EGCA_CASE_INTERNAL_H

#include "internal.h"

/* One event as evaluation reads it: fixed size, strings pointing into the case's own block. */
typedef struct egca__event {
  egca_date date;
  egca_date expires;      /* certificate_issued: the printed last day, or EGCA_DATE_NONE */
  int32_t days;           /* review_time_notified: days notified, or 0 */
  uint32_t source_index;  /* index in the file's "events" array */
  uint32_t change;        /* change_occurred / change_filed: the change's index (refs[change]) */
  uint32_t item_first;    /* correction_requested: items[item_first .. item_first + item_count) */
  uint32_t item_count;
  uint8_t type;           /* egca_event_type */
  uint8_t outcome;        /* egca_outcome */
  uint8_t channel;        /* egca_channel */
  int16_t time;           /* minutes after midnight, or EGCA_TIME_NONE */
  uint8_t remedies_untold; /* the act was made known without telling the remedies (行政复议法 第二十条第三款) */
  uint8_t answer;         /* change_answered, renewal_answered: egca_answer */
  const char *what;
  const char *note;
} egca__event;

/* A validated case. One allocation holds the struct, the arrays and the strings. */
struct egca_case {
  const char *id;
  const char *source;     /* the file it came from, for messages ("<case>" for egca_case_new) */
  const egca_office *office; /* its acceptance office ("office"; static storage), or NULL */
  size_t event_count;
  egca__event *events;    /* in evaluation order: date, then file order */
  size_t change_count;
  const char **refs;      /* change refs, in the order their change_occurred events come */
  const char **items;     /* correction items of every event */
};

/* A certificate's term: from issue (or from the expiry a renewal continued) to its last valid day. */
typedef struct egca__term {
  egca_date start;       /* the issue day, or the previous term's last day for a renewed term */
  egca_date window_end;  /* the next certificate's issue day, or EGCA_DATE_MAX */
  egca_date expires_printed;
  int renewed;           /* 1 for a term a renewal continued without a new certificate */
  size_t validity;       /* its term deadline */
  egca_date expiry;      /* its last valid day (EGCA_DATE_NONE when unknown) */
} egca__term;

/* A reading under which a deadline differs, with the deadline it belongs to (sorted by it at the end). */
typedef struct egca__reading_entry {
  size_t deadline;
  size_t seq;     /* the order it was made in */
  egca_timeline_reading r;
} egca__reading_entry;

/* What the evaluation had established when it began a rule (of the case's active rules): an evaluation under
 * another reading starts there when the rules before cannot have consulted the question, and takes a later
 * rule's results as they are when that rule did not consult it either (and its inputs are the same). One
 * more after the last rule. */
typedef struct egca__snapshot {
  size_t deadline_count, finding_count, term_count;
  egca_date accepted_from, accepted_settled_on;
  const char *accepted_unknown; /* a round that could not be computed left the acceptance unknown: why */
  egca_date accepted_unknown_anchor;
  uint32_t consulted;           /* the questions the rule consulted where their readings could differ */
} egca__snapshot;

/* The timeline: the result, and the arrays the evaluation reuses from case to case. */
struct egca_timeline {
  const egca_case *c;
  const egca_rules *rules; /* the rule set it was evaluated against (its deadlines' versions are that set's);
                              the writers take the rule versions' texts it keeps (deadline_output.h) */
  egca_date as_of;
  egca_lang lang;   /* egca_timeline_options.lang: the language of its findings' messages and of its output */
  int provisional;
  egca_timeline_deadline *deadlines;
  size_t deadline_count, deadline_cap;
  egca_timeline_finding *findings;
  size_t finding_count, finding_cap;
  egca_pause *pauses;
  size_t pause_cap;
  egca__term *terms;
  size_t term_count, term_cap;
  egca__reading_entry *readings;
  size_t reading_count, reading_cap;
  struct egca_timeline *alt; /* the same case under another reading, for the comparison; NULL until needed */
  size_t *scratch;           /* the comparison's index arrays */
  size_t scratch_cap;
  egca__snapshot *snapshots; /* one per active rule, taken as the evaluation began it */
  size_t snapshot_cap;
  const struct egca__rule_group **active; /* the rules that can give the case anything, in file order */
  size_t active_count, active_cap;
  uint32_t pause_questions;  /* the questions the pauses consulted (as snapshot.consulted) */
  /* What the evaluation read from the events before the rules, the same under every reading (an evaluation
   * under another reading takes it, and the pauses where they did not consult the question): the events
   * known by as_of, their types, the day the case closed, the first acceptance recorded, the reviews and
   * hearings in `pauses`. */
  size_t event_n, pause_count, hearing_count;
  unsigned present;
  egca_date closed, accepted;
  uint32_t first_of_type[EGCA_EVENT_TYPE_COUNT], last_of_type[EGCA_EVENT_TYPE_COUNT]; /* of the types present */
};

/* Grows *array (of *cap elements of `size` bytes) to hold `need`; -1 when out of memory. Inline, for the
 * common case of room enough (every instance and finding of every case of a batch asks). */
/* egca_case_parse, its JSON tree read into `scratch` (a reader's: see egca__json_parse_in; NULL for one of
 * its own). The batch's workers keep one each. */
struct egca__json_scratch;
int egca__case_parse_in(egca_case **out, const char *json, size_t len, const char *source,
                        struct egca__json_scratch *scratch, egca_error *err);

int egca__grow_to(void **array, size_t *cap, size_t need, size_t size);
static inline int egca__grow(void **array, size_t *cap, size_t need, size_t size)
{
  return need <= *cap ? 0 : egca__grow_to(array, cap, need, size);
}

/* The status of a deadline instance in words ("按期完成", "视为受理", ...; "met", "deemed accepted"), as the
 * table, the iCalendar entries and the HTML page write it. src/timeline_output.c. */
const char *egca__timeline_status_label(const egca_timeline_deadline *d, egca_lang lang);

#endif
