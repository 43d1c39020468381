#pragma once

#include "core/crypto/SigningKey.h"
#include "core/records/KeyRecords.h"
#include "core/store/DataFile.h"

#include <optional>

namespace parindex {

// A feedback package as a unit keeps it: the signed bytes, whole.
struct ReceivedFeedback
{
    int year = 0;
    qint64 sequence = 0;
    int round = 1;
    QString manifestSha256;
    QByteArray manifest;
    QByteArray signature;
    QByteArray data;
    QDateTime receivedAt;
};

// At a unit: the centre's public key and the feedback packages received from it. Audited.
class ReceivedFeedbackTable
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedFeedbackTable)

public:
    explicit ReceivedFeedbackTable(DataFile& file) : m_file(file) {}

    Result<std::optional<CentreKeyInfo>> centreKey() const; // the key in force
    // Enrols the centre's key; a different key in force is replaced only with `replace`.
    Status enrolCentreKey(const SigningKey& key, bool replace);

    Result<std::optional<ReceivedFeedback>> latest(int year) const;
    Status store(const ReceivedFeedback& feedback);

private:
    DataFile& m_file;
};

} // namespace parindex
