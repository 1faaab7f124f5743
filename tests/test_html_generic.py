"""The generic article extractor on layouts no profile was written for, and its clean-up.

Every page here is written for the test in the layouts of the genre (an ASP.NET
WebForms newspaper, a national CMS with a sapo and in-body boxes, WordPress-like
listings); none is copied from a real site.
"""

from __future__ import annotations

import pytest

from extract.page import cleanup, html
from extract.page.html import article_problem, is_article, page_from_html

FILLER = (
    "Theo kế hoạch, các xã sẽ hoàn thành việc rà soát trước ngày 30/4, "
    "bảo đảm đúng đối tượng và công khai danh sách tại trụ sở ấp."
)


def national_cms(sapo: str, body: str, tail: str = "") -> str:
    """A page in the shape of the big national CMSs: headline, sapo, one content block."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng | Báo Miền Tây</title>
    <meta property="og:title" content="Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng">
    <meta property="article:published_time" content="2025-11-20T07:30:00+07:00">
    <meta name="author" content="Báo Miền Tây"></head>
    <body><header class="site-header"><ul class="menu"><li><a href="/">Trang chủ</a></li>
    <li><a href="/kinh-te.htm">Kinh tế</a></li></ul></header>
    <div class="container"><div class="main-col">
    <div class="breadcrumb"><a href="/kinh-te.htm">Kinh tế</a></div>
    <h1 class="detail-title">Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng</h1>
    <div class="detail-time">Thứ Năm, 20/11/2025 - 07:30</div>
    <h2 class="detail-sapo">{sapo}</h2>
    <div class="detail-content">{body}</div>{tail}
    <div class="box-news-other"><h3>Tin cùng chuyên mục</h3><ul>
    <li><a href="/a1.htm">Nông dân Cao Lãnh thu hoạch lúa Thu Đông đạt năng suất cao</a>
    <span>19/11/2025</span></li>
    <li><a href="/a2.htm">Tháp Mười mở rộng vùng nguyên liệu sen theo hướng hữu cơ</a>
    <span>18/11/2025</span></li></ul></div>
    </div><aside class="sidebar"><div class="most-read"><h3>Đọc nhiều</h3>
    <a href="/b1.htm">Giá lúa tăng nhẹ trong tuần qua ở các tỉnh miền Tây</a></div></aside></div>
    <footer>Báo Miền Tây. Giấy phép số 12/GP-BTTTT.</footer></body></html>"""


PARAGRAPHS = [
    "Năm nay, huyện Lai Vung dành 5 tỷ đồng hỗ trợ giống và kỹ thuật cho các hộ chuyển từ "
    "lúa sang trồng quýt hồng và cây màu trên diện tích khoảng 300 ha.",
    "Phòng Nông nghiệp huyện phối hợp với hợp tác xã tổ chức 12 lớp tập huấn, hướng dẫn "
    "nông dân cách lên liếp, bón phân hữu cơ và phòng trừ sâu bệnh.",
    "Ông Nguyễn Văn Lực, nông dân xã Tân Thành, cho biết sau hai năm chuyển đổi, thu nhập "
    "của gia đình tăng gấp ba lần so với trồng lúa.",
    "Thời gian tới, huyện tiếp tục kêu gọi doanh nghiệp liên kết bao tiêu sản phẩm, giúp "
    "nông dân yên tâm sản xuất lâu dài.",
]


def paragraphs(*items: str) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_national_cms_layout_sapo_boxes_captions_and_byline():
    body = (
        paragraphs(PARAGRAPHS[0])
        + '<figure class="VCSortableInPreviewMode" type="Photo"><div><img data-src="/a.jpg"></div>'
        + "<figcaption><p>Nông dân xã Tân Thành chăm sóc vườn quýt hồng. Ảnh: Kim Hà</p>"
        + "</figcaption></figure>"
        + paragraphs(PARAGRAPHS[1])
        + '<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="box">'
        + '<span>Tham khảo thêm</span><ul><li><a href="/c1.htm">Quýt hồng Lai Vung vào '
        + "mùa thu hoạch</a></li></ul></div></div>"
        + '<p><a href="/c2.htm"><strong>Người trồng quýt hồng lo mất mùa vì nắng nóng</strong>'
        + "</a></p>"
        + paragraphs(PARAGRAPHS[2], PARAGRAPHS[3])
        + '<p style="text-align: right;"><strong>NGỌC ANH - MINH KHÔI</strong></p>'
        + '<div class="readmore-body-box d-none"><a href="#">Đọc tiếp</a></div>'
    )
    page = page_from_html(
        national_cms(
            "(Miền Tây) - Huyện Lai Vung hỗ trợ giống, kỹ thuật và tìm đầu ra cho "
            "nông dân chuyển đổi từ lúa sang cây ăn trái.",
            body,
        ),
        "https://baomientay.example.vn/kinh-te/lai-vung-chuyen-doi-20251120.htm",
    )
    assert page.title == "Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng"
    assert page.summary == (  # as printed, as page gold keeps it
        "(Miền Tây) - Huyện Lai Vung hỗ trợ giống, kỹ thuật và tìm đầu ra cho nông dân "
        "chuyển đổi từ lúa sang cây ăn trái."
    )
    assert page.text.split("\n\n") == PARAGRAPHS
    assert page.captions == ["Nông dân xã Tân Thành chăm sóc vườn quýt hồng. Ảnh: Kim Hà"]
    assert page.published == "2025-11-20T07:30:00+07:00"
    assert is_article(page)


ASPNET = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Báo Sông Hậu điện tử</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body><form name="aspnetForm" method="post" action="./ChiTiet.aspx?ID=4521" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="header"><span class="today">Thứ Hai, 16/03/2026</span>
<table class="menu"><tr><td><a href="Default.aspx">Trang chủ</a></td>
<td><a href="ChuyenMuc.aspx?ID=2">Kinh tế</a></td><td><a href="ChuyenMuc.aspx?ID=3">Xã hội</a></td>
</tr></table></div>
<table width="990" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="690">
<h1><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">Châu Thành ra quân làm
đường giao thông nông thôn</span></h1>
<span id="ctl00_ContentPlaceHolder1_lblNgay" class="ngaydang">Cập nhật ngày:
12/03/2026 08:15:40</span>
<div id="ctl00_ContentPlaceHolder1_pnlNoiDung">
<p><strong>Sáng 11/3, huyện Châu Thành tổ chức lễ ra quân làm đường giao thông nông thôn năm
2026 với tổng kinh phí hơn 20 tỷ đồng.</strong></p>
<p>Theo kế hoạch, trong năm huyện sẽ nâng cấp 35 km đường liên ấp, xây mới 12 cây cầu bê tông,
trong đó người dân đóng góp ngày công và hiến đất làm đường.</p>
<table align="center" width="500"><tr><td><img src="/Uploads/2026/3/ra-quan.jpg" /></td></tr>
<tr><td align="center"><em>Đại biểu cắt băng khởi công tuyến đường ấp Phú Hòa</em></td></tr></table>
<p>Phó Chủ tịch UBND huyện Trần Minh Tâm đề nghị các xã công khai danh sách công trình, vận động
nhân dân cùng tham gia giám sát chất lượng thi công.</p>
<p>Đến nay, 14/14 xã của huyện đã có đường ô tô đến trung tâm, tỷ lệ đường ấp được cứng hóa
đạt 85%.</p>
<p style="text-align: right"><strong>Thanh Tâm</strong></p>
</div>
<div class="tinkhac"><b>Các tin khác</b><ul>
<li><a href="ChiTiet.aspx?ID=4519">Hội nghị triển khai nhiệm vụ kinh tế - xã hội năm 2026</a>
(10/03/2026)</li>
<li><a href="ChiTiet.aspx?ID=4517">Ra mắt mô hình dân vận khéo tại xã Phú Hựu</a> (09/03/2026)</li>
<li><a href="ChiTiet.aspx?ID=4512">Nông dân Châu Thành thu hoạch nhãn xuồng cơm vàng</a>
(07/03/2026)</li></ul></div>
</td>
<td valign="top" width="300"><div class="quangcao"><a href="http://qc.example.vn">
<img src="/qc.gif" /></a></div>
<div class="xemnhieu"><b>Xem nhiều</b><a href="ChiTiet.aspx?ID=4400">Giá lúa hôm nay tăng
nhẹ ở nhiều địa phương đồng bằng</a></div></td></tr></table>
<div id="footer">Cơ quan chủ quản: Huyện ủy Châu Thành. Điện thoại: 0277 3861 111</div>
</form></body></html>"""


def test_plain_aspnet_newspaper_page_is_an_article():
    page = page_from_html(
        ASPNET.encode("utf-8"), "http://baosonghau.example.vn/ChiTiet.aspx?ID=4521"
    )
    assert article_problem(page) is None
    assert page.title == "Châu Thành ra quân làm đường giao thông nông thôn"
    assert page.published == "2026-03-12T08:15:40+07:00"
    assert page.summary.startswith("Sáng 11/3, huyện Châu Thành tổ chức lễ ra quân")
    text = page.text.split("\n\n")
    assert len(text) == 3 and text[0].startswith("Theo kế hoạch") and text[-1].endswith("85%.")
    assert page.captions == ["Đại biểu cắt băng khởi công tuyến đường ấp Phú Hòa"]
    assert page.author == "Thanh Tâm"
    for chrome in ("Các tin khác", "Xem nhiều", "Trang chủ", "Cơ quan chủ quản", "Thứ Hai"):
        assert chrome not in page.text


@pytest.mark.parametrize(
    "heading",
    [
        "Tin liên quan",
        "Xem thêm",
        "Đọc thêm",
        "Đọc tiếp",
        "Tham khảo thêm",
        "Các tin khác",
        "Tin cùng chuyên mục",
        "Cùng chuyên mục",
        "Xem nhiều nhất",
        "Tin khác",
        "Bài viết khác",
        "Tin tức liên quan",
        "Tin bài liên quan",
    ],
)
def test_related_boxes_between_paragraphs_leave_the_text(heading):
    box = (
        f'<div class="box-lq"><h4>{heading}</h4><ul>'
        '<li><a href="/x1.htm">Lai Vung công nhận thêm hai xã đạt chuẩn nông thôn mới'
        " nâng cao</a></li>"
        '<li><a href="/x2.htm">Quýt hồng được chứng nhận chỉ dẫn địa lý</a></li></ul></div>'
    )
    inline = f'<p>{heading}: <a href="/x3.htm">Giá quýt hồng tăng mạnh dịp cuối năm</a></p>'
    body = (
        paragraphs(*PARAGRAPHS[:2])
        + box
        + paragraphs(PARAGRAPHS[2])
        + inline
        + paragraphs(PARAGRAPHS[3])
    )
    page = page_from_html(
        national_cms("Sapo của bài viết về chuyển đổi cây trồng ở Lai Vung.", body)
    )
    assert page.text.split("\n\n") == PARAGRAPHS
    assert heading not in page.text and "Quýt hồng được" not in page.text



@pytest.mark.parametrize(
    "heading",
    ["Cùng chuyên mục", "Xem nhiều nhất", "Tin khác", "Bài viết khác", "Tin tức liên quan"],
)
def test_related_box_with_summaries_is_known_by_its_heading(heading):
    # Each item has a short linked title and a longer unlinked summary, so the
    # box is not a list of links by its link share: only the heading tells.
    box = (
        f'<div class="khoi-tin"><h3>{heading}</h3>'
        '<div><a href="/y1.htm">Thêm hai xã về đích</a>'
        "<p>Huyện Lai Vung vừa tổ chức lễ công bố hai xã đạt chuẩn nông thôn mới nâng cao"
        " sau ba năm phấn đấu của người dân và chính quyền địa phương.</p></div>"
        '<div><a href="/y2.htm">Giá quýt hồng tăng</a>'
        "<p>Những ngày cận Tết, giá quýt hồng tại vườn tăng từ 10 đến 15% so với cùng kỳ"
        " năm trước, nhà vườn phấn khởi vì được mùa được giá.</p></div></div>"
    )
    body = paragraphs(*PARAGRAPHS) + box
    page = page_from_html(
        national_cms("Sapo của bài viết về chuyển đổi cây trồng ở Lai Vung.", body)
    )
    assert page.text.split("\n\n") == PARAGRAPHS
    assert heading not in page.text and "nhà vườn phấn khởi" not in page.text

def test_captions_go_to_captions_and_never_to_text():
    body = (
        paragraphs(PARAGRAPHS[0])
        + '<table class="image"><tr><td><img src="/1.jpg"></td></tr>'
        + "<tr><td>Lãnh đạo huyện thăm vườn quýt (Ảnh: T.L)</td></tr></table>"
        + paragraphs(PARAGRAPHS[1])
        + '<p style="text-align:center"><img src="/2.jpg"></p>'
        + '<p style="text-align:center"><em>Quang cảnh buổi tập huấn kỹ thuật</em></p>'
        + paragraphs(PARAGRAPHS[2])
        + '<div class="image-wrap"><img src="/3.jpg"></div>'
        + "<p>Ảnh: Hồng Nhung</p>"
        + paragraphs(PARAGRAPHS[3])
        + "<figure><img src='/4.jpg'><figcaption></figcaption></figure>"
    )
    page = page_from_html(national_cms("Sapo ngắn gọn của bài viết về Lai Vung năm nay.", body))
    assert page.captions == [
        "Lãnh đạo huyện thăm vườn quýt (Ảnh: T.L)",
        "Quang cảnh buổi tập huấn kỹ thuật",
        "Ảnh: Hồng Nhung",
    ]
    assert page.text.split("\n\n") == PARAGRAPHS


def test_a_table_s_caption_is_a_caption_and_its_rows_are_text():
    body = (
        paragraphs(PARAGRAPHS[0])
        + "<table><caption>Bảng 1: Thu ngân sách 9 tháng của 2 xã dẫn đầu</caption>"
        + "<tr><td>Xã Diễn Châu</td><td>98,7</td></tr><tr><td>Xã Yên Thành</td><td>64,3</td></tr>"
        + "</table>"
        + paragraphs(*PARAGRAPHS[1:])
    )
    page = page_from_html(national_cms("Sapo ngắn gọn của bài viết về Lai Vung năm nay.", body))
    assert page.captions == ["Bảng 1: Thu ngân sách 9 tháng của 2 xã dẫn đầu"]
    assert "Xã Diễn Châu" in page.text and "Bảng 1" not in page.text


@pytest.mark.parametrize(
    "tail",
    [
        ["Theo TTXVN"],
        ["Nguồn: baochinhphu.vn"],
        ["(Theo Đại Đoàn Kết)"],
        ["Hà Thu (tổng hợp)"],
        ["Tin, ảnh: Hồng Nhung"],
        ["KIM NGÂN", "Theo Nông nghiệp Việt Nam"],
        # a call to follow the outlet, after the byline
        ["Ngọc Trang", "Mời bạn đọc theo dõi Báo Quảng Trị trên Zalo để cập nhật tin tức."],
        ["Mời quý khán giả, bạn đọc quan tâm Zalo Official Account của Đài PT-TH Phú Yên."],
    ],
)
def test_bylines_and_source_lines_leave_the_text(tail):
    page = page_from_html(
        national_cms(
            "Sapo ngắn gọn của bài viết về Lai Vung năm nay.", paragraphs(*PARAGRAPHS, *tail)
        )
    )
    assert page.text.split("\n\n") == PARAGRAPHS


def test_a_closing_sentence_starting_with_theo_stays():
    closing = "Theo dõi diễn biến thời tiết, ngành nông nghiệp khuyến cáo bà con chủ động tưới."
    page = page_from_html(
        national_cms(
            "Sapo ngắn gọn của bài viết về Lai Vung năm nay.", paragraphs(*PARAGRAPHS, closing)
        )
    )
    assert page.text.split("\n\n")[-1] == closing


@pytest.mark.parametrize(
    "prefix", ["(ABO) - ", "TTXVN - ", "(Dân trí) - ", "(NLĐO)- ", "(Chinhphu.vn) - "]
)
def test_agency_prefixes_leave_the_first_paragraph_not_the_sapo(prefix):
    """The body opens at its first word; the sapo stays as printed, as page gold keeps it."""
    sapo = "Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng trong năm nay."
    page = page_from_html(
        national_cms(prefix + sapo, paragraphs(prefix + PARAGRAPHS[0], *PARAGRAPHS[1:]))
    )
    assert page.summary == prefix.strip() + " " + sapo
    assert page.text.split("\n\n") == PARAGRAPHS
    plain = page_from_html(
        "<html><body><h1>Tiêu đề bài viết về nông thôn mới</h1><div class='noidung'>"
        + paragraphs(prefix + PARAGRAPHS[0], *PARAGRAPHS[1:])
        + "</div></body></html>"
    )
    assert plain.text.split("\n\n") == PARAGRAPHS


def teaser_column(count: int = 8) -> str:
    items = "".join(
        f'<div class="news-item"><h3><a href="/tin/bai-{i}.htm">Bài số {i}: huyện triển khai '
        f"nhiệm vụ trọng tâm tháng {i}</a></h3><p class='sapo'>Sáng {i}/3, Ban Thường vụ Huyện "
        f"ủy họp bàn các giải pháp thực hiện chỉ tiêu kinh tế - xã hội, tập trung vào nông "
        f"nghiệp và giáo dục.</p><span class='date'>0{i % 9 + 1}/03/2026</span></div>"
        for i in range(1, count + 1)
    )
    return (
        "<html><head><title>Tin tức - Cổng thông tin huyện</title></head><body>"
        "<ul class='menu'><li><a href='/'>Trang chủ</a></li></ul><h1>Tin tức</h1>"
        f"<div class='list-news'>{items}</div><div class='pager'><a href='?page=2'>2</a></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "url,kind",
    [
        ("https://huyen.example.vn/tin-tuc/", "listing page"),
        ("https://huyen.example.vn/tag/nong-thon-moi", "tag page"),
        ("https://huyen.example.vn/tim-kiem?q=nong+thon", "search page"),
        ("https://huyen.example.vn/", "home page"),
    ],
)
def test_listing_home_tag_and_search_pages_are_not_articles_and_say_why(url, kind):
    page = page_from_html(teaser_column(), url)
    problem = article_problem(page)
    assert problem is not None and problem.startswith(kind + ":")
    assert not is_article(page)


def test_a_short_article_beside_a_teaser_column_is_an_article():
    body = paragraphs(PARAGRAPHS[0], PARAGRAPHS[1])
    page = page_from_html(
        national_cms("Sapo ngắn gọn của bài viết về Lai Vung năm nay.", body),
        "https://baomientay.example.vn/",
    )
    assert article_problem(page) is None


def test_a_profile_that_finds_less_than_the_scorer_is_ignored():
    # baodongthap.vn picks the provincial-newspaper profile by host; this page is
    # in another layout, where the profile's div#content is only a teaser box
    page_html = national_cms(
        "Sapo ngắn gọn của bài viết về Lai Vung năm nay.",
        paragraphs(*PARAGRAPHS),
        tail="<div id='content'><p>Quảng cáo: đặt báo in dài hạn, gọi 0277 111 222.</p></div>",
    )
    page = page_from_html(page_html, "https://baodongthap.vn/kinh-te/lai-vung.aspx")
    assert page.text.split("\n\n") == PARAGRAPHS


def test_only_the_kept_strings_are_normalised(monkeypatch):
    seen: list[int] = []
    real = html.normalize_text

    def spy(text: str) -> str:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(html, "normalize_text", spy)
    monkeypatch.setattr(cleanup, "normalize_text", spy)
    scripts = "<script>var data = '" + "x" * 20000 + "';</script>"
    page_html = national_cms(
        "Sapo ngắn gọn của bài viết về Lai Vung năm nay.", paragraphs(*PARAGRAPHS)
    )
    page_html = page_html.replace("</head>", scripts + "</head>")
    page = page_from_html(page_html.encode("utf-8"))
    assert page.text.split("\n\n") == PARAGRAPHS
    assert seen and max(seen) < 1000  # paragraphs and fields, never the document


def test_an_article_with_linked_titles_between_its_paragraphs_is_an_article():
    related = "".join(
        f'<p><a href="/r{i}.htm"><strong>Bài liên quan số {i} về vùng quýt hồng Lai Vung</strong>'
        "</a></p>"
        for i in range(5)
    )
    body = paragraphs(PARAGRAPHS[0]) + related + paragraphs(PARAGRAPHS[1])
    page = page_from_html(national_cms("Sapo ngắn gọn của bài viết về Lai Vung năm nay.", body))
    assert article_problem(page) is None
    assert page.text.split("\n\n") == PARAGRAPHS[:2]


def test_an_article_in_one_of_a_portals_similar_boxes_is_an_article():
    def portlet(inner: str) -> str:
        return (
            '<div class="portlet-boundary portlet-journal">'
            f'<div class="portlet-body">{inner}</div></div>'
        )

    links = "".join(
        f'<li><a href="/web/tin/{i}">Thông báo số {i} của Ủy ban nhân dân huyện về lịch'
        " tiếp dân</a></li>"
        for i in range(3)
    )
    article = (
        '<div class="asset-full-content"><h3 class="header-title">Huyện Lai Vung hỗ trợ nông dân'
        " chuyển đổi cây trồng</h3><div class='journal-content-article'>"
        + paragraphs(*PARAGRAPHS)
        + '</div><a href="/web/tin/goc">Xem tin gốc của bài viết này trên cổng thông tin</a></div>'
    )
    page_html = (
        "<html><head><title>Cổng thông tin điện tử huyện Lai Vung</title></head><body>"
        '<div class="columns">'
        + portlet(f"<ul>{links}</ul>")
        + portlet(article)
        + portlet(f"<ul>{links}</ul>")
        + portlet(f"<ul>{links}</ul>")
        + portlet(f"<ul>{links}</ul>")
        + "</div></body></html>"
    )
    page = page_from_html(page_html, "https://laivung.example.gov.vn/web/tin/chuyen-doi")
    assert article_problem(page) is None
    assert page.text.split("\n\n") == PARAGRAPHS


def test_a_stray_nul_byte_does_not_cut_the_page():
    page_html = national_cms(
        "Sapo ngắn gọn của bài viết về Lai Vung năm nay.", paragraphs(*PARAGRAPHS)
    )
    broken = page_html.replace("<h1", "\x00<h1", 1).encode("utf-8")
    assert page_from_html(broken).text.split("\n\n") == PARAGRAPHS


def test_a_damaged_byte_in_a_closing_script_tag_does_not_swallow_the_page():
    page_html = national_cms(
        "Sapo ngắn gọn của bài viết về Lai Vung năm nay.", paragraphs(*PARAGRAPHS)
    )
    page_html = page_html.replace("</head>", "<script>var a = 1;</script></head>")
    raw = page_html.encode("utf-8").replace(b"</script>", b"</s\xffcript>")
    page = page_from_html(raw)
    assert page.replaced_bytes == 1
    assert page.text.split("\n\n") == PARAGRAPHS


OLD_PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức - Sự kiện</title>
<meta property="og:title" content="Lai Vung ra mắt mô hình Dân vận khéo"></head><body>
<table class="layout"><tr><td class="left"><div class="poll"><b>THĂM DÒ Ý KIẾN</b>
<div><a href="/poll?1">Rất hài lòng với dịch vụ công trực tuyến của huyện</a></div></div></td>
<td class="main"><h1>Lai Vung: Ra mắt 14 mô hình “Dân vận khéo” gắn với nông thôn mới</h1>
{body}</td></tr></table>
<div class="footer">Cổng thông tin điện tử huyện Lai Vung. Địa chỉ: số 1 đường 3/2, thị trấn
Lai Vung, huyện Lai Vung, tỉnh Đồng Tháp. Điện thoại: 0277 3841 234.</div></body></html>"""
PORTAL_LINES = (
    "Sáng 12/3, Ban Dân vận Huyện ủy Lai Vung tổ chức ra mắt 14 mô hình “Dân vận khéo”.",
    "Đến nay, huyện có 6/7 xã đạt chuẩn nông thôn mới nâng cao; xã Tân Thành đạt 17/19 tiêu chí.",
)


@pytest.mark.parametrize(
    "body",
    [
        "<div class='news'>" + "".join(f"<div><span>{line}</span></div>" for line in PORTAL_LINES)
        + "</div>",
        "<span id='lblContent'>" + "<br /><br />".join(PORTAL_LINES) + "</span>",
        "<div><font face='Arial'>" + "<br><br>".join(PORTAL_LINES) + "</font></div>",
    ],
)
def test_a_body_written_in_inline_tags_is_found(body):
    page = page_from_html(OLD_PORTAL.format(body=body), "https://laivung.dongthap.gov.vn/a.aspx")
    assert page.text.split("\n\n") == list(PORTAL_LINES)
    assert page.title == "Lai Vung: Ra mắt 14 mô hình “Dân vận khéo” gắn với nông thôn mới"


def test_a_photo_slider_s_counter_is_chrome():
    body = (
        "<div class='news'>" + "".join(f"<p>{line}</p>" for line in PORTAL_LINES)
        + "<div class='gallery'><img src='a.jpg'><div class='gallery-nav'><span>‹</span> "
        "<span class='counter'>1/2</span> <span>›</span></div></div></div>"
    )
    page = page_from_html(OLD_PORTAL.format(body=body), "https://laivung.dongthap.gov.vn/a.aspx")
    assert page.text.split("\n\n") == list(PORTAL_LINES)


def test_leads_named_in_vietnamese_and_captions_styled_as_descriptions():
    lead = (
        "Tính đến cuối tháng 10, huyện Lai Vung đã cấp mới 1.236 giấy chứng nhận, "
        "đạt 82,4% kế hoạch."
    )
    page = page_from_html(
        "<html><head><title>Tin tức</title></head><body>"
        "<h1 class='NewsTitle'>Lai Vung cấp mới hơn 1.200 giấy chứng nhận</h1>"
        "<div class='NgayDang'>18/09/2019 14:30 | Lượt xem: 312 | In bài</div>"
        "<div class='content'><div class='field field-name-field-tom-tat'><p><strong>"
        f"{lead}</strong></p></div><div class='field field-name-body'><div class='field-item'>"
        + "".join(f"<p>{line}</p>" for line in PORTAL_LINES)
        + "<div class='img-detail'><img src='a.jpg'><p class='img-desc'>Người dân nhận giấy "
        "chứng nhận tại xã Tân Thành.</p></div></div></div></div></body></html>",
        "https://laivung.dongthap.gov.vn/a.aspx",
    )
    assert page.title == "Lai Vung cấp mới hơn 1.200 giấy chứng nhận"
    assert page.summary == lead
    assert page.published == "2019-09-18T14:30:00+07:00"
    assert page.captions == ["Người dân nhận giấy chứng nhận tại xã Tân Thành."]
    assert page.text.split("\n\n") == list(PORTAL_LINES)


def test_a_page_with_no_date_but_its_address():
    body = "<div class='news'>" + "".join(f"<p>{line}</p>" for line in PORTAL_LINES) + "</div>"
    page = page_from_html(OLD_PORTAL.format(body=body), "https://xa.vn/2023/06/14/ra-mat/")
    assert page.published == "2023-06-14T00:00:00+07:00"


def _portal_page(lead_box: str, body: str, header: str = "") -> str:
    """A commune portal's article: headline, a box holding the lead, then the body."""
    return f"""<html><head><meta charset="utf-8"><title>Tin tức - Xã Tân Hòa</title></head>
    <body><div class="site-branding">{header}</div><div id="content">
    <h1>Xã Tân Hòa ra quân giúp nông dân thu hoạch lúa Hè Thu</h1>
    <div class="meta">Thứ ba - 16/09/2025 15:42</div>
    {lead_box}
    <div class="bodytext">{body}</div></div></body></html>"""


def test_the_lead_photo_s_caption_in_the_sapo_box_is_a_caption_not_the_sapo():
    sapo = (
        "Sáng 16/9, Ủy ban nhân dân xã Tân Hòa phối hợp Hội Nông dân xã ra quân giúp các hộ "
        "neo đơn thu hoạch lúa vụ Hè Thu."
    )
    caption = "Đoàn viên thanh niên giúp người dân ấp Hòa Long gặt lúa"
    after = (
        f"<div class='clearfix'><div class='hometext'>{sapo}</div><figure><img src='/a.jpg'>"
        f"<figcaption>{caption}</figcaption></figure></div>"
    )
    before = (
        f"<div id='hometext'><div class='imghome'><img src='/a.jpg'><p><em>{caption}</em></p>"
        f"</div>{sapo}</div>"
    )
    for box in (after, before):
        page = page_from_html(_portal_page(box, paragraphs(*PARAGRAPHS)))
        assert page.summary == sapo
        assert page.captions[0] == caption
        assert caption not in page.text


def test_a_site_tagline_in_the_header_is_not_the_sapo():
    header = "<p class='site-description'>Cổng thông tin điện tử Ủy ban nhân dân xã Tân Hòa</p>"
    page = page_from_html(_portal_page("", paragraphs(*PARAGRAPHS), header=header))
    assert page.summary is None
    assert page.text.startswith(PARAGRAPHS[0])


def test_a_table_layout_s_lead_cell_is_the_sapo():
    lead = (
        "Ngày 21/11, Đảng ủy xã Hồng Sơn tổ chức hội nghị sơ kết công tác xây dựng Đảng "
        "10 tháng, triển khai nhiệm vụ những tháng cuối năm."
    )
    markup = f"""<html><head><meta charset="utf-8"><title>Tin tức</title></head><body>
    <table><tr><td class="title_news"><span id="lblTitle">Đảng ủy xã Hồng Sơn sơ kết công tác
    xây dựng Đảng</span></td></tr>
    <tr><td class="date">Ngày đăng: 11/24/2025 2:20:52 PM</td></tr>
    <tr><td class="lead"><b><span id="lblLead">{lead}</span></b></td></tr>
    <tr><td class="content"><span id="lblContent"><div>{"<br><br>".join(PARAGRAPHS)}</div>
    </span></td></tr></table></body></html>"""
    page = page_from_html(markup)
    assert page.summary == lead
    assert page.published == "2025-11-24T14:20:52+07:00"
    assert PARAGRAPHS[-1] in page.text


def test_a_body_sentence_that_opens_like_a_related_box_is_kept():
    sentence = (
        "Xem thêm các điểm đến trong vùng là nhu cầu của nhiều du khách, vì vậy xã đã nối "
        "các điểm du lịch cộng đồng thành tuyến trải nghiệm hai ngày."
    )
    related = "<p>Xem thêm: <a href='/b.html'>Lễ hội mừng lúa mới của đồng bào Cơ Ho</a></p>"
    body = paragraphs(PARAGRAPHS[0], sentence, PARAGRAPHS[1]) + related + paragraphs(PARAGRAPHS[2])
    page = page_from_html(national_cms("", body))
    assert sentence in page.text
    assert "Lễ hội mừng lúa mới" not in page.text


def test_a_liferay_journal_s_lead_and_a_screen_reader_label_in_the_title():
    lead = (
        "Ngày 7/11, Sở Tài chính tổ chức hội nghị đối thoại với hơn 120 doanh nghiệp, hợp tác "
        "xã trên địa bàn tỉnh nhằm tháo gỡ khó khăn."
    )
    markup = f"""<html><head><meta charset="utf-8"><title>Tin tức sự kiện</title></head><body>
    <div class="asset-full-content clearfix default-asset-publisher show-asset-title">
    <h3 class="header-title"><span><a class="header-back-to" href="/tin-tuc"><i></i>
    <span class="helper-hidden-accessible">Trở lại</span></a>
    Sở Tài chính đối thoại với doanh nghiệp</span></h3>
    <div class="asset-content"><div class="journal-content-article">
    <div class="tom-tat"><p>{lead}</p></div>
    <div class="noi-dung">{paragraphs(*PARAGRAPHS)}</div>
    <div class="tac-gia">Hoàng Phương</div></div></div></div></body></html>"""
    page = page_from_html(markup, "https://www.quangtri.gov.vn/web/guest/tin/-/asset_publisher/a")
    assert page.title == "Sở Tài chính đối thoại với doanh nghiệp"
    assert page.summary == lead
    assert lead not in page.text
    assert page.author == "Hoàng Phương"


def test_a_video_player_s_dialog_text_is_no_sapo():
    markup = national_cms("", paragraphs(*PARAGRAPHS)).replace(
        "<h2 class=\"detail-sapo\"></h2>",
        "<p class=\"vjs-modal-dialog-description vjs-control-text\">Beginning of dialog window. "
        "Escape will cancel and close the window.</p>",
    )
    assert page_from_html(markup).summary is None


def test_a_table_of_figures_reads_one_line_a_row():
    table = (
        "<table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Thực hiện</th></tr>"
        "<tr><td>1</td><td>Kim ngạch xuất khẩu</td><td>Triệu USD</td><td>9.874,5</td></tr>"
        "<tr><td>2</td><td>Số doanh nghiệp thành lập mới</td><td>Doanh nghiệp</td><td>512</td></tr>"
        "</table>"
    )
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:2]) + table
                                       + paragraphs(*PARAGRAPHS[2:])))
    assert "1 Kim ngạch xuất khẩu Triệu USD 9.874,5" in page.text.split("\n\n")
    assert "2 Số doanh nghiệp thành lập mới Doanh nghiệp 512" in page.text.split("\n\n")


def test_the_lead_photo_between_the_sapo_and_the_body_gives_its_caption():
    caption = "Sản xuất linh kiện điện tử tại Khu công nghiệp Quang Châu"
    photo = f"<div class='img_lead'><img src='/a.jpg'><div class='caption'>{caption}</div></div>"
    markup = national_cms("Theo số liệu của Thống kê tỉnh, bốn tháng đầu năm sản xuất công "
                          "nghiệp tiếp tục là động lực tăng trưởng chính.", "")
    markup = markup.replace("<div class=\"detail-content\">",
                            photo + "<div class=\"detail-content\">" + paragraphs(*PARAGRAPHS))
    page = page_from_html(markup)
    assert page.captions == [caption]
    assert caption not in page.text


def test_a_photo_story_s_credit_is_its_author_and_a_series_pointer_is_chrome():
    body = (
        "<div class='ps-author'>Phóng sự ảnh: QUANG HUY</div>" + paragraphs(*PARAGRAPHS)
        + "<p>Xem tiếp trang 2: “Mắt thần” trên cao</p><p>(Còn nữa)</p>"
    )
    page = page_from_html(national_cms("", body))
    assert "Phóng sự" not in page.text and "Xem tiếp" not in page.text
    assert "Còn nữa" not in page.text
    assert page.text.endswith(PARAGRAPHS[-1])


def test_a_photo_story_keeps_to_its_marked_body_and_its_first_paragraph():
    """A photo story's body ("article__body") holds three short paragraphs among its
    photos; the article around it, with the kicker, the byline bar and the sapo, is not
    the body. Its first paragraph opens like a byline ("Theo ... Đồng Đăng - Lạng Sơn")
    but is running text."""
    figures = "".join(
        f"<figure><img src='/a{n}.jpg' alt=''><figcaption>Ảnh {n}: hàng hóa chờ thông quan"
        f" tại cửa khẩu.</figcaption></figure>" for n in range(1, 4)
    )
    first = ("Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, tháng 1/2024, "
             "tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 612 "
             "triệu USD, tăng 47,3% so với cùng kỳ.")
    later = ("Các lực lượng chức năng tại cửa khẩu bố trí cán bộ trực 24/24 giờ, kể cả ngày "
             "nghỉ, tăng cường ứng dụng nền tảng cửa khẩu số, rút ngắn thời gian làm thủ tục "
             "cho mỗi phương tiện xuống còn khoảng 30 phút; trong dịp Tết, các cửa khẩu chính "
             "tiếp tục duy trì thông quan, trừ ngày mùng 1 Tết.")
    page = page_from_html(f"""<html><body><article class="article article--photo">
      <div class="article__cate">Phóng sự ảnh</div>
      <h1 class="article__title">Cửa khẩu Hữu Nghị nhộn nhịp những ngày giáp Tết</h1>
      <div class="article__meta"><span class="article__author">MINH HÀ</span>
        <span class="article__time">05/02/2024 | 16:30</span> <span>2.045</span></div>
      <div class="article__sapo">LSO - Những ngày giáp Tết, hoạt động xuất nhập khẩu qua
        Cửa khẩu quốc tế Hữu Nghị diễn ra sôi động, mỗi ngày có trên 1.100 lượt phương tiện
        làm thủ tục thông quan, tăng 18% so với cùng kỳ năm trước.</div>
      <div class="article__body"><p>{first}</p>{figures}<p>{later}</p></div>
    </article></body></html>""", url="https://baolangson.vn/phong-su-anh/a.html")
    assert page.text.split("\n\n") == [first, later]
    assert page.summary.startswith("LSO - Những ngày giáp Tết")


def emagazine(credit: str, extra: str = "") -> str:
    """An e-magazine story: a hero headline broken by <br>, a credits box over the text
    (no class says author), chapter headings and a pull-quote."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Hoài Nhơn vươn khơi bám biển - Báo Miền Trung</title>
    <meta property="article:published_time" content="2025-04-23T06:00:00+07:00"></head>
    <body><div class="emag-top"><a href="/">Báo Miền Trung</a></div>
    <section class="emag-hero"><h1 class="emag-title">Hoài Nhơn<br>vươn khơi bám biển</h1></section>
    <article class="emag-article"><div class="emag-credit">{credit}</div>
    <div class="emag-body"><h2>Những con tàu lớn</h2>{paragraphs(*PARAGRAPHS[:2])}
    <p>“Giữ nghề biển là giữ cả cộng đồng làng chài, không ai được tụt lại phía sau”, ông
    Lành nói.</p>
    <blockquote class="emag-quote"><p>“Giữ nghề biển là giữ cả cộng đồng làng chài, không ai
    được tụt lại phía sau.”</p><cite>Ông Nguyễn Văn Lành, chủ tàu</cite></blockquote>
    {paragraphs(*PARAGRAPHS[2:])}{extra}</div></article></body></html>"""


def test_a_headline_broken_by_br_keeps_a_space_between_its_lines():
    page = page_from_html(emagazine("<p>Nội dung: <strong>NGỌC THUẬN</strong></p>"))
    assert page.title == "Hoài Nhơn vươn khơi bám biển"


def test_a_pull_quote_repeating_the_body_is_not_text_but_a_quote_of_its_own_is():
    page = page_from_html(emagazine("<p>Nội dung: <strong>NGỌC THUẬN</strong></p>"))
    assert page.text.count("Giữ nghề biển là giữ cả cộng đồng") == 1
    assert "chủ tàu" not in page.text
    own = (
        "<blockquote><p>Nghị quyết nêu rõ: mỗi xã ven biển phải có ít nhất một tổ đoàn kết."
        "</p></blockquote>"
    )
    assert "mỗi xã ven biển phải có" in page_from_html(emagazine("", extra=own)).text


def test_the_writer_in_a_credits_box_over_the_story_is_the_author():
    credit = (
        "<p>Nội dung: <strong>NGỌC THUẬN</strong></p><p>Ảnh: <strong>NGUYỄN DŨNG</strong></p>"
        "<p>Trình bày: <strong>TÚ ANH</strong></p>"
    )
    page = page_from_html(emagazine(credit))
    assert page.author == "Ngọc Thuận"
    assert "NGỌC THUẬN" not in page.text and "TÚ ANH" not in page.text


def test_a_download_line_with_the_file_s_kind_and_size_is_chrome():
    tail = (
        '<div class="file"><a href="/a.pdf">Tải văn bản: Kế hoạch số 215/KH-UBND'
        " (PDF, 412 KB)</a></div>"
    )
    page = page_from_html(national_cms("Sapo ngắn gọn của bài viết về chuyển đổi cây trồng.",
                                       paragraphs(*PARAGRAPHS) + tail))
    assert "Tải văn bản" not in page.text
    assert page.text.endswith(PARAGRAPHS[-1])


def test_several_reporters_in_proper_case_beside_the_dateline_are_the_author():
    def bar(names: str) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
        <meta name="author" content="Báo Quảng Ninh"></head><body>
        <div class="a1x"><h1 class="q9Z">Vân Đồn phấn đấu giải ngân hết vốn đầu tư công</h1>
        <div class="m4V"><span class="m4V__a">{names}</span>
        <span class="m4V__d">14:42 | 18/03/2026</span></div>
        <div class="k2P">{paragraphs(*PARAGRAPHS)}</div></div></body></html>"""

    assert page_from_html(bar("Hoàng Quỳnh - Mạnh Trường")).author == "Hoàng Quỳnh, Mạnh Trường"
    assert page_from_html(bar("Kinh tế - Xã hội")).author is None  # a section's name
    assert page_from_html(bar("Quảng Ninh")).author is None  # one name alone: maybe a place


def test_a_sapo_printed_again_without_its_prefix_and_a_byline_glued_to_the_last_sentence():
    sapo = "(Baonghean.vn) - " + PARAGRAPHS[0]
    last = PARAGRAPHS[-1][:-1] + ". - Hoài Thu"
    html_page = national_cms(sapo, paragraphs(PARAGRAPHS[0], *PARAGRAPHS[1:-1], last))
    page = page_from_html(html_page)
    assert page.summary == sapo
    assert page.text == "\n\n".join(PARAGRAPHS[1:])
    assert page.author == "Hoài Thu"


def test_a_sapo_in_italics_and_a_document_s_subject_under_its_title():
    lead = "<p><em>" + PARAGRAPHS[0] + "</em></p>"
    document = (
        '<p style="text-align:center"><strong>QUYẾT ĐỊNH</strong></p>'
        '<p style="text-align:center"><strong><em>Về việc thành lập Ban Chỉ đạo chuyển đổi số '
        "xã Tân Trào</em></strong></p>"
    )
    page = page_from_html(national_cms("", lead + paragraphs(*PARAGRAPHS[1:]) + document))
    assert page.summary == PARAGRAPHS[0]
    assert page.text.endswith("Về việc thành lập Ban Chỉ đạo chuyển đổi số xã Tân Trào")
    assert page.captions == []


def test_a_sapo_classed_so_after_a_column_of_icons():
    icons = "".join(f'<a href="#"><img src="/i{i}.png" alt=""></a><br>' for i in range(12))
    html_page = f"""<html><head><meta charset="utf-8"></head><body>
    <h3 class="title">UBND xã tổng kết nhiệm vụ 9 tháng</h3><table><tr>
    <td class="col-icon">{icons}</td>
    <td class="col-content"><p class="sapo"><strong>{PARAGRAPHS[0]}</strong></p>
    {paragraphs(*PARAGRAPHS[1:])}</td></tr></table></body></html>"""
    page = page_from_html(html_page)
    assert page.summary == PARAGRAPHS[0]
    assert page.text == "\n\n".join(PARAGRAPHS[1:])


def test_an_amp_ad_slot_between_paragraphs_leaves_no_placeholder():
    """An AMP page's <amp-ad> holds a "Quảng cáo" placeholder and fallback: neither is
    article text."""
    ad = (
        "<amp-ad width='300' height='250' type='adsense'><div placeholder>Quảng cáo</div>"
        "<div fallback>Quảng cáo</div></amp-ad>"
    )
    body = paragraphs(*PARAGRAPHS[:2]) + ad + paragraphs(*PARAGRAPHS[2:])
    page = page_from_html(national_cms("Lai Vung chuyển đổi 300 ha lúa.", body),
                          "https://baomientay.vn/amp/a.html")
    assert page.text.split("\n\n") == PARAGRAPHS


def test_an_english_summary_box_before_the_body_is_not_the_sapo():
    sapo = "Năm nay, huyện Lai Vung dành 5 tỷ đồng hỗ trợ nông dân chuyển đổi cây trồng."
    english = ("<div class='summary-en' lang='en'><p><strong>Summary:</strong> This year Lai "
               "Vung district spends 5 billion dong helping farmers switch from rice to "
               "mandarins and vegetables.</p><p><a href='/en/a.html'>Read in English »</a>"
               "</p></div>")
    html = national_cms(sapo, paragraphs(*PARAGRAPHS)).replace(
        "<div class=\"detail-content\">", english + "<div class=\"detail-content\">"
    )
    page = page_from_html(html, "https://baomientay.vn/a.html")
    assert page.summary == sapo
    assert "Summary" not in page.text


def test_a_joomla_page_heading_is_no_headline_and_a_closing_labelled_byline_is_read():
    """Joomla prints "Chi tiết bài viết" as every article's <h1> (and <title>): the
    headline is the <h2 itemprop="headline">, not that, nor a box heading sharing its
    words ("Các bài viết khác"). "Tác giả: <b>X</b>" closing the article names its
    author."""
    html_page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Chi tiết bài viết</title><meta name="author" content="Super User"></head>
    <body><div class="page-header"><h1> Chi tiết bài viết </h1></div>
    <div class="item-page"><div class="page-header">
    <h2 itemprop="headline">Văn Yên sơ kết 3 năm phát triển vùng quế hữu cơ</h2></div>
    <dl class="article-info"><dd class="published"><time datetime="2024-04-09T08:15:22+07:00">
    09/04/2024</time></dd></dl>
    <div itemprop="articleBody">{paragraphs(*PARAGRAPHS)}</div>
    <div class="news-source">Tác giả: <b>Ngọc Bích</b> &nbsp;|&nbsp; Nguồn: Văn phòng HĐND
    và UBND huyện</div>
    <div class="related"><h3 class="page-header">Các bài viết khác</h3><ul>
    <li><a href="/a1">Xã Mỏ Vàng ra mắt hợp tác xã quế hữu cơ thứ 7</a></li></ul></div>
    </div></body></html>"""
    page = page_from_html(html_page, "https://vanyen.yenbai.gov.vn/index.php/1875-van-yen")
    assert page.title == "Văn Yên sơ kết 3 năm phát triển vùng quế hữu cơ"
    assert page.author == "Ngọc Bích"


def test_an_e_magazine_s_pull_quote_trimmed_to_its_sentence_and_its_credits_leave_the_text():
    """A pull quote repeating the end of a body sentence ("Từ khi ..." of "..., nhưng từ
    khi ...") and the credits block ("Nội dung:", "Thiết kế:", "Xuất bản:") are no text."""
    said = ("Anh nói, mỗi năm chỉ cấy một vụ, nhưng từ khi có khách du lịch, lúa chín trở "
            "thành “mùa thu hoạch thứ hai” của cả bản.")
    body = (
        paragraphs(PARAGRAPHS[0], said)
        + "<blockquote class='pullquote'><p>Từ khi có khách du lịch, lúa chín trở thành "
        "“mùa thu hoạch thứ hai” của cả bản.</p><cite>Anh Giàng A Chớ</cite></blockquote>"
        + paragraphs(*PARAGRAPHS[1:])
        + "<div class='e-credits'><p>Nội dung: Thanh Ba – Hồng Duyên</p><p>Ảnh: Tuấn Anh</p>"
        "<p>Thiết kế: Minh Đức</p><p>Xuất bản: 06:00 20/09/2025</p></div>"
    )
    page = page_from_html(national_cms("Lai Vung chuyển đổi 300 ha lúa.", body),
                          "https://baomientay.vn/emagazine/a.html")
    assert page.text.split("\n\n") == [PARAGRAPHS[0], said, *PARAGRAPHS[1:]]


LEAD = ("Từ nguồn Quỹ Hỗ trợ nông dân, 86 hộ hội viên ở xã Cư M'gar đã được vay vốn phát "
        "triển chăn nuôi bò và trồng cà phê.")


@pytest.mark.parametrize(
    "headline, inside, after, sapo",
    [
        # WordPress's JNews theme prints the sapo as the headline's subtitle
        ("Hội Nông dân xã Ea Kpam giải ngân 3,2 tỷ đồng",
         f"<h2 class='jeg_post_subtitle'>{LEAD}</h2>", "", LEAD),
        # a plain lead under a headline written with a typographic apostrophe
        ("Hội Nông dân xã Cư M’gar giải ngân 3,2 tỷ đồng", "", f"<p>{LEAD}</p>", LEAD),
        # a television station's player: its title bar and duration are no sapo
        ("Hội Nông dân xã Ea Kpam giải ngân 3,2 tỷ đồng", "",
         "<div class='video-wrap'><video controls><p class='vjs-no-js'>Để xem video này, vui "
         "lòng bật JavaScript.</p></video><div class='vjs-title-bar'>Thời sự 19h - 14/05/2024"
         " - Tam Bình nông thôn mới nâng cao</div><span class='video-duration'>03:12</span>"
         "</div>", None),
    ],
)
def test_the_sapo_under_the_headline_and_a_player_that_is_none(headline, inside, after, sapo):
    html_page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>{headline} - Hội Nông dân tỉnh</title></head>
    <body><div class="jeg_inner_content"><div class="entry-header">
    <h1 class="jeg_post_title">{headline}</h1>
    {inside}<div class="jeg_meta_date">03/10/2025 - 08:10</div></div>{after}
    <div class="entry-content"><div class="content-inner">{paragraphs(*PARAGRAPHS)}</div>
    </div></div></body></html>"""
    page = page_from_html(html_page, "https://hoinongdandaklak.org.vn/tin-tuc/a/")
    assert page.summary == sapo
    assert page.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "before, after",
    [
        # a Word paste: its settings and style sheet leak, the headline again in capitals
        ("<p>Normal 0 false false false EN-US X-NONE X-NONE</p><p>/* Style Definitions */ "
         "table.MsoNormalTable {mso-style-name:\"Table Normal\";}</p><p class='MsoNormal'>"
         "<b>HUYỆN LAI VUNG HỖ TRỢ NÔNG DÂN</b></p><p class='MsoNormal'><b>CHUYỂN ĐỔI CÂY "
         "TRỒNG</b></p>", ""),
        # a Facebook post embedded with its text, a follow box, a gallery's counters
        ("<div class='fb-post'><blockquote>[LAI VUNG] Sáng nay nông dân ra quân chuyển đổi "
         "cây trồng trên 300 ha. Đăng bởi Báo Miền Tây vào Thứ Hai, 9 tháng 6, 2025</blockquote>"
         "</div><div class='box-zalo'><span>Quan tâm Zalo OA Báo Miền Tây để nhận tin nóng "
         "mỗi ngày</span></div>", "<p>1/12</p><p>2/12</p>"),
    ],
)
def test_pasted_and_embedded_debris_leaves_the_text(before, after):
    html_page = national_cms("Lai Vung chuyển đổi 300 ha lúa.",
                             before + paragraphs(*PARAGRAPHS) + after)
    page = page_from_html(html_page, "https://baomientay.vn/a.html")
    assert page.text.split("\n\n") == PARAGRAPHS



def _script_built(shown: str, head: str = "") -> str:
    """A script-built article page: the headline and sapo shown, the body as ``shown``."""
    return f"""<html><head><title>Gia cố bờ biển trước mùa mưa bão</title>{head}</head>
    <body><main><article><h1>Gia cố bờ biển trước mùa mưa bão</h1>
    <h2 class="detail_sapo">(CMO) Các địa phương khẩn trương gia cố bờ biển sạt lở.</h2>
    {shown}</article></main></body></html>"""


_PARAGRAPHS = [
    "Những ngày đầu tháng 8, tại khu vực bờ biển xã Đất Mũi, lực lượng chức năng cùng "
    "người dân khẩn trương đóng cừ tràm, thả đá hộc để gia cố các đoạn đê bị sạt lở.",
    "Theo Chi cục Thủy lợi, toàn tỉnh còn 12 điểm sạt lở nguy hiểm với tổng chiều dài "
    "hơn 9 km, trong đó 5 điểm cần xử lý khẩn cấp trước khi vào cao điểm mưa bão.",
    "Ủy ban nhân dân tỉnh đã bố trí hơn 60 tỷ đồng từ nguồn dự phòng ngân sách để các "
    "địa phương triển khai ngay các công trình xử lý sạt lở cấp bách trong tháng này.",
]


def test_a_body_left_in_a_template_is_read():
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = page_from_html(_script_built(f"<template id='tpl-body'><div>{body}</div></template>"
                                        "<template id='tpl-card'><li>Tiêu đề</li></template>"))
    assert page.text == "\n\n".join(_PARAGRAPHS)


def test_a_loading_placeholder_gives_way_to_the_json_ld_article_body():
    import json

    stated = json.dumps({"@type": "NewsArticle", "articleBody": "\n".join(
        ["(CMO) Các địa phương khẩn trương gia cố bờ biển sạt lở.", *_PARAGRAPHS])},
        ensure_ascii=False)
    page = page_from_html(_script_built(
        "<div class='detail_content' data-loading='true'>Đang tải nội dung...</div>",
        f'<script type="application/ld+json">{stated}</script>'))
    assert page.summary == "(CMO) Các địa phương khẩn trương gia cố bờ biển sạt lở."
    assert page.text == "\n\n".join(_PARAGRAPHS)


def test_a_byline_closing_the_sapo_is_the_author_and_leaves_the_sapo():
    sapo = "Huyện Lai Vung dành 5 tỷ đồng hỗ trợ nông dân chuyển đổi cây trồng."
    page = page_from_html(national_cms(f"{sapo} (Tin: Ngọc Hân)", paragraphs(*PARAGRAPHS)))
    assert (page.summary, page.author) == (sapo, "Ngọc Hân")


def test_the_pager_of_an_article_printed_in_parts_leaves_the_text():
    body = (paragraphs(*PARAGRAPHS[:2]) + "<div class='pager'>Trang 1 | 2 | 3</div>"
            + "<p class='part'>Trang 2/3</p>" + paragraphs(*PARAGRAPHS[2:]))
    page = page_from_html(national_cms("Huyện Lai Vung hỗ trợ nông dân.", body))
    assert page.text == "\n\n".join(PARAGRAPHS)


def test_an_english_summary_beside_the_sapo_is_not_the_sapo():
    sapo = "Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng."
    english = ("<div class='detail-sapo-en' lang='en'>ENGLISH SUMMARY Lai Vung district "
               "supports farmers to switch crops. Translated by: Thu Hà</div>")
    page = page_from_html(national_cms(sapo, paragraphs(*PARAGRAPHS)).replace(
        f"{sapo}</h2>", f"{sapo}</h2>{english}").replace("<html>", "<html lang='en'>"))
    assert page.summary == sapo


def _longform(chapters: list[str], after: str = "") -> str:
    """A long-form (e-magazine) page: each chapter a section with its own heading and
    text block, full-width photos between them."""
    sections = "".join(
        f"""<section class="lf-chapter"><h2 class="lf-chapter-title">Phần {k}</h2>
        <div class="lf-text"><p>{text}</p></div></section>
        <section class="lf-photo"><figure><img src="/p{k}.jpg">
        <figcaption>Cánh đồng lúa xã Mỹ Hiệp mùa thu hoạch.</figcaption></figure></section>"""
        for k, text in enumerate(chapters, 1)
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Mùa vàng trên đất Tháp Mười</title>
    <meta property="article:published_time" content="2025-10-02T06:00:00+07:00"></head>
    <body><header><ul class="menu"><li><a href="/">Trang chủ</a></li></ul></header>
    <main class="lf-main"><article class="lf-story"><section class="lf-cover">
    <h1>Mùa vàng trên đất Tháp Mười</h1></section>{sections}</article>{after}</main>
    <footer><p>Cơ quan chủ quản: UBND tỉnh Đồng Tháp</p></footer></body></html>"""


_CHAPTERS = [
    "Mười năm trước, cánh đồng phía tây huyện Tháp Mười chỉ làm được hai vụ lúa mỗi năm, "
    "năng suất thấp và giá bán bấp bênh theo từng mùa nước.",
    "Nhờ tuyến đê bao khép kín hoàn thành năm 2019, nông dân chuyển sang sản xuất ba vụ, "
    "liên kết với doanh nghiệp bao tiêu toàn bộ sản lượng lúa chất lượng cao.",
    "Đến nay, 12/14 hợp tác xã trên địa bàn đã ký hợp đồng tiêu thụ dài hạn, thu nhập "
    "bình quân của xã viên tăng hơn 30% so với năm 2020.",
]


def test_a_long_form_page_keeps_every_chapter_s_text_block():
    page = page_from_html(
        _longform(_CHAPTERS), url="https://baodongthap.vn/emagazine/mua-vang-a1.html"
    )
    expected = []
    for k, text in enumerate(_CHAPTERS, 1):
        expected += [f"Phần {k}", text]  # each chapter's heading, then its text
    assert page.text.split("\n\n") == expected


def test_a_next_article_of_an_endless_page_is_not_a_chapter():
    following = """<article class="lf-next"><h2>Bài tiếp theo</h2><div class="lf-text"><p>
    Sáng 3/10, UBND huyện Lấp Vò tổ chức hội nghị sơ kết vụ Hè Thu.</p></div></article>"""
    page = page_from_html(
        _longform(_CHAPTERS, after=following),
        url="https://baodongthap.vn/emagazine/mua-vang-a2.html",
    )
    assert "Lấp Vò" not in page.text
    assert _CHAPTERS[0] in page.text and _CHAPTERS[2] in page.text


def test_a_boxed_note_in_an_aside_inside_the_body_is_text_a_box_of_links_is_not():
    note = (
        "<aside class='box-note'><h4>Thông tin cần biết</h4><ul>"
        "<li>Đối tượng: trẻ từ 1 đến 5 tuổi chưa tiêm đủ hai mũi vắc xin sởi.</li>"
        "<li>Thời gian: từ ngày 10/9 đến hết ngày 30/9/2024 tại trạm y tế các xã.</li></ul>"
        "</aside>"
    )
    links = (
        "<aside class='box-more'><a href='/a9.htm'>Đắk Glong tiêm vắc xin cho trẻ vùng sâu, "
        "vùng xa đạt kết quả cao trong năm</a></aside>"
    )
    page = page_from_html(
        national_cms("Ngành y tế ra quân tiêm vắc xin sởi.",
                     f"<p>{FILLER}</p>{note}{links}<p>{FILLER}</p>"),
        url="https://baodaknong.vn/tiem-vac-xin-soi-228417.html",
    )
    assert page.text.split("\n\n") == [
        FILLER,
        "Thông tin cần biết",
        "Đối tượng: trẻ từ 1 đến 5 tuổi chưa tiêm đủ hai mũi vắc xin sởi.",
        "Thời gian: từ ngày 10/9 đến hết ngày 30/9/2024 tại trạm y tế các xã.",
        FILLER,
    ]


def test_a_lazy_page_serving_each_paragraph_in_its_own_noscript_gives_them_all():
    paragraphs = [
        f"Đoạn {k}: huyện Trạm Tấu triển khai mô hình trồng sâm dưới tán rừng, "
        "mỗi hộ tham gia được hỗ trợ giống và kỹ thuật chăm sóc trong ba năm đầu."
        for k in range(1, 5)
    ]
    lazy = "".join(
        f"<div class='lz-block'><div class='lz-placeholder'>Đang tải nội dung...</div>"
        f"<noscript><p>{text}</p></noscript></div>"
        for text in paragraphs
    )
    byline = ("<div class='lz-block'><noscript><p class='author'><b>Hồng Duyên</b></p>"
              "</noscript></div>")
    comments = "<div class='comments'><noscript><p>Vui lòng bật JavaScript để bình luận.</p>" \
               "</noscript></div>"
    page = page_from_html(
        national_cms("Trạm Tấu phát triển cây dược liệu.", lazy + byline, tail=comments),
        url="https://baoyenbai.com.vn/tram-tau-sam-a12.html",
    )
    assert page.text.split("\n\n") == paragraphs
    assert page.author == "Hồng Duyên"


def test_one_json_ld_author_takes_the_co_authors_the_page_prints_beside_him():
    jsonld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
              '"Đại Lộc bàn giao đất tái định cư", "author": {"@type": "Person", '
              '"name": "Văn Sự"}}</script>')
    page = page_from_html(
        national_cms("Đại Lộc bàn giao đất tái định cư.",
                     f"<p>{FILLER}</p><p>{FILLER}</p><p class='author'><strong>VĂN SỰ - HỮU PHÚC"
                     "</strong></p>").replace("</head>", jsonld + "</head>"),
        url="https://baoquangnam.vn/dai-loc-tai-dinh-cu-a31.html",
    )
    assert page.author == "Văn Sự, Hữu Phúc"


def test_an_instant_article_s_header_gives_its_authors_and_leaves_the_text():
    page = page_from_html(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
        <meta property="op:markup_version" content="v1.0"></head><body>
        <ul class="menu"><li><a href="/">Trang chủ</a></li></ul>
        <article><header><h3 class="op-kicker">Kinh tế</h3>
        <h1>Kon Plông phát triển dược liệu dưới tán rừng</h1>
        <h2>Huyện khai thác lợi thế rừng để phát triển các loài dược liệu quý.</h2>
        <address><a href="https://www.facebook.com/baokontum">Thanh Như</a></address>
        <address><a>Y Điệp</a></address>
        <time class="op-published" datetime="2022-06-18T09:30:00+07:00">09:30 18/06/2022</time>
        </header><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article></body></html>""",
        url="https://baokontum.com.vn/kon-plong-duoc-lieu-a77.html",
    )
    assert page.author == "Thanh Như, Y Điệp"
    assert page.text.split("\n\n") == [FILLER] * 3


def test_a_signature_image_s_alt_text_names_the_author():
    signature = ("<p style='text-align:right'><img src='/tacgia/chuky-thanh-phong.png' "
                 "alt='Thanh Phong' class='author-sign'></p>")
    page = page_from_html(
        national_cms("Tây Ninh ra quân làm thủy lợi.",
                     f"<p>{FILLER}</p><p>{FILLER}</p>{signature}"),
        url="https://baotayninh.vn/ra-quan-thuy-loi-a12.html",
    )
    assert page.author == "Thanh Phong"


def test_a_video_page_s_posting_date_beats_its_video_s_upload():
    video = ('<script type="application/ld+json">{"@type": "VideoObject", "name": "Chuối '
             'VietGAP", "uploadDate": "2024-05-14T21:10:00+07:00"}</script>')
    page = page_from_html(
        national_cms("Lý Nhân mở rộng vùng trồng chuối.", f"<p>{FILLER}</p><p>{FILLER}</p>")
        .replace("</head>", video + "</head>"),
        url="https://hanamtv.vn/video/ly-nhan-chuoi-v48213.html",
    )
    assert page.published.startswith("2025-11-20T07:30")


def test_a_live_blog_s_posting_line_beats_its_update_line_and_entry_times():
    entries = "".join(
        f"<div class='lb-entry'><time datetime='2024-06-27T{clock}:00+07:00'>{clock}</time>"
        f"<h3>Diễn biến lúc {clock}</h3>"
        f"<p>{FILLER}</p></div>"
        for clock in ("10:30", "09:45", "08:30")
    )
    page = page_from_html(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <article><h1>Trực tiếp: hơn 11.200 thí sinh bước vào kỳ thi tốt nghiệp THPT</h1>
        <div class="meta"><span class="posted">Đăng lúc: 06:40 - 27/06/2024</span>
        <span class="updated">Cập nhật lúc: 10:30 - 27/06/2024</span></div>
        <div class="lb-list">{entries}</div></article></body></html>""",
        url="https://baoninhbinh.org.vn/truc-tiep-thi-thpt-d20240627.htm",
    )
    assert page.published.startswith("2024-06-27T06:40")


def test_chapters_marked_as_vietnamese_are_still_read_together():
    page = page_from_html(
        _longform(_CHAPTERS).replace('class="lf-chapter"', 'class="lf-chapter" lang="vi"'),
        url="https://baodongthap.vn/emagazine/mua-vang-a3.html",
    )
    assert all(chapter in page.text for chapter in _CHAPTERS)


def test_an_embedded_clip_s_overlay_and_source_are_no_text():
    clip = (
        "<div class=\"embed-video\"><div class=\"embed-video__player\">"
        "<span class=\"embed-video__title\">Video: Không khí chuẩn bị Tết ở vùng biển</span>"
        "<span class=\"embed-video__dur\">03:05</span></div>"
        "<div class=\"embed-video__source\">Nguồn: CTV - Truyền hình Cà Mau</div></div>"
        "<div class=\"video-embed\"><div class=\"video-embed__overlay\">"
        "<span class=\"video-embed__title\">Người dân làm thủ tục trên môi trường số</span>"
        "<span class=\"video-embed__duration\">02:31</span></div></div>"
    )
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:2]) + clip
                                       + paragraphs(*PARAGRAPHS[2:])))
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_script_built_page_s_noscript_article_is_read_despite_its_javascript_note():
    article = (
        "<noscript><article><h1>Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng</h1>"
        "<p class='meta'><span class='author'>Hồng Nhung</span> - <time>07:30 | 20/11/2025"
        "</time></p>" + paragraphs(*PARAGRAPHS)
        + "<p><a href='/kinh-te'>« Quay lại chuyên mục Kinh tế</a> — Trình duyệt của bạn đã "
        "tắt JavaScript. Bật JavaScript để xem video và bình luận.</p></article></noscript>"
    )
    markup = national_cms("", "<p class='loading'>Đang tải nội dung...</p>").replace(
        "</body>", article + "</body>"
    )
    page = page_from_html(markup)
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_bold_sapo_below_a_dateline_paragraph_is_the_sapo():
    lead = ("(BTN) - Năm 2025, huyện Lai Vung chuyển đổi hơn 300 ha đất lúa kém hiệu quả sang "
            "cây trồng khác, vượt kế hoạch đề ra.")
    body = f"<p>Thứ Năm, 20/11/2025 | 07:30 GMT+7</p><p><strong>{lead}</strong></p>"
    page = page_from_html(national_cms("", body + paragraphs(*PARAGRAPHS)))
    assert page.summary == lead
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_streamed_react_page_s_article_is_read_where_it_is_put_in_place():
    skeleton = ('<!--$?--><template id="B:0"></template><div class="skeleton-article" '
                'aria-hidden="true"><div class="skeleton-line"></div></div><!--/$-->')
    streamed = (f'<div hidden id="S:0"><div class="detail-body">{paragraphs(*PARAGRAPHS)}'
                '</div></div><script>$RC("B:0","S:0")</script>')
    markup = national_cms("", skeleton).replace("</body>", streamed + "</body>")
    page = page_from_html(markup)
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_clip_s_running_time_and_credit_under_its_player_are_no_text():
    clip = ("<div class='video-embed'><video controls></video><div class='video-embed__meta'>"
            "00:01:42 · Video: Báo và Phát thanh, Truyền hình Đắk Lắk</div></div>")
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:2]) + clip
                                       + paragraphs(*PARAGRAPHS[2:])))
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_an_unrendered_wordpress_caption_shortcode_is_a_caption():
    caption = "Người dân khóm 5, phường An Xuyên tham gia trò chơi kéo co tại ngày hội."
    shortcode = (f'<p>[caption id="attachment_88121" align="aligncenter" width="800"]'
                 f'<img src="/a.jpg" alt="" width="800"> {caption}[/caption]</p>')
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:2]) + shortcode
                                       + paragraphs(*PARAGRAPHS[2:])))
    assert page.captions == [caption]
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_poll_and_a_clip_s_label_inside_the_article_are_no_text():
    label = ("<div class='embed-video'><div class='embed-video__label'>VIDEO</div>"
             "<div class='embed-video__title'>Sóng lớn đánh sập kè tạm</div></div>")
    poll = ("<div class='wp-polls'><strong>Bạn có tham gia Ngày hội Đại đoàn kết năm nay?"
            "</strong><ul class='wp-polls-ul'><li><input type='radio'> Có, cả gia đình cùng "
            "tham gia</li><li><input type='radio'> Chưa tham gia</li></ul>"
            "<a href='#ViewPollResults'>Xem kết quả</a></div>")
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:2]) + label
                                       + paragraphs(*PARAGRAPHS[2:]) + poll))
    assert page.text.split("\n\n") == list(PARAGRAPHS)


def test_a_related_box_inside_a_liferay_article_ends_no_article():
    related = ("<div class='inline-related'><p><strong>Tin liên quan:</strong></p><p>» "
               "<a href='/tin/5814.html'>Mỏ Cày Bắc khai mạc Tuần lễ Đại đoàn kết</a></p></div>")
    page_html = (
        "<html><head><title>Cổng thông tin</title></head><body><div class='asset-full-content'>"
        "<h3 class='header-title'>Huyện Lai Vung hỗ trợ nông dân chuyển đổi cây trồng</h3>"
        "<div class='asset-date'>Cập nhật ngày: 14/11/2022 16:05:38</div>"
        "<div class='journal-content-article'>" + paragraphs(*PARAGRAPHS[:2]) + related
        + paragraphs(*PARAGRAPHS[2:]) + "</div></div></body></html>"
    )
    page = page_from_html(page_html, "https://mattran.bentre.gov.vn/tin-tuc/a.html")
    assert page.text.split("\n\n") == PARAGRAPHS


def test_an_officer_s_rank_is_no_part_of_the_author_s_name():
    signed = ("<p style='text-align: right;'><strong>Tin, ảnh: Thượng úy Lê Quốc Toản (Đồn Biên "
              "phòng Vĩnh Xương)</strong></p>")
    font = "<div>Cỡ chữ: A- A A+ In trang Gửi email</div>"
    page = page_from_html(national_cms("", font + paragraphs(*PARAGRAPHS) + signed))
    assert page.author == "Lê Quốc Toản"
    assert page.text.split("\n\n") == PARAGRAPHS


def test_a_reader_s_question_above_its_longer_answer_is_text():
    question = ("<p><strong>Hỏi:</strong> Tôi làm công nhân tại khu công nghiệp được 8 năm, đã "
                "nghỉ việc từ tháng 3. Xin hỏi bao lâu sau thì tôi được hưởng trợ cấp một lần?</p>")
    body = ("<div class='qa-box qa-question'>" + question + "</div>"
            "<div class='qa-box qa-answer'>" + paragraphs(*PARAGRAPHS) + "</div>")
    page = page_from_html(national_cms("", body))
    assert page.text.split("\n\n")[0].startswith("Hỏi: Tôi làm công nhân")
    assert page.text.split("\n\n")[1:] == PARAGRAPHS


def test_a_column_s_disclaimer_and_a_correction_note_are_no_text():
    disclaimer = "<p><em>* Bài viết thể hiện quan điểm riêng của tác giả.</em></p>"
    signed = "<p style='text-align: right;'><strong>THU HIỀN</strong></p>"
    correction = ("<div class='dinh-chinh'><p><strong>ĐÍNH CHÍNH:</strong> <em>Trong bài viết "
                  "đăng lúc 6 giờ 05 ngày 25/8/2020, do sơ suất, chúng tôi ghi nhầm tổng kinh phí "
                  "là 25 tỷ đồng; đúng là 52 tỷ đồng. Thành thật xin lỗi bạn đọc.</em></p></div>")
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS) + disclaimer + signed
                                       + correction))
    assert page.text.split("\n\n") == PARAGRAPHS
    assert page.author == "Thu Hiền"


def test_a_reporter_in_brackets_glued_to_the_last_sentence_is_the_author():
    last = PARAGRAPHS[-1] + " <strong>(Ngọc Hân)</strong>"
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS[:-1], last)))
    assert page.text.split("\n\n") == PARAGRAPHS
    assert page.author == "Ngọc Hân"


def test_a_time_element_stamped_in_the_wrong_offset_gives_way_to_the_time_it_shows():
    page_html = national_cms("", paragraphs(*PARAGRAPHS)).replace(
        '<div class="detail-time">Thứ Năm, 20/11/2025 - 07:30</div>',
        '<time class="entry-date" datetime="2025-11-20T07:30:00+00:00">20/11/2025 - 07:30</time>',
    ).replace('content="2025-11-20T07:30:00+07:00"', 'content="2025-11-20T07:30:00+00:00"')
    assert page_from_html(page_html).published == "2025-11-20T07:30:00+07:00"


def test_a_headline_in_its_own_class_inside_the_article_s_box_beats_a_section_name_above():
    page_html = (
        "<html><head><title>Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng</title></head>"
        "<body><div class='cate-title'>TIN TỨC - SỰ KIỆN</div><div class='news-detail'>"
        "<div class='news-title'><span id='lblTieuDe'>Mỹ Xuyên nhân rộng mô hình tôm - lúa</span>"
        "</div><div class='news-info'>Ngày đăng: 23/10/2018 | Lượt xem: 312</div>"
        "<div class='news-summary'><span class='tomtat'>Vụ lúa trên đất nuôi tôm năm nay, nông "
        "dân huyện Mỹ Xuyên xuống giống hơn 7.800 ha.</span></div>"
        "<div class='news-content'><span id='lblNoiDung'>" + paragraphs(*PARAGRAPHS)
        + "<p style='text-align:right'><b>Trọng Nguyễn</b> (Báo Sóc Trăng - 20/10/2018)</p>"
        "</span></div></div><div class='other-news'>"
        "<div class='other-title'>CÁC TIN ĐÃ ĐƯA</div><ul>"
        "<li><a href='/a.htm'>Trần Đề: Nông dân xuống giống hành tím vụ 1</a> (19/10/2018)</li>"
        "</ul></div></body></html>"
    )
    page = page_from_html(page_html, "https://sonongnghiep.soctrang.gov.vn/tin-tuc/a-3127.htm")
    assert page.title == "Mỹ Xuyên nhân rộng mô hình tôm - lúa"
    assert page.author == "Trọng Nguyễn"


def test_a_pasted_notice_s_header_and_its_issue_date_are_not_the_article_s():
    header = ("<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b><br>_______</p><p>Số: 58/TB-UBND</p></td>"
              "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh "
              "phúc</b><br>_______________________</p></td></tr></table>")
    docinfo = ("<table class='docinfo'><tr><td>Số ký hiệu:</td><td>58/TB-UBND</td></tr><tr>"
               "<td>Ngày ban hành:</td><td>11/03/2022</td></tr></table>")
    page_html = national_cms("", header + paragraphs(*PARAGRAPHS) + docinfo).replace(
        '<div class="detail-time">Thứ Năm, 20/11/2025 - 07:30</div>',
        '<div class="detail-time">Cập nhật ngày: 14/03/2022 10:25:31</div>',
    ).replace('<meta property="article:published_time" content="2025-11-20T07:30:00+07:00">', "")
    page = page_from_html(page_html)
    assert page.published == "2022-03-14T10:25:31+07:00"
    assert "Hạnh phúc" not in page.text and "____" not in page.text


@pytest.mark.parametrize("byline, name", [
    ("Tác giả bài viết: ThS. Lê Thị Hằng", "Lê Thị Hằng"),
    ("PGS.TS. Nguyễn Văn An", "Nguyễn Văn An"),
])
def test_a_degree_before_the_author_s_name_is_no_part_of_it(byline, name):
    signed = f"<p style='text-align: right;'><strong>{byline}</strong></p>"
    assert page_from_html(national_cms("", paragraphs(*PARAGRAPHS) + signed)).author == name


def test_the_reporter_who_signs_the_close_beats_a_json_ld_author_of_something_else():
    episode = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Podcast",'
               ' "author": {"@type": "Person", "name": "Bảo Trân"}}</script>')
    signed = "<p style='text-align: right;'><strong>NGỌC TRÂM</strong></p>"
    page_html = national_cms("", paragraphs(*PARAGRAPHS) + signed).replace(
        "</head>", episode + "</head>")
    assert page_from_html(page_html).author == "Ngọc Trâm"


def test_a_live_article_s_notes_and_a_series_teaser_are_no_part_of_its_text():
    note = "<p><em>Bài viết đã được cập nhật lúc 16 giờ 45 phút ngày 9/9/2023.</em></p>"
    live = "<p style='text-align:center'><em>(Tiếp tục cập nhật...)</em></p>"
    teaser = "<p><strong><em>Kỳ cuối: Phát huy vai trò chủ thể của người dân</em></strong></p>"
    for closing in (live, teaser):
        page = page_from_html(national_cms("", note + paragraphs(*PARAGRAPHS) + closing))
        assert page.text == "\n\n".join(PARAGRAPHS) and page.captions == []


def test_a_box_of_short_videos_between_paragraphs_is_dropped():
    shorts = ("<div class='shorts'><h4>Video ngắn</h4><div><video></video><p>Chào cờ khai mạc "
              "bầu cử ở cột cờ Lũng Cú</p></div><div><video></video><p>Hòm phiếu phụ đến tận "
              "nhà cử tri cao tuổi</p></div></div>")
    body = paragraphs(*PARAGRAPHS[:2]) + shorts + paragraphs(*PARAGRAPHS[2:])
    assert page_from_html(national_cms("", body)).text == "\n\n".join(PARAGRAPHS)


def test_a_question_form_laid_out_in_a_table_gives_no_captions():
    form = ("<div class='gl-ask'><table><tr><td>Họ tên (*)</td><td><input name='ten' "
            "type='text'></td></tr><tr><td>Mã xác nhận</td><td><img src='/captcha.ashx' alt=''> "
            "<input name='ma' type='text'></td></tr></table></div>")
    page = page_from_html(national_cms("", paragraphs(*PARAGRAPHS) + form))
    assert page.captions == [] and page.text == "\n\n".join(PARAGRAPHS)


def test_a_year_first_dateline_beside_a_notice_s_expiry_date():
    meta = ('<div class="detail-time"><span class="tb-date">2025/12/03 – 16:20</span> '
            '<span class="tb-expire">Hiệu lực đến: 20/12/2025</span></div>')
    page_html = national_cms("", paragraphs(*PARAGRAPHS)).replace(
        '<div class="detail-time">Thứ Năm, 20/11/2025 - 07:30</div>', meta
    ).replace('<meta property="article:published_time" content="2025-11-20T07:30:00+07:00">', "")
    assert page_from_html(page_html).published == "2025-12-03T16:20:00+07:00"
