#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace test {

// A small valid criteria set as JSON, for tests to break one thing at a time.
//   area 1 (6): 1.1 (3) = 1.1.1 options (1) + 1.1.2 tiers (2); 1.2 judgement leaf (3)
//   area 2 (4): 2.1 (4) = 2.1.1 proportional (2, may be N/A) + 2.1.2 deduction (1) + 2.1.3 survey (1)
// bonus cap 1 (T.1 judgement 1), penalty cap 2 (Tr.1 options 2); bands A ≥ 90, B ≥ 80.
inline QJsonObject smallSet()
{
    const QByteArray json = R"({
      "format": "parindex.criteria-set", "format_version": 1, "id": "test-small", "version": 1,
      "title": "Bộ chỉ số thử", "issuer": "UBND thử", "legal_basis": {"decision": "1/QĐ-UBND", "date": "2025-01-02"},
      "year": 2025, "group": "so", "scale": "10", "rounding": {"points_decimals": 2, "index_decimals": 2},
      "not_applicable": "rescale",
      "areas": [
        {"code": "1", "title": "Chỉ đạo điều hành", "max": "6", "criteria": [
          {"code": "1.1", "title": "Kế hoạch", "max": "3", "sub_criteria": [
            {"code": "1.1.1", "title": "Ban hành kế hoạch", "max": "1", "rule": {"kind": "options", "options": [
              {"label": "Kịp thời", "points": "1"}, {"label": "Không kịp thời", "points": "0.5"}, {"label": "Không ban hành", "points": "0"}]}},
            {"code": "1.1.2", "title": "Mức độ thực hiện", "max": "2", "rule": {"kind": "tiers", "tiers": [
              {"min": "90", "inclusive": false, "points": "2"}, {"min": "70", "points": "1"}]}}
          ]},
          {"code": "1.2", "title": "Chấm theo mức độ", "max": "3", "rule": {"kind": "judgement", "step": "0.25"}}
        ]},
        {"code": "2", "title": "Thủ tục hành chính", "max": "4", "criteria": [
          {"code": "2.1", "title": "Một cửa", "max": "4", "sub_criteria": [
            {"code": "2.1.1", "title": "Tỷ lệ số hóa", "max": "2", "not_applicable_allowed": true,
             "rule": {"kind": "proportional", "zero_denominator": "full_points"}},
            {"code": "2.1.2", "title": "Vi phạm", "max": "1", "rule": {"kind": "deduction", "per_item": "0.25"}},
            {"code": "2.1.3", "title": "Hài lòng", "max": "1", "rule": {"kind": "survey"}}
          ]}
        ]}
      ],
      "bonus": {"cap": "1", "items": [{"code": "T.1", "title": "Sáng kiến", "max": "1", "rule": {"kind": "judgement", "step": "0.5"}}]},
      "penalty": {"cap": "2", "items": [{"code": "Tr.1", "title": "Vi phạm", "max": "2", "rule": {"kind": "options", "options": [
        {"label": "Có", "points": "2"}, {"label": "Không", "points": "0"}]}}]},
      "bands": [{"code": "A", "label": "Nhóm A", "min": "90"}, {"code": "B", "label": "Nhóm B", "min": "80"}]
    })";
    return QJsonDocument::fromJson(json).object();
}

inline QByteArray toBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// Replaces the value at a path of object keys and array indices, e.g. {"areas", 0, "max"}.
inline QJsonValue replaced(const QJsonValue& node, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = replaced(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head.toString());
    else
        o[head.toString()] = replaced(o.value(head.toString()), path, value);
    return o;
}

inline QJsonObject with(const QJsonObject& o, const QList<QVariant>& path, const QJsonValue& value)
{
    return replaced(o, path, value).toObject();
}

} // namespace test
