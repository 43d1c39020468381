#!/usr/bin/env python3
"""Writes the shipped criteria sets (../*.json) from the content tables beside this script.

Run after editing content:  python3 criteria_templates/tools/make_sets.py
The JSON files are what ParIndex ships and loads; `parindex-cli sets validate` checks them and
the test suite checks that each one loads, adds up to its scale and is the size it should be.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import hanoi  # noqa: E402
import national  # noqa: E402
from rules import (D, Leaf, s, area_json, count_leaves, kinds_used, survey, timely, passfail, levels3,  # noqa: E402
                   tiers, t90, t100, prop, ded, judge)

OUT = pathlib.Path(__file__).resolve().parent.parent
BANDS_MOHA = [
    {"code": "A", "label": "Nhóm A", "min": "90"},
    {"code": "B", "label": "Nhóm B", "min": "80"},
    {"code": "C", "label": "Nhóm C", "min": "70"},
]
BANDS_QUALITY = [
    {"code": "T", "label": "Tốt", "min": "90"},
    {"code": "K", "label": "Khá", "min": "80"},
    {"code": "TB", "label": "Trung bình", "min": "65"},
    {"code": "Y", "label": "Yếu", "min": "0"},
]
# The survey instrument: answer weights as in Yên Bái's survey software (A/B/C/D = 100/60/20/0 %,
# E = no answer); respondent groups from Hà Nội's 2025 plan (KH 307/KH-UBND). The groups' weights
# and the questions are illustrative: the official questionnaires are not published.
SURVEY_ANSWERS = [{"letter": l, "weight": w} for l, w in (("A", "100"), ("B", "60"), ("C", "20"), ("D", "0"))]
SURVEY_GROUPS = {
    "so": [
        ("hdnd", "Đại biểu HĐND Thành phố", "20"),
        ("lddv", "Lãnh đạo đơn vị thuộc, trực thuộc cơ quan chuyên môn", "20"),
        ("ldxa", "Lãnh đạo UBND cấp xã", "20"),
        ("sipas", "Người dân, doanh nghiệp (SIPAS)", "40"),
    ],
    "xa": [
        ("hdnd", "Đại biểu HĐND Thành phố", "20"),
        ("ldcm", "Lãnh đạo cơ quan chuyên môn thuộc UBND cấp xã", "30"),
        ("sipas", "Người dân, doanh nghiệp (SIPAS)", "50"),
    ],
}
SURVEY_GROUPS["huyen"] = SURVEY_GROUPS["xa"]


def survey_instrument(group, areas):
    questions = []

    def walk(node):
        for child in node.get("criteria", []) + node.get("sub_criteria", []):
            walk(child)
        if node.get("rule", {}).get("kind") == "survey":
            n = len(questions) + 1
            questions.append({"code": f"C{n:02d}", "item": node["code"],
                              "text": f"Ông/bà đánh giá thế nào về: {node['title'][0].lower()}{node['title'][1:]}?"})

    for a in areas:
        walk(a)
    return {
        "answers": SURVEY_ANSWERS,
        "no_answer": ["E"],
        "groups": [{"code": c, "title": t, "weight": w} for c, t, w in SURVEY_GROUPS[group]],
        "questions": questions,
    }


GROUP_TITLE = {
    "so": "các sở, cơ quan tương đương sở",
    "xa": "Ủy ban nhân dân các xã, phường",
    "huyen": "Ủy ban nhân dân các quận, huyện, thị xã",
}


def split(total, n):
    """Splits `total` into n parts in steps of 0.25, the larger parts first."""
    units = int(D(total) * 4)
    base, extra = divmod(units, n)
    return [D(base + (1 if i < extra else 0)) / 4 for i in range(n)]


def survey_criterion(title, leaves, share):
    return (title, [Leaf(t, m, survey()) for t, m in zip(leaves, split(share, len(leaves)))])


def hanoi_set(year, group):
    titles = hanoi.AREA_TITLES_2025 if year >= 2025 else hanoi.AREA_TITLES_2024
    areas, total = [], D(0)
    for i, (content, title) in enumerate(zip(hanoi.AREAS, titles)):
        criteria = content(group)
        stitle, sleaves = hanoi.SURVEY[i]
        criteria.append(survey_criterion(stitle, sleaves, hanoi.SURVEY_SHARE[i]))
        node, m = area_json(str(i + 1), title, criteria)
        areas.append(node)
        total += m
    assert total == 100, f"Hà Nội {year} {group}: areas add up to {total}, not 100"
    decision = ("5666/QĐ-UBND", "2025-11-17") if year >= 2025 else ("3598/QĐ-UBND", "2024-07-10")
    groups_2025 = "Sở và xã, phường" if year >= 2025 else "Sở và quận, huyện, thị xã"
    return {
        "format": "parindex.criteria-set",
        "format_version": 1,
        "id": f"hanoi-{year}-{group}",
        "version": 1,
        "title": f"Bộ Chỉ số cải cách hành chính năm {year} của {GROUP_TITLE[group]} thành phố Hà Nội",
        "issuer": "Ủy ban nhân dân thành phố Hà Nội",
        "legal_basis": {"decision": decision[0], "date": decision[1]},
        "year": year,
        "group": group,
        "scale": s(total),
        "rounding": {"points_decimals": 2, "index_decimals": 2},
        "not_applicable": "rescale",
        "texts_illustrative": True,
        "note": (f"Cấu trúc theo QĐ {decision[0]} ({groups_2025}): 8 nội dung và điểm thưởng, điểm trừ; "
                 "điểm thẩm định 70, điểm điều tra xã hội học 30. Điểm tối đa từng nội dung và nội dung "
                 "từng tiêu chí thành phần mang tính minh họa vì chưa có văn bản phụ lục gốc."),
        "areas": areas,
        "bonus": hanoi.bonus(group),
        "penalty": hanoi.penalty(group),
        "bands": BANDS_MOHA,
        "ranking": {"compare": "published"},
        "survey": survey_instrument(group, areas),
    }


def national_rule(title, area_index, crit_index):
    t = title.lower()
    if area_index == 7 and crit_index < 2:
        return survey(), False
    if "ban hành kế hoạch" in t or "kế hoạch" in t and "thực hiện" not in t:
        return timely(), False
    if "bị kỷ luật" in t or "trái pháp luật" in t:
        return ded("0.25"), False
    if t.startswith("tỷ lệ") or "đúng hạn" in t:
        return tiers((90, False, 1), (70, True, "0.5"), zero="full_points"), "cấp huyện" in t or "cấp xã" in t
    if t.startswith("số ") or "thực hiện" in t:
        return prop(zero="full_points"), "phân cấp" in t
    if "chất lượng" in t or "hình thức" in t or "sáng kiến" in t:
        return judge("0.25"), False
    return levels3(), False


def national_set():
    areas = []
    total = D(0)
    for ai, (title, amax, criteria) in enumerate(national.AREAS):
        weights = [max(1, len(subs)) for _, subs in criteria]
        units = int(D(amax) * 4)
        # Spread the area's quarter-points over its criteria in proportion to their size.
        shares = [units * w // sum(weights) for w in weights]
        for k in range(units - sum(shares)):
            shares[k % len(shares)] += 1
        built = []
        for ci, ((ctitle, subs), q) in enumerate(zip(criteria, shares)):
            cmax = D(q) / 4
            if not subs:
                rule, na = national_rule(ctitle, ai, ci)
                built.append((ctitle, Leaf(ctitle, cmax, rule, na=na)))
                continue
            leaves = []
            for st, m in zip(subs, split(cmax, len(subs))):
                rule, na = national_rule(st, ai, ci)
                leaves.append(Leaf(st, m, rule, na=na))
            built.append((ctitle, leaves))
        node, m = area_json(str(ai + 1), title, built)
        assert m == D(amax), (title, m, amax)
        areas.append(node)
        total += m
    return {
        "format": "parindex.criteria-set",
        "format_version": 1,
        "id": "bnv-2948-tinh-2018",
        "version": 1,
        "title": "Chỉ số cải cách hành chính cấp tỉnh (cấu trúc theo Đề án của Bộ Nội vụ)",
        "issuer": "Bộ Nội vụ",
        "legal_basis": {"decision": "2948/QĐ-BNV", "date": "2016-12-30"},
        "year": 2018,
        "group": "so",
        "scale": s(total),
        "rounding": {"points_decimals": 2, "index_decimals": 2},
        "not_applicable": "rescale",
        "texts_illustrative": True,
        "note": ("Cấu trúc bộ chỉ số cấp tỉnh theo QĐ 2948/QĐ-BNV: 8 lĩnh vực, điểm tối đa 10 / 10 / 14,5 / 11 / "
                 "16 / 7 / 16 / 15,5; 38 tiêu chí, 81 tiêu chí thành phần. Các tỉnh dùng cấu trúc này làm "
                 "khung cho bộ chỉ số các sở; nội dung và điểm từng tiêu chí thành phần mang tính minh họa."),
        "areas": areas,
        "bands": BANDS_QUALITY,
    }


def write(data):
    path = OUT / f"{data['id']}.json"
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    leaves = count_leaves(data["areas"])
    print(f"{path.name}: {leaves} scored items, scale {data['scale']}, rules {sorted(kinds_used(data['areas']))}")


def main():
    for year, group in ((2025, "so"), (2025, "xa"), (2024, "so"), (2024, "huyen")):
        write(hanoi_set(year, group))
    write(national_set())


if __name__ == "__main__":
    main()
