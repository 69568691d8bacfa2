"""Narrative sections in varied real-style phrasing, with every stated count recorded.

The text is the project's own. Each count is written through `Writer.count`, which returns
the clause and records the gold mention (exact quote, value, unit, approximation, metric).
Figures come from the printed tables (after any injected table error), so the narrative
agrees with the tables unless a narrative error is injected on purpose.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from dataclasses import dataclass, field

import cn2an

from .figures import T3_COLS, Figures
from .organs import Organ
from .tables import T3_COL_LABELS


@dataclass
class Injections:
    """Narrative errors to write: a wrong number for one metric, a broken part-sum, a wrong
    percentage. `force_*` make sure the structure exists even when no error is wanted."""

    wrong: dict[str, int] = field(default_factory=dict)  # metric -> printed (wrong) value
    break_sum: bool = False
    break_percent: bool = False
    force_sum: bool = False
    force_percent: bool = False
    # Not an error: with no 复议 and no 诉讼, say so item by item as real pre-2019 reports do
    # ("没有发生…的行政复议案、行政诉讼案和各类申诉案": three nils, each ending with its 案).
    listed_nils: bool = False
    # Not errors either: replies to petitions and complaints after the applications (莆田
    # 民宗局 2019, "今年共处理各类信访、投诉回复14件": no cell), and the outcomes restated in the
    # form's words with no unit (莆田 文化局 2021, "同意公开答复数3，无法提供数1").
    petitions: int = 0
    form_figures: bool = False
    # Not an error: with no 复议 and no 诉讼, a nil that only refers back to its heading (莆田
    # 体育局 2014, "四、…行政复议、提起行政诉讼的情况。" / "一年来，我局无此类情况。").
    back_reference: bool = False
    # Not an error: the carry-over named by last year's number and the total by 全年办理 (real9,
    # "2023年结转132件；全年办理1503件").
    year_words: bool = False
    # Not errors either (real9): replies to netizens' messages after the applications ("受理网民
    # 留言111条，公开答复41条、电话答复70条": no cell), and one count of both 表四 groups with their
    # joint outcome ("涉行政复议、行政诉讼案件743件，结果维持461件").
    messages: int = 0
    both_groups: bool = False
    # Not errors either (real10, 2019–2021 department reports): "无依申请公开事项", 转结 for 结转,
    # 部分予以公开, and a 12345 hotline's cases closed ("12345热线共受理2720件…办结2680件": no cell).
    real10_words: bool = False
    hotline: tuple[int, int] | None = None
    # Not an error either (real11): both 表四 groups counted, then each group's outcome named
    # ("行政复议案件3件、行政诉讼案件3件，其中行政复议结果维持3件、行政诉讼结果维持3件").
    group_outcomes: bool = False
    # Not errors either (real13–real16): the total said after the count that opens its sentence
    # ("19件申请已按规定在法定期限内予以答复"), applications counted in 项 ("收到依申请公开事项5项"),
    # and one figure of both 表四 groups with 各 ("行政复议、行政诉讼各1件": one count of each).
    said_after: bool = False
    # Not errors either (real19): the form's count said as a figure ("依申请公开数为5件"), the
    # carry-forward said after its count ("另有2件申请仍在处理中"), and 复议 / 诉讼 without 行政 as
    # what arose ("涉及复议1件，诉讼0件").
    real19_words: bool = False
    # Not errors either (real20): a result said after its count, for reasons of which one is
    # named ("3件因不掌握相关政府信息等原因无法提供": the row's total, not the reason's).
    real20_words: bool = False
    # Not an error either (real15, real18, real20: reports on 2019 and 2020): the 2019 form's
    # 本年新制作数量 said with the 2021 form's verbs ("制发规范性文件13份", "印发规范性文件1件").
    form_verb: str | None = None
    # Not errors either (real21): a result said after its count with its one reason ("1件因四类过程
    # 信息不予公开": the reason's row), 予以公开 as "N件申请的内容予以公开", and the 2021 form's three
    # 表二 columns in its order ("行政规范性文件发布0条，废止数量0条，现行有效数量0条").
    real21_words: bool = False
    # Not errors either (real22): the total said after its count with 依申请 between ("5件依申请均已
    # 按要求进行了答复"), 予以公开 after the law the reply cites ("1件已按照《…条例》在法定时限内给予了
    # 答复并予以公开"), and the carry-forward with 按规定 before its verb ("其余2件按规定结转至下一年度").
    real22_words: bool = False
    # Not errors either (real23): nils worded "没收到…申请", "无涉行政复议案件、行政诉讼案件" and
    # "未转结2023年…申请" (none carried over), and sessions listed before their plenum in the
    # opening ("党委十届七次、八次全会精神": ordinals, no counts).
    real23_words: bool = False
    # Not errors either (real14, real16, real17, real21: crawled pages): figures whose units the
    # crawler cut off, run into the next label or listed with 、 ("政策文件46人事信息42、财政信息68条"),
    # and a nil statement's items going on after its comma ("未发生因政府信息公开申请行政复议，提起行政
    # 诉讼的情况", real18, real21, real23).
    units_cut: bool = False
    # Not errors either (real24): no application said "未接获公民或法人的依申请公开诉求", the
    # carry-over as "上年度未办结N件" and the carry-forward as "结转次年办理N件".
    real24_words: bool = False
    # Not errors either (real8, real15, real16, real21, real24): nils of what no table counts,
    # secrets leaked and replies past their limit ("未发生信息公开泄密事件，未出现超期答复情况").
    topic_nils: bool = False
    # Not errors either (real25): a reconsideration still under review said "正在复议N件"; and a
    # 司法局-like sentence of the cases the organ reviews for the whole government ("本机关作为行政
    # 复议机关受理行政复议申请56件，维持12件": (received, upheld), no cell of 表四) with no proposal
    # of deputies received ("未收到人大代表建议、政协委员提案").
    reviewing: tuple[int, int] | None = None
    # Not errors either (real26): applications said "共收到申请公开政府信息N宗", natural persons as
    # 公民个人, and none received as "无居民群众、企事业单位提出政府信息公开申请".
    real26_words: bool = False
    # Not errors either (real27): a 2019 表二 item's 本年增/减 said as 新增 right after the item's name
    # ("其他对外管理服务事项新增57项，处理决定数量0件"), 规章对外公开总数量, and applications of both
    # years broken down in the next sentence ("共收到申请3件。其中，上年结转申请1件，本年新收申请2件").
    real27_words: bool = False
    # Not errors either (real28): the 2021 form's first two 表二 columns ("行政规范性文件发布0条、废止0条")
    # and none carried forward said "无需结转下年度办理".
    real28_words: bool = False
    # Not errors either (real29): the organ's documents counted by their disclosure attribute
    # ("主动公开文件N件，依申请公开0件，不予公开0件": N, no cell of 表三).
    documents_by_attribute: int | None = None
    # Not an error either (real30): the total said after 全部 ("全部252件均按期办理完毕").
    real30_words: bool = False
    # Not an error either (real31): every kind of applicant named organisations first
    # ("未收到任何单位、个人提交的政府信息公开申请": the total, not natural persons).
    real31_words: bool = False
    # Not an error either (real32): the results of natural persons' applications in a bracket
    # right after their count ("其中自然人申请7件（予以公开2件，部分公开2件）": that column's cells).
    real32_words: bool = False
    # Not errors either (real33): the carry-over said with the year and whose ("2024年全区结转政府信息
    # 公开申请14件"), none received as "暂无申请情况", and the upheld reconsiderations as some of them
    # with the group said again ("有3件申请行政复议，其中2件行政复议决定维持…").
    real33_words: bool = False
    # Not errors either (real34): none carried over said "无上年转结依申请公开" (转结 for 结转), and the
    # 行政诉讼 named after what they arose from ("因政府信息公开申请而产生的2件行政诉讼案件").
    real34_words: bool = False
    # Not errors either (real35): no case said "未处理政府信息公开行政复议、行政诉讼" (a nil of each), and
    # letters to a mailbox received then closed ("依托网上领导信箱等渠道，共受理N条，办结N条": no cell).
    real35_words: bool = False
    # Not errors either (real36): none received said as a bare "无" under the heading, and the cases
    # after a bare verb ("收到3件行政复议、1件行政诉讼"), each at its cell.
    real36_words: bool = False
    # Not errors either (real37): the total said after its count with what was done besides ("N件申请均
    # 在规定时间内办理完成并录入管理系统"), and no case as "行政复议或行政诉讼均为0件" (a count of each).
    real37_words: bool = False
    # Not an error either (real38): the 2021 form's 发布 (issued or published: a reading) and the
    # 废止 right after it ("全年发布行政规范性文件7件，废止0件": the item of the count before).
    real38_words: bool = False
    # Not an error either (real18, real22, real37, real38): a result row's one reason said right after
    # its count, in brackets or as the next clause ("无法提供4件（本机关不掌握相关政府信息）", "不予公开
    # 的1件，属于保护第三方合法权益"): that reason's row.
    # Not errors either (real40): the applications said as handed in ("向本机关提交公开政府信息共计N件") and
    # the granted ones as "属于同意全部公开的N件", each at its cell.
    real40_words: bool = False
    # Not errors either (real41): the granted said as done ("已公开N件"), the carry-forward with next
    # year named ("2026年结转依申请公开事项N件" in a 2025 report) and the reconsiderations named after
    # what they arose from ("全年有N起因政府信息公开申请提起的行政复议"), each at its cell.
    real41_words: bool = False
    # Not errors either (real42): the new applications said as "本年度新收并办结N件" (when none is carried
    # forward) and a result row's one reason said after its count as the whole clause ("N件本单位不掌握相关
    # 政府信息", "N件申请人逾期未补正"), each at its cell.
    real42_words: bool = False
    # Not errors either (real43): the applications said as of two kinds of applicant at once ("全年共接收
    # 群众、企业申请公开N件") or after their channels ("网上申请、信件邮寄等形式的依申请公开件共N件"): the total.
    real43_words: bool = False
    # Not errors either (real44): none carried over from the year before, named ("2024年度没有2023年结转的
    # 政府信息公开申请事项"), and the total said after its count with 工作 ("N件均在规定时间内完成答复工作").
    real44_words: bool = False
    # Not errors either (real46): the 2021 form's 表二 columns said with the form's 件数 right after the item
    # ("行政规范性文件制发件数N件，废止件数N件，现行有效件数N件"), the total as "办理完结政府信息公开申请N件",
    # the partial ones miswritten "予以部份公开N件" and the reconsiderations as "发生N起有关政府信息公开事务的
    # 行政复议案件", each at its cell.
    real46_words: bool = False
    # Not errors either (real47): the applications said with who applied between ("本年度收到申请人申请公开
    # 政府信息N件") and none received as a request no one made ("没有群众提出政府信息公开的请求"), each at its cell.
    real47_words: bool = False
    # Not an error either (real48): the carry-forward said as still being handled, in the clause after its
    # count's own ("另有N件申请已向相关单位发出征求意见函，正在办理中"): that cell.
    real48_words: bool = False
    # Not an error either (real49): the applications said as received and handled at once ("全年共收办申请N件"):
    # the new applications.
    real49_words: bool = False
    # Not an error either (real50): both groups' cases, then the outcomes of one listed after one named with
    # its group ("…行政复议案件N件和行政诉讼案件M件。其中，行政复议案件结果纠正K件，结果维持L件"): that group's.
    real50_words: bool = False
    # Not an error either (real51): replies put off into next year with how said between ("另有N件申请按照
    # 《条例》规定顺延到下年度答复"): the carry-forward.
    real51_words: bool = False
    # Not an error either (real52): the total said as closed within the year ("年内办结N件"): that cell.
    real52_words: bool = False
    # Not an error either (real53): the total said after its count with the year opening the clause
    # ("2023年受理的N件申请件已按规定在法定期限内予以答复"): that cell.
    real53_words: bool = False
    # Not an error either (real54): the partial ones said as consented in part ("部分同意公开N件"): that cell.
    real54_words: bool = False
    # Not an error either (real55, reports before 2019): the denied ones said as not consented to
    # ("不同意公开答复的N件"): that cell.
    real55_words: bool = False
    # Not an error either (real56): funds said with 余/多 before 万元 ("投入保障经费255余万元"): an
    # amount in 万元 as printed, no cell (0: not said).
    real56_funds: int = 0
    # Not an error either (real57): the total said as answered within the legal limit ("在法定期限内
    # 答复N件"): that cell.
    real57_words: bool = False
    # Not an error either (real57, real59): each count's 表四 group right after it and the outcome said once
    # after the list ("其中N件行政复议、M件行政诉讼获维持"): each group's 结果维持.
    real59_words: bool = False
    # Not an error either (real60): the total said as handled, the count after 对 and the verb after it
    # ("已在法定期限内对N件申请事项进行了依法办理"): that cell.
    real60_words: bool = False
    # Not an error either (real61): the carry-forward said as next year's carried ones ("下年结转件N件"): that cell.
    real61_words: bool = False
    # Not errors either (r63): the granted ones said as "申请信息可以公开的N件", and the applications said
    # again of whom they all were ("N件依申请公开申请人均为自然人"): those cells.
    real63_words: bool = False
    # Not errors either (r64): result groups said together ("公开或部分公开N件", "无法提供、不予处理及其他处理N件"):
    # the sums of their totals; last year's applications said as handled ("完成办理上年度申请N件"): that cell.
    real64_words: bool = False
    # Not errors either (r65, 2019 form): an item's count of this year, then the change from last year's ("行政
    # 许可事项N项，比2019年增加M项"): the change is the item's 本年增/减.
    real65_words: bool = False
    # Not errors either (r66): the organ's documents counted by their disclosure attribute, each count before
    # it ("全年制发文件总数N件，其中M件主动公开，K件依申请公开"): no cell of 表三.
    real66_words: bool = False
    # Not errors either (r67, r68): the 2019 form's item unchanged, said right after its count ("主动公开行政处罚N项，
    # 较2022年无增减"): the item's 本年增/减; the applications said as "依申请公开受理数量为N件", the handled ones as
    # "本年度已办理N件", those not held as "另N件因所申请信息不存在，无法提供" (readings), and another organ's
    # helped with ("协助办理市发展改革委依申请公开事项N例"): no cell.
    real68_words: bool = False
    # Not errors either (r69): what is in force, then this year's issued after a year ("现行有效行政规范性文件N件，
    # 2023年制定M件"); last year's applications said as still handled ("上年度继续办理政府信息公开申请N件"); a 复议
    # count's 纠正 after it ("…行政复议N件，M件结果为要求重新作出答复"); a withdrawal with what was withdrawn named
    # ("申请人主动撤回信息公开申请N件", readings).
    real69_words: bool = False
    # Not errors either (r70): the new applications said with last year's left out ("收到…申请N宗（未包含上年结转M宗）");
    # those not held with the organ named in the reason ("另N件因本单位不掌握相关情况无法公开"); the applications by
    # channel ("收到依申请公开线上N件，线下M件": no cell).
    real70_words: bool = False
    # Not errors either (r71): both rows said as "全部或部分公开的N件"; rows said after 为 ("对其中N件为逾期未缴费不作处理");
    # the applicants said after the count ("申请主体N件为自然人"); "逾期未补正视为放弃依申请公开N件": those cells.
    real71_words: bool = False
    # Not errors either (r72): a row after "类型属于“…”" ("N件类型属于“信息不存在”", readings); a withdrawal among the
    # results said after "处理结果为" ("N份申请人主动撤销", readings); a name in single quotes inside double ones
    # ("“打好‘四张牌’、干好‘四件事’”"): no count.
    real72_words: bool = False
    # Not errors either (r71's residue, r73, r74): the handled ones said before their results ("在已办理的N件申请中"); a
    # count put first with 对 and what was done with it in the next clause ("对其中N件，依法依规予以公开", "对其中M件部分进行
    # 公开"); "N件不再重复处理" (重复申请); last year's said as "上年度结转办理答复N件"; the new ones of one kind of
    # information ("依申请公开政务信息N件"); the granted broken down by how published ("予以公开N件（主动公开A件，依申请公开
    # B件）": the parts no cell).
    real73_words: bool = False
    # Not errors either (r75, r76): next year's said with the year and 作出答复 ("结转至2026年作出答复的政府信息公开申请N件");
    # the applicants said as coming from 公民 beside the firms ("来自公民申请N件，商业企业申请M件"); applicants that add up
    # to both years' applications said before ("新收N件,上一年度结转M件,共计K件。公民个人提出申请A件；法人或其他组织提出申请
    # B件": readings only, no row holds them).
    real75_words: bool = False
    # Not errors either (r77): what is in force said with who issued it between ("梳理现行有效…名义印发的行政规范性文件N件");
    # none denied said with 不存在 ("不存在不予公开政府信息情况").
    real77_words: bool = False
    # Not errors either (r79, r80): the new applications said as "依申请公开情况N件" (readings); "N件不公开并告知行政查询
    # 途径" (行政查询's row); cases said as arising from applications, both kinds named ("出现N宗政府信息公开申请引起行政
    # 复议和行政诉讼的情况": a reading of their sum); 无法公开 among the results (real76, a reading of 无法提供); replies
    # other organs made under guidance, matters of a service platform closed, firms inspected in 家次, "每一条" (no cell,
    # no count); none of either kind said with 未存在 or "没有收到政府信息公开申请行政复议" (nils of 复议 and 诉讼, none of
    # applications).
    real79_words: bool = False
    # Not errors either (r81, r82): applications withdrawn after 协调 or by 市民 (readings); "N件尚在继续处理中" (next
    # year's); the applicants in the 2019 form's words ("公民申请公开信息数量N条,法人和其他组织申请公开信息M条"); counts
    # in 条(次); 表二's nils listed "无行政许可、行政处罚" (readings); "未新受理…申请"; none of either kind corrected, said
    # "未发生行政复议、行政诉讼被依法纠正现象" (r83); a mailbox's replies ("局长信箱收到留言办理N条,其中公开答复数量M条") and
    # trees in 株: no cell.
    real81_words: bool = False
    # Not errors either (r84, r85): "已办N件" (handled), "结转下年办结N件" (next year's), "其中N条申请所涉信息非本单位制作
    # 或掌握" (not held), none of either kind lost, said "未发生…行政复议、诉讼败诉情况" (the 纠正 of both); 两项改革 (a
    # reform's name, no count).
    real84_words: bool = False
    # Not errors either (r86, r87): complaints about applications ("受理依申请公开投诉N起": no cell), last year's said in
    # brackets after the handled ("办理N件(M件为2023年结转至本年度办理)"), none of either kind said "无公开行政复议、行政诉讼
    # 情况" (a nil of each), an audience in 千万 ("超过2千万人次") and a lower bound ("分值权重不低于4%": approximate);
    # page views in PV (r88); the decisions in 项 right after the item's name ("行政许可253项，行政处罚2项", 2021 form:
    # readings).
    real86_words: bool = False
    # Not errors either (r89, r90): last year's taken over ("接办上年N件"); the new ones said again before their results
    # ("本年度提出申请的N件中，同意公开的M件"); "N件依申请公开政府信息全部是本年度受理" (the new ones); "N件申请信息均按照…
    # 办理完毕" (handled); "无申请件结转到下一年度" (a nil); both years' applications, then those closed ("共处理…申请N件，
    # 其中M件已办结": the latter handled, r87); "行政审批许可N份" (a reading of 行政许可's decisions, r88); both kinds
    # after "…行政诉讼的情况:" (r87); "本年内无规范性文件" (none issued); "商业企业申请政务公开信息N条" (the firms');
    # "涉及国家秘密的公文类信息0条" (no cell).
    real89_words: bool = False
    # Not errors either (r91, r92): a bare 重复 among the results ("…无法提供N宗,重复M宗": 重复申请); "按时序办理N件"
    # (handled); "最多达N人" (exact: 最多 is no 多达); "因出台新文件而废止规范性文件N件" (repealed); nils after a figure
    # referred back to ("没有因以上N件依申请公开事项产生行政复议和行政诉讼案件"); "未收到任何公民、法人或者其他组织向我镇获取
    # 相关政府信息的公开申请" (none received).
    real91_words: bool = False
    # Not errors either (r93 and seen residue): "准予公开N件" (granted); "结转办结上年度N件" (carried over); "全年未新发布规章
    # 和行政规范性文件" (two nils); a reply's type "“主动公开”N件" beside "“信息不存在”M件" (readings of granted and of
    # 无法提供).
    real93_words: bool = False
    # Not errors either (r94): the rest after those carried forward, with no comma ("除N件结转下年办理外其余M件均办理完毕":
    # M handled); "无被申请行政复议、被提起行政诉讼的情况" (a nil of each); "未制作规范性文件、行政法规、规章" (a list between the
    # verb and 规章: three nils, 行政法规 of no cell).
    real94_words: bool = False
    # Not errors either (r97): a nil statement whose first clause gives only the cause ("没有因信息公开原因，发生被申请
    # 行政复议、被提起行政诉讼的情况": a nil of each); a qualifier between 制发 and the item ("未制发区级…系统行政规范性
    # 文件": none issued); vehicles in 辆 (no cell).
    real97_words: bool = False
    # Not errors either (r98 and s47): "上年结转政府信息公开申请数0件" (last year's); "无被举报投诉、行政复议、行政诉讼情况"
    # (a nil of each); "行政复议N件,行政诉讼M件,均无纠错和败诉" (the 纠正 of both); the nils of what no table counts, one per
    # item named ("未发生…引发举报、投诉的情况", "未发生…收费及减免情况"); the unit 只 (of applications in r98; here of a
    # count of no cell).
    real98_words: bool = False
    # Not errors either (r100): the received said "信息公开请求"; "N件驳回申请人复议请求" (a reading of 维持); an audience
    # after 关注数 in 万 (no unit, no cell).
    real100_words: bool = False
    # Not errors either (r101): the received said "群众要求公开政府信息"; "N件由申请人主动撤件" (readings of 其他); the cases of
    # other organs guided ("督促指导全区各部门单位依申请公开事项N件": readings); a time limit ("均在20个工作日内答复": a count
    # of no cell, s47).
    real101_words: bool = False
    # Not errors either (r102): the received said "累计收到依申请公开文件N件"; a website's errors one nil per item named
    # ("没有出现政治性表述错误、严重错别字、非法链接等问题": no cell); "零收费" (no cell); "并无有关…行政复议和行政诉讼情况" (a nil
    # of each); drafts in 稿 (no cell).
    real102_words: bool = False
    # Not errors either (r105): not held said after its count, "N件不属于受理行政机关公开范围"; "无就政府信息公开提出复议、
    # 诉讼和申诉的情况" (a nil of each, 申诉 of no cell); "无违反信息公开及保密规定的违规操作" (a nil of no cell).
    real105_words: bool = False
    # Not errors either (r106): a nil statement with a PDF's line wrap printed as a blank inside a word ("本年未发 生因
    # 政府信息公开工作被申请行政复议、提起行政诉讼的情况": a nil of each), or said "无公开申请行政复议、提起行政诉讼情况";
    # "不存在应公开未公开政府信息" (a nil of no cell); "无行政许可、行政强制相关事项" (a nil of each, readings only).
    real106_words: bool = False
    # Not errors either (r109): the results listed in pieces cut by semicolons, in 份 ("共接政府信息公开申请N份;A份按规范予以
    # 公开;B份无法提供;C份不予处理": each its result row, 申请 said in the first piece only); "不存在政府信息公开行政复议和
    # 行政诉讼情况" (a nil of each); "未进行行政许可…;未进行行政处罚和行政强制" (a nil of each, readings only); the documents
    # made counted by their disclosure attribute ("共生成N条政府信息(正式文件),其中…依申请公开的政府信息C条": no cell).
    real109_words: bool = False
    # Not errors either (r110): a part of the handled in a bracket opened by 其中 after the verb ("…进行答复办结（其中N件结转
    # 下年度继续办理）": carried forward); a clause saying only how, what was done after the comma ("N件均按照有关文件要求，
    # 进行了规范答复": the total); what a bracket leaves out ("公文类政府信息（不含过程性信息）N件": no cell); 结果纠错 an item of
    # its own ("无信息公开类行政复议、行政诉讼和结果纠错情况": a nil of each, 纠错 readings only); 制作 a normative document in the
    # 2021 form ("本单位制作行政规范性文件N件": issued).
    real110_words: bool = False
    # Not an error either (r111): the applications handled said "共办理处置依申请公开件N件" (readings only, as "办理依申请公开
    # N件": the year's or the ones closed).
    real111_words: bool = False
    # Not an error either (r112): last year's carried over said with its year and no other year in the sentence ("全年收到
    # 依申请公开N条，结转{year-1}年M件，办结K件，结转下年办理L件": carried over, read against the year reported on).
    real112_words: bool = False
    # Not errors either (r113): the handled with last year's part in a bracket ("已经办理完成N件（有M件为{year-1}年）": the
    # total, then carried over, read against the year reported on); "其他答复处理N件" (其他处理's group); "全年未涉诉" (a nil
    # of 行政诉讼).
    real113_words: bool = False
    # Not errors either (r114): "受理申请信息公开数量为N件,已答复件数A件,待答复件数B件" (still to answer: carried forward);
    # "结转上年政府信息公开申请数量为0" (为 closes the carried-over's words, no unit).
    real114_words: bool = False
    # Not errors either (r115): the licences granted with no unit printed ("办理行政许可N。": the item's decisions, a
    # reading); both 表四 groups run together ("政府信息公开复议诉讼数0件": their sum).
    real115_words: bool = False
    # Not errors either (s52's insertion grids, r116): the applications qualified ("共受理各类有效政府信息公开申请N件",
    # "上年结转各类政府信息公开申请M件"), granted in whole ("予以全部公开K件"), the closed in 项 with the applications named
    # ("办结政府信息公开申请T项"), the natural persons' applications said after their count ("P起申请政府信息公开的为自然人").
    real116_words: bool = False
    # Not errors either (r117): a bare 结转 right after the closed count ("已经办结T件,结转F件": carried forward); not held said
    # "其中N条申请信息不由本单位掌握", 需要另行制作 said "M条信息没有现成文件".
    real117_words: bool = False
    # Not errors either (r119): a result said with its reply ("予以公开并答复K件": granted); what a suggestion box received
    # ("政府信息公开意见箱受理N件": no application, no cell); the carried forward with the blanks a Word export puts around
    # every figure ("结转 2024 年办理 F件", s53's perturbations of the seen sets).
    real119_words: bool = False
    # Not errors either (r121, r122): none received from "任何机构和个人" (every applicant: the received's nil, not the
    # natural persons'); a count provided to its applicant ("其中N件已按规定向申请人提供相关政策": granted, a reading); a nil of
    # 纠错 after the verb of its denial ("行政复议N件，不存在行政纠错情况": either group's, readings).
    real121_words: bool = False
    # Not errors either (r123, r124): documents in force said "在运行的" after the item's own sentence ("规范性文件由司法部门
    # 审核备案，目前在运行的共N件"); the received said "群众依申请公开信息的申请N次"; withdrawn said after the count with 已
    # ("其中N宗申请人已主动撤销申请": readings of 其他); where applications are taken in ("设立N个政府信息公开申请受理点": no cell).
    real123_words: bool = False
    # Not errors either (r127): what the public writes about the work of applications is no application ("也未收到与依法
    # 申请公开工作有关的举报和投诉": nils of the complaints, no cell); a score ("在政务公开考评中得分N分": a count, no cell).
    real127_words: bool = False
    # Not errors either (r129): the parts said big, whose Chinese numeral jieba glues to 大 ("明确了四大方面工作任务": a count,
    # no cell); a fee's nil with 未予 ("对政府信息公开未予收费": no cell); a nil list a semicolon cut, going on after it ("全年
    # 未发生不予公开政府信息的情况;申请行政复议、提起行政诉讼和申诉的情况": 不予公开, 复议, 诉讼 and 申诉, each a nil).
    real129_words: bool = False
    # Not errors either (r131): the letters replied to after the messages ("共收到并办理网民来信N件,回复信件N件": no cell);
    # lists counted after their names ("编制…主动公开、依申请公开、不予公开三项清单": no cell); a topic said first, its count in
    # the clause after it ("行政诉讼方面，全年共发生案件N件": the group's total); applicants named with 社会组织 ("收到公民或
    # 社会组织提出申请公开信息N条": the received).
    real131_words: bool = False
    # Not errors either (r133): a reason in quotes before its reply ("以“非本部门掌握政府信息”答复N件": not held); an organ's cases
    # of disclosure among its 复议 and 诉讼 ("被复议案件中涉及信息公开的N件": each group's total); 不存在 before a result in quotes
    # ("不存在“不予公开”的政府信息工作": 不予公开's nil); none repealed said with no object ("新制定并发布了N件行政规范性文件，暂无
    # 废止"); 废止 with organs before the documents; replies on a platform of exchange ("政网互动回复N条": no cell); a range's
    # bounds ("配备1-3名信息员": two counts, no cell); a bare verb before the count, its object after ("处理N项依申请公开": readings).
    real133_words: bool = False
    # Not errors either (r135): letters replied to, then a later clause replying to the applications ("完成领导信箱回复N件，回复
    # 依申请公开M条": no cell, then the handled); application items counted as a clause of their own after a 12345 platform's
    # received ("政务服务12345平台受理N件，政府信息依申请公开件M件": no cell, then the received); reforms named by their lists
    # ("以四张清单一张网改革为抓手": no count).
    real135_words: bool = False
    # Not errors either (r136): the year's applications said as one channel's right after 共收到 ("共收到政府信息公开当面申请N件":
    # readings of the received); an idiom of handling each one ("确保收到一件、及时答复一件": no count).
    real136_words: bool = False
    # Not errors either (r138 and s61's probe): every kind of applicant named as 自然人和机构 ("共收到自然人和机构申请政府信息公开
    # N件": the received, not the natural persons'); 表四's groups without 行政 opening their clauses ("复议N件、诉讼M件").
    real138_words: bool = False
    # Not errors either (r140): none of either this year, 规章 before the documents ("本年度无相关规章、规范性文件等信息需主动公开":
    # a nil of each, issued).
    real140_words: bool = False
    # Not errors either (r141): the organ named between the year and 无, 规章 first of a list of the items with none published
    # ("2022年，峪山镇无规章、行政规范性文件信息公开": a nil of each, issued); names that hold a numeral ("根据四个民主的原则",
    # "三次产业") and an article ("打造了一个…平台"): no count.
    real141_words: bool = False
    # Not an error either (r142): the public as the subject of 申请, no verb of receiving ("本年度，辖区群众申请公开政府信息N件":
    # the received).
    real142_words: bool = False
    # Not an error either (r143): the handled said 完成处理 after the received ("共计收到信息公开申请N件，完成处理M件").
    real143_words: bool = False
    # Not errors either (r146, s63's probe): counts put between their verb and the applications ("全年共收到N件政府信息公开申请，
    # 办结M件政府信息公开申请"); a nil whose cause names happenings of no cell before the comma ("未因政府信息公开工作不作为、
    # 不依法作为等情况，而发生申请行政复议和行政诉讼案件": a nil of each).
    real146_words: bool = False
    # Not errors either (r147, r148): a credit platform's records broken down by 自然人 and 法人 ("其中自然人N条，法人M条": no
    # applicant's column, even in the paragraph on applications); no fee involved ("不涉及政府信息公开收费": a nil of no cell).
    # (Its "无外单位和个人向我院申请公开信息", none received, is a units test: the generator's reports all receive some.)
    real148_words: bool = False
    # Not errors either (r150, s64's probe): the applications said 依申请公开申请 after a verb of receiving and one of handling
    # ("全年收到和处理依申请公开申请N件": the received); the lawsuits listed after a reconsideration's outcome ("未出现行政复议败诉和
    # 被诉讼情形": a nil of the outcome and one of the lawsuits).
    real150_words: bool = False
    # Not an error either (blind2, blind4, blind6, blind7): this year's applications said after the change
    # from last year's ("本年度收到政府信息公开申请数量较上年增加N件，总数为M件"): the change names no cell,
    # the figure after it the one the compared subject names.
    compared_words: bool = False
    # Not an error either (blind4, blind6): a result row's case named first as a clause ending in 的, what
    # was done, then its count ("本机关不掌握相关政府信息的，告知申请人…，全年共N件"): that row.
    case_first: bool = False
    # Not an error either (blind4, 2019 form): both items' 对外公开总数量, the second item named right before
    # its column ("规章对外公开总数量为N件，规范性文件对外公开总数量为M件"): each item's.
    total_public_words: bool = False
    # Not an error either (blind5): the carry-forward's clause after one with a date ("另有N件因在12月下旬
    # 受理，延期至下一年度答复"): that cell.
    dated_words: bool = False
    # Not an error either (real18): the applications named as 公开申请事项, counted in 项 ("本年度收到公开申请
    # 事项N项"): the new ones.
    items_words: bool = False
    # Not errors either (blind4, blind7): a result row said right after its count with why between ("N件因
    # 属于重复申请，依法不予处理", "N件因申请人在规定期限内未补正而终止办理"): that row.
    why_words: bool = False
    # Not errors either (blind3, blind5, heldout): the new applications by applicant with 其他 last after the
    # organisations ("…，法律服务机构N件，其他M件") or as "个人申请N件、企业申请M件": each column's cell.
    applicant_words: bool = False
    reason_after: bool = False
    # Not errors either (real31, real38): a carry-forward said in the clause after its count's own ("其中1件
    # 因于年底提交，按规定结转至下一年度接续办理，…") and reconsiderations after a bare verb with what
    # they concern ("收到1件涉及政府信息公开行政复议"), each at its cell.
    clause_words: bool = False
    # Not errors either (real14, real20): the reconsiderations said as "发生N起有关政府信息公开的行政复议案件"
    # (what they concern between the count and the group) and their pending ones as "尚未办结N件".
    t4_words: bool = False
    # Not errors either (blind2, blind7): the reconsiderations said with their subject as the clause before
    # ("因政府信息公开被申请行政复议的案件，本年度为N件") and their outcomes listed with a bare 其他 ("行政复议结果：
    # 维持N件，纠正N件，其他N件，尚未审结N件"): each at its cell.
    t4_list_words: bool = False
    # Not errors either (real15, blind2, blind6): documents counted after the titles of some ("印发《…》（…号）等N件
    # 行政规范性文件"), a row said right after its count in the applications ("全年依申请公开件中有N件因申请人逾期未按
    # 收费通知要求缴纳费用而不再处理"), a case said first with 对 ("对信访举报投诉类申请，告知…，共计N件"): each cell.
    residue_words: bool = False
    # Not errors either (s60's probe of every seen passage with 件 written 宗, as 广东's reports count cases): the closed and the
    # carried forward in 宗 ("已办结N宗，结转M宗"): each at its cell (the carried-forward's rule knew 件, 条 and 项 only).
    case_units_words: bool = False
    # Not errors either (s68's probes of seen passages, and its seen readers): the applications spelled 依申请信息公开, named
    # before their verb, or with 达 before their count ("全年受理依申请信息公开政府信息N件", "政府信息公开申请共收到N项": the
    # received; "结转下年度继续办理政府信息公开申请达N件": the carried forward; "答复政务公开申请N件", 政务公开申请 for
    # 政府信息公开申请: the replies' total); 公民 alone as who applied ("公民申请政府信息公开N件": everyone's or the natural
    # persons', readers split — readings only).
    spelling_words: bool = False


# How each variant words a count that is said one way whatever else the report holds: the first
# variant on in the report gives the words (else the default drawn beside them). {n} is the figure;
# {year} / {next_year} the report's year and the one after.
_TOTAL_SAID = (  # 办理结果总计
    ("said_after", "{n}申请已按规定在法定期限内予以答复"),
    ("real22_words", "{n}依申请均已按要求进行了答复"),
    ("real30_words", "全部{n}均按期办理完毕"),
    ("real37_words", "{n}申请均在规定时间内办理完成并录入管理系统"),
    ("real44_words", "{n}均在规定时间内完成答复工作"),
    ("real46_words", "办理完结政府信息公开申请{n}"),
    ("real52_words", "年内办结{n}"),
    ("real53_words", "{year}年受理的{n}申请件已按规定在法定期限内予以答复"),
    ("real57_words", "在法定期限内答复{n}"),
    ("real60_words", "已在法定期限内对{n}申请事项进行了依法办理"),
)
_CARRIED_FORWARD_SAID = (  # 结转下年度继续办理
    ("real10_words", "转结下年度继续办理{n}"),
    ("real19_words", "另有{n}申请仍在处理中"),
    ("real22_words", "其余{n}按规定结转至下一年度"),
    ("real24_words", "结转次年办理{n}"),
    ("clause_words", "其中{n}因于年底提交，按规定结转至下一年度接续办理，其余申请均已办结"),
    ("real41_words", "{year}年底，{next_year}年结转依申请公开事项{n}"),
    ("real48_words", "另有{n}申请已向相关单位发出征求意见函，正在办理中"),
    ("real51_words", "另有{n}申请按照《条例》规定顺延到下年度答复"),
    ("real61_words", "下年结转件{n}"),
    ("dated_words", "另有{n}因在12月下旬受理，延期至下一年度答复"),
)


def _words_of(inj: Injections, said: tuple[tuple[str, str], ...], default: str) -> str:
    """The words of the first variant of `said` that is on in the report, else `default`."""
    return next((words for flag, words in said if getattr(inj, flag)), default)


# The one reason of a result row, said between its count and the row's words (real21_words).
_ONE_REASON = {"denied.process_info": "因四类过程信息", "denied.internal_affairs": "因属于内部事务信息",
               "denied.state_secret": "因属于国家秘密", "denied.inquiry": "属于行政查询事项",
               "unavailable.not_held": "因本机关不掌握相关政府信息", "unavailable.need_creation": "因需另行制作而",
               "not_processed.complaint": "属于信访举报投诉类申请", "not_processed.duplicate": "系重复申请"}
# The one reason of a result row, said right after its count with why between (why_words).
_WHY_SAID = {"not_processed.duplicate": "因属于重复申请，依法不予处理",
             "other.overdue_correction": "因申请人在规定期限内未补正而终止办理"}
# The one reason of a result row, said right after its count (reason_after).
_REASON_AFTER = {"denied.process_info": "属于过程性信息", "denied.internal_affairs": "属于内部事务信息",
                 "denied.state_secret": "属于国家秘密", "denied.third_party": "属于保护第三方合法权益",
                 "unavailable.not_held": "本机关不掌握相关政府信息", "unavailable.need_creation": "需要另行制作",
                 "not_processed.complaint": "属于信访举报投诉类申请", "not_processed.duplicate": "属于重复申请",
                 "other.overdue_correction": "申请人逾期未补正"}
# The one reason of a result row, said after its count as the whole clause (real42_words).
_SAID_AS_THE_CLAUSE = {"unavailable.not_held": "本单位不掌握相关政府信息", "other.overdue_correction": "申请人逾期未补正"}
# One reason of a result row, named before 等原因 (the real20_words variant).
_SOME_REASON = {"unavailable": "不掌握相关政府信息", "not_processed": "属于重复申请", "other": "逾期不补正"}


# The 2021 form's 表二 columns of 规范性文件 in its order, as real reports say them: (words, column)
# of each, their unit, what joins them, and whether a figure may be in Chinese numerals (not after
# 件数: "制发件数十件" reads as 数十件, dozens).
_COLUMNS_SAID = {
    "real21": ((("本年度行政规范性文件发布{n}", "issued"), ("废止数量{n}", "repealed"), ("现行有效数量{n}", "in_force")),
               "条", "，", True),
    "real28": ((("本年度行政规范性文件发布{n}", "issued"), ("废止{n}", "repealed")), "条", "、", True),
    "real46": ((("行政规范性文件制发件数{n}", "issued"), ("废止件数{n}", "repealed"), ("现行有效件数{n}", "in_force")),
               "件", "，", False),
}


@contextmanager
def _draws_of_its_own(w: "Writer", key: str):
    """Write a variant's words with draws of their own (seeded by `key`): the rest of the report
    stays as it was."""
    own, w.rng = w.rng, random.Random(key)
    try:
        yield
    finally:
        w.rng = own


def _three_columns(w: "Writer", t2: dict, words: str = "real21") -> str:
    """The 2021 form's 表二 columns of 规范性文件 in its order, all three (real21_words, real46_words) or
    the first two (real28_words: "行政规范性文件发布0条、废止0条"), written with draws of their own: the
    rest of the report stays as it was."""
    with _draws_of_its_own(w, f"three:{t2['normative_docs.in_force']}"):
        said, unit, joiner, cn = _COLUMNS_SAID[words]
        return joiner.join(w.count(label, t2[f"normative_docs.{col}"], unit, f"t2.normative_docs.{col}", cn=cn)
                           for label, col in said)


def _result(w: "Writer", inj: Injections, figs: Figures, label: str, group: str, value: int, de: str) -> str:
    """One result row of 表三 in the outcome list: its words and its count, or (variants) the
    count first and what is said of it after."""
    if inj.real20_words and group in _SOME_REASON:
        return w.count(f"{{n}}因{_SOME_REASON[group]}等原因{label}", value, "件", f"t3.{group}.total")
    if inj.real21_words and group == "granted":
        return w.count("{n}申请的内容予以公开", value, "件", "t3.granted.total")
    if inj.real22_words and group == "granted":
        return w.count("{n}已按照《中华人民共和国政府信息公开条例》在法定时限内给予了答复并予以公开", value, "件",
                       "t3.granted.total")
    if inj.real40_words and group == "granted":
        return w.count("属于同意全部公开的{n}", value, "件", "t3.granted.total")
    if inj.real41_words and group == "granted":
        return w.count("已公开{n}", value, "件", "t3.granted.total")
    if inj.real63_words and group == "granted":
        return w.count("申请信息可以公开的{n}", value, "件", "t3.granted.total")
    # The group's one row with cases, if it has only one: the variants below say its reason.
    rows = [r for r in figs.t3 if r.startswith(group + ".") and figs.t3v(r)]
    row = rows[0] if len(rows) == 1 else None
    if inj.real42_words and not inj.real32_words and row in _SAID_AS_THE_CLAUSE:
        # (real32's seeds read their bare 5件 of natural persons)
        return w.count(f"{{n}}{_SAID_AS_THE_CLAUSE[row]}", value, "件", f"t3.{row}.total")
    if inj.real21_words and row in _ONE_REASON:
        return w.count(f"{{n}}{_ONE_REASON[row]}{label}", value, "件", f"t3.{row}.total")
    if inj.why_words and row in _WHY_SAID:
        return w.count(f"{{n}}{_WHY_SAID[row]}", value, "件", f"t3.{row}.total")
    if inj.reason_after and row in _REASON_AFTER:
        said = w.count(f"{label}{de}{{n}}", value, "件", f"t3.{row}.total", accept=[f"t3.{group}.total"])
        # in brackets or as the next clause, by the count (no draw: the rest stays as it was)
        return said + (f"（{_REASON_AFTER[row]}）" if value % 2 else f"，{_REASON_AFTER[row]}")
    return w.count(f"{label}{de}{{n}}", value, "件", f"t3.{group}.total")


def _applicants_listed(w: "Writer", new: list[int]) -> str:
    """The new applications by applicant, written with draws of their own: every column of the form,
    其他 last ("自然人212件，商业企业21件，…，其他3件", blind3, blind5), or, where only firms are beside
    the people, "个人申请N件、企业申请M件" (heldout)."""
    with _draws_of_its_own(w, f"applicants:{new[-1]}"):
        if new[1] == sum(new[1:6]):
            return "、".join(w.count(words, n, "件", f"t3.new_received.{col}")
                            for words, n, col in (("个人申请{n}", new[0], "natural_person"),
                                                  ("企业申请{n}", new[1], "commercial")))
        # (the form's applicant columns in its order, in the words of its header)
        return "，".join(w.count(f"{words}{{n}}", n, "件", f"t3.new_received.{col}")
                        for words, col, n in zip(T3_COL_LABELS[:6], T3_COLS[:6], new))


@dataclass
class Narrative:
    sections: dict[str, list[str]]  # "一" … "六" -> paragraphs (section 一 starts with sub-headings)
    mentions: list[dict]
    lookalikes: list[dict]
    claims: list[dict]
    # Metrics stated once, outside any part/total structure: safe targets for a wrong number.
    standalone: list[str]
    expected: list[dict]  # narrative findings this text must raise (from injections)


class Writer:
    def __init__(self, rng: random.Random, inj: Injections):
        self.rng, self.inj = rng, inj
        self.mentions: list[dict] = []
        self.expected: list[dict] = []

    def num(self, n: int, cn: bool = True) -> str:
        r = self.rng.random()
        if cn and 0 < n <= 99 and r < 0.12:
            s = cn2an.an2cn(n)
            return "两" if s == "二" and self.rng.random() < 0.5 else s
        if r < 0.2:
            return f" {n} "
        return str(n)

    def count(self, template: str, value: int, unit: str, metric: str | None = None, *,
              approx: str | None = None, kind: str = "count", scope: str | None = None,
              accept: list[str] | None = None, cn: bool = True, printed: int | None = None,
              wan: bool = False) -> str:
        """Write `template` with {n} replaced by the figure (+unit) and record the mention."""
        shown = value if printed is None else printed
        if metric in self.inj.wrong:
            shown = self.inj.wrong[metric]
        text_n = f"{shown / 10000:g}万" if wan else self.num(shown, cn=cn and approx is None)
        if approx in ("余", "多"):
            body = f"{text_n}{approx}{unit}"
        elif approx:
            body = f"{approx}{text_n}{unit}"
        else:
            body = f"{text_n}{unit}"
        quote = template.replace("{n}", body)
        m = {"quote": quote.strip(), "value": shown, "unit": unit, "approx": approx is not None,
             "metric": metric, "kind": kind}
        if approx:
            m["approx_word"] = approx
        if scope:
            m["scope"] = scope
        if accept:
            m["accept"] = accept
        self.mentions.append(m)
        return quote

    def percent(self, template: str, part: int, base: int, metric: str, base_metric: str,
                other_base: int = 0) -> str:
        pct = int(part * 1000 / base + 0.5) / 10 if base else 0.0
        if self.inj.break_percent:
            # Off by 3–9 points, and away from the other base a reader may try (办结 / 新收).
            other = part * 100 / other_base if other_base else -100.0
            for _ in range(20):
                shift = self.rng.uniform(3, 9)
                wrong = round(pct - shift if pct - shift >= 0 else pct + shift, 1)
                if abs(wrong - other) > 1:
                    break
            pct = wrong
            self.expected.append({"rule": "narrative.percent", "severity": "error", "where": metric,
                                  "reported": pct, "metrics": [metric, base_metric]})
        s = f"{pct:.1f}".rstrip("0").rstrip(".") if self.rng.random() < 0.5 else f"{pct:.1f}"
        quote = template.replace("{p}", f"{s}%")
        self.mentions.append({"quote": quote.strip(), "value": float(s), "unit": "%", "approx": False,
                              "metric": None, "kind": "percent", "share_of_metric": metric})
        return quote


def _units_cut(w: "Writer", parts: list[int]) -> str:
    """Proactive items as a crawler left them (units_cut): the first two figures without their
    unit, run into the next label and listed with 、, the last with its 条. The figures cut are
    the two below 1000 (a unit-less figure that could be a year is no count: `parts[1]` may be)."""
    labels = ["政策文件", "动态信息", "财政信息"]
    values = [parts[0], parts[2], parts[1]]
    said = [f"{labels[0]}{values[0]}", f"{labels[1]}{values[1]}", f"{labels[2]}{values[2]}条"]
    for quote, value, unit in zip(said, values, ["", "", "条"]):
        w.mentions.append({"quote": quote, "value": value, "unit": unit, "approx": False, "metric": None,
                           "kind": "count"})
    return f"{said[0]}{said[1]}、{said[2]}"


def _intro(organ: Organ, year: int, rng: random.Random) -> str:
    verbs = ["坚持以习近平新时代中国特色社会主义思想为指导", "深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署",
             "认真贯彻落实《条例》和年度政务公开工作要点"]
    aims = ["持续提升政务公开质量和实效", "以公开促落实、以公开强监管、以公开优服务", "更好满足人民群众对政府信息的需求"]
    return f"{year}年，{organ.name}{rng.choice(verbs)}，{rng.choice(aims)}，各项工作取得积极成效。现将有关情况报告如下。"


def build(organ: Organ, year: int, figs: Figures, rng: random.Random, inj: Injections) -> Narrative:
    w = Writer(rng, inj)
    lookalikes: list[dict] = []
    claims: list[dict] = []
    standalone: list[str] = []
    area = organ.area if organ.is_government else rng.choice(["本机关", "我单位", organ.short])
    one: list[str] = [_intro(organ, year, rng)]
    if inj.real23_words:
        one[0] = one[0].replace("，各项工作", "，深入学习贯彻党委十届七次、八次全会精神，各项工作")

    # （一）主动公开 -------------------------------------------------------------------
    one.append(rng.choice(["（一）主动公开情况", "（一）主动公开方面"]))
    parts = [rng.randint(20, 900), rng.randint(50, 3000), rng.randint(10, 600)]
    want_sum = inj.force_sum or inj.break_sum or rng.random() < 0.6
    sents = []
    if want_sum:
        total = sum(parts)
        # "X，其中A、B、C" need not list every kind, so only parts exceeding the total are
        # an error whichever way it is read: a broken sum prints a total below the parts.
        printed_total = total - (rng.randint(3, min(40, parts[0])) if inj.break_sum else 0)
        if inj.break_sum:
            w.expected.append({"rule": "narrative.sum", "severity": "error", "where": "proactive.items",
                               "reported": printed_total, "computed": total, "metrics": []})
        s = w.count(f"{year}年，{area}共主动公开政府信息{{n}}", printed_total, "条", None, cn=False)
        labels = rng.sample(["政策文件", "工作动态", "通知公告", "人事信息", "规划计划"], 3)
        if inj.units_cut:
            s += "，其中" + _units_cut(w, parts)
        else:
            s += "，其中" + "、".join(w.count(f"{lab}{{n}}", v, "条", None, cn=False) for lab, v in zip(labels, parts))
        sents.append(s)
    else:
        s = w.count("全年累计主动公开各类政府信息{n}", rng.randint(1, 9) * 1000, "条", None,
                    approx=rng.choice(["余", "近", "超"]), cn=False)
        if rng.random() < 0.5:
            change = round(rng.uniform(1, 30), 1)
            up = rng.random() < 0.6
            q = f"同比{'增长' if up else '下降'}{change:g}%"
            w.mentions.append({"quote": q, "value": change if up else -change, "unit": "%", "approx": False,
                               "metric": None, "kind": "change"})
            s += "，" + q
        sents.append(s)
    if figs.layout == "2021":
        t2 = figs.t2
        first = len(w.mentions)
        issued = ("本年度印发《关于进一步规范政务服务工作的通知》（政办发〔{year}〕3号）等{{n}}行政规范性文件"
                  if inj.residue_words and t2["normative_docs.issued"] > 1 else "本年度制发行政规范性文件{{n}}")
        s = w.count(issued.format(year=year), t2["normative_docs.issued"], "件", "t2.normative_docs.issued")
        standalone.append("t2.normative_docs.issued")
        if rng.random() < 0.6:
            s += "，" + w.count("截至年底现行有效行政规范性文件{n}", t2["normative_docs.in_force"], "件",
                               "t2.normative_docs.in_force")
            standalone.append("t2.normative_docs.in_force")
        if inj.real69_words and not inj.wrong and not (inj.real21_words or inj.real46_words or inj.real38_words or inj.real28_words):
            with _draws_of_its_own(w, f"real69:{t2['normative_docs.in_force']}"):
                s += "。" + w.count("其中现行有效行政规范性文件{n}", t2["normative_docs.in_force"], "件",
                                   "t2.normative_docs.in_force", cn=False)
                s += "，" + w.count(f"{year}年制定{{n}}", t2["normative_docs.issued"], "件", "t2.normative_docs.issued",
                                   cn=False)
        if inj.real123_words and not inj.wrong and not (inj.real21_words or inj.real46_words or inj.real38_words or inj.real28_words):
            with _draws_of_its_own(w, f"real123:{t2['normative_docs.in_force']}"):
                s += "。行政规范性文件由司法部门审核备案，" + w.count("目前在运行的共{n}", t2["normative_docs.in_force"], "件",
                                                         "t2.normative_docs.in_force", cn=False)
        if inj.real77_words and not inj.wrong and not (inj.real21_words or inj.real46_words or inj.real38_words or inj.real28_words):
            with _draws_of_its_own(w, f"real77:{t2['normative_docs.in_force']}"):
                s += "。" + w.count(f"梳理现行有效{organ.short}名义印发的行政规范性文件{{n}}", t2["normative_docs.in_force"], "件",
                                   "t2.normative_docs.in_force", cn=False)
        if (inj.real140_words and not inj.wrong and not t2["normative_docs.issued"] and not t2["regulations.issued"]
                and not (inj.real21_words or inj.real46_words or inj.real38_words or inj.real28_words)):
            s += "。本年度无相关规章、规范性文件等信息需主动公开"
            _nil_at(w, "无相关规章", "t2.regulations.issued", accept=["t2.regulations.in_force"])
            _nil_at(w, "无相关规章、规范性文件", "t2.normative_docs.issued", accept=["t2.normative_docs.in_force"])
        if (inj.real141_words and not inj.wrong and not t2["normative_docs.issued"] and not t2["regulations.issued"]
                and not (inj.real140_words or inj.real21_words or inj.real46_words or inj.real38_words or inj.real28_words)):
            s += f"。{year}年，{organ.short}无规章、行政规范性文件信息公开"
            _nil_at(w, f"{organ.short}无规章", "t2.regulations.issued", accept=["t2.regulations.in_force"])
            _nil_at(w, f"{organ.short}无规章、行政规范性文件", "t2.normative_docs.issued", accept=["t2.normative_docs.in_force"])
        if inj.real21_words:
            del w.mentions[first:]  # said instead as the form's three columns, each once
            s = _three_columns(w, t2)
        elif inj.real46_words:
            del w.mentions[first:]  # the same, with the form's 件数 after the item's name
            s = _three_columns(w, t2, words="real46")
        elif inj.real38_words:
            del w.mentions[first:]  # said instead as 发布 (a reading) and 废止 right after it
            s = w.count("全年发布行政规范性文件{n}", t2["normative_docs.issued"], "件", None,
                        accept=["t2.normative_docs.issued"], cn=False)
            s += "，" + w.count("废止{n}", t2["normative_docs.repealed"], "件", "t2.normative_docs.repealed", cn=False)
            standalone[:] = [m for m in standalone if m not in ("t2.normative_docs.issued", "t2.normative_docs.in_force")]
            standalone.append("t2.normative_docs.repealed")
        elif inj.real28_words:
            del w.mentions[first:]  # said instead as the form's first two columns (no 现行有效: no figure of it to aim an
            s = _three_columns(w, t2, words="real28")  # error at, s69's crawled corpus)
            standalone[:] = [m for m in standalone if m != "t2.normative_docs.in_force"]
            standalone += [m for m in ("t2.normative_docs.repealed",) if m not in standalone]
        sents.append(s)
    else:
        sents.append(w.count(f"{inj.form_verb or '新制作'}规范性文件{{n}}", figs.t2["normative_docs.made"], "件", "t2.normative_docs.made"))
        standalone.append("t2.normative_docs.made")
        if inj.total_public_words and not inj.real27_words:
            with _draws_of_its_own(w, f"totalpublic:{figs.t2['normative_docs.total_public']}"):
                sents.append(w.count("截至年底，对外公开规章总数量为{n}", figs.t2["regulations.total_public"], "件",
                                     "t2.regulations.total_public", cn=False) + "，" +
                             w.count("规范性文件对外公开总数量为{n}", figs.t2["normative_docs.total_public"], "件",
                                     "t2.normative_docs.total_public", cn=False))
        if inj.real65_words and not inj.real27_words:
            with _draws_of_its_own(w, f"real65:{figs.t2['licensing.prev_count']}"):
                for item, word in (("licensing", "行政许可事项"), ("penalty", "行政处罚事项")):
                    if figs.t2[f"{item}.delta"] > 0:  # this year's items, then the change from last year's
                        now = figs.t2[f"{item}.prev_count"] + figs.t2[f"{item}.delta"]
                        sents.append(w.count(f"{word}{{n}}", now, "项", None, cn=False) + "，" +
                                     w.count(f"比{year - 1}年增加{{n}}", figs.t2[f"{item}.delta"], "项",
                                             f"t2.{item}.delta", kind="change", cn=False))
        if inj.real68_words and not inj.real27_words:
            with _draws_of_its_own(w, f"real68:{figs.t2['licensing.prev_count']}"):
                unchanged = [(item, word) for item, word in (("licensing", "行政许可"), ("penalty", "行政处罚"),
                                                             ("enforcement", "行政强制")) if figs.t2[f"{item}.delta"] == 0]
                for item, word in unchanged[:1]:  # this year's items, then no change from last year's
                    said = f"较{year - 1}年无增减"
                    sents.append(w.count(f"主动公开{word}{{n}}", figs.t2[f"{item}.prev_count"], "项", None, cn=False)
                                 + "，" + said)
                    _nil_at(w, said, f"t2.{item}.delta")
        if inj.real27_words:
            sents.append(w.count("规章对外公开总数量{n}", figs.t2["regulations.total_public"], "件",
                                 "t2.regulations.total_public", cn=False))
            for item, word in (("other_services", "其他对外管理服务事项"), ("penalty", "行政处罚事项")):
                if figs.t2[f"{item}.delta"] > 0:  # the item's 本年增/减 said as 新增 right after its name
                    sents.append(w.count(f"{word}新增{{n}}", figs.t2[f"{item}.delta"], "项", f"t2.{item}.delta",
                                         kind="change", cn=False) + "，" +
                                 w.count("处理决定数量{n}", figs.t2[f"{item}.decisions"], "件", f"t2.{item}.decisions",
                                         cn=False))
    if inj.documents_by_attribute:
        # (real29) the organ's own documents counted by their disclosure attribute: no cell of 表三
        sents.append("，".join(w.count(label, n, "件", None, cn=False) for label, n in (
            ("主动公开文件{n}", inj.documents_by_attribute), ("依申请公开{n}", 0), ("不予公开{n}", 0))))
    if inj.real66_words and inj.documents_by_attribute:
        # (r66) the same, each count before its attribute: no cell of 表三 either
        with _draws_of_its_own(w, f"real66:{inj.documents_by_attribute}"):
            made = inj.documents_by_attribute + 3
            sents.append(w.count("全年制发文件总数{n}", made, "件", None, cn=False) + "，其中" + "，".join(
                w.count(label, n, "件", None, cn=False)
                for label, n in (("{n}主动公开", made - 3), ("{n}依申请公开", 2), ("{n}免于公开", 1))))
    if rng.random() < 0.4:
        # 政策性文件 is not 行政规范性文件: a count with no table counterpart.
        sents.append(w.count("印发政策性文件{n}", rng.randint(3, 80), "件", None))
    extra = [
        lambda: w.count("开展政策解读{n}", rng.randint(5, 300), "篇", None, approx=rng.choice([None, "余"])),
        lambda: w.count("召开新闻发布会{n}", rng.randint(2, 40), "场", None),
        lambda: w.count("编发政府公报{n}", rng.choice([4, 6, 12, 24]), "期", None),
        lambda: w.count("回应社会关切{n}", rng.randint(5, 200), "次", None),
        lambda: w.count("发布政务新媒体信息{n}", rng.randint(1, 9) * 1000, "条", None, approx="多", cn=False),
        lambda: w.count("政府网站累计访问量{n}", rng.randint(11, 99) * 1000, "人次", None, approx="余", wan=True),
    ]
    for f in rng.sample(extra, rng.randint(2, 4)):
        sents.append(f())
    one.append("；".join(sents) + "。")

    # （二）依申请公开 -----------------------------------------------------------------
    one.append(rng.choice(["（二）依申请公开情况", "（二）依申请公开方面"]))
    new, co = figs.t3v("new_received"), figs.t3v("carried_over")
    tot, cf = figs.t3v("total"), figs.t3v("carried_forward")
    para = []
    if new == 0:
        said = f"{year}年度{area}无依申请公开事项" if inj.real10_words else f"{year}年，{area}未收到政府信息公开申请"
        if inj.real23_words:
            said = f"{year}年，{area}没收到政务信息公开申请"
        elif inj.real24_words:
            said = f"{year}年，{area}未接获公民或法人的依申请公开诉求"
        elif inj.real26_words:
            said = f"{year}年，{area}无居民群众、企事业单位提出政府信息公开申请"
        elif inj.real31_words:
            said = f"{year}年，{area}未收到任何单位、个人提交的政府信息公开申请"
        elif inj.real33_words:
            said = f"{year}年，{area}暂无申请情况"
        elif inj.real36_words:
            said = "无"  # right under the heading "（二）依申请公开情况"
        elif inj.real47_words:
            said = f"{year}年，{area}没有群众提出政府信息公开的请求"
        elif inj.real121_words:
            said = f"{year}年，{area}没有收到任何机构和个人对{area}提出有关政府信息公开的申请"
        para.append(_nil(w, said, "t3.new_received.total"))
        if inj.real23_words and co == 0:
            para.append(_nil(w, f"未转结{year - 1}年政府信息公开申请", "t3.carried_over.total"))
    else:
        style = rng.randrange(4)
        if style == 3 and co > 0:
            # 共受理 here counts last year's carry-over too: new + carried (REPORT_FORMAT.md).
            s = w.count(f"{year}年，{area}共受理政府信息公开申请{{n}}", new + co, "件",
                        "t3.new_received.total+t3.carried_over.total")
            s += "（" + w.count("含上年结转{n}", co, "件", "t3.carried_over.total") + "）"
            para.append(s)
        elif style == 0 and co > 0 and inj.real27_words:
            # both years' applications, broken down in the next sentence ("。其中，上年结转…")
            s = w.count(f"{year}年，共收到政府信息公开申请{{n}}", new + co, "件",
                        "t3.new_received.total+t3.carried_over.total")
            s += "。其中，" + w.count("上年结转申请{n}", co, "件", "t3.carried_over.total")
            s += "，" + w.count("本年新收申请{n}", new, "件", "t3.new_received.total")
            para.append(s)
        elif style == 0 and co > 0:
            s = w.count(f"{year}年，共收到政府信息公开申请{{n}}", new, "件", "t3.new_received.total")
            s += "，" + w.count("上年结转{n}", co, "件", "t3.carried_over.total")
            q = w.count("共计{n}", new + co, "件", None,
                        accept=["t3.carried_over.total+t3.new_received.total"])
            lookalikes.append({"quote": q, "why": f"= 新收{new} + 结转{co}"})
            para.append(s + "，" + q)
        elif style == 1:
            if inj.real26_words:
                s = w.count(f"全年{area}共收到申请公开政府信息{{n}}", new, "宗", "t3.new_received.total")
            else:
                s = w.count(f"全年{area}受理政府信息公开申请{{n}}", new, "件", "t3.new_received.total")
            orgs = sum(figs.t3["new_received"][1:6])
            if orgs:
                said, default = len(w.mentions), "，其中" + w.count(
                    "公民个人申请{n}" if inj.real26_words else "自然人申请{n}",
                    figs.t3["new_received"][0], "件", "t3.new_received.natural_person")
                if inj.real32_words:
                    default += "（" + "，".join(w.count(f"{word}{{n}}", figs.t3[row][0], "件", f"t3.{row}.natural_person", cn=False)
                                               for word, row in (("予以公开", "granted"), ("部分公开", "partial"))) + "）"
                default += "、" + w.count("法人或其他组织申请{n}", orgs, "件", None, accept=["*"])
                if inj.applicant_words and not inj.real32_words:
                    # (the default words drawn all the same, then left out: the rest stays as it was;
                    # real32's seeds keep their bracket of the natural persons' results)
                    del w.mentions[said:]
                    s += "，其中" + _applicants_listed(w, figs.t3["new_received"])
                else:
                    s += default
            elif inj.real63_words:
                with _draws_of_its_own(w, f"real63:{new}"):
                    s += "，" + w.count("{n}依申请公开申请人均为自然人", new, "件", "t3.new_received.natural_person")
            para.append(s)
        elif inj.said_after:
            para.append(w.count("本年度收到依申请公开事项{n}", new, "项", "t3.new_received.total"))
            if co:
                para.append(w.count("另有上年结转申请{n}", co, "件", "t3.carried_over.total"))
        else:
            label = "本年度依申请公开数为{n}" if inj.real19_words else "本年度新收政府信息公开申请{n}"
            if inj.real40_words and not inj.real19_words:
                label = "本年度向本机关提交公开政府信息共计{n}"
            elif inj.real42_words and not inj.real19_words and cf == 0:
                label = "本年度新收并办结{n}"
            elif inj.real43_words and not inj.real19_words:
                # (by the count, no draw: the rest of the report stays as it was)
                label = "全年共接收群众、企业申请公开{n}" if new % 2 else "网上申请、信件邮寄等形式的依申请公开件共{n}"
            elif inj.real47_words and not inj.real19_words:
                label = "本年度收到申请人申请公开政府信息{n}"
            elif inj.real49_words and not inj.real19_words:
                label = "全年共收办申请{n}"
            if inj.compared_words and label == "本年度新收政府信息公开申请{n}":
                with _draws_of_its_own(w, f"compared:{new}"):  # (the change by the count)
                    para.append(w.count("本年度收到政府信息公开申请数量较上年增加{n}", 1 + new % 5, "件", None,
                                        kind="change", cn=False) + "，" + w.count("总数为{n}", new, "件", "t3.new_received.total"))
            elif inj.items_words and label == "本年度新收政府信息公开申请{n}":
                para.append(w.count("本年度收到公开申请事项{n}", new, "项", "t3.new_received.total"))
            else:
                para.append(w.count(label, new, "件", "t3.new_received.total"))
            if co:
                label = f"{year - 1}年结转{{n}}" if inj.year_words else "上年度未办结{n}" if inj.real24_words else "另有上年结转申请{n}"
                if inj.real33_words:
                    label = f"{year - 1}年{area}结转政府信息公开申请{{n}}"
                elif inj.real64_words and label == "另有上年结转申请{n}":
                    label = "完成办理上年度申请{n}"
                para.append(w.count(label, co, "件", "t3.carried_over.total"))
        if inj.real34_words and co == 0:
            para.append(_nil(w, "无上年转结依申请公开", "t3.carried_over.total"))
        elif inj.real44_words and co == 0:
            para.append(_nil(w, f"{year}年度没有{year - 1}年结转的政府信息公开申请事项", "t3.carried_over.total"))
        if organ.is_government and new >= 6 and rng.random() < 0.35:
            k = rng.randint(1, new // 2)
            para.append(w.count(f"其中{organ.office}代表{organ.short}受理{{n}}", k, "件", None,
                                scope=f"{organ.office}代表{organ.short}"))
        # Outcomes: a part/total structure (办结 T, 其中 …).
        groups = [("予以公开", "granted"), ("部分予以公开" if inj.real10_words else "予以部份公开" if inj.real46_words else "部分同意公开" if inj.real54_words else "部分公开", "partial"), ("不同意公开答复" if inj.real55_words else "不予公开", "denied"),
                  ("无法提供", "unavailable"), ("不予处理", "not_processed"), ("其他处理", "other")]
        shown = [(lab, g, figs.t3v(g)) for lab, g in groups if figs.t3v(g) or rng.random() < 0.3]
        label = _words_of(inj, _TOTAL_SAID, rng.choice(["办结{n}", "已全部办结{n}", "依法答复{n}"])).format(n="{n}", year=year)
        s = w.count("全年办理{n}" if inj.year_words else label, tot, "件", "t3.total.total")
        if shown:
            de = rng.choice(["", "的"])
            s += "，其中" + "，".join(_result(w, inj, figs, lab, g, v, de) for lab, g, v in shown)
        want_pct = inj.force_percent or inj.break_percent or rng.random() < 0.3
        if want_pct and tot and figs.t3v("granted"):
            s += "；" + w.count("予以公开{n}", figs.t3v("granted"), "件", "t3.granted.total")
            if new and rng.random() < 0.3:  # the other base real reports use: 新收
                s += "，" + w.percent("占收到申请总数的{p}", figs.t3v("granted"), new, "t3.granted.total",
                                      "t3.new_received.total", other_base=tot)
            else:
                s += "，" + w.percent("占办结总数的{p}", figs.t3v("granted"), tot, "t3.granted.total",
                                      "t3.total.total", other_base=new)
        if inj.case_first and figs.t3v("unavailable.not_held"):
            with _draws_of_its_own(w, f"casefirst:{tot}"):  # (a sentence of its own, in the same item of para)
                s += "。" + w.count("本机关不掌握相关政府信息的，告知申请人负责公开的机关及联系方式，全年共{n}",
                                   figs.t3v("unavailable.not_held"), "件", "t3.unavailable.not_held.total", cn=False)
        if inj.real64_words and tot:
            with _draws_of_its_own(w, f"real64:{tot}"):  # (a sentence of its own, in the same item of para)
                shared = figs.t3v("unavailable") + figs.t3v("not_processed") + figs.t3v("other")
                s += "。其中，" + w.count("公开或部分公开{n}", figs.t3v("granted") + figs.t3v("partial"), "件",
                                       "t3.granted.total+t3.partial.total", cn=False)
                s += "；" + w.count("无法提供、不予处理及其他处理{n}", shared, "件",
                                   "t3.unavailable.total+t3.not_processed.total+t3.other.total", cn=False)
        if inj.residue_words:
            with _draws_of_its_own(w, f"residue:{tot}"):  # (sentences of their own, in the same item of para)
                if figs.t3v("not_processed.complaint"):
                    s += "。对信访举报投诉类申请，" + w.count("告知申请人通过信访渠道反映，共计{n}",
                                                         figs.t3v("not_processed.complaint"), "件",
                                                         "t3.not_processed.complaint.total", cn=False)
                if figs.t3v("other.overdue_fee"):
                    s += "。" + w.count("全年依申请公开件中有{n}因申请人逾期未按收费通知要求缴纳费用而不再处理",
                                       figs.t3v("other.overdue_fee"), "件", "t3.other.overdue_fee.total", cn=False)
        if inj.real77_words and not inj.wrong and tot and not figs.t3v("denied"):
            s += "。" + _nil(w, "不存在不予公开政府信息情况", "t3.denied.total")
        if inj.real75_words and not inj.wrong:
            with _draws_of_its_own(w, f"real75:{tot}"):  # (sentences of their own, in the same item of para)
                if cf:
                    s += "。" + w.count(f"结转至{year + 1}年作出答复的政府信息公开申请{{n}}", cf, "件",
                                       "t3.carried_forward.total", cn=False)
                persons, firms = figs.t3["new_received"][0], figs.t3["new_received"][1]
                if persons and firms and persons + firms == new:  # (all of them: a part left out reads as one missed)
                    s += "。" + w.count("本年度收到申请{n}", new, "件", "t3.new_received.total", cn=False)
                    s += "，其中" + w.count("来自公民申请{n}", persons, "件", "t3.new_received.natural_person", cn=False)
                    s += "，" + w.count("商业企业申请{n}", firms, "件", "t3.new_received.commercial", cn=False)
                if co and new:
                    s += "。" + w.count("本年新收{n}", new, "件", "t3.new_received.total", cn=False)
                    s += "，" + w.count("上一年度结转{n}", co, "件", "t3.carried_over.total", cn=False)
                    s += "，" + w.count("共计{n}", new + co, "件", "t3.new_received.total+t3.carried_over.total", cn=False)
                    people = w.rng.randint(1, new + co - 1) if new + co > 1 else 0
                    if people:
                        s += "。" + w.count("公民个人提出申请{n}", people, "件", None, cn=False,
                                           accept=["t3.new_received.natural_person+t3.carried_over.natural_person"])
                        orgs = "+".join(f"t3.{row}.{col}" for row in ("new_received", "carried_over") for col in T3_COLS[1:6])
                        s += "；" + w.count("法人或其他组织提出申请{n}", new + co - people, "件", None, cn=False,
                                           accept=[orgs])
        if inj.real73_words and not inj.wrong:
            with _draws_of_its_own(w, f"real73:{tot}"):  # (sentences of their own, in the same item of para)
                granted, partial = figs.t3v("granted"), figs.t3v("partial")
                duplicate = figs.t3v("not_processed.duplicate")
                if new:
                    s += "。" + w.count("依申请公开政务信息{n}", new, "件", "t3.new_received.total", cn=False)
                if co:
                    s += "，" + w.count("上年度结转办理答复{n}", co, "件", "t3.carried_over.total", cn=False)
                if tot and (granted or partial or duplicate):
                    results = []
                    if granted:
                        results.append("对其中" + w.count("{n}，依法依规予以公开", granted, "件", "t3.granted.total", cn=False))
                    if partial:
                        results.append("对其中" + w.count("{n}部分进行公开", partial, "件", "t3.partial.total", cn=False))
                    if duplicate:
                        results.append(w.count("{n}不再重复处理", duplicate, "件", "t3.not_processed.duplicate.total", cn=False))
                    s += "。" + w.count("在已办理的{n}申请中", tot, "件", "t3.total.total", cn=False) + "，" + "；".join(results)
                if granted >= 2:
                    published = w.rng.randint(1, granted - 1)
                    s += "。" + w.count("予以公开{n}", granted, "件", "t3.granted.total", cn=False)
                    s += "（" + w.count("主动公开{n}", published, "件", None, cn=False)
                    s += "，" + w.count("依申请公开{n}", granted - published, "件", None, cn=False) + "）"
        if inj.real81_words and not inj.wrong:
            with _draws_of_its_own(w, f"real81:{tot}"):  # (sentences of their own, in the same item of para)
                persons, orgs = figs.t3["new_received"][0], sum(figs.t3["new_received"][1:6])
                if new:
                    s += "。" + w.count("全年收到政府信息公开申请{n}", new, "条(次)", "t3.new_received.total", cn=False)
                    if persons and orgs and persons + orgs == new:
                        s += "，其中" + w.count("公民申请公开信息数量{n}", persons, "条", "t3.new_received.natural_person",
                                             cn=False)
                        s += "，" + w.count("法人和其他组织申请公开信息{n}", orgs, "条",
                                           "+".join(f"t3.new_received.{col}" for col in T3_COLS[1:6]), cn=False)
                else:
                    s += "。" + _nil(w, f"{year}年，{area}未新受理政府信息公开申请", "t3.new_received.total")
                if figs.t3v("other.other"):
                    s += "。办理结果中，" + w.count("{n}协调申请人主动撤销申请", figs.t3v("other.other"), "宗", None, cn=False,
                                                accept=["t3.other.other.total", "t3.other.total"])
                if cf:
                    s += "。另有" + w.count("{n}尚在继续处理中", cf, "件", "t3.carried_forward.total", cn=False)
                if not figs.t2["licensing.decisions"] and not figs.t2["penalty.decisions"]:
                    s += "。本年度无行政许可、行政处罚"
                    _nil_at(w, "无行政许可", None, accept=["t2.licensing.decisions"])
                    _nil_at(w, "无行政许可、行政处罚", None, accept=["t2.penalty.decisions"])
                if not figs.t4v("reconsideration", "corrected") and not figs.t4v("litigation", "corrected"):
                    s += "。未发生行政复议、行政诉讼被依法纠正现象"  # (r83: the 纠正 of both, not the cases)
                    _nils_of_both(w, "未发生行政复议、行政诉讼被依法纠正", "t4.reconsideration.corrected",
                                  "t4.litigation.corrected")
                letters = w.rng.randint(20, 300)
                s += "。局长信箱" + w.count("收到留言办理{n}", letters, "条", None, cn=False)
                s += "，其中" + w.count("公开答复数量{n}", w.rng.randint(1, letters), "条", None, cn=False)
                s += "。" + w.count("砍伐迁移市政树木{n}", w.rng.randint(2, 90), "株", None, cn=False)
        if inj.real86_words and not inj.wrong:
            with _draws_of_its_own(w, f"real86:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。" + w.count("受理依申请公开投诉{n}", w.rng.randint(0, 3), "起", None, cn=False)
                if co and tot > co:
                    s += "。" + w.count("办理{n}", tot, "件", "t3.total.total", cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total"])
                    s += "(" + w.count(f"{{n}}为{year - 1}年结转至本年度办理", co, "件", "t3.carried_over.total", cn=False) + ")"
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    s += "。无公开行政复议、行政诉讼情况"  # (r87: a nil of each)
                    _nils_of_both(w, "无公开行政复议、行政诉讼情况", "t4.reconsideration.total", "t4.litigation.total")
                tens = w.rng.randint(2, 9)  # "吸引超过2千万人次观看" (r86): tens of millions, said with 千万
                s += f"。政务新媒体稿件播放吸引超过{tens}千万人次观看"
                w.mentions.append({"quote": f"政务新媒体稿件播放吸引超过{tens}千万人次", "value": tens * 10_000_000,
                                   "unit": "人次", "approx": True, "approx_word": "超过", "metric": None, "kind": "count"})
                s += "，" + w.count("分值权重{n}", w.rng.randint(2, 9), "%", None, approx="不低于", kind="percent", cn=False)
                s += "。" + w.count("网页浏览次数为{n}", w.rng.randint(10, 2000) * 10000, "PV", None, wan=True)  # (r88)
                if figs.layout == "2021":  # (the decisions in 项, right after the item's name: a reading)
                    s += "。" + w.count("行政许可{n}", figs.t2["licensing.decisions"], "项", None, cn=False,
                                       accept=["t2.licensing.decisions"])
                    s += "，" + w.count("行政处罚{n}", figs.t2["penalty.decisions"], "项", None, cn=False,
                                       accept=["t2.penalty.decisions"])
        if inj.real89_words and not inj.wrong:
            with _draws_of_its_own(w, f"real89:{tot}"):  # (sentences of their own, in the same item of para)
                if new and co:
                    s += "。" + w.count("全年新收到政府信息公开申请{n}", new, "件", "t3.new_received.total", cn=False)
                    s += "，" + w.count("接办上年{n}", co, "件", "t3.carried_over.total", cn=False)
                if new and not co:
                    s += "。" + w.count("共收到通过各种渠道提出的政府信息公开申请共{n}", new, "件", "t3.new_received.total",
                                       cn=False, accept=["t3.new_received.total+t3.carried_over.total"])
                    if figs.t3v("granted"):
                        s += "。" + _received(w, "本年度提出申请的{n}中", new)
                        s += "，" + w.count("同意公开的{n}", figs.t3v("granted"), "件", "t3.granted.total", cn=False)
                    if not cf and tot == new:
                        s += "。" + w.count("{n}依申请公开政府信息全部是本年度受理", new, "件", "t3.new_received.total",
                                           cn=False)
                        s += "并按时办结，" + _nil(w, "无申请件结转到下一年度", "t3.carried_forward.total")
                if tot:
                    s += "。" + w.count("{n}申请信息均按照《条例》有关规定办理完毕", tot, "件", "t3.total.total", cn=False)
                if cf and new + co == tot + cf:
                    s += "。" + w.count("本年度共处理政府信息公开申请{n}", new + co, "件", None, cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total"])
                    s += "，其中" + w.count("{n}已办结", tot, "件", "t3.total.total", cn=False)
                if "licensing.decisions" in figs.t2:
                    s += "。对外政务" + w.count("行政审批许可{n}", figs.t2["licensing.decisions"], "份", None, cn=False,
                                              accept=["t2.licensing.decisions"])
                both = figs.t4v("reconsideration") + figs.t4v("litigation")
                s += "。因政府信息公开工作而被申请行政复议或" + w.count(
                    "被提起行政诉讼的情况:{n}", both, "件", "t4.reconsideration.total+t4.litigation.total", cn=False,
                    accept=["t4.reconsideration.total", "t4.litigation.total"])
                if figs.layout == "2021" and not figs.t2["normative_docs.issued"]:
                    s += "。" + _nil(w, "本年内无规范性文件", "t2.normative_docs.issued", accept=["t2.normative_docs.in_force"])
                commercial = figs.t3["new_received"][1]
                if commercial:
                    s += "。其中，" + w.count("商业企业申请政务公开信息{n}", commercial, "条", "t3.new_received.commercial",
                                           cn=False, accept=["t3.new_received.commercial+t3.carried_over.commercial"])
                s += "。" + w.count("涉及国家秘密的公文类信息{n}", 0, "条", None, cn=False)
        if inj.real91_words and not inj.wrong:
            with _draws_of_its_own(w, f"real91:{tot}"):  # (sentences of their own, in the same item of para)
                unavailable, duplicate = figs.t3v("unavailable"), figs.t3v("not_processed.duplicate")
                if unavailable and duplicate:
                    s += "。办理的申请中，" + w.count("无法提供{n}", unavailable, "宗", "t3.unavailable.total", cn=False)
                    s += "，" + w.count("重复{n}", duplicate, "宗", "t3.not_processed.duplicate.total", cn=False)
                if new:
                    s += "。" + w.count("共收到网上申请、信件邮寄等形式的依申请公开件{n}", new, "件", "t3.new_received.total",
                                       cn=False, accept=["t3.new_received.total+t3.carried_over.total"])
                    s += "，" + w.count("按时序办理{n}", tot, "件", "t3.total.total", cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total"])
                    if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                        said = _received(w, "没有因以上{n}", new)
                        said += "依申请公开事项产生行政复议和行政诉讼案件"
                        s += "。" + said
                        _nils_of_both(w, said, "t4.reconsideration.total", "t4.litigation.total")
                else:
                    s += "。" + _nil(w, f"{year}年，{area}未收到任何公民、法人或者其他组织向{area}获取相关政府信息的公开申请",
                                     "t3.new_received.total")
                if figs.layout == "2021" and figs.t2["normative_docs.repealed"]:
                    s += "。因出台新文件而" + w.count("废止规范性文件{n}", figs.t2["normative_docs.repealed"], "件",
                                                  "t2.normative_docs.repealed", cn=False)
                s += "。其中单篇原创文章阅读量" + w.count("最多达{n}", w.rng.randint(200, 9000), "人", None, cn=False)
        if inj.real93_words and not inj.wrong:
            with _draws_of_its_own(w, f"real93:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。" + _received(w, "全年收到政府信息依申请公开申请{n}", new)
                    s += "、" + w.count("结转办结上年度{n}", co, "件", "t3.carried_over.total", cn=False)
                    s += "，" + w.count("准予公开{n}", figs.t3v("granted"), "件", "t3.granted.total", cn=False)
                granted, not_held = figs.t3v("granted"), figs.t3v("unavailable.not_held")
                if granted and not_held:
                    s += "。办理的申请中，" + w.count("“主动公开”{n}", granted, "件", None, cn=False, accept=["t3.granted.total"])
                    s += "、" + w.count("“信息不存在”{n}", not_held, "件", None, cn=False,
                                       accept=["t3.unavailable.total", "t3.unavailable.not_held.total"])
                if figs.layout == "2021" and not figs.t2["regulations.issued"] and not figs.t2["normative_docs.issued"]:
                    s += "。全年未新发布规章和行政规范性文件"
                    _nils_of_both(w, "未新发布规章和行政规范性文件", "t2.regulations.issued", "t2.normative_docs.issued")
        if inj.real97_words and not inj.wrong:
            with _draws_of_its_own(w, f"real97:{tot}"):  # (sentences of their own, in the same item of para)
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = f"{area}没有因信息公开原因，发生被申请行政复议、被提起行政诉讼的情况"
                    s += "。" + said
                    _nils_of_both(w, said[len(area):], "t4.reconsideration.total", "t4.litigation.total")
                if figs.layout == "2021" and not figs.t2["normative_docs.issued"]:
                    s += "。" + _nil(w, "本年度未制发和处理区级系统行政规范性文件", "t2.normative_docs.issued")
                s += "。现有" + w.count("执法车辆{n}", w.rng.randint(3, 200), "辆", None, cn=False)
        if inj.real101_words and not inj.wrong:
            with _draws_of_its_own(w, f"real101:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。本年度" + _received(w, "收到群众要求公开政府信息{n}", new)
                if figs.t3v("other.other"):
                    s += "。其中，" + w.count("{n}由申请人主动撤件", figs.t3v("other.other"), "件", None, cn=False,
                                           accept=["t3.other.other.total", "t3.other.total"])
                s += "。与此同时" + w.count("督促指导全区各部门单位依申请公开事项{n}", w.rng.randint(20, 300), "件", None,
                                        cn=False, accept=["t3.new_received.total", "t3.new_received.total+t3.carried_over.total"])
                s += "，均在" + w.count("{n}", 20, "个工作日", None, cn=False) + "内答复"
        if inj.real102_words and not inj.wrong:
            with _draws_of_its_own(w, f"real102:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。本年度" + _received(w, "累计收到依申请公开文件{n}", new)
                said = "网站信息发布没有出现政治性表述错误、严重错别字、非法链接等问题"
                s += "。" + said
                # (one nil per item named, of no cell; each quoted from the trigger, 没有, to its item's end)
                for item in ("政治性表述错误", "严重错别字", "非法链接"):
                    _nil_at(w, said[said.index("没有") : said.index(item) + len(item)], None, unit=None)
                s += "。全年依申请公开件零收费"
                _nil_at(w, "零收费", None, unit="元")
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = "本年度并无有关政府信息公开行政复议和行政诉讼情况"
                    s += "。" + said
                    _nils_of_both(w, said, "t4.reconsideration.total", "t4.litigation.total")
                s += "。撰写" + w.count("政策解读稿件{n}", w.rng.randint(2, 40), "稿", None, cn=False)
        if inj.real106_words and not inj.wrong:
            with _draws_of_its_own(w, f"real106:{tot}"):  # (sentences of their own, in the same item of para)
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = w.rng.choice(["本年未发 生因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
                                         "本年无公开申请行政复议、提起行政诉讼情况"])
                    s += "。" + said
                    _nils_of_both_nested(w, said[2:])  # (from the trigger, 未 or 无)
                said = "不存在应公开未公开政府信息"
                s += "。对上年不予公开的政府信息进行重新审查，" + said
                _nil_at(w, "不存在应公开未公开", None)
                if not figs.t2.get("licensing.decisions") and not figs.t2.get("enforcement.decisions"):
                    said = "无行政许可、行政强制相关事项"
                    s += "。根据权责清单，本单位" + said
                    _nil_at(w, "无行政许可", None, accept=["t2.licensing.decisions"])
                    _nil_at(w, said, None, accept=["t2.enforcement.decisions"])
        if inj.real112_words and not inj.wrong and new and co and cf:
            with _draws_of_its_own(w, f"real112:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。全年" + w.count("收到依申请公开{n}", new, "条", "t3.new_received.total", cn=False,
                                        accept=["t3.new_received.total+t3.carried_over.total"])
                      + "，" + w.count(f"结转{year - 1}年{{n}}", co, "件", "t3.carried_over.total", cn=False)
                      + "，" + w.count("办结{n}", tot, "件", "t3.total.total", cn=False)
                      + "，" + w.count("结转下年办理{n}", cf, "件", "t3.carried_forward.total", cn=False))
        if inj.real113_words and not inj.wrong and tot and co:
            with _draws_of_its_own(w, f"real113:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。本年度政府信息公开申请已经" + w.count("办理完成{n}", tot, "件", "t3.total.total", cn=False)
                      + "（有" + w.count(f"{{n}}为{year - 1}年", co, "件", "t3.carried_over.total", cn=False) + "）")
                if figs.t3v("other"):
                    s += "，其中" + w.count("其他答复处理{n}", figs.t3v("other"), "件", "t3.other.total", cn=False)
                if not figs.t4v("litigation"):
                    s += "。全年" + _nil(w, "未涉诉", "t4.litigation.total")
        if inj.real114_words and not inj.wrong and new and cf:
            with _draws_of_its_own(w, f"real114:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。本年度" + w.count("受理申请信息公开数量为{n}", new, "件", "t3.new_received.total", cn=False,
                                        accept=["t3.new_received.total+t3.carried_over.total"])
                      + "，" + w.count("已答复件数{n}", tot, "件", "t3.total.total", cn=False)
                      + "，" + w.count("待答复件数{n}", cf, "件", "t3.carried_forward.total", cn=False))
                if not co:
                    s += "，" + w.count("结转上年政府信息公开申请数量为{n}", 0, "", "t3.carried_over.total", cn=False)
        if inj.real115_words and not inj.wrong:
            with _draws_of_its_own(w, f"real115:{tot}"):  # (sentences of their own, in the same item of para)
                if figs.t2.get("licensing.decisions"):
                    s += "。本年度" + w.count("办理行政许可{n}", figs.t2["licensing.decisions"], "", None, cn=False,
                                             accept=["t2.licensing.decisions"])
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    both = "t4.reconsideration.total+t4.litigation.total"
                    s += "。全年政府信息公开" + w.count("复议诉讼数{n}", 0, "件", both, cn=False,
                                                 accept=["t4.reconsideration.total", "t4.litigation.total"])
        if inj.real117_words and not inj.wrong and tot and cf:
            with _draws_of_its_own(w, f"real117:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。本年度" + w.count("已经办结{n}", tot, "件", "t3.total.total", cn=False)
                      + "，" + w.count("结转{n}", cf, "件", "t3.carried_forward.total", cn=False))
                held, made = figs.t3v("unavailable.not_held"), figs.t3v("unavailable.need_creation")
                if held and made:
                    s += ("。其中" + w.count("{n}申请信息不由本单位掌握", held, "条", "t3.unavailable.not_held.total", cn=False)
                          + "，" + w.count("{n}信息没有现成文件", made, "条", "t3.unavailable.need_creation.total", cn=False))
        if inj.real119_words and not inj.wrong and figs.t3v("granted"):
            with _draws_of_its_own(w, f"real119:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。其中" + w.count("予以公开并答复{n}", figs.t3v("granted"), "件", "t3.granted.total", cn=False)
                      + "。另" + w.count("政府信息公开意见箱受理{n}", w.rng.randint(0, 9), "件", None, cn=False))
                if cf:  # (a Word export's blanks around every figure, the year's too)
                    s += "。" + w.count(f"结转 {year + 1} 年办理 {{n}}", cf, "件", "t3.carried_forward.total", cn=False)
        if inj.real123_words and not inj.wrong:
            with _draws_of_its_own(w, f"real123:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。全年设立" + w.count("{n}政府信息公开申请受理点", w.rng.randint(1, 9), "个", None, cn=False)
                if new:
                    s += "，" + w.count("群众依申请公开信息的申请{n}", new, "次", "t3.new_received.total", cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total", "t3.total.total"])
                if figs.t3v("other.other"):
                    s += "，其中" + w.count("{n}申请人已主动撤销申请", figs.t3v("other.other"), "宗", None, cn=False,
                                         accept=["t3.other.other.total", "t3.other.total"])
        if inj.real127_words and not inj.wrong:
            with _draws_of_its_own(w, f"real127:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。在全市政务公开考评中" + w.count("得分{n}", w.rng.randint(80, 99), "分", None, cn=False)
                s += "，全年未收到与依法申请公开工作有关的举报和投诉"
                _nil_at(w, "未收到与依法申请公开工作有关的举报", None)
                _nil_at(w, "未收到与依法申请公开工作有关的举报和投诉", None)
        if inj.real129_words and not inj.wrong:
            with _draws_of_its_own(w, f"real129:{tot}"):  # (sentences of their own, in the same item of para)
                parts = w.rng.randint(3, 9)
                said = f"{cn2an.an2cn(parts)}大方面"  # (a Chinese numeral always: jieba glues it to 大)
                s += f"。年内明确了{said}工作任务，本年度对政府信息公开未予收费"
                w.mentions.append({"quote": said, "value": parts, "unit": "大方面", "approx": False, "metric": None,
                                   "kind": "count"})
                _nil_at(w, "未予收费", None, unit="元")
                if not figs.t3v("denied") and not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    s += "。全年未发生不予公开政府信息的情况;申请行政复议、提起行政诉讼和申诉的情况"
                    _nil_at(w, "未发生不予公开政府信息的情况", "t3.denied.total")
                    _nil_at(w, "申请行政复议", "t4.reconsideration.total")
                    _nil_at(w, "申请行政复议、提起行政诉讼", "t4.litigation.total")
                    _nil_at(w, "申请行政复议、提起行政诉讼和申诉的情况", None)
        if inj.real131_words and not inj.wrong:
            with _draws_of_its_own(w, f"real131:{tot}"):  # (sentences of their own, in the same item of para)
                letters = w.rng.randint(20, 400)
                s += ("。全年共收到并办理" + w.count("网民来信{n}", letters, "件", None, cn=False)
                      + "，" + w.count("回复信件{n}", letters, "件", None, cn=False))
                s += "。梳理编制政府信息" + w.count("主动公开、依申请公开、不予公开{n}清单", 3, "项", None)
                if lit := figs.t4v("litigation"):
                    s += "。" + w.count("行政诉讼方面，全年共发生案件{n}", lit, "件", "t4.litigation.total", cn=False)
                if new and not co:
                    s += "。全年" + w.count("收到公民或社会组织提出申请公开信息{n}", new, "条", "t3.new_received.total", cn=False,
                                           accept=["t3.new_received.total+t3.carried_over.total"])
        if inj.real133_words and not inj.wrong:
            with _draws_of_its_own(w, f"real133:{tot}"):  # (sentences of their own, in the same item of para)
                if held := figs.t3v("unavailable.not_held"):
                    s += "。其中，以“" + w.count("非本部门掌握政府信息”答复{n}", held, "件", "t3.unavailable.not_held.total",
                                               cn=False)
                recon, lit = figs.t4v("reconsideration"), figs.t4v("litigation")
                if recon and lit:
                    s += ("。本年度" + w.count("被复议案件中涉及信息公开的{n}", recon, "件", "t4.reconsideration.total", cn=False)
                          + "，" + w.count("行政诉讼案件中涉及信息公开的{n}", lit, "件", "t4.litigation.total", cn=False))
                if not figs.t3v("denied"):
                    s += "。本年度不存在“不予公开”的政府信息工作"
                    _nil_at(w, "不存在“不予公开", "t3.denied.total")
                if figs.layout == "2021" and figs.t2["normative_docs.issued"] and not figs.t2["normative_docs.repealed"]:
                    s += ("。本年度" + w.count("新制定并发布了{n}", figs.t2["normative_docs.issued"], "件",
                                              "t2.normative_docs.issued", cn=False, accept=["t2.normative_docs.made"])
                          + "行政规范性文件，暂无废止")
                    _nil_at(w, "暂无废止", "t2.normative_docs.repealed")
                elif figs.layout == "2021" and figs.t2["normative_docs.repealed"]:
                    s += "。本年度" + w.count("废止以本机关名义制发的行政规范性文件{n}", figs.t2["normative_docs.repealed"],
                                             "件", "t2.normative_docs.repealed", cn=False)
                s += "。" + w.count("政网互动回复{n}", w.rng.randint(2, 60), "条", None, cn=False)
                low = w.rng.randint(1, 2)
                high = low + w.rng.randint(1, 3)
                said = f"各科室均配备了{low}-{high}名"
                s += "。" + said + "专(兼)职信息员"
                for bound in (low, high):
                    w.mentions.append({"quote": said, "value": bound, "unit": "名", "approx": False, "metric": None,
                                       "kind": "count"})
                if tot:
                    s += "。" + w.count("全年处理{n}依申请公开", tot, "项", None, cn=False,
                                           accept=["t3.new_received.total", "t3.total.total",
                                                   "t3.new_received.total+t3.carried_over.total"])
        if inj.real135_words and not inj.wrong:
            with _draws_of_its_own(w, f"real135:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。全年完成" + w.count("领导信箱回复{n}", w.rng.randint(5, 200), "件", None, cn=False)
                if tot:
                    s += "，" + w.count("回复依申请公开{n}", tot, "条", "t3.total.total", cn=False,
                                       accept=["t3.new_received.total"])
                if new:
                    s += ("。" + w.count("政务服务12345平台受理{n}", w.rng.randint(1000, 50000), "件", None, cn=False)
                          + "，" + w.count("政府信息依申请公开件{n}", new, "件", "t3.new_received.total", cn=False,
                                           accept=["t3.total.total"]))
                s += "。以四张清单一张网改革为抓手，推进两单制度建设"
        if inj.case_units_words and not inj.wrong and tot and cf:
            with _draws_of_its_own(w, f"caseunits:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。全年" + w.count("已办结{n}", tot, "宗", "t3.total.total", cn=False)
                      + "，" + w.count("结转{n}", cf, "宗", "t3.carried_forward.total", cn=False))
        if inj.real138_words and not inj.wrong:
            with _draws_of_its_own(w, f"real138:{tot}"):  # (sentences of their own, in the same item of para)
                if new and not co:
                    s += "。全年" + w.count("共收到自然人和机构申请政府信息公开{n}", new, "件", "t3.new_received.total", cn=False,
                                           accept=["t3.new_received.total+t3.carried_over.total"])
                recon, lit = figs.t4v("reconsideration"), figs.t4v("litigation")
                if recon and lit:
                    s += ("。因政府信息公开引发行政争议，" + w.count("复议{n}", recon, "件", "t4.reconsideration.total", cn=False)
                          + "、" + w.count("诉讼{n}", lit, "件", "t4.litigation.total", cn=False))
        if inj.real141_words and not inj.wrong:
            s += "。根据四个民主的原则，打造了一个“不下班”的政策咨询平台"
        if inj.real143_words and not inj.wrong and new and tot:
            with _draws_of_its_own(w, f"real143:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。" + w.count("共计收到信息公开申请{n}", new, "件", "t3.new_received.total", cn=False,
                                    accept=["t3.new_received.total+t3.carried_over.total"])
                      + "，" + w.count("完成处理{n}", tot, "件", "t3.total.total", cn=False,
                                      accept=["t3.new_received.total+t3.carried_over.total"]))
        if inj.real146_words and not inj.wrong and new and tot:
            with _draws_of_its_own(w, f"real146:{tot}"):  # (a sentence of its own, in the same item of para)
                s += ("。全年" + w.count("共收到{n}政府信息公开申请", new, "件", "t3.new_received.total", cn=False,
                                        accept=["t3.new_received.total+t3.carried_over.total"])
                      + "，" + w.count("办结{n}政府信息公开申请", tot, "件", "t3.total.total", cn=False))
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    s += "。未因政府信息公开工作不作为、不依法作为等情况，而发生申请行政复议和行政诉讼案件"
                    _nil_at(w, "未因政府信息公开工作不作为、不依法作为等情况，而发生申请行政复议", "t4.reconsideration.total")
                    _nil_at(w, "未因政府信息公开工作不作为、不依法作为等情况，而发生申请行政复议和行政诉讼案件", "t4.litigation.total")
        if inj.real148_words and not inj.wrong:
            with _draws_of_its_own(w, f"real148:{tot}"):  # (sentences of their own, in the same item of para)
                people, firms = w.rng.randint(1000, 90000), w.rng.randint(100, 9000)
                s += ("。信用平台归集信用数据" + w.count("{n}", people + firms, "条", None, cn=False) + "，其中"
                      + w.count("自然人{n}", people, "条", None, cn=False) + "，" + w.count("法人{n}", firms, "条", None, cn=False))
                s += "。不涉及政府信息公开收费"
                _nil_at(w, "不涉及政府信息公开收费", None, unit="元")
        if inj.real150_words and not inj.wrong and new and not co:
            with _draws_of_its_own(w, f"real150:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。全年" + w.count("收到和处理依申请公开申请{n}", new, "件", "t3.new_received.total", cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total"])
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    s += "。未出现行政复议败诉和被诉讼情形"
                    _nil_at(w, "未出现行政复议败诉", "t4.reconsideration.corrected")
                    _nil_at(w, "未出现行政复议败诉和被诉讼情形", "t4.litigation.total")
        if inj.real142_words and not inj.wrong and new and not co:
            with _draws_of_its_own(w, f"real142:{tot}"):  # (a sentence of its own, in the same item of para)
                s += "。本年度，" + w.count("辖区群众申请公开政府信息{n}", new, "件", "t3.new_received.total", cn=False,
                                         accept=["t3.new_received.total+t3.carried_over.total"])
        if inj.spelling_words and not inj.wrong and new and not co:
            with _draws_of_its_own(w, f"spelling:{tot}"):  # (sentences of their own, in the same item of para)
                said, unit = w.rng.choice([("全年受理依申请信息公开政府信息{n}", "件"), ("全年政府信息公开申请共收到{n}", "项")])
                s += "。" + w.count(said, new, unit, "t3.new_received.total", cn=False,
                                   accept=["t3.new_received.total+t3.carried_over.total"])
                if tot:
                    s += "，" + w.count("答复政务公开申请{n}", tot, "件", "t3.total.total", cn=False)
                if cf:
                    s += "，" + w.count("结转下年度继续办理政府信息公开申请达{n}", cf, "件", "t3.carried_forward.total", cn=False)
                s += "。本年度，" + w.count("公民申请政府信息公开{n}", new, "件", None, cn=False,
                                         accept=["t3.new_received.total", "t3.new_received.natural_person"])
        if inj.real136_words and not inj.wrong:
            with _draws_of_its_own(w, f"real136:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。确保收到一件、及时答复一件"
                if new:
                    s += "。全年" + w.count("共收到政府信息公开当面申请{n}", new, "件", None, cn=False,
                                           accept=["t3.new_received.total",
                                                   "t3.new_received.total+t3.carried_over.total"]) + "，均已按时答复"
        if inj.real121_words and not inj.wrong:
            with _draws_of_its_own(w, f"real121:{tot}"):  # (sentences of their own, in the same item of para)
                if figs.t3v("granted"):
                    s += "。其中" + w.count("{n}已按规定向申请人提供相关政策", figs.t3v("granted"), "件", None, cn=False,
                                         accept=["t3.granted.total"])
                recon = figs.t4v("reconsideration")
                if recon and not figs.t4v("reconsideration", "corrected") and not figs.t4v("litigation", "corrected"):
                    s += ("。因政府信息公开申请引起的" + w.count("行政复议{n}", recon, "件", "t4.reconsideration.total", cn=False)
                          + "，不存在行政纠错情况")
                    _nil_at(w, "不存在行政纠错情况", None, accept=["t4.reconsideration.corrected", "t4.litigation.corrected"])
        if inj.real116_words and not inj.wrong and new and co:
            with _draws_of_its_own(w, f"real116:{tot}"):  # (sentences of their own, in the same item of para)
                s += ("。本年度" + w.count("共受理各类有效政府信息公开申请{n}", new, "件", "t3.new_received.total", cn=False,
                                          accept=["t3.new_received.total+t3.carried_over.total"])
                      + "，" + w.count("上年结转各类政府信息公开申请{n}", co, "件", "t3.carried_over.total", cn=False))
                if figs.t3v("granted"):
                    s += "，其中" + w.count("予以全部公开{n}", figs.t3v("granted"), "件", "t3.granted.total", cn=False)
                if tot:
                    s += "。全年" + w.count("办结政府信息公开申请{n}", tot, "项", "t3.total.total", cn=False)
                persons = figs.t3v("new_received", "natural_person")
                if persons and persons == new:
                    s += "，" + w.count("{n}申请政府信息公开的为自然人", persons, "起", "t3.new_received.natural_person",
                                       cn=False)
        if inj.real111_words and not inj.wrong and tot:
            with _draws_of_its_own(w, f"real111:{tot}"):  # (a sentence of its own, in the same item of para)
                s += "。本年度共" + w.count("办理处置依申请公开件{n}", tot, "件", None, cn=False,
                                         accept=["t3.new_received.total", "t3.total.total",
                                                 "t3.new_received.total+t3.carried_over.total"])
        if inj.real110_words and not inj.wrong:
            with _draws_of_its_own(w, f"real110:{tot}"):  # (sentences of their own, in the same item of para)
                forward = figs.t3v("carried_forward")
                if forward:
                    s += ("。本年度及时将处理结果进行答复办结（其中"
                          + w.count("{n}结转下年度继续办理", forward, "件", "t3.carried_forward.total", cn=False) + "）")
                if tot:
                    s += "。全年办理的" + w.count("{n}申请均按照有关文件要求", tot, "件", "t3.total.total", cn=False) + "，进行了规范答复"
                s += "。全年共主动公开" + w.count("公文类政府信息（不含过程性信息）{n}", w.rng.randint(20, 300), "件", None,
                                            cn=False)
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = "无信息公开类行政复议、行政诉讼和结果纠错情况"
                    s += "。" + said
                    _nils_of_both_nested(w, said, more=True)  # (纠错 either group's 结果纠正, a reading: the units test)
                if figs.layout == "2021":
                    s += "。本单位" + w.count("制作行政规范性文件{n}", figs.t2["normative_docs.issued"], "件",
                                            "t2.normative_docs.issued", cn=False)
        if inj.real109_words and not inj.wrong:
            with _draws_of_its_own(w, f"real109:{tot}"):  # (sentences of their own, in the same item of para)
                granted, unavailable, refused = (figs.t3v("granted"), figs.t3v("unavailable"),
                                                 figs.t3v("not_processed"))
                if new and granted and unavailable and refused:
                    s += ("。本年度" + w.count("共接政府信息公开申请{n}", new, "份", "t3.new_received.total", cn=False,
                                            accept=["t3.new_received.total+t3.carried_over.total"])
                          + ";" + w.count("{n}按规范予以公开", granted, "份", "t3.granted.total", cn=False)
                          + ";" + w.count("{n}无法提供", unavailable, "份", "t3.unavailable.total", cn=False,
                                          accept=["t3.unavailable.not_held.total"])
                          + ";" + w.count("{n}不予处理", refused, "份", "t3.not_processed.total", cn=False))
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = "不存在政府信息公开行政复议和行政诉讼情况"
                    s += "。均已按期回复，" + said
                    _nils_of_both_nested(w, said)
                if not any(figs.t2.get(f"{item}.decisions") for item in ("licensing", "penalty", "enforcement")):
                    s += "。本年度未进行行政许可和其他对外管理服务事项;未进行行政处罚和行政强制"
                    _nil_at(w, "未进行行政许可", None, accept=["t2.licensing.decisions"])
                    _nil_at(w, "未进行行政许可和其他对外管理服务事项", None, accept=["*"])
                    _nil_at(w, "未进行行政处罚", None, accept=["t2.penalty.decisions"])
                    _nil_at(w, "未进行行政处罚和行政强制", None, accept=["t2.enforcement.decisions"])
                made = w.rng.randint(10, 60)
                public, asked = w.rng.randint(1, made - 2), 1
                s += ("。" + w.count("共生成{n}政府信息", made, "条", None, cn=False) + "(正式文件)，其中"
                      + w.count("主动公开的政府信息{n}", public, "条", None, cn=False) + "，"
                      + w.count("不予公开的政府信息{n}", made - public - asked, "条", None, cn=False) + "，"
                      + w.count("依申请公开的政府信息{n}", asked, "条", None, cn=False))
        if inj.real105_words and not inj.wrong:
            with _draws_of_its_own(w, f"real105:{tot}"):  # (sentences of their own, in the same item of para)
                held = figs.t3v("unavailable.not_held")
                if held:
                    s += "。其中" + w.count("{n}不属于受理行政机关公开范围", held, "件", "t3.unavailable.not_held.total",
                                         cn=False)
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = "无就政府信息公开提出复议、诉讼和申诉的情况"
                    s += "。" + said
                    _nils_of_both_nested(w, said, more=True)  # (申诉 of no cell)
                said = "无违反信息公开及保密规定的违规操作"
                s += "。在信息公开工作中" + said
                _nil_at(w, said, None)
        if inj.real100_words and not inj.wrong:
            with _draws_of_its_own(w, f"real100:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。本年度" + _received(w, "收到信息公开请求{n}", new)
                upheld = figs.t4v("reconsideration", "upheld")
                if upheld:
                    s += "。行政复议案件中，" + w.count("{n}驳回申请人复议请求", upheld, "件", None, cn=False,
                                                  accept=["t4.reconsideration.upheld"])
                s += "。官方微博" + w.count("关注数{n}", w.rng.randint(2, 90) * 10000, "", None, wan=True)
        if inj.real98_words and not inj.wrong:
            with _draws_of_its_own(w, f"real98:{tot}"):  # (sentences of their own, in the same item of para)
                if not co:
                    s += "。" + w.count("上年结转政府信息公开申请数{n}", 0, "件", "t3.carried_over.total", cn=False)
                recon, litig = figs.t4v("reconsideration"), figs.t4v("litigation")
                if not recon and not litig:
                    said = "无被举报投诉、行政复议、行政诉讼情况"
                    s += "。" + said
                    _nil_at(w, "无被举报投诉", None)
                    _nils_of_both(w, said, "t4.reconsideration.total", "t4.litigation.total")
                elif (recon and litig and not figs.t4v("reconsideration", "corrected")
                      and not figs.t4v("litigation", "corrected")):
                    s += "。" + w.count("行政复议{n}", recon, "件", "t4.reconsideration.total", cn=False)
                    s += "，" + w.count("行政诉讼{n}", litig, "件", "t4.litigation.total", cn=False) + "，均无纠错和败诉"
                    _nil_at(w, "无纠错", None, accept=["t4.reconsideration.corrected", "t4.litigation.corrected"])
                    _nil_at(w, "无纠错和败诉", "t4.litigation.corrected")
                s += "。全年未发生因政府信息公开工作引发举报、投诉的情况，未发生政府信息公开的收费及减免情况"
                _nil_at(w, "未发生因政府信息公开工作引发举报", None)
                _nil_at(w, "未发生因政府信息公开工作引发举报、投诉的情况", None)
                _nil_at(w, "未发生政府信息公开的收费", None, unit="元")
                _nil_at(w, "未发生政府信息公开的收费及减免情况", None, unit="元")
                s += "。" + w.count("现有执法记录仪{n}", w.rng.randint(2, 40), "只", None, cn=False)
        if inj.real94_words and not inj.wrong:
            with _draws_of_its_own(w, f"real94:{tot}"):  # (sentences of their own, in the same item of para)
                if cf and tot:
                    s += "。办理的申请中，" + w.count("除{n}", cf, "件", "t3.carried_forward.total", cn=False)
                    s += "结转下年办理外" + w.count("其余{n}", tot, "件", "t3.total.total", cn=False) + "均办理完毕"
                if not figs.t4v("reconsideration") and not figs.t4v("litigation"):
                    said = "无被申请行政复议、被提起行政诉讼的情况"
                    s += "。" + said
                    _nils_of_both(w, said, "t4.reconsideration.total", "t4.litigation.total")
                if figs.layout == "2021" and not figs.t2["regulations.issued"] and not figs.t2["normative_docs.issued"]:
                    s += "。本年度未制作规范性文件、行政法规、规章"
                    # (each item's words end inside the next one's: each takes the others' cells as readings)
                    both = ["t2.normative_docs.issued", "t2.regulations.issued"]
                    _nil_at(w, "未制作规范性文件", both[0], accept=both[1:])
                    _nil_at(w, "未制作规范性文件、行政法规", None, accept=both, unit=None)
                    _nil_at(w, "未制作规范性文件、行政法规、规章", both[1], accept=both[:1])
        if inj.real84_words and not inj.wrong:
            with _draws_of_its_own(w, f"real84:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。" + _received(w, "共收到政府信息公开申请{n}", new)
                    s += "，" + w.count("已办{n}", tot, "件", "t3.total.total", cn=False,
                                       accept=["t3.new_received.total+t3.carried_over.total"])
                    if cf:
                        s += "，" + w.count("结转下年办结{n}", cf, "件", "t3.carried_forward.total", cn=False)
                if figs.t3v("unavailable.not_held"):
                    s += "。其中" + w.count("{n}申请所涉信息非本单位制作或掌握", figs.t3v("unavailable.not_held"), "条",
                                         "t3.unavailable.not_held.total", cn=False)
                if not figs.t4v("reconsideration", "corrected") and not figs.t4v("litigation", "corrected"):
                    s += "。未发生一起因政府信息公开导致的行政复议、诉讼败诉情况"  # (r84: the 纠正 of both)
                    _nils_of_both(w, "未发生一起因政府信息公开导致的行政复议、诉讼败诉情况", "t4.reconsideration.corrected",
                                  "t4.litigation.corrected")
                s += "。公开" + w.count("两项改革“后半篇文章”信息{n}", w.rng.randint(2, 40), "条", None, cn=False)
        if inj.real79_words and not inj.wrong:
            with _draws_of_its_own(w, f"real79:{tot}"):  # (sentences of their own, in the same item of para)
                if new:
                    s += "。" + w.count(f"{year}年度依申请公开情况{{n}}", new, "件", None, cn=False,
                                       accept=["t3.new_received.total", "t3.new_received.total+t3.carried_over.total"])
                if figs.t3v("denied.inquiry"):
                    s += "。另有" + w.count("{n}不公开并告知行政查询途径", figs.t3v("denied.inquiry"), "件",
                                         "t3.denied.inquiry.total", cn=False)
                if figs.t4v("reconsideration") and figs.t4v("litigation"):
                    s += "。出现" + w.count("{n}政府信息公开申请引起行政复议和行政诉讼的情况",
                                         figs.t4v("reconsideration") + figs.t4v("litigation"), "宗", None, cn=False,
                                         accept=["t4.reconsideration.total+t4.litigation.total"])
                if figs.t3v("granted") and figs.t3v("unavailable"):  # (real76's residue: 无法公开 among the results)
                    s += "。办理结果中，" + w.count("予以公开{n}", figs.t3v("granted"), "件", "t3.granted.total", cn=False)
                    s += "，" + w.count("无法公开{n}", figs.t3v("unavailable"), "件", None, cn=False,
                                       accept=["t3.unavailable.total"])
                s += "。" + w.count("指导基层单位办理依申请公开答复{n}", w.rng.randint(30, 400), "件", None, approx="余")
                s += "。" + w.count("办结民生平台民生事项{n}", w.rng.randint(100, 9000), "件", None, cn=False)
                s += "，" + w.count("检查企业{n}", w.rng.randint(5, 300), "家次", None, cn=False)
                s += "，确保每一条公开内容准确无误"
        if inj.real72_words and not inj.wrong:
            with _draws_of_its_own(w, f"real72:{tot}"):  # (sentences of their own, in the same item of para)
                if figs.t3v("unavailable.not_held"):
                    s += "。其中" + w.count("{n}类型属于“信息不存在”", figs.t3v("unavailable.not_held"), "件", None,
                                         accept=["t3.unavailable.total", "t3.unavailable.not_held.total"], cn=False)
                if figs.t3v("other.other"):
                    s += "。具体处理结果为：" + w.count("{n}申请人主动撤销", figs.t3v("other.other"), "份", None,
                                                  accept=["t3.other.other.total", "t3.other.total"], cn=False)
                s += "。开设“打好‘四张牌’、干好‘四件事’”专栏"
        if inj.real71_words and not inj.wrong:
            with _draws_of_its_own(w, f"real71:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。" + w.count("全部或部分公开的{n}", figs.t3v("granted") + figs.t3v("partial"), "件",
                                   "t3.granted.total+t3.partial.total", cn=False)
                if figs.t3v("other.overdue_correction"):
                    s += "、" + w.count("逾期未补正视为放弃依申请公开{n}", figs.t3v("other.overdue_correction"), "件",
                                       "t3.other.overdue_correction.total", cn=False)
                if figs.t3v("other.overdue_fee"):
                    s += "。对其中" + w.count("{n}为逾期未缴费不作处理", figs.t3v("other.overdue_fee"), "件",
                                           "t3.other.overdue_fee.total", cn=False)
                persons = figs.t3["new_received"][0]
                if persons and persons == new:
                    s += "。" + w.count(f"全年共收到申请{{n}}", new, "件", "t3.new_received.total", cn=False)
                    s += "。申请主体" + w.count("{n}为自然人", persons, "件", "t3.new_received.natural_person", cn=False)
        if inj.real70_words and not inj.wrong:
            with _draws_of_its_own(w, f"real70:{tot}"):  # (sentences of their own, in the same item of para)
                if co:
                    s += "。" + w.count("全年共收到政府信息公开申请{n}", new, "宗", "t3.new_received.total", cn=False)
                    s += "（" + w.count("未包含上年结转{n}", co, "宗", "t3.carried_over.total", cn=False) + "）"
                if figs.t3v("unavailable.not_held"):
                    s += "。" + w.count("另{n}因本单位不掌握相关情况无法公开", figs.t3v("unavailable.not_held"), "件",
                                       "t3.unavailable.not_held.total", cn=False)
                if new >= 2:
                    online = w.rng.randint(1, new - 1)
                    s += "。" + w.count("共收到依申请公开线上{n}", online, "件", None, cn=False)
                    s += "，" + w.count("线下{n}", new - online, "件", None, cn=False)
        if inj.real69_words and not inj.wrong:
            with _draws_of_its_own(w, f"real69:{tot}"):  # (sentences of their own, in the same item of para)
                if co:
                    s += "。" + w.count("上年度继续办理政府信息公开申请{n}", co, "件", "t3.carried_over.total", cn=False)
                if figs.t3v("other.other"):
                    s += "。" + w.count("申请人主动撤回信息公开申请{n}", figs.t3v("other.other"), "件", None,
                                       accept=["t3.other.other.total", "t3.other.total"], cn=False)
                if figs.t4v("reconsideration") and figs.t4v("reconsideration", "corrected"):
                    s += "。" + w.count("因政府信息公开被申请行政复议{n}", figs.t4v("reconsideration"), "件",
                                       "t4.reconsideration.total", cn=False)
                    s += "，" + w.count("{n}结果为要求重新作出答复", figs.t4v("reconsideration", "corrected"), "件",
                                       "t4.reconsideration.corrected", cn=False)
        if inj.real68_words and tot:
            with _draws_of_its_own(w, f"real68:{tot}"):  # (sentences of their own, in the same item of para)
                s += "。" + w.count("依申请公开受理数量为{n}", new, "件", "t3.new_received.total", cn=False)
                s += "，" + w.count("本年度已办理{n}", tot, "件", "t3.total.total", cn=False)
                if figs.t3v("unavailable.not_held"):
                    s += "，" + w.count("另{n}因所申请信息不存在", figs.t3v("unavailable.not_held"), "件", None,
                                       accept=["t3.unavailable.total", "t3.unavailable.not_held.total"], cn=False) + "，无法提供"
                s += "。" + w.count("协助办理市发展改革委依申请公开事项{n}", w.rng.randint(2, 30), "例", None, cn=False)
        para.append(s)
        if cf:
            label = _words_of(inj, _CARRIED_FORWARD_SAID, rng.choice(["结转下年度继续办理{n}", "顺延到下年度办理{n}"]))
            para.append(w.count(label.format(n="{n}", year=year, next_year=year + 1), cf, "件", "t3.carried_forward.total"))
            standalone.append("t3.carried_forward.total")
        elif rng.random() < 0.5:
            para.append("所有申请均在法定期限内答复")
        if not cf and inj.real28_words:
            para.append(_nil(w, "无需结转下年度办理", "t3.carried_forward.total"))
        if inj.form_figures and not inj.wrong and figs.t3v("granted") and figs.t3v("unavailable"):
            para.append(w.count("同意公开答复数{n}", figs.t3v("granted"), "", "t3.granted.total", cn=False) + "，"
                        + w.count("无法提供数{n}", figs.t3v("unavailable"), "", "t3.unavailable.total", cn=False))
        if inj.topic_nils:
            leaked, overdue = "未发生信息公开泄密事件", "未出现超期答复情况"
            _nil_at(w, leaked, None)
            _nil_at(w, overdue, None)
            para.append(f"全年{leaked}，{overdue}")
        if inj.petitions:
            para.append(w.count("今年共处理各类信访、投诉回复{n}", inj.petitions, "件", None))
        if inj.messages:
            public = inj.messages // 3
            para.append(w.count("受理网民留言{n}", inj.messages, "条", None) + "，" +
                        w.count("公开答复{n}", public, "条", None) + "、" +
                        w.count("电话答复{n}", inj.messages - public, "条", None))
    if inj.real35_words:
        letters = 20 + len(para) * 7  # (no draw from the report's stream: the rest stays as it was)
        para.append("依托网上领导信箱等渠道，" + w.count("共受理{n}", letters, "条", None) + "，" +
                    w.count("办结{n}", letters, "条", None))
    one.append("。".join(para) + "。")

    # 复议、诉讼 -----------------------------------------------------------------------
    r, lit = figs.t4v("reconsideration"), figs.t4v("litigation")
    if r == 0 and lit == 0 and inj.listed_nils:
        head = "没有发生针对本机关有关政府信息公开事务的"
        four_text = f"{year}年，{area}{head}行政复议案、行政诉讼案和各类申诉案"
        for quote, metric in ((head + "行政复议案", "t4.reconsideration.total"), ("行政诉讼案", "t4.litigation.total"),
                              ("各类申诉案", None)):
            _nil_at(w, quote, metric)
    elif r == 0 and lit == 0 and inj.back_reference:
        four_text = f"{year}年，{area}无此类情况"  # right after the heading that names 复议 and 诉讼
        for metric in ("t4.reconsideration.total", "t4.litigation.total"):
            _nil_at(w, "无此类情况", metric)
    elif r == 0 and lit == 0 and inj.real35_words:
        four_text = f"{year}年，{area}未处理政府信息公开行政复议、行政诉讼"
        for quote, metric in (("未处理政府信息公开行政复议", "t4.reconsideration.total"),
                              ("未处理政府信息公开行政复议、行政诉讼", "t4.litigation.total")):
            _nil_at(w, quote, metric)
    elif r == 0 and lit == 0 and inj.units_cut:
        four_text = f"{year}年，{area}未发生因政府信息公开申请行政复议，提起行政诉讼的情况"
        for quote, metric in (("未发生因政府信息公开申请行政复议", "t4.reconsideration.total"),
                              ("提起行政诉讼的情况", "t4.litigation.total")):
            _nil_at(w, quote, metric)
    elif r == 0 and lit == 0 and inj.real37_words:
        # one 0件 of each group, quoting the same words (either mention may be found there first)
        four_text = f"{year}年，{area}因政府信息公开引发的" + w.count("行政复议或行政诉讼均为{n}", 0, "件",
                                                          "t4.reconsideration.total", cn=False,
                                                          accept=["t4.litigation.total"])
        w.mentions.append({**w.mentions[-1], "metric": "t4.litigation.total", "accept": ["t4.reconsideration.total"]})
    elif r == 0 and lit == 0 and inj.real79_words:
        head = "没有收到政府信息公开申请行政复议"
        four_text = f"{year}年，{area}{head}，没有收到申请人提起的政府信息公开行政诉讼；未存在因政府信息公开工作被申请行政复议的情况"
        for quote, metric in ((head, "t4.reconsideration.total"),
                              ("没有收到申请人提起的政府信息公开行政诉讼", "t4.litigation.total"),
                              ("未存在因政府信息公开工作被申请行政复议的情况", "t4.reconsideration.total")):
            _nil_at(w, quote, metric)
    elif r == 0 and lit == 0:
        said = f"{year}年，{area}无涉行政复议案件、行政诉讼案件" if inj.real23_words else \
            f"{year}年，{area}未发生因政府信息公开引起的行政复议、行政诉讼案件"
        four_text = _nil(w, said,
                         "t4.reconsideration.total+t4.litigation.total",
                         accept=["t4.reconsideration.total", "t4.litigation.total"])
    else:
        as_dispute = rng.random() < 0.4  # drawn first, as always: the rest of the report stays
        outcome_listed = False  # the upheld ones said already (real59_words): no 均获维持 after them
        if inj.both_groups and r and lit:
            four_text = w.count(f"{year}年，{area}涉行政复议、行政诉讼案件{{n}}", r + lit, "件",
                                "t4.reconsideration.total+t4.litigation.total")
            four_text += "，" + w.count("结果维持{n}", figs.t4v("reconsideration", "upheld") + figs.t4v("litigation", "upheld"),
                                      "件", "t4.reconsideration.upheld+t4.litigation.upheld")
        elif inj.said_after and r and r == lit:
            four_text = w.count(f"{year}年，{area}因政府信息公开发生行政复议、行政诉讼各{{n}}", r, "件",
                                "t4.reconsideration.total")
            w.mentions.append({**w.mentions[-1], "metric": "t4.litigation.total"})
        elif inj.group_outcomes and r and lit:
            four_text = w.count(f"{year}年，{area}因政府信息公开产生行政复议案件{{n}}", r, "件", "t4.reconsideration.total")
            four_text += "、" + w.count("行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            four_text += "，其中" + w.count("行政复议结果维持{n}", figs.t4v("reconsideration", "upheld"), "件",
                                          "t4.reconsideration.upheld")
            four_text += "、" + w.count("行政诉讼结果维持{n}", figs.t4v("litigation", "upheld"), "件", "t4.litigation.upheld")
            for group, total in (("reconsideration", r), ("litigation", lit)):
                if figs.t4v(group, "upheld") > total:  # (a wrong 表四 cell the text copies: its list breaks too)
                    w.expected.append({"rule": "narrative.sum", "severity": "error", "where": f"t4.{group}.outcomes",
                                       "reported": total, "computed": figs.t4v(group, "upheld"), "metrics": [],
                                       "follows": True})
        elif inj.real50_words and r and lit and figs.t4v("reconsideration", "corrected"):
            four_text = f"{year}年，{area}因依申请公开产生" + w.count("行政复议案件{n}", r, "件", "t4.reconsideration.total")
            four_text += "和" + w.count("行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            four_text += "。其中，" + w.count("行政复议案件结果纠正{n}", figs.t4v("reconsideration", "corrected"), "件",
                                           "t4.reconsideration.corrected", cn=False)
            four_text += "，" + w.count("结果维持{n}", figs.t4v("reconsideration", "upheld"), "件",
                                      "t4.reconsideration.upheld", cn=False)
        elif inj.real33_words and r > figs.t4v("reconsideration", "upheld") > 0:
            four_text = f"{year}年，{area}有" + w.count("{n}申请行政复议", r, "件", "t4.reconsideration.total")
            four_text += "，其中" + w.count("{n}行政复议决定维持", figs.t4v("reconsideration", "upheld"), "件",
                                          "t4.reconsideration.upheld") + "我机关作出的答复"
            four_text += "；" + w.count("行政诉讼案件{n}", lit, "件", "t4.litigation.total")
        elif as_dispute and r and lit:
            # (the parts as written: a wrong figure aimed at one of them leaves the whole their sum, one error a report)
            q = w.count("因政府信息公开引发行政争议{n}", inj.wrong.get("t4.reconsideration.total", r)
                        + inj.wrong.get("t4.litigation.total", lit), "件", None)
            lookalikes.append({"quote": q, "why": f"= 复议{r} + 诉讼{lit}"})
            four_text = q + "，其中" + w.count("行政复议{n}", r, "件", "t4.reconsideration.total") + "，" + \
                w.count("行政诉讼{n}", lit, "件", "t4.litigation.total")
        elif inj.real19_words:
            four_text = w.count(f"{year}年，{area}涉及复议{{n}}", r, "件", "t4.reconsideration.total")
            four_text += "，" + w.count("诉讼{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif inj.real36_words:
            four_text = f"{year}年，{area}收到" + w.count("{n}行政复议", r, "件", "t4.reconsideration.total")
            four_text += "、" + w.count("{n}行政诉讼", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif inj.t4_words and not inj.real34_words and not inj.clause_words:
            four_text = f"{year}年，{area}发生" + w.count("{n}有关政府信息公开的行政复议案件", r, "起",
                                                     "t4.reconsideration.total", cn=False)  # (一起 is "together")
            four_text += "，" + w.count("尚未办结{n}", figs.t4v("reconsideration", "pending"), "件",
                                      "t4.reconsideration.pending", cn=False)
            four_text += "；" + w.count("发生行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif inj.real46_words and not (inj.real34_words or inj.clause_words):
            four_text = f"{year}年，{area}发生" + w.count("{n}有关政府信息公开事务的行政复议案件", r, "起",
                                                     "t4.reconsideration.total", cn=False)
            four_text += "；" + w.count("发生行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif inj.real41_words and not (inj.real34_words or inj.clause_words or inj.t4_words):
            four_text = f"{year}年，{area}全年有" + w.count("{n}因政府信息公开申请提起的行政复议", r, "起",
                                                       "t4.reconsideration.total", cn=False)
            four_text += "；" + w.count("发生行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif inj.clause_words and not inj.real34_words:
            four_text = f"{year}年，{area}共收到" + w.count("{n}涉及政府信息公开行政复议", r, "件",
                                                       "t4.reconsideration.total")
            four_text += "；" + w.count("发生行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        elif (inj.real59_words and r and lit and figs.t4v("reconsideration", "upheld")
              and figs.t4v("litigation", "upheld")):
            four_text = w.count(f"{year}年，{area}因政府信息公开产生行政复议案件{{n}}", r, "件", "t4.reconsideration.total")
            four_text += "、" + w.count("行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            four_text += "，其中" + w.count("{n}行政复议", figs.t4v("reconsideration", "upheld"), "件",
                                          "t4.reconsideration.upheld", cn=False)
            four_text += "、" + w.count("{n}行政诉讼", figs.t4v("litigation", "upheld"), "件", "t4.litigation.upheld",
                                       cn=False) + "获维持"
            outcome_listed = True
        else:
            four_text = w.count(f"{year}年，{area}发生政府信息公开行政复议案件{{n}}", r, "件",
                                "t4.reconsideration.total")
            if inj.real34_words:
                four_text += "；因政府信息公开申请而产生的" + w.count("{n}行政诉讼案件", lit, "件", "t4.litigation.total")
            else:
                four_text += "、" + w.count("行政诉讼案件{n}", lit, "件", "t4.litigation.total")
            standalone.append("t4.reconsideration.total")
        all_upheld = all(figs.t4v(g, c) == 0 for g in ("reconsideration", "litigation")
                         for c in ("corrected", "other", "pending"))
        if all_upheld and not outcome_listed:
            four_text += "，均获维持"
            claims.append({"quote": "均获维持", "claim": "all_upheld"})
        elif inj.reviewing and figs.t4v("reconsideration", "pending"):
            four_text += "，" + w.count("正在复议{n}", figs.t4v("reconsideration", "pending"), "件",
                                      "t4.reconsideration.pending")
    four_text += "。"
    if inj.t4_list_words and r and not (inj.applicant_words or inj.both_groups):
        # (not beside the other bare 其他 of applicant_words, nor both_groups' "结果维持N件": each variant
        # tested alone; written with draws of their own; the total said twice is no target of a wrong number)
        with _draws_of_its_own(w, f"t4list:{r}"):
            four_text += w.count("因政府信息公开被申请行政复议的案件，本年度为{n}", r, "件", "t4.reconsideration.total")
            four_text += "。行政复议结果：" + "，".join(
                w.count(f"{word}{{n}}", figs.t4v("reconsideration", col), "件", f"t4.reconsideration.{col}", cn=False)
                for word, col in (("维持", "upheld"), ("纠正", "corrected"), ("其他", "other"), ("尚未审结", "pending")))
            four_text += "。"
        standalone[:] = [x for x in standalone if not x.startswith("t4.reconsideration.")]
    if inj.reviewing:
        received, upheld = inj.reviewing
        four_text += w.count("本机关作为行政复议机关全年受理行政复议申请{n}", received, "件", None) + "，" + \
            w.count("维持{n}", upheld, "件", None) + "。未收到人大代表建议、政协委员提案。"
        _nil_at(w, "未收到人大代表建议", None)
    where_four = rng.choice(["一", "四"])
    if where_four == "一":
        one.append("（三）政府信息公开行政复议、行政诉讼情况")
        one.append(four_text)

    # Management, platform, supervision (numbers with no table counterpart) ------------
    k = 3 if where_four == "一" else 2
    one.append(f"（{cn2an.an2cn(k + 1)}）政府信息管理和平台建设情况")
    one.append("一是健全政府信息公开审查机制，严格落实先审查后公开制度；二是" +
               w.count("完成政务新媒体账号清理整合{n}", rng.randint(3, 60), "个", None) +
               "；三是优化政府网站检索功能，方便公众查询获取政府信息。")
    one.append(f"（{cn2an.an2cn(k + 2)}）监督保障情况")
    one.append(w.count("全年组织政务公开业务培训{n}", rng.randint(2, 15), "次", None) + "，" +
               w.count("培训{n}", rng.randint(1, 6) * 100, "人次", None, approx=rng.choice(["近", "余", "约"])) +
               f"，{year}年未发生政府信息公开工作责任追究情况。")
    if inj.real56_funds:
        one.append(w.count("投入政务公开保障经费{n}", inj.real56_funds, "万元", None, cn=False,
                           approx="多" if inj.real56_funds % 2 else "余") + "。")
    if inj.hotline:
        one.append(w.count("12345热线共受理群众诉求{n}", inj.hotline[0], "件", None) + "，" +
                   w.count("办结{n}", inj.hotline[1], "件", None) + "。")

    three = ["本年度收到和处理政府信息公开申请情况详见下表。" if rng.random() < 0.5 else ""]
    four = [] if where_four == "一" else [four_text]
    five = ["（一）存在的主要问题。一是政策解读的形式还不够丰富；二是部分栏目信息更新不够及时。",
            "（二）改进措施。一是丰富政策解读形式，提升解读质量；二是加强栏目日常维护，确保信息及时准确。"]
    if rng.random() < 0.5:
        six = [w.count("依据《政府信息公开信息处理费管理办法》，本年度收取信息处理费{n}",
                       rng.randint(10, 900), "元", None) + "。"]
    else:
        six = ["依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。"]
    return Narrative(sections={"一": one, "二": [], "三": [t for t in three if t], "四": four, "五": five, "六": six},
                     mentions=w.mentions, lookalikes=lookalikes, claims=claims, standalone=standalone,
                     expected=w.expected)


def _received(w: Writer, words: str, new: int) -> str:
    """This year's applications (新收) in words a reader may also take as both years' ("全年收到…申请N件", "没有因以上N件"):
    that sum a reading."""
    return w.count(words, new, "件", "t3.new_received.total", cn=False, accept=["t3.new_received.total+t3.carried_over.total"])


def _nil(w: Writer, text: str, metric: str | None, accept: list[str] | None = None) -> str:
    """A nil statement ("未收到…申请"): a count of 0 in words, quoted from its last clause."""
    _nil_at(w, text.split("，")[-1], metric, accept)
    return text


def _nils_of_both(w: Writer, quote: str, first: str, second: str) -> None:
    """Two nils one phrase says of both kinds ("未发生行政复议、行政诉讼被依法纠正"): the first's words end inside the
    second's, so each is quoted by the whole phrase and takes the other as a reading too."""
    _nil_at(w, quote, first, accept=[second])
    _nil_at(w, quote, second, accept=[first])


def _nils_of_both_nested(w: Writer, quote: str, more: bool = False) -> None:
    """The nils one phrase says of 复议, then 诉讼 ("无公开申请行政复议、提起行政诉讼情况"): each quoted from the phrase's
    trigger to its item's end, the second nesting the first and taking its cell as a reading. `more`: items of no cell
    follow ("…复议、诉讼和申诉的情况"): the whole phrase is a nil of any reading too."""
    _nil_at(w, quote[: quote.index("复议") + 2], "t4.reconsideration.total")
    _nil_at(w, quote[: quote.index("诉讼") + 2] if more else quote, "t4.litigation.total", accept=["t4.reconsideration.total"])
    if more:
        _nil_at(w, quote, None, accept=["*"])


def _nil_at(w: Writer, quote: str, metric: str | None, accept: list[str] | None = None, unit: str | None = "件") -> None:
    """Record a nil the text says at `quote` (`unit`: None for an item no form counts, 行政法规)."""
    m = {"quote": quote, "value": 0, "unit": unit, "approx": False, "metric": metric, "kind": "nil"}
    if accept:
        m["accept"] = accept
    w.mentions.append(m)
