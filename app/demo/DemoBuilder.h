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
    QString surveyFile;     // the 2025 survey's answers as imported (CSV), to import again
    int units = 0;          // units of 2025
    int scoredItems = 0;
    int submissions = 0;   // signed packages the centre imported (first versions and responses)
    int historicUnits = 0; // units with 2024 results
    int unitsGone = 0;     // of those, units that no longer exist in 2025 (registered by the import)
    int mappedUnits = 0;   // units of 2025 formed from (or renamed from) units of 2024
    int surveyAnswers = 0; // answer rows of the 2025 survey
    int respondents = 0;
};

// Writes a realistic demonstration centre of Hà Nội, with its units' names as they are:
// - 2025 (after the reorganisations of 2025): by default its 23 Sở and equivalent agencies and its
//   126 wards and communes (numbered communes, "Xã số 127", … beyond those); two units assessed
//   but not ranked.
// - The 2025 appraisal under way. Up to twelve Sở each keep a self-assessment in a unit file of
//   their own, sign it with their own key and submit it; the working group (four appraisers,
//   three with areas of their own) has appraised them as far as the year's stages allow, so that
//   every stage but the approval shows: received, round 1 under way, feedback sent with requests
//   for explanations and evidence, responses received, round 2 under way and closed. The year
//   stays open (not approved). The other Sở and the communes are entered directly, with
//   not-applicable items, bonus and penalty points and a tie, and without survey items.
// - The 2025 survey: the survey institute's answers (one row per answer, two or three
//   respondents a unit, each unit with its own quality) for every unit of 2025, imported through
//   the survey service and left beside the demo as dieu-tra-xa-hoi-hoc-2025.csv; it is the only
//   source of the survey points.
// - 2024 under the old groups, imported as history: the Sở as they were (the units merged or
//   renamed since, such as Sở Kế hoạch và Đầu tư or Ban Dân tộc, registered by the import), the
//   30 districts and the wards that were merged into some of the new wards; the 2025 units formed
//   from them are mapped to them for the comparison with last year.
//
// The same call gives the same scores, answers, comments and document details; keys, signatures,
// times and the PDF files themselves differ. The appraisal is the same whatever the number of
// units (from 30 on, all twelve submitting Sở are there).
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    // Builds into `folder`: centre.parindex, the centre's public key (centre.pub), the demo unit's
    // file so-tai-chinh-2025.parindex (Sở Tài chính, whose round-1 feedback is sent) with the
    // centre's key enrolled, that feedback beside it (feedback-SO-TAI-CHINH-2025-round1.zip, to
    // import from the unit's side), the passphrase of every demo key (mat-khau-demo.txt) and the
    // 2025 survey's answers as imported (dieu-tra-xa-hoi-hoc-2025.csv). `units` is bounded to 2
    // to maxUnits(): two fifths of them Sở, up to the 23 there are, the others communes.
    // The stage deadlines are set relative to today: the self-assessment closed two weeks ago,
    // the explanations close in three weeks. With `replace`, an existing demo there is replaced;
    // otherwise an existing centre or unit file is refused.
    static Result<DemoSummary> build(const QString& folder, int units, bool replace);
    // The number of units of the demo by default (Hà Nội's Sở and communes of 2025) and at most.
    static int defaultUnits();
    static int maxUnits();
    // The demo unit's file (`folder`/so-tai-chinh-2025.parindex): when build() wrote it in this
    // process, with the centre it submitted to, that file as it is (rebuilding it would break the
    // pair). Otherwise a unit's self-assessment in progress, on its own: most items scored, some
    // evidence with its details, explanations and report texts.
    static Result<QString> buildUnit(const QString& folder, bool replace);
};

} // namespace parindex
