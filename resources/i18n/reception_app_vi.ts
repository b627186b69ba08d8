<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcceptanceProposalDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="304"/>
        <source>Acceptance proposal</source>
        <translation>Phiếu đề xuất thụ lý</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="305"/>
        <source>e.g. the Chief Inspector</source>
        <translation>ví dụ: Chánh Thanh tra</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="307"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="308"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="309"/>
        <source>&amp;Prior handling:</source>
        <translation>Kết quả &amp;giải quyết trước đó:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="318"/>
        <source>Enter the addressee.</source>
        <translation>Nhập nơi kính gửi.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="126"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="128"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="131"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="133"/>
        <source>At least 10 characters, different from the username.</source>
        <translation>Ít nhất 10 ký tự, khác với tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="149"/>
        <source>Use only letters, digits, dots, dashes and underscores (at most 64).</source>
        <translation>Chỉ dùng chữ cái, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="152"/>
        <source>The supervisor needs an account of their own, separate from the administrator.</source>
        <translation>Lãnh đạo cần có tài khoản riêng, tách biệt với tài khoản của quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="168"/>
        <source>The two passwords do not match.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../reception_app/ui/admin_page.py" line="56"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_page.py" line="57"/>
        <source>A&amp;gency and desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_page.py" line="60"/>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="59"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="60"/>
        <source>These names appear in the header of every receipt and slip.</source>
        <translation>Các tên này được in ở phần đầu của mọi giấy biên nhận và phiếu.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="62"/>
        <source>e.g. UBND TỈNH ĐẮK LẮK</source>
        <translation>ví dụ: UBND TỈNH ĐẮK LẮK</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="64"/>
        <source>e.g. THANH TRA TỈNH</source>
        <translation>ví dụ: THANH TRA TỈNH</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="66"/>
        <source>e.g. Đắk Lắk</source>
        <translation>ví dụ: Đắk Lắk</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="68"/>
        <source>e.g. TTr</source>
        <translation>ví dụ: TTr</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="71"/>
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="72"/>
        <source>&amp;Agency name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="73"/>
        <source>P&amp;lace name (for the date line):</source>
        <translation>Địa &amp;danh (ghi ở dòng ngày tháng):</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="74"/>
        <source>&amp;Document symbol:</source>
        <translation>&amp;Ký hiệu văn bản:</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="64"/>
        <source>e.g. UBND TỈNH ĐẮK LẮK</source>
        <translation type="unfinished">ví dụ: UBND TỈNH ĐẮK LẮK</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="66"/>
        <source>e.g. THANH TRA TỈNH</source>
        <translation type="unfinished">ví dụ: THANH TRA TỈNH</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="68"/>
        <source>e.g. Đắk Lắk</source>
        <translation type="unfinished">ví dụ: Đắk Lắk</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="70"/>
        <source>e.g. TTr</source>
        <translation type="unfinished">ví dụ: TTr</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="74"/>
        <source>Printed under the signature (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="78"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="79"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="84"/>
        <source>Save &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="106"/>
        <source>Printed on every receipt and slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="110"/>
        <source>&amp;Parent agency:</source>
        <translation type="unfinished">Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="111"/>
        <source>&amp;Agency name:</source>
        <translation type="unfinished">&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="112"/>
        <source>P&amp;lace name (for the date line):</source>
        <translation type="unfinished">Địa &amp;danh (ghi ở dòng ngày tháng):</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="113"/>
        <source>&amp;Document symbol:</source>
        <translation type="unfinished">&amp;Ký hiệu văn bản:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="114"/>
        <source>Signer &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="115"/>
        <source>Signer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="124"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="128"/>
        <source>without input, then the screen locks (applies at the next login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="131"/>
        <source>A&amp;uto-lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="139"/>
        <source>Language of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="145"/>
        <source>I&amp;nterface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="149"/>
        <source>Applies the next time the program starts, from the login window on. Any user may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="184"/>
        <source>Only an administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="244"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="244"/>
        <source>Nothing changed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="264"/>
        <source>Something went wrong. Details are in the log.</source>
        <translation type="unfinished">Đã xảy ra lỗi. Chi tiết được ghi trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="281"/>
        <source>Saved. Restart the program to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_agency.py" line="288"/>
        <source>The language could not be saved. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentSlipDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="261"/>
        <source>Appointment slip</source>
        <translation>Phiếu hẹn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="268"/>
        <source>e.g. the reception room, 1st floor</source>
        <translation>ví dụ: phòng tiếp công dân, tầng 1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="269"/>
        <source>name and position</source>
        <translation>họ tên và chức vụ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="270"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Ngày giờ hẹn:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="271"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="272"/>
        <source>&amp;Meet with:</source>
        <translation>&amp;Gặp ông/bà:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="292"/>
        <source>Choose a date and time later than now.</source>
        <translation>Chọn ngày giờ sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="294"/>
        <source>Enter the place.</source>
        <translation>Nhập địa điểm.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="296"/>
        <source>Enter who the citizen will meet.</source>
        <translation>Nhập người mà công dân sẽ gặp.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="167"/>
        <source>Attach scanned files…</source>
        <translation>Đính kèm tệp quét…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="168"/>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="184"/>
        <source>Attach scanned files</source>
        <translation>Đính kèm tệp quét</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="184"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Tệp quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="55"/>
        <source>e.g. reveal, login, user_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="59"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="62"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="63"/>
        <source>Load &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="64"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="66"/>
        <source>Recompute every link of the hash chain and check the supervisors&apos; signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="98"/>
        <source>A&amp;ction contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="100"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="169"/>
        <source>Verifying the whole chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="178"/>
        <source>Chain intact: %1 entries and %2 signed checkpoints verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="185"/>
        <source>Chain BROKEN: the first broken link is entry #%1 (%2). Report this to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="199"/>
        <source>The check could not run. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="207"/>
        <source>Loading…</source>
        <translation type="unfinished">Đang tải…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="214"/>
        <source>Entries shown: %1 (end of the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="217"/>
        <source>Matching entries: %1, searched back to entry #%2. Load older entries to search further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="223"/>
        <source>Entries shown: %1, newest first; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit.py" line="228"/>
        <source>Not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="181"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="182"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="183"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="184"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="185"/>
        <source>Case</source>
        <translation type="unfinished">Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="186"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="278"/>
        <source>The audit log could not be loaded. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_audit_model.py" line="290"/>
        <source>(supervisors only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackUpNow</name>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="39"/>
        <source>Choose the backup folder (e.g. a USB stick)</source>
        <translation>Chọn thư mục sao lưu (ví dụ: ổ USB)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="47"/>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="53"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="48"/>
        <source>Encrypted backup written: {0} ({1} cases).</source>
        <translation>Đã ghi bản sao lưu mã hóa: {0} ({1} hồ sơ).</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="52"/>
        <source>The backup could not be written.</source>
        <translation>Không ghi được bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="100"/>
        <source>Case %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="114"/>
        <source>Print receipt</source>
        <translation>In giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="115"/>
        <source>Transfer slip…</source>
        <translation>Phiếu chuyển đơn…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="116"/>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="148"/>
        <source>Print &amp;receipt</source>
        <translation>&amp;In giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="149"/>
        <source>&amp;Transfer slip…</source>
        <translation>Phiếu &amp;chuyển đơn…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="150"/>
        <source>&amp;Guidance slip…</source>
        <translation>Phiếu &amp;hướng dẫn…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="151"/>
        <source>&amp;Appointment slip…</source>
        <translation>Phiếu hẹ&amp;n…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="152"/>
        <source>A&amp;cceptance proposal…</source>
        <translation>Phiếu đề xuất &amp;thụ lý…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="153"/>
        <source>Re&amp;fusal notice…</source>
        <translation>Thông &amp;báo từ chối tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="184"/>
        <source>Receipt %1</source>
        <translation>Giấy biên nhận %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="197"/>
        <location filename="../../reception_app/ui/case_detail.py" line="285"/>
        <source>Transfer slip %1</source>
        <translation>Phiếu chuyển đơn %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="210"/>
        <source>Guidance slip %1</source>
        <translation>Phiếu hướng dẫn %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="229"/>
        <source>Appointment slip %1</source>
        <translation>Phiếu hẹn %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="242"/>
        <source>Acceptance proposal %1</source>
        <translation>Phiếu đề xuất thụ lý %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="255"/>
        <source>Refusal notice %1</source>
        <translation>Thông báo từ chối tiếp công dân %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="309"/>
        <source>The document could not be shown.</source>
        <translation>Không hiển thị được văn bản.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="322"/>
        <source>The document could not be printed. Details are in the log.</source>
        <translation>Không in được văn bản. Chi tiết được ghi trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="326"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="331"/>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="332"/>
        <source>Received:</source>
        <translation>Ngày tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="333"/>
        <source>Kind:</source>
        <translation>Loại đơn:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="334"/>
        <source>Channel:</source>
        <translation>Hình thức tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="335"/>
        <source>Sector:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="336"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="337"/>
        <source>Due:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="338"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="339"/>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="340"/>
        <source>Accused:</source>
        <translation>Người bị khiếu nại, tố cáo:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="341"/>
        <source>Location:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="342"/>
        <source>People in the group:</source>
        <translation>Số người trong đoàn:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="343"/>
        <source>Received by:</source>
        <translation>Cán bộ tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_detail.py" line="350"/>
        <source>Documents received</source>
        <translation>Tài liệu đã nhận</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/case_detail.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="212"/>
        <source>The case list could not be loaded. Details are in the log.</source>
        <translation>Không tải được danh sách hồ sơ. Chi tiết được ghi trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="233"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="234"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="235"/>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="236"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="237"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="238"/>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/case_table_model.py" line="239"/>
        <source>Reporter code</source>
        <translation>Mã người gửi đơn</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../reception_app/ui/cases_page.py" line="58"/>
        <source>&amp;Open case</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/cases_page.py" line="83"/>
        <source>Search number, subject, content, accused, place…</source>
        <translation>Tìm theo số, trích yếu, nội dung, người bị KN/TC, địa điểm…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/cases_page.py" line="88"/>
        <source>All kinds</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/cases_page.py" line="93"/>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/cases_page.py" line="96"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../reception_app/ui/form_fields.py" line="44"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>DocumentRequestDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="193"/>
        <source>The document could not be printed. Details are in the log.</source>
        <translation>Không in được văn bản. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="50"/>
        <source>Paper, e.g. Đơn tố cáo, Quyết định số …</source>
        <translation>Tên tài liệu, ví dụ Đơn tố cáo, Quyết định số …</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="54"/>
        <source> p.</source>
        <translation> tr.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="58"/>
        <source>Add paper</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="59"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="61"/>
        <source>Paper</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="61"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_widgets.py" line="61"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>GrantSupervisorDialog</name>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="316"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="317"/>
        <source>The account&apos;s own &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="321"/>
        <source>Approving &amp;supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="322"/>
        <source>Supervisor&apos;s pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="324"/>
        <source>Grant supervisor role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="325"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="327"/>
        <source>A supervisor can unlock reporters&apos; identities. The person receiving the role types their own password, and a current supervisor approves with theirs. Both are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceSlipDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="222"/>
        <source>Guidance slip</source>
        <translation>Phiếu hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="224"/>
        <source>The citizen is guided to the competent body. Reporters are shown by code only.</source>
        <translation>Công dân được hướng dẫn đến cơ quan có thẩm quyền. Người gửi đơn chỉ được ghi bằng mã.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="226"/>
        <source>e.g. the district People&apos;s Committee</source>
        <translation>ví dụ: Ủy ban nhân dân huyện</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="227"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="228"/>
        <source>&amp;Competent body:</source>
        <translation>Cơ quan có &amp;thẩm quyền:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="229"/>
        <source>&amp;Its superior:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="238"/>
        <source>Enter the competent body.</source>
        <translation>Nhập cơ quan có thẩm quyền.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="125"/>
        <source> person(s)</source>
        <translation> người</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="131"/>
        <source>Person or agency complained about or denounced</source>
        <translation>Cá nhân, cơ quan bị khiếu nại, tố cáo</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="136"/>
        <source>One line: what the case is about</source>
        <translation>Một dòng: hồ sơ về việc gì</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="139"/>
        <source>What the citizen says, requests and the evidence offered</source>
        <translation>Công dân trình bày, đề nghị gì và cung cấp bằng chứng gì</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="146"/>
        <source>&amp;Add reporter</source>
        <translation>&amp;Thêm người gửi</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="150"/>
        <source>Anonymous tip (no name or a false name): no reporter identity is recorded. It is handled as information with denunciation content (Law on Denunciations, Article 25).</source>
        <translation>Đơn nặc danh hoặc mạo danh: không ghi thông tin người gửi. Được xử lý như thông tin có nội dung tố cáo (Luật Tố cáo, Điều 25).</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="157"/>
        <source>Discard restored draft</source>
        <translation>Bỏ bản nháp đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="161"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;In giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="163"/>
        <location filename="../../reception_app/ui/intake_page.py" line="598"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="165"/>
        <source>Clear form (Esc)</source>
        <translation>Xóa biểu mẫu (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="175"/>
        <source>Reception</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="179"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại đơn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="180"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Hình thức</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="181"/>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="182"/>
        <source>Number of people</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="183"/>
        <source>Sec&amp;tor</source>
        <translation>Lĩnh &amp;vực</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="187"/>
        <source>Reporters (identity is sealed and masked after saving)</source>
        <translation>Người gửi (thông tin nhân thân được niêm phong và che sau khi lưu)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="196"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="200"/>
        <source>Acc&amp;used</source>
        <translation>Người &amp;bị KN, TC</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="201"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="202"/>
        <source>S&amp;ubject</source>
        <translation>&amp;Trích yếu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="203"/>
        <source>C&amp;ontent</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="204"/>
        <source>Where it happened</source>
        <translation>Nơi xảy ra vụ việc</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="206"/>
        <source>Place details</source>
        <translation>Chi tiết địa điểm</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="209"/>
        <source>Papers received (listed on the receipt)</source>
        <translation>Tài liệu nhận (ghi trên giấy biên nhận)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="212"/>
        <source>Scanned attachments (sealed like identity)</source>
        <translation>Tệp quét đính kèm (niêm phong như thông tin nhân thân)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="351"/>
        <source>Group reception (%1 people): record the representatives (1 to %2, each a reporter) and the written appointment signed by the group (Law on Citizen Reception, Article 30).</source>
        <translation>Tiếp đoàn đông người (%1 người): ghi người đại diện (từ 1 đến %2 người, mỗi người là một người gửi) và văn bản cử đại diện có chữ ký của cả đoàn (Luật Tiếp công dân, Điều 30).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/intake_page.py" line="552"/>
        <source>%n field(s) need attention; the form is kept as typed.</source>
        <translation>
            <numerusform>Có %n trường cần sửa; biểu mẫu vẫn được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="598"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="607"/>
        <source>Saved: case %1.</source>
        <translation>Đã lưu: hồ sơ số %1.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="609"/>
        <source>Reporter code: %1.</source>
        <translation>Mã người gửi: %1.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="613"/>
        <source>Not attached (attach them from the case): %1</source>
        <translation>Chưa đính kèm được (hãy đính kèm từ trang hồ sơ): %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="627"/>
        <source>The form is kept as typed.</source>
        <translation>Biểu mẫu vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="629"/>
        <source>A scanned file could not be read; nothing was saved. The form is kept.</source>
        <translation>Không đọc được một tệp quét; chưa lưu gì. Biểu mẫu vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="632"/>
        <source>Saving failed; the form is kept. Details are in the log.</source>
        <translation>Lưu không thành công; biểu mẫu vẫn được giữ nguyên. Chi tiết có trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="648"/>
        <source>Discard draft?</source>
        <translation>Bỏ bản nháp?</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="649"/>
        <source>Clear the form and discard everything typed for this case?</source>
        <translation>Xóa biểu mẫu và bỏ toàn bộ thông tin đã nhập cho hồ sơ này?</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="686"/>
        <source>Draft kept (encrypted) at %1</source>
        <translation>Đã lưu nháp (mã hóa) lúc %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="692"/>
        <source>Draft not saved: %1</source>
        <translation>Chưa lưu được bản nháp: %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/intake_page.py" line="705"/>
        <source>Restored the unsaved form from %1.</source>
        <translation>Đã khôi phục biểu mẫu chưa lưu từ %1.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="201"/>
        <location filename="../../reception_app/ui/lock_screen.py" line="252"/>
        <source>Privacy screen. Press F12 or Esc to return.</source>
        <translation>Màn hình đang được che. Nhấn F12 hoặc Esc để quay lại.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="301"/>
        <source>Logged in as %1. Enter your password to continue.</source>
        <translation>Đang đăng nhập với tài khoản %1. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="314"/>
        <source>Enter your password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="337"/>
        <source>Could not unlock. Details are in the log.</source>
        <translation>Không mở khóa được. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="115"/>
        <source>The desk is locked</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="125"/>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="127"/>
        <source>&amp;Switch user</source>
        <translation>Đổi người &amp;dùng</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/lock_screen.py" line="129"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>LogbookDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="388"/>
        <source>Reception logbook</source>
        <translation>Sổ tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="390"/>
        <source>Cases received in the period, both days included. Reporters are shown by code only.</source>
        <translation>Các hồ sơ tiếp nhận trong khoảng thời gian, tính cả ngày đầu và ngày cuối. Người gửi đơn chỉ được ghi bằng mã.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="395"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="396"/>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="410"/>
        <source>The end date must not be before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="56"/>
        <location filename="../../reception_app/ui/login_dialog.py" line="69"/>
        <location filename="../../reception_app/ui/login_dialog.py" line="152"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="72"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="74"/>
        <location filename="../../reception_app/ui/login_dialog.py" line="164"/>
        <source>Use recovery code…</source>
        <translation>Dùng mã khôi phục…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="92"/>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="100"/>
        <source>Type the recovery code printed at first-run setup.</source>
        <translation>Nhập mã khôi phục đã in ra khi thiết lập lần đầu.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="103"/>
        <source>&amp;Recovery code:</source>
        <translation>Mã &amp;khôi phục:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="107"/>
        <source>Citizen reception desk</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="152"/>
        <source>Logging in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="164"/>
        <source>Use password…</source>
        <translation>Dùng mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="176"/>
        <source>Type the recovery code.</source>
        <translation>Nhập mã khôi phục.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="185"/>
        <source>Type your username and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/login_dialog.py" line="208"/>
        <source>Unexpected error while logging in. Details are in the log.</source>
        <translation>Lỗi không mong đợi khi đăng nhập. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="82"/>
        <source>Citizen reception desk</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="95"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="96"/>
        <source>&amp;New case</source>
        <translation>&amp;Tiếp nhận mới</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="97"/>
        <source>&amp;Overdue cases</source>
        <translation>Hồ sơ &amp;quá hạn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="98"/>
        <source>&amp;Logbook…</source>
        <translation>&amp;Sổ tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="101"/>
        <source>&amp;Log out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="102"/>
        <source>&amp;Back up now…</source>
        <translation>Sao &amp;lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="103"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="122"/>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="123"/>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="126"/>
        <source>Logbook</source>
        <translation>Sổ tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="127"/>
        <source>The reception logbook by date range: menu Cases, Logbook… (Ctrl+Shift+L).</source>
        <translation>Sổ tiếp công dân theo khoảng thời gian: menu Hồ sơ, Sổ tiếp công dân… (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="131"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="132"/>
        <source>Counts by kind, sector and status for periodic reports. Coming soon.</source>
        <translation>Số liệu theo loại đơn, lĩnh vực và trạng thái phục vụ báo cáo định kỳ. Sắp có.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="136"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="137"/>
        <source>Accounts, roles, agency settings, backups and the audit log. Coming soon.</source>
        <translation>Tài khoản, vai trò, thông tin cơ quan, sao lưu và nhật ký hoạt động. Sắp có.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="183"/>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="192"/>
        <source>&amp;Cases</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="262"/>
        <source>Case %1 saved.</source>
        <translation>Đã lưu hồ sơ %1.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="304"/>
        <source>Logbook %1</source>
        <translation>Sổ tiếp công dân %1</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="309"/>
        <source>The document could not be shown.</source>
        <translation>Không hiển thị được văn bản.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="334"/>
        <source>Daily encrypted backup made.</source>
        <translation>Đã sao lưu mã hóa hằng ngày.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="351"/>
        <source>Something went wrong. Details are in the log.</source>
        <translation>Đã xảy ra lỗi. Chi tiết được ghi trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="357"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/app_window.py" line="362"/>
        <source>%n case(s) shown; scroll for more</source>
        <translation>
            <numerusform>Đang hiển thị %n hồ sơ; cuộn xuống để xem thêm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/app_window.py" line="364"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/app_window.py" line="368"/>
        <source>Not loaded</source>
        <translation>Chưa tải</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="182"/>
        <source>&amp;Username:</source>
        <translation type="unfinished">&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="183"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished">&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="184"/>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="185"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished">&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="186"/>
        <source>At least 10 characters, different from the username.</source>
        <translation type="unfinished">Ít nhất 10 ký tự, khác với tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="190"/>
        <source>New officer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="191"/>
        <source>Create</source>
        <translation type="unfinished">Tạo</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="192"/>
        <source>The officer records and prints cases. Give them the initial password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="205"/>
        <source>The two passwords do not match.</source>
        <translation type="unfinished">Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="254"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="257"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="258"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="259"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="263"/>
        <source>Approving &amp;supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="264"/>
        <source>Supervisor&apos;s pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="266"/>
        <source>Other sessions keep working; the new password applies at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="268"/>
        <source>Tell the user the new password in person. A supervisor&apos;s account needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="271"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="271"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="273"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="273"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="278"/>
        <source>The two passwords do not match.</source>
        <translation type="unfinished">Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../reception_app/ui/place_picker.py" line="186"/>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/place_picker.py" line="187"/>
        <source>Ward / commune</source>
        <translation>Phường / xã</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="150"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="151"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="183"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="195"/>
        <source>The document could not be printed.</source>
        <translation>Không in được văn bản.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/print_preview.py" line="197"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="201"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="201"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="214"/>
        <source>The file could not be saved.</source>
        <translation>Không lưu được tệp.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/print_preview.py" line="216"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="202"/>
        <source>Transfer slip</source>
        <translation>Phiếu chuyển đơn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="204"/>
        <source>The slip names reporters of denunciations by their code only.</source>
        <translation>Phiếu chỉ ghi người tố cáo bằng mã.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="206"/>
        <source>e.g. the district People&apos;s Committee</source>
        <translation>ví dụ: Ủy ban nhân dân huyện</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="207"/>
        <source>&amp;Receiving body:</source>
        <translation>Cơ quan &amp;nhận:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="214"/>
        <source>Enter the receiving body.</source>
        <translation>Nhập cơ quan nhận.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="221"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="222"/>
        <source>The data folder is ready. One last, important step.</source>
        <translation>Thư mục dữ liệu đã sẵn sàng. Còn một bước cuối cùng, rất quan trọng.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="226"/>
        <source>This recovery code is shown only once and is not stored anywhere. Write it down or print it now and keep it in a safe. Without it the data cannot be opened if every password is forgotten or the computer is replaced.</source>
        <translation>Mã khôi phục này chỉ hiển thị một lần và không được lưu ở bất kỳ đâu. Hãy ghi lại hoặc in ra ngay và cất giữ trong két an toàn. Nếu không có mã này, dữ liệu sẽ không thể mở được khi quên tất cả mật khẩu hoặc khi thay máy tính.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_app/ui/setup_wizard.py" line="263"/>
        <source>To confirm you have written it down, type the last group of the code (%n characters):</source>
        <translation>
            <numerusform>Để xác nhận đã ghi lại mã, hãy nhập nhóm cuối cùng của mã (%n ký tự):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalNoticeDialog</name>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="334"/>
        <source>Refusal notice</source>
        <translation>Thông báo từ chối tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="337"/>
        <source>Choose a ground…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="346"/>
        <source>optional: what happened</source>
        <translation>không bắt buộc: diễn biến sự việc</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="347"/>
        <source>&amp;Ground:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="348"/>
        <source>&amp;Details:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/document_dialogs.py" line="365"/>
        <source>Choose the ground for refusing.</source>
        <translation>Chọn lý do từ chối.</translation>
    </message>
</context>
<context>
    <name>ReporterForm</name>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="55"/>
        <source>Representative of the group</source>
        <translation>Người đại diện của đoàn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="56"/>
        <source>Remove this reporter</source>
        <translation>Bỏ người gửi này</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="58"/>
        <source>No identity paper</source>
        <translation>Không có giấy tờ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="60"/>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="70"/>
        <source>Full name as on the ID paper</source>
        <translation>Họ tên như trên giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="71"/>
        <source>House number, street, hamlet…</source>
        <translation>Số nhà, đường, thôn/tổ…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="72"/>
        <source>e.g. 0912345678</source>
        <translation>ví dụ 0912345678</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="78"/>
        <source>Full &amp;name</source>
        <translation>Họ và &amp;tên</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="79"/>
        <source>Date of &amp;birth</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="80"/>
        <source>ID paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="81"/>
        <source>ID &amp;number</source>
        <translation>&amp;Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="82"/>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="83"/>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="84"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="85"/>
        <source>&amp;Phone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="86"/>
        <source>Province, ward</source>
        <translation>Tỉnh, phường/xã</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="88"/>
        <source>Street address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="89"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_form.py" line="143"/>
        <source>Reporter %1</source>
        <translation>Người gửi %1</translation>
    </message>
</context>
<context>
    <name>ReporterPanel</name>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="69"/>
        <source>Reporters</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="84"/>
        <source>Unlock identity…</source>
        <translation>Mở khóa danh tính…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="86"/>
        <source>A supervisor unlocks the identities for a few minutes (Ctrl+U)</source>
        <translation>Lãnh đạo mở khóa danh tính trong vài phút (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="91"/>
        <source>No identity recorded (anonymous tip).</source>
        <translation>Không ghi nhận danh tính (tin báo nặc danh).</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="94"/>
        <source>Identities are sealed. Unlocking needs a supervisor and is recorded.</source>
        <translation>Danh tính được niêm phong. Việc mở xem cần lãnh đạo cho phép và được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reporter_panel.py" line="154"/>
        <source>Identity visible for %1</source>
        <translation>Danh tính còn hiển thị trong %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="70"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="73"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="78"/>
        <source>Administrator password</source>
        <translation>Mật khẩu quản trị viên</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="79"/>
        <source>Recovery code (another machine)</source>
        <translation>Mã khôi phục (máy khác)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="92"/>
        <source>The current data is kept as a safety copy in the data folder, then replaced by the backup. The backup is checked completely first; nothing is changed if it is damaged.</source>
        <translation>Dữ liệu hiện tại được giữ lại làm bản dự phòng trong thư mục dữ liệu, sau đó được thay bằng bản sao lưu. Bản sao lưu được kiểm tra đầy đủ trước; nếu bản sao lưu bị hỏng thì không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="98"/>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="100"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="101"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="103"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="105"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="116"/>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="124"/>
        <source>Choose the backup folder first.</source>
        <translation>Hãy chọn thư mục sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="130"/>
        <source>Enter the recovery code or an administrator&apos;s username and password.</source>
        <translation>Nhập mã khôi phục hoặc tên đăng nhập và mật khẩu của quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="133"/>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/backup_dialogs.py" line="151"/>
        <source>The restore failed.</source>
        <translation>Khôi phục không thành công.</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="60"/>
        <source>Unlock identity</source>
        <translation>Mở khóa danh tính</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="63"/>
        <source>A supervisor must enter their own account and the reason for unlocking. The identities are shown for a few minutes and the unlock is recorded in the audit log.</source>
        <translation>Lãnh đạo phải nhập tài khoản của chính mình và lý do mở khóa. Danh tính chỉ hiển thị trong vài phút và việc mở khóa được ghi vào nhật ký hoạt động.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="76"/>
        <source>Why the identity is needed (required)</source>
        <translation>Lý do cần xem danh tính (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="80"/>
        <source>Supervisor &amp;username:</source>
        <translation>&amp;Tên đăng nhập của lãnh đạo:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="81"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="82"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="84"/>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/reveal_dialog.py" line="135"/>
        <source>The identity could not be unlocked. Details are in the log.</source>
        <translation>Không mở khóa được danh tính. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="305"/>
        <source>First-run setup</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="309"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="312"/>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="313"/>
        <source>Manages accounts and settings. Cannot see reporters&apos; identities.</source>
        <translation>Quản lý tài khoản và cài đặt. Không được xem danh tính người gửi đơn.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="317"/>
        <source>First supervisor</source>
        <translation>Lãnh đạo đầu tiên</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="318"/>
        <source>A leader who may unlock a reporter&apos;s identity. Must be a different person.</source>
        <translation>Người lãnh đạo có quyền mở xem danh tính người gửi đơn. Phải là người khác với quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/setup_wizard.py" line="376"/>
        <source>Setup failed unexpectedly. Nothing was created; details are in the log.</source>
        <translation>Thiết lập không thành công do lỗi ngoài dự kiến. Chưa có gì được tạo; chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="82"/>
        <source>No (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="83"/>
        <source>Yes, needs a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="83"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="87"/>
        <source>Username</source>
        <translation type="unfinished">Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="87"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="87"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="87"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="120"/>
        <source>&amp;New officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="121"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="122"/>
        <source>&amp;Grant supervisor role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="123"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="124"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="164"/>
        <source>Only administrators and supervisors can see the list of accounts. You can change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="169"/>
        <source>Accounts are managed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="207"/>
        <source>Only an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="208"/>
        <source>Select an active account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="216"/>
        <source>Select an active account that is not a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="225"/>
        <source>Select an active account other than your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="234"/>
        <source>A recovery-code session has no password of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="252"/>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="261"/>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="271"/>
        <source>%1 is now a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="277"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="286"/>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="289"/>
        <source>Deactivate %1 (%2)? They can no longer log in. Their cases and audit entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="310"/>
        <source>Account %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/admin_users.py" line="333"/>
        <source>Something went wrong. Details are in the log.</source>
        <translation type="unfinished">Đã xảy ra lỗi. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>_DeskDialog</name>
    <message>
        <location filename="../../reception_app/ui/admin_dialogs.py" line="160"/>
        <source>Something went wrong. Details are in the log.</source>
        <translation type="unfinished">Đã xảy ra lỗi. Chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../reception_app/ui/crash.py" line="32"/>
        <source>Something went wrong and the action was not completed. Data already saved is safe.
Incident number: {0}. Please tell the administrator this number.</source>
        <translation>Đã xảy ra lỗi và thao tác chưa được thực hiện. Dữ liệu đã lưu vẫn an toàn.
Mã sự cố: {0}. Vui lòng báo mã này cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../reception_app/ui/crash.py" line="55"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
</TS>
