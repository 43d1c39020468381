<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Appraisal</name>
    <message>
        <source>the criteria set %1 is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results of %1 are approved (decision %2 of %3); nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 of %1 is closed; reopen it, with a reason, to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 1 closed on its deadline, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 1 of %1 is closed; export its feedback, or reopen round 1 with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 opens when %1&apos;s response arrives or its deadline, %2, has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 opens when %1&apos;s response arrives (no deadline is set for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 closed on its deadline, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sent nothing for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppraisalTable</name>
    <message>
        <source>reading the appraisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already an appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering an appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the year&apos;s criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rounds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal of item %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the appraisal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 was changed meanwhile by %2 (%3); read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the feedback sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the approval of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppraisalTerms</name>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal, round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal, round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>storing criteria set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set %1 stored in the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the criteria sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the assessments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 is for %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this unit already has an assessment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: say why it is not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the explanation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading historic results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 already has a scored assessment for %2; historic results would replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the %1 results of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1 results of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is %1, taken on %2: with ParIndex closed, keep the damaged file aside and copy the backup in its place (README, &quot;Restoring a backup&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average index: %1% (%n unit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new, empty centre data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created centre file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n result(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new unit(s) registered)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only this group: so, xa or huyen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year&apos;s results per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos; (expected so, xa or huyen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the demo into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demonstration centre (centre.parindex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo centre written to %1: %2 units, %3 scored items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the shipped criteria sets or validate set files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new data file for Sở Nội vụ (the centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year&apos;s results: ranks, totals and indices per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demonstration centre with realistic units and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli COMMAND [OPTIONS]

ParIndex — Administrative Reform Index (Chỉ số CCHC), command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;parindex-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;parindex-cli --help&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the criteria sets shipped with ParIndex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set files (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check criteria set files and print every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one criteria set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid — %2 (%3, %4), %5 scored items, sha256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid, %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create a unit&apos;s data file for a year&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score one item of a unit&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an item&apos;s explanation (giải trình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an evidence document to items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems to put right before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s code, e.g. 1.1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shipped criteria set has the id &apos;%1&apos; and there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the criteria set %1 is invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The unit&apos;s code, e.g. SO-TC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name, e.g. &quot;Sở Tài chính&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so, xa or huyen (or the group&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipped set&apos;s id or a criteria set file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a unit&apos;s data file for one year&apos;s self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 for %2, %3, criteria set %4 (%5 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the N-th level (1 for the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, for items scored by judgement (0,5 or 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator/denominator, e.g. 45/50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shortcomings, for deduction items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the item not applicable, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item&apos;s score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score one item of a unit&apos;s self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: score --file U --item CODE (--option N | --value V | --ratio A/B | --count N | --not-applicable REASON | --clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option needs a level number, 1 for the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value needs a number such as 0,75 or 0.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ratio needs numerator/denominator, e.g. 45/50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 points; total %4 of %5, index %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation (giải trình); empty to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how an item was scored where evidence is missing (giải trình).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: explain --file U --item CODE --text T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items the document supports, e.g. 1.1.1,1.1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số/ký hiệu, e.g. 12/KH-STC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành, DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an evidence document (tài liệu kiểm chứng) to one or more items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: attach --file U --item CODE[,CODE...] --doc PATH [--number S --date DD/MM/YYYY --summary T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date such as 17/11/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every problem to put right before submitting; exit 1 when there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems: ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: vi (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language is vi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo unit self-assessment written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register units at the centre, enrol and revoke their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the public key for Sở Nội vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the unit&apos;s signing key (Ed25519), kept encrypted in its data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key created for %1
fingerprint: %2
public key: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so, xa or huyen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed but not ranked with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register units and their signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add needs --name and --group (so, xa or huyen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 registered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 enrolled for %2; compare it with the fingerprint in the unit&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key of %1 was in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of %1 revoked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export a unit&apos;s signed submission package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to write (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse while the pre-submission check finds problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed submission package for Sở Nội vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not exported: the check found %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>exported %1: sequence %2, %3 document(s), manifest sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and import submission packages at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package files or folders of packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and import submission packages; each is stored whole or rejected whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one package or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make criteria sets known to the centre, so that packages scored on them can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sets import --file C.parindex SET...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: %1 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 (%2, %3) known to the centre, sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli sets list
       parindex-cli sets validate FILE...
       parindex-cli sets import --file C.parindex FILE...

  list       the criteria sets shipped with ParIndex
  validate   check set files; prints every problem, exit 1 if any set is invalid
  import     make sets known to a centre (all or nothing)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;list&apos;, &apos;validate&apos; or &apos;import&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key in use (Sở Nội vụ must then enrol the new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file already has a signing key (%1); packages signed with a new key are refused until Sở Nội vụ enrols it. Add --replace to create one anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous key %1 is retired; send the new public key to Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code for the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For import: the list of units (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: units import --file C.parindex LIST.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--ranked is yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 changed: %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the units sent for a year; withdraw a version accepted by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli inbox list     --file C.parindex --year Y
       parindex-cli inbox withdraw --file C.parindex --year Y --unit CODE --sequence N --reason TEXT

A withdrawn version is kept with the reason; the version before it is in force again and
the same package is refused from then on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected list or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the version is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, received %2, %3 bytes, signed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence needs a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2 for %3 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a data file, consistently, even while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file to copy (a unit&apos;s or a centre&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of a data file, even while ParIndex has it open. ParIndex also keeps daily copies in the folder F.backups beside each file.
To restore one: close ParIndex, keep the damaged file aside, and copy the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For enrol: replace the key in force (it is revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the key&apos;s passphrase on one line (UTF-8; a new one needs at least 8 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say the score: --option, --value, --ratio, --count or --not-applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date written DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year&apos;s appraisal: stages and points per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year&apos;s appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraise a unit&apos;s item (or every item left) in the current round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraiser (a registered name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the unit&apos;s self-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraise every item not yet appraised in this round: round 1 takes the self-score, round 2 keeps round 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraiser&apos;s comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the unit for an explanation or evidence (round 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraise in the round the unit&apos;s stage is in (round 2 once its response is in or the explanation deadline has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: appraise --file C --year Y --unit CODE --by NAME (--item ITEM (--accept | --option N | --value V | --ratio A/B | --count N | --not-applicable REASON) [--comment TEXT] [--request explanation|evidence] | --accept-rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request is explanation or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) appraised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: round %3, %4 points (self-score %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the working group&apos;s appraisers and their areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli appraisers add   --file C --name NAME [--areas 1,2]
       parindex-cli appraisers areas --file C --name NAME --areas 1,2 --reason TEXT
       parindex-cli appraisers list  --file C [--year Y]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say add, areas or list (see appraisers --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraiser&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the areas they appraise, e.g. 1,2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the areas change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group&apos;s appraisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraiser %1 registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the appraisal council&apos;s approval of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who voted in favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the council&apos;s approval: the appraisal is then read-only and the results final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --members and --in-favour, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members and --in-favour are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results of %1 are approved by %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol Sở Nội vụ&apos;s public key in a unit&apos;s file (for its feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s public key (.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an enrolled key (only on Sở Nội vụ&apos;s notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol Sở Nội vụ&apos;s public key; compare its fingerprint with the one in the year&apos;s guidance document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s key enrolled
fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear the deadline of a stage of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli deadline set   --file C --year Y --stage self|round1|explanation|round2 --at DD/MM/YYYY [--reason TEXT]
       parindex-cli deadline clear --file C --year Y --stage STAGE --reason TEXT
       parindex-cli deadline list  --file C --year Y
A stage is open through the whole day of its deadline. Changing a deadline already set needs a reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say set, clear or list (see deadline --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self, round1, explanation or round2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a deadline already set changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines of the year&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage is self, round1, explanation or round2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline of %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the centre&apos;s signed feedback; import it at a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit whose round is ready, into the --out folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package (.zip), or a folder with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who exports (recorded in the audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the feedback of a unit&apos;s latest round, signed with the centre&apos;s key; round-1 feedback closes round 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --unit CODE or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback %1 (round %2) for %3 written to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feedback %2 (round %3) → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback package from Sở Nội vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sở Nội vụ&apos;s feedback, verified with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one feedback package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>round %1: %2 points appraised; %n item(s) need an explanation or evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>respond by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli feedback export --file C --year Y (--unit CODE --out F.zip | --all --out DIR) --passphrase-file P [--by NAME]
       parindex-cli feedback import --file UNIT F.zip
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say export or import (see feedback --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a unit&apos;s or the centre&apos;s signing key and export its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s or the centre&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous key %1 is retired; every unit must enrol the new public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or reopen a round of a unit&apos;s appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli round close  --file C --year Y --round 1|2 --unit CODE [--by NAME]
       parindex-cli round reopen --file C --year Y --round 1|2 --unit CODE --reason TEXT --by NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say close or reopen (see round --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the round is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or reopen a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round is 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not final: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2: %1 points appraised; the appraisal is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a year&apos;s results: per area, per criterion, appraisal cuts, last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas, criteria, gaps (self-score against appraisal) or yoy (change from last year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a year&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected areas, criteria, gaps or yoy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s final results from a table (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (CSV or XLSX) with a header row, English or Vietnamese: unit (Đơn vị), group (Nhóm), appraised (Điểm thẩm định), survey (Điểm ĐTXHH) and optional bonus (Điểm thưởng), penalty (Điểm trừ), max (Điểm tối đa, default 100), band (Xếp loại); STT is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s final results from a table. Any bad row and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import-results --file C.parindex --year Y TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s sociological survey results (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the table and show what it gives; store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX. Points per unit and item (Mã đơn vị or Đơn vị, Mã tiêu chí, Điểm or Tỷ lệ (%)), or one row per answer (Đơn vị, Nhóm đối tượng, Mã câu hỏi, Trả lời; optional Phiếu) turned into points by the criteria set&apos;s survey instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s survey results. Any problem and nothing is imported; a new import replaces the year&apos;s survey and keeps the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import-survey --file C.parindex --year Y [--dry-run] TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers per respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points per unit and item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported the %1 survey as version %2 (%3): %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table is good (%1): %n unit(s); nothing stored (--dry-run)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report as PDF: a unit&apos;s self-assessment or key letter, the centre&apos;s ranking report or a unit&apos;s result sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self: the unit&apos;s self-assessment report; letter: the letter that asks Sở Nội vụ to enrol the unit&apos;s signing key; ranking: the centre&apos;s report of a year&apos;s results; unit: a unit&apos;s result sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file (a unit&apos;s, or the centre&apos;s for ranking and unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For unit: the unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report self|letter --file U --out F.pdf
       report ranking --file C --year Y --out F.pdf
       report unit --file C --year Y --unit CODE --out F.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no survey points yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv, json or xlsx (with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For xlsx: the workbook to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: results --file C.parindex --year Y [--group G] [--format table|csv|json|xlsx] [--out F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected table, csv, json or xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out goes with --format xlsx, and xlsx needs --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parindex-cli units add    --file C.parindex --name N --group G [--code C] [--not-ranked]
       parindex-cli units edit   --file C.parindex --code C [--new-code C2] [--name N] [--group G]
                                 [--ranked yes|no]
       parindex-cli units remove --file C.parindex --code C
       parindex-cli units import --file C.parindex LIST.csv
       parindex-cli units enrol  --file C.parindex --code C --key K.pub [--replace]
       parindex-cli units revoke --file C.parindex --code C [--key K.pub]
       parindex-cli units list   --file C.parindex
       parindex-cli units map    --file C.parindex --year Y --from OLD[,OLD...] --to NEW

A list to import has a header row and the columns name (Tên đơn vị), group (Nhóm) and,
optionally, code (Mã đơn vị) and ranked (Xếp hạng: có/không); all units or none are added.
A unit can be removed only while the file holds nothing for it.
A unit signs with one key at a time: enrolling a new key while one is in force needs
--replace, which revokes the old key.
map records that NEW, a unit of year Y, was formed from OLD units of Y-1 (e.g. communes
merged in 2025): its comparison with last year goes through them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected add, edit, remove, import, enrol, revoke, list or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For map: last year&apos;s units, by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For map: the unit they formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is compared with last year through: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of units of 2025, %1 to %2 (default %3, as many as Hanoi has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units needs a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025 survey: %1 answers of %2 respondents imported from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024 results of %1 units (%2 of them no longer exist); %3 units of 2025 mapped to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaLoader</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written as a text such as &quot;0.5&quot; (decimals are exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number with at most 3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has more decimals than the set&apos;s rounding (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;zero_denominator&quot; must be one of invalid, full_points, zero, not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leaf needs a &quot;rule&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule kind &quot;%1&quot; (expected options, tiers, proportional, deduction, judgement or survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an options rule needs at least two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; gives %2 points, above the item&apos;s max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; gives negative points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option gives the item&apos;s max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tiers rule needs at least one tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1% is outside 0-100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier gives %1 points, above the item&apos;s max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier gives negative points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers out of order: threshold %1% must be below the previous %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers out of order: a lower tier gives more points (%1 &gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top tier gives %1 points, not the item&apos;s max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;per_item&quot; must be above 0 and at most the item&apos;s max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per_item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;step&quot; must be above 0 and at most the item&apos;s max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the max %1 is not a whole number of steps of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (use &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot; does not start with its parent&apos;s code &quot;%2.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area is scored through its criteria and cannot have a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node with %1 cannot also have a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children add up to %1 but max is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a leaf can be marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey item cannot be marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus and penalty items cannot be survey items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;cap&quot; and &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap is missing: bonus and penalty points need a maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item max %1 is above the section&apos;s cap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate band code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum %1% is outside 0-100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands out of order: minimum %1% must be below the previous %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;parindex.criteria-set&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported &quot;format_version&quot; (this version reads 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; may contain only a-z, 0-9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;date&quot; must be a date such as 2025-11-17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;not_applicable&quot; must be rescale or full_points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set needs at least one area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas add up to %1 but the scale is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;self_assessment&quot; must be a date and time with its offset, such as 2026-01-15T17:00:00+07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area needs at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be published or full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; must be one capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1% is outside 0-100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey needs at least two weighted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer weighs 100%: an item could never reach its max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;no_answer&quot; lists &quot;%1&quot;; it must be one capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey needs at least one respondent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the respondent group %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey item of this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey needs at least one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey item %1 has no question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ParIndex (data format %2; this version reads up to %3). Please update ParIndex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the upgrade of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading %1 to data format %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in this program; copy it through its own connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (by its permissions or its disk); ParIndex writes to the files it opens. Make it writable, or copy it into a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries ParIndex&apos;s mark but holds no ParIndex data (no data format); it was not written by ParIndex and was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid role (unit or centre); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded to the new data format because no backup could be taken first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file (it is not a database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: the disk is full, and SQLite needs a little room beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was changed in it. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped 2025 criteria sets are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the demo into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s survey was refused:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentLetter</name>
    <message>
        <source>the unit has no signing key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ....../CV-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the enrolment of the key that signs the Administrative Reform Index submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: the Department of Home Affairs (Sở Nội vụ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send its self-assessment of the Administrative Reform Index %1 as a signed package, %2 has created a signing key with ParIndex. %2 asks the Department of Home Affairs to enrol the key below and to accept from it only packages signed with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key file (sent with this letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key replaces the key %1, which %2 no longer uses; please revoke that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When enrolling the public key file, please compare the fingerprint that ParIndex shows with the one above, group by group, and enrol the key only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Home Affairs (Sở Nội vụ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key enrolment — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the document failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the evidence file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>the evidence file %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking document %1 to item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking a document to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinking a document from item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>%1 has no stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 is not in the evidence folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPackage</name>
    <message>
        <source>a private key is needed to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the package: error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the package failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the package failed: error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre&apos;s enrolled key does not verify the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer named in the manifest is not the key that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size or hash mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is for another unit, year, set or round than the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>%1 is the data file open here; writing there would destroy it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the data file open here, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a working file of the data file %2; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside %2, the folder ParIndex keeps for %3; choose a place outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another name of the data file %2 (or of its working files); choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ParIndex data file; writing there would destroy it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe); choose a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ParIndex data file, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 is open in another ParIndex (its lock file %2 cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4) since %5; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: ParIndex needs to write beside it (its lock file %2) and the folder does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoricImport</name>
    <message>
        <source>the table is empty; it needs a header row with unit, group, appraised and survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised + survey = %1 is above the max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; already has its results on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 has more than %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (not in the criteria set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1: %2 (%3 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points (survey)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>retiring the previous key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file has no signing key yet (create one with keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is enrolled for another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key was revoked for another unit and cannot be enrolled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is already enrolled for the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key was revoked for the unit and cannot be enrolled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolling the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the enrolled keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit already has a key in force (%1); enrolling another replaces it, and the old one is then revoked: confirm the replacement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>%1, %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Archive: VT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Home Affairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnKeys</name>
    <message>
        <source>the new key was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageFormat</name>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number written as text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SHA-256 in lowercase hexadecimal is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of points written as text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a submission package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of ParIndex reads format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SHA-256 or null is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a feedback package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or null is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object or null is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase cannot contain control characters (such as NUL or tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase cannot be empty or only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file has more than one line; it must hold the passphrase alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingFile</name>
    <message>
        <source>cannot write %1: the disk that holds it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not allow writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the system refused without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingReport</name>
    <message>
        <source>No.: ....../BC-SNV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the Administrative Reform Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Administrative Reform Index %1 was determined for %2 unit(s) in %3 group(s), of which %4 are ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal council approved the results by %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not final: the appraisal council has not approved them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rank %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of the %1 ranked unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index per area and weakest criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest criteria: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The People&apos;s Committee (to report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sociological survey&apos;s points of %1 unit(s) are not included yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedFeedbackTable</name>
    <message>
        <source>reading the centre&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre&apos;s key %1 is already enrolled; replace it only on Sở Nội vụ&apos;s written notice of a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the centre&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 was replaced before and cannot be enrolled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolling the centre&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsWorkbook</name>
    <message>
        <source>Administrative Reform Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative Reform Index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of %1 ranked unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index per area (%), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index per criterion (%), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score and appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>item %1 is not a scored item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 cannot be marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored by choosing one of its %2 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has options 1 to %2; there is no option %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored from a numerator and a denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: numerator and denominator cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the denominator is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the numerator %2 is larger than the denominator %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored from a count of shortcomings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored by entering a number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2 is outside 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2 is not a multiple of the step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored by the sociological survey, not by the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: survey points %2 are outside 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: unknown rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfAssessmentReport</name>
    <message>
        <source>No.: ....../BC-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment and scoring of the Administrative Reform Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuant to Decision No. %1 of %2 of %3 issuing %4, %5 reports the results of its self-assessment and scoring of the Administrative Reform Index %6 as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. SELF-ASSESSMENT RESULTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed total: &lt;b&gt;%1&lt;/b&gt; of %2 points that the unit scores (items scored by the sociological survey are added by Sở Nội vụ). Bonus points: %3; penalty points: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL (self-assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. ITEMS SCORED WITHOUT EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. LIST OF EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. DIFFICULTIES AND OBSTACLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V. PROPOSALS AND RECOMMENDATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment report %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Home Affairs (Sở Nội vụ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ (round %1): &lt;b&gt;%2&lt;/b&gt; points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>cannot create a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key cannot be opened: wrong passphrase or damaged key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a public key file (expected &quot;BEGIN PUBLIC KEY&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a public key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library (%1) cannot be used: it has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library (%1) cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” has more rows or columns than a spreadsheet can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to build the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the workbook&apos;s properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the built spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in quotes is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escape \%1 is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without digits after the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte order mark before the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionCheck</name>
    <message>
        <source>%1: not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked not applicable without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points claimed without evidence or an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no number (số/ký hiệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no date of issue (ngày ban hành)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot;: its stored copy is damaged; attach the original again to repair it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot;: its stored copy is missing from the evidence folder; attach the original again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Sở Nội vụ requests evidence%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Sở Nội vụ requests an explanation%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionImporter</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size lie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionReader</name>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with a key that was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than the accepted version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another package was accepted as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence must be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enrolled key verifies the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer is not this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s unit is no longer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is enrolled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer named in the manifest is not the key that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown year or criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size or hash mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is for another unit, year or criteria set than the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no file in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 supports an item the set does not have: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this package was withdrawn by the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown round &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 jumps more than %2 past the accepted version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is scored by the survey, not by the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the points %2 do not follow from the input (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the totals (%1 of %2) do not follow from the scores (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link or a file, not the centre&apos;s staging folder; move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionTable</name>
    <message>
        <source>reading the accepted version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accepted versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the package&apos;s evidence list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inbox of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inbox&apos;s years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a submitted version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that version is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawing a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the withdrawn versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionWriter</name>
    <message>
        <source>a private key is needed to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the package: error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the package failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file of &quot;%1&quot; is missing from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file of &quot;%1&quot; is damaged (its content no longer matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the package failed: error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty; it needs a header row, e.g. &quot;Mã đơn vị; Mã tiêu chí; Điểm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit column is missing (&quot;Mã đơn vị&quot;, &quot;Tên đơn vị&quot; or &quot;Đơn vị&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column of points (&quot;Điểm&quot;) or percentages (&quot;Tỷ lệ (%)&quot;) is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no criteria set for this year, so its survey items are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set %1 of %2 declares no survey instrument, so answers cannot be turned into points; import points per item instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown respondent group &quot;%1&quot; (the set %2 has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; in the set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey item of the set %2 (its survey items: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2 already has its points on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either points or a percentage, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2 has neither points nor a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the percentage %1 is above 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no answers for the survey items %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no points for the survey items %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the survey: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a registered unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no criteria set for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a survey item of the set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2: %3 points are outside 0 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 item %2: %3 has more than %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the survey points add up to %2, above the set&apos;s survey share %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyTable</name>
    <message>
        <source>reading the survey&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the survey&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1 survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the units&apos; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the units&apos; mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no transaction is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be changed in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitGroups</name>
    <message>
        <source>Departments and equivalent agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune, ward and special-zone People&apos;s Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District, town and county People&apos;s Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district level was abolished on 1 July 2025; there are no district results for %1 (the %1 index assesses the communes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitList</name>
    <message>
        <source>the list is empty; it needs a header row with name and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has a header but no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked must be yes or no (có/không), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitResultSheet</name>
    <message>
        <source>No.: ....../PKQ-SNV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative Reform Index %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised points: %1; survey points: %2; bonus %3, penalty %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2 points; index %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 among %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: index %1%%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final: the appraisal council has not approved the results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per area and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisers&apos; comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments: every item was accepted as scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no results for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>reading the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit with code %1 already exists (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit named %1 already exists (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>checking what refers to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: the file holds its data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit&apos;s name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit&apos;s name cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit code is 1 to 64 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, without spaces or accents (e.g. SO-TAI-CHINH), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook is too large: it holds more than %1 MiB of data to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: it is not a readable zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more parts than a workbook can (at most %1 are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: it holds two parts named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected; save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is compressed with method %2, which XLSX files do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 expands more than %2 times (a compression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 has a document type declaration (DOCTYPE), which workbooks never have; it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 refers to an undeclared entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 has more relationships than it has parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a zip archive but not an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: it does not say where its sheet &quot;%1&quot; is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its sheet &quot;%1&quot; is missing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %1 different texts, more than can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters, the most a cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after row %1: &quot;%2&quot; is not a row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 lies beyond the sheet&apos;s last row (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2: the sheet&apos;s rows are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: a cell lies beyond the sheet&apos;s last column (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a cell reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 lies beyond the sheet&apos;s last row (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 lies beyond the sheet&apos;s last column (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 is written inside row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 comes after cell %2: the cells of row %3 are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not the number of a shared string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a truth value (0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a type of cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the sheet is too large to read (its rows by its columns A to %2 make more than %3 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its first sheet is not a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: the text is longer than %2 characters, the most a cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a workbook in the old Excel format (.xls); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipScanner</name>
    <message>
        <source>not a zip archive (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is larger than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive, or one with a comment or trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive comments are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-disk archives are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 end record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is not where the end record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged extra field in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zip64 field in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry comments are not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted entries are not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression method %1 is not allowed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic links and directories are not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directories are not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands more than a document can (a compression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored entry %1 has two different sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s content is larger than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local name of %1 differs from the directory&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 differs from the directory&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs into the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes before the first entry are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 and %2 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexplained bytes between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexplained bytes before the central directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::Appraisal</name>
    <message>
        <source>give the appraiser&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results of %1 are approved (decision %2 of %3); nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 is for %2 and the group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s set for this group is already chosen; say why it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline of this stage is already set (%1); say why it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results of %1 were approved by decision %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the year&apos;s criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the criteria set Sở Nội vụ chose for %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraisal under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-assessment closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers a feedback package Sở Nội vụ did not send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 of %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanations closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-score changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: a response may explain and document, not change the self-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered appraiser (register the working group&apos;s members first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set of %1 has no item %2 that the working group appraises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is in area %2, which is not among %3&apos;s areas (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanations and evidence are requested in round 1; round 2 is the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in the comment what the unit should explain or add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are rounds 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 1 of %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 are not yet appraised in round 1 (first: %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>round 2 of %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 of %1 follows round 1&apos;s feedback, which was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the round is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 of %2 is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 of %1 is closed; reopen round 2 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 items appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number of the decision, e.g. 123/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the votes in favour (%1) cannot exceed the council&apos;s members (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council decides by more than half of its members: %1 of %2 is not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was received for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the appraisal of %n unit(s) is not finished: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already registered as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the areas change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline of the %1 cycle falls in %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline of %1 (%2) must not come %3 that of %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal of %1&apos;s version %2 has begun; only a response to its feedback is accepted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 1 of %1 was reopened; its new feedback comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers feedback %1; Sở Nội vụ has since sent feedback %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: Sở Nội vụ asked nothing about it; a response explains and documents the requested items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round 2 of %1 has begun (its response is in, or items were appraised again); round 1 can no longer be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in round 2 (%2); its next feedback is sent once round 2 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision&apos;s date, %1, must fall after %2 began and not in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::AssessmentEditor</name>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: say why it is not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link document to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink document from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::Centre</name>
    <message>
        <source>%1 is a unit&apos;s data file; units are registered and ranked in the centre&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre&apos;s file is busy; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set of %1 for %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 is for the group %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has results for %2 on another basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the version is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that version is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds %1 keys; a unit sends one public key per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal of %1&apos;s version %2 has begun; no version can be withdrawn now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a unit of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one unit of %1 that %2 was formed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compared with its own results of %2 without a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has its results on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is in group %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 already has a scored assessment for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit is named &quot;%1&quot;, and its code %2 belongs to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be registered with the code %2, like the unit on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::Survey</name>
    <message>
        <source>the council approved the %1 results (%2); the survey can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::UnitAssessment</name>
    <message>
        <source>choose a criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 is for %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria set %1 is for the group %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a centre&apos;s data file, not a unit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold exactly one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no scored assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set stored in %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-assessment closed on %1; it can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be changed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another export started meanwhile; export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was signed but could not be put at %2 (%3); export again, it will be version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback stored in this file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ did not ask about item %1; after its feedback only the requested items take explanations and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-scores are locked: Sở Nội vụ has appraised them; explain and document the requested items instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-assessment report is locked: Sở Nội vụ has appraised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s round-2 appraisal is final; nothing more can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response to Sở Nội vụ&apos;s feedback closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no centre key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol Sở Nội vụ&apos;s public key first (its fingerprint is in the year&apos;s guidance document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another year or criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback is for %1 on the set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no appraised item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the points do not follow from the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback appraises version %1, which this file never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than the feedback %1 already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another feedback was imported as number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the appraised version&apos;s score breaks its rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AnalysisPage</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest criteria&lt;/b&gt; (group average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items the appraisal cut most&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalItemPane</name>
    <message>
        <source>Write in the comment what the unit should explain or add; the request is saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the unit (sent with the feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max %1 points · scored through the sociological survey, not appraised here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Explanation:&lt;/b&gt; &lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Explanation:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; not scored by the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Answered in the unit&apos;s response to the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Changed since the unit&apos;s previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Comment:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Asked:&lt;/i&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal — round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal — round %1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet appraised in round 1: the unit&apos;s score is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet appraised in round 2: round 1&apos;s decision is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appraised in round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep round 1, next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept, next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep round 1&apos;s decision for this item and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the unit&apos;s own score for this item and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalPage</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start appraising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraiser is registered yet: add the members of the working group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year plan and appraisers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the unit&apos;s score and go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all remaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraise every item not yet appraised in this round: round 1 takes the unit&apos;s score, round 2 keeps round 1&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed feedback package for the unit: the points, comments and requests of its last closed round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ changed by the unit since its previous version   ? explanation or evidence requested   ✓ answered   bold orange: final points differ from the unit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the unit&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is working first (at the top of the Appraisal tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units: %2 received, %3 appraised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of %1 is appraised in round %2. Close the round when the working group agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That was the last item shown; %n item(s) are still to appraise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every item of %1 is already appraised in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all remaining items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep round 1&apos;s decision for the %n item(s) of %1 not yet appraised in round 2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the unit&apos;s own score for the %n item(s) of %1 not yet appraised in round 1? Items the unit did not score are appraised at 0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 appraised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close round %1 for %2? Its points can then only be changed by reopening the round, with a reason that is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not yet appraised in this round.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1 closed for %1. Export its feedback for the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 closed for %1: its appraisal is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is round %1 of %2 reopened? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round was not reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2 reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre has no signing key yet: create it on the Centre key tab, and give its public key to the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the feedback closes round 1 for %1: its points can then only be changed by reopening the round with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not yet appraised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close round 1 and export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the feedback for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback for %1 is signed with the centre&apos;s key. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for %1 (round %2, number %3) written to %4. Send it to the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the feedback of every unit into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit whose round is closed gets its feedback, signed with the centre&apos;s key. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feedback package(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalTreeModel</name>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ The unit changed this item since its previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Round 1 asked for an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Round 1 asked for evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The unit answered in its response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final points differ from the self-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s own points, as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 where given, else round 1, else the unit&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ changed by the unit since its previous version · ? explanation or evidence requested · ✓ answered in the unit&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::ApprovalDialog</name>
    <message>
        <source>Approve the results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal council (Hội đồng thẩm định) approves the appraised points of every unit together with the survey results, by more than half of its members. After this, the year&apos;s appraisal is read-only and the results are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in favour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AreaBreakdownModel</name>
    <message>
        <source>Bonus points (capped at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty points (capped at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (imported result, no breakdown by area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::AssessmentPage</name>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulties and obstacles (Khó khăn, vướng mắc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and recommendations (Đề xuất, kiến nghị):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right before submitting:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The self-assessment closed on %1. It can be read and printed but no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into the evidence store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached to %1. Add the number (số/ký hiệu) and date of each in the evidence list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item the documents support first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · criteria set %3&lt;br/&gt;Self-assessed total: &lt;b&gt;%4&lt;/b&gt; of the %5 points the unit scores (&lt;b&gt;%6%&lt;/b&gt;); the %7 survey points are added by Sở Nội vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying documents into the evidence store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only copy of %1 as it was at opening: the file is open elsewhere. It can be read and printed; nothing changed here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ (final, round 2): &lt;b&gt;%1&lt;/b&gt; points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ in round 1: &lt;b&gt;%1&lt;/b&gt; points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s appraisal, round %1 (feedback no. %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the final appraised points: nothing more can be sent for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response closed on %1: explanations and evidence can no longer be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is requested: the self-scores are locked and no response is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your explanation or evidence (highlighted; filter &quot;Requested by Sở Nội vụ&quot;). Answer them, then send the response with Submission → Export signed package, %1. The self-scores are locked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parindex::ui::AssessmentTreeModel</name>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained, no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2 (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::CentreKeyPage</name>
    <message>
        <source>The centre&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key signs the feedback sent to the units. Print this fingerprint in the year&apos;s guidance document and give the units the public key file: each unit enrols it once (Submission → Enrol Sở Nội vụ&apos;s key), after comparing the fingerprint group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the centre&apos;s key before sending feedback to the units. It is kept in this file, encrypted with a passphrase; the units enrol its public key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the centre&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre already has a signing key:

%1

The units accept feedback signed with a new key only after they have enrolled it: every unit must receive the new public key and its fingerprint again. The current key is kept in the file&apos;s history.

Create a new key anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the centre&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key signs the feedback packages sent to the units. It is kept in this file, encrypted with the passphrase: keep the passphrase safe, it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s signing key is created. Its fingerprint, for the year&apos;s guidance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the centre&apos;s signing key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the centre&apos;s public key for the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint, for the year&apos;s guidance: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::CentreWorkspace</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;list of units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder of packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;remaining items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open a round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feedback for &amp;every unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year plan and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;ranking report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview of the ranking report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected unit&apos;s result &amp;sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results and analysis to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ranking report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit on the Results tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the unit&apos;s result sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result sheet written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results and analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::EvidenceDialog</name>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/KH-STC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (số/ký hiệu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (trích yếu):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::EvidencePane</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them to the item being edited. Every document needs its number and date of issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::FeedbackActions</name>
    <message>
        <source>The public key of Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key of Sở Nội vụ is already enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this key of Sở Nội vụ only if its fingerprint is the one printed in the year&apos;s guidance document, group by group:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Sở Nội vụ&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of Sở Nội vụ is already enrolled:

%1

Replace it with the new one? Feedback signed with the old key is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s key %1 enrolled. Its feedback can now be imported (Submission → Import feedback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the feedback of Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback %1 was rejected, nothing changed: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback %1 was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback of Sở Nội vụ imported (round %1, number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are requested.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The response is due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::HeatMapModel</name>
    <message>
        <source>Group average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3
Index %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3
Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::InboxPage</name>
    <message>
        <source>Import packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units have submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import submission packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every package of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying and importing packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package(s) looked at, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — submitted self-assessment (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no package (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n package(s) not looked at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a version accepted by mistake: it is kept with the reason, the version before it is in force again, and the same package is refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is version %1 of %2 withdrawn? The reason is kept in the audit log; the version before it is in force again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version was not withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::ItemEditor</name>
    <message>
        <source>Self score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation (giải trình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where evidence is missing, explain how the item was scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guidance in the criteria set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal by Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: Sở Nội vụ has appraised the self-scores. Answer its requests with explanations and evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Round 1:&lt;/b&gt; %1 points — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Comment:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Round 2 (final):&lt;/b&gt; %1 points — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for evidence: attach the documents below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for an explanation: write it below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::KeyPage</name>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment letter (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print enrolment letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the public key file with the enrolment letter to Sở Nội vụ. They compare this fingerprint, group by group, before enrolling the key; packages signed with a key they have not enrolled are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key, then send its public key file with the enrolment letter to Sở Nội vụ. The key signs every package the unit sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment letter written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::KeyPanel</name>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public key (.pub)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys this file has used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in use (Ed25519). Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no signing key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::MainWindow</name>
    <message>
        <source>%1 — ParIndex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ParIndex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParIndex data files (*.parindex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ParIndex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ParIndex %1&lt;/h3&gt;&lt;p&gt;Administrative Reform Index (Chỉ số CCHC): self-assessment, appraisal, ranking and reports for provincial agencies and communes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New unit data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit data file was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;centre data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file (File → Open), or create one: a unit&apos;s self-assessment (File → New unit data file) or a centre for Sở Nội vụ (File → New centre data file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New centre data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre data file was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre file %1 created. Register the units (Units → Register a unit, or import a list), then enrol the keys they send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative Reform Index — ParIndex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only copy) — ParIndex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open a read-only copy of it, as it is now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only copy of %1 as it was at opening: the file is open elsewhere. Nothing changed here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::NewUnitDialog</name>
    <message>
        <source>New unit data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sở Tài chính, Phường Hoàn Kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria set for this group and year: choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This criteria set cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unit data file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParIndex data files (*.parindex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criteria set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SO-TAI-CHINH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::ResultsPage</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the units&apos; packages in the Inbox, or earlier years&apos; results with parindex-cli import-results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: average index %2% (%n unit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No results for this year and group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not final:&lt;/b&gt; %n unit(s) follow their appraisal, which the council has not approved yet; their points and ranks may still change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not final (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::ResultsTableModel</name>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final: the appraisal is at &quot;%1&quot; and the council has not approved the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: index %1%, rank %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: index %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s survey has no points for this unit yet (Survey tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::RuleInputEditor</name>
    <message>
        <source>Achieved (numerator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (denominator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shortcomings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% → %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what was achieved out of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points off for each; never below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored through the sociological survey (chấm qua điều tra xã hội học); the unit does not score this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter numbers such as 45 or 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the item is not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::SubmissionActions</name>
    <message>
        <source>Create the unit&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key signs the packages you send to Sở Nội vụ. It is kept in this file, encrypted with the passphrase: keep the passphrase safe, it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public key for Sở Nội vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the unit&apos;s signing key first (Submission → Create signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the submission package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pre-submission check still lists %n problem(s); the package can be sent anyway and corrected later by a resubmission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase of the unit&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the signed package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 written (version %2). Send it to Sở Nội vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the signing key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already has a signing key:

%1

Sở Nội vụ accepts packages signed with a new key only after it has enrolled that key from a new official letter. Until then, packages you send are refused. The current key is kept in the file&apos;s history.

Create a new key anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key created. Its fingerprint, to quote in the letter to Sở Nội vụ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint, to quote in the letter to Sở Nội vụ: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyGridModel</name>
    <message>
        <source>%1, item %2: &quot;%3&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an item of this unit&apos;s criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyImportDialog</name>
    <message>
        <source>Import the %1 survey: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per unit and item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; (found by their headers; change them if needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the survey table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: points for %1 unit(s). Nothing is stored until you import; a new import replaces the year&apos;s survey and keeps the previous version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in the table: correct them (or the column mapping) and nothing is stored until then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyPage</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table (CSV or XLSX) from the survey institute: points per unit and item, or one row per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the typed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; (the newest is in force; earlier ones are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answers (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey results for %1 yet: import the survey institute&apos;s table, or type the points in the grid and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is in force: points for %2 of %3 unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points typed in the grid are not saved. Import anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 survey was imported as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed points were saved as version %1 of the %2 survey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitDialog</name>
    <message>
        <source>Ranked with the other units of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SO-TAI-CHINH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitProgressModel</name>
    <message>
        <source>R%1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1: %1 of %2 items appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 2: %1 of %2 items appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) requested, %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items appraised in the unit&apos;s current round (R1, R2), of the items it scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested items the unit has answered, of those requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitWorkspace</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export self-assessment report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key and enrolment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport signed package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline in %1 d %2 h (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the self-assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol Sở Nội vụ&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import feedback of Sở Nội vụ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response closed — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Response due %1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitsPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 enrolled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Packages signed with it will be rejected from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: the file holds its data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol this key for %1 only if its fingerprint is the one in the unit&apos;s official letter, group by group:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key in force?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a key in force:

%2

The new key replaces it: packages signed with the old key are refused from now on. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parindex::ui::YearPage</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the year once: the criteria set of each group, the deadlines and the working group. Changing what is already set asks for the reason, which the audit log keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set of each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines (the last day each stage is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After its deadline a stage locks: late packages or responses are refused, and the round can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group (Tổ công tác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appraiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas a member appraises for every unit; none: every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set the centre does not know (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by decision &lt;b&gt;%1&lt;/b&gt; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the council&apos;s %2 members in favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s appraisal is read-only; the results are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet. The council approves once every unit received is appraised (round 2 closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria set of %1 for %2 is already chosen. Why does it change? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria set was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set of %1 for %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines are as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline already set changes. Why? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the member of the working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraiser was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the working group. Assign areas with Areas…, or leave none to appraise every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas %1 appraises for every unit. None ticked: every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do the areas of %1 change? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of %1 are approved (decision %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
