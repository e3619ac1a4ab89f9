# The command's own texts in both languages: Chinese by default, English with --lang en or EGCA_LANG=en
# (--lang wins over EGCA_LANG). Usage and --help of egca and of every subcommand in full, the deadline's
# labelled lines, rules list/show/readings and usage errors. Rule ids, reading ids, status words
# ("suspended"), codes (working_days, exclude) and the error line's "egca: WHAT: " frame are the same in
# both; rule titles, notes and citations are the rules data's and are printed as the library gives them.
# The English texts are those the command wrote before it had a language; the other .t files check the
# Chinese of the same outputs line by line.

### egca --help in Chinese (the default)
$ egca --help
> 用法：egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
>            [--rules DIR] [--strict] [--lang zh|en] COMMAND ...
>       egca --help | -h | help [COMMAND]       本说明，或某一命令的说明（也可用COMMAND --help）
>       egca --version
> 选项（写在COMMAND之前或之后均可；每个--NAME VALUE也可写作--NAME=VALUE）：
>   --holidays PATH              节假日通知（.ics文件或文件夹），代替内置的通知
>   --office CODE                省级受理机构的日历（GB/T 2260代码，如450000）：
>                                在全国休息日之上加上该地区自己的休息日
>   --local PATH                 某一地区的节假日通知（.ics），叠加在全国日历之上
>   --unmarked ignore|error|holiday  没有节假日或工作日标记的事件如何处理
>   --rules DIR                  读取DIR/deadlines.json、conditions.json、materials.json、
>                                readings.json，代替内置的规则
>   --strict                     暂定的答案视为错误（退出码4）
>   --lang zh|en                 输出文字的语言（默认取EGCA_LANG，未设置则为zh）；
>                                JSON的键和代码始终为英文
> 命令（均接受--format text|json；JSON结构见docs/cli-json.md）：
>   calendar days FROM TO        FROM..TO（含两端）每日一行：DATE<TAB>KIND
>   calendar month YYYY-MM       一个月的月历，标出节假日和调休上班日
>   calendar year YYYY           十二个月的月历，每行三个（--format html：网页）
>   calendar export YEAR...      这些年份的iCalendar日历（> china.ics）
>   calendar coverage            日历覆盖的年份（已确认/暂定）及其来源
>   add-workdays DATE N          DATE之后第N个工作日（N<0：之前）
>   workdays FROM TO             (FROM, TO]内的工作日数
>   deadline RULE DATE [--pause FROM:TO]... [--reading QUESTION=READING]...
>   assess PROFILE.json|-
>   timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]... [--format text|json|ics|html]
>                                [--jobs N] [--receipt next_working_day|as_dated]；
>                                html：附期限图示的网页
>                                --reading：未决问题的读法（见rules readings）；--policy
>                                earlier|later：已弃用，即renewal_rest_day的读法
>                                --as-of默认为中国（UTC+8）的今天，与本机时区无关；
>                                --jobs：批量（JSON数组，或stdin上的多个案件）的线程数
>   rules list | rules show RULE | rules readings
>                                readings：法律的未决问题，供--reading QUESTION=READING选用
>   offices                      受理机构：代码、名称、地区、地方休息日、办公时间
>   serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]
>                                通过HTTP提供以上答案（默认127.0.0.1:8383；docs/openapi.yaml）
> 暂定的答案（依据暂定年份）照常输出，并在stderr给出警告。
> 日期格式为YYYY-MM-DD。退出码：0 完成；1 答案为否定；2 用法错误；3 输入或数据无效，
> 或输出无法写入；4 超出日历覆盖范围。

### egca --help in English
$ egca --lang en --help
> usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
>             [--rules DIR] [--strict] [--lang zh|en] COMMAND ...
>        egca --help | -h | help [COMMAND]       this text, or one command's (COMMAND --help too)
>        egca --version
> Options (before or after COMMAND; every --NAME VALUE may be written --NAME=VALUE):
>   --holidays PATH              holiday notices (.ics file or folder) instead of the built-in ones
>   --office CODE                the calendar of the acceptance office of a province (GB/T 2260 code,
>                                such as 450000): its region's own rest days over the national ones
>   --local PATH                 a region's holiday notices (.ics), laid over the national calendar
>   --unmarked ignore|error|holiday  events with no holiday or working-day marker
>   --rules DIR                  DIR/deadlines.json, conditions.json, materials.json, readings.json,
>                                not the built-in ones
>   --strict                     a provisional answer is an error (exit 4)
>   --lang zh|en                 the language of every text written (default: EGCA_LANG, else zh);
>                                JSON keys and codes stay English
> Commands (each takes --format text|json; json shapes in docs/cli-json.md):
>   calendar days FROM TO        one line per day, FROM..TO inclusive: DATE<TAB>KIND
>   calendar month YYYY-MM       a month grid marking holidays and adjusted workdays
>   calendar year YYYY           twelve month grids, three side by side (--format html: a page)
>   calendar export YEAR...      the years as an iCalendar feed (> china.ics)
>   calendar coverage            covered years (confirmed / tentative) and their sources
>   add-workdays DATE N          the N-th working day after DATE (N<0: before)
>   workdays FROM TO             working days in (FROM, TO]
>   deadline RULE DATE [--pause FROM:TO]... [--reading QUESTION=READING]...
>   assess PROFILE.json|-
>   timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]... [--format text|json|ics|html]
>                                [--jobs N] [--receipt next_working_day|as_dated];
>                                html: a page with a picture of the deadlines
>                                --reading: an open question's reading (rules readings); --policy
>                                earlier|later: deprecated, the reading of renewal_rest_day
>                                --as-of defaults to today in China (UTC+8), whatever the time zone;
>                                --jobs: threads for a batch (a JSON array, or cases on stdin)
>   rules list | rules show RULE | rules readings
>                                readings: the law's open questions, for --reading QUESTION=READING
>   offices                      the acceptance offices: code, name, region, local rest days, hours
>   serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]
>                                these answers over HTTP (default 127.0.0.1:8383; docs/openapi.yaml)
> A provisional answer (it rests on a tentative year) is printed as it is; a warning goes to stderr.
> Dates are YYYY-MM-DD. Exit codes: 0 done; 1 negative answer; 2 usage; 3 invalid input or data, or
> output that could not be written; 4 outside calendar coverage.

### EGCA_LANG=en says the same
$ EGCA_LANG=en egca -h
> usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### --lang zh wins over EGCA_LANG=en, wherever it stands on the line
$ EGCA_LANG=en egca help workdays --lang=zh
> 用法：egca workdays FROM TO [--format text|json]
>   (FROM, TO]内的工作日数；stdout只输出该数

### a language that is not zh or en is a usage error, said in both
$ egca --lang fr help
! egca: --lang: "fr"：应为 zh 或 en（"fr": expected zh or en）
? 2

### EGCA_LANG=fr likewise
$ EGCA_LANG=fr egca help
! egca: EGCA_LANG: "fr"：应为 zh 或 en（"fr": expected zh or en）
? 2

### an empty EGCA_LANG is unset: Chinese
$ EGCA_LANG= egca help workdays
> 用法：egca workdays FROM TO [--format text|json]
>   (FROM, TO]内的工作日数；stdout只输出该数

### calendar --help, Chinese
$ egca calendar --help
> 用法：egca calendar days FROM TO [--format text|json]     每日一行：DATE<TAB>KIND
>       egca calendar month YYYY-MM [--format text|json]   一个月的月历（* 节假日，+ 调休上班日）
>       egca calendar year YYYY [--format text|json|html]  十二个月的月历，标记同月历
>       egca calendar export YEAR...                       这些年份的iCalendar日历
>       egca calendar coverage [--format text|json]        日历覆盖的年份及其来源

### calendar --help, English
$ egca --lang en calendar --help
> usage: egca calendar days FROM TO [--format text|json]     one line per day: DATE<TAB>KIND
>        egca calendar month YYYY-MM [--format text|json]   a month grid (* holiday, + made a workday)
>        egca calendar year YYYY [--format text|json|html]  twelve month grids, marked as the month's
>        egca calendar export YEAR...                       the years as an iCalendar feed
>        egca calendar coverage [--format text|json]        covered years and their sources

### add-workdays --help, Chinese
$ egca add-workdays --help
> 用法：egca add-workdays DATE N [--format text|json]
>   DATE之后第N个工作日（N<0：之前）；stdout只输出该日期

### add-workdays --help, English
$ egca --lang en add-workdays --help
> usage: egca add-workdays DATE N [--format text|json]
>   the N-th working day after DATE (N<0: before); stdout holds the date alone

### workdays --help, English
$ egca --lang en workdays --help
> usage: egca workdays FROM TO [--format text|json]
>   the number of working days in (FROM, TO]; stdout holds the number alone

### deadline --help, Chinese
$ egca help deadline
> 用法：egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...
>                     [--format text|json]
>   --reading选定一个未决问题的读法（见egca rules readings；可重复）；--policy earlier|later
>   是--reading renewal_rest_day=earlier|later的旧写法，已弃用
>   自DATE起算的期限RULE（见egca rules list）；文本输出的第一行是届满日，
>   或者只有状态词"suspended"（期限中止）

### deadline --help, English
$ egca --lang en help deadline
> usage: egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...
>                      [--format text|json]
>   --reading picks a reading of an open question (egca rules readings; repeatable); --policy
>   earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later
>   the time limit RULE (egca rules list) running from DATE; the first line of the text is the due
>   date, or the status word "suspended" alone

### rules --help, Chinese
$ egca rules --help
> 用法：egca rules list [--format text|json]
>       egca rules show RULE [--format text|json]
>       egca rules readings [--format text|json]   法律的未决问题及其读法

### rules --help, English
$ egca --lang en rules --help
> usage: egca rules list [--format text|json]
>        egca rules show RULE [--format text|json]
>        egca rules readings [--format text|json]   the open questions and their readings

### assess --help, Chinese
$ egca assess --help
> 用法：egca assess PROFILE.json|- [--format text|json]
>   七项资质条件和申请材料清单；不符合条件时退出码为1

### assess --help, English
$ egca --lang en assess --help
> usage: egca assess PROFILE.json|- [--format text|json]
>   the seven qualification conditions and the materials checklist; exit 1 when not eligible

### timeline --help, Chinese
$ egca timeline --help
> 用法：egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...
>                     [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]
>   --reading选定一个未决问题的读法（见egca rules readings；可重复；--policy earlier|later是
>   --reading renewal_rest_day=earlier|later的旧写法，已弃用）；
>   --as-of默认为中国（UTC+8）的今天。JSON数组形式的多个案件，或-（stdin：NDJSON、数组，或依次排列的
>   多个案件，是否缩进均可，按内容识别）为批量，由N个线程（--jobs）计算：每个案件一行JSON；
>   --format text时为每个案件的文本，--format ics时为所有案件未届满期限的一个日历，--format html
>   时为一个网页（每个案件一行，链接到其图示）；有案件不合规时退出码为1
>   --receipt X即--reading receipt_after_hours=X：受理机构下班后或休息日收到的材料，自其下一个
>   工作日起算（next_working_day，默认），或自收到之日起算（as_dated）；见docs/rules.md

### timeline --help, English
$ egca --lang en timeline --help
> usage: egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...
>                      [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]
>   --reading picks a reading of an open question (egca rules readings; repeatable; --policy
>   earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later);
>   --as-of defaults to today in China (UTC+8). A JSON array of cases, or - (stdin: NDJSON, an array,
>   or cases one after another, pretty-printed or not, as the content says), is a batch evaluated by N
>   threads (--jobs): one JSON line per case, or with --format text each case's text, with --format
>   ics one calendar of every case's open deadlines, with --format html one page (a row per case
>   linking to its picture); exit 1 when a case is not clean
>   --receipt X is --reading receipt_after_hours=X: materials received after the office closed or on a
>   rest day count from its next working day (next_working_day, the default) or from the day they came
>   (as_dated); docs/rules.md

### offices --help, Chinese
$ egca offices --help
> 用法：egca offices [--format text|json]
>   受理机构：代码、名称、地区、地方休息日、办公时间

### offices --help, English
$ egca --lang en offices --help
> usage: egca offices [--format text|json]
>   the acceptance offices: code, name, region, local rest days, hours

### serve --help, Chinese
$ egca serve --help
> 用法：egca serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]
>   通过HTTP/JSON提供timeline、assess、deadline、calendar days、rules list和offices的答案
>   （docs/openapi.yaml），Accept: text/html时提供期限图示，在/提供一个表单，供人粘贴或上传
>   案件并查看其图示；默认监听127.0.0.1:8383，可用--listen另行指定（端口0：任一空闲端口）；
>   --timeout：连接空闲多少秒后关闭（10）；--max-body：请求正文的最大长度（案件的上限，
>   64 MiB）；每个请求在stderr记一行日志；收到SIGTERM时处理完已有请求后以0退出

### serve --help, English
$ egca --lang en serve --help
> usage: egca serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]
>   the answers of timeline, assess, deadline, calendar days, rules list and offices over HTTP/JSON
>   (docs/openapi.yaml), the timeline's picture for Accept: text/html, and at / a form where a person
>   pastes or uploads a case and sees its picture; on 127.0.0.1:8383 unless --listen says otherwise
>   (port 0: any free port);
>   --timeout: idle seconds before a connection is closed (10); --max-body: the longest request body
>   (the case limit, 64 MiB); one log line per request on stderr; SIGTERM drains and exits 0

### help --help, both
$ egca help help
> 用法：egca help [COMMAND]

### help --help in English
$ egca --lang en help help
> usage: egca help [COMMAND]

# --- deadline: the labelled lines ---------------------------------------------------------------------------

### DESIGN.md: acceptance from 2025-09-30 (10-01..08 holiday, Sat 10-11 worked), English
$ egca --lang en deadline acceptance 2025-09-30
> 2025-10-14
> acceptance: Decide whether to accept the application, or give the correction notice once
> from: 2025-09-30 (the day the application materials are received (or all the corrections are received))
> period: 5 working days after
> cutoff: 24:00
> basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82; Service Guide, Procedure, (1) New application, step 2
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> note: Where no correction notice is given in time, the application is accepted from the day the materials were received (Administrative Licensing Law, Article 32(1)(4)), and the decision's time limit also runs from that day.
> trace: 5 working days after 2025-09-30 (the start day is not counted): counting began on 2025-10-09; passed over 8 holiday days and 1 weekend day; counted 1 adjusted working day (2025-10-11); the 5th working day is 2025-10-14.
> notices: 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12)

### renewal filing 60 days before 2026-04-17 = 02-16 (春节): both readings, English
$ EGCA_LANG=en egca deadline renewal_filing 2026-04-17
> 2026-02-14
> renewal_filing: The last day to apply for renewal
> from: 2026-04-17 (the day the term ends (the last valid day))
> period: 60 days before, a rest day moves to the previous working day, or the next: an open question (egca rules readings)
> ambiguous: renewal_rest_day=earlier gives 2026-02-14 (applied)
> ambiguous: renewal_rest_day=later gives 2026-02-24
> cutoff: 24:00 (in person at the office: 17:30)
> basis: Measures for the Administration of E-Government Electronic Certification Services, Article 15; Administrative Licensing Law, Article 50(1); Service Guide, Procedure, (3) Renewal at the end of the term
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> note: Administrative Licensing Law, Article 50(1) asks for the application 30 days before the end of the term, unless rules provide otherwise; the 60 days are the Service Guide's (the readable text of the Measures, Article 15 ends at "应当在有效"). No text says what happens when the last day of a period counted back is a rest day (question renewal_rest_day of readings.json): by default the last working day before; by analogy with Civil Code, Article 203, the first working day after.
> trace: 60 days before 2026-04-17 (the start day is not counted) is 2026-02-16, a holiday; no text settles which way it moves: the earlier reading (policy earlier) gives 2026-02-14, an adjusted working day; the later reading would give 2026-02-24.
> notices: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)

### hearing_request counted in working days by the reading applied (03-06, 09..12), English
$ egca --lang en deadline hearing_request 2026-03-05 --reading hearing_request_days=working_days
> 2026-03-12
> hearing_request: The applicant requests a hearing
> from: 2026-03-05 (the day the applicant is told of the right to a hearing)
> period: 5 days after, a rest day moves to the next working day
> counted: in working days, by the reading applied
> ambiguous: hearing_request_days=days gives 2026-03-10
> ambiguous: hearing_request_days=working_days gives 2026-03-12 (applied)
> cutoff: 24:00
> basis: Administrative Licensing Law, Article 47(1); Civil Code, Article 201; Civil Code, Article 203
> version: Administrative Licensing Law (as amended in 2019), in force from 2020-01-01
> note: The applicant and interested parties request a hearing within five days of being told of the right to one. This is the applicant's period, by default counted in calendar days, a rest-day last day moving to the next working day; whether it counts working days (Article 82) is the open question hearing_request_days.
> trace: 5 working days after 2026-03-05 (the start day is not counted): counting began on 2026-03-06; passed over 2 weekend days; the 5th working day is 2026-03-12.

### decision_extension: contested, its period an extension; Chinese
$ egca deadline decision_extension 2026-03-02 --pause 2026-03-10:2026-04-20
> 2026-05-27
> decision_extension：经负责人批准延长后的决定期限
> 起算日：2026-03-02（受理申请之日）
> 期限：decision的期限再延长10个工作日，中止期间不计入
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第四十二条第一款；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 有争议：是
> 备注：行政许可法 第四十二条第一款允许经本行政机关负责人批准延长十日，但“法律、法规另有规定的，依照其规定”；商用密码管理条例 第二十六条规定20个工作日，未规定延长。延长是否适用于本许可没有定论。
> 计算过程：2026-03-02后30个工作日（起算日不计入）：自2026-03-03起计算；跳过节假日5天和周末9天；计入调休上班日1天（2026-05-09）；2026-03-10至2026-04-20中止，其中29个工作日不计入期限；第30个工作日为2026-05-27。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### decision_extension, English
$ egca --lang en deadline decision_extension 2026-03-02 --pause 2026-03-10:2026-04-20
> 2026-05-27
> decision_extension: The decision's time limit as extended with the head of the authority's approval
> from: 2026-03-02 (the day the application is accepted)
> period: decision + 10 working days after, pauses excluded
> cutoff: 24:00
> basis: Administrative Licensing Law, Article 42(1); Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 82
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> contested: yes
> note: Administrative Licensing Law, Article 42(1) allows an extension of ten days with the approval of the head of the authority, "unless laws or regulations provide otherwise"; the Regulations on the Administration of Commercial Cryptography, Article 26 set 20 working days and provide no extension. Whether the extension applies to this licence is unsettled.
> trace: 30 working days after 2026-03-02 (the start day is not counted): counting began on 2026-03-03; passed over 5 holiday days and 9 weekend days; counted 1 adjusted working day (2026-05-09); paused 2026-03-10..2026-04-20, 29 working days not counted; the 30th working day is 2026-05-27.
> notices: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)

### an open pause: the status word stays "suspended" in Chinese
$ egca deadline decision 2026-03-02 --pause 2026-03-10:
> suspended
> decision：作出是否准予认定的决定
> 起算日：2026-03-02（受理申请之日）
> 期限：起算日后20个工作日，中止期间不计入
> 截止时间：24:00
> 依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管理办法 第九条；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条；服务指南 审批时限
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：技术评审所需时间不计算在期限内（商用密码管理条例 第二十六条第三款）。
> 计算过程：2026-03-02后20个工作日（起算日不计入）：自2026-03-03起计算；跳过周末2天；2026-03-10起中止且尚未结束，此时已计5个工作日（共20个），中止结束前没有届满日。

### an open pause, English
$ egca --lang en deadline decision 2026-03-02 --pause 2026-03-10:
> suspended
> decision: Decide whether to grant the licence
> from: 2026-03-02 (the day the application is accepted)
> period: 20 working days after, pauses excluded
> cutoff: 24:00
> basis: Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on the Administration of Commercial Cryptography, Article 26(3); Measures for the Administration of E-Government Electronic Certification Services, Article 9; Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time limit for approval
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> note: The time a technical review takes is not counted in the time limit (Regulations on the Administration of Commercial Cryptography, Article 26(3)).
> trace: 20 working days after 2026-03-02 (the start day is not counted): counting began on 2026-03-03; passed over 2 weekend days; the clock stopped on 2026-03-10, when an open pause began, with 5 of 20 working days run, so there is no due date until the pause ends.

### a provisional answer (the fixture's tentative 2083): marked on stdout and warned on stderr, Chinese
$ egca --holidays @TESTDATA@/calendars deadline notification 2082-12-28
> 2083-01-12
> 暂定：是
> notification：通知申请人并颁发、送达审批结果
> 起算日：2082-12-28（作出行政许可决定之日）
> 期限：起算日后10个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条；服务指南 结果送达
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：行政许可法 第四十四条只就准予许可的决定规定十日内颁发、送达证件；服务指南“结果送达”对作出的行政决定一律规定10个工作日内通知申请人。
> 计算过程：2082-12-28后10个工作日（起算日不计入）：自2082-12-29起计算；跳过节假日1天和周末4天；第10个工作日为2083-01-12。
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

### the same, English
$ egca --lang en --holidays @TESTDATA@/calendars deadline notification 2082-12-28
> 2083-01-12
> provisional: yes
> notification: Notify the applicant, and issue and deliver the result
> from: 2082-12-28 (the day the licensing decision is made)
> period: 10 working days after
> cutoff: 24:00
> basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service Guide, Delivery of the result
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> note: Administrative Licensing Law, Article 44 sets ten days to issue and deliver the certificate only for a decision granting the licence; the Service Guide ("Delivery of the result") gives 10 working days to notify the applicant of any decision.
> trace: 10 working days after 2082-12-28 (the start day is not counted): counting began on 2082-12-29; passed over 1 holiday day and 4 weekend days; the 10th working day is 2083-01-12.
! egca: deadline: provisional: the answer rests on a day whose holiday notice is not confirmed (egca calendar coverage; --strict refuses it)

### a day before the rule's first version (valid-two-versions has no licence date): the first version applied,
# said so; 2015-03-02 Mon + 5 working days: 03-03..06, 03-09. Chinese
$ egca --rules @TESTDATA@/rules/valid-two-versions deadline acceptance 2015-03-02
> 2015-03-09
> acceptance：作出是否受理的决定或一次性告知补正
> 起算日：2015-03-02（收到申请材料之日（或收到全部补正材料之日））
> 期限：起算日后5个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；服务指南 办理基本流程 （一）新申请 2
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 未施行：2015-03-02时该规则没有施行中的版本；已适用其最早的版本
> 备注：逾期不告知补正的，自收到申请材料之日起即为受理（行政许可法 第三十二条第一款第（四）项），决定期限也从收到之日起算。
> 计算过程：2015-03-02后5个工作日（起算日不计入）：自2015-03-03起计算；跳过周末2天；第5个工作日为2015-03-09。

### the same, English
$ egca --lang en --rules @TESTDATA@/rules/valid-two-versions deadline acceptance 2015-03-02
> 2015-03-09
> acceptance: Decide whether to accept the application, or give the correction notice once
> from: 2015-03-02 (the day the application materials are received (or all the corrections are received))
> period: 5 working days after
> cutoff: 24:00
> basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82; Service Guide, Procedure, (1) New application, step 2
> version: Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration), in force from 2024-11-01
> not in force: no version of the rule was in force on 2015-03-02; the first version was applied
> note: Where no correction notice is given in time, the application is accepted from the day the materials were received (Administrative Licensing Law, Article 32(1)(4)), and the decision's time limit also runs from that day.
> trace: 5 working days after 2015-03-02 (the start day is not counted): counting began on 2015-03-03; passed over 2 weekend days; the 5th working day is 2015-03-09.

### a period of months (行政诉讼法 第四十六条), Chinese
$ egca deadline litigation 2026-01-20
> 2026-07-20
> litigation：提起行政诉讼
> 起算日：2026-01-20（知道不予认定或者不予受理决定之日）
> 期限：起算日后6个月，届满日遇休息日顺延至其后第一个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> 版本：中华人民共和国行政诉讼法（2017年修正），自2020-01-01起施行
> 备注：直接向人民法院提起诉讼的，自知道或者应当知道作出行政行为之日起六个月内提出（第四十六条第一款）；期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期（行诉解释 第四十八条）。申请了行政复议的，适用 litigation_after_reconsideration。未告知起诉期限的（事件的 remedies_told 为 false），自告知之日起算六个月，但不超过 litigation_untold 的一年（行诉解释 第六十四条第一款）。
> 计算过程：2026-01-20后6个月，于对应日2026-07-20届满（《民法典》第二百零一条、第二百零二条），该日为工作日。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### a period of months, English
$ egca --lang en deadline litigation 2026-01-20
> 2026-07-20
> litigation: File an administrative suit
> from: 2026-01-20 (the day the applicant learns of the denial or of the refusal to accept)
> period: 6 months after, a rest day moves to the next working day
> cutoff: 24:00
> basis: Administrative Litigation Law, Article 46(1); Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 48
> version: Administrative Litigation Law (as amended in 2017), in force from 2020-01-01
> note: A suit filed directly with a people's court is filed within six months of the day the applicant knew or should have known of the act (Article 46(1)); where the period's last day is a holiday, the first day after the holiday is its last day (Interpretation on the Administrative Litigation Law, Article 48). After an application for reconsideration, litigation_after_reconsideration applies. Where the time limit for suing was not told (the event's remedies_told is false), the six months run from the day it is told, but not beyond the one year of litigation_untold (Interpretation on the Administrative Litigation Law, Article 64(1)).
> trace: 6 months after 2026-01-20 end on the corresponding day, 2026-07-20 (Civil Code, Articles 201 and 202), a working day.
> notices: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)

# --- rules -----------------------------------------------------------------------------------------------------

### rules list, English
$ egca --lang en rules list
> acceptance	Decide whether to accept the application, or give the correction notice once	5 working days after	Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82; Service Guide, Procedure, (1) New application, step 2
> decision	Decide whether to grant the licence	20 working days after, pauses excluded	Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on the Administration of Commercial Cryptography, Article 26(3); Measures for the Administration of E-Government Electronic Certification Services, Article 9; Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time limit for approval
> decision_extension	The decision's time limit as extended with the head of the authority's approval	decision + 10 working days after, pauses excluded	Administrative Licensing Law, Article 42(1); Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 82
> review_time_notice	Notify in writing the time the technical review needs	on the day itself	Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative Licensing Law, Article 45; Service Guide, Procedure, (1) New application, step 3
> notification	Notify the applicant, and issue and deliver the result	10 working days after	Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service Guide, Delivery of the result
> status_query	The day from which the status and result may be asked by telephone	15 working days after, then the first working day after	Service Guide, Public enquiry
> certificate_validity	The last valid day of the certificate	5 years after	Measures for the Administration of E-Government Electronic Certification Services, Article 12; Civil Code, Article 201; Civil Code, Article 202
> change_filing	File the change	30 days after, a rest day moves to the next working day	Measures for the Administration of E-Government Electronic Certification Services, Article 14; Civil Code, Article 201; Civil Code, Article 203; Service Guide, Procedure, (2) Change
> renewal_filing	The last day to apply for renewal	60 days before, a rest day moves to the previous working day, or the next: an open question (egca rules readings)	Measures for the Administration of E-Government Electronic Certification Services, Article 15; Administrative Licensing Law, Article 50(1); Service Guide, Procedure, (3) Renewal at the end of the term
> renewal_decision	Decide whether to grant the renewal	on the day itself	Administrative Licensing Law, Article 50(2); Service Guide, Procedure, (3) Renewal at the end of the term
> certificate_delivery	Issue and deliver the certificate	10 working days after	Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82
> renewal_acceptance	Decide whether to accept a renewal application, or give the correction notice once	5 working days after	Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 50(1); Administrative Licensing Law, Article 82
> change_acceptance	Decide whether to accept a change application, or give the correction notice once	5 working days after	Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 49; Administrative Licensing Law, Article 82
> change_decision	Decide whether to grant the change	no period (refused: see the reason)	Administrative Licensing Law, Article 49; Service Guide, Procedure, (2) Change
> hearing_request	The applicant requests a hearing	5 days after, a rest day moves to the next working day	Administrative Licensing Law, Article 47(1); Civil Code, Article 201; Civil Code, Article 203
> hearing_held	Hold the hearing	20 working days after	Administrative Licensing Law, Article 47(1); Administrative Licensing Law, Article 82
> hearing_notice	Notify the time and place of the hearing	7 working days before	Administrative Licensing Law, Article 48(1)(1); Administrative Licensing Law, Article 82
> reconsideration	Apply for administrative reconsideration	60 days after, a rest day moves to the next working day	Administrative Reconsideration Law, Article 20(1); Administrative Reconsideration Law, Article 88(1); Civil Procedure Law, Article 85
> reconsideration_untold	The longest time to apply for reconsideration when the right to it was not told	1 year after, a rest day moves to the next working day	Administrative Reconsideration Law, Article 20(3); Administrative Reconsideration Law, Article 88(1); Civil Procedure Law, Article 85
> litigation_untold	The longest time to file a suit when the time limit for suing was not told	1 year after, a rest day moves to the next working day	Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 64(1); Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 48
> litigation	File an administrative suit	6 months after, a rest day moves to the next working day	Administrative Litigation Law, Article 46(1); Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 48
> litigation_after_reconsideration	File a suit against the reconsideration decision	15 days after, a rest day moves to the next working day	Administrative Litigation Law, Article 45; Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 48

### rules show: a contested rule that extends another, English
$ egca --lang en rules show decision_extension
> decision_extension: The decision's time limit as extended with the head of the authority's approval
> effective from: 2020-01-01 (Cryptography Law (in force from 2020-01-01), Article 29; Administrative Licensing Law)
> starts: the day the application is accepted
> period: decision + 10 working days after, pauses excluded
> unit: working_days
> count: 10
> direction: after
> extends: decision
> pause: exclude
> roll: none
> result: last_day
> cutoff: 24:00
> time of: the State Cryptography Administration
> basis: Administrative Licensing Law, Article 42(1)
> basis: Administrative Licensing Law, Article 45
> basis: Administrative Licensing Law, Article 82
> note: Before the Regulations on the Administration of Commercial Cryptography (2023) took effect, no law or regulation set another decision time limit for this licence, so the ten days' extension of Administrative Licensing Law, Article 42(1) applied as written.
>
> decision_extension: The decision's time limit as extended with the head of the authority's approval
> effective from: 2023-07-01 (Regulations on the Administration of Commercial Cryptography (State Council Order No. 760, in force from 2023-07-01))
> starts: the day the application is accepted
> period: decision + 10 working days after, pauses excluded
> unit: working_days
> count: 10
> direction: after
> extends: decision
> pause: exclude
> roll: none
> result: last_day
> cutoff: 24:00
> time of: the State Cryptography Administration
> basis: Administrative Licensing Law, Article 42(1)
> basis: Administrative Licensing Law, Article 45
> basis: Administrative Licensing Law, Article 82
> contested: yes
> note: Administrative Licensing Law, Article 42(1) allows an extension of ten days, "unless laws or regulations provide otherwise"; the Regulations on the Administration of Commercial Cryptography, Article 26 set 20 working days and provide no extension.
>
> decision_extension: The decision's time limit as extended with the head of the authority's approval
> effective from: 2024-11-01 (Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration))
> starts: the day the application is accepted
> period: decision + 10 working days after, pauses excluded
> unit: working_days
> count: 10
> direction: after
> extends: decision
> pause: exclude
> roll: none
> result: last_day
> cutoff: 24:00
> time of: the State Cryptography Administration
> basis: Administrative Licensing Law, Article 42(1)
> basis: Administrative Licensing Law, Article 45
> basis: Administrative Licensing Law, Article 82
> contested: yes
> note: Administrative Licensing Law, Article 42(1) allows an extension of ten days with the approval of the head of the authority, "unless laws or regulations provide otherwise"; the Regulations on the Administration of Commercial Cryptography, Article 26 set 20 working days and provide no extension. Whether the extension applies to this licence is unsettled.

### rules show: a version that sets no period, Chinese
$ egca rules show change_decision
> change_decision：作出是否准予变更的决定
> 施行日期：2020-01-01（中华人民共和国行政许可法（2019年修正））
> 起算日：受理变更申请之日
> 不予计算：行政许可法 第四十九条只规定依法办理变更手续，未规定期限；办法 第十四条可读的文本和服务指南也未规定，没有期限可算
> 依据：中华人民共和国行政许可法 第四十九条
> 依据：服务指南 办理基本流程 （二）事项变更

### rules show: a version that sets no period, English
$ egca --lang en rules show change_decision
> change_decision: Decide whether to grant the change
> effective from: 2020-01-01 (Administrative Licensing Law (as amended in 2019))
> starts: the day the change application is accepted
> refused: Administrative Licensing Law, Article 49 only says that the change is handled according to law and sets no time limit; neither the readable text of the Measures, Article 14 nor the Service Guide sets one: there is no time limit to compute
> basis: Administrative Licensing Law, Article 49
> basis: Service Guide, Procedure, (2) Change

### rules show: the applicant's time, in person until the office closes, Chinese
$ egca rules show change_filing
> change_filing：办理变更手续
> 施行日期：2020-01-01（2009年《电子政务电子认证服务管理办法》（国密局发〔2009〕7号））
> 起算日：变更之日
> 不予计算：办法（国家密码管理局令第4号）第十四条自2024-11-01施行；此前办理变更的期限未能查证
>
>
> change_filing：办理变更手续
> 施行日期：2024-11-01（电子政务电子认证服务管理办法（国家密码管理局令第4号））
> 起算日：变更之日
> 期限：起算日后30日，届满日遇休息日顺延至其后第一个工作日
> 单位：days
> 数量：30
> 方向：after
> 中止：none
> 遇休息日：next_working_day
> 顺延依据：中华人民共和国民法典 第二百零三条
> 结果：last_day
> 截止时间：24:00（现场办理：17:30）
> 期限归属：申请人
> 依据：电子政务电子认证服务管理办法 第十四条
> 依据：中华人民共和国民法典 第二百零一条
> 依据：中华人民共和国民法典 第二百零三条
> 服务指南：办理基本流程 （二）事项变更
> 备注：30日依服务指南（办法 第十四条可读的文本止于“应当自变更之日起3”）。这是申请人的期间，按日历日计算（行政许可法 第八十二条只规定行政机关的期限以工作日计算）。现场办理的截止时间为办公时间结束。

### rules show, English
$ egca --lang en rules show change_filing
> change_filing: File the change
> effective from: 2020-01-01 (Measures for the Administration of E-Government Electronic Certification Services of 2009 (国密局发〔2009〕7号))
> starts: the day of the change
> refused: Article 14 of the Measures (Order No. 4 of the State Cryptography Administration) is in force from 2024-11-01; the time limit for a change before it could not be verified
>
>
> change_filing: File the change
> effective from: 2024-11-01 (Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration))
> starts: the day of the change
> period: 30 days after, a rest day moves to the next working day
> unit: days
> count: 30
> direction: after
> pause: none
> roll: next_working_day
> roll basis: Civil Code, Article 203
> result: last_day
> cutoff: 24:00 (in person at the office: 17:30)
> time of: the applicant
> basis: Measures for the Administration of E-Government Electronic Certification Services, Article 14
> basis: Civil Code, Article 201
> basis: Civil Code, Article 203
> guide: Procedure, (2) Change
> note: The 30 days are the Service Guide's (the readable text of the Measures, Article 14 ends at "应当自变更之日起3"). This is the applicant's period, counted in calendar days (Administrative Licensing Law, Article 82 makes working days only of the authority's periods). In person, the last day ends when the office closes.

### rules readings, English: every question, its readings with their basis and what they set
$ egca --lang en rules readings
> renewal_rest_day: When the last day of the renewal's "60 days before the end of the term", counted back, is a rest day, does the time limit move to the last working day before it or to the first working day after it?
>   rule: renewal_filing
>   renewal_rest_day=earlier (default): To the last working day before: a time limit "before the end" must not shorten the authority's time for review because of a rest day, and the earlier reminder is also the safest for the applicant.
>     basis: Administrative Licensing Law, Article 50(1); Measures for the Administration of E-Government Electronic Certification Services, Article 15
>   renewal_rest_day=later: To the first working day after: by analogy with the rule that a period whose last day is a statutory holiday ends on the day after the holiday.
>     basis: Civil Code, Article 203
>   note: No article of law says what happens when the last day of a period counted back ("N days before the end") is a rest day; Civil Code, Article 203 speaks only of periods counted forward. An application filed between the two days is on time under one reading and late under the other.
>
> deemed_renewal_late_filing: Where the renewal is applied for later than "60 days before the end of the term" and not decided before the term ends, is it deemed granted?
>   deemed_renewal_late_filing=deemed (default): Deemed granted: Article 50(2) attaches no condition of a timely application to the consequence of a decision not made in time.
>     basis: Administrative Licensing Law, Article 50(2)
>   deemed_renewal_late_filing=not_deemed: Not deemed granted: "upon the licensee's application" in paragraph 2 means the application filed in time under paragraph 1; a late application puts the authority under no duty to decide before the term ends.
>     basis: Administrative Licensing Law, Article 50(1); Measures for the Administration of E-Government Electronic Certification Services, Article 15
>   note: Whether Article 50(2) applies to a renewal applied for late is unsettled: the deemed renewal and the violation found depend on this reading.
>
> second_correction_notice: Where, after the corrections are submitted, the authority gives a further correction notice within five working days, does that notice take effect?
>   second_correction_notice=answers (default): It takes effect: Article 32(1)(4) deems acceptance only where no notice is given in time, and a notice within five days answers the corrections; naming an item the first notice did not breaks the duty to tell everything at once (repeat_correction), naming items the first notice named and that are still missing is lawful.
>     basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 32(1)(5)
>   second_correction_notice=void: It has no effect: everything to be corrected must be told at once, a further notice is of no effect, and where the application is neither accepted nor refused within five days of receiving the corrections, it is accepted.
>     basis: Administrative Licensing Law, Article 32(1)(4)
>   note: The Administrative Licensing Law requires everything to be corrected to be told at once, but says nothing of the effect of a further notice.
>
> review_unnotified: Where the time a technical review needs was never notified to the applicant in writing, is the review time still left out of the decision's time limit?
>   review_unnotified=excluded (default): Still left out: the first sentence of Article 26(3) leaves the review time out of the time limit outright; no notice only breaches the duty to notify of the second sentence (review_without_notice).
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative Licensing Law, Article 45
>   review_unnotified=counted: Counted: the written notice is the condition for leaving the review time out; review time never notified counts towards the twenty working days.
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative Licensing Law, Article 45
>   note: The article leaves review time out of the time limit and requires the time needed to be notified in writing, but does not say what follows when it is not notified.
>
> review_over_notified: Where a technical review takes longer than the time notified in writing, is the whole review left out of the decision's time limit, or only the time notified?
>   review_over_notified=whole (default): The whole review: what Article 26(3) leaves out is "the time the technical review needs", the time it actually took.
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3)
>   review_over_notified=notified_only: Only the time notified: the time notified bounds what is left out; the days beyond it count towards the decision's time limit.
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative Licensing Law, Article 45
>   note: The readings differ only when the time notified (days of review_time_notified in the case file: calendar days from the review's first day, that day included) is shorter than the review.
>
> review_notice_after_start: Where the time a technical review needs is notified in writing only after the review started, is the duty to notify breached?
>   review_notice_after_start=hint (default): Not a breach: the article requires a written notice of the time needed but sets no moment for it; a notice after the review started is only a hint (review_notice_after_start).
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative Licensing Law, Article 45
>   review_notice_after_start=violation: A breach: the notice tells the applicant in advance how far the time limit moves, so it is due at the latest on the review's first day; a later notice is late (review_without_notice).
>     basis: Regulations on the Administration of Commercial Cryptography, Article 26(3)
>   note: Neither the Regulations nor the Administrative Licensing Law set a moment for the notice of the time needed.
>
> certificate_last_day: The certificate is valid for five years: is its last valid day the corresponding day five years after the issue, or the day before it?
>   certificate_last_day=anniversary (default): The corresponding day five years on: the day of issue is not counted, the period runs from the next day, and its last day is the corresponding day of the last year (the month's last day where there is none).
>     basis: Measures for the Administration of E-Government Electronic Certification Services, Article 12; Civil Code, Article 201; Civil Code, Article 202
>   certificate_last_day=day_before: The day before the corresponding day: the term runs from the day of issue (the certificate is valid on that day), so the five years end the day before the corresponding day, as certificates are often printed.
>     basis: Measures for the Administration of E-Government Electronic Certification Services, Article 12; Civil Code, Article 204
>   note: Where the certificate states its term, the certificate prevails (expires of certificate_issued in the case file) and the question does not arise.
>
> receipt_after_hours: Where the materials are received after the office closed or on a rest day, from which day do the five days for acceptance run?
>   receipt_after_hours=next_working_day (default): As received on the next working day: an office receives only during its hours, and where there are business hours a day ends when business stops; the next working day is the start, not counted.
>     basis: Civil Code, Article 203(2); Administrative Licensing Law, Article 82
>   receipt_after_hours=as_dated: As received on the day they came: the Administrative Licensing Law counts from "the day the application materials are received" with no exception for office hours; the applicant does not bear the office's closing.
>     basis: Administrative Licensing Law, Article 32(1)(4); Civil Code, Article 201
>   note: The two readings differ by one working day, and only for materials received on a rest day or after a known closing time. Where the time of receipt is recorded but the office's hours have no source, the fact is unknown (office_hours_unknown): that is not this question.
>
> hearing_request_days: Are the "five days" within which the applicant requests a hearing, from being told of the right, calendar days or working days?
>   sets: hearing_request
>   hearing_request_days=days (default): Calendar days: Article 82 counts in working days only "the authority's time limits for licensing"; the five days are the applicant's period, counted under the Civil Code, a last day on a statutory holiday moving to the day after it ends.
>     basis: Administrative Licensing Law, Article 47(1); Civil Code, Article 201; Civil Code, Article 203
>     sets: unit days, roll next_working_day
>   hearing_request_days=working_days: Working days: the hearing is part of the licensing procedure, and Article 82 ("the time limits set by this Law are counted in working days") may be read to cover all the time limits the Law sets.
>     basis: Administrative Licensing Law, Article 47(1); Administrative Licensing Law, Article 82
>     sets: unit working_days, roll none
>   note: With a rest day among the five days, counting working days usually ends later; where the fifth calendar day is a rest day and moves, the two readings may give the same day, and then nothing is marked.
>
> hearing_notice_days: The authority notifies the applicant "seven days before the hearing": are the seven days counted back in working days or calendar days?
>   sets: hearing_notice
>   hearing_notice_days=working_days (default): Working days: the notice is a time limit of the authority in licensing, counted in working days under Article 82.
>     basis: Administrative Licensing Law, Article 48(1)(1); Administrative Licensing Law, Article 82
>     sets: unit working_days, roll none
>   hearing_notice_days=days: Calendar days: the notice period protects the applicant's time to prepare for the hearing, and the applicant's periods are counted in calendar days (Civil Code, Article 201).
>     basis: Administrative Licensing Law, Article 48(1)(1); Civil Code, Article 201
>     sets: unit days, roll none
>   note: Seven calendar days counted back end later than seven working days: read as calendar days, the authority may notify later.
>
> notification_of_a_denial: Must a denial also be notified to the applicant within ten working days?
>   sets: notification
>   notification_of_a_denial=notified (default): Within ten working days: the Service Guide ("Delivery of the result") gives 10 working days to notify the applicant of any decision, granted or denied.
>     basis: Administrative Licensing Law, Article 38(2); Administrative Licensing Law, Article 82
>   notification_of_a_denial=granted_only: Only a grant has a time limit: Article 44 sets ten days to issue and deliver the licence only for a decision granting it; a denial must be written, with its reasons and the remedies (Article 38(2)), but the law sets no time limit for delivering it.
>     basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 38(2)
>     sets: outcome granted
>   note: The readings differ only for a denial: under granted_only a denial has no time limit for notice (the time limit does not apply), and a slow notice is not late.
>
> hearing_held_from: Do the "twenty days to hold the hearing" run from the day the request is received, or from the end of the applicant's five days to request it?
>   sets: hearing_held
>   hearing_held_from=request (default): From the request: Article 47(1) says that where the applicant requests a hearing within five days, the authority holds it within twenty days; the twenty days are conditioned on the request.
>     basis: Administrative Licensing Law, Article 47(1)
>   hearing_held_from=after_five_days: From the end of the five days: other interested parties may still request a hearing within the five days, and only when they end does the authority know everyone who asked.
>     basis: Administrative Licensing Law, Article 47(1)
>     sets: from the end of hearing_request
>   note: A request made on the last of the five days gives the same day under both readings.
>
> hearing_pause: Does the "time needed" for a hearing, left out of the decision's time limit, run from the day the request is received or from the day the right to a hearing was told?
>   hearing_pause=request (default): From the request to the hearing (both days included): before the applicant asks, the authority needs no time for a hearing.
>     basis: Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 47(1)
>   hearing_pause=right_notified: From the notice of the right to the hearing: after telling of the right the authority must wait out the five days to request it, and that time is also time the hearing needs.
>     basis: Administrative Licensing Law, Article 45; Administrative Licensing Law, Article 47(1)
>   note: The readings differ only when the right was told before the request; where no hearing was requested there is no time for a hearing.
>
> remedy_knowledge_day: Does the time limit to apply for administrative reconsideration or to bring an administrative suit run from the day the denial (or the refusal to accept) was made known to the applicant, or from the day its written decision was delivered (signed for)?
>   remedy_knowledge_day=known (default): From the day it was made known: the time limits of the Administrative Reconsideration Law and the Administrative Litigation Law run from the day the act was or should have been known, and the applicant knows it on the day the decision is made known; the earlier day is also the safest reminder.
>     basis: Administrative Reconsideration Law, Article 20(1); Administrative Litigation Law, Article 46(1)
>   remedy_knowledge_day=delivered: From the day of delivery: where the document stating the act is delivered in person, the time limit runs from the day the recipient signs for it; where it is delivered by post, from the day the receipt of the mail is signed.
>     basis: Regulations on the Implementation of the Administrative Reconsideration Law, Article 15(1)(2); Regulations on the Implementation of the Administrative Reconsideration Law, Article 15(1)(3)
>   note: The readings differ only when the case records the written decision's delivery (decision_delivered) later than the day it was made known (notified, rejected, renewal_decided). Article 15 of the Regulations on the Implementation of the Administrative Reconsideration Law was made under Article 9(1) of the 2017 Administrative Reconsideration Law; whether it applies to Article 20 of the Law as revised in 2023, and whether it applies by analogy to the time limit for bringing an administrative suit, is unsettled.

### the period in JSON follows the language (keys and codes do not), Chinese
$ egca rules show status_query --format json
> {"versions":[{"id":"status_query","title":"可以电话查询审批状态和结果之日","effective_from":"2024-11-01","version":"电子政务电子认证服务管理办法（国家密码管理局令第4号）","starts":"受理申请之日","period":"起算日后15个工作日，再取其后第一个工作日","unit":"working_days","count":15,"direction":"after","extends":null,"pause":"none","roll":"none","roll_basis":null,"result":"first_working_day_after","cutoff":"24:00","cutoff_in_person":null,"basis":[],"guide":{"section":"公开查询","item":null},"contested":false,"note":"“自受理之日起15个工作日后”只见于服务指南，没有法律条文依据。","refused":null}]}

### the same, English
$ egca --lang en rules show status_query --format json
> {"versions":[{"id":"status_query","title":"The day from which the status and result may be asked by telephone","effective_from":"2024-11-01","version":"Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration)","starts":"the day the application is accepted","period":"15 working days after, then the first working day after","unit":"working_days","count":15,"direction":"after","extends":null,"pause":"none","roll":"none","roll_basis":null,"result":"first_working_day_after","cutoff":"24:00","cutoff_in_person":null,"basis":[],"guide":{"section":"Public enquiry","item":null},"contested":false,"note":"\"15 working days after the acceptance\" appears only in the Service Guide; no article of law supports it.","refused":null}]}

# --- usage errors ------------------------------------------------------------------------------------------------

### unknown command, English
$ egca --lang en frobnicate
! egca: frobnicate: unknown command (egca --help lists them)
? 2

### no command, English
$ egca --lang en
! egca: expected a command (egca --help lists them)
? 2

### an unknown global option, English
$ egca --lang en --frobnicate
! egca: --frobnicate: unknown option (egca --help lists them)
? 2

### --unmarked, English
$ egca --lang en --unmarked maybe help
! egca: --unmarked: expected ignore, error or holiday
? 2

### --unmarked, Chinese
$ egca --unmarked maybe help
! egca: --unmarked: 应为ignore、error或holiday
? 2

### --office without a code, Chinese
$ egca calendar days 2026-01-01 2026-01-02 --office
! egca: --office: 需要GB/T 2260省级行政区划代码，如450000
? 2

### --office without a code, English
$ egca --lang en calendar days 2026-01-01 2026-01-02 --office
! egca: --office: needs a GB/T 2260 province code, such as 450000
? 2

### --holidays without a path, Chinese
$ egca workdays 2026-01-01 2026-01-02 --holidays
! egca: --holidays: 缺少路径
? 2

### N out of range, Chinese
$ egca add-workdays 2026-01-01 100001
! egca: N: 100001超出范围（-100000..100000）
? 2

### N out of range, English
$ egca --lang en add-workdays 2026-01-01 100001
! egca: N: 100001 is out of range (-100000..100000)
? 2

### add-workdays needs DATE N, Chinese
$ egca add-workdays 2026-01-01
! egca: add-workdays: 应为DATE N
? 2

### add-workdays needs DATE N, English
$ egca --lang en add-workdays 2026-01-01
! egca: add-workdays: expected DATE N
? 2

### workdays: an unknown option, Chinese
$ egca workdays 2026-01-01 2026-01-02 --verbose
! egca: --verbose: workdays没有此选项（见egca workdays --help）
? 2

### workdays: an unknown option, English
$ egca --lang en workdays 2026-01-01 2026-01-02 --verbose
! egca: --verbose: unknown option for workdays (egca workdays --help)
? 2

### --format needs text or json, Chinese
$ egca workdays 2026-01-01 2026-01-02 --format xml
! egca: --format: 应为text或json，而不是"xml"
? 2

### calendar: no such form, Chinese
$ egca calendar week 2026-01
! egca: calendar: 应为days FROM TO、month YYYY-MM、year YYYY、export YEAR...或coverage
? 2

### calendar: no such form, English
$ egca --lang en calendar week 2026-01
! egca: calendar: expected days FROM TO, month YYYY-MM, year YYYY, export YEAR... or coverage
? 2

### calendar month: not a month, Chinese
$ egca calendar month 2026-13
! egca: calendar month: "2026-13"不是月份：应为YYYY-MM
? 2

### calendar year: not a year, English
$ egca --lang en calendar year 26
! egca: calendar year: "26" is not a year: expected YYYY
? 2

### calendar export takes no --format, Chinese
$ egca calendar export 2026 --format json
! egca: --format: calendar export输出iCalendar：不适用--format
? 2

### calendar export: no year, Chinese
$ egca calendar export
! egca: calendar export: 应为YEAR...（1至300个年份）
? 2

### --format html is for calendar year, Chinese
$ egca calendar month 2026-01 --format html
! egca: --format: html只适用于calendar year
? 2

### calendar coverage takes no arguments, Chinese
$ egca calendar coverage 2026
! egca: calendar coverage: 不接受参数
? 2

### offices takes no arguments, English
$ egca --lang en offices all
! egca: offices: takes no arguments
? 2

### deadline: unknown rule, English
$ egca --lang en --rules @TESTDATA@/rules/valid-two-versions deadline renewal 2026-01-01
! egca: deadline: unknown rule "renewal" (rules: acceptance, decision, decision_extension, review_time_notice, notification, status_query, certificate_validity, change_filing, renewal_filing, renewal_decision, hearing_request, hearing_notice, hearing_held)
? 2

### deadline: unknown rule, Chinese
$ egca --rules @TESTDATA@/rules/valid-two-versions deadline renewal 2026-01-01
! egca: deadline: 未知规则"renewal"（规则：acceptance, decision, decision_extension, review_time_notice, notification, status_query, certificate_validity, change_filing, renewal_filing, renewal_decision, hearing_request, hearing_notice, hearing_held）
? 2

### deadline: a pause that is not FROM:TO, Chinese
$ egca deadline decision 2026-03-02 --pause 2026-03-10
! egca: --pause: "2026-03-10"不是FROM:TO或FROM:（未结束的中止）
? 2

### deadline: a pause that ends before it begins, English
$ egca --lang en deadline decision 2026-03-02 --pause 2026-03-10:2026-03-09
! egca: --pause: 2026-03-10:2026-03-09 ends before it begins
? 2

### deadline: a pause that ends before it begins, Chinese
$ egca deadline decision 2026-03-02 --pause 2026-03-10:2026-03-09
! egca: --pause: 2026-03-10:2026-03-09的结束日早于开始日
? 2

### deadline: RULE DATE, English
$ egca --lang en deadline decision
! egca: deadline: expected RULE DATE
? 2

### deadline: one argument too many, Chinese
$ egca deadline decision 2026-03-02 2026-03-03
! egca: deadline: 多余的参数"2026-03-03"
? 2

### deadline: --policy, Chinese
$ egca deadline renewal_filing 2026-04-17 --policy sooner
! egca: --policy: 应为earlier或later，而不是"sooner"
? 2

### deadline: an unknown option, Chinese
$ egca deadline decision 2026-03-02 --verbose
! egca: --verbose: deadline没有此选项
? 2

### --reading without "=", English
$ egca --lang en deadline renewal_filing 2026-04-17 --reading later
! egca: --reading: expected QUESTION=READING (egca rules readings lists them), not "later"
? 2

### --reading: a reading the question does not have, English
$ egca --lang en deadline renewal_filing 2026-04-17 --reading renewal_rest_day=sooner
! egca: --reading: question "renewal_rest_day" has no reading "sooner": it has earlier and later
? 2

### --reading: one question twice, Chinese
$ egca deadline renewal_filing 2026-04-17 --reading renewal_rest_day=later --reading renewal_rest_day=earlier
! egca: --reading: 问题"renewal_rest_day"被指定了两次读法
? 2

### --reading: one question twice, English
$ egca --lang en deadline renewal_filing 2026-04-17 --reading renewal_rest_day=later --reading renewal_rest_day=earlier
! egca: --reading: question "renewal_rest_day" is given a reading twice
? 2

### rules: no such form, Chinese
$ egca rules frobnicate
! egca: rules: 应为`rules list`、`rules show RULE`或`rules readings`
? 2

### rules: no such form, English
$ egca --lang en rules frobnicate
! egca: rules: expected `rules list`, `rules show RULE` or `rules readings`
? 2

### rules show: an unknown rule, English
$ egca --lang en rules show renewal
! egca: rules show: unknown rule "renewal" (egca rules list names them)
? 2

### rules show: an unknown rule, Chinese
$ egca rules show renewal
! egca: rules show: 未知规则"renewal"（egca rules list列出全部规则）
? 2

### assess: no profile, English
$ egca --lang en assess
! egca: assess: usage: assess PROFILE.json [--format text|json]
? 2

### timeline: two case files, Chinese
$ egca timeline a.json b.json
! egca: timeline: 只能给出一个案件文件，或用-从stdin读取案件
? 2

### timeline: two case files, English
$ egca --lang en timeline a.json b.json
! egca: timeline: one case file, or - for cases on stdin
? 2

### timeline: --receipt, English
$ egca --lang en timeline a.json --receipt maybe
! egca: --receipt: expected next_working_day or as_dated
? 2

### timeline: --policy, Chinese
$ egca timeline a.json --policy sooner
! egca: --policy: 应为earlier或later
? 2

### timeline: an unknown option, Chinese
$ egca timeline a.json --verbose
! egca: --verbose: 未知选项
? 2

### timeline: a missing file, English
$ egca --lang en timeline @TMP@/none.json
! egca: @TMP@/none.json: cannot open: No such file or directory
? 3

# --- calendar month, year and coverage ----------------------------------------------------------------------

### calendar month, English: 2026-02, 春节 02-15..23 off, Sat 02-14 and 02-28 worked
$ egca --lang en calendar month 2026-02
> 2026-02 (February)
>   Mo  Tu  We  Th  Fr  Sa  Su
>                           1
>   2   3   4   5   6   7   8
>   9  10  11  12  13  14+ 15*
>  16* 17* 18* 19* 20* 21* 22*
>  23* 24  25  26  27  28+
> * holiday   + adjusted working day (make-up working day)
> + 02-14 Spring Festival
> * 02-15..02-23 Spring Festival
> + 02-28 Spring Festival
> notices: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)

### a region's own rest day is marked local: 宁夏 2020 古尔邦节 07-30..31, English
$ egca --lang en --office 640000 calendar month 2020-07
> 2020-07 (July)
>   Mo  Tu  We  Th  Fr  Sa  Su
>           1   2   3   4   5
>   6   7   8   9  10  11  12
>  13  14  15  16  17  18  19
>  20  21  22  23  24  25  26
>  27  28  29  30* 31*
> * holiday   + adjusted working day (make-up working day)
> * 07-30..07-31 Eid al-Adha (Qurban) (local)
> notices: 宁夏回族自治区人民政府办公厅关于2020年部分节假日安排的通知 (2019-12-04)
...

### calendar year, Chinese: the weekday heads fill a day's three columns (2026: 元旦 01-01..03, Sun 01-04
# worked; 春节 02-15..23, Sat 02-14 and 02-28 worked)
$ egca calendar year 2026
> 2026
>
> 2026-01 一月            2026-02 二月            2026-03 三月
> 一 二 三 四 五 六 日    一 二 三 四 五 六 日    一 二 三 四 五 六 日
>           1* 2* 3* 4+                      1                       1
>  5  6  7  8  9 10 11     2  3  4  5  6  7  8     2  3  4  5  6  7  8
> 12 13 14 15 16 17 18     9 10 11 12 13 14+15*    9 10 11 12 13 14 15
> 19 20 21 22 23 24 25    16*17*18*19*20*21*22*   16 17 18 19 20 21 22
> 26 27 28 29 30 31       23*24 25 26 27 28+      23 24 25 26 27 28 29
>                                                 30 31
...

### calendar year, English
$ egca --lang en calendar year 2026
> 2026
>
> 2026-01 January         2026-02 February        2026-03 March
> Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
>           1* 2* 3* 4+                      1                       1
>  5  6  7  8  9 10 11     2  3  4  5  6  7  8     2  3  4  5  6  7  8
> 12 13 14 15 16 17 18     9 10 11 12 13 14+15*    9 10 11 12 13 14 15
> 19 20 21 22 23 24 25    16*17*18*19*20*21*22*   16 17 18 19 20 21 22
> 26 27 28 29 30 31       23*24 25 26 27 28+      23 24 25 26 27 28 29
>                                                 30 31
...

### calendar coverage with a region's layer (宁夏), Chinese: each year's local coverage too
$ egca --office 640000 calendar coverage
> 2007	已确认	地方：无	<built-in>/2007.ics, <built-in>/2008.ics
...

### the same, English
$ egca --lang en --office 640000 calendar coverage
> 2007	confirmed	local none	<built-in>/2007.ics, <built-in>/2008.ics
...

### calendar coverage of the fixture (2082 confirmed, 2083 tentative) with its counts, English
$ egca --lang en --holidays @TESTDATA@/calendars calendar coverage
> 2082	confirmed	@TESTDATA@/calendars/confirmed-2082.ics
> 2083	tentative	@TESTDATA@/calendars/tentative-2083.ics
> sources 2, events used 9, observances ignored 0, cancelled events 0

### --reading longer than 255 bytes, Chinese
$ egca deadline renewal_filing 2026-04-17 --reading renewal_rest_day=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
! egca: --reading: 读法至多32个，每个至多255字节
? 2

### --reading longer than 255 bytes, English
$ egca --lang en deadline renewal_filing 2026-04-17 --reading renewal_rest_day=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
! egca: --reading: at most 32 readings of up to 255 bytes
? 2

### rules readings --format json, English: the question and the readings in English, the ids as they are
$ egca --lang en rules readings --format json
> {
>   "questions": [
>     {
>       "id": "renewal_rest_day",
>       "question": "When the last day of the renewal's \"60 days before the end of the term\", counted back, is a rest day, does the time limit move to the last working day before it or to the first working day after it?",
>       "rule": "renewal_filing",
>       "sets": null,
>       "default": "earlier",
>       "readings": [
>         {
>           "id": "earlier",
>           "text": "To the last working day before: a time limit \"before the end\" must not shorten the authority's time for review because of a rest day, and the earlier reminder is also the safest for the applicant.",
...

### rules readings --format json, Chinese (the default)
$ egca rules readings --format json
> {
>   "questions": [
>     {
>       "id": "renewal_rest_day",
>       "question": "延续申请“届满60日前”倒算的最后一日为休息日时，期限移到此前最后一个工作日还是此后第一个工作日？",
>       "rule": "renewal_filing",
>       "sets": null,
>       "default": "earlier",
>       "readings": [
>         {
>           "id": "earlier",
>           "text": "移到此前最后一个工作日：“届满前”的期限不得因休息日而缩短行政机关的审查时间，提前提醒对申请人也最安全。",
...

### rules show --format json, English: each citation as {"law","article","item"} in English ("Article 32(1)", "(4)")
$ egca --lang en rules show acceptance --format json
> {"versions":[{"id":"acceptance","title":"Decide whether to accept the application, or give the correction notice once","effective_from":"2020-01-01","version":"Cryptography Law (in force from 2020-01-01), Article 29; Administrative Licensing Law","starts":"the day the application materials are received (or all the corrections are received)","period":"5 working days after","unit":"working_days","count":5,"direction":"after","extends":null,"pause":"none","roll":"none","roll_basis":null,"result":"last_day","cutoff":"24:00","cutoff_in_person":null,"basis":[{"law":"Administrative Licensing Law","article":"Article 32(1)","item":"(4)"},{"law":"Administrative Licensing Law","article":"Article 82","item":null},{"law":"Cryptography Law","article":"Article 29","item":null}],"guide":null,"contested":false,"note":"Where no correction notice is given in time, the application is accepted from the day the materials were received (Administrative Licensing Law, Article 32(1)(4)).","refused":null},{"id":"acceptance","title":"Decide whether to accept the application, or give the correction notice once","effective_from":"2023-07-01","version":"Regulations on the Administration of Commercial Cryptography (State Council Order No. 760, in force from 2023-07-01)","starts":"the day the application materials are received (or all the corrections are received)","period":"5 working days after","unit":"working_days","count":5,"direction":"after","extends":null,"pause":"none","roll":"none","roll_basis":null,"result":"last_day","cutoff":"24:00","cutoff_in_person":null,"basis":[{"law":"Administrative Licensing Law","article":"Article 32(1)","item":"(4)"},{"law":"Administrative Licensing Law","article":"Article 82","item":null},{"law":"Regulations on the Administration of Commercial Cryptography","article":"Article 26(1)","item":null}],"guide":null,"contested":false,"note":"Where no correction notice is given in time, the application is accepted from the day the materials were received (Administrative Licensing Law, Article 32(1)(4)).","refused":null},{"id":"acceptance","title":"Decide whether to accept the application, or give the correction notice once","effective_from":"2024-11-01","version":"Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration)","starts":"the day the application materials are received (or all the corrections are received)","period":"5 working days after","unit":"working_days","count":5,"direction":"after","extends":null,"pause":"none","roll":"none","roll_basis":null,"result":"last_day","cutoff":"24:00","cutoff_in_person":null,"basis":[{"law":"Administrative Licensing Law","article":"Article 32(1)","item":"(4)"},{"law":"Administrative Licensing Law","article":"Article 82","item":null}],"guide":{"section":"Procedure","item":"(1) New application, step 2"},"contested":false,"note":"Where no correction notice is given in time, the application is accepted from the day the materials were received (Administrative Licensing Law, Article 32(1)(4)), and the decision's time limit also runs from that day.","refused":null}]}

### serve: a bad --listen, an unknown option and a missing value are usage errors, in Chinese
$ egca serve --listen nope
! egca: --listen: "nope"不是ADDR:PORT（数字地址，如127.0.0.1:8383或[::1]:8383）
? 2

### the same, English
$ egca --lang en serve --listen nope
! egca: --listen: "nope" is not ADDR:PORT (numeric, such as 127.0.0.1:8383 or [::1]:8383)
? 2

### serve: an unknown option, Chinese
$ egca serve --bogus
! egca: --bogus: 不是serve的选项或参数（见egca serve --help）
? 2

### serve: an unknown option, English
$ egca --lang en serve --bogus
! egca: --bogus: unexpected (egca serve --help)
? 2

### serve: a missing value, Chinese
$ egca serve --timeout
! egca: --timeout: 缺少值
? 2
