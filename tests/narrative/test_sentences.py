"""The narrative test sets: sentences written for the project, each with the counts a
careful reader finds in it.

- sentences.jsonl: the development set (the patterns were tuned on it);
- heldout.jsonl: a held-out set written blind (before reading the patterns or the
  development set), to measure how the stage does on wording it was not tuned on.
  Fixes must be general: never special-case one of its sentences.
- blind2.jsonl: a second blind set, written the same way (before reading the patterns
  or the other sets), aimed at compound sentences, numerals, nils, claims, scope and
  non-counts. An optional `why` field says why a count is left unlinked (ignored here).
- blind3.jsonl: a third blind set, written the same way, imitating real report prose
  paragraph by paragraph (openings, 主动公开, 解读, 依申请, 信息管理, 平台, 监督保障,
  复议诉讼, 处理费, sections 五 and 六) for governments from 省 to 乡镇 and departments.
  Measured blind, before any fix: recall 97.5% (513/526), link precision 93.8%
  (198/211), 5 false counts.
- blind4.jsonl: a fourth blind set (270 sentences, 422 counts), written the same way for
  the classes of issue 11: the 2019 form's wording, totals said with verbs of handling,
  counts carried into next year, the whole 行政诉讼, counts scoped to one organ, counts
  outside the tables (new media, N大类M项, durations, changes, shares in words), sentences
  a crawler cut across lines, and non-counts. Measured blind, before any fix: recall
  69.7% (294/422), link precision 95.3% (142/149), cells read 63.7% (165/259), 10 false
  counts. Tuned on since (sentences rejoined across lines, durations, handling verbs,
  2019 表二 wording, shares in words): its floors below are what it reaches now (recall
  89.3%, link precision 96.9%, cells read 83.4%), not the others'.
- blind5.jsonl: a fifth blind set (209 passages, 401 counts), written the same way by a helper
  who read only REPORT_FORMAT.md, for the classes of issue 11. Its writer was told to list no
  nil statements (scored with nils_listed=False), and wrote decreases as positive changes: they
  were signed by the sentence's own verb (下降, 减少, 缩短 …) to the contract's convention.
  Measured blind, before any fix: recall 97.0% (389/401), link precision 95.9%, cells read
  89.4% (237/265), 4 false counts. Tuned on since (postponed replies, 表三 reasons before their
  verb, 2019 对外公开总数量, 确认违法/责令 as 纠正): recall 97.0%, link precision 98.2%, cells
  read 94.0% (249/265) — the floors below.
- blind6.jsonl: a sixth blind set (241 passages, 641 counts, 456 naming a cell), written the same
  way by a helper who read only REPORT_FORMAT.md and OUTPUT.md, for the 2019 表二 prose (上一年
  项目数量, 本年增/减, 处理决定, 新制作/新公开/对外公开总数量), 表三 reasons and applicants,
  replies carried into next year, 表四 groups and outcomes, counts outside the tables and
  sentences cut across lines. 23 stated digit zeros ("0件") its writer was told to mark as nil
  were relabelled as counts (the project's convention: nil is for words such as 无/未).
  Measured blind, before any fix: recall 95.5% (612/641), link precision 94.9% (332/350), cells
  read 78.5% (358/456), 9 false counts. Tuned on since (the 2019 表二 prose, 表三 reasons said
  around their count, carry-overs said at the sentence's end, 表四 kinds and outcomes, words
  after a count naming a part of its cell, line breaks inside clauses): recall 98.1% (629/641),
  link precision 99.0% (399/403), cells read 95.4% (435/456), 5 false counts — the floors below.
- blind7.jsonl: a seventh blind set (238 passages, 600 counts, 391 naming a cell), written the same
  way by a helper who read only REPORT_FORMAT.md and OUTPUT.md, for totals said after their parts
  (总计/合计/共计), breakdowns after 其中, the kinds of 行政诉讼 scoped by the words around their
  outcomes, counts of one organ among several, counts outside the tables (累计 since a past year,
  one channel's applications), shares in words and sentences cut across lines. Measured blind
  (after blind set 6's tuning), before any fix: recall 97.8% (587/600), link precision 93.2%
  (287/308), cells read 89.0% (348/391), 3 false counts. Tuned on since (a total after its parts
  is the group's or row's 总计, one cell twice is a reading; an applicant breakdown opening its
  sentence is of the first row that can hold it; 行政诉讼 outcomes of the kind the words scope them
  to; 已审结的N件 a part; channels and 以来累计 name no cell; a short line ending in 办结/收到 goes
  on): recall 98.8% (593/600), link precision 99.7% (308/309), cells read 95.1% (372/391), 0 false
  counts — the floors below. Left: "被提起行政诉讼1件（复议后起诉）" stays the whole 行政诉讼's (the
  kind a reading) as blind set 6's "2件，均为直接起诉" — its writer asked the other way round.

- real8.jsonl: REAL report prose (183 passages of 73 reports of 24 provinces, 2019–2025,
  copied verbatim from the beginnings of public report pages the search tool stores; `src`
  gives each page's address), its counts read by a helper who read only REPORT_FORMAT.md and
  OUTPUT.md. Its reader gave nil statements no unit, one nil for "无…行政复议和行政诉讼" (nianbao
  writes one per item: counted false here), and used `alt` for any reading a careful reader
  would accept (this harness asks it of the mention's readings). Measured blind at 542cfb1:
  recall 93.4% (423/453), link precision 80.0%, cells read 83/101, 21 false counts — with its
  nil conventions and `alt` taken as its reader meant them, recall 98.2%, link recall 90.1%,
  link precision 94.8%, 4 false counts. Tuned on since (every applicant named at once is the
  total, 提交…政府信息公开 and 答复依申请公开政府信息 counts, 有效存续, nils opened by 无人民法院 /
  无新增 / 无引发, 左右 after an audience figure, the second of two articles, 万余条): recall
  96.5%, link precision 87.0%, cells read 97/101, 8 false counts (6 of them its one-nil-for-two)
  — the floors in REAL below sit just under these (as its reader meant them: recall 99.3%, link
  recall 96.0%, link precision 95.1%, 2 false counts).

- real9.jsonl: REAL report prose again (188 passages of 101 reports of 30 provinces, 2020–2025,
  none of real8's pages or organ-years), collected the same way by two helpers (one per half of
  the provinces) who read only REPORT_FORMAT.md and OUTPUT.md; the 10 row ids one of them wrote
  without their column (t3.denied.enforcement_file) were given `.total`. Measured blind at
  4f57267, as its readers meant them (nils without unit, `alt` accepted): recall 97.0%
  (638/658), link recall 92.1% (255/277), link precision 94.0% (251/267), 3 false counts.
  Tuned on since (a year before 结转 is the year carried over from, 全年办理 / 办理答复 the
  total, outcomes after a count of both 表四 groups are both groups', replies to messages and
  service items closed name no cell, reasons: 行政执法案卷信息, 行政查询范畴, 信息不存在, a
  reason's comma only before its verb, 属于公开范围, 信息公开复议, 未发布、废止 nils, 第三、四部分
  and 二次传播 no counts): recall 97.3%, link recall 97.5%, link precision 97.8%, 1 false count
  — the floors in REAL below are the strict harness's figures just under what it reaches now
  (recall 93.0%, link precision 93.8%, cells read 97.5%). Left as conventions: "行政复议、行政
  诉讼数量为0件" is the sum of both (one reader wrote an alternative of 复议 only), "数量为0"
  with no unit a nil, ranges ("1至2名") no counts.
- real10.jsonl: REAL report prose a third time (181 passages of 95 reports of 30 provinces,
  none of real8's or real9's pages or organ-years; its helpers were asked for what the others
  lacked: department, 乡镇 and 街道 reports of 2019–2021). Measured blind at 77d03d5 (both
  halves), as its readers meant them: recall 96.6% (540/559), link recall 82.2% (162/197), link
  precision 92.8% (155/167), 0 false counts. Tuned on since (无依申请公开事项/情况 nils, 依申请公开N件
  after a comma or 其中, a count closing a list with 等 names no cell, 部分予以公开, 转结, 表四 outcomes
  said of the body that decides, reasons after their count with 属于/因, 个人隐私, replies and
  closings of hotlines, mailboxes and 社会关切 name no cell, 办理中 a reading of 结转下年度):
  recall 98.0%, link recall 92.4%, link precision 97.8% — the floors are the strict harness's,
  just under recall 93.9%, link precision 93.9%, cells read 90.9%.
- real11.jsonl: REAL report prose a fourth time (193 passages of 103 reports of 30 provinces, none
  of the earlier sets' pages or organ-years; asked for 2022–2025 department and 开发区 reports and
  for 依申请 results and 表四 outcomes). Measured blind at 1914305 (both halves), as its readers
  meant them: recall 95.6% (659/689), link recall 87.5% (321/367), link precision 95.8%
  (318/332), 4 false counts. Tuned on since (a breakdown opened in a bracket ends with it, a
  negated last clause carries nothing forward, 表四 outcomes of the group named right before them
  or, after both groups listed, of the group whose count can hold them, nils of outcomes deny
  outcomes, figures in 《titles》 no counts, …): recall 95.8%, link recall 92.4%, link precision
  99.7%, 1 false count — the floors are the strict harness's, just under recall 93.6%, link
  precision 94.1%, cells read 91.8%.
- real12.jsonl: REAL report prose a fifth time (149 passages of 65 reports of 27 provinces, none of
  the earlier sets' pages or organ-years; a mix of years 2019–2025 and of levels). Measured blind
  at c420ed2, the code with every fix above: recall 94.9% (387/408), link recall 83.0% (93/112),
  link precision 95.7% (89/93), 3 false counts. Tuned on since (办理行政许可/处罚/强制N项 readings,
  予以部分公开, 未发生依申请政府信息, 起诉 as 诉讼 in nils, 含上年度结转 in a handled count, a cue in a
  《title》 names nothing): recall 95.3%, link recall 91.1%, link precision 97.9% — the floors are
  the strict harness's, just under recall 92.6%, link precision 94.8%, cells read 89.3%.
- real13.jsonl: REAL report prose a sixth time (177 passages of 83 reports of 29 provinces, none of
  the earlier sets' pages or organ-years; a mix of years and levels), scored blind at 85b5c12 and
  NOT tuned on: recall 97.5% (461/473), link recall 87.7% (114/130), link precision 99.1%
  (110/111), 6 false counts (4 of them units its readers wrote otherwise: 六个部分 as 个, not 个部分;
  2 a place name, 八字哨镇). Its floors guarded that measure (the strict harness's recall 96.0%,
  link precision 95.5%, cells read 86.2%) until the next stop tuned on it (未接收到, 无下年度结转,
  区分处理, 转接, 其他 closing a results list, 公民 alone, 完成N件, the form's column words, 六个部分 as
  6 个, place names): link recall 99.2% as its readers meant them.

- real14.jsonl … real17.jsonl: REAL report prose again, collected the same way (two helpers per set,
  one per half of the provinces, each reading only REPORT_FORMAT.md and OUTPUT.md; none of the
  earlier sets' pages or organ-years; at least 60% of passages with a count naming a cell).
  Each scored blind before it was tuned on, as its readers meant them (recall, link recall, link
  precision; the code scored at):
  - real14 (154 passages, 93 reports): 95.7% / 84.0% / 97.8% at 601ec03, 97.1% / 86.8% / 98.3%
    at b04721b (the next sets' tuning barely moved it), then tuned on: 97.8% / 94.3% / 99.0%.
  - real15 (153 passages, 78 reports): 97.0% / 90.2% / 96.8% at 61bfdef → 99.2% / 99.3% / 98.5%.
  - real16 (122 passages, 96 reports): 16a 97.7% / 91.8% / 92.6% at 752232e, 16b 93.5% / 88.9% /
    92.9% at f13d3b0 → 99.5% / 99.0% / 98.9% and 94.5% / 96.7% / 100%.
  - real17 (133 passages, 97 reports): 17a 96.4% / 93.9% / 96.1% and 17b 99.0% / 97.5% / 96.4%
    at f5bad48 → 97.7% / 98.8% / 98.7% and 100% / 100% / 98.8%.
  Their floors sit just under the strict harness's figures now.

- real18.jsonl: REAL report prose again (135 passages of 104 reports), collected the same way.
  18a scored blind at da71075: recall 93.4%, link recall 87.7%, link precision 93.0%; tuned on
  (both years' applications broken down, 新受理, 无针对…, 复议被改变). 18b, never looked at, scored
  blind on the next code (78a9919) as the stop's final measure: recall 96.0% (170/177), link
  recall 87.1% (81/93), link precision 96.3% (79/82), 1 false count (a place's 一期); tuned on
  since (转办 carried over, 法院尚未作出裁决 pending, 电话回复 a part, licences made or handled):
  96.6% / 93.5% / 97.6%. Floors just under the strict harness's figures.

- real19.jsonl: REAL report prose again (106 passages of 86 reports; the archive's unused pages are
  running out: the two helpers found 60 and 46 passages), collected the same way. Scored blind at
  3d9ff89 as its readers meant them: 19a recall 98.4%, link recall 93.8% (60/64), link precision
  95.2%; 19b 95.2% / 90.4% (47/52) / 100%. Tuned on since (a list of 表二 items denied, a second
  无 in one clause, 转结, 复议 alone, 依申请公开数, 仍在处理中, a published item's figure closed by
  a comma, information wrongly withheld as a nil). Floors just under the strict harness's figures.

- real20.jsonl: REAL report prose again (135 passages of 108 reports), collected the same way after
  real19's tuning. Scored blind at d075bad as its readers meant them: 20a recall 96.2%, link
  recall 93.3% (83/89), link precision 95.1%; 20b 98.2% / 95.7% (89/93) / 93.8%. Tuned on since
  (a result for reasons "等原因" is the row's total, 另 adds last year's to the total, an applicant
  count larger than every row before it is no row's, 收到自然人…申请, 复议败诉, 无提起…, 未印制,
  微博约N条, 两项补贴). Floors just under the strict harness's figures.

- real21.jsonl: REAL report prose again (151 passages of 101 reports), collected the same way after
  real20's tuning, the helpers told to search with words earlier collectors had not used. Scored
  blind at f9fcd1d as its readers meant them: 21a recall 96.4%, link recall 90.0% (99/110), link
  precision 95.2%; 21b 97.9% / 78.8% (67/85) / 91.8% (one passage states a 2019-form item's three
  columns for three items). Tuned on since (上年度 + item as 上一年项目数量 and 处理决定 its third
  column, 依申请公开请求/事项, every applicant with 对…的申请, 公民 alone in a nil is the public,
  依申请办理…事项 denied). Floors just under the strict harness's figures.

- real22.jsonl: REAL report prose again (126 passages of 93 reports), collected the same way after
  real21's tuning and its generator variant. Scored blind at 0718117 as its readers meant them:
  22a recall 98.7%, link recall 90.5% (57/63), link precision 96.4%; 22b 100% / 90.6% (58/64) /
  98.3%. Tuned on since (2千余条, 没有一件 a nil not a count, 其余N件按规定结转…, 法人 alone after
  自然人 a reading, 收到不予处理的信访…申请 the reason's row, 本年度制发N件，废止…，现行有效… of the
  规范性文件 named before). Floors just under the strict harness's figures.

- real23.jsonl: REAL report prose again (137 passages of 106 reports), collected the same way after
  real22's tuning and its generator variant. Scored blind at 15627c6 as its readers meant them:
  23a recall 96.1%, link recall 97.6% (82/84), link precision 98.7%; 23b 96.5% / 92.8% (90/97) /
  98.9%, 3 false counts (the ordinal sessions of "十届七次、八次、九次全会"). Tuned on since (sessions
  listed before 全会, 没收到 / 无涉 / 尚无发现 / 无申请公开信息事项 nils, 未转结2023年…申请 none
  carried over, 进入行政复议程序、行政诉讼程序, 均为 after a list as 各, 关注用户总量, 制发 after 废止
  and 现行有效). Floors just under the strict harness's figures.

- real24.jsonl: REAL report prose again (116 passages of 91 reports), collected the same way after
  real23's tuning and the units_cut variant. Scored blind at 4373667 as its readers meant them:
  24a recall 91.0% (15 of its 18 misses one passage's units 小项 and 大领域), link recall 98.1% (51/52), link
  precision 98.0%; 24b 97.4% / 93.8% (75/80) / 97.4%, 3 false counts (the nils of "…决定数量分别为
  0宗"). Tuned on since (小项 / 大项 / 大领域, 0宗 a count, 订阅人数, 咨询 and 意见投诉 nils, 接获,
  无已申请公开 / 无书面申请, 上年度未办结, 结转次年, 内部事务文件, 配合…协查 another organ's).
  Floors just under the strict harness's figures.

- real25.jsonl: REAL report prose again (174 passages of 104 reports, 586 counts, 158 naming a
  cell: the 107 passages its two helpers kept for a 60% share of passages naming a cell, and the 67
  they left out for that share), collected the same way after real24's tuning; read with
  each report's year (the 表二 form). Scored blind at 658dc7e: kept passages recall 97.0%, link
  recall 98.1% (155/158), link precision 95.6% (152/159: 5 wrong are one 司法局's passage on the
  cases it reviews for the whole city), 0 false counts; with the left-out passages recall 98.3%,
  2 false counts ("还干部一个清白"). Tuned on since (the reviewing body's counts, 涉密信息N件不予公开,
  回复12345工单, applicants of both years, 正在复议, nils of 建议提案 / 费用支出 / 无一例…泄密 /
  不存在上年度结转, 大类别, 公众号N / 账号N / 资金N). Floors just under the strict harness's figures.

- real26.jsonl: REAL report prose again (131 passages of 78 reports, 398 counts, 83 naming a cell;
  its helpers kept every passage they read, so only a third name a cell: the archive's pages with
  results are nearly all used), collected the same way after real25's tuning. Scored blind at
  2e668a9: recall 98.7%, link recall 89.2% (74/83), link precision 100% (71/71), 0 false counts.
  Tuned on since (公民个人, 收到申请公开政府信息N宗, 收到申请公开信息要求, nils 无…提出…申请 / 无申请公开
  政务信息 / 不存在申请不予公开, one channel's applications denied a reading only, 单 and 单位).
  Floors just under the strict harness's figures.

- real27.jsonl: REAL report prose again (154 passages of 93 reports, 442 counts, 88 naming a cell;
  a quarter to a third of passages name a cell), collected the same way after real26's tuning.
  Scored blind at f2f9b3e: recall 96.2%, link recall 86.4% (76/88), link precision 94.9% (74/78),
  7 false counts (none a date, number, phone or ordinal; 4 in one passage of a 2019 表二 said in
  prose). Tuned on since (a 2019 item's 新增 after its name with its 处理决定数量, 规章对外公开总数量,
  a sentence opening with 其中 breaking down the one before's applications, 三类内部事务信息 before
  a blank and a comma, 条/次 and 件/次, nils 群众要求公开的信息 / 依申请和不予公开 / 发布错误 / 收费及
  减免 / 社会组织或群众个人). Floors just under the strict harness's figures.

- real28.jsonl: REAL report prose again (188 passages of 108 reports, 536 counts, 123 naming a cell),
  collected by three helpers after real27's tuning. Scored blind at 510ed3b: recall 98.9%, link
  recall 96.7% (119/123), link precision 97.5% (118/121), 0 false counts. Tuned on since (a nil of
  制发 in the 2019 form is 本年新制作数量, a year with 以前 is no report's year, the 2021 form's first
  two columns 发布/废止, 无需结转下年度, 无依申请公开事项办理记录 readings only, …制度N). Floors just
  under the strict harness's figures.

- real29.jsonl: REAL report prose again (220 passages of 128 reports, 633 counts, 142 naming a cell),
  collected by three helpers after real28's tuning. Scored blind at 889ca05: recall 99.2%, link
  recall 97.9% (139/142), link precision 95.3% (141/148), 1 false count (数量为0 read with a unit).
  Tuned on since (the rest replied beside the withdrawn, documents counted by their disclosure
  attribute, hotline calls closed, replies to one channel's applications, 非本机关信息, 诉讼 opening
  a clause after a 复议 count). Floors just under the strict harness's figures.

- real30.jsonl: REAL report prose again (140 passages of 84 reports, 370 counts, 73 naming a cell),
  collected by three helpers after real29's tuning (the archive's last pages). Scored blind at
  cee77ac: recall 99.2%, link recall 94.5% (69/73), link precision 97.2% (70/72), 1 false count
  (十字 of a crossroads). Tuned on since (群众、法人或其他组织 every applicant, 上年结转…申请事项, 全部N件
  均…办理完毕, 主动公开公文N条,依申请公开0条, 无依法申请公开件, 无相关申请处理情况, 十字东 in an
  address). Floors just under the strict harness's figures.

- real31.jsonl: REAL report prose again (175 passages of 100 reports, 507 counts, 120 naming a cell),
  collected by three helpers after real30's tuning. Scored blind at fe6c6b9: recall 98.4%, link
  recall 90.8% (109/120), link precision 97.3% (107/110), 0 false counts. Tuned on since (every
  applicant named in either order with 单位, 未新收到, 年+依申请公开政府信息N件, 无网上/书面依申请 as
  one channel's). Floors just under the strict harness's figures.

- real32.jsonl: REAL report prose again (114 passages of 66 reports, 321 counts, 60 naming a cell),
  collected by three helpers after real31 (one report whose page was already used dropped). Scored
  blind at b889d29: recall 98.4%, link recall 93.3% (56/60), link precision 93.3% (56/60), 0 false
  counts. Tuned on since (results in a bracket after an applicant's count, 所申请的N件…均属于“予以
  公开”, 规范性文件目录N个). Floors just under the strict harness's figures.

- real33.jsonl: REAL report prose again (188 passages of 105 reports, 567 counts, 101 naming a cell),
  collected by three helpers after real32's tuning (two reports of an organ-year already used and
  one boilerplate passage already in real18 dropped). Scored blind at 672b29e: recall 99.3%, link
  recall 95.0% (96/101), link precision 96.2% (101/105), 0 false counts. Tuned on since (N年全区结转,
  依申请公开N条 among published items, 暂无申请情况, 其中N件行政复议决定维持, 收到并办理自然人申请公开
  政府信息数, 虚假或不完整信息 nils, a bracketed 历年累计 aside in a nil's clause). Floors just under
  the strict harness's figures.

- real34.jsonl: REAL report prose again (187 passages of 112 reports, 547 counts, 108 naming a cell),
  collected by three helpers after real33's tuning (one report of an organ-year already used
  dropped). Scored blind at 8c233d7: recall 98.5%, link recall 97.2% (105/108), link precision
  96.4% (106/110), 3 false counts (二次 of 十三届全国人大二次会议, an ordinal; 一栏; 至少2次 read as
  exact). Tuned on since (the session of a congress with the body named, 至少 as an approximation,
  因…申请而产生的N件行政诉讼, 无上年转结, 历年共计 in the count's clause, 法人单位, 信访…已办理,
  立方). Floors just under the strict harness's figures.

- real35.jsonl: REAL report prose again (156 passages of 88 reports, 488 counts, 93 naming a cell),
  collected by three helpers after real34's tuning (three passages already in earlier sets, word
  for word, dropped). Scored blind at 0bc5f76: recall 98.6%, link recall 93.5% (87/93), link
  precision 94.7% (90/95), 2 false counts (一名 after 至少有, 220条余). Tuned on since (非本部门制作或
  保存…无法提供, 未处理…行政复议, letters and petitions received then closed, 行政复议决定书, 收到…
  的依申请公开N件 with how and what between, 收到公民提出的申请公开政府信息N次). Floors just under the
  strict harness's figures.

- real36.jsonl: REAL report prose again (182 passages of 106 reports, 555 counts, 121 naming a cell),
  collected by three helpers after real35's tuning (two reports of an organ-year already used or
  uncertain and three passages already in earlier sets dropped). Scored blind at 5a61e49: recall
  98.4%, link recall 95.0% (115/121), link precision 99.1% (110/111), 4 false counts, none a date,
  document number, phone number or ordinal (七家 of an address's 七家湾街道, 一项 of 作为一项重要工作,
  and two units its readers wrote otherwise): the first set to meet every floor of issue 11. Tuned
  on since (收到1件行政复议, 商业机构申请, 应对政府信息公开诉讼, 百姓问政…答复, 无废止, a bare 无 after a
  heading). Floors just under the strict harness's figures.

- real37.jsonl: REAL report prose again (155 passages of 87 reports, 473 counts, 113 naming a cell),
  collected by three helpers right after real36, as a check of it (one passage already in an earlier
  set dropped). Scored blind at add6885: recall 97.0%, link recall 90.3% (102/113), link precision
  96.2% (100/104), 4 false counts (一项, 一批, and two its readers wrote otherwise; none a date,
  document number, phone number or ordinal): real36's result did not hold. Tuned on since (a form's
  数量为0 as a count of no unit, as every reader writes it; 行政复议或行政诉讼均为0件, each;
  …办理完成并录入管理系统; 均不涉及行政复议和行政诉讼; 制作政府信息总数 by attribute; 批次 of
  procurement projects). Floors just under the strict harness's figures.

- real38.jsonl: REAL report prose again (155 passages of 85 reports, 443 counts, 107 naming a cell),
  collected by three helpers after real37's tuning (one report whose page was already used and three
  passages already in earlier sets dropped). Scored blind at 518a9e2: recall 98.9%, link recall 94.4%
  (101/107), link precision 96.0% (97/101), 0 false counts. Tuned on since (发布…N件，废止M件: the
  column right after a count read two ways; a result said after some of a count that names no cell;
  在本单位未查询到相关信息无法提供). Floors just under the strict harness's figures.

- real39.jsonl: REAL report prose again, a small set (36 passages of 21 reports, 88 counts, 17 naming a
  cell): the three helpers ran out of search budget after a few queries. Scored blind at b19efd4:
  recall 98.9%, link recall 94.1% (16/17), link precision 100% (14/14), 1 false count (九台 of a
  list of place names, read 9 台). Tuned on since (a short line ending in 政府信息公开 goes on to
  申请 on the next; 九台, 七台河, 五台 as place names). Floors just under the strict harness's figures.

- real40.jsonl: REAL report prose again (193 passages of 112 reports, 532 counts, 120 naming a cell),
  collected by three helpers after the search budget came back (14 passages of 7 reports dropped: a
  page or organ-year already used, or a passage already in an earlier set). Scored blind at 1186568:
  recall 97.9%, link recall 92.5% (111/120), link precision 97.2% (105/108), 1 false count (1本 of a
  passage whose page lost characters: "收到4位申请人的4政府信息公开申请其中3已公开,1本机关掌握…").
  Tuned on since (提交公开政府信息 and 提出的公开申请 as applications received, 办理 of those handed
  in only readings; 同意全部公开; 制发文件…依申请公开 by attribute; N件…申请答复书 as papers; 发布…
  废止 after a clean-up said clauses before). Floors just under the strict harness's figures.

- real41.jsonl: REAL report prose again (183 passages of 102 reports, 511 counts, 138 naming a cell),
  collected by three helpers after real40's tuning (2 reports dropped: a passage inside an earlier
  set's). Scored blind at fb1f27f: recall 98.0%, link recall 92.8% (128/138), link precision 93.5%
  (115/123), 6 false counts (none a date, document number, phone number or ordinal). Tuned on since
  (a bare 依申请公开N said again after the applications received, a reading; 办理N件新收…申请; a
  carry-over into a later year than the sentence's; 已完成…申请N件; N起因…申请提起的行政复议; the
  parts by channel that already make a whole, with last year's beside it; 已公开N条; 1件依法向申请人
  予以公开; 法律行政法规禁止不予公开; 经查询不存在; 一套; 份次). Floors just under the strict
  harness's figures.

- real42.jsonl: REAL report prose again (182 passages of 104 reports, 535 counts, 117 naming a cell),
  collected by three helpers after real41's tuning (2 reports dropped: a passage inside an earlier
  set's). Scored blind at 3f311aa: recall 98.7%, link recall 94.9% (111/117), link precision 96.7%
  (116/120), 0 false counts. Tuned on since (2025年完成…申请N件; 新收并办结N件; N件…不掌握相关政府信息
  and N件申请人逾期未补正 said after the count, whose words are not the next count's). Floors just
  under the strict harness's figures.

- real43.jsonl: REAL report prose again (151 passages of 91 reports, 464 counts, 96 naming a cell),
  collected by three helpers after real42's tuning (3 reports dropped: a passage inside an earlier
  set's). Scored blind at d308b5a: recall 98.3%, link recall 94.8% (91/96), link precision 92.4%
  (85/92), 2 false counts (none a date, document number, phone number or ordinal). Tuned on since
  (接收群众、企业申请公开N件: both kinds, the total; 等形式的依申请公开件共N件; 依申请公开政府信息N件 a
  reading; 发布文件…不予公开…依申请公开 by attribute; 代…起草 规范性文件 not issued; N件完成办结 beside
  the withdrawn ones said right after, not the total; 栏目). Floors just under the strict harness's
  figures.

- real44.jsonl: REAL report prose again (152 passages of 87 reports, 499 counts, 81 naming a cell),
  collected by three helpers after real43's tuning, the archive nearly spent (4 reports dropped: an
  organ-year already used, or a passage inside an earlier set's). Scored blind at 7ee670c: recall
  99.6%, link recall 93.8% (76/81), link precision 97.5% (78/80), 4 false counts (none a date,
  document number, phone number or ordinal). Tuned on since (没有2021年结转 in a 2022 report: carried
  over; N件均在规定时间内完成答复工作; 收并办结; 公民个人信息 no applicant; 不少于 an approximation;
  一批). Floors just under the strict harness's figures.

- real45.jsonl: REAL report prose again, a small set (57 passages of 30 reports, 148 counts, 41 naming
  a cell): the helpers' search budget ran out after about 20 queries each (1 report dropped: a passage
  inside an earlier set's). Scored blind at 07bb2ab: recall 98.0%, link recall 97.6% (40/41), link
  precision 100% (39/39), 2 false counts (一项 of 作为一项重要举措; 126 of "总数126为条", its unit after
  为). Tuned on since (作为一项 an idiom). Floors just under the strict harness's figures.

- real46.jsonl: REAL report prose, the search budget back (208 passages of 113 reports, 617 counts, 152
  naming a cell; 6 reports dropped: a passage inside or overlapping an earlier set's, and one passage
  word for word another report's). Scored blind at 2c090b8: recall 98.2%, link recall 91.4%
  (139/152), link precision 96.5% (138/143), 2 false counts (三项 of 行政执法三项制度改革; a nil of
  "1件没有现成信息需要另行制作无法提供", the count's reason). Tuned on since (a heading line going on
  past its full stop across a line break; an earlier year opening a sentence after the report's;
  办理完结; 公民、商业企业; 部份公开; a bare 公开 before 不予公开; 行政规范性文件制发件数;
  有关…事务的行政复议; 行政查询 without 事项; 未依职权制定; 要求…公开政府信息; 政府集中采购 nils).
  Floors just under the strict harness's figures.

- real47.jsonl: REAL report prose (164 passages of 97 reports, 489 counts, 125 naming a cell; 4
  reports dropped: a page or organ-year already used, a passage inside or overlapping an earlier
  set's). Scored blind at bb18321: recall 99.0%, link recall 96.0% (120/125), link precision 97.5%
  (117/120), 6 false counts (5 of one passage its reader cut before "…行政强制权力": 没有权限制定 and
  无行政许可、行政处罚、行政强制 read as nils; 一个 of 打开了一个交流互动的平台). Tuned on since (the
  kind of 行政诉讼 said after a count opening its clause; 收到申请人申请…; 这N起依申请公开事项; 没有群众提出
  …公开的请求; 实施收费; a power the organ lacks is no nil). Floors just under the strict harness's
  figures.

- real48.jsonl: REAL report prose, the archive nearly spent (151 passages of 95 reports, 408 counts,
  88 naming a cell; 2 reports dropped: a passage inside or overlapping an earlier set's). Scored
  blind at 1094b04: recall 98.0%, link recall 94.3% (83/88), link precision 94.3% (82/87), 1 false
  count ("进入行政复议程序和行政诉讼程序均为0件": its reader wrote one count of both cells, read as one of
  each since real37). Tuned on since (reasons of one row joined before its verb: their sum; still
  being handled said in the clause after the count's own; 办理完结 of petitions; 公民法人依申请政府信息
  公开; 留言 and 涉密 nils; 三项制度 a name unless after 等). Floors just under the strict harness's
  figures.

- real49.jsonl: REAL report prose (164 passages of 89 reports, 590 counts, 101 naming a cell; 7
  reports dropped: a passage inside or overlapping an earlier set's). Scored blind at 2c98624:
  recall 99.0%, link recall 94.1% (95/101), link precision 97.0% (98/101), 1 false count (1条 of
  "相同信息按1条计"). Tuned on since (a figure between a cue and the count is the cue's; replies to
  last year's carried-over applications only a reading of them; 答复信息 a noun; 收办; 依申请公开方面的
  诉求; 按1条计). Floors just under the strict harness's figures.

- real50.jsonl: REAL report prose, the archive nearly spent again (173 passages of 94 reports, 573
  counts, 116 naming a cell; 5 reports dropped: a passage inside or overlapping an earlier set's,
  and one government beside its office of the same year). Scored blind at 1d86371: recall 97.9%,
  link recall 84.5% (98/116), link precision 91.3% (94/103), 6 false counts, none of a floor class
  (a time limit, 三个工作日; a 涉密 nil its reader did not count; "分别同比提高11.20个和9.92个百分点";
  一例 of 未接收到一例; 24小时 of 24小时不打烊). Tuned on since (result words before 信息; 依申请公开信息
  a reading; every applicant then what they asked for before 的申请; 予以公开(部分公开); 未接收到一例 a
  nil; the applications said again opening a clause; 不存在有关; 新制作 nils read as the form prints).
  表四 outcomes listed after one named with its group are that group's. Left: "81件(含重复申请事项)，
  上年结转…2件" read as both years. Floors just under
  the strict harness's figures; real42's precision floor 0.925 (回复依申请公开信息7条 is now the
  total, its reader's alternative); real25's 0.97 (0件申请内容不明确 is now 补正后申请内容仍不明确,
  its reader's alternative, since real52).
- real51.jsonl: REAL report prose (170 passages of 92 reports, 679 counts, 142 naming a cell), read
  by three helpers on a brief rebuilt this session (the earlier briefs were lost with /tmp); 17
  passages of traditional-character mirrors and big5 gateways (資訊, 條), read as ingest hands them
  over (`as_ingested`); 2 reports dropped (a passage overlapping an earlier set's). One reader wrote
  10 表三 row ids without their column (given .total) and one 万元 amount multiplied out (given back
  in 万元, as the cell prints it). Scored blind at cb9f815 (with this harness's reading as ingest
  and its pairing): recall 96.3%, link recall 89.4% (127/142), link precision 98.4% (122/124), 3
  false counts, none of a floor class (一篇 of 每一篇, 两大部分, 专项公开106条信息). Tuned on since (不含 asides, replies put off with how said between, 新制定的N件, the
  fee of disclosure not charged, 不予公开信息 among results, withdrawn applications a reading of
  其他处理, 表二 readings of the other form's columns, areas and 方面 as units). Floors just under
  the strict harness's figures.
- real52.jsonl: REAL report prose (164 passages of 91 reports, 758 counts, 186 naming a cell), read
  the same way; a third of its reports from traditional-character mirrors, some glossing characters
  with pinyin (行政規(guī)范性文件). Scored blind at 829e346 (a page converted whole when one of its
  passages is in traditional characters, as ingest converts a document): recall 98.3%, link recall
  83.9% (156/186), link precision 96.4% (133/138), 2 false counts, none of a floor class (两 counts in 條(次) its
  reader wrote as a unit of its own). Tuned on since (pinyin glosses taken out before reading,
  decisions listed after 作出行政许可N项, 年内办结, results said after their count with 办理结果为 /
  类型属于, 失效及废止, the old categories 尚未办理 and 申请内容不明确, applicants after a 含…结转
  aside). Left: amounts in 元 or 亿元 of 表二's 万元 cell (no unit conversion), "97件信息公开申请答复"
  said again, a quoted count that the glosses had made long ("“雙隨機(jī)系統(tǒng)公開4條”": now a
  name). Floors just under the strict harness's figures.
- real53.jsonl: REAL report prose (134 passages of 75 reports, 560 counts, 147 naming a cell), the
  archive nearly spent (one reader found 14 reports). Scored blind at 13ef300: recall 96.8%, link
  recall 84.4% (124/147), link precision 95.1% (117/123), 1 false count (a passage's 697條 that a
  page not converted whole left unread; none of a floor class). Tuned on since (documents by
  disclosure attribute after 发文N个, results said after their count in quotes or as 其他处理, the
  opening year before 受理的N件, 不存在被纠错, 无上年和下年结转). Left: 职能/职权 nils (real47's
  reader counted none), 新增行政许可N项 in a 2021 report (新增 is the 2019 form's 本年增/减), one
  count of both 表四 groups ("行政复议、行政诉讼案件为0件": a sum). Floors just under the strict
  harness's figures.
- real54.jsonl: REAL report prose (100 passages of 53 reports, 396 counts, 89 naming a cell), the
  last the archive gave (two readers found 11 reports each). Scored blind at 7b9b56d: recall 98.2%,
  link recall 96.6% (86/89), link precision 96.3% (78/81), 4 false counts, none of a floor class
  (635 and 2 of a 19-character passage of a traditional page too short to be detected alone; 三十畝
  of a project's name; 800余篇 of a cut passage). Tuned on since (自然人、商业主体 every applicant,
  部分同意公开, 行政诉讼败诉 a reading of 结果纠正). Left: time limits in 个工作日 (readers differ:
  real50's did not count 三个工作日). Floors just under the strict harness's figures.
- real55.jsonl: REAL report prose of reports on 2008–2018 (163 passages of 99 reports, 718 counts,
  108 naming a cell), the old reports no earlier reader had drawn on: no standard tables, the old
  reply categories (同意公开答复, 否决公开, 信息不存在). Scored blind at ddbef4b: recall 96.2%, link
  recall 95.4% (103/108), link precision 92.5% (111/120), 8 false counts, none of a floor class
  (同比增量29条 twice, a change; 金审工程一、二期; 前10位 of a ranking; 阳光政府四项制度 three times; 一场
  of a quoted slogan). Tuned on since (增量, project phases, rankings, long quoted slogans that open
  with their numeral, 省级/市级/县级 as one level of the area's organs, 不同意公开答复的N件, 制作、获取
  政府信息…不予公开 as the catalogue's, 申请数为N, 信访 as a nil item, costs of litigation no
  litigation nil, 由于信息不存在否决公开答复). Left: its readers list 收费 and 减免 as two nils
  where every earlier reader listed one; a count said of 行政复议、行政诉讼和申诉 together (0: a sum
  here, each group to its reader). Floors just under the strict harness's figures.
- real56.jsonl: REAL report prose of reports on 2008–2018, the second such round (134 passages of
  79 reports, 549 counts, 73 naming a cell; one reader found 14 reports: this pool runs dry too).
  Scored blind at ee36cb8, after real55's tuning: recall 96.7%, link recall 98.6% (72/73), link
  precision 95.9% (70/73), 7 false counts, none of a floor class (一项重要工作, 今后一个时期, money
  said 255余万元 / 10萬多元 read in 元, 8个年头 in 个). Tuned on since (an amount with 余/多 before
  万元 kept in 万元, 不予受理的申请 no received count, "与…有关的费用支出：无" no 复议/诉讼 nil, 个年头).
  Left: 收费 and 减免 as two nils (as real55's readers); 驳回诉求 as 结果维持 (驳回 is no 表四
  column here); time limits in 个工作日. Floors just under the strict harness's figures.
- real57.jsonl: REAL report prose of 2019–2025 again (161 passages of 90 reports, 670 counts, 163
  naming a cell), found past the used lists by small organs, 2025 reports and mirrors (about 875
  candidates checked for 93 reports). Scored blind at 8aea030: recall 97.9%, link recall 91.4%
  (149/163), link precision 98.6% (141/143), 2 false counts, none of a floor class (一次不用跑 of a
  slogan, 二次供水). Tuned on since (在法定期限内答复N件 and 当年办理N件 the total). Left: counts said
  before their group with the outcome after the list ("140件行政复议、49件行政诉讼获维持"), 书面答复N件
  (书面 kept out of 答复 as of letters), 本年度办理的N件申请中, a typo (答复申0件). Floors just under the
  strict harness's figures.
- real58.jsonl: REAL report prose of 2019–2025 (147 passages of 75 reports, 596 counts, 156 naming
  a cell; the readers checked about 610 candidates for 78 reports). Scored blind at a8f6690: recall
  97.0%, link recall 88.5% (138/156), link precision 96.8% (120/124), 0 false counts. A try in data
  at "…规范性文件动态清理，废止2件，现行有效32件" turned cells of eleven earlier sets into readings and
  was reverted; tuned on in the next stop, in code (the 表二 item of a clause before the columns'
  first count, no figure between), with counts by channel after a bare verb ("收到1件信函申请，2件网络
  申请": no cell) and real57's "140件行政复议、49件行政诉讼获维持" (each count's group right after it,
  the outcome once after the list). Left: one count of both 表四 groups; published 行政许可/处罚 items
  a reader took for decisions. Floors just under the strict harness's figures.
- real59.jsonl: REAL report prose of 2019–2025 (95 passages of 69 reports, 389 counts, 139 naming a
  cell; the readers checked about 540 candidates for 75 reports, 6 dropped for passages that overlap
  earlier sets). Scored blind at b37aed2: recall 96.7%, link recall 93.5% (130/139), link precision
  97.7% (125/128), 1 false count (a nil said again as a consequence: "…0件，故无依申请公开相关信息").
  Tuned on since (接受…申请 received, 处理公开申请, 行政复议败诉, 表二 decisions denied after 作出 or as
  信息, 无现行有效的规范性文件, the consequence's nil). Left: "2023年结转2024年…申请4件" (carried over
  into the report's year: the narrative does not know which year the report is on), 无相关办理事项
  after a nil of applications, a typo (政规范性文件). Floors just under the strict harness's figures.
- real60.jsonl: REAL report prose of 2019–2025 (92 passages of 72 reports, 498 counts, 126 naming a
  cell; about 640 candidates checked for 75 reports, 3 dropped for passages that overlap earlier
  sets; 26 of the reports from mirror pages, some with the organ's name replaced by spam). Scored
  blind at 439f0b2: recall 97.6%, link recall 86.5% (109/126), link precision 94.2% (98/104), 2 false
  counts (均为零 read as nils where its reader wrote counts of 0). Tuned on since (往年累计, 规定/规范
  时限内办结 the total, 对N件申请事项进行了办理, 不属于我局掌握, 无主动公开…规范性文件, a 办结率 after
  the count no sign of letters). Left: 未收到和处理 as two nils (three readers of real58–60; one to
  every earlier reader: tried, it gave 17 false counts over earlier sets), one count of both 表四
  groups listed once or twice, 予以废止 in a clean-up. Floors just under the strict harness's figures.
- real61.jsonl: REAL report prose of 2019–2025 (101 passages of 69 reports, 433 counts, 151 naming a
  cell; about 600 candidates checked for 75 reports, 6 dropped for passages that overlap earlier
  sets). Scored blind at 4d054be: recall 97.9%, link recall 91.4% (138/151), link precision 100%
  (113/113), 1 false count (权责事项 增加8项, a change its reader wrote so). Tuned on since (下年结转件,
  正在依程序办理中, 依申请公开项目 after a town's name, "在受理的N件…申请中" the ones received, "公开部分
  内容", "按申请事项全部予以公开", "经…沟通同意…不予公开"), with real57–60's nils (未新增 规范性文件,
  未收申请, 无行政应诉) and a sum said to be 0 read as each of its cells too. Left: 规范性檔案 (a
  mirror's phrase conversion of 文件, which t2s keeps as 档案), counts printed without a unit after
  表二 items (行政许可0). Floors just under the strict harness's figures.
- real62.jsonl: REAL report prose of 2019–2025, the last round the pool gave (73 passages of 44
  reports, 262 counts, 60 naming a cell; about 525 candidates checked for 48 reports: one reader
  found 6 in its provinces; 1 report of a town under 三明 left out, 3 dropped for overlaps; one
  reader's alt id t3.other.other written t3.other.other.total). Scored blind at 5dd8e20: recall
  97.7%, link recall 86.7% (52/60), link precision 100% (48/48), no false count. Tuned on since
  (行政许可决定办结 / 行政处罚办结 the decisions, "1条属于已公开信息" a reading of 予以公开). Left:
  未收到和处理 as two nils (two more readers), 驳回诉请 as 结果维持, "未发生有关…事务的申请".
  Floors just under the strict harness's figures.
- real63.jsonl: REAL report prose of 2019–2025, a last round from the spent pool (76 passages of 54
  reports, 368 counts, 82 naming a cell; about 500 candidates checked; 2 passages dropped for
  boilerplate seen before; 3 reports of 大田县 bodies left out: 三明's bodies are kept for the held-out
  measurement). Scored blind at 5c04870: recall 97.3%, link recall 92.7% (76/82), link precision
  97.2% (70/72), 2 false counts (每一条, 三个“一号工程”). Tuned on since (申请信息可以公开的, 海关总署令 a 规章, a count said again
  of whom all were: 申请人均为自然人, 制发的N件规范性文件进行全面清理评估 no cell). Left: 26件失效、
  废止规范性文件清理 (its reader: 废止件数), 3大专题专栏. Floors just under the strict harness's figures.
- real64.jsonl: REAL report prose of 2019–2025, the next round from the spent pool (97 passages of 67
  reports, 417 counts, 137 naming a cell; about 590 candidates checked; 19 of one reader's 32 reports
  are of 上海 districts, towns and bureaus, none of 上海市人民政府办公厅; 1 passage dropped for boilerplate
  seen before; three ids t3.other.other written t3.other.other.total). Scored blind at 905e3df: recall
  96.9%, link recall 93.4% (128/137), link precision 94.9% (112/118), no false count. Tuned on since
  (公开或部分公开, result groups listed before one count their sum, 商业企业、…等其他组织 the
  organisations' columns, 办理上年度申请 the carried over, a part carried over inside a 表四 count no
  application's cell). Left: 申请0次 (次 is no unit of applications), 在运行的共6件 (in force, the item
  said two clauses back), 重点工作8 (no unit). Floors just under the strict harness's figures.
- real65.jsonl: REAL report prose of 2019–2025, the next round (128 passages of 87 reports, 522 counts,
  241 naming a cell; about 525 candidates checked; 26 of one reader's 32 reports of 上海 bodies, 23 of
  another's 34 of 应急管理 bodies; 2 passages dropped for boilerplate seen before). Scored blind at 49cd9c6:
  recall 97.9%, link recall 90.0% (217/241), link precision 98.5% (196/199), 2 false counts (五大方面, a
  bare 0 after 历年累计). Tuned on since (the 2019 form's 本年增/减 said as 比2019年增加N项 after the item's
  count, 处理决定 in 个, withdrawn cases after a 表四 count a reading of its 其他结果, 被诉讼的案件, titles
  "含《…》等在内的"). Left: 新增298件 after 受理…301件 and 上年度结转申请3件, 在规范性文件栏目共公开文件46件,
  2277820元 of 行政事业性收费 (元, the cell in 万元), N件涉自然人/涉企业. Floors just under the strict
  harness's figures.
- real66.jsonl: REAL report prose of 2019–2025, the next round (123 passages of 91 reports, 576 counts,
  133 naming a cell; about 775 candidates checked; the less searched departments: 审计, 科技, 体育, 国动办,
  商务, 应急; 3 passages dropped for boilerplate seen before; 1 report of a 三明 body left out). Scored
  blind at 48d03a4: recall 98.1%, link recall 95.5% (127/133), link precision 96.7% (116/120), 3 false
  counts (第19条、20条、21条, a headline's 3.8万余件, 3批19家次). Tuned on since (documents counted by their
  disclosure attribute are no 表三 count, 法律援助案件 are another work's, a mirror's 规范性檔案 is 规范性文件).
  Left: 办理受理行政许可5361件, the old form's reasons of 不予公开 (涉及商业秘密0件…). Floors just under the
  strict harness's figures.
- real67.jsonl: REAL report prose of 2019–2025, the next round, smaller (62 passages of 41 reports, 245
  counts, 97 naming a cell; about 440 candidates checked, one in ten unused; 3 passages dropped for
  boilerplate seen before). Scored blind at 17f0b22: recall 97.1%, link recall 85.6% (83/97), link
  precision 100% (78/78), no false count. Tuned on since (the 2019 form's row said item by item, its
  change from last year and its 处理决定数量 after the item's count of 项 each that item's; 依申请予以主动公开;
  当事人主动撤回). Left: 来信1件次 (letters), 办结10件(含2024年转入2025年办结2件) (the carried over said as
  closed), 无…等事项公开 (nils of published items). Floors just under the strict harness's figures.
- real68.jsonl: REAL report prose of 2019–2025, the next round (123 passages of 92 reports, 561 counts,
  190 naming a cell; about 840 candidates checked, one in nine unused; 1 passage dropped for boilerplate
  seen before). Scored blind at 8e808a0: recall 98.4%, link recall 90.5% (172/190), link precision 97.0%
  (162/167), 2 false counts (an item number after a colon, "要求政府公开:1、…"; a nil of applications read
  in 被申请人). Tuned on since (依申请公开受理数量, 本年度已办理, 依申请公开办理件, 依法申请公开, 所申请信息不存在,
  办理…提交的各类政府信息依申请公开, 申请数量74个(含结转办理2021年…2个), another organ's applications helped
  with or handed to it, 无公开的规章…情况, 被撤销情况). Left: 18件依法依规办理答复,2件按序时进度办理, 依申请公开4条
  in a list of published items, 在20个工作日内. Floors just under the strict harness's figures.
- real69.jsonl: REAL report prose of 2019–2025, the next round, smaller (78 passages of 65 reports, 340
  counts, 96 naming a cell; about 660 candidates checked, one in ten unused; 1 passage dropped for
  boilerplate seen before; two ids t3.other.other written as t3.other.other.total). Scored blind at 4e5f54c:
  recall 96.2%, link recall 90.6% (87/96), link precision 97.5% (79/81), 5 false counts (51期 of 51期次, 结转
  20228件 where 年 fell out, a nil of 舆情, two nils said again). Tuned on since (上年度继续办理…申请, N件结果为要求
  重新作出答复 / 结果为维持, 现行有效…N件,2023年制定M件, 申请人主动撤回信息公开申请, a slogan's “零受理”/“零发生”,
  期次). Left: 行政复议、诉讼0件 (one count, the gold's convention), a range's bounds (8—30万元), 9座. Floors just
  under the strict harness's figures.
- real70.jsonl: REAL report prose of 2019–2025, the next round (100 passages of 72 reports, 493 counts, 131
  naming a cell; about 630 candidates checked; one reader found 14 reports only). Scored blind at 697f1f6:
  recall 96.1%, link recall 93.9% (123/131), link precision 96.3% (104/108), 2 false counts (106万+ and 9万+
  read as exact). Tuned on since ((未包含上年结转N宗) includes nothing, the organ between 因 and 不掌握相关情况,
  线上/线下 channels, 无出现…被纠错, a part larger than its row only a reading, 粉丝数 kept whole). Left: 共27件
  after the channels, 行政事业性收费0元 (元), 我局牵头出台的1份规范性文件, 106万+ (approximate). Floors just
  under the strict harness's figures.
- real71.jsonl: REAL report prose of 2019–2025, the next round (90 passages of 72 reports, 431 counts, 121
  naming a cell; about 635 candidates checked, one reader's 21 reports nearly all of 泰州). Scored blind at
  50d1506: recall 97.9%, link recall 86.0% (104/121), link precision 98.0% (97/99), 1 false count (423條 of a
  page not seen as traditional). Tuned on since (全部或部分公开, 逾期未补正视为放弃依申请公开, rows and applicants
  said after 为 — 国家机密, 行政执法卷宗内容, 逾期未缴费 —, 受理行政许可申请 no disclosure application, 未做出 and
  行政处罚无 nils). Left: 对其中17条,依法依规予以公开 (the row in the next clause), 27条部分进行公开, 行政许可253项.
  Floors just under the strict harness's figures.
- real72.jsonl: REAL report prose of 2019–2025, the next round (91 passages of 58 reports, 417 counts, 122
  naming a cell; about 440 candidates checked before the readers' search budget ran out; 1 passage dropped
  for boilerplate seen before). Scored blind at b80a6af: recall 98.1%, link recall 95.9% (117/122), link
  precision 99.1% (105/106), 1 false count (‘四张牌’ inside another's quotes). Tuned on since (names in single
  quotes, rows after 类型属于“…”, a withdrawal after 处理结果为). Left: 2件类型属于“主动公开”, 行政许可决定书676
  (no unit), 6份依法予以答复 read as the total. Floors just under the strict harness's figures.
- real73.jsonl, real74.jsonl: REAL report prose of 2019–2025, two rounds gathered at once by six readers with
  narrower province shares (real73: 75 passages of 48 reports, 293 counts, 85 naming a cell; real74: 83
  passages of 52 reports, 320 counts, 104 naming a cell; about 1,080 candidates checked, one in eleven
  unused). Scored blind at 7395e81: real73 recall 98.6%, link recall 90.6% (77/85), link precision 98.6%
  (69/70), no false count; real74 recall 98.8%, link recall 95.2% (99/104), link precision 98.9% (91/92),
  2 false counts (至少更新1次 read as exact, 24小时 of a duty system's name). Tuned on since (依申请公开财政信息,
  办理依申请件, 上年度结转办理答复, "45件申请中," opening a sentence, 不再重复处理, 尚未拿到决定书, each kind of
  行政诉讼 with its outcome after it, a clean-up's 废止, 集中采购N批次, 予以公开N件(主动公开…,依申请公开…), 页).
  Left: 制作规范性文件总共0件 and 对外公开总数量 in a 2021 report, 7个答复件, 20个工作日内. Floors just under the
  strict harness's figures.
- real75.jsonl, real76.jsonl: REAL report prose of 2019–2025, the next two rounds gathered at once by six
  readers (real75: 73 passages of 48 reports, 262 counts, 61 naming a cell; real76: 53 passages of 39
  reports, 213 counts, 101 naming a cell; about 890 candidates checked, one in eleven unused; one reader of
  the north-west found 4 reports only; 2 passages dropped for boilerplate seen before). Scored blind at
  b6eeb65: real75 recall 97.3%, link recall 91.8% (56/61), link precision 94.1% (48/51), no false count;
  real76 recall 96.7%, link recall 88.1% (89/101), link precision 98.7% (74/75), 1 false count. Tuned on
  since (结转至2026年作出答复, 涉及金额 of 集中采购, 来自公民申请 beside the firms, applicants adding up to both years'
  applications said before — readings only —, 行政事业性收费共0元, 不涉及行政许可…). Left: 予以主动公开3条 and
  无法公开5条 among the results, 行政处罚事项2项 in a 2023 report, 依公开申请1条, 未制作行政法规和规章 (one nil, read
  with 2019's 制作). Floors just under the strict harness's figures.
- real77.jsonl: REAL report prose of 2019–2025, a last small round (30 passages of 21 reports, 105 counts, 25
  naming a cell) — the six readers' search budget ran out after about 25 look-ups each, two found nothing
  unused. Scored blind at 6add5b4: recall 98.1%, link recall 84.0% (21/25), link precision 95.7% (22/23), no
  false count. Tuned on since (现行有效…名义印发的行政规范性文件, 行政法规 denied beside 规章 — a nil of no cell —,
  不存在不予公开…情况). Floors just under the strict harness's figures.
- real79.jsonl, real80.jsonl: REAL report prose of 2019–2025, two rounds gathered at once by six readers in
  stop 43 (real79: 58 passages of 35 reports, 245 counts, 55 naming a cell; real80: 80 passages of 47
  reports, 313 counts, 94 naming a cell; about 1,070 candidates checked; the reader of 北京…黑龙江 and the
  national bodies found nothing unused, the north-west's 8 reports; 4 passages dropped for boilerplate seen
  before; three gold ids written t3.other.other made t3.other.other.total). Scored blind at 3c2292e: real79 recall 98.4%, link recall 92.7% (51/55), link precision 100%
  (49/49), 1 false count; real80 recall 96.8%, link recall 95.7% (90/94), link precision 94.3% (82/87), 4
  false counts. Tuned on since (没有收到政府信息公开申请行政复议 — no nil of applications —, 未存在, cases arising from
  applications with both kinds named, replies made under guidance, 民生平台 matters, 依申请公开情况N件,
  不公开并告知行政查询途径, 家次, 每一条). Left: "均为“零”" read as counts of 0 by its reader (nils elsewhere),
  未收到和处理…申请 read as two nils (one elsewhere), 依申请公开办理信息10人,共计13件. Floors just under the
  strict harness's figures.
- real81.jsonl, real82.jsonl: REAL report prose of 2019–2025, the next two rounds of six readers in stop 43, told
  to go through whole portals (real81 广东, 江苏/上海/广西/海南, 浙江/安徽/福建/江西: 92 passages of 60 reports, 391
  counts, 113 naming a cell; real82 山东…湖南, 重庆…云南, the north and north-west: 52 passages of 35 reports, 183
  counts, 54 naming a cell; about 760 candidates checked; the reader of 山东…湖南 found 3 reports, none with a
  table figure; 2 passages dropped for boilerplate seen before). Scored blind at e4ae6ba: real81 recall 98.2%,
  link recall 92.0% (104/113), link precision 97.8% (87/89), 2 false counts; real82 recall 92.9%, link recall
  87.0% (47/54), link precision 91.7% (44/48), 3 false counts. Tuned on since (withdrawals after 协调 or by 市民 and
  in a list whose results are two sentences back, 尚在继续处理中, "无行政许可、行政处罚", 未新受理, the 2019 form's
  公民申请公开信息数量 beside 法人和其他组织, 条(次) and 人(次), 株, a mailbox's 公开答复数量). Since then too: 未制作…规章和规范性
  文件 in a report on 2021 or later is 2021's 制发 (as 17 of 18 readers of such reports read it). Left: 做出行政行可审批决定书 (a
  typo), N个工作日内 (this round's readers counted all eight), "收到1条关于“…”的申请件". Floors just under the
  strict harness's figures.
- real83.jsonl: REAL report prose of 2019–2025, a last round of six readers in stop 43 whose shared search budget ran
  out after 26–47 look-ups each (59 passages of 33 reports, 261 counts, 69 naming a cell; about 470 candidates
  checked; one report dropped as a likely repost of a used one). Scored blind at 9154add: recall 98.9%, link recall
  87.0% (60/69), link precision 94.0% (47/50), 1 false count. Tuned on since ("未发生行政复议、行政诉讼被依法纠正现象":
  the 纠正 of each). Left: "本年度办理的7件信息公开申请中" (new to its reader, handled to us), website counts of
  行政许可结果/行政处罚结果 read as decisions, "即27件…案件" after 行政处罚类27起. Floors just under the strict harness's
  figures.
- real84.jsonl, real85.jsonl: REAL report prose of 2019–2025, the first round of six readers in stop 44, with the
  search budget back (real84 广东, 上海/江苏/浙江, 安徽/福建/江西: 58 passages of 43 reports, 246 counts, 67 naming a
  cell; real85 山东…湖南, 重庆…西藏, the north: 52 passages of 40 reports, 164 counts, 26 naming a cell; about 850
  candidates checked, nine in ten already used; 3 passages dropped for boilerplate seen before). A page its reader
  saved in traditional characters marks its too-short passage `"traditional": true` (ingest judges the whole page).
  Scored blind at 4cabe57: real84 recall 98.8%, link recall 95.5% (64/67), link precision 100% (62/62), no false
  count; real85 recall 97.6%, link recall 88.5% (23/26), link precision 100% (19/19), 1 false count (两项改革). Tuned
  on since (复议 and 诉讼 beside one 败诉/纠错, 所涉信息非本单位制作或掌握, 结转下年办结, 已办N件, 并未存在依申请公开信息,
  两项改革). Left: N小时内 (a time limit its reader counted), fees for processing information (信息处理费, no cell).
  Floors just under the strict harness's figures.
- real86.jsonl, real87.jsonl: REAL report prose of 2019–2025, the second round of six readers in stop 44, told the
  portals the first round found (real86 广东/海南, 上海/江苏/浙江, 安徽/福建/江西: 87 passages of 56 reports, 404
  counts, 102 naming a cell; real87 湖南/湖北/山东, 四川/云南, 内蒙古 and the north: 89 passages of 51 reports, 320
  counts, 75 naming a cell; about 840 candidates checked; one report dropped as a repost of a used one). Scored
  blind at 71401e2: real86 recall 98.0%, link recall 97.1% (99/102), link precision 97.7% (85/87), 3 false counts;
  real87 recall 95.6%, link recall 80.0% (60/75), link precision 98.3% (59/60), no false count. Tuned on since
  (complaints about applications, last year's in brackets after the handled, 结转上年…申请数量, 办理数量, 無公開行政復議,
  2千万, 不低于). Left: "未收到和处理…申请" read as two nils by this round's readers (and by every reader since
  real51) but as one by earlier ones (real8–real49): still one; "被申请行政复议或被提起行政诉讼的情况:0件"; 制发规范性
  文件政策性文件0件. Floors just under the strict harness's figures.
- real88.jsonl: REAL report prose of 2019–2025, the third round of six readers in stop 44, whose shared search
  budget ran out after 36–55 look-ups each (60 passages of 39 reports, 198 counts, 57 naming a cell; 广东/广西,
  上海/江苏/浙江, 安徽/福建, 湖北/湖南/山东, 重庆/四川/西藏, 内蒙古/山西; about 560 candidates checked; 2 reports
  dropped for boilerplate seen before). Scored blind at d659627: recall 98.0%, link recall 94.7% (54/57), link
  precision 100% (45/45), no false count. Tuned on since (PV a unit). Left: "有13件已按照全链条管理,在法定期限内予以
  答复" (the reply in the next clause), "对外政务行政审批许可521份", 未收到和处理 (as for real87). Floors just under the
  strict harness's figures.
- real89.jsonl, real90.jsonl: REAL report prose of 2019–2025, the first round of six readers in stop 45 (real89
  广东, 浙江/江苏, 福建/安徽/江西: 71 passages of 47 reports, 278 counts, 73 naming a cell; real90 山东/湖南, 重庆/贵州,
  内蒙古/新疆/陕西/甘肃/山西/宁夏/河北: 89 passages of 58 reports, 377 counts, 74 naming a cell; about 790 candidates
  checked; 1 passage dropped for boilerplate seen before). Scored blind: real89 at 0b6b554, recall 98.9%, link recall
  89.0% (65/73), link precision 96.6% (57/59), 1 false count; real90 at 386b36e, recall 97.1%, link recall 98.6%
  (73/74), link precision 96.8% (60/62), 1 false count. Tuned on since (接办上年, 来电咨询 before the applications,
  提出申请的N件中, N件…全部是本年度受理, 申请信息均…办理完毕, 无申请件结转, 涉及国家秘密的公文类信息, 本年内无规范性文件,
  商业企业申请政务公开信息). Left: "其中答复1件,不掌握…4件" (its reader: granted), "对于11件…申请,…全部答复完毕"
  (the reply in the next clause), "共办理…11件,本年度10件" (this year's, beside last year's), fee nils said twice
  (收费及减免), units read with 大 (5大方面: readers split). Floors just under the strict harness's figures.
- real91.jsonl, real92.jsonl: REAL report prose of 2019–2025, the second round of six readers in stop 45, told the
  portals the first round found (real91 广东, 上海/江苏/浙江, 福建/安徽/江西: 65 passages of 38 reports, 223 counts,
  70 naming a cell; real92 山东, 重庆/四川/贵州/云南/西藏, 天津/宁夏/甘肃/山西 and a national body: 79 passages of 48
  reports, 270 counts, 71 naming a cell; about 870 candidates checked). A reader's list of several alternatives is
  kept as its first (the harness takes one). Scored blind at af9813c: real91 recall 99.1%, link recall 95.7% (67/70),
  link precision 98.4% (60/61), 1 false count; real92 recall 94.4%, link recall 93.0% (66/71), link precision 98.3%
  (57/58), 2 false counts (one a count its reader left out: "农村危房改造信息 3 条"). Tuned on since (a bare 重复 among
  the results, 按时序办理, 最多达, 出台…而废止, 以上3件 referred back to, a long clause of who did not apply). Left:
  "公开0条" after the applications (its reader: granted), "向自然人予以公开的…1条", fee, complaint and 责任追究 nils (no
  cell), base stations in 座 (座 also counts buildings in addresses: "A4座3楼"), "29.0%25.2%" printed without a break.
  Floors just under the strict harness's figures.
- real93.jsonl: REAL report prose of 2019–2025, the third round of six readers in stop 45, whose shared search
  budget ran out after 23–41 look-ups each (55 passages of 31 reports, 205 counts, 49 naming a cell; 广东/广西,
  浙江, 福建, 山东/河南/湖北/湖南, 重庆, 天津/吉林; about 470 candidates checked; 2 passages dropped for boilerplate
  seen before). Scored blind at 1245f93: recall 96.1%, link recall 87.8% (43/49), link precision 100% (40/40), no
  false count. Tuned on since (准予公开, 结转办结上年度, 未新发布规章和行政规范性文件, 接收、办理). Left: "沒有接收、辦理依申請
  公開情況" read as two nils by its reader (one here, 办理 a reading: as 未收到和处理), N个工作日内 (readers split), a
  page cut inside "提起行政诉". Floors just under the strict harness's figures.
- real94.jsonl, real95.jsonl: REAL report prose, the first round of six readers in stop 46, on a brief rewritten
  blind (the earlier one was lost with the machine's /tmp): real94 the reports on 2019–2025 (235 passages of 64
  reports, 722 counts, 150 naming a cell; 莆田's city bureaus through the crawl archive, 40 reports with their tables
  read, and the opening paragraphs the pages search stores of reports from 上海/江苏/浙江, 山东, 辽宁/黑龙江/天津/
  内蒙古/陕西, 广东/海南, 湖南 and tax and fire bodies), real95 those on 2009–2018 (86 passages of 37 reports, 269
  counts, 29 naming a cell), whose readers named a cell only where the old free-form report's words map clearly:
  most of its links are counted wrong for that alone (link precision there is the readers' choice, not the
  stage's). The pages search is nearly used up for 2019 on: nine in ten candidates were in the used lists. Scored
  blind at 91ee232: real94 recall 94.2%, link recall 88.7% (133/150), link precision 98.0% (100/102, a declared
  reading counted, as issue 11 does), 7 false counts; real95 recall 98.1%, link recall 86.2% (25/29). But 39 of
  real94's 莆田 reports are reports of the project's real regression corpus (corpora/real), whose narrative counts
  were read there (about ten a report): their prose is partly seen. Its unseen part (49 passages of 25 reports
  from the pages search): recall 92.4%, link recall 82.8% (24/29), link precision 100% (18/18), 1 false count. Tuned on since
  ("数为0" a count, a crawled line ending in 未/累计/我局 goes on, 无被申请行政复议, a list between 未制作 and 规章,
  行政强制处罚决定, 除…外其余, a bare 无法提供's 本机关不掌握 a reading). Left: "没有产生处罚强制信息" (one nil, both
  items readings; its reader: two), fee and complaint nils (no cell). Floors just under the strict harness's figures.
- real96.jsonl: REAL report prose, the second round of stop 46: two readers on the 莆田 bureaus' reports on 2019–2025
  through the crawl archive (177 passages of 36 reports, 626 counts, 91 naming a cell) — all of them reports of the
  project's real regression corpus (corpora/real), whose narrative counts were partly read there: prose partly
  seen, kept as regression. Scored before any tuning on it (at 958ca3f): recall 97.4%, link recall 97.8% (89/91),
  link precision 100% (77/77), 5 false counts. The two readers' shares overlapped on 52 passages (48 dropped
  as duplicates): they agreed on 173 of 177 counts, and on the cell of every count both named one for (28), but one
  of them named none for 3 counts the other did — the readers' own noise on whether a count names a cell.
  Floors just under the strict harness's figures.
- real97.jsonl: REAL report prose of 2019–2025, the third round of stop 46, four readers split by kind of body (towns
  and streets; social and service bureaus; economic and regulatory bureaus; governments, development zones, police,
  justice and city management) rather than by province, after the province-split rounds had used up what the pages
  search returns for province-worded queries (262 passages of 143 reports, 963 counts, 184 naming a cell; 16–21
  provinces each; the opening paragraphs the pages search stores; about one result in eight unused). Four row
  ids its readers wrote without the column ("t3.denied.inquiry") were given it (".total"). Scored blind at
  3f7db90: recall 94.7%, link recall 94.6% (174/184), link precision 98.8% (166/168, a declared reading counted),
  10 false counts. Tuned on since (a nil's cause before its comma, "没有因信息公开原因,发生被申请行政复议…"; a
  qualifier between 制发 and 规范性文件; 辆; 一项/一种 as an article: "…的一项重大任务"; 依申请公开受理量; 申请人撤件). Left: nils of what no table counts (泄密事件, 敏感词, 投诉, 责任追究,
  公示平台 …, 19 of its 49 misses), 万平方米 kept in 万 by its reader (the brief: ×10000), 座 and 千米 (addresses and
  distances), "行政复议和行政诉讼0件" read as one count of each (the policy: their sum, each a reading). Floors just
  under the strict harness's figures.
- real98.jsonl: REAL report prose of 2019–2025, the round of stop 47, four readers split by what was left: reports on
  2025 and 2024; reports on 2019–2021; the portals earlier readers had seen but not used (xxgkAnnualReport modules of
  山东 and 浙江, 诸暨, 海盐, 拱墅 towns); reports whose narrative states the results in words (its reader found mostly
  reports before 2019: real99) (230 passages of 117 reports, 854 counts, 215 naming a cell; the opening paragraphs the
  pages search stores; nine in ten candidates already used). Scored blind at 6029b14: recall 95.7% (captured
  97.3%), link recall 94.0% (202/215), link precision 97.0% (192/198, a declared reading counted), 7 false counts.
  Tuned on since ("上年结转政府信息公开申请数0件"; "无被举报投诉、行政复议、行政诉讼"; "均无纠错和败诉"; "未发生因依申请公开
  引发的争议" names no application; "未产生废止失效文件" beside 规范性文件; applications in 只; 追责问责; 涉密信息上网).
  Left: "18件按期限答复办结" beside "1件按无法提供办结" (its reader: no cell), a count before its reason ("3条…涉及经济
  安全,不予公开"), "行政复议、行政诉讼0件" (one reader in five of such sentences reads a count of each), 持平 (no
  reader of the earlier sets lists it). Floors just under the strict harness's figures.
- real99.jsonl: REAL report prose of 2008–2018 from the same round (114 passages of 40 reports, 283 counts, 44 naming
  a cell, named by analogy with the current form where the words map clearly). Scored blind at 6029b14: recall
  95.4%, link recall 93.2% (41/44), link precision 100% (38/38), 4 false counts (two of them "超过20个工作日" of a
  template's time limit, read as approximate). Tuned on since: "我镇2016年度无申请" (a bare 无申请 closing its clause).
- real100.jsonl: REAL report prose of 2019–2025, the second round of stop 47, four readers on the sites earlier readers
  named as leads (南京's archive and district portals; 淄博, 泰安, 济宁 and 宜春 portals; 马鞍山, 岳阳 and 黄石 — 下陆区 the
  richest; 浙江's 舟山 and 杭州 bodies), searching each site's siblings (163 passages of 86 reports, 624 counts, 170
  naming a cell; the opening paragraphs the pages search stores; nearly every generic candidate already used). Five
  row ids its readers wrote without the column ("t3.other.other") were given it. Scored blind at 9b85b38: recall
  95.0% (captured 96.8%), link recall 91.2% (155/170), link precision 98.6% (145/147, a declared reading counted),
  2 false counts. Tuned on since ("收到申请政府信息公开事项4项", "信息公开请求", "…;年度已办理83件", a bare 撤销 among the
  results, "2件驳回申请人复议请求" (a reading of 维持), "未接受…申请", "无被复议案件", 信息安全, 公文类信息, "未做政策解读",
  关注数 and 人数 as audience labels, "200万+"). Left: results said with the law's article ("因3条申请涉及政府信息均
  不存在,根据…第三十六条第(四)项…告知"), "非本单位处理件6件", "提供政府信息1件" (granted), figures printed with no
  unit in lists ("乡街部门动态:309,") and a page that lost its units. Floors just under the strict harness's figures.
- real101.jsonl: REAL report prose of 2020–2025, the last round of stop 47 (its search budget spent): three readers on
  the leads real100's named (南京, 黄石, 马鞍山, 益阳, 舟山, 杭州), most of which were used up; they found 淮安, 宿迁, 南通,
  泰州, 益阳 and 杭州 bodies instead (40 passages of 21 reports, 168 counts, 57 naming a cell). Scored blind at 81e8736:
  recall 96.4% (captured 98.8%), link recall 94.7% (54/57), link precision 96.1% (49/51), 1 false count (the second
  nil of "未收到和处理", which its reader read as one). Tuned on since ("收到群众要求公开政府信息21件"; "14件由申请人主动
  撤件", readings, and the replies right after it no total; "督促指导全区各部门…依申请公开事项95件", other organs'). Floors
  just under the strict harness's figures.
- real102.jsonl: REAL report prose of 2019–2025, stop 48's first round: five readers on the leads of stop 47 (淮安, 宿迁,
  泰州 and 南通 bodies; 临安, 南湖 and 湖南 counties; 山西, 内蒙古, 黑龙江, 宁夏 and 甘肃 towns and bureaus; 湖北, 四川 and
  广东 bureaus; 山东 portals found by the results' words), 188 passages of 114 reports, 751 counts, 133 naming a cell (the
  opening paragraphs the pages search stores). Scored blind at 07f96ed: recall 95.2% (captured 96.3%), link recall
  91.0% (121/133), link precision 96.5% (110/114), 4 false counts. Tuned on since (one nil per website error named —
  表述错误, 错别字, 链接, 涉密涉敏; 零收费; "并无有关…"; "未对外公开发布规章、行政规范性文件、行政处罚…"; "被予以纠正、败诉" of
  both groups; "收到依申请公开文件"; a bare "本年制发件数" (readings); a hotline's 办理; a project's "(二期)"; 稿; "减少 15%"
  where jieba glued 量减少). Left: "无处理情况" (its reader: none handled), "无线下申请", "总户数1.7万4.2万人" (a unit lost
  in print). Floors just under the strict harness's figures.
- real103.jsonl: REAL report prose of 2021–2025, stop 48's second round (the sibling pages real102's readers named:
  青岛, 枣庄 and 滕州, 山西 and 湖北, 株洲 and 醴陵 bodies; most were used up), 58 passages of 35 reports, 200 counts, 51
  naming a cell. Scored blind at ab56e3e: recall 97.5% (captured 98.0%), link recall 92.2% (47/51), link precision
  97.9% (47/48), 3 false counts. Three of its four misses are one flattened table row ("申请数量11件部分公开,1本机关不掌握",
  where the crawler ran 数量1 into "1件部分公开"): read as printed, 11 carried over — a figure of the page, not guessed
  back. Not tuned on.
- real104.jsonl: REAL report prose of 2023, stop 48's last round (one reader, 51 look-ups, on the sites real103's named:
  醴陵 and 株洲, 青岛 and 枣庄 — nearly all used up): 3 passages of 2 reports, 14 counts, 2 naming a cell. Scored blind at
  b9b25c0: every count read and both cells linked. Not tuned on.
- real105.jsonl: REAL report prose of 2019–2025, stop 49's first round: five readers on the regions the earlier rounds
  had reached least (河南 and 山西; 辽宁 and 吉林; 甘肃, 新疆 and 内蒙古; 四川, 云南 and 广西; 广东, 江西, 湖北 and 湖南
  towns and bureaus), 565 look-ups for 84 passages of 46 reports, 281 counts, 63 naming a cell. Scored blind at 54c378e:
  recall 96.1% (captured 97.2%), link recall 93.7% (59/63), link precision 100% (48/48), 4 false counts (none a date,
  document number, phone number or ordinal: "是一个…老区镇" read as one, "6个部分" read with 个 where its reader wrote
  个部分, "三种属性" after a list, which its reader did not count, and a second nil of a restated "无依申请公开情况").
  Tuned on since ("其中18件不属于受理行政机关公开范围", not held; "无就政府信息公开提出复议、诉讼和申诉的情况"; "无违反信息公开及
  保密规定的违规操作"; 是一个 an article). Left: "没有此类情况。" alone (its reader took the items from the heading
  above it, which the extractor reads in a document too, but a passage alone lacks), "政府专题121梅河口市…" (a unit
  lost in print). Floors just under the strict harness's figures.
- real106.jsonl: REAL report prose of 2019–2025, stop 49's second round: two readers on the sites real105's named
  (广东 揭阳, 汕尾 and 梅州; 江西, 湖北; 四川 甘孜, 云南 红河; 新疆, 内蒙古, 甘肃 and 辽宁 towns and bureaus; most were
  used up), 178 look-ups for 54 passages of 30 reports, 198 counts, 49 naming a cell. Scored blind at 67b231c (after
  real105's fixes, before any of its own): recall 93.9% (captured 94.4%), link recall 91.8% (45/49), link precision 100%
  (42/42), 3 false counts (none a date, document number, phone number or ordinal). Tuned on since (a PDF's line wrap
  printed as a blank inside a word, "未发 生因…", taken out as a line break is; "无公开申请行政复议、提起行政诉讼情况";
  "减少率50%", a change; 约计; "无行政许可、行政强制相关事项"; "不存在应公开未公开…"; "超时办结"). Left: "未有不满意情况出现"
  (a nil of no item), "30领域信息200余条" (领域 no unit). Floors just under the strict harness's figures.
- real108.jsonl: REAL report prose of 2019–2023, stop 49's third round: two readers on the sites real106's named (内蒙古
  巴彦淖尔 and 通辽 towns and bureaus, 四川 得荣; 江西 九江, 广东 陆丰), 85 look-ups for 21 passages of 12 reports, 62
  counts, 15 naming a cell — the pages search held almost nothing unused. Scored blind at dd1e525: recall 98.4%
  (captured 100%), link recall 100% (15/15), link precision 100% (14/14), 1 false count ("办事一本通", a guide's name,
  read as 一本; a set phrase since). Floors just under the strict harness's figures.
- real109.jsonl: REAL report prose of 2019–2025, stop 50's first round: four readers on regions by province (江苏, 浙江,
  上海 and 安徽; 北京, 河北, 山东 and 陕西; 福建 厦门 and 泉州, 海南, 江西 and 贵州; 湖北, 湖南, 黑龙江, 宁夏 and 青海), the
  依申请 and 复议 paragraphs wanted most, 531 look-ups for 138 passages of 81 reports, 495 counts, 92 naming a cell. Scored
  blind at fed2134: recall 96.4% (captured 98.2%), link recall 87.0% (80/92), link precision 98.7% (76/77), 3 false counts
  (one an article of a law without 第, "《…条例》二十条规定"; none a date, document number or phone number). Tuned on since
  (results listed in pieces cut by semicolons, 申请 said in the first only; "不存在政府信息公开行政复议…"; "未进行行政许可…";
  the article; documents made counted "共生成N条政府信息…"). Left: "办件0件" (a total said as 办件, once), "有1份政府信息公开
  工作被申请行政复议、提起行政诉讼" (one case said of both), "行政许可案件70," (its unit lost in print), "12345人点击回复"
  (a hotline's number or a count: its reader took the name). Floors just under the strict harness's figures.
- real110.jsonl: REAL report prose of 2019–2025, stop 50's second round: three readers on the sites real109's named (北京
  东城, 通州 and 丰台, 河北 定州; 上海 普陀, 静安, 松江, 长宁, 崇明 and 闵行 bureaus, found by each report's exact title; 湖北
  孝感), 241 look-ups for 40 passages of 21 reports, 187 counts, 59 naming a cell. Scored blind at 9a12685 (after real109's
  fixes, before any of its own): recall 95.7% (captured 98.9%), link recall 93.2% (55/59), link precision 95.9% (47/49), 1
  false count (an article's item in brackets, "第二十条(一)(五)(六)(八)项"). Tuned on since (a part of the handled in a bracket
  opened by 其中 after the verb, its row said after it; how, then what was done after the comma; what a bracket leaves out
  before a count, "（不含过程性信息）47件"; 结果纠错 an item of its own; 制作 a normative document). Floors just under the
  strict harness's figures.
- real111.jsonl: REAL report prose of 2019–2025, stop 50's third round: two readers querying one organ's exact report
  title at a time (上海 普陀, 宝山, 静安 and 嘉定 bureaus; 福建 厦门 and 泉州 district bureaus and streets, 广州 海珠 and
  花都), 183 look-ups for 50 passages of 29 reports, 171 counts, 43 naming a cell. Scored blind at 3db3cf3: recall 97.1%
  (captured 100%), link recall 97.7% (42/43), link precision 100% (39/39), no false count. Tuned on since
  ("共办理处置依申请公开件14件": the handled, readings only). Floors just under the strict harness's figures.
- real112.jsonl: REAL report prose of 2021–2022, stop 50's last round: one reader on 广东 district bureaus by exact
  title, 38 look-ups (the search budget's last) for 5 passages of 4 reports, 28 counts, 4 naming a cell. Scored blind at
  d373481: recall 100%, link recall 75.0% (3/4), link precision 100% (2/2), no false count. Tuned on since ("结转2021年1件"
  in a report on 2022, no other year in its sentence: carried over, read against the year reported on). Floors just under
  the strict harness's figures.
- real113.jsonl: REAL report prose of 2019–2025, stop 51's round: eight readers by region (上海, 北京 and 天津, 广东 and
  广西, 福建, 浙江 and 江苏, 山东 河南 河北 山西, 重庆 湖南 湖北 江西, 海南 and 内蒙古), each report found by its exact title,
  698 look-ups for 212 passages of 113 reports, 874 counts, 197 naming a cell. Scored blind at 89b5f14: recall 97.0%
  (captured 97.9%), link recall 92.9% (183/197), link precision 97.1% (169/174), 4 false counts (none a date, document
  number, phone number or ordinal). Tuned on since ("全年未涉诉"; "无复议或败诉情况": 复议 an item of its own before a bare
  outcome; "依申请公开办理14件"; "其他答复处理"; "本机关不存在相关政府信息的3件"; "(有3件为2021年)" and "4件2020年收到的申请":
  the year before, carried over; "共受理政府公开信息0件"; "新收公民申请公开政府信息公开数量为1件"; "告知补正6件" among the
  results, readings only; "制作公文信息…主动公开文件信息11份,依申请公开文件信息3份": documents by attribute; "予以公开的14件
  (含区分处理)": granted and partial together; "依申请公开信息条数为0.": a figure closed by an ASCII full stop, the received a
  reading). Left: "通过政务公开专区接收…申请12件" (one channel's), "收到依申请公开行政复议、行政诉讼情况等办理事项为0".
  Floors just under the strict harness's figures.
- real109r.jsonl: the 178 passages of real109 and real110 read again by three other readers under the same rules, from the
  passages and their saved pages only (not shown the first readers' counts, nor the code): 682 counts (the same 682 as the
  first reading's, value and kind), 158 naming a cell. The readings agree on the cells: the second names 150 of the first's
  151 (as its cell or reading), the first 155 of the second's 158. Scored against it at each set's blind commit (fed2134,
  9a12685): link recall 88.0% (139/158), link precision 98.4% (124/126) — as against the first reading; after: 94.9%, 100%.
  Left: the second reading's 表二 decisions for "行政许可事项193项" (the first gave none; readers split on 事项 in 项) and a
  sum of both groups' 结果纠正 for "…和结果纠错情况" (each group's a reading here). Floors just under the strict harness's
  figures.
- real111r.jsonl: the 55 passages of real111 and real112 read again by another reader under the same rules (not shown the
  first counts, nor the code): the same 199 counts; the readings name the same cells (47/47, 49/49). Scored against it at
  each set's blind commit (3db3cf3, d373481): link recall 93.9% (46/49), link precision 100% (41/41); after: 98.0%, 100%.
  Floors just under the strict harness's figures.
- real114.jsonl: REAL report prose of 2020–2025, stop 51's second round: three readers on the sites real113's named (重庆
  district 财政局 and other bureaus, one bureau type across districts at a time; 山西 忻州 and 阳城; 浙江 定海, 舟山, 东阳, 鹿城,
  江苏 亭湖 and 滨海, 福建 思明, 漳平 and 泉州), about 234 look-ups for 71 passages of 38 reports, 247 counts, 48 naming a cell.
  Scored blind at 21a0793 (after real113's first fixes): recall 95.5% (captured 96.4%), link recall 91.7% (44/48), link
  precision 97.6% (41/42), 8 false counts — 7 of them "六个部分", which this round's readers wrote in 部分 and 25 of the 27
  earlier readers who met it in 个 (none a date, document number, phone number or ordinal). Tuned on since ("无依法申请公开
  项目"; "结转上年政府信息公开申请数量为0": 为 closes the carried-over's words; "待答复件数2件": still to answer, carried
  forward). Floors just under the strict harness's figures.
- real115.jsonl: REAL report prose of 2023–2025, stop 51's last round: one reader on the sites real114's named (重庆 彭水,
  酉阳 and 巫山 towns, 九龙坡; 舟山 定海), 51 look-ups for 21 passages of 10 reports, 60 counts, 19 naming a cell. Scored blind
  at 3c23ae6: recall 98.3% (captured 100%), link recall 89.5% (17/19), link precision 93.3% (14/15), no false count. Tuned
  on since ("办理行政许可388," with no unit printed: the decisions a reading; "政府信息公开复议诉讼数0件": both groups run
  together, their sum). Floors just under the strict harness's figures.
- real116.jsonl: REAL report prose of 2019–2025, stop 52's first round: nine readers by region (重庆 main-city and outer
  districts' towns and bureaus, 海南, 舟山 and 杭州, 山西, 东北, 广东 and 广西, 江苏 and 安徽, 深圳 and 厦门), about 783 look-ups
  for 131 passages of 70 reports, 442 counts, 98 naming a cell; every reader found about 95% of what the search returned
  already used. Scored blind at 8d0e62b (and the same at 6c07af2, the stop's start): recall 97.7% (captured 99.1%), link
  recall 98.0% (96/98), link precision 98.9% (91/92), 1 false count ("六个部分" in 部分). Tuned on since ("其中一件申请要求公开的
  信息本机关不存在": not held, said after the count; "7起申请政府信息公开的为自然人": the received row's column). Floors just under
  the strict harness's figures.
- real116r.jsonl: the 131 passages of real116 read again by two other readers under the same rules, from the passages and
  their saved pages only (not shown the first counts, nor the code): 441 counts (439 of the first's 442 found), the same
  cells (the second names all 98 of the first's, the first all 99 of the second's). Scored against it at the blind commit:
  link recall 97.0% (96/99), link precision 98.9% (91/92), no false count. Floors just under the strict harness's figures.
- real117.jsonl: REAL report prose of 2019–2025, stop 52's second round: four readers on the sites real116's named (重庆
  district sub-sites and mirrors, 浙江 温岭, 义乌, 嵊州, 临海, 遂昌, 椒江; 2025 reports of 湖北, 吉林, 甘肃, 广东, 辽宁, 河北;
  抚顺 mirrors, and four reports one reader found outside its share), about 188 look-ups for 75 passages of 36 reports,
  216 counts, 49 naming a cell (and last, 3 passages of one report from the budget's last 27 look-ups, scored blind at
  11dae17: its one cell found). Scored blind at f275855: recall 92.1% (captured 94.4%), link recall 87.8% (43/49), link
  precision 97.4% (37/38), 3 false counts (none a date, document number, phone number or ordinal). Tuned on since ("已办结
  54件,结转4件": a bare 结转 after the closed, carried forward; "不由本单位掌握", "不属于我局公开范围", "信息没有现成文件";
  "申请公开的政府信息项目6例"; "10大板块28小块"; "无政务新媒体"). Left: "依申请公开的信息3条" as a result (read as granted),
  "六部分成" (a misprint read 6 部), nils its readers alone listed ("申请人对答复无异议", "无律师代为申请"), "三集报道" (集 is
  not a unit: "三集中整治"). Floors just under the strict harness's figures.
- real119.jsonl: REAL report prose of 2019–2025, stop 53's round: ten readers (重庆 towns and mirrors, 海南 and 广东, 浙江,
  山西, 山东 and 辽宁, 湖北 and 福建, 广西 and the west (新疆, 内蒙古, 甘肃, 青海), 四川 and 江西, vertical organs: tax,
  meteorology, postal), about 860 look-ups for 238 passages of 121 reports, 899 counts, 183 naming a cell; every reader
  found about 90–97% of what the search returned already used. Scored blind at fcc40c5 (the stop's start): recall 95.4%
  (captured 96.8%; 97.7% once the harness took a reader's 部分 for the extractor's 个 of "六个部分"), link recall 95.1%
  (174/183), link precision 98.8% (161/163), 15 false counts (8 of them "六个部分", 3 陆家镇's 陆 read as 6 家; none a date,
  document number, phone number or ordinal). Tuned on since ("无行政强制案件"; "行政复议、行政诉讼分别为0件": one figure
  for each; "意见箱受理0件" no application; "予以公开并答复0件" granted; 陆家 a name). Left: "没有申请公开政府信息和不予公开政府
  信息的情况" and "未收到行政复议、行政诉讼、依申请公开件" (a nil of the received beside others' items: `alone`),
  "已完成依申请公开信息1条" (its reader: the total), "受理…1258件" with 办结1179 + 结转79 (the received first, both years a
  reading). Floors just under the strict harness's figures.
- real120.jsonl: REAL report prose of 2019–2025, stop 53's second round: three readers on the leads real119's named
  (遂宁 and 乐山 bodies; 新疆 and 辽宁 bureaus; 深圳 city bureaus, 江门 and 赤壁 towns), the search budget's last 132
  look-ups for 36 passages of 15 reports, 81 counts, 25 naming a cell. Scored blind at 613dcc9 (after real119's tuning):
  recall 92.6% (captured 96.3%), link recall 96.0% (24/25), link precision 100% (20/20), no false count. Tuned on since
  ("另外2项经调查本机关不掌握信息": how it was checked between a count and its result). Left: nils of no cell ("未收到负面
  情况反映", "暂未建设政府公开平台"). Floors just under the strict harness's figures.
- real121.jsonl: REAL report prose of 2019–2025, stop 54's round: eight readers (四川; 辽宁, 吉林, 黑龙江; 内蒙古 and the
  west; 上海 districts and 杭州; 湖北 and 福建; 广东 and 海南; the north; 湖南), about 610 look-ups for 109 passages of 61
  reports, 394 counts, 108 naming a cell; every reader found about 90% of what the search returned already used. Scored
  blind at 21ceeaa (one commit after the stop's start, a negative grid's): recall 95.9% (captured 98.2%), link recall
  97.2% (105/108), link precision 98.9% (90/91), 3 false counts (none a date, document number, phone number or ordinal:
  "一件一审", "26个试点领域", a second nil its reader did not list). Tuned on since ("任何机构和个人" every applicant;
  "主动公开行政许可信息1499项" the decisions' records, a reading; "2件已按规定向申请人提供相关政策" granted, a reading;
  "一件一审" no count). Left: nils of no cell ("未涉及国家秘密、商业秘密和个人隐私", "无重大事故"), distances in an
  organ's address. Floors just under the strict harness's figures.
- real122.jsonl: REAL report prose of 2019–2025, stop 54's second round: three readers on real121's leads (湖北 city and
  district bodies; 上海 宝山 and 杭州 上城; 临沂 and 衡阳 county bodies; a fourth, 内蒙古 and the north-east, found none
  unused), about 290 look-ups for 38 passages of 17 reports, 147 counts, 51 naming a cell. Scored blind at 20d3b09 (after
  real121's tuning): recall 95.2% (captured 96.6%), link recall 94.1% (48/51), link precision 100% (43/43), no false
  count. Tuned on since ("不存在行政纠错情况", "未发生纠错情况": a nil of either group's 纠错, readings; "一件为个人申请工龄去销
  方面内容": the natural persons'). Left: "一件为…志愿者协会申请" (its reader: 社会公益组织; an association's kind is not
  sure), nils of no cell ("不存在信息虚假、信息出错或不完整的情况"). Floors just under the strict harness's figures.
- real123.jsonl: REAL report prose of 2019–2025 (a few older), stop 55's round: six readers sent to flipbook pages (a
  report's book, each page stored whole: its later sections) found only seven such pages in the search's store (威海
  文登's and 德州's books), and took the freshest openings instead (reports on 2024 and 2025 published in 2026: 山东
  portals, 深圳 福田, 沈阳 浑南 and others); about 290 look-ups for 238 passages of 150 reports, 782 counts, 134 naming a
  cell (197 more passages the readers took were already in the sets). Scored blind at 9e19a23 (the stop's start): recall
  96.7% (captured 98.0%), link recall 94.0% (126/134), link precision 97.5% (119/122), 6 false counts (none a date,
  document number, phone number or ordinal: "三个安全、三个环境、三个质量", "这两个模块", "4个工作日" in 个, and a nil of the
  received read in a line cut after its cause, "未发生因政府信息公开申请引"). Tuned on since (the cause after a nil's trigger
  names no application or reply denied; "目前…在运行的共6件" in force; "其中4宗申请人已主动撤销申请" readings; "群众依申请公开
  信息的申请0次" the received; "39项年度重点任务" a count; nils of 人大代表建议, 政协提案 and 责任追究 after 无; the slogans).
  Left: "共受理4申请公开政府信息" (no unit), "共收到2个自然人的…申请" (people, not applications: `for_unit`), "办理部门依申请
  信息公开19件", nils its readers alone listed ("无政府网站建设管理情况"). Floors just under the strict harness's figures.
- real124.jsonl: REAL report prose, stop 55's second round: five readers by region asked for reports on 2025; the store
  gave few (most of what came back was used), so two readers took older reports no round had (上海 districts 2005–2015,
  北京 districts 2009–2018): about 420 look-ups for 163 passages of 89 reports (135 passages of reports before 2019), 481
  counts, 35 naming a cell. Scored blind at eb3f1b1 (after real123's tuning): recall 95.4% (captured 96.3%), link recall
  100% (35/35), link precision 88.6% (31/35), 10 false counts (six shares after "约为" its reader marked approximate,
  "是一项“阳光工程”", "一支…队伍", "一周更新发布一次", a nil of 不予公开 in "关于政府信息公开和不予公开的申请"; none a date, document
  number, phone number or ordinal). Tuned on since ("设立1个政府信息公开申请受理点": places, no applications; "收到政府信息
  公开行政复议申请10件，受理10件": no 表三 cell; applications about 不予公开 deny no result; "是一项"; 约为 approximate).
  Floors just under the strict harness's figures.
- real125.jsonl: REAL report prose of 2008–2020, stop 55's third round: three readers on the leads the second round named
  (北京 and 上海 districts' old reports, 天津, 青岛; 深圳 福田 and 郑州 platforms), about 210 look-ups for 117 passages of 84
  reports, 284 counts, 8 naming a cell (their openings count staff, reception points and meetings more than
  applications). Scored blind at 2a6b4e1 (after real124's tuning): recall 96.5% (captured 96.5%), link recall 100% (8/8),
  link precision 100% (8/8), 11 false counts, four of the issue's forbidden kinds: a list item's number ("(2)部门预算
  信息"), meetings' numbers in their series ("经市政府129次常务会议和市委209次常委会议审议通过"), dates run together
  ("20091120091231间"). Tuned on since (those three, "迈上一个新的台阶", "四个零事项"). Left: its reader's conventions ("2万余元"
  as 20000 元, "新增…1人" as a change). Floors just under the strict harness's figures.
- real126.jsonl: REAL report prose of 2008–2023, stop 55's last round: two readers on the search budget's last 70 look-ups
  (北京 city bureaus and districts; 天津, 上海 青浦 and 浦东 towns) for 71 passages of 41 reports, 217 counts, 33 naming a
  cell. Scored blind at 67615dc (after real125's tuning and a negative grid's): recall 97.2% (captured 99.1%), link
  recall 97.0% (32/33), link precision 93.8% (30/32), 1 false count (not of the forbidden kinds). Tuned on since
  (documents listed by disclosure attribute, "依申请公开2条,不予公开信息31条": no applications). Left: "共制发了6件区政府规范性
  文件" in a 2018 report (its reader: no 表二 then), "咨询说明和其他的9件" (its reader: 其他处理). Floors just under the
  strict harness's figures.
- real127.jsonl: REAL report prose of 2004–2024, stop 56's round: eight readers by region on a fresh search budget (639
  look-ups) found every report of 2019–2025 the store returned used already, so took old reports (2004–2018, one of 2024)
  of every province: 501 passages of 290 reports, 1,182 counts, 89 naming a cell (mostly nils of the received and of
  表四). Scored blind at 9c84eae (stop 55's end): recall 95.8% (captured 95.9%), link recall 94.4% (84/89), link
  precision 97.7% (84/86), 19 false counts (one of the forbidden kinds: a day whose 日 was lost, "12月31期间", read as 31
  期). Tuned on since (complaints about the work of applications, "未收到与依法申请公开工作有关的举报和投诉"; the received
  denied with 的 between; "十一部分" inside "一部分"; 部份; that date). Left: its readers' conventions (durations, ranks'
  thresholds, "两项"), "无依申请公开政府信息和不予公开政府信息的情况" in a 2018 report (its reader: no 不予公开 cell before the
  2019 form; the seen readers of 2019–2024 reports name it). Floors just under the strict harness's figures.
- real128.jsonl: REAL report prose of 2008–2025, stop 56's second round: four readers on the leads the first left (北京 and
  天津 bureaus, 南京, 温州, 吉林, 长春, 福建 counties, 衡阳, 深圳), the search budget's next 315 look-ups: 152 passages of 88
  reports, 422 counts, 42 naming a cell. Scored blind at 18f7b13 (after real127's tuning): recall 97.2% (captured 97.2%),
  link recall 100% (42/42), link precision 97.4% (38/39), 2 false counts (none of the forbidden kinds). Tuned on since (the
  fee's nil without 的 and by whom it would be paid, 俩, 约占 farther from its share). Left: "不存在不予公开政府信息" in a 2012
  report (its reader: no cell before the 2019 form; the seen readers of old reports split, 6 of 8 name 不予公开), a fee's nil
  said alone under its heading ("2017年未收取任何费用。"), "共7个部分" (its reader's unit 个部分). Floors just under the strict
  harness's figures.
- real129.jsonl: REAL report prose of 2005–2025, stop 57's round: eight readers by region on a fresh search budget (673
  look-ups) found almost every report the store returned used already (its pages hold only each page's opening): 246
  passages of 143 reports, 809 counts, 69 naming a cell. Scored blind at 7194260 (after this stop's first changes, made
  on real127's misses before the round came back): recall 97.3% (captured 97.4%), link recall 92.8% (64/69), link
  precision 96.6% (57/59), 11 false counts (none of the forbidden kinds; five are time limits, "15个工作日内", which its
  reader alone of the round left out). Tuned on since (a nil list a semicolon cut, "不涉及…不予公开及咨询政府信息情况;申请行政
  复议、提起行政诉讼和申诉的情况"; "四大方面" glued by jieba; "未予收费"; no 表二 cell before the first form). Left: "无一起败诉或
  撤销" (its readers: the sum of both tables' 纠错, or 撤销 as 复议's), a passage cut at "提起行" where its page ends. Floors
  just under the strict harness's figures.
- real130.jsonl: REAL report prose of 2008–2024, stop 57's second round: five readers on the first round's leads (广元,
  张家川, 天水; 安源, 贵溪, 攸县; 图们, 齐齐哈尔, 怀柔, 密云; 山东 counties' old reports; 海南 and 广东 towns), the search
  budget's next 285 look-ups: 287 passages of 154 reports, 784 counts, 135 naming a cell (three passages of a page real99
  had read taken out before scoring; row ids written without the column given it). Scored blind at 176134b (after
  real129's tuning and the negative grid's): recall 95.0% (captured 96.2%), link recall 88.9% (120/135), link precision
  97.4% (112/115), 7 false counts (none of the forbidden kinds). Nine of its 15 cells missed are one passage's 表二 items
  said as prose for the year before and this one ("2020年主动公开行政许可33项…2021年新增公开行政许可0项": its reader's 上一年项目
  数量 and 本年增/减). Tuned on since (the replies that name the applications after messages' replies, 受理 among the items
  after a comma, 约 glued to the word before). Left: that passage, "没有制作和公开新的规章" in a report on 2021 its reader read in
  the 2019 form, "接受、答复个人公开申请12人次", levels ("三级审核制度": listed at 6 of the 62 places the seen sets print one, all 6 in this set).
  Floors just under the strict harness's figures.
- real131.jsonl: REAL report prose of 2004–2025, stop 58's round: ten readers on a fresh search budget (national
  agencies on their ministries' sites, vanished bureaus of 2008–2018, traditional-character copies, 浙江/江苏, 山东 and
  东北, 闽赣湘鄂, the west, the leads each left): 483 passages of 278 reports, 1,174 counts, 120 naming a cell (the stored
  pages hold only each page's opening, so few cells). Scored blind at dfcad2d (after the stop's first changes, made
  before the round came back): captured 95.7% (96.1% once the harness took the unit 个部分, below), link recall 95.8%
  (115/120), link precision 96.6% (112/116), 18 false counts (13 with that harness; none of the forbidden kinds). Tuned on since (the letters
  replied to after the messages, lists counted after their names, 行政 before a bare outcome, applicants with 社会组织, a
  fee's nil beside the law). Left: nils of no cell said without a word of a happening ("无重大工程建设项目", "无一差错"),
  ranges ("1-3名": readers list one bound or both), 不予公开信息N条 among the kinds of information made (18 of 22 seen
  readings name no cell). Floors just under the strict harness's figures.
- real131r.jsonl: the 483 passages of real131 read again by four other readers under the same rules (not shown the first
  counts, nor the code): 1,171 counts, 123 naming a cell; the cells agree (the second names 118 of the first's 120, the
  first 118 of the second's 123). Scored against it at the blind commit: link recall 95.9% (118/123), link precision
  97.4% (113/116), captured 96.2%. Floors just under the strict harness's figures.
- real132.jsonl: REAL report prose of 2005–2025, stop 58's second round: four readers on the first round's leads (民政
  and provincial 厅 of 2008–2015, old reports 吉林 and 山东 sites re-posted, rarely read organs and reports on 2025,
  ministries and 上海 city bureaus), the budget's last 180 look-ups: 133 passages of 72 reports, 360 counts, 24 naming a
  cell. Scored blind at 3e7710d (after real131's tuning): captured 93.9% (94.7% once the harness took 个 for a unit that
  opens with it, "5个工作日"), link recall 95.8% (23/24), link precision 100% (22/22), 6 false counts (3 with that harness;
  none of the forbidden kinds). Its misses are nearly all counts of no cell its readers alone list (levels, "五大职能",
  ranges, figures whose page lost the unit); "其中4件不属于本行政机关公开范围" is 本机关不掌握 to its second reading and to 5 of
  12 seen readings, a reading only to its first: left as the cell. Floors just under the strict harness's figures.
- real132r.jsonl: the 133 passages of real132 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 356 counts, 26 naming a cell; the cells agree (the second names 23 of the first's 24, the first
  23 of the second's 26). Scored against it at the blind commit: link recall 92.3% (24/26), link precision 100% (22/22),
  captured 95.5%. Floors just under the strict harness's figures.
- real133.jsonl: REAL report prose of 2008–2025, stop 59's first round on a fresh search budget: eight readers by region
  and organ (陕西 counties and 西咸新区, 潍坊 and other 山东 units, 上海 bureaus, 北京 and 天津, rarely read organs, 河南 河北
  安徽, 广东 广西 海南, 重庆 四川 湖南), about 730 look-ups: 332 passages of 188 reports, 997 counts, 147 naming a cell (the
  stored pages hold each page's opening; 85–95% of what the searches returned was already read). Scored blind at cf7bfc2
  (after the stop's first changes, made before the round came back; 29a79c9, the stop's start, reads it the same):
  captured 95.7% (95.9% once the harness took an amount in 元 as the same in 万元 or 亿元), link recall 85.0% (125/147),
  link precision 94.9% (112/118), 12 false counts (10 with that harness; none of the forbidden kinds). Tuned on since (a
  reason in quotes before its reply, 废止 with organs before the documents, an organ's cases of disclosure among its 复议
  and 诉讼, 不存在 before a quoted result, 暂无废止, 未受到, replies on a platform of exchange, a bare verb read with its object
  after the count, a bracketed count said not to be of the words before, 门户 after a count's unit, 压减 as a change, a
  cause ending in how the work failed): captured 96.6%, link recall 89.8%, link precision 97.5%. Left: 表二's items of a
  2019 report said with 增加/减少 and titles before the count; "未发生…行政复议和行政诉讼结果纠正等情形" (both readings:
  the totals; read as 纠正); lists of 表二 rows with their units lost ("行政事业性收费0"); levels ("三级", both readings
  list them here, 35 of 302 seen readings). Floors just under the strict harness's figures.
- real133r.jsonl: the 332 passages of real133 read again by six other readers under the same rules (not shown the first
  counts, nor the code): 982 counts, 152 naming a cell; the cells agree (the second names 143 of the first's 147, the
  first 143 of the second's 152). Scored against it at the blind commit: link recall 84.2% (128/152), link precision
  95.8% (113/118), captured 96.0% (96.1% with the harness of money's units). After real133's tuning: 88.8%, 98.3%, 96.8%.
- real134.jsonl: REAL report prose of 2006–2024, stop 59's second round: four readers on the first round's leads (西咸新区
  and 汉中, 北京 西城 and 东城, 上海 bureaus, 安徽 浙江 吉林), the budget's last 240 look-ups: 89 passages of 52 reports, 208
  counts, 15 naming a cell (85–95% of what the searches returned was already read). Scored blind at e0bd3e0 (after
  real133's tuning): captured 97.6%, link recall 93.3% (14/15), link precision 100% (12/12), 1 false count (none of the
  forbidden kinds).
- real134r.jsonl: the 89 passages of real134 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 206 counts, 15 naming a cell; the cells agree (each names 13 of the other's 15). Scored against
  it at the blind commit: link recall 86.7% (13/15), link precision 100% (12/12), captured 98.5%.
- real135.jsonl: REAL report prose of 2009–2025, stop 60's first round: eight readers by region (甘肃 宁夏 青海 新疆, 贵州
  云南 西藏, 东北 and 内蒙古, 山西 河北, 江西 福建, 江苏 浙江, 湖北 湖南, provinces' departments), about 715 look-ups: 236
  passages of 138 reports, 675 counts, 71 naming a cell (the stored pages hold each page's opening; about 90% of what the
  searches returned was already read, so many passages are openings that count the report's parts). Scored blind at
  95ab79b (stop 59's submission): captured 98.8%, link recall 95.8% (68/71), link precision 96.9% (62/64), 3 false counts
  (none of the forbidden kinds). Tuned on since (letters replied to earlier in the sentence against a later clause that
  names the applications, 的 between a reply and the applications, application items counted as a clause of their own, a
  12345 platform's received, fees not charged to applicants, reforms named by their lists): captured 98.8%, link recall
  98.6%, link precision 100%. Left: "收到…申请政府信息公开1人次" (a count of people; seen readers split); nils of no cell
  about the organ's own website ("尚未建立政府门户网站", "无空白栏目"); "总投资50.27亿" (亿 with no 元).
- real135r.jsonl: the 236 passages of real135 read again by four other readers under the same rules (not shown the first
  counts, nor the code): 668 counts, 72 naming a cell; the cells agree (the second names 71 of the first's 71, the first
  72 of the second's 72; strictly, without readings, 70 of 71 and 70 of 72). Scored against it at the blind commit: link
  recall 94.4% (68/72), link precision 95.3% (61/64), captured 98.7%. After real135's tuning: 98.6%, 100%, 98.7%.
- real136.jsonl: REAL report prose of 2008–2025, stop 60's second round: five readers on the first round's leads (吉林 and
  provinces' departments, 莆田 and 江西, 湖北 湖南 山西 河北, 江苏 浙江, 西南 西北 东北: the last found nothing unread),
  about 225 look-ups: 126 passages of 67 reports, 314 counts, 22 naming a cell (mostly older reports' openings: the
  stored pages of the leads were nearly all read). Scored blind at d1dab8f (after real135's tuning): captured 90.8%
  (93.6% once the harness took no unit for "六部分", the noun itself, as two of its readers wrote it), link recall 86.4%
  (19/22), link precision 94.7% (18/19), 14 false counts (5 with that harness; none of the forbidden kinds). Tuned on since
  (requests to disclose listed before a case of 表四, one channel's applications right after 共收到 as readings, an idiom of
  handling each one, 阅览量, 比增/比降, a fee not charged): captured 95.2%, link recall 100%, link precision 100%. Left: a
  town's geography in a mirror's opening ("距市区85公里", 公里 stays a blocker), floor areas in 万㎡, nils of funds ("未投入
  专项工作资金", new to every set), "无重大公共政策决策过程、政策解读" (two nils of no cell, one read).
- real136r.jsonl: the 126 passages of real136 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 314 counts, 22 naming a cell; the cells agree (22 of 22 both ways, strictly too; 114 of the 126
  passages list the same values: short openings). Scored against it at the blind commit: link recall 86.4% (19/22), link
  precision 94.7% (18/19), captured 93.6%. After real136's tuning: 100%, 100%, 95.2%.
- real137.jsonl: REAL report prose of 2014–2023, stop 60's last look-ups: one reader on organs barely read (development zones'
  管委会, 海事局, 口岸办, 科技局, 调查总队): 19 passages of 13 reports, 52 counts, 6 naming a cell. Scored blind at 06cea51
  (after real136's tuning): captured 100%, link recall 100% (6/6), link precision 100% (4/4), no false count. The reader's
  35 passages of academy institutes' reports (中国科学院's, under their own rules: no administrative organ's) are left out
  of the set; scored with it at 06cea51: captured 95.1%, link recall 94.1% (16/17), link precision 93.8% (15/16), not
  tuned on.
- real137r.jsonl: the 19 passages of real137 read again by another reader under the same rules (not shown the first counts,
  nor the code): 46 counts, 6 naming a cell; the cells agree (6 of 6 both ways, strictly too). Scored against it at the blind
  commit: captured 100%, link recall 100% (6/6), link precision 100% (4/4); its reader left out the report's parts ("七个部分"),
  6 false counts here.
- real138.jsonl: REAL report prose of 2008–2024, stop 61's first round: eight readers by region (吉林 黑龙江, 福建, vertical and
  national organs, 山东 河南, 广东 广西 海南, 皖赣鄂湘, 西南 and 内蒙古, 冀晋辽陕), about 460 look-ups: 116 passages of 73 reports,
  269 counts, 30 naming a cell (the stored pages of every region were nearly all read: mostly openings, a third of them
  counting the report's parts). Scored blind at c7d3c7e (stop 60's submission): captured 97.8%, link recall 86.7% (26/30),
  link precision 95.8% (23/24), 4 false counts (none of the forbidden kinds). Tuned on since (自然人和机构 as every kind of
  applicant, "一项根本措施", an office's numbered division "秘书一处"; with real139's, a 2015 report's "公开规范性文件2192件"
  read in the first form's columns too): link recall 93.3%, link precision 100%. Left: a page cut mid-word ("未收到政府信息
  公开申"); "受理…申请公开政府信息和不予公开政府信息0条" (one printed 0 for two items, both readings: the received); nils of
  meetings not held ("未举行社会听证会").
- real138r.jsonl: the 116 passages of real138 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 272 counts, 29 naming a cell; the cells agree (29 of the first's 30, 28 of the second's 29).
  Scored against it at the blind commit: captured 96.7%, link recall 86.2% (25/29), link precision 95.8% (23/24). After
  real138's tuning: 96.7%, 89.7%, 100%.
- real139.jsonl: REAL report prose of 2008–2024, stop 61's second round: six readers on the first round's leads (the sites
  they found least read), about 360 look-ups: 68 passages of 37 reports, 183 counts, 11 naming a cell (openings: the stored
  pages hold a page's first ~1,500 characters). Scored blind at 443df6a (after real138's tuning): captured 95.1%, link recall
  90.9% (10/11), link precision 72.7% (8/11), 1 false count. Its three wrong links are one reader's reading of a 2015 report's
  old reply categories as no cell ("同意公开答复的5件", "不属于本行政机关公开的4件", "不同意公开答复的1件": granted, not held and
  denied to the extractor, as to most seen readers and to this set's second reading, which gives them as readings). Tuned on
  since: a pre-2019 report's count of documents is read in the first form's columns too ("公开规范性文件4件": 新公开 to both
  readings). Left: a page cut mid-sentence ("未收到政府"); counts of levels, key areas and staff with no unit ("三级审批",
  "10大重点领域", "1专职").
- real139r.jsonl: the 68 passages of real139 read again by another reader under the same rules (not shown the first counts,
  nor the code): 183 counts, 13 naming a cell; the cells agree (11 of the first's 11, 11 of the second's 13). Scored against
  it at the blind commit: captured 95.1%, link recall 84.6% (11/13), link precision 100% (11/11). After real139's tuning:
  92.3%, 100%.
- real140.jsonl: REAL report prose of 2018–2025, stop 61's third round: two readers on the sites the second found least
  read, about 120 look-ups: 22 passages of 13 reports, 86 counts, 24 naming a cell. Scored blind at eed586f (after real139's
  tuning): captured 95.3%, link recall 87.5% (21/24), link precision 100% (17/17), no false count. Tuned on since (规章
  denied bare, "2023年度无相关规章、规范性文件等信息需主动公开": a nil of each, issued): 97.7%, 95.8%, 100%. Left: approvals
  handled read as licences by both readings ("全年共办理审批业务20件").
- real140r.jsonl: the 22 passages of real140 read again by another reader under the same rules (not shown the first counts,
  nor the code): 85 counts, 26 naming a cell; the cells agree (24 of 24, 26 of 26). Scored against it at the blind commit:
  captured 95.3%, link recall 88.5% (23/26), link precision 100% (17/17). After real140's tuning: 97.6%, 96.2%, 100%.
- real141.jsonl: REAL report prose of 2008–2025, stop 62's first round: three readers on the sites least read (湖南 and
  福建; 黑龙江, 辽宁, 河北 and 湖北; 四川 and 云南, and what their queries found beyond), about 235 look-ups: 101 passages of
  48 reports, 314 counts, 38 naming a cell. Scored blind at 4574964 (stop 62's probe fixes): captured 96.5%, link recall
  92.1% (35/38), link precision 100% (30/30), 5 false counts (one passage, "全年未发生针对我镇", was completed to its page's
  sentence before scoring: its reader had copied only the cut tail). Tuned on since (规章 first of a nil list with the organ
  named after the year, "2022年,峪山镇无规章、行政规范性文件、行政许可…信息公开"; 美元; "三次产业", "四个民主", "打造了一个"):
  97.8%, 97.4%, 100%. Left: "全年共制0条行政规范性文件" (制 for 制发), ratios ("0.3:41.1:58.6"), nils of fees for disclosure
  (收费及减免: one nil to its reader, two to the extractor).
- real141r.jsonl: the 101 passages of real141 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 297 counts, 38 naming a cell; the cells agree (38 of 38 both ways). Scored against it at the
  blind commit: captured 96.0%, link recall 92.1% (35/38), link precision 100% (30/30). After real141's tuning: 97.6%,
  97.4%, 100%. Its readers left out the number of a report's parts ("全文包括…六个部分"): most of its 20 false counts.
- real142.jsonl: REAL report prose of 2008–2023, stop 62's second round: three readers on the first round's leads (湖南 and
  安徽 department sites, 湖北 and 黑龙江 districts, mirrors and town sites), about 215 look-ups: 48 passages of 26 reports,
  100 counts, 12 naming a cell (two of the three readers found almost every page the store returned already read).
  Scored blind at 7ac3342 (after real141's tuning): captured 100%, link recall 91.7% (11/12), link precision 100%
  (10/10), no false count. Tuned on since (the public as the subject of 申请, no verb of receiving: "辖区5名群众申请公开
  政府信息9件"): 100%, 100%, 100%.
- real142r.jsonl: the 48 passages of real142 read again by another reader under the same rules (not shown the first
  counts, nor the code): 100 counts, 12 naming a cell; the cells agree (12 of 12 both ways). Scored against it at the
  blind commit: captured 100%, link recall 91.7% (11/12), link precision 100% (10/10). After real142's tuning: 100%,
  100%, 100%.
- real143.jsonl: REAL report prose of 2009–2024 (mostly 2013), stop 62's third round: three readers on the second round's
  leads (浙江's 2008–2015 reports, 吉林 and 四川 districts) and, as those were found read, on bureaus by type and year
  ("卫生局2013年政府信息公开工作年度报告"), about 260 look-ups: 117 passages of 66 reports, 295 counts, 32 naming a cell.
  Scored blind at 6383c7a (after real142's tuning and three probe edits): captured 96.6%, link recall 93.8% (30/32),
  link precision 100% (28/28), 2 false counts (one reader's cell id "t3.denied.third_party" was written with its column,
  .total, before scoring). Tuned on since (完成处理 as the handled; "收到…行政复议19件,均未被撤销或责令重新办理": a nil of
  the corrected, either group's a reading): 96.9%, 100%, 100%. Left: anniversaries ("实施六周年", listed by 1 of 11 seen
  readings), "翻了一番", a project's phase ("南水北调东线一期"), "冬粉" (a mirror's word for 粉丝).
- real143r.jsonl: the 117 passages of real143 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 296 counts, 32 naming a cell; the cells agree (32 of 32 both ways). Scored against it at the
  blind commit: captured 96.3%, link recall 93.8% (30/32), link precision 100% (28/28). After real143's tuning: 96.6%,
  100%, 100%.
- real144.jsonl: REAL report prose of 2009–2018, stop 62's fourth round: three readers on bureaus by type and year
  (commerce, tourism, culture, archives; food and drugs, housing, planning, land, water, forestry; transport, human
  resources, civil affairs, education, police, audit), about 105 look-ups: 117 passages of 64 reports, 242 counts, 18
  naming a cell. Scored blind at ce461bb (after real143's tuning): captured 98.8%, link recall 100% (18/18), link
  precision 100% (14/14), 4 false counts. Tuned on since (not a nil of 举报 inside the bracket that says what 申诉 includes,
  "行政复议案、行政诉讼案和申诉案(包括信访、举报)"; "成熟一项发布一项", a way of working): 1 false count. Left: "四大微博"
  (a count with no unit), "有一个基本的了解" (an article).
- real144r.jsonl: the 117 passages of real144 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 240 counts, 17 naming a cell; the cells agree (17 of the first's 18, 17 of the second's 17).
  Scored against it at the blind commit: captured 98.8%, link recall 100% (17/17), link precision 100% (14/14).
- real145.jsonl: REAL report prose of 2007–2018, stop 62's fifth round: two readers on traditional-character reposts and
  on sites that serve many organs' reports (上海 police branches, 合肥瑶海, 淄博, 北京西城, 山东 counties), about 115
  look-ups: 49 passages of 26 reports, 138 counts, 14 naming a cell (the store nearly spent: nine of ten reports returned
  were read). Scored blind at 1fc6072 (after real144's tuning): captured 96.4%, link recall 92.9% (13/14), link precision
  100% (12/12), no false count. Tuned on since ("没有单位和个人向我单位提出申请信息公开事项": none received; "不存在向申请人收取
  费用": a nil of the fee): 97.8%, 100%, 100%. Left: "两大载体" (大 as a unit, s61), "没有需要解释的专有名词".
- real145r.jsonl: the 49 passages of real145 read again by another reader under the same rules (not shown the first
  counts, nor the code): 138 counts, 14 naming a cell; the cells agree (14 of 14 both ways). Scored against it at the
  blind commit: captured 96.4%, link recall 92.9% (13/14), link precision 100% (12/12). After real145's tuning: 97.8%,
  100%, 100%.
- real146.jsonl: REAL report prose of 2007–2021, stop 63's first round: four readers on 北京's 2008–2016 reports, 上海's
  districts, 江苏/浙江/山东/安徽 counties and traditional-character reposts, about 390 look-ups (the store nearly spent:
  one reader's 112 look-ups found 41 pages, mostly 2015–2019 county bureaus; the other three's 280 found 40): 156 passages
  of 81 reports, 389 counts, 50 naming a cell. Scored blind at 7b57482 (after the stop's count-first and 办理完毕 probe
  fixes): captured 97.2%, link recall 92.0% (46/50), link precision 100% (42/42), 6 false counts. Tuned on since (a nil's
  cause naming happenings before the comma, "未因…不作为、不依法作为等情况,而发生…行政复议和行政诉讼案件"; 撤消 and "其他未有结果"
  after a reconsideration's count; fees charged for a list of services; "现未产生上述情况"; "一支…队伍", "作为…的一项"): 98.2%,
  100%, 100%, 3 false. Left: "2个多月" (个 read as the unit, its reader's 个月), "六大模板" (大 as a unit, s61), two nils said
  again after 因此 (one nil to its readers; real10's, real42's and real63's readers listed both).
- real146r.jsonl: the 156 passages of real146 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 391 counts, 50 naming a cell; the cells agree (50 of 50 both ways). Scored against it at the
  blind commit: captured 96.7%, link recall 92.0% (46/50), link precision 100% (42/42). After real146's tuning: 97.7%,
  100%, 100%.
- real147.jsonl: REAL report prose of 2014–2019, stop 63's second round: four readers on 2015–2019 county and district
  bureaus by region (广东/广西/海南/福建; 江苏/浙江/上海/安徽/江西; 山东/河南/河北/山西/天津/北京; the centre, west and north-east),
  418 look-ups: 91 passages of 52 reports, 232 counts, 36 naming a cell (nearly every page returned already read). Scored
  blind at 3e4d0f2 (after real146's tuning): captured 99.1%, link recall 97.2% (35/36), link precision 96.8% (30/31), no
  false count. Tuned on since (a credit platform's records "其中自然人1.13亿条" are no applicant's; "(二)依申请政府信息公开44件"
  a reading of the received; copying and post fees alone; "不屬于本行政機關公開信息1件" as not held, as its second reader and
  s48's readers read it, not its first): 99.6%, 97.2%, 96.8%. Left: "依申请政府信息公开44件" broken down into results, the
  handled to its reader (a reading of the received here), and the not held split between its readers.
- real147r.jsonl: the 91 passages of real147 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 231 counts, 38 naming a cell; the cells agree (the second names 35 of the first's 36, the first 35
  of the second's 38: the old form's 不属于本机关 and 信息不存在, and 处理申请 as received or handled). Scored against it at the
  blind commit: captured 99.1%, link recall 94.7% (36/38), link precision 96.8% (30/31). After real147's tuning: 99.6%,
  100%, 100%.
- real148.jsonl: REAL report prose of 2008–2022, stop 63's third round: two readers, on 街道, 乡镇 and county bureaus of
  2019–2021 in the provinces least read (who found public institutions unread: hospitals, 疾控中心, schools) and on
  provincial and city departments of 2013–2018, 164 look-ups: 74 passages of 47 reports, 233 counts, 27 naming a cell.
  Scored blind at fedba8e (after real147's tuning): captured 96.6%, link recall 85.2% (23/27), link precision 100% (21/21),
  no false count. Tuned on since ("无外单位和个人向我院申请公开信息": none received; "不涉及政府信息公开收费"): 97.4%, 88.9%,
  100%. Left: a bare "無。" whose heading (申請公開政府信息和不予公開政府信息的情況) is the paragraph before, which a passage read
  alone lacks (two cells); "行政许可项目0项" (items, no cell by the rule that reads "行政许可事项N项" so; a cell to its reader).
- real148r.jsonl: the 74 passages of real148 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 225 counts, 26 naming a cell; the cells agree (the second names 26 of the first's 27: "無。" after
  its heading one nil, of the applications, not two). Scored against it at the blind commit: captured 96.9%, link recall
  88.5% (23/26), link precision 100% (21/21). After real148's tuning: 97.8%, 92.3%, 100%. One of its readers left out the
  report's parts (7 false counts).
- real149.jsonl: REAL report prose of 2018–2021, stop 63's fourth round: one reader on public institutions' reports
  (hospitals, 疾控中心, schools: none read before) with the last 20 look-ups: 14 passages of 6 reports (health bureaus,
  a hospital), 37 counts, 4 naming a cell. Scored blind at 3127f32 (after real148's tuning): captured 100%, link recall
  100% (4/4), link precision 100% (4/4, the strict harness 3 of 4: "答復公開申請1件" the handled to the extractor, the
  received to its reader, the handled its reading), 1 false count ("無收費及減免情況" one nil to its reader, two here).
- real149r.jsonl: the 14 passages of real149 read again by another reader (not shown the first counts, nor the code): 37
  counts, 4 naming a cell; the cells agree (4 of 4 both ways). Scored against it at the blind commit: the same figures.
- real150.jsonl: REAL report prose of 2008–2025, stop 64's first round: six readers on fresh look-ups (public institutions:
  health bureaus, a 疾控中心, 中国科学院 institutes, colleges; vertically managed organs; the least-read provinces' towns;
  2008–2013 reports; 2015–2018 county bureaus), about 500 look-ups: 202 passages of 103 reports, 572 counts, 58 naming a
  cell. Scored blind at 720cf68 (after the stop's probe fix, before any tuning on it): captured 96.9%, link recall 91.4%
  (53/58), link precision 94.0% (47/50), 9 false counts. After tuning: 97.2%, 96.6% (56/58), 98.0% (50/51). Left: "無依申請
  公開事項" after none received (its reader: 办理结果总计; a reading of the received here), "不涉及…第二十条第(一)款…" (the
  form's 规章 and 规范性文件 to its reader), an institute's own 规范性文件 ("公布研究所制发的各类规范性文件共157件": no cell to
  its reader, made here), "無收費及減免" two nils (readers split), "现无专职人员" (a nil of no cell).
- real151.jsonl: REAL report prose of 2009–2025, stop 64's second round: one reader on research institutes' and universities'
  own reports (中国科学院 institutes, 高校信息公开 reports, 国家自然科学基金委员会) with 66 look-ups: 40 passages of 22 reports, 82
  counts, 2 naming a cell. Scored blind at e8ecda8 (after real150's tuning): captured 96.3%, link recall 100% (2/2), link
  precision 50.0% (2/4: an institute's own 规范性文件 read as 表二's, as in real150, and "受理1674个依托单位提出的各类申请" read as
  1674 applications), 0 false counts. After tuning: 96.3%, 100%, 100% (2/2).
- real150r.jsonl: the 202 passages of real150 read again by three other readers (not shown the first counts, nor the code):
  575 counts, 59 naming a cell; the cells agree (the second names 57 of the first's 58, the first 57 of the second's 59).
  Scored against it at the blind commit: link recall 89.8% (53/59), link precision 96.0% (48/50). Both readers of "未收到
  政府信息公開申請,無依申請公開事項" name 办理结果总计 for the second nil (seen readers split: the received, the handled, no
  cell): it is now a reading of both. Floors just under the strict harness's figures.
- real151r.jsonl: the 40 passages of real151 read again by another reader: 82 counts, 2 naming a cell; the cells agree (2
  of 2 both ways). Scored against it at the blind commit: the same figures as real151.
- real152.jsonl: REAL report prose of 2008–2025, stop 64's third round: four readers (county departments of 2019–2025 by
  place; Hunan's county sites; 2008–2014 reports of cities' department lists; Zhejiang's annual-report pages and unusual
  organs), about 310 look-ups: 148 passages of 76 reports, 425 counts, 37 naming a cell. Scored blind at f26c026 (after
  real150's and real151's tuning): captured 94.6%, link recall 97.3% (36/37), link precision 97.2% (35/36), 3 false
  counts. After tuning: 96.2%, 100% (37/37), 100% (35/35). The captured misses were mostly units of the work reported (座,
  公里, 千米; 米 is left out, which addresses print too: "东300米").
- real152r.jsonl: the 148 passages of real152 read again by two other readers (not shown the first counts, nor the code):
  426 counts, 40 naming a cell; the cells agree (the second names all 37 of the first's, the first 37 of the second's 40: "无
  依申请公开的政府信息" the granted, "继续有效20件, …废止4件" after a clean-up the cells). Scored against it at the blind commit:
  link recall 87.5% (35/40), link precision 91.7% (33/36). Left: "复议、诉讼…数量都为0" counts of 0 to this reader, nils to the
  first. Floors just under the strict harness's figures.
- real153.jsonl: REAL report prose of 2019–2021, stop 64's fourth round: one reader with the last 54 look-ups (county
  departments and towns of 2020–2021; public security bureaus the only vein left): 9 passages of 6 reports, 37 counts, 4
  naming a cell. Scored blind at 0ee8b2c: captured 94.6% (two counts of a hotline's cases printed with no unit, "交办件10"),
  link recall 100% (4/4), link precision 100% (4/4), 0 false counts.
- real153r.jsonl: the 9 passages of real153 read again by another reader: 37 counts, 6 naming a cell; the cells agree (the
  second names all 4 of the first's, the first 4 of the second's 6: "公开行政许可事项229条,行政处罚1123条" the 表二 items'
  decisions to this reader, readings to the first). Scored against it at the blind commit: link recall 100% (6/6), link
  precision 100% (4/4).
- real154.jsonl: REAL report prose of 2008–2022, stop 64's fifth round: one reader with the last 55 look-ups (public
  security bureaus; 2008–2011 reports by organ type): 20 passages of 13 reports, 80 counts, 6 naming a cell. Scored blind at
  9c8281c (after all of the stop's tuning): captured 98.8% (a nil of the fees charged to applicants not captured), link
  recall 100% (6/6), link precision 100% (6/6), 0 false counts.
- real154r.jsonl: the 20 passages of real154 read again by another reader: 80 counts, 6 naming a cell; the cells agree (6
  of 6 both ways). Scored against it at the blind commit: the same figures as real154.
- real155.jsonl: REAL report prose of 2008–2025, stop 65's first round: eight readers on a fresh search budget (the least-read
  provinces, vertically managed organs, development zones, 2008–2018 city and county reports), which found the stored pages
  nearly spent (525 look-ups): 104 passages of 44 reports, 307 counts, 65 naming a cell. Scored blind at f8cb7c2 (after the
  stop's first probe fixes): captured 99.0%, link recall 89.2% (58/65: "39件依申请公开政府信息均按时办结" not the handled, the old
  form's "同意公开答复的11件" beside the already published, "无单位和个人对本局提交…申请" no nil), link precision 100% (44/44), 3
  false counts (nils of fees its readers did not list).
- real155r.jsonl: the 104 passages of real155 read again by two other readers (not shown the first counts, nor the code):
  309 counts, 62 naming a cell; the cells agree (62 of the first's 65, 62 of 62: the old form's 属于已主动公开范围 is
  予以公开 to the first, no cell to the second). Scored against it at the blind commit: link recall 88.7% (55/62), link
  precision 100% (44/44).
- real156.jsonl: REAL report prose of 2008–2021, stop 65's second round: two readers through a crawled archive of 莆田's
  government site (changwu/putian-policy-opening-html), whose city and department reports of 2008–2018 no set had read (the
  archive's pages read whole, 203 look-ups): 951 passages of 140 reports, 3,099 counts, 585 naming a cell (392 passages
  cut one DOM node a line, figures split inside: "3" / "1条"). Scored blind at 1dbd195: captured 96.0%, link recall 90.9%
  (532/585), link precision 95.3% (508/533), 76 false counts (none a date, a document number, a phone number or an ordinal:
  nils of fees read one per item where its readers read the 收费 denied twice once, and nils under a heading). Its misses: a
  crawler's node a line not joined at a conjunction, a quote or a verb of receiving; a happening denied after it ("…的情况
  未发生"); the old form's "其他答复" read as the total of replies; counts up to a year's end "累计"; "依申请政府信息公开信息数";
  "依法公开" after the applications; nils under a heading the passage alone does not hold (24 of the 53 cells missed).
  s66 gave each passage of real155, real155r, real156 and real156r its heading ("h": the nearest heading line above it in
  its saved page, found by a script; 69 of real155's 104 passages, 912 of real156's 951), which `bench prose` reads before
  the passage, as the whole report does. Scored so at the blind commits: real156 link recall 94.4% (552/585), link precision
  95.5% (528/553), captured 97.0%; real156r 96.0% (549/572) and 95.3% (527/553); real155 and real155r unchanged.
- real156r.jsonl: the 951 passages of real156 read again by five other readers (not shown the first counts, nor the code):
  3,124 counts, 572 naming a cell; the cells agree (564 of the first's 585, 564 of the second's 572: the old form's
  "其他答复" 其他处理 to the first, no cell to the second, 12 times; 旅游行政许可事项 the licences' decisions to the first, a
  reading to the second). Scored against it at the blind commit: link recall 92.5% (529/572), link precision 95.1%
  (507/533). (One reading's alternative was written with a note inside it, "t3.granted.total (with the 86 已主动公开: 275)": the
  note was moved to its "why".)
- real157.jsonl: REAL report prose of 2008–2024, stop 66's first round: three readers on the stored pages (2008–2013 county
  departments and towns of the east, towns and county departments of 2014–2020 elsewhere, development zones and public
  institutions), who found them spent (282 look-ups): 87 passages of 44 reports, 226 counts, 36 naming a cell, each passage
  with the heading it sits under ("h", copied by its reader). Scored blind at 350afc3: captured 98.2%, link recall 94.4%
  (34/36: "所以无依申请公开政府信息…件数" a nil of the granted to its reader, of the received to us; "完成…留言和5个依申请公开的
  办理工作" the handled), link precision 100% (31/31), 3 false counts (none of the forbidden kinds: "最后一公里", an idiom;
  "八项民生工程", a programme's name; "8版面", a unit no set had shown).
- real157r.jsonl: the 87 passages of real157 read again by another reader (not shown the first counts, nor the code): 227
  counts, 36 naming a cell; the cells agree (36 of 36 both ways). Scored against it at the blind commit: link recall 94.4%
  (34/36), link precision 100% (31/31).
- real158.jsonl: REAL report prose of 2008–2025, stop 66's second round: three readers on the stored pages (广东's cities and
  departments, 吉林's and 云南's platforms, 浙江's and 四川's county sites), who found them spent (268 look-ups): 59 passages
  of 33 reports, 176 counts, 23 naming a cell, each with its heading ("h"). Scored blind at 940f1d5: captured 96.0%, link
  recall 78.3% (18/23: all five misses in one list of nils, "无同意公开、部分公开和未予公开的信息以及就…提出复议、诉讼和申诉情况",
  无 knowing no granted result), link precision 100% (13/13), 1 false count.
- real158r.jsonl: the 59 passages of real158 read again by another reader (not shown the first counts, nor the code): 177
  counts, 23 naming a cell; the cells agree (23 of 23 both ways). Scored against it at the blind commit: link recall 78.3%
  (18/23), link precision 100% (13/13).
- real159.jsonl: REAL report prose of 2008–2024, stop 67's round: four readers on the stored pages (big cities' streets and
  towns, 河北's and 江苏's towns, 福建's cities other than 三明, 平潭 and 莆田, 上海's districts), who found them spent (231 look-ups,
  stopping early): 41 passages of 25 reports, 135 counts, 20 naming a cell, each with its heading ("h"). Scored blind at
  590fa44: captured 100%, link recall 100% (20/20), link precision 100% (16/16), no false count (the same at the stop's
  start, 86027b9).
- real159r.jsonl: the 41 passages of real159 read again by another reader (not shown the first counts, nor the code): 134
  counts, 20 naming a cell; the cells agree (20 of 20 both ways). Scored against it at the blind commit: link recall 100%
  (20/20), link precision 100% (16/16), 1 false count ("两项标准化试点工作", a count to the first reader).
- real160.jsonl: REAL report prose of 2009–2023, stop 68's round: four readers on the stored pages (the north-west and
  south-west; 内蒙古, 黑龙江, 山西, 江西, 广西, 海南; vertically managed organs; 2008–2012 in 湖南, 湖北, 河南, 江西, 广西,
  贵州), who found them spent (168 look-ups, two readers finding nothing new): 13 passages of 7 reports, 44 counts, 2 naming
  a cell, each with its heading ("h"). Scored blind at 78af4d7: captured 100%, link recall 100% (2/2), link precision
  100% (2/2), no false count.
- real160r.jsonl: the 13 passages of real160 read again by another reader (not shown the first counts, nor the code): 41
  counts, 3 naming a cell; the second names both of the first's cells, the first 2 of the second's 3 ("依申请公开信息0条": the
  applications received to the second reader, only a reading of the granted to the first). Scored against it at the blind
  commit: link recall 100% (3/3), link precision 100% (2/2), 3 false counts (a list of what three letters were, "一件是…",
  counts to the first reader).
- real123r.jsonl: the 238 passages of real123 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 782 counts, 136 naming a cell; the cells agree (the second names 133 of the first's 134, the
  first 133 of the second's 136). Scored against it at the blind commit: link recall 92.6% (126/136), link precision
  97.5% (119/122). Floors just under the strict harness's figures.
- real124r.jsonl: the 163 passages of real124 read again by another reader under the same rules (not shown the first
  counts, nor the code): 477 counts (all but 4 of the first's: parts and descriptive counts left out), 36 naming a cell;
  the cells agree (35 of 35, 36 of 36). Scored against it at the blind commit: link recall 97.2% (35/36), link precision
  88.6% (31/35). Left: "收到…行政复议申请10件，受理10件" (its second reader: 受理 the same cases, 复议's). Floors just under
  the strict harness's figures.
- real125r.jsonl: the 117 passages of real125 read again by another reader under the same rules (not shown the first
  counts, nor the code): 286 counts (282 of the first's 284 found), 8 naming a cell; the cells agree (8 of 8 both ways),
  and this reader too left out the meetings' numbers ("市政府129次常务会议"). Scored against it at the blind commit: link
  recall 100% (8/8), link precision 100% (8/8), 8 false counts. Left: "四个零事项" (its first reader: a list's name, no
  count; this one: 4). Floors just under the strict harness's figures.
- real126r.jsonl: the 71 passages of real126 read again by another reader under the same rules (not shown the first
  counts, nor the code): 217 counts (214 of the first's), 38 naming a cell (row ids written without the column given it);
  the second names all 33 of the first's cells, the first 33 of the second's 38 (old reports' results: "属于公开范围的55件",
  "“信息不存在”1件"). Scored against it at the blind commit: link recall 92.1% (35/38), link precision 96.9% (31/32).
  Left: "咨询说明和其他的9件" (both readers: 其他处理), "没有以组织名义提交的…申请" (a nil of the organisations' columns).
  Floors just under the strict harness's figures.
- real127r.jsonl: the 501 passages of real127 read again by four other readers under the same rules (not shown the first
  counts, nor the code): 1,181 counts, 89 naming a cell; the cells agree (the second names 88 of the first's 89, the
  first 88 of the second's 89). Scored against it at the blind commit: link recall 94.4% (84/89), link precision 97.7%
  (84/86), captured 96.0%. Floors just under the strict harness's figures.
- real128r.jsonl: the 152 passages of real128 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 385 counts, 44 naming a cell; the cells agree (the second names all 42 of the first's, the first
  43 of the second's 44: "不存在不予公开政府信息", a reading only to the second). One of the two left out the number of the
  report's parts ("由…七部分组成"), which the first readers and most since real14 list: 35 of its 38 false counts. Scored
  against it at the blind commit: link recall 100% (44/44), link precision 100% (39/39), captured 96.9%. Floors just under
  the strict harness's figures.
- real129r.jsonl: the 246 passages of real129 read again by three other readers under the same rules (not shown the first
  counts, nor the code): 818 counts, 72 naming a cell; the cells agree (the second names 66 of the first's 69, the first
  66 of the second's 72: old reports' results, "同意公开21件", and 表二 counts the first gave none). Scored against it at the
  blind commit: link recall 93.1% (67/72), link precision 100% (59/59), captured 96.5%. Floors just under the strict
  harness's figures.
- real130r.jsonl: the 287 passages of real130 read again by three other readers under the same rules (not shown the first
  counts, nor the code): 777 counts, 136 naming a cell; the cells agree (the second names 133 of the first's 135, the
  first 133 of the second's 136), this reading too taking the one passage's 表二 items from its page's table (上一年项目数量,
  本年增/减). Scored against it at the blind commit: link recall 88.2% (120/136), link precision 98.3% (113/115), captured
  96.5%. Floors just under the strict harness's figures.
- real119r.jsonl: the 238 passages of real119 read again by three other readers under the same rules, from the passages
  and their saved pages only (not shown the first counts, nor the code): 889 counts, 189 naming a cell; the readings agree
  on the cells (the second names all 183 of the first's, the first all 189 of the second's). Scored against it at the blind
  commit: link recall 94.7% (179/189), link precision 98.8% (161/163). Floors just under the strict harness's figures.
- real120r.jsonl: the 36 passages of real120 read again by another reader under the same rules (not shown the first
  counts, nor the code): 80 counts, 26 naming a cell; the cells agree both ways (25/25, 26/26). Scored against it at the
  blind commit: link recall 92.3% (24/26), link precision 100% (20/20). Floors just under the strict harness's figures.
- real121r.jsonl: the 109 passages of real121 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 392 counts, 110 naming a cell; the cells agree both ways (108/108, 110/110). Scored against it at
  the blind commit: link recall 98.2% (108/110), link precision 98.9% (90/91). Floors just under the strict harness's
  figures.
- real122r.jsonl: the 38 passages of real122 read again by another reader under the same rules (not shown the first
  counts, nor the code): 147 counts, 51 naming a cell; the cells agree both ways (51/51). Scored against it at the blind
  commit: link recall 94.1% (48/51), link precision 100% (43/43). Floors just under the strict harness's figures.
- real117r.jsonl: the 75 passages of real117 read again by two other readers under the same rules (not shown the first
  counts, nor the code): 211 counts (211 of the first's 216 found: one of them left out the report's parts), the
  same cells (49/49 both ways). Scored against it at the
  blind commit: link recall 87.8% (43/49), link precision 97.4% (37/38). Floors just under the strict harness's figures.
- real113r.jsonl: the 212 passages of real113 read again by three other readers under the same rules, from the passages
  and their saved pages only (not shown the first readers' counts, nor the code): 870 counts (868 of the first's 874
  found), 207 naming a cell. The readings agree on the cells: the second names all 197 of the first's (as its cell or
  reading), the first 205 of the second's 207. Scored against it at the blind commit (89b5f14): link recall 92.8%
  (192/207), link precision 97.1% (169/174); after: 97.6%, 98.3%. Left: "无行政事业型收费" (a misprint of 性), "未收到当面提交
  或以信函、传真等形式,要求处理依申请公开信息" (the item after the comma). Floors just under the strict harness's figures.
- real114r.jsonl: the 71 passages of real114 read again by another reader under the same rules (not shown the first
  counts, nor the code): 247 counts (239 of the first's found: this reader wrote "六个部分" in 个), the same cells (48/48,
  48/48). Scored against it at the blind commit (21a0793): link recall 91.7% (44/48), link precision 97.6% (41/42), 1
  false count; after: 100%, 100%. Floors just under the strict harness's figures.
- real105r.jsonl: the 159 passages of real105, real106 and real108 read again by three other readers under the same rules,
  from the passages and their saved pages only (not shown the first readers' counts, nor the code): 536 counts, 128 naming
  a cell. The readings agree on the cells: the second names every one of the first's 127 (as its cell or reading), the
  first 127 of the second's 128. Scored against it at each set's blind commit (54c378e, 67b231c, dd1e525): link recall
  93.0% (119/128), link precision 100% (104/104) — as against the first reading; after: 98.4%, 100%. Its readers left
  out the count of a report's parts ("由…七部分组成"), which the first readers and most earlier ones list: 4 false counts
  here. Floors just under the strict harness's figures.
- real102r.jsonl: real102's 188 passages read again by four other readers under the same rules, from the passages and
  their saved pages only (not shown the first readers' counts, nor the code): 746 counts, 138 naming a cell. The two
  readings agree on the cells: the second names every one of the first's 133 (as its cell or reading) and the first 137
  of the second's 138 — so the extractor's blind miss rate is its own, not the readers' noise. Scored against it at
  07f96ed (before real102 was tuned on): recall 95.2%, link recall 91.3% (126/138), link precision 97.4% (111/114);
  after: 97.3%, 99.3%, 100% — the fixes made for the first reading hold for the second. Floors just under the strict
  harness's figures.

Each expected count: v (value), u (unit), k (kind, default "count"), a (approximate,
default false), m (canonical metric; absent = no table cell), alt (a reading that must be
among the alternatives or be the metric), t (topic, checked when given), sc (scope,
checked when given). Sum expressions ("a+b") compare as sets of ids.

Measured over each set by the same function (`measure`) and printed:
- recall: expected counts found with the right value, unit, kind and approximation flag;
- link precision: of the found counts (and unexpected counts) that carry a metric, the
  share whose metric is the expected one;
- cells linked: expected table cells that were linked as the metric, and as the metric or
  a declared alternative reading (link recall as the bench counts it; not asserted);
- false counts: mentions found where none is expected (dates, document numbers …).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.prose import cases, measure

HERE = Path(__file__).parent
# set name -> (file, recall minimum, link precision minimum)
SETS = {
    "sentences": (HERE / "sentences.jsonl", 0.995, 1.0),
    "heldout": (HERE / "heldout.jsonl", 0.97, 0.98),
    "blind2": (HERE / "blind2.jsonl", 0.97, 0.98),
    "blind3": (HERE / "blind3.jsonl", 0.97, 0.98),
    "blind4": (HERE / "blind4.jsonl", 0.87, 0.96),
    "blind5": (HERE / "blind5.jsonl", 0.97, 0.98),
    "blind6": (HERE / "blind6.jsonl", 0.98, 0.99),
    "blind7": (HERE / "blind7.jsonl", 0.985, 0.99),
}
# Sets that list no nil statements (无/未发生 …): a nil mention found there is neither a miss
# nor a false count.
NILS_UNLISTED = {"blind5"}
# Real prose (name -> recall minimum, link precision minimum, cells read minimum; the file is
# name.jsonl); its nil statements carry no unit. (real40's link precision floor went down with
# real60's "规定时限内答复" as the total: its reader gave that cell as a reading only, `alt`,
# which this strict harness does not count as the link; real15's with "新制作了《…》等8件规范性文件" read as 新制作,
# the 2019 form's column, which its reader of a 2021 report gave as a reading only.)
REAL_FLOORS = {
    "real8": (0.96, 0.87, 0.95), "real9": (0.925, 0.93, 0.97), "real10": (0.935, 0.93, 0.90),
    "real11": (0.93, 0.935, 0.91), "real12": (0.92, 0.94, 0.88), "real13": (0.97, 0.95, 0.97),
    "real14": (0.95, 0.92, 0.93), "real15": (0.97, 0.955, 0.99), "real16": (0.95, 0.97, 0.96),
    "real17": (0.955, 0.945, 0.975), "real18": (0.915, 0.91, 0.91), "real19": (0.97, 0.93, 0.98),
    "real20": (0.96, 0.93, 0.97), "real21": (0.94, 0.93, 0.955), "real22": (0.97, 0.95, 0.95),
    "real23": (0.94, 0.96, 0.97), "real24": (0.95, 0.94, 0.99), "real25": (0.965, 0.97, 0.99),
    "real26": (0.98, 0.95, 0.95), "real27": (0.96, 0.93, 0.95), "real28": (0.955, 0.965, 0.98),
    "real29": (0.97, 0.94, 0.98), "real30": (0.985, 0.94, 0.99), "real31": (0.955, 0.88, 0.9),
    "real32": (0.955, 0.89, 0.97), "real33": (0.985, 0.92, 0.99), "real34": (0.975, 0.95, 0.99),
    "real35": (0.975, 0.90, 0.94), "real36": (0.97, 0.97, 0.99), "real37": (0.955, 0.96, 0.96),
    "real38": (0.97, 0.955, 0.97), "real39": (0.98, 0.93, 0.94), "real40": (0.965, 0.945, 0.96), "real41": (0.955, 0.98, 0.98), "real42": (0.965, 0.925, 0.985), "real43": (0.97, 0.96, 0.975), "real44": (0.98, 0.93, 0.97), "real45": (0.975, 0.99, 0.97), "real46": (0.975, 0.97, 0.98), "real47": (0.975, 0.94, 0.99), "real48": (0.98, 0.94, 0.97), "real49": (0.98, 0.955, 0.955), "real50": (0.955, 0.91, 0.93), "real51": (0.945, 0.925, 0.945), "real52": (0.955, 0.93, 0.915), "real53": (0.95, 0.96, 0.88), "real54": (0.97, 0.97, 0.985),
    "real55": (0.94, 0.885, 0.98),
    "real56": (0.965, 0.985, 0.97),
    "real57": (0.965, 0.975, 0.96),
    "real58": (0.95, 0.95, 0.90),
    "real59": (0.95, 0.94, 0.94),
    "real60": (0.96, 0.93, 0.925),
    "real61": (0.945, 0.97, 0.915),
    "real62": (0.965, 0.99, 0.91),
    "real63": (0.96, 0.98, 0.95),
    "real64": (0.945, 0.99, 0.96),
    "real65": (0.93, 0.97, 0.925),
    "real66": (0.955, 0.955, 0.95),
    "real67": (0.935, 0.97, 0.915),
    "real68": (0.985, 0.95, 0.95),
    "real69": (0.96, 0.975, 0.945),
    "real70": (0.94, 0.96, 0.96),  # (0.97 before stop 51: "线上4件,线下23件,共27件。其中,结转上年度办理1件" now links 27, to both years — its reader's reading)
    "real71": (0.96, 0.995, 0.94),
    "real72": (0.97, 0.96, 0.965),
    # real47: 0.95 before stop 51 — "涉及行政诉讼3件,败诉0件" is now 结果纠正, its reader's reading (not the metric).
    # real53: 0.965 before stop 51 — "未发生一起…引发的涉诉涉访案件" is now 行政诉讼's nil, its reader's reading (not the metric).
    "real73": (0.955, 0.945, 0.95),  # (0.955 before stop 50: "制作规范性文件总共0件" in a 2021 report is now 制发, its reader's 制作 the reading)
    "real74": (0.97, 0.955, 0.995),
    "real75": (0.965, 0.975, 0.95),
    "real76": (0.945, 0.985, 0.91),
    "real77": (0.95, 0.955, 0.995),
    "real79": (0.98, 0.955, 0.995),
    "real80": (0.93, 0.945, 0.95),
    "real81": (0.965, 0.95, 0.95),
    "real82": (0.88, 0.915, 0.96),
    "real83": (0.96, 0.895, 0.88),
    "real84": (0.95, 0.98, 0.99),
    "real85": (0.97, 0.995, 0.99),
    "real86": (0.96, 0.96, 0.96),
    "real87": (0.95, 0.92, 0.86),  # (0.935 before stop 45: "…被提起行政诉讼的情况:0件" now the sum of both, its reader 复议)
    "real88": (0.96, 0.975, 0.92),
    "real89": (0.965, 0.965, 0.955),
    "real90": (0.93, 0.98, 0.98),
    "real91": (0.97, 0.93, 0.95),
    "real92": (0.93, 0.98, 0.97),
    "real93": (0.945, 0.995, 0.955),
    "real94": (0.965, 0.96, 0.935),
    "real95": (0.975, 0.59, 0.86),  # (2009–2018: its readers named few cells)
    "real96": (0.97, 0.97, 0.955),
    "real97": (0.95, 0.985, 0.95),
    "real98": (0.96, 0.975, 0.975),
    "real99": (0.955, 0.99, 0.95),  # (2008–2018)
    "real100": (0.96, 0.98, 0.95),
    "real101": (0.965, 0.99, 0.97),
    "real102": (0.975, 0.98, 0.98),
    "real103": (0.97, 0.95, 0.92),
    "real104": (0.99, 0.99, 0.99),
    "real105": (0.97, 0.99, 0.975),
    "real106": (0.98, 0.99, 0.99),
    "real108": (0.98, 0.99, 0.99),
    "real109": (0.97, 0.99, 0.95),
    "real110": (0.96, 0.99, 0.99),
    "real111": (0.965, 0.99, 0.99),
    "real112": (0.99, 0.99, 0.99),
    "real113": (0.97, 0.96, 0.965),
    "real114": (0.955, 0.99, 0.99),
    "real115": (0.975, 0.99, 0.99),
    "real116": (0.97, 0.98, 0.99),
    "real117": (0.935, 0.97, 0.975),  # (nils and parts its readers alone listed: the docstring)
    "real119": (0.96, 0.99, 0.965),
    "real120": (0.92, 0.99, 0.99),  # (small: 81 counts; nils of no cell its readers alone listed)
    "real121": (0.955, 0.99, 0.99),
    "real122": (0.95, 0.99, 0.975),  # (small: 147 counts)
    "real123": (0.965, 0.99, 0.955),
    "real124": (0.96, 0.99, 0.99),  # (35 counts naming a cell)
    "real125": (0.96, 0.99, 0.99),  # (8 counts naming a cell)
    "real126": (0.965, 0.96, 0.96),  # (33 counts naming a cell)
    "real127": (0.96, 0.97, 0.97),  # (89 counts naming a cell)
    "real128": (0.975, 0.97, 0.99),  # (42 counts naming a cell)
    "real129": (0.975, 0.98, 0.97),  # (69 counts naming a cell)
    "real130": (0.95, 0.97, 0.9),  # (135 counts naming a cell; one passage's 表二 items its reader alone read so)
    "real102r": (0.97, 0.98, 0.98),
    "real105r": (0.96, 0.98, 0.96),
    "real109r": (0.96, 0.98, 0.94),
    "real111r": (0.98, 0.99, 0.97),
    "real113r": (0.965, 0.97, 0.965),
    "real114r": (0.98, 0.99, 0.99),
    "real116r": (0.975, 0.98, 0.98),
    "real117r": (0.95, 0.97, 0.975),
    "real119r": (0.965, 0.99, 0.96),
    "real120r": (0.945, 0.99, 0.96),
    "real121r": (0.955, 0.99, 0.99),
    "real122r": (0.95, 0.99, 0.975),  # (small: 147 counts)
    "real123r": (0.96, 0.99, 0.935),
    "real124r": (0.96, 0.99, 0.96),  # (36 counts naming a cell)
    "real125r": (0.96, 0.99, 0.99),  # (8 counts naming a cell)
    "real126r": (0.96, 0.99, 0.92),  # (38 counts naming a cell)
    "real127r": (0.96, 0.97, 0.97),  # (89 counts naming a cell)
    "real128r": (0.975, 0.97, 0.99),  # (44 counts naming a cell)
    "real129r": (0.97, 0.99, 0.97),  # (72 counts naming a cell)
    "real130r": (0.95, 0.96, 0.89),  # (136 counts naming a cell; "接受、答覆個人公開申請12人次" the natural persons' to its
    # reader, the total a reading, and the total to real130's: read as the total since s67, 人次 a unit of applications)
    "real131": (0.96, 0.98, 0.97),  # (120 counts naming a cell)
    "real131r": (0.955, 0.97, 0.96),  # (123 counts naming a cell)
    "real132": (0.94, 0.95, 0.95),  # (small: 24 counts naming a cell)
    "real132r": (0.95, 0.99, 0.92),  # (small: 26 counts naming a cell)
    "real133": (0.96, 0.97, 0.89),
    "real133r": (0.96, 0.98, 0.88),
    "real134": (0.97, 0.91, 0.93),  # (small: 15 counts naming a cell)
    "real134r": (0.98, 0.99, 0.86),  # (small: 15 counts naming a cell)
    "real135": (0.98, 0.99, 0.97),
    "real135r": (0.98, 0.99, 0.97),
    "real136": (0.94, 0.99, 0.95),  # (small: 22 counts naming a cell)
    "real136r": (0.95, 0.99, 0.95),  # (small: 22 counts naming a cell)
    "real137": (0.97, 0.99, 0.95),  # (small: 6 counts naming a cell)
    "real137r": (0.97, 0.99, 0.95),  # (small: 6 counts naming a cell)
    "real138": (0.97, 0.99, 0.88),  # (small: 30 counts naming a cell)
    "real138r": (0.955, 0.99, 0.88),  # (small: 29 counts naming a cell)
    "real139": (0.935, 0.72, 0.9),  # (small: 11 counts naming a cell; its reader named no cell for an old form's replies)
    "real139r": (0.94, 0.81, 0.9),  # (small: 13 counts naming a cell)
    "real140": (0.97, 0.99, 0.95),  # (small: 24 counts naming a cell)
    "real140r": (0.97, 0.99, 0.95),  # (small: 26 counts naming a cell)
    "real141": (0.97, 0.99, 0.95),  # (small: 38 counts naming a cell)
    "real141r": (0.97, 0.99, 0.95),  # (small: 38 counts naming a cell)
    "real142": (0.97, 0.99, 0.95),  # (small: 12 counts naming a cell)
    "real142r": (0.97, 0.99, 0.95),  # (small: 12 counts naming a cell)
    "real143": (0.96, 0.99, 0.95),  # (small: 32 counts naming a cell)
    "real143r": (0.955, 0.99, 0.95),  # (small: 32 counts naming a cell)
    "real144": (0.97, 0.99, 0.95),  # (small: 18 counts naming a cell)
    "real144r": (0.97, 0.99, 0.95),  # (small: 17 counts naming a cell)
    "real145": (0.97, 0.99, 0.95),  # (small: 14 counts naming a cell)
    "real145r": (0.97, 0.99, 0.95),  # (small: 14 counts naming a cell)
    "real146": (0.965, 0.99, 0.95),  # (small: 50 counts naming a cell)
    "real146r": (0.96, 0.99, 0.95),  # (small: 50 counts naming a cell)
    "real147": (0.98, 0.96, 0.95),  # (small: 36 counts naming a cell; its reader gave the old form's 不属于本机关 no cell)
    "real147r": (0.98, 0.99, 0.97),  # (small: 38 counts naming a cell)
    "real148": (0.97, 0.99, 0.88),  # (small: 27 counts naming a cell; two in a bare "無。" after its heading)
    "real148r": (0.97, 0.99, 0.9),  # (small: 26 counts naming a cell)
    "real149": (0.99, 0.74, 0.74),  # (small: 4 counts naming a cell; its one link a reading of the reader's)
    "real149r": (0.99, 0.74, 0.74),  # (small: 4 counts naming a cell)
    "real150": (0.96, 0.99, 0.97),
    "real150r": (0.95, 0.99, 0.95),
    "real151": (0.94, 0.99, 0.99),  # (small: 2 counts naming a cell)
    "real151r": (0.94, 0.99, 0.99),  # (small: 2 counts naming a cell)
    "real152": (0.95, 0.99, 0.99),
    "real152r": (0.94, 0.94, 0.9),
    "real153": (0.94, 0.99, 0.99),  # (small: 4 counts naming a cell)
    "real153r": (0.94, 0.99, 0.99),  # (small: 6 counts naming a cell)
    "real154": (0.97, 0.99, 0.99),  # (small: 6 counts naming a cell)
    "real154r": (0.97, 0.99, 0.99),  # (small: 6 counts naming a cell)
    "real155": (0.98, 0.99, 0.96),
    "real155r": (0.97, 0.97, 0.96),
    "real156": (0.97, 0.98, 0.98),
    "real156r": (0.97, 0.98, 0.98),
    "real157": (0.96, 0.99, 0.94),  # (small: 36 counts naming a cell)
    "real157r": (0.95, 0.99, 0.94),  # (small: 36 counts naming a cell)
    "real158": (0.98, 0.99, 0.95),  # (small: 23 counts naming a cell)
    "real158r": (0.97, 0.99, 0.95),  # (small: 23 counts naming a cell)
    "real159": (0.98, 0.99, 0.95),  # (small: 20 counts naming a cell)
    "real159r": (0.98, 0.99, 0.95),  # (small: 20 counts naming a cell)
    "real160": (0.97, 0.99, 0.95),  # (small: 2 counts naming a cell)
    "real160r": (0.97, 0.99, 0.95),  # (small: 3 counts naming a cell)
}
REAL = {name: (HERE / f"{name}.jsonl", *floors) for name, floors in REAL_FLOORS.items()}
# False counts allowed, as a share of the counts expected: 2%, except where a set's reader read a list of nils as
# one statement that the brief (and the readers since) read one per item named: real8's reader gave "没有发生…举报、
# 投诉、行政复议或行政诉讼等事件" one nil, so its 举报, 投诉 and 诉讼 are false there (s47); real17's and real45's read
# "未收到和处理…申请" as one nil, as 17 of real8–real50's 18 readers did, 3 of the 19 since (s47: a second nil, its cell a
# reading); real13's listed neither the nils of 举报 and 投诉 nor a time limit ("均在20个工作日内", a count to 38 of the 46
# readers who met one).
# (real114's readers wrote "六个部分" in the unit 部分, the noun its measure word counts: the harness takes either, s53.)
# real128r's second reader left out the number of the report's parts ("本报告由…七部分组成"), 35 of its 38 false counts;
# two of real133r's six left them out too (11 of its 23), real137r's reader (6 of its 6), real141r's two (18 of its 20), and one
# of real148r's two (7 of its 7). real156's readers read "未对公开的信息进行收费，也没有发生相关的收费与减免情况" as two nils (the
# 收费 denied twice, once), 14 times in one organ's template, and "无此类情况" under a heading as none or as its items. real149's readers read "無收費及減免情況" as one nil (1 of its 37 counts; readers split on it). blind2's writer listed no range's bounds ("信息量从1条到30余条
# 不等"), which 14 of 16 readings since list (s59). real160r's reader left out a list of what three letters were ("办结政府信箱信件3件，
# 其中，一件是…，一件…，一件是…"): 3 of its 41 counts, each a count to the first reader.
FALSE_SHARE = {"real156": 0.03, "real8": 0.025, "real13": 0.025, "real17": 0.025, "real45": 0.025, "real128r": 0.1, "real133r": 0.03,
               "real137r": 0.14, "real141r": 0.07, "real148r": 0.035, "real149": 0.03, "real149r": 0.03,
               "blind2": 0.025, "real160r": 0.08}


@pytest.fixture(scope="module", params=[(n, f) for n in SETS for f in (False, True)],
                ids=lambda p: f"{p[0]}-{'nfkc' if p[1] else 'as-written'}")
def evaluation(request) -> tuple[str, dict]:
    name, nfkc = request.param
    return name, measure(SETS[name][0], nfkc=nfkc, nils_listed=name not in NILS_UNLISTED)


@pytest.mark.parametrize("name", list(SETS))
def test_set_is_large_enough(name):
    cs = cases(SETS[name][0])
    assert len(cs) >= 200
    assert sum(len(c["e"]) for c in cs) >= 300


def test_recall_and_link_precision(evaluation):
    name, s = evaluation
    _, recall_min, precision_min = SETS[name]
    print(
        f"\n{name}: {s['sentences']} sentences, {s['expected']} expected counts; "
        f"recall {s['recall']:.1%} ({s['found']}/{s['expected']}), "
        f"link precision {s['precision']:.1%} ({s['link_ok']}/{s['linked']}), "
        f"cells linked {s['cells_found']}/{s['cells']} (as metric or reading {s['cells_read']}), "
        f"false counts {s['false']}"
    )
    for line in s["misses"]:
        print("  " + line)
    assert s["recall"] >= recall_min
    assert s["precision"] >= precision_min
    assert s["false"] <= FALSE_SHARE.get(name, 0.02) * s["expected"]


@pytest.mark.parametrize("name", list(REAL))
def test_real_prose(name):
    path, recall_min, precision_min, cells_min = REAL[name]
    s = measure(path, nfkc=True, nil_units=False)
    print(f"\n{name}: recall {s['recall']:.1%}, link precision {s['precision']:.1%}, "
          f"cells read {s['cells_read']}/{s['cells']}, false counts {s['false']}")
    for line in s["misses"]:
        print("  " + line)
    assert s["recall"] >= recall_min
    assert s["precision"] >= precision_min
    assert s["cells_read"] >= cells_min * s["cells"]
    assert s["false"] <= FALSE_SHARE.get(name, 0.02) * s["expected"]
