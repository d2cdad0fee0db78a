"""Original demo content (categories and articles) for the provincial party bulletin.

All names of people, villages and units below are fictional or generic; the text was
written for this project and is not taken from any newspaper or website.
"""

CATEGORIES = [
    {
        "name": "Tin xây dựng Đảng",
        "description": (
            "Tin tức về công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ trong "
            "Đảng bộ tỉnh."
        ),
    },
    {
        "name": "Học tập và làm theo Bác",
        "description": (
            "Hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở các cơ quan, địa "
            "phương."
        ),
    },
    {
        "name": "Gương điển hình",
        "description": (
            "Những tấm gương người tốt, việc tốt và cách làm hay trong công tác, lao động và đời sống."
        ),
    },
    {
        "name": "Văn hóa – Xã hội",
        "description": "Các sự kiện văn hóa, giáo dục, an sinh xã hội và đời sống của nhân dân trong tỉnh.",
    },
    {
        "name": "Thông báo",
        "description": (
            "Thông báo của Tổ biên tập về lịch phát hành, giờ mở cửa, lịch nghỉ lễ và các hội nghị."
        ),
    },
]

ARTICLES = [
    {
        "title": "Chi bộ thôn Bãi Ngang kết nạp hai đảng viên trẻ ngay trong tuần đầu năm mới",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Sáng 7/1, Chi bộ thôn Bãi Ngang thuộc Đảng bộ xã Đông Hải tổ chức lễ kết nạp đảng viên cho hai "
            "quần chúng ưu tú là đoàn viên thanh niên đang sinh sống và làm việc tại địa phương."
        ),
        "paragraphs": [
            (
                "Hai đảng viên mới là anh Nguyễn Văn Khải, sinh năm 1998, chủ một tổ hợp tác nuôi tôm, và "
                "chị Phạm Thị Hồng Nhung, sinh năm 2000, giáo viên Trường Mầm non Đông Hải. Cả hai đều được "
                "chi đoàn giới thiệu, đã tham gia lớp bồi dưỡng nhận thức về Đảng và được chi bộ phân công "
                "đảng viên chính thức theo dõi, giúp đỡ trong hơn một năm."
            ),
            (
                "Tại buổi lễ, đồng chí Trần Văn Lộc, Bí thư chi bộ, đã công bố quyết định kết nạp, ôn lại "
                "truyền thống vẻ vang của Đảng và nhắc nhở các đảng viên mới về nhiệm vụ, quyền hạn của "
                "người đảng viên. Đồng chí đề nghị hai đảng viên trẻ tiếp tục rèn luyện, gương mẫu trong "
                "công việc và tích cực tham gia các phong trào của thôn."
            ),
            (
                "Thay mặt các đảng viên mới, anh Nguyễn Văn Khải bày tỏ niềm vinh dự và hứa sẽ phấn đấu để "
                "xứng đáng với sự tin tưởng của chi bộ. Anh cho biết sẽ chia sẻ kinh nghiệm nuôi tôm an "
                "toàn sinh học cho các hộ trong thôn, góp phần nâng cao thu nhập cho bà con."
            ),
            (
                "Năm 2024, Đảng bộ xã Đông Hải kết nạp được 14 đảng viên mới, phần lớn là đoàn viên thanh "
                "niên và người lao động trực tiếp sản xuất. Đảng ủy xã xác định công tác tạo nguồn, phát "
                "triển đảng viên ở các thôn ven biển là nhiệm vụ thường xuyên, gắn với việc củng cố tổ chức "
                "cơ sở đảng."
            ),
        ],
        "photos": [
            {
                "caption": (
                    "Đồng chí Bí thư Chi bộ thôn Bãi Ngang trao quyết định kết nạp cho hai đảng viên mới."
                ),
                "alt": (
                    "Ba người đứng trước phông đỏ có cờ Đảng và tượng Bác, người đứng giữa trao tập hồ sơ "
                    "cho một nam và một nữ thanh niên."
                ),
            },
            {
                "caption": "Các đảng viên mới tuyên thệ dưới cờ Đảng.",
                "alt": (
                    "Hai thanh niên giơ tay phải tuyên thệ trước lá cờ đỏ búa liềm trong một hội trường nhỏ."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Đảng ủy xã Đông Hải",
        "source_url": "",
        "published_at": "2025-01-08 08:30",
        "is_featured": False,
        "view_count": 412,
    },
    {
        "title": "Lịch phát hành Bản tin và tiếp nhận tin bài dịp Tết Nguyên đán Ất Tỵ 2025",
        "category": "Thông báo",
        "lead": (
            "Tổ biên tập Bản tin thông báo lịch phát hành, lịch trực và đầu mối tiếp nhận tin bài của các "
            "cơ sở đảng trong dịp nghỉ Tết Nguyên đán Ất Tỵ năm 2025."
        ),
        "paragraphs": [
            (
                "Trong thời gian cán bộ, công chức nghỉ Tết theo quy định, Bản tin điện tử vẫn cập nhật tin "
                "tức hằng ngày với số lượng bài viết phù hợp. Số chuyên đề mừng Đảng, mừng Xuân được phát "
                "hành vào sáng mùng 1 Tết, tức ngày 29/1/2025."
            ),
            (
                "Các chi bộ, đảng bộ cơ sở gửi tin bài về hoạt động dịp Tết qua hộp thư điện tử của Tổ biên "
                "tập hoặc liên hệ trực tiếp với đồng chí trực ban. Tin bài cần ghi rõ tên tác giả, đơn vị, "
                "thời gian, địa điểm diễn ra sự kiện và kèm ảnh chụp gốc."
            ),
            (
                "Lịch trực được phân công theo từng ngày, mỗi ngày có một biên tập viên và một kỹ thuật "
                "viên bảo đảm hoạt động của trang tin. Trường hợp có sự việc cần đăng tải gấp, các đơn vị "
                "liên hệ số điện thoại trực ban được niêm yết tại trang Liên hệ."
            ),
            (
                "Bản tin trở lại lịch phát hành thường lệ từ ngày cán bộ, công chức đi làm trở lại sau Tết. "
                "Tổ biên tập trân trọng cảm ơn các cộng tác viên đã đồng hành trong năm qua và kính chúc "
                "bạn đọc một mùa Xuân an khang, hạnh phúc."
            ),
        ],
        "photos": [
            {
                "caption": "Bản tin phát hành số chuyên đề mừng Đảng, mừng Xuân vào sáng mùng 1 Tết.",
                "alt": "Cành đào hồng đặt cạnh bàn làm việc có máy tính đang mở một trang tin điện tử.",
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-01-20 16:00",
        "is_featured": False,
        "view_count": 186,
    },
    {
        "title": "Tỉnh ủy tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Sáng 3/2, Tỉnh ủy tổ chức trọng thể lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam "
            "(3/2/1930 – 3/2/2025), ôn lại chặng đường vẻ vang của Đảng và của Đảng bộ tỉnh."
        ),
        "paragraphs": [
            (
                "Dự buổi lễ có các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ, đại diện các ban, sở, "
                "ngành, mặt trận, đoàn thể cùng đông đảo đảng viên lão thành. Trước giờ khai mạc, đoàn đại "
                "biểu đã dâng hoa tại Tượng đài Bác Hồ ở quảng trường trung tâm tỉnh."
            ),
            (
                "Diễn văn kỷ niệm khẳng định sự ra đời của Đảng là bước ngoặt lịch sử, chấm dứt thời kỳ "
                "khủng hoảng về đường lối cứu nước. Gần một thế kỷ qua, dưới sự lãnh đạo của Đảng, nhân dân "
                "ta đã giành được những thắng lợi to lớn trong đấu tranh giải phóng dân tộc, xây dựng và "
                "bảo vệ Tổ quốc."
            ),
            (
                "Từ những chi bộ đầu tiên ra đời trong thời kỳ kháng chiến, đến nay Đảng bộ tỉnh có hơn "
                "42.000 đảng viên sinh hoạt tại 560 tổ chức cơ sở đảng. Năm 2024, kinh tế của tỉnh tăng "
                "trưởng khá, đời sống vật chất và tinh thần của nhân dân tiếp tục được cải thiện, quốc "
                "phòng, an ninh được giữ vững."
            ),
            (
                "Năm 2025 là năm tiến hành đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần "
                "thứ XIV của Đảng. Tỉnh ủy yêu cầu các cấp ủy chuẩn bị chu đáo về văn kiện và nhân sự, đồng "
                "thời thực hiện nghiêm việc sắp xếp, tinh gọn tổ chức bộ máy theo chủ trương của Trung "
                "ương."
            ),
            (
                "Dịp này, 86 đảng viên lão thành được trao Huy hiệu 55, 60, 65 và 70 năm tuổi Đảng. Nhiều "
                "tập thể, cá nhân có thành tích xuất sắc trong công tác xây dựng Đảng năm 2024 được Ban "
                "Thường vụ Tỉnh ủy tặng bằng khen."
            ),
            (
                "Sau phần lễ, chương trình nghệ thuật chủ đề “Mùa Xuân dâng Đảng” với các ca khúc, điệu múa "
                "ca ngợi Đảng, Bác Hồ và quê hương đã để lại nhiều cảm xúc cho người dự. Chương trình do "
                "Nhà hát Ca múa nhạc tỉnh và các câu lạc bộ văn nghệ quần chúng phối hợp biểu diễn."
            ),
        ],
        "photos": [
            {
                "caption": "Các đại biểu dâng hoa tại Tượng đài Bác Hồ trước lễ kỷ niệm.",
                "alt": (
                    "Đoàn người mặc áo vest tối màu xếp hàng, người đi đầu nâng lẵng hoa đỏ tiến về phía "
                    "tượng đài trên quảng trường."
                ),
            },
            {
                "caption": "Quang cảnh lễ kỷ niệm 95 năm Ngày thành lập Đảng.",
                "alt": (
                    "Hội trường lớn kín người ngồi, sân khấu phía trước treo cờ Đảng, cờ Tổ quốc và dòng "
                    "chữ kỷ niệm màu vàng."
                ),
            },
            {
                "caption": "Trao Huy hiệu Đảng cho các đảng viên lão thành.",
                "alt": "Một cụ ông tóc bạc mặc áo vest nâu nhận hộp huy hiệu và bó hoa từ một nữ cán bộ.",
            },
        ],
        "subheading": "Chuẩn bị chu đáo cho đại hội đảng bộ các cấp",
        "source_name": "Ban Tuyên giáo Tỉnh ủy",
        "source_url": "",
        "published_at": "2025-02-03 11:20",
        "is_featured": True,
        "view_count": 2870,
    },
    {
        "title": "Phường Trung Tâm nhân rộng mô hình “Mỗi tổ dân phố một việc làm theo Bác”",
        "category": "Học tập và làm theo Bác",
        "lead": (
            "Sau hai năm triển khai, mô hình “Mỗi tổ dân phố một việc làm theo Bác” ở phường Trung Tâm đã "
            "tạo ra nhiều thay đổi cụ thể, từ những con hẻm sạch đẹp đến quỹ khuyến học do chính người dân "
            "đóng góp."
        ),
        "paragraphs": [
            (
                "Đầu mỗi năm, chi bộ các tổ dân phố họp bàn và chọn một việc làm cụ thể, thiết thực để cùng "
                "thực hiện theo tinh thần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
                "Việc được chọn phải xuất phát từ nhu cầu thực tế của khu dân cư, có người phụ trách và có "
                "mốc thời gian kiểm tra kết quả."
            ),
            (
                "Tổ dân phố số 5 chọn xóa các điểm tập kết rác tự phát, trồng hoa dọc hai con hẻm. Tổ dân "
                "phố số 8 vận động lập quỹ khuyến học, mỗi năm trao học bổng cho gần 30 học sinh có hoàn "
                "cảnh khó khăn. Một số tổ khác đăng ký lắp đèn chiếu sáng, sửa sân chơi cho thiếu nhi hoặc "
                "thăm hỏi người cao tuổi neo đơn."
            ),
            (
                "Điểm chung của các tổ là đảng viên luôn được phân công đi đầu. Bà Lương Thị Thu, Bí thư "
                "chi bộ tổ dân phố số 5, cho biết những buổi tổng vệ sinh đầu tiên chủ yếu có đảng viên và "
                "cán bộ hưu trí tham gia, nhưng chỉ sau vài tháng, các gia đình trẻ đã tự giác cùng làm."
            ),
            (
                "Đảng ủy phường đánh giá mô hình đã góp phần nâng cao vai trò của chi bộ ở khu dân cư và "
                "củng cố niềm tin của nhân dân. Năm 2025, phường đặt mục tiêu 100% tổ dân phố đăng ký việc "
                "làm theo Bác, đồng thời kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu."
            ),
        ],
        "photos": [
            {
                "caption": "Người dân tổ dân phố số 5 trồng hoa dọc con hẻm từng là điểm tập kết rác.",
                "alt": (
                    "Một nhóm người lớn tuổi và thanh niên đội nón, cầm xẻng trồng các chậu hoa giấy dọc "
                    "bức tường trong hẻm nhỏ."
                ),
            },
            {
                "caption": "Trao học bổng từ quỹ khuyến học của tổ dân phố số 8.",
                "alt": (
                    "Các em học sinh mặc áo đồng phục trắng đứng thành hàng, tay cầm phong bì học bổng, "
                    "phía sau là băng rôn màu đỏ."
                ),
            },
        ],
        "subheading": "Đảng viên làm trước, nhân dân làm theo",
        "source_name": "Đảng ủy phường Trung Tâm",
        "source_url": "",
        "published_at": "2025-02-25 14:10",
        "is_featured": False,
        "view_count": 533,
    },
    {
        "title": "Thầy giáo Hà Văn Lực và mười hai năm gieo chữ ở bản Nậm Sơn",
        "category": "Gương điển hình",
        "lead": (
            "Từ một thanh niên miền xuôi lần đầu lên bản, thầy Hà Văn Lực đã gắn bó mười hai năm với điểm "
            "trường Nậm Sơn của huyện Miền Núi, trở thành người thầy, người anh của nhiều thế hệ học trò."
        ),
        "paragraphs": [
            (
                "Năm 2013, sau khi tốt nghiệp cao đẳng sư phạm, thầy Lực nhận công tác tại điểm trường Nậm "
                "Sơn, cách trung tâm xã hơn 15 km đường đất. Khi ấy, điểm trường chỉ có hai phòng học tạm, "
                "mùa mưa nước dột, nhiều buổi học sinh phải nghỉ vì suối dâng cao không thể qua."
            ),
            (
                "Thầy kiên trì đến từng nhà vận động phụ huynh cho con đi học đúng độ tuổi, tự học tiếng "
                "dân tộc để trò chuyện với bà con. Những buổi tối, thầy mở lớp phụ đạo miễn phí ngay tại "
                "nhà công vụ, vừa dạy chữ, vừa dạy các em cách giữ vệ sinh và chăm sóc sức khỏe."
            ),
            (
                "Nhờ sự bền bỉ ấy, tỷ lệ học sinh bỏ học ở Nậm Sơn giảm rõ rệt, nhiều em đã học lên trung "
                "học phổ thông và đại học. Một số học trò cũ của thầy nay đã trở về bản làm cán bộ xã, y sĩ "
                "và giáo viên."
            ),
            (
                "Năm 2020, thầy Lực được kết nạp vào Đảng và hiện là phó bí thư chi bộ nhà trường. Thầy "
                "cùng đồng nghiệp kêu gọi các nhà hảo tâm xây thêm ba phòng học kiên cố, một bếp ăn bán trú "
                "và một tủ sách cho học sinh."
            ),
            (
                "Chia sẻ về lý do ở lại, thầy Lực nói giản dị: “Mỗi năm thấy thêm một em biết đọc, biết "
                "viết, mình thấy công việc có ý nghĩa. Bản đã thành nhà của mình rồi.” Thầy vừa được Ủy ban "
                "nhân dân huyện tặng giấy khen vì có thành tích tiêu biểu trong học tập và làm theo Bác."
            ),
        ],
        "photos": [
            {
                "caption": "Thầy Hà Văn Lực trong giờ lên lớp tại điểm trường Nậm Sơn.",
                "alt": (
                    "Một thầy giáo trẻ đứng cạnh bảng đen, hướng dẫn một học sinh nhỏ mặc áo thổ cẩm viết "
                    "chữ vào vở."
                ),
            },
            {
                "caption": "Điểm trường Nậm Sơn sau khi được xây mới các phòng học kiên cố.",
                "alt": (
                    "Dãy nhà học một tầng sơn màu vàng nằm dưới chân đồi, phía trước là sân đất có cột cờ."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-03-18 07:45",
        "is_featured": False,
        "view_count": 1640,
    },
    {
        "title": "Kiểm tra việc thực hiện quy định nêu gương của đảng viên tại sáu chi bộ trực thuộc",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Trong quý I/2025, Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh đã kiểm tra việc thực hiện quy "
            "định về trách nhiệm nêu gương của cán bộ, đảng viên tại sáu chi bộ trực thuộc."
        ),
        "paragraphs": [
            (
                "Nội dung kiểm tra tập trung vào việc chi bộ quán triệt, triển khai các quy định về nêu "
                "gương, việc đảng viên thực hiện những điều đảng viên không được làm và việc giữ mối liên "
                "hệ với tổ chức đảng, nhân dân nơi cư trú. Đoàn kiểm tra cũng xem xét việc kê khai tài sản, "
                "thu nhập và việc thực hiện chế độ sinh hoạt đảng."
            ),
            (
                "Qua kiểm tra, các chi bộ cơ bản thực hiện nghiêm túc quy định, chi ủy đã xây dựng kế hoạch "
                "cụ thể và phân công đảng viên phụ trách từng phần việc. Nhiều đồng chí bí thư chi bộ, thủ "
                "trưởng cơ quan gương mẫu trong thực hiện nhiệm vụ, chấp hành kỷ luật, kỷ cương hành chính."
            ),
            (
                "Bên cạnh đó, đoàn kiểm tra chỉ ra một số hạn chế như biên bản sinh hoạt chi bộ còn sơ sài, "
                "việc tự phê bình và phê bình có lúc chưa thẳng thắn. Một số đảng viên chưa thường xuyên "
                "báo cáo với chi ủy nơi cư trú về việc tham gia các hoạt động ở địa phương."
            ),
            (
                "Ủy ban Kiểm tra yêu cầu các chi bộ khắc phục hạn chế trước ngày 30/6/2025 và báo cáo kết "
                "quả bằng văn bản. Đây cũng là một trong những nội dung được đưa vào tiêu chí đánh giá, xếp "
                "loại chất lượng tổ chức đảng và đảng viên cuối năm."
            ),
        ],
        "photos": [
            {
                "caption": "Đoàn kiểm tra làm việc với chi ủy một chi bộ trực thuộc.",
                "alt": (
                    "Năm người ngồi quanh bàn họp, trên bàn có nhiều tập hồ sơ và sổ ghi chép, sau lưng là "
                    "tủ tài liệu."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Đảng ủy Khối các cơ quan tỉnh",
        "source_url": "",
        "published_at": "2025-04-10 16:00",
        "is_featured": False,
        "view_count": 274,
    },
    {
        "title": (
            "Đêm nghệ thuật “Khúc khải hoàn” mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước"
        ),
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Tối 27/4, tại quảng trường trung tâm tỉnh, hàng nghìn người dân và du khách đã theo dõi đêm "
            "nghệ thuật chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – "
            "30/4/2025)."
        ),
        "paragraphs": [
            (
                "Chương trình gồm ba chương với hơn 20 tiết mục ca, múa, nhạc và sân khấu hóa, tái hiện "
                "những năm tháng hào hùng của dân tộc và sức sống của quê hương trong thời kỳ đổi mới. Tham "
                "gia biểu diễn có các nghệ sĩ của Nhà hát Ca múa nhạc tỉnh, đội văn nghệ của lực lượng vũ "
                "trang và các câu lạc bộ nghệ thuật quần chúng."
            ),
            (
                "Điểm nhấn của đêm diễn là màn hợp xướng với sự tham gia của 200 học sinh, sinh viên cùng "
                "các cựu chiến binh từng chiến đấu trên các chiến trường miền Nam. Nhiều khán giả lớn tuổi "
                "không giấu được xúc động khi những ca khúc quen thuộc một thời vang lên."
            ),
            (
                "Trước đó, trong tháng 4, các xã, phường trong tỉnh đã tổ chức nhiều hoạt động như giải "
                "chạy việt dã, triển lãm ảnh tư liệu, gặp mặt cựu chiến binh và thăm hỏi gia đình chính "
                "sách. Các trường học tổ chức tiết học lịch sử ngoài trời tại di tích, giúp học sinh hiểu "
                "thêm về truyền thống cách mạng của địa phương."
            ),
            (
                "Ông Đỗ Minh Tâm, 74 tuổi, cựu chiến binh ở phường Trung Tâm, cho biết ông đã đến quảng "
                "trường từ chiều để tìm chỗ ngồi. “Xem các cháu hát mà thấy như sống lại thời trai trẻ, "
                "càng thấy quý những gì hôm nay đang có”, ông nói."
            ),
        ],
        "photos": [
            {
                "caption": "Tiết mục mở màn đêm nghệ thuật tại quảng trường trung tâm tỉnh.",
                "alt": (
                    "Sân khấu ngoài trời rực ánh đèn, hàng chục diễn viên mặc áo dài đỏ và vàng múa với cờ."
                ),
            },
            {
                "caption": "Màn hợp xướng của học sinh, sinh viên và cựu chiến binh.",
                "alt": (
                    "Dàn đồng ca đông người đứng nhiều hàng trên sân khấu, hàng đầu là các cụ ông mặc quân "
                    "phục cũ đeo huân chương."
                ),
            },
            {
                "caption": "Người dân theo dõi chương trình nghệ thuật.",
                "alt": (
                    "Đám đông khán giả ngồi trên ghế nhựa và đứng kín quảng trường, nhiều người cầm lá cờ "
                    "đỏ sao vàng nhỏ."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-04-28 06:30",
        "is_featured": False,
        "view_count": 2210,
    },
    {
        "title": "Hội thi kể chuyện về Bác thu hút đông đảo cán bộ, đảng viên và học sinh",
        "category": "Học tập và làm theo Bác",
        "lead": (
            "Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025), Ban Tuyên giáo "
            "Tỉnh ủy phối hợp với Tỉnh đoàn tổ chức vòng chung khảo Hội thi kể chuyện về Bác."
        ),
        "paragraphs": [
            (
                "Vòng chung khảo quy tụ 24 thí sinh xuất sắc nhất được chọn từ hơn 600 người tham gia vòng "
                "sơ khảo tại các xã, phường và đảng bộ trực thuộc. Thí sinh nhỏ tuổi nhất là một học sinh "
                "lớp 5, lớn tuổi nhất là một đảng viên 68 tuổi đã nghỉ hưu."
            ),
            (
                "Mỗi phần thi gồm kể một câu chuyện về cuộc đời, sự nghiệp và tấm gương đạo đức của Bác, "
                "sau đó liên hệ với bản thân hoặc đơn vị. Ban giám khảo đánh giá cao việc nhiều thí sinh "
                "không chỉ kể lại chuyện mà còn nêu được những việc làm cụ thể mình đã thực hiện theo lời "
                "Bác dạy."
            ),
            (
                "Thí sinh Lê Thu Hà, nhân viên bưu điện xã Tân Phong, gây ấn tượng với câu chuyện về tác "
                "phong giản dị, tiết kiệm của Bác, gắn với việc chị cùng đồng nghiệp chủ động chi trả lương "
                "hưu tận nhà cho người cao tuổi. Em Nguyễn Gia Bảo, học sinh lớp 8, kể chuyện Bác dạy thiếu "
                "nhi và cho biết lớp em đã duy trì “hũ tiết kiệm” giúp bạn khó khăn suốt hai năm học."
            ),
            (
                "Kết quả, Ban tổ chức trao một giải Nhất, hai giải Nhì, ba giải Ba và sáu giải Khuyến "
                "khích. Các phần thi xuất sắc sẽ được ghi hình, đăng tải trên Bản tin và sử dụng làm tài "
                "liệu sinh hoạt chi bộ, sinh hoạt chi đoàn trong thời gian tới."
            ),
            (
                "Phát biểu bế mạc, đại diện Ban Tuyên giáo Tỉnh ủy nhấn mạnh học tập và làm theo Bác phải "
                "trở thành việc làm tự giác, thường xuyên của mỗi người. Hội thi là dịp để lan tỏa những "
                "tấm gương bình dị nhưng có sức cảm hóa lớn trong cộng đồng."
            ),
        ],
        "photos": [
            {
                "caption": "Thí sinh nhỏ tuổi nhất hội thi trình bày phần kể chuyện.",
                "alt": (
                    "Một bé gái mặc áo trắng, quàng khăn đỏ đứng trên sân khấu cầm micro, phía sau là màn "
                    "hình chiếu ảnh Bác Hồ."
                ),
            },
            {
                "caption": "Ban tổ chức trao giải cho các thí sinh đạt giải Nhất, giải Nhì.",
                "alt": (
                    "Ba thí sinh đứng giữa sân khấu cầm giấy chứng nhận và hoa, bên cạnh là hai cán bộ trao "
                    "giải."
                ),
            },
        ],
        "subheading": "Những câu chuyện gần gũi, những việc làm cụ thể",
        "source_name": "Ban Tuyên giáo Tỉnh ủy",
        "source_url": "",
        "published_at": "2025-05-16 20:05",
        "is_featured": True,
        "view_count": 1980,
    },
    {
        "title": "Đảng ủy Khối các cơ quan tỉnh quán triệt các nghị quyết, kết luận mới của Trung ương",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Ngày 5/6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị trực tiếp kết hợp trực tuyến học tập, "
            "quán triệt các nghị quyết, kết luận mới của Trung ương cho hơn 1.800 cán bộ, đảng viên."
        ),
        "paragraphs": [
            (
                "Hội nghị được kết nối tới 38 điểm cầu tại các đảng bộ, chi bộ cơ sở trực thuộc, giúp đảng "
                "viên không phải di chuyển xa mà vẫn tiếp thu đầy đủ nội dung. Báo cáo viên của Tỉnh ủy đã "
                "trình bày những điểm mới, cốt lõi của các văn bản, nhất là nội dung về sắp xếp tổ chức bộ "
                "máy và nâng cao năng lực lãnh đạo của tổ chức đảng."
            ),
            (
                "Các nội dung được truyền đạt ngắn gọn, có minh họa bằng số liệu và ví dụ thực tiễn của "
                "tỉnh. Cuối mỗi chuyên đề, báo cáo viên dành thời gian trả lời câu hỏi gửi từ các điểm cầu, "
                "tập trung vào chế độ, chính sách đối với cán bộ và cách thức kiện toàn chi bộ sau khi hợp "
                "nhất cơ quan."
            ),
            (
                "Sau hội nghị, mỗi đảng viên viết bản thu hoạch, nêu rõ nhận thức của bản thân và những "
                "việc sẽ làm để thực hiện nghị quyết tại vị trí công tác. Các chi bộ xây dựng chương trình "
                "hành động với nhiệm vụ, thời hạn và người chịu trách nhiệm cụ thể, tránh sao chép văn bản "
                "của cấp trên."
            ),
            (
                "Đồng chí Vũ Thị Lan Anh, Bí thư Đảng ủy Khối, đề nghị các cấp ủy thực hiện nghiêm việc "
                "kiểm tra, giám sát sau học tập nghị quyết. Kết quả thực hiện sẽ là căn cứ quan trọng để "
                "đánh giá, xếp loại tổ chức đảng và đảng viên năm 2025."
            ),
        ],
        "photos": [
            {
                "caption": "Quang cảnh hội nghị tại điểm cầu chính.",
                "alt": (
                    "Hội trường nhiều hàng ghế kín người, trên sân khấu có bục phát biểu và màn hình lớn "
                    "chia nhiều ô hình ảnh các điểm cầu."
                ),
            },
            {
                "caption": "Đảng viên tại một điểm cầu cơ sở theo dõi hội nghị.",
                "alt": (
                    "Khoảng hai mươi người ngồi trong phòng họp nhỏ, nhìn lên chiếc ti vi treo tường đang "
                    "phát hình hội nghị, trên bàn có sổ ghi chép."
                ),
            },
        ],
        "subheading": "Mỗi đảng viên một bản thu hoạch, mỗi chi bộ một chương trình hành động",
        "source_name": "Đảng ủy Khối các cơ quan tỉnh",
        "source_url": "",
        "published_at": "2025-06-05 17:30",
        "is_featured": False,
        "view_count": 655,
    },
    {
        "title": "Nữ bí thư chi bộ vận động bà con hiến đất mở rộng đường liên thôn",
        "category": "Gương điển hình",
        "lead": (
            "Bằng sự kiên trì và cách làm “nói đi đôi với làm”, bà Đinh Thị Xuân, Bí thư Chi bộ thôn Gò "
            "Mít, xã Tân Phong, đã vận động 46 hộ hiến hơn 3.200 m² đất để mở rộng tuyến đường liên thôn."
        ),
        "paragraphs": [
            (
                "Tuyến đường nối thôn Gò Mít với trung tâm xã trước đây chỉ rộng hơn 2 m, mùa mưa lầy lội, "
                "xe chở nông sản không vào được. Khi xã có chủ trương mở rộng đường theo chương trình xây "
                "dựng nông thôn mới, nhiều hộ còn băn khoăn vì phải hiến đất vườn, chặt bỏ cây lâu năm."
            ),
            (
                "Bà Xuân cùng chi ủy họp dân nhiều buổi, công khai thiết kế, kinh phí và cách làm để bà con "
                "cùng bàn, cùng quyết. Gia đình bà là hộ đầu tiên tự nguyện hiến 150 m² đất và tháo dỡ hàng "
                "rào, sau đó các đảng viên trong chi bộ cũng gương mẫu làm theo."
            ),
            (
                "Với những hộ còn khó khăn, chi bộ phối hợp với chi hội phụ nữ, chi hội cựu chiến binh đến "
                "từng nhà trò chuyện, đồng thời huy động thanh niên giúp di dời cây cối, dựng lại cổng ngõ. "
                "Chỉ sau ba tháng, toàn bộ mặt bằng đã được giải phóng mà không có đơn thư khiếu nại."
            ),
            (
                "Tuyến đường bê tông rộng 5 m đã hoàn thành trước mùa mưa, giúp việc đi lại và tiêu thụ "
                "nông sản thuận lợi hơn hẳn. Chi bộ thôn Gò Mít được Đảng ủy xã đề nghị khen thưởng vì có "
                "cách làm sáng tạo trong công tác dân vận."
            ),
        ],
        "photos": [
            {
                "caption": "Bà Đinh Thị Xuân (thứ hai từ trái) trò chuyện với người dân bên tuyến đường mới.",
                "alt": (
                    "Một phụ nữ trung niên đội nón lá đứng nói chuyện với ba người dân bên con đường bê "
                    "tông mới, hai bên là vườn cây xanh."
                ),
            },
            {
                "caption": "Tuyến đường liên thôn Gò Mít sau khi được mở rộng.",
                "alt": (
                    "Con đường bê tông thẳng, rộng chạy giữa hàng rào mới xây và những khu vườn, một chiếc "
                    "xe máy chở bao nông sản đang đi tới."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Ban Dân vận Tỉnh ủy",
        "source_url": "",
        "published_at": "2025-06-24 09:40",
        "is_featured": False,
        "view_count": 1130,
    },
    {
        "title": "Nhiều hoạt động tri ân nhân kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ",
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Hướng tới kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2025), các cấp ủy, chính "
            "quyền và đoàn thể trong tỉnh đã tổ chức nhiều hoạt động thiết thực, thể hiện đạo lý “Uống nước "
            "nhớ nguồn”."
        ),
        "paragraphs": [
            (
                "Các đoàn công tác của tỉnh đã đến thăm, tặng quà các gia đình chính sách, thương binh nặng "
                "và thân nhân liệt sĩ tiêu biểu. Tại mỗi nơi đến, đại diện lãnh đạo tỉnh ân cần hỏi thăm "
                "sức khỏe, đời sống và ghi nhận ý kiến, nguyện vọng của các gia đình."
            ),
            (
                "Đoàn viên thanh niên các xã, phường ra quân chăm sóc, dọn vệ sinh các nghĩa trang liệt sĩ "
                "và thắp nến tri ân vào tối 26/7. Tại Nghĩa trang liệt sĩ tỉnh, hàng nghìn ngọn nến được "
                "thắp sáng trên từng phần mộ trong không khí trang nghiêm, xúc động."
            ),
            (
                "Từ nguồn Quỹ Đền ơn đáp nghĩa, năm nay tỉnh hỗ trợ xây mới và sửa chữa 25 căn nhà cho "
                "người có công gặp khó khăn về nhà ở. Nhiều doanh nghiệp, nhà hảo tâm cũng đóng góp kinh "
                "phí, ngày công để các căn nhà sớm hoàn thành."
            ),
            (
                "Bà Trương Thị Mến, 82 tuổi, vợ liệt sĩ ở xã Đông Hải, xúc động khi nhận bàn giao căn nhà "
                "mới. Bà nói nhà cũ đã xuống cấp nhiều năm, nay có nhà kiên cố, bà yên tâm sống những năm "
                "tháng tuổi già cùng con cháu."
            ),
        ],
        "photos": [
            {
                "caption": "Đoàn viên thanh niên thắp nến tri ân tại Nghĩa trang liệt sĩ tỉnh.",
                "alt": (
                    "Hàng trăm ngọn nến nhỏ cháy sáng trên các phần mộ xếp thẳng hàng trong đêm, vài thanh "
                    "niên áo xanh đang cúi xuống đặt nến."
                ),
            },
            {
                "caption": "Bàn giao nhà tình nghĩa cho gia đình vợ liệt sĩ ở xã Đông Hải.",
                "alt": (
                    "Một cụ bà tóc bạc đứng trước ngôi nhà mái tôn mới sơn màu vàng nhạt, bên cạnh là các "
                    "cán bộ cầm hoa và tấm biển nhà tình nghĩa."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-07-15 08:20",
        "is_featured": False,
        "view_count": 890,
    },
    {
        "title": "Đại hội Đảng bộ xã Tân Phong nhiệm kỳ 2025–2030 thành công tốt đẹp",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Sau hai ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ xã Tân Phong lần thứ "
            "nhất, nhiệm kỳ 2025–2030 đã hoàn thành toàn bộ nội dung, chương trình đề ra."
        ),
        "paragraphs": [
            (
                "Tham dự Đại hội có 150 đại biểu đại diện cho hơn 1.400 đảng viên sinh hoạt tại 42 chi bộ "
                "và đảng bộ trực thuộc. Đây là đại hội đầu tiên của Đảng bộ xã sau khi hợp nhất ba xã cũ "
                "theo mô hình chính quyền địa phương hai cấp."
            ),
            (
                "Đại hội thống nhất mục tiêu xây dựng xã Tân Phong phát triển nhanh và bền vững dựa trên "
                "nông nghiệp ứng dụng công nghệ cao, dịch vụ và du lịch sinh thái. Nhiều chỉ tiêu quan "
                "trọng được đặt ra như thu nhập bình quân đầu người đạt trên 90 triệu đồng vào năm 2030 và "
                "không còn hộ nghèo theo chuẩn hiện hành."
            ),
            (
                "Các đại biểu dành nhiều thời gian bàn giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các "
                "thôn sau sáp nhập, nhất là nơi có địa bàn rộng, đảng viên cao tuổi chiếm tỷ lệ lớn. Nhiều "
                "ý kiến đề xuất đẩy mạnh ứng dụng công nghệ thông tin trong quản lý đảng viên và tiếp nhận "
                "phản ánh của người dân."
            ),
            (
                "Đại hội đã công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025–2030 gồm 27 "
                "đồng chí, đồng chí Lê Quang Vinh được chỉ định giữ chức Bí thư Đảng ủy xã. Đại hội cũng "
                "bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh và thông qua nghị quyết đại hội."
            ),
            (
                "Phát biểu bế mạc, đồng chí Bí thư Đảng ủy xã đề nghị mỗi cán bộ, đảng viên phát huy tinh "
                "thần đoàn kết, nhanh chóng đưa nghị quyết vào cuộc sống. Ngay sau đại hội, Đảng ủy xã sẽ "
                "xây dựng chương trình hành động cụ thể cho từng năm của nhiệm kỳ."
            ),
        ],
        "photos": [
            {
                "caption": "Đoàn Chủ tịch điều hành phiên làm việc của Đại hội.",
                "alt": (
                    "Bàn dài phủ khăn đỏ trên sân khấu có năm người ngồi, phía sau là tượng Bác, cờ Đảng, "
                    "cờ Tổ quốc và dòng chữ tên đại hội."
                ),
            },
            {
                "caption": "Ban Chấp hành Đảng bộ xã Tân Phong nhiệm kỳ 2025–2030 ra mắt Đại hội.",
                "alt": (
                    "Hàng người mặc áo sơ mi trắng đứng thẳng hàng trên sân khấu, tay cầm hoa, phía dưới "
                    "đại biểu vỗ tay."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Đảng ủy xã Tân Phong",
        "source_url": "",
        "published_at": "2025-07-29 18:00",
        "is_featured": False,
        "view_count": 1420,
    },
    {
        "title": "Xã Đông Hải nhân rộng các mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Từ những mô hình nhỏ ở từng thôn, phong trào thi đua “Dân vận khéo” ở xã Đông Hải đã góp phần "
            "huy động sức dân làm đường, giữ gìn vệ sinh môi trường và phát triển sinh kế ven biển."
        ),
        "paragraphs": [
            (
                "Hiện xã có 17 mô hình “Dân vận khéo” được công nhận, trải đều trên các lĩnh vực kinh tế, "
                "văn hóa – xã hội, quốc phòng – an ninh và xây dựng hệ thống chính trị. Mỗi mô hình đều có "
                "chi bộ hoặc đoàn thể phụ trách, có mục tiêu rõ ràng và được đánh giá kết quả sáu tháng một "
                "lần."
            ),
            (
                "Tiêu biểu là mô hình “Ngư dân không xả rác ra biển” do chi hội nghề cá thôn Bãi Ngang thực "
                "hiện. Mỗi tàu cá được trang bị túi đựng rác, khi cập bến, rác được tập kết về điểm thu gom "
                "chung, nhờ đó bãi biển của thôn sạch hơn rõ rệt."
            ),
            (
                "Theo bà Phan Thị Hạnh, Chủ tịch Ủy ban Mặt trận Tổ quốc xã, bí quyết thành công là chọn "
                "đúng việc dân cần và để dân được bàn từ đầu. Khi người dân thấy rõ lợi ích, họ sẵn sàng "
                "góp công, góp của mà không cần vận động nhiều lần."
            ),
            (
                "Trong 6 tháng đầu năm 2025, nhân dân xã Đông Hải đã đóng góp hơn 2 tỷ đồng và hàng nghìn "
                "ngày công để làm mới 4,5 km đường giao thông nông thôn, lắp đặt 120 bóng đèn chiếu sáng. "
                "Nhiều hộ tự nguyện chỉnh trang hàng rào, cổng ngõ, trồng cây xanh tạo cảnh quan."
            ),
            (
                "Thời gian tới, Đảng ủy xã tiếp tục chỉ đạo các chi bộ lựa chọn mô hình phù hợp với điều "
                "kiện từng thôn, gắn với việc thực hiện dân chủ ở cơ sở. Các mô hình hiệu quả sẽ được tổng "
                "kết, giới thiệu trên Bản tin để các địa phương khác tham khảo."
            ),
        ],
        "photos": [
            {
                "caption": "Ngư dân thôn Bãi Ngang mang rác từ tàu cá về điểm tập kết.",
                "alt": (
                    "Hai người đàn ông mặc áo mưa xách bao tải rác từ chiếc thuyền gỗ sơn xanh cập bờ cát, "
                    "phía sau là nhiều tàu cá neo đậu."
                ),
            },
            {
                "caption": "Người dân góp công làm đường giao thông nông thôn.",
                "alt": (
                    "Nhóm người dân đội nón đang san gạt bê tông tươi trên một đoạn đường làng, bên cạnh có "
                    "máy trộn bê tông."
                ),
            },
        ],
        "subheading": "Lắng nghe dân, bàn với dân, làm cùng dân",
        "source_name": "Đảng ủy xã Đông Hải",
        "source_url": "",
        "published_at": "2025-08-12 10:15",
        "is_featured": False,
        "view_count": 760,
    },
    {
        "title": "Thông báo lịch phát hành Bản tin dịp kỷ niệm 80 năm Quốc khánh 2/9",
        "category": "Thông báo",
        "lead": (
            "Tổ biên tập Bản tin thông báo lịch phát hành và kế hoạch đăng tải loạt bài chào mừng kỷ niệm "
            "80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam."
        ),
        "paragraphs": [
            (
                "Từ ngày 19/8 đến ngày 2/9/2025, Bản tin mở chuyên mục “Tự hào 80 mùa thu”, đăng tải các "
                "bài viết, ảnh tư liệu về truyền thống cách mạng của địa phương. Các chi bộ, đảng bộ cơ sở "
                "và cộng tác viên có thể gửi bài, ảnh về Tổ biên tập trước ngày 28/8/2025."
            ),
            (
                "Trong những ngày nghỉ lễ theo quy định, Bản tin vẫn cập nhật tin tức về các hoạt động kỷ "
                "niệm diễn ra trong tỉnh. Số đặc biệt chào mừng Quốc khánh được phát hành vào sáng ngày "
                "2/9/2025."
            ),
            (
                "Bài viết gửi về cần bảo đảm tính chính xác của thông tin, ghi rõ nguồn tư liệu và không sử "
                "dụng hình ảnh không rõ bản quyền. Tổ biên tập có quyền biên tập lại nội dung cho phù hợp "
                "với tôn chỉ, mục đích của Bản tin."
            ),
            (
                "Mọi thông tin chi tiết xin liên hệ bộ phận thường trực của Tổ biên tập trong giờ hành "
                "chính. Trân trọng thông báo để các đơn vị và bạn đọc được biết."
            ),
        ],
        "photos": [
            {
                "caption": "Chuyên mục “Tự hào 80 mùa thu” được cập nhật từ ngày 19/8.",
                "alt": (
                    "Lá cờ đỏ sao vàng lớn tung bay trên nền trời xanh, phía dưới là những mái nhà của thị "
                    "trấn."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-08-18 15:00",
        "is_featured": False,
        "view_count": 142,
    },
    {
        "title": "Trường THCS Bình An xây dựng Tủ sách Bác Hồ ở từng lớp học",
        "category": "Học tập và làm theo Bác",
        "lead": (
            "Ngay từ đầu năm học 2025–2026, Chi bộ Trường THCS Bình An đã phát động xây dựng Tủ sách Bác Hồ "
            "ở mỗi lớp học, giúp học sinh tìm hiểu về cuộc đời, sự nghiệp của Người qua những trang sách "
            "gần gũi."
        ),
        "paragraphs": [
            (
                "Mỗi lớp có một góc tủ sách với khoảng 40 đầu sách, gồm truyện kể về Bác, sách ảnh, thơ và "
                "các tập san do chính học sinh sưu tầm. Phần lớn sách được quyên góp từ giáo viên, phụ "
                "huynh và cựu học sinh của trường."
            ),
            (
                "Hằng tuần, trong tiết sinh hoạt lớp, một nhóm học sinh được phân công giới thiệu một cuốn "
                "sách hoặc một câu chuyện về Bác. Sau đó cả lớp cùng thảo luận và chọn một việc làm nhỏ để "
                "thực hiện trong tuần, như giữ gìn lớp học sạch đẹp hay giúp đỡ bạn học còn yếu."
            ),
            (
                "Cô giáo Nguyễn Thị Bích Ngọc, Bí thư chi bộ nhà trường, cho biết tủ sách không chỉ để đọc "
                "mà còn để học sinh tập viết cảm nhận, vẽ tranh và kể chuyện. Những bài viết hay được đăng "
                "trên bảng tin của trường và gửi về Tổ biên tập Bản tin."
            ),
            (
                "Sau hơn một tháng triển khai, lượt mượn sách của học sinh tăng gấp ba lần so với cùng kỳ "
                "năm học trước. Nhà trường dự kiến tổ chức “Ngày hội đọc sách về Bác” vào dịp 19/5 năm "
                "2026."
            ),
        ],
        "photos": [
            {
                "caption": "Học sinh Trường THCS Bình An đọc sách tại góc Tủ sách Bác Hồ của lớp.",
                "alt": (
                    "Bốn học sinh áo trắng, khăn quàng đỏ ngồi quanh một chiếc bàn chăm chú đọc sách, sau "
                    "lưng là kệ sách nhỏ có ảnh Bác Hồ."
                ),
            },
            {
                "caption": "Một buổi giới thiệu sách trong giờ sinh hoạt lớp.",
                "alt": (
                    "Một nữ sinh đứng trước lớp cầm cuốn sách bìa đỏ giới thiệu, các bạn ngồi ở bàn lắng "
                    "nghe."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2025-10-09 14:30",
        "is_featured": False,
        "view_count": 498,
    },
    {
        "title": "Cựu chiến binh Bùi Văn Thành làm giàu từ vườn bưởi và giúp nhiều hộ nghèo vươn lên",
        "category": "Gương điển hình",
        "lead": (
            "Rời quân ngũ với hai bàn tay trắng, ông Bùi Văn Thành ở xã Tân Phong đã trở thành chủ trang "
            "trại bưởi có thu nhập ổn định và tận tình giúp đỡ nhiều hộ nghèo trong thôn."
        ),
        "paragraphs": [
            (
                "Năm 1995, ông Thành xuất ngũ trở về quê, cùng vợ khai hoang gần hai héc-ta đất đồi bỏ "
                "hoang để trồng sắn và keo. Những năm đầu, mưa lũ, sâu bệnh khiến gia đình nhiều lần trắng "
                "tay, nhưng ông vẫn không nản chí."
            ),
            (
                "Sau khi tham gia các lớp tập huấn kỹ thuật của Hội Nông dân, ông mạnh dạn chuyển sang "
                "trồng bưởi theo hướng hữu cơ. Đến nay, vườn bưởi của gia đình ông có hơn 1.200 gốc, mỗi "
                "năm cho thu nhập trên 600 triệu đồng sau khi trừ chi phí."
            ),
            (
                "Không giữ kinh nghiệm cho riêng mình, ông Thành thường xuyên hướng dẫn bà con kỹ thuật "
                "ghép cành, bón phân, phòng trừ sâu bệnh. Ông còn cho các hộ nghèo mượn cây giống, vật tư "
                "và bao tiêu sản phẩm, giúp 9 hộ trong thôn thoát nghèo trong 5 năm qua."
            ),
            (
                "Là chi hội trưởng chi hội cựu chiến binh thôn, ông cùng hội viên vận động bà con giữ gìn "
                "an ninh trật tự, góp công làm đường và xây dựng nhà văn hóa. Năm 2025, ông được tặng danh "
                "hiệu “Cựu chiến binh sản xuất, kinh doanh giỏi” cấp tỉnh."
            ),
        ],
        "photos": [
            {
                "caption": "Ông Bùi Văn Thành chăm sóc vườn bưởi của gia đình.",
                "alt": (
                    "Một người đàn ông khoảng sáu mươi tuổi đội mũ cối xanh, đứng giữa vườn cây trĩu những "
                    "quả bưởi lớn màu xanh vàng."
                ),
            },
            {
                "caption": "Ông Thành hướng dẫn người dân kỹ thuật ghép cành.",
                "alt": (
                    "Người đàn ông lớn tuổi cầm dao nhỏ thao tác trên cành cây non, ba người nông dân đứng "
                    "quanh quan sát."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Hội Cựu chiến binh tỉnh",
        "source_url": "",
        "published_at": "2025-10-22 09:00",
        "is_featured": False,
        "view_count": 705,
    },
    {
        "title": "Rộn ràng Ngày hội Đại đoàn kết ở khu dân cư số 3 phường Trung Tâm",
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Hướng tới kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 – "
            "18/11/2025), khu dân cư số 3 phường Trung Tâm tổ chức Ngày hội Đại đoàn kết toàn dân tộc với "
            "nhiều hoạt động vui tươi, ý nghĩa."
        ),
        "paragraphs": [
            (
                "Ngày hội diễn ra tại sân nhà văn hóa khu dân cư với sự tham gia của hơn 300 người dân "
                "thuộc mọi lứa tuổi. Trong phần lễ, Ban công tác Mặt trận báo cáo kết quả thực hiện cuộc "
                "vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2025."
            ),
            (
                "Năm qua, khu dân cư không có trọng án, tỷ lệ gia đình đạt danh hiệu văn hóa trên 95%. "
                "Người dân đã đóng góp kinh phí lắp camera an ninh tại các ngõ, lập quỹ hỗ trợ các hộ có "
                "hoàn cảnh khó khăn và tặng 12 suất học bổng cho học sinh nghèo."
            ),
            (
                "Phần hội sôi nổi với các trò chơi dân gian như kéo co, nhảy bao bố, bịt mắt đập niêu cùng "
                "hội thi gói bánh giữa các tổ dân phố. Các cụ cao tuổi tham gia thi cắm hoa, các em thiếu "
                "nhi vẽ tranh về chủ đề “Khu phố em”."
            ),
            (
                "Dịp này, Ủy ban Mặt trận Tổ quốc phường trao quà cho 15 hộ nghèo, hộ cận nghèo và khen "
                "thưởng 10 gia đình văn hóa tiêu biểu. Bữa cơm đoàn kết do các gia đình cùng chuẩn bị đã "
                "khép lại ngày hội trong không khí ấm áp, gắn bó tình làng nghĩa xóm."
            ),
        ],
        "photos": [
            {
                "caption": "Người dân tham gia trò chơi kéo co tại Ngày hội.",
                "alt": (
                    "Hai đội người lớn đang kéo một sợi dây thừng dài trên sân xi măng, nhiều người đứng "
                    "quanh cổ vũ."
                ),
            },
            {
                "caption": "Hội thi gói bánh giữa các tổ dân phố.",
                "alt": "Các phụ nữ ngồi quanh mâm lá dong xanh và gạo nếp, đang gói những chiếc bánh vuông.",
            },
            {
                "caption": "Bữa cơm đoàn kết của bà con khu dân cư số 3.",
                "alt": (
                    "Nhiều mâm cơm bày trên các dãy bàn dài dưới mái rạp, người già và trẻ em ngồi quây "
                    "quần ăn uống."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Ủy ban Mặt trận Tổ quốc phường Trung Tâm",
        "source_url": "",
        "published_at": "2025-11-14 18:45",
        "is_featured": False,
        "view_count": 612,
    },
    {
        "title": "Đảng bộ Khối các cơ quan tỉnh: sinh hoạt chi bộ chuyên đề theo hướng đổi mới",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Chọn đúng chủ đề, chuẩn bị kỹ nội dung và để mỗi đảng viên được nói thật, nói thẳng là cách "
            "nhiều chi bộ thuộc Đảng bộ Khối các cơ quan tỉnh đang làm để sinh hoạt chuyên đề không còn đơn "
            "điệu, hình thức."
        ),
        "paragraphs": [
            (
                "Năm 2025, 100% chi bộ trực thuộc Đảng bộ Khối tổ chức sinh hoạt chuyên đề ít nhất mỗi quý "
                "một lần. Các chủ đề được lựa chọn gắn với nhiệm vụ chính trị của từng cơ quan, như cải "
                "cách thủ tục hành chính, chuyển đổi số, phòng chống lãng phí hay nâng cao đạo đức công vụ."
            ),
            (
                "Tại Chi bộ Sở Tài chính, trước mỗi buổi sinh hoạt, chi ủy gửi tài liệu và câu hỏi gợi ý để "
                "đảng viên nghiên cứu trước. Buổi sinh hoạt không đọc lại văn bản mà tập trung thảo luận "
                "các vướng mắc thực tế, kết thúc bằng kết luận rõ việc, rõ người, rõ thời hạn."
            ),
            (
                "Một cách làm mới được nhiều chi bộ áp dụng là giao đảng viên trẻ chuẩn bị báo cáo đề dẫn "
                "và điều hành phần thảo luận dưới sự định hướng của chi ủy. Cách làm này giúp đảng viên trẻ "
                "rèn luyện bản lĩnh, kỹ năng, đồng thời mang đến nhiều góc nhìn mới cho chi bộ."
            ),
            (
                "Đồng chí Trịnh Văn Dũng, đảng viên Chi bộ Văn phòng Ủy ban nhân dân tỉnh, cho biết: “Khi "
                "được giao chủ trì chuyên đề về số hóa hồ sơ, tôi phải tìm hiểu rất kỹ và trao đổi với "
                "nhiều đồng nghiệp. Qua buổi sinh hoạt, chi bộ thống nhất được lộ trình cụ thể, công việc "
                "chuyển biến rõ.”"
            ),
            (
                "Đảng ủy Khối đã ban hành hướng dẫn gợi ý 12 chủ đề sinh hoạt chuyên đề cho năm 2026, đồng "
                "thời cử cán bộ dự sinh hoạt tại các chi bộ để kịp thời hướng dẫn. Chất lượng sinh hoạt chi "
                "bộ được xác định là thước đo quan trọng của năng lực lãnh đạo và sức chiến đấu của tổ chức "
                "đảng."
            ),
        ],
        "photos": [
            {
                "caption": "Một buổi sinh hoạt chi bộ chuyên đề tại Chi bộ Sở Tài chính.",
                "alt": (
                    "Khoảng mười lăm người ngồi quanh bàn họp hình chữ U, một nữ đảng viên trẻ đang phát "
                    "biểu, màn hình phía trước trình chiếu biểu đồ."
                ),
            },
            {
                "caption": "Đảng viên trẻ điều hành phần thảo luận trong buổi sinh hoạt.",
                "alt": (
                    "Một nam thanh niên đeo kính đứng cạnh bảng lật ghi các ý kiến, những người ngồi xung "
                    "quanh giơ tay xin phát biểu."
                ),
            },
        ],
        "subheading": "Đảng viên trẻ được giao chủ trì thảo luận",
        "source_name": "Đảng ủy Khối các cơ quan tỉnh",
        "source_url": "",
        "published_at": "2025-11-27 10:00",
        "is_featured": True,
        "view_count": 2450,
    },
    {
        "title": "Các chi bộ khẩn trương kiểm điểm, đánh giá, xếp loại chất lượng cuối năm 2025",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Thực hiện hướng dẫn của Ban Tổ chức Tỉnh ủy, từ đầu tháng 12, các chi bộ trong toàn Đảng bộ "
            "tỉnh đã tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025."
        ),
        "paragraphs": [
            (
                "Năm nay, việc đánh giá được thực hiện theo hướng lượng hóa bằng sản phẩm cụ thể, gắn kết "
                "quả công việc của cá nhân với kết quả của cơ quan, đơn vị. Mỗi đảng viên phải tự nêu những "
                "việc đã làm được, những việc chưa hoàn thành và nguyên nhân, tránh nhận xét chung chung."
            ),
            (
                "Tại nhiều chi bộ, tinh thần tự phê bình và phê bình được phát huy, các ý kiến góp ý thẳng "
                "thắn, mang tính xây dựng. Chi ủy tổng hợp ý kiến của quần chúng và của chi ủy nơi cư trú "
                "để bảo đảm kết quả đánh giá khách quan, toàn diện."
            ),
            (
                "Ban Tổ chức Tỉnh ủy lưu ý không chạy theo thành tích, bảo đảm đúng tỷ lệ đảng viên hoàn "
                "thành xuất sắc nhiệm vụ theo quy định. Những tập thể, cá nhân có hạn chế, khuyết điểm phải "
                "có kế hoạch khắc phục và được theo dõi, kiểm tra trong năm tiếp theo."
            ),
            (
                "Việc kiểm điểm, đánh giá, xếp loại ở các chi bộ hoàn thành trước ngày 31/12/2025, các đảng "
                "bộ trực thuộc Tỉnh ủy hoàn thành trong quý I/2026. Kết quả sẽ là căn cứ để khen thưởng, "
                "quy hoạch và bố trí cán bộ."
            ),
        ],
        "photos": [
            {
                "caption": "Một chi bộ tổ chức kiểm điểm, đánh giá, xếp loại cuối năm.",
                "alt": (
                    "Phòng họp có khoảng mười người ngồi quanh bàn dài, một người đang đọc bản báo cáo, "
                    "những người khác ghi chép."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Ban Tổ chức Tỉnh ủy",
        "source_url": "",
        "published_at": "2025-12-10 08:15",
        "is_featured": False,
        "view_count": 388,
    },
    {
        "title": "Lịch phát hành Bản tin và lịch trực của Tổ biên tập dịp Tết Bính Ngọ 2026",
        "category": "Thông báo",
        "lead": (
            "Tổ biên tập thông báo lịch phát hành số Xuân, lịch trực và cách thức gửi tin bài trong dịp "
            "nghỉ Tết Nguyên đán Bính Ngọ năm 2026."
        ),
        "paragraphs": [
            (
                "Số Xuân Bính Ngọ với chủ đề “Vững tin theo Đảng, vững bước vào Xuân” được phát hành trên "
                "Bản tin điện tử từ sáng ngày 10/2/2026. Số đặc biệt chào Xuân được đăng tải vào sáng mùng "
                "1 Tết, tức ngày 17/2/2026."
            ),
            (
                "Trong thời gian nghỉ Tết theo quy định, Tổ biên tập bố trí trực hằng ngày từ 7 giờ 30 đến "
                "17 giờ để cập nhật tin tức về các hoạt động mừng Đảng, mừng Xuân trên địa bàn tỉnh. Các "
                "đơn vị có tin bài cần đăng gấp vui lòng liên hệ số điện thoại trực ban tại trang Liên hệ."
            ),
            (
                "Ảnh gửi kèm tin bài nên để ở định dạng gốc, có chú thích đầy đủ về người trong ảnh và sự "
                "kiện. Tổ biên tập không đăng những ảnh đã qua chỉnh sửa làm sai lệch nội dung sự kiện."
            ),
            (
                "Bản tin trở lại lịch cập nhật thường lệ từ ngày làm việc đầu tiên sau kỳ nghỉ Tết. Tổ biên "
                "tập kính chúc bạn đọc, cộng tác viên và gia đình năm mới mạnh khỏe, an khang, thịnh vượng."
            ),
        ],
        "photos": [
            {
                "caption": "Số Xuân Bính Ngọ được phát hành từ ngày 10/2/2026.",
                "alt": "Cành mai vàng nở rộ đặt cạnh bao lì xì đỏ và ấm trà trên chiếc bàn gỗ.",
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2026-01-14 16:20",
        "is_featured": False,
        "view_count": 205,
    },
    {
        "title": "Trao Huy hiệu Đảng cho 120 đảng viên nhân kỷ niệm 96 năm Ngày thành lập Đảng",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Trong hai ngày 2 và 3/2, các đảng bộ trực thuộc Tỉnh ủy đồng loạt tổ chức lễ trao Huy hiệu "
            "Đảng cho 120 đảng viên, trong đó có 4 đảng viên nhận Huy hiệu 75 năm tuổi Đảng."
        ),
        "paragraphs": [
            (
                "Các buổi lễ được tổ chức trang trọng, ấm cúng tại trụ sở đảng ủy hoặc tại nhà riêng đối "
                "với những đảng viên cao tuổi, sức khỏe yếu. Lãnh đạo các đảng ủy đã ân cần thăm hỏi, chúc "
                "mừng và bày tỏ lòng biết ơn đối với những đóng góp của các đảng viên lão thành."
            ),
            (
                "Cụ Nguyễn Đình Phúc, 96 tuổi, ở xã Tân Phong, là một trong bốn đảng viên nhận Huy hiệu 75 "
                "năm tuổi Đảng. Cụ vào Đảng năm 1951 khi đang là du kích xã, trải qua nhiều cương vị công "
                "tác ở địa phương cho đến khi nghỉ hưu."
            ),
            (
                "Xúc động nhận huy hiệu, cụ Phúc nhắn nhủ con cháu và các đảng viên trẻ phải luôn giữ gìn "
                "phẩm chất, sống trung thực, gần dân và hết lòng vì việc chung. Dù tuổi cao, cụ vẫn đều đặn "
                "sinh hoạt chi bộ và đọc báo mỗi ngày."
            ),
            (
                "Ban Tổ chức Tỉnh ủy cho biết việc xét, trao Huy hiệu Đảng được thực hiện kịp thời, đúng "
                "đối tượng và bảo đảm chế độ theo quy định. Đây là dịp để giáo dục truyền thống, khơi dậy "
                "niềm tự hào và trách nhiệm của mỗi đảng viên đối với Đảng."
            ),
        ],
        "photos": [
            {
                "caption": "Trao Huy hiệu 75 năm tuổi Đảng cho cụ Nguyễn Đình Phúc tại nhà riêng.",
                "alt": (
                    "Một cụ ông rất cao tuổi ngồi trên ghế gỗ, hai tay cầm khung huy hiệu, một cán bộ nam "
                    "cúi người chúc mừng, người thân đứng phía sau."
                ),
            },
            {
                "caption": "Các đảng viên nhận Huy hiệu Đảng tại lễ trao của Đảng ủy phường Trung Tâm.",
                "alt": (
                    "Hàng người cao tuổi đứng trên sân khấu, ngực đeo huy hiệu, tay cầm hoa và giấy chứng "
                    "nhận, phía sau là phông đỏ có hình búa liềm."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Ban Tổ chức Tỉnh ủy",
        "source_url": "",
        "published_at": "2026-02-03 19:10",
        "is_featured": False,
        "view_count": 1185,
    },
    {
        "title": "Phiên chợ Tết nghĩa tình mang xuân ấm đến 500 hộ khó khăn ở xã Đông Hải",
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Sáng 6/2, tại nhà văn hóa xã Đông Hải, phiên chợ Tết nghĩa tình đã mang đến cho 500 hộ nghèo, "
            "hộ cận nghèo và gia đình chính sách những món quà thiết thực để đón Tết Bính Ngọ."
        ),
        "paragraphs": [
            (
                "Mỗi hộ được phát một phiếu trị giá 500.000 đồng để tự lựa chọn các mặt hàng như gạo, dầu "
                "ăn, bánh kẹo, quần áo và đồ dùng gia đình. Các gian hàng được bày biện như một phiên chợ "
                "quê thực thụ, có cả góc gói bánh chưng và góc viết câu đối Tết miễn phí."
            ),
            (
                "Kinh phí tổ chức phiên chợ do các doanh nghiệp, nhà hảo tâm, hội đồng hương và cán bộ, "
                "đảng viên trong tỉnh đóng góp. Đoàn viên thanh niên tình nguyện làm người bán hàng, hướng "
                "dẫn và giúp các cụ cao tuổi mang hàng về nhà."
            ),
            (
                "Chị Lò Thị Sen, một người mẹ đơn thân có hai con nhỏ, cho biết đây là lần đầu chị được đi "
                "chợ Tết mà không phải lo tiền. “Có gạo, có bánh, có áo mới cho các con, năm nay nhà tôi có "
                "Tết đủ đầy hơn”, chị nói."
            ),
            (
                "Ngoài phiên chợ, trong dịp Tết năm nay, các cấp, các ngành trong tỉnh đã trao hàng chục "
                "nghìn suất quà cho người có công, hộ nghèo và công nhân có hoàn cảnh khó khăn. Tỉnh phấn "
                "đấu bảo đảm mọi người, mọi nhà đều được đón Tết vui tươi, an toàn."
            ),
        ],
        "photos": [
            {
                "caption": "Người dân lựa chọn hàng hóa tại phiên chợ Tết nghĩa tình.",
                "alt": (
                    "Nhiều người đứng trước các gian hàng bày gạo, dầu ăn và bánh kẹo, đoàn viên thanh niên "
                    "áo xanh đang đưa hàng."
                ),
            },
            {
                "caption": "Góc viết câu đối Tết miễn phí tại phiên chợ.",
                "alt": (
                    "Một ông đồ mặc áo the đen ngồi viết chữ thư pháp trên giấy đỏ, vài người dân đứng xem."
                ),
            },
            {
                "caption": "Đoàn viên thanh niên giúp người cao tuổi mang quà về nhà.",
                "alt": (
                    "Một thanh niên mặc áo xanh tình nguyện xách túi quà lớn, đi cạnh cụ bà chống gậy trên "
                    "con đường làng."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2026-02-06 12:30",
        "is_featured": True,
        "view_count": 2675,
    },
    {
        "title": "Triển khai chuyên đề học tập và làm theo Bác năm 2026 trong các cơ quan tỉnh",
        "category": "Học tập và làm theo Bác",
        "lead": (
            "Ngày 10/3, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị triển khai chuyên đề năm 2026 về học "
            "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với nhiệm vụ xây dựng nền công "
            "vụ tận tụy, chuyên nghiệp."
        ),
        "paragraphs": [
            (
                "Chuyên đề năm nay nhấn mạnh tinh thần phục vụ nhân dân, trách nhiệm nêu gương của người "
                "đứng đầu và ý thức tiết kiệm, chống lãng phí trong cơ quan nhà nước. Báo cáo viên đã phân "
                "tích nhiều lời dạy của Bác về người cán bộ, công chức, liên hệ với yêu cầu cải cách hành "
                "chính hiện nay."
            ),
            (
                "Theo kế hoạch, mỗi chi bộ tổ chức ít nhất hai buổi sinh hoạt chuyên đề trong năm và lựa "
                "chọn một nội dung đột phá để tập trung thực hiện. Mỗi cán bộ, đảng viên đăng ký việc làm "
                "cụ thể theo Bác, được chi bộ ghi nhận và đánh giá vào cuối năm."
            ),
            (
                "Tại hội nghị, nhiều đơn vị chia sẻ kinh nghiệm thực hiện chuyên đề năm trước. Chi bộ Trung "
                "tâm Phục vụ hành chính công tỉnh đã rút ngắn thời gian xử lý bình quân của nhiều loại hồ "
                "sơ, tỷ lệ người dân hài lòng đạt trên 98%."
            ),
            (
                "Đồng chí Bí thư Đảng ủy Khối yêu cầu việc học tập chuyên đề phải tránh hình thức, đo bằng "
                "kết quả công việc và sự hài lòng của người dân, doanh nghiệp. Các chi bộ báo cáo kết quả "
                "đăng ký việc làm theo Bác trước ngày 15/4/2026."
            ),
        ],
        "photos": [
            {
                "caption": "Quang cảnh hội nghị triển khai chuyên đề năm 2026.",
                "alt": (
                    "Hội trường có khoảng hai trăm người ngồi, trên sân khấu có tượng Bác Hồ đặt giữa cờ "
                    "Đảng và cờ Tổ quốc."
                ),
            },
        ],
        "subheading": "Gắn học tập chuyên đề với việc giải quyết thủ tục cho người dân",
        "source_name": "Đảng ủy Khối các cơ quan tỉnh",
        "source_url": "",
        "published_at": "2026-03-10 15:45",
        "is_featured": False,
        "view_count": 540,
    },
    {
        "title": "Bí thư Đoàn xã Tân Phong đưa nông sản quê hương lên sàn thương mại điện tử",
        "category": "Gương điển hình",
        "lead": (
            "Nhân kỷ niệm 95 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 – "
            "26/3/2026), Bản tin giới thiệu gương một Bí thư Đoàn xã trẻ đã giúp nhiều hộ dân bán nông sản "
            "qua mạng."
        ),
        "paragraphs": [
            (
                "Anh Vương Đức Trung, sinh năm 1996, tốt nghiệp ngành công nghệ thông tin và từng làm việc "
                "cho một công ty phần mềm ở thành phố. Năm 2021, anh trở về quê, tham gia công tác Đoàn và "
                "được tín nhiệm bầu làm Bí thư Đoàn xã."
            ),
            (
                "Thấy bưởi, mật ong, măng khô của bà con thường bị thương lái ép giá, anh cùng các đoàn "
                "viên lập nhóm hỗ trợ chụp ảnh, quay video, viết giới thiệu sản phẩm và đăng bán trên các "
                "sàn thương mại điện tử. Những buổi phát trực tiếp bán hàng ngay tại vườn thu hút hàng "
                "nghìn lượt xem."
            ),
            (
                "Sau ba năm, nhóm đã hỗ trợ tiêu thụ hơn 40 tấn nông sản, giúp nhiều hộ tăng thu nhập từ 15 "
                "đến 20% so với bán cho thương lái. Anh Trung còn mở các lớp hướng dẫn kỹ năng số miễn phí "
                "cho thanh niên và phụ nữ trong xã."
            ),
            (
                "Năm 2024, anh Trung được kết nạp vào Đảng và hiện là đảng ủy viên Đảng bộ xã. Anh cho biết "
                "mong muốn lớn nhất là mỗi thôn có ít nhất một người trẻ biết bán hàng trực tuyến, để nông "
                "sản quê hương đi xa hơn."
            ),
            (
                "Năm 2025, anh Trung được Tỉnh đoàn tặng bằng khen vì có thành tích xuất sắc trong công tác "
                "Đoàn và phong trào thanh niên. Tấm gương của anh là minh chứng sinh động cho tinh thần "
                "xung kích, sáng tạo của tuổi trẻ hôm nay."
            ),
        ],
        "photos": [
            {
                "caption": "Anh Vương Đức Trung phát trực tiếp giới thiệu bưởi ngay tại vườn.",
                "alt": (
                    "Một thanh niên mặc áo xanh đoàn viên đứng giữa vườn bưởi, cầm quả bưởi hướng về chiếc "
                    "điện thoại gắn trên giá ba chân."
                ),
            },
            {
                "caption": "Lớp hướng dẫn kỹ năng bán hàng trực tuyến cho phụ nữ trong xã.",
                "alt": (
                    "Khoảng mười phụ nữ ngồi trong phòng học, cầm điện thoại thao tác theo hướng dẫn trên "
                    "màn chiếu."
                ),
            },
        ],
        "subheading": "Hơn 40 tấn nông sản được tiêu thụ qua mạng",
        "source_name": "Tỉnh đoàn",
        "source_url": "",
        "published_at": "2026-03-26 07:30",
        "is_featured": False,
        "view_count": 1320,
    },
    {
        "title": "Kết nạp đảng viên là công nhân trong doanh nghiệp ngoài khu vực nhà nước",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Đảng bộ Khu công nghiệp phía Nam vừa kết nạp 11 đảng viên mới là công nhân trực tiếp sản xuất, "
            "nâng tổng số đảng viên được kết nạp tại các doanh nghiệp ngoài khu vực nhà nước từ đầu năm "
            "2026 lên 37 người."
        ),
        "paragraphs": [
            (
                "Trong số 11 đảng viên mới có 7 nữ công nhân, nhiều người là tổ trưởng sản xuất, có sáng "
                "kiến cải tiến kỹ thuật được doanh nghiệp ghi nhận. Họ đều trải qua quá trình rèn luyện "
                "trong tổ chức công đoàn và đoàn thanh niên tại nơi làm việc."
            ),
            (
                "Chị Hoàng Thị Yến, tổ trưởng chuyền may của một công ty may xuất khẩu, cho biết trước đây "
                "chị nghĩ vào Đảng là việc của cán bộ cơ quan nhà nước. Được công đoàn và chi bộ giúp đỡ, "
                "chị hiểu rằng người công nhân cũng có thể là đảng viên tốt ngay trên dây chuyền sản xuất."
            ),
            (
                "Việc phát triển đảng ở doanh nghiệp ngoài khu vực nhà nước gặp nhiều khó khăn do công nhân "
                "thường xuyên làm ca, lao động biến động lớn. Để khắc phục, các chi bộ bố trí lớp bồi dưỡng "
                "nhận thức về Đảng vào ngày nghỉ và phối hợp với chủ doanh nghiệp tạo điều kiện về thời "
                "gian cho quần chúng ưu tú."
            ),
            (
                "Đảng ủy Khu công nghiệp cũng chủ động gặp gỡ, trao đổi với chủ doanh nghiệp để họ thấy rõ "
                "vai trò của tổ chức đảng trong việc ổn định quan hệ lao động và nâng cao năng suất. Nhờ "
                "vậy, nhiều doanh nghiệp đã bố trí phòng sinh hoạt và hỗ trợ kinh phí cho hoạt động của chi "
                "bộ."
            ),
            (
                "Năm 2026, Đảng bộ tỉnh đặt mục tiêu thành lập mới ít nhất 5 tổ chức đảng trong doanh "
                "nghiệp ngoài khu vực nhà nước. Phát triển đảng viên là công nhân được xác định là giải "
                "pháp quan trọng để tăng cường nền tảng xã hội của Đảng."
            ),
        ],
        "photos": [
            {
                "caption": "Lễ kết nạp đảng viên cho công nhân tại Khu công nghiệp phía Nam.",
                "alt": (
                    "Mười một người mặc áo đồng phục công nhân màu xanh đứng thành hàng trước cờ Đảng, mỗi "
                    "người cầm một bó hoa."
                ),
            },
            {
                "caption": "Chị Hoàng Thị Yến (giữa) hướng dẫn công nhân trong tổ chuyền may.",
                "alt": (
                    "Một phụ nữ đeo khẩu trang đứng cạnh dãy máy may, chỉ vào mảnh vải trên bàn cho hai nữ "
                    "công nhân đang ngồi."
                ),
            },
        ],
        "subheading": "Tháo gỡ khó khăn trong phát triển đảng viên ở doanh nghiệp",
        "source_name": "Ban Tổ chức Tỉnh ủy",
        "source_url": "",
        "published_at": "2026-04-20 10:40",
        "is_featured": False,
        "view_count": 820,
    },
    {
        "title": "Nhà trưng bày truyền thống tỉnh mở cửa đón khách miễn phí dịp kỷ niệm Ngày sinh Bác",
        "category": "Thông báo",
        "lead": (
            "Nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026), Nhà trưng bày "
            "truyền thống tỉnh thông báo lịch mở cửa đón khách tham quan miễn phí từ ngày 15/5 đến hết ngày "
            "25/5/2026."
        ),
        "paragraphs": [
            (
                "Trong thời gian trên, Nhà trưng bày mở cửa tất cả các ngày trong tuần, buổi sáng từ 7 giờ "
                "30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ. Riêng tối thứ Bảy các ngày 16/5 và "
                "23/5, Nhà trưng bày mở cửa thêm từ 19 giờ đến 21 giờ."
            ),
            (
                "Dịp này, Nhà trưng bày giới thiệu chuyên đề “Theo dấu chân Người” gồm hơn 150 hiện vật, "
                "tài liệu, hình ảnh, trong đó có nhiều kỷ vật lần đầu được các gia đình trong tỉnh hiến "
                "tặng. Khách tham quan được hướng dẫn viên thuyết minh miễn phí theo từng khung giờ."
            ),
            (
                "Các cơ quan, trường học, chi bộ có nhu cầu tham quan theo đoàn từ 20 người trở lên vui "
                "lòng đăng ký trước ít nhất hai ngày qua điện thoại hoặc thư điện tử của Nhà trưng bày. Đơn "
                "vị đăng ký sớm sẽ được bố trí thời gian và hướng dẫn viên phù hợp."
            ),
            (
                "Khách tham quan vui lòng mặc trang phục lịch sự, giữ trật tự và không chạm tay vào hiện "
                "vật. Nhà trưng bày có chỗ gửi xe miễn phí và lối đi dành cho người khuyết tật."
            ),
        ],
        "photos": [
            {
                "caption": "Một góc không gian trưng bày chuyên đề “Theo dấu chân Người”.",
                "alt": (
                    "Phòng trưng bày có tủ kính đựng tài liệu cũ và ảnh đen trắng treo trên tường, ánh đèn "
                    "vàng dịu chiếu xuống."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Nhà trưng bày truyền thống tỉnh",
        "source_url": "",
        "published_at": "2026-05-12 09:30",
        "is_featured": False,
        "view_count": 96,
    },
    {
        "title": "Mở lớp dạy bơi miễn phí cho trẻ em vùng ven biển trong dịp hè 2026",
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Nhằm phòng, chống đuối nước cho trẻ em trong mùa hè, Đoàn Thanh niên và Hội Liên hiệp Phụ nữ "
            "xã Đông Hải phối hợp mở ba lớp dạy bơi miễn phí cho 120 học sinh từ 8 đến 14 tuổi."
        ),
        "paragraphs": [
            (
                "Các lớp học được tổ chức tại bể bơi di động đặt trong khuôn viên Trường Tiểu học Đông Hải, "
                "mỗi khóa kéo dài 10 buổi. Người dạy là các huấn luyện viên thể thao của tỉnh cùng những "
                "đoàn viên đã qua tập huấn cứu hộ."
            ),
            (
                "Ngoài kỹ năng bơi cơ bản, các em được hướng dẫn cách nhận biết vùng nước nguy hiểm, cách "
                "tự xử lý khi bị chuột rút và cách hỗ trợ người đuối nước an toàn. Cuối khóa, các em phải "
                "tự bơi được ít nhất 25 m mới được cấp giấy chứng nhận."
            ),
            (
                "Chị Mai Thị Duyên, phụ huynh có con tham gia lớp học, cho biết nhà ở sát biển nên gia đình "
                "luôn lo lắng mỗi khi hè đến. Sau mấy buổi học, con chị đã tự tin hơn khi xuống nước và "
                "biết cả những điều cần tránh khi tắm biển."
            ),
            (
                "Bể bơi di động được đầu tư từ nguồn xã hội hóa và sẽ tiếp tục được luân chuyển đến các xã "
                "ven biển khác. Theo kế hoạch, trong hè năm nay, toàn tỉnh sẽ tổ chức dạy bơi cho khoảng "
                "3.000 trẻ em."
            ),
        ],
        "photos": [
            {
                "caption": "Huấn luyện viên hướng dẫn học sinh tập thở dưới nước.",
                "alt": (
                    "Một người đàn ông đứng trong bể bơi nước xanh, đỡ tay một cậu bé đội mũ bơi đang tập "
                    "úp mặt xuống nước, các bạn khác bám thành bể."
                ),
            },
            {
                "caption": "Học sinh khởi động trước buổi học bơi.",
                "alt": (
                    "Hàng chục trẻ em mặc đồ bơi đứng dàn hàng trên sân trường, giơ hai tay lên cao theo "
                    "động tác của cô giáo."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2026-06-18 16:50",
        "is_featured": False,
        "view_count": 455,
    },
    {
        "title": "Ông tổ trưởng tổ dân phố hai mươi năm lặng lẽ giữ sạch bờ kè ven sông",
        "category": "Gương điển hình",
        "lead": (
            "Gần hai mươi năm nay, sáng nào ông Lâm Văn Quý, tổ trưởng tổ dân phố số 2, phường Trung Tâm, "
            "cũng dậy từ 5 giờ để nhặt rác, quét dọn đoạn bờ kè ven sông dài gần một cây số."
        ),
        "paragraphs": [
            (
                "Ông Quý năm nay 71 tuổi, là đảng viên hơn 40 năm tuổi Đảng, nguyên là công nhân nhà máy cơ "
                "khí của tỉnh. Sau khi nghỉ hưu, thấy bờ kè gần nhà thường xuyên bị xả rác, ông tự sắm "
                "chổi, xe đẩy và bắt đầu dọn dẹp mỗi sáng."
            ),
            (
                "Lúc đầu, nhiều người nghĩ ông làm vài hôm rồi thôi, thậm chí có người vẫn vô tư vứt rác "
                "xuống chân kè. Ông không trách ai mà kiên trì vừa làm vừa nhắc nhở, lâu dần hàng xóm thấy "
                "ngại và cùng tham gia."
            ),
            (
                "Từ sáng kiến của ông, tổ dân phố thành lập nhóm “Bờ kè xanh” với hơn 30 thành viên, dọn vệ "
                "sinh vào sáng Chủ nhật hằng tuần. Nhóm đã vận động trồng gần 200 cây bóng mát và đặt các "
                "thùng rác phân loại dọc bờ kè."
            ),
            (
                "Nay đoạn bờ kè đã trở thành nơi đi bộ, tập thể dục quen thuộc của người dân trong phường. "
                "Ông Quý được Ủy ban nhân dân tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong "
                "trào bảo vệ môi trường, nhưng với ông, phần thưởng lớn nhất là thấy dòng sông quê mỗi ngày "
                "một sạch hơn."
            ),
        ],
        "photos": [
            {
                "caption": "Ông Lâm Văn Quý quét dọn bờ kè vào sáng sớm.",
                "alt": (
                    "Một cụ ông mặc áo phông trắng, đội mũ vải, cầm chổi tre quét lá trên lối đi lát gạch "
                    "ven sông lúc trời mờ sáng."
                ),
            },
            {
                "caption": "Nhóm “Bờ kè xanh” trồng cây dọc bờ sông.",
                "alt": (
                    "Năm người dân đang đặt cây non xuống hố đất trên dải cỏ cạnh bờ kè, phía xa là mặt "
                    "sông rộng."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Đảng ủy phường Trung Tâm",
        "source_url": "",
        "published_at": "2026-08-19 06:50",
        "is_featured": False,
        "view_count": 1050,
    },
    {
        "title": "Chuyển đổi số giúp sinh hoạt chi bộ chủ động, tiết kiệm và sát thực tế hơn",
        "category": "Tin xây dựng Đảng",
        "lead": (
            "Sổ tay đảng viên điện tử, tài liệu gửi trước qua phần mềm và việc lấy ý kiến trực tuyến đang "
            "giúp nhiều chi bộ trong tỉnh nâng cao chất lượng sinh hoạt, giảm đáng kể giấy tờ và thời gian "
            "chuẩn bị."
        ),
        "paragraphs": [
            (
                "Từ đầu năm 2026, toàn bộ chi bộ trong tỉnh đã sử dụng phần mềm quản lý đảng viên và sổ tay "
                "đảng viên điện tử. Trước mỗi kỳ sinh hoạt, chi ủy đưa tài liệu, dự thảo nghị quyết lên hệ "
                "thống để đảng viên nghiên cứu trước trên điện thoại."
            ),
            (
                "Tại Chi bộ thôn Bãi Ngang, xã Đông Hải, nhiều đảng viên là ngư dân thường đi biển dài ngày "
                "nay vẫn theo dõi được nội dung sinh hoạt của chi bộ. Khi về bờ, họ có thể góp ý ngay, "
                "không còn cảnh “đi biển về mới biết chi bộ đã bàn gì”."
            ),
            (
                "Dù ứng dụng công nghệ, các chi bộ vẫn duy trì nghiêm chế độ sinh hoạt trực tiếp định kỳ "
                "theo quy định của Điều lệ Đảng. Tài liệu mật không được đưa lên hệ thống, mỗi đảng viên "
                "được cấp tài khoản riêng và được hướng dẫn cách bảo vệ thông tin cá nhân."
            ),
            (
                "Đồng chí Trần Văn Lộc, Bí thư Chi bộ thôn Bãi Ngang, cho biết nhờ có phần mềm, việc theo "
                "dõi đóng đảng phí, chuyển sinh hoạt đảng và tổng hợp ý kiến trở nên nhanh gọn. Chi bộ cũng "
                "dễ dàng gửi thông báo, nhắc lịch sinh hoạt tới từng đảng viên."
            ),
            (
                "Ban Tổ chức Tỉnh ủy cho biết sẽ tiếp tục tập huấn kỹ năng số cho bí thư chi bộ, nhất là ở "
                "các thôn vùng sâu, vùng xa. Mục tiêu đến cuối năm 2026, 100% bí thư chi bộ sử dụng thành "
                "thạo các chức năng của phần mềm."
            ),
        ],
        "photos": [
            {
                "caption": (
                    "Đảng viên Chi bộ thôn Bãi Ngang nghiên cứu tài liệu trên sổ tay đảng viên điện tử."
                ),
                "alt": (
                    "Một người đàn ông da rám nắng ngồi trên mạn thuyền, xem tài liệu trên màn hình điện "
                    "thoại, phía sau là biển xanh."
                ),
            },
            {
                "caption": "Bí thư chi bộ hướng dẫn đảng viên cao tuổi sử dụng phần mềm.",
                "alt": (
                    "Một người đàn ông trung niên ngồi cạnh cụ ông đeo kính lão, chỉ vào màn hình chiếc "
                    "điện thoại thông minh trên tay cụ."
                ),
            },
            {
                "caption": "Một buổi sinh hoạt chi bộ kết hợp trình chiếu tài liệu điện tử.",
                "alt": (
                    "Phòng họp nhỏ của nhà văn hóa thôn, khoảng hai mươi người ngồi nhìn lên màn hình ti vi "
                    "đang hiển thị văn bản."
                ),
            },
        ],
        "subheading": "Giữ nghiêm nguyên tắc, bảo đảm an toàn thông tin",
        "source_name": "Ban Tổ chức Tỉnh ủy",
        "source_url": "",
        "published_at": "2026-10-15 08:00",
        "is_featured": True,
        "view_count": 2330,
    },
    {
        "title": "Liên hoan dân ca các dân tộc vùng cao lần thứ nhất thu hút hơn 300 nghệ nhân",
        "category": "Văn hóa – Xã hội",
        "lead": (
            "Từ ngày 14 đến 16/11, tại xã Núi Xanh, Liên hoan dân ca các dân tộc vùng cao lần thứ nhất đã "
            "diễn ra sôi nổi với sự tham gia của 12 đội đến từ các xã miền núi của tỉnh."
        ),
        "paragraphs": [
            (
                "Hơn 300 nghệ nhân, diễn viên quần chúng đã mang đến liên hoan những làn điệu dân ca, điệu "
                "múa truyền thống đặc sắc của đồng bào các dân tộc. Nhiều tiết mục được dàn dựng công phu, "
                "kết hợp các nhạc cụ dân tộc như đàn tính, khèn, sáo và trống."
            ),
            (
                "Nghệ nhân lớn tuổi nhất là cụ bà Hà Thị Ơn, 84 tuổi, người đã dành cả đời sưu tầm và "
                "truyền dạy dân ca cho con cháu trong bản. Nhiều thành viên nhỏ tuổi nhất mới 9 tuổi nhưng "
                "đã thuộc nhiều bài hát ru cổ của dân tộc mình."
            ),
            (
                "Bên lề liên hoan, ban tổ chức trưng bày trang phục, nông cụ và ẩm thực truyền thống, giới "
                "thiệu sản phẩm du lịch cộng đồng của các xã. Du khách được trải nghiệm dệt thổ cẩm, làm "
                "bánh và tham gia các trò chơi dân gian."
            ),
            (
                "Kết thúc liên hoan, ban tổ chức trao 3 giải A, 4 giải B và nhiều giải cá nhân cho các tiết "
                "mục xuất sắc. Liên hoan sẽ được tổ chức định kỳ hai năm một lần, góp phần bảo tồn, phát "
                "huy giá trị văn hóa truyền thống gắn với phát triển du lịch."
            ),
        ],
        "photos": [
            {
                "caption": "Tiết mục múa của đội văn nghệ xã Núi Xanh.",
                "alt": (
                    "Các cô gái mặc váy áo thổ cẩm nhiều màu múa thành vòng tròn trên sân khấu ngoài trời, "
                    "phía sau là dãy núi."
                ),
            },
            {
                "caption": "Nghệ nhân Hà Thị Ơn biểu diễn tại liên hoan.",
                "alt": (
                    "Một cụ bà đội khăn chàm, mặc áo truyền thống màu đen, đứng hát trước micro, hai tay "
                    "chắp trước ngực."
                ),
            },
            {
                "caption": "Du khách trải nghiệm dệt thổ cẩm bên lề liên hoan.",
                "alt": (
                    "Một nữ du khách trẻ ngồi bên khung dệt bằng gỗ, được một phụ nữ mặc trang phục dân tộc "
                    "hướng dẫn luồn sợi chỉ màu."
                ),
            },
        ],
        "subheading": None,
        "source_name": "Tổ biên tập Bản tin",
        "source_url": "",
        "published_at": "2026-11-18 20:15",
        "is_featured": False,
        "view_count": 370,
    },
]
