/* Unit tests: the batch (egca/batch.h). Each result is checked against what the single calls give for the
 * same case (egca_case_parse, egca_case_evaluate, egca_timeline_to_json with EGCA_JSON_COMPACT), in input
 * order, at 1, 2 and 8 jobs; the stream readers against the same cases cut anywhere; errors in place with
 * the input's line (and, in an array, the element's pointer); the per-case limit; the bound on the case
 * text held; stopping from the callback. */
#include <check.h>
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static egca_calendar *calendar;
static egca_rules *rules;
static egca_date as_of;

#define EXAMPLES 3
static const char *const example_names[EXAMPLES] = {"case-granted.json", "case-renewal.json", "case-change.json"};
static char *example_text[EXAMPLES];  /* the file, with its line breaks */
static char *example_line[EXAMPLES];  /* the same on one line */
static char *example_json[EXAMPLES];  /* the single calls' compact JSON */

static char *read_file(const char *name)
{
  char path[1024];
  snprintf(path, sizeof path, "%s/examples/%s", EGCA_SOURCE_DIR, name);
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  char *text = calloc(1, 1 << 20);
  size_t n = fread(text, 1, (1 << 20) - 1, f);
  fclose(f);
  text[n] = '\0';
  return text;
}

static void setup(void)
{
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_default(&calendar, NULL, &err), 0);
  ck_assert_int_eq(egca_rules_default(&rules, &err), 0);
  ck_assert_int_eq(egca_date_parse(&as_of, "2026-03-20", &err), 0);
  for (int i = 0; i < EXAMPLES; i++) {
    example_text[i] = read_file(example_names[i]);
    example_line[i] = strdup(example_text[i]);
    for (char *p = example_line[i]; *p != '\0'; p++)
      if (*p == '\n' || *p == '\r')
        *p = ' ';
    egca_case *c = NULL;
    egca_timeline *t = NULL;
    ck_assert_int_ge(egca_case_parse(&c, example_text[i], strlen(example_text[i]), "x", &err), 0);
    ck_assert_int_eq(egca_timeline_new(&t, &err), 0);
    ck_assert_int_ge(egca_case_evaluate(t, c, calendar, rules, as_of, NULL, &err), 0);
    ck_assert_int_eq(egca_timeline_to_json(&example_json[i], t, EGCA_JSON_COMPACT, &err), 0);
    egca_timeline_free(t);
    egca_case_free(c);
  }
}

static void teardown(void)
{
  for (int i = 0; i < EXAMPLES; i++) {
    free(example_text[i]);
    free(example_line[i]);
    egca_timeline_string_free(example_json[i]);
  }
  egca_rules_free(rules);
  egca_calendar_free(calendar);
}

/* What a test's callback saw. */
typedef struct seen {
  size_t count;
  size_t index[4096];
  long line[4096];
  int status[4096];
  char *json[4096];
  char pointer[4096][32];
  char message[4096][160];
  size_t stop_at;          /* returns 1 at this many results (0: never) */
  size_t added, max_held;  /* the in-flight test: cases added, and the most added and not yet delivered */
} seen;

static int record(const egca_batch_result *r, void *user)
{
  seen *s = user;
  ck_assert_uint_lt(s->count, 4096);
  size_t k = s->count++;
  s->index[k] = r->index;
  s->line[k] = r->line;
  s->status[k] = r->status;
  s->json[k] = r->json != NULL ? strndup(r->json, r->json_len) : NULL;
  s->pointer[k][0] = s->message[k][0] = '\0';
  if (r->status < 0) {
    ck_assert_ptr_nonnull(r->error);
    snprintf(s->pointer[k], sizeof s->pointer[k], "%.31s", r->error->pointer);
    snprintf(s->message[k], sizeof s->message[k], "%.159s", r->error->message);
  }
  return s->stop_at != 0 && s->count == s->stop_at;
}

static void forget(seen *s)
{
  for (size_t i = 0; i < s->count; i++)
    free(s->json[i]);
}

/* The line the command prints for example i. */
static int is_example(const char *json, int i)
{
  size_t n = strlen(example_json[i]);
  return json != NULL && strncmp(json, example_json[i], n) == 0 && strcmp(json + n, "\n") == 0;
}

/* A batch whose output (the cases' errors among it) is in `lang`. */
static egca_batch *new_batch_in(seen *s, int jobs, egca_batch_format format, size_t in_flight, egca_lang lang)
{
  egca_batch_options o = {.as_of = as_of, .jobs = jobs, .format = format, .max_in_flight = in_flight};
  o.eval.lang = lang;
  egca_batch *b = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", record, s, &err), 0);
  return b;
}

static egca_batch *new_batch(seen *s, int jobs, egca_batch_format format, size_t in_flight)
{
  return new_batch_in(s, jobs, format, in_flight, EGCA_LANG_ZH);
}

static const int job_counts[] = {1, 2, 8};

START_TEST(added_cases_in_order)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_NDJSON, 0);
  for (int i = 0; i < 600; i++) {
    const char *text = i % 7 == 3 ? "{\"case_id\": \"x\"}" : example_text[i % EXAMPLES];
    ck_assert_int_eq(egca_batch_add(b, text, strlen(text), &err), 0);
  }
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  ck_assert_uint_eq(egca_batch_delivered(b), 600);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 600);
  for (size_t i = 0; i < 600; i++) {
    ck_assert_uint_eq(s.index[i], i);
    ck_assert_int_eq(s.line[i], (long)i + 1);
    if (i % 7 == 3) {
      ck_assert_int_eq(s.status[i], EGCA_E_INVALID);
      ck_assert_str_eq(s.pointer[i], "/");
      ck_assert_ptr_nonnull(strstr(s.message[i], "events"));
      char head[64];
      snprintf(head, sizeof head, "{\"line\":%zu,\"error\":\"cases", i + 1);
      ck_assert_msg(strncmp(s.json[i], head, strlen(head)) == 0, "%s", s.json[i]);
    } else {
      ck_assert_int_ge(s.status[i], 0);
      ck_assert_msg(is_example(s.json[i], (int)(i % EXAMPLES)), "case %zu: %s", i, s.json[i]);
    }
  }
  forget(&s);
}
END_TEST

/* In English: each line equals the single calls' compact JSON in English. The batch copies each deadline's
 * rule, title and basis from the texts it made for its language; the single call writes them itself. */
START_TEST(english_lines_equal_the_single_calls)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  char *expected[EXAMPLES];
  egca_timeline_options eval = {0};
  eval.lang = EGCA_LANG_EN;
  for (int i = 0; i < EXAMPLES; i++) {
    egca_case *c = NULL;
    egca_timeline *t = NULL;
    ck_assert_int_ge(egca_case_parse(&c, example_text[i], strlen(example_text[i]), "x", &err), 0);
    ck_assert_int_eq(egca_timeline_new(&t, &err), 0);
    ck_assert_int_ge(egca_case_evaluate(t, c, calendar, rules, as_of, &eval, &err), 0);
    ck_assert_int_eq(egca_timeline_to_json(&expected[i], t, EGCA_JSON_COMPACT, &err), 0);
    ck_assert_ptr_nonnull(strstr(expected[i], "Service Guide, ")); /* the English texts, not the Chinese */
    ck_assert_ptr_null(strstr(expected[i], example_json[i]));
    egca_timeline_free(t);
    egca_case_free(c);
  }
  egca_batch *b = new_batch_in(&s, job_counts[_i], EGCA_BATCH_NDJSON, 0, EGCA_LANG_EN);
  for (int i = 0; i < 60; i++)
    ck_assert_int_eq(egca_batch_add(b, example_text[i % EXAMPLES], strlen(example_text[i % EXAMPLES]), &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 60);
  for (size_t i = 0; i < 60; i++) {
    const char *want = expected[i % EXAMPLES];
    const size_t n = strlen(want);
    ck_assert_msg(s.json[i] != NULL && strncmp(s.json[i], want, n) == 0 && strcmp(s.json[i] + n, "\n") == 0,
                  "case %zu: %s", i, s.json[i]);
  }
  for (int i = 0; i < EXAMPLES; i++)
    egca_timeline_string_free(expected[i]);
  forget(&s);
}
END_TEST

/* The NDJSON of the examples with a blank line, a broken line and a case too short for the rules. */
static char *ndjson(size_t *len)
{
  size_t cap = 1 << 20, n = 0;
  char *text = malloc(cap);
  for (int i = 0; i < EXAMPLES; i++)
    n += (size_t)snprintf(text + n, cap - n, "%s\r\n", example_line[i]);
  n += (size_t)snprintf(text + n, cap - n, "  \t\n{\"case_id\": 5,\n%s", example_line[0]); /* no final newline */
  *len = n;
  return text;
}

START_TEST(ndjson_in_pieces_of_any_size)
{
  size_t len;
  char *text = ndjson(&len);
  const size_t pieces[] = {1, 7, 4096, len};
  for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++) {
    static seen s;
    memset(&s, 0, sizeof s);
    egca_error err = {0};
    egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_NDJSON, 0);
    for (size_t at = 0; at < len; at += pieces[p])
      ck_assert_int_eq(egca_batch_write(b, text + at, at + pieces[p] <= len ? pieces[p] : len - at, &err), 0);
    ck_assert_int_eq(egca_batch_finish(b, &err), 0);
    egca_batch_free(b);
    ck_assert_uint_eq(s.count, EXAMPLES + 2);
    for (int i = 0; i < EXAMPLES; i++)
      ck_assert(is_example(s.json[i], i));
    /* Line 4 is blank (skipped, counted); line 5 breaks off and line 6 is the last, without its newline. */
    ck_assert_int_eq(s.status[EXAMPLES], EGCA_E_PARSE);
    ck_assert_int_eq(s.line[EXAMPLES], 5);
    ck_assert_msg(strncmp(s.json[EXAMPLES], "{\"line\":5,\"error\":\"cases:5:", 27) == 0, "%s", s.json[EXAMPLES]);
    ck_assert_int_eq(s.line[EXAMPLES + 1], 6);
    ck_assert(is_example(s.json[EXAMPLES + 1], 0));
    forget(&s);
  }
  free(text);
}
END_TEST

START_TEST(array_positions_and_ends)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {.lang = EGCA_LANG_EN};
  char text[1 << 16];
  int n = snprintf(text, sizeof text, " [\n  %s,\n  {\"case_id\": \"x\", \"events\": 3} ,%s]\n\n", example_line[1],
                   example_line[2]);
  egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  for (int at = 0; at < n; at += 5)
    ck_assert_int_eq(egca_batch_write(b, text + at, at + 5 <= n ? 5 : (size_t)(n - at), &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 3);
  ck_assert(is_example(s.json[0], 1));
  ck_assert_int_eq(s.line[0], 2);
  ck_assert_int_lt(s.status[1], 0);
  ck_assert_int_eq(s.line[1], 3);
  ck_assert_str_eq(s.pointer[1], "/events");
  ck_assert(is_example(s.json[2], 2));
  forget(&s);

  /* Not closed: the cases before the end still come, then the error names the last line. */
  memset(&s, 0, sizeof s);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  n = snprintf(text, sizeof text, "[%s,\n%s", example_line[0], example_line[1]);
  ck_assert_int_eq(egca_batch_write(b, text, (size_t)n, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), EGCA_E_PARSE);
  ck_assert_int_eq(err.line, 2);
  ck_assert_str_eq(err.message, "the array of cases is not closed");
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 1);
  ck_assert(is_example(s.json[0], 0));
  forget(&s);

  /* Text after the array; an input that is not an array. */
  memset(&s, 0, sizeof s);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  ck_assert_int_eq(egca_batch_write(b, "[]\n\n x", 6, &err), EGCA_E_PARSE);
  ck_assert_int_eq(err.line, 3);
  ck_assert_str_eq(err.message, "text after the array of cases");
  ck_assert_int_eq(egca_batch_finish(b, &err), EGCA_E_PARSE);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 0);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  ck_assert_int_eq(egca_batch_write(b, "{}", 2, &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "expected a JSON array of cases ('[')");
  egca_batch_free(b);
  /* In Chinese, the default: the failure keeps the language of the call that met it. */
  egca_error zh = {0};
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  ck_assert_int_eq(egca_batch_write(b, "[]\n\n x", 6, &zh), EGCA_E_PARSE);
  ck_assert_int_eq(zh.line, 3);
  ck_assert_str_eq(zh.message, "案件数组之后还有文本");
  ck_assert_int_eq(egca_batch_finish(b, &zh), EGCA_E_PARSE);
  ck_assert_str_eq(zh.message, "案件数组之后还有文本");
  egca_batch_free(b);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
  ck_assert_int_eq(egca_batch_finish(b, &zh), EGCA_E_PARSE);
  ck_assert_str_eq(zh.message, "应为案件的JSON数组：输入为空");
  egca_batch_free(b);
}
END_TEST

/* A closing bracket with none open (docs/api.md, "Batches"): in an array's element or among values one after
 * another, it is a byte of the value it stands in, which is then an error in its place (its line), and the
 * cases after it are read as ever; a ']' outside every value ends the array. (Counted as a bracket, it left
 * every later separator inside one unclosed element: no result after it, and "not closed" at the end.) */
START_TEST(a_stray_closing_bracket_is_an_error_in_its_place)
{
  static seen s;
  egca_error err = {.lang = _i == 1 ? EGCA_LANG_EN : EGCA_LANG_ZH}; /* the message in each language */
  char text[1 << 16];
  for (int kind = 0; kind < 2; kind++) {
    const char stray = kind == 0 ? '}' : ']';
    memset(&s, 0, sizeof s);
    int n = snprintf(text, sizeof text, "[%s%c,\n%s]", example_line[0], stray, example_line[1]);
    egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_ARRAY, 0);
    if (stray == '}') {
      for (int at = 0; at < n; at += 7)
        ck_assert_int_eq(egca_batch_write(b, text + at, at + 7 <= n ? 7 : (size_t)(n - at), &err), 0);
      ck_assert_int_eq(egca_batch_finish(b, &err), 0);
      ck_assert_uint_eq(s.count, 2);
      ck_assert_int_eq(s.status[0], EGCA_E_PARSE);
      ck_assert_int_eq(s.line[0], 1);
      ck_assert(is_example(s.json[1], 1));
      ck_assert_int_eq(s.line[1], 2);
    } else {
      /* The ']' after the first element closes the array: what follows is text after it. */
      ck_assert_int_eq(egca_batch_write(b, text, (size_t)n, &err), EGCA_E_PARSE);
      ck_assert_str_eq(err.message, _i == 1 ? "text after the array of cases" : "案件数组之后还有文本");
      egca_batch_finish(b, &err);
      ck_assert_uint_eq(s.count, 1);
      ck_assert(is_example(s.json[0], 0));
    }
    egca_batch_free(b);
    forget(&s);

    /* Values one after another: the stray bracket is a value of its own, refused, between the two cases. */
    memset(&s, 0, sizeof s);
    n = snprintf(text, sizeof text, "%s%c\n%s\n", example_text[0], stray, example_text[1]);
    b = new_batch(&s, job_counts[_i], EGCA_BATCH_VALUES, 0);
    ck_assert_int_eq(egca_batch_write(b, text, (size_t)n, &err), 0);
    ck_assert_int_eq(egca_batch_finish(b, &err), 0);
    egca_batch_free(b);
    ck_assert_uint_eq(s.count, 3);
    ck_assert(is_example(s.json[0], 0));
    ck_assert_int_eq(s.status[1], EGCA_E_PARSE);
    ck_assert(is_example(s.json[2], 1));
    forget(&s);
  }
}
END_TEST

static long line_of(const char *text, size_t at)
{
  long line = 1;
  for (size_t i = 0; i < at; i++)
    line += text[i] == '\n';
  return line;
}

/* Cases one after another (EGCA_BATCH_VALUES), and the same decided by the content (EGCA_BATCH_AUTO): two
 * pretty-printed examples (the files as they are), a case that is not an object's case, a one-line example
 * and a last case not closed; in pieces of any size. */
START_TEST(values_and_auto_in_pieces_of_any_size)
{
  static char text[1 << 20];
  size_t at[5];
  size_t n = 0;
  n += (size_t)snprintf(text + n, sizeof text - n, "\xEF\xBB\xBF\n");
  at[0] = n;
  n += (size_t)snprintf(text + n, sizeof text - n, "%s", example_text[0]);
  at[1] = n;
  n += (size_t)snprintf(text + n, sizeof text - n, "%s  ", example_text[1]);
  at[2] = n;
  n += (size_t)snprintf(text + n, sizeof text - n, "{\"case_id\": 5}");
  at[3] = n;
  n += (size_t)snprintf(text + n, sizeof text - n, "%s\n", example_line[2]);
  at[4] = n;
  n += (size_t)snprintf(text + n, sizeof text - n, "{\"case_id\": \"x\",\n \"events\": [");
  const size_t pieces[] = {1, 7, 4096, n};
  for (int format = 0; format < 2; format++) {
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++) {
      static seen s;
      memset(&s, 0, sizeof s);
      egca_error err = {0};
      /* VALUES is given the text after its byte order mark; AUTO skips the mark itself. */
      const size_t from = format == 0 ? 3 : 0;
      egca_batch *b = new_batch(&s, job_counts[_i], format == 0 ? EGCA_BATCH_VALUES : EGCA_BATCH_AUTO, 0);
      for (size_t k = from; k < n; k += pieces[p])
        ck_assert_int_eq(egca_batch_write(b, text + k, k + pieces[p] <= n ? pieces[p] : n - k, &err), 0);
      ck_assert_int_eq(egca_batch_finish(b, &err), 0);
      egca_batch_free(b);
      ck_assert_uint_eq(s.count, 5);
      ck_assert(is_example(s.json[0], 0));
      ck_assert(is_example(s.json[1], 1));
      ck_assert(is_example(s.json[3], 2));
      for (int k = 0; k < 5; k++)
        ck_assert_int_eq(s.line[k], line_of(text, at[k]));
      ck_assert_int_eq(s.status[2], EGCA_E_INVALID);
      ck_assert_str_eq(s.pointer[2], "/case_id");
      /* The last case ends with the input: the parser says so, at the input's last line. */
      ck_assert_int_eq(s.status[4], EGCA_E_PARSE);
      char head[64];
      snprintf(head, sizeof head, "{\"line\":%ld,\"error\":\"cases:%ld:", line_of(text, at[4]), line_of(text, n));
      ck_assert_msg(strncmp(s.json[4], head, strlen(head)) == 0, "%s", s.json[4]);
      forget(&s);
    }
  }
  /* AUTO on NDJSON (the first case ends on its line) and on an array gives what those formats give. */
  size_t len;
  char *lines = ndjson(&len);
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_AUTO, 0);
  for (size_t k = 0; k < len; k += 3)
    ck_assert_int_eq(egca_batch_write(b, lines + k, k + 3 <= len ? 3 : len - k, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  free(lines);
  ck_assert_uint_eq(s.count, EXAMPLES + 2);
  ck_assert_int_eq(s.status[EXAMPLES], EGCA_E_PARSE); /* the broken line 5 spoils only itself */
  ck_assert_int_eq(s.line[EXAMPLES], 5);
  ck_assert(is_example(s.json[EXAMPLES + 1], 0));
  forget(&s);
  memset(&s, 0, sizeof s);
  n = (size_t)snprintf(text, sizeof text, "\xEF\xBB\xBF \n[%s,\n%s]", example_line[0], example_text[1]);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_AUTO, 0);
  ck_assert_int_eq(egca_batch_write(b, text, n, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 2);
  ck_assert(is_example(s.json[0], 0) && is_example(s.json[1], 1));
  ck_assert_int_eq(s.line[1], 3);
  forget(&s);
  /* Empty input: no case, no error. */
  memset(&s, 0, sizeof s);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_AUTO, 0);
  ck_assert_int_eq(egca_batch_write(b, " \n", 2, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 0);
}
END_TEST

START_TEST(a_case_over_the_limit_is_an_error_in_its_place)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  egca_batch *b = new_batch(&s, 2, EGCA_BATCH_NDJSON, 0);
  char *big = malloc(EGCA_CASE_TEXT_MAX + 2);
  memset(big, ' ', EGCA_CASE_TEXT_MAX + 1);
  big[EGCA_CASE_TEXT_MAX + 1] = '\n';
  ck_assert_int_eq(egca_batch_add(b, example_text[0], strlen(example_text[0]), &err), 0);
  ck_assert_int_eq(egca_batch_add(b, big, EGCA_CASE_TEXT_MAX + 1, &err), 0);
  /* The same through the stream: a line of the limit and one byte more. */
  ck_assert_int_eq(egca_batch_write(b, big, EGCA_CASE_TEXT_MAX + 2, &err), 0);
  ck_assert_int_eq(egca_batch_add(b, example_text[1], strlen(example_text[1]), &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  free(big);
  ck_assert_uint_eq(s.count, 4);
  ck_assert(is_example(s.json[0], 0));
  for (int i = 1; i <= 2; i++) {
    ck_assert_int_eq(s.status[i], EGCA_E_INVALID);
    ck_assert_str_eq(s.message[i], "案件超过67108864字节的上限：已跳过");
  }
  ck_assert(is_example(s.json[3], 1));
  forget(&s);
  /* A batch in English writes its cases' errors in English. */
  memset(&s, 0, sizeof s);
  b = new_batch_in(&s, 2, EGCA_BATCH_NDJSON, 0, EGCA_LANG_EN);
  big = malloc(EGCA_CASE_TEXT_MAX + 1);
  memset(big, ' ', EGCA_CASE_TEXT_MAX + 1);
  ck_assert_int_eq(egca_batch_add(b, big, EGCA_CASE_TEXT_MAX + 1, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  free(big);
  ck_assert_uint_eq(s.count, 1);
  ck_assert_str_eq(s.message[0], "the case is larger than the limit of 67108864 bytes: skipped");
  forget(&s);
}
END_TEST

/* The case text held never passes the bound (or one case): results are delivered while cases are added. */
static int count_held(const egca_batch_result *r, void *user)
{
  seen *s = user;
  (void)r;
  s->count++;
  return 0;
}

START_TEST(case_text_in_flight_is_bounded)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  const size_t len = strlen(example_text[0]), bound = 8 * (len + 1);
  egca_batch_options o = {.as_of = as_of, .jobs = job_counts[_i], .max_in_flight = bound};
  egca_batch *b = NULL;
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", count_held, &s, &err), 0);
  for (int i = 0; i < 2000; i++) {
    ck_assert_int_eq(egca_batch_add(b, example_text[0], len, &err), 0);
    s.added++;
    ck_assert_uint_le((s.added - s.count) * (len + 1), bound);
  }
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 2000);
}
END_TEST

START_TEST(the_callback_stops_the_batch)
{
  static seen s;
  memset(&s, 0, sizeof s);
  s.stop_at = 3;
  egca_error err = {0};
  egca_batch *b = new_batch(&s, job_counts[_i], EGCA_BATCH_NDJSON, 0);
  int rc = 0;
  int i;
  for (i = 0; i < 10000 && rc == 0; i++) /* more than the ring holds at 8 jobs */
    rc = egca_batch_add(b, example_text[0], strlen(example_text[0]), &err);
  ck_assert_int_eq(rc, EGCA_E_STOPPED);
  ck_assert_int_eq(egca_batch_finish(b, &err), EGCA_E_STOPPED);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 3);
  forget(&s);
  /* Freed before it was finished: the cases not delivered are dropped, the threads stopped. */
  memset(&s, 0, sizeof s);
  b = new_batch(&s, job_counts[_i], EGCA_BATCH_NDJSON, 0);
  for (i = 0; i < 100; i++)
    ck_assert_int_eq(egca_batch_add(b, example_text[0], strlen(example_text[0]), &err), 0);
  egca_batch_free(b);
  forget(&s);
}
END_TEST

START_TEST(bad_arguments_are_refused)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  egca_batch_options o = {.as_of = as_of, .jobs = job_counts[_i], .deliver = EGCA_BATCH_TIMELINE};
  egca_batch *b = NULL;
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", record, &s, &err), 0);
  egca_batch_free(b);
  ck_assert_int_eq(egca_batch_new(&b, NULL, rules, &o, "cases", record, &s, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(b);
  o.jobs = EGCA_BATCH_JOBS_MAX + 1;
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", record, &s, &err), EGCA_E_INVALID);
}
END_TEST

static int timeline_json(const egca_batch_result *r, void *user)
{
  seen *s = user;
  char *json = NULL;
  ck_assert_int_ge(r->status, 0);
  ck_assert_ptr_null(r->json);
  ck_assert_int_eq(egca_timeline_to_json(&json, r->timeline, EGCA_JSON_COMPACT, NULL), 0);
  s->json[s->count++] = json;
  return 0;
}

START_TEST(timelines_equal_the_single_calls)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  egca_batch_options o = {.as_of = as_of, .jobs = job_counts[_i], .deliver = EGCA_BATCH_TIMELINE};
  egca_batch *b = NULL;
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", timeline_json, &s, &err), 0);
  for (int i = 0; i < 300; i++)
    ck_assert_int_eq(egca_batch_add(b, example_text[i % EXAMPLES], strlen(example_text[i % EXAMPLES]), &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 300);
  for (size_t i = 0; i < 300; i++)
    ck_assert_str_eq(s.json[i], example_json[i % EXAMPLES]);
  for (size_t i = 0; i < 300; i++)
    egca_timeline_string_free(s.json[i]);
}
END_TEST

/* A page of a batch's timelines (egca_html_page_add_result): a case's section as egca_html_page_add_timeline
 * draws it, and an unreadable case's row naming its input line and its error as egca_error_format writes it;
 * in each language, the page's ("第2行", "line 2") and the batch's (the case's error). */
static int add_result(const egca_batch_result *r, void *user)
{
  egca_error err = {0};
  return egca_html_page_add_result(user, r, &err) < 0;
}

START_TEST(a_page_of_results)
{
  const egca_lang lang = _i == 0 ? EGCA_LANG_ZH : EGCA_LANG_EN;
  const char *what = lang == EGCA_LANG_EN ? "line 2" : "第2行";
  egca_error err = {0};
  egca_html_page *page = NULL, *alone = NULL;
  ck_assert_int_eq(egca_html_page_new(&page, calendar, &err), 0);
  egca_html_page_set_lang(page, lang);
  egca_batch_options o = {
      .as_of = as_of, .eval = {.lang = lang}, .jobs = 1, .format = EGCA_BATCH_NDJSON, .deliver = EGCA_BATCH_TIMELINE};
  egca_batch *b = NULL;
  ck_assert_int_eq(egca_batch_new(&b, calendar, rules, &o, "cases", add_result, page, &err), 0);
  char text[1 << 16];
  int n = snprintf(text, sizeof text, "%s\n{\"case_id\": \"x\", \"events\": 3}\n", example_line[0]);
  ck_assert_int_eq(egca_batch_write(b, text, (size_t)n, &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  char *html = NULL, *want = NULL;
  ck_assert_int_eq(egca_html_page_finish(&html, page, &err), 0);
  egca_html_page_free(page);

  /* The same page from the single calls: the first case's timeline, then the error of line 2 as the batch
   * reports it (its source, line and pointer). */
  ck_assert_int_eq(egca_html_page_new(&alone, calendar, &err), 0);
  egca_html_page_set_lang(alone, lang);
  egca_case *c = NULL;
  egca_timeline *t = NULL;
  ck_assert_int_ge(egca_case_parse(&c, example_text[0], strlen(example_text[0]), "x", &err), 0);
  ck_assert_int_eq(egca_timeline_new(&t, &err), 0);
  ck_assert_int_ge(egca_case_evaluate(t, c, calendar, rules, as_of, &o.eval, &err), 0);
  ck_assert_int_eq(egca_html_page_add_timeline(alone, t, &err), 0);
  egca_error bad = {.lang = lang};
  egca_case *unread = NULL;
  const char *line2 = "{\"case_id\": \"x\", \"events\": 3}";
  ck_assert_int_lt(egca_case_parse(&unread, line2, strlen(line2), "cases", &bad), 0);
  egca_case_free(unread);
  bad.line = 2; /* the batch counts lines in its whole input */
  char message[1200];
  egca_error_format(&bad, message, sizeof message);
  ck_assert_int_eq(egca_html_page_add_error(alone, what, message, &err), 0);
  ck_assert_int_eq(egca_html_page_finish(&want, alone, &err), 0);
  egca_html_page_free(alone);
  ck_assert_msg(strcmp(html, want) == 0, "the batch's page differs from the single calls' page");
  ck_assert_ptr_nonnull(strstr(html, what));
  ck_assert_ptr_nonnull(strstr(html, "/events"));

  /* A result without its timeline (a batch delivering JSON) is refused. */
  ck_assert_int_eq(egca_html_page_new(&page, calendar, &err), 0);
  egca_batch_result r = {.status = 0};
  ck_assert_int_eq(egca_html_page_add_result(page, &r, &err), EGCA_E_INVALID);
  egca_html_page_free(page);
  egca_timeline_string_free(html);
  egca_timeline_string_free(want);
  egca_timeline_free(t);
  egca_case_free(c);
}
END_TEST

/* text with every `from` replaced by `to`, the caller's to free. */
static char *replaced(const char *text, const char *from, const char *to)
{
  size_t n = 0;
  for (const char *p = text; (p = strstr(p, from)) != NULL; p += strlen(from))
    n++;
  char *out = malloc(strlen(text) + n * strlen(to) + 1), *o = out;
  for (const char *p = text, *q; (q = strstr(p, from)) != NULL || *p != '\0'; p = q + strlen(from)) {
    if (q == NULL) {
      strcpy(o, p);
      return out;
    }
    memcpy(o, p, (size_t)(q - p));
    o += q - p;
    strcpy(o, to);
    o += strlen(to);
  }
  *o = '\0';
  return out;
}

/* The pretty text without the white space outside its strings. */
static char *without_white_space(const char *pretty)
{
  char *out = malloc(strlen(pretty) + 1), *o = out;
  int in_string = 0;
  for (const char *p = pretty; *p != '\0'; p++) {
    if (in_string && *p == '\\') {
      *o++ = *p++;
    } else if (*p == '"') {
      in_string = !in_string;
    } else if (!in_string && (*p == ' ' || *p == '\n')) {
      continue;
    }
    *o++ = *p;
  }
  *o = '\0';
  return out;
}

/* A batch's line and the single call's compact text (each written by its own code for the compact form:
 * the line's head, a deadline's texts from the batch's table, its status and unit names, its readings, the
 * findings) are the pretty text, written member by member, without its white space: the examples, and the
 * change example with an id and a change ref that need escaping (a quote, a backslash, a tab, a control
 * byte, Chinese, pieces longer than sixteen bytes), in both languages. */
START_TEST(compact_lines_are_the_pretty_text_without_white_space)
{
  static seen s;
  memset(&s, 0, sizeof s);
  egca_error err = {0};
  const egca_lang lang = _i == 0 ? EGCA_LANG_ZH : EGCA_LANG_EN;
  enum { CASES = EXAMPLES + 1 };
  char *text[CASES], *expected[CASES];
  for (int i = 0; i < EXAMPLES; i++)
    text[i] = strdup(example_text[i]);
  char *id = replaced(example_text[2], "SH-CA-0007", "SH \\\"CA\\\" \\\\ 0007\\t证书\\u0001");
  text[EXAMPLES] = replaced(id, "\"C1\"", "\"变更一号：法定代表人\\\"甲\\\"改为乙\\\\丙\\u001f\\n\"");
  free(id);
  egca_timeline_options eval = {0};
  eval.lang = lang;
  for (int i = 0; i < CASES; i++) {
    egca_case *c = NULL;
    egca_timeline *t = NULL;
    char *pretty = NULL, *compact = NULL;
    ck_assert_int_ge(egca_case_parse(&c, text[i], strlen(text[i]), "x", &err), 0);
    ck_assert_int_eq(egca_timeline_new(&t, &err), 0);
    ck_assert_int_ge(egca_case_evaluate(t, c, calendar, rules, as_of, &eval, &err), 0);
    ck_assert_int_eq(egca_timeline_to_json(&pretty, t, 0, &err), 0);
    ck_assert_int_eq(egca_timeline_to_json(&compact, t, EGCA_JSON_COMPACT, &err), 0);
    expected[i] = without_white_space(pretty);
    ck_assert_str_eq(compact, expected[i]);
    egca_timeline_string_free(pretty);
    egca_timeline_string_free(compact);
    egca_timeline_free(t);
    egca_case_free(c);
  }
  /* What the escaped case is meant to test is in its text. */
  ck_assert_ptr_nonnull(strstr(expected[EXAMPLES], "\"case_id\":\"SH \\\"CA\\\" \\\\ 0007\\t证书\\u0001\""));
  ck_assert_ptr_nonnull(strstr(expected[EXAMPLES], "\"ref\":\"变更一号：法定代表人\\\"甲\\\"改为乙\\\\丙\\u001f\\n\""));
  ck_assert_ptr_nonnull(strstr(expected[EXAMPLES], "\"readings\":[{"));
  ck_assert_ptr_nonnull(strstr(expected[EXAMPLES], "\"findings\":[{"));
  egca_batch *b = new_batch_in(&s, 2, EGCA_BATCH_NDJSON, 0, lang);
  for (int i = 0; i < 4 * CASES; i++)
    ck_assert_int_eq(egca_batch_add(b, text[i % CASES], strlen(text[i % CASES]), &err), 0);
  ck_assert_int_eq(egca_batch_finish(b, &err), 0);
  egca_batch_free(b);
  ck_assert_uint_eq(s.count, 4 * CASES);
  for (size_t i = 0; i < 4 * CASES; i++) {
    const char *want = expected[i % CASES];
    const size_t n = strlen(want);
    ck_assert_msg(s.json[i] != NULL && strncmp(s.json[i], want, n) == 0 && strcmp(s.json[i] + n, "\n") == 0,
                  "case %zu: %s", i, s.json[i]);
  }
  for (int i = 0; i < CASES; i++) {
    free(text[i]);
    free(expected[i]);
  }
  forget(&s);
}
END_TEST

int main(void)
{
  Suite *suite = suite_create("batch");
  TCase *tc = tcase_create("batch");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, added_cases_in_order, 0, 3);
  tcase_add_loop_test(tc, english_lines_equal_the_single_calls, 0, 3);
  tcase_add_loop_test(tc, ndjson_in_pieces_of_any_size, 0, 3);
  tcase_add_loop_test(tc, array_positions_and_ends, 0, 3);
  tcase_add_loop_test(tc, values_and_auto_in_pieces_of_any_size, 0, 3);
  tcase_add_test(tc, a_case_over_the_limit_is_an_error_in_its_place);
  tcase_add_loop_test(tc, case_text_in_flight_is_bounded, 0, 3);
  tcase_add_loop_test(tc, the_callback_stops_the_batch, 0, 3);
  tcase_add_loop_test(tc, bad_arguments_are_refused, 0, 3);
  tcase_add_loop_test(tc, timelines_equal_the_single_calls, 0, 3);
  tcase_add_loop_test(tc, a_page_of_results, 0, 2);
  tcase_add_loop_test(tc, a_stray_closing_bracket_is_an_error_in_its_place, 0, 3);
  tcase_add_loop_test(tc, compact_lines_are_the_pretty_text_without_white_space, 0, 2);
  suite_add_tcase(suite, tc);
  SRunner *runner = srunner_create(suite);
  srunner_run_all(runner, CK_NORMAL);
  int failed = srunner_ntests_failed(runner);
  srunner_free(runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
