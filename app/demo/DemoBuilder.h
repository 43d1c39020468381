#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace parindex {

struct DemoSummary
{
    QString centreFile;
    QString unitFile;       // the demo unit's self-assessment (it submitted to the demo centre)
    QString feedbackFile;   // the centre's round-1 feedback for the demo unit, not yet imported
    QString centreKeyFile;  // the centre's public key (.pub), enrolled in every unit it appraises
    QString passphraseFile; // the demo's passphrase for the centre's and the units' keys
    int units = 0;
    int scoredItems = 0;
    int submissions = 0; // signed packages the centre imported (first versions and responses)
};

// Writes a realistic demonstration centre: Sở and xã/phường units of Hà Nội with names as they
// are, the 2024 results of the Sở imported as history, the communes' 2025 scores (with
// not-applicable items, bonus and penalty points, survey points, a tie) and the 2025 appraisal
// under way. For the appraisal, up to twelve Sở each keep a self-assessment in a unit file of
// their own, sign it with their own key and submit it; the working group (four appraisers, three
// with areas of their own) has appraised them as far as the year's stages allow, so that every
// stage but the approval shows: received, round 1 under way, feedback sent with requests for
// explanations and evidence, responses received, round 2 under way and closed. The year stays
// open (not approved). The other Sở are entered directly, without survey points, like the
// submitted ones (the survey of 2025 is not in yet).
//
// The same call gives the same scores, comments and document details; keys, signatures, times
// and the PDF files themselves differ.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    // Builds into `folder`: centre.parindex, the centre's public key (centre.pub), the demo unit's
    // file so-tai-chinh-2025.parindex (Sở Tài chính, whose round-1 feedback is sent) with the
    // centre's key enrolled, that feedback beside it (feedback-SO-TAI-CHINH-2025-round1.zip, to
    // import from the unit's side) and the passphrase of every demo key (mat-khau-demo.txt).
    // The stage deadlines are set relative to today: the self-assessment closed two weeks ago,
    // the explanations close in three weeks. With `replace`, an existing demo there is replaced;
    // otherwise an existing centre or unit file is refused.
    static Result<DemoSummary> build(const QString& folder, int units, bool replace);
    // The demo unit's file (`folder`/so-tai-chinh-2025.parindex): when build() wrote it in this
    // process, with the centre it submitted to, that file as it is (rebuilding it would break the
    // pair). Otherwise a unit's self-assessment in progress, on its own: most items scored, some
    // evidence with its details, explanations and report texts.
    static Result<QString> buildUnit(const QString& folder, bool replace);
};

} // namespace parindex
