/* egca command — assess PROFILE.json [--format text|json]: the seven qualification conditions and the
 * materials checklist for one application. Exit 0 when eligible and the materials are complete, 1 when
 * not (a condition not met or undetermined, a material missing), 3 on invalid input. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* Reads stdin (the profile given as "-"), up to one byte past the limit: egca_profile_parse refuses a text
 * that long with its message, and endless input (/dev/zero) is not read on. */
static char *read_stdin(size_t *len)
{
  const size_t most = EGCA_PROFILE_TEXT_MAX + 1;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (buf == NULL)
    return NULL;
  for (;;) {
    if (n == cap) {
      if (cap == most)
        break;
      size_t next = cap * 2 < most ? cap * 2 : most;
      char *grown = realloc(buf, next);
      if (grown == NULL) {
        free(buf);
        return NULL;
      }
      buf = grown;
      cap = next;
    }
    size_t got = fread(buf + n, 1, cap - n, stdin);
    n += got;
    if (got == 0)
      break;
  }
  if (ferror(stdin)) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

static int load_profile(egca_profile **out, const char *path, egca_error *err)
{
  if (strcmp(path, "-") != 0)
    return egca_profile_load(out, path, err);
  size_t len = 0;
  char *text = read_stdin(&len);
  if (text == NULL) {
    egca_error_clear(err);
    err->code = EGCA_E_IO;
    snprintf(err->source, sizeof err->source, "<stdin>");
    snprintf(err->message, sizeof err->message, "%s", CLI_TR("cannot read standard input", "无法读取标准输入"));
    return EGCA_E_IO;
  }
  int rc = egca_profile_parse(out, text, len, "<stdin>", err);
  free(text);
  return rc;
}

int cmd_assess(cli *c, int argc, char **argv)
{
  const char *path = NULL;
  int json = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--format") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, "--format", CLI_TR("expected text or json", "应为text或json"));
      const char *format = argv[++i];
      if (strcmp(format, "json") == 0)
        json = 1;
      else if (strcmp(format, "text") == 0)
        json = 0;
      else
        return cli_fail(EXIT_USAGE, "--format", CLI_TR("expected text or json, not \"%s\"", "应为text或json，而不是\"%s\""), format);
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      return cli_fail(EXIT_USAGE, argv[0], CLI_TR("unknown option %s", "未知选项%s"), argv[i]);
    } else if (path == NULL) {
      path = argv[i];
    } else {
      return cli_fail(EXIT_USAGE, argv[0],
                      CLI_TR("one profile at a time (usage: assess PROFILE.json [--format text|json])",
                             "一次只能评估一个申请人概况（用法：assess PROFILE.json [--format text|json]）"));
    }
  }
  if (path == NULL)
    return cli_fail(EXIT_USAGE, argv[0],
                    CLI_TR("usage: assess PROFILE.json [--format text|json]", "用法：assess PROFILE.json [--format text|json]"));

  int code;
  const egca_rules *rules = cli_rules(c, &code);
  if (rules == NULL)
    return code;
  egca_error err = CLI_ERROR;
  egca_profile *profile = NULL;
  int rc = load_profile(&profile, path, &err);
  if (rc < 0)
    return cli_fail_error(path, rc, &err);
  egca_assessment *assessment = NULL;
  rc = egca_assess(&assessment, rules, profile, cli_lang, &err);
  egca_profile_free(profile);
  if (rc < 0)
    return cli_fail_error(path, rc, &err);
  char *text = NULL;
  rc = json ? egca_assessment_to_json(&text, assessment, &err) : egca_assessment_to_text(&text, assessment, &err);
  if (rc < 0) {
    egca_assessment_free(assessment);
    return cli_fail_error(path, rc, &err);
  }
  cli_puts(text);
  egca_assessment_string_free(text);
  code = egca_assessment_eligibility(assessment) == EGCA_ELIGIBLE_YES && egca_assessment_materials_complete(assessment)
             ? EXIT_DONE
             : EXIT_NEGATIVE;
  egca_assessment_free(assessment);
  return code;
}
