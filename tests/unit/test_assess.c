/* Tests of the assess module: golden profiles (tests/data/profiles/<case>/{profile.json,expected.json}),
 * strict validation of conditions.json and materials.json, three-valued evaluation, the API's contracts. */
#include "conditions.h"
#include "citation.h"
#include "json.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PROFILES_DIR EGCA_SOURCE_DIR "/tests/data/profiles"
#define RULES_DIR EGCA_SOURCE_DIR "/rules"

static char *read_text(const char *path, size_t *len)
{
  char *text;
  size_t n;
  egca_error err = {0};
  ck_assert_msg(egca__read_input(&text, &n, path, 1u << 24, 0, &err) == 0, "%s: %s", path, err.message);
  if (len != NULL)
    *len = n;
  return text;
}

static void write_text(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  ck_assert_msg(f != NULL, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

/* --- Matching actual JSON against an expected subset ------------------------------------------------ */

/* Objects: every expected member must be present and match. Arrays: same length, element by element.
 * Scalars: equal. On a mismatch, writes where into `why` and returns 0. */
static int json_matches(const cJSON *expected, const cJSON *actual, const char *path, char *why, size_t size)
{
  char child[512];
  if (cJSON_IsObject(expected)) {
    if (!cJSON_IsObject(actual)) {
      snprintf(why, size, "%s: expected an object", path);
      return 0;
    }
    for (const cJSON *e = expected->child; e != NULL; e = e->next) {
      const cJSON *a = cJSON_GetObjectItemCaseSensitive(actual, e->string);
      snprintf(child, sizeof child, "%s/%s", path, e->string);
      if (a == NULL) {
        snprintf(why, size, "%s: missing", child);
        return 0;
      }
      if (!json_matches(e, a, child, why, size))
        return 0;
    }
    return 1;
  }
  if (cJSON_IsArray(expected)) {
    if (!cJSON_IsArray(actual) || cJSON_GetArraySize(actual) != cJSON_GetArraySize(expected)) {
      char *text = cJSON_PrintUnformatted(actual);
      snprintf(why, size, "%s: expected %d elements, got %.300s", path, cJSON_GetArraySize(expected), text);
      cJSON_free(text);
      return 0;
    }
    int i = 0;
    for (const cJSON *e = expected->child, *a = actual->child; e != NULL; e = e->next, a = a->next, i++) {
      snprintf(child, sizeof child, "%s/%d", path, i);
      if (!json_matches(e, a, child, why, size))
        return 0;
    }
    return 1;
  }
  if (!cJSON_Compare(expected, actual, 1)) {
    char *e = cJSON_PrintUnformatted(expected), *a = cJSON_PrintUnformatted(actual);
    snprintf(why, size, "%s: expected %.200s, got %.200s", path, e, a);
    cJSON_free(e);
    cJSON_free(a);
    return 0;
  }
  return 1;
}

/* --- Golden cases --------------------------------------------------------------------------------- */

#define MAX_CASES 128
static char case_names[MAX_CASES][256];
static int case_count;

static int compare_names(const void *a, const void *b) { return strcmp(a, b); }

static void collect_cases(void)
{
  DIR *d = opendir(PROFILES_DIR);
  if (d == NULL)
    return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && case_count < MAX_CASES)
    if (e->d_name[0] != '.' && strlen(e->d_name) < sizeof case_names[0])
      memcpy(case_names[case_count++], e->d_name, strlen(e->d_name) + 1);
  closedir(d);
  qsort(case_names, (size_t)case_count, sizeof case_names[0], compare_names);
}

static const char *code_name(int code)
{
  switch (code) {
  case EGCA_E_INVALID: return "invalid";
  case EGCA_E_PARSE: return "parse";
  case EGCA_E_IO: return "io";
  case EGCA_E_NOMEM: return "nomem";
  default: return "other";
  }
}

/* The profile of a case: its profile.json, or the file named (relative to the source tree) in `source`. */
static void case_profile_path(char *buf, size_t size, const char *name)
{
  char path[2048];
  snprintf(path, sizeof path, "%s/%s/source", PROFILES_DIR, name);
  if (access(path, R_OK) != 0) {
    snprintf(buf, size, "%s/%s/profile.json", PROFILES_DIR, name);
    return;
  }
  char *rel = read_text(path, NULL);
  rel[strcspn(rel, "\n")] = '\0';
  snprintf(buf, size, "%s/%s", EGCA_SOURCE_DIR, rel);
  free(rel);
}

START_TEST(golden_case)
{
  const char *name = case_names[_i];
  char path[2048];
  snprintf(path, sizeof path, "%s/%s/expected.json", PROFILES_DIR, name);
  char *expected_text = read_text(path, NULL);
  cJSON *expected = cJSON_Parse(expected_text);
  ck_assert_msg(expected != NULL, "%s: expected.json is not JSON", name);

  egca_rules *rules = NULL;
  egca_error err = {0}; /* the golden files' messages are in Chinese, the default */
  ck_assert_int_eq(egca_rules_default(&rules, &err), 0);
  char profile_path[2048];
  case_profile_path(profile_path, sizeof profile_path, name);
  egca_profile *profile = NULL;
  egca_assessment *assessment = NULL;
  int rc = egca_profile_load(&profile, profile_path, &err);
  if (rc == 0)
    rc = egca_assess(&assessment, rules, profile, EGCA_LANG_ZH, &err);

  const cJSON *want_error = cJSON_GetObjectItemCaseSensitive(expected, "error");
  if (want_error != NULL) {
    ck_assert_msg(rc < 0, "%s: expected an error, got none", name);
    ck_assert_ptr_null(assessment);
    cJSON *actual = cJSON_CreateObject();
    cJSON_AddStringToObject(actual, "code", code_name(rc));
    cJSON_AddNumberToObject(actual, "line", err.line);
    cJSON_AddNumberToObject(actual, "column", err.column);
    cJSON_AddStringToObject(actual, "pointer", err.pointer);
    cJSON_AddStringToObject(actual, "message", err.message);
    /* "message_en", given for an error of the profile's reading: the same error in English. */
    if (cJSON_GetObjectItemCaseSensitive(want_error, "message_en") != NULL) {
      egca_error en = {.lang = EGCA_LANG_EN};
      egca_profile *p = NULL;
      ck_assert_int_eq(egca_profile_load(&p, profile_path, &en), rc);
      ck_assert_ptr_null(p);
      cJSON_AddStringToObject(actual, "message_en", en.message);
    }
    char why[1024] = "";
    ck_assert_msg(json_matches(want_error, actual, "error", why, sizeof why), "%s: %s", name, why);
    ck_assert_msg(strcmp(err.source, profile_path) == 0, "%s: error source %s", name, err.source);
    cJSON_Delete(actual);
  } else {
    ck_assert_msg(rc == 0, "%s: %s:%d:%d: %s: %s", name, err.source, err.line, err.column, err.pointer, err.message);
    char *json = NULL;
    ck_assert_int_eq(egca_assessment_to_json(&json, assessment, &err), 0);
    cJSON *actual = cJSON_Parse(json);
    ck_assert_msg(actual != NULL, "%s: output is not JSON", name);
    char why[1024] = "";
    ck_assert_msg(json_matches(expected, actual, "", why, sizeof why), "%s: %s", name, why);
    /* The getters tell the same story as the JSON. */
    const cJSON *conditions = cJSON_GetObjectItemCaseSensitive(actual, "conditions");
    ck_assert_int_eq(egca_assessment_condition_count(assessment), (size_t)cJSON_GetArraySize(conditions));
    ck_assert_int_eq(egca_assessment_materials_complete(assessment),
                     cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(
                         cJSON_GetObjectItemCaseSensitive(actual, "materials"), "complete")));
    ck_assert_int_eq(egca_assessment_notice(assessment) == NULL, !egca_assessment_materials_complete(assessment) ? 0 : 1);
    cJSON_Delete(actual);
    egca_assessment_string_free(json);
  }
  egca_assessment_free(assessment);
  egca_profile_free(profile);
  egca_rules_free(rules);
  cJSON_Delete(expected);
  free(expected_text);
}
END_TEST

START_TEST(every_case_has_expectations)
{
  ck_assert_int_ge(case_count, 20);
  for (int i = 0; i < case_count; i++) {
    char path[2048];
    snprintf(path, sizeof path, "%s/%.255s/expected.json", PROFILES_DIR, case_names[i]);
    ck_assert_msg(access(path, R_OK) == 0, "%s has no expected.json", case_names[i]);
  }
}
END_TEST

/* --- Validation of conditions.json and materials.json ---------------------------------------------- */

typedef struct rules_case {
  const char *name;
  const char *conditions; /* NULL: the shipped file */
  const char *materials;  /* NULL: the shipped file */
  int code;
  const char *source;
  int line, column;
  const char *pointer;
  const char *message;    /* in English; NULL: not checked */
  const char *message_zh; /* in Chinese, the default; NULL: not checked */
} rules_case;

/* A one-condition file whose rule starts at line 4, column 12. */
#define ONE(RULE)                                                                                                     \
  "{\"conditions\": [\n"                                                                                              \
  "  {\"id\": \"c\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\",\n"                                         \
  "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"x\", \"item_en\": \"x\"},\n"           \
  "   \"rule\": " RULE "}\n"                                                                                          \
  "]}\n"

#define MATERIALS_MINIMAL                                                                                             \
  "{\"notice\": {\"title\": \"n\", \"title_en\": \"n\", \"licence\": \"l\", \"licence_en\": \"l\", \"basis\": {\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}},\n"           \
  " \"materials\": [{\"id\": \"m\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\",\n"                         \
  "                \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"x\", \"item_en\": \"x\"}, \"evidences\": []}]}\n"

static const rules_case rules_cases[] = {
    {"unknown operator", ONE("{\"gte\": [{\"fact\": \"staff.technical\"}, 30]}"), MATERIALS_MINIMAL, EGCA_E_INVALID,
     "conditions.json", 4, 13, "/conditions/0/rule/gte",
     "unknown operator \"gte\" (expected all, any, not, ==, !=, <, <=, >, >=, in, exists, finding)",
     "未知运算符\"gte\"（应为all、any、not、==、!=、<、<=、>、>=、in、exists或finding）"},
    {"comparison with three arguments", ONE("{\">=\": [{\"fact\": \"staff.technical\"}, 30, 40]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 19, "/conditions/0/rule/>=", "operator \">=\" takes 2 arguments, found 3",
     "运算符\">=\"需要2个参数，实际为3个"},
    {"not with two arguments",
     ONE("{\"not\": [{\"exists\": \"staff.technical\"}, {\"exists\": \"staff.technical\"}]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 20, "/conditions/0/rule/not", "operator \"not\" takes 1 argument, found 2",
     "运算符\"not\"需要1个参数，实际为2个"},
    {"all of nothing", ONE("{\"all\": []}"), MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 4, 20,
     "/conditions/0/rule/all", "operator \"all\" takes at least 1 argument",
     "运算符\"all\"至少需要1个参数"},
    {"unknown fact", ONE("{\"==\": [{\"fact\": \"staff.engineers\"}, 3]}"), MATERIALS_MINIMAL, EGCA_E_INVALID,
     "conditions.json", 4, 29, "/conditions/0/rule/==/0/fact", "unknown fact \"staff.engineers\"",
     "未知事实\"staff.engineers\""},
    {"ordering a boolean", ONE("{\"<\": [{\"fact\": \"system.located_in_china\"}, true]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 19, "/conditions/0/rule/</0",
     "operator \"<\" orders numbers; \"system.located_in_china\" is a boolean",
     "运算符\"<\"比较数字大小；\"system.located_in_china\"是布尔值"},
    {"threshold of the wrong type", ONE("{\"==\": [{\"fact\": \"staff.technical\"}, \"30\"]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 49, "/conditions/0/rule/==/1",
     "expected a number to compare with staff.technical, found a string",
     "应为数字（与staff.technical比较），实际为字符串"},
    {"two operators in one node",
     ONE("{\"all\": [{\"exists\": \"staff.technical\"}], \"any\": [{\"exists\": \"staff.technical\"}]}"),
     MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 4, 53, "/conditions/0/rule/any",
     "a condition has exactly one operator; \"any\" follows \"all\"",
     "条件只能有一个运算符；\"any\"跟在\"all\"之后"},
    {"no operator", ONE("{}"), MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 4, 12, "/conditions/0/rule",
     "a condition needs exactly one operator, found none",
     "条件须有且只有一个运算符，实际没有"},
    {"finding over a number", ONE("{\"finding\": {\"fact\": \"staff.technical\"}}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 33, "/conditions/0/rule/finding/fact",
     "a reviewer's finding must be a boolean fact; \"staff.technical\" is a number",
     "评审意见须为布尔值事实；\"staff.technical\"是数字"},
    {"sum over a boolean",
     ONE("{\">=\": [{\"sum\": [\"staff.technical\", \"system.located_in_china\"]}, 30]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 48, "/conditions/0/rule/>=/0/sum/1",
     "fact \"system.located_in_china\" is a boolean, not a number",
     "事实\"system.located_in_china\"是布尔值，不是数字"},
    {"in with an empty list", ONE("{\"in\": [{\"fact\": \"applicant.legal_person_type\"}, []]}"), MATERIALS_MINIMAL,
     EGCA_E_INVALID, "conditions.json", 4, 61, "/conditions/0/rule/in/1",
     "operator \"in\" needs a non-empty array of values",
     "运算符\"in\"需要非空的值数组"},
    {"unknown field of a condition",
     "{\"conditions\": [\n  {\"id\": \"c\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\", \"law\": 6}\n]}\n",
     MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 2, 78, "/conditions/0/law", "unknown field \"law\"", NULL},
    {"condition without a rule",
     "{\"conditions\": [\n  {\"id\": \"c\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\",\n"
     "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"x\", \"item_en\": \"x\"}}\n]}\n",
     MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 2, 3, "/conditions/0",
     "missing required field \"rule\"",
     "缺少必填字段\"rule\""},
    {"effective_from not a date",
     "{\"conditions\": [\n  {\"id\": \"c\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-31\"}\n]}\n",
     MATERIALS_MINIMAL, EGCA_E_INVALID, "conditions.json", 2, 64, "/conditions/0/effective_from", NULL, NULL},
    {"evidence of an unknown condition", NULL,
     "{\"notice\": {\"title\": \"n\", \"title_en\": \"n\", \"licence\": \"l\", \"licence_en\": \"l\", \"basis\": {\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}},\n"
     " \"materials\": [{\"id\": \"m\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\",\n"
     "                \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"x\", \"item_en\": \"x\"}, \"evidences\": [\"staff\", \"capital\"]}]}\n",
     EGCA_E_INVALID, "materials.json", 3, 115, "/materials/0/evidences/1", "unknown condition \"capital\"", "未知条件\"capital\""},
    {"sub-item twice", NULL,
     "{\"notice\": {\"title\": \"n\", \"title_en\": \"n\", \"licence\": \"l\", \"licence_en\": \"l\", \"basis\": {\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}},\n"
     " \"materials\": [{\"id\": \"m\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\",\n"
     "                \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"x\", \"item_en\": \"x\"}, \"evidences\": [],\n"
     "                \"sub_items\": [{\"id\": \"a\", \"title\": \"A\", \"title_en\": \"A\"}, {\"id\": \"a\", \"title\": \"B\", \"title_en\": \"B\"}]}]}\n",
     EGCA_E_INVALID, "materials.json", 4, 82, "/materials/0/sub_items/1/id", "id \"a\" is used twice", "id\"a\"重复使用"},
    {"material id twice", NULL,
     "{\"notice\": {\"title\": \"n\", \"title_en\": \"n\", \"licence\": \"l\", \"licence_en\": \"l\", \"basis\": {\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}},\n"
     " \"materials\": [\n"
     "  {\"id\": \"m\", \"title\": \"t\", \"title_en\": \"t\", \"effective_from\": \"2024-11-01\", \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": "
     "\"x\", \"item_en\": \"x\"}, \"evidences\": []},\n"
     "  {\"id\": \"m\", \"title\": \"u\", \"title_en\": \"u\", \"effective_from\": \"2024-11-01\", \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": "
     "\"y\", \"item_en\": \"y\"}, \"evidences\": []}]}\n",
     EGCA_E_INVALID, "materials.json", 4, 10, "/materials/1/id", "id \"m\" is used twice", "id\"m\"重复使用"},
    {"notice missing", NULL, "{\"materials\": []}\n", EGCA_E_INVALID, "materials.json", 1, 1, "/",
     "missing required field \"notice\"",
     "缺少必填字段\"notice\""},
};

/* The laws' English names of the shipped deadlines.json, which the citations of conditions.json and
 * materials.json are resolved through. */
static void shipped_laws(egca__laws *laws)
{
  size_t len;
  char *text = read_text(RULES_DIR "/deadlines.json", &len);
  egca__json_doc doc;
  egca_error err = {0};
  ck_assert_int_eq(egca__json_parse(&doc, text, len, "deadlines.json", &err), 0);
  ck_assert_int_eq(egca__laws_parse(laws, &doc, &err), 0);
  egca__json_doc_free(&doc);
  free(text);
}

START_TEST(rules_validation)
{
  const rules_case *t = &rules_cases[_i];
  char *shipped_conditions = NULL, *shipped_materials = NULL;
  const char *ctext = t->conditions, *mtext = t->materials;
  size_t clen, mlen;
  if (ctext == NULL)
    ctext = shipped_conditions = read_text(RULES_DIR "/conditions.json", &clen);
  else
    clen = strlen(ctext);
  if (mtext == NULL)
    mtext = shipped_materials = read_text(RULES_DIR "/materials.json", &mlen);
  else
    mlen = strlen(mtext);
  egca__json_doc cdoc, mdoc;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_msg(egca__json_parse(&cdoc, ctext, clen, "conditions.json", &err) == 0, "%s: %s", t->name, err.message);
  ck_assert_msg(egca__json_parse(&mdoc, mtext, mlen, "materials.json", &err) == 0, "%s: %s", t->name, err.message);
  egca_assess_rules *rules = (egca_assess_rules *)&err; /* must come back NULL */
  egca__laws laws;
  shipped_laws(&laws);
  int rc = egca__assess_rules_parse(&rules, &cdoc, &mdoc, &laws, &err);
  ck_assert_msg(rc == t->code, "%s: returned %d (%s)", t->name, rc, err.message);
  ck_assert_ptr_null(rules);
  ck_assert_str_eq(err.source, t->source);
  ck_assert_msg(err.line == t->line && err.column == t->column, "%s: at %d:%d, expected %d:%d", t->name, err.line,
                err.column, t->line, t->column);
  ck_assert_str_eq(err.pointer, t->pointer);
  if (t->message != NULL)
    ck_assert_str_eq(err.message, t->message);
  if (t->message_zh != NULL) {
    egca_error zh = {0};
    ck_assert_int_eq(egca__assess_rules_parse(&rules, &cdoc, &mdoc, &laws, &zh), t->code);
    ck_assert_str_eq(zh.pointer, t->pointer);
    ck_assert_str_eq(zh.message, t->message_zh);
  }
  egca__laws_free(&laws);
  egca__json_doc_free(&cdoc);
  egca__json_doc_free(&mdoc);
  free(shipped_conditions);
  free(shipped_materials);
}
END_TEST

START_TEST(shipped_rules_compile)
{
  size_t clen, mlen;
  char *ctext = read_text(RULES_DIR "/conditions.json", &clen);
  char *mtext = read_text(RULES_DIR "/materials.json", &mlen);
  egca__json_doc cdoc, mdoc;
  egca_error err = {0};
  ck_assert_int_eq(egca__json_parse(&cdoc, ctext, clen, "conditions.json", &err), 0);
  ck_assert_int_eq(egca__json_parse(&mdoc, mtext, mlen, "materials.json", &err), 0);
  egca_assess_rules *rules = NULL;
  egca__laws laws;
  shipped_laws(&laws);
  ck_assert_msg(egca__assess_rules_parse(&rules, &cdoc, &mdoc, &laws, &err) == 0, "%s:%d:%d: %s: %s", err.source, err.line,
                err.column, err.pointer, err.message);
  egca__laws_free(&laws);
  /* The compiled rules own their strings: the documents may go first. */
  egca__json_doc_free(&cdoc);
  egca__json_doc_free(&mdoc);
  free(ctext);
  free(mtext);
  egca__assess_rules_free(rules);
  egca__assess_rules_free(NULL);
}
END_TEST

/* --- Three-valued evaluation through a rule set of its own ----------------------------------------- */

static const char kleene_conditions[] =
    "{\"conditions\": [\n"
    "  {\"id\": \"any_of_two\", \"title\": \"any\", \"title_en\": \"any\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"1\", \"item_en\": \"1\"},\n"
    "   \"rule\": {\"any\": [{\"==\": [{\"fact\": \"system.located_in_china\"}, true]},\n"
    "                    {\"==\": [{\"fact\": \"system.conforms_to_national_standards\"}, true]}]}},\n"
    "  {\"id\": \"no_technical_count\", \"title\": \"not exists\", \"title_en\": \"not exists\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"2\", \"item_en\": \"2\"},\n"
    "   \"rule\": {\"not\": [{\"exists\": \"staff.technical\"}]}},\n"
    "  {\"id\": \"review_and_fact\", \"title\": \"finding and fact\", \"title_en\": \"finding and fact\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"3\", \"item_en\": \"3\"},\n"
    "   \"rule\": {\"all\": [{\"finding\": {\"fact\": \"funds.adequate\"}},\n"
    "                    {\"==\": [{\"fact\": \"system.located_in_china\"}, true]}]}},\n"
    "  {\"id\": \"small_sum\", \"title\": \"sum at most 10\", \"title_en\": \"sum at most 10\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"4\", \"item_en\": \"4\"},\n"
    "   \"rule\": {\"<=\": [{\"sum\": [\"staff.technical\", \"staff.customer_service\"]}, 10]}},\n"
    "  {\"id\": \"not_other\", \"title\": \"type is not other\", \"title_en\": \"type is not other\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"5\", \"item_en\": \"5\"},\n"
    "   \"rule\": {\"!=\": [{\"fact\": \"applicant.legal_person_type\"}, \"other\"]}},\n"
    "  {\"id\": \"area\", \"title\": \"area over 100\", \"title_en\": \"area over 100\", \"effective_from\": \"2024-11-01\",\n"
    "   \"basis\": [{\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}], \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"6\", \"item_en\": \"6\"},\n"
    "   \"rule\": {\">\": [{\"fact\": \"premises.area_m2\"}, 100.5]}}\n"
    "]}\n";

static const char kleene_materials[] =
    "{\"notice\": {\"title\": \"补正材料通知书\", \"title_en\": \"补正材料通知书\", \"licence\": \"某许可\", \"licence_en\": \"某许可\", \"basis\": {\"law\": \"中华人民共和国密码法\", \"article\": \"第一条\"}},\n"
    " \"materials\": [{\"id\": \"form\", \"title\": \"申请表\", \"title_en\": \"申请表\", \"effective_from\": \"2024-11-01\",\n"
    "                \"guide\": {\"section\": \"s\", \"section_en\": \"s\", \"item\": \"（一）\", \"item_en\": \"（一）\"}, \"evidences\": [\"any_of_two\"]}]}\n";

static egca_rules *kleene_rules;
static char kleene_dir[256];

static void kleene_setup(void)
{
  snprintf(kleene_dir, sizeof kleene_dir, "/tmp/egca-test-assess-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(kleene_dir));
  char path[512];
  char *deadlines = read_text(RULES_DIR "/deadlines.json", NULL);
  snprintf(path, sizeof path, "%s/deadlines.json", kleene_dir);
  write_text(path, deadlines);
  free(deadlines);
  snprintf(path, sizeof path, "%s/conditions.json", kleene_dir);
  write_text(path, kleene_conditions);
  snprintf(path, sizeof path, "%s/materials.json", kleene_dir);
  write_text(path, kleene_materials);
  char *readings = read_text(RULES_DIR "/readings.json", NULL);
  snprintf(path, sizeof path, "%s/readings.json", kleene_dir);
  write_text(path, readings);
  free(readings);
  egca_error err = {0};
  ck_assert_msg(egca_rules_load(&kleene_rules, kleene_dir, &err) == 0, "%s:%d:%d: %s: %s", err.source, err.line,
                err.column, err.pointer, err.message);
}

static void kleene_teardown(void)
{
  egca_rules_free(kleene_rules);
  kleene_rules = NULL;
  const char *names[] = {"deadlines.json", "conditions.json", "materials.json", "readings.json"};
  char path[512];
  for (size_t i = 0; i < 4; i++) {
    snprintf(path, sizeof path, "%s/%s", kleene_dir, names[i]);
    unlink(path);
  }
  rmdir(kleene_dir);
}

typedef struct kleene_case {
  const char *profile;
  egca_verdict verdicts[6];
  egca_eligibility eligible;
} kleene_case;

#define M EGCA_VERDICT_MET
#define N EGCA_VERDICT_NOT_MET
#define U EGCA_VERDICT_UNKNOWN
#define R EGCA_VERDICT_NEEDS_REVIEW

static const kleene_case kleene_cases[] = {
    /* Nothing known: any(U, U) = U; not(exists) = met; all(R, U) = U, the missing fact outranking the finding;
     * a sum of absent counts <= 10 is unknown; != over an absent fact is unknown. */
    {"{}", {U, M, U, U, U, U}, EGCA_ELIGIBLE_UNDETERMINED},
    /* any(T, U) = T; all(R, T) = R; 11 + absent <= 10 is false whatever the absent count is. */
    {"{\"system\": {\"located_in_china\": true}, \"staff\": {\"technical\": 11},"
     " \"applicant\": {\"legal_person_type\": \"other\"}, \"premises\": {\"area_m2\": 100.5}}",
     {M, N, R, N, N, N}, EGCA_ELIGIBLE_NO},
    /* any(F, U) = U; all(F, F) = F; 5 + absent <= 10 is undecided. */
    {"{\"system\": {\"located_in_china\": false}, \"staff\": {\"technical\": 5}, \"funds\": {\"adequate\": false},"
     " \"applicant\": {\"legal_person_type\": \"enterprise\"}, \"premises\": {\"area_m2\": 100.75}}",
     {U, N, N, U, M, M}, EGCA_ELIGIBLE_NO},
    /* any(F, F) = F; all(T, F) = F; 5 + 5 <= 10. */
    {"{\"system\": {\"located_in_china\": false, \"conforms_to_national_standards\": false},"
     " \"staff\": {\"technical\": 5, \"customer_service\": 5}, \"funds\": {\"adequate\": true}}",
     {N, N, N, M, U, U}, EGCA_ELIGIBLE_NO},
    /* All met but a sum with an absent addend that cannot yet reach its bound. */
    {"{\"system\": {\"located_in_china\": true, \"conforms_to_national_standards\": false},"
     " \"staff\": {\"customer_service\": 0}, \"funds\": {\"adequate\": true},"
     " \"applicant\": {\"legal_person_type\": \"public_institution\"}, \"premises\": {\"area_m2\": 1000}}",
     {M, M, M, U, M, M}, EGCA_ELIGIBLE_UNDETERMINED},
};

START_TEST(kleene)
{
  const kleene_case *t = &kleene_cases[_i];
  egca_profile *profile;
  egca_assessment *a;
  egca_error err = {0};
  ck_assert_int_eq(egca_profile_parse(&profile, t->profile, strlen(t->profile), "kleene", &err), 0);
  ck_assert_msg(egca_assess(&a, kleene_rules, profile, EGCA_LANG_ZH, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_assessment_condition_count(a), 6);
  for (size_t i = 0; i < 6; i++) {
    const egca_condition_result *c = egca_assessment_condition(a, i);
    ck_assert_msg(c->verdict == t->verdicts[i], "case %d, %s: %s, expected %s", _i, c->id,
                  egca_verdict_name(c->verdict), egca_verdict_name(t->verdicts[i]));
  }
  ck_assert_int_eq(egca_assessment_eligibility(a), t->eligible);
  /* No short-circuit: both leaves of any/all are always reported. */
  ck_assert_int_eq(egca_assessment_condition(a, 0)->reason_count, 2);
  ck_assert_int_eq(egca_assessment_condition(a, 2)->reason_count, 2);
  egca_assessment_free(a);
  egca_profile_free(profile);
}
END_TEST

/* A profile's counts read the number's text: 29.999999999999999999 staff is not 30 (a double rounds it to
 * 30, which would pass ">= 30"), 3e1 is; a \u0000 (which cJSON reads as the end of the string) is refused. A
 * byte order mark before the text is skipped, and positions count after it. */
START_TEST(profile_text_read_exactly)
{
  static const struct {
    const char *text;
    int rc, column;
    const char *pointer, *message;
  } bad[] = {
      {"{\"staff\": {\"technical\": 29.999999999999999999}}", EGCA_E_INVALID, 25, "/staff/technical",
       "29.999999999999999999 is not an integer"},
      {"\xEF\xBB\xBF{\"staff\": {\"technical\": 1e-400}}", EGCA_E_INVALID, 25, "/staff/technical",
       "1e-400 is not an integer"},
      {"{\"applicant\": {\"legal_person_type\": \"enterprise\\u0000 (an individual)\"}}", EGCA_E_PARSE, 48,
       "/applicant/legal_person_type", "\\u0000 in a string: egca's strings cannot hold a NUL character"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    egca_profile *profile = NULL;
    egca_error err = {.lang = EGCA_LANG_EN};
    ck_assert_int_eq(egca_profile_parse(&profile, bad[i].text, strlen(bad[i].text), "p.json", &err), bad[i].rc);
    ck_assert_ptr_null(profile);
    ck_assert_int_eq(err.line, 1);
    ck_assert_int_eq(err.column, bad[i].column);
    ck_assert_str_eq(err.pointer, bad[i].pointer);
    ck_assert_str_eq(err.message, bad[i].message);
  }
  const char *good = "\xEF\xBB\xBF{\"staff\": {\"technical\": 3e1}}";
  egca_profile *profile = NULL;
  ck_assert_int_eq(egca_profile_parse(&profile, good, strlen(good), NULL, NULL), 0);
  egca_profile_free(profile);
}
END_TEST

START_TEST(kleene_details)
{
  const char *text = "{\"staff\": {\"technical\": 11}, \"system\": {\"located_in_china\": false}}";
  egca_profile *profile;
  egca_assessment *a;
  egca_error err = {0};
  ck_assert_int_eq(egca_profile_parse(&profile, text, strlen(text), NULL, &err), 0);
  ck_assert_int_eq(egca_assess(&a, kleene_rules, profile, EGCA_LANG_ZH, &err), 0);
  /* any(F, U): the absent fact is listed, the present one is not. */
  const egca_condition_result *c = egca_assessment_condition(a, 0);
  ck_assert_int_eq(c->missing_fact_count, 1);
  ck_assert_str_eq(c->missing_facts[0], "system.conforms_to_national_standards");
  ck_assert_str_eq(c->reasons[0].value, "false");
  ck_assert_ptr_null(c->reasons[1].value);
  ck_assert_int_eq(c->reasons[1].result, EGCA_VERDICT_UNKNOWN);
  /* A sum decided despite an absent addend lists no missing fact but says it is partial. */
  c = egca_assessment_condition(a, 3);
  ck_assert_int_eq(c->verdict, EGCA_VERDICT_NOT_MET);
  ck_assert_int_eq(c->missing_fact_count, 0);
  ck_assert_int_eq(c->reasons[0].partial, 1);
  ck_assert_str_eq(c->reasons[0].value, "11");
  ck_assert_str_eq(c->reasons[0].threshold, "10");
  ck_assert_str_eq(c->reasons[0].op, "<=");
  ck_assert_int_eq(c->reasons[0].fact_count, 2);
  ck_assert_ptr_null(c->reasons[0].facts[1].value);
  /* The fractional threshold is written back exactly. */
  ck_assert_str_eq(egca_assessment_condition(a, 5)->reasons[0].threshold, "100.5");
  /* The only material is missing; it evidences any_of_two, which is not met, so no finding. */
  ck_assert_int_eq(egca_assessment_material_gap_count(a), 1);
  ck_assert_int_eq(egca_assessment_finding_count(a), 0);
  ck_assert_ptr_nonnull(strstr(egca_assessment_notice(a), "申请人："));
  egca_assessment_free(a);
  egca_profile_free(profile);
}
END_TEST

/* --- API contracts --------------------------------------------------------------------------------- */

START_TEST(free_null)
{
  egca_profile_free(NULL);
  egca_assessment_free(NULL);
  egca_assessment_string_free(NULL);
}
END_TEST

START_TEST(names)
{
  ck_assert_str_eq(egca_verdict_name(EGCA_VERDICT_MET), "met");
  ck_assert_str_eq(egca_verdict_name(EGCA_VERDICT_NOT_MET), "not_met");
  ck_assert_str_eq(egca_verdict_name(EGCA_VERDICT_UNKNOWN), "unknown");
  ck_assert_str_eq(egca_verdict_name(EGCA_VERDICT_NEEDS_REVIEW), "needs_review");
  ck_assert_ptr_null(egca_verdict_name((egca_verdict)9));
  ck_assert_str_eq(egca_eligibility_name(EGCA_ELIGIBLE_YES), "yes");
  ck_assert_str_eq(egca_eligibility_name(EGCA_ELIGIBLE_NO), "no");
  ck_assert_str_eq(egca_eligibility_name(EGCA_ELIGIBLE_UNDETERMINED), "undetermined");
  ck_assert_ptr_null(egca_eligibility_name((egca_eligibility)-1));
}
END_TEST

START_TEST(profile_parse_contracts)
{
  egca_profile *p = (egca_profile *)&p;
  egca_error err = {0};
  /* The buffer need not be NUL-terminated: only len bytes are read. */
  const char text[] = "{\"applicant\": {\"name\": \"甲\"}}GARBAGE";
  ck_assert_int_eq(egca_profile_parse(&p, text, strlen(text) - 7, "mem", &err), 0);
  ck_assert_str_eq(egca_profile_applicant_name(p), "甲");
  egca_profile_free(p);
  /* On failure *out is NULL and err names the default source. */
  p = (egca_profile *)&p;
  ck_assert_int_eq(egca_profile_parse(&p, "{\"x\": 1}", 8, NULL, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(p);
  ck_assert_str_eq(err.source, "<profile>");
  ck_assert_str_eq(err.pointer, "/x");
  /* NULL err is accepted. */
  ck_assert_int_eq(egca_profile_parse(&p, "[", 1, NULL, NULL), EGCA_E_PARSE);
  ck_assert_int_eq(egca_profile_load(&p, PROFILES_DIR "/no-such-case/profile.json", &err), EGCA_E_IO);
  ck_assert_ptr_null(p);
  ck_assert_int_eq(egca_profile_parse(&p, "{}", 2, NULL, NULL), 0);
  ck_assert_ptr_null(egca_profile_applicant_name(p));
  egca_assessment *a = (egca_assessment *)&a;
  ck_assert_int_eq(egca_assess(&a, NULL, p, EGCA_LANG_ZH, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(a);
  egca_profile_free(p);
}
END_TEST

START_TEST(getters_and_outputs)
{
  egca_rules *rules;
  egca_profile *p;
  egca_assessment *a;
  egca_error err = {0};
  ck_assert_int_eq(egca_rules_default(&rules, &err), 0);
  ck_assert_int_eq(egca_profile_load(&p, EGCA_SOURCE_DIR "/examples/application.json", &err), 0);
  ck_assert_int_eq(egca_assess(&a, rules, p, EGCA_LANG_ZH, &err), 0);
  /* The assessment owns what it returns: the profile may go first. */
  egca_profile_free(p);
  ck_assert_int_eq(egca_assessment_condition_count(a), 7);
  ck_assert_ptr_null(egca_assessment_condition(a, 7));
  ck_assert_ptr_null(egca_assessment_material_gap(a, 1));
  ck_assert_ptr_null(egca_assessment_finding(a, 1));
  const egca_material_gap *gap = egca_assessment_material_gap(a, 0);
  ck_assert_str_eq(gap->id, "system_technical");
  ck_assert_str_eq(gap->item, "（五）");
  ck_assert_int_eq(gap->whole, 0);
  ck_assert_int_eq(gap->sub_item_count, 1);
  ck_assert_str_eq(gap->sub_items[0].id, "system_technical.conformity_self_assessment");
  const egca_finding *f = egca_assessment_finding(a, 0);
  ck_assert_str_eq(f->id, "material_missing");
  ck_assert_str_eq(f->condition, "system");
  ck_assert_str_eq(f->material, "system_technical");
  const egca_condition_result *staff = egca_assessment_condition(a, 4);
  ck_assert_str_eq(staff->id, "staff");
  ck_assert_int_eq(staff->basis_count, 4);
  ck_assert_str_eq(staff->basis[2], "中华人民共和国民法典 第一千二百五十九条");
  ck_assert_str_eq(staff->reasons[0].text,
                   "专业人员合计为 40，要求 ≥ 30：满足（专业技术人员 18，运营管理人员 6，安全管理人员 5，"
                   "客户服务人员 8，其他专业人员 3）");
  char *text;
  ck_assert_int_eq(egca_assessment_to_text(&text, a, &err), 0);
  ck_assert_ptr_nonnull(strstr(text, "一、许可条件：符合全部许可条件\n"));
  ck_assert_ptr_nonnull(strstr(text, "二、申请材料：不齐全，1 项需要补正\n"));
  ck_assert_ptr_nonnull(strstr(text, "四、补正材料通知书（草稿）\n"));
  egca_assessment_string_free(text);
  char *json;
  ck_assert_int_eq(egca_assessment_to_json(&json, a, &err), 0);
  ck_assert_int_eq(strncmp(json, "{\n  \"eligible\": \"yes\",\n", 23), 0);
  ck_assert_int_eq(json[strlen(json) - 1], '\n');
  egca_assessment_string_free(json);
  egca_assessment_free(a);
  egca_rules_free(rules);
}
END_TEST

/* Strings from a profile reach the JSON escaped as all of the library's JSON is (RFC 8259 section 7): \" \\ \n
 * \t \r, any other control character as \u00XX in lower case, DEL and non-ASCII text as they are; parsed back,
 * the JSON gives the profile's string. The applicant's name shows in the draft notice (no materials are
 * listed), its legal person type as the value of the first condition's leaf and in that leaf's text. */
START_TEST(outputs_escape_strings)
{
  static const char profile[] = "{\"applicant\": {\"name\": \"q\\\"b\\\\s\\n\\t\\r\\u0001\\u001f\\u007f示\","
                                "\"legal_person_type\": \"q\\\"b\\\\s\\n\\t\\r\\u0001\\u001f\\u007f示\"}}";
  static const char plain[] = "q\"b\\s\n\t\r\x01\x1f\x7f" "示";
  static const char escaped[] = "q\\\"b\\\\s\\n\\t\\r\\u0001\\u001f\x7f" "示";
  egca_rules *rules;
  egca_profile *p;
  egca_assessment *a;
  egca_error err = {0};
  ck_assert_int_eq(egca_rules_default(&rules, &err), 0);
  ck_assert_msg(egca_profile_parse(&p, profile, strlen(profile), "profile.json", &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_assess(&a, rules, p, EGCA_LANG_ZH, &err), 0);
  char *json;
  ck_assert_int_eq(egca_assessment_to_json(&json, a, &err), 0);
  char want[256];
  snprintf(want, sizeof want, "\"value\": \"%s\",", escaped);
  ck_assert_msg(strstr(json, want) != NULL, "no %s in the JSON", want);
  snprintf(want, sizeof want, "法人类型（applicant.legal_person_type）为 %s，要求属于 ", escaped);
  ck_assert_msg(strstr(json, want) != NULL, "no %s in the JSON", want);
  snprintf(want, sizeof want, "\\n\\n%s：\\n\\n", escaped);
  ck_assert_msg(strstr(json, want) != NULL, "no %s in the JSON", want);
  cJSON *root = cJSON_Parse(json);
  ck_assert_ptr_nonnull(root);
  const cJSON *conditions = cJSON_GetObjectItemCaseSensitive(root, "conditions");
  const cJSON *reasons = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(conditions, 0), "reasons");
  const cJSON *reason = cJSON_GetArrayItem(reasons, 0);
  const cJSON *value = cJSON_GetObjectItemCaseSensitive(reason, "value");
  ck_assert_ptr_nonnull(value);
  ck_assert_str_eq(cJSON_GetStringValue(value), plain);
  const char *notice = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root, "notice"));
  ck_assert_ptr_nonnull(notice);
  snprintf(want, sizeof want, "\n\n%s：\n\n", plain);
  ck_assert_ptr_nonnull(strstr(notice, want));
  cJSON_Delete(root);
  egca_assessment_string_free(json);
  egca_assessment_free(a);
  egca_profile_free(p);
  egca_rules_free(rules);
}
END_TEST

/* Loading the rules from the source tree gives what the embedded copy gives. */
START_TEST(loaded_rules_match_embedded)
{
  egca_rules *embedded, *loaded;
  egca_profile *p;
  egca_assessment *a, *b;
  egca_error err = {0};
  ck_assert_int_eq(egca_rules_default(&embedded, &err), 0);
  ck_assert_msg(egca_rules_load(&loaded, RULES_DIR, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_profile_load(&p, PROFILES_DIR "/empty/profile.json", &err), 0);
  ck_assert_int_eq(egca_assess(&a, embedded, p, EGCA_LANG_ZH, &err), 0);
  ck_assert_int_eq(egca_assess(&b, loaded, p, EGCA_LANG_ZH, &err), 0);
  char *ja, *jb;
  ck_assert_int_eq(egca_assessment_to_json(&ja, a, &err), 0);
  ck_assert_int_eq(egca_assessment_to_json(&jb, b, &err), 0);
  ck_assert_str_eq(ja, jb);
  egca_assessment_string_free(ja);
  egca_assessment_string_free(jb);
  egca_assessment_free(a);
  egca_assessment_free(b);
  egca_profile_free(p);
  egca_rules_free(embedded);
  egca_rules_free(loaded);
}
END_TEST

static Suite *assess_suite(void)
{
  Suite *s = suite_create("assess");
  TCase *golden = tcase_create("golden");
  tcase_add_test(golden, every_case_has_expectations);
  tcase_add_loop_test(golden, golden_case, 0, case_count);
  suite_add_tcase(s, golden);
  TCase *validation = tcase_create("validation");
  tcase_add_test(validation, shipped_rules_compile);
  tcase_add_loop_test(validation, rules_validation, 0, (int)(sizeof rules_cases / sizeof rules_cases[0]));
  suite_add_tcase(s, validation);
  TCase *logic = tcase_create("kleene");
  tcase_add_checked_fixture(logic, kleene_setup, kleene_teardown);
  tcase_add_loop_test(logic, kleene, 0, (int)(sizeof kleene_cases / sizeof kleene_cases[0]));
  tcase_add_test(logic, kleene_details);
  tcase_add_test(logic, profile_text_read_exactly);
  suite_add_tcase(s, logic);
  TCase *api = tcase_create("api");
  tcase_add_test(api, free_null);
  tcase_add_test(api, names);
  tcase_add_test(api, profile_parse_contracts);
  tcase_add_test(api, getters_and_outputs);
  tcase_add_test(api, outputs_escape_strings);
  tcase_add_test(api, loaded_rules_match_embedded);
  suite_add_tcase(s, api);
  return s;
}

int main(void)
{
  collect_cases();
  SRunner *runner = srunner_create(assess_suite());
  srunner_run_all(runner, CK_NORMAL);
  int failed = srunner_ntests_failed(runner);
  srunner_free(runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
