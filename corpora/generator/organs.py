"""Organs of every level, with invented place names (the figures are invented too, so no
real organ is credited with them)."""

from __future__ import annotations

import random
from dataclasses import dataclass

PROVINCES = ["江南省", "岭东省", "河西省", "云川省", "海平省", "北原省"]
CITIES = ["临江市", "安平市", "清河市", "青川市", "云溪市", "凤岭市", "白沙市", "东阳市", "西岸市", "南湖市"]
COUNTIES = ["安宁县", "长乐县", "平阳县", "石门县", "新化区", "柳林区", "永和县", "桃源县", "明湖区", "金沙县"]
DEPARTMENTS = [
    "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局",
    "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "卫生健康委员会",
    "市场监督管理局", "应急管理局", "医疗保障局", "统计局",
]
PROVINCE_DEPARTMENTS = ["教育厅", "民政厅", "司法厅", "财政厅", "交通运输厅", "水利厅", "商务厅", "生态环境厅"]


@dataclass(frozen=True)
class Organ:
    name: str
    level: str  # province | city | county
    kind: str  # government | office | department
    area: str  # 全省 / 全市 / 全县 / 全区 / 本机关
    short: str  # how the organ names itself in its own text: 省政府 / 市教育局 …
    office: str  # the office that handles applications for a government (scope trap)

    @property
    def is_government(self) -> bool:
        return self.kind == "government"


def pick_organ(rng: random.Random) -> Organ:
    level = rng.choices(["province", "city", "county"], weights=[2, 4, 5])[0]
    kind = rng.choices(["government", "office", "department"], weights=[4, 1, 5])[0]
    prov = rng.choice(PROVINCES)
    city = rng.choice(CITIES)
    county = rng.choice(COUNTIES)
    if level == "province":
        place, tail = prov, "省"
        dept = rng.choice(PROVINCE_DEPARTMENTS)
    elif level == "city":
        place, tail = city, "市"
        dept = rng.choice(DEPARTMENTS)
    else:
        place, tail = county, county[-1]
        dept = rng.choice(DEPARTMENTS)
    if kind == "government":
        name, short, area = f"{place}人民政府", f"{tail}政府", f"全{tail}"
    elif kind == "office":
        office = "办公厅" if level == "province" else "办公室"
        name, short, area = f"{place}人民政府{office}", f"{tail}政府{office}", "本机关"
    else:
        name, short, area = f"{place}{dept}", f"{tail}{dept}", "本机关"
    office = f"{tail}政府办公{'厅' if level == 'province' else '室'}"
    return Organ(name=name, level=level, kind=kind, area=area, short=short, office=office)
