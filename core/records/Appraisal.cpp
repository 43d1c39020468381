#include "core/records/Appraisal.h"

namespace parindex {

QList<AppraisalStage> AppraisalTerms::allStages()
{
    return {AppraisalStage::NotReceived,  AppraisalStage::Received,         AppraisalStage::Round1,
            AppraisalStage::FeedbackSent, AppraisalStage::ResponseReceived, AppraisalStage::Round2,
            AppraisalStage::Appraised,    AppraisalStage::Approved};
}

QString AppraisalTerms::code(AppraisalStage s)
{
    switch (s) {
    case AppraisalStage::NotReceived:
        return QStringLiteral("not_received");
    case AppraisalStage::Received:
        return QStringLiteral("received");
    case AppraisalStage::Round1:
        return QStringLiteral("round_1");
    case AppraisalStage::FeedbackSent:
        return QStringLiteral("feedback_sent");
    case AppraisalStage::ResponseReceived:
        return QStringLiteral("response_received");
    case AppraisalStage::Round2:
        return QStringLiteral("round_2");
    case AppraisalStage::Appraised:
        return QStringLiteral("appraised");
    case AppraisalStage::Approved:
        return QStringLiteral("approved");
    }
    return QString();
}

std::optional<AppraisalStage> AppraisalTerms::stageFromCode(const QString& code)
{
    for (AppraisalStage s : allStages()) {
        if (AppraisalTerms::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString AppraisalTerms::name(AppraisalStage s)
{
    switch (s) {
    case AppraisalStage::NotReceived:
        return tr("Not received");
    case AppraisalStage::Received:
        return tr("Received");
    case AppraisalStage::Round1:
        return tr("Round 1");
    case AppraisalStage::FeedbackSent:
        return tr("Feedback sent");
    case AppraisalStage::ResponseReceived:
        return tr("Response received");
    case AppraisalStage::Round2:
        return tr("Round 2");
    case AppraisalStage::Appraised:
        return tr("Appraised");
    case AppraisalStage::Approved:
        return tr("Approved");
    }
    return QString();
}

QList<DeadlineStage> AppraisalTerms::allDeadlines()
{
    return {DeadlineStage::Self, DeadlineStage::Round1, DeadlineStage::Explanation, DeadlineStage::Round2};
}

QString AppraisalTerms::code(DeadlineStage s)
{
    switch (s) {
    case DeadlineStage::Self:
        return QStringLiteral("self");
    case DeadlineStage::Round1:
        return QStringLiteral("round1");
    case DeadlineStage::Explanation:
        return QStringLiteral("explanation");
    case DeadlineStage::Round2:
        return QStringLiteral("round2");
    }
    return QString();
}

std::optional<DeadlineStage> AppraisalTerms::deadlineFromCode(const QString& code)
{
    for (DeadlineStage s : allDeadlines()) {
        if (AppraisalTerms::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString AppraisalTerms::name(DeadlineStage s)
{
    switch (s) {
    case DeadlineStage::Self:
        return tr("Self-assessment");
    case DeadlineStage::Round1:
        return tr("Appraisal, round 1");
    case DeadlineStage::Explanation:
        return tr("Units' explanations");
    case DeadlineStage::Round2:
        return tr("Appraisal, round 2");
    }
    return QString();
}

QString AppraisalTerms::code(RequestKind k)
{
    switch (k) {
    case RequestKind::None:
        return QStringLiteral(""); // empty, not null: stored as ''
    case RequestKind::Explanation:
        return QStringLiteral("explanation");
    case RequestKind::Evidence:
        return QStringLiteral("evidence");
    }
    return QString();
}

std::optional<RequestKind> AppraisalTerms::requestFromCode(const QString& code)
{
    for (RequestKind k : {RequestKind::None, RequestKind::Explanation, RequestKind::Evidence}) {
        if (AppraisalTerms::code(k) == code)
            return k;
    }
    return std::nullopt;
}

QString AppraisalTerms::name(RequestKind k)
{
    switch (k) {
    case RequestKind::None:
        return QString();
    case RequestKind::Explanation:
        return tr("Explanation requested");
    case RequestKind::Evidence:
        return tr("Evidence requested");
    }
    return QString();
}

} // namespace parindex
