/* Unit tests: the strict JSON reader (src/json.c). A clean text is read by yajl into a reader's scratch
 * memory as cJSON's node structure; every other part of the library reads that tree, so it must be the tree
 * cJSON_Parse makes, node for node. Each document here is parsed both ways and the trees compared: type,
 * names, strings, numbers (bit for bit), and the links (cJSON makes a first child's prev its last child). */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "json_writer.h"

static void same_tree(const cJSON *a, const cJSON *b, const char *where)
{
  ck_assert_msg(a->type == b->type, "%s: type %d, cJSON's %d", where, a->type, b->type);
  ck_assert_msg((a->string == NULL) == (b->string == NULL), "%s: name", where);
  if (a->string != NULL)
    ck_assert_msg(strcmp(a->string, b->string) == 0, "%s: name \"%s\", cJSON's \"%s\"", where, a->string, b->string);
  ck_assert_msg((a->valuestring == NULL) == (b->valuestring == NULL), "%s: valuestring", where);
  if (a->valuestring != NULL)
    ck_assert_msg(strcmp(a->valuestring, b->valuestring) == 0, "%s: \"%s\", cJSON's \"%s\"", where, a->valuestring,
                  b->valuestring);
  ck_assert_msg(a->valueint == b->valueint, "%s: valueint %d, cJSON's %d", where, a->valueint, b->valueint);
  ck_assert_msg(memcmp(&a->valuedouble, &b->valuedouble, sizeof(double)) == 0, "%s: %.17g, cJSON's %.17g", where,
                a->valuedouble, b->valuedouble);
  ck_assert_msg((a->child == NULL) == (b->child == NULL), "%s: children", where);
  const cJSON *x = a->child, *y = b->child;
  for (; x != NULL && y != NULL; x = x->next, y = y->next) {
    ck_assert_msg((x->prev == NULL) == (y->prev == NULL), "%s: prev link", where);
    if (x == a->child)
      ck_assert_msg(x->prev != NULL && x->prev->next == NULL, "%s: the first child's prev is not the last", where);
    else
      ck_assert_msg(x->prev->next == x, "%s: prev link", where);
    same_tree(x, y, where);
  }
  ck_assert_msg(x == NULL && y == NULL, "%s: a different number of children", where);
}

/* Parses text both ways; returns whether the scratch (yajl) read it. */
static int check_text(const char *text, size_t len, const char *where, egca__json_scratch *scratch)
{
  egca__json_doc doc;
  egca_error err = {0};
  int rc = egca__json_parse_in(&doc, text, len, where, scratch, &err);
  cJSON *ref = cJSON_ParseWithLengthOpts(text, len + 1, NULL, 1);
  int by_yajl = 0;
  if (rc == 0) {
    ck_assert_msg(ref != NULL, "%s: egca read a text cJSON refuses", where);
    same_tree(doc.root, ref, where);
    by_yajl = doc.scratch != NULL;
    egca__json_doc_free(&doc);
  }
  cJSON_Delete(ref);
  return by_yajl;
}

static const char *const clean[] = {
    "{}", "[]", "0", "-0", "\"\"", "true", "false", "null", "\xEF\xBB\xBF{\"a\":1}", " \t\r\n[ 1 , 2 ]\n",
    "{\"a\":{\"b\":[1,[2,[3,{}]],{\"c\":null}],\"d\":true},\"e\":false}",
    "{\"a\":1,\"a\":2}", /* a duplicate: read, then refused by the check below the reader */
    "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\",\"\\u00e9\\u4e2d\\uD83D\\uDE00\",\"x\\u0041y\"]",
    "{\"k\\u00e9y\\n\":\"v\"}",
    "[1.5,-2.25e3,3E-2,1e999,-1e999,1e-400,29.999999999999999999,9007199254740993,2147483647,2147483648,-2147483648,"
    "-2147483649,0.1,123456789012345678901234567890]",
    /* 63 bytes: the longest number cJSON reads whole */
    "[123456789012345678901234567890123456789012345678901234567890123]",
    "[\"中文\",\"日本語\",{\"電子\":\"認証\"}]",
};

START_TEST(trees_as_cjson_makes_them)
{
  egca__json_scratch *scratch = egca__json_scratch_new();
  ck_assert_ptr_nonnull(scratch);
  for (size_t i = 0; i < sizeof clean / sizeof *clean; i++) {
    char where[32];
    snprintf(where, sizeof where, "clean[%zu]", i);
    /* Each text twice: with the reused scratch and with one of the document's own. */
    int by_yajl = check_text(clean[i], strlen(clean[i]), where, scratch);
    check_text(clean[i], strlen(clean[i]), where, NULL);
    if (i != 11) /* the duplicate key is refused after reading */
      ck_assert_msg(by_yajl, "%s: not read into the scratch", where);
  }
  egca__json_scratch_free(scratch);
}
END_TEST

/* Texts yajl must leave to cJSON, so that the message is cJSON's reading's: each is refused with it. */
START_TEST(texts_left_to_cjson)
{
  egca__json_doc doc;
  egca_error err = {.lang = EGCA_LANG_EN};
  /* A number of 64 bytes or more (beyond cJSON's buffer of 63): cJSON reads it. */
  const char *long_number = "[1234567890123456789012345678901234567890123456789012345678901234]";
  ck_assert_int_eq(check_text(long_number, strlen(long_number), "64-byte number", NULL), 0);
  ck_assert_int_eq(egca__json_parse(&doc, long_number, strlen(long_number), "t", &err), 0);
  ck_assert(doc.root->child->valuedouble == 1234567890123456789012345678901234567890123456789012345678901234.0);
  egca__json_doc_free(&doc);
  /* Nesting: cJSON opens at most CJSON_NESTING_LIMIT (1000) arrays; the 1001st '[' is at column 1001. */
  char deep[2100];
  memset(deep, '[', 1001);
  memset(deep + 1001, ']', 1001);
  deep[2002] = '\0';
  ck_assert_int_eq(egca__json_parse(&doc, deep, 2002, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "arrays and objects nested more than 1000 deep");
  ck_assert_int_eq(err.column, 1001);
  /* 1000 deep is read, and by yajl. */
  deep[2001] = '\0';
  ck_assert_int_eq(check_text(deep + 1, 2000, "1000 deep", NULL), 1);
  /* A trailing comma: cJSON stops at the ']' (column 4). */
  ck_assert_int_eq(egca__json_parse(&doc, "[1,]", 4, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "JSON syntax error");
  ck_assert_int_eq(err.column, 4);
  /* A raw tab inside a string is the scan's fault (a plain text in every other way). */
  ck_assert_int_eq(egca__json_parse(&doc, "{\"a\":\"x\ty\"}", 11, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "control character U+0009 in a string: write it escaped (\\u0009)");
  ck_assert_str_eq(err.pointer, "/a");
  /* The same after two-byte escapes, which leave a text plain: the raw tab is still found. */
  ck_assert_int_eq(egca__json_parse(&doc, "{\"a\":\"\\\"x\\\\\ty\"}", 15, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "control character U+0009 in a string: write it escaped (\\u0009)");
  ck_assert_str_eq(err.pointer, "/a");
  ck_assert_int_eq(err.column, 12);
  /* Numbers RFC 8259 does not write, in an otherwise plain text. */
  ck_assert_int_eq(egca__json_parse(&doc, "[01]", 4, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "01 is not a JSON number (RFC 8259 section 6)");
  ck_assert_int_eq(egca__json_parse(&doc, "[1.]", 4, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "1. is not a JSON number (RFC 8259 section 6)");
  /* A string left open after the value (yajl 2.1.0 takes it as an unfinished token). */
  const char *const open_after[] = {"{\"a\":1} \"x}", "[1]\"", "\"\"\"abc", "1 \"x", "true \"", "{}\n\"\n"};
  for (size_t i = 0; i < sizeof open_after / sizeof *open_after; i++) {
    ck_assert_int_eq(egca__json_parse(&doc, open_after[i], strlen(open_after[i]), "t", &err), EGCA_E_PARSE);
    ck_assert_msg(strcmp(err.message, "JSON syntax error") == 0 || strcmp(err.message, "unexpected end of JSON text") == 0,
                  "%s: %s", open_after[i], err.message);
  }
  /* Two values. */
  ck_assert_int_eq(egca__json_parse(&doc, "1 2", 3, "t", &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "JSON syntax error");
  ck_assert_int_eq(err.column, 3);
}
END_TEST

/* A text refused by the reader: the same place in both languages, the message in each. len 0: strlen(text). */
static void refused(const char *text, size_t len, int code, const char *en, const char *zh, int line, int column)
{
  const char *want[2] = {zh, en};
  if (len == 0)
    len = strlen(text);
  for (int lang = EGCA_LANG_ZH; lang <= EGCA_LANG_EN; lang++) {
    egca__json_doc doc;
    egca_error err = {.lang = (egca_lang)lang};
    ck_assert_int_eq(egca__json_parse(&doc, text, len, "t.json", &err), code);
    ck_assert_ptr_null(doc.root);
    ck_assert_str_eq(err.message, want[lang]);
    ck_assert_str_eq(err.source, "t.json");
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.column, column);
  }
}

START_TEST(reader_messages_in_both_languages)
{
  refused("{\"a\":1,\"a\":2}", 0, EGCA_E_INVALID, "duplicate key \"a\"", "重复的键\"a\"", 1, 8);
  /* The trailing comma: cJSON stops at the '}' on line 3. */
  refused("{\n  \"a\": 1,\n}", 0, EGCA_E_PARSE, "JSON syntax error", "JSON语法错误", 3, 1);
  refused("[1,", 0, EGCA_E_PARSE, "unexpected end of JSON text", "JSON文本意外结束", 1, 4);
  refused(" \n", 0, EGCA_E_PARSE, "empty document: expected a JSON value", "文档为空：应为一个JSON值", 2, 1);
  refused("[\"\xff\"]", 0, EGCA_E_PARSE, "invalid UTF-8 (byte 0xFF)", "无效的UTF-8（字节0xFF）", 1, 3);
  refused("[1,\0]", 5, EGCA_E_PARSE, "NUL byte in JSON text", "JSON文本中有NUL字节", 1, 4);
  refused("[\"a\\u0000\"]", 0, EGCA_E_PARSE, "\\u0000 in a string: egca's strings cannot hold a NUL character",
          "字符串中有\\u0000：egca的字符串不能含NUL字符", 1, 4);
  refused("[\"\\q\"]", 0, EGCA_E_PARSE,
          "invalid escape \\q: a string allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (RFC 8259 section 7)",
          "无效的转义\\q：字符串只允许\\\" \\\\ \\/ \\b \\f \\n \\r \\t和\\uXXXX（RFC 8259第7节）", 1, 3);
  refused("[\"\\uDC00\"]", 0, EGCA_E_PARSE,
          "\\uDC00 is a low surrogate without a high one before it (RFC 8259 section 8.2)",
          "\\uDC00是低位代理项，其前没有高位代理项（RFC 8259第8.2节）", 1, 3);
  refused("[1,\f2]", 0, EGCA_E_PARSE,
          "control character U+000C outside a string: JSON allows only space, tab, line feed and carriage return "
          "between tokens (RFC 8259 section 2)",
          "字符串外有控制字符U+000C：JSON的记号之间只允许空格、制表符、换行符和回车符（RFC 8259第2节）", 1, 4);
  refused("[-01]", 0, EGCA_E_PARSE, "-01 is not a JSON number (RFC 8259 section 6)",
          "-01不是JSON数字（RFC 8259第6节）", 1, 2);
  /* Escapes that yajl takes but egca refuses, after two-byte escapes (read in pairs: \\\\ then \\u0000). */
  refused("[\"\\\\\\u0000\"]", 0, EGCA_E_PARSE, "\\u0000 in a string: egca's strings cannot hold a NUL character",
          "字符串中有\\u0000：egca的字符串不能含NUL字符", 1, 5);
  refused("[\"\\\"\\n\\uDC00\"]", 0, EGCA_E_PARSE,
          "\\uDC00 is a low surrogate without a high one before it (RFC 8259 section 8.2)",
          "\\uDC00是低位代理项，其前没有高位代理项（RFC 8259第8.2节）", 1, 7);
  refused("[\"\\/\\q\"]", 0, EGCA_E_PARSE,
          "invalid escape \\q: a string allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (RFC 8259 section 7)",
          "无效的转义\\q：字符串只允许\\\" \\\\ \\/ \\b \\f \\n \\r \\t和\\uXXXX（RFC 8259第7节）", 1, 5);
  /* Three-byte UTF-8: an overlong form, a surrogate, a character cut short (after a good one). */
  refused("[\"\xE4\xB8\xAD\xE0\x80\x80\"]", 0, EGCA_E_PARSE, "invalid UTF-8 (byte 0xE0)", "无效的UTF-8（字节0xE0）", 1, 4);
  refused("[\"\xE4\xB8\xAD\xED\xA0\x80\"]", 0, EGCA_E_PARSE, "invalid UTF-8 (byte 0xED)", "无效的UTF-8（字节0xED）", 1, 4);
  refused("[\"\xE4\xB8\xAD\xE4\xB8\"]", 0, EGCA_E_PARSE, "invalid UTF-8 (byte 0xE4)", "无效的UTF-8（字节0xE4）", 1, 4);
  /* A NUL byte is named before invalid UTF-8 earlier in the text. */
  refused("[\"\xff\",\"a\0\"]", 10, EGCA_E_PARSE, "NUL byte in JSON text", "JSON文本中有NUL字节", 1, 8);
}
END_TEST

/* A repeated member name, refused whichever way it is found: noted while yajl reads the tree (an object of up
 * to 32 members) or by the check of the whole tree (a larger one); the message names the first object in
 * document order that has one, and the second occurrence's line:column (counted by hand). */
static void duplicate(const char *text, const char *key, const char *pointer, int column)
{
  egca__json_doc doc;
  egca_error err = {.lang = EGCA_LANG_EN};
  char want[64];
  snprintf(want, sizeof want, "duplicate key \"%s\"", key);
  ck_assert_int_eq(egca__json_parse(&doc, text, strlen(text), "t", &err), EGCA_E_INVALID);
  ck_assert_ptr_null(doc.root);
  ck_assert_str_eq(err.message, want);
  ck_assert_str_eq(err.pointer, pointer);
  ck_assert_int_eq(err.line, 1);
  ck_assert_int_eq(err.column, column);
}

START_TEST(duplicate_keys_however_found)
{
  /* The outer object comes first in document order, though its repeat is read after the inner one's. */
  duplicate("{\"a\":{\"x\":1,\"x\":2},\"a\":3}", "a", "/a", 20);
  duplicate("[{\"a\":1},{\"b\":1,\"b\":2}]", "b", "/1/b", 17);
  duplicate("{\"a\":[{\"a\":1}],\"b\":{\"c\":{\"d\":1,\"d\":2}}}", "d", "/b/c/d", 32);
  /* 20 members, the last one repeating the 18th (compared while read): "{" and 19 members, 1 + 7 x 10 + 9 x 9
   * = 152 bytes, before it. */
  char large[256] = "{";
  for (int k = 0; k < 19; k++)
    snprintf(large + strlen(large), sizeof large - strlen(large), "\"k%d\":%d,", k, k);
  ck_assert_int_eq((int)strlen(large), 152);
  snprintf(large + strlen(large), sizeof large - strlen(large), "\"k17\":19}");
  duplicate(large, "k17", "/k17", 153);
  /* 20 members, all different: read. */
  large[strlen(large) - 9] = '\0'; /* "k17":19} */
  snprintf(large + strlen(large), sizeof large - strlen(large), "\"k19\":19}");
  egca__json_doc doc;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca__json_parse(&doc, large, strlen(large), "t", &err), 0);
  ck_assert_int_eq(cJSON_GetArraySize(doc.root), 20);
  egca__json_doc_free(&doc);
  /* 40 members, the last one repeating the 35th (beyond the 32 that tree_key compares, so found by the sorted
   * check): "{" and 39 members, 1 + 7 x 10 + 9 x 29 = 332 bytes, before it. */
  char larger[512] = "{";
  for (int k = 0; k < 39; k++)
    snprintf(larger + strlen(larger), sizeof larger - strlen(larger), "\"k%d\":%d,", k, k);
  ck_assert_int_eq((int)strlen(larger), 332);
  snprintf(larger + strlen(larger), sizeof larger - strlen(larger), "\"k34\":39}");
  duplicate(larger, "k34", "/k34", 333);
}
END_TEST

/* The typed reading of members: each refusal names the member's JSON pointer and line:column, in the
 * caller's language. Lines and columns counted by hand in the text below (columns from 1, in bytes). */
START_TEST(member_messages_in_both_languages)
{
  static const char text[] = "{\n"                                /* 1 */
                             "  \"a\": \"x\",\n"                     /* 2: the value at column 8 */
                             "  \"n\": 12.5,\n"                      /* 3 */
                             "  \"big\": 1e999,\n"                   /* 4: the value at column 10 */
                             "  \"i\": 29.999999999999999999,\n"     /* 5 */
                             "  \"d\": \"2025-13-01\",\n"              /* 6 */
                             "  \"o\": [1],\n"                       /* 7 */
                             "  \"m\": 500,\n"                       /* 8 */
                             "  \"b\": \"yes\"\n"                      /* 9: the name at column 3 */
                             "}\n";
  static const char *const allowed[] = {"a", "n", "big", "i", "d", "o", "m", NULL};
  for (int lang = EGCA_LANG_ZH; lang <= EGCA_LANG_EN; lang++) {
    const int en = lang == EGCA_LANG_EN;
    egca__json_doc doc;
    egca_error err = {.lang = (egca_lang)lang};
    ck_assert_int_eq(egca__json_parse(&doc, text, strlen(text), "m.json", &err), 0);
    const cJSON *root = doc.root;
    long l;
    double x;
    int b;
    const char *str;
    egca_date date;
#define EXPECT(call, en_text, zh_text, ptr, ln, col)                                                                \
  do {                                                                                                            \
    ck_assert_int_lt(call, 0);                                                                                    \
    ck_assert_str_eq(err.message, en ? en_text : zh_text);                                                        \
    ck_assert_str_eq(err.pointer, ptr);                                                                           \
    ck_assert_int_eq(err.line, ln);                                                                               \
    ck_assert_int_eq(err.column, col);                                                                            \
    ck_assert_str_eq(err.source, "m.json");                                                                       \
  } while (0)
    EXPECT(egca__json_check_keys(&doc, root, "", allowed, &err), "unknown field \"b\"", "未知字段\"b\"", "/b", 9, 3);
    EXPECT(egca__json_get_string(&str, &doc, root, "", "z", 1, &err), "missing required field \"z\"",
           "缺少必填字段\"z\"", "/", 1, 1);
    EXPECT(egca__json_get_int(&l, &doc, root, "", "a", 0, 100, 1, &err), "expected an integer, found a string",
           "应为整数，实际为字符串", "/a", 2, 8);
    EXPECT(egca__json_get_int(&l, &doc, root, "", "n", 0, 100, 1, &err), "12.5 is not an integer", "12.5不是整数", "/n",
           3, 8);
    EXPECT(egca__json_get_int(&l, &doc, root, "", "big", 0, 100, 1, &err),
           "1e999 is not a finite number (too large for a double)", "1e999不是有限数（超出双精度浮点数的范围）", "/big", 4,
           10);
    /* A double reads 29.999999999999999999 as 30: the text is what is refused. */
    EXPECT(egca__json_get_int(&l, &doc, root, "", "i", 0, 100, 1, &err), "29.999999999999999999 is not an integer",
           "29.999999999999999999不是整数", "/i", 5, 8);
    EXPECT(egca__json_get_int(&l, &doc, root, "", "m", 0, 100, 1, &err), "500 is out of range (0..100)",
           "500超出范围（0..100）", "/m", 8, 8);
    EXPECT(egca__json_get_number(&x, &doc, root, "", "m", 0, 99.5, 1, &err), "500 is out of range (0..99.5)",
           "500超出范围（0..99.5）", "/m", 8, 8);
    EXPECT(egca__json_get_date(&date, &doc, root, "", "d", 1, &err), "\"2025-13-01\": no month 13",
           "\"2025-13-01\"：没有13月", "/d", 6, 8);
    EXPECT(egca__json_get_date(&date, &doc, root, "", "n", 1, &err), "expected a date string YYYY-MM-DD, found a number",
           "应为日期字符串YYYY-MM-DD，实际为数字", "/n", 3, 8);
    EXPECT(egca__json_get_bool(&b, &doc, root, "", "a", 1, &err), "expected true or false, found a string",
           "应为true或false，实际为字符串", "/a", 2, 8);
    EXPECT(egca__json_get_string(&str, &doc, root, "", "o", 1, &err), "expected a string, found an array",
           "应为字符串，实际为数组", "/o", 7, 8);
    EXPECT(egca__json_expect_object(&doc, egca__json_member(root, "o"), "/o", &err), "expected an object, found an array",
           "应为对象，实际为数组", "/o", 7, 8);
    EXPECT(egca__json_expect_array(&doc, egca__json_member(root, "m"), "/m", &err), "expected an array, found a number",
           "应为数组，实际为数字", "/m", 8, 8);
#undef EXPECT
    egca__json_doc_free(&doc);
  }
  /* The type names other loaders put into their messages. */
  cJSON *v = cJSON_CreateNull();
  ck_assert_str_eq(egca__json_type_name_in(v, EGCA_LANG_ZH), "null");
  cJSON_Delete(v);
  v = cJSON_CreateObject();
  ck_assert_str_eq(egca__json_type_name_in(v, EGCA_LANG_ZH), "对象");
  ck_assert_str_eq(egca__json_type_name_in(v, EGCA_LANG_EN), "an object");
  ck_assert_str_eq(egca__json_type_name(v), "an object");
  cJSON_Delete(v);
}
END_TEST

/* Every JSON file the tests and examples hold, good and bad, read both ways with one scratch reused. */
static size_t check_dir(const char *dir, egca__json_scratch *scratch)
{
  DIR *d = opendir(dir);
  if (d == NULL)
    return 0;
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    n += check_dir(path, scratch);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
      continue;
    char *text = malloc(1 << 20);
    ck_assert_ptr_nonnull(text);
    size_t len = fread(text, 1, (1 << 20) - 1, f);
    fclose(f);
    text[len] = '\0';
    if (len > 0 && (text[0] == '{' || text[0] == '[' || strstr(e->d_name, ".json") != NULL)) {
      check_text(text, len, path, scratch);
      n++;
    }
    free(text);
  }
  closedir(d);
  return n;
}

START_TEST(every_json_file_of_the_tests)
{
  egca__json_scratch *scratch = egca__json_scratch_new();
  size_t n = 0;
  const char *dirs[] = {"/tests/data", "/examples", "/rules", "/tests/fuzz/corpus", "/tests/fuzz/regressions"};
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
    char dir[512];
    snprintf(dir, sizeof dir, "%s%s", EGCA_SOURCE_DIR, dirs[i]);
    n += check_dir(dir, scratch);
  }
  ck_assert_uint_gt(n, 100);
  egca__json_scratch_free(scratch);
}
END_TEST

/* The one JSON writer (src/json_writer.h): the same document written pretty and compact, against texts
 * written out here by hand — two spaces a level, one member or element a line, "key": value, empty
 * containers as {} and [], a final new line when pretty; no white space at all when compact; strings
 * escaped as RFC 8259 section 7 requires (\" \\ and control characters; \n \r \t short, the others \u00XX;
 * UTF-8 as it is), dates as "YYYY-MM-DD", EGCA_DATE_NONE and NULL strings as null. Then the document is
 * read back by the library's strict reader. */
static void write_document(egca__jw *w)
{
  egca_date d;
  egca_error err = {0};
  ck_assert_int_eq(egca_date_parse(&d, "2026-03-20", &err), 0);
  egca__jw_open(w, '{');
  EGCA__JW_KEY(w, "id");
  egca__jw_name(w, "acceptance");
  EGCA__JW_KEY(w, "title");
  egca__jw_string(w, "受理\t\"甲\"\\乙\n\x01");
  EGCA__JW_KEY(w, "due");
  egca__jw_date(w, d);
  EGCA__JW_KEY(w, "met_on");
  egca__jw_date(w, EGCA_DATE_NONE);
  EGCA__JW_KEY(w, "days_left");
  egca__jw_int(w, -12);
  EGCA__JW_KEY(w, "empty");
  egca__jw_open(w, '[');
  egca__jw_close(w, ']');
  egca__jw_key(w, "a \"key\"");
  egca__jw_open(w, '[');
  egca__jw_element(w);
  egca__jw_bool(w, 1);
  egca__jw_element(w);
  egca__jw_open(w, '{');
  egca__jw_close(w, '}');
  egca__jw_element(w);
  egca__jw_string(w, NULL);
  egca__jw_close(w, ']');
  EGCA__JW_KEY(w, "basis");
  egca__jw_raw(w, "[\"a\", \"b\"]");
  egca__jw_close(w, '}');
  egca__jw_end(w);
}

START_TEST(the_writer_pretty_and_compact)
{
  static const char pretty[] = "{\n"
                               "  \"id\": \"acceptance\",\n"
                               "  \"title\": \"受理\\t\\\"甲\\\"\\\\乙\\n\\u0001\",\n"
                               "  \"due\": \"2026-03-20\",\n"
                               "  \"met_on\": null,\n"
                               "  \"days_left\": -12,\n"
                               "  \"empty\": [],\n"
                               "  \"a \\\"key\\\"\": [\n"
                               "    true,\n"
                               "    {},\n"
                               "    null\n"
                               "  ],\n"
                               "  \"basis\": [\"a\", \"b\"]\n"
                               "}\n";
  static const char compact[] = "{\"id\":\"acceptance\",\"title\":\"受理\\t\\\"甲\\\"\\\\乙\\n\\u0001\","
                                "\"due\":\"2026-03-20\",\"met_on\":null,\"days_left\":-12,\"empty\":[],"
                                "\"a \\\"key\\\"\":[true,{},null],\"basis\":[\"a\", \"b\"]}";
  for (int c = 0; c < 2; c++) {
    egca__buf b = {0};
    egca__jw w;
    egca__jw_start(&w, &b, c);
    write_document(&w);
    ck_assert_int_eq(b.failed, 0);
    ck_assert_str_eq(b.text, c ? compact : pretty);
    ck_assert_uint_eq(b.len, strlen(b.text));
    egca__json_doc doc = {0};
    egca_error err = {0};
    ck_assert_int_eq(egca__json_parse(&doc, b.text, b.len, "written", &err), 0);
    const cJSON *title = egca__json_member(doc.root, "title");
    ck_assert_str_eq(title->valuestring, "受理\t\"甲\"\\乙\n\x01");
    egca__json_doc_free(&doc);
    free(b.text);
  }
}
END_TEST

/* The shipped rules files' trees as compiled at build time (tools/compile_rules.c) are the trees cJSON makes
 * of the embedded texts, node for node, and the texts have no other reading (egca__json_parse agrees). */
START_TEST(compiled_rules_as_cjson_makes_them)
{
  ck_assert_uint_eq(egca__compiled_rules_count, 4);
  for (size_t i = 0; i < egca__compiled_rules_count; i++) {
    const egca__json_compiled *c = &egca__compiled_rules[i];
    const egca__blob *text = NULL;
    for (size_t k = 0; k < egca__embedded_rules_count; k++)
      if (strcmp(egca__embedded_rules[k].name, c->name) == 0)
        text = &egca__embedded_rules[k];
    ck_assert_ptr_nonnull(text);
    egca__json_doc doc, parsed;
    egca_error err = {0};
    ck_assert_int_eq(egca__json_doc_compiled(&doc, c, text->data, text->len, c->name, &err), 0);
    cJSON *ref = cJSON_ParseWithLengthOpts(text->data, text->len + 1, NULL, 1); /* the blob ends in a NUL */
    ck_assert_ptr_nonnull(ref);
    same_tree(doc.root, ref, c->name);
    ck_assert_int_eq(egca__json_parse(&parsed, text->data, text->len, c->name, &err), 0);
    same_tree(doc.root, parsed.root, c->name);
    ck_assert_ptr_eq(doc.text, text->data); /* kept for the compilers' messages */
    /* A shipped table's tree is made once and shared by its documents: the same tree, the same nodes, and
     * freeing one document leaves the tree to the others. */
    egca__json_doc one, two;
    ck_assert_int_eq(egca__json_doc_shipped(&one, c, text->data, text->len, c->name, &err), 0);
    ck_assert_int_eq(egca__json_doc_shipped(&two, c, text->data, text->len, c->name, &err), 0);
    ck_assert_ptr_eq(one.root, two.root);
    ck_assert_ptr_ne(one.root, doc.root); /* egca__json_doc_compiled's tree is the document's own */
    egca__json_doc_free(&one);
    ck_assert_ptr_null(one.root);
    same_tree(two.root, ref, c->name);
    egca__json_doc_free(&two);
    egca__json_doc_free(&parsed);
    egca__json_doc_free(&doc);
    cJSON_Delete(ref);
  }
}
END_TEST

/* A table by hand: {"a":"b","c":[1,true]}, then damaged ways, each refused before any node is linked. */
START_TEST(compiled_tables_checked)
{
  static const char strings[] = "a\0b\0c";
  egca__json_node nodes[] = {
      {cJSON_Object, 0, 0, 0, 1, 0, 0}, {cJSON_String, 0, 0, 2, 0, 1, 3},   {cJSON_Array, 0, 0, 0, 3, 5, 0},
      {cJSON_Number, 1, 1.0, 4, 0, 0, 0}, {cJSON_True, 1, 0, 0, 0, 0, 0},
  };
  egca__json_compiled c = {"t.json", nodes, 5, strings, sizeof strings};
  egca__json_doc doc;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca__json_doc_compiled(&doc, &c, "", 0, "t.json", &err), 0);
  const char *want = "{\"a\":\"b\",\"c\":[1,true]}";
  cJSON *ref = cJSON_Parse(want);
  same_tree(doc.root, ref, "by hand");
  cJSON_Delete(ref);
  egca__json_doc_free(&doc);
  nodes[3].next = 3; /* a link to itself */
  ck_assert_int_eq(egca__json_doc_compiled(&doc, &c, "", 0, "t.json", &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "the compiled rules table is damaged");
  ck_assert_ptr_null(doc.root);
  nodes[3].next = 5; /* beyond the last node */
  ck_assert_int_eq(egca__json_doc_compiled(&doc, &c, "", 0, "t.json", &err), EGCA_E_INVALID);
  nodes[3].next = 4;
  nodes[1].valuestring = sizeof strings + 1; /* beyond the strings */
  ck_assert_int_eq(egca__json_doc_compiled(&doc, &c, "", 0, "t.json", &err), EGCA_E_INVALID);
  nodes[1].valuestring = 3;
  c.strings_len = sizeof strings - 1; /* the last string not ended */
  ck_assert_int_eq(egca__json_doc_compiled(&doc, &c, "", 0, "t.json", &err), EGCA_E_INVALID);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("json");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, trees_as_cjson_makes_them);
  tcase_add_test(tc, texts_left_to_cjson);
  tcase_add_test(tc, reader_messages_in_both_languages);
  tcase_add_test(tc, duplicate_keys_however_found);
  tcase_add_test(tc, member_messages_in_both_languages);
  tcase_add_test(tc, every_json_file_of_the_tests);
  tcase_add_test(tc, the_writer_pretty_and_compact);
  tcase_add_test(tc, compiled_rules_as_cjson_makes_them);
  tcase_add_test(tc, compiled_tables_checked);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}
