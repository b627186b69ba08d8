"""Word lists and sentence banks for plausible Vietnamese petitions (no Faker: hand-written, NFC).

Nothing here is a real person. Reporter names only ever go into sealed identities; content sentences speak
in the first person ("gia đình tôi") and never carry the reporter's name, as intake guidance asks.
"""

from __future__ import annotations

from reception_app.models.enums import CaseKind, Channel, DocumentState, Sector

SURNAMES = (  # with rough weights: Nguyễn ≈ 38 %, Trần 11 %, Lê 9.5 % ...
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 1),
    ("Ngô", 1),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Trịnh", 1),
    ("Đoàn", 1),
    ("Lâm", 1),
    ("Mai", 1),
    ("Cao", 1),
    ("Tạ", 1),
    ("Hà", 1),
)
MIDDLE_MALE = ("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Đình", "Xuân", "Ngọc", "Trọng")
MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Minh", "Phương")
GIVEN_MALE = (
    "An",
    "Bảo",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Đức",
    "Giang",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hoàng",
    "Hùng",
    "Huy",
    "Khải",
    "Khánh",
    "Khoa",
    "Kiên",
    "Lâm",
    "Long",
    "Lộc",
    "Mạnh",
    "Minh",
    "Nam",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Tài",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
    "Vũ",
)
GIVEN_FEMALE = (
    "Anh",
    "Ánh",
    "Châu",
    "Chi",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hiền",
    "Hoa",
    "Huệ",
    "Hương",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phượng",
    "Quyên",
    "Thảo",
    "Thoa",
    "Thủy",
    "Trang",
    "Trinh",
    "Tuyết",
    "Uyên",
    "Vân",
    "Xuân",
    "Yến",
)
# Ê Đê and M'nông names for the Tây Nguyên agency (Đắk Lắk).
HIGHLAND = ("H'Hen Niê", "Y Blih Êban", "H'Luyện Byă", "Y Khu Niê", "H'Ngơn Mlô", "Y Phôn Ksor", "H'Bia Knul")

STREETS = (
    "Lê Duẩn",
    "Nguyễn Tất Thành",
    "Phan Chu Trinh",
    "Y Jút",
    "Hùng Vương",
    "Trần Phú",
    "Ngô Quyền",
    "Mai Hắc Đế",
    "Lý Thường Kiệt",
    "Hai Bà Trưng",
    "Phan Bội Châu",
    "Lê Lợi",
    "Quang Trung",
    "Nguyễn Du",
    "Giải Phóng",
    "Trường Chinh",
    "Điện Biên Phủ",
    "Võ Văn Kiệt",
    "Tôn Đức Thắng",
    "Nguyễn Văn Cừ",
)
HAMLETS = (
    "thôn 1",
    "thôn 3",
    "thôn 7",
    "buôn Ko Tam",
    "buôn Tơng Jú",
    "tổ dân phố 4",
    "tổ dân phố 9",
    "ấp Hòa Bình",
    "xóm Đông",
    "khu phố 2",
    "bản Nà Sài",
    "thôn Tân Lập",
)
ISSUERS = ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Công an")

POSITIONS = (
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "Công chức địa chính – xây dựng",
    "Trưởng thôn",
    "Công chức tư pháp – hộ tịch",
    "Trưởng phòng Tài nguyên và Môi trường",
    "Kế toán trường tiểu học",
    "Hiệu trưởng trường trung học cơ sở",
    "Trưởng Công an xã",
    "Giám đốc Ban quản lý dự án",
    "Cán bộ thuế",
    "Phó trưởng phòng Kinh tế",
    "Chủ nhiệm hợp tác xã",
    "Trưởng trạm y tế",
)
ORGANISATIONS = (
    "Công ty TNHH Xây dựng Thành Đạt",
    "Công ty cổ phần Cà phê Tây Nguyên",
    "Ban quản lý dự án khu dân cư phía Bắc",
    "Hợp tác xã nông nghiệp Ea Tu",
    "Công ty TNHH MTV Môi trường đô thị",
    "Trung tâm phát triển quỹ đất",
    "Chi nhánh Văn phòng đăng ký đất đai",
    "Công ty cổ phần Đầu tư Bất động sản Hưng Thịnh",
)
PROJECTS = (
    "dự án mở rộng Quốc lộ 14",
    "dự án khu đô thị mới phía Đông",
    "dự án hồ chứa nước Ea H'leo",
    "dự án đường cao tốc Khánh Hòa – Buôn Ma Thuột",
    "dự án khu công nghiệp Hòa Phú",
    "dự án chỉnh trang đô thị",
    "dự án trường trung học phổ thông",
    "dự án điện gió",
    "dự án kè chống sạt lở bờ sông",
)
# Rare phrases: each appears in about one case in ten thousand ("rare word" searches).
RARE_PHRASES = (
    "máy xúc Komatsu",
    "trang trại cá tầm",
    "lò gạch Tuynel",
    "giống sầu riêng Musang King",
    "giấy phép khai thác titan",
)
RARE_PROBABILITY = 1 / 2000  # per case, split over the phrases: ≈ 1 in 10,000 each

# (kind, weight) — realistic shares at a provincial reception desk: most are petitions and complaints.
KINDS = (
    (CaseKind.PETITION, 47),
    (CaseKind.COMPLAINT, 31),
    (CaseKind.DENUNCIATION, 12),
    (CaseKind.MIXED, 5),
    (CaseKind.ANONYMOUS_TIP, 5),
)
SECTORS: dict[CaseKind, tuple[tuple[Sector, int], ...]] = {
    CaseKind.COMPLAINT: (
        (Sector.ADMIN_LAND, 62),
        (Sector.ADMIN_POLICY, 16),
        (Sector.ADMIN_CIVIL_SERVICE, 8),
        (Sector.ADMIN_ENVIRONMENT, 4),
        (Sector.ADMIN_ECONOMY, 3),
        (Sector.ADMIN_SOCIAL, 3),
        (Sector.JUDICIAL, 2),
        (Sector.ADMIN_OTHER, 2),
    ),
    CaseKind.DENUNCIATION: (
        (Sector.ADMIN_CIVIL_SERVICE, 35),
        (Sector.CORRUPTION, 28),
        (Sector.ADMIN_LAND, 20),
        (Sector.PARTY, 5),
        (Sector.JUDICIAL, 5),
        (Sector.OTHER, 7),
    ),
    CaseKind.PETITION: (
        (Sector.ADMIN_LAND, 34),
        (Sector.ADMIN_POLICY, 15),
        (Sector.ADMIN_ENVIRONMENT, 12),
        (Sector.ADMIN_SOCIAL, 15),
        (Sector.ADMIN_ECONOMY, 10),
        (Sector.ADMIN_CIVIL_SERVICE, 6),
        (Sector.ADMIN_RELIGION, 1),
        (Sector.OTHER, 7),
    ),
    CaseKind.MIXED: ((Sector.ADMIN_LAND, 50), (Sector.ADMIN_CIVIL_SERVICE, 30), (Sector.ADMIN_POLICY, 20)),
    CaseKind.ANONYMOUS_TIP: ((Sector.CORRUPTION, 50), (Sector.ADMIN_CIVIL_SERVICE, 40), (Sector.OTHER, 10)),
}
CHANNELS = (
    (Channel.WALK_IN, 55),
    (Channel.POST, 28),
    (Channel.TRANSFERRED, 11),
    (Channel.MAILBOX, 2),
    (Channel.ELECTRONIC, 4),
)
DOC_STATES = ((DocumentState.COPY, 60), (DocumentState.CERTIFIED_COPY, 25), (DocumentState.ORIGINAL, 15))

SUBJECTS: dict[Sector, tuple[str, ...]] = {
    Sector.ADMIN_LAND: (
        "Khiếu nại quyết định thu hồi đất",
        "Khiếu nại phương án bồi thường, hỗ trợ, tái định cư",
        "Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
        "Tranh chấp ranh giới thửa đất với hộ liền kề",
        "Phản ánh việc lấn chiếm đất công",
        "Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất",
        "Đề nghị xem xét lại giá đất bồi thường",
        "Phản ánh xây dựng trái phép trên đất nông nghiệp",
        "Khiếu nại quyết định cưỡng chế kiểm đếm",
        "Đề nghị bố trí đất tái định cư",
    ),
    Sector.ADMIN_POLICY: (
        "Đề nghị giải quyết chế độ người có công",
        "Khiếu nại việc cắt trợ cấp bảo trợ xã hội",
        "Đề nghị xét công nhận hộ nghèo",
        "Khiếu nại chế độ bảo hiểm xã hội",
        "Đề nghị hỗ trợ nhà ở cho người có công",
    ),
    Sector.ADMIN_CIVIL_SERVICE: (
        "Tố cáo cán bộ gây phiền hà khi giải quyết thủ tục hành chính",
        "Phản ánh thái độ làm việc của công chức",
        "Tố cáo hành vi sách nhiễu tại bộ phận một cửa",
        "Khiếu nại quyết định kỷ luật công chức",
        "Phản ánh việc chậm trả kết quả hồ sơ hộ tịch",
    ),
    Sector.ADMIN_RELIGION: (
        "Phản ánh việc xây dựng cơ sở tín ngưỡng không phép",
        "Đề nghị giao đất cho cơ sở tôn giáo",
    ),
    Sector.ADMIN_ENVIRONMENT: (
        "Phản ánh ô nhiễm môi trường từ cơ sở chế biến nông sản",
        "Phản ánh khai thác cát trái phép trên sông",
        "Phản ánh tiếng ồn và bụi từ nhà máy",
        "Phản ánh xả nước thải chưa qua xử lý ra suối",
    ),
    Sector.ADMIN_ECONOMY: (
        "Phản ánh tình trạng ép giá thu mua nông sản",
        "Khiếu nại việc thu thuế sử dụng đất phi nông nghiệp",
        "Phản ánh tranh chấp hợp đồng góp vốn hợp tác xã",
        "Kiến nghị hỗ trợ vốn vay sản xuất",
    ),
    Sector.ADMIN_SOCIAL: (
        "Kiến nghị sửa chữa đường liên thôn",
        "Phản ánh việc thu các khoản đóng góp ngoài quy định tại trường học",
        "Kiến nghị xây dựng cầu dân sinh",
        "Phản ánh tình trạng mất điện kéo dài",
        "Kiến nghị cấp nước sinh hoạt",
    ),
    Sector.ADMIN_OTHER: ("Đề nghị cung cấp thông tin quy hoạch", "Khiếu nại quyết định xử phạt vi phạm hành chính"),
    Sector.JUDICIAL: ("Đề nghị xem xét lại bản án dân sự", "Khiếu nại việc thi hành án chậm trễ"),
    Sector.PARTY: ("Tố cáo đảng viên vi phạm quy định về những điều đảng viên không được làm",),
    Sector.CORRUPTION: (
        "Tố cáo hành vi nhận tiền khi giải quyết hồ sơ đất đai",
        "Tố cáo sai phạm trong quản lý quỹ xây dựng trường học",
        "Tố cáo tham ô tiền hỗ trợ thiên tai",
        "Tố cáo sai phạm trong đấu thầu công trình",
        "Thông tin về việc vòi vĩnh tại bộ phận một cửa",
    ),
    Sector.OTHER: ("Đơn có nhiều nội dung", "Phản ánh tình trạng an ninh trật tự tại địa phương"),
}

OPENINGS: dict[CaseKind, tuple[str, ...]] = {
    CaseKind.COMPLAINT: (
        "Tôi làm đơn này khiếu nại {decision} của Ủy ban nhân dân {ward}.",
        "Gia đình tôi không đồng ý với {decision} ban hành ngày {date} và xin trình bày như sau.",
        "Tôi là người có quyền lợi liên quan trực tiếp đến {decision} và xin khiếu nại nội dung này.",
    ),
    CaseKind.DENUNCIATION: (
        "Tôi làm đơn này tố cáo hành vi vi phạm pháp luật của {accused}, {position}.",
        "Tôi xin tố cáo {accused} về việc lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ.",
        "Bằng đơn này tôi tố cáo {accused} có dấu hiệu vi phạm trong việc giải quyết hồ sơ của người dân.",
    ),
    CaseKind.PETITION: (
        "Chúng tôi là các hộ dân sinh sống tại {hamlet}, {ward} xin phản ánh sự việc sau.",
        "Tôi xin kiến nghị với cơ quan có thẩm quyền về tình hình tại địa phương như sau.",
        "Thay mặt bà con {hamlet}, tôi xin trình bày kiến nghị về việc này.",
    ),
    CaseKind.MIXED: (
        "Đơn của tôi gồm nhiều nội dung vừa khiếu nại vừa tố cáo, xin được trình bày từng nội dung.",
        "Tôi xin trình bày nhiều nội dung liên quan đến việc giải quyết hồ sơ đất đai của gia đình.",
    ),
    CaseKind.ANONYMOUS_TIP: (
        "Thư không ký tên gửi đến hòm thư của cơ quan phản ánh hành vi của {accused}, {position}.",
        "Người gửi không ghi họ tên, địa chỉ; nội dung thư phản ánh việc {accused} có hành vi sai phạm.",
    ),
}

BODY: dict[Sector, tuple[str, ...]] = {
    Sector.ADMIN_LAND: (
        "Gia đình tôi sử dụng ổn định thửa đất số {plot}, tờ bản đồ số {sheet}, diện tích {area} m² từ năm {year}.",
        "Năm {year2}, Nhà nước thu hồi {area2} m² để thực hiện {project} nhưng mức bồi thường chỉ {price} đồng/m².",
        "Giá bồi thường thấp hơn nhiều so với giá chuyển nhượng thực tế trên thị trường tại khu vực.",
        "Phần diện tích còn lại không đủ điều kiện để xây dựng nhà ở nhưng không được xem xét thu hồi hết.",
        "Hộ liền kề đã xây tường rào lấn sang đất của gia đình tôi khoảng {small} m².",
        "Hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất đã nộp tại bộ phận một cửa từ {months} tháng trước.",
        "Đến nay gia đình tôi vẫn chưa nhận được giấy chứng nhận cũng như văn bản trả lời lý do chậm giải quyết.",
        "Biên bản kiểm đếm tài sản trên đất không ghi đủ số cây cà phê, cây tiêu và công trình phụ.",
        "Việc xác định nguồn gốc đất chưa đúng thực tế vì gia đình tôi khai hoang từ trước năm 1993.",
        "Cán bộ địa chính đo đạc lại nhưng không mời các hộ giáp ranh cùng chứng kiến.",
        "Gia đình tôi chưa được bố trí đất tái định cư trong khi đã bàn giao mặt bằng đúng thời hạn.",
    ),
    Sector.ADMIN_POLICY: (
        "Cha tôi tham gia kháng chiến và bị thương năm {year}, hồ sơ đề nghị hưởng chế độ đã nộp nhưng bị trả lại.",
        "Mẹ tôi thuộc diện bảo trợ xã hội nhưng từ tháng {month} năm {year2} bị cắt trợ cấp mà không có thông báo.",
        "Gia đình tôi có hoàn cảnh khó khăn, thu nhập bình quân thấp nhưng không được xét hộ nghèo.",
        "Thời gian đóng bảo hiểm xã hội của tôi tại doanh nghiệp cũ chưa được chốt sổ đầy đủ.",
        "Cán bộ chính sách xã yêu cầu bổ sung giấy tờ nhiều lần, mỗi lần một yêu cầu khác nhau.",
    ),
    Sector.ADMIN_CIVIL_SERVICE: (
        "{accused} nhiều lần hẹn lại và yêu cầu bổ sung giấy tờ không có trong quy định.",
        "Khi tôi hỏi lý do thì {accused} có thái độ thiếu tôn trọng, to tiếng với người dân.",
        "Hồ sơ đăng ký khai sinh cho con tôi bị trả lại {times} lần mà không có phiếu hướng dẫn.",
        "Tôi đề nghị xem xét trách nhiệm của {accused} trong việc giải quyết hồ sơ quá hạn.",
        "Nhiều người dân khác trong {hamlet} cũng gặp tình trạng tương tự khi làm thủ tục.",
    ),
    Sector.ADMIN_RELIGION: (
        "Một số người tự ý xây dựng công trình tín ngưỡng trên đất công tại {hamlet}.",
        "Cơ sở tôn giáo đã sử dụng đất ổn định nhiều năm nhưng chưa được giao đất theo quy định.",
    ),
    Sector.ADMIN_ENVIRONMENT: (
        "Cơ sở chế biến tại {hamlet} xả nước thải chưa qua xử lý ra suối, gây mùi hôi và cá chết hàng loạt.",
        "Ban đêm có nhiều tàu hút cát hoạt động trên sông khiến bờ sông bị sạt lở nghiêm trọng.",
        "Bụi và tiếng ồn từ nhà máy ảnh hưởng đến sức khỏe của người dân sống xung quanh.",
        "Người dân đã phản ánh nhiều lần với chính quyền xã nhưng tình trạng vẫn không được khắc phục.",
        "Nguồn nước giếng của nhiều hộ có màu vàng và mùi lạ sau khi {org} đi vào hoạt động.",
    ),
    Sector.ADMIN_ECONOMY: (
        "Thương lái tại {ward} liên kết ép giá thu mua cà phê và sầu riêng của bà con.",
        "Hợp tác xã chưa thanh toán tiền góp vốn cho các xã viên dù đã hết thời hạn hợp đồng.",
        "Gia đình tôi bị tính thuế sử dụng đất cao hơn so với các hộ có diện tích tương tự.",
        "Bà con kiến nghị được hỗ trợ vốn vay ưu đãi để tái sản xuất sau đợt hạn hán năm {year2}.",
    ),
    Sector.ADMIN_SOCIAL: (
        "Tuyến đường liên thôn dài khoảng {area} m bị hư hỏng nặng sau mùa mưa, học sinh đi lại rất nguy hiểm.",
        "Đầu năm học, nhà trường thu nhiều khoản đóng góp ngoài quy định mà không công khai.",
        "Khu dân cư thường xuyên bị mất điện kéo dài, ảnh hưởng đến sinh hoạt và sản xuất.",
        "Cây cầu tạm bắc qua suối đã xuống cấp, mùa mưa lũ người dân không thể qua lại.",
        "Nhiều hộ gia đình chưa có nước sạch sinh hoạt, phải dùng nước giếng bị nhiễm phèn.",
    ),
    Sector.ADMIN_OTHER: (
        "Tôi đã đề nghị cung cấp thông tin quy hoạch liên quan đến thửa đất nhưng không được trả lời.",
        "Quyết định xử phạt vi phạm hành chính áp dụng sai mức phạt so với quy định.",
    ),
    Sector.JUDICIAL: (
        "Bản án đã có hiệu lực pháp luật từ năm {year2} nhưng đến nay vẫn chưa được thi hành.",
        "Tôi cho rằng việc đánh giá chứng cứ trong vụ án chưa khách quan, ảnh hưởng đến quyền lợi của tôi.",
    ),
    Sector.PARTY: (
        "{accused} là đảng viên nhưng có hành vi vi phạm quy định về những điều đảng viên không được làm.",
        "Việc kê khai tài sản, thu nhập của {accused} chưa trung thực so với thực tế.",
    ),
    Sector.CORRUPTION: (
        "{accused} đã yêu cầu gia đình tôi đưa {money} triệu đồng để được ký xác nhận hồ sơ.",
        "Số tiền phụ huynh đóng góp năm học {year2} không được công khai, nhiều khoản chi không có chứng từ.",
        "Danh sách hộ được nhận tiền hỗ trợ thiên tai có nhiều hộ không bị thiệt hại.",
        "Gói thầu xây dựng {project} có dấu hiệu thông đồng giữa chủ đầu tư và nhà thầu.",
        "Tôi có giữ tin nhắn, ghi âm và danh sách người chứng kiến việc đưa tiền.",
        "Việc thu tiền diễn ra tại trụ sở Ủy ban nhân dân {ward} vào giờ hành chính.",
    ),
    Sector.OTHER: (
        "Tình hình an ninh trật tự tại {hamlet} diễn biến phức tạp, thường xuyên xảy ra trộm cắp tài sản.",
        "Tôi xin trình bày thêm một số nội dung liên quan đến việc giải quyết đơn trước đây.",
    ),
}
GENERIC = (
    "Sự việc đã kéo dài từ tháng {month} năm {year2} đến nay.",
    "Tôi đã gửi đơn đến Ủy ban nhân dân {ward} nhưng chưa nhận được văn bản trả lời.",
    "Kèm theo đơn là bản sao các giấy tờ có liên quan để cơ quan xem xét.",
    "Việc chậm giải quyết đã ảnh hưởng nghiêm trọng đến đời sống và sản xuất của gia đình tôi.",
    "Tôi cam đoan những nội dung trình bày trên là đúng sự thật và chịu trách nhiệm trước pháp luật.",
    "Ngày {date}, tôi đã được cán bộ tiếp công dân hướng dẫn nhưng vụ việc vẫn chưa được xử lý dứt điểm.",
    "Tại buổi đối thoại ngày {date}, các bên chưa thống nhất được hướng giải quyết.",
    "Nhiều hộ dân khác ở {hamlet} cũng có cùng nội dung kiến nghị như gia đình tôi.",
    "Gia đình tôi đã nhiều lần liên hệ trực tiếp với cán bộ phụ trách nhưng chỉ được hẹn lại.",
    "Tôi mong cơ quan có thẩm quyền sớm kiểm tra, xác minh và trả lời bằng văn bản.",
    "Theo tôi được biết, {org} có liên quan đến việc này.",
    "Hiện nay gia đình tôi đang gặp rất nhiều khó khăn, không có nơi ở ổn định.",
)
CLOSINGS = (
    "Kính đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định của pháp luật.",
    "Kính mong quý cơ quan xem xét, giải quyết dứt điểm để gia đình tôi yên tâm sinh sống.",
    "Đề nghị thanh tra làm rõ trách nhiệm của cá nhân, tổ chức có liên quan và xử lý nghiêm theo quy định.",
    "Xin chân thành cảm ơn.",
)
DECISIONS = (
    "Quyết định thu hồi đất số {n}/QĐ-UBND",
    "Quyết định phê duyệt phương án bồi thường số {n}/QĐ-UBND",
    "Quyết định xử phạt vi phạm hành chính số {n}/QĐ-XPHC",
    "Quyết định giải quyết khiếu nại lần đầu số {n}/QĐ-UBND",
    "Thông báo số {n}/TB-UBND",
)
RECEIVED_DOCS: dict[CaseKind, tuple[str, ...]] = {
    CaseKind.COMPLAINT: (
        "Đơn khiếu nại",
        "Quyết định bị khiếu nại",
        "Giấy chứng nhận quyền sử dụng đất",
        "Biên bản kiểm đếm",
        "Căn cước công dân (bản sao)",
        "Sơ đồ thửa đất",
    ),
    CaseKind.DENUNCIATION: (
        "Đơn tố cáo",
        "Tin nhắn điện thoại",
        "Bản ghi âm",
        "Hình ảnh hiện trường",
        "Danh sách người làm chứng",
    ),
    CaseKind.PETITION: (
        "Đơn kiến nghị",
        "Danh sách chữ ký của các hộ dân",
        "Hình ảnh hiện trường",
        "Văn bản trả lời trước đây",
    ),
    CaseKind.MIXED: ("Đơn khiếu nại, tố cáo", "Quyết định bị khiếu nại", "Hình ảnh hiện trường"),
    CaseKind.ANONYMOUS_TIP: ("Thư không ký tên", "Ảnh chụp chứng từ"),
}
VISIT_OUTCOMES = (
    "Tiếp nhận đơn, hẹn trả lời",
    "Hướng dẫn gửi đơn đến cơ quan có thẩm quyền",
    "Giải thích, trả lời trực tiếp",
    "Tiếp nhận tài liệu bổ sung",
    "Chuyển đơn đến cơ quan có thẩm quyền",
)
