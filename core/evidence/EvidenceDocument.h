#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace parindex {

// An evidence document (tài liệu kiểm chứng): its file in the content-addressed store, the
// details an official document is cited by, and the items it supports.
struct EvidenceDocument
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString displayName; // NFC
    QString number;      // số/ký hiệu
    QDate issuedOn;      // ngày ban hành
    QString summary;     // trích yếu
    QStringList items;   // codes of the items it supports
};

} // namespace parindex
