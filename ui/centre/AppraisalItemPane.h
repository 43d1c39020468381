#pragma once

#include "core/centre/Centre.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;
class RuleInputEditor;

// One item of one unit under appraisal: what the unit entered, in words (the chosen level's text,
// numerator and denominator, count, not-applicable reason, explanation), its evidence (number,
// date, summary; opened read-only with the system viewer from the centre's evidence folder), the
// round-1 decision while round 2 is worked on, and the appraiser's editor: the same rule-fitted
// control the unit uses, a comment, and a request for an explanation or evidence (round 1). Every
// change is saved at once through Appraisal::appraise under the appraiser's name.
class AppraisalItemPane : public QWidget
{
    Q_OBJECT

public:
    AppraisalItemPane(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    // Shows `code` of `unit` (both may be empty); the same item again keeps a comment being typed.
    void showItem(std::shared_ptr<const UnitAppraisal> unit, const QString& code);
    QString currentCode() const { return m_code; }
    void setAppraiser(const QString& name);
    // Saves a comment being typed; false when that failed (the reason is in the banner).
    bool commitComment();
    // Accepts the unit's own score for the current item, with the comment and request shown.
    bool acceptSelf();
    bool canEdit() const;
    void openDocument(const QString& sha256, const QString& displayName);

signals:
    void acceptAndNextRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void refresh();
    const AppraisalItem* item() const;
    // The round's decision as stored, or what an edit starts from (round 2: round 1's).
    std::optional<ItemInput> baseInput() const;
    const std::optional<ItemAppraisal>& currentRoundAppraisal() const;
    bool save(const std::optional<ItemInput>& input);
    RequestKind chosenRequest() const;

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    std::shared_ptr<const UnitAppraisal> m_unit;
    QString m_code;
    QString m_appraiser;
    QString m_storedComment; // the comment as saved, to tell typing from a refresh
    RequestKind m_storedRequest = RequestKind::None;
    bool m_saving = false;
    bool m_updating = false;

    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QGroupBox* m_selfBox = nullptr;
    QLabel* m_selfInput = nullptr;
    QLabel* m_selfExplanation = nullptr;
    QLabel* m_changed = nullptr;
    QGroupBox* m_evidenceBox = nullptr;
    QTreeWidget* m_evidence = nullptr;
    QLabel* m_noEvidence = nullptr;
    QPushButton* m_open = nullptr;
    QGroupBox* m_round1Box = nullptr;
    QLabel* m_round1 = nullptr;
    QGroupBox* m_editBox = nullptr;
    RuleInputEditor* m_input = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QWidget* m_requestRow = nullptr;
    QLabel* m_requestLabel = nullptr;
    QComboBox* m_request = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_acceptNext = nullptr;
};

} // namespace parindex::ui
