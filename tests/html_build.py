"""Build an HTML page of a report from gold figures, with the form's real merged cells.

Used by the tests to check that HTML markup (rowspan/colspan, Word's mso styles, split
labels, &nbsp;) yields exactly the figures of a gold file. The markup follows the
public form: 表三 header "申请人情况" colspan 7, "自然人" rowspan 2, "三、本年度办理结果"
rowspan over every result row, group labels rowspan over their items.
"""

from __future__ import annotations

from html import escape

from models.vocabulary import vocabulary

T3_COLS = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
T4_GROUPS = ["reconsideration", "litigation_direct", "litigation_after"]

T3_LABELS = vocabulary().t3_printed()


class Style:
    """Plain markup, or Word's: MsoNormal paragraphs, mso- styles, <o:p>, &nbsp; blanks."""

    def __init__(self, word: bool):
        self.word = word

    def td(self, text: str, rowspan: int = 1, colspan: int = 1, split: bool = False) -> str:
        attrs = ""
        if rowspan > 1:
            attrs += f' rowspan="{rowspan}"'
        if colspan > 1:
            attrs += f' colspan="{colspan}"'
        if not self.word:
            return f"<td{attrs}>{escape(text)}</td>"
        attrs += ' style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt"'
        if text == "":
            body = '<p class="MsoNormal"><span lang="EN-US">&nbsp;<o:p></o:p></span></p>'
        elif split and len(text) >= 4:
            # Word wraps a narrow header over two paragraphs: "商业" / "企业".
            half = len(text) // 2
            body = "".join(
                f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体;'
                f'mso-ascii-font-family:Calibri">{escape(part)}<o:p></o:p></span></p>'
                for part in (text[:half], text[half:])
            )
        else:
            body = (f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US" '
                    f'style="font-size:10.5pt;mso-bidi-font-size:11.0pt">{escape(text)}<o:p></o:p></span></p>')
        return f'<td{attrs} valign="top">{body}</td>'

    def p(self, text: str) -> str:
        if not self.word:
            return f"<p>{escape(text)}</p>"
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><span '
                f'style="font-size:16.0pt;font-family:仿宋_GB2312">{escape(text)}<o:p></o:p></span></p>')

    def table(self, rows: list[str]) -> str:
        cls = ' class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0"' if self.word else ' border="1"'
        return f"<table{cls}><tbody>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</tbody></table>"


def fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def t2_html(t2: dict, layout: str, s: Style) -> str:
    if layout == "2021":
        blocks = [
            ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", "regulations", ["issued", "repealed", "in_force"]),
              ("行政规范性文件", "normative_docs", ["issued", "repealed", "in_force"])]),
            ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "licensing", ["decisions"])]),
            ("第二十条第（六）项", ["本年处理决定数量"],
             [("行政处罚", "penalty", ["decisions"]), ("行政强制", "enforcement", ["decisions"])]),
            ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "fees", ["amount_wan"])]),
        ]
    else:
        blocks = [
            ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
             [("规章", "regulations", ["made", "published", "total_public"]),
              ("规范性文件", "normative_docs", ["made", "published", "total_public"])]),
            ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政许可", "licensing", ["prev_count", "delta", "decisions"]),
              ("其他对外管理服务事项", "other_services", ["prev_count", "delta", "decisions"])]),
            ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政处罚", "penalty", ["prev_count", "delta", "decisions"]),
              ("行政强制", "enforcement", ["prev_count", "delta", "decisions"])]),
            ("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
             [("行政事业性收费", "fees", ["prev_count", "delta"])]),
            ("第二十条第（九）项", ["采购项目数量", "采购总金额"],
             [("政府集中采购", "procurement", ["projects", "amount"])]),
        ]
    rows = []
    for caption, headers, items in blocks:
        rows.append(s.td(caption, colspan=4))
        span = 3 // len(headers)
        rows.append(s.td("信息内容") + "".join(s.td(h, colspan=span if len(headers) < 3 else 1) for h in headers))
        for label, item, cols in items:
            rows.append(s.td(label) + "".join(
                s.td(fmt(t2.get(f"{item}.{c}")), colspan=span if len(cols) < 3 else 1) for c in cols))
    return s.table(rows)


def t3_html(t3: dict, s: Style) -> str:
    single_other = "other" in t3
    head = [
        s.td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3)
        + s.td("申请人情况", colspan=7),
        s.td("自然人", rowspan=2) + s.td("法人或其他组织", colspan=5) + s.td("总计", rowspan=2),
        "".join(s.td(x, split=True) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]),
    ]
    figures = lambda row: "".join(s.td(fmt(v)) for v in t3[row])  # noqa: E731
    rows = list(head)
    rows.append(s.td(T3_LABELS["new_received"], colspan=3) + figures("new_received"))
    rows.append(s.td(T3_LABELS["carried_over"], colspan=3) + figures("carried_over"))
    result_rows = [k for k in T3_LABELS if k not in ("new_received", "carried_over", "carried_forward")
                   and (k in t3 or k in ("denied", "unavailable", "not_processed", "other"))]
    result_rows = [k for k in result_rows if not (k.startswith("other.") and single_other)]
    body_rows = [k for k in result_rows if k in t3]
    first = True
    for key in result_rows:
        if key in ("denied", "unavailable", "not_processed") or (key == "other" and not single_other):
            continue
        prefix = s.td("三、本年度办理结果", rowspan=len(body_rows)) if first else ""
        first = False
        group = key.split(".")[0] if "." in key else None
        if group:
            children = [k for k in body_rows if k.startswith(group + ".")]
            if key == children[0]:
                prefix += s.td(T3_LABELS[group], rowspan=len(children))
            rows.append(prefix + s.td(T3_LABELS[key]) + figures(key))
        else:
            rows.append(prefix + s.td(T3_LABELS[key], colspan=2) + figures(key))
    rows.append(s.td(T3_LABELS["carried_forward"], colspan=3) + figures("carried_forward"))
    return s.table(rows)


def t4_html(t4: dict, s: Style) -> str:
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        s.td("行政复议", colspan=5) + s.td("行政诉讼", colspan=10),
        "".join(s.td(x, rowspan=2) for x in five) + s.td("未经复议直接起诉", colspan=5) + s.td("复议后起诉", colspan=5),
        "".join(s.td(x) for x in five * 2),
        "".join(s.td(fmt(v)) for g in T4_GROUPS for v in t4[g]),
    ]
    return s.table(rows)


def report_html(gold: dict, narrative: list[str], word: bool = False, chrome: bool = True,
                charset: str = "utf-8") -> str:
    """A whole page: site chrome, title, narrative paragraphs, the three tables."""
    s = Style(word)
    title = f"{gold['organ']}{gold['year']}年度政府信息公开工作年度报告"
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if word:
        head += ('<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
                 '<style>p.MsoNormal{mso-style-parent:"";margin:0cm;font-size:10.5pt;}</style>')
    parts = [f"<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>{head}<title>{escape(title)}</title></head><body>"]
    if chrome:
        parts.append('<div class="nav"><a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; 年度报告</div>')
        parts.append('<script>var x = "<table><tr><td>1</td></tr></table>";</script>')
    parts.append(f'<div class="content"><h1>{escape(title)}</h1>')
    tables = {"二": t2_html(gold["t2"], gold["layout"], s), "三": t3_html(gold["t3"], s), "四": t4_html(gold["t4"], s)}
    for para in narrative:
        parts.append(s.p(para))
        for numeral, html in tables.items():
            if para.startswith(numeral + "、"):
                parts.append(html)
    parts.append("</div>")
    if chrome:
        parts.append('<div id="footer">主办单位：某某人民政府办公室 电话：0571-12345678</div>')
    parts.append("</body></html>")
    return "".join(parts)
