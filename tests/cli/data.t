# Holiday data: the shipped calendar (data/holidays/, built from tools/notices/), third-party feeds
# loaded as they are, and holiday files that egca must refuse (tests/data/ics/bad/).
# Whole-range comparisons (every day 2007-2026 against the holiday-cn facts, the holiday-cn feed against
# the shipped data) are in tests/python/test_data.py.

### built-in: the 2020 Spring Festival, extended to 02-02 by the second notice (02-01 no longer worked)
$ egca calendar days 2020-01-17 2020-02-04
> 2020-01-17	工作日
> 2020-01-18	周末
> 2020-01-19	调休上班日	春节
> 2020-01-20	工作日
> 2020-01-21	工作日
> 2020-01-22	工作日
> 2020-01-23	工作日
> 2020-01-24	节假日	春节
> 2020-01-25	节假日	春节
> 2020-01-26	节假日	春节
> 2020-01-27	节假日	春节
> 2020-01-28	节假日	春节
> 2020-01-29	节假日	春节
> 2020-01-30	节假日	春节
> 2020-01-31	节假日	春节
> 2020-02-01	节假日	春节
> 2020-02-02	节假日	春节
> 2020-02-03	工作日
> 2020-02-04	工作日

### built-in: the one-off 2015-09-03 holiday (抗战胜利70周年), 09-04 in lieu, Sunday 09-06 worked
$ egca calendar days 2015-09-02 2015-09-07
> 2015-09-02	工作日
> 2015-09-03	节假日	抗日战争暨世界反法西斯战争胜利70周年纪念日
> 2015-09-04	节假日	抗日战争暨世界反法西斯战争胜利70周年纪念日
> 2015-09-05	节假日	抗日战争暨世界反法西斯战争胜利70周年纪念日
> 2015-09-06	调休上班日	抗日战争暨世界反法西斯战争胜利70周年纪念日
> 2015-09-07	工作日

### built-in: the 2008 notice reaches into December 2007
$ egca calendar days 2007-12-28 2008-01-02
> 2007-12-28	工作日
> 2007-12-29	调休上班日	元旦
> 2007-12-30	节假日	元旦
> 2007-12-31	节假日	元旦
> 2008-01-01	节假日	元旦
> 2008-01-02	工作日

### built-in: 2014 清明节 is 04-05 and the Monday 04-07 in lieu; the Sunday between stays a weekend
$ egca calendar days 2014-04-04 2014-04-08
> 2014-04-04	工作日
> 2014-04-05	节假日	清明节
> 2014-04-06	周末
> 2014-04-07	节假日	清明节
> 2014-04-08	工作日

### built-in: the nine-day 2026 Spring Festival and its two working Saturdays
$ egca calendar days 2026-02-13 2026-03-01
> 2026-02-13	工作日
> 2026-02-14	调休上班日	春节
> 2026-02-15	节假日	春节
> 2026-02-16	节假日	春节
> 2026-02-17	节假日	春节
> 2026-02-18	节假日	春节
> 2026-02-19	节假日	春节
> 2026-02-20	节假日	春节
> 2026-02-21	节假日	春节
> 2026-02-22	节假日	春节
> 2026-02-23	节假日	春节
> 2026-02-24	工作日
> 2026-02-25	工作日
> 2026-02-26	工作日
> 2026-02-27	工作日
> 2026-02-28	调休上班日	春节
> 2026-03-01	周末

### built-in: one working day after 2020-01-23 is the Monday after the extended holiday
$ egca add-workdays 2020-01-23 1
> 2020-02-03

### built-in: a working Saturday counts as a working day
$ egca add-workdays 2026-02-13 1
> 2026-02-14

### built-in: working days in (2015-09-02, 2015-09-07]: the worked Sunday and the Monday
$ egca workdays 2015-09-02 2015-09-07
> 2

### shipped: 2006 has no notice in the data (the first two shipped files: the message names their years only)
$ egca --holidays @SRC@/data/holidays/2007.ics --holidays @SRC@/data/holidays/2008.ics calendar days 2006-12-31 2007-01-01
! egca: 2006-12-31: 没有2006年的节假日数据：日历覆盖2007-2008年；请载入该年的放假通知
? 4

### fixture: a tentative year; --strict refuses its days, naming the first one
$ egca --holidays @TESTDATA@/calendars --strict calendar days 2083-02-04 2083-02-11
! egca: 2083-02-04: 2083年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误
? 4

### fixture: a tentative year; --strict refuses its days, naming the first one (in English)
$ egca --lang en --holidays @TESTDATA@/calendars --strict calendar days 2083-02-04 2083-02-11
! egca: 2083-02-04: 2083 is tentative (its holiday notice is not loaded): a provisional answer is an error in strict mode
? 4

### holiday-cn feed (a folder of .ics, loaded as it is) gives the 2026 Spring Festival of the notice
$ egca --holidays @SHARED@/holidays/holiday-cn/ics/ calendar days 2026-02-13 2026-03-01
> 2026-02-13	工作日
> 2026-02-14	调休上班日	上班
> 2026-02-15	节假日	春节假期
> 2026-02-16	节假日	春节假期
> 2026-02-17	节假日	春节假期
> 2026-02-18	节假日	春节假期
> 2026-02-19	节假日	春节假期
> 2026-02-20	节假日	春节假期
> 2026-02-21	节假日	春节假期
> 2026-02-22	节假日	春节假期
> 2026-02-23	节假日	春节假期
> 2026-02-24	工作日
> 2026-02-25	工作日
> 2026-02-26	工作日
> 2026-02-27	工作日
> 2026-02-28	调休上班日	上班
> 2026-03-01	周末

### holiday-cn feed: 2020, the extension included; its 上班 Monday 02-03 is an ordinary working day
$ egca --holidays @SHARED@/holidays/holiday-cn/ics/2020.ics calendar days 2020-01-30 2020-02-04
> 2020-01-30	节假日	春节假期
> 2020-01-31	节假日	春节假期
> 2020-02-01	节假日	春节假期
> 2020-02-02	节假日	春节假期
> 2020-02-03	工作日	上班
> 2020-02-04	工作日

### holiday-cn feed and the shipped 2025 file agree, so they load together
$ egca --holidays @SHARED@/holidays/holiday-cn/ics/2025.ics --holidays @SRC@/data/holidays/2025.ics workdays 2025-01-01 2025-12-31
> 248

### Apple-style feed: 春节(休)/春节(班) with X-APPLE-SPECIAL-DAY (the holiday's DESCRIPTION mentions 上班)
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-01-24 2025-02-10
> 2025-01-24	工作日
> 2025-01-25	周末
> 2025-01-26	调休上班日	春节
> 2025-01-27	工作日
> 2025-01-28	节假日	春节
> 2025-01-29	节假日	春节
> 2025-01-30	节假日	春节
> 2025-01-31	节假日	春节
> 2025-02-01	节假日	春节
> 2025-02-02	节假日	春节
> 2025-02-03	节假日	春节
> 2025-02-04	节假日	春节
> 2025-02-05	工作日
> 2025-02-06	工作日
> 2025-02-07	工作日
> 2025-02-08	调休上班日	春节
> 2025-02-09	周末
> 2025-02-10	工作日

### Apple-style feed: observances (妇女节 on a Saturday, 植树节 on a Wednesday) change nothing
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-03-07 2025-03-13
> 2025-03-07	工作日
> 2025-03-08	周末
> 2025-03-09	周末
> 2025-03-10	工作日
> 2025-03-11	工作日
> 2025-03-12	工作日
> 2025-03-13	工作日

### Apple-style feed: SUMMARY;LANGUAGE=zh-CN
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-04-03 2025-04-07
> 2025-04-03	工作日
> 2025-04-04	节假日	清明节
> 2025-04-05	节假日	清明节
> 2025-04-06	节假日	清明节
> 2025-04-07	工作日

### Apple-style feed: a make-up day written as a timed event with no time zone
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-04-25 2025-05-06
> 2025-04-25	工作日
> 2025-04-26	周末
> 2025-04-27	调休上班日	劳动节
> 2025-04-28	工作日
> 2025-04-29	工作日
> 2025-04-30	工作日
> 2025-05-01	节假日	劳动节
> 2025-05-02	节假日	劳动节
> 2025-05-03	节假日	劳动节
> 2025-05-04	节假日	劳动节
> 2025-05-05	节假日	劳动节
> 2025-05-06	工作日

### Apple-style feed: DURATION instead of DTEND
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-05-30 2025-06-03
> 2025-05-30	工作日
> 2025-05-31	节假日	端午节
> 2025-06-01	节假日	端午节
> 2025-06-02	节假日	端午节
> 2025-06-03	工作日

### Apple-style feed: RRULE with EXDATE; a STATUS:CANCELLED holiday on 10-10 is ignored
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2025-09-26 2025-10-13
> 2025-09-26	工作日
> 2025-09-27	周末
> 2025-09-28	调休上班日	国庆节、中秋节
> 2025-09-29	工作日
> 2025-09-30	工作日
> 2025-10-01	节假日	国庆节、中秋节
> 2025-10-02	节假日	国庆节、中秋节
> 2025-10-03	节假日	国庆节、中秋节
> 2025-10-04	节假日	国庆节、中秋节
> 2025-10-05	节假日	国庆节、中秋节
> 2025-10-06	节假日	国庆节、中秋节
> 2025-10-07	节假日	国庆节、中秋节
> 2025-10-08	节假日	国庆节、中秋节
> 2025-10-09	工作日
> 2025-10-10	工作日
> 2025-10-11	调休上班日	国庆节、中秋节
> 2025-10-12	周末
> 2025-10-13	工作日

### Apple-style feed: the whole year has the working days of the shipped data
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics workdays 2025-01-01 2025-12-31
> 248

### Apple-style feed and the shipped 2025 file agree, so they load together
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics --holidays @SRC@/data/holidays/2025.ics add-workdays 2025-09-30 5
> 2025-10-14

### Apple-style feed covers 2025 only
$ egca --holidays @TESTDATA@/ics/apple-style-2025.ics calendar days 2024-12-31 2025-01-01
! egca: 2024-12-31: 没有2024年的节假日数据：日历覆盖2025年；请载入该年的放假通知
? 4

### bad input: an empty file
$ egca --holidays @TESTDATA@/ics/bad/empty.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/empty.ics: 文件为空：应为iCalendar的VCALENDAR
? 3

### bad input: an empty file (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/empty.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/empty.ics: empty file: expected an iCalendar VCALENDAR
? 3

### bad input: binary garbage
$ egca --holidays @TESTDATA@/ics/bad/garbage.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/garbage.ics: 不是iCalendar文本：其中有NUL字节
? 3

### bad input: no BEGIN:VCALENDAR (a bare VEVENT)
$ egca --holidays @TESTDATA@/ics/bad/no-vcalendar.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-vcalendar.ics:1: 不是iCalendar文件：须以BEGIN:VCALENDAR开头
? 3

### bad input: a web page saved as .ics
$ egca --holidays @TESTDATA@/ics/bad/web-page.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/web-page.ics:1: 不是iCalendar文件：须以BEGIN:VCALENDAR开头
? 3

### bad input: an event with no DTSTART
$ egca --holidays @TESTDATA@/ics/bad/no-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-dtstart.ics:4: 事件no-dtstart@test：没有DTSTART
? 3

### bad input: an event with no DTSTART (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/no-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-dtstart.ics:4: event no-dtstart@test: no DTSTART
? 3

### bad input: an unreadable DTSTART (28/01/2025)
$ egca --holidays @TESTDATA@/ics/bad/unreadable-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unreadable-dtstart.ics:4: 事件bad-dtstart@test：无法读取的DTSTART"28/01/2025"（不是RFC 5545的DATE、DATE-TIME或PERIOD）
? 3

### bad input: an unreadable DTSTART (28/01/2025) (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/unreadable-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unreadable-dtstart.ics:4: event bad-dtstart@test: unreadable DTSTART "28/01/2025" (not an RFC 5545 DATE, DATE-TIME or PERIOD)
? 3

### bad input: an impossible DTSTART (February 30)
$ egca --holidays @TESTDATA@/ics/bad/impossible-date.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/impossible-date.ics:4: 事件feb30@test：无法读取的DTSTART
? 3

### bad input: DTEND before DTSTART
$ egca --holidays @TESTDATA@/ics/bad/dtend-before-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/dtend-before-dtstart.ics:4: 事件backwards@test：DTEND早于DTSTART
? 3

### bad input: a DATE DTSTART with a DATE-TIME DTEND
$ egca --holidays @TESTDATA@/ics/bad/dtend-date-time-mix.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/dtend-date-time-mix.ics:4: 事件mixed@test：DTEND和DTSTART须同为日期或同为日期时间
? 3

### bad input: both DTEND and DURATION
$ egca --holidays @TESTDATA@/ics/bad/dtend-and-duration.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/dtend-and-duration.ics:4: 事件both-ends@test：同时有DTEND和DURATION（RFC 5545只允许其一）
? 3

### bad input: an unreadable DURATION
$ egca --holidays @TESTDATA@/ics/bad/bad-duration.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/bad-duration.ics:4: 事件bad-duration@test：无法读取的DURATION"P8X"
? 3

### bad input: an unknown X-APPLE-SPECIAL-DAY value
$ egca --holidays @TESTDATA@/ics/bad/unknown-apple-value.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unknown-apple-value.ics:4: 事件half-day@test：未知的X-APPLE-SPECIAL-DAY值"HALF-DAY"（应为WORK-HOLIDAY或ALTERNATE-WORKDAY）
? 3

### bad input: an unknown X-APPLE-SPECIAL-DAY value (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/unknown-apple-value.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unknown-apple-value.ics:4: event half-day@test: unknown X-APPLE-SPECIAL-DAY value "HALF-DAY" (expected WORK-HOLIDAY or ALTERNATE-WORKDAY)
? 3

### bad input: an unreadable RRULE
$ egca --holidays @TESTDATA@/ics/bad/bad-rrule.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/bad-rrule.ics:4: 事件bad-rrule@test：无法读取的RRULE"FREQ=SOMETIMES;COUNT=8"
? 3

### bad input: an unreadable X-EGCA-COVERAGE
$ egca --holidays @TESTDATA@/ics/bad/bad-coverage.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/bad-coverage.ics:4: X-EGCA-COVERAGE须列出1900..2199之间以逗号分隔的年份，实际为"2025,twenty-six"
? 3

### bad input: a "holiday" of two years
$ egca --holidays @TESTDATA@/ics/bad/too-long.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/too-long.ics:4: 事件two-years@test：超过366天的事件不是假期
? 3

### bad input: a date before 1900
$ egca --holidays @TESTDATA@/ics/bad/out-of-range.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/out-of-range.ics:4: 事件long-ago@test：1899-12-31超出支持范围1900-01-01..2199-12-31
? 3

### bad input: one file giving a day both kinds
$ egca --holidays @TESTDATA@/ics/bad/conflict-in-file.ics calendar days 2025-10-01 2025-10-01
! egca: holidays: 2025-10-04既被标为节假日（@TESTDATA@/ics/bad/conflict-in-file.ics:17 (UID ok-national@test)），又被标为工作日（@TESTDATA@/ics/bad/conflict-in-file.ics:24 (UID also-worked@test)）
? 3

### bad input: one file giving a day both kinds (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/conflict-in-file.ics calendar days 2025-10-01 2025-10-01
! egca: holidays: 2025-10-04 is a holiday in @TESTDATA@/ics/bad/conflict-in-file.ics:17 (UID ok-national@test) but a working day in @TESTDATA@/ics/bad/conflict-in-file.ics:24 (UID also-worked@test)
? 3

### bad input: a VCALENDAR with no events covers no year
$ egca --holidays @TESTDATA@/ics/bad/no-events.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-events.ics: 节假日数据未覆盖任何年份（一个年份须有X-EGCA-COVERAGE，或有《全国年节及纪念日放假办法》第二条所列每个节日的假日）
? 3

### bad input: a VCALENDAR with no events covers no year (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/no-events.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-events.ics: the holiday data covers no year (a year needs X-EGCA-COVERAGE or a holiday for each festival of 全国年节及纪念日放假办法 第二条)
? 3

### bad input: a file cut off inside an event
$ egca --holidays @TESTDATA@/ics/bad/unterminated.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unterminated.ics:4: 事件cut-off@test：没有END:VEVENT（文件是否被截断？）
? 3

### bad input: a time zone that does not exist
$ egca --holidays @TESTDATA@/ics/bad/unknown-tzid.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/unknown-tzid.ics:4: 事件mars@test：DTSTART：未知时区"Mars/Olympus_Mons"（文件中没有该名称的VTIMEZONE）
? 3

### bad input: two files giving one day different kinds (the error names both)
$ egca --holidays @TESTDATA@/ics/bad/conflict/a.ics --holidays @TESTDATA@/ics/bad/conflict/b.ics calendar days 2025-10-01 2025-10-01
! egca: holidays: 2025-10-04既被标为节假日（@TESTDATA@/ics/bad/conflict/a.ics:17 (UID ok-national@test)），又被标为工作日（@TESTDATA@/ics/bad/conflict/b.ics:17 (UID b-worked@test)）
? 3

### bad input: the same two files as one folder
$ egca --holidays @TESTDATA@/ics/bad/conflict calendar days 2025-10-01 2025-10-01
! egca: holidays: 2025-10-04既被标为节假日（@TESTDATA@/ics/bad/conflict/a.ics:17 (UID ok-national@test)），又被标为工作日（@TESTDATA@/ics/bad/conflict/b.ics:17 (UID b-worked@test)）
? 3

### bad input: a file that does not exist
$ egca --holidays @TESTDATA@/ics/bad/does-not-exist.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/does-not-exist.ics: 无法打开：文件或目录不存在
? 3

### bad input: a file that does not exist (in English)
$ egca --lang en --holidays @TESTDATA@/ics/bad/does-not-exist.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/does-not-exist.ics: cannot open: No such file or directory
? 3

### bad input: a folder with no .ics file
$ egca --holidays @TESTDATA@/ics/bad/no-ics-dir calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-ics-dir: 此目录中没有*.ics文件
? 3

### bad input: the good file is not rescued by a bad one next to it
$ egca --holidays @SRC@/data/holidays/2025.ics --holidays @TESTDATA@/ics/bad/no-dtstart.ics calendar days 2025-10-01 2025-10-01
! egca: @TESTDATA@/ics/bad/no-dtstart.ics:4: 事件no-dtstart@test：没有DTSTART
? 3
