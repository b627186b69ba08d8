<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AcceptanceDecisionDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="201" />
            <source>Acceptance decision</source>
            <translation>Quyết định thụ lý tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="203" />
            <source>The copies for the verifier and the person denounced carry the reporter code only.</source>
            <translation>Bản gửi người xác minh và người bị tố cáo chỉ ghi mã người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="205" />
            <source>optional: e.g. Verification team no. 2</source>
            <translation>không bắt buộc: ví dụ Tổ xác minh số 2</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="206" />
            <source>&amp;Verified by:</source>
            <translation>Người, đơn vị &amp;xác minh:</translation>
        </message>
    </context>
    <context>
        <name>AcceptanceNoticeDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="128" />
            <source>Acceptance notice</source>
            <translation>Thông báo thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="130" />
            <source>Dated from the acceptance recorded in the handling, citing its decision number.</source>
            <translation>Lấy ngày thụ lý đã ghi trong phần xử lý và dẫn số quyết định thụ lý.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="132" />
            <source>optional: the body that transferred the petition</source>
            <translation>không bắt buộc: cơ quan đã chuyển đơn đến</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="133" />
            <source>&amp;Transferred by:</source>
            <translation>Cơ quan &amp;chuyển đơn:</translation>
        </message>
    </context>
    <context>
        <name>AcceptanceProposalDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="377" />
            <source>Acceptance proposal</source>
            <translation>Phiếu đề xuất thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="378" />
            <source>e.g. the Chief Inspector</source>
            <translation>ví dụ: Chánh Thanh tra</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="380" />
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="381" />
            <source>&amp;Addressed to:</source>
            <translation>&amp;Kính gửi:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="382" />
            <source>&amp;Prior handling:</source>
            <translation>Kết quả &amp;giải quyết trước đó:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="391" />
            <source>Enter the addressee.</source>
            <translation>Nhập nơi kính gửi.</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="133" />
            <source>&amp;Username:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="135" />
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="137" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="140" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="144" />
            <source>At least 12 characters and hard to guess: not your name, the office's name or a common word. A few unrelated words make a good password.</source>
            <translation>Ít nhất 12 ký tự và khó đoán: không dùng tên mình, tên cơ quan hay từ thông dụng. Ghép vài từ không liên quan đến nhau là một mật khẩu tốt.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="149" />
            <source>At least 12 characters and very hard to guess (it unlocks identities): not your name, the office's name or a common word. Four or five unrelated words make a good password.</source>
            <translation>Ít nhất 12 ký tự và rất khó đoán (mật khẩu này mở khóa được danh tính): không dùng tên mình, tên cơ quan hay từ thông dụng. Ghép bốn, năm từ không liên quan đến nhau là một mật khẩu tốt.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="170" />
            <source>Use only letters, digits, dots, dashes and underscores (at most 64).</source>
            <translation>Chỉ dùng chữ cái, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới (tối đa 64 ký tự).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="173" />
            <source>The supervisor needs an account of their own, separate from the administrator.</source>
            <translation>Lãnh đạo cần có tài khoản riêng, tách biệt với tài khoản của quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="190" />
            <source>The two passwords do not match.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="96" />
            <source>The step could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được bước xử lý. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="116" />
            <source>Required</source>
            <translation>Bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="116" />
            <source>Optional</source>
            <translation>Không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="119" />
            <source>&amp;Note:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="119" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="131" />
            <source>&amp;Deadline:</source>
            <translation>&amp;Thời hạn:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="136" />
            <source>Type part of the name, e.g. ha noi</source>
            <translation>Gõ một phần tên, ví dụ: ha noi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="138" />
            <source>Optional: type part of the name</source>
            <translation>Không bắt buộc: gõ một phần tên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="140" />
            <source>Re&amp;ceiving body:</source>
            <translation>&amp;Cơ quan nhận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="143" />
            <source>Choose the result</source>
            <translation>Chọn kết quả</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="146" />
            <source>Re&amp;sult:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="150" />
            <source>e.g. 05/QĐ-TTr</source>
            <translation>ví dụ: 05/QĐ-TTr</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="162" />
            <source>&amp;Grounds:</source>
            <translation>&amp;Căn cứ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="162" />
            <source>Rea&amp;sons:</source>
            <translation>Lý &amp;do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="165" />
            <source>Co&amp;mplex case (longer resolution time)</source>
            <translation>Vụ việc phức &amp;tạp (thời hạn giải quyết dài hơn)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="168" />
            <source>Second-instance complaint</source>
            <translation>Khiếu nại lần hai</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="173" />
            <source>e.g. 0125/2026/TC</source>
            <translation>ví dụ: 0125/2026/TC</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="174" />
            <source>&amp;Other case number:</source>
            <translation>Số hồ sơ &amp;kia:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="177" />
            <source>Reply &amp;received on:</source>
            <translation>Ngày &amp;nhận kết quả:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="183" />
            <source>Accept case %1</source>
            <translation>Thụ lý hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="184" />
            <source>Do not accept case %1</source>
            <translation>Không thụ lý hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="185" />
            <source>Notice sent for case %1</source>
            <translation>Đã gửi thông báo – hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="186" />
            <source>Resolve case %1</source>
            <translation>Giải quyết xong hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="187" />
            <source>Extend a deadline of case %1</source>
            <translation>Gia hạn thời hạn của hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="188" />
            <source>Transfer case %1</source>
            <translation>Chuyển đơn – hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="189" />
            <source>Reply to the transfer of case %1</source>
            <translation>Kết quả của lần chuyển đơn – hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="190" />
            <source>Guide the citizen (case %1)</source>
            <translation>Hướng dẫn công dân (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="191" />
            <source>Return the petition (case %1)</source>
            <translation>Trả lại đơn (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="192" />
            <source>File case %1 without action</source>
            <translation>Xếp lưu đơn – hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="193" />
            <source>Refuse reception (case %1)</source>
            <translation>Từ chối tiếp công dân (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="194" />
            <source>Chase up case %1</source>
            <translation>Đôn đốc – hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="195" />
            <source>Tip checked (case %1)</source>
            <translation>Đã kiểm tra, xác minh thông tin (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="196" />
            <source>Close case %1</source>
            <translation>Kết thúc hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="197" />
            <source>Link case %1 to the same content</source>
            <translation>Liên kết hồ sơ %1 với đơn cùng nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="199" />
            <source>Case %1</source>
            <translation>Hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="203" />
            <source>Opens the resolution deadlines of the case kind from today.</source>
            <translation>Mở các thời hạn giải quyết theo loại đơn, tính từ hôm nay.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="205" />
            <source>The petition goes to the competent body. A denunciation is transferred once per content; the receiving body reports back within 20 days (Luật Tố cáo 2018 Điều 24, 26).</source>
            <translation>Đơn được chuyển đến cơ quan có thẩm quyền. Mỗi nội dung tố cáo chỉ chuyển một lần; cơ quan nhận thông báo kết quả trong 20 ngày (Luật Tố cáo 2018 Điều 24, 26).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="208" />
            <source>The citizen is guided to the competent body once; the case closes.</source>
            <translation>Hướng dẫn công dân đến cơ quan có thẩm quyền (một lần); hồ sơ kết thúc.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="209" />
            <source>The extension needs a written decision; its number is recorded.</source>
            <translation>Gia hạn phải có quyết định bằng văn bản; số quyết định được ghi lại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="210" />
            <source>Filed petitions are kept for the retention period, then destroyed.</source>
            <translation>Đơn xếp lưu được lưu giữ trong thời hạn lưu, sau đó tiêu hủy.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="212" />
            <source>Only for a citizen received in person (Luật Tiếp công dân Điều 9). The refusal notice is a document.</source>
            <translation>Chỉ áp dụng khi tiếp công dân trực tiếp (Luật Tiếp công dân Điều 9). Thông báo từ chối là một văn bản riêng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="218" />
            <source>Notice &amp;number:</source>
            <translation>&amp;Số thông báo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="220" />
            <source>Decision or &amp;conclusion number:</source>
            <translation>&amp;Số quyết định hoặc kết luận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="221" />
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="231" />
            <source>No body in the directory matches this name.</source>
            <translation>Không có cơ quan nào trong danh bạ khớp với tên này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="233" />
            <source>Choose the receiving body from the directory.</source>
            <translation>Vui lòng chọn cơ quan nhận trong danh bạ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="238" />
            <source>Enter the number of the written decision.</source>
            <translation>Vui lòng nhập số văn bản quyết định.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="240" />
            <source>Choose the result.</source>
            <translation>Vui lòng chọn kết quả.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="242" />
            <source>No open deadline of this case can be extended.</source>
            <translation>Hồ sơ không có thời hạn đang mở nào được phép gia hạn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="250" />
            <source>Tick at least one.</source>
            <translation>Vui lòng chọn ít nhất một mục.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="253" />
            <source>Enter the reason.</source>
            <translation>Vui lòng nhập lý do.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="255" />
            <source>Tick a reason or write one below.</source>
            <translation>Chọn lý do trong danh mục hoặc ghi lý do bên dưới.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="257" />
            <source>The text is too long.</source>
            <translation>Nội dung quá dài.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="259" />
            <source>Enter the number of the other case.</source>
            <translation>Vui lòng nhập số của hồ sơ kia.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="264" />
            <source>Enter the date as dd/mm/yyyy.</source>
            <translation>Nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="328" />
            <source>No case has this number.</source>
            <translation>Không có hồ sơ nào mang số này.</translation>
        </message>
    </context>
    <context>
        <name>AddMeasureDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="190" />
            <source>Add a protection measure (case %1)</source>
            <translation>Thêm biện pháp bảo vệ (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="193" />
            <source>The measure could not be added. Details are in the log.</source>
            <translation>Không thêm được biện pháp. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="201" />
            <source>&amp;Measure:</source>
            <translation>&amp;Biện pháp:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="202" />
            <source>&amp;Due (optional):</source>
            <translation>&amp;Hạn (không bắt buộc):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="209" />
            <source>Enter the date as dd/mm/yyyy.</source>
            <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="73" />
            <source>&amp;Accounts</source>
            <translation>Tài &amp;khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="74" />
            <source>A&amp;gency and desk</source>
            <translation>Cơ quan và má&amp;y trạm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="75" />
            <source>&amp;Transfer directory and calendar</source>
            <translation>&amp;Danh mục chuyển đơn và lịch làm việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="77" />
            <source>&amp;Rule sets</source>
            <translation>Bộ quy tắc (&amp;W)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="80" />
            <source>Whistleblower &amp;protection</source>
            <translation>&amp;Bảo vệ người tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="83" />
            <source>Audit &amp;log</source>
            <translation>Nhật ký hệ thốn&amp;g</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_page.py" line="103" />
            <source>Office co&amp;nflicts</source>
            <translation>&amp;Xung đột giữa các bàn</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="55" />
            <source>Edit agency</source>
            <translation>Sửa cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="55" />
            <source>New agency</source>
            <translation>Thêm cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="58" />
            <source>The agency could not be saved. Details are in the log.</source>
            <translation>Không lưu được cơ quan. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="64" />
            <source>e.g. Thanh tra tỉnh Đắk Lắk</source>
            <translation>ví dụ: Thanh tra tỉnh Đắk Lắk</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="70" />
            <source>Optional</source>
            <translation>Không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="73" />
            <source>In use (offered when transferring)</source>
            <translation>Đang dùng (hiện khi chuyển đơn)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="75" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên cơ quan:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="76" />
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="77" />
            <source>&amp;Province:</source>
            <translation>Tỉnh, thành &amp;phố:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="78" />
            <source>&amp;Address:</source>
            <translation>Đị&amp;a chỉ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="91" />
            <source>Enter the agency's name.</source>
            <translation>Vui lòng nhập tên cơ quan.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="93" />
            <source>No province matches this name.</source>
            <translation>Không có tỉnh, thành phố nào khớp với tên này.</translation>
        </message>
    </context>
    <context>
        <name>AgencyDirectoryTab</name>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="133" />
            <source>Only an administrator can change the directory and the calendar.</source>
            <translation>Chỉ quản trị viên mới được thay đổi danh bạ và lịch làm việc.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="149" />
            <source>Transfer directory</source>
            <translation>Danh bạ cơ quan nhận chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="153" />
            <source>All provinces (type to filter)</source>
            <translation>Tất cả tỉnh, thành phố (gõ để lọc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="154" />
            <source>Show agencies no longer in &amp;use</source>
            <translation>Hiện cả cơ &amp;quan ngừng sử dụng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="157" />
            <source>Province:</source>
            <translation>Tỉnh, thành phố:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="163" />
            <source>Name</source>
            <translation>Tên cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="163" />
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="197" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="163" />
            <source>Province</source>
            <translation>Tỉnh, thành phố</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="163" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="163" />
            <source>In use</source>
            <translation>Đang dùng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="166" />
            <source>&amp;New agency…</source>
            <translation>&amp;Thêm cơ quan…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="167" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="168" />
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="299" />
            <source>&amp;Deactivate</source>
            <translation>Ngừng dùng (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="179" />
            <source>Working calendar: exceptions</source>
            <translation>Lịch làm việc: ngày điều chỉnh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="183" />
            <source>Public holidays are built in. Add extra days off (e.g. a bridge day) and working Saturdays (make-up days). Deadlines already computed keep their dates.</source>
            <translation>Các ngày lễ, Tết đã có sẵn. Thêm ngày nghỉ bổ sung (ví dụ ngày nghỉ bù) và thứ Bảy làm việc (làm bù). Các thời hạn đã tính giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="193" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="197" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="197" />
            <source>Weekday</source>
            <translation>Thứ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="197" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="206" />
            <source>Note (optional)</source>
            <translation>Ghi chú (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="207" />
            <source>&amp;Add day</source>
            <translation>Thêm &amp;ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="208" />
            <source>&amp;Remove day</source>
            <translation>&amp;Xóa ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="261" />
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="261" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="273" />
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>%n cơ quan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="278" />
            <source>The directory could not be loaded.</source>
            <translation>Không tải được danh bạ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="299" />
            <source>Re&amp;activate</source>
            <translation>&amp;Dùng lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="352" />
            <source>The change could not be saved.</source>
            <translation>Không lưu được thay đổi.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="363" />
            <source>Monday</source>
            <translation>Thứ Hai</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="364" />
            <source>Tuesday</source>
            <translation>Thứ Ba</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="365" />
            <source>Wednesday</source>
            <translation>Thứ Tư</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="366" />
            <source>Thursday</source>
            <translation>Thứ Năm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="367" />
            <source>Friday</source>
            <translation>Thứ Sáu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="368" />
            <source>Saturday</source>
            <translation>Thứ Bảy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="369" />
            <source>Sunday</source>
            <translation>Chủ Nhật</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="396" />
            <source>Enter the date as dd/mm/yyyy.</source>
            <translation>Nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/agency_directory_tab.py" line="429" />
            <source>The day could not be saved.</source>
            <translation>Không lưu được ngày.</translation>
        </message>
    </context>
    <context>
        <name>AgencyPage</name>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="61" />
            <source>Agency</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="62" />
            <source>These names appear in the header of every receipt and slip.</source>
            <translation>Các tên này được in ở phần đầu của mọi giấy biên nhận và phiếu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="64" />
            <source>e.g. UBND TỈNH ĐẮK LẮK</source>
            <translation>ví dụ: UBND TỈNH ĐẮK LẮK</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="66" />
            <source>e.g. THANH TRA TỈNH</source>
            <translation>ví dụ: THANH TRA TỈNH</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="68" />
            <source>e.g. Đắk Lắk</source>
            <translation>ví dụ: Đắk Lắk</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="70" />
            <source>e.g. TTr</source>
            <translation>ví dụ: TTr</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="73" />
            <source>&amp;Parent agency:</source>
            <translation>Cơ quan &amp;chủ quản:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="74" />
            <source>&amp;Agency name:</source>
            <translation>&amp;Tên cơ quan:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="75" />
            <source>P&amp;lace name (for the date line):</source>
            <translation>Địa &amp;danh (ghi ở dòng ngày tháng):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="76" />
            <source>&amp;Document symbol:</source>
            <translation>&amp;Ký hiệu văn bản:</translation>
        </message>
    </context>
    <context>
        <name>AgencyTab</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="64" />
            <source>e.g. UBND TỈNH ĐẮK LẮK</source>
            <translation>ví dụ: UBND TỈNH ĐẮK LẮK</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="66" />
            <source>e.g. THANH TRA TỈNH</source>
            <translation>ví dụ: THANH TRA TỈNH</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="68" />
            <source>e.g. Đắk Lắk</source>
            <translation>ví dụ: Đắk Lắk</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="70" />
            <source>e.g. TTr</source>
            <translation>ví dụ: TTr</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="74" />
            <source>Printed under the signature (optional)</source>
            <translation>In dưới chữ ký (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="78" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="79" />
            <source>&amp;Save settings</source>
            <translation>&amp;Lưu thiết lập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="84" />
            <source>Sa&amp;ve language</source>
            <translation>Lư&amp;u ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="129" />
            <source>Agenc&amp;y name:</source>
            <translation>&amp;Tên cơ quan:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="130" />
            <source>Place na&amp;me (for the date line):</source>
            <translation>Đị&amp;a danh (ghi ở dòng ngày tháng):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="142" />
            <source>This desk</source>
            <translation>Máy trạm này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="164" />
            <source>&amp;Interface language:</source>
            <translation>Ngôn ngữ gia&amp;o diện:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="124" />
            <source>Printed on every receipt and slip</source>
            <translation>In trên mọi giấy biên nhận và phiếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="111" />
            <source>Security key of this computer</source>
            <translation>Khóa bảo mật của máy này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="115" />
            <source>The operating system's key store (keyring) could not be used, so the device key is in the file “device_secret” of the data folder: %1. Anyone who copies that folder and knows a password can open the data. Restrict access to the folder, or set up a keyring (on Linux: GNOME Keyring or KWallet) and restart the program.</source>
            <translation>Không dùng được kho khóa của hệ điều hành (keyring), nên khóa thiết bị đang nằm trong tệp “device_secret” của thư mục dữ liệu: %1. Ai sao chép được thư mục này và biết một mật khẩu thì mở được dữ liệu. Hãy hạn chế quyền truy cập thư mục, hoặc cài đặt kho khóa (trên Linux: GNOME Keyring hoặc KWallet) rồi khởi động lại chương trình.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="128" />
            <source>&amp;Parent agency:</source>
            <translation>Cơ quan &amp;chủ quản:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="131" />
            <source>&amp;Document symbol:</source>
            <translation>Ký hiệu &amp;văn bản:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="132" />
            <source>Signer &amp;title:</source>
            <translation>Chức vụ &amp;người ký:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="133" />
            <source>Signer &amp;name:</source>
            <translation>Họ tên ngườ&amp;i ký:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="146" />
            <source>without input, then the screen locks (applies at the next login)</source>
            <translation>không thao tác thì khóa màn hình (áp dụng từ lần đăng nhập sau)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="149" />
            <source>A&amp;uto-lock after:</source>
            <translation>Tự động khóa &amp;sau:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="158" />
            <source>Language of this computer</source>
            <translation>Ngôn ngữ của máy tính này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="168" />
            <source>Applies the next time the program starts, from the login window on. Any user may change it.</source>
            <translation>Áp dụng từ lần mở phần mềm sau, kể cả cửa sổ đăng nhập. Người dùng nào cũng có thể thay đổi.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="206" />
            <source>Only an administrator can change these settings.</source>
            <translation>Chỉ quản trị viên mới được thay đổi các thiết lập này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="271" />
            <source>Settings saved.</source>
            <translation>Đã lưu thiết lập.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="271" />
            <source>Nothing changed; nothing was saved.</source>
            <translation>Không có thay đổi nào; không lưu gì.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="289" />
            <source>Something went wrong. Details are in the log.</source>
            <translation>Đã xảy ra lỗi. Chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="308" />
            <source>Saved. Restart the program to use the new language.</source>
            <translation>Đã lưu. Hãy mở lại phần mềm để dùng ngôn ngữ mới.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_agency.py" line="315" />
            <source>The language could not be saved. Details are in the log.</source>
            <translation>Không lưu được ngôn ngữ. Chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentSlipDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="333" />
            <source>Appointment slip</source>
            <translation>Phiếu hẹn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="340" />
            <source>e.g. the reception room, 1st floor</source>
            <translation>ví dụ: phòng tiếp công dân, tầng 1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="341" />
            <source>name and position</source>
            <translation>họ tên và chức vụ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="342" />
            <source>&amp;Date and time:</source>
            <translation>&amp;Ngày giờ hẹn:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="343" />
            <source>&amp;Place:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="344" />
            <source>&amp;Meet with:</source>
            <translation>&amp;Gặp ông/bà:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="365" />
            <source>Choose a date and time later than now.</source>
            <translation>Chọn ngày giờ sau thời điểm hiện tại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="367" />
            <source>Enter the place.</source>
            <translation>Nhập địa điểm.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="369" />
            <source>Enter who the citizen will meet.</source>
            <translation>Nhập người mà công dân sẽ gặp.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsEditor</name>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="167" />
            <source>Attach scanned files…</source>
            <translation>Đính kèm tệp quét…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="168" />
            <source>Remove file</source>
            <translation>Bỏ tệp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="184" />
            <source>Attach scanned files</source>
            <translation>Đính kèm tệp quét</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="184" />
            <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Tệp quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="74" />
            <source>e.g. reveal, login, user_</source>
            <translation>ví dụ: mở khóa, đăng nhập, tài khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="78" />
            <source>username</source>
            <translation>tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="81" />
            <source>&amp;Filter</source>
            <translation>&amp;Lọc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="82" />
            <source>Load &amp;older entries</source>
            <translation>Tải các bản ghi &amp;cũ hơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="83" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Xác minh chuỗi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="85" />
            <source>Recompute every link of the hash chain and check the supervisors' signed checkpoints.</source>
            <translation>Tính lại mọi mắt xích của chuỗi băm và kiểm tra các điểm xác nhận do lãnh đạo ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="117" />
            <source>A&amp;ction contains:</source>
            <translation>&amp;Thao tác có chứa:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="119" />
            <source>&amp;User:</source>
            <translation>&amp;Người dùng:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="188" />
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="190" />
            <source>Verifying the whole chain…</source>
            <translation>Đang kiểm tra toàn bộ chuỗi…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="190" />
            <source>Verify chain</source>
            <translation>Xác minh chuỗi nhật ký</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="221" />
            <source>Chain intact. Entries checked: %1. Signed checkpoints valid: %2.</source>
            <translation>Chuỗi toàn vẹn. Số bản ghi đã kiểm tra: %1. Số điểm ký xác nhận hợp lệ: %2.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="228" />
            <source>Chain BROKEN. First broken link: entry #%1 (%2). Report this to a supervisor.</source>
            <translation>Chuỗi BỊ HỎNG. Mắt xích hỏng đầu tiên: bản ghi số %1 (%2). Hãy báo cho lãnh đạo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="240" />
            <source>The check could not run. Details are in the log.</source>
            <translation>Không chạy được việc kiểm tra. Chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="249" />
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="256" />
            <source>Entries shown: %1 (end of the log).</source>
            <translation>Số bản ghi hiển thị: %1 (hết nhật ký).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="259" />
            <source>Matching entries: %1, searched back to entry #%2. Load older entries to search further.</source>
            <translation>Số bản ghi khớp: %1, đã tìm đến bản ghi số %2. Tải các bản ghi cũ hơn để tìm tiếp.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="265" />
            <source>Entries shown: %1, newest first; scroll down for more.</source>
            <translation>Số bản ghi hiển thị: %1, mới nhất trước; cuộn xuống để xem thêm.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit.py" line="270" />
            <source>Not loaded: %1</source>
            <translation>Chưa tải được: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="202" />
            <source>#</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="203" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="204" />
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="205" />
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="206" />
            <source>Case no. / id</source>
            <translation>Số hồ sơ / mã</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="207" />
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="222" />
            <source>The audit log could not be loaded. Details are in the log.</source>
            <translation>Không tải được nhật ký hệ thống. Chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_audit_model.py" line="253" />
            <source>(supervisors only)</source>
            <translation>(chỉ lãnh đạo được xem)</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="61" />
            <source>logged in</source>
            <translation>đăng nhập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="62" />
            <source>failed to log in</source>
            <translation>đăng nhập không thành công</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="63" />
            <source>logged in with the recovery code</source>
            <translation>đăng nhập bằng mã khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="64" />
            <location filename="../../reception_app/ui/admin/audit_text.py" line="245" />
            <source>logged out</source>
            <translation>đăng xuất</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="65" />
            <source>unlocked the desk after the auto-lock</source>
            <translation>mở khóa màn hình sau khi tự động khóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="66" />
            <source>recorded case</source>
            <translation>tiếp nhận hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="67" />
            <source>asked to unlock the identities of case</source>
            <translation>đề nghị mở khóa danh tính hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="68" />
            <source>unlocked the identities of case</source>
            <translation>mở khóa danh tính hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="69" />
            <source>was refused unlocking the identities of case</source>
            <translation>bị từ chối mở khóa danh tính hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="70" />
            <source>masked again the identities of case</source>
            <translation>che lại danh tính hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="71" />
            <source>asked to open a sealed attachment of case</source>
            <translation>đề nghị mở tệp đính kèm niêm phong của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="74" />
            <source>was refused opening a sealed attachment of case</source>
            <translation>bị từ chối mở tệp đính kèm niêm phong của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="77" />
            <source>opened a sealed attachment of case</source>
            <translation>mở tệp đính kèm niêm phong của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="78" />
            <source>attached a scanned file to case</source>
            <translation>đính kèm tệp quét vào hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="79" />
            <source>asked to see the protected person's identity in case</source>
            <translation>đề nghị xem danh tính người được bảo vệ trong hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="82" />
            <source>was refused the protected person's identity in case</source>
            <translation>bị từ chối xem danh tính người được bảo vệ trong hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="85" />
            <source>found altered identity data in case</source>
            <translation>phát hiện dữ liệu danh tính bị sửa đổi trong hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="86" />
            <source>ran the identity duplicate check</source>
            <translation>kiểm tra trùng danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="87" />
            <source>printed a document of case</source>
            <translation>in văn bản của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="88" />
            <source>recorded a disclosure of identity for case</source>
            <translation>ghi nhận việc cung cấp danh tính của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="89" />
            <source>exported the logbook</source>
            <translation>xuất sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="90" />
            <source>loaded a rule and form set</source>
            <translation>đã nạp một bộ quy tắc và mẫu văn bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="91" />
            <source>exported the statistics</source>
            <translation>xuất số liệu thống kê</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="92" />
            <source>created an account</source>
            <translation>tạo tài khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="93" />
            <source>deactivated an account</source>
            <translation>vô hiệu hóa tài khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="94" />
            <source>granted the supervisor role</source>
            <translation>cấp quyền lãnh đạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="95" />
            <source>was refused a role change</source>
            <translation>bị từ chối thay đổi quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="96" />
            <source>reset a password</source>
            <translation>đặt lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="97" />
            <source>changed their password</source>
            <translation>đổi mật khẩu của mình</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="98" />
            <source>changed the desk settings</source>
            <translation>thay đổi thiết lập của máy trạm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="99" />
            <source>filled the agency directory</source>
            <translation>nạp danh mục cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="100" />
            <source>added an agency to the directory</source>
            <translation>thêm cơ quan vào danh mục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="101" />
            <source>changed an agency in the directory</source>
            <translation>sửa cơ quan trong danh mục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="102" />
            <source>set a day of the working calendar</source>
            <translation>đặt ngày trong lịch làm việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="103" />
            <source>removed a day from the working calendar</source>
            <translation>xóa ngày khỏi lịch làm việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="104" />
            <source>made an encrypted backup</source>
            <translation>sao lưu mã hóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="105" />
            <source>started restoring a backup</source>
            <translation>bắt đầu khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="106" />
            <source>recorded a request to protect the denouncer of case</source>
            <translation>ghi nhận đề nghị bảo vệ người tố cáo của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="109" />
            <source>decided on protecting the denouncer of case</source>
            <translation>quyết định việc bảo vệ người tố cáo của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="110" />
            <source>added a protection measure to case</source>
            <translation>thêm biện pháp bảo vệ cho hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="111" />
            <source>marked a protection measure done for case</source>
            <translation>ghi nhận đã thực hiện biện pháp bảo vệ của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="112" />
            <source>ended the protection for case</source>
            <translation>chấm dứt bảo vệ của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="113" />
            <source>recorded a report of retaliation for case</source>
            <translation>ghi nhận báo cáo trù dập, trả thù của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="114" />
            <source>recorded the handling of a retaliation for case</source>
            <translation>ghi nhận việc xử lý trù dập, trả thù của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="117" />
            <source>set up the desk</source>
            <translation>thiết lập phần mềm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="118" />
            <source>restored a backup</source>
            <translation>khôi phục một bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="119" />
            <source>compared a noted audit head code</source>
            <translation>đối chiếu một mã mốc nhật ký đã ghi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="120" />
            <source>started replacing the identity key</source>
            <translation>bắt đầu thay khóa danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="121" />
            <source>replaced the identity key</source>
            <translation>đã thay khóa danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="122" />
            <source>took over the replaced identity key</source>
            <translation>nhận khóa danh tính mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="123" />
            <source>pinned the desk's public keys</source>
            <translation>ghim khóa công khai của máy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="124" />
            <source>pinned the desk's public keys again</source>
            <translation>ghim lại khóa công khai của máy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="125" />
            <source>certified users' signing keys</source>
            <translation>chứng nhận khóa ký của người dùng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="126" />
            <source>started signing disclosures, account changes and daily logins</source>
            <translation>bắt đầu ký xác nhận các lần công bố danh tính, thay đổi tài khoản và đăng nhập đầu ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="129" />
            <source>found the data older than recorded (rollback)</source>
            <translation>phát hiện dữ liệu cũ hơn mốc đã ghi (bị quay lui)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="130" />
            <source>acknowledged a rollback of the data</source>
            <translation>xác nhận việc dữ liệu bị quay lui</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="131" />
            <source>checked the desk's keys and sealed data</source>
            <translation>kiểm tra khóa và dữ liệu niêm phong của máy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="132" />
            <source>raised a security alarm</source>
            <translation>phát cảnh báo an ninh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="133" />
            <source>disclosed an identity on a document of case</source>
            <translation>ghi danh tính trên văn bản của hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="134" />
            <source>joined the office server</source>
            <translation>tham gia máy chủ của cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="135" />
            <source>pinned the office's key manifest</source>
            <translation>ghim bộ khóa của văn phòng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="136" />
            <source>(another desk of the office) saw the identities of case</source>
            <translation>(bàn tiếp khác của văn phòng) đã xem danh tính trong hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="139" />
            <source>signed the office audit chain</source>
            <translation>ký xác nhận chuỗi nhật ký văn phòng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="140" />
            <source>set aside another desk's event that could not be applied</source>
            <translation>để riêng một thay đổi của bàn khác không áp dụng được</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="143" />
            <source>asked to retry the events set aside</source>
            <translation>yêu cầu thử lại các thay đổi bị để riêng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="144" />
            <source>found the office server restored from an older backup (changes sent again)</source>
            <translation>phát hiện máy chủ văn phòng được khôi phục từ bản sao lưu cũ (đã gửi lại các thay đổi)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="147" />
            <source>resumed sending: the office server holds this desk's own events again</source>
            <translation>gửi lại bình thường: máy chủ văn phòng đã giữ đúng các thay đổi của bàn này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="150" />
            <source>chose the version kept of a case changed on two desks</source>
            <translation>chọn phiên bản giữ lại của hồ sơ bị hai bàn cùng sửa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="153" />
            <source>chose the version kept of a protection request changed on two desks</source>
            <translation>chọn phiên bản giữ lại của yêu cầu bảo vệ bị hai bàn cùng sửa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="156" />
            <source>saw the protected person's identity in case</source>
            <translation>xem danh tính người được bảo vệ trong hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="159" />
            <source>recorded a return visit for case</source>
            <translation>ghi nhận lượt tiếp mới cho hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="160" />
            <source>asked for the identity duplicate check</source>
            <translation>đề nghị tra trùng theo số giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="163" />
            <source>was refused the identity duplicate check</source>
            <translation>bị từ chối tra trùng theo số giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="171" />
            <source>reason</source>
            <translation>lý do</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="172" />
            <source>legal basis</source>
            <translation>căn cứ pháp lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="173" />
            <source>outcome</source>
            <translation>kết quả</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="174" />
            <source>supervisor</source>
            <translation>lãnh đạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="175" />
            <source>approved by</source>
            <translation>người phê duyệt</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="176" />
            <source>account</source>
            <translation>tài khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="177" />
            <source>roles</source>
            <translation>quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="178" />
            <source>decision</source>
            <translation>quyết định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="179" />
            <source>decision number</source>
            <translation>số quyết định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="180" />
            <source>result</source>
            <translation>kết quả giải quyết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="181" />
            <source>kind</source>
            <translation>loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="182" />
            <location filename="../../reception_app/ui/admin/audit_text.py" line="198" />
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="183" />
            <location filename="../../reception_app/ui/admin/audit_text.py" line="199" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="184" />
            <source>document</source>
            <translation>văn bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="185" />
            <source>document number</source>
            <translation>số văn bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="186" />
            <source>copies</source>
            <translation>số liên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="187" />
            <source>identity printed</source>
            <translation>có in danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="188" />
            <source>reprint</source>
            <translation>in lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="189" />
            <source>count</source>
            <translation>số lượng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="190" />
            <source>fields</source>
            <translation>mục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="191" />
            <source>minutes</source>
            <translation>phút</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="192" />
            <source>day</source>
            <translation>ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="193" />
            <source>day kind</source>
            <translation>loại ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="194" />
            <source>size (bytes)</source>
            <translation>dung lượng (byte)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="195" />
            <source>reporter codes</source>
            <translation>mã người gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="196" />
            <source>papers received</source>
            <translation>giấy tờ nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="197" />
            <source>warnings</source>
            <translation>cảnh báo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="200" />
            <source>measures</source>
            <translation>biện pháp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="201" />
            <source>admissible</source>
            <translation>đủ điều kiện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="202" />
            <source>jurisdiction</source>
            <translation>thẩm quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="203" />
            <source>group</source>
            <translation>nhóm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="204" />
            <source>times filed</source>
            <translation>số lần gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="205" />
            <source>copies for</source>
            <translation>các liên gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="206" />
            <source>copies naming the citizen</source>
            <translation>liên ghi danh tính công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="207" />
            <source>identity left in free text (count)</source>
            <translation>danh tính để lại trong nội dung (số chỗ)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="208" />
            <source>identity replaced in free text (count)</source>
            <translation>danh tính đã thay trong nội dung (số chỗ)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="209" />
            <source>password must be changed</source>
            <translation>phải đổi mật khẩu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="210" />
            <source>name typed, not an account (keyed hash)</source>
            <translation>tên đã nhập không phải tài khoản (mã băm có khóa)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="211" />
            <source>audit head</source>
            <translation>mốc nhật ký</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="212" />
            <source>replaced audit head</source>
            <translation>mốc nhật ký bị thay</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="213" />
            <source>checked</source>
            <translation>đã kiểm tra</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="214" />
            <source>identity key</source>
            <translation>khóa danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="215" />
            <source>people</source>
            <translation>số người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="216" />
            <source>persons</source>
            <translation>người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="217" />
            <source>received by the head of the agency</source>
            <translation>lãnh đạo cơ quan trực tiếp tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="218" />
            <source>due on</source>
            <translation>hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="219" />
            <source>status</source>
            <translation>tình trạng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="220" />
            <source>reporters</source>
            <translation>người gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="221" />
            <source>rule</source>
            <translation>quy định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="222" />
            <source>with the recovery code</source>
            <translation>bằng mã khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="223" />
            <source>target</source>
            <translation>nơi lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="224" />
            <source>added</source>
            <translation>đã thêm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="225" />
            <source>codes</source>
            <translation>mã</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="226" />
            <source>other case</source>
            <translation>hồ sơ khác</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="227" />
            <source>office desk</source>
            <translation>bàn tiếp của cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="228" />
            <source>held by the server up to</source>
            <translation>máy chủ giữ đến số</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="229" />
            <source>sent by this desk up to</source>
            <translation>bàn này đã gửi đến số</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="230" />
            <source>received by this desk up to</source>
            <translation>bàn này đã nhận đến số</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="231" />
            <source>desk number</source>
            <translation>số bàn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="232" />
            <source>office server</source>
            <translation>máy chủ cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="238" />
            <source>no reason given</source>
            <translation>không ghi lý do</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="239" />
            <source>wrong supervisor name or password</source>
            <translation>sai tên đăng nhập hoặc mật khẩu của lãnh đạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="240" />
            <source>the account is not a supervisor</source>
            <translation>tài khoản không phải lãnh đạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="241" />
            <source>the time ran out</source>
            <translation>hết thời gian</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="242" />
            <source>the case window was closed</source>
            <translation>đã đóng cửa sổ hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="243" />
            <source>the desk locked</source>
            <translation>màn hình tự khóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="244" />
            <source>the privacy screen</source>
            <translation>che màn hình</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="246" />
            <source>daily, automatic</source>
            <translation>tự động hằng ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="247" />
            <source>by hand</source>
            <translation>thủ công</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="248" />
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="249" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="250" />
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="251" />
            <source>other</source>
            <translation>khác</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="252" />
            <source>too many wrong passwords from this session: paused</source>
            <translation>phiên này nhập sai mật khẩu quá nhiều lần: tạm dừng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="253" />
            <source>alarm</source>
            <translation>cảnh báo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="254" />
            <source>match</source>
            <translation>khớp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="255" />
            <source>in order</source>
            <translation>bình thường</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="261" />
            <source>receipt</source>
            <translation>giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="262" />
            <source>transfer slip</source>
            <translation>phiếu chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="263" />
            <source>guidance slip</source>
            <translation>phiếu hướng dẫn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="264" />
            <source>appointment slip</source>
            <translation>phiếu hẹn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="265" />
            <source>acceptance proposal</source>
            <translation>phiếu đề xuất thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="266" />
            <source>refusal notice</source>
            <translation>thông báo từ chối tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="267" />
            <source>logbook</source>
            <translation>sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="268" />
            <source>transfer notice to the denouncer</source>
            <translation>thông báo chuyển đơn cho người tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="269" />
            <source>notice of the handling result</source>
            <translation>thông báo kết quả xử lý đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="270" />
            <source>reception record</source>
            <translation>biên bản tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="271" />
            <source>letter returning the petition</source>
            <translation>văn bản trả lại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="272" />
            <source>reminder letter to a body</source>
            <translation>văn bản đôn đốc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="273" />
            <source>request to a lower level</source>
            <translation>văn bản yêu cầu cấp dưới giải quyết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="274" />
            <source>protection decision</source>
            <translation>quyết định áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="275" />
            <source>acceptance notice</source>
            <translation>thông báo thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="276" />
            <source>non-acceptance notice</source>
            <translation>thông báo không thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="277" />
            <source>acceptance decision</source>
            <translation>quyết định thụ lý tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="278" />
            <source>guidance for a petition with several contents</source>
            <translation>hướng dẫn đơn có nhiều nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="281" />
            <source>protection request</source>
            <translation>đơn đề nghị áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="282" />
            <source>petition handling book</source>
            <translation>sổ theo dõi xử lý đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="283" />
            <source>Excel workbook</source>
            <translation>bảng tính Excel</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/audit_text.py" line="329" />
            <source>%1: case</source>
            <translation>%1 hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>BackUpNow</name>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="74" />
            <source>A backup is already running.</source>
            <translation>Đang có một bản sao lưu chạy.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="78" />
            <source>Choose the backup folder (e.g. a USB stick)</source>
            <translation>Chọn thư mục sao lưu (ví dụ: ổ USB)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="135" />
            <source>Daily encrypted backup…</source>
            <translation>Đang sao lưu mã hóa hằng ngày…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="144" />
            <source>Encrypted backup written and checked: {0} ({1} cases).</source>
            <translation>Đã ghi và kiểm tra bản sao lưu mã hóa: {0} ({1} hồ sơ).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="149" />
            <source>Encrypted backup…</source>
            <translation>Đang sao lưu mã hóa…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="74" />
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="143" />
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="154" />
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="162" />
            <source>The backup could not be written.</source>
            <translation>Không ghi được bản sao lưu.</translation>
        </message>
    </context>
    <context>
        <name>BodyLetterDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="133" />
            <source>e.g. the commune People's Committee</source>
            <translation>ví dụ: Ủy ban nhân dân xã</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="136" />
            <source>optional, e.g. no. 12/UBND dated 02/01/2027</source>
            <translation>không bắt buộc, ví dụ: số 12/UBND ngày 02/01/2027</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="138" />
            <source>&amp;Body:</source>
            <translation>&amp;Cơ quan:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="139" />
            <source>&amp;Earlier letter:</source>
            <translation>&amp;Văn bản trước:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="153" />
            <source>Enter the body.</source>
            <translation>Vui lòng nhập cơ quan.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="155" />
            <source>Choose at least one copy to print.</source>
            <translation>Vui lòng chọn ít nhất một bản cần in.</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_camera.py" line="89" />
            <source>Scan the ID card with the camera</source>
            <translation>Quét thẻ căn cước bằng camera</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_camera.py" line="91" />
            <source>Hold the QR code on the front of the card still in front of the camera, about 15 cm away.</source>
            <translation>Giữ yên mã QR ở mặt trước của thẻ trước camera, cách khoảng 15 cm.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_camera.py" line="109" />
            <source>The camera cannot be used on this computer (media libraries missing).</source>
            <translation>Không dùng được camera trên máy này (thiếu thư viện đa phương tiện).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_camera.py" line="120" />
            <source>No camera found on this computer.</source>
            <translation>Không tìm thấy camera trên máy này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_camera.py" line="147" />
            <source>The camera cannot be used (is another program using it?).</source>
            <translation>Không dùng được camera (có chương trình khác đang dùng?).</translation>
        </message>
    </context>
    <context>
        <name>CaseBox</name>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="22" />
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="27" />
            <source>Number:</source>
            <translation>Số:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="28" />
            <source>Received:</source>
            <translation>Ngày tiếp nhận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="29" />
            <source>Kind:</source>
            <translation>Loại đơn:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="30" />
            <source>Channel:</source>
            <translation>Hình thức tiếp nhận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="31" />
            <source>Sector:</source>
            <translation>Lĩnh vực:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="32" />
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="33" />
            <source>Due:</source>
            <translation>Hạn xử lý:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="34" />
            <source>Subject:</source>
            <translation>Trích yếu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="35" />
            <source>Content:</source>
            <translation>Nội dung:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="36" />
            <source>Accused:</source>
            <translation>Người bị khiếu nại, tố cáo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="37" />
            <source>Location:</source>
            <translation>Địa điểm:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="38" />
            <source>People in the group:</source>
            <translation>Số người trong đoàn:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="39" />
            <source>Received by:</source>
            <translation>Cán bộ tiếp nhận:</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailDialog</name>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="103" />
            <source>Case %1</source>
            <translation>Hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="119" />
            <source>Print receipt</source>
            <translation>In giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="120" />
            <source>Transfer slip…</source>
            <translation>Phiếu chuyển đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="121" />
            <source>&amp;Documents</source>
            <translation>&amp;Văn bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="138" />
            <source>Handling</source>
            <translation>Xử lý đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="162" />
            <source>Print &amp;receipt</source>
            <translation>&amp;In giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="163" />
            <source>&amp;Transfer slip…</source>
            <translation>Phiếu &amp;chuyển đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="164" />
            <source>&amp;Guidance slip…</source>
            <translation>Phiếu &amp;hướng dẫn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="165" />
            <source>&amp;Appointment slip…</source>
            <translation>Phiếu hẹ&amp;n…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="166" />
            <source>A&amp;cceptance proposal…</source>
            <translation>Phiếu đề xuất &amp;thụ lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="167" />
            <source>Re&amp;fusal notice…</source>
            <translation>Thông &amp;báo từ chối tiếp công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="168" />
            <source>Transfer &amp;notice to the reporter…</source>
            <translation>Thông &amp;báo chuyển đơn cho người gửi…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="170" />
            <source>R&amp;eturn a misdirected petition…</source>
            <translation>Trả lại đơn chuyển không đúng thẩ&amp;m quyền…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="171" />
            <source>C&amp;hase the receiving body…</source>
            <translation>Đôn đốc cơ quan đã nhận đơn chu&amp;yển…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="172" />
            <source>Require the &amp;lower level to resolve…</source>
            <translation>Yêu cầu cấp dưới giải &amp;quyết…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="174" />
            <source>Reception rec&amp;ord…</source>
            <translation>Biên bản tiếp công &amp;dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="175" />
            <source>Res&amp;ult notice to the citizen…</source>
            <translation>Thông báo kết q&amp;uả xử lý cho công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="203" />
            <source>Result notice to the citizen (10 working days)…</source>
            <translation>Thông báo kết quả xử lý đơn cho công dân (10 ngày làm việc)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="235" />
            <source>Receipt %1</source>
            <translation>Giấy biên nhận %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="249" />
            <location filename="../../reception_app/ui/cases/case_detail.py" line="427" />
            <source>Transfer slip %1</source>
            <translation>Phiếu chuyển đơn %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="270" />
            <source>Transfer notice %1</source>
            <translation>Thông báo chuyển đơn %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="287" />
            <source>Result notice %1</source>
            <translation>Thông báo kết quả xử lý %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="327" />
            <source>Reception record %1</source>
            <translation>Biên bản tiếp công dân %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="342" />
            <source>Guidance slip %1</source>
            <translation>Phiếu hướng dẫn %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="363" />
            <source>Appointment slip %1</source>
            <translation>Phiếu hẹn %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="376" />
            <source>Acceptance proposal %1</source>
            <translation>Phiếu đề xuất thụ lý %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="392" />
            <source>Refusal notice %1</source>
            <translation>Thông báo từ chối tiếp công dân %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="445" />
            <source>A complaint, or a denunciation brought in person, is not transferred: guide the citizen.</source>
            <translation>Đơn khiếu nại, hoặc đơn tố cáo công dân trực tiếp gửi, không chuyển đơn: hãy hướng dẫn công dân.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="469" />
            <source>The document could not be shown.</source>
            <translation>Không hiển thị được văn bản.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="484" />
            <source>The document could not be printed. Details are in the log.</source>
            <translation>Không in được văn bản. Chi tiết được ghi trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_detail.py" line="137" />
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>CaseHandlingPanel</name>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="217" />
            <source>Handling</source>
            <translation>Xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="224" />
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="225" />
            <source>Decision:</source>
            <translation>Hướng xử lý:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="226" />
            <source>Result:</source>
            <translation>Kết quả:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="227" />
            <source>Next deadline:</source>
            <translation>Hạn gần nhất:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="228" />
            <source>Kept until:</source>
            <translation>Lưu đến:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="238" />
            <source>Classification</source>
            <translation>Phân loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="257" />
            <source>First time</source>
            <translation>Lần đầu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="258" />
            <source> time(s) before</source>
            <translation> lần trước đó</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="259" />
            <source>Original papers attached (to be returned)</source>
            <translation>Có giấy tờ bản gốc (phải trả lại)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="260" />
            <source>Remote area (longer complaint deadlines)</source>
            <translation>Vùng sâu, vùng xa (thời hạn khiếu nại dài hơn)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="262" />
            <source>Optional</source>
            <translation>Không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="263" />
            <source>C&amp;ontent:</source>
            <translation>&amp;Nội dung:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="264" />
            <source>Ad&amp;missibility:</source>
            <translation>Điều kiện &amp;xử lý:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="265" />
            <source>&amp;Jurisdiction:</source>
            <translation>Thẩ&amp;m quyền:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="266" />
            <source>Competent bod&amp;y:</source>
            <translation>Cơ &amp;quan có thẩm quyền:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="267" />
            <source>S&amp;igners:</source>
            <translation>Số ngườ&amp;i ký:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="268" />
            <source>Sent &amp;before:</source>
            <translation>Đã &amp;gửi trước đó:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="271" />
            <source>Inadmissible because:</source>
            <translation>Không đủ điều kiện vì:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="274" />
            <source>Note:</source>
            <translation>Ghi chú:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="278" />
            <source>Save c&amp;lassification</source>
            <translation>Lưu phân l&amp;oại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="286" />
            <source>Handling steps</source>
            <translation>Các bước xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="302" />
            <source>Re&amp;quest protection for the denouncer…</source>
            <translation>Đề nghị bảo vệ người tố cáo (&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="306" />
            <source>Report &amp;retaliation…</source>
            <translation>Báo cáo trù dập, trả thù (&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="310" />
            <source>Record a ne&amp;w visit…</source>
            <translation>Ghi nhận lượt tiếp mới (&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="312" />
            <source>The citizen came back about this case: a repeat reception in the logbook.</source>
            <translation>Công dân đến lại về vụ việc này: một lượt tiếp nhiều lần trong sổ tiếp công dân.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="320" />
            <source>&amp;Accept (thụ lý)…</source>
            <translation>&amp;Thụ lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="321" />
            <source>Do &amp;not accept…</source>
            <translation>&amp;Không thụ lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="322" />
            <source>Notice &amp;sent…</source>
            <translation>Đã gửi thông &amp;báo…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="323" />
            <source>&amp;Resolve…</source>
            <translation>Giải qu&amp;yết xong…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="324" />
            <source>E&amp;xtend deadline…</source>
            <translation>Gi&amp;a hạn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="325" />
            <source>Clos&amp;e case…</source>
            <translation>Kết thúc &amp;hồ sơ…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="326" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Chuyển đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="327" />
            <source>&amp;Guide the citizen…</source>
            <translation>Hướng &amp;dẫn công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="328" />
            <source>Ret&amp;urn petition…</source>
            <translation>T&amp;rả lại đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="329" />
            <source>&amp;File without action…</source>
            <translation>Xếp &amp;lưu đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="330" />
            <source>Refuse re&amp;ception…</source>
            <translation>Từ chối tiế&amp;p công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="331" />
            <source>C&amp;hase up…</source>
            <translation>Đôn đốc (&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="332" />
            <source>&amp;Verify tip…</source>
            <translation>Kiểm tra, xác minh thông tin (&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="333" />
            <source>Lin&amp;k same content…</source>
            <translation>Liên kết đơn cùng nội d&amp;ung…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="337" />
            <source>Deadlines</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="341" />
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="342" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="343" />
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="344" />
            <source>Days left</source>
            <translation>Còn lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="345" />
            <source>Extensions</source>
            <translation>Gia hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="346" />
            <source>Legal basis [certainty]</source>
            <translation>Căn cứ [độ tin cậy]</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="353" />
            <source>Certainty: V verified in the legal text; R as seen in practice; T secondary source, not verified; M common practice, not verified.</source>
            <translation>Độ tin cậy: V đã đối chiếu văn bản pháp luật; R theo thực tế phần mềm đang dùng; T nguồn thứ cấp, chưa kiểm chứng; M theo thực tiễn, chưa kiểm chứng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="365" />
            <source>Transfers</source>
            <translation>Chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="368" />
            <source>Receiving body</source>
            <translation>Cơ quan nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="368" />
            <source>Sent</source>
            <translation>Ngày chuyển</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="368" />
            <source>Report due</source>
            <translation>Hạn báo cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="368" />
            <source>Reply</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="368" />
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="392" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="372" />
            <source>Record re&amp;ply…</source>
            <translation>Ghi nhận &amp;kết quả…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="381" />
            <source>History</source>
            <translation>Lịch sử xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="385" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="386" />
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="387" />
            <source>Step</source>
            <translation>Bước</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="388" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="389" />
            <source>Decision no.</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="390" />
            <source>Body</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="391" />
            <source>Reasons</source>
            <translation>Lý do (danh mục)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="427" />
            <source>The case could not be loaded.</source>
            <translation>Không tải được hồ sơ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="467" />
            <source>The protection requests could not be loaded.</source>
            <translation>Không tải được các yêu cầu bảo vệ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="480" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="482" />
            <source>due today</source>
            <translation>đến hạn hôm nay</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="483" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="507" />
            <source>done %1</source>
            <translation>xong %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="530" />
            <source>waiting</source>
            <translation>đang chờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="574" />
            <source>A supervisor decides this step: log in with a supervisor account.</source>
            <translation>Bước này do lãnh đạo quyết định: hãy đăng nhập bằng tài khoản lãnh đạo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="575" />
            <source>Reception officers record this step: log in with an officer account.</source>
            <translation>Bước này do cán bộ tiếp dân ghi nhận: hãy đăng nhập bằng tài khoản cán bộ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="613" />
            <source>The people and reasons are sealed at once; only a supervisor can read them.</source>
            <translation>Thông tin người được bảo vệ và lý do được niêm phong ngay; chỉ lãnh đạo mới xem được.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="615" />
            <source>Reception officers record protection requests.</source>
            <translation>Đề nghị bảo vệ do cán bộ tiếp dân ghi nhận.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="629" />
            <source>Reception officers record retaliation reports.</source>
            <translation>Cán bộ tiếp công dân ghi nhận báo cáo trù dập, trả thù.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="631" />
            <source>The description is sealed at once; only a supervisor can read it back.</source>
            <translation>Nội dung được niêm phong ngay; chỉ lãnh đạo mới đọc lại được.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="634" />
            <source>This account cannot look up the case's protection request; a supervisor can record the report.</source>
            <translation>Tài khoản này không tra cứu được yêu cầu bảo vệ của hồ sơ; lãnh đạo có thể ghi nhận báo cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="637" />
            <source>The case has no protection request.</source>
            <translation>Hồ sơ chưa có yêu cầu bảo vệ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="654" />
            <source>group petition (%1 or more signers)</source>
            <translation>đơn nhiều người (từ %1 người ký)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="656" />
            <source>single petition</source>
            <translation>đơn một người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="724" />
            <source>The classification could not be saved.</source>
            <translation>Không lưu được phân loại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="790" />
            <source>The visit was added to the reception logbook.</source>
            <translation>Đã ghi lượt tiếp vào sổ tiếp công dân.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="795" />
            <source>The retaliation report was recorded and sealed.</source>
            <translation>Đã ghi nhận và niêm phong báo cáo trù dập, trả thù.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="804" />
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="809" />
            <source>Recorded: %1.</source>
            <translation>Đã ghi nhận: %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/case_handling_panel.py" line="807" />
            <source>The protection request was recorded and sealed.</source>
            <translation>Đã ghi nhận và niêm phong đề nghị bảo vệ.</translation>
        </message>
    </context>
    <context>
        <name>CaseLetters</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="313" />
            <source>Guidance for several con&amp;tents…</source>
            <translation>Hướng dẫn đơn có nhiều nội dun&amp;g…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="341" />
            <source>Acceptance notice…</source>
            <translation>Thông báo thụ lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="342" />
            <source>Non-acceptance notice…</source>
            <translation>Thông báo không thụ lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="343" />
            <source>Acceptance decision…</source>
            <translation>Quyết định thụ lý tố cáo…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="368" />
            <source>Record the acceptance in the handling first.</source>
            <translation>Cần ghi bước thụ lý trong phần xử lý trước.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="381" />
            <source>Record the non-acceptance in the handling first.</source>
            <translation>Cần ghi bước không thụ lý trong phần xử lý trước.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="392" />
            <source>Acceptance notice %1</source>
            <translation>Thông báo thụ lý %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="410" />
            <source>Non-acceptance notice %1</source>
            <translation>Thông báo không thụ lý %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="423" />
            <source>Acceptance decision %1</source>
            <translation>Quyết định thụ lý tố cáo %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="439" />
            <source>Guidance %1</source>
            <translation>Hướng dẫn %1</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="93" />
            <source>Overdue: the due date has passed and the case is still open.</source>
            <translation>Quá hạn: đã qua hạn giải quyết mà hồ sơ vẫn chưa xong.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="122" />
            <source>The case list could not be loaded. Details are in the log.</source>
            <translation>Không tải được danh sách hồ sơ. Chi tiết được ghi trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="199" />
            <source>%1 (overdue)</source>
            <translation>%1 (quá hạn)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="204" />
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="205" />
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="206" />
            <source>Kind</source>
            <translation>Loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="207" />
            <source>Subject</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="208" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="209" />
            <source>Due</source>
            <translation>Hạn xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/case_table_model.py" line="210" />
            <source>Reporter code</source>
            <translation>Mã người gửi đơn</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="55" />
            <source>Exact words with &amp;marks</source>
            <translation>Đúng từ có &amp;dấu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="57" />
            <source>Find “Nhung” but not “những”: every word as typed, with its marks (case does not matter).</source>
            <translation>Tìm “Nhung” mà không ra “những”: từng từ đúng như đã gõ, kể cả dấu (không phân biệt chữ hoa, chữ thường).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="70" />
            <source>&amp;Open case</source>
            <translation>&amp;Mở hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="106" />
            <source>Search number, subject, content, accused, place…</source>
            <translation>Tìm theo số, trích yếu, nội dung, người bị KN/TC, địa điểm…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="111" />
            <source>All kinds</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="116" />
            <source>Any status</source>
            <translation>Mọi tình trạng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="119" />
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="246" />
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/cases/cases_page.py" line="255" />
            <source>The first %n cases are shown; search or use the filters to find older ones.</source>
            <translation>
                <numerusform>Đang hiện %n hồ sơ đầu tiên; hãy tìm kiếm hoặc dùng bộ lọc để tìm hồ sơ cũ hơn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/cases/cases_page.py" line="258" />
            <source>%n case(s) shown; scroll for more</source>
            <translation>
                <numerusform>Đang hiện %n hồ sơ; cuộn xuống để xem thêm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/cases/cases_page.py" line="260" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n hồ sơ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="269" />
            <source>No case matches “%1”. Reporters' names, ID numbers, phone numbers and addresses are sealed and are never searched: search by case number, subject, content, accused or place. Earlier cases of the same person are found only by a supervisor's identity duplicate check (audited).</source>
            <translation>Không có hồ sơ nào khớp với “%1”. Họ tên, số giấy tờ, số điện thoại và địa chỉ của người gửi đơn được niêm phong và không bao giờ được tìm kiếm: hãy tìm theo số hồ sơ, trích yếu, nội dung, người bị khiếu nại, tố cáo hoặc nơi xảy ra. Chỉ lãnh đạo mới tìm được các hồ sơ trước đây của cùng một người, bằng chức năng kiểm tra trùng danh tính (có ghi nhật ký).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="274" />
            <source>No case matches these filters. Choose “All kinds” and “Any status” to see every case.</source>
            <translation>Không có hồ sơ nào khớp với bộ lọc này. Chọn “Tất cả các loại” và “Mọi tình trạng” để xem mọi hồ sơ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="276" />
            <source>No cases yet. Record the first one on the Intake page (Ctrl+N).</source>
            <translation>Chưa có hồ sơ nào. Hãy ghi nhận hồ sơ đầu tiên ở trang Tiếp nhận (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/cases_page.py" line="282" />
            <source>Not loaded</source>
            <translation>Chưa tải được</translation>
        </message>
    </context>
    <context>
        <name>CitizenDocumentDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="216" />
            <source>Choose at least one copy to print.</source>
            <translation>Vui lòng chọn ít nhất một bản cần in.</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="61" />
            <source>Case number</source>
            <translation>Số hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="61" />
            <source>Versions</source>
            <translation>Số phiên bản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="61" />
            <source>Desks</source>
            <translation>Các bàn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="75" />
            <source>%1 (protection request)</source>
            <translation>%1 (yêu cầu bảo vệ)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="93" />
            <source>The office conflicts could not be loaded. Details are in the log.</source>
            <translation>Không tải được danh sách xung đột giữa các bàn. Chi tiết có trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>CopyChooser</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="112" />
            <source>Copies to print</source>
            <translation>Các bản cần in</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="123" />
            <source>The citizen's copy</source>
            <translation>Bản giao công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="124" />
            <source>Copy to the receiving or competent body</source>
            <translation>Bản gửi cơ quan nhận / có thẩm quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="125" />
            <source>Copy to the superior body</source>
            <translation>Bản gửi cơ quan cấp trên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="126" />
            <source>File copy (kept under the secrecy regime)</source>
            <translation>Bản lưu hồ sơ (quản lý theo chế độ mật)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="127" />
            <source>The receiving officer's copy</source>
            <translation>Bản cán bộ tiếp nhận giữ</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../reception_app/ui/common/form_fields.py" line="49" />
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
    </context>
    <context>
        <name>DocumentRequestDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="94" />
            <source>The document could not be printed. Details are in the log.</source>
            <translation>Không in được văn bản. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsBox</name>
        <message>
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="52" />
            <source>Documents received</source>
            <translation>Tài liệu đã nhận</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/cases/case_boxes.py" line="55" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsEditor</name>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="50" />
            <source>Paper, e.g. Đơn tố cáo, Quyết định số …</source>
            <translation>Tên tài liệu, ví dụ Đơn tố cáo, Quyết định số …</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="54" />
            <source> p.</source>
            <translation> tr.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="58" />
            <source>Add paper</source>
            <translation>Thêm tài liệu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="59" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="61" />
            <source>Paper</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="61" />
            <source>Pages</source>
            <translation>Số trang</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_widgets.py" line="61" />
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
    </context>
    <context>
        <name>DuplicateCheckDialog</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="50" />
            <source>Duplicate check by ID number</source>
            <translation>Kiểm tra trùng theo số giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="53" />
            <source>Only a supervisor may look up other cases by a citizen's ID number. The supervisor enters their own account and the reason; the check is recorded in the audit log and tells only how many saved cases have this number.</source>
            <translation>Chỉ lãnh đạo mới được tra cứu hồ sơ khác theo số giấy tờ của công dân. Lãnh đạo nhập tài khoản của chính mình và lý do; việc kiểm tra được ghi vào nhật ký hoạt động và chỉ cho biết có bao nhiêu hồ sơ đã lưu mang số này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="67" />
            <source>Why the check is needed (required)</source>
            <translation>Lý do cần kiểm tra (bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="71" />
            <source>Supervisor &amp;username:</source>
            <translation>&amp;Tên đăng nhập của lãnh đạo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="72" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="73" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="75" />
            <source>&amp;Check</source>
            <translation>&amp;Kiểm tra</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_dupes.py" line="119" />
            <source>The check could not be made. Details are in the log.</source>
            <translation>Không kiểm tra được. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>EndProtectionDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="231" />
            <source>End protection (case %1)</source>
            <translation>Chấm dứt bảo vệ (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="234" />
            <source>Record the written decision that ends the protection measures.</source>
            <translation>Ghi nhận quyết định bằng văn bản chấm dứt áp dụng biện pháp bảo vệ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="235" />
            <source>The end of protection could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được việc chấm dứt bảo vệ. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="240" />
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="245" />
            <source>Enter the number of the written decision.</source>
            <translation>Vui lòng nhập số quyết định.</translation>
        </message>
    </context>
    <context>
        <name>GrantSupervisorDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="343" />
            <source>Account:</source>
            <translation>Tài khoản:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="344" />
            <source>The account's own &amp;password:</source>
            <translation>&amp;Mật khẩu của chính tài khoản đó:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="348" />
            <source>Approving &amp;supervisor:</source>
            <translation>&amp;Lãnh đạo phê duyệt:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="349" />
            <source>Supervisor's pass&amp;word:</source>
            <translation>Mật &amp;khẩu của lãnh đạo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="351" />
            <source>Grant supervisor role</source>
            <translation>Cấp quyền lãnh đạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="352" />
            <source>Grant</source>
            <translation>Cấp quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="354" />
            <source>A supervisor can unlock reporters' identities. The person receiving the role types their own password, and a current supervisor approves with theirs. Both are recorded in the audit log.</source>
            <translation>Lãnh đạo có thể mở khóa danh tính người gửi đơn. Người được cấp quyền tự nhập mật khẩu của mình, và một lãnh đạo hiện tại phê duyệt bằng mật khẩu của họ. Cả hai đều được ghi vào nhật ký hệ thống.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceSlipDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="277" />
            <source>Guidance slip</source>
            <translation>Phiếu hướng dẫn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="279" />
            <source>The citizen is guided to the competent body. Copies to other bodies never name a denouncer.</source>
            <translation>Công dân được hướng dẫn đến cơ quan có thẩm quyền. Bản gửi cơ quan khác không bao giờ ghi danh tính người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="282" />
            <source>e.g. the commune People's Committee (type to pick from the directory)</source>
            <translation>ví dụ: Ủy ban nhân dân xã (gõ để chọn trong danh mục)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="284" />
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="285" />
            <source>&amp;Competent body:</source>
            <translation>Cơ quan có &amp;thẩm quyền:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="286" />
            <source>&amp;Its superior:</source>
            <translation>Cơ quan &amp;cấp trên:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="309" />
            <source>Enter the competent body.</source>
            <translation>Nhập cơ quan có thẩm quyền.</translation>
        </message>
    </context>
    <context>
        <name>IdScan</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="253" />
            <source>Scanner on %1</source>
            <translation>Máy quét ở cổng %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="292" />
            <source>An anonymous tip records no reporter identity; choose another kind of case to scan a card.</source>
            <translation>Tin tố cáo nặc danh không ghi thông tin người gửi; hãy chọn loại hồ sơ khác rồi mới quét thẻ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="305" />
            <source>No room for another reporter on this form.</source>
            <translation>Biểu mẫu đã đủ số người gửi tối đa, không thêm được người gửi nữa.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="311" />
            <source>Filled reporter %1 from the ID card; check it against the card and type the phone number.</source>
            <translation>Đã điền người gửi thứ %1 từ thẻ căn cước; hãy đối chiếu với thẻ và nhập số điện thoại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="315" />
            <source>The card's address was converted to the current province and ward; please check.</source>
            <translation>Địa chỉ trên thẻ đã được chuyển sang tỉnh, phường/xã hiện nay; vui lòng kiểm tra lại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="372" />
            <source>Supervisor check: %1 saved case(s) already have this ID number.</source>
            <translation>Kiểm tra của lãnh đạo: đã có %1 hồ sơ lưu với số giấy tờ này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="374" />
            <source>Supervisor check: no saved case has this ID number.</source>
            <translation>Kiểm tra của lãnh đạo: chưa có hồ sơ nào lưu với số giấy tờ này.</translation>
        </message>
    </context>
    <context>
        <name>IdScanBar</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="116" />
            <source>Put the cursor here (F8) and scan the QR code on the chip ID card</source>
            <translation>Đặt con trỏ vào đây (F8) rồi quét mã QR trên thẻ căn cước gắn chip</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="117" />
            <location filename="../../reception_app/ui/scan/id_scan.py" line="118" />
            <source>Scan ID card</source>
            <translation>Quét CCCD</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="120" />
            <source>Camera…</source>
            <translation>Camera…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="121" />
            <source>Read the QR code of the ID card with the webcam</source>
            <translation>Đọc mã QR của thẻ căn cước bằng webcam</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="122" />
            <source>Scanner port…</source>
            <translation>Cổng máy quét…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="123" />
            <source>Use a scanner in serial (COM port) mode on this computer</source>
            <translation>Dùng máy quét ở chế độ cổng COM (nối tiếp) trên máy này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="131" />
            <source>Duplicate check (supervisor)…</source>
            <translation>Kiểm tra trùng (lãnh đạo)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan.py" line="133" />
            <source>A supervisor at the desk approves looking up saved cases with this ID number</source>
            <translation>Lãnh đạo có mặt tại bàn tiếp cho phép tra cứu các hồ sơ đã lưu có số giấy tờ này</translation>
        </message>
    </context>
    <context>
        <name>IdentityGuard</name>
        <message numerus="yes">
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="130" />
            <source>The subject or content holds the reporter's own identity (%n place(s)).</source>
            <translation>
                <numerusform>Trích yếu hoặc nội dung có thông tin nhận diện của chính người gửi đơn (%n chỗ).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="132" />
            <source>The subject or content holds a phone or ID number (%n place(s)).</source>
            <translation>
                <numerusform>Trích yếu hoặc nội dung có số điện thoại hoặc số giấy tờ tùy thân (%n chỗ).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="134" />
            <source>It would be stored in the clear and could identify the reporter.</source>
            <translation>Phần này được lưu không niêm phong và có thể làm lộ người gửi đơn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="135" />
            <source>Replace with %1</source>
            <translation>Thay bằng %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="156" />
            <source>Holds what looks like the reporter's identity.</source>
            <translation>Có thông tin giống danh tính của người gửi đơn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="201" />
            <source>Identity in the text</source>
            <translation>Danh tính trong nội dung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="204" />
            <source>The subject or content still holds what looks like the reporter's identity (%n place(s)). Free text is stored in the clear and is not masked.</source>
            <translation>
                <numerusform>Trích yếu hoặc nội dung vẫn còn thông tin giống danh tính của người gửi đơn (%n chỗ). Phần chữ tự do được lưu không niêm phong và không được che.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="210" />
            <source>Replace it with %1 before saving?</source>
            <translation>Thay bằng %1 trước khi lưu?</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="211" />
            <source>&amp;Replace and save</source>
            <translation>&amp;Thay rồi lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/identity_guard.py" line="212" />
            <source>&amp;Keep as typed and save</source>
            <translation>&amp;Giữ nguyên và lưu</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="133" />
            <source> person(s)</source>
            <translation> người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="135" />
            <source>Receiv&amp;ed by the head of the agency (lãnh đạo tiếp)</source>
            <translation>Lãnh đạo cơ quan trực tiếp tiếp (&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="136" />
            <source>Counted as a reception led by the head in the periodic report.</source>
            <translation>Được tính là lượt lãnh đạo tiếp trong báo cáo định kỳ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="141" />
            <source>Person or agency complained about or denounced</source>
            <translation>Cá nhân, cơ quan bị khiếu nại, tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="146" />
            <source>One line: what the case is about</source>
            <translation>Một dòng: hồ sơ về việc gì</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="149" />
            <source>What the citizen says, requests and the evidence offered</source>
            <translation>Công dân trình bày, đề nghị gì và cung cấp bằng chứng gì</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="156" />
            <source>&amp;Add reporter</source>
            <translation>Thêm người gửi (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="160" />
            <source>Anonymous tip (no name or a false name): no reporter identity is recorded. It is handled as information with denunciation content (Law on Denunciations, Article 25).</source>
            <translation>Đơn nặc danh hoặc mạo danh: không ghi thông tin người gửi. Được xử lý như thông tin có nội dung tố cáo (Luật Tố cáo, Điều 25).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="167" />
            <source>Discard restored draft</source>
            <translation>Bỏ bản nháp đã khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="171" />
            <source>&amp;Print receipt</source>
            <translation>&amp;In giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="172" />
            <source>Reception rec&amp;ord…</source>
            <translation>Biên bản tiếp công &amp;dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="175" />
            <location filename="../../reception_app/ui/intake/intake_page.py" line="677" />
            <source>&amp;Save (Ctrl+S)</source>
            <translation>Lư&amp;u (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="177" />
            <source>Clear form (Esc)</source>
            <translation>Xóa biểu mẫu (Esc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="187" />
            <source>Reception</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="191" />
            <source>&amp;Kind</source>
            <translation>&amp;Loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="192" />
            <source>C&amp;hannel</source>
            <translation>Hình thứ&amp;c</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="193" />
            <source>Received at</source>
            <translation>Thời điểm tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="194" />
            <source>Number of people</source>
            <translation>Số người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="195" />
            <source>Sec&amp;tor</source>
            <translation>Lĩnh &amp;vực</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="200" />
            <source>Reporters (identity is sealed and masked after saving)</source>
            <translation>Người gửi (thông tin nhân thân được niêm phong và che sau khi lưu)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="209" />
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="213" />
            <source>Acc&amp;used</source>
            <translation>Người &amp;bị KN, TC</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="214" />
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="215" />
            <source>S&amp;ubject</source>
            <translation>Trích &amp;yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="216" />
            <source>C&amp;ontent</source>
            <translation>&amp;Nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="219" />
            <source>Where it happened</source>
            <translation>Nơi xảy ra vụ việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="221" />
            <source>Place details</source>
            <translation>Chi tiết địa điểm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="223" />
            <source>Related cases (found by accused, content and ward, never by identity)</source>
            <translation>Vụ việc liên quan (tìm theo người bị tố cáo, nội dung và phường/xã, không bao giờ theo danh tính)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="228" />
            <source>Papers received (listed on the receipt)</source>
            <translation>Tài liệu nhận (ghi trên giấy biên nhận)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="231" />
            <source>Scanned attachments (sealed like identity)</source>
            <translation>Tệp quét đính kèm (niêm phong như thông tin nhân thân)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="400" />
            <source>Group reception (%1 people): record the representatives (1 to %2, each a reporter) and the written appointment signed by the group (Law on Citizen Reception, Article 30).</source>
            <translation>Tiếp đoàn đông người (%1 người): ghi người đại diện (từ 1 đến %2 người, mỗi người là một người gửi) và văn bản cử đại diện có chữ ký của cả đoàn (Luật Tiếp công dân, Điều 30).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/intake/intake_page.py" line="640" />
            <source>%n field(s) need attention; the form is kept as typed.</source>
            <translation>
                <numerusform>Có %n trường cần sửa; biểu mẫu vẫn được giữ nguyên.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="677" />
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="686" />
            <source>Saved: case %1.</source>
            <translation>Đã lưu: hồ sơ số %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="688" />
            <source>Reporter code: %1.</source>
            <translation>Mã người gửi: %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="692" />
            <source>Not attached (attach them from the case): %1</source>
            <translation>Chưa đính kèm được (hãy đính kèm từ trang hồ sơ): %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="709" />
            <source>The form is kept as typed.</source>
            <translation>Biểu mẫu vẫn được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="711" />
            <source>A scanned file could not be read; nothing was saved. The form is kept.</source>
            <translation>Không đọc được một tệp quét; chưa lưu gì. Biểu mẫu vẫn được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="714" />
            <source>Saving failed; the form is kept. Details are in the log.</source>
            <translation>Lưu không thành công; biểu mẫu vẫn được giữ nguyên. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="746" />
            <source>Discard draft?</source>
            <translation>Bỏ bản nháp?</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="747" />
            <source>Clear the form and discard everything typed for this case?</source>
            <translation>Xóa biểu mẫu và bỏ toàn bộ thông tin đã nhập cho hồ sơ này?</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="785" />
            <source>Draft kept (encrypted) at %1</source>
            <translation>Đã lưu nháp (mã hóa) lúc %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="791" />
            <source>Draft not saved: %1</source>
            <translation>Chưa lưu được bản nháp: %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/intake_page.py" line="804" />
            <source>Restored the unsaved form from %1.</source>
            <translation>Đã khôi phục biểu mẫu chưa lưu từ %1.</translation>
        </message>
    </context>
    <context>
        <name>JobStatus</name>
        <message>
            <location filename="../../reception_app/ui/common/jobs.py" line="191" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="399" />
            <source>Logged in as %1. Enter your password to continue.</source>
            <translation>Đang đăng nhập với tài khoản %1. Nhập mật khẩu để tiếp tục.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="412" />
            <source>Enter your password.</source>
            <translation>Nhập mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="430" />
            <source>Could not unlock. Details are in the log.</source>
            <translation>Không mở khóa được. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="159" />
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="165" />
            <source>The desk is locked</source>
            <translation>Màn hình đã khóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="175" />
            <source>&amp;Unlock</source>
            <translation>Mở &amp;khóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="177" />
            <source>&amp;Switch user</source>
            <translation>Đổi người &amp;dùng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="180" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
    </context>
    <context>
        <name>LogbookModel</name>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="65" />
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="66" />
            <source>Received</source>
            <translation>Ngày tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="67" />
            <source>Case number</source>
            <translation>Số hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="68" />
            <source>Channel</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="69" />
            <source>Kind</source>
            <translation>Loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="70" />
            <source>Subject</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="71" />
            <source>Reporter code</source>
            <translation>Mã người gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="72" />
            <source>People</source>
            <translation>Số người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="73" />
            <source>Officer</source>
            <translation>Cán bộ tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="74" />
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="120" />
            <source>The logbook could not be loaded. Details are in the log.</source>
            <translation>Không tải được sổ tiếp công dân. Chi tiết có trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>LogbookPageWidget</name>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="158" />
            <source>All kinds</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="161" />
            <source>Large groups only (5 or more people)</source>
            <translation>Chỉ đoàn đông người (từ 5 người)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="162" />
            <source>Walk-in only</source>
            <translation>Chỉ tiếp trực tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="163" />
            <source>&amp;Show</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="165" />
            <source>&amp;Print logbook…</source>
            <translation>&amp;In sổ tiếp công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="166" />
            <source>Export &amp;XLSX…</source>
            <translation>Xuất X&amp;LSX…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="167" />
            <source>Petition &amp;book…</source>
            <translation>Sổ theo &amp;dõi xử lý đơn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="168" />
            <source>The book of the petitions received by post or transferred, masked.</source>
            <translation>Sổ các đơn nhận qua bưu chính hoặc do cơ quan khác chuyển đến (đã che danh tính).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="171" />
            <source>The official logbook of the period (every reception; kind and group filters apply on screen only).</source>
            <translation>Sổ tiếp công dân chính thức của kỳ (mọi lượt tiếp; bộ lọc loại đơn và đoàn đông người chỉ áp dụng trên màn hình).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="199" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="201" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="232" />
            <source>The end date is before the start date.</source>
            <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="235" />
            <source>Choose a period of at most ten years.</source>
            <translation>Hãy chọn khoảng thời gian tối đa mười năm.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="242" />
            <source>%n case(s) shown; scroll for more</source>
            <translation>
                <numerusform>Đang hiện %n hồ sơ; cuộn xuống để xem thêm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="244" />
            <source>%n case(s) in the period</source>
            <translation>
                <numerusform>%n hồ sơ trong kỳ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="262" />
            <source>Preparing the logbook…</source>
            <translation>Đang lập sổ tiếp công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="262" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="263" />
            <source>Print logbook</source>
            <translation>In sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="297" />
            <source>Petition book %1</source>
            <translation>Sổ theo dõi xử lý đơn %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="305" />
            <source>The logbook could not be prepared. Details are in the log.</source>
            <translation>Không lập được sổ tiếp công dân. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="312" />
            <source>Export logbook</source>
            <translation>Xuất sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="312" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="320" />
            <source>Exporting…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="324" />
            <source>%n row(s) exported to %1</source>
            <translation>
                <numerusform>Đã xuất %n dòng vào %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/logbook/logbook_page.py" line="328" />
            <source>The export failed. Details are in the log.</source>
            <translation>Xuất không thành công. Chi tiết có trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="56" />
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="69" />
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="152" />
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="72" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="74" />
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="164" />
            <source>Use recovery code…</source>
            <translation>Dùng mã khôi phục…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="92" />
            <source>&amp;Username:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="93" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="100" />
            <source>Type the recovery code printed at first-run setup.</source>
            <translation>Nhập mã khôi phục đã in ra khi thiết lập lần đầu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="103" />
            <source>&amp;Recovery code:</source>
            <translation>Mã &amp;khôi phục:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="107" />
            <source>Citizen reception desk</source>
            <translation>Tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="152" />
            <source>Logging in…</source>
            <translation>Đang đăng nhập…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="164" />
            <source>Use password…</source>
            <translation>Dùng mật khẩu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="176" />
            <source>Type the recovery code.</source>
            <translation>Nhập mã khôi phục.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="188" />
            <source>Type your username and password.</source>
            <translation>Nhập tên đăng nhập và mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/login_dialog.py" line="207" />
            <source>Unexpected error while logging in. Details are in the log.</source>
            <translation>Lỗi không mong đợi khi đăng nhập. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>LongJobProgress</name>
        <message>
            <location filename="../../reception_app/ui/common/long_job_progress.py" line="36" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/long_job_progress.py" line="69" />
            <source>Stopping…</source>
            <translation>Đang dừng…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="101" />
            <source>Citizen reception desk</source>
            <translation>Tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="147" />
            <source>&amp;Find…</source>
            <translation>&amp;Tìm kiếm…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="148" />
            <source>&amp;New case</source>
            <translation>&amp;Tiếp nhận mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="149" />
            <source>&amp;Overdue cases</source>
            <translation>Hồ sơ &amp;quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="150" />
            <source>&amp;Logbook…</source>
            <translation>&amp;Sổ tiếp công dân…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="151" />
            <source>&amp;Privacy screen</source>
            <translation>&amp;Che màn hình</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="152" />
            <source>&amp;Log out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="153" />
            <source>&amp;Back up now…</source>
            <translation>Sao &amp;lưu ngay…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="154" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="155" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="173" />
            <source>Intake</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="174" />
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="175" />
            <source>Logbook</source>
            <translation>Sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="176" />
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="176" />
            <source>For supervisors and administrators.</source>
            <translation>Dành cho lãnh đạo và quản trị.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="177" />
            <source>Administration</source>
            <translation>Quản trị</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="251" />
            <source>&amp;Session</source>
            <translation>&amp;Phiên làm việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="262" />
            <source>&amp;Cases</source>
            <translation>&amp;Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="269" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="272" />
            <source>&amp;Help</source>
            <translation>T&amp;rợ giúp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="277" />
            <source>Check a noted code…</source>
            <translation>Kiểm tra mã đã ghi…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="291" />
            <source>Audit head code: %1</source>
            <translation>Mã mốc nhật ký: %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="303" />
            <source>This computer keeps its security key in a file: keep the data folder safe (Administration).</source>
            <translation>Máy này lưu khóa bảo mật trong một tệp: hãy giữ an toàn thư mục dữ liệu (xem trang Quản trị).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="384" />
            <source>%1 overdue</source>
            <translation>%1 hồ sơ quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="389" />
            <source>Case %1 saved.</source>
            <translation>Đã lưu hồ sơ %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="429" />
            <source>Receipt %1</source>
            <translation>Giấy biên nhận %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="460" />
            <source>Logbook %1</source>
            <translation>Sổ tiếp công dân %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="468" />
            <source>The document could not be shown.</source>
            <translation>Không hiển thị được văn bản.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="490" />
            <location filename="../../reception_app/ui/shell/app_window.py" line="505" />
            <source>Audit head code</source>
            <translation>Mã mốc nhật ký</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="490" />
            <source>Code noted at an earlier supervisor login (e.g. 1234-89ABCDEF):</source>
            <translation>Mã đã ghi lại ở lần đăng nhập lãnh đạo trước (ví dụ 1234-89ABCDEF):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="501" />
            <source>The noted code is in the audit log: no rollback since then.</source>
            <translation>Mã đã ghi có trong nhật ký: dữ liệu không bị quay lui từ đó đến nay.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="507" />
            <source>The noted code is NOT in the audit log: the data was replaced or rewritten since it was noted. Do not use this desk for sealed data; report it.</source>
            <translation>Mã đã ghi KHÔNG có trong nhật ký: dữ liệu đã bị thay hoặc viết lại kể từ khi ghi mã. Không dùng máy này cho dữ liệu niêm phong; hãy báo cáo ngay.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="521" />
            <source>Daily encrypted backup made.</source>
            <translation>Đã sao lưu mã hóa hằng ngày.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/app_window.py" line="537" />
            <source>Something went wrong. Details are in the log.</source>
            <translation>Đã xảy ra lỗi. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>MultiContentDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="216" />
            <source>Guidance for a petition with several contents</source>
            <translation>Hướng dẫn đơn có nhiều nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="222" />
            <source>content</source>
            <translation>nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="222" />
            <source>competent body</source>
            <translation>cơ quan có thẩm quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="227" />
            <source>Content &amp;%1:</source>
            <translation>Nội dung &amp;%1:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="229" />
            <source>optional: the content this agency keeps</source>
            <translation>không bắt buộc: nội dung cơ quan này giữ lại giải quyết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="230" />
            <source>optional: reported to</source>
            <translation>không bắt buộc: cơ quan nhận báo cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="231" />
            <source>&amp;Kept here:</source>
            <translation>Nội dung &amp;giữ lại:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="232" />
            <source>S&amp;uperior:</source>
            <translation>Cơ quan cấp &amp;trên:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="255" />
            <source>Enter each content with the body competent for it.</source>
            <translation>Nhập từng nội dung và cơ quan có thẩm quyền giải quyết nội dung đó.</translation>
        </message>
    </context>
    <context>
        <name>NewOfficerDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="176" />
            <source>&amp;Username:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="177" />
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="178" />
            <source>Initial &amp;password:</source>
            <translation>&amp;Mật khẩu ban đầu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="179" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="182" />
            <source>At least 12 characters and hard to guess: not a name or a common word.</source>
            <translation>Ít nhất 12 ký tự và khó đoán: không dùng tên người hay từ thông dụng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="186" />
            <source>New officer account</source>
            <translation>Tài khoản cán bộ mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="187" />
            <source>Create</source>
            <translation>Tạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="188" />
            <source>The officer records and prints cases. Give them the initial password in person.</source>
            <translation>Cán bộ tiếp dân ghi nhận và in hồ sơ. Hãy trực tiếp trao mật khẩu ban đầu cho cán bộ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="203" />
            <source>The two passwords do not match.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>NumberHighlighter</name>
        <message>
            <location filename="../../reception_app/ui/common/reason_fields.py" line="44" />
            <source>Looks like a phone or ID number: it would be stored in the clear.</source>
            <translation>Giống số điện thoại hoặc số giấy tờ tùy thân: phần này được lưu không niêm phong.</translation>
        </message>
    </context>
    <context>
        <name>OfficeConflictsTab</name>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="181" />
            <source>Two desks changed these cases or protection requests from the same version. Both versions are kept; choose the one the office keeps. Your choice is sent to every desk and recorded in the audit log.</source>
            <translation>Hai bàn đã cùng sửa các hồ sơ hoặc yêu cầu bảo vệ này từ cùng một phiên bản. Cả hai phiên bản đều được lưu; hãy chọn phiên bản cơ quan giữ lại. Lựa chọn được gửi tới mọi bàn và ghi vào nhật ký hệ thống.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="194" />
            <source>&amp;Keep the selected version</source>
            <translation>&amp;Giữ phiên bản đã chọn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="200" />
            <source>Desk</source>
            <translation>Bàn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="200" />
            <source>Event no.</source>
            <translation>Số thứ tự</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="200" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="200" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="200" />
            <source>Attempts</source>
            <translation>Số lần thử</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="204" />
            <source>&amp;Retry events set aside</source>
            <translation>&amp;Thử lại các thay đổi bị để riêng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="227" />
            <source>Conflicting changes</source>
            <translation>Các thay đổi xung đột</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="236" />
            <source>Events set aside</source>
            <translation>Thay đổi bị để riêng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="265" />
            <source>The office review failed. Details are in the log.</source>
            <translation>Không thực hiện được thao tác. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="314" />
            <source>Version kept; it will be sent to every desk.</source>
            <translation>Đã giữ phiên bản; quyết định sẽ được gửi tới mọi bàn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="319" />
            <source>cannot be decrypted</source>
            <translation>không giải mã được</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="320" />
            <source>malformed</source>
            <translation>sai cấu trúc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="321" />
            <source>could not be applied</source>
            <translation>không áp dụng được</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="324" />
            <source>new case</source>
            <translation>hồ sơ mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="325" />
            <source>handling move</source>
            <translation>bước xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="326" />
            <source>return visit</source>
            <translation>lần đến lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="327" />
            <source>conflict decision</source>
            <translation>quyết định về xung đột</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="328" />
            <source>protection request</source>
            <translation>yêu cầu bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="329" />
            <source>protection conflict decision</source>
            <translation>quyết định xung đột yêu cầu bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="339" />
            <source>No event of another desk is set aside.</source>
            <translation>Không có thay đổi nào của bàn khác bị để riêng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="342" />
            <source>%1 events of other desks could not be applied here. Later changes of their cases wait for them.</source>
            <translation>%1 thay đổi của các bàn khác không áp dụng được tại bàn này. Các thay đổi sau của cùng hồ sơ đang chờ chúng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="345" />
            <source>A retry is asked for %1 of them.</source>
            <translation>Đã yêu cầu thử lại %1 thay đổi.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="360" />
            <source>Retry asked: the office sync tries again at its next round.</source>
            <translation>Đã yêu cầu thử lại: lần đồng bộ tiếp theo sẽ thử lại.</translation>
        </message>
    </context>
    <context>
        <name>OfficeStatusIndicator</name>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="44" />
            <source>Office: connecting…</source>
            <translation>Văn phòng: đang kết nối…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="46" />
            <source>Server refused: %1</source>
            <translation>Máy chủ từ chối: %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="48" />
            <source>Online</source>
            <translation>Trực tuyến</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="50" />
            <source>Offline since %1</source>
            <translation>Ngoại tuyến từ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="52" />
            <source>%1 changes waiting to be sent</source>
            <translation>%1 thay đổi chờ gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="54" />
            <source>all changes sent</source>
            <translation>đã gửi hết thay đổi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="55" />
            <source>other desks as of %1</source>
            <translation>dữ liệu các bàn khác lúc %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="57" />
            <source>%1 events set aside</source>
            <translation>%1 thay đổi bị để riêng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="59" />
            <source>the server was restored from an older backup: changes are being sent again</source>
            <translation>máy chủ vừa được khôi phục từ bản sao lưu cũ, đang gửi lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/office_status.py" line="64" />
            <source>SENDING STOPPED: the server holds another event under number %1 of this desk, call the IT officer</source>
            <translation>ĐÃ DỪNG GỬI: máy chủ giữ một thay đổi khác ở số %1 của bàn này, hãy báo cán bộ CNTT</translation>
        </message>
    </context>
    <context>
        <name>OldKeyBackupsDialog</name>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="37" />
            <source>Backups holding the old identity key</source>
            <translation>Các bản sao lưu còn giữ khóa danh tính cũ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="40" />
            <source>These backups were made before the identity key was changed. They still hold the old key and the identities sealed with it: anyone who knows a password of that time (or the old recovery code) can open them. Destroy them (delete the folders and empty the recycle bin). Also destroy every copy made before the change on USB sticks, other PCs or network shares.</source>
            <translation>Các bản sao lưu này được tạo trước khi đổi khóa danh tính. Chúng vẫn chứa khóa cũ và các danh tính đã niêm phong bằng khóa đó: ai biết một mật khẩu của thời điểm đó (hoặc mã khôi phục cũ) đều mở được. Hãy hủy chúng (xóa các thư mục và dọn sạch thùng rác). Đồng thời hủy mọi bản sao tạo trước khi đổi khóa đang nằm trên USB, máy tính khác hoặc thư mục mạng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="52" />
            <source>Looking for backups…</source>
            <translation>Đang tìm các bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="55" />
            <source>&amp;Open the backup folder</source>
            <translation>&amp;Mở thư mục sao lưu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="74" />
            <source>%n backup(s) in the data folder still hold the old key. Folder: %1</source>
            <translation>
                <numerusform>Có %n bản sao lưu trong thư mục dữ liệu còn giữ khóa cũ. Thư mục: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="79" />
            <source>No backup in the data folder holds an old key.</source>
            <translation>Không có bản sao lưu nào trong thư mục dữ liệu còn giữ khóa cũ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/old_backups_dialog.py" line="86" />
            <source>The backups could not be listed.</source>
            <translation>Không liệt kê được các bản sao lưu.</translation>
        </message>
    </context>
    <context>
        <name>OwedNoticesModel</name>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="47" />
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="47" />
            <source>Notice owed</source>
            <translation>Thông báo phải gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="47" />
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="47" />
            <source>Legal basis</source>
            <translation>Căn cứ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="57" />
            <source>Result notice (10 working days)</source>
            <translation>Thông báo kết quả xử lý (10 ngày làm việc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="58" />
            <source>Acceptance notice (5 working days)</source>
            <translation>Thông báo thụ lý (05 ngày làm việc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="59" />
            <source>Refusal notice (3 working days)</source>
            <translation>Thông báo từ chối tiếp (03 ngày làm việc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="63" />
            <source>%1 (overdue)</source>
            <translation>%1 (quá hạn)</translation>
        </message>
    </context>
    <context>
        <name>OwedNoticesPanel</name>
        <message>
            <location filename="../../reception_app/ui/cases/owed_notices.py" line="77" />
            <source>Notices owed to citizens (overdue or due within 3 working days)</source>
            <translation>Thông báo phải gửi công dân (đã quá hạn hoặc đến hạn trong 3 ngày làm việc)</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="258" />
            <source>C&amp;urrent password:</source>
            <translation>Mật khẩu &amp;hiện tại:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="261" />
            <source>Account:</source>
            <translation>Tài khoản:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="262" />
            <source>&amp;New password:</source>
            <translation>Mật khẩu &amp;mới:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="265" />
            <source>&amp;Repeat new password:</source>
            <translation>&amp;Nhập lại mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="269" />
            <source>Approving &amp;supervisor:</source>
            <translation>&amp;Lãnh đạo phê duyệt:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="270" />
            <source>Supervisor's pass&amp;word:</source>
            <translation>Mật &amp;khẩu của lãnh đạo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="273" />
            <source>Your password no longer meets the password rules (at least 12 characters, hard to guess). Choose a new one now: type your current password, then the new one twice.</source>
            <translation>Mật khẩu của bạn không còn đáp ứng quy định về mật khẩu (ít nhất 12 ký tự, khó đoán). Hãy đặt mật khẩu mới ngay: nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="277" />
            <source>Type your current password, then the new one twice. It applies at the next login.</source>
            <translation>Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần. Mật khẩu mới áp dụng từ lần đăng nhập sau.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="280" />
            <source>This is a supervisor's account: another supervisor must approve the reset with their own password.</source>
            <translation>Đây là tài khoản lãnh đạo: một lãnh đạo khác phải phê duyệt việc đặt lại bằng mật khẩu của mình.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="283" />
            <source>Tell the user the new password in person.</source>
            <translation>Hãy trực tiếp báo mật khẩu mới cho người dùng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="285" />
            <source>Change my password</source>
            <translation>Đổi mật khẩu của tôi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="285" />
            <source>Change password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="287" />
            <source>Reset password</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="287" />
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="305" />
            <source>The two passwords do not match.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>PasswordMeter</name>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="44" />
            <source>very weak</source>
            <translation>rất yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="45" />
            <source>weak</source>
            <translation>yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="46" />
            <source>fair</source>
            <translation>trung bình</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="47" />
            <source>strong</source>
            <translation>mạnh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="48" />
            <source>very strong</source>
            <translation>rất mạnh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="67" />
            <source>Strength: —</source>
            <translation>Độ mạnh: —</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="72" />
            <source>Strength: %1</source>
            <translation>Độ mạnh: %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/password_meter.py" line="76" />
            <source>Strength: %1 (needed: %2)</source>
            <translation>Độ mạnh: %1 (cần: %2)</translation>
        </message>
    </context>
    <context>
        <name>PlacePicker</name>
        <message>
            <location filename="../../reception_app/ui/common/place_picker.py" line="196" />
            <source>Province / city</source>
            <translation>Tỉnh / thành phố</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/place_picker.py" line="197" />
            <source>Ward / commune</source>
            <translation>Phường / xã</translation>
        </message>
    </context>
    <context>
        <name>PresentedIdentityBox</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="151" />
            <source>The citizen presents their ID card at the desk</source>
            <translation>Công dân xuất trình giấy tờ tùy thân tại bàn tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="156" />
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="158" />
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="159" />
            <source>Full &amp;name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="160" />
            <source>&amp;ID number:</source>
            <translation>&amp;Số giấy tờ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="161" />
            <source>A&amp;ddress:</source>
            <translation>Địa chỉ cư t&amp;rú:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="163" />
            <source>Fills the citizen's copy only, from what the citizen shows; the sealed record is not read.</source>
            <translation>Chỉ ghi vào bản giao công dân, theo giấy tờ công dân xuất trình; không đọc hồ sơ danh tính đã niêm phong.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="172" />
            <source>Several reporters: ask a supervisor to reveal their identities.</source>
            <translation>Nhiều người đứng đơn: đề nghị lãnh đạo mở khóa danh tính.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="191" />
            <source>Enter the full name as shown on the ID card.</source>
            <translation>Vui lòng nhập họ và tên như trên giấy tờ tùy thân.</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="161" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="162" />
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="194" />
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="206" />
            <source>The document could not be printed.</source>
            <translation>Không in được văn bản.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/common/print_preview.py" line="208" />
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>Đã gửi %n trang tới máy in.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="213" />
            <source>Save as PDF</source>
            <translation>Lưu thành PDF</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="213" />
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="226" />
            <source>The file could not be saved.</source>
            <translation>Không lưu được tệp.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/common/print_preview.py" line="228" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyScreen</name>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="130" />
            <source>Privacy screen</source>
            <translation>Che màn hình</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/lock_screen.py" line="131" />
            <source>Privacy screen. Press F12 or Esc to return.</source>
            <translation>Màn hình đang được che. Nhấn F12 hoặc Esc để quay lại.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDecisionDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="93" />
            <source>Protection decision (case %1)</source>
            <translation>Quyết định bảo vệ người tố cáo (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="97" />
            <source>Record the written decision on the protection request (Article 52 of the Law on Denunciations).</source>
            <translation>Ghi nhận quyết định bằng văn bản về đề nghị bảo vệ (Điều 52 Luật Tố cáo).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="99" />
            <source>The decision could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được quyết định. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="104" />
            <source>&amp;Apply protection measures</source>
            <translation>Áp dụng biện pháp &amp;bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="105" />
            <source>Re&amp;fuse protection</source>
            <translation>&amp;Không áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="106" />
            <source>The person &amp;declined protection</source>
            <translation>Người được bảo vệ &amp;từ chối</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="122" />
            <source>Decision:</source>
            <translation>Quyết định:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="124" />
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="130" />
            <source>Measure</source>
            <translation>Biện pháp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="131" />
            <source>Due (dd/mm/yyyy, optional)</source>
            <translation>Hạn (dd/mm/yyyy, không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="139" />
            <source>&amp;Measures:</source>
            <translation>Biện &amp;pháp:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="159" />
            <source>Enter the number of the written decision.</source>
            <translation>Vui lòng nhập số quyết định.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="163" />
            <source>Tick at least one measure.</source>
            <translation>Vui lòng chọn ít nhất một biện pháp.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="168" />
            <source>Enter each due date as dd/mm/yyyy.</source>
            <translation>Nhập hạn theo dạng dd/mm/yyyy.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDecisionPrintDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="165" />
            <source>Protection decision</source>
            <translation>Quyết định áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="167" />
            <source>The executing body's copy shows the denouncer's code only.</source>
            <translation>Bản gửi cơ quan thực hiện chỉ ghi mã người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="171" />
            <source>optional, e.g. the provincial police</source>
            <translation>không bắt buộc, ví dụ: Công an tỉnh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="173" />
            <source>E&amp;xecuting body:</source>
            <translation>Cơ quan thực &amp;hiện:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="185" />
            <source>Choose at least one copy to print.</source>
            <translation>Vui lòng chọn ít nhất một bản cần in.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionOverview</name>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="100" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="112" />
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="101" />
            <source>Requested</source>
            <translation>Ngày đề nghị</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="102" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="112" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="115" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="103" />
            <source>Measures requested</source>
            <translation>Biện pháp đề nghị</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="104" />
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="105" />
            <source>Overdue steps</source>
            <translation>Biện pháp quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="106" />
            <source>Retaliation reports</source>
            <translation>Báo cáo trù dập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="110" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="112" />
            <source>Measure</source>
            <translation>Biện pháp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="110" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="112" />
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="110" />
            <source>Done</source>
            <translation>Đã thực hiện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="115" />
            <source>Reported</source>
            <translation>Ngày báo cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="115" />
            <source>Recorded by</source>
            <translation>Người ghi nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="115" />
            <source>Description</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="148" />
            <source>&amp;Decide…</source>
            <translation>&amp;Quyết định…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="149" />
            <source>Add &amp;measure…</source>
            <translation>&amp;Thêm biện pháp…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="150" />
            <source>&amp;End protection…</source>
            <translation>&amp;Chấm dứt bảo vệ…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="151" />
            <source>Report &amp;retaliation…</source>
            <translation>Báo cáo trù dập, trả thù (&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="152" />
            <source>Mark d&amp;one</source>
            <translation>Đã thực h&amp;iện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="153" />
            <source>Mark measure &amp;done</source>
            <translation>Ghi nhận đã thực hiện (&amp;E)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="154" />
            <source>Mark &amp;handled</source>
            <translation>Đánh &amp;dấu đã xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="155" />
            <source>Print decisio&amp;n…</source>
            <translation>In q&amp;uyết định…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="156" />
            <source>Re&amp;quest form…</source>
            <translation>In đơn đề nghị bảo &amp;vệ…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="157" />
            <source>Open protection cases</source>
            <translation>Các trường hợp đang bảo vệ hoặc chờ quyết định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="167" />
            <source>Measures of the selected case</source>
            <translation>Biện pháp của hồ sơ đang chọn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="172" />
            <source>Overdue measure steps</source>
            <translation>Biện pháp bảo vệ quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="383" />
            <source>Protection decision %1</source>
            <translation>Quyết định bảo vệ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="383" />
            <source>Protection request</source>
            <translation>Đơn đề nghị áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="519" />
            <source>No retaliation reported.</source>
            <translation>Chưa có báo cáo trù dập, trả thù.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="145" />
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="146" />
            <source>&amp;Show details…</source>
            <translation>&amp;Xem chi tiết…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="147" />
            <source>&amp;Hide details</source>
            <translation>Ẩ&amp;n chi tiết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="137" />
            <source>People and reasons stay sealed. Showing them needs a supervisor's password and a reason.</source>
            <translation>Thông tin người được bảo vệ và lý do luôn được niêm phong. Muốn xem cần mật khẩu lãnh đạo và lý do.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="140" />
            <source>Only supervisors see protection cases.</source>
            <translation>Chỉ lãnh đạo mới xem được các trường hợp bảo vệ người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="262" />
            <location filename="../../reception_app/ui/protection/protection_views.py" line="279" />
            <source>not done</source>
            <translation>chưa thực hiện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="268" />
            <source>The protection cases could not be loaded.</source>
            <translation>Không tải được danh sách bảo vệ người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="422" />
            <source>The measure was added.</source>
            <translation>Đã thêm biện pháp bảo vệ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="428" />
            <source>Protection of case %1 has ended.</source>
            <translation>Đã chấm dứt bảo vệ – hồ sơ %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="431" />
            <source>The retaliation report was recorded and sealed.</source>
            <translation>Đã ghi nhận và niêm phong báo cáo trù dập, trả thù.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="413" />
            <source>Decision %1 recorded: %2.</source>
            <translation>Đã ghi nhận quyết định %1: %2.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="177" />
            <source>Details (opened)</source>
            <translation>Thông tin chi tiết (đã mở niêm phong)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="418" />
            <source>The decision was recorded.</source>
            <translation>Đã ghi nhận quyết định.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="434" />
            <source>The measure was marked as done.</source>
            <translation>Đã ghi nhận biện pháp đã thực hiện.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="487" />
            <source>The retaliation report was marked as handled.</source>
            <translation>Đã đánh dấu báo cáo trù dập, trả thù là đã xử lý.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="492" />
            <source>This could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="500" />
            <source>handled</source>
            <translation>đã xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="500" />
            <source>open</source>
            <translation>chưa xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="512" />
            <source>Case %1</source>
            <translation>Hồ sơ %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_views.py" line="517" />
            <source>Reasons: %1</source>
            <translation>Lý do: %1</translation>
        </message>
    </context>
    <context>
        <name>ProtectionRequestDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="86" />
            <source>Protection request</source>
            <translation>Đề nghị bảo vệ người tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="90" />
            <source>The names, addresses and reasons are sealed as soon as you press OK: you will not be able to read them back; only a supervisor can, with a recorded reason.</source>
            <translation>Họ tên, địa chỉ và lý do được niêm phong ngay khi bấm OK: bạn sẽ không xem lại được; chỉ lãnh đạo mới xem được, kèm lý do được ghi nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="93" />
            <source>The request could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được đề nghị. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="98" />
            <source>The denouncer</source>
            <translation>Người tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="99" />
            <source>Spouse</source>
            <translation>Vợ hoặc chồng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="100" />
            <source>Parent (birth or adoptive)</source>
            <translation>Cha, mẹ (đẻ hoặc nuôi)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="101" />
            <source>Child (birth or adoptive)</source>
            <translation>Con (đẻ hoặc nuôi)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="102" />
            <source>Other relative</source>
            <translation>Người thân thích khác</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="109" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="109" />
            <source>Relation</source>
            <translation>Quan hệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="109" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="109" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="113" />
            <source>&amp;Add a person</source>
            <translation>&amp;Thêm người</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="116" />
            <source>&amp;People to protect:</source>
            <translation>&amp;Người được bảo vệ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="118" />
            <source>&amp;Reasons:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="120" />
            <source>&amp;Measures requested:</source>
            <translation>&amp;Biện pháp đề nghị:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="134" />
            <source>Enter at least one person to protect.</source>
            <translation>Vui lòng nhập ít nhất một người được bảo vệ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="136" />
            <source>Enter the full name of every person listed.</source>
            <translation>Vui lòng nhập họ tên của mọi người trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="138" />
            <source>Write why protection is requested.</source>
            <translation>Vui lòng ghi lý do đề nghị bảo vệ.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionRequestLetterDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="264" />
            <source>Protection request form</source>
            <translation>Đơn đề nghị áp dụng biện pháp bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="266" />
            <source>Printed masked: the denouncer fills in the people and reasons and signs it.</source>
            <translation>In đã che danh tính: người tố cáo tự ghi người cần bảo vệ, lý do và ký tên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="268" />
            <source>optional: default is the head of this agency</source>
            <translation>không bắt buộc: mặc định là thủ trưởng cơ quan này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="269" />
            <source>&amp;Addressed to:</source>
            <translation>&amp;Kính gửi:</translation>
        </message>
    </context>
    <context>
        <name>ProtectionRevealDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="168" />
            <source>Show protection details</source>
            <translation>Xem thông tin bảo vệ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="172" />
            <source>A supervisor must enter their own account and the reason. The request is recorded in the audit log.</source>
            <translation>Lãnh đạo phải nhập tài khoản của chính mình và lý do. Yêu cầu được ghi vào nhật ký hệ thống.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="174" />
            <source>The details could not be shown. Details are in the log.</source>
            <translation>Không hiển thị được thông tin. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="184" />
            <source>Why the details are needed (required)</source>
            <translation>Lý do cần xem (bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="185" />
            <source>Supervisor &amp;username:</source>
            <translation>&amp;Tên đăng nhập lãnh đạo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="186" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/request_dialogs.py" line="187" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
    </context>
    <context>
        <name>ReceptionRecordDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="74" />
            <source>Reception record</source>
            <translation>Biên bản tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="77" />
            <source>Read the statement back to the citizen (or let them read it), then print two copies to be signed or fingerprinted: one for the citizen, one for the file.</source>
            <translation>Đọc lại nội dung trình bày cho công dân nghe (hoặc để công dân tự đọc), sau đó in hai bản để ký hoặc điểm chỉ: một bản giao công dân, một bản lưu hồ sơ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="91" />
            <source>the receiving officer when empty</source>
            <translation>để trống: cán bộ tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="94" />
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="101" />
            <source>&amp;Statement (read back):</source>
            <translation>&amp;Nội dung trình bày (đọc lại):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="102" />
            <source>C&amp;haired by:</source>
            <translation>Ngườ&amp;i chủ trì:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="103" />
            <source>Also &amp;present:</source>
            <translation>Thành phần &amp;tham gia:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="104" />
            <source>&amp;Conclusion:</source>
            <translation>Kết &amp;luận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="105" />
            <source>Citizen's &amp;opinion:</source>
            <translation>Ý &amp;kiến của người được tiếp:</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="225" />
            <source>Transfer slip</source>
            <translation>Phiếu chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="228" />
            <source>The slip names reporters of denunciations by their code only and never lists them as recipients: print the transfer notice for the reporter separately.</source>
            <translation>Phiếu chỉ ghi mã của người tố cáo và không ghi họ ở Nơi nhận: in riêng thông báo chuyển đơn gửi người tố cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="233" />
            <source>e.g. the commune People's Committee (type to pick from the directory)</source>
            <translation>ví dụ: Ủy ban nhân dân xã (gõ để chọn trong danh mục)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="235" />
            <source>&amp;Receiving body:</source>
            <translation>Cơ quan &amp;nhận:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="247" />
            <source>Enter the receiving body.</source>
            <translation>Nhập cơ quan nhận.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="249" />
            <source>Choose at least one copy to print.</source>
            <translation>Vui lòng chọn ít nhất một bản cần in.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodePage</name>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="250" />
            <source>Recovery code</source>
            <translation>Mã khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="251" />
            <source>The data folder is ready. One last, important step.</source>
            <translation>Thư mục dữ liệu đã sẵn sàng. Còn một bước cuối cùng, rất quan trọng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="255" />
            <source>This recovery code is shown only once and is not stored anywhere. Write it down or print it now and keep it in a safe. Without it the data cannot be opened if every password is forgotten or the computer is replaced.</source>
            <translation>Mã khôi phục này chỉ hiển thị một lần và không được lưu ở bất kỳ đâu. Hãy ghi lại hoặc in ra ngay và cất giữ trong két an toàn. Nếu không có mã này, dữ liệu sẽ không thể mở được khi quên tất cả mật khẩu hoặc khi thay máy tính.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="292" />
            <source>To confirm you have written it down, type the last group of the code (%n characters):</source>
            <translation>
                <numerusform>Để xác nhận đã ghi lại mã, hãy nhập nhóm cuối cùng của mã (%n ký tự):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefusalNoticeDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="412" />
            <source>Refusal notice</source>
            <translation>Thông báo từ chối tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="415" />
            <source>A written notice is issued only for a case already resolved and answered in writing. For the other grounds, explain the reason to the citizen and record the refusal with its reason.</source>
            <translation>Chỉ ra thông báo bằng văn bản khi vụ việc đã được giải quyết và trả lời bằng văn bản. Với các căn cứ khác, giải thích lý do cho công dân và ghi việc từ chối kèm lý do.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="421" />
            <source>Choose a ground…</source>
            <translation>Chọn lý do…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="430" />
            <source>optional: what happened</source>
            <translation>không bắt buộc: diễn biến sự việc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="431" />
            <source>&amp;Ground:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="432" />
            <source>&amp;Details:</source>
            <translation>&amp;Chi tiết:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="452" />
            <source>Choose the ground for refusing.</source>
            <translation>Chọn lý do từ chối.</translation>
        </message>
    </context>
    <context>
        <name>RejectionNoticeDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="151" />
            <source>Non-acceptance notice</source>
            <translation>Thông báo không thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="165" />
            <source>optional: the facts</source>
            <translation>không bắt buộc: sự việc cụ thể</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="166" />
            <source>&amp;Grounds:</source>
            <translation>&amp;Căn cứ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="167" />
            <source>&amp;Details:</source>
            <translation>Chi &amp;tiết:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/letter_dialogs.py" line="192" />
            <source>Tick at least one ground.</source>
            <translation>Chọn ít nhất một căn cứ.</translation>
        </message>
    </context>
    <context>
        <name>RelatedCasesPanel</name>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="59" />
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="59" />
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="59" />
            <source>Kind</source>
            <translation>Loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="59" />
            <source>Subject</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="59" />
            <source>Why</source>
            <translation>Lý do gợi ý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="62" />
            <source>Related cases</source>
            <translation>Hồ sơ liên quan</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="63" />
            <source>Related cases appear here while you type.</source>
            <translation>Hồ sơ liên quan hiện ở đây trong khi bạn nhập.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="65" />
            <source>&amp;Open case</source>
            <translation>&amp;Mở hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="136" />
            <source>linked as the same content</source>
            <translation>đã liên kết cùng nội dung</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="137" />
            <source>same accused</source>
            <translation>cùng người bị khiếu nại, tố cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="138" />
            <source>similar content</source>
            <translation>nội dung tương tự</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="139" />
            <source>same ward</source>
            <translation>cùng xã, phường</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="155" />
            <source>Related cases could not be looked up.</source>
            <translation>Không tra cứu được hồ sơ liên quan.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../reception_app/ui/intake/related_panel.py" line="167" />
            <source>%n related case(s)</source>
            <translation>
                <numerusform>%n hồ sơ liên quan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/related_panel.py" line="167" />
            <source>No related case found.</source>
            <translation>Không tìm thấy hồ sơ liên quan.</translation>
        </message>
    </context>
    <context>
        <name>ReporterForm</name>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="55" />
            <source>Representative of the group</source>
            <translation>Người đại diện của đoàn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="56" />
            <source>Remove this reporter</source>
            <translation>Bỏ người gửi này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="58" />
            <source>No identity paper</source>
            <translation>Không có giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="60" />
            <source>(not stated)</source>
            <translation>(không ghi)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="70" />
            <source>Full name as on the ID paper</source>
            <translation>Họ tên như trên giấy tờ tùy thân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="71" />
            <source>House number, street, hamlet…</source>
            <translation>Số nhà, đường, thôn/tổ…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="72" />
            <source>e.g. 0912345678</source>
            <translation>ví dụ 0912345678</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="78" />
            <source>Full &amp;name</source>
            <translation>Họ và &amp;tên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="79" />
            <source>Date of &amp;birth</source>
            <translation>Ngày &amp;sinh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="80" />
            <source>ID paper</source>
            <translation>Giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="81" />
            <source>ID &amp;number</source>
            <translation>Số &amp;giấy tờ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="82" />
            <source>Issued on</source>
            <translation>Ngày cấp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="83" />
            <source>Issued by</source>
            <translation>Nơi cấp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="84" />
            <source>Gender</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="85" />
            <source>&amp;Phone</source>
            <translation>Điện th&amp;oại</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="86" />
            <source>Province, ward</source>
            <translation>Tỉnh, phường/xã</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="88" />
            <source>Street address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="89" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/intake/reporter_form.py" line="143" />
            <source>Reporter %1</source>
            <translation>Người gửi %1</translation>
        </message>
    </context>
    <context>
        <name>ReporterPanel</name>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="63" />
            <source>Reporters</source>
            <translation>Người gửi đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="78" />
            <source>Unlock identity…</source>
            <translation>Mở khóa danh tính…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="80" />
            <source>A supervisor unlocks the identities for a few minutes (Ctrl+U)</source>
            <translation>Lãnh đạo mở khóa danh tính trong vài phút (Ctrl+U)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="85" />
            <source>No identity recorded (anonymous tip).</source>
            <translation>Không ghi nhận danh tính (tin báo nặc danh).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="88" />
            <source>Identities are sealed. Unlocking needs a supervisor and is recorded.</source>
            <translation>Danh tính được niêm phong. Việc mở xem cần lãnh đạo cho phép và được ghi lại.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/cases/reporter_panel.py" line="152" />
            <source>Identity visible for %1</source>
            <translation>Danh tính còn hiển thị trong %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="178" />
            <source>Restore from backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="181" />
            <source>Browse…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="186" />
            <source>Administrator password</source>
            <translation>Mật khẩu quản trị viên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="187" />
            <source>Recovery code (another machine)</source>
            <translation>Mã khôi phục (máy khác)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="200" />
            <source>The current data is kept as a safety copy in the data folder, then replaced by the backup. The backup is checked completely first; nothing is changed if it is damaged.</source>
            <translation>Dữ liệu hiện tại được giữ lại làm bản dự phòng trong thư mục dữ liệu, sau đó được thay bằng bản sao lưu. Bản sao lưu được kiểm tra đầy đủ trước; nếu bản sao lưu bị hỏng thì không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="206" />
            <source>Backup folder</source>
            <translation>Thư mục sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="208" />
            <source>Username</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="209" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="211" />
            <source>Recovery code</source>
            <translation>Mã khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="213" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="224" />
            <source>Choose the backup folder</source>
            <translation>Chọn thư mục sao lưu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="232" />
            <source>Choose the backup folder first.</source>
            <translation>Hãy chọn thư mục sao lưu trước.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="238" />
            <source>Enter the recovery code or an administrator's username and password.</source>
            <translation>Nhập mã khôi phục hoặc tên đăng nhập và mật khẩu của quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="241" />
            <source>Checking the backup…</source>
            <translation>Đang kiểm tra bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/backup_dialogs.py" line="259" />
            <source>The restore failed.</source>
            <translation>Khôi phục không thành công.</translation>
        </message>
    </context>
    <context>
        <name>ResultNoticeDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="19" />
            <source>Result notice to the citizen</source>
            <translation>Thông báo kết quả xử lý đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="21" />
            <source>Owed within 10 working days of receipt (Law on Citizen Reception, Article 28.1).</source>
            <translation>Phải gửi trong 10 ngày làm việc kể từ ngày nhận (khoản 1 Điều 28 Luật Tiếp công dân).</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="24" />
            <source>Accepted for resolution</source>
            <translation>Đã thụ lý giải quyết</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="25" />
            <source>Acceptance review extended for verification</source>
            <translation>Gia hạn xem xét thụ lý để xác minh</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="26" />
            <source>Not within jurisdiction or not admissible</source>
            <translation>Không thuộc thẩm quyền hoặc không đủ điều kiện thụ lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="27" />
            <source>Transferred to the competent body</source>
            <translation>Đã chuyển đến cơ quan có thẩm quyền</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="28" />
            <source>Choose the outcome…</source>
            <translation>Chọn kết quả xử lý…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="32" />
            <source>only when transferred</source>
            <translation>chỉ ghi khi đã chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="36" />
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="37" />
            <source>&amp;Outcome:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="38" />
            <source>Transferred &amp;to:</source>
            <translation>&amp;Chuyển đến:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="39" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="59" />
            <source>Choose the outcome.</source>
            <translation>Vui lòng chọn kết quả xử lý.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/notice_dialogs.py" line="61" />
            <source>Enter the body the petition was transferred to.</source>
            <translation>Nhập cơ quan đã nhận đơn chuyển đến.</translation>
        </message>
    </context>
    <context>
        <name>RetaliationReportDialog</name>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="264" />
            <source>Report retaliation</source>
            <translation>Báo cáo trù dập, trả thù</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="268" />
            <source>The description is sealed as soon as you press OK: you will not be able to read it back; only a supervisor can read it back, with a recorded reason.</source>
            <translation>Nội dung được niêm phong ngay khi bấm OK: bạn sẽ không đọc lại được; chỉ lãnh đạo mới đọc lại được, và phải ghi lý do.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="271" />
            <source>The report could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được báo cáo. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="275" />
            <source>What happened, when, and who did it</source>
            <translation>Sự việc gì, khi nào, do ai thực hiện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="278" />
            <source>&amp;Description:</source>
            <translation>&amp;Nội dung:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="279" />
            <source>Reported &amp;on (empty = today):</source>
            <translation>Ngày &amp;báo cáo (để trống = hôm nay):</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="286" />
            <source>Describe the retaliation.</source>
            <translation>Vui lòng mô tả hành vi trù dập, trả thù.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="288" />
            <source>The text is too long.</source>
            <translation>Nội dung quá dài.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/protection/protection_dialogs.py" line="292" />
            <source>Enter the date as dd/mm/yyyy.</source>
            <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="60" />
            <source>Unlock identity</source>
            <translation>Mở khóa danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="63" />
            <source>A supervisor must enter their own account and the reason for unlocking. The identities are shown for a few minutes and the unlock is recorded in the audit log.</source>
            <translation>Lãnh đạo phải nhập tài khoản của chính mình và lý do mở khóa. Danh tính chỉ hiển thị trong vài phút và việc mở khóa được ghi vào nhật ký hoạt động.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="76" />
            <source>Why the identity is needed (required)</source>
            <translation>Lý do cần xem danh tính (bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="80" />
            <source>Supervisor &amp;username:</source>
            <translation>&amp;Tên đăng nhập của lãnh đạo:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="81" />
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="82" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="84" />
            <source>&amp;Unlock</source>
            <translation>Mở &amp;khóa</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/identity/reveal_dialog.py" line="140" />
            <source>The identity could not be unlocked. Details are in the log.</source>
            <translation>Không mở khóa được danh tính. Chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>RotationDialog</name>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="43" />
            <source>Change the identity key</source>
            <translation>Đổi khóa danh tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="46" />
            <source>A new identity key pair is made and every sealed identity, scan and protection record is sealed again with it; the old private key is then destroyed. Other supervisors must be granted the supervisor role again afterwards. You can stop and resume later.</source>
            <translation>Phần mềm tạo cặp khóa danh tính mới và niêm phong lại mọi danh tính, bản quét và hồ sơ bảo vệ bằng khóa đó; sau đó khóa bí mật cũ bị hủy. Các lãnh đạo khác phải được cấp lại quyền lãnh đạo. Có thể dừng và tiếp tục sau.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="59" />
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="60" />
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="62" />
            <source>Backups holding the old key…</source>
            <translation>Bản sao lưu còn khóa cũ…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="69" />
            <source>Your password:</source>
            <translation>Mật khẩu của bạn:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="102" />
            <source>Stopped. Start again to continue where it stopped.</source>
            <translation>Đã dừng. Bấm Bắt đầu để tiếp tục từ chỗ đã dừng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="126" />
            <source>Done. The new recovery code (print it and keep it in the safe; it is shown only once): %1. Then open "Backups holding the old key" and destroy the backups it lists.</source>
            <translation>Xong. Mã khôi phục mới (hãy in ra và cất vào két; mã chỉ hiện một lần): %1. Sau đó mở "Bản sao lưu còn khóa cũ" và hủy các bản sao lưu được liệt kê.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/rotation_dialog.py" line="138" />
            <source>Something went wrong.</source>
            <translation>Đã có lỗi xảy ra.</translation>
        </message>
    </context>
    <context>
        <name>RuleSetsTab</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="38" />
            <source>&amp;Load a rule set file…</source>
            <translation>&amp;Nạp tệp bộ quy tắc…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="51" />
            <source>no end date</source>
            <translation>chưa có ngày hết hiệu lực</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="53" />
            <source>%1 — from %2 to %3 [%4]
%5</source>
            <translation>%1 — từ %2 đến %3 [%4]
%5</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="66" />
            <source>Load a rule set file</source>
            <translation>Nạp tệp bộ quy tắc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="66" />
            <source>Rule set (*.json)</source>
            <translation>Bộ quy tắc (*.json)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="79" />
            <source>Rule set loaded: %1</source>
            <translation>Đã nạp bộ quy tắc: %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_rulesets.py" line="88" />
            <source>The rule set could not be loaded.</source>
            <translation>Không nạp được bộ quy tắc.</translation>
        </message>
    </context>
    <context>
        <name>SecurityBanner</name>
        <message>
            <location filename="../../reception_app/ui/shell/security_banner.py" line="45" />
            <source>Acknowledge (supervisor)</source>
            <translation>Xác nhận (lãnh đạo)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/security_banner.py" line="46" />
            <source>Re-pin the keys (supervisor)</source>
            <translation>Ghim lại khóa (lãnh đạo)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/security_banner.py" line="47" />
            <source>Change the identity key…</source>
            <translation>Đổi khóa danh tính…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/security_banner.py" line="67" />
            <source>The data on this PC is older than the data recorded last time (%1). The software is read-only. Call a supervisor to check and acknowledge.</source>
            <translation>Dữ liệu trên máy này cũ hơn dữ liệu đã ghi nhận lần trước (%1). Phần mềm chỉ cho xem, không cho ghi. Hãy gọi lãnh đạo đến kiểm tra và xác nhận.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/security_banner.py" line="76" />
            <source>The supervisor account %1 was revoked. It could still open identities with the current key: change the identity key.</source>
            <translation>Tài khoản lãnh đạo %1 đã bị thu hồi nhưng vẫn có thể mở danh tính bằng khóa hiện tại: hãy đổi khóa danh tính.</translation>
        </message>
    </context>
    <context>
        <name>SerialPortDialog</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_serial.py" line="107" />
            <source>Scanner port</source>
            <translation>Cổng máy quét</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_serial.py" line="109" />
            <source>None (keyboard mode or camera)</source>
            <translation>Không dùng (chế độ bàn phím hoặc camera)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_serial.py" line="120" />
            <source>Set the scanner to USB serial (USB-COM / CDC) mode, plug it in and choose its port. Every scan then fills the open intake form, whichever field has the cursor. This is kept for this computer.</source>
            <translation>Chuyển máy quét sang chế độ cổng COM qua USB (USB-COM / CDC), cắm vào máy rồi chọn cổng của nó. Từ đó mỗi lần quét sẽ điền vào biểu mẫu tiếp nhận đang mở, dù con trỏ đang ở ô nào. Lựa chọn này được ghi nhớ cho máy tính này.</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_serial.py" line="48" />
            <source>Cannot open the scanner port %1; check the cable or choose the port again.</source>
            <translation>Không mở được cổng máy quét %1; hãy kiểm tra dây cáp hoặc chọn lại cổng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/scan/id_scan_serial.py" line="99" />
            <source>The scanner on %1 was disconnected.</source>
            <translation>Máy quét ở cổng %1 đã bị ngắt kết nối.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="334" />
            <source>First-run setup</source>
            <translation>Thiết lập lần đầu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="338" />
            <source>Create</source>
            <translation>Tạo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="341" />
            <source>First administrator</source>
            <translation>Quản trị viên đầu tiên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="342" />
            <source>Manages accounts and settings. Cannot see reporters' identities.</source>
            <translation>Quản lý tài khoản và cài đặt. Không được xem danh tính người gửi đơn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="347" />
            <source>First supervisor</source>
            <translation>Lãnh đạo đầu tiên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="348" />
            <source>A leader who may unlock a reporter's identity. Must be a different person.</source>
            <translation>Người lãnh đạo có quyền mở xem danh tính người gửi đơn. Phải là người khác với quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/setup_wizard.py" line="410" />
            <source>Setup failed unexpectedly. Nothing was created; details are in the log.</source>
            <translation>Thiết lập không thành công do lỗi ngoài dự kiến. Chưa có gì được tạo; chi tiết được ghi trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="29" />
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="31" />
            <source>Everywhere</source>
            <translation>Ở mọi nơi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="32" />
            <source>Intake form</source>
            <translation>Phiếu tiếp nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="33" />
            <source>Case list and search</source>
            <translation>Danh sách hồ sơ và tìm kiếm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="34" />
            <source>Case window</source>
            <translation>Cửa sổ hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="35" />
            <source>Administration</source>
            <translation>Quản trị</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="36" />
            <source>This sheet</source>
            <translation>Bảng phím tắt này</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="37" />
            <source>Privacy screen: hide every window at once (F12 or Esc returns)</source>
            <translation>Che màn hình: ẩn ngay mọi cửa sổ (F12 hoặc Esc để quay lại)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="38" />
            <source>New case (intake form)</source>
            <translation>Tiếp nhận hồ sơ mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="39" />
            <source>Search cases</source>
            <translation>Tìm hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="40" />
            <source>Overdue cases</source>
            <translation>Hồ sơ quá hạn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="41" />
            <source>Logbook</source>
            <translation>Sổ tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="42" />
            <source>Up, Down</source>
            <translation>Lên, Xuống</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="42" />
            <source>In the page list on the left: change page</source>
            <translation>Trong danh sách trang bên trái: chuyển trang</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="43" />
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="44" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="45" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="45" />
            <source>Next, previous field</source>
            <translation>Ô tiếp theo, ô trước</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="46" />
            <source>Next field (in a one-line field)</source>
            <translation>Sang ô tiếp theo (trong ô một dòng)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="47" />
            <source>Alt+underlined letter</source>
            <translation>Alt+chữ gạch chân</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="47" />
            <source>Go to that field or button</source>
            <translation>Đến ô hoặc nút đó</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="48" />
            <source>Down, then Enter</source>
            <translation>Xuống, rồi Enter</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="48" />
            <source>Province, ward: choose the highlighted place</source>
            <translation>Tỉnh, phường/xã: chọn địa danh đang tô sáng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="49" />
            <source>Save the case (the form returns to the first field)</source>
            <translation>Lưu hồ sơ (con trỏ trở về ô đầu tiên)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="50" />
            <source>Clear the form (asks first)</source>
            <translation>Xóa trắng phiếu (có hỏi lại)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="51" />
            <source>Down or Enter</source>
            <translation>Xuống hoặc Enter</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="51" />
            <source>In the search box: go to the results</source>
            <translation>Trong ô tìm kiếm: chuyển xuống kết quả</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="52" />
            <source>Open the highlighted case</source>
            <translation>Mở hồ sơ đang chọn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="53" />
            <source>Print the receipt</source>
            <translation>In giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="54" />
            <source>Transfer slip</source>
            <translation>Phiếu chuyển đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="55" />
            <source>Guidance slip</source>
            <translation>Phiếu hướng dẫn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="56" />
            <source>Appointment slip</source>
            <translation>Phiếu hẹn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="57" />
            <source>Close the case window</source>
            <translation>Đóng cửa sổ hồ sơ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/shortcut_sheet.py" line="58" />
            <source>Next, previous tab</source>
            <translation>Thẻ tiếp theo, thẻ trước</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="106" />
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="107" />
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="108" />
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="117" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="110" />
            <source>Custom dates</source>
            <translation>Tùy chọn ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="119" />
            <source>Part of the year</source>
            <translation>Phần của năm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="126" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="127" />
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="128" />
            <source>&amp;Compute</source>
            <translation>&amp;Tính</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="130" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="141" />
            <source>Choose the period, then press “Compute”: the report's counts and charts appear here.</source>
            <translation>Chọn kỳ báo cáo rồi nhấn “Tính”: số liệu và biểu đồ của báo cáo sẽ hiện ở đây.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="157" />
            <source>Copy c&amp;harts</source>
            <translation>Sao chép &amp;biểu đồ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="158" />
            <source>Copy both charts as one image, to paste into a report</source>
            <translation>Sao chép hai biểu đồ thành một hình để dán vào báo cáo</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="160" />
            <source>Export &amp;XLSX…</source>
            <translation>Xuất X&amp;LSX…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="161" />
            <source>Export P&amp;DF…</source>
            <translation>Xuất P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="159" />
            <source>Save charts as &amp;PNG…</source>
            <translation>Lưu biểu đồ thành P&amp;NG…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="273" />
            <source>The end date is before the start date.</source>
            <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="312" />
            <source>The statistics could not be computed. Details are in the log.</source>
            <translation>Không tính được số liệu thống kê. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="139" />
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="334" />
            <source>Count</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="364" />
            <source>Handling decisions</source>
            <translation>Hướng xử lý</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="395" />
            <source>Export statistics</source>
            <translation>Xuất số liệu thống kê</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="408" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="414" />
            <source>PDF document (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="402" />
            <source>PNG image (*.png)</source>
            <translation>Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="387" />
            <source>The image could not be saved there.</source>
            <translation>Không lưu được ảnh vào chỗ đó.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="109" />
            <source>Reporting period (15th to 14th)</source>
            <translation>Kỳ báo cáo (từ ngày 15 đến ngày 14)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="168" />
            <source>Period:</source>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="221" />
            <source>Month %1</source>
            <translation>Tháng %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="225" />
            <source>Quarter %1</source>
            <translation>Quý %1</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="229" />
            <source>Quarter I</source>
            <translation>Quý I</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="230" />
            <source>Quarter II</source>
            <translation>Quý II</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="231" />
            <source>Quarter III</source>
            <translation>Quý III</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="232" />
            <source>Quarter IV</source>
            <translation>Quý IV</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="233" />
            <source>6 months</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="234" />
            <source>9 months</source>
            <translation>9 tháng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="235" />
            <source>Whole year</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="310" />
            <source>Cancelled. The previous figures are still shown.</source>
            <translation>Đã hủy. Số liệu lần trước vẫn được hiển thị.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="320" />
            <source>%1: %2 cases received, %3 receptions</source>
            <translation>%1: tiếp nhận %2 đơn, %3 lượt tiếp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="139" />
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="334" />
            <source>Indicator</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="348" />
            <source>Cases received in the period</source>
            <translation>Số đơn tiếp nhận trong kỳ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="349" />
            <source>of which from groups of 5 or more</source>
            <translation>trong đó đơn đông người (từ 5 người)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="361" />
            <source>Cases by kind and sector</source>
            <translation>Số đơn theo loại đơn và lĩnh vực</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="380" />
            <source>The charts were copied. Paste them into your report.</source>
            <translation>Đã sao chép biểu đồ. Hãy dán vào báo cáo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/statistics/statistics_page.py" line="435" />
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
    </context>
    <context>
        <name>TransferNoticeDialog</name>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="257" />
            <source>Transfer notice to the reporter</source>
            <translation>Thông báo chuyển đơn cho người gửi</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="258" />
            <source>e.g. the district People's Committee</source>
            <translation>ví dụ: Ủy ban nhân dân huyện</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="259" />
            <source>&amp;Transferred to:</source>
            <translation>Đã &amp;chuyển đến:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/documents/document_dialogs.py" line="268" />
            <source>Enter the receiving body.</source>
            <translation>Vui lòng nhập cơ quan nhận.</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="82" />
            <source>No (deactivated)</source>
            <translation>Không (đã vô hiệu hóa)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="83" />
            <source>Yes, needs a new password</source>
            <translation>Có, cần đặt mật khẩu mới</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="83" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="87" />
            <source>Username</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="87" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="87" />
            <source>Roles</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="87" />
            <source>Active</source>
            <translation>Hoạt động</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="120" />
            <source>&amp;New officer…</source>
            <translation>Cán bộ &amp;mới…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="121" />
            <source>&amp;Reset password…</source>
            <translation>Đặt &amp;lại mật khẩu…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="122" />
            <source>Grant &amp;supervisor role…</source>
            <translation>&amp;Cấp quyền lãnh đạo…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="123" />
            <source>&amp;Deactivate…</source>
            <translation>&amp;Vô hiệu hóa…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="124" />
            <source>&amp;Change my password…</source>
            <translation>Đổi mật khẩu của &amp;tôi…</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="164" />
            <source>Only administrators and supervisors can see the list of accounts. You can change your own password.</source>
            <translation>Chỉ quản trị viên và lãnh đạo mới xem được danh sách tài khoản. Bạn có thể đổi mật khẩu của mình.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="169" />
            <source>Accounts are managed by an administrator.</source>
            <translation>Tài khoản do quản trị viên quản lý.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="207" />
            <source>Only an administrator can do this.</source>
            <translation>Chỉ quản trị viên mới được thực hiện thao tác này.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="208" />
            <source>Select an active account in the list first.</source>
            <translation>Hãy chọn trước một tài khoản đang hoạt động trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="216" />
            <source>Select an active account that is not a supervisor.</source>
            <translation>Hãy chọn một tài khoản đang hoạt động chưa có quyền lãnh đạo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="225" />
            <source>Select an active account other than your own.</source>
            <translation>Hãy chọn một tài khoản đang hoạt động khác tài khoản của bạn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="234" />
            <source>A recovery-code session has no password of its own.</source>
            <translation>Phiên đăng nhập bằng mã khôi phục không có mật khẩu riêng.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="252" />
            <source>Account %1 created.</source>
            <translation>Đã tạo tài khoản %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="268" />
            <source>New password set for %1.</source>
            <translation>Đã đặt mật khẩu mới cho %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="278" />
            <source>%1 is now a supervisor.</source>
            <translation>%1 đã có quyền lãnh đạo.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="287" />
            <source>Your password was changed.</source>
            <translation>Đã đổi mật khẩu của bạn.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="296" />
            <source>Deactivate account</source>
            <translation>Vô hiệu hóa tài khoản</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="299" />
            <source>Deactivate %1 (%2)? They can no longer log in. Their cases and audit entries are kept.</source>
            <translation>Vô hiệu hóa %1 (%2)? Người này sẽ không đăng nhập được nữa. Hồ sơ và nhật ký liên quan vẫn được giữ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="320" />
            <source>Account %1 deactivated.</source>
            <translation>Đã vô hiệu hóa tài khoản %1.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/admin/admin_users.py" line="340" />
            <source>Something went wrong. Details are in the log.</source>
            <translation>Đã xảy ra lỗi. Chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="117" />
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="125" />
            <source>Desk</source>
            <translation>Bàn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="118" />
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="126" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="119" />
            <source>Measures</source>
            <translation>Biện pháp</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="120" />
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="121" />
            <source>Decision date</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="127" />
            <source>Kind</source>
            <translation>Loại đơn</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="128" />
            <source>Officer</source>
            <translation>Cán bộ</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="129" />
            <source>Last step</source>
            <translation>Bước gần nhất</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="122" />
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="130" />
            <source>Time</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="143" />
            <source>%1 (this desk)</source>
            <translation>%1 (bàn này)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/office/conflicts_tab.py" line="154" />
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="367" />
            <source>Return visit (case %1)</source>
            <translation>Công dân đến lại (hồ sơ %1)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="371" />
            <source>The citizen came back about this case. The visit is added to the reception logbook and counted as a repeat reception in the periodic report.</source>
            <translation>Công dân đến lại về vụ việc này. Lượt tiếp được ghi vào sổ tiếp công dân và được tính là tiếp nhiều lần trong báo cáo định kỳ.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="374" />
            <source>The visit could not be recorded. Details are in the log.</source>
            <translation>Không ghi nhận được lượt tiếp. Chi tiết có trong nhật ký.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="383" />
            <source>Received by the &amp;head of the agency (lãnh đạo tiếp)</source>
            <translation>Lãnh đạo cơ quan trực tiếp tiếp (&amp;H)</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="384" />
            <source>Optional</source>
            <translation>Không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="385" />
            <source>&amp;When:</source>
            <translation>&amp;Thời điểm tiếp:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="386" />
            <source>&amp;People:</source>
            <translation>Số &amp;người:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="387" />
            <source>&amp;Note:</source>
            <translation>Ghi &amp;chú:</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/handling/handling_dialogs.py" line="392" />
            <source>The text is too long.</source>
            <translation>Nội dung quá dài.</translation>
        </message>
    </context>
    <context>
        <name>_DeskDialog</name>
        <message>
            <location filename="../../reception_app/ui/admin/admin_dialogs.py" line="142" />
            <source>Something went wrong. Details are in the log.</source>
            <translation>Đã xảy ra lỗi. Chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../../reception_app/ui/shell/crash.py" line="32" />
            <source>Something went wrong and the action was not completed. Data already saved is safe.
Incident number: {0}. Please tell the administrator this number.</source>
            <translation>Đã xảy ra lỗi và thao tác chưa được thực hiện. Dữ liệu đã lưu vẫn an toàn.
Mã sự cố: {0}. Vui lòng báo mã này cho quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../reception_app/ui/shell/crash.py" line="55" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
    </context>
</TS>
