/* Fuzz target: the rules loader (egca_rules_load). The first byte of the input picks the file it
 * replaces (deadlines.json, conditions.json, materials.json or readings.json); the other three are the
 * shipped ones from rules/. Whatever loads is asked for every rule's deadline from a few dates (with a pause where the rule
 * takes one), rendered as JSON.
 * Checks what the API promises besides memory safety: a failure returns a negative code equal to
 * err.code with a message and leaves *out NULL; the deadline getters agree with their counts. */
#include <egca.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

#ifndef EGCA_SOURCE_DIR
#error "EGCA_SOURCE_DIR must name the source tree"
#endif

#define FILES 4
static const char *const files[FILES] = {"deadlines.json", "conditions.json", "materials.json", "readings.json"};
static char dir[256];
static egca_calendar *calendar;

static void write_file(const char *name, const void *data, size_t size)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  FUZZ_ASSERT(f != NULL);
  FUZZ_ASSERT(size == 0 || fwrite(data, 1, size, f) == size);
  FUZZ_ASSERT(fclose(f) == 0);
}

/* The shipped files, read once. */
static char *shipped[FILES];
static size_t shipped_len[FILES];

static void read_shipped(void)
{
  for (int i = 0; i < FILES; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/rules/%s", EGCA_SOURCE_DIR, files[i]);
    FILE *f = fopen(path, "rb");
    FUZZ_ASSERT(f != NULL);
    shipped[i] = malloc(1 << 22);
    FUZZ_ASSERT(shipped[i] != NULL);
    shipped_len[i] = fread(shipped[i], 1, 1 << 22, f);
    fclose(f);
  }
}

static void remove_dir(void)
{
  char path[512];
  for (int i = 0; i < FILES; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    remove(path);
  }
  rmdir(dir);
}

static void check_error(int rc, const egca_error *err)
{
  if (rc >= 0)
    return;
  FUZZ_ASSERT(err->code == rc);
  FUZZ_ASSERT(err->message[0] != '\0');
  FUZZ_ASSERT(memchr(err->message, '\0', sizeof err->message) != NULL);
}

static void ask(const egca_rules *rules)
{
  static const char *const days[] = {"2024-11-01", "2025-09-30", "2026-02-14", "2027-06-30", "1999-01-01"};
  egca_error err = {0};
  const size_t n = egca_rules_deadline_count(rules);
  for (size_t i = 0; i < n; i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i);
    FUZZ_ASSERT(r != NULL && egca_deadline_rule_id(r) != NULL && egca_deadline_rule_title(r) != NULL);
    size_t basis = 0;
    (void)egca_deadline_rule_basis(r, &basis);
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
      egca_date from;
      FUZZ_ASSERT(egca_date_parse(&from, days[k], NULL) == 0);
      egca_pause pause = {.from = from + 3, .to = from + 20};
      /* Every question of the rules at its other reading, in turn with the defaults. */
      egca_reading_choice picks[32];
      size_t npicks = 0;
      for (size_t q = 0; (k & 2) && q < egca_rules_question_count(rules) && q < 32; q++) {
        const egca_question *x = egca_rules_question_at(rules, q);
        picks[npicks++] = (egca_reading_choice){egca_question_id(x),
                                                egca_question_reading_id(x, 1 - egca_question_default(x))};
      }
      egca_deadline_options options = {0};
      options.readings = picks;
      options.reading_count = npicks;
      if (egca_deadline_rule_pause(r) == EGCA_PAUSE_EXCLUDE) {
        options.pauses = &pause;
        options.pause_count = 1;
      }
      options.trace = (int)(k & 1);
      egca_deadline d;
      int rc = egca_deadline_compute(&d, rules, calendar, egca_deadline_rule_id(r), from, &options, &err);
      check_error(rc, &err);
      if (rc >= 0) {
        char *json = NULL;
        FUZZ_ASSERT(egca_deadline_to_json(&json, &d, &err) == 0 && json != NULL);
        egca_deadline_string_free(json);
      }
    }
  }
  FUZZ_ASSERT(egca_rules_deadline_at(rules, n) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  egca_error err = {0};
  if (calendar == NULL) {
    FUZZ_ASSERT(egca_calendar_default(&calendar, NULL, &err) == 0);
    const char *tmp = getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";
    snprintf(dir, sizeof dir, "%s/egca-fuzz-rules-XXXXXX", tmp);
    FUZZ_ASSERT(mkdtemp(dir) != NULL);
    atexit(remove_dir);
    read_shipped();
  }
  const int which = size > 0 ? data[0] % FILES : 0;
  for (int i = 0; i < FILES; i++)
    if (i != which)
      write_file(files[i], shipped[i], shipped_len[i]);
  write_file(files[which], size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
  egca_rules *rules = (egca_rules *)1;
  int rc = egca_rules_load(&rules, dir, &err);
  check_error(rc, &err);
  if (rc < 0) {
    FUZZ_ASSERT(rules == NULL);
    FUZZ_ASSERT(rc == EGCA_E_PARSE || rc == EGCA_E_INVALID || rc == EGCA_E_NOMEM || rc == EGCA_E_IO);
    return 0;
  }
  ask(rules);
  egca_rules_free(rules);
  return 0;
}
