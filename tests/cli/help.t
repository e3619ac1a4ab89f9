# Usage on request: --help, -h and `egca help COMMAND` print to stdout and exit 0, for egca and for every
# subcommand; global options go before or after the subcommand; --opt=value is --opt value.

### egca --help: the whole usage on stdout
$ egca --help
> usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### -h is --help
$ egca -h
> usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### egca help: the same
$ egca help
> usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]
...

### egca help COMMAND: that command's usage
$ egca help add-workdays
> usage: egca add-workdays DATE N [--format text|json]
>   the N-th working day after DATE (N<0: before); stdout holds the date alone
...

### COMMAND --help is the same, even with other arguments around it
$ egca add-workdays 2025-09-30 --help 5
> usage: egca add-workdays DATE N [--format text|json]
...

### COMMAND -h
$ egca workdays -h
> usage: egca workdays FROM TO [--format text|json]
...

### calendar --help (its five forms)
$ egca calendar days --help
> usage: egca calendar days FROM TO [--format text|json]     one line per day: DATE<TAB>KIND
>        egca calendar month YYYY-MM [--format text|json]   a month grid (* holiday, + made a workday)
>        egca calendar year YYYY [--format text|json|html]  twelve month grids, marked as the month's
>        egca calendar export YEAR...                       the years as an iCalendar feed
>        egca calendar coverage [--format text|json]        covered years and their sources
...

### deadline --help
$ egca deadline --help
> usage: egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...
...

### rules --help
$ egca rules -h
> usage: egca rules list [--format text|json]
...

### assess --help
$ egca assess --help
> usage: egca assess PROFILE.json|- [--format text|json]
...

### timeline --help names --jobs
$ egca help timeline
> usage: egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...
>                      [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]
...

### offices --help
$ egca offices --help
> usage: egca offices [--format text|json]
...

### help for an unknown command is a usage error
$ egca help frobnicate
! egca: frobnicate: unknown command (egca --help lists them)
? 2

### help takes one command at most
$ egca help deadline timeline
! egca: help: expected at most one COMMAND
? 2

### no command: a usage error
$ egca
! egca: expected a command (egca --help lists them)
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
! egca: --strict=yes: unknown option (egca --help lists them)
? 2

### --version
$ egca --version
...
