"""Pasting from Word keeps headings, bold, lists, tables, links; drops the rest and says what it dropped."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.test_calendar import log_in
from tests.factories import CategoryFactory, UserFactory

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What Word 2016 puts on the clipboard, shortened: its namespaces, Mso classes, inline styles, spans, a
# vertical tab from a Shift+Enter, and two photos it never uploaded (a temporary file and another site's).
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"></head>
<body lang=VI style='tab-interval:.5in'><!--StartFragment-->
<h2 style='mso-outline-level:2'><span style='font-family:"Times New Roman",serif;color:#C00000'>Kết quả
năm 2026</span></h2>
<p class=MsoNormal><b><span style='font-size:14.0pt;color:red'>Chi bộ thôn Đông</span></b><span
style='font-size:14.0pt'> đã kết nạp <a href="https://baoquangninh.vn/ket-nap">5 đảng viên</a>.</span></p>
<ul style='margin-top:0in'><li class=MsoNormal style='mso-list:l0 level1 lfo1'>Học tập nghị quyết</li>
<li class=MsoNormal style='mso-list:l0 level1 lfo1'>Sinh hoạt chuyên đề</li></ul>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td style='width:100pt'>Chi bộ</td>
<td>Đảng viên</td></tr><tr><td>Thôn Đông</td><td>42</td></tr></table>
<p class=MsoNormal><span style='mso-no-proof:yes'><img width=320 height=200
src="file:///C:/Users/BTV/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg"
v:shapes="Picture_x0020_1"></span></p>
<p class=MsoNormal><img src="https://example.com/anh-le-ket-nap.jpg" alt=""></p>
<!--EndFragment--></body></html>"""

PASTE = """(html) => {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', 'Kết quả năm 2026');
  const editable = document.querySelector('.ck-editor__editable');
  editable.focus();
  editable.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def test_pasting_from_word_keeps_the_structure_drops_the_rest_and_says_so(page, live_server):
    CategoryFactory(name="Tin xây dựng Đảng")
    UserFactory(username="bientap", group="Biên tập viên")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/quan-tri/articles/article/add/")
    page.fill("#id_title", "Kết quả công tác xây dựng Đảng năm 2026")
    page.select_option("#id_category", label="Tin xây dựng Đảng")
    page.fill("#id_lead", "Chi bộ thôn Đông tổng kết năm.")
    editable = page.locator(".ck-editor__editable")
    editable.click()

    page.evaluate(PASTE, WORD_HTML)

    expect(page.locator("#paste-report")).to_contain_text(
        "2 ảnh trong đoạn dán chưa được tải lên — hãy thêm ảnh từ thư viện."
    )
    expect(page.locator("#paste-report")).to_contain_text("đã bỏ phông chữ, cỡ chữ và màu")
    expect(editable.locator("h2")).to_contain_text("Kết quả")
    expect(editable.locator("strong")).to_have_text("Chi bộ thôn Đông")
    expect(editable.locator("a")).to_have_attribute("href", "https://baoquangninh.vn/ket-nap")
    expect(editable.locator("li")).to_have_count(2)
    expect(editable.locator("td")).to_have_count(4)
    expect(editable.locator("img")).to_have_count(0)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã lưu bản nháp")

    body = Article.objects.get().body
    assert "<h2>" in body and "<strong>Chi bộ thôn Đông</strong>" in body and "<table>" in body
    assert "<img" not in body and "style=" not in body and "Mso" not in body and "<span" not in body
