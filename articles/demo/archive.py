"""A large archive of plausible bulletin articles, assembled from phrases written for this project.

Every place, person and unit below is generic or made up. The same seed gives the same articles.
"""

import html
import random

PLACES = [
    "Đông Hải", "Tân Lập", "Hòa Bình", "Quang Trung", "An Phú", "Bình Minh", "Hưng Đạo", "Thanh Sơn",
    "Phú Lộc", "Yên Thịnh", "Cẩm Thạch", "Vĩnh Tuy", "Hồng Phong", "Minh Khai", "Tiền Phong", "Đồng Tâm",
    "Nam Sơn", "Bắc Hà", "Thống Nhất", "Hải Yên",
]  # fmt: skip
UNITS = ["xã", "phường", "thị trấn", "thôn", "khu phố", "bản"]
BODIES = [
    "Đảng bộ", "Chi bộ", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh",
    "Ủy ban Mặt trận Tổ quốc", "Ủy ban Kiểm tra Đảng ủy", "Ban Tuyên giáo Đảng ủy", "Ban Dân vận Đảng ủy",
]  # fmt: skip
ACTIONS = [
    "tổ chức hội nghị sơ kết", "kết nạp đảng viên mới", "triển khai nghị quyết", "ra mắt mô hình tự quản",
    "trao Huy hiệu Đảng cho đảng viên lão thành", "tổng kết công tác", "phát động phong trào thi đua",
    "khen thưởng tập thể, cá nhân tiêu biểu", "sinh hoạt chuyên đề", "đối thoại với nhân dân",
    "kiểm tra, giám sát chi bộ trực thuộc", "bồi dưỡng lý luận chính trị", "gặp mặt đảng viên trẻ",
    "ký kết chương trình phối hợp", "tuyên dương gương người tốt, việc tốt",
]  # fmt: skip
TOPICS = [
    "về công tác dân vận", "về chuyển đổi số ở cơ sở", "về xây dựng nông thôn mới",
    "về bảo vệ môi trường", "về phát triển đảng viên", "về cải cách hành chính",
    "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "về an sinh xã hội",
    "về giữ gìn an ninh trật tự", "về phát triển kinh tế tập thể", "6 tháng đầu năm", "cuối năm",
]  # fmt: skip
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hữu", "Ngọc", "Thanh", "Xuân"]
GIVEN_NAMES = [
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn",
    "Tâm", "Thảo", "Tuấn", "Yến", "Khánh", "Linh", "Trung",
]  # fmt: skip
ROLES = [
    "Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban Mặt trận Tổ quốc",
    "Trưởng ban Tuyên giáo", "Bí thư chi bộ", "Chủ nhiệm Ủy ban Kiểm tra", "Bí thư Đoàn Thanh niên",
    "Chủ tịch Hội Cựu chiến binh",
]  # fmt: skip
ATTENDEES = [
    "lãnh đạo Huyện ủy", "các ban xây dựng Đảng của huyện", "Mặt trận và các đoàn thể",
    "các chi bộ trực thuộc", "người có uy tín trong cộng đồng", "các hộ kinh doanh trên địa bàn",
]  # fmt: skip
EMPHASES = [
    "vai trò nêu gương của người đứng đầu", "yêu cầu giữ mối liên hệ mật thiết với nhân dân",
    "việc nâng cao chất lượng sinh hoạt chi bộ",
    "trách nhiệm lắng nghe và giải quyết kiến nghị của người dân",
    "sự cần thiết phải làm tốt công tác kiểm tra, giám sát", "ý nghĩa của việc bồi dưỡng lớp đảng viên trẻ",
]  # fmt: skip
ACHIEVEMENTS = [
    "kết nạp được {n} đảng viên mới", "hoàn thành {n} ki-lô-mét đường giao thông nông thôn",
    "vận động nhân dân hiến {n} mét vuông đất làm đường", "giúp {n} hộ gia đình thoát nghèo",
    "tổ chức {n} buổi sinh hoạt chuyên đề", "giải quyết dứt điểm {n} kiến nghị của cử tri",
    "trồng mới {n} cây xanh trên các tuyến đường", "trao {n} suất học bổng cho học sinh vượt khó",
]  # fmt: skip
CONTRIBUTIONS = [
    "giữ vững ổn định chính trị ở cơ sở", "nâng cao đời sống vật chất và tinh thần của nhân dân",
    "củng cố niềm tin của nhân dân với Đảng", "tạo sự đồng thuận trong cộng đồng dân cư",
    "làm cho bộ mặt nông thôn ngày càng khang trang", "xây dựng tổ chức đảng trong sạch, vững mạnh",
]  # fmt: skip
PLANS = [
    "đổi mới nội dung, phương thức sinh hoạt chi bộ",
    "đẩy mạnh ứng dụng công nghệ thông tin trong công tác tuyên truyền",
    "quan tâm phát triển đảng viên trong đoàn viên thanh niên", "nhân rộng các mô hình dân vận khéo",
    "tăng cường đối thoại trực tiếp giữa người đứng đầu với nhân dân",
    "làm tốt công tác chuẩn bị đại hội chi bộ nhiệm kỳ mới",
]  # fmt: skip
PROPOSALS = [
    "tăng cường tập huấn nghiệp vụ cho bí thư chi bộ", "có cơ chế hỗ trợ kinh phí cho các mô hình tự quản",
    "sớm hoàn thiện nhà văn hóa thôn", "quan tâm hơn đến đảng viên cao tuổi, hoàn cảnh khó khăn",
    "đơn giản hóa thủ tục hành chính cho người dân", "mở thêm lớp dạy nghề cho thanh niên",
]  # fmt: skip
SUBHEADINGS = [
    "Nhiều cách làm sáng tạo", "Khơi dậy sức mạnh từ nhân dân", "Nâng cao chất lượng sinh hoạt",
    "Những kết quả bước đầu", "Phát huy vai trò nêu gương", "Tiếp tục đổi mới",
]  # fmt: skip
SOURCES = ["Ban Tuyên giáo Tỉnh ủy", "Trung tâm Truyền thông tỉnh", "Phóng viên Bản tin", "Đảng ủy Khối", ""]
SENTENCES = [
    "Tham dự có {n} đảng viên, đại diện {attendees} và đông đảo quần chúng nhân dân.",
    "Phát biểu tại buổi lễ, đồng chí {person}, {role}, nhấn mạnh {emphasis}.",
    "Trong năm qua, {body} đã {achievement}, góp phần {contribution}.",
    "Thời gian tới, {body} tiếp tục {plan}.",
    "Nhiều ý kiến tại hội nghị đề nghị cấp trên {proposal}.",
    "Theo đồng chí {person}, điều quan trọng nhất là {emphasis}.",
    "Kết quả này đã {contribution}, được nhân dân đồng tình, ủng hộ.",
    "Đến nay, toàn {unit} đã {achievement}.",
]  # fmt: skip
CAPTIONS = [
    "Quang cảnh buổi lễ", "Đồng chí {person} phát biểu tại hội nghị",
    "Các đại biểu biểu quyết thông qua nghị quyết", "Đảng viên mới tuyên thệ dưới cờ Đảng",
    "Nhân dân tham gia ngày hội đại đoàn kết", "Đại biểu tham quan mô hình",
]  # fmt: skip


class ArchiveWriter:
    """Titles, leads, bodies and captions: the text is escaped, so a body is already clean HTML."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def pick(self, items):
        return self.random.choice(items)

    def person(self):
        return f"{self.pick(FAMILY_NAMES)} {self.pick(MIDDLE_NAMES)} {self.pick(GIVEN_NAMES)}"

    def article(self, photo_count):
        """{title, lead, body, source_name, captions} for an article with `photo_count` captioned photos."""
        unit, place = self.pick(UNITS), self.pick(PLACES)
        body_name = f"{self.pick(BODIES)} {unit} {place}"
        action, topic = self.pick(ACTIONS), self.pick(TOPICS)
        title = f"{body_name} {action} {topic}"
        day, month = self.random.randint(1, 28), self.random.randint(1, 12)
        lead = f"Ngày {day}/{month}, {body_name} đã {action} {topic}. {self.sentence(unit, body_name)}"
        paragraphs = [
            " ".join(self.sentence(unit, body_name) for _ in range(self.random.randint(3, 5)))
            for _ in range(self.random.randint(4, 7))
        ]
        blocks = [f"<p>{html.escape(text)}</p>" for text in paragraphs]
        if self.random.random() < 0.4:
            blocks.insert(len(blocks) // 2, f"<h2>{html.escape(self.pick(SUBHEADINGS))}</h2>")
        for number in range(photo_count, 0, -1):
            blocks.insert(min(2 * number - 1, len(blocks)), f"<p>[ảnh {number}]</p>")
        captions = [self.pick(CAPTIONS).format(person=self.person()) for _ in range(photo_count)]
        return {
            "title": title,
            "lead": lead,
            "body": "\n".join(blocks),
            "source_name": self.pick(SOURCES),
            "captions": captions,
        }

    def sentence(self, unit, body_name):
        return self.pick(SENTENCES).format(
            n=self.random.randint(12, 320),
            attendees=self.pick(ATTENDEES),
            person=self.person(),
            role=self.pick(ROLES),
            emphasis=self.pick(EMPHASES),
            body=body_name,
            achievement=self.pick(ACHIEVEMENTS).format(n=self.random.randint(2, 60)),
            contribution=self.pick(CONTRIBUTIONS),
            plan=self.pick(PLANS),
            proposal=self.pick(PROPOSALS),
            unit=unit,
        )
