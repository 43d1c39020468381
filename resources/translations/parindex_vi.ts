<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Appraisal</name>
    <message>
        <source>the criteria set %1 is not in the file</source>
        <translation>tệp không có bộ chỉ số %1</translation>
    </message>
    <message>
        <source>the results of %1 are approved (decision %2 of %3); nothing can be changed</source>
        <translation>kết quả năm %1 đã được phê duyệt (quyết định số %2 ngày %3); không thể thay đổi gì nữa</translation>
    </message>
    <message>
        <source>round 2 of %1 is closed; reopen it, with a reason, to change it</source>
        <translation>vòng 2 của %1 đã đóng; muốn thay đổi, hãy mở lại vòng 2 và nêu lý do</translation>
    </message>
    <message>
        <source>round 1 closed on its deadline, %1</source>
        <translation>vòng 1 đã đóng do hết hạn ngày %1</translation>
    </message>
    <message>
        <source>round 1 of %1 is closed; export its feedback, or reopen round 1 with a reason</source>
        <translation>vòng 1 của %1 đã đóng; hãy xuất kết quả thẩm định, hoặc mở lại vòng 1 và nêu lý do</translation>
    </message>
    <message>
        <source>round 2 opens when %1&apos;s response arrives or its deadline, %2, has passed</source>
        <translation>vòng 2 mở khi nhận được phản hồi giải trình của %1 hoặc khi hết hạn ngày %2</translation>
    </message>
    <message>
        <source>round 2 opens when %1&apos;s response arrives (no deadline is set for it)</source>
        <translation>vòng 2 mở khi nhận được phản hồi giải trình của %1 (chưa đặt hạn phản hồi)</translation>
    </message>
    <message>
        <source>round 2 closed on its deadline, %1</source>
        <translation>vòng 2 đã đóng do hết hạn ngày %1</translation>
    </message>
    <message>
        <source>%1 has sent nothing for %2</source>
        <translation>%1 chưa gửi hồ sơ nào năm %2</translation>
    </message>
</context>
<context>
    <name>AppraisalTable</name>
    <message>
        <source>reading the appraisers</source>
        <translation>đọc danh sách người thẩm định</translation>
    </message>
    <message>
        <source>%1 is already an appraiser</source>
        <translation>%1 đã là người thẩm định</translation>
    </message>
    <message>
        <source>registering an appraiser</source>
        <translation>đăng ký người thẩm định</translation>
    </message>
    <message>
        <source>assigning areas</source>
        <translation>phân công lĩnh vực</translation>
    </message>
    <message>
        <source>%1 is not a registered appraiser</source>
        <translation>%1 không phải là người thẩm định đã đăng ký</translation>
    </message>
    <message>
        <source>reading the plan of %1</source>
        <translation>đọc kế hoạch năm %1</translation>
    </message>
    <message>
        <source>changing the year&apos;s criteria set</source>
        <translation>thay đổi bộ chỉ số của năm</translation>
    </message>
    <message>
        <source>setting a deadline</source>
        <translation>đặt hạn</translation>
    </message>
    <message>
        <source>reading the rounds of %1</source>
        <translation>đọc các vòng thẩm định năm %1</translation>
    </message>
    <message>
        <source>reading the rounds</source>
        <translation>đọc các vòng thẩm định</translation>
    </message>
    <message>
        <source>starting the appraisal</source>
        <translation>bắt đầu thẩm định</translation>
    </message>
    <message>
        <source>closing a round</source>
        <translation>đóng vòng thẩm định</translation>
    </message>
    <message>
        <source>reading the appraisal</source>
        <translation>đọc kết quả thẩm định</translation>
    </message>
    <message>
        <source>the appraisal of item %1 cannot be read</source>
        <translation>không đọc được kết quả thẩm định tiêu chí %1</translation>
    </message>
    <message>
        <source>reading the appraisal of %1</source>
        <translation>đọc kết quả thẩm định năm %1</translation>
    </message>
    <message>
        <source>item %1 was changed meanwhile by %2 (%3); read it again</source>
        <translation>tiêu chí %1 vừa được %2 thay đổi (%3); hãy đọc lại</translation>
    </message>
    <message>
        <source>saving the appraisal</source>
        <translation>lưu kết quả thẩm định</translation>
    </message>
    <message>
        <source>reading the feedback sent</source>
        <translation>đọc kết quả thẩm định đã gửi</translation>
    </message>
    <message>
        <source>recording the feedback</source>
        <translation>ghi nhận việc gửi kết quả thẩm định</translation>
    </message>
    <message>
        <source>reading the approval of %1</source>
        <translation>đọc quyết định phê duyệt năm %1</translation>
    </message>
    <message>
        <source>recording the approval</source>
        <translation>ghi nhận việc phê duyệt</translation>
    </message>
</context>
<context>
    <name>AppraisalTerms</name>
    <message>
        <source>Not received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Vòng 1</translation>
    </message>
    <message>
        <source>Feedback sent</source>
        <translation>Đã gửi kết quả thẩm định</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Đã nhận phản hồi giải trình</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Vòng 2</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Appraisal, round 1</source>
        <translation>Thẩm định vòng 1</translation>
    </message>
    <message>
        <source>Units&apos; explanations</source>
        <translation>Đơn vị giải trình</translation>
    </message>
    <message>
        <source>Appraisal, round 2</source>
        <translation>Thẩm định vòng 2</translation>
    </message>
    <message>
        <source>Explanation requested</source>
        <translation>Đề nghị giải trình</translation>
    </message>
    <message>
        <source>Evidence requested</source>
        <translation>Đề nghị bổ sung tài liệu kiểm chứng</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>storing criteria set %1</source>
        <translation>lưu bộ chỉ số %1</translation>
    </message>
    <message>
        <source>reading a criteria set</source>
        <translation>đọc bộ chỉ số</translation>
    </message>
    <message>
        <source>the criteria set %1 stored in the file is damaged</source>
        <translation>bộ chỉ số %1 lưu trong tệp đã bị hỏng</translation>
    </message>
    <message>
        <source>reading the criteria sets</source>
        <translation>đọc các bộ chỉ số</translation>
    </message>
    <message>
        <source>looking up an assessment</source>
        <translation>tìm bản đánh giá</translation>
    </message>
    <message>
        <source>reading the assessments of %1</source>
        <translation>đọc các bản đánh giá năm %1</translation>
    </message>
    <message>
        <source>reading the years</source>
        <translation>đọc danh sách năm</translation>
    </message>
    <message>
        <source>criteria set %1 is for %2, not %3</source>
        <translation>bộ chỉ số %1 dùng cho năm %2, không phải năm %3</translation>
    </message>
    <message>
        <source>this unit already has an assessment for %1</source>
        <translation>đơn vị này đã có bản đánh giá năm %1</translation>
    </message>
    <message>
        <source>creating the assessment</source>
        <translation>tạo bản đánh giá</translation>
    </message>
    <message>
        <source>reading the scores</source>
        <translation>đọc điểm</translation>
    </message>
    <message>
        <source>reading item %1</source>
        <translation>đọc tiêu chí %1</translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation>bộ chỉ số không có tiêu chí chấm điểm %1</translation>
    </message>
    <message>
        <source>item %1: say why it is not applicable</source>
        <translation>tiêu chí %1: cần nêu lý do không đánh giá</translation>
    </message>
    <message>
        <source>saving item %1</source>
        <translation>lưu tiêu chí %1</translation>
    </message>
    <message>
        <source>saving the explanation of %1</source>
        <translation>lưu giải trình của tiêu chí %1</translation>
    </message>
    <message>
        <source>reading historic results</source>
        <translation>đọc kết quả các năm trước</translation>
    </message>
    <message>
        <source>unit %1 already has a scored assessment for %2; historic results would replace it</source>
        <translation>đơn vị %1 đã có bản chấm điểm năm %2; nhập kết quả các năm trước sẽ ghi đè lên bản này</translation>
    </message>
    <message>
        <source>creating the %1 results of %2</source>
        <translation>tạo kết quả năm %1 của %2</translation>
    </message>
    <message>
        <source>saving the %1 results of %2</source>
        <translation>lưu kết quả năm %1 của %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>Không tìm thấy bản sao lưu nào của tệp trong %1.</translation>
    </message>
    <message>
        <source>The latest backup is %1, taken on %2: with ParIndex closed, keep the damaged file aside and copy the backup in its place (README, &quot;Restoring a backup&quot;).</source>
        <translation>Bản sao lưu gần nhất là %1, lập ngày %2: hãy đóng ParIndex, cất riêng tệp bị hỏng và chép bản sao lưu vào đúng chỗ của nó (README, mục &quot;Restoring a backup&quot;).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The data file.</source>
        <translation>Tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation>Năm đánh giá, ví dụ 2025.</translation>
    </message>
    <message>
        <source>--year needs a year from 2000 to 2100</source>
        <translation>--year cần một năm từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Index %</source>
        <translation>Chỉ số %</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message numerus="yes">
        <source>Average index: %1% (%n unit(s))</source>
        <translation>
            <numerusform>Chỉ số trung bình: %1% (%n đơn vị)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new, empty centre data file.</source>
        <translation>Tạo tệp dữ liệu mới (trống) cho Sở Nội vụ.</translation>
    </message>
    <message>
        <source>--file is required</source>
        <translation>cần có --file</translation>
    </message>
    <message>
        <source>created centre file %1</source>
        <translation>đã tạo tệp dữ liệu của Sở Nội vụ %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>không nhập gì: %1 có %n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n result(s) for %1</source>
        <translation>
            <numerusform>đã nhập %n kết quả năm %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new unit(s) registered)</source>
        <translation>
            <numerusform> (đăng ký mới %n đơn vị)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this group: so, xa or huyen.</source>
        <translation>Chỉ nhóm này: so, xa hoặc huyen.</translation>
    </message>
    <message>
        <source>Show a year&apos;s results per group.</source>
        <translation>Xem kết quả một năm theo từng nhóm.</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos; (expected so, xa or huyen)</source>
        <translation>nhóm &apos;%1&apos; không hợp lệ (dùng so, xa hoặc huyen)</translation>
    </message>
    <message>
        <source>no results for %1</source>
        <translation>chưa có kết quả năm %1</translation>
    </message>
    <message>
        <source>Folder to write the demo into.</source>
        <translation>Thư mục ghi dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Replace an existing demo.</source>
        <translation>Thay dữ liệu mẫu đã có.</translation>
    </message>
    <message>
        <source>Write a demonstration centre (centre.parindex).</source>
        <translation>Tạo dữ liệu mẫu của Sở Nội vụ (centre.parindex).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>cần có --out</translation>
    </message>
    <message>
        <source>demo centre written to %1: %2 units, %3 scored items</source>
        <translation>đã ghi dữ liệu mẫu vào %1: %2 đơn vị, %3 tiêu chí đã chấm</translation>
    </message>
    <message>
        <source>List the shipped criteria sets or validate set files</source>
        <translation>Liệt kê các bộ chỉ số kèm theo hoặc kiểm tra tệp bộ chỉ số</translation>
    </message>
    <message>
        <source>Create a new data file for Sở Nội vụ (the centre)</source>
        <translation>Tạo tệp dữ liệu mới cho Sở Nội vụ</translation>
    </message>
    <message>
        <source>Show a year&apos;s results: ranks, totals and indices per group</source>
        <translation>Xem kết quả một năm: xếp hạng, tổng điểm và chỉ số theo nhóm</translation>
    </message>
    <message>
        <source>Write a demonstration centre with realistic units and scores</source>
        <translation>Tạo dữ liệu mẫu với các đơn vị và điểm số sát thực tế</translation>
    </message>
    <message>
        <source>Usage: parindex-cli COMMAND [OPTIONS]

ParIndex — Administrative Reform Index (Chỉ số CCHC), command line.

Commands:
</source>
        <translation>Cách dùng: parindex-cli LỆNH [TÙY CHỌN]

ParIndex — Chỉ số cải cách hành chính (Chỉ số CCHC), dòng lệnh.

Các lệnh:
</translation>
    </message>
    <message>
        <source>
Run &apos;parindex-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Chạy &apos;parindex-cli LỆNH --help&apos; để xem tùy chọn của từng lệnh.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;parindex-cli --help&apos; for the list</source>
        <translation>không có lệnh &apos;%1&apos;; chạy &apos;parindex-cli --help&apos; để xem danh sách</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện hướng dẫn này.</translation>
    </message>
    <message>
        <source>List the criteria sets shipped with ParIndex.</source>
        <translation>Liệt kê các bộ chỉ số kèm theo ParIndex.</translation>
    </message>
    <message>
        <source>Criteria set files (JSON).</source>
        <translation>Tệp bộ chỉ số (JSON).</translation>
    </message>
    <message>
        <source>Check criteria set files and print every problem.</source>
        <translation>Kiểm tra tệp bộ chỉ số và liệt kê mọi lỗi.</translation>
    </message>
    <message>
        <source>name at least one criteria set file</source>
        <translation>cần ít nhất một tệp bộ chỉ số</translation>
    </message>
    <message>
        <source>%1: valid — %2 (%3, %4), %5 scored items, sha256 %6</source>
        <translation>%1: hợp lệ — %2 (%3, %4), %5 tiêu chí chấm điểm, sha256 %6</translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid, %n problem(s)</source>
        <translation>
            <numerusform>%1: không hợp lệ, %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a unit&apos;s data file for a year&apos;s self-assessment</source>
        <translation>Tạo tệp dữ liệu tự đánh giá của đơn vị cho một năm</translation>
    </message>
    <message>
        <source>Score one item of a unit&apos;s self-assessment</source>
        <translation>Chấm điểm một tiêu chí trong bản tự đánh giá</translation>
    </message>
    <message>
        <source>Write an item&apos;s explanation (giải trình)</source>
        <translation>Ghi giải trình của một tiêu chí</translation>
    </message>
    <message>
        <source>Attach an evidence document to items</source>
        <translation>Đính kèm tài liệu kiểm chứng cho các tiêu chí</translation>
    </message>
    <message>
        <source>List the problems to put right before submitting</source>
        <translation>Liệt kê các lỗi cần sửa trước khi gửi</translation>
    </message>
    <message>
        <source>The unit&apos;s data file.</source>
        <translation>Tệp dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <source>The item&apos;s code, e.g. 1.1.2.</source>
        <translation>Mã tiêu chí, ví dụ 1.1.2.</translation>
    </message>
    <message>
        <source>no shipped criteria set has the id &apos;%1&apos; and there is no such file</source>
        <translation>không có bộ chỉ số kèm theo mã &apos;%1&apos; và cũng không có tệp này</translation>
    </message>
    <message numerus="yes">
        <source>the criteria set %1 is invalid (%n problem(s))</source>
        <translation>
            <numerusform>bộ chỉ số %1 không hợp lệ (%n lỗi)</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit&apos;s code, e.g. SO-TC.</source>
        <translation>Mã đơn vị, ví dụ SO-TC.</translation>
    </message>
    <message>
        <source>The unit&apos;s name, e.g. &quot;Sở Tài chính&quot;.</source>
        <translation>Tên đơn vị, ví dụ &quot;Sở Tài chính&quot;.</translation>
    </message>
    <message>
        <source>so, xa or huyen (or the group&apos;s name).</source>
        <translation>so, xa hoặc huyen (hoặc tên nhóm).</translation>
    </message>
    <message>
        <source>The year assessed.</source>
        <translation>Năm đánh giá.</translation>
    </message>
    <message>
        <source>A shipped set&apos;s id or a criteria set file.</source>
        <translation>Mã bộ chỉ số kèm theo hoặc tệp bộ chỉ số.</translation>
    </message>
    <message>
        <source>Create a unit&apos;s data file for one year&apos;s self-assessment.</source>
        <translation>Tạo tệp dữ liệu tự đánh giá của đơn vị cho một năm.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>cần có --%1</translation>
    </message>
    <message>
        <source>created %1 for %2, %3, criteria set %4 (%5 items)</source>
        <translation>đã tạo %1 cho %2, năm %3, bộ chỉ số %4 (%5 tiêu chí)</translation>
    </message>
    <message>
        <source>Choose the N-th level (1 for the first).</source>
        <translation>Chọn mức thứ N (1 là mức đầu tiên).</translation>
    </message>
    <message>
        <source>Points, for items scored by judgement (0,5 or 0.5).</source>
        <translation>Số điểm, với tiêu chí chấm theo mức độ (0,5 hoặc 0.5).</translation>
    </message>
    <message>
        <source>Numerator/denominator, e.g. 45/50.</source>
        <translation>Tử số/mẫu số, ví dụ 45/50.</translation>
    </message>
    <message>
        <source>Number of shortcomings, for deduction items.</source>
        <translation>Số trường hợp vi phạm, với tiêu chí chấm trừ điểm.</translation>
    </message>
    <message>
        <source>Mark the item not applicable, with the reason.</source>
        <translation>Đánh dấu tiêu chí không đánh giá, kèm lý do.</translation>
    </message>
    <message>
        <source>Remove the item&apos;s score.</source>
        <translation>Xóa điểm của tiêu chí.</translation>
    </message>
    <message>
        <source>Score one item of a unit&apos;s self-assessment.</source>
        <translation>Chấm điểm một tiêu chí trong bản tự đánh giá.</translation>
    </message>
    <message>
        <source>usage: score --file U --item CODE (--option N | --value V | --ratio A/B | --count N | --not-applicable REASON | --clear)</source>
        <translation>cách dùng: score --file U --item MÃ (--option N | --value V | --ratio A/B | --count N | --not-applicable LÝ_DO | --clear)</translation>
    </message>
    <message>
        <source>--option needs a level number, 1 for the first</source>
        <translation>--option cần số thứ tự của mức, 1 là mức đầu tiên</translation>
    </message>
    <message>
        <source>--value needs a number such as 0,75 or 0.75</source>
        <translation>--value cần một số, ví dụ 0,75 hoặc 0.75</translation>
    </message>
    <message>
        <source>--ratio needs numerator/denominator, e.g. 45/50</source>
        <translation>--ratio cần tử số/mẫu số, ví dụ 45/50</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points; total %4 of %5, index %6%</source>
        <translation>%1: %2 / %3 điểm; tổng %4 / %5, chỉ số %6%</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <source>The explanation (giải trình); empty to remove it.</source>
        <translation>Nội dung giải trình; để trống để xóa.</translation>
    </message>
    <message>
        <source>Write how an item was scored where evidence is missing (giải trình).</source>
        <translation>Ghi giải trình cách chấm điểm khi thiếu tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>usage: explain --file U --item CODE --text T</source>
        <translation>cách dùng: explain --file U --item MÃ --text NỘI_DUNG</translation>
    </message>
    <message>
        <source>explanation of %1 saved</source>
        <translation>đã lưu giải trình của %1</translation>
    </message>
    <message>
        <source>The items the document supports, e.g. 1.1.1,1.1.2.</source>
        <translation>Các tiêu chí tài liệu chứng minh, ví dụ 1.1.1,1.1.2.</translation>
    </message>
    <message>
        <source>The document file.</source>
        <translation>Tệp tài liệu.</translation>
    </message>
    <message>
        <source>Số/ký hiệu, e.g. 12/KH-STC.</source>
        <translation>Số/ký hiệu, ví dụ 12/KH-STC.</translation>
    </message>
    <message>
        <source>Ngày ban hành, DD/MM/YYYY.</source>
        <translation>Ngày ban hành, dạng DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>Trích yếu.</source>
        <translation>Trích yếu.</translation>
    </message>
    <message>
        <source>Display name (default: the file&apos;s name).</source>
        <translation>Tên hiển thị (mặc định: tên tệp).</translation>
    </message>
    <message>
        <source>Attach an evidence document (tài liệu kiểm chứng) to one or more items.</source>
        <translation>Đính kèm tài liệu kiểm chứng cho một hoặc nhiều tiêu chí.</translation>
    </message>
    <message>
        <source>usage: attach --file U --item CODE[,CODE...] --doc PATH [--number S --date DD/MM/YYYY --summary T]</source>
        <translation>cách dùng: attach --file U --item MÃ[,MÃ...] --doc ĐƯỜNG_DẪN [--number SỐ --date DD/MM/YYYY --summary TRÍCH_YẾU]</translation>
    </message>
    <message>
        <source>--date needs a date such as 17/11/2025</source>
        <translation>--date cần một ngày, ví dụ 17/11/2025</translation>
    </message>
    <message>
        <source>attached %1 to %2</source>
        <translation>đã đính kèm %1 cho %2</translation>
    </message>
    <message>
        <source>List every problem to put right before submitting; exit 1 when there are any.</source>
        <translation>Liệt kê mọi lỗi cần sửa trước khi gửi; mã thoát 1 nếu còn lỗi.</translation>
    </message>
    <message>
        <source>no problems: ready to submit</source>
        <translation>không có lỗi: sẵn sàng gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Write a report as PDF.</source>
        <translation>Xuất báo cáo ra PDF.</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>The report&apos;s language: vi (default) or en.</source>
        <translation>Ngôn ngữ của báo cáo: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>--language is vi or en</source>
        <translation>--language là vi hoặc en</translation>
    </message>
    <message>
        <source>demo unit self-assessment written to %1</source>
        <translation>đã ghi bản tự đánh giá mẫu của đơn vị vào %1</translation>
    </message>
    <message>
        <source>Register units at the centre, enrol and revoke their keys</source>
        <translation>Đăng ký đơn vị tại Sở Nội vụ, ghi nhận và thu hồi khóa của đơn vị</translation>
    </message>
    <message>
        <source>Where to write the public key for Sở Nội vụ.</source>
        <translation>Nơi ghi khóa công khai gửi Sở Nội vụ.</translation>
    </message>
    <message>
        <source>Create the unit&apos;s signing key (Ed25519), kept encrypted in its data file.</source>
        <translation>Tạo khóa ký (Ed25519) của đơn vị, lưu mã hóa trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>key created for %1
fingerprint: %2
public key: %3</source>
        <translation>đã tạo khóa cho %1
dấu vân tay: %2
khóa công khai: %3</translation>
    </message>
    <message>
        <source>The centre&apos;s data file.</source>
        <translation>Tệp dữ liệu của Sở Nội vụ.</translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation>Mã đơn vị.</translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation>Tên đơn vị.</translation>
    </message>
    <message>
        <source>so, xa or huyen.</source>
        <translation>so, xa hoặc huyen.</translation>
    </message>
    <message>
        <source>Assessed but not ranked with the others.</source>
        <translation>Có đánh giá nhưng không xếp hạng chung.</translation>
    </message>
    <message>
        <source>A public key file (PEM).</source>
        <translation>Tệp khóa công khai (PEM).</translation>
    </message>
    <message>
        <source>Register units and their signing keys.</source>
        <translation>Đăng ký đơn vị và khóa ký của đơn vị.</translation>
    </message>
    <message>
        <source>--code is required</source>
        <translation>cần có --code</translation>
    </message>
    <message>
        <source>units add needs --name and --group (so, xa or huyen)</source>
        <translation>units add cần --name và --group (so, xa hoặc huyen)</translation>
    </message>
    <message>
        <source>unit %1 registered: %2</source>
        <translation>đã đăng ký đơn vị %1: %2</translation>
    </message>
    <message>
        <source>--key is required</source>
        <translation>cần có --key</translation>
    </message>
    <message>
        <source>key %1 enrolled for %2; compare it with the fingerprint in the unit&apos;s letter</source>
        <translation>đã ghi nhận khóa %1 cho %2; hãy đối chiếu với dấu vân tay trong công văn của đơn vị</translation>
    </message>
    <message>
        <source>no key of %1 was in force</source>
        <translation>%1 không có khóa nào đang hiệu lực</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of %1 revoked</source>
        <translation>
            <numerusform>đã thu hồi %n khóa của %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a unit&apos;s signed submission package</source>
        <translation>Xuất gói hồ sơ tự đánh giá có chữ ký của đơn vị</translation>
    </message>
    <message>
        <source>The package to write (.zip).</source>
        <translation>Tệp gói cần ghi (.zip).</translation>
    </message>
    <message>
        <source>Refuse while the pre-submission check finds problems.</source>
        <translation>Không xuất khi bước kiểm tra trước khi gửi còn phát hiện lỗi.</translation>
    </message>
    <message>
        <source>Export the signed submission package for Sở Nội vụ.</source>
        <translation>Xuất gói hồ sơ có chữ ký gửi Sở Nội vụ.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>not exported: the check found %n problem(s)</source>
        <translation>
            <numerusform>chưa xuất: bước kiểm tra phát hiện %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>exported %1: sequence %2, %3 document(s), manifest sha256 %4</source>
        <translation>đã xuất %1: lần gửi thứ %2, %3 tài liệu, sha256 của manifest %4</translation>
    </message>
    <message>
        <source>Verify and import submission packages at the centre</source>
        <translation>Kiểm tra và nhập các gói hồ sơ tại Sở Nội vụ</translation>
    </message>
    <message>
        <source>Package files or folders of packages.</source>
        <translation>Tệp gói hoặc thư mục chứa các gói.</translation>
    </message>
    <message>
        <source>Verify and import submission packages; each is stored whole or rejected whole.</source>
        <translation>Kiểm tra và nhập các gói hồ sơ; mỗi gói được nhận trọn vẹn hoặc bị từ chối toàn bộ.</translation>
    </message>
    <message>
        <source>name at least one package or folder</source>
        <translation>cần ít nhất một gói hoặc thư mục</translation>
    </message>
    <message>
        <source>Make criteria sets known to the centre, so that packages scored on them can be imported.</source>
        <translation>Đưa bộ chỉ số vào tệp của Sở Nội vụ để nhập được các gói hồ sơ chấm theo bộ chỉ số đó.</translation>
    </message>
    <message>
        <source>usage: sets import --file C.parindex SET...</source>
        <translation>cách dùng: sets import --file C.parindex BỘ_CHỈ_SỐ...</translation>
    </message>
    <message>
        <source>nothing imported: %1 is invalid</source>
        <translation>không nhập gì: %1 không hợp lệ</translation>
    </message>
    <message>
        <source>criteria set %1 (%2, %3) known to the centre, sha256 %4</source>
        <translation>bộ chỉ số %1 (%2, %3) đã có trong tệp của Sở Nội vụ, sha256 %4</translation>
    </message>
    <message>
        <source>Usage: parindex-cli sets list
       parindex-cli sets validate FILE...
       parindex-cli sets import --file C.parindex FILE...

  list       the criteria sets shipped with ParIndex
  validate   check set files; prints every problem, exit 1 if any set is invalid
  import     make sets known to a centre (all or nothing)
</source>
        <translation>Cách dùng: parindex-cli sets list
           parindex-cli sets validate TỆP...
           parindex-cli sets import --file C.parindex TỆP...

  list       các bộ chỉ số kèm theo ParIndex
  validate   kiểm tra tệp bộ chỉ số; liệt kê mọi lỗi, mã thoát 1 nếu có bộ không hợp lệ
  import     đưa bộ chỉ số vào tệp của Sở Nội vụ (tất cả hoặc không)
</translation>
    </message>
    <message>
        <source>expected &apos;list&apos;, &apos;validate&apos; or &apos;import&apos;</source>
        <translation>cần &apos;list&apos;, &apos;validate&apos; hoặc &apos;import&apos;</translation>
    </message>
    <message>
        <source>Replace the key in use (Sở Nội vụ must then enrol the new one).</source>
        <translation>Thay khóa đang dùng (sau đó Sở Nội vụ phải ghi nhận khóa mới).</translation>
    </message>
    <message>
        <source>this file already has a signing key (%1); packages signed with a new key are refused until Sở Nội vụ enrols it. Add --replace to create one anyway.</source>
        <translation>tệp này đã có khóa ký (%1); gói hồ sơ ký bằng khóa mới sẽ bị từ chối cho đến khi Sở Nội vụ ghi nhận khóa đó. Thêm --replace nếu vẫn muốn tạo khóa mới.</translation>
    </message>
    <message>
        <source>the previous key %1 is retired; send the new public key to Sở Nội vụ</source>
        <translation>khóa cũ %1 đã ngừng dùng; hãy gửi khóa công khai mới cho Sở Nội vụ</translation>
    </message>
    <message>
        <source>A new code for the unit.</source>
        <translation>Mã mới của đơn vị.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes hoặc no.</translation>
    </message>
    <message>
        <source>For import: the list of units (CSV).</source>
        <translation>Với import: danh sách đơn vị (CSV).</translation>
    </message>
    <message>
        <source>usage: units import --file C.parindex LIST.csv</source>
        <translation>cách dùng: units import --file C.parindex DANH-SACH.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered</source>
        <translation>
            <numerusform>đã đăng ký %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>--ranked is yes or no</source>
        <translation>--ranked nhận yes hoặc no</translation>
    </message>
    <message>
        <source>unit %1 changed: %2, %3%4</source>
        <translation>đã sửa đơn vị %1: %2, %3%4</translation>
    </message>
    <message>
        <source>, not ranked</source>
        <translation>, không xếp hạng</translation>
    </message>
    <message>
        <source>unit %1 removed</source>
        <translation>đã xóa đơn vị %1</translation>
    </message>
    <message>
        <source>List what the units sent for a year; withdraw a version accepted by mistake</source>
        <translation>Liệt kê những gì các đơn vị đã gửi trong một năm; rút lại một phiên bản đã nhận nhầm</translation>
    </message>
    <message>
        <source>Usage: parindex-cli inbox list     --file C.parindex --year Y
       parindex-cli inbox withdraw --file C.parindex --year Y --unit CODE --sequence N --reason TEXT

A withdrawn version is kept with the reason; the version before it is in force again and
the same package is refused from then on.
</source>
        <translation>Cách dùng: parindex-cli inbox list     --file C.parindex --year Y
           parindex-cli inbox withdraw --file C.parindex --year Y --unit MÃ --sequence N --reason LÝ_DO

Phiên bản bị rút lại vẫn được lưu cùng lý do; phiên bản trước đó có hiệu lực trở lại và
từ đó gói ấy bị từ chối.
</translation>
    </message>
    <message>
        <source>expected list or withdraw</source>
        <translation>cần list hoặc withdraw</translation>
    </message>
    <message>
        <source>The version&apos;s number.</source>
        <translation>Số thứ tự của phiên bản.</translation>
    </message>
    <message>
        <source>Why the version is withdrawn.</source>
        <translation>Lý do rút lại phiên bản.</translation>
    </message>
    <message>
        <source>The centre&apos;s inbox.</source>
        <translation>Hộp thư đến của trung tâm.</translation>
    </message>
    <message>
        <source>version %1, received %2, %3 bytes, signed by %4</source>
        <translation>phiên bản %1, nhận lúc %2, %3 byte, ký bởi %4</translation>
    </message>
    <message>
        <source>--sequence needs a version number</source>
        <translation>--sequence cần số thứ tự phiên bản</translation>
    </message>
    <message>
        <source>version %1 of %2 for %3 withdrawn</source>
        <translation>đã rút lại phiên bản %1 của %2 năm %3</translation>
    </message>
    <message>
        <source>%1 has no version %2 for %3</source>
        <translation>%1 không có phiên bản %2 cho năm %3</translation>
    </message>
    <message>
        <source>--count needs a whole number from 0 to %1</source>
        <translation>--count cần một số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <source>Copy a data file, consistently, even while it is open</source>
        <translation>Sao chép nhất quán một tệp dữ liệu, kể cả khi tệp đang mở</translation>
    </message>
    <message>
        <source>The data file to copy (a unit&apos;s or a centre&apos;s).</source>
        <translation>Tệp dữ liệu cần sao chép (của đơn vị hoặc của trung tâm).</translation>
    </message>
    <message>
        <source>The copy to write; it must not exist.</source>
        <translation>Bản sao cần ghi; tệp này phải chưa tồn tại.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a data file, even while ParIndex has it open. ParIndex also keeps daily copies in the folder F.backups beside each file.
To restore one: close ParIndex, keep the damaged file aside, and copy the backup in its place.</source>
        <translation>Ghi một bản sao nhất quán của tệp dữ liệu, kể cả khi ParIndex đang mở tệp. ParIndex cũng giữ các bản sao hằng ngày trong thư mục F.backups cạnh mỗi tệp.
Để khôi phục: đóng ParIndex, cất riêng tệp bị hỏng và chép bản sao lưu vào đúng chỗ của nó.</translation>
    </message>
    <message>
        <source>copy written to %1</source>
        <translation>đã ghi bản sao vào %1</translation>
    </message>
    <message>
        <source>For enrol: replace the key in force (it is revoked).</source>
        <translation>Với enrol: thay khóa đang có hiệu lực (khóa đó bị thu hồi).</translation>
    </message>
    <message>
        <source>A file holding the key&apos;s passphrase on one line (UTF-8; a new one needs at least 8 characters).</source>
        <translation>Tệp chứa mật khẩu của khóa trên một dòng (UTF-8; mật khẩu mới cần ít nhất 8 ký tự).</translation>
    </message>
    <message>
        <source>say the score: --option, --value, --ratio, --count or --not-applicable</source>
        <translation>hãy cho biết điểm chấm: --option, --value, --ratio, --count hoặc --not-applicable</translation>
    </message>
    <message>
        <source>--%1 needs a date written DD/MM/YYYY</source>
        <translation>--%1 cần một ngày viết theo dạng DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Show a year&apos;s appraisal: stages and points per item</source>
        <translation>Xem kết quả thẩm định một năm: giai đoạn và điểm từng tiêu chí</translation>
    </message>
    <message>
        <source>Only this unit.</source>
        <translation>Chỉ đơn vị này.</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table, csv hoặc json.</translation>
    </message>
    <message>
        <source>A year&apos;s appraisal.</source>
        <translation>Kết quả thẩm định một năm.</translation>
    </message>
    <message>
        <source>--format is table, csv or json</source>
        <translation>--format nhận table, csv hoặc json</translation>
    </message>
    <message>
        <source>Appraise a unit&apos;s item (or every item left) in the current round</source>
        <translation>Thẩm định một tiêu chí của đơn vị (hoặc mọi tiêu chí còn lại) trong vòng hiện tại</translation>
    </message>
    <message>
        <source>The appraiser (a registered name).</source>
        <translation>Người thẩm định (tên đã đăng ký).</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s self-score.</source>
        <translation>Chấp nhận điểm tự đánh giá của đơn vị.</translation>
    </message>
    <message>
        <source>Appraise every item not yet appraised in this round: round 1 takes the self-score, round 2 keeps round 1.</source>
        <translation>Thẩm định mọi tiêu chí chưa thẩm định trong vòng này: vòng 1 lấy điểm tự đánh giá, vòng 2 giữ kết quả vòng 1.</translation>
    </message>
    <message>
        <source>The appraiser&apos;s comment.</source>
        <translation>Nhận xét của người thẩm định.</translation>
    </message>
    <message>
        <source>Ask the unit for an explanation or evidence (round 1).</source>
        <translation>Đề nghị đơn vị giải trình hoặc bổ sung tài liệu kiểm chứng (vòng 1).</translation>
    </message>
    <message>
        <source>Appraise in the round the unit&apos;s stage is in (round 2 once its response is in or the explanation deadline has passed).</source>
        <translation>Thẩm định trong vòng ứng với giai đoạn hiện tại của đơn vị (vòng 2 khi đã nhận được phản hồi giải trình hoặc đã hết hạn giải trình).</translation>
    </message>
    <message>
        <source>usage: appraise --file C --year Y --unit CODE --by NAME (--item ITEM (--accept | --option N | --value V | --ratio A/B | --count N | --not-applicable REASON) [--comment TEXT] [--request explanation|evidence] | --accept-rest)</source>
        <translation>cách dùng: appraise --file C --year Y --unit CODE --by NAME (--item ITEM (--accept | --option N | --value V | --ratio A/B | --count N | --not-applicable REASON) [--comment TEXT] [--request explanation|evidence] | --accept-rest)</translation>
    </message>
    <message>
        <source>--request is explanation or evidence</source>
        <translation>--request nhận explanation hoặc evidence</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) appraised</source>
        <translation>
            <numerusform>đã thẩm định %n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: round %3, %4 points (self-score %5)</source>
        <translation>%1 %2: vòng %3, %4 điểm (điểm tự đánh giá %5)</translation>
    </message>
    <message>
        <source>Register the working group&apos;s appraisers and their areas</source>
        <translation>Đăng ký người thẩm định của Tổ công tác và lĩnh vực được phân công</translation>
    </message>
    <message>
        <source>Usage: parindex-cli appraisers add   --file C --name NAME [--areas 1,2]
       parindex-cli appraisers areas --file C --name NAME --areas 1,2 --reason TEXT
       parindex-cli appraisers list  --file C [--year Y]
</source>
        <translation>Cách dùng: parindex-cli appraisers add   --file C --name NAME [--areas 1,2]
           parindex-cli appraisers areas --file C --name NAME --areas 1,2 --reason TEXT
           parindex-cli appraisers list  --file C [--year Y]
</translation>
    </message>
    <message>
        <source>say add, areas or list (see appraisers --help)</source>
        <translation>hãy chọn add, areas hoặc list (xem appraisers --help)</translation>
    </message>
    <message>
        <source>The appraiser&apos;s name.</source>
        <translation>Họ tên người thẩm định.</translation>
    </message>
    <message>
        <source>Codes of the areas they appraise, e.g. 1,2.</source>
        <translation>Mã các lĩnh vực người đó thẩm định, ví dụ 1,2.</translation>
    </message>
    <message>
        <source>Why the areas change.</source>
        <translation>Lý do thay đổi lĩnh vực.</translation>
    </message>
    <message>
        <source>The working group&apos;s appraisers.</source>
        <translation>Danh sách người thẩm định của Tổ công tác.</translation>
    </message>
    <message>
        <source>appraiser %1 registered</source>
        <translation>đã đăng ký người thẩm định %1</translation>
    </message>
    <message>
        <source>Record the appraisal council&apos;s approval of a year</source>
        <translation>Ghi nhận việc Hội đồng thẩm định phê duyệt kết quả một năm</translation>
    </message>
    <message>
        <source>The decision&apos;s number.</source>
        <translation>Số quyết định.</translation>
    </message>
    <message>
        <source>The decision&apos;s date.</source>
        <translation>Ngày quyết định.</translation>
    </message>
    <message>
        <source>The council&apos;s members.</source>
        <translation>Số thành viên Hội đồng.</translation>
    </message>
    <message>
        <source>Members who voted in favour.</source>
        <translation>Số thành viên biểu quyết tán thành.</translation>
    </message>
    <message>
        <source>Record the council&apos;s approval: the appraisal is then read-only and the results final.</source>
        <translation>Ghi nhận việc Hội đồng phê duyệt: sau đó kết quả thẩm định chỉ có thể xem và là kết quả chính thức.</translation>
    </message>
    <message>
        <source>give both --members and --in-favour, or neither</source>
        <translation>hãy nhập cả --members và --in-favour, hoặc bỏ cả hai</translation>
    </message>
    <message>
        <source>--members and --in-favour are whole numbers</source>
        <translation>--members và --in-favour phải là số nguyên</translation>
    </message>
    <message>
        <source>the results of %1 are approved by %2 of %3</source>
        <translation>kết quả năm %1 đã được phê duyệt theo quyết định số %2 ngày %3</translation>
    </message>
    <message>
        <source>Enrol Sở Nội vụ&apos;s public key in a unit&apos;s file (for its feedback)</source>
        <translation>Ghi nhận khóa công khai của Sở Nội vụ vào tệp của đơn vị (để nhận kết quả thẩm định)</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s public key (.pub).</source>
        <translation>Khóa công khai của Sở Nội vụ (.pub).</translation>
    </message>
    <message>
        <source>Replace an enrolled key (only on Sở Nội vụ&apos;s notice).</source>
        <translation>Thay một khóa đã ghi nhận (chỉ khi có thông báo của Sở Nội vụ).</translation>
    </message>
    <message>
        <source>Enrol Sở Nội vụ&apos;s public key; compare its fingerprint with the one in the year&apos;s guidance document.</source>
        <translation>Ghi nhận khóa công khai của Sở Nội vụ; hãy đối chiếu dấu vân tay khóa với dấu vân tay trong văn bản hướng dẫn của năm.</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s key enrolled
fingerprint: %1</source>
        <translation>đã ghi nhận khóa của Sở Nội vụ
dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <source>Set or clear the deadline of a stage of the year</source>
        <translation>Đặt hoặc xóa hạn của một giai đoạn trong năm</translation>
    </message>
    <message>
        <source>Usage: parindex-cli deadline set   --file C --year Y --stage self|round1|explanation|round2 --at DD/MM/YYYY [--reason TEXT]
       parindex-cli deadline clear --file C --year Y --stage STAGE --reason TEXT
       parindex-cli deadline list  --file C --year Y
A stage is open through the whole day of its deadline. Changing a deadline already set needs a reason.
</source>
        <translation>Cách dùng: parindex-cli deadline set   --file C --year Y --stage self|round1|explanation|round2 --at DD/MM/YYYY [--reason TEXT]
           parindex-cli deadline clear --file C --year Y --stage STAGE --reason TEXT
           parindex-cli deadline list  --file C --year Y
Giai đoạn mở đến hết ngày hạn. Thay đổi hạn đã đặt phải nêu lý do.
</translation>
    </message>
    <message>
        <source>say set, clear or list (see deadline --help)</source>
        <translation>hãy chọn set, clear hoặc list (xem deadline --help)</translation>
    </message>
    <message>
        <source>self, round1, explanation or round2.</source>
        <translation>self, round1, explanation hoặc round2.</translation>
    </message>
    <message>
        <source>The last day of the stage.</source>
        <translation>Ngày cuối cùng của giai đoạn.</translation>
    </message>
    <message>
        <source>Why a deadline already set changes.</source>
        <translation>Lý do thay đổi hạn đã đặt.</translation>
    </message>
    <message>
        <source>The deadlines of the year&apos;s stages.</source>
        <translation>Hạn của các giai đoạn trong năm.</translation>
    </message>
    <message>
        <source>--stage is self, round1, explanation or round2</source>
        <translation>--stage nhận self, round1, explanation hoặc round2</translation>
    </message>
    <message>
        <source>deadline of %1 for %2: %3</source>
        <translation>hạn của giai đoạn %1 năm %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Export the centre&apos;s signed feedback; import it at a unit</source>
        <translation>Xuất kết quả thẩm định có chữ ký của Sở Nội vụ; nhập kết quả đó tại đơn vị</translation>
    </message>
    <message>
        <source>Every unit whose round is ready, into the --out folder.</source>
        <translation>Mọi đơn vị có vòng thẩm định đã sẵn sàng, ghi vào thư mục --out.</translation>
    </message>
    <message>
        <source>The package (.zip), or a folder with --all.</source>
        <translation>Gói (.zip), hoặc một thư mục nếu dùng --all.</translation>
    </message>
    <message>
        <source>Who exports (recorded in the audit).</source>
        <translation>Người xuất (được ghi vào nhật ký thay đổi).</translation>
    </message>
    <message>
        <source>Export the feedback of a unit&apos;s latest round, signed with the centre&apos;s key; round-1 feedback closes round 1.</source>
        <translation>Xuất kết quả thẩm định vòng gần nhất của một đơn vị, ký bằng khóa của Sở Nội vụ; xuất kết quả thẩm định vòng 1 sẽ đóng vòng 1.</translation>
    </message>
    <message>
        <source>give --unit CODE or --all</source>
        <translation>hãy nhập --unit CODE hoặc --all</translation>
    </message>
    <message>
        <source>feedback %1 (round %2) for %3 written to %4</source>
        <translation>đã ghi kết quả thẩm định số %1 (vòng %2) của %3 vào %4</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 không phải là thư mục</translation>
    </message>
    <message>
        <source>%1: feedback %2 (round %3) → %4</source>
        <translation>%1: kết quả thẩm định số %2 (vòng %3) → %4</translation>
    </message>
    <message>
        <source>not ready: %1</source>
        <translation>chưa sẵn sàng: %1</translation>
    </message>
    <message>
        <source>The feedback package from Sở Nội vụ.</source>
        <translation>Gói kết quả thẩm định của Sở Nội vụ.</translation>
    </message>
    <message>
        <source>Import Sở Nội vụ&apos;s feedback, verified with its key.</source>
        <translation>Nhập kết quả thẩm định của Sở Nội vụ, đã xác thực bằng khóa của Sở.</translation>
    </message>
    <message>
        <source>give one feedback package</source>
        <translation>hãy chỉ định một gói kết quả thẩm định</translation>
    </message>
    <message numerus="yes">
        <source>round %1: %2 points appraised; %n item(s) need an explanation or evidence</source>
        <translation>
            <numerusform>vòng %1: %2 điểm thẩm định; %n tiêu chí cần giải trình hoặc bổ sung tài liệu kiểm chứng</numerusform>
        </translation>
    </message>
    <message>
        <source>respond by %1</source>
        <translation>hạn phản hồi: %1</translation>
    </message>
    <message>
        <source>Usage: parindex-cli feedback export --file C --year Y (--unit CODE --out F.zip | --all --out DIR) --passphrase-file P [--by NAME]
       parindex-cli feedback import --file UNIT F.zip
</source>
        <translation>Cách dùng: parindex-cli feedback export --file C --year Y (--unit CODE --out F.zip | --all --out DIR) --passphrase-file P [--by NAME]
           parindex-cli feedback import --file UNIT F.zip
</translation>
    </message>
    <message>
        <source>say export or import (see feedback --help)</source>
        <translation>hãy chọn export hoặc import (xem feedback --help)</translation>
    </message>
    <message>
        <source>Create a unit&apos;s or the centre&apos;s signing key and export its public key</source>
        <translation>Tạo khóa ký của đơn vị hoặc của Sở Nội vụ và xuất khóa công khai</translation>
    </message>
    <message>
        <source>The unit&apos;s or the centre&apos;s data file.</source>
        <translation>Tệp dữ liệu của đơn vị hoặc của Sở Nội vụ.</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>Sở Nội vụ</translation>
    </message>
    <message>
        <source>the previous key %1 is retired; every unit must enrol the new public key</source>
        <translation>khóa cũ %1 đã ngừng dùng; mọi đơn vị phải ghi nhận khóa công khai mới</translation>
    </message>
    <message>
        <source>Close or reopen a round of a unit&apos;s appraisal</source>
        <translation>Đóng hoặc mở lại một vòng thẩm định của đơn vị</translation>
    </message>
    <message>
        <source>Usage: parindex-cli round close  --file C --year Y --round 1|2 --unit CODE [--by NAME]
       parindex-cli round reopen --file C --year Y --round 1|2 --unit CODE --reason TEXT --by NAME
</source>
        <translation>Cách dùng: parindex-cli round close  --file C --year Y --round 1|2 --unit CODE [--by NAME]
           parindex-cli round reopen --file C --year Y --round 1|2 --unit CODE --reason TEXT --by NAME
</translation>
    </message>
    <message>
        <source>say close or reopen (see round --help)</source>
        <translation>hãy chọn close hoặc reopen (xem round --help)</translation>
    </message>
    <message>
        <source>1 or 2.</source>
        <translation>1 hoặc 2.</translation>
    </message>
    <message>
        <source>Why the round is reopened.</source>
        <translation>Lý do mở lại vòng thẩm định.</translation>
    </message>
    <message>
        <source>Close or reopen a round.</source>
        <translation>Đóng hoặc mở lại một vòng thẩm định.</translation>
    </message>
    <message>
        <source>--round is 1 or 2</source>
        <translation>--round nhận 1 hoặc 2</translation>
    </message>
    <message>
        <source>round %1 of %2 closed</source>
        <translation>đã đóng vòng %1 của %2</translation>
    </message>
    <message>
        <source>round %1 of %2 reopened</source>
        <translation>đã mở lại vòng %1 của %2</translation>
    </message>
    <message>
        <source>(not final: %1)</source>
        <translation>(chưa chính thức: %1)</translation>
    </message>
    <message>
        <source>round 2: %1 points appraised; the appraisal is final</source>
        <translation>vòng 2: %1 điểm thẩm định; kết quả thẩm định là cuối cùng</translation>
    </message>
    <message>
        <source>average</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>Analyse a year&apos;s results: per area, per criterion, appraisal cuts, last year</source>
        <translation>Phân tích kết quả một năm: theo lĩnh vực, theo tiêu chí, mức hạ điểm khi thẩm định, so với năm trước</translation>
    </message>
    <message>
        <source>areas, criteria, gaps (self-score against appraisal) or yoy (change from last year).</source>
        <translation>areas, criteria, gaps (điểm tự chấm so với điểm thẩm định) hoặc yoy (thay đổi so với năm trước).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>Analyse a year&apos;s results.</source>
        <translation>Phân tích kết quả một năm.</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected areas, criteria, gaps or yoy)</source>
        <translation>loại phân tích &apos;%1&apos; không hợp lệ (dùng areas, criteria, gaps hoặc yoy)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected csv or json)</source>
        <translation>định dạng &apos;%1&apos; không hợp lệ (dùng csv hoặc json)</translation>
    </message>
    <message>
        <source>Import a year&apos;s final results from a table (CSV or XLSX)</source>
        <translation>Nhập kết quả chính thức của một năm từ bảng (CSV hoặc XLSX)</translation>
    </message>
    <message>
        <source>Table (CSV or XLSX) with a header row, English or Vietnamese: unit (Đơn vị), group (Nhóm), appraised (Điểm thẩm định), survey (Điểm ĐTXHH) and optional bonus (Điểm thưởng), penalty (Điểm trừ), max (Điểm tối đa, default 100), band (Xếp loại); STT is ignored.</source>
        <translation>Bảng (CSV hoặc XLSX) có dòng tiêu đề bằng tiếng Anh hoặc tiếng Việt: unit (Đơn vị), group (Nhóm), appraised (Điểm thẩm định), survey (Điểm ĐTXHH) và các cột không bắt buộc bonus (Điểm thưởng), penalty (Điểm trừ), max (Điểm tối đa, mặc định 100), band (Xếp loại); cột STT được bỏ qua.</translation>
    </message>
    <message>
        <source>Import a year&apos;s final results from a table. Any bad row and nothing is imported.</source>
        <translation>Nhập kết quả chính thức của một năm từ bảng. Chỉ cần một dòng sai là không nhập gì.</translation>
    </message>
    <message>
        <source>usage: import-results --file C.parindex --year Y TABLE</source>
        <translation>cách dùng: import-results --file C.parindex --year Y BẢNG</translation>
    </message>
    <message>
        <source>Import a year&apos;s sociological survey results (CSV or XLSX)</source>
        <translation>Nhập kết quả điều tra xã hội học của một năm (CSV hoặc XLSX)</translation>
    </message>
    <message>
        <source>Check the table and show what it gives; store nothing.</source>
        <translation>Kiểm tra bảng và hiển thị kết quả đọc được; không lưu gì.</translation>
    </message>
    <message>
        <source>CSV or XLSX. Points per unit and item (Mã đơn vị or Đơn vị, Mã tiêu chí, Điểm or Tỷ lệ (%)), or one row per answer (Đơn vị, Nhóm đối tượng, Mã câu hỏi, Trả lời; optional Phiếu) turned into points by the criteria set&apos;s survey instrument.</source>
        <translation>CSV hoặc XLSX. Điểm theo đơn vị và tiêu chí (Mã đơn vị hoặc Đơn vị, Mã tiêu chí, Điểm hoặc Tỷ lệ (%)), hoặc mỗi dòng một câu trả lời (Đơn vị, Nhóm đối tượng, Mã câu hỏi, Trả lời; cột Phiếu không bắt buộc), được quy đổi thành điểm theo bộ câu hỏi điều tra của bộ chỉ số.</translation>
    </message>
    <message>
        <source>Import a year&apos;s survey results. Any problem and nothing is imported; a new import replaces the year&apos;s survey and keeps the previous version.</source>
        <translation>Nhập kết quả điều tra xã hội học của một năm. Chỉ cần có một lỗi là không nhập gì; lần nhập mới sẽ thay thế kết quả điều tra của năm và giữ lại phiên bản trước.</translation>
    </message>
    <message>
        <source>usage: import-survey --file C.parindex --year Y [--dry-run] TABLE</source>
        <translation>cách dùng: import-survey --file C.parindex --year Y [--dry-run] BẢNG</translation>
    </message>
    <message>
        <source>answers per respondent</source>
        <translation>câu trả lời của từng người được điều tra</translation>
    </message>
    <message>
        <source>points per unit and item</source>
        <translation>điểm theo đơn vị và tiêu chí</translation>
    </message>
    <message numerus="yes">
        <source>imported the %1 survey as version %2 (%3): %n unit(s)</source>
        <translation>
            <numerusform>đã nhập kết quả điều tra năm %1 thành phiên bản %2 (%3): %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table is good (%1): %n unit(s); nothing stored (--dry-run)</source>
        <translation>
            <numerusform>bảng hợp lệ (%1): %n đơn vị; chưa lưu gì (--dry-run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>đã đọc %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>lưu ý: %1</translation>
    </message>
    <message>
        <source>Write a report as PDF: a unit&apos;s self-assessment or key letter, the centre&apos;s ranking report or a unit&apos;s result sheet</source>
        <translation>Xuất báo cáo ra PDF: báo cáo tự đánh giá hoặc công văn đăng ký khóa của đơn vị, báo cáo xếp hạng của Sở Nội vụ hoặc phiếu kết quả của một đơn vị</translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation>không có đơn vị nào có tên hoặc mã &quot;%1&quot;</translation>
    </message>
    <message>
        <source>self: the unit&apos;s self-assessment report; letter: the letter that asks Sở Nội vụ to enrol the unit&apos;s signing key; ranking: the centre&apos;s report of a year&apos;s results; unit: a unit&apos;s result sheet.</source>
        <translation>self: báo cáo tự đánh giá của đơn vị; letter: công văn đề nghị Sở Nội vụ ghi nhận khóa ký của đơn vị; ranking: báo cáo kết quả một năm của Sở Nội vụ; unit: phiếu kết quả của một đơn vị.</translation>
    </message>
    <message>
        <source>The data file (a unit&apos;s, or the centre&apos;s for ranking and unit).</source>
        <translation>Tệp dữ liệu (của đơn vị; của Sở Nội vụ đối với ranking và unit).</translation>
    </message>
    <message>
        <source>For unit: the unit&apos;s code.</source>
        <translation>Với unit: mã đơn vị.</translation>
    </message>
    <message>
        <source>usage: report self|letter --file U --out F.pdf
       report ranking --file C --year Y --out F.pdf
       report unit --file C --year Y --unit CODE --out F.pdf</source>
        <translation>cách dùng: report self|letter --file U --out F.pdf
           report ranking --file C --year Y --out F.pdf
           report unit --file C --year Y --unit MÃ --out F.pdf</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Điều tra XHH</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>(no survey points yet)</source>
        <translation>(chưa có điểm ĐTXHH)</translation>
    </message>
    <message>
        <source>table (default), csv, json or xlsx (with --out).</source>
        <translation>table (mặc định), csv, json hoặc xlsx (kèm --out).</translation>
    </message>
    <message>
        <source>For xlsx: the workbook to write.</source>
        <translation>Với xlsx: tệp bảng tính cần ghi.</translation>
    </message>
    <message>
        <source>usage: results --file C.parindex --year Y [--group G] [--format table|csv|json|xlsx] [--out F]</source>
        <translation>cách dùng: results --file C.parindex --year Y [--group G] [--format table|csv|json|xlsx] [--out F]</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected table, csv, json or xlsx)</source>
        <translation>định dạng &apos;%1&apos; không hợp lệ (dùng table, csv, json hoặc xlsx)</translation>
    </message>
    <message>
        <source>--out goes with --format xlsx, and xlsx needs --out</source>
        <translation>--out chỉ dùng với --format xlsx, và xlsx cần có --out</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>đã ghi %1</translation>
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
        <translation>Cách dùng: parindex-cli units add    --file C.parindex --name N --group G [--code C] [--not-ranked]
           parindex-cli units edit   --file C.parindex --code C [--new-code C2] [--name N] [--group G]
                                     [--ranked yes|no]
           parindex-cli units remove --file C.parindex --code C
           parindex-cli units import --file C.parindex DANH-SACH.csv
           parindex-cli units enrol  --file C.parindex --code C --key K.pub [--replace]
           parindex-cli units revoke --file C.parindex --code C [--key K.pub]
           parindex-cli units list   --file C.parindex
           parindex-cli units map    --file C.parindex --year Y --from CŨ[,CŨ...] --to MỚI

Danh sách cần nhập có dòng tiêu đề và các cột name (Tên đơn vị), group (Nhóm), có thể thêm
code (Mã đơn vị) và ranked (Xếp hạng: có/không); danh sách được thêm toàn bộ hoặc không thêm đơn vị nào.
Chỉ xóa được đơn vị khi tệp chưa lưu dữ liệu gì của đơn vị đó.
Mỗi đơn vị chỉ ký bằng một khóa tại một thời điểm: muốn ghi nhận khóa mới khi đang có khóa
có hiệu lực thì cần --replace, khi đó khóa cũ bị thu hồi.
map ghi nhận đơn vị MỚI của năm Y được hình thành từ các đơn vị CŨ của năm Y-1 (ví dụ các xã
sáp nhập năm 2025): việc so sánh với năm trước của đơn vị MỚI sẽ dựa trên các đơn vị đó.
</translation>
    </message>
    <message>
        <source>expected add, edit, remove, import, enrol, revoke, list or map</source>
        <translation>cần add, edit, remove, import, enrol, revoke, list hoặc map</translation>
    </message>
    <message>
        <source>For map: last year&apos;s units, by code.</source>
        <translation>Với map: các đơn vị của năm trước, theo mã.</translation>
    </message>
    <message>
        <source>For map: the unit they formed.</source>
        <translation>Với map: đơn vị được hình thành từ các đơn vị đó.</translation>
    </message>
    <message>
        <source>%1 of %2 is compared with last year through: %3</source>
        <translation>%1 năm %2 được so sánh với năm trước thông qua: %3</translation>
    </message>
    <message>
        <source>Number of units of 2025, %1 to %2 (default %3, as many as Hanoi has).</source>
        <translation>Số đơn vị của năm 2025, từ %1 đến %2 (mặc định %3, bằng số đơn vị của Hà Nội).</translation>
    </message>
    <message>
        <source>--units needs a number from %1 to %2</source>
        <translation>--units cần một số từ %1 đến %2</translation>
    </message>
    <message>
        <source>2025 survey: %1 answers of %2 respondents imported from %3</source>
        <translation>Điều tra năm 2025: đã nhập %1 câu trả lời của %2 người được điều tra từ %3</translation>
    </message>
    <message>
        <source>2024 results of %1 units (%2 of them no longer exist); %3 units of 2025 mapped to them</source>
        <translation>Kết quả năm 2024 của %1 đơn vị (%2 đơn vị nay không còn); %3 đơn vị năm 2025 được đối chiếu với các đơn vị đó</translation>
    </message>
</context>
<context>
    <name>CriteriaLoader</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>trường &quot;%1&quot; không được hỗ trợ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>thiếu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; phải là văn bản</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; đang để trống</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written as a text such as &quot;0.5&quot; (decimals are exact)</source>
        <translation>&quot;%1&quot; phải viết dạng văn bản, ví dụ &quot;0.5&quot; (số thập phân được giữ chính xác)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number with at most 3 decimals</source>
        <translation>&quot;%1&quot; không phải số thập phân có tối đa 3 chữ số sau dấu phẩy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; phải là số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>%1 %2 has more decimals than the set&apos;s rounding (%3)</source>
        <translation>%1 %2 có nhiều chữ số thập phân hơn mức làm tròn của bộ chỉ số (%3)</translation>
    </message>
    <message>
        <source>&quot;zero_denominator&quot; must be one of invalid, full_points, zero, not_applicable</source>
        <translation>&quot;zero_denominator&quot; phải là một trong invalid, full_points, zero, not_applicable</translation>
    </message>
    <message>
        <source>a leaf needs a &quot;rule&quot; object</source>
        <translation>tiêu chí chấm điểm cần có &quot;rule&quot;</translation>
    </message>
    <message>
        <source>unknown rule kind &quot;%1&quot; (expected options, tiers, proportional, deduction, judgement or survey)</source>
        <translation>cách chấm &quot;%1&quot; không hợp lệ (dùng options, tiers, proportional, deduction, judgement hoặc survey)</translation>
    </message>
    <message>
        <source>an options rule needs at least two options</source>
        <translation>cách chấm theo mức cần ít nhất hai mức</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; appears twice</source>
        <translation>mức &quot;%1&quot; bị lặp</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; gives %2 points, above the item&apos;s max %3</source>
        <translation>mức &quot;%1&quot; cho %2 điểm, vượt điểm tối đa %3 của tiêu chí</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; gives negative points</source>
        <translation>mức &quot;%1&quot; cho điểm âm</translation>
    </message>
    <message>
        <source>points</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>no option gives the item&apos;s max %1</source>
        <translation>không có mức nào đạt điểm tối đa %1 của tiêu chí</translation>
    </message>
    <message>
        <source>a tiers rule needs at least one tier</source>
        <translation>cách chấm theo tỷ lệ cần ít nhất một ngưỡng</translation>
    </message>
    <message>
        <source>threshold %1% is outside 0-100%</source>
        <translation>ngưỡng %1% nằm ngoài khoảng 0-100%</translation>
    </message>
    <message>
        <source>tier gives %1 points, above the item&apos;s max %2</source>
        <translation>ngưỡng cho %1 điểm, vượt điểm tối đa %2 của tiêu chí</translation>
    </message>
    <message>
        <source>tier gives negative points</source>
        <translation>ngưỡng cho điểm âm</translation>
    </message>
    <message>
        <source>tiers out of order: threshold %1% must be below the previous %2%</source>
        <translation>các ngưỡng sai thứ tự: ngưỡng %1% phải thấp hơn ngưỡng trước %2%</translation>
    </message>
    <message>
        <source>tiers out of order: a lower tier gives more points (%1 &gt; %2)</source>
        <translation>các ngưỡng sai thứ tự: ngưỡng thấp hơn lại cho nhiều điểm hơn (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>the top tier gives %1 points, not the item&apos;s max %2</source>
        <translation>ngưỡng cao nhất cho %1 điểm, không bằng điểm tối đa %2 của tiêu chí</translation>
    </message>
    <message>
        <source>&quot;per_item&quot; must be above 0 and at most the item&apos;s max %1</source>
        <translation>&quot;per_item&quot; phải lớn hơn 0 và không vượt điểm tối đa %1 của tiêu chí</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>điểm trừ mỗi trường hợp</translation>
    </message>
    <message>
        <source>&quot;step&quot; must be above 0 and at most the item&apos;s max %1</source>
        <translation>&quot;step&quot; phải lớn hơn 0 và không vượt điểm tối đa %1 của tiêu chí</translation>
    </message>
    <message>
        <source>the max %1 is not a whole number of steps of %2</source>
        <translation>điểm tối đa %1 không chia hết cho bước %2</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước điểm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here (use &quot;%2&quot;)</source>
        <translation>không dùng &quot;%1&quot; ở đây (dùng &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; does not start with its parent&apos;s code &quot;%2.&quot;</source>
        <translation>mã &quot;%1&quot; không bắt đầu bằng mã của cấp trên &quot;%2.&quot;</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>mã &quot;%1&quot; bị trùng</translation>
    </message>
    <message>
        <source>max must be above 0</source>
        <translation>điểm tối đa phải lớn hơn 0</translation>
    </message>
    <message>
        <source>max</source>
        <translation>điểm tối đa</translation>
    </message>
    <message>
        <source>an area is scored through its criteria and cannot have a rule</source>
        <translation>lĩnh vực được chấm qua các tiêu chí, không có cách chấm riêng</translation>
    </message>
    <message>
        <source>a node with %1 cannot also have a rule</source>
        <translation>mục đã có %1 thì không có cách chấm riêng</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation>thiếu &quot;code&quot;</translation>
    </message>
    <message>
        <source>children add up to %1 but max is %2</source>
        <translation>tổng điểm các mục con là %1 nhưng điểm tối đa là %2</translation>
    </message>
    <message>
        <source>only a leaf can be marked not applicable</source>
        <translation>chỉ tiêu chí chấm điểm mới được đánh dấu không đánh giá</translation>
    </message>
    <message>
        <source>a survey item cannot be marked not applicable</source>
        <translation>tiêu chí điều tra xã hội học không thể đánh dấu không đánh giá</translation>
    </message>
    <message>
        <source>bonus and penalty items cannot be survey items</source>
        <translation>điểm thưởng, điểm trừ không chấm qua điều tra xã hội học</translation>
    </message>
    <message>
        <source>must be an object with &quot;cap&quot; and &quot;items&quot;</source>
        <translation>phải là đối tượng có &quot;cap&quot; và &quot;items&quot;</translation>
    </message>
    <message>
        <source>the cap is missing: bonus and penalty points need a maximum</source>
        <translation>thiếu mức trần: điểm thưởng và điểm trừ cần có mức tối đa</translation>
    </message>
    <message>
        <source>the cap must be above 0</source>
        <translation>mức trần phải lớn hơn 0</translation>
    </message>
    <message>
        <source>item max %1 is above the section&apos;s cap %2</source>
        <translation>điểm tối đa %1 của mục vượt mức trần %2</translation>
    </message>
    <message>
        <source>duplicate band code &quot;%1&quot;</source>
        <translation>mã xếp loại &quot;%1&quot; bị trùng</translation>
    </message>
    <message>
        <source>minimum %1% is outside 0-100%</source>
        <translation>mức tối thiểu %1% nằm ngoài khoảng 0-100%</translation>
    </message>
    <message>
        <source>bands out of order: minimum %1% must be below the previous %2%</source>
        <translation>các mức xếp loại sai thứ tự: %1% phải thấp hơn mức trước %2%</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;parindex.criteria-set&quot;</source>
        <translation>&quot;format&quot; phải là &quot;parindex.criteria-set&quot;</translation>
    </message>
    <message>
        <source>unsupported &quot;format_version&quot; (this version reads 1)</source>
        <translation>&quot;format_version&quot; không được hỗ trợ (phiên bản này đọc được 1)</translation>
    </message>
    <message>
        <source>&quot;id&quot; may contain only a-z, 0-9 and &apos;-&apos;</source>
        <translation>&quot;id&quot; chỉ gồm a-z, 0-9 và dấu &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;date&quot; must be a date such as 2025-11-17</source>
        <translation>&quot;date&quot; phải là ngày dạng 2025-11-17</translation>
    </message>
    <message>
        <source>unknown unit group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation>nhóm đơn vị &quot;%1&quot; không hợp lệ (dùng so, xa hoặc huyen)</translation>
    </message>
    <message>
        <source>&quot;not_applicable&quot; must be rescale or full_points</source>
        <translation>&quot;not_applicable&quot; phải là rescale hoặc full_points</translation>
    </message>
    <message>
        <source>a set needs at least one area</source>
        <translation>bộ chỉ số cần ít nhất một lĩnh vực</translation>
    </message>
    <message>
        <source>areas add up to %1 but the scale is %2</source>
        <translation>tổng điểm các lĩnh vực là %1 nhưng thang điểm là %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>tệp lớn hơn %1 MiB</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>tài liệu phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>&quot;self_assessment&quot; must be a date and time with its offset, such as 2026-01-15T17:00:00+07:00</source>
        <translation>&quot;self_assessment&quot; phải là ngày giờ kèm múi giờ, ví dụ 2026-01-15T17:00:00+07:00</translation>
    </message>
    <message>
        <source>an area needs at least one criterion</source>
        <translation>mỗi lĩnh vực cần ít nhất một tiêu chí</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be published or full</source>
        <translation>&quot;compare&quot; phải là published hoặc full</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; must be one capital letter</source>
        <translation>phương án trả lời &quot;%1&quot; phải là một chữ cái in hoa</translation>
    </message>
    <message>
        <source>the answer %1 appears twice</source>
        <translation>phương án trả lời %1 bị lặp</translation>
    </message>
    <message>
        <source>weight %1% is outside 0-100%</source>
        <translation>trọng số %1% nằm ngoài khoảng 0-100%</translation>
    </message>
    <message>
        <source>the survey needs at least two weighted answers</source>
        <translation>phần điều tra xã hội học cần ít nhất hai phương án trả lời có trọng số</translation>
    </message>
    <message>
        <source>no answer weighs 100%: an item could never reach its max</source>
        <translation>không có phương án trả lời nào có trọng số 100%: tiêu chí sẽ không bao giờ đạt điểm tối đa</translation>
    </message>
    <message>
        <source>&quot;no_answer&quot; lists &quot;%1&quot;; it must be one capital letter</source>
        <translation>&quot;no_answer&quot; có giá trị &quot;%1&quot;; mỗi giá trị phải là một chữ cái in hoa</translation>
    </message>
    <message>
        <source>the survey needs at least one respondent group</source>
        <translation>phần điều tra xã hội học cần ít nhất một nhóm đối tượng</translation>
    </message>
    <message>
        <source>the respondent group %1 appears twice</source>
        <translation>nhóm đối tượng %1 bị lặp</translation>
    </message>
    <message>
        <source>the weight must be above 0</source>
        <translation>trọng số phải lớn hơn 0</translation>
    </message>
    <message>
        <source>the question code %1 appears twice</source>
        <translation>mã câu hỏi %1 bị lặp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey item of this set</source>
        <translation>&quot;%1&quot; không phải là tiêu chí điều tra xã hội học của bộ chỉ số này</translation>
    </message>
    <message>
        <source>the survey needs at least one question</source>
        <translation>phần điều tra xã hội học cần ít nhất một câu hỏi</translation>
    </message>
    <message>
        <source>survey item %1 has no question</source>
        <translation>tiêu chí điều tra xã hội học %1 chưa có câu hỏi nào</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>tệp không phải văn bản UTF-8 (hãy lưu dạng &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>dòng %1: thiếu dấu ngoặc kép đóng</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file</source>
        <translation>%1 không phải tệp dữ liệu ParIndex</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ParIndex (data format %2; this version reads up to %3). Please update ParIndex.</source>
        <translation>%1 được tạo bởi phiên bản ParIndex mới hơn (định dạng dữ liệu %2; phiên bản này đọc đến %3). Vui lòng cập nhật ParIndex.</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>không thiết lập được %1: %2</translation>
    </message>
    <message>
        <source>cannot start the upgrade of %1</source>
        <translation>không bắt đầu nâng cấp được %1</translation>
    </message>
    <message>
        <source>upgrading %1 to data format %2 failed: %3</source>
        <translation>nâng cấp %1 lên định dạng dữ liệu %2 không thành công: %3</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>lưu thiết lập</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>ghi nhật ký thay đổi</translation>
    </message>
    <message>
        <source>no transaction is open: %1</source>
        <translation>chưa mở giao dịch: %1</translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation>đọc thiết lập %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for a copy of %1</source>
        <translation>không tạo được thư mục tạm để sao chép %1</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>không sao chép được %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>%1 is open in this program; copy it through its own connection</source>
        <translation>%1 đang mở trong chương trình này; hãy sao chép qua kết nối của chính nó</translation>
    </message>
    <message>
        <source>%1 is read-only (by its permissions or its disk); ParIndex writes to the files it opens. Make it writable, or copy it into a folder of yours.</source>
        <translation>%1 chỉ đọc được (do quyền truy cập hoặc do ổ đĩa); ParIndex cần ghi vào tệp mà nó mở. Hãy cho phép ghi, hoặc chép tệp vào một thư mục của bạn.</translation>
    </message>
    <message>
        <source>%1 carries ParIndex&apos;s mark but holds no ParIndex data (no data format); it was not written by ParIndex and was left as it is</source>
        <translation>%1 mang dấu hiệu của ParIndex nhưng không chứa dữ liệu ParIndex (không có định dạng dữ liệu); tệp không do ParIndex ghi và được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 has no valid role (unit or centre); it was left as it is</source>
        <translation>%1 không có vai trò hợp lệ (đơn vị hoặc trung tâm); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 was not upgraded to the new data format because no backup could be taken first: %2</source>
        <translation>%1 chưa được nâng cấp lên định dạng dữ liệu mới vì không lập được bản sao lưu trước: %2</translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file (it is not a database)</source>
        <translation>%1 không phải tệp dữ liệu ParIndex (không phải cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>cannot open %1: the disk is full, and SQLite needs a little room beside the file</source>
        <translation>không mở được %1: ổ đĩa đã đầy, trong khi SQLite cần một ít chỗ trống cạnh tệp</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. %3</source>
        <translation>%1 bị hỏng: %2. %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was changed in it. %3</source>
        <translation>%1 bị hỏng (kiểm tra của SQLite phát hiện: %2). Tệp không bị thay đổi gì. %3</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is not a ParIndex data file</source>
        <translation>%1 không phải tệp dữ liệu ParIndex</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 đã tồn tại (dùng --force để thay)</translation>
    </message>
    <message>
        <source>the shipped 2025 criteria sets are missing</source>
        <translation>thiếu các bộ chỉ số năm 2025 kèm theo</translation>
    </message>
    <message>
        <source>cannot move the demo into place at %1</source>
        <translation>không chuyển được dữ liệu mẫu vào %1</translation>
    </message>
    <message>
        <source>the demo&apos;s survey was refused:
%1</source>
        <translation>kết quả điều tra của bản demo bị từ chối:
%1</translation>
    </message>
</context>
<context>
    <name>EnrolmentLetter</name>
    <message>
        <source>the unit has no signing key yet</source>
        <translation>đơn vị chưa có khóa ký</translation>
    </message>
    <message>
        <source>No.: ....../CV-%1</source>
        <translation>Số: ....../CV-%1</translation>
    </message>
    <message>
        <source>On the enrolment of the key that signs the Administrative Reform Index submissions</source>
        <translation>V/v đăng ký khóa ký hồ sơ Chỉ số cải cách hành chính</translation>
    </message>
    <message>
        <source>To: the Department of Home Affairs (Sở Nội vụ)</source>
        <translation>Kính gửi: Sở Nội vụ</translation>
    </message>
    <message>
        <source>To send its self-assessment of the Administrative Reform Index %1 as a signed package, %2 has created a signing key with ParIndex. %2 asks the Department of Home Affairs to enrol the key below and to accept from it only packages signed with this key.</source>
        <translation>Để gửi hồ sơ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm %1 dưới dạng gói hồ sơ có chữ ký số, %2 đã tạo khóa ký bằng phần mềm ParIndex. %2 đề nghị Sở Nội vụ ghi nhận khóa dưới đây và chỉ tiếp nhận từ đơn vị các gói hồ sơ được ký bằng khóa này.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Thuật toán chữ ký</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay của khóa</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Ngày tạo khóa</translation>
    </message>
    <message>
        <source>Public key file (sent with this letter)</source>
        <translation>Tệp khóa công khai (gửi kèm công văn này)</translation>
    </message>
    <message>
        <source>This key replaces the key %1, which %2 no longer uses; please revoke that key.</source>
        <translation>Khóa này thay thế khóa %1 mà %2 không còn sử dụng; đề nghị Sở Nội vụ thu hồi khóa đó.</translation>
    </message>
    <message>
        <source>When enrolling the public key file, please compare the fingerprint that ParIndex shows with the one above, group by group, and enrol the key only if they are the same.</source>
        <translation>Khi ghi nhận tệp khóa công khai, đề nghị đối chiếu từng nhóm ký tự của dấu vân tay do ParIndex hiển thị với dấu vân tay nêu trên và chỉ ghi nhận khóa khi hai dấu vân tay trùng khớp.</translation>
    </message>
    <message>
        <source>Department of Home Affairs (Sở Nội vụ)</source>
        <translation>Sở Nội vụ</translation>
    </message>
    <message>
        <source>Signing key enrolment — %1</source>
        <translation>Đăng ký khóa ký — %1</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>không tạo được thư mục tài liệu kiểm chứng %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>reading the document failed: %1</source>
        <translation>không đọc được tài liệu: %1</translation>
    </message>
    <message>
        <source>storing the evidence file failed: %1</source>
        <translation>không lưu được tệp tài liệu kiểm chứng: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 không phải tệp thông thường</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>the evidence file %1 is not in the store</source>
        <translation>tệp tài liệu kiểm chứng %1 không có trong kho</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>tài liệu cần có tên</translation>
    </message>
    <message>
        <source>saving document %1</source>
        <translation>lưu tài liệu %1</translation>
    </message>
    <message>
        <source>linking document %1 to item %2</source>
        <translation>gắn tài liệu %1 với tiêu chí %2</translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation>đọc tài liệu</translation>
    </message>
    <message>
        <source>linking a document to item %1</source>
        <translation>gắn tài liệu với tiêu chí %1</translation>
    </message>
    <message>
        <source>unlinking a document from item %1</source>
        <translation>bỏ gắn tài liệu khỏi tiêu chí %1</translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>tài liệu không còn tồn tại</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>xóa tài liệu %1</translation>
    </message>
    <message>
        <source>restoring document %1</source>
        <translation>khôi phục tài liệu %1</translation>
    </message>
    <message>
        <source>reading the documents</source>
        <translation>đọc danh sách tài liệu</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>%1 has no stored file.</source>
        <translation>%1 không có tệp được lưu.</translation>
    </message>
    <message>
        <source>The file of %1 is not in the evidence folder.</source>
        <translation>Tệp của %1 không có trong thư mục tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>Cannot open %1 with the system viewer.</source>
        <translation>Không mở được %1 bằng chương trình xem của hệ thống.</translation>
    </message>
</context>
<context>
    <name>FeedbackPackage</name>
    <message>
        <source>a private key is needed to sign</source>
        <translation>cần khóa bí mật để ký</translation>
    </message>
    <message>
        <source>cannot start the package: error %1</source>
        <translation>không tạo được gói: lỗi %1</translation>
    </message>
    <message>
        <source>writing the package failed</source>
        <translation>ghi gói không thành công</translation>
    </message>
    <message>
        <source>writing the package failed: error %1</source>
        <translation>ghi gói không thành công: lỗi %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>zip structure</source>
        <translation>cấu trúc tệp nén</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>chữ ký</translation>
    </message>
    <message>
        <source>the centre&apos;s enrolled key does not verify the signature</source>
        <translation>khóa của Sở Nội vụ đã ghi nhận không xác thực được chữ ký</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>the signer named in the manifest is not the key that signed it</source>
        <translation>người ký ghi trong manifest không phải khóa đã ký</translation>
    </message>
    <message>
        <source>size or hash mismatch</source>
        <translation>kích thước hoặc mã băm không khớp</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>the data is for another unit, year, set or round than the manifest</source>
        <translation>dữ liệu thuộc đơn vị, năm, bộ chỉ số hoặc vòng khác với manifest</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>%1 is the data file open here; writing there would destroy it. Choose another name.</source>
        <translation>%1 là tệp dữ liệu đang mở ở đây; ghi vào đó sẽ phá hỏng tệp. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>%1 is the data file open here, not a document</source>
        <translation>%1 là tệp dữ liệu đang mở ở đây, không phải tài liệu</translation>
    </message>
    <message>
        <source>%1 is a working file of the data file %2; choose another file</source>
        <translation>%1 là tệp làm việc của tệp dữ liệu %2; hãy chọn tệp khác</translation>
    </message>
    <message>
        <source>%1 is inside %2, the folder ParIndex keeps for %3; choose a place outside it</source>
        <translation>%1 nằm trong %2, thư mục ParIndex dành cho %3; hãy chọn chỗ khác bên ngoài</translation>
    </message>
    <message>
        <source>%1 is another name of the data file %2 (or of its working files); choose another file</source>
        <translation>%1 là một tên khác của tệp dữ liệu %2 (hoặc của các tệp làm việc của nó); hãy chọn tệp khác</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>chưa có tên tệp</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist</source>
        <translation>%1 là liên kết tới một tệp không tồn tại</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a file</source>
        <translation>%1 là thư mục hoặc thiết bị, không phải tệp</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is a ParIndex data file; writing there would destroy it. Choose another name.</source>
        <translation>%1 là tệp dữ liệu ParIndex; ghi vào đó sẽ phá hỏng tệp. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe); choose a document</source>
        <translation>%1 không phải tệp thông thường (là thư mục, thiết bị hoặc đường ống); hãy chọn một tài liệu</translation>
    </message>
    <message>
        <source>%1 is a ParIndex data file, not a document</source>
        <translation>%1 là tệp dữ liệu ParIndex, không phải tài liệu</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 lớn hơn %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 is open in another ParIndex (its lock file %2 cannot be read)</source>
        <translation>%1 đang được mở trong một ParIndex khác (không đọc được tệp khóa %2)</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4) since %5; close it there first</source>
        <translation>%1 đang được mở trong %2 (tiến trình %3 trên %4) từ %5; hãy đóng nó ở đó trước</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>cannot open %1: ParIndex needs to write beside it (its lock file %2) and the folder does not allow it</source>
        <translation>không mở được %1: ParIndex cần ghi bên cạnh tệp (tệp khóa %2) nhưng thư mục không cho phép ghi</translation>
    </message>
    <message>
        <source>its lock file cannot be made</source>
        <translation>không tạo được tệp khóa của nó</translation>
    </message>
</context>
<context>
    <name>HistoricImport</name>
    <message>
        <source>the table is empty; it needs a header row with unit, group, appraised and survey</source>
        <translation>bảng trống; cần dòng tiêu đề có unit, group, appraised và survey</translation>
    </message>
    <message>
        <source>the table has a header but no rows</source>
        <translation>bảng chỉ có dòng tiêu đề, không có dữ liệu</translation>
    </message>
    <message>
        <source>the unit is empty</source>
        <translation>chưa ghi đơn vị</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation>nhóm &quot;%1&quot; không hợp lệ (dùng so, xa hoặc huyen)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; không phải là số</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 là số âm</translation>
    </message>
    <message>
        <source>max must be above 0</source>
        <translation>điểm tối đa phải lớn hơn 0</translation>
    </message>
    <message>
        <source>appraised + survey = %1 is above the max %2</source>
        <translation>điểm thẩm định + điểm điều tra = %1 vượt điểm tối đa %2</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; already has its results on line %2</source>
        <translation>đơn vị &quot;%1&quot; đã có kết quả ở dòng %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1 %2 có quá %n chữ số thập phân</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>not received</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>đã gửi lại</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Level %1 (not in the criteria set)</source>
        <translation>Mức %1 (không có trong bộ chỉ số)</translation>
    </message>
    <message>
        <source>Level %1: %2 (%3 points)</source>
        <translation>Mức %1: %2 (%3 điểm)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 trên %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s)</source>
        <translation>
            <numerusform>%n trường hợp vi phạm</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Không đánh giá: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>chưa nêu lý do</translation>
    </message>
    <message>
        <source>%1 points (survey)</source>
        <translation>%1 điểm (điều tra xã hội học)</translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>retiring the previous key</source>
        <translation>ngừng dùng khóa cũ</translation>
    </message>
    <message>
        <source>saving the key</source>
        <translation>lưu khóa</translation>
    </message>
    <message>
        <source>reading the signing key</source>
        <translation>đọc khóa ký</translation>
    </message>
    <message>
        <source>reading the signing keys</source>
        <translation>đọc các khóa ký</translation>
    </message>
    <message>
        <source>this file has no signing key yet (create one with keygen)</source>
        <translation>tệp này chưa có khóa ký (tạo bằng lệnh keygen)</translation>
    </message>
    <message>
        <source>this key is enrolled for another unit</source>
        <translation>khóa này đã được ghi nhận cho đơn vị khác</translation>
    </message>
    <message>
        <source>this key was revoked for another unit and cannot be enrolled again</source>
        <translation>khóa này đã bị thu hồi ở đơn vị khác, không thể ghi nhận lại</translation>
    </message>
    <message>
        <source>this key is already enrolled for the unit</source>
        <translation>khóa này đã được ghi nhận cho đơn vị</translation>
    </message>
    <message>
        <source>this key was revoked for the unit and cannot be enrolled again</source>
        <translation>khóa này đã bị thu hồi, không thể ghi nhận lại</translation>
    </message>
    <message>
        <source>enrolling the key</source>
        <translation>ghi nhận khóa</translation>
    </message>
    <message>
        <source>revoking the key</source>
        <translation>thu hồi khóa</translation>
    </message>
    <message>
        <source>reading the enrolled keys</source>
        <translation>đọc các khóa đã ghi nhận</translation>
    </message>
    <message>
        <source>the key %1 is not in this file</source>
        <translation>khóa %1 không có trong tệp này</translation>
    </message>
    <message>
        <source>the unit already has a key in force (%1); enrolling another replaces it, and the old one is then revoked: confirm the replacement</source>
        <translation>đơn vị đã có một khóa đang có hiệu lực (%1); đăng ký khóa khác sẽ thay thế và thu hồi khóa cũ: hãy xác nhận việc thay thế</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>%1, %2/%3/%4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>- Archive: VT.</source>
        <translation>- Lưu: VT.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(Signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>cannot draw the document</source>
        <translation>không vẽ được văn bản</translation>
    </message>
    <message>
        <source>Department of Home Affairs</source>
        <translation>Sở Nội vụ</translation>
    </message>
</context>
<context>
    <name>OwnKeys</name>
    <message>
        <source>the new key was not saved</source>
        <translation>khóa mới chưa được lưu</translation>
    </message>
</context>
<context>
    <name>PackageFormat</name>
    <message>
        <source>a text is expected</source>
        <translation>cần một chuỗi ký tự</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is expected</source>
        <translation>cần một số nguyên từ %1 đến %2</translation>
    </message>
    <message>
        <source>a whole number written as text is expected</source>
        <translation>cần một số nguyên viết dưới dạng chuỗi</translation>
    </message>
    <message>
        <source>a SHA-256 in lowercase hexadecimal is expected</source>
        <translation>cần mã SHA-256 dạng thập lục phân chữ thường</translation>
    </message>
    <message>
        <source>a number of points written as text is expected</source>
        <translation>cần số điểm viết dưới dạng chuỗi</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>cần một danh sách</translation>
    </message>
    <message>
        <source>a list of texts is expected</source>
        <translation>cần một danh sách chuỗi</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>not a submission package</source>
        <translation>không phải gói hồ sơ tự đánh giá</translation>
    </message>
    <message>
        <source>this version of ParIndex reads format version %1</source>
        <translation>phiên bản ParIndex này đọc định dạng phiên bản %1</translation>
    </message>
    <message>
        <source>a SHA-256 or null is expected</source>
        <translation>cần mã SHA-256 hoặc null</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>phải là %1</translation>
    </message>
    <message>
        <source>the same file is listed twice</source>
        <translation>một tệp được liệt kê hai lần</translation>
    </message>
    <message>
        <source>unknown group</source>
        <translation>nhóm không xác định</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score</source>
        <translation>&quot;%1&quot; không phải là điểm chấm</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is expected</source>
        <translation>cần một ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a feedback package</source>
        <translation>không phải gói kết quả thẩm định</translation>
    </message>
    <message>
        <source>a date or null is expected</source>
        <translation>cần một ngày hoặc null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request</source>
        <translation>&quot;%1&quot; không phải là một đề nghị</translation>
    </message>
    <message>
        <source>item %1 is listed twice</source>
        <translation>tiêu chí %1 được liệt kê hai lần</translation>
    </message>
    <message>
        <source>an object or null is expected</source>
        <translation>cần một đối tượng hoặc null</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase cannot contain control characters (such as NUL or tab)</source>
        <translation>mật khẩu không được chứa ký tự điều khiển (như NUL hoặc tab)</translation>
    </message>
    <message>
        <source>the passphrase cannot be empty or only spaces</source>
        <translation>mật khẩu không được để trống hoặc chỉ có dấu cách</translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation>mật khẩu cần ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>the passphrase file contains a NUL byte</source>
        <translation>tệp mật khẩu chứa byte NUL</translation>
    </message>
    <message>
        <source>the passphrase file has more than one line; it must hold the passphrase alone</source>
        <translation>tệp mật khẩu có nhiều hơn một dòng; tệp chỉ được chứa mật khẩu</translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation>tệp mật khẩu không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>tệp mật khẩu trống</translation>
    </message>
</context>
<context>
    <name>PendingFile</name>
    <message>
        <source>cannot write %1: the disk that holds it is read-only</source>
        <translation>không ghi được %1: ổ đĩa chứa tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation>không ghi được %1: ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not allow writing</source>
        <translation>không ghi được %1: thư mục %2 không cho phép ghi</translation>
    </message>
    <message>
        <source>cannot write %1: the system refused without saying why</source>
        <translation>không ghi được %1: hệ thống từ chối mà không nêu lý do</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>RankingReport</name>
    <message>
        <source>No.: ....../BC-SNV</source>
        <translation>Số: ....../BC-SNV</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Results of the Administrative Reform Index %1</source>
        <translation>Kết quả xác định Chỉ số cải cách hành chính năm %1</translation>
    </message>
    <message>
        <source>The Administrative Reform Index %1 was determined for %2 unit(s) in %3 group(s), of which %4 are ranked.</source>
        <translation>Chỉ số cải cách hành chính năm %1 được xác định đối với %2 đơn vị thuộc %3 nhóm, trong đó %4 đơn vị được xếp hạng.</translation>
    </message>
    <message>
        <source>The appraisal council approved the results by %1 of %2.</source>
        <translation>Hội đồng thẩm định đã phê duyệt kết quả tại %1 ngày %2.</translation>
    </message>
    <message>
        <source>The results are not final: the appraisal council has not approved them yet.</source>
        <translation>Kết quả chưa chính thức: Hội đồng thẩm định chưa phê duyệt kết quả.</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>Kết quả xếp hạng: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Appraised points</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation>Điểm ĐTXHH</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Change from last year</source>
        <translation>Thay đổi so với năm trước</translation>
    </message>
    <message>
        <source>(rank %1 → %2)</source>
        <translation>(xếp hạng %1 → %2)</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>không xếp hạng</translation>
    </message>
    <message>
        <source>Average of the %1 ranked unit(s)</source>
        <translation>Chỉ số trung bình của %1 đơn vị được xếp hạng</translation>
    </message>
    <message>
        <source>Index per area and weakest criteria: %1</source>
        <translation>Chỉ số theo lĩnh vực và các tiêu chí yếu nhất: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Average index (%)</source>
        <translation>Chỉ số trung bình (%)</translation>
    </message>
    <message>
        <source>Weakest criteria: %1.</source>
        <translation>Các tiêu chí yếu nhất: %1.</translation>
    </message>
    <message>
        <source>The People&apos;s Committee (to report)</source>
        <translation>UBND tỉnh/thành phố (để báo cáo)</translation>
    </message>
    <message>
        <source>The units assessed</source>
        <translation>Các đơn vị được đánh giá</translation>
    </message>
    <message>
        <source>The sociological survey&apos;s points of %1 unit(s) are not included yet.</source>
        <translation>Điểm điều tra xã hội học của %1 đơn vị chưa được tính.</translation>
    </message>
</context>
<context>
    <name>ReceivedFeedbackTable</name>
    <message>
        <source>reading the centre&apos;s key</source>
        <translation>đọc khóa của Sở Nội vụ</translation>
    </message>
    <message>
        <source>the centre&apos;s key %1 is already enrolled; replace it only on Sở Nội vụ&apos;s written notice of a new key</source>
        <translation>khóa %1 của Sở Nội vụ đã được ghi nhận; chỉ thay khóa khi có thông báo bằng văn bản của Sở Nội vụ về khóa mới</translation>
    </message>
    <message>
        <source>replacing the centre&apos;s key</source>
        <translation>thay khóa của Sở Nội vụ</translation>
    </message>
    <message>
        <source>the key %1 was replaced before and cannot be enrolled again</source>
        <translation>khóa %1 đã bị thay thế trước đây, không thể ghi nhận lại</translation>
    </message>
    <message>
        <source>enrolling the centre&apos;s key</source>
        <translation>ghi nhận khóa của Sở Nội vụ</translation>
    </message>
    <message>
        <source>reading the feedback</source>
        <translation>đọc kết quả thẩm định</translation>
    </message>
    <message>
        <source>storing the feedback</source>
        <translation>lưu kết quả thẩm định</translation>
    </message>
</context>
<context>
    <name>ResultsWorkbook</name>
    <message>
        <source>Administrative Reform Index %1</source>
        <translation>Chỉ số cải cách hành chính năm %1</translation>
    </message>
    <message>
        <source>Administrative Reform Index %1: %2</source>
        <translation>Chỉ số cải cách hành chính năm %1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Appraised points</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Survey points</source>
        <translation>Điểm ĐTXHH</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Last year&apos;s index (%)</source>
        <translation>Chỉ số năm trước (%)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Thay đổi (%)</translation>
    </message>
    <message>
        <source>Average of %1 ranked unit(s)</source>
        <translation>Chỉ số trung bình của %1 đơn vị được xếp hạng</translation>
    </message>
    <message>
        <source>Areas %1</source>
        <translation>Lĩnh vực %1</translation>
    </message>
    <message>
        <source>Criteria %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>Index per area (%), %1</source>
        <translation>Chỉ số theo lĩnh vực (%), %1</translation>
    </message>
    <message>
        <source>Index per criterion (%), %1</source>
        <translation>Chỉ số theo tiêu chí (%), %1</translation>
    </message>
    <message>
        <source>Group average</source>
        <translation>Chỉ số trung bình của nhóm</translation>
    </message>
    <message>
        <source>Self-score and appraisal</source>
        <translation>Tự chấm và thẩm định</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Self-scored</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Items cut</source>
        <translation>Số tiêu chí bị hạ điểm</translation>
    </message>
    <message>
        <source>Items raised</source>
        <translation>Số tiêu chí được nâng điểm</translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>item %1 is not a scored item</source>
        <translation>%1 không phải tiêu chí chấm điểm</translation>
    </message>
    <message>
        <source>item %1 cannot be marked not applicable</source>
        <translation>tiêu chí %1 không được đánh dấu không đánh giá</translation>
    </message>
    <message>
        <source>item %1 is scored by choosing one of its %2 options</source>
        <translation>tiêu chí %1 được chấm bằng cách chọn một trong %2 mức</translation>
    </message>
    <message>
        <source>item %1 has options 1 to %2; there is no option %3</source>
        <translation>tiêu chí %1 có các mức từ 1 đến %2; không có mức %3</translation>
    </message>
    <message>
        <source>item %1 is scored from a numerator and a denominator</source>
        <translation>tiêu chí %1 được chấm theo tử số và mẫu số</translation>
    </message>
    <message>
        <source>item %1: numerator and denominator cannot be negative</source>
        <translation>tiêu chí %1: tử số và mẫu số không được âm</translation>
    </message>
    <message>
        <source>item %1: the denominator is 0</source>
        <translation>tiêu chí %1: mẫu số bằng 0</translation>
    </message>
    <message>
        <source>item %1: the numerator %2 is larger than the denominator %3</source>
        <translation>tiêu chí %1: tử số %2 lớn hơn mẫu số %3</translation>
    </message>
    <message>
        <source>item %1 is scored from a count of shortcomings</source>
        <translation>tiêu chí %1 được chấm theo số trường hợp vi phạm</translation>
    </message>
    <message>
        <source>item %1: the count cannot be negative</source>
        <translation>tiêu chí %1: số trường hợp không được âm</translation>
    </message>
    <message>
        <source>item %1 is scored by entering a number of points</source>
        <translation>tiêu chí %1 được chấm bằng cách nhập số điểm</translation>
    </message>
    <message>
        <source>item %1: %2 is outside 0 to %3</source>
        <translation>tiêu chí %1: %2 nằm ngoài khoảng 0 đến %3</translation>
    </message>
    <message>
        <source>item %1: %2 is not a multiple of the step %3</source>
        <translation>tiêu chí %1: %2 không phải bội số của bước %3</translation>
    </message>
    <message>
        <source>item %1 is scored by the sociological survey, not by the unit</source>
        <translation>tiêu chí %1 được chấm qua điều tra xã hội học, đơn vị không tự chấm</translation>
    </message>
    <message>
        <source>item %1: survey points %2 are outside 0 to %3</source>
        <translation>tiêu chí %1: điểm điều tra %2 nằm ngoài khoảng 0 đến %3</translation>
    </message>
    <message>
        <source>item %1: unknown rule</source>
        <translation>tiêu chí %1: cách chấm không xác định</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentReport</name>
    <message>
        <source>No.: ....../BC-%1</source>
        <translation>Số: ....../BC-%1</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Self-assessment and scoring of the Administrative Reform Index %1</source>
        <translation>Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm %1</translation>
    </message>
    <message>
        <source>Pursuant to Decision No. %1 of %2 of %3 issuing %4, %5 reports the results of its self-assessment and scoring of the Administrative Reform Index %6 as follows:</source>
        <translation>Căn cứ Quyết định số %1 ngày %2 của %3 ban hành %4; %5 báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm %6 như sau:</translation>
    </message>
    <message>
        <source>I. SELF-ASSESSMENT RESULTS</source>
        <translation>I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM</translation>
    </message>
    <message>
        <source>Self-assessed total: &lt;b&gt;%1&lt;/b&gt; of %2 points that the unit scores (items scored by the sociological survey are added by Sở Nội vụ). Bonus points: %3; penalty points: %4.</source>
        <translation>Tổng điểm tự đánh giá: &lt;b&gt;%1&lt;/b&gt; điểm trên %2 điểm tự đánh giá được (các tiêu chí chấm qua điều tra xã hội học do Sở Nội vụ tổng hợp). Điểm thưởng: %3; điểm trừ: %4.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>By survey</source>
        <translation>Chấm qua ĐTXHH</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không đánh giá</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Chưa hợp lệ</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>TOTAL (self-assessed)</source>
        <translation>TỔNG CỘNG (tự đánh giá)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>II. ITEMS SCORED WITHOUT EVIDENCE</source>
        <translation>II. CÁC TIÊU CHÍ CHẤM ĐIỂM KHÔNG CÓ TÀI LIỆU KIỂM CHỨNG</translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation>Chưa có giải trình</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>III. LIST OF EVIDENCE</source>
        <translation>III. DANH MỤC TÀI LIỆU KIỂM CHỨNG</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu nội dung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>IV. DIFFICULTIES AND OBSTACLES</source>
        <translation>IV. KHÓ KHĂN, VƯỚNG MẮC</translation>
    </message>
    <message>
        <source>V. PROPOSALS AND RECOMMENDATIONS</source>
        <translation>V. ĐỀ XUẤT, KIẾN NGHỊ</translation>
    </message>
    <message>
        <source>Self-assessment report %1 — %2</source>
        <translation>Báo cáo tự đánh giá Chỉ số CCHC năm %1 — %2</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Chưa có tài liệu</translation>
    </message>
    <message>
        <source>Department of Home Affairs (Sở Nội vụ)</source>
        <translation>Sở Nội vụ</translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ (round %1): &lt;b&gt;%2&lt;/b&gt; points.</source>
        <translation>Sở Nội vụ thẩm định (vòng %1): &lt;b&gt;%2&lt;/b&gt; điểm.</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>evidence requested</source>
        <translation>đề nghị bổ sung tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>explanation requested</source>
        <translation>đề nghị giải trình</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>cannot create a key: %1</source>
        <translation>không tạo được khóa: %1</translation>
    </message>
    <message>
        <source>the private key cannot be opened: wrong passphrase or damaged key</source>
        <translation>không mở được khóa bí mật: sai mật khẩu hoặc khóa bị hỏng</translation>
    </message>
    <message>
        <source>the private key is not an Ed25519 key</source>
        <translation>khóa bí mật không phải khóa Ed25519</translation>
    </message>
    <message>
        <source>not a public key file (expected &quot;BEGIN PUBLIC KEY&quot;)</source>
        <translation>không phải tệp khóa công khai (cần &quot;BEGIN PUBLIC KEY&quot;)</translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 key</source>
        <translation>khóa công khai không phải khóa Ed25519</translation>
    </message>
    <message>
        <source>this is a public key only</source>
        <translation>đây chỉ là khóa công khai</translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation>không mã hóa được khóa bí mật: %1</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>ký không thành công: %1</translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation>cần có mật khẩu</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Sheet %1</source>
        <translation>Trang tính %1</translation>
    </message>
    <message>
        <source>the spreadsheet library (%1) cannot be used: it has no %2</source>
        <translation>không dùng được thư viện bảng tính (%1): thư viện không có %2</translation>
    </message>
    <message>
        <source>the spreadsheet library (%1) cannot be loaded: %2</source>
        <translation>không nạp được thư viện bảng tính (%1): %2</translation>
    </message>
    <message>
        <source>cannot add the sheet “%1”</source>
        <translation>không thêm được trang tính “%1”</translation>
    </message>
    <message>
        <source>the sheet “%1” has more rows or columns than a spreadsheet can hold</source>
        <translation>trang tính “%1” có nhiều dòng hoặc cột hơn mức một bảng tính chứa được</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2: %3</source>
        <translation>trang tính “%1”, ô %2: %3</translation>
    </message>
    <message>
        <source>not enough memory to build the spreadsheet</source>
        <translation>không đủ bộ nhớ để tạo bảng tính</translation>
    </message>
    <message>
        <source>cannot set the workbook&apos;s properties: %1</source>
        <translation>không đặt được thuộc tính của bảng tính: %1</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation>không ghi được bảng tính: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>cannot read the built spreadsheet: %1</source>
        <translation>không đọc được bảng tính vừa tạo: %1</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>text after the end of the document</source>
        <translation>có nội dung sau khi tài liệu đã kết thúc</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>ký tự không hợp lệ</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>lồng nhau sâu quá %1 cấp</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>kết thúc bất ngờ</translation>
    </message>
    <message>
        <source>a key in quotes is expected</source>
        <translation>cần một khóa trong dấu nháy kép</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>khóa &quot;%1&quot; xuất hiện hai lần trong một đối tượng</translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected</source>
        <translation>cần dấu &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; is expected</source>
        <translation>cần dấu &apos;,&apos; hoặc &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; is expected</source>
        <translation>cần dấu &apos;,&apos; hoặc &apos;]&apos;</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>có ký tự điều khiển trong chuỗi</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>chuỗi thoát \u cần bốn chữ số thập lục phân</translation>
    </message>
    <message>
        <source>the escape \%1 is not JSON</source>
        <translation>chuỗi thoát \%1 không thuộc JSON</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>chuỗi chưa được đóng</translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation>số có chữ số 0 ở đầu</translation>
    </message>
    <message>
        <source>a number without digits after the point</source>
        <translation>số không có chữ số sau dấu chấm</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>số không có chữ số ở phần mũ</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>a byte order mark before the document</source>
        <translation>có dấu thứ tự byte (BOM) trước tài liệu</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: JSON không hợp lệ: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
</context>
<context>
    <name>SubmissionCheck</name>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1: chưa chấm điểm</translation>
    </message>
    <message>
        <source>%1: marked not applicable without a reason</source>
        <translation>%1: đánh dấu không đánh giá nhưng chưa nêu lý do</translation>
    </message>
    <message>
        <source>%1: %2 points claimed without evidence or an explanation</source>
        <translation>%1: tự chấm %2 điểm nhưng không có tài liệu kiểm chứng hoặc giải trình</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no number (số/ký hiệu)</source>
        <translation>tài liệu &quot;%1&quot; chưa có số, ký hiệu</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no date of issue (ngày ban hành)</source>
        <translation>tài liệu &quot;%1&quot; chưa có ngày ban hành</translation>
    </message>
    <message>
        <source>document &quot;%1&quot;: its stored copy is damaged; attach the original again to repair it</source>
        <translation>tài liệu &quot;%1&quot;: bản lưu bị hỏng; hãy đính kèm lại bản gốc để sửa</translation>
    </message>
    <message>
        <source>document &quot;%1&quot;: its stored copy is missing from the evidence folder; attach the original again</source>
        <translation>tài liệu &quot;%1&quot;: bản lưu không còn trong thư mục minh chứng; hãy đính kèm lại bản gốc</translation>
    </message>
    <message>
        <source>%1: Sở Nội vụ requests evidence%2</source>
        <translation>%1: Sở Nội vụ đề nghị bổ sung tài liệu kiểm chứng%2</translation>
    </message>
    <message>
        <source>%1: Sở Nội vụ requests an explanation%2</source>
        <translation>%1: Sở Nội vụ đề nghị giải trình%2</translation>
    </message>
</context>
<context>
    <name>SubmissionImporter</name>
    <message>
        <source>accepted</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>đã nhập trước đó</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>bị từ chối: %1 (%2)</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>lưu trữ</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>bị cắt cụt</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>tệp nén</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>dữ liệu hỏng</translation>
    </message>
    <message>
        <source>size lie</source>
        <translation>khai sai kích thước</translation>
    </message>
    <message>
        <source>crc</source>
        <translation>sai CRC</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>vượt giới hạn</translation>
    </message>
</context>
<context>
    <name>SubmissionReader</name>
    <message>
        <source>storage</source>
        <translation>lưu trữ</translation>
    </message>
    <message>
        <source>revoked key</source>
        <translation>khóa đã bị thu hồi</translation>
    </message>
    <message>
        <source>signed with a key that was revoked</source>
        <translation>được ký bằng khóa đã bị thu hồi</translation>
    </message>
    <message>
        <source>older version</source>
        <translation>phiên bản cũ hơn</translation>
    </message>
    <message>
        <source>older than the accepted version %1</source>
        <translation>cũ hơn phiên bản đã nhận %1</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>trùng số thứ tự</translation>
    </message>
    <message>
        <source>another package was accepted as version %1</source>
        <translation>đã nhận một gói khác với số thứ tự %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>zip structure</source>
        <translation>cấu trúc tệp nén</translation>
    </message>
    <message>
        <source>evidence must be stored</source>
        <translation>tài liệu kiểm chứng phải lưu không nén</translation>
    </message>
    <message>
        <source>missing entry</source>
        <translation>thiếu mục</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>chữ ký</translation>
    </message>
    <message>
        <source>no enrolled key verifies the signature</source>
        <translation>không khóa nào đã ghi nhận xác thực được chữ ký</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>signer is not this unit</source>
        <translation>người ký không phải đơn vị này</translation>
    </message>
    <message>
        <source>the key&apos;s unit is no longer registered</source>
        <translation>đơn vị của khóa không còn trong danh sách đăng ký</translation>
    </message>
    <message>
        <source>the key is enrolled for %1</source>
        <translation>khóa được ghi nhận cho %1</translation>
    </message>
    <message>
        <source>the signer named in the manifest is not the key that signed it</source>
        <translation>người ký ghi trong manifest không phải khóa đã ký</translation>
    </message>
    <message>
        <source>unknown year or criteria set</source>
        <translation>năm hoặc bộ chỉ số không xác định</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 cho năm %2</translation>
    </message>
    <message>
        <source>size or hash mismatch</source>
        <translation>kích thước hoặc mã băm không khớp</translation>
    </message>
    <message>
        <source>extra entry</source>
        <translation>mục thừa</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>the data is for another unit, year or criteria set than the manifest</source>
        <translation>dữ liệu thuộc đơn vị, năm hoặc bộ chỉ số khác với manifest</translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation>bộ chỉ số không có tiêu chí chấm điểm %1</translation>
    </message>
    <message>
        <source>document %1 has no file in the package</source>
        <translation>tài liệu %1 không có tệp trong gói</translation>
    </message>
    <message>
        <source>document %1 supports an item the set does not have: %2</source>
        <translation>tài liệu %1 gắn với tiêu chí không có trong bộ chỉ số: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>không tạo được %1</translation>
    </message>
    <message>
        <source>low disk space</source>
        <translation>ổ đĩa sắp hết chỗ</translation>
    </message>
    <message>
        <source>%1 MiB needed</source>
        <translation>cần %1 MiB</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã rút lại</translation>
    </message>
    <message>
        <source>this package was withdrawn by the centre</source>
        <translation>gói này đã bị trung tâm rút lại</translation>
    </message>
    <message>
        <source>unknown round &quot;%1&quot;</source>
        <translation>vòng không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 jumps more than %2 past the accepted version %3</source>
        <translation>phiên bản %1 vượt quá %2 so với phiên bản đã nhận %3</translation>
    </message>
    <message>
        <source>item %1 is scored twice</source>
        <translation>mục %1 được chấm hai lần</translation>
    </message>
    <message>
        <source>item %1 is scored by the survey, not by the unit</source>
        <translation>mục %1 do điều tra xã hội học chấm, không phải đơn vị tự chấm</translation>
    </message>
    <message>
        <source>item %1: the points %2 do not follow from the input (%3)</source>
        <translation>mục %1: điểm %2 không khớp với số liệu nhập (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>the totals (%1 of %2) do not follow from the scores (%3 of %4)</source>
        <translation>tổng điểm (%1 trên %2) không khớp với điểm từng mục (%3 trên %4)</translation>
    </message>
    <message>
        <source>%1 is a link or a file, not the centre&apos;s staging folder; move it away</source>
        <translation>%1 là liên kết hoặc tệp, không phải thư mục tạm của trung tâm; hãy chuyển nó đi chỗ khác</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>không tạo được thư mục trong %1: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionTable</name>
    <message>
        <source>reading the accepted version</source>
        <translation>đọc phiên bản đã tiếp nhận</translation>
    </message>
    <message>
        <source>reading the accepted versions</source>
        <translation>đọc các phiên bản đã tiếp nhận</translation>
    </message>
    <message>
        <source>storing the package</source>
        <translation>lưu gói hồ sơ</translation>
    </message>
    <message>
        <source>storing the package&apos;s evidence list</source>
        <translation>lưu danh sách tài liệu của gói</translation>
    </message>
    <message>
        <source>recording an alert</source>
        <translation>ghi cảnh báo</translation>
    </message>
    <message>
        <source>reading the inbox of %1</source>
        <translation>đọc hồ sơ đã nhận năm %1</translation>
    </message>
    <message>
        <source>reading the inbox&apos;s years</source>
        <translation>đọc các năm có hồ sơ đã nhận</translation>
    </message>
    <message>
        <source>reading a submitted version</source>
        <translation>đọc một phiên bản đã gửi</translation>
    </message>
    <message>
        <source>that version is not in the file</source>
        <translation>tệp không có phiên bản đó</translation>
    </message>
    <message>
        <source>withdrawing a version</source>
        <translation>rút lại một phiên bản</translation>
    </message>
    <message>
        <source>reading the withdrawn versions</source>
        <translation>đọc các phiên bản đã rút lại</translation>
    </message>
</context>
<context>
    <name>SubmissionWriter</name>
    <message>
        <source>a private key is needed to sign</source>
        <translation>cần khóa bí mật để ký</translation>
    </message>
    <message>
        <source>cannot start the package: error %1</source>
        <translation>không tạo được gói: lỗi %1</translation>
    </message>
    <message>
        <source>writing the package failed</source>
        <translation>ghi gói không thành công</translation>
    </message>
    <message>
        <source>the evidence file of &quot;%1&quot; is missing from the store</source>
        <translation>tệp tài liệu kiểm chứng &quot;%1&quot; không còn trong kho</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>reading &quot;%1&quot; failed: %2</source>
        <translation>không đọc được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the evidence file of &quot;%1&quot; is damaged (its content no longer matches)</source>
        <translation>tệp tài liệu kiểm chứng &quot;%1&quot; đã bị hỏng (nội dung không còn khớp)</translation>
    </message>
    <message>
        <source>writing the package failed: error %1</source>
        <translation>ghi gói không thành công: lỗi %1</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation>không có đơn vị nào có tên hoặc mã &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>không có đơn vị nào có tên hoặc mã &quot;%1&quot;; có phải là &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Mã tiêu chí</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>the table is empty; it needs a header row, e.g. &quot;Mã đơn vị; Mã tiêu chí; Điểm&quot;</source>
        <translation>bảng trống; cần có dòng tiêu đề, ví dụ &quot;Mã đơn vị; Mã tiêu chí; Điểm&quot;</translation>
    </message>
    <message>
        <source>the unit column is missing (&quot;Mã đơn vị&quot;, &quot;Tên đơn vị&quot; or &quot;Đơn vị&quot;)</source>
        <translation>thiếu cột đơn vị (&quot;Mã đơn vị&quot;, &quot;Tên đơn vị&quot; hoặc &quot;Đơn vị&quot;)</translation>
    </message>
    <message>
        <source>a column of points (&quot;Điểm&quot;) or percentages (&quot;Tỷ lệ (%)&quot;) is needed</source>
        <translation>cần có cột điểm (&quot;Điểm&quot;) hoặc cột tỷ lệ (&quot;Tỷ lệ (%)&quot;)</translation>
    </message>
    <message>
        <source>the table has a header but no rows</source>
        <translation>bảng chỉ có dòng tiêu đề, không có dữ liệu</translation>
    </message>
    <message>
        <source>the unit is empty</source>
        <translation>chưa ghi đơn vị</translation>
    </message>
    <message>
        <source>the code %1 is %2, not &quot;%3&quot;</source>
        <translation>mã %1 là của %2, không phải &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) has no criteria set for this year, so its survey items are not known</source>
        <translation>%1 (%2) chưa có bộ chỉ số cho năm này nên chưa xác định được các tiêu chí điều tra xã hội học</translation>
    </message>
    <message>
        <source>the criteria set %1 of %2 declares no survey instrument, so answers cannot be turned into points; import points per item instead</source>
        <translation>bộ chỉ số %1 của %2 không khai báo bộ câu hỏi điều tra nên không quy đổi được câu trả lời thành điểm; hãy nhập điểm theo từng tiêu chí</translation>
    </message>
    <message>
        <source>unknown respondent group &quot;%1&quot; (the set %2 has %3)</source>
        <translation>bộ chỉ số %2 không có nhóm đối tượng &quot;%1&quot; (các nhóm đối tượng: %3)</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; in the set %2</source>
        <translation>bộ chỉ số %2 không có câu hỏi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is not one of %2</source>
        <translation>câu trả lời &quot;%1&quot; không thuộc các phương án %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a survey item of the set %2 (its survey items: %3)</source>
        <translation>&quot;%1&quot; không phải là tiêu chí điều tra xã hội học của bộ chỉ số %2 (các tiêu chí điều tra: %3)</translation>
    </message>
    <message>
        <source>%1 item %2 already has its points on %3</source>
        <translation>%1, tiêu chí %2 đã có điểm ở %3</translation>
    </message>
    <message>
        <source>give either points or a percentage, not both</source>
        <translation>chỉ ghi điểm hoặc tỷ lệ, không ghi cả hai</translation>
    </message>
    <message>
        <source>%1 item %2 has neither points nor a percentage</source>
        <translation>%1, tiêu chí %2 không có điểm cũng không có tỷ lệ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of 0 or more</source>
        <translation>&quot;%1&quot; không phải là số từ 0 trở lên</translation>
    </message>
    <message>
        <source>the percentage %1 is above 100</source>
        <translation>tỷ lệ %1 lớn hơn 100</translation>
    </message>
    <message>
        <source>%1 (%2): no answers for the survey items %3</source>
        <translation>%1 (%2): không có câu trả lời cho các tiêu chí điều tra %3</translation>
    </message>
    <message>
        <source>%1 (%2): no points for the survey items %3</source>
        <translation>%1 (%2): không có điểm cho các tiêu chí điều tra %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the survey: %1</source>
        <translation>
            <numerusform>%n đơn vị không có trong kết quả điều tra: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a registered unit</source>
        <translation>%1 không phải là đơn vị đã đăng ký</translation>
    </message>
    <message>
        <source>%1 has no criteria set for this year</source>
        <translation>%1 chưa có bộ chỉ số cho năm này</translation>
    </message>
    <message>
        <source>%1: %2 is not a survey item of the set %3</source>
        <translation>%1: %2 không phải là tiêu chí điều tra xã hội học của bộ chỉ số %3</translation>
    </message>
    <message>
        <source>%1 item %2 is given twice</source>
        <translation>%1, tiêu chí %2 bị ghi hai lần</translation>
    </message>
    <message>
        <source>%1 item %2: %3 points are outside 0 to %4</source>
        <translation>%1, tiêu chí %2: %3 điểm nằm ngoài khoảng 0 đến %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 item %2: %3 has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1, tiêu chí %2: %3 có quá %n chữ số thập phân</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the survey points add up to %2, above the set&apos;s survey share %3</source>
        <translation>%1: tổng điểm ĐTXHH là %2, vượt phần điểm ĐTXHH %3 của bộ chỉ số</translation>
    </message>
</context>
<context>
    <name>SurveyTable</name>
    <message>
        <source>reading the survey&apos;s versions</source>
        <translation>đọc các phiên bản kết quả điều tra</translation>
    </message>
    <message>
        <source>reading the survey&apos;s points</source>
        <translation>đọc điểm ĐTXHH</translation>
    </message>
    <message>
        <source>saving the %1 survey</source>
        <translation>lưu kết quả điều tra năm %1</translation>
    </message>
    <message>
        <source>%1 is not a registered unit</source>
        <translation>%1 không phải là đơn vị đã đăng ký</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reading the units&apos; mapping</source>
        <translation>đọc bảng đối chiếu đơn vị</translation>
    </message>
    <message>
        <source>saving the units&apos; mapping</source>
        <translation>lưu bảng đối chiếu đơn vị</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>có %1 ô trong khi dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>cột &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>cột &quot;%1&quot; bị lặp</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>thiếu cột &quot;%1&quot;</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no transaction is open: %1</source>
        <translation>chưa mở giao dịch: %1</translation>
    </message>
    <message>
        <source>saving failed: %1</source>
        <translation>lưu không thành công: %1</translation>
    </message>
    <message>
        <source>this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be changed in it</source>
        <translation>đây là bản sao chỉ đọc của %1 lấy lúc %2, khi tệp đang mở ở nơi khác; không thể thay đổi gì trong đó</translation>
    </message>
</context>
<context>
    <name>UnitGroups</name>
    <message>
        <source>Departments and equivalent agencies</source>
        <translation>Sở, cơ quan tương đương Sở</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>Commune, ward and special-zone People&apos;s Committees</source>
        <translation>UBND xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>District, town and county People&apos;s Committees</source>
        <translation>UBND quận, huyện, thị xã</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>the district level was abolished on 1 July 2025; there are no district results for %1 (the %1 index assesses the communes)</source>
        <translation>cấp huyện đã chấm dứt hoạt động từ ngày 01/7/2025; năm %1 không có kết quả của cấp huyện (Chỉ số năm %1 đánh giá cấp xã)</translation>
    </message>
</context>
<context>
    <name>UnitList</name>
    <message>
        <source>the list is empty; it needs a header row with name and group</source>
        <translation>danh sách trống; cần dòng tiêu đề có tên và nhóm</translation>
    </message>
    <message>
        <source>the list has a header but no units</source>
        <translation>danh sách có dòng tiêu đề nhưng không có đơn vị nào</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>tên để trống</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>mã %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot; (expected so, xa or huyen)</source>
        <translation>nhóm &quot;%1&quot; không hợp lệ (dùng so, xa hoặc huyen)</translation>
    </message>
    <message>
        <source>ranked must be yes or no (có/không), not &quot;%1&quot;</source>
        <translation>xếp hạng phải là có hoặc không (yes/no), không phải &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>UnitResultSheet</name>
    <message>
        <source>No.: ....../PKQ-SNV</source>
        <translation>Số: ....../PKQ-SNV</translation>
    </message>
    <message>
        <source>RESULT SHEET</source>
        <translation>PHIẾU KẾT QUẢ</translation>
    </message>
    <message>
        <source>Administrative Reform Index %1 of %2</source>
        <translation>Chỉ số cải cách hành chính năm %1 của %2</translation>
    </message>
    <message>
        <source>Appraised points: %1; survey points: %2; bonus %3, penalty %4</source>
        <translation>Điểm thẩm định: %1; điểm ĐTXHH: %2; điểm thưởng %3, điểm trừ %4</translation>
    </message>
    <message>
        <source>Total: %1 of %2 points; index %3%</source>
        <translation>Tổng điểm: %1/%2 điểm; chỉ số %3%</translation>
    </message>
    <message>
        <source>Rank %1 among %2</source>
        <translation>Xếp hạng %1 trong nhóm %2</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Không xếp hạng</translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation>Xếp loại: %1</translation>
    </message>
    <message>
        <source>Last year: index %1%%2</source>
        <translation>Năm trước: chỉ số %1%%2</translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation>, xếp hạng %1</translation>
    </message>
    <message>
        <source>Not final: the appraisal council has not approved the results yet.</source>
        <translation>Chưa chính thức: Hội đồng thẩm định chưa phê duyệt kết quả.</translation>
    </message>
    <message>
        <source>Points per area and criterion</source>
        <translation>Điểm theo lĩnh vực và tiêu chí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Area, criterion</source>
        <translation>Lĩnh vực, tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self-scored</source>
        <translation>Điểm tự chấm</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>of which survey</source>
        <translation>Trong đó điểm ĐTXHH</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>The appraisers&apos; comments</source>
        <translation>Ý kiến của thành viên tổ thẩm định</translation>
    </message>
    <message>
        <source>No comments: every item was accepted as scored.</source>
        <translation>Không có ý kiến: tất cả các tiêu chí được chấp nhận theo điểm tự chấm.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>%1 has no results for %2</source>
        <translation>%1 chưa có kết quả năm %2</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>reading the units</source>
        <translation>đọc danh sách đơn vị</translation>
    </message>
    <message>
        <source>looking up unit %1</source>
        <translation>tìm đơn vị %1</translation>
    </message>
    <message>
        <source>looking up a unit</source>
        <translation>tìm đơn vị</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation>đơn vị cần có tên</translation>
    </message>
    <message>
        <source>a unit needs a code</source>
        <translation>đơn vị cần có mã</translation>
    </message>
    <message>
        <source>a unit with code %1 already exists (%2)</source>
        <translation>đã có đơn vị mang mã %1 (%2)</translation>
    </message>
    <message>
        <source>a unit named %1 already exists (code %2)</source>
        <translation>đã có đơn vị tên %1 (mã %2)</translation>
    </message>
    <message>
        <source>adding unit %1</source>
        <translation>thêm đơn vị %1</translation>
    </message>
    <message>
        <source>the unit no longer exists</source>
        <translation>đơn vị không còn tồn tại</translation>
    </message>
    <message>
        <source>changing unit %1</source>
        <translation>sửa đơn vị %1</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bản đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted package(s)</source>
        <translation>
            <numerusform>%n gói hồ sơ đã gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled key(s)</source>
        <translation>
            <numerusform>%n khóa đã ghi nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>checking what refers to a unit</source>
        <translation>kiểm tra dữ liệu liên quan đến đơn vị</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the file holds its data (%2)</source>
        <translation>không xóa được %1: tệp đang lưu dữ liệu của đơn vị (%2)</translation>
    </message>
    <message>
        <source>removing unit %1</source>
        <translation>xóa đơn vị %1</translation>
    </message>
    <message>
        <source>a unit&apos;s name has at most %1 characters</source>
        <translation>tên đơn vị có tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>a unit&apos;s name cannot contain control characters</source>
        <translation>tên đơn vị không được chứa ký tự điều khiển</translation>
    </message>
    <message>
        <source>a unit code is 1 to 64 letters A-Z, digits, &apos;-&apos; or &apos;_&apos;, without spaces or accents (e.g. SO-TAI-CHINH), not &quot;%1&quot;</source>
        <translation>mã đơn vị gồm 1 đến 64 chữ cái A-Z, chữ số, &apos;-&apos; hoặc &apos;_&apos;, không dấu cách, không dấu (ví dụ SO-TAI-CHINH), không phải &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook is too large: it holds more than %1 MiB of data to read</source>
        <translation>bảng tính quá lớn: dữ liệu cần đọc vượt quá %1 MiB</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be read</source>
        <translation>bảng tính bị hỏng: không đọc được thành phần %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: it is not a readable zip archive</source>
        <translation>bảng tính bị hỏng: không phải là tệp zip đọc được</translation>
    </message>
    <message>
        <source>the workbook has more parts than a workbook can (at most %1 are read)</source>
        <translation>bảng tính có nhiều thành phần hơn mức cho phép (chỉ đọc tối đa %1 thành phần)</translation>
    </message>
    <message>
        <source>the workbook is damaged: it holds two parts named %1</source>
        <translation>bảng tính bị hỏng: có hai thành phần cùng tên %1</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save it without a password</source>
        <translation>bảng tính được bảo vệ bằng mật khẩu; hãy lưu lại mà không đặt mật khẩu</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is compressed with method %2, which XLSX files do not use</source>
        <translation>thành phần %1 của bảng tính được nén bằng phương thức %2, phương thức mà tệp XLSX không sử dụng</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 expands more than %2 times (a compression bomb?)</source>
        <translation>thành phần %1 của bảng tính khi giải nén lớn hơn %2 lần (có thể là bom nén?)</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 has a document type declaration (DOCTYPE), which workbooks never have; it is refused</source>
        <translation>thành phần %1 của bảng tính có khai báo kiểu tài liệu (DOCTYPE), điều mà bảng tính không bao giờ có; tệp bị từ chối</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 refers to an undeclared entity</source>
        <translation>thành phần %1 của bảng tính tham chiếu đến một thực thể (entity) chưa được khai báo</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 is not well-formed XML (line %2: %3)</source>
        <translation>bảng tính bị hỏng: thành phần %1 không phải là XML hợp lệ (dòng %2: %3)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 has more relationships than it has parts</source>
        <translation>bảng tính bị hỏng: thành phần %1 có nhiều quan hệ (relationship) hơn số thành phần của bảng tính</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>đây là bảng tính OpenDocument (.ods); hãy lưu thành bảng tính Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>đây là bảng tính Excel dạng nhị phân (.xlsb); hãy lưu thành bảng tính Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an Excel workbook (.xlsx)</source>
        <translation>tệp là tệp nén zip nhưng không phải là bảng tính Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook is damaged: it does not say where its sheet &quot;%1&quot; is</source>
        <translation>bảng tính bị hỏng: không cho biết vị trí của trang tính &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>bảng tính không có trang tính nào</translation>
    </message>
    <message>
        <source>the workbook is damaged: its sheet &quot;%1&quot; is missing (%2)</source>
        <translation>bảng tính bị hỏng: thiếu trang tính &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the workbook has more than %1 different texts, more than can be read</source>
        <translation>bảng tính có hơn %1 chuỗi văn bản khác nhau, vượt quá mức có thể đọc</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters, the most a cell holds</source>
        <translation>chuỗi dùng chung %1 dài hơn %2 ký tự, mức tối đa một ô chứa được</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row number</source>
        <translation>&quot;%1&quot; không phải là số dòng</translation>
    </message>
    <message>
        <source>after row %1: &quot;%2&quot; is not a row number</source>
        <translation>sau dòng %1: &quot;%2&quot; không phải là số dòng</translation>
    </message>
    <message>
        <source>row %1 lies beyond the sheet&apos;s last row (%2)</source>
        <translation>dòng %1 nằm sau dòng cuối cùng của trang tính (%2)</translation>
    </message>
    <message>
        <source>row %1 comes after row %2: the sheet&apos;s rows are out of order</source>
        <translation>dòng %1 đứng sau dòng %2: các dòng của trang tính sai thứ tự</translation>
    </message>
    <message>
        <source>row %1: a cell lies beyond the sheet&apos;s last column (%2)</source>
        <translation>dòng %1: có ô nằm sau cột cuối cùng của trang tính (%2)</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a cell reference</source>
        <translation>dòng %1: &quot;%2&quot; không phải là địa chỉ ô</translation>
    </message>
    <message>
        <source>cell %1 lies beyond the sheet&apos;s last row (%2)</source>
        <translation>ô %1 nằm sau dòng cuối cùng của trang tính (%2)</translation>
    </message>
    <message>
        <source>cell %1 lies beyond the sheet&apos;s last column (%2)</source>
        <translation>ô %1 nằm sau cột cuối cùng của trang tính (%2)</translation>
    </message>
    <message>
        <source>cell %1 is written inside row %2</source>
        <translation>ô %1 lại được ghi trong dòng %2</translation>
    </message>
    <message>
        <source>cell %1 comes after cell %2: the cells of row %3 are out of order</source>
        <translation>ô %1 đứng sau ô %2: các ô của dòng %3 sai thứ tự</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not the number of a shared string</source>
        <translation>ô %1: &quot;%2&quot; không phải là số thứ tự của chuỗi dùng chung</translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist</source>
        <translation>ô %1: không có chuỗi dùng chung %2</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a number</source>
        <translation>ô %1: &quot;%2&quot; không phải là số</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a truth value (0 or 1)</source>
        <translation>ô %1: &quot;%2&quot; không phải là giá trị đúng/sai (0 hoặc 1)</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a type of cell</source>
        <translation>ô %1: &quot;%2&quot; không phải là kiểu ô hợp lệ</translation>
    </message>
    <message>
        <source>row %1: the sheet is too large to read (its rows by its columns A to %2 make more than %3 cells)</source>
        <translation>dòng %1: trang tính quá lớn, không đọc được (số dòng nhân với số cột từ A đến %2 vượt quá %3 ô)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its first sheet is not a worksheet</source>
        <translation>bảng tính bị hỏng: trang đầu tiên không phải là trang tính</translation>
    </message>
    <message>
        <source>cell %1: the text is longer than %2 characters, the most a cell holds</source>
        <translation>ô %1: văn bản dài hơn %2 ký tự, mức tối đa một ô chứa được</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>this is a workbook in the old Excel format (.xls); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>đây là bảng tính Excel định dạng cũ (.xls); hãy lưu thành bảng tính Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx)</source>
        <translation>tệp không phải là bảng tính Excel (.xlsx)</translation>
    </message>
</context>
<context>
    <name>ZipScanner</name>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>không phải tệp zip (quá ngắn)</translation>
    </message>
    <message>
        <source>the archive is larger than the limit</source>
        <translation>tệp nén vượt giới hạn dung lượng</translation>
    </message>
    <message>
        <source>not a zip archive, or one with a comment or trailing bytes</source>
        <translation>không phải tệp zip, hoặc có chú thích hay dữ liệu thừa ở cuối</translation>
    </message>
    <message>
        <source>archive comments are not allowed</source>
        <translation>không cho phép chú thích trong tệp nén</translation>
    </message>
    <message>
        <source>multi-disk archives are not allowed</source>
        <translation>không cho phép tệp nén nhiều phần</translation>
    </message>
    <message>
        <source>damaged zip64 end record</source>
        <translation>bản ghi kết thúc zip64 bị hỏng</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>tệp nén rỗng</translation>
    </message>
    <message>
        <source>the archive has %1 entries; at most %2 are allowed</source>
        <translation>tệp nén có %1 mục; tối đa %2 mục</translation>
    </message>
    <message>
        <source>the central directory is not where the end record says</source>
        <translation>thư mục trung tâm không ở vị trí bản ghi kết thúc ghi</translation>
    </message>
    <message>
        <source>the central directory is too large</source>
        <translation>thư mục trung tâm quá lớn</translation>
    </message>
    <message>
        <source>the central directory cannot be read</source>
        <translation>không đọc được thư mục trung tâm</translation>
    </message>
    <message>
        <source>damaged central directory</source>
        <translation>thư mục trung tâm bị hỏng</translation>
    </message>
    <message>
        <source>an entry name is not UTF-8 text</source>
        <translation>tên mục không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>damaged extra field in %1</source>
        <translation>trường mở rộng của %1 bị hỏng</translation>
    </message>
    <message>
        <source>damaged zip64 field in %1</source>
        <translation>trường zip64 của %1 bị hỏng</translation>
    </message>
    <message>
        <source>entry comments are not allowed (%1)</source>
        <translation>không cho phép chú thích của mục (%1)</translation>
    </message>
    <message>
        <source>encrypted entries are not allowed (%1)</source>
        <translation>không cho phép mục mã hóa (%1)</translation>
    </message>
    <message>
        <source>compression method %1 is not allowed (%2)</source>
        <translation>không cho phép phương thức nén %1 (%2)</translation>
    </message>
    <message>
        <source>symbolic links and directories are not allowed (%1)</source>
        <translation>không cho phép liên kết tượng trưng và thư mục (%1)</translation>
    </message>
    <message>
        <source>directories are not allowed (%1)</source>
        <translation>không cho phép thư mục (%1)</translation>
    </message>
    <message>
        <source>%1 is larger than the limit</source>
        <translation>%1 vượt giới hạn dung lượng</translation>
    </message>
    <message>
        <source>%1 expands more than a document can (a compression bomb?)</source>
        <translation>%1 giải nén lớn bất thường (bom nén?)</translation>
    </message>
    <message>
        <source>stored entry %1 has two different sizes</source>
        <translation>mục không nén %1 có hai kích thước khác nhau</translation>
    </message>
    <message>
        <source>the archive&apos;s content is larger than the limit</source>
        <translation>nội dung tệp nén vượt giới hạn</translation>
    </message>
    <message>
        <source>the local header of %1 is missing</source>
        <translation>thiếu tiêu đề cục bộ của %1</translation>
    </message>
    <message>
        <source>the local name of %1 differs from the directory&apos;s</source>
        <translation>tên cục bộ của %1 khác tên trong thư mục trung tâm</translation>
    </message>
    <message>
        <source>the local header of %1 differs from the directory&apos;s</source>
        <translation>tiêu đề cục bộ của %1 khác thư mục trung tâm</translation>
    </message>
    <message>
        <source>%1 runs into the central directory</source>
        <translation>%1 tràn vào thư mục trung tâm</translation>
    </message>
    <message>
        <source>bytes before the first entry are not allowed</source>
        <translation>không cho phép dữ liệu trước mục đầu tiên</translation>
    </message>
    <message>
        <source>entries %1 and %2 overlap</source>
        <translation>các mục %1 và %2 chồng lấn nhau</translation>
    </message>
    <message>
        <source>unexplained bytes between %1 and %2</source>
        <translation>dữ liệu lạ giữa %1 và %2</translation>
    </message>
    <message>
        <source>unexplained bytes before the central directory</source>
        <translation>dữ liệu lạ trước thư mục trung tâm</translation>
    </message>
</context>
<context>
    <name>parindex::Appraisal</name>
    <message>
        <source>give the appraiser&apos;s name</source>
        <translation>hãy nhập tên người thẩm định</translation>
    </message>
    <message>
        <source>the results of %1 are approved (decision %2 of %3); nothing can be changed</source>
        <translation>kết quả năm %1 đã được phê duyệt (quyết định số %2 ngày %3); không thể thay đổi gì nữa</translation>
    </message>
    <message>
        <source>criteria set %1 is for %2 and the group %3</source>
        <translation>bộ chỉ số %1 dành cho năm %2 và nhóm %3</translation>
    </message>
    <message>
        <source>the year&apos;s set for this group is already chosen; say why it changes</source>
        <translation>bộ chỉ số của năm cho nhóm này đã được chọn; hãy nêu lý do thay đổi</translation>
    </message>
    <message>
        <source>the deadline of this stage is already set (%1); say why it changes</source>
        <translation>hạn của giai đoạn này đã được đặt (%1); hãy nêu lý do thay đổi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no unit has the code %1</source>
        <translation>không có đơn vị mã %1</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>lưu trữ</translation>
    </message>
    <message>
        <source>year approved</source>
        <translation>năm đã được phê duyệt</translation>
    </message>
    <message>
        <source>the results of %1 were approved by decision %2 of %3</source>
        <translation>kết quả năm %1 đã được phê duyệt theo quyết định số %2 ngày %3</translation>
    </message>
    <message>
        <source>not the year&apos;s criteria set</source>
        <translation>không phải bộ chỉ số của năm</translation>
    </message>
    <message>
        <source>%1 is not the criteria set Sở Nội vụ chose for %2 in %3</source>
        <translation>%1 không phải bộ chỉ số Sở Nội vụ đã chọn cho %2 năm %3</translation>
    </message>
    <message>
        <source>appraisal under way</source>
        <translation>đang thẩm định</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>the self-assessment closed on %1</source>
        <translation>giai đoạn tự đánh giá đã kết thúc ngày %1</translation>
    </message>
    <message>
        <source>unknown feedback</source>
        <translation>kết quả thẩm định không xác định</translation>
    </message>
    <message>
        <source>it answers a feedback package Sở Nội vụ did not send to %1</source>
        <translation>gói này phản hồi một gói kết quả thẩm định mà Sở Nội vụ không gửi cho %1</translation>
    </message>
    <message>
        <source>round 2 of %1 is closed</source>
        <translation>vòng 2 của %1 đã đóng</translation>
    </message>
    <message>
        <source>the explanations closed on %1</source>
        <translation>giai đoạn giải trình đã kết thúc ngày %1</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>self-score changed</source>
        <translation>điểm tự đánh giá bị thay đổi</translation>
    </message>
    <message>
        <source>item %1: a response may explain and document, not change the self-score</source>
        <translation>tiêu chí %1: phản hồi giải trình chỉ được giải trình và bổ sung tài liệu, không được thay đổi điểm tự đánh giá</translation>
    </message>
    <message>
        <source>%1 is not a registered appraiser (register the working group&apos;s members first)</source>
        <translation>%1 không phải là người thẩm định đã đăng ký (hãy đăng ký các thành viên Tổ công tác trước)</translation>
    </message>
    <message>
        <source>the criteria set of %1 has no item %2 that the working group appraises</source>
        <translation>bộ chỉ số của %1 không có tiêu chí %2 do Tổ công tác thẩm định</translation>
    </message>
    <message>
        <source>item %1 is in area %2, which is not among %3&apos;s areas (%4)</source>
        <translation>tiêu chí %1 thuộc lĩnh vực %2, không nằm trong các lĩnh vực của %3 (%4)</translation>
    </message>
    <message>
        <source>explanations and evidence are requested in round 1; round 2 is the last</source>
        <translation>việc đề nghị giải trình và bổ sung tài liệu kiểm chứng thực hiện ở vòng 1; vòng 2 là vòng cuối cùng</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>say in the comment what the unit should explain or add</source>
        <translation>hãy ghi trong nhận xét nội dung đơn vị cần giải trình hoặc bổ sung</translation>
    </message>
    <message>
        <source>there are rounds 1 and 2</source>
        <translation>chỉ có vòng 1 và vòng 2</translation>
    </message>
    <message>
        <source>round 1 of %1 is already closed</source>
        <translation>vòng 1 của %1 đã đóng rồi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 are not yet appraised in round 1 (first: %2)</source>
        <translation>
            <numerusform>%n tiêu chí của %1 chưa được thẩm định ở vòng 1 (đầu tiên: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>round 2 of %1 is already closed</source>
        <translation>vòng 2 của %1 đã đóng rồi</translation>
    </message>
    <message>
        <source>round 2 of %1 follows round 1&apos;s feedback, which was not sent</source>
        <translation>vòng 2 của %1 diễn ra sau khi gửi kết quả thẩm định vòng 1, nhưng kết quả này chưa được gửi</translation>
    </message>
    <message>
        <source>say why the round is reopened</source>
        <translation>hãy nêu lý do mở lại vòng thẩm định</translation>
    </message>
    <message>
        <source>round %1 of %2 is open</source>
        <translation>vòng %1 của %2 đang mở</translation>
    </message>
    <message>
        <source>round 2 of %1 is closed; reopen round 2 first</source>
        <translation>vòng 2 của %1 đã đóng; hãy mở lại vòng 2 trước</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 items appraised</source>
        <translation>%1: %2, đã thẩm định %3/%4 tiêu chí</translation>
    </message>
    <message>
        <source>give the number of the decision, e.g. 123/QĐ-UBND</source>
        <translation>hãy nhập số quyết định, ví dụ 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>give the date of the decision</source>
        <translation>hãy nhập ngày quyết định</translation>
    </message>
    <message>
        <source>the votes in favour (%1) cannot exceed the council&apos;s members (%2)</source>
        <translation>số phiếu tán thành (%1) không được vượt quá số thành viên Hội đồng (%2)</translation>
    </message>
    <message>
        <source>the council decides by more than half of its members: %1 of %2 is not enough</source>
        <translation>Hội đồng quyết định khi có quá nửa số thành viên tán thành: %1/%2 là chưa đủ</translation>
    </message>
    <message>
        <source>nothing was received for %1</source>
        <translation>chưa nhận được hồ sơ nào năm %1</translation>
    </message>
    <message numerus="yes">
        <source>the appraisal of %n unit(s) is not finished: %1</source>
        <translation>
            <numerusform>chưa thẩm định xong %n đơn vị: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already registered as %2</source>
        <translation>%1 đã được đăng ký với tên %2</translation>
    </message>
    <message>
        <source>say why the areas change</source>
        <translation>hãy nêu lý do thay đổi lĩnh vực</translation>
    </message>
    <message>
        <source>a deadline of the %1 cycle falls in %1 to %2</source>
        <translation>hạn của kỳ đánh giá năm %1 phải nằm trong các năm %1 đến %2</translation>
    </message>
    <message>
        <source>the deadline of %1 (%2) must not come %3 that of %4 (%5)</source>
        <translation>hạn của %1 (%2) không được %3 hạn của %4 (%5)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>sớm hơn</translation>
    </message>
    <message>
        <source>after</source>
        <translation>muộn hơn</translation>
    </message>
    <message>
        <source>the appraisal of %1&apos;s version %2 has begun; only a response to its feedback is accepted now</source>
        <translation>việc thẩm định phiên bản %2 của %1 đã bắt đầu; từ nay chỉ nhận phản hồi giải trình theo kết quả thẩm định</translation>
    </message>
    <message>
        <source>round 1 of %1 was reopened; its new feedback comes first</source>
        <translation>vòng 1 của %1 đã được mở lại; cần chờ kết quả thẩm định mới</translation>
    </message>
    <message>
        <source>older feedback</source>
        <translation>kết quả thẩm định cũ hơn</translation>
    </message>
    <message>
        <source>it answers feedback %1; Sở Nội vụ has since sent feedback %2</source>
        <translation>gói này trả lời kết quả thẩm định số %1; Sở Nội vụ đã gửi kết quả thẩm định số %2 sau đó</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>không được đề nghị</translation>
    </message>
    <message>
        <source>item %1: Sở Nội vụ asked nothing about it; a response explains and documents the requested items only</source>
        <translation>tiêu chí %1: Sở Nội vụ không đề nghị gì; phản hồi chỉ giải trình và bổ sung tài liệu cho các tiêu chí được đề nghị</translation>
    </message>
    <message>
        <source>round 2 of %1 has begun (its response is in, or items were appraised again); round 1 can no longer be reopened</source>
        <translation>vòng 2 của %1 đã bắt đầu (đã nhận phản hồi, hoặc đã thẩm định lại một số tiêu chí); không thể mở lại vòng 1</translation>
    </message>
    <message>
        <source>%1 is in round 2 (%2); its next feedback is sent once round 2 is closed</source>
        <translation>%1 đang ở vòng 2 (%2); kết quả thẩm định tiếp theo được gửi sau khi đóng vòng 2</translation>
    </message>
    <message>
        <source>the decision&apos;s date, %1, must fall after %2 began and not in the future</source>
        <translation>ngày quyết định (%1) phải từ năm %2 trở đi và không được ở tương lai</translation>
    </message>
</context>
<context>
    <name>parindex::AssessmentEditor</name>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation>bộ chỉ số không có tiêu chí chấm điểm %1</translation>
    </message>
    <message>
        <source>item %1: say why it is not applicable</source>
        <translation>tiêu chí %1: cần nêu lý do không đánh giá</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Chấm điểm %1</translation>
    </message>
    <message>
        <source>the criteria set has no item %1</source>
        <translation>bộ chỉ số không có tiêu chí %1</translation>
    </message>
    <message>
        <source>Explanation of %1</source>
        <translation>Giải trình %1</translation>
    </message>
    <message>
        <source>Link document to %1</source>
        <translation>Gắn tài liệu với %1</translation>
    </message>
    <message>
        <source>Unlink document from %1</source>
        <translation>Bỏ gắn tài liệu khỏi %1</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Đính kèm %1 vào %2</translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>tài liệu không còn tồn tại</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>tài liệu cần có tên</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Thông tin của %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
</context>
<context>
    <name>parindex::Centre</name>
    <message>
        <source>%1 is a unit&apos;s data file; units are registered and ranked in the centre&apos;s file</source>
        <translation>%1 là tệp dữ liệu của đơn vị; việc đăng ký và xếp hạng đơn vị thực hiện trong tệp của Sở Nội vụ</translation>
    </message>
    <message>
        <source>no unit has the code %1</source>
        <translation>không có đơn vị mã %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>the centre&apos;s file is busy; try again</source>
        <translation>tệp của Sở Nội vụ đang bận; hãy thử lại</translation>
    </message>
    <message>
        <source>the criteria set of %1 for %2 cannot be read</source>
        <translation>không đọc được bộ chỉ số của %1 năm %2</translation>
    </message>
    <message>
        <source>choose a criteria set</source>
        <translation>hãy chọn bộ chỉ số</translation>
    </message>
    <message>
        <source>criteria set %1 is for the group %2, not %3</source>
        <translation>bộ chỉ số %1 dành cho nhóm %2, không phải %3</translation>
    </message>
    <message>
        <source>%1 already has results for %2 on another basis</source>
        <translation>%1 đã có kết quả năm %2 theo căn cứ khác</translation>
    </message>
    <message>
        <source>say why the version is withdrawn</source>
        <translation>hãy nêu lý do rút lại phiên bản</translation>
    </message>
    <message>
        <source>that version is not in the file</source>
        <translation>tệp không có phiên bản đó</translation>
    </message>
    <message>
        <source>the file holds %1 keys; a unit sends one public key per file</source>
        <translation>tệp chứa %1 khóa; mỗi tệp đơn vị gửi chỉ được chứa một khóa công khai</translation>
    </message>
    <message>
        <source>the unit is not registered</source>
        <translation>đơn vị chưa được đăng ký</translation>
    </message>
    <message>
        <source>the appraisal of %1&apos;s version %2 has begun; no version can be withdrawn now</source>
        <translation>việc thẩm định phiên bản %2 của %1 đã bắt đầu; không thể rút phiên bản nào nữa</translation>
    </message>
    <message>
        <source>no unit is named or coded &quot;%1&quot;</source>
        <translation>không có đơn vị nào có tên hoặc mã &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be a unit of %2: %3</source>
        <translation>%1 không thể là đơn vị của năm %2: %3</translation>
    </message>
    <message>
        <source>name at least one unit of %1 that %2 was formed from</source>
        <translation>hãy nêu ít nhất một đơn vị của năm %1 đã hợp thành %2</translation>
    </message>
    <message>
        <source>%1 is compared with its own results of %2 without a mapping</source>
        <translation>%1 được so sánh với chính kết quả năm %2 của đơn vị mà không cần đối chiếu</translation>
    </message>
    <message>
        <source>%1 (%2) already has its results on line %3</source>
        <translation>%1 (%2) đã có kết quả ở dòng %3</translation>
    </message>
    <message>
        <source>unit %1 is in group %2, not %3</source>
        <translation>đơn vị %1 thuộc nhóm %2, không phải nhóm %3</translation>
    </message>
    <message>
        <source>unit %1 already has a scored assessment for %2</source>
        <translation>đơn vị %1 đã có kết quả chấm điểm năm %2</translation>
    </message>
    <message>
        <source>no unit is named &quot;%1&quot;, and its code %2 belongs to another unit</source>
        <translation>không có đơn vị nào tên &quot;%1&quot;, còn mã %2 tạo từ tên này đã thuộc về đơn vị khác</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be registered with the code %2, like the unit on line %3</source>
        <translation>&quot;%1&quot; sẽ được đăng ký với mã %2, trùng với đơn vị ở dòng %3</translation>
    </message>
</context>
<context>
    <name>parindex::Survey</name>
    <message>
        <source>the council approved the %1 results (%2); the survey can no longer change</source>
        <translation>kết quả năm %1 đã được Hội đồng thẩm định phê duyệt (%2); không thể thay đổi kết quả điều tra nữa</translation>
    </message>
</context>
<context>
    <name>parindex::UnitAssessment</name>
    <message>
        <source>choose a criteria set</source>
        <translation>hãy chọn bộ chỉ số</translation>
    </message>
    <message>
        <source>criteria set %1 is for %2, not %3</source>
        <translation>bộ chỉ số %1 dùng cho năm %2, không phải năm %3</translation>
    </message>
    <message>
        <source>criteria set %1 is for the group %2, not %3</source>
        <translation>bộ chỉ số %1 dành cho nhóm %2, không phải %3</translation>
    </message>
    <message>
        <source>%1 is a centre&apos;s data file, not a unit&apos;s</source>
        <translation>%1 là tệp dữ liệu của Sở Nội vụ, không phải của đơn vị</translation>
    </message>
    <message>
        <source>%1 does not hold exactly one unit</source>
        <translation>%1 không chứa đúng một đơn vị</translation>
    </message>
    <message>
        <source>%1 holds no assessment</source>
        <translation>%1 chưa có bản đánh giá nào</translation>
    </message>
    <message>
        <source>%1 holds no scored assessment</source>
        <translation>%1 không có bản tự chấm điểm</translation>
    </message>
    <message>
        <source>the criteria set stored in %1 cannot be read</source>
        <translation>không đọc được bộ chỉ số lưu trong %1</translation>
    </message>
    <message>
        <source>the self-assessment closed on %1; it can no longer be changed</source>
        <translation>thời hạn tự đánh giá đã kết thúc lúc %1; không thể sửa nữa</translation>
    </message>
    <message>
        <source>the criteria set has no item %1</source>
        <translation>bộ chỉ số không có tiêu chí %1</translation>
    </message>
    <message>
        <source>a unit needs a code</source>
        <translation>đơn vị cần có mã</translation>
    </message>
    <message>
        <source>this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be changed in it</source>
        <translation>đây là bản sao chỉ đọc của %1 lấy lúc %2, khi tệp đang mở ở nơi khác; không thể thay đổi gì trong đó</translation>
    </message>
    <message>
        <source>another export started meanwhile; export again</source>
        <translation>trong lúc đó đã có một lần xuất khác bắt đầu; hãy xuất lại</translation>
    </message>
    <message>
        <source>version %1 was signed but could not be put at %2 (%3); export again, it will be version %4</source>
        <translation>phiên bản %1 đã được ký nhưng không đặt được vào %2 (%3); hãy xuất lại, gói mới sẽ là phiên bản %4</translation>
    </message>
    <message>
        <source>the feedback stored in this file cannot be read: %1</source>
        <translation>không đọc được kết quả thẩm định lưu trong tệp này: %1</translation>
    </message>
    <message>
        <source>Sở Nội vụ did not ask about item %1; after its feedback only the requested items take explanations and evidence</source>
        <translation>Sở Nội vụ không đề nghị đối với tiêu chí %1; sau khi có kết quả thẩm định, chỉ các tiêu chí được đề nghị mới được giải trình và bổ sung tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>the self-scores are locked: Sở Nội vụ has appraised them; explain and document the requested items instead</source>
        <translation>điểm tự đánh giá đã bị khóa do Sở Nội vụ đã thẩm định; hãy giải trình và bổ sung tài liệu kiểm chứng cho các tiêu chí được đề nghị</translation>
    </message>
    <message>
        <source>the self-assessment report is locked: Sở Nội vụ has appraised it</source>
        <translation>báo cáo tự đánh giá đã bị khóa do Sở Nội vụ đã thẩm định</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s round-2 appraisal is final; nothing more can be sent</source>
        <translation>kết quả thẩm định vòng 2 của Sở Nội vụ là kết quả cuối cùng; không thể gửi thêm gì</translation>
    </message>
    <message>
        <source>the response to Sở Nội vụ&apos;s feedback closed on %1</source>
        <translation>hạn phản hồi giải trình đối với kết quả thẩm định của Sở Nội vụ đã kết thúc ngày %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ đọc</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>lưu trữ</translation>
    </message>
    <message>
        <source>no centre key</source>
        <translation>chưa có khóa của Sở Nội vụ</translation>
    </message>
    <message>
        <source>enrol Sở Nội vụ&apos;s public key first (its fingerprint is in the year&apos;s guidance document)</source>
        <translation>hãy ghi nhận khóa công khai của Sở Nội vụ trước (dấu vân tay khóa có trong văn bản hướng dẫn của năm)</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>đơn vị khác</translation>
    </message>
    <message>
        <source>the feedback is for %1, not %2</source>
        <translation>kết quả thẩm định dành cho %1, không phải %2</translation>
    </message>
    <message>
        <source>another year or criteria set</source>
        <translation>năm hoặc bộ chỉ số khác</translation>
    </message>
    <message>
        <source>the feedback is for %1 on the set %2</source>
        <translation>kết quả thẩm định dành cho năm %1 theo bộ chỉ số %2</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>the criteria set has no appraised item %1</source>
        <translation>bộ chỉ số không có tiêu chí thẩm định %1</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>item %1: the points do not follow from the appraisal</source>
        <translation>tiêu chí %1: điểm không khớp với kết quả thẩm định</translation>
    </message>
    <message>
        <source>the feedback appraises version %1, which this file never exported</source>
        <translation>kết quả thẩm định dựa trên phiên bản %1, phiên bản mà tệp này chưa từng xuất</translation>
    </message>
    <message>
        <source>older feedback</source>
        <translation>kết quả thẩm định cũ hơn</translation>
    </message>
    <message>
        <source>older than the feedback %1 already imported</source>
        <translation>cũ hơn kết quả thẩm định số %1 đã nhập</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>trùng số thứ tự</translation>
    </message>
    <message>
        <source>another feedback was imported as number %1</source>
        <translation>đã nhập một kết quả thẩm định khác với số %1</translation>
    </message>
    <message>
        <source>the criteria set has no scored item %1</source>
        <translation>bộ chỉ số không có tiêu chí chấm điểm %1</translation>
    </message>
    <message>
        <source>item %1: the appraised version&apos;s score breaks its rule</source>
        <translation>tiêu chí %1: điểm của phiên bản được thẩm định không đúng quy tắc chấm</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AnalysisPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest criteria&lt;/b&gt; (group average)</source>
        <translation>&lt;b&gt;Tiêu chí yếu nhất&lt;/b&gt; (chỉ số trung bình của nhóm)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items the appraisal cut most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiêu chí bị hạ điểm nhiều nhất khi thẩm định&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalItemPane</name>
    <message>
        <source>Write in the comment what the unit should explain or add; the request is saved with it.</source>
        <translation>Hãy ghi trong nhận xét nội dung đơn vị cần giải trình hoặc bổ sung; đề nghị được lưu cùng nhận xét.</translation>
    </message>
    <message>
        <source>Item %1 was not saved: %2</source>
        <translation>Chưa lưu được tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment (version %1)</source>
        <translation>Bản tự đánh giá của đơn vị (phiên bản %1)</translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessment</source>
        <translation>Bản tự đánh giá của đơn vị</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Vòng 1</translation>
    </message>
    <message>
        <source>Open (read only)</source>
        <translation>Mở (chỉ đọc)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu nội dung</translation>
    </message>
    <message>
        <source>Ask the unit:</source>
        <translation>Yêu cầu đối với đơn vị:</translation>
    </message>
    <message>
        <source>Comment for the unit (sent with the feedback)</source>
        <translation>Nhận xét gửi đơn vị (gửi kèm kết quả thẩm định)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Request an explanation</source>
        <translation>Đề nghị giải trình</translation>
    </message>
    <message>
        <source>Request evidence</source>
        <translation>Đề nghị bổ sung tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Choose an item in the tree.</source>
        <translation>Chọn một tiêu chí trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Hãy chọn một đơn vị.</translation>
    </message>
    <message>
        <source>Max %1 points</source>
        <translation>Tối đa %1 điểm</translation>
    </message>
    <message>
        <source>Max %1 points · scored through the sociological survey, not appraised here.</source>
        <translation>Tối đa %1 điểm · chấm qua điều tra xã hội học, không thẩm định tại đây.</translation>
    </message>
    <message>
        <source>self %1</source>
        <translation>tự chấm %1</translation>
    </message>
    <message>
        <source>final %1</source>
        <translation>kết quả %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Điểm:&lt;/b&gt; %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>không có điểm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explanation:&lt;/b&gt; &lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;b&gt;Giải trình:&lt;/b&gt; &lt;i&gt;không có&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explanation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Giải trình:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; not scored by the unit</source>
        <translation>&lt;b&gt;Điểm:&lt;/b&gt; đơn vị chưa tự chấm</translation>
    </message>
    <message>
        <source>✓ Answered in the unit&apos;s response to the feedback.</source>
        <translation>✓ Đã trả lời trong phản hồi giải trình của đơn vị.</translation>
    </message>
    <message>
        <source>✎ Changed since the unit&apos;s previous version.</source>
        <translation>✎ Đã thay đổi so với phiên bản trước của đơn vị.</translation>
    </message>
    <message>
        <source>No evidence for this item.</source>
        <translation>Tiêu chí này không có tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Comment:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Nhận xét:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Asked:&lt;/i&gt; %1 — %2</source>
        <translation>&lt;i&gt;Yêu cầu đối với đơn vị:&lt;/i&gt; %1 — %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>Appraisal — round %1</source>
        <translation>Thẩm định — vòng %1</translation>
    </message>
    <message>
        <source>Appraisal — round %1 (read only)</source>
        <translation>Thẩm định — vòng %1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Appraised by %1 on %2.</source>
        <translation>%1 thẩm định lúc %2.</translation>
    </message>
    <message>
        <source>Not yet appraised in round 1: the unit&apos;s score is shown.</source>
        <translation>Chưa thẩm định ở vòng 1: đang hiển thị điểm của đơn vị.</translation>
    </message>
    <message>
        <source>Not yet appraised in round 2: round 1&apos;s decision is shown.</source>
        <translation>Chưa thẩm định ở vòng 2: đang hiển thị kết quả vòng 1.</translation>
    </message>
    <message>
        <source>Not appraised in round %1.</source>
        <translation>Chưa thẩm định ở vòng %1.</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Tệp: %2</translation>
    </message>
    <message>
        <source>Keep round 1, next (Ctrl+Enter)</source>
        <translation>Giữ vòng 1, tiếp (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Accept, next (Ctrl+Enter)</source>
        <translation>Chấp nhận, tiếp (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep round 1&apos;s decision for this item and go to the next one</source>
        <translation>Giữ kết quả vòng 1 cho tiêu chí này và chuyển sang tiêu chí tiếp theo</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s own score for this item and go to the next one</source>
        <translation>Chấp nhận điểm đơn vị tự chấm cho tiêu chí này và chuyển sang tiêu chí tiếp theo</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang thẩm định?</translation>
    </message>
    <message>
        <source>Start appraising</source>
        <translation>Bắt đầu thẩm định</translation>
    </message>
    <message>
        <source>No appraiser is registered yet: add the members of the working group first.</source>
        <translation>Chưa có người thẩm định nào được đăng ký: hãy thêm các thành viên Tổ công tác trước.</translation>
    </message>
    <message>
        <source>Year plan and appraisers…</source>
        <translation>Kế hoạch năm và người thẩm định…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Search a unit…</source>
        <translation>Tìm đơn vị…</translation>
    </message>
    <message>
        <source>Search code or content…</source>
        <translation>Tìm theo mã hoặc nội dung…</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s score and go to the next item</source>
        <translation>Chấp nhận điểm của đơn vị và chuyển sang tiêu chí tiếp theo</translation>
    </message>
    <message>
        <source>Accept all remaining…</source>
        <translation>Chấp nhận tất cả tiêu chí còn lại…</translation>
    </message>
    <message>
        <source>Appraise every item not yet appraised in this round: round 1 takes the unit&apos;s score, round 2 keeps round 1&apos;s decision.</source>
        <translation>Thẩm định mọi tiêu chí chưa thẩm định trong vòng này: vòng 1 lấy điểm của đơn vị, vòng 2 giữ kết quả vòng 1.</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Đóng vòng</translation>
    </message>
    <message>
        <source>Reopen round…</source>
        <translation>Mở lại vòng…</translation>
    </message>
    <message>
        <source>Export feedback…</source>
        <translation>Xuất kết quả thẩm định…</translation>
    </message>
    <message>
        <source>The signed feedback package for the unit: the points, comments and requests of its last closed round.</source>
        <translation>Gói kết quả thẩm định có chữ ký gửi đơn vị: điểm, nhận xét và đề nghị của vòng gần nhất đã đóng.</translation>
    </message>
    <message>
        <source>✎ changed by the unit since its previous version   ? explanation or evidence requested   ✓ answered   bold orange: final points differ from the unit&apos;s</source>
        <translation>✎ đơn vị đã thay đổi so với phiên bản trước   ? có đề nghị giải trình hoặc bổ sung tài liệu kiểm chứng   ✓ đã trả lời   chữ đậm màu cam: điểm cuối cùng khác điểm của đơn vị</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả tiêu chí</translation>
    </message>
    <message>
        <source>Not yet appraised</source>
        <translation>Chưa thẩm định</translation>
    </message>
    <message>
        <source>Differs from the unit&apos;s score</source>
        <translation>Khác điểm của đơn vị</translation>
    </message>
    <message>
        <source>Changed by the unit</source>
        <translation>Đơn vị đã thay đổi</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Có đề nghị</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Appraiser: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Người thẩm định: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Say who is working first (at the top of the Appraisal tab).</source>
        <translation>Hãy chọn người thẩm định trước (ở đầu thẻ Thẩm định).</translation>
    </message>
    <message>
        <source>%1 units: %2 received, %3 appraised.</source>
        <translation>%1 đơn vị: đã nhận %2, đã thẩm định %3.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Hãy chọn một đơn vị.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>lần gửi %1</translation>
    </message>
    <message>
        <source>self %1</source>
        <translation>tự chấm %1</translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation>thẩm định %1</translation>
    </message>
    <message>
        <source>Close round 2</source>
        <translation>Đóng vòng 2</translation>
    </message>
    <message>
        <source>Close round 1</source>
        <translation>Đóng vòng 1</translation>
    </message>
    <message>
        <source>Every item of %1 is appraised in round %2. Close the round when the working group agrees.</source>
        <translation>Mọi tiêu chí của %1 đã được thẩm định ở vòng %2. Hãy đóng vòng khi Tổ công tác đã thống nhất.</translation>
    </message>
    <message numerus="yes">
        <source>That was the last item shown; %n item(s) are still to appraise.</source>
        <translation>
            <numerusform>Đó là tiêu chí cuối cùng đang hiển thị; còn %n tiêu chí chưa thẩm định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item of %1 is already appraised in this round.</source>
        <translation>Mọi tiêu chí của %1 đã được thẩm định trong vòng này.</translation>
    </message>
    <message>
        <source>Accept all remaining items?</source>
        <translation>Chấp nhận tất cả tiêu chí còn lại?</translation>
    </message>
    <message numerus="yes">
        <source>Keep round 1&apos;s decision for the %n item(s) of %1 not yet appraised in round 2?</source>
        <translation>
            <numerusform>Giữ kết quả vòng 1 cho %n tiêu chí của %1 chưa thẩm định ở vòng 2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the unit&apos;s own score for the %n item(s) of %1 not yet appraised in round 1? Items the unit did not score are appraised at 0.</source>
        <translation>
            <numerusform>Chấp nhận điểm tự đánh giá của đơn vị cho %n tiêu chí của %1 chưa thẩm định ở vòng 1? Các tiêu chí đơn vị chưa tự chấm sẽ được thẩm định 0 điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted: %1</source>
        <translation>Không chấp nhận được tiêu chí nào: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 appraised.</source>
        <translation>
            <numerusform>Đã thẩm định %n tiêu chí của %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close round %1 for %2? Its points can then only be changed by reopening the round, with a reason that is kept in the audit log.</source>
        <translation>Đóng vòng %1 của %2? Sau đó chỉ có thể thay đổi điểm bằng cách mở lại vòng, kèm lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not yet appraised in this round.</source>
        <translation>
            <numerusform>Còn %n tiêu chí chưa thẩm định trong vòng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Đóng vòng</translation>
    </message>
    <message>
        <source>The round was not closed: %1</source>
        <translation>Chưa đóng được vòng: %1</translation>
    </message>
    <message>
        <source>Round 1 closed for %1. Export its feedback for the unit.</source>
        <translation>Đã đóng vòng 1 của %1. Hãy xuất kết quả thẩm định gửi đơn vị.</translation>
    </message>
    <message>
        <source>Round 2 closed for %1: its appraisal is complete.</source>
        <translation>Đã đóng vòng 2 của %1: việc thẩm định đã hoàn thành.</translation>
    </message>
    <message>
        <source>Reopen round %1</source>
        <translation>Mở lại vòng %1</translation>
    </message>
    <message>
        <source>Why is round %1 of %2 reopened? The reason is kept in the audit log.</source>
        <translation>Vì sao mở lại vòng %1 của %2? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The round was not reopened: %1</source>
        <translation>Chưa mở lại được vòng: %1</translation>
    </message>
    <message>
        <source>Round %1 of %2 reopened.</source>
        <translation>Đã mở lại vòng %1 của %2.</translation>
    </message>
    <message>
        <source>The centre has no signing key yet: create it on the Centre key tab, and give its public key to the units.</source>
        <translation>Sở Nội vụ chưa có khóa ký: hãy tạo khóa ở thẻ Khóa của Sở Nội vụ và gửi khóa công khai cho các đơn vị.</translation>
    </message>
    <message>
        <source>Sign the feedback</source>
        <translation>Ký kết quả thẩm định</translation>
    </message>
    <message>
        <source>Exporting the feedback closes round 1 for %1: its points can then only be changed by reopening the round with a reason.</source>
        <translation>Xuất kết quả thẩm định sẽ đóng vòng 1 của %1: sau đó chỉ có thể thay đổi điểm bằng cách mở lại vòng, kèm lý do.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not yet appraised.</source>
        <translation>
            <numerusform>Còn %n tiêu chí chưa thẩm định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close round 1 and export?</source>
        <translation>Đóng vòng 1 và xuất kết quả?</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>Tiếp tục?</translation>
    </message>
    <message>
        <source>Export the feedback for %1</source>
        <translation>Xuất kết quả thẩm định cho %1</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Gói hồ sơ (*.zip)</translation>
    </message>
    <message>
        <source>The feedback for %1 is signed with the centre&apos;s key. Enter its passphrase.</source>
        <translation>Kết quả thẩm định cho %1 được ký bằng khóa của Sở Nội vụ. Hãy nhập mật khẩu của khóa.</translation>
    </message>
    <message>
        <source>The feedback was not written: %1</source>
        <translation>Chưa ghi được kết quả thẩm định: %1</translation>
    </message>
    <message>
        <source>Feedback for %1 (round %2, number %3) written to %4. Send it to the unit.</source>
        <translation>Đã ghi kết quả thẩm định cho %1 (vòng %2, số %3) vào %4. Hãy gửi cho đơn vị.</translation>
    </message>
    <message>
        <source>Export the feedback of every unit into a folder</source>
        <translation>Xuất kết quả thẩm định của mọi đơn vị vào một thư mục</translation>
    </message>
    <message>
        <source>Every unit whose round is closed gets its feedback, signed with the centre&apos;s key. Enter its passphrase.</source>
        <translation>Mọi đơn vị có vòng thẩm định đã đóng sẽ nhận kết quả thẩm định, ký bằng khóa của Sở Nội vụ. Hãy nhập mật khẩu của khóa.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback package(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n gói kết quả thẩm định vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation>Chưa sẵn sàng: %1.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AppraisalTreeModel</name>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation>%1 (tối đa %2)</translation>
    </message>
    <message>
        <source>✎ The unit changed this item since its previous version.</source>
        <translation>✎ Đơn vị đã thay đổi tiêu chí này so với phiên bản trước.</translation>
    </message>
    <message>
        <source>? Round 1 asked for an explanation.</source>
        <translation>? Vòng 1 đã đề nghị giải trình.</translation>
    </message>
    <message>
        <source>? Round 1 asked for evidence.</source>
        <translation>? Vòng 1 đã đề nghị bổ sung tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>✓ The unit answered in its response.</source>
        <translation>✓ Đơn vị đã trả lời trong phản hồi giải trình.</translation>
    </message>
    <message>
        <source>The final points differ from the self-score.</source>
        <translation>Điểm cuối cùng khác điểm tự đánh giá.</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>điều tra XHH</translation>
    </message>
    <message>
        <source>The unit&apos;s own points, as submitted</source>
        <translation>Điểm đơn vị tự chấm, như đã gửi</translation>
    </message>
    <message>
        <source>Round 2 where given, else round 1, else the unit&apos;s own</source>
        <translation>Điểm vòng 2 nếu có, nếu không thì vòng 1, nếu không thì điểm tự chấm của đơn vị</translation>
    </message>
    <message>
        <source>✎ changed by the unit since its previous version · ? explanation or evidence requested · ✓ answered in the unit&apos;s response</source>
        <translation>✎ đơn vị đã thay đổi so với phiên bản trước · ? có đề nghị giải trình hoặc bổ sung tài liệu kiểm chứng · ✓ đã trả lời trong phản hồi giải trình của đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Vòng 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Vòng 2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Đánh dấu</translation>
    </message>
</context>
<context>
    <name>parindex::ui::ApprovalDialog</name>
    <message>
        <source>Approve the results of %1</source>
        <translation>Phê duyệt kết quả năm %1</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation>ví dụ 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>The appraisal council (Hội đồng thẩm định) approves the appraised points of every unit together with the survey results, by more than half of its members. After this, the year&apos;s appraisal is read-only and the results are final.</source>
        <translation>Hội đồng thẩm định phê duyệt điểm thẩm định của tất cả các đơn vị cùng với kết quả điều tra xã hội học, khi có quá nửa số thành viên tán thành. Sau đó, kết quả thẩm định của năm chỉ có thể xem và là kết quả chính thức.</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Council members:</source>
        <translation>Số thành viên Hội đồng:</translation>
    </message>
    <message>
        <source>Votes in favour:</source>
        <translation>Số phiếu tán thành:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Give the number of the decision.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AreaBreakdownModel</name>
    <message>
        <source>Bonus points (capped at %1)</source>
        <translation>Điểm thưởng (tối đa %1)</translation>
    </message>
    <message>
        <source>Penalty points (capped at %1)</source>
        <translation>Điểm trừ (tối đa %1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Total (imported result, no breakdown by area)</source>
        <translation>Tổng (kết quả nhập từ bảng tổng hợp, không có chi tiết theo lĩnh vực)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
</context>
<context>
    <name>parindex::ui::AssessmentPage</name>
    <message>
        <source>All items</source>
        <translation>Tất cả tiêu chí</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>Thiếu tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <source>Search code or content…</source>
        <translation>Tìm theo mã hoặc nội dung…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Difficulties and obstacles (Khó khăn, vướng mắc):</source>
        <translation>Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <source>Proposals and recommendations (Đề xuất, kiến nghị):</source>
        <translation>Đề xuất, kiến nghị:</translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>No problems: ready to submit.</source>
        <translation>Không có lỗi: sẵn sàng gửi.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right before submitting:</source>
        <translation>
            <numerusform>%n lỗi cần khắc phục trước khi gửi:</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-assessment closed on %1. It can be read and printed but no longer changed.</source>
        <translation>Thời hạn tự đánh giá đã kết thúc lúc %1. Có thể xem và in nhưng không sửa được nữa.</translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation>Đính kèm tài liệu kiểm chứng cho %1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff *.zip);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff *.zip);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Copying %1 into the evidence store…</source>
        <translation>Đang sao chép %1 vào kho tài liệu kiểm chứng…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached to %1. Add the number (số/ký hiệu) and date of each in the evidence list.</source>
        <translation>
            <numerusform>Đã đính kèm %n tài liệu cho %1. Hãy bổ sung số, ký hiệu và ngày ban hành của từng tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 with the system viewer.</source>
        <translation>Không mở được %1 bằng chương trình xem của hệ thống.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Choose the item the documents support first.</source>
        <translation>Hãy chọn tiêu chí mà tài liệu chứng minh trước.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · criteria set %3&lt;br/&gt;Self-assessed total: &lt;b&gt;%4&lt;/b&gt; of the %5 points the unit scores (&lt;b&gt;%6%&lt;/b&gt;); the %7 survey points are added by Sở Nội vụ.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · năm %2 · bộ chỉ số %3&lt;br/&gt;Tổng điểm tự đánh giá: &lt;b&gt;%4&lt;/b&gt; / %5 điểm đơn vị tự chấm (&lt;b&gt;%6%&lt;/b&gt;); %7 điểm điều tra xã hội học do Sở Nội vụ bổ sung.</translation>
    </message>
    <message>
        <source>Self-assessed %1 of %2 (%3%)</source>
        <translation>Tự chấm %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Copying documents into the evidence store…</source>
        <translation>Đang sao chép tài liệu vào kho tài liệu kiểm chứng…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Chưa đính kèm được: %1</translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing was added.</source>
        <translation>Đã hủy đính kèm; không thêm tài liệu nào.</translation>
    </message>
    <message>
        <source>A read-only copy of %1 as it was at opening: the file is open elsewhere. It can be read and printed; nothing changed here is saved.</source>
        <translation>Bản sao chỉ đọc của %1 tại thời điểm mở: tệp đang được mở ở nơi khác. Có thể xem và in; mọi thay đổi ở đây không được lưu.</translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ (final, round 2): &lt;b&gt;%1&lt;/b&gt; points.</source>
        <translation>Sở Nội vụ thẩm định (kết quả cuối cùng, vòng 2): &lt;b&gt;%1&lt;/b&gt; điểm.</translation>
    </message>
    <message>
        <source>Appraised by Sở Nội vụ in round 1: &lt;b&gt;%1&lt;/b&gt; points.</source>
        <translation>Sở Nội vụ thẩm định vòng 1: &lt;b&gt;%1&lt;/b&gt; điểm.</translation>
    </message>
    <message>
        <source>Requested by Sở Nội vụ</source>
        <translation>Sở Nội vụ đề nghị</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s appraisal, round %1 (feedback no. %2 of %3).</source>
        <translation>Kết quả thẩm định của Sở Nội vụ, vòng %1 (kết quả thẩm định số %2, lập lúc %3).</translation>
    </message>
    <message>
        <source>These are the final appraised points: nothing more can be sent for this year.</source>
        <translation>Đây là điểm thẩm định cuối cùng: không thể gửi thêm gì cho năm này.</translation>
    </message>
    <message>
        <source>The response closed on %1: explanations and evidence can no longer be sent.</source>
        <translation>Hạn phản hồi giải trình đã kết thúc ngày %1: không thể gửi giải trình và tài liệu kiểm chứng nữa.</translation>
    </message>
    <message>
        <source>Nothing is requested: the self-scores are locked and no response is needed.</source>
        <translation>Không có đề nghị nào: điểm tự đánh giá đã bị khóa và không cần phản hồi giải trình.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>chậm nhất ngày %1</translation>
    </message>
    <message>
        <source>as soon as you can</source>
        <translation>càng sớm càng tốt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your explanation or evidence (highlighted; filter &quot;Requested by Sở Nội vụ&quot;). Answer them, then send the response with Submission → Export signed package, %1. The self-scores are locked.</source>
        <translation>
            <numerusform>%n tiêu chí cần đơn vị giải trình hoặc bổ sung tài liệu kiểm chứng (được tô sáng; bộ lọc &quot;Sở Nội vụ đề nghị&quot;). Hãy trả lời, rồi gửi phản hồi giải trình bằng Gửi hồ sơ → Xuất gói hồ sơ có chữ ký, %1. Điểm tự đánh giá đã bị khóa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parindex::ui::AssessmentTreeModel</name>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation>%1 (tối đa %2)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>đã chấm</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation>thiếu tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>by survey</source>
        <translation>điều tra XHH</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>đã chấm %1/%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>reason missing</source>
        <translation>thiếu lý do</translation>
    </message>
    <message>
        <source>explained, no evidence</source>
        <translation>đã giải trình, chưa có tài liệu</translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for an explanation.</source>
        <translation>Sở Nội vụ đề nghị giải trình.</translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for evidence.</source>
        <translation>Sở Nội vụ đề nghị bổ sung tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Vòng 1</translation>
    </message>
    <message>
        <source>Round 2 (final)</source>
        <translation>Vòng 2 (cuối cùng)</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s comment</source>
        <translation>Nhận xét của Sở Nội vụ</translation>
    </message>
</context>
<context>
    <name>parindex::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>parindex::ui::CentreKeyPage</name>
    <message>
        <source>The centre&apos;s signing key</source>
        <translation>Khóa ký của Sở Nội vụ</translation>
    </message>
    <message>
        <source>The key signs the feedback sent to the units. Print this fingerprint in the year&apos;s guidance document and give the units the public key file: each unit enrols it once (Submission → Enrol Sở Nội vụ&apos;s key), after comparing the fingerprint group by group.</source>
        <translation>Khóa dùng để ký kết quả thẩm định gửi các đơn vị. Hãy in dấu vân tay khóa này trong văn bản hướng dẫn của năm và gửi tệp khóa công khai cho các đơn vị: mỗi đơn vị ghi nhận khóa một lần (Gửi hồ sơ → Ghi nhận khóa của Sở Nội vụ), sau khi đối chiếu từng nhóm ký tự của dấu vân tay khóa.</translation>
    </message>
    <message>
        <source>Create the centre&apos;s key before sending feedback to the units. It is kept in this file, encrypted with a passphrase; the units enrol its public key once.</source>
        <translation>Hãy tạo khóa của Sở Nội vụ trước khi gửi kết quả thẩm định cho các đơn vị. Khóa được lưu trong tệp này, mã hóa bằng mật khẩu; các đơn vị ghi nhận khóa công khai một lần.</translation>
    </message>
    <message>
        <source>Replace the centre&apos;s key?</source>
        <translation>Thay khóa của Sở Nội vụ?</translation>
    </message>
    <message>
        <source>The centre already has a signing key:

%1

The units accept feedback signed with a new key only after they have enrolled it: every unit must receive the new public key and its fingerprint again. The current key is kept in the file&apos;s history.

Create a new key anyway?</source>
        <translation>Sở Nội vụ đã có khóa ký:

%1

Các đơn vị chỉ chấp nhận kết quả thẩm định ký bằng khóa mới sau khi đã ghi nhận khóa đó: mọi đơn vị phải nhận lại khóa công khai mới và dấu vân tay khóa. Khóa hiện tại vẫn được lưu trong lịch sử của tệp.

Vẫn tạo khóa mới?</translation>
    </message>
    <message>
        <source>Create the centre&apos;s signing key</source>
        <translation>Tạo khóa ký của Sở Nội vụ</translation>
    </message>
    <message>
        <source>The key signs the feedback packages sent to the units. It is kept in this file, encrypted with the passphrase: keep the passphrase safe, it cannot be recovered.</source>
        <translation>Khóa dùng để ký các gói kết quả thẩm định gửi các đơn vị. Khóa được lưu trong tệp này, mã hóa bằng mật khẩu: hãy giữ mật khẩu cẩn thận, không thể khôi phục.</translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation>Chưa tạo được khóa: %1</translation>
    </message>
    <message>
        <source>The centre&apos;s signing key is created. Its fingerprint, for the year&apos;s guidance: %1</source>
        <translation>Đã tạo khóa ký của Sở Nội vụ. Dấu vân tay khóa, để ghi vào văn bản hướng dẫn của năm: %1</translation>
    </message>
    <message>
        <source>Create the centre&apos;s signing key first.</source>
        <translation>Hãy tạo khóa ký của Sở Nội vụ trước.</translation>
    </message>
    <message>
        <source>Save the centre&apos;s public key for the units</source>
        <translation>Lưu khóa công khai của Sở Nội vụ để gửi các đơn vị</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Khóa công khai (*.pub)</translation>
    </message>
    <message>
        <source>The public key was not saved: %1</source>
        <translation>Chưa lưu được khóa công khai: %1</translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint, for the year&apos;s guidance: %2</source>
        <translation>Đã lưu khóa công khai vào %1. Dấu vân tay khóa, để ghi vào văn bản hướng dẫn của năm: %2</translation>
    </message>
    <message>
        <source>Fingerprint copied: %1</source>
        <translation>Đã sao chép dấu vân tay: %1</translation>
    </message>
</context>
<context>
    <name>parindex::ui::CentreWorkspace</name>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Hồ sơ đã nhận</translation>
    </message>
    <message>
        <source>Units and keys</source>
        <translation>Đơn vị và khóa</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Hồ sơ nhận</translation>
    </message>
    <message>
        <source>&amp;Register a unit…</source>
        <translation>Đăng &amp;ký đơn vị…</translation>
    </message>
    <message>
        <source>Import a &amp;list of units…</source>
        <translation>Nhập &amp;danh sách đơn vị…</translation>
    </message>
    <message>
        <source>Import &amp;packages…</source>
        <translation>Nhập &amp;gói hồ sơ…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of packages…</source>
        <translation>Nhập cả &amp;thư mục gói hồ sơ…</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Year plan</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <source>Centre key</source>
        <translation>Khóa của Sở Nội vụ</translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation>&amp;Thẩm định</translation>
    </message>
    <message>
        <source>Accept all &amp;remaining items…</source>
        <translation>Chấp nhận tất cả tiêu chí &amp;còn lại…</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>Đó&amp;ng vòng</translation>
    </message>
    <message>
        <source>Re&amp;open a round…</source>
        <translation>Mở &amp;lại vòng…</translation>
    </message>
    <message>
        <source>&amp;Export feedback…</source>
        <translation>&amp;Xuất kết quả thẩm định…</translation>
    </message>
    <message>
        <source>Export feedback for &amp;every unit…</source>
        <translation>Xuất kết quả thẩm định cho &amp;mọi đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Year plan and approval</source>
        <translation>&amp;Kế hoạch năm và phê duyệt</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;signing key</source>
        <translation>Khóa ký của &amp;Sở Nội vụ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Điều tra XHH</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation>Nhập kết quả điều &amp;tra xã hội học…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Export the &amp;ranking report (PDF)…</source>
        <translation>Xuất &amp;báo cáo xếp hạng (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print preview of the ranking report…</source>
        <translation>&amp;Xem trước khi in báo cáo xếp hạng…</translation>
    </message>
    <message>
        <source>Export the selected unit&apos;s result &amp;sheet (PDF)…</source>
        <translation>Xuất &amp;phiếu kết quả của đơn vị đang chọn (PDF)…</translation>
    </message>
    <message>
        <source>Export results and analysis to &amp;Excel…</source>
        <translation>Xuất kết quả và phân tích ra &amp;Excel…</translation>
    </message>
    <message>
        <source>There are no results to report yet.</source>
        <translation>Chưa có kết quả để lập báo cáo.</translation>
    </message>
    <message>
        <source>Export the ranking report</source>
        <translation>Xuất báo cáo xếp hạng</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>Choose a unit on the Results tab first.</source>
        <translation>Hãy chọn một đơn vị ở thẻ Kết quả trước.</translation>
    </message>
    <message>
        <source>Export the unit&apos;s result sheet</source>
        <translation>Xuất phiếu kết quả của đơn vị</translation>
    </message>
    <message>
        <source>Result sheet written to %1</source>
        <translation>Đã ghi phiếu kết quả vào %1</translation>
    </message>
    <message>
        <source>Export results and analysis</source>
        <translation>Xuất kết quả và phân tích</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Đã ghi bảng tính vào %1</translation>
    </message>
</context>
<context>
    <name>parindex::ui::EvidenceDialog</name>
    <message>
        <source>Document details</source>
        <translation>Thông tin tài liệu</translation>
    </message>
    <message>
        <source>e.g. 12/KH-STC</source>
        <translation>ví dụ 12/KH-STC</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Number (số/ký hiệu):</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Summary (trích yếu):</source>
        <translation>Trích yếu:</translation>
    </message>
</context>
<context>
    <name>parindex::ui::EvidencePane</name>
    <message>
        <source>Details…</source>
        <translation>Thông tin…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Drop files here to attach them to the item being edited. Every document needs its number and date of issue.</source>
        <translation>Kéo thả tệp vào đây để đính kèm cho tiêu chí đang chấm. Mỗi tài liệu cần có số, ký hiệu và ngày ban hành.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
</context>
<context>
    <name>parindex::ui::FeedbackActions</name>
    <message>
        <source>The public key of Sở Nội vụ</source>
        <translation>Khóa công khai của Sở Nội vụ</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Khóa công khai (*.pub *.pem)</translation>
    </message>
    <message>
        <source>The key was not enrolled: %1</source>
        <translation>Chưa ghi nhận được khóa: %1</translation>
    </message>
    <message>
        <source>This key of Sở Nội vụ is already enrolled: %1</source>
        <translation>Khóa này của Sở Nội vụ đã được ghi nhận: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Đối chiếu dấu vân tay</translation>
    </message>
    <message>
        <source>Enrol this key of Sở Nội vụ only if its fingerprint is the one printed in the year&apos;s guidance document, group by group:

%1</source>
        <translation>Chỉ ghi nhận khóa này của Sở Nội vụ khi dấu vân tay khóa trùng khớp, từng nhóm ký tự, với dấu vân tay in trong văn bản hướng dẫn của năm:

%1</translation>
    </message>
    <message>
        <source>Replace Sở Nội vụ&apos;s key?</source>
        <translation>Thay khóa của Sở Nội vụ?</translation>
    </message>
    <message>
        <source>A key of Sở Nội vụ is already enrolled:

%1

Replace it with the new one? Feedback signed with the old key is refused from now on.</source>
        <translation>Đã ghi nhận một khóa của Sở Nội vụ:

%1

Thay bằng khóa mới? Từ nay kết quả thẩm định ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Sở Nội vụ&apos;s key %1 enrolled. Its feedback can now be imported (Submission → Import feedback).</source>
        <translation>Đã ghi nhận khóa %1 của Sở Nội vụ. Giờ đây có thể nhập kết quả thẩm định của Sở (Gửi hồ sơ → Nhập kết quả thẩm định).</translation>
    </message>
    <message>
        <source>Import the feedback of Sở Nội vụ</source>
        <translation>Nhập kết quả thẩm định của Sở Nội vụ</translation>
    </message>
    <message>
        <source>Feedback packages (*.zip)</source>
        <translation>Gói kết quả thẩm định (*.zip)</translation>
    </message>
    <message>
        <source>The feedback %1 was rejected, nothing changed: %2 (%3).</source>
        <translation>Kết quả thẩm định %1 bị từ chối, không có gì thay đổi: %2 (%3).</translation>
    </message>
    <message>
        <source>The feedback %1 was already imported.</source>
        <translation>Kết quả thẩm định %1 đã được nhập trước đó.</translation>
    </message>
    <message>
        <source>Feedback of Sở Nội vụ imported (round %1, number %2).</source>
        <translation>Đã nhập kết quả thẩm định của Sở Nội vụ (vòng %1, số %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are requested.</source>
        <translation>
            <numerusform>Có %n tiêu chí được đề nghị.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response is due by %1.</source>
        <translation>Hạn phản hồi giải trình: %1.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::HeatMapModel</name>
    <message>
        <source>Group average</source>
        <translation>Chỉ số trung bình của nhóm</translation>
    </message>
    <message>
        <source>%1
%2 %3
Index %4%</source>
        <translation>%1
%2 %3
Chỉ số %4%</translation>
    </message>
    <message>
        <source>%1
%2 %3
Not scored</source>
        <translation>%1
%2 %3
Chưa chấm điểm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation>%1 %2 (tối đa %3)</translation>
    </message>
</context>
<context>
    <name>parindex::ui::InboxPage</name>
    <message>
        <source>Import packages…</source>
        <translation>Nhập gói hồ sơ…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Lần nhập gần nhất:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>lần gửi %1</translation>
    </message>
    <message>
        <source>%1 of %2 units have submitted</source>
        <translation>%1/%2 đơn vị đã gửi hồ sơ</translation>
    </message>
    <message>
        <source>Import submission packages</source>
        <translation>Nhập gói hồ sơ</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Gói hồ sơ (*.zip)</translation>
    </message>
    <message>
        <source>Import every package of a folder</source>
        <translation>Nhập mọi gói hồ sơ trong thư mục</translation>
    </message>
    <message>
        <source>Verifying and importing packages…</source>
        <translation>Đang kiểm tra và nhập các gói hồ sơ…</translation>
    </message>
    <message>
        <source>%1 package(s) looked at, %2 rejected.</source>
        <translation>Đã xem %1 gói, từ chối %2 gói.</translation>
    </message>
    <message>
        <source>%1 — submitted self-assessment (read only)</source>
        <translation>%1 — hồ sơ tự đánh giá đã gửi (chỉ xem)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Dữ liệu nhập</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>%1 holds no package (.zip).</source>
        <translation>%1 không có gói hồ sơ (.zip) nào.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2 of %3)…</source>
        <translation>Đang kiểm tra %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n package(s) not looked at.</source>
        <translation>
            <numerusform>Đã hủy: còn %n gói chưa được kiểm tra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw version…</source>
        <translation>Rút lại phiên bản…</translation>
    </message>
    <message>
        <source>Take back a version accepted by mistake: it is kept with the reason, the version before it is in force again, and the same package is refused from then on.</source>
        <translation>Rút lại một phiên bản đã nhận nhầm: phiên bản được lưu cùng lý do, phiên bản trước đó có hiệu lực trở lại, và từ đó gói ấy bị từ chối.</translation>
    </message>
    <message>
        <source>Withdraw a version</source>
        <translation>Rút lại phiên bản</translation>
    </message>
    <message>
        <source>Why is version %1 of %2 withdrawn? The reason is kept in the audit log; the version before it is in force again.</source>
        <translation>Vì sao rút lại phiên bản %1 của %2? Lý do được lưu trong nhật ký; phiên bản trước đó có hiệu lực trở lại.</translation>
    </message>
    <message>
        <source>The version was not withdrawn: %1</source>
        <translation>Chưa rút lại được phiên bản: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 withdrawn.</source>
        <translation>Đã rút lại phiên bản %1 của %2.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu nội dung</translation>
    </message>
</context>
<context>
    <name>parindex::ui::ItemEditor</name>
    <message>
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn chấm</translation>
    </message>
    <message>
        <source>Evidence documents</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bỏ gắn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Drop files here to attach them to this item.</source>
        <translation>Kéo thả tệp vào đây để đính kèm cho tiêu chí này.</translation>
    </message>
    <message>
        <source>Explanation (giải trình)</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Where evidence is missing, explain how the item was scored.</source>
        <translation>Khi thiếu tài liệu kiểm chứng, giải trình căn cứ chấm điểm.</translation>
    </message>
    <message>
        <source>Choose an item in the tree.</source>
        <translation>Chọn một tiêu chí trong danh sách.</translation>
    </message>
    <message>
        <source>Max %1 points</source>
        <translation>Tối đa %1 điểm</translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation>tự chấm %1</translation>
    </message>
    <message>
        <source>No guidance in the criteria set.</source>
        <translation>Bộ chỉ số không có hướng dẫn cho tiêu chí này.</translation>
    </message>
    <message>
        <source>Expected evidence: %1</source>
        <translation>Tài liệu kiểm chứng: %1</translation>
    </message>
    <message>
        <source>Appraisal by Sở Nội vụ</source>
        <translation>Kết quả thẩm định của Sở Nội vụ</translation>
    </message>
    <message>
        <source>Locked: Sở Nội vụ has appraised the self-scores. Answer its requests with explanations and evidence.</source>
        <translation>Đã khóa: Sở Nội vụ đã thẩm định điểm tự đánh giá. Hãy trả lời các đề nghị bằng giải trình và tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Round 1:&lt;/b&gt; %1 points — %2</source>
        <translation>&lt;b&gt;Vòng 1:&lt;/b&gt; %1 điểm — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Comment:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Nhận xét:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Round 2 (final):&lt;/b&gt; %1 points — %2</source>
        <translation>&lt;b&gt;Vòng 2 (cuối cùng):&lt;/b&gt; %1 điểm — %2</translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for evidence: attach the documents below.</source>
        <translation>Sở Nội vụ đề nghị bổ sung tài liệu kiểm chứng: hãy đính kèm tài liệu bên dưới.</translation>
    </message>
    <message>
        <source>Sở Nội vụ asks for an explanation: write it below.</source>
        <translation>Sở Nội vụ đề nghị giải trình: hãy ghi nội dung giải trình bên dưới.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::KeyPage</name>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Enrolment letter (PDF)…</source>
        <translation>Công văn đăng ký khóa (PDF)…</translation>
    </message>
    <message>
        <source>Print enrolment letter…</source>
        <translation>In công văn đăng ký khóa…</translation>
    </message>
    <message>
        <source>Send the public key file with the enrolment letter to Sở Nội vụ. They compare this fingerprint, group by group, before enrolling the key; packages signed with a key they have not enrolled are refused.</source>
        <translation>Gửi tệp khóa công khai kèm công văn đăng ký khóa cho Sở Nội vụ. Sở Nội vụ đối chiếu từng nhóm ký tự của dấu vân tay này trước khi ghi nhận khóa; gói hồ sơ ký bằng khóa chưa được ghi nhận sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Create the key, then send its public key file with the enrolment letter to Sở Nội vụ. The key signs every package the unit sends.</source>
        <translation>Hãy tạo khóa, rồi gửi tệp khóa công khai kèm công văn đăng ký khóa cho Sở Nội vụ. Khóa dùng để ký mọi gói hồ sơ đơn vị gửi đi.</translation>
    </message>
    <message>
        <source>Fingerprint copied: %1</source>
        <translation>Đã sao chép dấu vân tay: %1</translation>
    </message>
    <message>
        <source>Save the enrolment letter</source>
        <translation>Lưu công văn đăng ký khóa</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enrolment letter written to %1</source>
        <translation>Đã ghi công văn đăng ký khóa vào %1</translation>
    </message>
</context>
<context>
    <name>parindex::ui::KeyPanel</name>
    <message>
        <source>Copy fingerprint</source>
        <translation>Sao chép dấu vân tay</translation>
    </message>
    <message>
        <source>Save public key (.pub)…</source>
        <translation>Lưu khóa công khai (.pub)…</translation>
    </message>
    <message>
        <source>Keys this file has used:</source>
        <translation>Các khóa tệp này đã dùng:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Tạo khóa mới…</translation>
    </message>
    <message>
        <source>Create signing key…</source>
        <translation>Tạo khóa ký…</translation>
    </message>
    <message>
        <source>The key in use (Ed25519). Its fingerprint:</source>
        <translation>Khóa đang dùng (Ed25519). Dấu vân tay:</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Tạo lúc %1</translation>
    </message>
    <message>
        <source>This file has no signing key yet.</source>
        <translation>Tệp này chưa có khóa ký.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
</context>
<context>
    <name>parindex::ui::MainWindow</name>
    <message>
        <source>%1 — ParIndex</source>
        <translation>%1 — ParIndex</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About ParIndex</source>
        <translation>&amp;Giới thiệu ParIndex</translation>
    </message>
    <message>
        <source>Cannot open the data file: %1</source>
        <translation>Không mở được tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>ParIndex data files (*.parindex)</source>
        <translation>Tệp dữ liệu ParIndex (*.parindex)</translation>
    </message>
    <message>
        <source>About ParIndex</source>
        <translation>Giới thiệu ParIndex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ParIndex %1&lt;/h3&gt;&lt;p&gt;Administrative Reform Index (Chỉ số CCHC): self-assessment, appraisal, ranking and reports for provincial agencies and communes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ParIndex %1&lt;/h3&gt;&lt;p&gt;Chỉ số cải cách hành chính (Chỉ số CCHC): tự đánh giá, thẩm định, xếp hạng và báo cáo cho các sở, ngành và xã, phường.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New unit data file…</source>
        <translation>Tạo tệp &amp;tự đánh giá mới…</translation>
    </message>
    <message>
        <source>The unit data file was not created: %1</source>
        <translation>Chưa tạo được tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>New &amp;centre data file…</source>
        <translation>Tạo tệp dữ liệu của &amp;Sở Nội vụ…</translation>
    </message>
    <message>
        <source>Open a data file (File → Open), or create one: a unit&apos;s self-assessment (File → New unit data file) or a centre for Sở Nội vụ (File → New centre data file).</source>
        <translation>Mở một tệp dữ liệu (Tệp → Mở), hoặc tạo mới: tệp tự đánh giá của đơn vị (Tệp → Tạo tệp dữ liệu đơn vị) hoặc tệp của Sở Nội vụ (Tệp → Tạo tệp dữ liệu của Sở Nội vụ).</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Công việc đang chạy</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and close?</source>
        <translation>Việc nhập hoặc xuất hồ sơ vẫn đang chạy. Dừng lại và đóng?</translation>
    </message>
    <message>
        <source>New centre data file</source>
        <translation>Tạo tệp dữ liệu của Sở Nội vụ</translation>
    </message>
    <message>
        <source>The centre data file was not created: %1</source>
        <translation>Chưa tạo được tệp dữ liệu của Sở Nội vụ: %1</translation>
    </message>
    <message>
        <source>Centre file %1 created. Register the units (Units → Register a unit, or import a list), then enrol the keys they send.</source>
        <translation>Đã tạo tệp %1. Hãy đăng ký các đơn vị (Đơn vị → Đăng ký đơn vị, hoặc nhập danh sách), rồi ghi nhận khóa các đơn vị gửi đến.</translation>
    </message>
    <message>
        <source>Administrative Reform Index — ParIndex</source>
        <translation>Chỉ số CCHC — ParIndex</translation>
    </message>
    <message>
        <source>%1 (read-only copy) — ParIndex</source>
        <translation>%1 (bản sao chỉ đọc) — ParIndex</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 đang được mở.</translation>
    </message>
    <message>
        <source>The file is open elsewhere</source>
        <translation>Tệp đang được mở ở nơi khác</translation>
    </message>
    <message>
        <source>%1

Open a read-only copy of it, as it is now?</source>
        <translation>%1

Mở một bản sao chỉ đọc của tệp như hiện tại?</translation>
    </message>
    <message>
        <source>%1 (read-only copy)</source>
        <translation>%1 (bản sao chỉ đọc)</translation>
    </message>
    <message>
        <source>A read-only copy of %1 as it was at opening: the file is open elsewhere. Nothing changed here is saved.</source>
        <translation>Bản sao chỉ đọc của %1 tại thời điểm mở: tệp đang được mở ở nơi khác. Mọi thay đổi ở đây không được lưu.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>parindex::ui::NewUnitDialog</name>
    <message>
        <source>New unit data file</source>
        <translation>Tệp tự đánh giá mới</translation>
    </message>
    <message>
        <source>e.g. Sở Tài chính, Phường Hoàn Kiếm</source>
        <translation>ví dụ: Sở Tài chính, Phường Hoàn Kiếm</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Từ tệp…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation>Bộ chỉ số:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Lưu tại:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>No criteria set for this group and year: choose a file</source>
        <translation>Chưa có bộ chỉ số cho nhóm và năm này: hãy chọn tệp</translation>
    </message>
    <message>
        <source>Criteria set file</source>
        <translation>Tệp bộ chỉ số</translation>
    </message>
    <message>
        <source>Criteria sets (*.json)</source>
        <translation>Bộ chỉ số (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message>
        <source>This criteria set cannot be used:</source>
        <translation>Không dùng được bộ chỉ số này:</translation>
    </message>
    <message>
        <source>Save the unit data file as</source>
        <translation>Lưu tệp dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>ParIndex data files (*.parindex)</source>
        <translation>Tệp dữ liệu ParIndex (*.parindex)</translation>
    </message>
    <message>
        <source>Choose a criteria set.</source>
        <translation>Hãy chọn bộ chỉ số.</translation>
    </message>
    <message>
        <source>e.g. SO-TAI-CHINH</source>
        <translation>ví dụ SO-TAI-CHINH</translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation>%1 (lấy từ tên)</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::ResultsPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Chưa có kết quả.</translation>
    </message>
    <message>
        <source>Import the units&apos; packages in the Inbox, or earlier years&apos; results with parindex-cli import-results.</source>
        <translation>Nhập gói hồ sơ của các đơn vị ở thẻ Hồ sơ đã nhận, hoặc kết quả các năm trước bằng parindex-cli import-results.</translation>
    </message>
    <message numerus="yes">
        <source>%1: average index %2% (%n unit(s))</source>
        <translation>
            <numerusform>%1: chỉ số trung bình %2% (%n đơn vị)</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for this year and group.</source>
        <translation>Chưa có kết quả cho năm và nhóm này.</translation>
    </message>
    <message>
        <source>Rank %1 in %2</source>
        <translation>Xếp hạng %1 nhóm %2</translation>
    </message>
    <message>
        <source>Not ranked (%1)</source>
        <translation>Không xếp hạng (%1)</translation>
    </message>
    <message>
        <source>Total %1 of %2 points</source>
        <translation>Tổng %1 / %2 điểm</translation>
    </message>
    <message>
        <source>Index %1%</source>
        <translation>Chỉ số %1%</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not final:&lt;/b&gt; %n unit(s) follow their appraisal, which the council has not approved yet; their points and ranks may still change.</source>
        <translation>
            <numerusform>&lt;b&gt;Chưa chính thức:&lt;/b&gt; %n đơn vị theo kết quả thẩm định chưa được Hội đồng phê duyệt; điểm và thứ hạng còn có thể thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>not final (%1)</source>
        <translation>chưa chính thức (%1)</translation>
    </message>
</context>
<context>
    <name>parindex::ui::ResultsTableModel</name>
    <message>
        <source>not ranked</source>
        <translation>không xếp hạng</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>Not final: the appraisal is at &quot;%1&quot; and the council has not approved the year.</source>
        <translation>Chưa chính thức: thẩm định đang ở giai đoạn &quot;%1&quot; và Hội đồng chưa phê duyệt kết quả năm.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>Last year: index %1%, rank %2</source>
        <translation>Năm trước: chỉ số %1%, xếp hạng %2</translation>
    </message>
    <message>
        <source>Last year: index %1%</source>
        <translation>Năm trước: chỉ số %1%</translation>
    </message>
    <message>
        <source>The year&apos;s survey has no points for this unit yet (Survey tab).</source>
        <translation>Kết quả điều tra của năm chưa có điểm của đơn vị này (thẻ Điều tra XHH).</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Điều tra XHH</translation>
    </message>
    <message>
        <source>± last year</source>
        <translation>± năm trước</translation>
    </message>
</context>
<context>
    <name>parindex::ui::RuleInputEditor</name>
    <message>
        <source>Achieved (numerator):</source>
        <translation>Kết quả đạt được (tử số):</translation>
    </message>
    <message>
        <source>Total (denominator):</source>
        <translation>Tổng số (mẫu số):</translation>
    </message>
    <message>
        <source>Number of shortcomings:</source>
        <translation>Số trường hợp vi phạm:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Số điểm:</translation>
    </message>
    <message>
        <source>Not applicable this year</source>
        <translation>Không phát sinh trong năm</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 điểm</translation>
    </message>
    <message>
        <source>%1% → %2 points</source>
        <translation>%1% → %2 điểm</translation>
    </message>
    <message>
        <source>Enter what was achieved out of the total.</source>
        <translation>Nhập kết quả đạt được trên tổng số.</translation>
    </message>
    <message>
        <source>%1 points off for each; never below 0.</source>
        <translation>Trừ %1 điểm cho mỗi trường hợp, không thấp hơn 0.</translation>
    </message>
    <message>
        <source>Result: %1 points.</source>
        <translation>Kết quả: %1 điểm.</translation>
    </message>
    <message>
        <source>Scored through the sociological survey (chấm qua điều tra xã hội học); the unit does not score this item.</source>
        <translation>Chấm qua điều tra xã hội học; đơn vị không tự chấm tiêu chí này.</translation>
    </message>
    <message>
        <source>Enter numbers such as 45 or 12,5.</source>
        <translation>Nhập số, ví dụ 45 hoặc 12,5.</translation>
    </message>
    <message>
        <source>Give the reason the item is not applicable.</source>
        <translation>Nêu lý do tiêu chí không phát sinh.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::SubmissionActions</name>
    <message>
        <source>Create the unit&apos;s signing key</source>
        <translation>Tạo khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>The key signs the packages you send to Sở Nội vụ. It is kept in this file, encrypted with the passphrase: keep the passphrase safe, it cannot be recovered.</source>
        <translation>Khóa dùng để ký các gói hồ sơ gửi Sở Nội vụ. Khóa được lưu trong tệp này, mã hóa bằng mật khẩu: hãy giữ mật khẩu cẩn thận, không thể khôi phục.</translation>
    </message>
    <message>
        <source>Save the public key for Sở Nội vụ</source>
        <translation>Lưu khóa công khai gửi Sở Nội vụ</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Khóa công khai (*.pub)</translation>
    </message>
    <message>
        <source>Create the unit&apos;s signing key first (Submission → Create signing key).</source>
        <translation>Hãy tạo khóa ký của đơn vị trước (Gửi hồ sơ → Tạo khóa ký).</translation>
    </message>
    <message>
        <source>Export the submission package</source>
        <translation>Xuất gói hồ sơ</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Gói hồ sơ (*.zip)</translation>
    </message>
    <message>
        <source>Sign the package</source>
        <translation>Ký gói hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>The pre-submission check still lists %n problem(s); the package can be sent anyway and corrected later by a resubmission.</source>
        <translation>
            <numerusform>Bước kiểm tra còn %n lỗi; vẫn có thể gửi gói và sửa sau bằng một lần gửi lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase of the unit&apos;s signing key.</source>
        <translation>Nhập mật khẩu khóa ký của đơn vị.</translation>
    </message>
    <message>
        <source>Writing the signed package…</source>
        <translation>Đang ghi gói hồ sơ có chữ ký…</translation>
    </message>
    <message>
        <source>Package %1 written (version %2). Send it to Sở Nội vụ.</source>
        <translation>Đã ghi gói %1 (lần gửi %2). Hãy gửi gói này cho Sở Nội vụ.</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Chưa ghi được gói hồ sơ: %1</translation>
    </message>
    <message>
        <source>Replace the signing key?</source>
        <translation>Thay khóa ký?</translation>
    </message>
    <message>
        <source>This file already has a signing key:

%1

Sở Nội vụ accepts packages signed with a new key only after it has enrolled that key from a new official letter. Until then, packages you send are refused. The current key is kept in the file&apos;s history.

Create a new key anyway?</source>
        <translation>Tệp này đã có khóa ký:

%1

Sở Nội vụ chỉ tiếp nhận gói hồ sơ ký bằng khóa mới sau khi đã ghi nhận khóa đó theo công văn mới. Trước đó, các gói hồ sơ gửi đi sẽ bị từ chối. Khóa hiện tại vẫn được lưu trong lịch sử của tệp.

Vẫn tạo khóa mới?</translation>
    </message>
    <message>
        <source>Signing key created. Its fingerprint, to quote in the letter to Sở Nội vụ: %1</source>
        <translation>Đã tạo khóa ký. Dấu vân tay cần ghi trong công văn gửi Sở Nội vụ: %1</translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint, to quote in the letter to Sở Nội vụ: %2</source>
        <translation>Đã lưu khóa công khai vào %1. Dấu vân tay cần ghi trong công văn gửi Sở Nội vụ: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>The public key was not saved: %1</source>
        <translation>Chưa lưu được khóa công khai: %1</translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyGridModel</name>
    <message>
        <source>%1, item %2: &quot;%3&quot; is not a number</source>
        <translation>%1, tiêu chí %2: &quot;%3&quot; không phải là số</translation>
    </message>
    <message>
        <source>Not an item of this unit&apos;s criteria set</source>
        <translation>Không phải là tiêu chí trong bộ chỉ số của đơn vị này</translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation>%1 %2 (tối đa %3)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyImportDialog</name>
    <message>
        <source>Import the %1 survey: %2</source>
        <translation>Nhập kết quả điều tra năm %1: %2</translation>
    </message>
    <message>
        <source>Points per unit and item</source>
        <translation>Điểm theo đơn vị và tiêu chí</translation>
    </message>
    <message>
        <source>Answers per respondent</source>
        <translation>Câu trả lời của từng người được điều tra</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation>Nội dung bảng:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; (found by their headers; change them if needed):</source>
        <translation>&lt;b&gt;Các cột&lt;/b&gt; (xác định theo dòng tiêu đề; sửa lại nếu cần):</translation>
    </message>
    <message>
        <source>Reading the survey table…</source>
        <translation>Đang đọc bảng kết quả điều tra…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: points for %1 unit(s). Nothing is stored until you import; a new import replaces the year&apos;s survey and keeps the previous version.</source>
        <translation>
            <numerusform>Đã đọc %n dòng: có điểm của %1 đơn vị. Chưa lưu gì cho đến khi bạn bấm nhập; lần nhập mới sẽ thay thế kết quả điều tra của năm và giữ lại phiên bản trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in the table: correct them (or the column mapping) and nothing is stored until then.</source>
        <translation>
            <numerusform>&lt;b&gt;%n lỗi&lt;/b&gt; trong bảng: hãy sửa các lỗi này (hoặc cách gán cột); chưa lưu gì cho đến khi sửa xong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parindex::ui::SurveyPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Import survey results…</source>
        <translation>Nhập kết quả điều tra…</translation>
    </message>
    <message>
        <source>A table (CSV or XLSX) from the survey institute: points per unit and item, or one row per answer</source>
        <translation>Bảng (CSV hoặc XLSX) của đơn vị thực hiện điều tra: điểm theo đơn vị và tiêu chí, hoặc mỗi dòng một câu trả lời</translation>
    </message>
    <message>
        <source>Save the typed points</source>
        <translation>Lưu điểm đã nhập tay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; (the newest is in force; earlier ones are kept):</source>
        <translation>&lt;b&gt;Các phiên bản&lt;/b&gt; (phiên bản mới nhất có hiệu lực; các phiên bản trước vẫn được lưu):</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dạng dữ liệu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Tệp nguồn</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>points per item</source>
        <translation>điểm theo tiêu chí</translation>
    </message>
    <message numerus="yes">
        <source>answers (%n row(s))</source>
        <translation>
            <numerusform>câu trả lời (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No survey results for %1 yet: import the survey institute&apos;s table, or type the points in the grid and save them.</source>
        <translation>Chưa có kết quả điều tra năm %1: hãy nhập bảng của đơn vị thực hiện điều tra, hoặc nhập tay điểm vào lưới rồi lưu lại.</translation>
    </message>
    <message>
        <source>Version %1 is in force: points for %2 of %3 unit(s).</source>
        <translation>Phiên bản %1 đang có hiệu lực: có điểm của %2/%3 đơn vị.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Chỉ đọc: %1.</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Nhập kết quả điều tra</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Points typed in the grid are not saved. Import anyway?</source>
        <translation>Điểm nhập tay trong lưới chưa được lưu. Vẫn nhập?</translation>
    </message>
    <message>
        <source>The %1 survey was imported as version %2.</source>
        <translation>Đã nhập kết quả điều tra năm %1 thành phiên bản %2.</translation>
    </message>
    <message>
        <source>The typed points were saved as version %1 of the %2 survey.</source>
        <translation>Đã lưu điểm nhập tay thành phiên bản %1 của kết quả điều tra năm %2.</translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitDialog</name>
    <message>
        <source>Ranked with the other units of its group</source>
        <translation>Xếp hạng cùng các đơn vị trong nhóm</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>e.g. SO-TAI-CHINH</source>
        <translation>ví dụ SO-TAI-CHINH</translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation>%1 (lấy từ tên)</translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitProgressModel</name>
    <message>
        <source>R%1: %2/%3</source>
        <translation>V%1: %2/%3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 in force</source>
        <translation>Phiên bản %1 đang có hiệu lực</translation>
    </message>
    <message>
        <source>Round 1: %1 of %2 items appraised</source>
        <translation>Vòng 1: đã thẩm định %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>Round 2: %1 of %2 items appraised</source>
        <translation>Vòng 2: đã thẩm định %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>%1 item(s) requested, %2 answered</source>
        <translation>%1 tiêu chí được đề nghị, %2 đã trả lời</translation>
    </message>
    <message>
        <source>Self-assessed: %1 points</source>
        <translation>Tự đánh giá: %1 điểm</translation>
    </message>
    <message>
        <source>Appraised: %1 points</source>
        <translation>Thẩm định: %1 điểm</translation>
    </message>
    <message>
        <source>Items appraised in the unit&apos;s current round (R1, R2), of the items it scores</source>
        <translation>Số tiêu chí đã thẩm định trong vòng hiện tại của đơn vị (V1, V2), trên số tiêu chí đơn vị tự chấm</translation>
    </message>
    <message>
        <source>Requested items the unit has answered, of those requested</source>
        <translation>Số tiêu chí được đề nghị mà đơn vị đã trả lời, trên số tiêu chí được đề nghị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitWorkspace</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Gửi hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Export self-assessment report (PDF)…</source>
        <translation>&amp;Xuất báo cáo tự đánh giá (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message>
        <source>Create &amp;signing key…</source>
        <translation>Tạo &amp;khóa ký…</translation>
    </message>
    <message>
        <source>Signing &amp;key and enrolment letter</source>
        <translation>&amp;Khóa ký và công văn đăng ký khóa</translation>
    </message>
    <message>
        <source>E&amp;xport signed package…</source>
        <translation>&amp;Xuất gói hồ sơ có chữ ký…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Closed — read only</source>
        <translation>Đã hết hạn — chỉ xem</translation>
    </message>
    <message>
        <source>Deadline in %1 d %2 h (%3)</source>
        <translation>Còn %1 ngày %2 giờ đến hạn (%3)</translation>
    </message>
    <message>
        <source>Export the self-assessment report</source>
        <translation>Xuất báo cáo tự đánh giá</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;Enrol Sở Nội vụ&apos;s key…</source>
        <translation>&amp;Ghi nhận khóa của Sở Nội vụ…</translation>
    </message>
    <message>
        <source>&amp;Import feedback of Sở Nội vụ…</source>
        <translation>&amp;Nhập kết quả thẩm định của Sở Nội vụ…</translation>
    </message>
    <message>
        <source>Appraisal final</source>
        <translation>Đã có kết quả thẩm định cuối cùng</translation>
    </message>
    <message>
        <source>Response closed — read only</source>
        <translation>Đã hết hạn phản hồi — chỉ xem</translation>
    </message>
    <message numerus="yes">
        <source>Response due %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Hạn phản hồi %1 (còn %n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Đã nhận kết quả thẩm định</translation>
    </message>
</context>
<context>
    <name>parindex::ui::UnitsPage</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Enrol key…</source>
        <translation>Ghi nhận khóa…</translation>
    </message>
    <message>
        <source>Revoke keys…</source>
        <translation>Thu hồi khóa…</translation>
    </message>
    <message>
        <source> (not ranked)</source>
        <translation> (không xếp hạng)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in force</source>
        <translation>
            <numerusform>%n khóa đang hiệu lực</numerusform>
        </translation>
    </message>
    <message>
        <source>no key</source>
        <translation>chưa có khóa</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>ghi nhận %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>thu hồi %1</translation>
    </message>
    <message>
        <source>%1 registered as %2.</source>
        <translation>Đã đăng ký %1 với mã %2.</translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation>Hãy chọn đơn vị trước.</translation>
    </message>
    <message>
        <source>The public key sent by %1</source>
        <translation>Khóa công khai do %1 gửi</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Khóa công khai (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Đối chiếu dấu vân tay</translation>
    </message>
    <message>
        <source>The key was not enrolled: %1</source>
        <translation>Chưa ghi nhận được khóa: %1</translation>
    </message>
    <message>
        <source>Key %1 enrolled for %2.</source>
        <translation>Đã ghi nhận khóa %1 cho %2.</translation>
    </message>
    <message>
        <source>every key of %1</source>
        <translation>mọi khóa của %1</translation>
    </message>
    <message>
        <source>the key %1 of %2</source>
        <translation>khóa %1 của %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoke %1? Packages signed with it will be rejected from now on.</source>
        <translation>Thu hồi %1? Từ nay các gói được ký bằng khóa này sẽ bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>Đã thu hồi %n khóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or code…</source>
        <translation>Tìm theo tên hoặc mã…</translation>
    </message>
    <message>
        <source>Register unit…</source>
        <translation>Đăng ký đơn vị…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation>Đăng ký đơn vị</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>Đã sửa %1.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the file holds its data (%2).</source>
        <translation>Không xóa được %1: tệp đang lưu dữ liệu của đơn vị (%2).</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the registry?</source>
        <translation>Xóa %1 (%2) khỏi danh sách đơn vị?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>Import a list of units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>Bảng dữ liệu (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Không nhập gì từ %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered from %1.</source>
        <translation>
            <numerusform>Đã đăng ký %n đơn vị từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol this key for %1 only if its fingerprint is the one in the unit&apos;s official letter, group by group:

%2</source>
        <translation>Chỉ ghi nhận khóa này cho %1 khi dấu vân tay trùng khớp, từng nhóm ký tự, với dấu vân tay trong công văn của đơn vị:

%2</translation>
    </message>
    <message>
        <source>Replace the key in force?</source>
        <translation>Thay khóa đang có hiệu lực?</translation>
    </message>
    <message>
        <source>%1 already has a key in force:

%2

The new key replaces it: packages signed with the old key are refused from now on. Replace it?</source>
        <translation>%1 đã có một khóa đang có hiệu lực:

%2

Khóa mới sẽ thay thế khóa này: từ nay các gói ký bằng khóa cũ bị từ chối. Thay khóa?</translation>
    </message>
</context>
<context>
    <name>parindex::ui::YearPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Open the year once: the criteria set of each group, the deadlines and the working group. Changing what is already set asks for the reason, which the audit log keeps.</source>
        <translation>Thiết lập cho năm một lần: bộ chỉ số của từng nhóm, các hạn và Tổ công tác. Khi thay đổi những gì đã thiết lập, phần mềm sẽ hỏi lý do và lưu lý do trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Criteria set of each group</source>
        <translation>Bộ chỉ số của từng nhóm</translation>
    </message>
    <message>
        <source>Deadlines (the last day each stage is open)</source>
        <translation>Các hạn (ngày cuối cùng của mỗi giai đoạn)</translation>
    </message>
    <message>
        <source>After its deadline a stage locks: late packages or responses are refused, and the round can no longer be edited.</source>
        <translation>Sau khi hết hạn, giai đoạn sẽ bị khóa: gói hồ sơ hoặc phản hồi giải trình nộp muộn bị từ chối và không thể sửa vòng thẩm định nữa.</translation>
    </message>
    <message>
        <source>Save deadlines…</source>
        <translation>Lưu các hạn…</translation>
    </message>
    <message>
        <source>Working group (Tổ công tác)</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Progress this year</source>
        <translation>Tiến độ năm nay</translation>
    </message>
    <message>
        <source>Add an appraiser…</source>
        <translation>Thêm người thẩm định…</translation>
    </message>
    <message>
        <source>Areas…</source>
        <translation>Lĩnh vực…</translation>
    </message>
    <message>
        <source>The areas a member appraises for every unit; none: every area.</source>
        <translation>Các lĩnh vực thành viên thẩm định cho mọi đơn vị; không chọn: mọi lĩnh vực.</translation>
    </message>
    <message>
        <source>Council approval</source>
        <translation>Phê duyệt của Hội đồng</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a set the centre does not know (%1)</source>
        <translation>bộ chỉ số chưa có trong tệp của Sở Nội vụ (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>every area</source>
        <translation>mọi lĩnh vực</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Approved by decision &lt;b&gt;%1&lt;/b&gt; of %2.</source>
        <translation>Đã phê duyệt theo Quyết định số &lt;b&gt;%1&lt;/b&gt; ngày %2.</translation>
    </message>
    <message>
        <source>%1 of the council&apos;s %2 members in favour.</source>
        <translation>%1/%2 thành viên Hội đồng tán thành.</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2.</source>
        <translation>Do %2 ghi nhận lúc %1.</translation>
    </message>
    <message>
        <source>The year&apos;s appraisal is read-only; the results are final.</source>
        <translation>Kết quả thẩm định của năm chỉ có thể xem; đây là kết quả chính thức.</translation>
    </message>
    <message>
        <source>Not approved yet. The council approves once every unit received is appraised (round 2 closed).</source>
        <translation>Chưa phê duyệt. Hội đồng phê duyệt khi mọi đơn vị đã nộp hồ sơ đều được thẩm định xong (đã đóng vòng 2).</translation>
    </message>
    <message>
        <source>Change the criteria set</source>
        <translation>Đổi bộ chỉ số</translation>
    </message>
    <message>
        <source>The criteria set of %1 for %2 is already chosen. Why does it change? The reason is kept in the audit log.</source>
        <translation>Bộ chỉ số của %1 năm %2 đã được chọn. Vì sao thay đổi? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The criteria set was not changed: %1</source>
        <translation>Chưa đổi được bộ chỉ số: %1</translation>
    </message>
    <message>
        <source>Criteria set of %1 for %2 saved.</source>
        <translation>Đã lưu bộ chỉ số của %1 năm %2.</translation>
    </message>
    <message>
        <source>The deadlines are as saved.</source>
        <translation>Các hạn không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Change deadlines</source>
        <translation>Thay đổi hạn</translation>
    </message>
    <message>
        <source>A deadline already set changes. Why? The reason is kept in the audit log.</source>
        <translation>Một hạn đã đặt sẽ thay đổi. Vì sao? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The deadline of %1 was not saved: %2</source>
        <translation>Chưa lưu được hạn của giai đoạn %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: không có hạn</translation>
    </message>
    <message>
        <source>Deadlines saved (%1).</source>
        <translation>Đã lưu các hạn (%1).</translation>
    </message>
    <message>
        <source>Add an appraiser</source>
        <translation>Thêm người thẩm định</translation>
    </message>
    <message>
        <source>Full name of the member of the working group:</source>
        <translation>Họ và tên thành viên Tổ công tác:</translation>
    </message>
    <message>
        <source>The appraiser was not added: %1</source>
        <translation>Chưa thêm được người thẩm định: %1</translation>
    </message>
    <message>
        <source>%1 added to the working group. Assign areas with Areas…, or leave none to appraise every area.</source>
        <translation>Đã thêm %1 vào Tổ công tác. Hãy phân công lĩnh vực bằng nút Lĩnh vực…, hoặc để trống để thẩm định mọi lĩnh vực.</translation>
    </message>
    <message>
        <source>Areas of %1</source>
        <translation>Lĩnh vực của %1</translation>
    </message>
    <message>
        <source>The areas %1 appraises for every unit. None ticked: every area.</source>
        <translation>Các lĩnh vực %1 thẩm định cho mọi đơn vị. Không đánh dấu: mọi lĩnh vực.</translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation>Đổi lĩnh vực</translation>
    </message>
    <message>
        <source>Why do the areas of %1 change? The reason is kept in the audit log.</source>
        <translation>Vì sao thay đổi lĩnh vực của %1? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The areas were not changed: %1</source>
        <translation>Chưa đổi được lĩnh vực: %1</translation>
    </message>
    <message>
        <source>Areas of %1: %2.</source>
        <translation>Lĩnh vực của %1: %2.</translation>
    </message>
    <message>
        <source>The results of %1 are approved (decision %2 of %3).</source>
        <translation>Kết quả năm %1 đã được phê duyệt (quyết định số %2 ngày %3).</translation>
    </message>
</context>
</TS>
