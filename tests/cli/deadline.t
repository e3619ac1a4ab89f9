# egca deadline RULE DATE: the licence's time limits from rules/deadlines.json over the built-in calendar.
# Expected dates were worked out by hand from the State Council notices (holiday-notices.md); each title
# gives the count. The first line of the text output is the due date alone, or "suspended" alone; a result
# that rests on a tentative year says "provisional: yes" further down and warns on stderr. Tentative years, --strict and the calendar's end are tested on the fixture
# calendars of tests/data/calendars (2082 confirmed, 2083 tentative, 2084 not covered). An unknown rule is a usage error (exit 2); a rule with no version in force
# on DATE is invalid input (exit 3); a date outside the calendar is exit 4.

### DESIGN.md: acceptance from 2025-09-30 (10-01..08 holiday, Sat 10-11 worked) -- the whole text output
$ egca deadline acceptance 2025-09-30
> 2025-10-14
> acceptance：作出是否受理的决定或一次性告知补正
> 起算日：2025-09-30（收到申请材料之日（或收到全部补正材料之日））
> 期限：起算日后5个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；服务指南 办理基本流程 （一）新申请 2
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：逾期不告知补正的，自收到申请材料之日起即为受理（行政许可法 第三十二条第一款第（四）项），决定期限也从收到之日起算。
> 计算过程：2025-09-30后5个工作日（起算日不计入）：自2025-10-09起计算；跳过节假日8天和周末1天；计入调休上班日1天（2025-10-11）；第5个工作日为2025-10-14。
> 通知：国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）

### DESIGN.md: decision from 2026-03-02 with the review 03-10..04-20 paused
$ egca deadline decision 2026-03-02 --pause 2026-03-10:2026-04-20
> 2026-05-13
> decision：作出是否准予认定的决定
> 起算日：2026-03-02（受理申请之日）
> 期限：起算日后20个工作日，中止期间不计入
> 截止时间：24:00
> 依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管理办法 第九条；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条；服务指南 审批时限
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：技术评审所需时间不计算在期限内（商用密码管理条例 第二十六条第三款）。
> 计算过程：2026-03-02后20个工作日（起算日不计入）：自2026-03-03起计算；跳过节假日5天和周末5天；计入调休上班日1天（2026-05-09）；2026-03-10至2026-04-20中止，其中29个工作日不计入期限；第20个工作日为2026-05-13。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### DESIGN.md: the same decision without the pause: 03-03..06, 03-09..13, 03-16..20, 03-23..27, 03-30
$ egca deadline decision 2026-03-02
> 2026-03-30
...

### DESIGN.md: status query from the first working day after the 15th (03-23)
$ egca deadline status_query 2026-03-02
> 2026-03-24
> status_query：可以电话查询审批状态和结果之日
> 起算日：2026-03-02（受理申请之日）
> 期限：起算日后15个工作日，再取其后第一个工作日
> 截止时间：24:00
> 依据：服务指南 公开查询
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：“自受理之日起15个工作日后”只见于服务指南，没有法律条文依据。
> 计算过程：2026-03-02后15个工作日（起算日不计入）：自2026-03-03起计算；跳过周末6天；第15个工作日为2026-03-23，其后第一个工作日为2026-03-24。

### DESIGN.md: change filing, 30 days from 2026-09-01 = 10-01, a holiday, so 10-08
$ egca deadline change_filing 2026-09-01
> 2026-10-08
> change_filing：办理变更手续
> 起算日：2026-09-01（变更之日）
> 期限：起算日后30日，届满日遇休息日顺延至其后第一个工作日
> 截止时间：24:00（现场办理：17:30）
> 依据：电子政务电子认证服务管理办法 第十四条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条；服务指南 办理基本流程 （二）事项变更
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：30日依服务指南（办法 第十四条可读的文本止于“应当自变更之日起3”）。这是申请人的期间，按日历日计算（行政许可法 第八十二条只规定行政机关的期限以工作日计算）。现场办理的截止时间为办公时间结束。
> 计算过程：2026-09-01后30日（起算日不计入）为2026-10-01，该日为节假日；顺延至下一个工作日2026-10-08（《民法典》第二百零三条）。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### DESIGN.md: renewal filing 60 days before the expiry 2026-04-17 = 02-16 (春节): Sat 02-14, an adjusted working day
$ egca deadline renewal_filing 2026-04-17
> 2026-02-14
> renewal_filing：提出延续申请的最后一日
> 起算日：2026-04-17（资质有效期届满之日（最后有效日））
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 有歧义：renewal_rest_day=earlier 得出 2026-02-14（已采用）
> 有歧义：renewal_rest_day=later 得出 2026-02-24
> 截止时间：24:00（现场办理：17:30）
> 依据：电子政务电子认证服务管理办法 第十五条；中华人民共和国行政许可法 第五十条第一款；服务指南 办理基本流程 （三）有效期届满延续
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：行政许可法 第五十条第一款规定届满三十日前提出，但规章另有规定的依照其规定；60日依服务指南（办法 第十五条可读的文本止于“应当在有效”）。倒算期间的最后一日为休息日如何处理没有明文（readings.json 的问题 renewal_rest_day）：默认取此前最后一个工作日；类推民法典 第二百零三条则为此后第一个工作日。
> 计算过程：2026-04-17前60日（起算日不计入）为2026-02-16，该日为节假日；没有条文规定向哪一方向调整：向前的读法（policy earlier）得出2026-02-14，该日为调休上班日；向后的读法将得出2026-02-24。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### DESIGN.md: the later reading of the same renewal filing (民法典 第二百零三条 by analogy); the default listed first
$ egca deadline renewal_filing 2026-04-17 --reading renewal_rest_day=later
> 2026-02-24
> renewal_filing：提出延续申请的最后一日
> 起算日：2026-04-17（资质有效期届满之日（最后有效日））
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 有歧义：renewal_rest_day=earlier 得出 2026-02-14
> 有歧义：renewal_rest_day=later 得出 2026-02-24（已采用）
...

### hearing_request_days: the applicant's five days in calendar days (default), the working-day day beside it
# Told of the right on Thu 2026-03-05: 5 days -> Tue 03-10; 5 working days: 03-06 (1), 09, 10, 11, 12 (5). March 2026
# has no holiday.
$ egca deadline hearing_request 2026-03-05
> 2026-03-10
> hearing_request：申请人提出听证申请
> 起算日：2026-03-05（被告知听证权利之日）
> 期限：起算日后5日，届满日遇休息日顺延至其后第一个工作日
> 有歧义：hearing_request_days=days 得出 2026-03-10（已采用）
> 有歧义：hearing_request_days=working_days 得出 2026-03-12
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第四十七条第一款；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条
> 版本：中华人民共和国行政许可法（2019年修正），自2020-01-01起施行
> 备注：申请人、利害关系人在被告知听证权利之日起五日内提出听证申请。这是申请人的期间，默认按日历日计算、最后一日为休息日的顺延；是否按工作日计算（第八十二条）是未决问题 hearing_request_days。
> 计算过程：2026-03-05后5日（起算日不计入）为2026-03-10，该日为工作日。

### hearing_request_days=working_days: the same right counted in working days, the unit applied stated
$ egca deadline hearing_request 2026-03-05 --reading hearing_request_days=working_days
> 2026-03-12
> hearing_request：申请人提出听证申请
> 起算日：2026-03-05（被告知听证权利之日）
> 期限：起算日后5日，届满日遇休息日顺延至其后第一个工作日
> 计算：依所采用的读法按工作日计算
> 有歧义：hearing_request_days=days 得出 2026-03-10
> 有歧义：hearing_request_days=working_days 得出 2026-03-12（已采用）
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第四十七条第一款；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条
> 版本：中华人民共和国行政许可法（2019年修正），自2020-01-01起施行
> 备注：申请人、利害关系人在被告知听证权利之日起五日内提出听证申请。这是申请人的期间，默认按日历日计算、最后一日为休息日的顺延；是否按工作日计算（第八十二条）是未决问题 hearing_request_days。
> 计算过程：2026-03-05后5个工作日（起算日不计入）：自2026-03-06起计算；跳过周末2天；第5个工作日为2026-03-12。

### hearing_notice_days=days: seven calendar days before a hearing on Fri 2026-03-20 is Fri 03-13; the default
# seven working days before are 03-19, 18, 17, 16, 13, 12, 11.
$ egca deadline hearing_notice 2026-03-20 --reading hearing_notice_days=days --format json
> {
>   "rule": "hearing_notice",
>   "title": "通知听证的时间、地点",
>   "version": "中华人民共和国行政许可法（2019年修正）",
>   "effective_from": "2020-01-01",
>   "in_force": true,
>   "from": "2026-03-20",
>   "starts": "举行听证之日",
>   "due": "2026-03-13",
>   "status": "due",
>   "unit": "days",
>   "count": 7,
>   "direction": "before",
>   "extends": null,
>   "provisional": false,
>   "ambiguous": true,
>   "other_reading": "2026-03-11",
>   "policy": null,
>   "readings": [
>     {
>       "question": "hearing_notice_days",
>       "reading": "working_days",
>       "chosen": false,
>       "due": "2026-03-11"
>     },
>     {
>       "question": "hearing_notice_days",
>       "reading": "days",
>       "chosen": true,
>       "due": "2026-03-13"
>     }
>   ],
>   "cutoff": "24:00",
>   "cutoff_in_person": null,
>   "contested": false,
>   "note": "行政机关应当于举行听证的七日前将举行听证的时间、地点通知申请人、利害关系人。默认按工作日倒算（第八十二条）；按日历日倒算是另一读法（未决问题 hearing_notice_days）。",
>   "basis": [
>     {
>       "law": "中华人民共和国行政许可法",
>       "article": "第四十八条第一款",
>       "item": "（一）"
>     },
>     {
>       "law": "中华人民共和国行政许可法",
>       "article": "第八十二条",
>       "item": null
>     }
>   ],
>   "guide": null,
>   "trace": {
>     "text": "2026-03-20前7日（起算日不计入）为2026-03-13，该日为工作日。",
>     "first_counted": "2026-03-19",
>     "last_day": "2026-03-13",
>     "last_day_kind": "workday",
>     "roll": "not_needed",
>     "notices": []
>   }
> }

### --policy later is the deprecated spelling of the same reading
$ egca deadline renewal_filing 2026-04-17 --policy later
> 2026-02-24
...

### the reading of the certificate's last day: 2025-03-10 + 5 years, the day before (2030-03-09)
$ egca deadline certificate_validity 2025-03-10 --reading certificate_last_day=day_before --format json
> {
>   "rule": "certificate_validity",
>   "title": "资质证书有效期的最后一日",
>   "version": "电子政务电子认证服务管理办法（国家密码管理局令第4号）",
>   "effective_from": "2024-11-01",
>   "in_force": true,
>   "from": "2025-03-10",
>   "starts": "资质证书颁发之日",
>   "due": "2030-03-09",
>   "status": "due",
>   "unit": "years",
>   "count": 5,
>   "direction": "after",
>   "extends": null,
>   "provisional": false,
>   "ambiguous": true,
>   "other_reading": "2030-03-10",
>   "policy": null,
>   "readings": [
>     {
>       "question": "certificate_last_day",
>       "reading": "anniversary",
>       "chosen": false,
>       "due": "2030-03-10"
>     },
>     {
>       "question": "certificate_last_day",
>       "reading": "day_before",
>       "chosen": true,
>       "due": "2030-03-09"
>     }
>   ],
>   "cutoff": "24:00",
>   "cutoff_in_person": null,
>   "contested": false,
>   "note": "颁发当日不计入，期间自次日起算（民法典 第二百零一条），到期月的对应日为最后一日，没有对应日的为月末日（第二百零二条）：最后有效日是颁发之日五年后的同月同日。证书载明的有效期与此不同的，以证书为准。",
>   "basis": [
>     {
>       "law": "电子政务电子认证服务管理办法",
>       "article": "第十二条",
>       "item": null
>     },
>     {
>       "law": "中华人民共和国民法典",
>       "article": "第二百零一条",
>       "item": null
>     },
>     {
>       "law": "中华人民共和国民法典",
>       "article": "第二百零二条",
>       "item": null
>     }
>   ],
>   "guide": null,
>   "trace": {
>     "text": "2025-03-10后5年，于对应日2030-03-10届满（《民法典》第二百零一条、第二百零二条）。",
>     "first_counted": "2025-03-11",
>     "last_day": "2030-03-10",
>     "last_day_kind": null,
>     "month_end": false,
>     "roll": "not_needed",
>     "notices": [
>       {
>         "title": "国务院办公厅关于2025年部分节假日安排的通知",
>         "date": "2024-11-12",
>         "url": "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"
>       },
>       {
>         "title": "国务院办公厅关于2026年部分节假日安排的通知",
>         "date": "2025-11-04",
>         "url": "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"
>       },
>       {
>         "title": "全国年节及纪念日放假办法",
>         "date": "2024-11-10",
>         "url": null
>       }
>     ]
>   }
> }

### a question the rules do not declare
$ egca deadline renewal_filing 2026-04-17 --reading renewal_rest_days=later
! egca: --reading: 未知问题"renewal_rest_days"（egca rules readings列出全部问题）
? 2

### a reading the question does not have
$ egca deadline renewal_filing 2026-04-17 --reading renewal_rest_day=sooner
! egca: --reading: 问题"renewal_rest_day"没有读法"sooner"：它的读法是earlier和later
? 2

### --reading without "="
$ egca deadline renewal_filing 2026-04-17 --reading later
! egca: --reading: 应为QUESTION=READING（egca rules readings列出全部问题和读法），而不是"later"
? 2

### --policy earlier is the default, stated or not
$ egca deadline renewal_filing 2026-04-17 --policy earlier
> 2026-02-14
...

### renewal filing: 2026-06-30 - 60 = 05-01 (劳动节 05-01..05): 04-30, or 05-06 later
$ egca deadline renewal_filing 2026-06-30
> 2026-04-30
> renewal_filing：提出延续申请的最后一日
> 起算日：2026-06-30（资质有效期届满之日（最后有效日））
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 有歧义：renewal_rest_day=earlier 得出 2026-04-30（已采用）
> 有歧义：renewal_rest_day=later 得出 2026-05-06
...

### renewal filing on a working day: both readings agree, no "ambiguous" line (2026-07-31 - 60 = Mon 06-01)
$ egca deadline renewal_filing 2026-07-31
> 2026-06-01
> renewal_filing：提出延续申请的最后一日
> 起算日：2026-07-31（资质有效期届满之日（最后有效日））
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 截止时间：24:00（现场办理：17:30）
...

### renewal filing landing in the tentative 2083 春节 (2083-04-06 - 60 = 02-05): provisional
$ egca --holidays @TESTDATA@/calendars deadline renewal_filing 2083-04-06
> 2083-02-04
> 暂定：是
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
> renewal_filing：提出延续申请的最后一日
> 起算日：2083-04-06（资质有效期届满之日（最后有效日））
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 有歧义：renewal_rest_day=earlier 得出 2083-02-04（已采用）
> 有歧义：renewal_rest_day=later 得出 2083-02-11
...

### acceptance over 春节 2025: Sun 01-26 (adjusted), 01-27, 02-05, 02-06, 02-07
$ egca deadline acceptance 2025-01-24
> 2025-02-07
...

### acceptance received on a holiday (2026-02-16): 02-24..27 and Sat 02-28 (adjusted)
$ egca deadline acceptance 2026-02-16
> 2026-02-28
...

### decision with two pauses over 清明 and 劳动节 2025
$ egca deadline decision 2025-04-01 --pause 2025-04-03:2025-04-10 --pause 2025-04-28:2025-05-06
> 2025-05-15
...

### the same pauses given in the other order
$ egca deadline decision 2025-04-01 --pause 2025-04-28:2025-05-06 --pause 2025-04-03:2025-04-10
> 2025-05-15
...

### an open pause suspends the clock: no due date
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

### decision into the tentative 2083: provisional
$ egca --holidays @TESTDATA@/calendars deadline decision 2082-12-15
> 2083-01-13
> 暂定：是
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
...

### decision_extension: the decision period plus 10 working days, flagged contested
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

### decision_extension without pauses: 03-30 is the 20th day, 04-14 the 30th (04-06 清明)
$ egca deadline decision_extension 2026-03-02
> 2026-04-14
...

### review time notice: due on the review's first day, even a holiday
$ egca deadline review_time_notice 2025-10-03
> 2025-10-03
> review_time_notice：书面告知技术评审所需时间
> 起算日：2025-10-03（技术评审开始之日）
> 期限：当日
> 截止时间：24:00
> 依据：商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请 3
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：所需时间应当书面告知申请人，告知须在评审开始前作出，最迟为评审开始之日；未告知的评审时间能否扣除存在疑问。
> 计算过程：2025-10-03前0日即当日，该日为节假日；规则不顺延，最后一日仍为休息日。
> 通知：国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）

### notification: Sun 09-28 (adjusted), 09-29, 09-30, 10-09, 10-10, Sat 10-11 (adjusted), 10-13..16
$ egca deadline notification 2025-09-26
> 2025-10-16
...

### notification into the tentative 2083 (2083-01-01 tentative 元旦)
$ egca --holidays @TESTDATA@/calendars deadline notification 2082-12-28
> 2083-01-12
> 暂定：是
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
...

### status query over 春节 2026: the 15th working day is 02-27, the next one Sat 02-28 (adjusted)
$ egca deadline status_query 2026-01-30
> 2026-02-28
...

### certificate validity: the last valid day is the corresponding day five years on
$ egca deadline certificate_validity 2025-03-10
> 2030-03-10
> certificate_validity：资质证书有效期的最后一日
> 起算日：2025-03-10（资质证书颁发之日）
> 期限：起算日后5年
> 有歧义：certificate_last_day=anniversary 得出 2030-03-10（已采用）
> 有歧义：certificate_last_day=day_before 得出 2030-03-09
> 截止时间：24:00
> 依据：电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零二条
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：颁发当日不计入，期间自次日起算（民法典 第二百零一条），到期月的对应日为最后一日，没有对应日的为月末日（第二百零二条）：最后有效日是颁发之日五年后的同月同日。证书载明的有效期与此不同的，以证书为准。
> 计算过程：2025-03-10后5年，于对应日2030-03-10届满（《民法典》第二百零一条、第二百零二条）。
> 通知：国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）；国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）；全国年节及纪念日放假办法（2024-11-10）

### certificate validity from Feb 29: the month's last day (民法典 第二百零二条)
$ egca deadline certificate_validity 2028-02-29
> 2033-02-28
...

### change filing across the year: 2025-12-04 + 30 = Sat 2026-01-03 (元旦) -> Sun 01-04, an adjusted working day
$ egca deadline change_filing 2025-12-04
> 2026-01-04
...

### change filing into the tentative 2083: + 30 = Sat 2083-01-09 -> Mon 01-11
$ egca --holidays @TESTDATA@/calendars deadline change_filing 2082-12-10
> 2083-01-11
> 暂定：是
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
...

### renewal decision: by the expiry itself, no roll (else deemed renewed)
$ egca deadline renewal_decision 2026-10-03
> 2026-10-03
> renewal_decision：作出是否准予延续的决定
> 起算日：2026-10-03（资质有效期届满之日（最后有效日））
> 期限：当日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第五十条第二款；服务指南 办理基本流程 （三）有效期届满延续
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：应当在有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续（行政许可法 第五十条第二款）。
> 计算过程：2026-10-03前0日即当日，该日为节假日；规则不顺延，最后一日仍为休息日。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### JSON output
$ egca deadline renewal_filing 2026-04-17 --format json
> {
>   "rule": "renewal_filing",
>   "title": "提出延续申请的最后一日",
>   "version": "电子政务电子认证服务管理办法（国家密码管理局令第4号）",
>   "effective_from": "2024-11-01",
>   "in_force": true,
>   "from": "2026-04-17",
>   "starts": "资质有效期届满之日（最后有效日）",
>   "due": "2026-02-14",
>   "status": "due",
>   "unit": "days",
>   "count": 60,
>   "direction": "before",
>   "extends": null,
>   "provisional": false,
>   "ambiguous": true,
>   "other_reading": "2026-02-24",
>   "policy": "earlier",
>   "readings": [
>     {
>       "question": "renewal_rest_day",
>       "reading": "earlier",
>       "chosen": true,
>       "due": "2026-02-14"
>     },
>     {
>       "question": "renewal_rest_day",
>       "reading": "later",
>       "chosen": false,
>       "due": "2026-02-24"
>     }
>   ],
>   "cutoff": "24:00",
>   "cutoff_in_person": "17:30",
>   "contested": false,
>   "note": "行政许可法 第五十条第一款规定届满三十日前提出，但规章另有规定的依照其规定；60日依服务指南（办法 第十五条可读的文本止于“应当在有效”）。倒算期间的最后一日为休息日如何处理没有明文（readings.json 的问题 renewal_rest_day）：默认取此前最后一个工作日；类推民法典 第二百零三条则为此后第一个工作日。",
>   "basis": [
>     {
>       "law": "电子政务电子认证服务管理办法",
>       "article": "第十五条",
>       "item": null
>     },
>     {
>       "law": "中华人民共和国行政许可法",
>       "article": "第五十条第一款",
>       "item": null
>     }
>   ],
>   "guide": {
>     "section": "办理基本流程",
>     "item": "（三）有效期届满延续"
>   },
>   "trace": {
>     "text": "2026-04-17前60日（起算日不计入）为2026-02-16，该日为节假日；没有条文规定向哪一方向调整：向前的读法（policy earlier）得出2026-02-14，该日为调休上班日；向后的读法将得出2026-02-24。",
>     "first_counted": "2026-04-16",
>     "last_day": "2026-02-16",
>     "last_day_kind": "holiday",
>     "roll": "moved_earlier",
>     "notices": [
>       {
>         "title": "国务院办公厅关于2026年部分节假日安排的通知",
>         "date": "2025-11-04",
>         "url": "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"
>       }
>     ]
>   }
> }

### JSON output (in English)
$ egca --lang en deadline renewal_filing 2026-04-17 --format json
> {
>   "rule": "renewal_filing",
>   "title": "The last day to apply for renewal",
>   "version": "Measures for the Administration of E-Government Electronic Certification Services (Order No. 4 of the State Cryptography Administration)",
>   "effective_from": "2024-11-01",
>   "in_force": true,
>   "from": "2026-04-17",
>   "starts": "the day the term ends (the last valid day)",
>   "due": "2026-02-14",
>   "status": "due",
>   "unit": "days",
>   "count": 60,
>   "direction": "before",
>   "extends": null,
>   "provisional": false,
>   "ambiguous": true,
>   "other_reading": "2026-02-24",
>   "policy": "earlier",
>   "readings": [
>     {
>       "question": "renewal_rest_day",
>       "reading": "earlier",
>       "chosen": true,
>       "due": "2026-02-14"
>     },
>     {
>       "question": "renewal_rest_day",
>       "reading": "later",
>       "chosen": false,
>       "due": "2026-02-24"
>     }
>   ],
>   "cutoff": "24:00",
>   "cutoff_in_person": "17:30",
>   "contested": false,
>   "note": "Administrative Licensing Law, Article 50(1) asks for the application 30 days before the end of the term, unless rules provide otherwise; the 60 days are the Service Guide's (the readable text of the Measures, Article 15 ends at \"应当在有效\"). No text says what happens when the last day of a period counted back is a rest day (question renewal_rest_day of readings.json): by default the last working day before; by analogy with Civil Code, Article 203, the first working day after.",
>   "basis": [
>     {
>       "law": "Measures for the Administration of E-Government Electronic Certification Services",
>       "article": "Article 15",
>       "item": null
>     },
>     {
>       "law": "Administrative Licensing Law",
>       "article": "Article 50(1)",
>       "item": null
>     }
>   ],
>   "guide": {
>     "section": "Procedure",
>     "item": "(3) Renewal at the end of the term"
>   },
>   "trace": {
>     "text": "60 days before 2026-04-17 (the start day is not counted) is 2026-02-16, a holiday; no text settles which way it moves: the earlier reading (policy earlier) gives 2026-02-14, an adjusted working day; the later reading would give 2026-02-24.",
>     "first_counted": "2026-04-16",
>     "last_day": "2026-02-16",
>     "last_day_kind": "holiday",
>     "roll": "moved_earlier",
>     "notices": [
>       {
>         "title": "国务院办公厅关于2026年部分节假日安排的通知",
>         "date": "2025-11-04",
>         "url": "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"
>       }
>     ]
>   }
> }

### JSON output of a suspended decision: due is null
$ egca deadline decision 2026-03-02 --pause 2026-03-10: --format json
> {
>   "rule": "decision",
>   "title": "作出是否准予认定的决定",
>   "version": "电子政务电子认证服务管理办法（国家密码管理局令第4号）",
>   "effective_from": "2024-11-01",
>   "in_force": true,
>   "from": "2026-03-02",
>   "starts": "受理申请之日",
>   "due": null,
>   "status": "suspended",
...

### JSON output of a provisional result
$ egca --holidays @TESTDATA@/calendars deadline notification 2082-12-28 --format json
> {
>   "rule": "notification",
>   "title": "通知申请人并颁发、送达审批结果",
>   "version": "电子政务电子认证服务管理办法（国家密码管理局令第4号）",
>   "effective_from": "2024-11-01",
>   "in_force": true,
>   "from": "2082-12-28",
>   "starts": "作出行政许可决定之日",
>   "due": "2083-01-12",
>   "status": "due",
>   "unit": "working_days",
>   "count": 10,
>   "direction": "after",
>   "extends": null,
>   "provisional": true,
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
...

### --strict: a tentative year is a coverage error
$ egca --holidays @TESTDATA@/calendars --strict deadline notification 2082-12-28
! egca: deadline: 2083年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误
? 4

### outside the calendar: exit 4
$ egca --holidays @TESTDATA@/calendars deadline decision 2084-03-01
! egca: deadline: 没有2084年的节假日数据：日历覆盖2082-2083年；请载入该年的放假通知
? 4

### outside the calendar: exit 4 (in English)
$ egca --lang en --holidays @TESTDATA@/calendars deadline decision 2084-03-01
! egca: deadline: no holiday data for 2084: the calendar covers 2082-2083; load that year's holiday notice
? 4

### a rule that needs no calendar answers for any year
$ egca deadline certificate_validity 2040-06-30
> 2045-06-30
...

### history: 2019-12-31 is before the licence (密码法 第二十九条, in force 2020-01-01): refused with why
$ egca deadline acceptance 2019-12-31
! egca: deadline: 2019-12-31早于2020-01-01：电子政务电子认证服务机构资质认定依密码法 第二十九条设立，该法自2020年1月1日起施行（第四十四条）；此前没有这项许可
? 3

### the same in English (--lang en)
$ egca --lang en deadline acceptance 2019-12-31
! egca: deadline: 2019-12-31 is before 2020-01-01: The licence for e-government electronic certification service providers was created by Article 29 of the Cryptography Law, in force from 2020-01-01 (Article 44); before that day the licence did not exist
? 3

### history: 2020-01-01, the 密码法's version; 5 working days after the New Year holiday: 01-02..03, 01-06..08
$ egca deadline acceptance 2020-01-01
> 2020-01-08
> acceptance：作出是否受理的决定或一次性告知补正
> 起算日：2020-01-01（收到申请材料之日（或收到全部补正材料之日））
> 期限：起算日后5个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；中华人民共和国密码法 第二十九条
> 版本：中华人民共和国密码法（2020年1月1日起施行）第二十九条；中华人民共和国行政许可法，自2020-01-01起施行
...

### history: 2023-06-30: the decision under 行政许可法 第四十二条: 07-03..07, 10..14, 17..21, 24..28
$ egca deadline decision 2023-06-30
> 2023-07-28
> decision：作出是否准予认定的决定
> 起算日：2023-06-30（受理申请之日）
> 期限：起算日后20个工作日，中止期间不计入
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第四十二条第一款；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条；中华人民共和国密码法 第二十九条
> 版本：中华人民共和国密码法（2020年1月1日起施行）第二十九条；中华人民共和国行政许可法，自2020-01-01起施行
...

### history: 2023-07-01: the same day under 商用密码管理条例 第二十六条 (in force 2023-07-01)
$ egca deadline decision 2023-07-01
> 2023-07-28
> decision：作出是否准予认定的决定
> 起算日：2023-07-01（受理申请之日）
> 期限：起算日后20个工作日，中止期间不计入
> 截止时间：24:00
> 依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条
> 版本：商用密码管理条例（国务院令第760号，2023年7月1日起施行），自2023-07-01起施行
...

### history: 2024-10-31: the 条例's version; 5 working days: 11-01, 11-04..07
$ egca deadline acceptance 2024-10-31
> 2024-11-07
> acceptance：作出是否受理的决定或一次性告知补正
> 起算日：2024-10-31（收到申请材料之日（或收到全部补正材料之日））
> 期限：起算日后5个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；商用密码管理条例 第二十六条第一款
> 版本：商用密码管理条例（国务院令第760号，2023年7月1日起施行），自2023-07-01起施行
...

### history: 2024-11-01: the Measures' version
$ egca deadline acceptance 2024-11-01
> 2024-11-08
> acceptance：作出是否受理的决定或一次性告知补正
> 起算日：2024-11-01（收到申请材料之日（或收到全部补正材料之日））
> 期限：起算日后5个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；服务指南 办理基本流程 （一）新申请 2
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
...

### history: the Measures-only rules before 2024-11-01 are refused with why
$ egca deadline change_filing 2024-10-31
! egca: deadline: 规则"change_filing"在2024-10-31不设期限：办法（国家密码管理局令第4号）第十四条自2024-11-01施行；此前办理变更的期限未能查证
? 3

### history: a certificate's term from 2024-11-01 (办法 第十二条): 2029-11-01
$ egca deadline certificate_validity 2024-11-01
> 2029-11-01
...

### a rule no statute gives a period: refused, naming the article
$ egca deadline change_decision 2026-03-02
! egca: deadline: 规则"change_decision"在2026-03-02不设期限：行政许可法 第四十九条只规定依法办理变更手续，未规定期限；办法 第十四条可读的文本和服务指南也未规定，没有期限可算
? 3

### 行政许可法 第四十四条: a grant on 2026-01-20, the certificate by 01-21..23, 01-26..30, 02-02..03
$ egca deadline certificate_delivery 2026-01-20
> 2026-02-03
...

### 行政复议法 第二十条: 60 days after 2026-01-21 = Sun 03-22, moved to Mon 03-23 (民事诉讼法 第八十五条)
$ egca deadline reconsideration 2026-01-21
> 2026-03-23
> reconsideration：申请行政复议
> 起算日：2026-01-21（知道不予认定或者不予受理决定之日）
> 期限：起算日后60日，届满日遇休息日顺延至其后第一个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政复议法 第二十条第一款；中华人民共和国行政复议法 第八十八条第一款；中华人民共和国民事诉讼法 第八十五条
> 版本：中华人民共和国行政复议法（2023年修订，2024年1月1日起施行），自2024-01-01起施行
> 备注：自知道或者应当知道该行政行为之日起六十日内提出（第二十条第一款）；期间按民事诉讼法 第八十五条计算，最后一日是法定休假日的，以休假日后的第一日为最后一日。未告知申请复议的权利、复议机关和期限的（事件的 remedies_told 为 false），自告知之日起算六十日，但不超过 reconsideration_untold 的一年。
> 计算过程：2026-01-21后60日（起算日不计入）为2026-03-22，该日为周末；顺延至下一个工作日2026-03-23（《民事诉讼法》第八十五条）。
> 通知：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）

### roll_basis: the trace cites the rule's article: 6 months after 2025-04-05 = Sun 10-05 (国庆 10-01..08, 2025 notice) -> Thu 10-09 by 行诉解释 第四十八条
$ egca deadline litigation 2025-04-05
> 2025-10-09
> litigation：提起行政诉讼
> 起算日：2025-04-05（知道不予认定或者不予受理决定之日）
> 期限：起算日后6个月，届满日遇休息日顺延至其后第一个工作日
> 截止时间：24:00
> 依据：中华人民共和国行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> 版本：中华人民共和国行政诉讼法（2017年修正），自2020-01-01起施行
> 备注：直接向人民法院提起诉讼的，自知道或者应当知道作出行政行为之日起六个月内提出（第四十六条第一款）；期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期（行诉解释 第四十八条）。申请了行政复议的，适用 litigation_after_reconsideration。未告知起诉期限的（事件的 remedies_told 为 false），自告知之日起算六个月，但不超过 litigation_untold 的一年（行诉解释 第六十四条第一款）。
> 计算过程：2025-04-05后6个月，于对应日2025-10-05届满（《民法典》第二百零一条、第二百零二条），该日为节假日；顺延至下一个工作日2025-10-09（最高人民法院关于适用《中华人民共和国行政诉讼法》的解释第四十八条）。
> 通知：国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）

### roll_basis: the 2017 行政复议法 (before 2024-01-01) by its 第四十条: 60 days after 2021-03-06 = Wed 05-05 (劳动节 05-01..05, 2021 notice) -> Thu 05-06
$ egca --lang en deadline reconsideration 2021-03-06
> 2021-05-06
> reconsideration: Apply for administrative reconsideration
> from: 2021-03-06 (the day the applicant learns of the denial or of the refusal to accept)
> period: 60 days after, a rest day moves to the next working day
> cutoff: 24:00
> basis: Administrative Reconsideration Law, Article 9(1); Administrative Reconsideration Law, Article 40
> version: Administrative Reconsideration Law (as amended in 2017), in force from 2020-01-01
> note: Before 2024-01-01 the Administrative Reconsideration Law as amended in 2017 applied: the application for reconsideration is filed within sixty days of the day the applicant knew of the specific administrative act (Article 9(1)); the period is counted under the Civil Procedure Law's rules on periods (Article 40; Civil Procedure Law as amended in 2017, Article 82, Article 85 after its 2021 amendment): a last day that is a holiday moves to the first day after the holiday.
> trace: 60 days after 2021-03-06 (the start day is not counted) is 2021-05-05, a holiday; it moves to the next working day, 2021-05-06 (Administrative Reconsideration Law, Article 40).
> notices: 国务院办公厅关于2021年部分节假日安排的通知 (2020-11-25)

### 行政诉讼法 第四十六条: six months after 2026-01-21 = 07-21
$ egca deadline litigation 2026-01-21
> 2026-07-21
...

### the same in JSON: unit months
$ egca deadline litigation 2026-01-21 --format json
> {
>   "rule": "litigation",
>   "title": "提起行政诉讼",
>   "version": "中华人民共和国行政诉讼法（2017年修正）",
>   "effective_from": "2020-01-01",
>   "in_force": true,
>   "from": "2026-01-21",
>   "starts": "知道不予认定或者不予受理决定之日",
>   "due": "2026-07-21",
>   "status": "due",
>   "unit": "months",
>   "count": 6,
...

### an unknown rule is a usage error (exit 2) listing the rules
$ egca deadline acceptence 2025-09-30
! egca: deadline: 未知规则"acceptence"（规则：acceptance, decision, decision_extension, review_time_notice, notification, status_query, certificate_validity, change_filing, renewal_filing, renewal_decision, certificate_delivery, renewal_acceptance, change_acceptance, change_decision, hearing_request, hearing_held, hearing_notice, reconsideration, reconsideration_untold, litigation_untold, litigation, litigation_after_reconsideration）
? 2

### pauses are for rules that exclude them
$ egca deadline acceptance 2025-09-30 --pause 2025-10-01:2025-10-03
! egca: deadline: 规则"acceptance"不扣除中止期间
? 3

### the same in English
$ egca --lang en deadline acceptance 2025-09-30 --pause 2025-10-01:2025-10-03
! egca: deadline: rule "acceptance" takes no pauses
? 3

### a pause must be FROM:TO or FROM:
$ egca deadline decision 2026-03-02 --pause 2026-03-10
! egca: --pause: "2026-03-10"不是FROM:TO或FROM:（未结束的中止）
? 2

### a pause that ends before it begins
$ egca deadline decision 2026-03-02 --pause 2026-03-10:2026-03-01
! egca: --pause: 2026-03-10:2026-03-01的结束日早于开始日
? 2

### a bad date in a pause
$ egca deadline decision 2026-03-02 --pause 2026-03-10:2026-04-31
! egca: --pause: "2026-04-31"：2026-04没有31日
? 2

### a bad date in a pause (in English)
$ egca --lang en deadline decision 2026-03-02 --pause 2026-03-10:2026-04-31
! egca: --pause: "2026-04-31": 2026-04 has no day 31
? 2

### a bad start date
$ egca deadline decision 2026-3-02
! egca: DATE: "2026-3-02"：月份须为两位数字（YYYY-MM-DD）
? 2

### RULE and DATE are both needed
$ egca deadline decision
! egca: deadline: 应为RULE DATE
? 2

### --policy takes earlier or later
$ egca deadline renewal_filing 2026-04-17 --policy sideways
! egca: --policy: 应为earlier或later，而不是"sideways"
? 2

### --format takes text or json
$ egca deadline decision 2026-03-02 --format xml
! egca: --format: 应为text或json，而不是"xml"
? 2

### an option needs its value
$ egca deadline decision 2026-03-02 --pause
! egca: --pause: 缺少值
? 2

### an unknown option
$ egca deadline decision 2026-03-02 --paws 2026-03-10:2026-03-12
! egca: --paws: deadline没有此选项
? 2

### one argument too many
$ egca deadline decision 2026-03-02 2026-03-03
! egca: deadline: 多余的参数"2026-03-03"
? 2

### 民法典 第二百零二条: 6 months from 2026-01-20 end on the corresponding day 07-20 (the trace must not claim a month end)
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

### 6 months from 2025-08-31: February has no 31st, so its last day 02-28, a Saturday worked for 春节 (adjusted working day)
$ egca --lang en deadline litigation 2025-08-31
> 2026-02-28
> litigation: File an administrative suit
> from: 2025-08-31 (the day the applicant learns of the denial or of the refusal to accept)
> period: 6 months after, a rest day moves to the next working day
> cutoff: 24:00
> basis: Administrative Litigation Law, Article 46(1); Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law, Article 48
> version: Administrative Litigation Law (as amended in 2017), in force from 2020-01-01
> note: A suit filed directly with a people's court is filed within six months of the day the applicant knew or should have known of the act (Article 46(1)); where the period's last day is a holiday, the first day after the holiday is its last day (Interpretation on the Administrative Litigation Law, Article 48). After an application for reconsideration, litigation_after_reconsideration applies. Where the time limit for suing was not told (the event's remedies_told is false), the six months run from the day it is told, but not beyond the one year of litigation_untold (Interpretation on the Administrative Litigation Law, Article 64(1)).
> trace: 6 months after 2025-08-31: the target month has no corresponding day, so the period ends on its last day, 2026-02-28 (Civil Code, Article 202), an adjusted working day.
> notices: 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12); 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)

### a rule no statute gives a period, English: the reason in English (deadlines.json refused_en)
$ egca --lang en deadline change_decision 2026-03-02
! egca: deadline: rule "change_decision" sets no period on 2026-03-02: Administrative Licensing Law, Article 49 only says that the change is handled according to law and sets no time limit; neither the readable text of the Measures, Article 14 nor the Service Guide sets one: there is no time limit to compute
? 3

# Strict mode refuses the tentative years' days (2027 on), so they name no notice (this crashed before).
### --strict over a span that reaches tentative years: only the confirmed years' notices are named
$ egca deadline certificate_validity 2024-11-01 --strict
> 2029-11-01
> certificate_validity：资质证书有效期的最后一日
> 起算日：2024-11-01（资质证书颁发之日）
> 期限：起算日后5年
> 有歧义：certificate_last_day=anniversary 得出 2029-11-01（已采用）
> 有歧义：certificate_last_day=day_before 得出 2029-10-31
> 截止时间：24:00
> 依据：电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零二条
> 版本：电子政务电子认证服务管理办法（国家密码管理局令第4号），自2024-11-01起施行
> 备注：颁发当日不计入，期间自次日起算（民法典 第二百零一条），到期月的对应日为最后一日，没有对应日的为月末日（第二百零二条）：最后有效日是颁发之日五年后的同月同日。证书载明的有效期与此不同的，以证书为准。
> 计算过程：2024-11-01后5年，于对应日2029-11-01届满（《民法典》第二百零一条、第二百零二条）。
> 通知：国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）；国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）
