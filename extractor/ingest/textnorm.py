"""Decoding and normalising text, shared by every backend.

- `decode`: bytes → str, sniffing UTF-8/UTF-16/GBK/GB18030 (a page's meta charset may lie,
  so the bytes decide, the declaration only breaks ties).
- `normalize`: invisible format characters taken out, NFKC (full-width digits, Kangxi radicals
  such as ⾏ from CJK fonts) and, when the text is written in traditional characters, OpenCC t2s.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
# Runs NFKC leaves as they are: ideographs, and circled numbers — a list item's ordinal ("①组织机构信息12条"), which NFKC
# would make a bare figure ("1组织…", read as 1 组).
_CJK_RUNS = re.compile(r"([\u4e00-\u9fff]+|[\u2460-\u2473\u24ea\u24eb-\u24f4\u24f5-\u24fe\u2776-\u2793]+)")


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode document bytes; raises UnicodeDecodeError when no encoding fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # GB18030 is a superset of GBK and GB2312: a page declared gb2312 often holds GBK characters.
    candidates = ["gb18030"]
    if declared and declared.lower().replace("-", "") not in ("utf8", "gb2312", "gbk", "gb18030"):
        candidates.insert(0, declared)
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:16], 0, 1, "no text encoding fits these bytes")
    return str(best)


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# A mirror that converted the page the Taiwan way (OpenCC s2twp) changed words too: 信息 → 資訊, 文件 → 檔案, 发布 → 釋出,
# 门户网站 → 入口網站 ("海南海事局未發生政府資訊公開行政復議…", "規範性檔案", real51, real61, r66). Such a page says 資訊 and never
# 信息, which every report says: for it, after t2s, these words go back to the mainland's (档案 is a mainland word too, for
# archives, but such a page wrote every 文件 so).
TAIWAN = "tw"
_TAIWAN_WORDS = {"资讯": "信息", "档案": "文件", "释出": "发布", "入口网站": "门户网站", "专案": "项目", "程式": "程序",
                 "网路": "网络", "连结": "链接", "设定": "设置", "稽核": "审核", "点选": "点击", "视讯": "视频",
                 "网际网路": "互联网", "最佳化": "优化"}
_TAIWANESE = re.compile("|".join(sorted(_TAIWAN_WORDS, key=len, reverse=True)))


def is_traditional(text: str) -> bool:
    """True when a noticeable share of the Chinese characters are traditional forms (of a short text, a fifth and at
    least three: "潁東區供銷社未收到依申請公開申請" is, one stray character is not)."""
    sample = _NOT_CJK.sub("", text)[:4000]
    if len(sample) < 8:
        return False
    converted = _t2s().convert(sample)
    if converted == sample:  # simplified text, most pages: nothing to count
        return False
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    if len(sample) < 20:
        return changed >= 3 and changed / len(sample) > 0.2
    return changed / len(sample) > 0.03


def traditional_form(text: str) -> str | None:
    """How a text comes back into simplified characters: None when it is written in them, `TAIWAN` when a mirror
    converted it the Taiwan way (資訊 and never 信息: its words go back too), else "t2s"."""
    if not is_traditional(text):
        return None
    return TAIWAN if "資訊" in text and "信息" not in text else "t2s"


# Phrases a traditional-character mirror converted the Taiwan way ("規範性文件" → "規範性檔案", real61,
# r66), which t2s keeps: the mainland words, of the same length.
_MIRROR_PHRASES = {"规范性档案": "规范性文件"}
_MIRRORED = re.compile("|".join(map(re.escape, _MIRROR_PHRASES)))


# A reading in pinyin that a mirror put after a character ("發(fā)生", "區(qū)", "鄉(xiāng)": 244 of 251 such
# passages in our real sets are on traditional mirrors): no part of the text, and it cuts the words it stands in.
# Always a tone mark inside. (The bracket first, then what stands before it: a scan of a whole report tries each
# position. The narrative's rejoin steps over one too, in a text that did not come through here.)
PINYIN_GLOSS = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


# Characters that print nothing: zero-width spaces and joiners, a BOM in mid-text, soft hyphens, direction
# marks and overrides, variation selectors. Pages edited in WeChat-style editors carry them (the 莆田 2014 page
# has one, corpora/real/pre-2019/README.md) and read_file's display hides them, so no reader's set shows them; NFKC
# keeps them. Inside a figure or a word they cut it ("73\u200b33条" read as 3条), so they are taken out.
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]")


def normalize(text: str, traditional: bool | str = False) -> str:
    """NFKC without invisible characters and a mirror's pinyin glosses, then traditional → simplified when the document is in
    traditional characters (`traditional`: True or a `traditional_form`), and the phrases a mirror converted the Taiwan
    way back to the mainland's.

    Conversion keeps the length of CJK text, so offsets stay close to the source.
    """
    s = nfkc(INVISIBLE.sub("", text))
    if "(" in s:
        s = PINYIN_GLOSS.sub("", s)
    if traditional:
        s = _MIRRORED.sub(lambda m: _MIRROR_PHRASES[m.group()], _t2s().convert(s))
        if traditional == TAIWAN:
            s = _TAIWANESE.sub(lambda m: _TAIWAN_WORDS[m.group()], s)
    return s


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, cheaper for Chinese text.

    NFKC leaves a CJK ideograph as it is and never combines it with a neighbour, so the
    text between runs of ideographs can be normalised piece by piece, the same result — but for circled numbers
    (`_CJK_RUNS`), kept as printed.
    CPython's composition looks each character up in a list of ~200 ranges in turn, about
    a thousand steps for an ideograph: in a text with one full-width comma, every one of
    its ideographs paid that (NFKC was 7% of reading an HTML report, now 2%).
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    return "".join([part if i % 2 else unicodedata.normalize("NFKC", part) for i, part in enumerate(_CJK_RUNS.split(text))])
