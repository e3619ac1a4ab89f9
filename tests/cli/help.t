# Usage on request: --help, -h and `egca help COMMAND` print to stdout and exit 0, for egca and for every
# subcommand; global options go before or after the subcommand; --opt=value is --opt value.

### egca --help: the whole usage on stdout
$ egca --help
> 用法：egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### -h is --help
$ egca -h
> 用法：egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### egca help: the same
$ egca help
> 用法：egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### egca help COMMAND: that command's usage
$ egca help add-workdays
> 用法：egca add-workdays DATE N [--format text|json]
>   DATE之后第N个工作日（N<0：之前）；stdout只输出该日期
...

### COMMAND --help is the same, even with other arguments around it
$ egca add-workdays 2025-09-30 --help 5
> 用法：egca add-workdays DATE N [--format text|json]
...

### COMMAND -h
$ egca workdays -h
> 用法：egca workdays FROM TO [--format text|json]
...

### calendar --help (its five forms)
$ egca calendar days --help
> 用法：egca calendar days FROM TO [--format text|json]     每日一行：DATE<TAB>KIND
>       egca calendar month YYYY-MM [--format text|json]   一个月的月历（* 节假日，+ 调休上班日）
>       egca calendar year YYYY [--format text|json|html]  十二个月的月历，标记同月历
>       egca calendar export YEAR...                       这些年份的iCalendar日历
>       egca calendar coverage [--format text|json]        日历覆盖的年份及其来源
...

### deadline --help
$ egca deadline --help
> 用法：egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...
...

### rules --help
$ egca rules -h
> 用法：egca rules list [--format text|json]
...

### assess --help
$ egca assess --help
> 用法：egca assess PROFILE.json|- [--format text|json]
...

### timeline --help names --jobs
$ egca help timeline
> 用法：egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...
>                     [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]
...

### offices --help
$ egca offices --help
> 用法：egca offices [--format text|json]
...

### help for an unknown command is a usage error
$ egca help frobnicate
! egca: frobnicate: 未知命令（egca --help列出全部命令）
? 2

### help takes one command at most
$ egca help deadline timeline
! egca: help: 至多一个COMMAND
? 2

### no command: a usage error
$ egca
! egca: 缺少命令（egca --help列出全部命令）
? 2

### a global option after the subcommand (2083 tentative in the fixture)
$ egca add-workdays 2082-12-31 1 --holidays @TESTDATA@/calendars --strict
! egca: add-workdays: 2083年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误
? 4

### --opt=value for a global option and for a subcommand's
$ egca --holidays=@TESTDATA@/calendars add-workdays 2082-12-30 1 --format=json
> {"from":"2082-12-30","n":1,"date":"2082-12-31","provisional":false}

### --opt=value for the pause and the policy (the same answer as deadline.t's without them: 05-13)
$ egca deadline decision 2026-03-02 --pause=2026-03-10:2026-04-20 --policy=later
> 2026-05-13
...

### a flag takes no value
$ egca --strict=yes add-workdays 2025-09-30 5
! egca: --strict=yes: 未知选项（egca --help列出全部选项）
? 2

### --version
$ egca --version
...
