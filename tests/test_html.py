"""HTML pages to page fields: site profiles, the generic fallback, charsets, captions, dates."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from extract.page.html import is_article, page_and_links, page_from_html, pick_profile, profiles
from extract.page.selectors import SelectorError, css_to_xpath, select

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"


def fixture_pages() -> list[tuple[str, Path, str | None]]:
    """(site, gold file, charset the server declares) for every fixture article."""
    found = []
    for site in ("portal", "newspaper", "generic"):
        headers = tomllib.loads((SITES / site / "serve.toml").read_text("utf-8")).get("headers", {})
        for gold in sorted((SITES / site / "gold").glob("*.json")):
            url = json.loads(gold.read_text("utf-8"))["url"]
            ctype = headers.get(url, {}).get("Content-Type", "")
            found.append((site, gold, ctype.split("charset=")[1] if "charset=" in ctype else None))
    return found


PAGES = fixture_pages()


def load(gold_file: Path, declared: str | None = None):
    gold = json.loads(gold_file.read_text("utf-8"))
    raw = (gold_file.parent.parent / "www" / gold["url"].lstrip("/")).read_bytes()
    return gold, page_from_html(raw, "http://127.0.0.1:8000" + gold["url"], declared)


def token_f1(predicted: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", predicted.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def test_fixture_sites_are_big_enough():
    assert len(PAGES) >= 30
    assert {site for site, *_ in PAGES} == {"portal", "newspaper", "generic"}


@pytest.mark.parametrize("site,gold_file,declared", PAGES, ids=[g.stem[:3] for _, g, _ in PAGES])
def test_fixture_page_fields_match_gold(site, gold_file, declared):
    gold, page = load(gold_file, declared)
    assert page.title == gold["title"]
    assert page.published == gold["published"]
    assert page.author == gold["author"]
    assert page.summary == gold["summary"]
    assert page.captions == gold["captions"]
    assert token_f1(page.text, gold["text"]) >= 0.97


@pytest.mark.parametrize("site,gold_file,declared", PAGES, ids=[g.stem[:3] for _, g, _ in PAGES])
def test_captions_bylines_and_chrome_never_reach_text(site, gold_file, declared):
    gold, page = load(gold_file, declared)
    for caption in gold["captions"]:
        assert caption not in page.text
    if gold["author"]:
        assert gold["author"] not in page.text.split("\n\n")
    if gold["summary"]:
        assert gold["summary"] not in page.text
    for chrome in (
        "Các tin khác",
        "Tin liên quan",
        "Phản hồi",
        "Gửi bình luận",
        "Bài viết liên quan",
        "Chia sẻ",
        "Lượt xem",
        "Phóng lớn",
        "Trả lời",
    ):
        assert chrome not in page.text


def test_profiles_are_picked_by_markup_and_by_host():
    names = {p.name for p in profiles()}
    assert {"liferay-portal", "provincial-newspaper"} <= names
    portal = next(g for s, g, _ in PAGES if s == "portal")
    url = json.loads(portal.read_text("utf-8"))["url"]
    raw = (SITES / "portal" / "www" / url.lstrip("/")).read_text("utf-8")
    import lxml.html

    root = lxml.html.document_fromstring(raw)
    assert pick_profile(root, "http://127.0.0.1/x").name == "liferay-portal"
    marked = lxml.html.document_fromstring("<html><body><h1 id='title'>x</h1></body></html>")
    assert pick_profile(marked, "https://www.baodongthap.vn/a.aspx").name == "provincial-newspaper"
    # the site's host with none of its marks: the site moved to another CMS, read generically
    bare = lxml.html.document_fromstring("<html><body><p>x</p></body></html>")
    assert pick_profile(bare, "https://www.baodongthap.vn/a.aspx") is None
    assert pick_profile(bare, "https://example.org/a") is None


def test_windows_1258_page_declared_utf8_is_read_right():
    gold_file = SITES / "newspaper" / "gold" / "n11-cai-cach-hanh-chinh-mot-cua.json"
    gold = json.loads(gold_file.read_text("utf-8"))
    raw = (SITES / "newspaper" / "www" / gold["url"].lstrip("/")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is not UTF-8
    assert b"charset=utf-8" in raw[:1000]
    page = page_from_html(raw, "http://x" + gold["url"], declared="utf-8")
    assert page.title == gold["title"]
    assert token_f1(page.text, gold["text"]) >= 0.97
    # detection gives exactly what decoding with the right charset gives
    assert page == page_from_html(raw.decode("cp1258"), "http://x" + gold["url"])


def test_utf8_page_declared_latin1_is_read_right():
    html = (
        "<html><head><meta charset='iso-8859-1'><title>t</title></head><body>"
        "<h1>Huyện Tháp Mười đón bằng nông thôn mới</h1><p>"
        + "Người dân phấn khởi. " * 20
        + "</p></body></html>"
    )
    page = page_from_html(html.encode("utf-8"), None, declared="iso-8859-1")
    assert page.title == "Huyện Tháp Mười đón bằng nông thôn mới"
    assert "Người dân phấn khởi" in page.text


def test_bom_wins_over_everything():
    html = (
        "<html><head><meta charset='windows-1258'></head><body><h1>Đồng Tháp</h1>"
        "<p>" + "Nội dung bài viết về tỉnh Đồng Tháp. " * 10 + "</p></body></html>"
    )
    page = page_from_html(b"\xff\xfe" + html.encode("utf-16-le"))
    assert page.title == "Đồng Tháp"


def test_text_input_is_normalised():
    decomposed = "Huye\u0323\u0302n u\u0309y Cao La\u0303nh"  # NFD, new-style tone
    html = (
        f"<html><body><h1>{decomposed}</h1><p>{decomposed} "
        + "họp bàn công tác năm mới. " * 5
        + "</p></body></html>"
    )
    page = page_from_html(html)
    assert page.title == "Huyện ủy Cao Lãnh"
    assert page.text.startswith("Huyện ủy Cao Lãnh")


def _newspaper_html(date_block: str) -> str:
    return (
        "<html><body><div id='today'>Thứ Hai, 16/03/2026</div><h1 id='title'>Tiêu đề bài báo</h1>"
        f"{date_block}<div id='content'><p><strong>ĐTO - Phần sapo của bài.</strong></p>"
        "<p>" + "Đoạn thân bài thứ nhất có nội dung. " * 8 + "</p>"
        "<p style='text-align: right;'><strong>Tin, ảnh: Kim Ngân</strong></p></div></body></html>"
    )


def test_future_dates_are_rejected_and_today_widget_is_not_the_date():
    future = page_from_html(
        _newspaper_html("<div id='current-date'>Thứ Hai, 01/01/2099 - 08:00</div>")
    )
    assert future.published is None
    missing = page_from_html(_newspaper_html(""))
    assert missing.published is None  # not the header's "today" box
    good = page_from_html(
        _newspaper_html("<div id='current-date'>Cập nhật: 07:05 | 09/07/2021</div>")
    )
    assert good.published == "2021-07-09T07:05:00+07:00"
    assert good.summary == "ĐTO - Phần sapo của bài."
    assert good.author == "Kim Ngân"


def test_generic_fallback_on_an_unknown_layout():
    html = """<html><head><title>Tin mới - Huyện X</title>
    <meta property="og:site_name" content="Huyện X">
    <meta property="article:published_time" content="2022-03-04T10:20:00+07:00"></head><body>
    <div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
    <div class="main"><div class="left">
      <h2 class="headline">Huyện X tổ chức hội nghị tổng kết năm</h2>
      <div class="noidung">
        <p>Sáng nay, huyện X tổ chức hội nghị tổng kết công tác năm với nhiều đại biểu.</p>
        <div style="text-align:center"><img src="a.jpg"></div>
        <div style="text-align:center"><em>Quang cảnh hội nghị (Ảnh: T.L)</em></div>
        <p>Năm qua, kinh tế của huyện tăng trưởng khá, đời sống người dân được nâng lên rõ rệt.</p>
        <p>Hội nghị đề ra nhiệm vụ trọng tâm cho năm tới, tập trung vào nông nghiệp và giáo dục.</p>
        <div class="social-share">Chia sẻ Facebook Zalo</div>
      </div></div>
      <div class="sidebar"><p>Liên hệ quảng cáo: 0123 456 789, email lienhe@example.org.</p></div>
    </div></body></html>"""
    page = page_from_html(html, "https://unknown.example.vn/tin/a.html")
    # no <h1>: the headline-styled element above the body, not the <title> element
    assert page.title == "Huyện X tổ chức hội nghị tổng kết năm"
    assert page.published == "2022-03-04T10:20:00+07:00"
    assert page.captions == ["Quang cảnh hội nghị (Ảnh: T.L)"]
    assert page.text.count("\n\n") == 2
    assert "Chia sẻ" not in page.text and "quảng cáo" not in page.text
    assert is_article(page)


def test_listing_pages_are_not_articles():
    raw = (SITES / "newspaper" / "www" / "kinh-te" / "index.html").read_bytes()
    page, links = page_and_links(raw, "http://127.0.0.1:9/kinh-te/")
    assert not is_article(page)
    assert "http://127.0.0.1:9/kinh-te/?page=2" in links
    assert all(link.startswith("http://127.0.0.1:9/") for link in links)


def test_empty_and_broken_html_do_not_raise():
    for html in ("", "   ", "<html>", "<<<>>>", b"\x00\x01", "<p>chỉ một đoạn</p>"):
        try:
            page = page_from_html(html)
        except ValueError:  # DecodeError for bytes nothing reads is a ValueError
            continue
        assert isinstance(page.text, str)


def test_css_selector_subset():
    assert css_to_xpath("h1#title") == "descendant-or-self::h1[@id='title']"
    assert "following-sibling" in css_to_xpath("div#content > p:last-child")
    assert css_to_xpath("//div[@id='x']") == "//div[@id='x']"
    with pytest.raises(SelectorError):
        css_to_xpath("div:nth-child(2)")
    import lxml.html

    root = lxml.html.document_fromstring(
        "<div id='content'><p class='a b'>1</p><p style='text-align: right'>2</p></div>"
    )
    assert [e.text for e in select(root, "p.b")] == ["1"]
    assert [e.text for e in select(root, "div#content > p[style*=right]:last-child")] == ["2"]
    assert [e.text for e in select(root, "p.a, p[style^=text]")] == ["1", "2"]


def test_from_html_gives_a_record(tmp_path):
    import extract

    gold_file = SITES / "portal" / "gold" / "p01-cao-lanh-so-ket-6-thang-2021.json"
    gold = json.loads(gold_file.read_text("utf-8"))
    raw = (SITES / "portal" / "www" / gold["url"].lstrip("/")).read_bytes()
    url = "https://dongthap.gov.vn" + gold["url"]
    record = extract.from_html(raw, url=url)
    assert record.source == "dongthap.gov.vn"
    assert record.title == gold["title"] and record.summary == gold["summary"]
    assert record.captions == gold["captions"]
    assert extract.from_html(raw.decode("utf-8"), url=url).to_json() == record.to_json()


def test_vnextract_html_command(tmp_path):
    from extract.cli import main

    files = []
    for site, gold_file, _ in PAGES[:3] + PAGES[-3:]:
        gold = json.loads(gold_file.read_text("utf-8"))
        target = tmp_path / (gold_file.stem + ".html")
        target.write_bytes((SITES / site / "www" / gold["url"].lstrip("/")).read_bytes())
        files.append(str(target))
    out = tmp_path / "out.jsonl"
    assert main(["html", *files, "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["title"] for r in records] == [
        json.loads(g.read_text("utf-8"))["title"] for _, g, _ in PAGES[:3] + PAGES[-3:]
    ]
    assert main(["html", str(tmp_path / "missing.html"), "-o", str(tmp_path / "x.jsonl")]) == 1


def test_generic_reads_text_written_straight_into_cells_with_br():
    html = """<html><head><title>Cổng TTĐT huyện</title></head><body>
    <table><tr><td class="menu"><a href="/">Trang chủ</a><br><a href="/tin">Tin tức</a></td>
    <td class="main"><h1>Huyện tổ chức lễ ra quân mùa khô</h1>
    <span class="date">Ngày đăng: 05/02/2020 09:15</span><br>
    Sáng 4/2, huyện tổ chức lễ ra quân phòng cháy rừng tràm trong mùa khô năm nay.<br><br>
    Lực lượng kiểm lâm, công an và dân quân sẽ trực 24/24 giờ tại các chốt trong rừng.<br><br>
    Người dân được tuyên truyền không mang lửa vào rừng, nhất là vào những ngày nắng nóng.
    </td></tr></table></body></html>"""
    page = page_from_html(html, "http://old.example.vn/tin.asp?id=3")
    assert page.title == "Huyện tổ chức lễ ra quân mùa khô"
    assert page.published == "2020-02-05T09:15:00+07:00"
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("Sáng 4/2")
    assert "Trang chủ" not in page.text and "Ngày đăng" not in page.text


def test_a_dated_listing_is_not_an_article():
    items = "".join(
        f'<li><a href="/a{i}.html">Tin số {i}: huyện triển khai nhiệm vụ trọng tâm của tháng</a>'
        f'<span class="date">0{i}/03/2024</span></li>'
        for i in range(1, 9)
    )
    html = f"<html><body><h1>Tin tức</h1><div class='list'><ul>{items}</ul></div></body></html>"
    page = page_from_html(html, "http://example.vn/tin-tuc/")
    assert not is_article(page)
