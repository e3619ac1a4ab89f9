# egca timeline: a case's event log evaluated as of a date (docs/case.md). Every expected date was counted
# by hand from the State Council notices; tests/unit/test_case.c shows the counts, and compares the examples
# in all three formats with tests/data/cases/golden/ byte for byte.

### the granted case of the README: a correction round, a technical review (paused), a certificate
$ egca timeline @SRC@/examples/case-granted.json --as-of 2026-03-20
> 案件 GD-2025-017，截至 2026-03-20
>
> 期限                                起算日      届满日        状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14    按期完成  2025-10-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否受理的决定或一次性告知补正  2025-10-27  2025-11-03    按期完成  2025-10-30
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2025-10-30  2025-12-26    按期完成  2025-12-22
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 书面告知技术评审所需时间            2025-11-12  2025-11-12    按期完成  2025-11-10
>   依据：商用密码管理条例 第二十六条第三款；行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请
>         3
> 通知申请人并颁发、送达审批结果      2025-12-22  2026-01-06    按期完成  2025-12-26
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2025-10-30  2025-11-21    可以查询  -
>   依据：服务指南 公开查询
> 资质证书有效期的最后一日            2025-12-26  2030-12-26#   有效      剩1742日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 提出延续申请的最后一日              2030-12-26  ~2030-10-27#  未届满    -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 颁发、送达资质证书                  2025-12-22  2026-01-06    按期完成  2025-12-26
>   依据：行政许可法 第四十四条；行政许可法 第八十二条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2025-12-26），certificate_last_day=anniversary：2030-12-26 有效（采用）；
>   certificate_last_day=day_before：2030-12-25 有效。提出延续申请的最后一日（起算日 2030-12-26），
>   certificate_last_day=anniversary：2030-10-27 未届满（采用）；certificate_last_day=day_before：
>   2030-10-26 未届满。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [提示] 2030-10-27 计算该期限需要2030年的节假日安排，尚未载入；不计节假日调整的日期为2030-10-27，载
>          入2030年的通知后可以确定（calendar_not_covered）
? 0

### a late decision in English (--lang en): titles, statuses, citations, the readings' note and findings
$ egca --lang en timeline @SRC@/examples/case-late-decision.json --as-of 2026-06-10
> Case BJ-2026-004, as of 2026-06-10
>
> time limit                                   start       due date     status     met on or left
> Decide whether to accept the application,    2026-02-24  2026-03-02   met        2026-03-02
>   or give the correction notice once
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82;
>          Service Guide, Procedure, (1) New application, step 2
> Decide whether to grant the licence          2026-03-02  2026-05-27#  met late   2026-06-01
>   basis: Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on
>          the Administration of Commercial Cryptography, Article 26(3); Measures for the
>          Administration of E-Government Electronic Certification Services, Article 9; Administrative
>          Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time
>          limit for approval
> Notify in writing the time the technical     2026-03-10  2026-03-10#  met        2026-03-12
>   review needs
>   basis: Regulations on the Administration of Commercial Cryptography, Article 26(3); Administrative
>          Licensing Law, Article 45; Service Guide, Procedure, (1) New application, step 3
> Notify the applicant, and issue and          2026-06-01  2026-06-15#  pending    3 working days left
>   deliver the result
>   basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service
>          Guide, Delivery of the result
> The day from which the status and result     2026-03-02  2026-03-24   available  -
>   may be asked by telephone
>   basis: Service Guide, Public enquiry
>
> # The law is unsettled; the result depends on the reading (the questions and readings: egca rules
>   readings). Decide whether to grant the licence (start 2026-03-02), review_over_notified=whole:
>   2026-05-27 met late (applied); review_over_notified=notified_only: 2026-04-29 met late. Notify in
>   writing the time the technical review needs (start 2026-03-10), review_notice_after_start=hint:
>   2026-03-10 met (applied); review_notice_after_start=violation: 2026-03-10 met late. Notify the
>   applicant, and issue and deliver the result (start 2026-06-01), notification_of_a_denial=notified:
>   2026-06-15 pending (applied); notification_of_a_denial=granted_only: does not arise.
>
> Findings:
>   [hint] 2026-03-10 technical review started on 2026-03-10: the time it needs was notified to the
>          applicant in writing on 2026-03-12, after the review started; the article sets no moment
>          for the notice (Regulations on the Administration of Commercial Cryptography, Article
>          26(3)) (review_notice_after_start; contested: holds only under the reading
>          review_notice_after_start=hint)
>   [hint] 2026-05-12 extension of the decision's time limit approved on 2026-05-12, to 2026-05-27;
>          the Regulations on the Administration of Commercial Cryptography, Article 26 provide no
>          extension of the decision's time limit, so whether it applies is contested
>          (extension_contested; contested: holds only under the reading review_over_notified=whole)
? 1

### JSON: the deemed acceptance is a violation, so the exit code is 1
$ egca timeline @SRC@/examples/case-deemed-acceptance.json --as-of 2025-11-03 --format json
> {
>   "case_id": "ZJ-2025-031",
>   "as_of": "2025-11-03",
>   "clean": false,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2025-09-30",
>       "due": "2025-10-14",
>       "nominal": null,
>       "status": "late",
>       "met_on": "2025-10-20",
...
? 1

### iCalendar output of the open deadlines (compared byte for byte by the unit test)
$ egca timeline @SRC@/examples/case-change.json --as-of 2026-10-12 --format ics
...
? 1

### a late decision (extension contested, review notified late)
$ egca timeline @SRC@/examples/case-late-decision.json --as-of 2026-06-10 --format json
...
? 1

### a renewal deemed granted (行政许可法 第五十条第二款)
$ egca timeline @SRC@/examples/case-renewal.json --as-of 2026-04-20
...
? 1

### the same renewal before its expiry: nothing late yet
$ egca timeline @SRC@/examples/case-renewal.json --as-of 2026-04-17 --format json
...
? 0

### the later reading of a rest-day renewal deadline (2026-02-16 is in the Spring Festival)
$ egca timeline @SRC@/examples/case-renewal.json --as-of 2026-01-05 --reading renewal_rest_day=later --format text
...
? 0

### a decision period reaching a tentative year (the fixture's 2083) is provisional, not an error
$ egca --holidays @TESTDATA@/calendars timeline @TESTDATA@/cases/year-end-2082.json --as-of 2082-12-24
> 案件 FIXTURE-2082-051，截至 2082-12-24
>
> 期限                                起算日      届满日       状态        完成日或剩余
> 作出是否受理的决定或一次性告知补正  2082-12-21  2082-12-28   按期完成    2082-12-23
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2082-12-23  2083-01-21*  未届满      剩19个工作日
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 可以电话查询审批状态和结果之日      2082-12-23  2083-01-15*  尚不能查询  剩15个工作日
>   依据：服务指南 公开查询
>
> * 暂定：计算用到尚未公布节假日安排的年份（按放假办法推定），通知公布后可能变化。
? 0

### with --strict a provisional result is an error, naming the event its period runs from (the acceptance)
$ egca --holidays @TESTDATA@/calendars --strict timeline @TESTDATA@/cases/year-end-2082.json --as-of 2082-12-24
! egca: @TESTDATA@/cases/year-end-2082.json: /events/1: 期限"decision"自2082-12-23起算：2083年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误
? 4

### an event log the law cannot have: the message names the line, column and JSON pointer
$ egca timeline @TESTDATA@/cases/invalid/overlapping-reviews.json
! egca: @TESTDATA@/cases/invalid/overlapping-reviews.json:7:5: /events/3: 技术评审重叠：2025-10-20开始的技术评审（/events/2）尚未结束
? 3

### the same in English (--lang en)
$ egca --lang en timeline @TESTDATA@/cases/invalid/overlapping-reviews.json
! egca: @TESTDATA@/cases/invalid/overlapping-reviews.json:7:5: /events/3: overlapping reviews: the review started on 2025-10-20 (/events/2) has not ended
? 3

### an unknown event type
$ egca timeline @TESTDATA@/cases/invalid/unknown-type.json
! egca: @TESTDATA@/cases/invalid/unknown-type.json:5:14: /events/1/type: 未知事件类型"approved"
? 3

### the same in English
$ egca --lang en timeline @TESTDATA@/cases/invalid/unknown-type.json
! egca: @TESTDATA@/cases/invalid/unknown-type.json:5:14: /events/1/type: unknown event type "approved"
? 3

### a change filed under a ref no change has
$ egca timeline @TESTDATA@/cases/invalid/change-filed-unknown-ref.json
! egca: @TESTDATA@/cases/invalid/change-filed-unknown-ref.json:6:59: /events/2/ref: change_filed指向未知的ref"C2"（此前没有change_occurred）
? 3

### a decision before any acceptance, actual or deemed, is found when the case is evaluated
$ egca timeline @TESTDATA@/cases/invalid/decided-before-deemed-acceptance.json --as-of 2026-06-30
! egca: @TESTDATA@/cases/invalid/decided-before-deemed-acceptance.json: /events/1: 2025-10-10作出决定时申请尚未受理（没有受理，届时也不视为已受理）
? 3

### the same in English
$ egca --lang en timeline @TESTDATA@/cases/invalid/decided-before-deemed-acceptance.json --as-of 2026-06-30
! egca: @TESTDATA@/cases/invalid/decided-before-deemed-acceptance.json: /events/1: decided on 2025-10-10 before the application was accepted (no acceptance, and none deemed by then)
? 3

### not JSON at all
$ egca timeline @TESTDATA@/cases/invalid/not-json.json
! egca: @TESTDATA@/cases/invalid/not-json.json:4:1: JSON文本意外结束
? 3

### not JSON at all (in English)
$ egca --lang en timeline @TESTDATA@/cases/invalid/not-json.json
! egca: @TESTDATA@/cases/invalid/not-json.json:4:1: unexpected end of JSON text
? 3

### a file of cases: one compact line each; a bad case gives an error line and the rest go on
$ egca timeline @TESTDATA@/cases/batch/cases.json --as-of 2025-10-09
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":3,"error":"@TESTDATA@/cases/batch/cases.json:4:44: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
> {"case_id":"D","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"met","met_on":"2025-10-09","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"reconsideration","title":"申请行政复议","ref":null,"anchor":"2025-10-09","due":"2025-12-08","nominal":null,"status":"pending","met_on":null,"days_left":60,"unit":"days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政复议法 第二十条第一款","中华人民共和国行政复议法 第八十八条第一款","中华人民共和国民事诉讼法 第八十五条"]},{"rule":"litigation","title":"提起行政诉讼","ref":null,"anchor":"2025-10-09","due":"2026-04-09","nominal":null,"status":"pending","met_on":null,"days_left":182,"unit":"months","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政诉讼法 第四十六条第一款","最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"]}],"findings":[]}
? 3

### NDJSON on stdin: blank lines are skipped but counted
$ egca timeline - --as-of 2025-10-09 < @TESTDATA@/cases/batch/cases.ndjson
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":3,"error":"<stdin>:3:58: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
> {"case_id":"D","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"met","met_on":"2025-10-09","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"reconsideration","title":"申请行政复议","ref":null,"anchor":"2025-10-09","due":"2025-12-08","nominal":null,"status":"pending","met_on":null,"days_left":60,"unit":"days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政复议法 第二十条第一款","中华人民共和国行政复议法 第八十八条第一款","中华人民共和国民事诉讼法 第八十五条"]},{"rule":"litigation","title":"提起行政诉讼","ref":null,"anchor":"2025-10-09","due":"2026-04-09","nominal":null,"status":"pending","met_on":null,"days_left":182,"unit":"months","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政诉讼法 第四十六条第一款","最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"]}],"findings":[]}
? 3

### the same with one job, and with more jobs than cases: the same lines in the same order
$ egca timeline - --as-of 2025-10-09 --jobs 1 < @TESTDATA@/cases/batch/cases.ndjson
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":3,"error":"<stdin>:3:58: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
> {"case_id":"D","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"met","met_on":"2025-10-09","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"reconsideration","title":"申请行政复议","ref":null,"anchor":"2025-10-09","due":"2025-12-08","nominal":null,"status":"pending","met_on":null,"days_left":60,"unit":"days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政复议法 第二十条第一款","中华人民共和国行政复议法 第八十八条第一款","中华人民共和国民事诉讼法 第八十五条"]},{"rule":"litigation","title":"提起行政诉讼","ref":null,"anchor":"2025-10-09","due":"2026-04-09","nominal":null,"status":"pending","met_on":null,"days_left":182,"unit":"months","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政诉讼法 第四十六条第一款","最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"]}],"findings":[]}
? 3

### more jobs than cases
$ egca timeline @TESTDATA@/cases/batch/cases.json --as-of 2025-10-09 --jobs 16
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":3,"error":"@TESTDATA@/cases/batch/cases.json:4:44: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
> {"case_id":"D","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"met","met_on":"2025-10-09","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"reconsideration","title":"申请行政复议","ref":null,"anchor":"2025-10-09","due":"2025-12-08","nominal":null,"status":"pending","met_on":null,"days_left":60,"unit":"days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政复议法 第二十条第一款","中华人民共和国行政复议法 第八十八条第一款","中华人民共和国民事诉讼法 第八十五条"]},{"rule":"litigation","title":"提起行政诉讼","ref":null,"anchor":"2025-10-09","due":"2026-04-09","nominal":null,"status":"pending","met_on":null,"days_left":182,"unit":"months","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政诉讼法 第四十六条第一款","最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"]}],"findings":[]}
? 3

### --jobs takes 1 to 64
$ egca timeline - --jobs 0 < @TESTDATA@/cases/batch/clean.ndjson
! egca: --jobs: 0超出范围（1..64）
? 2

### --jobs without its value
$ egca timeline - --jobs < @TESTDATA@/cases/batch/clean.ndjson
! egca: --jobs: 缺少值
? 2

### a batch with nothing late exits 0
$ egca timeline - --as-of 2025-10-09 --format json < @TESTDATA@/cases/batch/clean.ndjson
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
...
? 0

### a batch with a late acceptance exits 1
$ egca timeline - --as-of 2025-10-20 < @TESTDATA@/cases/batch/late.ndjson
...
? 1

### an empty array of cases
$ egca timeline @TESTDATA@/cases/batch/empty.json
? 0

### one case pretty-printed over many lines on stdin (its object goes on past its first line): its text, as from the file
$ egca timeline - --as-of 2025-10-09 --format text < @SRC@/examples/case-granted.json
> 案件 GD-2025-017，截至 2025-10-09
>
> 期限                                起算日      届满日      状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
? 0

### cases pretty-printed one after another on stdin: one JSON line each; a bad case names its first line, and the error its line:column in the whole input (line 8, column 34: the date)
$ egca timeline - --as-of 2025-10-09 < @TESTDATA@/cases/batch/pretty.json
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":5,"error":"<stdin>:8:34: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
? 3

### a case not closed at the end of stdin: the parser names where the input ends
$ egca timeline - --as-of 2025-10-09 < @TESTDATA@/cases/batch/unclosed.json
> {"line":1,"error":"<stdin>:4:1: JSON文本意外结束"}
? 3

### --format text on stdin: each case's text in input order, a line of 60 hyphens between two, a bad case's error in its place
$ egca timeline - --as-of 2025-10-09 --format text < @TESTDATA@/cases/batch/pretty.json
> 案件 A，截至 2025-10-09
>
> 期限                                起算日      届满日      状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> ------------------------------------------------------------
>
> 错误：<stdin>:8:34: /events/0/date: "2025-09-31"：2025-09没有31日
>
> ------------------------------------------------------------
>
> 案件 C，截至 2025-10-09
>
> （尚无期限）
> 期限  起算日  届满日  状态  完成日或剩余
? 3

### --format text on a file of cases likewise
$ egca timeline @TESTDATA@/cases/batch/cases.json --as-of 2025-10-09 --format text
> 案件 A，截至 2025-10-09
>
> 期限                                起算日      届满日      状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> ------------------------------------------------------------
>
> 错误：@TESTDATA@/cases/batch/cases.json:4:44: /events/0/date: "2025-09-31"：2025-09没有31日
>
> ------------------------------------------------------------
>
> 案件 C，截至 2025-10-09
>
> （尚无期限）
> 期限  起算日  届满日  状态  完成日或剩余
>
> ------------------------------------------------------------
>
> 案件 D，截至 2025-10-09
>
> 期限                                起算日      届满日      状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14  按期完成  2025-10-09
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 申请行政复议                        2025-10-09  2025-12-08  未届满    剩60日
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2025-10-09  2026-04-09  未届满    剩182日
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
? 3

### a JSON array on stdin is a batch too (its first byte is [)
$ egca timeline - --as-of 2025-10-09 --format json < @TESTDATA@/cases/batch/cases.json
> {"case_id":"A","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"pending","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]}],"findings":[]}
> {"line":3,"error":"<stdin>:4:44: /events/0/date: \"2025-09-31\"：2025-09没有31日"}
> {"case_id":"C","as_of":"2025-10-09","clean":true,"deadlines":[],"findings":[]}
> {"case_id":"D","as_of":"2025-10-09","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-09-30","due":"2025-10-14","nominal":null,"status":"met","met_on":"2025-10-09","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"reconsideration","title":"申请行政复议","ref":null,"anchor":"2025-10-09","due":"2025-12-08","nominal":null,"status":"pending","met_on":null,"days_left":60,"unit":"days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政复议法 第二十条第一款","中华人民共和国行政复议法 第八十八条第一款","中华人民共和国民事诉讼法 第八十五条"]},{"rule":"litigation","title":"提起行政诉讼","ref":null,"anchor":"2025-10-09","due":"2026-04-09","nominal":null,"status":"pending","met_on":null,"days_left":182,"unit":"months","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政诉讼法 第四十六条第一款","最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"]}],"findings":[]}
? 3

### a missing file
$ egca timeline @TMP@/none.json
! egca: @TMP@/none.json: 无法打开：文件或目录不存在
? 3

### a bad as-of date
$ egca timeline @SRC@/examples/case-granted.json --as-of 2026-02-30
! egca: --as-of: "2026-02-30"：2026-02没有30日
? 2

### an unknown format
$ egca timeline @SRC@/examples/case-granted.json --format xml
! egca: --format: 应为text、json、ics或html
? 2

### no case file
$ egca timeline
! egca: timeline: 用法：egca timeline CASE.json|- [--as-of DATE] [--format text|json|ics|html] [--jobs N]
? 2

### readings: a second notice within 5 working days of the resubmission (10-27: 10-28..31, 11-03) naming only what the first did is lawful and answers the round (default "answers"); under "void" the round runs out on 11-03 and the application is deemed accepted from 10-27 (the row marked #)
$ egca timeline @TESTDATA@/cases/readings/second-notice.json --as-of 2025-11-04
> 案件 R-SECOND-NOTICE，截至 2025-11-04
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14   按期完成  2025-10-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否受理的决定或一次性告知补正  2025-10-27  2025-11-03#  按期完成  2025-10-29
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否受理的决定或一次性告知补
>   正（起算日 2025-10-27），second_correction_notice=answers：2025-11-03 按期完成（采用）；
>   second_correction_notice=void：2025-11-03 视为受理。
>
> 发现：
>   [提示] 2025-11-18 依读法 second_correction_notice=void，另有期限 status_query，届满日为
>          2025-11-18；依采用的读法不发生（deadline_under_reading；有争议：仅在读法
>          second_correction_notice=void 下成立）
>   [提示] 2025-11-24 依读法 second_correction_notice=void，另有期限 decision，届满日为2025-11-24；依
>          采用的读法不发生（deadline_under_reading；有争议：仅在读法 second_correction_notice=void 下
>          成立）

### readings: the same under "void": the deemed acceptance and the repeated notice hold under this reading only
$ egca timeline @TESTDATA@/cases/readings/second-notice.json --as-of 2025-11-04 --reading second_correction_notice=void
> 案件 R-SECOND-NOTICE，截至 2025-11-04
>
> 期限                                起算日      届满日       状态        完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14   按期完成    2025-10-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否受理的决定或一次性告知补正  2025-10-27  2025-11-03#  视为受理    -
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2025-10-27  2025-11-24#  未届满      剩14个工作日
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 可以电话查询审批状态和结果之日      2025-10-27  2025-11-18#  尚不能查询  剩10个工作日
>   依据：服务指南 公开查询
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否受理的决定或一次性告知补
>   正（起算日 2025-10-27），second_correction_notice=answers：2025-11-03 按期完成；
>   second_correction_notice=void：2025-11-03 视为受理（采用）。作出是否准予认定的决定（起算日
>   2025-10-27），second_correction_notice=answers：不发生；second_correction_notice=void：2025-11-24
>   未届满（采用）。可以电话查询审批状态和结果之日（起算日 2025-10-27），
>   second_correction_notice=answers：不发生；second_correction_notice=void：2025-11-18 尚不能查询（采
>   用）。
>
> 发现：
>   [违反] 2025-10-27 2025-10-27收到的申请材料至2025-11-03未获受理决定或一次性补正告知，自收到申请材料
>          之日（2025-10-27）起即为受理（行政许可法 第三十二条第一款第（四）项）（deemed_accepted；有
>          争议：仅在读法 second_correction_notice=void 下成立）
>   [违反] 2025-10-29 2025-10-29再次告知补正（首次告知为2025-10-13）：需要补正的全部内容应当一次告知
>          （行政许可法 第三十二条）（repeat_correction；有争议：仅在读法
>          second_correction_notice=void 下成立）
? 1

### readings: a review never notified: excluded (decision due 04-13) or counted (due 03-30, overdue)
$ egca timeline @TESTDATA@/cases/readings/review-unnotified.json --as-of 2026-04-01
> 案件 R-REVIEW-UNNOTIFIED，截至 2026-04-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-02-24  2026-03-02   按期完成  2026-03-02
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-03-02  2026-04-13#  未届满    剩7个工作日
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 书面告知技术评审所需时间            2026-03-10  2026-03-10   已逾期    逾期22日
>   依据：商用密码管理条例 第二十六条第三款；行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请
>         3
> 可以电话查询审批状态和结果之日      2026-03-02  2026-03-24   可以查询  -
>   依据：服务指南 公开查询
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否准予认定的决定（起算日
>   2026-03-02），review_unnotified=excluded：2026-04-13 未届满（采用）；review_unnotified=counted：
>   2026-03-30 已逾期。
>
> 发现：
>   [违反] 2026-03-10 2026-03-10开始的技术评审，未书面告知申请人所需时间（商用密码管理条例 第二十六条
>          第三款）（review_without_notice）
? 1

### readings: a renewal filed late (03-02, after 02-14 or 02-24) and undecided at the expiry: deemed renewed, a contested finding
$ egca timeline @TESTDATA@/cases/readings/renewal-late-filing.json --as-of 2026-04-20
> 案件 R-RENEWAL-LATE，截至 2026-04-20
>
> 期限                                          起算日      届满日        状态          完成日或剩余
> 资质证书有效期的最后一日                      2021-04-17  2026-04-17    已届满        已过3日
> 资质证书有效期的最后一日                      2026-04-17  2031-04-17#   有效          剩1823日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 提出延续申请的最后一日                        2026-04-17  2026-02-14#   逾期完成      2026-03-02
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 提出延续申请的最后一日                        2031-04-17  ~2031-02-16#  未届满        -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 作出是否准予延续的决定                        2026-04-17  2026-04-17#   视为准予延续  -
>   依据：行政许可法 第五十条第二款；服务指南 办理基本流程 （三）有效期届满延续
> 对延续申请作出是否受理的决定或一次性告知补正  2026-03-02  2026-03-09    按期完成      2026-03-04
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第五十条第一款；行政许可法 第八十二条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2026-04-17），deemed_renewal_late_filing=deemed：2031-04-17 有效（采用）；
>   deemed_renewal_late_filing=not_deemed：不发生；certificate_last_day=anniversary：2031-04-17 有效
>   （采用）；certificate_last_day=day_before：2031-04-16 有效。提出延续申请的最后一日（起算日
>   2026-04-17），renewal_rest_day=earlier：2026-02-14 逾期完成（采用）；renewal_rest_day=later：
>   2026-02-24 逾期完成。提出延续申请的最后一日（起算日 2031-04-17），
>   deemed_renewal_late_filing=deemed：2031-02-16 未届满（采用）；
>   deemed_renewal_late_filing=not_deemed：不发生；certificate_last_day=anniversary：2031-02-16 未届满
>   （采用）；certificate_last_day=day_before：2031-02-15 未届满。作出是否准予延续的决定（起算日
>   2026-04-17），deemed_renewal_late_filing=deemed：2026-04-17 视为准予延续（采用）；
>   deemed_renewal_late_filing=not_deemed：2026-04-17 不适用。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [违反] 2026-04-17 2026-03-02提出延续申请，有效期届满（2026-04-17）前未作出是否准予延续的决定，视为
>          准予延续（行政许可法 第五十条第二款）（deemed_renewed；有争议：仅在读法
>          deemed_renewal_late_filing=deemed 下成立）
>   [提示] 2031-02-16 计算该期限需要2031年的节假日安排，尚未载入；不计节假日调整的日期为2031-02-16，载
>          入2031年的通知后可以确定（calendar_not_covered；有争议：仅在读法
>          deemed_renewal_late_filing=deemed 下成立）
? 1

### readings: the same unanswered, its acceptance deemed (第三十二条第一款第（四）项): that finding holds under both readings of
# deemed_renewal_late_filing, though not_deemed has two deadlines fewer before it (no renewed term): not contested
$ egca timeline @TESTDATA@/cases/readings/renewal-late-unanswered.json --as-of 2026-04-20
> 案件 R-RENEWAL-LATE-UNANSWERED，截至 2026-04-20
>
> 期限                                          起算日      届满日        状态          完成日或剩余
> 资质证书有效期的最后一日                      2021-04-17  2026-04-17    已届满        已过3日
> 资质证书有效期的最后一日                      2026-04-17  2031-04-17#   有效          剩1823日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 提出延续申请的最后一日                        2026-04-17  2026-02-14#   逾期完成      2026-03-02
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 提出延续申请的最后一日                        2031-04-17  ~2031-02-16#  未届满        -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 作出是否准予延续的决定                        2026-04-17  2026-04-17#   视为准予延续  -
>   依据：行政许可法 第五十条第二款；服务指南 办理基本流程 （三）有效期届满延续
> 对延续申请作出是否受理的决定或一次性告知补正  2026-03-02  2026-03-09    视为受理      -
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第五十条第一款；行政许可法 第八十二条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2026-04-17），deemed_renewal_late_filing=deemed：2031-04-17 有效（采用）；
>   deemed_renewal_late_filing=not_deemed：不发生；certificate_last_day=anniversary：2031-04-17 有效
>   （采用）；certificate_last_day=day_before：2031-04-16 有效。提出延续申请的最后一日（起算日
>   2026-04-17），renewal_rest_day=earlier：2026-02-14 逾期完成（采用）；renewal_rest_day=later：
>   2026-02-24 逾期完成。提出延续申请的最后一日（起算日 2031-04-17），
>   deemed_renewal_late_filing=deemed：2031-02-16 未届满（采用）；
>   deemed_renewal_late_filing=not_deemed：不发生；certificate_last_day=anniversary：2031-02-16 未届满
>   （采用）；certificate_last_day=day_before：2031-02-15 未届满。作出是否准予延续的决定（起算日
>   2026-04-17），deemed_renewal_late_filing=deemed：2026-04-17 视为准予延续（采用）；
>   deemed_renewal_late_filing=not_deemed：2026-04-17 不适用。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [违反] 2026-03-02 2026-03-02收到的申请材料至2026-03-09未获受理决定或一次性补正告知，自收到申请材料
>          之日（2026-03-02）起即为受理（行政许可法 第三十二条第一款第（四）项）（deemed_accepted）
>   [违反] 2026-04-17 2026-03-02提出延续申请，有效期届满（2026-04-17）前未作出是否准予延续的决定，视为
>          准予延续（行政许可法 第五十条第二款）（deemed_renewed；有争议：仅在读法
>          deemed_renewal_late_filing=deemed 下成立）
>   [提示] 2031-02-16 计算该期限需要2031年的节假日安排，尚未载入；不计节假日调整的日期为2031-02-16，载
>          入2031年的通知后可以确定（calendar_not_covered；有争议：仅在读法
>          deemed_renewal_late_filing=deemed 下成立）
? 1

### readings: the same with the reading under which 第五十条第二款 does not reach a late filing
$ egca timeline @TESTDATA@/cases/readings/renewal-late-filing.json --as-of 2026-04-20 --reading deemed_renewal_late_filing=not_deemed --format json
> {
>   "case_id": "R-RENEWAL-LATE",
>   "as_of": "2026-04-20",
>   "clean": false,
>   "deadlines": [
>     {
>       "rule": "certificate_validity",
>       "title": "资质证书有效期的最后一日",
>       "ref": null,
>       "anchor": "2021-04-17",
>       "due": "2026-04-17",
>       "nominal": null,
>       "status": "expired",
>       "met_on": null,
>       "days_left": -3,
>       "unit": "years",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": []
>     },
>     {
>       "rule": "renewal_filing",
>       "title": "提出延续申请的最后一日",
>       "ref": null,
>       "anchor": "2026-04-17",
>       "due": "2026-02-14",
>       "nominal": null,
>       "status": "late",
>       "met_on": "2026-03-02",
>       "days_left": null,
>       "unit": "days",
>       "provisional": false,
>       "ambiguous": true,
>       "other_reading": "2026-02-24",
>       "readings": [
>         {
>           "question": "renewal_rest_day",
>           "reading": "earlier",
>           "chosen": true,
>           "due": "2026-02-14",
>           "status": "late"
>         },
>         {
>           "question": "renewal_rest_day",
>           "reading": "later",
>           "chosen": false,
>           "due": "2026-02-24",
>           "status": "late"
>         }
>       ],
>       "basis": ["电子政务电子认证服务管理办法 第十五条", "中华人民共和国行政许可法 第五十条第一款", "服务指南 办理基本流程 （三）有效期届满延续"]
>     },
>     {
>       "rule": "renewal_decision",
>       "title": "作出是否准予延续的决定",
>       "ref": null,
>       "anchor": "2026-04-17",
>       "due": "2026-04-17",
>       "nominal": null,
>       "status": "not_applicable",
>       "met_on": null,
>       "days_left": null,
>       "unit": "days",
>       "provisional": false,
>       "ambiguous": true,
>       "other_reading": "2026-04-17",
>       "readings": [
>         {
>           "question": "deemed_renewal_late_filing",
>           "reading": "deemed",
>           "chosen": false,
>           "due": "2026-04-17",
>           "status": "deemed"
>         },
>         {
>           "question": "deemed_renewal_late_filing",
>           "reading": "not_deemed",
>           "chosen": true,
>           "due": "2026-04-17",
>           "status": "not_applicable"
>         }
>       ],
>       "basis": ["中华人民共和国行政许可法 第五十条第二款", "服务指南 办理基本流程 （三）有效期届满延续"]
>     },
>     {
>       "rule": "renewal_acceptance",
>       "title": "对延续申请作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2026-03-02",
>       "due": "2026-03-09",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2026-03-04",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第五十条第一款", "中华人民共和国行政许可法 第八十二条"]
>     }
>   ],
>   "findings": [
>     {
>       "code": "deadline_under_reading",
>       "violation": false,
>       "contested": true,
>       "reading": {
>         "question": "deemed_renewal_late_filing",
>         "reading": "deemed"
>       },
>       "rule": "renewal_filing",
>       "date": "2031-02-16",
>       "message": "依读法 deemed_renewal_late_filing=deemed，另有期限 renewal_filing，届满日为2031-02-16；依采用的读法不发生"
>     },
>     {
>       "code": "deadline_under_reading",
>       "violation": false,
>       "contested": true,
>       "reading": {
>         "question": "deemed_renewal_late_filing",
>         "reading": "deemed"
>       },
>       "rule": "certificate_validity",
>       "date": "2031-04-17",
>       "message": "依读法 deemed_renewal_late_filing=deemed，另有期限 certificate_validity，届满日为2031-04-17；依采用的读法不发生"
>     }
>   ]
> }
? 1

### readings: an unknown question is an error naming it
$ egca timeline @TESTDATA@/cases/readings/renewal-late-filing.json --as-of 2026-04-20 --reading no_such_question=yes
! egca: --reading: 未知问题"no_such_question"（egca rules readings列出全部问题）
? 2

### history: a case received before the licence existed (密码法 第二十九条, 2020-01-01): each instance from a day before
# it cannot be computed (status unknown), with the reason `egca deadline acceptance 2019-12-31` refuses the day with;
# the rest of the case is evaluated (here nothing else), and nothing unknown is a breach (exit 0).
$ egca timeline @TESTDATA@/cases/history/accepted-2019-12-31.json --as-of 2020-03-01
> 案件 H-2019-12-31，截至 2020-03-01
>
> 期限                                起算日      届满日  状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2019-12-31  -       无法计算  -
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；密码法 第二十九条
> 作出是否准予认定的决定              2019-12-31  -       无法计算  -
>   依据：行政许可法 第四十二条第一款；行政许可法 第四十五条；行政许可法 第八十二条；密码法 第二十九条
> 可以电话查询审批状态和结果之日      2019-12-31  -       无法计算  -
>   依据：服务指南 公开查询
>
> ? 作出是否受理的决定或一次性告知补正（起算日 2019-12-31）无法计算：电子政务电子认证服务机构资质认定
>   依密码法 第二十九条设立，该法自2020年1月1日起施行（第四十四条）；此前没有这项许可
> ? 作出是否准予认定的决定（起算日 2019-12-31）无法计算：电子政务电子认证服务机构资质认定依密码法 第二
>   十九条设立，该法自2020年1月1日起施行（第四十四条）；此前没有这项许可
> ? 可以电话查询审批状态和结果之日（起算日 2019-12-31）无法计算：电子政务电子认证服务机构资质认定依密
>   码法 第二十九条设立，该法自2020年1月1日起施行（第四十四条）；此前没有这项许可

### the same in English: the status "cannot be computed", the reason the rules give in English (the licence's reason_en)
$ egca --lang en timeline @TESTDATA@/cases/history/accepted-2019-12-31.json --as-of 2020-03-01
> Case H-2019-12-31, as of 2020-03-01
>
> time limit                                  start       due date  status              met on or left
> Decide whether to accept the application,   2019-12-31  -         cannot be computed  -
>   or give the correction notice once
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82;
>          Cryptography Law, Article 29
> Decide whether to grant the licence         2019-12-31  -         cannot be computed  -
>   basis: Administrative Licensing Law, Article 42(1); Administrative Licensing Law, Article 45;
>          Administrative Licensing Law, Article 82; Cryptography Law, Article 29
> The day from which the status and result    2019-12-31  -         cannot be computed  -
>   may be asked by telephone
>   basis: Service Guide, Public enquiry
>
> ? Decide whether to accept the application, or give the correction notice once (start 2019-12-31)
>   cannot be computed: The licence for e-government electronic certification service providers was
>   created by Article 29 of the Cryptography Law, in force from 2020-01-01 (Article 44); before that
>   day the licence did not exist
> ? Decide whether to grant the licence (start 2019-12-31) cannot be computed: The licence for
>   e-government electronic certification service providers was created by Article 29 of the
>   Cryptography Law, in force from 2020-01-01 (Article 44); before that day the licence did not exist
> ? The day from which the status and result may be asked by telephone (start 2019-12-31) cannot be
>   computed: The licence for e-government electronic certification service providers was created by
>   Article 29 of the Cryptography Law, in force from 2020-01-01 (Article 44); before that day the
>   licence did not exist

### history: received and accepted 2020-01-01: the 密码法's version: the basis ends with 密码法 第二十九条; deadline and timeline agree
#   on the version. 2020-01-01 is 元旦, a rest day: under receipt_after_hours' default the materials count as received
#   on the next working day, Thu 01-02, so the acceptance runs 01-03, 06, 07, 08, 09 (5 working days) to 01-09
$ egca timeline @TESTDATA@/cases/history/accepted-2020-01-01.json --as-of 2020-01-02 --format json
> {
>   "case_id": "H-2020-01-01",
>   "as_of": "2020-01-02",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2020-01-02",
>       "due": "2020-01-09",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2020-01-01",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": true,
>       "other_reading": "2020-01-08",
>       "readings": [
>         {
>           "question": "receipt_after_hours",
>           "reading": "next_working_day",
>           "chosen": true,
>           "due": "2020-01-09",
>           "status": "met"
>         },
>         {
>           "question": "receipt_after_hours",
>           "reading": "as_dated",
>           "chosen": false,
>           "due": "2020-01-08",
>           "status": "met"
>         }
>       ],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第八十二条", "中华人民共和国密码法 第二十九条"]
>     },
>     {
>       "rule": "decision",
>       "title": "作出是否准予认定的决定",
>       "ref": null,
>       "anchor": "2020-01-01",
>       "due": "2020-02-05",
>       "nominal": null,
>       "status": "pending",
>       "met_on": null,
>       "days_left": 19,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["中华人民共和国行政许可法 第四十二条第一款", "中华人民共和国行政许可法 第四十五条", "中华人民共和国行政许可法 第八十二条", "中华人民共和国密码法 第二十九条"]
>     },
...

### history: received and accepted 2023-06-30: 行政许可法 第四十二条 for the decision; deadline and timeline agree
$ egca timeline @TESTDATA@/cases/history/accepted-2023-06-30.json --as-of 2023-07-03 --format json
> {
>   "case_id": "H-2023-06-30",
>   "as_of": "2023-07-03",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2023-06-30",
>       "due": "2023-07-07",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2023-06-30",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第八十二条", "中华人民共和国密码法 第二十九条"]
>     },
>     {
>       "rule": "decision",
>       "title": "作出是否准予认定的决定",
>       "ref": null,
>       "anchor": "2023-06-30",
>       "due": "2023-07-28",
>       "nominal": null,
>       "status": "pending",
>       "met_on": null,
>       "days_left": 19,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
...

### history: received and accepted 2023-07-01: 商用密码管理条例 第二十六条 for the decision; deadline and timeline agree
#   on the version. 2023-07-01 is a Saturday: the materials count as received Mon 07-03 (receipt_after_hours), the
#   acceptance runs 07-04..07 and 07-10
$ egca timeline @TESTDATA@/cases/history/accepted-2023-07-01.json --as-of 2023-07-03 --format json
> {
>   "case_id": "H-2023-07-01",
>   "as_of": "2023-07-03",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2023-07-03",
>       "due": "2023-07-10",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2023-07-01",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": true,
>       "other_reading": "2023-07-07",
>       "readings": [
>         {
>           "question": "receipt_after_hours",
>           "reading": "next_working_day",
>           "chosen": true,
>           "due": "2023-07-10",
>           "status": "met"
>         },
>         {
>           "question": "receipt_after_hours",
>           "reading": "as_dated",
>           "chosen": false,
>           "due": "2023-07-07",
>           "status": "met"
>         }
>       ],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第八十二条", "商用密码管理条例 第二十六条第一款"]
>     },
>     {
>       "rule": "decision",
>       "title": "作出是否准予认定的决定",
>       "ref": null,
>       "anchor": "2023-07-01",
>       "due": "2023-07-28",
>       "nominal": null,
>       "status": "pending",
>       "met_on": null,
>       "days_left": 19,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["商用密码管理条例 第二十六条第二款", "商用密码管理条例 第二十六条第三款", "中华人民共和国行政许可法 第四十五条", "中华人民共和国行政许可法 第八十二条"]
>     },
...

### history: received and accepted 2024-10-31: still the 条例's version; deadline and timeline agree
$ egca timeline @TESTDATA@/cases/history/accepted-2024-10-31.json --as-of 2024-11-01 --format json
> {
>   "case_id": "H-2024-10-31",
>   "as_of": "2024-11-01",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2024-10-31",
>       "due": "2024-11-07",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2024-10-31",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第八十二条", "商用密码管理条例 第二十六条第一款"]
>     },
>     {
>       "rule": "decision",
>       "title": "作出是否准予认定的决定",
>       "ref": null,
>       "anchor": "2024-10-31",
>       "due": "2024-11-28",
>       "nominal": null,
>       "status": "pending",
>       "met_on": null,
>       "days_left": 19,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
...

### history: received and accepted 2024-11-01: the Measures' version, with the guide; deadline and timeline agree
$ egca timeline @TESTDATA@/cases/history/accepted-2024-11-01.json --as-of 2024-11-01 --format json
> {
>   "case_id": "H-2024-11-01",
>   "as_of": "2024-11-01",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2024-11-01",
>       "due": "2024-11-08",
>       "nominal": null,
>       "status": "met",
>       "met_on": "2024-11-01",
>       "days_left": null,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": ["中华人民共和国行政许可法 第三十二条第一款第（四）项", "中华人民共和国行政许可法 第八十二条", "服务指南 办理基本流程 （一）新申请 2"]
>     },
>     {
>       "rule": "decision",
>       "title": "作出是否准予认定的决定",
>       "ref": null,
>       "anchor": "2024-11-01",
>       "due": "2024-11-29",
>       "nominal": null,
>       "status": "pending",
>       "met_on": null,
>       "days_left": 20,
>       "unit": "working_days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
...

### a certificate delivered late (行政许可法 第四十四条): a violation with the finding certificate_late
# granted Tue 2026-01-20; ten working days: 01-21..23 (3), 01-26..30 (8), 02-02..03 (10); issued 06-01.
$ egca timeline @TESTDATA@/cases/clocks/certificate-late.json --as-of 2026-06-02
> 案件 CERT-LATE，截至 2026-06-02
>
> 期限                                起算日      届满日        状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12    按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-02    按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03    按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27    可以查询  -
>   依据：服务指南 公开查询
> 资质证书有效期的最后一日            2026-06-01  2031-06-01#   有效      剩1825日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 提出延续申请的最后一日              2031-06-01  ~2031-04-02#  未届满    -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 颁发、送达资质证书                  2026-01-20  2026-02-03    逾期完成  2026-06-01
>   依据：行政许可法 第四十四条；行政许可法 第八十二条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2026-06-01），certificate_last_day=anniversary：2031-06-01 有效（采用）；
>   certificate_last_day=day_before：2031-05-31 有效。提出延续申请的最后一日（起算日 2031-06-01），
>   certificate_last_day=anniversary：2031-04-02 未届满（采用）；certificate_last_day=day_before：
>   2031-04-01 未届满。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [违反] 2026-01-20 2026-01-20准予认定，资质证书至2026-06-01才颁发，超过作出决定之日起十日（行政许可
>          法 第四十四条）（certificate_late）
>   [提示] 2031-04-02 计算该期限需要2031年的节假日安排，尚未载入；不计节假日调整的日期为2031-04-02，载
>          入2031年的通知后可以确定（calendar_not_covered）
? 1

### a denial after a hearing: the hearing's clocks, its time out of the decision, and the applicant's remedies
# hearing asked within 5 days of Tue 01-06: 01-11 is a Sunday, so 01-12 (民法典 第二百零三条); held within 20 working
# days of the request on 01-08: 01-09 (1), 12..16 (6), 19..23 (11), 26..30 (16), 02-02..05 (20); notice by the 7th
# working day before the hearing of Mon 01-19: 01-16..12 (5), 01-09 (6), 01-08 (7): given 01-09, late.
# decision from 01-05, 01-08..19 paused (第四十五条): 01-06..07 (2), 01-20..23 (6), 26..30 (11), 02-02..06 (16),
# 02-09..12 (20). Notified 01-21: 行政复议 60 days = Sun 03-22 -> 03-23; 行政诉讼 six months = 07-21.
# The two counting questions mark their rows (#) with the other reading's day: hearing_request_days=working_days
# counts 01-07 (1), 08 (2), 09 (3), 12 (4), 13 (5) -> 01-13, the request of 01-08 on time under both;
# hearing_notice_days=days counts 7 calendar days back from 01-19 -> Mon 01-12, so the notice of 01-09 is on
# time under that reading and late under the default.
# hearing_pause=right_notified pauses the decision from the notice of the right (01-06) to the hearing (01-19):
# 01-05 is the start, 01-20..23 (4), 26..30 (9), 02-02..06 (14), 02-09..13 (19), Sat 02-14 (worked, 20).
# hearing_held_from=after_five_days: from Mon 01-12, 01-13..16 (4), 19..23 (9), 26..30 (14), 02-02..06 (19),
# 02-09 (20). notification_of_a_denial=granted_only: the denial opens no notification period.
$ egca timeline @TESTDATA@/cases/clocks/denial-remedies.json --as-of 2026-02-01
> 案件 DENIED，截至 2026-02-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-12#  按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03#  按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请人提出听证申请                  2026-01-06  2026-01-12#  按期完成  2026-01-08
>   依据：行政许可法 第四十七条第一款；民法典 第二百零一条；民法典 第二百零三条
> 组织听证                            2026-01-08  2026-02-05#  按期完成  2026-01-19
>   依据：行政许可法 第四十七条第一款；行政许可法 第八十二条
> 通知听证的时间、地点                2026-01-19  2026-01-08#  逾期完成  2026-01-09
>   依据：行政许可法 第四十八条第一款第（一）项；行政许可法 第八十二条
> 申请行政复议                        2026-01-21  2026-03-23   未届满    剩50日
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-21  2026-07-21   未届满    剩170日
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否准予认定的决定（起算日
>   2026-01-05），hearing_pause=request：2026-02-12 按期完成（采用）；hearing_pause=right_notified：
>   2026-02-14 按期完成。通知申请人并颁发、送达审批结果（起算日 2026-01-20），
>   notification_of_a_denial=notified：2026-02-03 按期完成（采用）；
>   notification_of_a_denial=granted_only：不发生。申请人提出听证申请（起算日 2026-01-06），
>   hearing_request_days=days：2026-01-12 按期完成（采用）；hearing_request_days=working_days：
>   2026-01-13 按期完成。组织听证（起算日 2026-01-08），hearing_held_from=request：2026-02-05 按期完成
>   （采用）；hearing_held_from=after_five_days：2026-02-09 按期完成。通知听证的时间、地点（起算日
>   2026-01-19），hearing_notice_days=working_days：2026-01-08 逾期完成（采用）；
>   hearing_notice_days=days：2026-01-12 按期完成。
? 1

### the hearing's counting questions under their other readings: each row takes the day of the reading picked
# (the same days as above: hearing request 01-13 in working days, hearing notice 01-12 in calendar days, so the
# notice of 01-09 is on time), and the default's day is listed as the other reading.
$ egca timeline @TESTDATA@/cases/clocks/denial-remedies.json --as-of 2026-02-01 --reading hearing_request_days=working_days --reading hearing_notice_days=days
> 案件 DENIED，截至 2026-02-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-12#  按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03#  按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请人提出听证申请                  2026-01-06  2026-01-13#  按期完成  2026-01-08
>   依据：行政许可法 第四十七条第一款；民法典 第二百零一条；民法典 第二百零三条
> 组织听证                            2026-01-08  2026-02-05#  按期完成  2026-01-19
>   依据：行政许可法 第四十七条第一款；行政许可法 第八十二条
> 通知听证的时间、地点                2026-01-19  2026-01-12#  按期完成  2026-01-09
>   依据：行政许可法 第四十八条第一款第（一）项；行政许可法 第八十二条
> 申请行政复议                        2026-01-21  2026-03-23   未届满    剩50日
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-21  2026-07-21   未届满    剩170日
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否准予认定的决定（起算日
>   2026-01-05），hearing_pause=request：2026-02-12 按期完成（采用）；hearing_pause=right_notified：
>   2026-02-14 按期完成。通知申请人并颁发、送达审批结果（起算日 2026-01-20），
>   notification_of_a_denial=notified：2026-02-03 按期完成（采用）；
>   notification_of_a_denial=granted_only：不发生。申请人提出听证申请（起算日 2026-01-06），
>   hearing_request_days=days：2026-01-12 按期完成；hearing_request_days=working_days：2026-01-13 按期
>   完成（采用）。组织听证（起算日 2026-01-08），hearing_held_from=request：2026-02-05 按期完成（采
>   用）；hearing_held_from=after_five_days：2026-02-10 按期完成。通知听证的时间、地点（起算日
>   2026-01-19），hearing_notice_days=working_days：2026-01-08 逾期完成；hearing_notice_days=days：
>   2026-01-12 按期完成（采用）。

### notification_of_a_denial=granted_only: the denial of 01-20 opens no notification period (行政许可法 第四十四条
# sets ten days for granted licences only); the guide's 10 working days (01-21..23, 26..30, 02-02..03 = 02-03),
# the default, is named in the hint deadline_under_reading.
$ egca timeline @TESTDATA@/cases/clocks/denial-remedies.json --as-of 2026-02-01 --reading notification_of_a_denial=granted_only
> 案件 DENIED，截至 2026-02-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-12#  按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请人提出听证申请                  2026-01-06  2026-01-12#  按期完成  2026-01-08
>   依据：行政许可法 第四十七条第一款；民法典 第二百零一条；民法典 第二百零三条
> 组织听证                            2026-01-08  2026-02-05#  按期完成  2026-01-19
>   依据：行政许可法 第四十七条第一款；行政许可法 第八十二条
> 通知听证的时间、地点                2026-01-19  2026-01-08#  逾期完成  2026-01-09
>   依据：行政许可法 第四十八条第一款第（一）项；行政许可法 第八十二条
> 申请行政复议                        2026-01-21  2026-03-23   未届满    剩50日
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-21  2026-07-21   未届满    剩170日
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否准予认定的决定（起算日
>   2026-01-05），hearing_pause=request：2026-02-12 按期完成（采用）；hearing_pause=right_notified：
>   2026-02-14 按期完成。申请人提出听证申请（起算日 2026-01-06），hearing_request_days=days：
>   2026-01-12 按期完成（采用）；hearing_request_days=working_days：2026-01-13 按期完成。组织听证（起
>   算日 2026-01-08），hearing_held_from=request：2026-02-05 按期完成（采用）；
>   hearing_held_from=after_five_days：2026-02-09 按期完成。通知听证的时间、地点（起算日
>   2026-01-19），hearing_notice_days=working_days：2026-01-08 逾期完成（采用）；
>   hearing_notice_days=days：2026-01-12 按期完成。
>
> 发现：
>   [提示] 2026-02-03 依读法 notification_of_a_denial=notified，另有期限 notification，届满日为
>          2026-02-03；依采用的读法不发生（deadline_under_reading；有争议：仅在读法
>          notification_of_a_denial=notified 下成立）
? 1

### hearing_held_from=after_five_days: the 20 working days run from the end of the applicant's five days (Mon
# 01-12, as above), not from the request of 01-08: 01-13..16 (4), 19..23 (9), 26..30 (14), 02-02..06 (19),
# 02-09 (20); the hearing of 01-19 is on time under both.
$ egca timeline @TESTDATA@/cases/clocks/denial-remedies.json --as-of 2026-02-01 --reading hearing_held_from=after_five_days
> 案件 DENIED，截至 2026-02-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-12#  按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03#  按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请人提出听证申请                  2026-01-06  2026-01-12#  按期完成  2026-01-08
>   依据：行政许可法 第四十七条第一款；民法典 第二百零一条；民法典 第二百零三条
> 组织听证                            2026-01-12  2026-02-09#  按期完成  2026-01-19
>   依据：行政许可法 第四十七条第一款；行政许可法 第八十二条
> 通知听证的时间、地点                2026-01-19  2026-01-08#  逾期完成  2026-01-09
>   依据：行政许可法 第四十八条第一款第（一）项；行政许可法 第八十二条
> 申请行政复议                        2026-01-21  2026-03-23   未届满    剩50日
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-21  2026-07-21   未届满    剩170日
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否准予认定的决定（起算日
>   2026-01-05），hearing_pause=request：2026-02-12 按期完成（采用）；hearing_pause=right_notified：
>   2026-02-14 按期完成。通知申请人并颁发、送达审批结果（起算日 2026-01-20），
>   notification_of_a_denial=notified：2026-02-03 按期完成（采用）；
>   notification_of_a_denial=granted_only：不发生。申请人提出听证申请（起算日 2026-01-06），
>   hearing_request_days=days：2026-01-12 按期完成（采用）；hearing_request_days=working_days：
>   2026-01-13 按期完成。组织听证（起算日 2026-01-12），hearing_request_days=days：2026-02-09 按期完成
>   （采用）；hearing_request_days=working_days：2026-02-10 按期完成；hearing_held_from=request：
>   2026-02-05 按期完成；hearing_held_from=after_five_days：2026-02-09 按期完成（采用）。通知听证的时
>   间、地点（起算日 2026-01-19），hearing_notice_days=working_days：2026-01-08 逾期完成（采用）；
>   hearing_notice_days=days：2026-01-12 按期完成。
? 1

### history: a certificate issued before the Measures (2024-11-01) without its printed term: its term cannot be
# computed, for the reason `egca deadline certificate_validity 2023-05-10` gives: the term before 办法 第十二条 is
# not known. No term end, so no renewal rule either.
$ egca timeline @TESTDATA@/cases/history/certificate-2023.json --as-of 2026-01-05
> 案件 OLD，截至 2026-01-05
>
> 期限                      起算日      届满日  状态      完成日或剩余
> 资质证书有效期的最后一日  2023-05-10  -       无法计算  -
>
> ? 资质证书有效期的最后一日（起算日 2023-05-10）无法计算：办法（国家密码管理局令第4号）第十二条自
>   2024-11-01施行；此前的有效期规定未能查证，以证书载明的有效期（expires）为准

### the same in English, JSON: "status": "unknown" with "reason" after it, the rules' refused_en
$ egca --lang en timeline @TESTDATA@/cases/history/certificate-2023.json --as-of 2026-01-05 --format json
> {
>   "case_id": "OLD",
>   "as_of": "2026-01-05",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "certificate_validity",
>       "title": "The last valid day of the certificate",
>       "ref": null,
>       "anchor": "2023-05-10",
>       "due": null,
>       "nominal": null,
>       "status": "unknown",
>       "reason": "Article 12 of the Measures (Order No. 4 of the State Cryptography Administration) is in force from 2024-11-01; the term before it could not be verified: the term stated on the certificate (expires) prevails",
>       "met_on": null,
>       "days_left": null,
>       "unit": "days",
>       "provisional": false,
>       "ambiguous": false,
>       "other_reading": null,
>       "readings": [],
>       "basis": []
>     }
>   ],
>   "findings": []
> }

### history: a printed term does not answer for a certificate issued before the licence existed
# 密码法 第二十九条 set up the licence from 2020-01-01 (第四十四条): a certificate dated 2019-06-10 is no
# certificate of it, printed term or not: unknown, with the licence's reason, as for one received before then.
$ egca timeline @TESTDATA@/cases/history/certificate-2019-printed.json --as-of 2020-03-01
> 案件 OLDER，截至 2020-03-01
>
> 期限                      起算日      届满日  状态      完成日或剩余
> 资质证书有效期的最后一日  2019-06-10  -       无法计算  -
>
> ? 资质证书有效期的最后一日（起算日 2019-06-10）无法计算：电子政务电子认证服务机构资质认定依密码法 第
>   二十九条设立，该法自2020年1月1日起施行（第四十四条）；此前没有这项许可

### history: with the printed term, the certificate's own date answers; the renewal rules run from its end
# 60 days before Sat 2026-05-09 is Tue 03-10, a working day.
$ egca timeline @TESTDATA@/cases/history/certificate-2021-printed.json --as-of 2026-01-05
> 案件 OLD，截至 2026-01-05
>
> 期限                      起算日      届满日      状态    完成日或剩余
> 资质证书有效期的最后一日  2021-05-10  2026-05-09  有效    剩124日
> 提出延续申请的最后一日    2026-05-09  2026-03-10  未届满  剩64日
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续

### remedy_knowledge_day: a denial notified Wed 01-21 and its decision delivered Mon 01-26; 行政复议 applied for Wed 03-25
# known (default): 01-21 + 60 days = Sun 03-22 -> Mon 03-23 (民事诉讼法 第八十五条), so 03-25 is late; delivered
# (行政复议法实施条例 第十五条第一款第（二）、（三）项): 01-26 + 60 = Fri 03-27, on time. The suit's six months (07-21, or
# Sun 07-26 -> Mon 07-27) gave way to the 行政复议 chosen (行政诉讼法 第四十四条): not_applicable under both.
$ egca timeline @TESTDATA@/cases/clocks/denial-delivered.json --as-of 2026-04-01
> 案件 DELIVERED，截至 2026-04-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-02   按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03#  按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请行政复议                        2026-01-21  2026-03-23#  逾期完成  2026-03-25
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-21  2026-07-21#  不适用    -
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：通知申请人并颁发、送达审批结果
>   （起算日 2026-01-20），notification_of_a_denial=notified：2026-02-03 按期完成（采用）；
>   notification_of_a_denial=granted_only：不发生。申请行政复议（起算日 2026-01-21），
>   remedy_knowledge_day=known：2026-03-23 逾期完成（采用）；remedy_knowledge_day=delivered：
>   2026-03-27 按期完成。提起行政诉讼（起算日 2026-01-21），remedy_knowledge_day=known：2026-07-21 不
>   适用（采用）；remedy_knowledge_day=delivered：2026-07-27 不适用。
? 1

### remedy_knowledge_day=delivered: the same case, 行政复议 from the delivery Mon 01-26 to Fri 03-27, met on 03-25; the
# suit's six months from 01-26 end Sun 07-26 -> Mon 07-27 (not applicable: 行政复议 was chosen)
$ egca timeline @TESTDATA@/cases/clocks/denial-delivered.json --as-of 2026-04-01 --reading remedy_knowledge_day=delivered
> 案件 DELIVERED，截至 2026-04-01
>
> 期限                                起算日      届满日       状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2026-01-05  2026-01-12   按期完成  2026-01-05
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2026-01-05  2026-02-02   按期完成  2026-01-20
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 通知申请人并颁发、送达审批结果      2026-01-20  2026-02-03#  按期完成  2026-01-21
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2026-01-05  2026-01-27   可以查询  -
>   依据：服务指南 公开查询
> 申请行政复议                        2026-01-26  2026-03-27#  按期完成  2026-03-25
>   依据：行政复议法 第二十条第一款；行政复议法 第八十八条第一款；民事诉讼法 第八十五条
> 提起行政诉讼                        2026-01-26  2026-07-27#  不适用    -
>   依据：行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八
>         条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：通知申请人并颁发、送达审批结果
>   （起算日 2026-01-20），notification_of_a_denial=notified：2026-02-03 按期完成（采用）；
>   notification_of_a_denial=granted_only：不发生。申请行政复议（起算日 2026-01-26），
>   remedy_knowledge_day=known：2026-03-23 逾期完成；remedy_knowledge_day=delivered：2026-03-27 按期完
>   成（采用）。提起行政诉讼（起算日 2026-01-26），remedy_knowledge_day=known：2026-07-21 不适用；
>   remedy_knowledge_day=delivered：2026-07-27 不适用（采用）。

### remedy_knowledge_day in English, the default reading (known): late on 03-23, on time on 03-27 under delivered
$ egca --lang en timeline @TESTDATA@/cases/clocks/denial-delivered.json --as-of 2026-04-01
> Case DELIVERED, as of 2026-04-01
>
> time limit                                   start       due date     status          met on or left
> Decide whether to accept the application,    2026-01-05  2026-01-12   met             2026-01-05
>   or give the correction notice once
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82;
>          Service Guide, Procedure, (1) New application, step 2
> Decide whether to grant the licence          2026-01-05  2026-02-02   met             2026-01-20
>   basis: Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on
>          the Administration of Commercial Cryptography, Article 26(3); Measures for the
>          Administration of E-Government Electronic Certification Services, Article 9; Administrative
>          Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time
>          limit for approval
> Notify the applicant, and issue and          2026-01-20  2026-02-03#  met             2026-01-21
>   deliver the result
>   basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service
>          Guide, Delivery of the result
> The day from which the status and result     2026-01-05  2026-01-27   available       -
>   may be asked by telephone
>   basis: Service Guide, Public enquiry
> Apply for administrative reconsideration     2026-01-21  2026-03-23#  met late        2026-03-25
>   basis: Administrative Reconsideration Law, Article 20(1); Administrative Reconsideration Law,
>          Article 88(1); Civil Procedure Law, Article 85
> File an administrative suit                  2026-01-21  2026-07-21#  not applicable  -
>   basis: Administrative Litigation Law, Article 46(1); Interpretation of the Supreme People's Court
>          on the Application of the Administrative Litigation Law, Article 48
>
> # The law is unsettled; the result depends on the reading (the questions and readings: egca rules
>   readings). Notify the applicant, and issue and deliver the result (start 2026-01-20),
>   notification_of_a_denial=notified: 2026-02-03 met (applied);
>   notification_of_a_denial=granted_only: does not arise. Apply for administrative reconsideration
>   (start 2026-01-21), remedy_knowledge_day=known: 2026-03-23 met late (applied);
>   remedy_knowledge_day=delivered: 2026-03-27 met. File an administrative suit (start 2026-01-21),
>   remedy_knowledge_day=known: 2026-07-21 not applicable (applied); remedy_knowledge_day=delivered:
>   2026-07-27 not applicable.
? 1

### remedy_knowledge_day=delivered in English
$ egca --lang en timeline @TESTDATA@/cases/clocks/denial-delivered.json --as-of 2026-04-01 --reading remedy_knowledge_day=delivered
> Case DELIVERED, as of 2026-04-01
>
> time limit                                   start       due date     status          met on or left
> Decide whether to accept the application,    2026-01-05  2026-01-12   met             2026-01-05
>   or give the correction notice once
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82;
>          Service Guide, Procedure, (1) New application, step 2
> Decide whether to grant the licence          2026-01-05  2026-02-02   met             2026-01-20
>   basis: Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on
>          the Administration of Commercial Cryptography, Article 26(3); Measures for the
>          Administration of E-Government Electronic Certification Services, Article 9; Administrative
>          Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time
>          limit for approval
> Notify the applicant, and issue and          2026-01-20  2026-02-03#  met             2026-01-21
>   deliver the result
>   basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service
>          Guide, Delivery of the result
> The day from which the status and result     2026-01-05  2026-01-27   available       -
>   may be asked by telephone
>   basis: Service Guide, Public enquiry
> Apply for administrative reconsideration     2026-01-26  2026-03-27#  met             2026-03-25
>   basis: Administrative Reconsideration Law, Article 20(1); Administrative Reconsideration Law,
>          Article 88(1); Civil Procedure Law, Article 85
> File an administrative suit                  2026-01-26  2026-07-27#  not applicable  -
>   basis: Administrative Litigation Law, Article 46(1); Interpretation of the Supreme People's Court
>          on the Application of the Administrative Litigation Law, Article 48
>
> # The law is unsettled; the result depends on the reading (the questions and readings: egca rules
>   readings). Notify the applicant, and issue and deliver the result (start 2026-01-20),
>   notification_of_a_denial=notified: 2026-02-03 met (applied);
>   notification_of_a_denial=granted_only: does not arise. Apply for administrative reconsideration
>   (start 2026-01-26), remedy_knowledge_day=known: 2026-03-23 met late;
>   remedy_knowledge_day=delivered: 2026-03-27 met (applied). File an administrative suit (start
>   2026-01-26), remedy_knowledge_day=known: 2026-07-21 not applicable;
>   remedy_knowledge_day=delivered: 2026-07-27 not applicable (applied).

### change_answered: C1's change application answered (accepted) on Wed 2025-07-30, within its 5 working days
# (07-28..08-01); C2's filed Fri 2026-10-09 (Sat 10-10 a worked day: 10-10, 12, 13, 14, 15) and unanswered by
# 10-20: deemed accepted from its receipt (行政许可法 第三十二条第一款第（四）项), a violation (exit 1)
$ egca timeline @SRC@/examples/case-change.json --as-of 2026-10-20
> 案件 SH-CA-0007，截至 2026-10-20
>
> 期限                                                起算日      届满日        状态      完成日或剩余
> 资质证书有效期的最后一日                            2025-03-18  2030-03-18#   有效      剩1245日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 办理变更手续（C1）                                  2025-06-30  2025-07-30    按期完成  2025-07-25
>   依据：电子政务电子认证服务管理办法 第十四条；民法典 第二百零一条；民法典 第二百零三条；服务指南 办
>         理基本流程 （二）事项变更
> 办理变更手续（C2）                                  2026-09-01  2026-10-08    逾期完成  2026-10-09
>   依据：电子政务电子认证服务管理办法 第十四条；民法典 第二百零一条；民法典 第二百零三条；服务指南 办
>         理基本流程 （二）事项变更
> 提出延续申请的最后一日                              2030-03-18  ~2030-01-17#  未届满    -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 对变更申请作出是否受理的决定或一次性告知补正（C1）  2025-07-25  2025-08-01    按期完成  2025-07-30
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第四十九条；行政许可法 第八十二条
> 对变更申请作出是否受理的决定或一次性告知补正（C2）  2026-10-09  2026-10-15    视为受理  -
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第四十九条；行政许可法 第八十二条
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2025-03-18），certificate_last_day=anniversary：2030-03-18 有效（采用）；
>   certificate_last_day=day_before：2030-03-17 有效。提出延续申请的最后一日（起算日 2030-03-18），
>   certificate_last_day=anniversary：2030-01-17 未届满（采用）；certificate_last_day=day_before：
>   2030-01-16 未届满。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [违反] 2026-10-09 2026-10-09收到的申请材料至2026-10-15未获受理决定或一次性补正告知，自收到申请材料
>          之日（2026-10-09）起即为受理（行政许可法 第三十二条第一款第（四）项）（deemed_accepted）
>   [提示] 2030-01-17 计算该期限需要2030年的节假日安排，尚未载入；不计节假日调整的日期为2030-01-17，载
>          入2030年的通知后可以确定（calendar_not_covered）
? 1

### the same in English
$ egca --lang en timeline @SRC@/examples/case-change.json --as-of 2026-10-20
> Case SH-CA-0007, as of 2026-10-20
>
> time limit                                 start       due date      status           met on or left
> The last valid day of the certificate      2025-03-18  2030-03-18#   valid            1245 days left
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          12; Civil Code, Article 201; Civil Code, Article 202
> File the change (C1)                       2025-06-30  2025-07-30    met              2025-07-25
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          14; Civil Code, Article 201; Civil Code, Article 203; Service Guide, Procedure, (2) Change
> File the change (C2)                       2026-09-01  2026-10-08    met late         2026-10-09
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          14; Civil Code, Article 201; Civil Code, Article 203; Service Guide, Procedure, (2) Change
> The last day to apply for renewal          2030-03-18  ~2030-01-17#  pending          -
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          15; Administrative Licensing Law, Article 50(1); Service Guide, Procedure, (3) Renewal at
>          the end of the term
> Decide whether to accept a change          2025-07-25  2025-08-01    met              2025-07-30
>   application, or give the correction
>   notice once (C1)
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 49;
>          Administrative Licensing Law, Article 82
> Decide whether to accept a change          2026-10-09  2026-10-15    deemed accepted  -
>   application, or give the correction
>   notice once (C2)
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 49;
>          Administrative Licensing Law, Article 82
>
> # The law is unsettled; the result depends on the reading (the questions and readings: egca rules
>   readings). The last valid day of the certificate (start 2025-03-18),
>   certificate_last_day=anniversary: 2030-03-18 valid (applied); certificate_last_day=day_before:
>   2030-03-17 valid. The last day to apply for renewal (start 2030-03-18),
>   certificate_last_day=anniversary: 2030-01-17 pending (applied); certificate_last_day=day_before:
>   2030-01-16 pending.
> ~ outside calendar coverage: the day shown ignores holidays and adjusted working days; it is settled
>   once that year's holiday notice is loaded.
>
> Findings:
>   [violation] 2026-10-09 materials received on 2026-10-09 had neither a decision on acceptance nor a
>               correction notice by 2026-10-15: the application is accepted from the day the
>               materials were received (2026-10-09) (Administrative Licensing Law, Article 32(1)(4))
>               (deemed_accepted)
>   [hint] 2030-01-17 this time limit needs the holiday arrangements of 2030, not yet loaded; ignoring
>          holidays and adjusted working days it is 2030-01-17, settled once the notice for 2030 is
>          loaded (calendar_not_covered)
? 1

### readings: two questions in one case. Received 2025-10-01 (国庆, a rest day): counted from Thu 10-09 the acceptance
#   runs 10-10, 11 (an adjusted working day), 13, 14, 15 to 10-15, as dated to 10-14 (receipt_after_hours); the
#   decision, from 10-10, runs 10-11, 13-17, 20-24, 27-31, 11-03..06 to 11-06 (decided 11-14: late). The term from
#   2025-11-20 ends 2030-11-20 or 11-19 (certificate_last_day), the renewal 60 days before: 09-21 or 09-20. The
#   receipt's readings move neither the term nor the renewal: they show certificate_last_day's alone
$ egca --lang en timeline @TESTDATA@/cases/readings/receipt-rest-day-certificate.json --as-of 2026-03-20
> Case T-RECEIPT-TERM, as of 2026-03-20
>
> time limit                                       start       due date      status     met on or left
> Decide whether to accept the application, or     2025-10-09  2025-10-15#   met        2025-10-10
>   give the correction notice once
>   basis: Administrative Licensing Law, Article 32(1)(4); Administrative Licensing Law, Article 82;
>          Service Guide, Procedure, (1) New application, step 2
> Decide whether to grant the licence              2025-10-10  2025-11-06    met late   2025-11-14
>   basis: Regulations on the Administration of Commercial Cryptography, Article 26(2); Regulations on
>          the Administration of Commercial Cryptography, Article 26(3); Measures for the
>          Administration of E-Government Electronic Certification Services, Article 9; Administrative
>          Licensing Law, Article 45; Administrative Licensing Law, Article 82; Service Guide, Time
>          limit for approval
> Notify the applicant, and issue and deliver      2025-11-14  2025-11-28    met        2025-11-20
>   the result
>   basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82; Service
>          Guide, Delivery of the result
> The day from which the status and result may     2025-10-10  2025-10-31    available  -
>   be asked by telephone
>   basis: Service Guide, Public enquiry
> The last valid day of the certificate            2025-11-20  2030-11-20#   valid      1706 days left
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          12; Civil Code, Article 201; Civil Code, Article 202
> The last day to apply for renewal                2030-11-20  ~2030-09-21#  pending    -
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article
>          15; Administrative Licensing Law, Article 50(1); Service Guide, Procedure, (3) Renewal at
>          the end of the term
> Issue and deliver the certificate                2025-11-14  2025-11-28    met        2025-11-20
>   basis: Administrative Licensing Law, Article 44; Administrative Licensing Law, Article 82
>
> # The law is unsettled; the result depends on the reading (the questions and readings: egca rules
>   readings). Decide whether to accept the application, or give the correction notice once (start
>   2025-10-09), receipt_after_hours=next_working_day: 2025-10-15 met (applied);
>   receipt_after_hours=as_dated: 2025-10-14 met. The last valid day of the certificate (start
>   2025-11-20), certificate_last_day=anniversary: 2030-11-20 valid (applied);
>   certificate_last_day=day_before: 2030-11-19 valid. The last day to apply for renewal (start
>   2030-11-20), certificate_last_day=anniversary: 2030-09-21 pending (applied);
>   certificate_last_day=day_before: 2030-09-20 pending.
> ~ outside calendar coverage: the day shown ignores holidays and adjusted working days; it is settled
>   once that year's holiday notice is loaded.
>
> Findings:
>   [hint] 2030-09-21 this time limit needs the holiday arrangements of 2030, not yet loaded; ignoring
>          holidays and adjusted working days it is 2030-09-21, settled once the notice for 2030 is
>          loaded (calendar_not_covered)
? 1
