"""Rule builders and tree assembly for the criteria-set generator (see make_sets.py)."""
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x):
    """Decimal as the set format writes it: a string, '.' decimals, no trailing zeros."""
    t = format(q(x).normalize(), "f")
    return t


def vn(x):
    return s(x).replace(".", ",")


class Leaf:
    def __init__(self, title, max_, rule, evidence="", na=False, guidance=None):
        self.title, self.max, self.rule, self.evidence, self.na = title, D(max_), rule, evidence, na
        self.guidance = guidance

    def to_json(self, code):
        rule = self.rule(self.max)
        node = {"code": code, "title": self.title, "max": s(self.max), "rule": rule}
        node["guidance"] = self.guidance or describe(rule, self.max)
        if self.evidence:
            node["evidence"] = self.evidence
        elif rule["kind"] != "survey":
            node["evidence"] = default_evidence(rule)
        if self.na:
            node["not_applicable_allowed"] = True
        return node


def describe(rule, m):
    k = rule["kind"]
    if k == "options":
        return "; ".join(f"{o['label']}: {vn(o['points'])} điểm" for o in rule["options"]) + "."
    if k == "tiers":
        parts = []
        for t in rule["tiers"]:
            op = "≥" if t.get("inclusive", True) else ">"
            parts.append(f"Tỷ lệ {op} {vn(t['min'])}%: {vn(t['points'])} điểm")
        text = "; ".join(parts) + "; thấp hơn: 0 điểm."
        return text + zero_text(rule)
    if k == "proportional":
        return f"Điểm = {vn(m)} × tỷ lệ đạt được (làm tròn 2 chữ số thập phân)." + zero_text(rule)
    if k == "deduction":
        return f"Tối đa {vn(m)} điểm; trừ {vn(rule['per_item'])} điểm cho mỗi trường hợp vi phạm, không thấp hơn 0."
    if k == "judgement":
        return f"Tổ công tác chấm từ 0 đến {vn(m)} điểm, bước {vn(rule['step'])} điểm, căn cứ mức độ hoàn thành."
    return "Điểm đánh giá qua điều tra xã hội học; đơn vị không tự chấm."


def zero_text(rule):
    z = rule.get("zero_denominator", "invalid")
    return {
        "full_points": " Trường hợp trong năm không phát sinh thì đạt điểm tối đa.",
        "not_applicable": " Trường hợp không phát sinh thì tiêu chí không đánh giá (không tính vào tổng điểm tối đa).",
        "zero": " Trường hợp không phát sinh thì không có điểm.",
    }.get(z, "")


def default_evidence(rule):
    return {
        "options": "Văn bản, báo cáo chứng minh kết quả thực hiện (ghi rõ số, ký hiệu, ngày ban hành).",
        "tiers": "Báo cáo kết quả kèm biểu tổng hợp số liệu làm căn cứ tính tỷ lệ.",
        "proportional": "Báo cáo kết quả kèm biểu tổng hợp số liệu làm căn cứ tính tỷ lệ.",
        "deduction": "Danh sách các trường hợp vi phạm (nếu có) hoặc báo cáo xác nhận không có vi phạm.",
        "judgement": "Báo cáo, tài liệu chứng minh mức độ hoàn thành nhiệm vụ.",
    }[rule["kind"]]


# ---- rule builders: each returns a function of the item's max -------------------------------

def options(*levels):
    """levels: (label, fraction of max)."""
    def build(m):
        return {"kind": "options", "options": [{"label": l, "points": s(q(m * D(str(f))))} for l, f in levels]}
    return build


def timely():
    return options(("Ban hành kịp thời", 1), ("Ban hành không kịp thời", "0.5"), ("Không ban hành", 0))


def passfail(yes="Đạt", no="Không đạt"):
    return options((yes, 1), (no, 0))


def levels3(full="Thực hiện đầy đủ", part="Thực hiện chưa đầy đủ", none="Không thực hiện"):
    return options((full, 1), (part, "0.5"), (none, 0))


def tiers(*steps, zero="invalid"):
    """steps: (threshold %, inclusive, fraction of max), highest first."""
    def build(m):
        rule = {"kind": "tiers", "tiers": []}
        for thr, inc, f in steps:
            t = {"min": s(thr), "points": s(q(m * D(str(f))))}
            if not inc:
                t["inclusive"] = False
            rule["tiers"].append(t)
        if zero != "invalid":
            rule["zero_denominator"] = zero
        return rule
    return build


def t100(zero="full_points"):
    """100% → max; 80% to <100% → half; below → 0."""
    return tiers((100, True, 1), (80, True, "0.5"), zero=zero)


def t90(zero="invalid"):
    """>90% → max; 70-90% → half; <70% → 0 (Cà Mau 1.1.4 style)."""
    return tiers((90, False, 1), (70, True, "0.5"), zero=zero)


def prop(zero="full_points"):
    def build(m):
        r = {"kind": "proportional"}
        if zero != "invalid":
            r["zero_denominator"] = zero
        return r
    return build


def ded(per):
    return lambda m: {"kind": "deduction", "per_item": s(per)}


def judge(step="0.25"):
    return lambda m: {"kind": "judgement", "step": s(step)}


def survey():
    return lambda m: {"kind": "survey"}


# ---- tree assembly ---------------------------------------------------------------------------

def criterion_json(code, title, body, extra=None):
    """body: a Leaf (the criterion is itself scored) or a list of Leaf."""
    if isinstance(body, Leaf):
        node = body.to_json(code)
        node["title"] = title
        return node, D(node["max"])
    subs = [leaf.to_json(f"{code}.{i + 1}") for i, leaf in enumerate(body)]
    total = sum(D(x["max"]) for x in subs)
    node = {"code": code, "title": title, "max": s(total), "sub_criteria": subs}
    if extra:
        node.update(extra)
    return node, total


def area_json(code, title, criteria):
    out, total = [], D(0)
    for i, (ctitle, body) in enumerate(criteria):
        node, m = criterion_json(f"{code}.{i + 1}", ctitle, body)
        out.append(node)
        total += m
    return {"code": code, "title": title, "max": s(total), "criteria": out}, total


def count_leaves(areas):
    n = 0
    for a in areas:
        for c in a["criteria"]:
            n += len(c.get("sub_criteria", [])) or 1
    return n


def kinds_used(areas):
    used = set()
    for a in areas:
        for c in a["criteria"]:
            for leaf in c.get("sub_criteria", [c]):
                used.add(leaf["rule"]["kind"])
    return used
