/* egca service — the page at GET /: an official pastes or uploads a case file and sees its picture.
 *
 * A plain form posted to /view (multipart/form-data, so that a file can go with it): it works without
 * JavaScript, fetches nothing and runs no script. What the form cannot show (a case that is not JSON or
 * not a case, a bad date) comes back as a page too, not as JSON a person would have to read. */
#include "serve.h"

const char serve_page_html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"zh-CN\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>egca — 电子政务电子认证服务机构资质认定 办理时限</title>\n"
    "<style>\n"
    "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}\n"
    "textarea{width:100%;font-family:monospace}\n"
    "fieldset{margin:1em 0}\n"
    "label{display:block;margin:.5em 0}\n"
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<h1>办理时限 / Case timeline</h1>\n"
    "<p>粘贴或上传一个案件文件（JSON，见 docs/case.md），查看其每一项法定时限、状态和依据。<br>\n"
    "Paste or upload a case file (JSON, docs/case.md) to see every statutory time limit, its status and its\n"
    "legal basis.</p>\n"
    "<form method=\"post\" action=\"/view\" enctype=\"multipart/form-data\">\n"
    "<fieldset>\n"
    "<legend>案件 / Case</legend>\n"
    "<label for=\"case\">案件文件内容 / Case file text</label>\n"
    "<textarea id=\"case\" name=\"case\" rows=\"16\" spellcheck=\"false\"\n"
    " placeholder='{\"case_id\": \"2026-001\", \"events\": [{\"type\": \"received\", \"date\": \"2026-03-02\"}]}'>"
    "</textarea>\n"
    "<label for=\"file\">或上传文件 / or upload a file (it is used when given)</label>\n"
    "<input id=\"file\" name=\"file\" type=\"file\" accept=\".json,application/json\">\n"
    "<label for=\"as_of\">截至日期 / As of (empty: today in China)</label>\n"
    "<input id=\"as_of\" name=\"as_of\" type=\"date\">\n"
    "</fieldset>\n"
    "<p><button type=\"submit\">查看 / Show</button></p>\n"
    "</form>\n"
    "<p>Nothing sent here is stored. The same answers as JSON: <code>POST /v1/timeline</code>\n"
    "(<a href=\"/v1/rules\">/v1/rules</a>, <a href=\"/v1/offices\">/v1/offices</a>).</p>\n"
    "</body>\n"
    "</html>\n";

const size_t serve_page_html_len = sizeof serve_page_html - 1;

/* `s` escaped for HTML text and attribute values into f. C0 controls but tab and line feed become U+FFFD, so
 * that nothing a request sends can change the page's structure. Returns 0, or -1 when a write failed. */
static int put_escaped(FILE *f, const char *s)
{
  int failed = 0;
  for (const char *p = s; *p != '\0' && !failed; p++) {
    switch (*p) {
    case '&': failed = fputs("&amp;", f) < 0; break;
    case '<': failed = fputs("&lt;", f) < 0; break;
    case '>': failed = fputs("&gt;", f) < 0; break;
    case '"': failed = fputs("&quot;", f) < 0; break;
    case '\'': failed = fputs("&#39;", f) < 0; break;
    default:
      if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n')
        failed = fputs("\xEF\xBF\xBD", f) < 0;
      else
        failed = fputc(*p, f) == EOF;
    }
  }
  return failed ? -1 : 0;
}

int serve_error_page(FILE *f, unsigned status, const char *code, const char *message, const char *pointer, int line,
                     int column, const char *source)
{
  /* Each write checked: the first that fails (memory) ends the page. */
  if (fputs("<!DOCTYPE html>\n"
            "<html lang=\"zh-CN\">\n"
            "<head>\n"
            "<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>无法显示该案件 / The case cannot be shown</title>\n"
            "<style>\n"
            "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}\n"
            "#message{border-left:.3em solid #b00020;padding:.3em .8em;background:#fdecee;"
            "white-space:pre-wrap;overflow-wrap:anywhere}\n"
            "dt{font-weight:bold}\n"
            "</style>\n"
            "</head>\n"
            "<body>\n"
            "<h1>无法显示该案件 / The case cannot be shown</h1>\n",
            f) < 0 ||
      fprintf(f, "<p>HTTP %u · <code id=\"code\">", status) < 0 || put_escaped(f, code) < 0 ||
      fputs("</code></p>\n<p id=\"message\" role=\"alert\">", f) < 0 || put_escaped(f, message) < 0 ||
      fputs("</p>\n", f) < 0)
    return -1;
  if (source != NULL || line > 0 || pointer != NULL) {
    if (fputs("<dl>\n", f) < 0)
      return -1;
    if (source != NULL && (fputs("<dt>读取 / Read from</dt><dd id=\"source\">", f) < 0 || put_escaped(f, source) < 0 ||
                           fputs("</dd>\n", f) < 0))
      return -1;
    if (line > 0 && fprintf(f, "<dt>行 / Line</dt><dd id=\"line\">%d</dd>\n", line) < 0)
      return -1;
    if (line > 0 && column > 0 && fprintf(f, "<dt>列 / Column</dt><dd id=\"column\">%d</dd>\n", column) < 0)
      return -1;
    if (pointer != NULL && (fputs("<dt>JSON 指针 / JSON pointer</dt><dd><code id=\"pointer\">", f) < 0 ||
                            put_escaped(f, pointer) < 0 || fputs("</code></dd>\n", f) < 0))
      return -1;
    if (fputs("</dl>\n", f) < 0)
      return -1;
  }
  return fputs("<p><a href=\"/\">返回表单 / Back to the form</a></p>\n"
               "</body>\n"
               "</html>\n",
               f) < 0
             ? -1
             : 0;
}
