# The calendar commands on the built-in data: calendar days|month|coverage, add-workdays, workdays.
# Expected dates come from the State Council notices (see tools/notices/). Coverage boundaries, tentative
# years and --strict are tested on the fixture calendars of tests/data/calendars (2082 confirmed, 2083
# tentative), so that they do not change when the next notice is added.

### DESIGN.md worked example: 5 working days from 2025-09-30 (10-01..08 holiday, Sat 10-11 worked)
$ egca add-workdays 2025-09-30 5
> 2025-10-14

### the same period counted back
$ egca add-workdays 2025-10-14 -5
> 2025-09-30

### working days in (FROM, TO]
$ egca workdays 2025-09-30 2025-10-14
> 5

### working days counted backwards are negative
$ egca workdays 2025-10-14 2025-09-30
> -5

### across the 2018/2019 boundary: Sat 2018-12-29 worked, 12-30..01-01 holiday (2019 notice)
$ egca add-workdays 2018-12-28 2
> 2019-01-02

### from a holiday, day 1 is the next working day
$ egca add-workdays 2026-02-16 1
> 2026-02-24

### from an adjusted working day (Sat 2026-02-28)
$ egca add-workdays 2026-02-28 1
> 2026-03-02

### a tentative year (the fixture's 2083, 元旦 Fri 01-01): stdout holds the bare date, the warning goes to stderr
$ egca --holidays @TESTDATA@/calendars add-workdays 2082-12-31 1
> 2083-01-04
! egca: add-workdays: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

### --strict turns a provisional answer into a coverage error
$ egca --holidays @TESTDATA@/calendars --strict add-workdays 2082-12-31 1
! egca: add-workdays: 2083年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误
? 4

### --strict turns a provisional answer into a coverage error (in English)
$ egca --lang en --holidays @TESTDATA@/calendars --strict add-workdays 2082-12-31 1
! egca: add-workdays: 2083 is tentative (its holiday notice is not loaded): a provisional answer is an error in strict mode
? 4

### a year without holiday data is an error, never a guess (the fixture covers 2082-2083)
$ egca --holidays @TESTDATA@/calendars add-workdays 2084-03-01 1
! egca: add-workdays: 没有2084年的节假日数据：日历覆盖2082-2083年；请载入该年的放假通知
? 4

### a year without holiday data is an error, never a guess (the fixture covers 2082-2083) (in English)
$ egca --lang en --holidays @TESTDATA@/calendars add-workdays 2084-03-01 1
! egca: add-workdays: no holiday data for 2084: the calendar covers 2082-2083; load that year's holiday notice
? 4

### counting back before the first covered year
$ egca --holidays @TESTDATA@/calendars workdays 2081-12-01 2082-01-10
! egca: workdays: 没有2081年的节假日数据：日历覆盖2082-2083年；请载入该年的放假通知
? 4

### a bad date is a usage error naming the argument
$ egca add-workdays 2026-02-30 1
! egca: DATE: "2026-02-30"：2026-02没有30日
? 2

### a bad date is a usage error naming the argument (in English)
$ egca --lang en add-workdays 2026-02-30 1
! egca: DATE: "2026-02-30": 2026-02 has no day 30
? 2

### a date with a time is refused
$ egca workdays 2026-02-03T00:00 2026-02-10
! egca: FROM: "2026-02-03T00:00"：日期后有多余文字（YYYY-MM-DD）
? 2

### a date with a time is refused (in English)
$ egca --lang en workdays 2026-02-03T00:00 2026-02-10
! egca: FROM: "2026-02-03T00:00": unexpected text after the date (YYYY-MM-DD)
? 2

### N must be an integer
$ egca add-workdays 2026-02-03 five
! egca: N: "five"不是整数
? 2

### unknown command
$ egca frobnicate
! egca: frobnicate: 未知命令（egca --help列出全部命令）
? 2

### calendar days: one line per day with its kind
$ egca calendar days 2025-09-26 2025-10-01
> 2025-09-26	工作日
> 2025-09-27	周末
> 2025-09-28	调休上班日	国庆节、中秋节
> 2025-09-29	工作日
> 2025-09-30	工作日
> 2025-10-01	节假日	国庆节、中秋节

### calendar days in a tentative year are marked provisional (the fixture's 2083; 01-01 its tentative 元旦)
$ egca --holidays @TESTDATA@/calendars calendar days 2082-12-31 2083-01-04
> 2082-12-31	工作日
> 2083-01-01	节假日	元旦	暂定
> 2083-01-02	周末		暂定
> 2083-01-03	周末		暂定
> 2083-01-04	工作日		暂定
! egca: calendar days: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

### calendar days refuses a range that leaves the covered years, printing nothing
$ egca --holidays @TESTDATA@/calendars calendar days 2083-12-30 2084-01-02
! egca: 2084-01-01: 没有2084年的节假日数据：日历覆盖2082-2083年；请载入该年的放假通知
? 4

### calendar month: the 2026 Spring Festival (02-15..23) and the working Saturdays 02-14 and 02-28
$ egca calendar month 2026-02
> 2026-02（二月）
>   一  二  三  四  五  六  日
>                           1
>   2   3   4   5   6   7   8
>   9  10  11  12  13  14+ 15*
>  16* 17* 18* 19* 20* 21* 22*
>  23* 24  25  26  27  28+
> * 休 节假日   + 班 调休上班日
> + 02-14 春节
> * 02-15..02-23 春节
> + 02-28 春节
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### calendar month in a tentative year says so (the fixture's 2083: 国庆节 Fri 10-01 .. Tue 10-05, tentative)
$ egca --holidays @TESTDATA@/calendars calendar month 2083-10
> 2083-10（十月）
>   一  二  三  四  五  六  日
>                   1*  2*  3*
>   4*  5*  6   7   8   9  10
>  11  12  13  14  15  16  17
>  18  19  20  21  22  23  24
>  25  26  27  28  29  30  31
> * 休 节假日   + 班 调休上班日
> * 10-01..10-05 国庆节
! egca: calendar month: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

### calendar month in a confirmed year does not (the fixture's 2082: 国庆节 10-01 .. 10-07, Sat 10-10 worked)
$ egca --holidays @TESTDATA@/calendars calendar month 2082-10
> 2082-10（十月）
>   一  二  三  四  五  六  日
>               1*  2*  3*  4*
>   5*  6*  7*  8   9  10+ 11
>  12  13  14  15  16  17  18
>  19  20  21  22  23  24  25
>  26  27  28  29  30  31
> * 休 节假日   + 班 调休上班日
> * 10-01..10-07 国庆节
> + 10-10 国庆节

### calendar coverage of the fixture: one confirmed year, one tentative
$ egca --holidays @TESTDATA@/calendars calendar coverage
> 2082	已确认	@TESTDATA@/calendars/confirmed-2082.ics
> 2083	暂定	@TESTDATA@/calendars/tentative-2083.ics
> 来源2个，采用事件9个，忽略纪念日0个，取消事件0个

### calendar coverage lists every year with its sources
$ egca calendar coverage
> 2007	已确认	<built-in>/2007.ics, <built-in>/2008.ics
> 2008	已确认	<built-in>/2008.ics
...

### calendar days in English (--lang en): the kinds by their JSON names, a day's name in English (国庆节、中秋节)
$ egca --lang en calendar days 2025-09-28 2025-10-01
> 2025-09-28	adjusted_workday	National Day, Mid-Autumn Festival
> 2025-09-29	workday
> 2025-09-30	workday
> 2025-10-01	holiday	National Day, Mid-Autumn Festival

### calendar days in English: a tentative year's days are "provisional", 元旦 New Year's Day
$ egca --lang en --holidays @TESTDATA@/calendars calendar days 2082-12-31 2083-01-04
> 2082-12-31	workday
> 2083-01-01	holiday	New Year's Day	provisional
> 2083-01-02	weekend		provisional
> 2083-01-03	weekend		provisional
> 2083-01-04	workday		provisional
! egca: calendar days: provisional: the answer rests on a day whose holiday notice is not confirmed (egca calendar coverage; --strict refuses it)

### calendar month in English: the 2026 Spring Festival, its working Saturdays and the notice (its title the State Council's words)
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

### calendar month in English in the fixture's confirmed 2082 (国庆节 10-01..10-07, Sat 10-10 worked)
$ egca --lang en --holidays @TESTDATA@/calendars calendar month 2082-10
> 2082-10 (October)
>   Mo  Tu  We  Th  Fr  Sa  Su
>               1*  2*  3*  4*
>   5*  6*  7*  8   9  10+ 11
>  12  13  14  15  16  17  18
>  19  20  21  22  23  24  25
>  26  27  28  29  30  31
> * holiday   + adjusted working day (make-up working day)
> * 10-01..10-07 National Day
> + 10-10 National Day

### calendar year: the fixture's confirmed 2082 (元旦 01-01..03, 春节 02-15..23 with Sat 02-14 and 02-28 worked, 国庆节 10-01..07 with Sat 10-10 worked)
$ egca --holidays @TESTDATA@/calendars calendar year 2082
> 2082
>
> 2082-01 一月            2082-02 二月            2082-03 三月
> 一 二 三 四 五 六 日    一 二 三 四 五 六 日    一 二 三 四 五 六 日
>           1* 2* 3* 4                       1                       1
>  5  6  7  8  9 10 11     2  3  4  5  6  7  8     2  3  4  5  6  7  8
> 12 13 14 15 16 17 18     9 10 11 12 13 14+15*    9 10 11 12 13 14 15
> 19 20 21 22 23 24 25    16*17*18*19*20*21*22*   16 17 18 19 20 21 22
> 26 27 28 29 30 31       23*24 25 26 27 28+      23 24 25 26 27 28 29
>                                                 30 31
>
> 2082-04 四月            2082-05 五月            2082-06 六月
> 一 二 三 四 五 六 日    一 二 三 四 五 六 日    一 二 三 四 五 六 日
>        1  2  3  4  5                 1  2  3     1  2  3  4  5  6  7
>  6  7  8  9 10 11 12     4  5  6  7  8  9 10     8  9 10 11 12 13 14
> 13 14 15 16 17 18 19    11 12 13 14 15 16 17    15 16 17 18 19 20 21
> 20 21 22 23 24 25 26    18 19 20 21 22 23 24    22 23 24 25 26 27 28
> 27 28 29 30             25 26 27 28 29 30 31    29 30
>
> 2082-07 七月            2082-08 八月            2082-09 九月
> 一 二 三 四 五 六 日    一 二 三 四 五 六 日    一 二 三 四 五 六 日
>        1  2  3  4  5                    1  2        1  2  3  4  5  6
>  6  7  8  9 10 11 12     3  4  5  6  7  8  9     7  8  9 10 11 12 13
> 13 14 15 16 17 18 19    10 11 12 13 14 15 16    14 15 16 17 18 19 20
> 20 21 22 23 24 25 26    17 18 19 20 21 22 23    21 22 23 24 25 26 27
> 27 28 29 30 31          24 25 26 27 28 29 30    28 29 30
>                         31
>
> 2082-10 十月            2082-11 十一月          2082-12 十二月
> 一 二 三 四 五 六 日    一 二 三 四 五 六 日    一 二 三 四 五 六 日
>           1* 2* 3* 4*                      1        1  2  3  4  5  6
>  5* 6* 7* 8  9 10+11     2  3  4  5  6  7  8     7  8  9 10 11 12 13
> 12 13 14 15 16 17 18     9 10 11 12 13 14 15    14 15 16 17 18 19 20
> 19 20 21 22 23 24 25    16 17 18 19 20 21 22    21 22 23 24 25 26 27
> 26 27 28 29 30 31       23 24 25 26 27 28 29    28 29 30 31
>                         30
>
> * 休 节假日   + 班 调休上班日

### calendar year in English
$ egca --lang en --holidays @TESTDATA@/calendars calendar year 2082
> 2082
>
> 2082-01 January         2082-02 February        2082-03 March
> Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
>           1* 2* 3* 4                       1                       1
>  5  6  7  8  9 10 11     2  3  4  5  6  7  8     2  3  4  5  6  7  8
> 12 13 14 15 16 17 18     9 10 11 12 13 14+15*    9 10 11 12 13 14 15
> 19 20 21 22 23 24 25    16*17*18*19*20*21*22*   16 17 18 19 20 21 22
> 26 27 28 29 30 31       23*24 25 26 27 28+      23 24 25 26 27 28 29
>                                                 30 31
>
> 2082-04 April           2082-05 May             2082-06 June
> Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
>        1  2  3  4  5                 1  2  3     1  2  3  4  5  6  7
>  6  7  8  9 10 11 12     4  5  6  7  8  9 10     8  9 10 11 12 13 14
> 13 14 15 16 17 18 19    11 12 13 14 15 16 17    15 16 17 18 19 20 21
> 20 21 22 23 24 25 26    18 19 20 21 22 23 24    22 23 24 25 26 27 28
> 27 28 29 30             25 26 27 28 29 30 31    29 30
>
> 2082-07 July            2082-08 August          2082-09 September
> Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
>        1  2  3  4  5                    1  2        1  2  3  4  5  6
>  6  7  8  9 10 11 12     3  4  5  6  7  8  9     7  8  9 10 11 12 13
> 13 14 15 16 17 18 19    10 11 12 13 14 15 16    14 15 16 17 18 19 20
> 20 21 22 23 24 25 26    17 18 19 20 21 22 23    21 22 23 24 25 26 27
> 27 28 29 30 31          24 25 26 27 28 29 30    28 29 30
>                         31
>
> 2082-10 October         2082-11 November        2082-12 December
> Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
>           1* 2* 3* 4*                      1        1  2  3  4  5  6
>  5* 6* 7* 8  9 10+11     2  3  4  5  6  7  8     7  8  9 10 11 12 13
> 12 13 14 15 16 17 18     9 10 11 12 13 14 15    14 15 16 17 18 19 20
> 19 20 21 22 23 24 25    16 17 18 19 20 21 22    21 22 23 24 25 26 27
> 26 27 28 29 30 31       23 24 25 26 27 28 29    28 29 30 31
>                         30
>
> * holiday   + adjusted working day (make-up working day)

### calendar coverage in English
$ egca --lang en --holidays @TESTDATA@/calendars calendar coverage
> 2082	confirmed	@TESTDATA@/calendars/confirmed-2082.ics
> 2083	tentative	@TESTDATA@/calendars/tentative-2083.ics
> sources 2, events used 9, observances ignored 0, cancelled events 0
