/* egca — helpers shared by the library's modules; not part of the public API. */
#ifndef EGCA_INTERNAL_H
#define EGCA_INTERNAL_H

#include "egca.h"

#include <string.h>

#if defined(__GNUC__)
#define EGCA_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define EGCA_PRINTF(a, b)
#endif

/* Fills err (if not NULL) with code, source, line and a formatted message; returns code. */
/* The text of one message in two languages, English first: EGCA__TR(err, "no month %d", "没有%d月")
 * picks by the caller's egca_error (NULL: Chinese), EGCA__TR_LANG by an egca_lang. Both are
 * conditional expressions of two literals, so the compiler checks both formats against the arguments:
 * the two texts must take the same conversions in the same order. */
#define EGCA__TR_LANG(lang, en, zh) ((lang) == EGCA_LANG_EN ? (en) : (zh))
#define EGCA__TR(err, en, zh) ((err) != NULL && (err)->lang == EGCA_LANG_EN ? (en) : (zh))

/* The language of the error a message goes into (NULL: Chinese, the default). */
static inline egca_lang egca__error_lang(const egca_error *err) { return err != NULL ? err->lang : EGCA_LANG_ZH; }

int egca__fail(egca_error *err, int code, const char *source, int line, const char *fmt, ...) EGCA_PRINTF(5, 6);
/* An error ready to be filled, in `lang` (egca_error_init): for the paths that keep one per period computed
 * (a batch computes tens of thousands, and zeroing its 1.3 KB cost more than the computation). */
static inline void egca__error_blank(egca_error *e, egca_lang lang) { egca_error_init(e, lang); }
int egca__fail_nomem(egca_error *err);
/* The system's reason for errno `e` in err's language (strerror speaks the C locale's English): the
 * common ones in Chinese, any other as strerror gives it. */
const char *egca__errno_text(int e, const egca_error *err);
/* Writes source into err->source; one too long for it keeps its end ("...", then the last bytes), where the
 * file's name is. */
void egca__error_source(egca_error *err, const char *source);
/* Escapes the control characters of err's source, pointer and message as \u00XX (they may quote input),
 * so that every message is one line. egca_error_format seals what it prints as well. */
void egca__error_seal(egca_error *err);

/* Reads the file at `path` whole into a NUL-terminated buffer (the caller frees it), at most max_len bytes
 * (EGCA_E_INVALID "file is larger than the limit of N bytes" beyond). Only a regular file is read, or a
 * pipe when pipe_ok (`/dev/stdin` fed by a pipe, `<(...)`); a directory, a device, a socket or a FIFO
 * otherwise is EGCA_E_IO naming what it is, without waiting on it. src/input.c. */
int egca__read_input(char **out, size_t *len, const char *path, size_t max_len, int pipe_ok, egca_error *err);

/* 1 when a and b are the same text. Inline, for the short names (members of a case, event types, rule ids)
 * that a batch compares a hundred times a case, where calling strcmp costs more than comparing. */
static inline int egca__same_name(const char *a, const char *b)
{
  while (*a != '\0' && *a == *b) {
    a++;
    b++;
  }
  return *a == *b;
}

/* A statute's name without the 中华人民共和国 its full Chinese title starts with ("民法典"), as citations in
 * running text give it; any other text as it is. */
static inline const char *egca__law_short_name(const char *law)
{
  static const char prc[] = "中华人民共和国";
  return strncmp(law, prc, sizeof prc - 1) == 0 ? law + sizeof prc - 1 : law;
}

/* Writes v in decimal so that it ends just before `end` (room for 20 digits and a sign); returns its first
 * byte. The writers that run for every case of a batch use it rather than printf. */
static inline char *egca__decimal(char *end, long long v)
{
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do
    *--end = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (v < 0)
    *--end = '-';
  return end;
}

/* Offset of the first byte of s[0..len) that is not part of well-formed UTF-8 (RFC 3629: no overlong
 * form, no surrogate, nothing above U+10FFFF), or len when all of it is. */
size_t egca__utf8_invalid_at(const unsigned char *s, size_t len);

/* A named blob of data embedded into the library at build time (holiday .ics files, rules .json). */
typedef struct egca__blob {
  const char *name;
  const char *data;
  size_t len;
} egca__blob;

extern const egca__blob egca__embedded_holidays[];
extern const size_t egca__embedded_holidays_count;
extern const egca__blob egca__embedded_local[];  /* data/holidays/local/CODE-YYYY.ics */
extern const size_t egca__embedded_local_count;
/* The shipped calendars compiled at build time (calendar.c, "The calendar as bytes"; tools/compile_calendars.c):
 * the national one (office "") and that of each acceptance office whose region has rest days of its own
 * (the national notices with the region's local layer). Each with its bytes and the policies for unmarked
 * events (bit 1 << egca_unmarked_policy) that give this calendar. */
typedef struct egca__compiled_calendar {
  const char *office;
  const unsigned char *bytes;
  size_t len;
  unsigned policies;
} egca__compiled_calendar;
extern const egca__compiled_calendar egca__compiled_calendars[];
extern const size_t egca__compiled_calendar_count;
/* The compiled calendar of an office ("": the national one) under these options: 1 when read (*out set), 0
 * when none is compiled for them (the caller reads the notices), < 0 on error. */
int egca__calendar_compiled(egca_calendar **out, const char *office, const egca_load_options *options, egca_error *err);
/* The default calendar, and an office's, read from the embedded notices (what the compiled tables are made
 * from). */
int egca__calendar_from_notices(egca_calendar **out, const egca_load_options *options, egca_error *err);
int egca__calendar_for_office_from_notices(egca_calendar **out, const char *code, const egca_load_options *options,
                                           egca_error *err);
/* A calendar as bytes and back (the bytes of this build only). */
int egca__calendar_to_bytes(const egca_calendar *c, unsigned char **out, size_t *len);
int egca__calendar_from_bytes(egca_calendar **out, const unsigned char *bytes, size_t len, int strict, egca_error *err);
extern const egca__blob egca__embedded_rules[];
extern const size_t egca__embedded_rules_count;

/* egca_period_compute without the checks of the period itself (spec not NULL; its unit, direction, roll,
 * policy and end known; its count in range, and 0 or more unless it counts working days): for a period that
 * is valid by construction. The rule set's periods are: deadline_rules.c parse_rule takes unit, direction,
 * roll and result only from their lists of names and count in [0, COUNT_MAX]; a reading sets only unit
 * "days" or "working_days" and roll "none" or "next_working_day" (readings.c parse_sets); the policy is
 * egca__roll_policy's, earlier or later; a count adds at most three of those counts. Everything the caller
 * gives per call is still checked here: the start day, the pauses, the calendar. */
int egca__period_compute_valid(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                               const egca_period_spec *spec, egca_date from, const egca_pause *pauses,
                               size_t pause_count, egca_error *err);

#endif
