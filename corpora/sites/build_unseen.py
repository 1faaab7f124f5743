# ruff: noqa: E501  (HTML templates: their lines are the page's lines)
"""Render the "unseen layout" fixture sites from unseen.toml, with their page golds.

    python corpora/sites/build_unseen.py   # rewrites corpora/sites/<site>/{www,gold} of the four sites

These sites test the generic extractor on layouts no site profile was written
for, and they were written without reading the extractor's code:
- aspnet     a provincial newspaper on ASP.NET WebForms (form#form1 around the
             page, __VIEWSTATE, ctl00_ContentPlaceHolder1_* ids, a table
             layout, a bold sapo, <br>-separated body text, caption tables,
             "Tin liên quan" between paragraphs, "Tin cùng chuyên mục" with dates);
- wordpress  a district WordPress site (entry-title, entry-content, wp-caption
             and Gutenberg figures, posted-on <time>, "Đọc thêm:" links,
             sharedaddy, jp-relatedposts, comments, Yoast JSON-LD on some pages);
- nukeviet   a district portal on NukeViet ("Ngày đăng: …", bodytext,
             "Tác giả:" and "Nguồn tin:" lines, tags, "Các tin khác");
- national   a national newspaper CMS reposting provincial news (h2.sapo or
             p.description with an outlet prefix, figcaption, "Đọc tiếp" cards,
             "Tham khảo thêm", JSON-LD whose author is the site).
Each site also gets a home page, paginated category listings, a tag or search
page, robots.txt, serve.toml and not_articles.txt (the URL paths of every page
that is not an article: the tests check that each is skipped). The output is
deterministic: running this twice gives the same bytes.
"""

from __future__ import annotations

import json
import shutil
import sys
import tomllib
import unicodedata
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import write  # noqa: E402  (build.py sits beside this script)

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TODAY = datetime(2026, 3, 18, 6, 30)  # the header's "today" widget: never an article's date
CRLF = "\r\r\n"  # the line ending some CMS editors leave in bodies
ZWNBSP = "\ufeff"  # U+FEFF inside text, left by copy and paste


def main() -> None:
    articles = tomllib.loads((HERE / "unseen.toml").read_text("utf-8"))["article"]
    sites = {
        "aspnet": AspNet(),
        "wordpress": WordPress(),
        "nukeviet": NukeViet(),
        "national": National(),
    }
    for name, site in sites.items():
        mine = [a for a in articles if a["site"] == name]
        root = HERE / name
        for sub in ("www", "gold"):
            shutil.rmtree(root / sub, ignore_errors=True)
            (root / sub).mkdir(parents=True)
        not_articles = site.build(root, mine)
        (root / "not_articles.txt").write_text("\n".join(not_articles) + "\n", encoding="utf-8")
        for article in mine:
            write_gold(root, article, site.url(article))
    print(f"{len(articles)} articles in {len(sites)} sites")


# ------------------------------------------------------------------ helpers


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def plain(paragraph: str) -> str:
    """A paragraph's text without its sub-heading marker."""
    return paragraph.removeprefix("## ")


def write_gold(root: Path, article: dict, url: str) -> None:
    gold = {
        "url": url,
        "title": nfc(article["title"]),
        "published": article["published"],
        "author": nfc(article["author"]) if article.get("author") else None,
        "summary": nfc(article["summary"]) if article.get("summary") else None,
        "text": nfc("\n\n".join(plain(p) for p in article["paragraphs"])),
        "captions": [nfc(c) for c in article.get("captions", [])],
    }
    path = root / "gold" / f"{article['stem']}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def when(article: dict) -> datetime:
    return datetime.fromisoformat(article["published"])


def utc(moment: datetime) -> str:
    """The instant in UTC, the way Yoast SEO writes it."""
    return moment.astimezone(UTC).isoformat()


def weekday_date(moment: datetime) -> str:
    return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y}"


def today_box() -> str:
    return weekday_date(TODAY)


def first_paragraph(article: dict) -> str:
    """The first paragraph as printed: with the agency prefix glued on, if any."""
    return article.get("body_prefix", "") + article["paragraphs"][0]


def sapo(article: dict) -> str:
    return article.get("sapo_prefix", "") + article["summary"]


def nbsp_after_first_sentence(text: str) -> str:
    """Editors leave a non-breaking space after a sentence: ".&nbsp; " (escaped text)."""
    head, dot, tail = escape(text).partition(". ")
    return f"{head}.&nbsp;{tail}" if dot else head


def body_lines(article: dict) -> list[str]:
    """The paragraphs as printed (agency prefix on the first), sub-heading markers kept."""
    return [first_paragraph(article), *article["paragraphs"][1:]]


def others_of(articles: list[dict], article: dict, i: int, n: int = 3) -> list[dict]:
    rest = [a for a in articles if a is not article]
    return (rest[i % len(rest) :] + rest[: i % len(rest)])[:n]


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def write_text(root: Path, name: str, text: str) -> None:
    (root / "www" / name).write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ aspnet


class AspNet:
    """Báo An Giang-style newspaper on ASP.NET WebForms."""

    sections = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế"}
    per_page = 3
    search = "/tim-kiem.aspx?keyword=nong+thon+moi"
    ticker = ""
    p = "ctl00_ContentPlaceHolder1_"

    def url(self, article: dict) -> str:
        return f"/{article['section']}/{article['stem']}.aspx"

    def dateline(self, article: dict) -> str:
        moment = when(article)
        if article["dateline"] == "updated":
            return f"Cập nhật ngày: {moment:%d/%m/%Y %H:%M:%S}"
        return f"{weekday_date(moment)} - {moment:%H:%M}"

    def frame(self, title: str, action: str, main: str, sidebar: str, description: str = "") -> str:
        menu = "".join(
            f'<td class="menu-item"><a id="ctl00_ucMenu_rptMenu_ctl0{i}_hlMenu" href="/{k}/">{v}</a></td>'
            for i, (k, v) in enumerate(self.sections.items(), 1)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{escape(title)} - Báo An Giang Online
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="author" content="Báo An Giang" /><meta name="copyright" content="Báo An Giang" /><meta id="ctl00_metaDescription" name="description" content="{escape(description or title)}" /><meta name="keywords" content="An Giang, tin tức An Giang, báo An Giang" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form method="post" action="{action}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQFGVRo4bupIFTGsCwgMTgvMDMvMjAyNmQCBQ9kFgICAQ8WAh8ABQ5UaOG7nWkgc+G7sWQCBw9kFgICAQ9kFgJmD2QWBAIBDxYCHwAFBkFuIEdpYW5nZGQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFGmN0bDAwJENvbnRlbnRQbGFjZUhvbGRlcjEk" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638285885964787378" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOKs3y4k7hNnQ2oV0Jt0Hk1qKc4Z0Hc9XGRa5r8u0zF6g==" />
</div>
<div id="wrapper">
<div id="ctl00_pnlHeader" class="header">
<table width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="top-date"><span id="ctl00_lblToday">{today_box()}</span></td>
<td class="ticker"><marquee id="ctl00_ucTicker_mqNews" scrollamount="3">{self.ticker}</marquee></td>
<td class="top-links" align="right"><a href="/rss.aspx">RSS</a> | <a href="/lien-he.aspx">Liên hệ</a> | <a href="javascript:__doPostBack('ctl00$lbtEnglish','')">English</a></td>
</tr></table>
<div class="logo"><a id="ctl00_hlLogo" href="/"><img src="/Images/logo-baoangiang.png" alt="Báo An Giang Online" border="0" /></a></div>
<table id="ctl00_ucMenu_tblMenu" class="menu" cellpadding="0" cellspacing="0"><tr><td class="menu-item"><a id="ctl00_ucMenu_hlHome" href="/">Trang chủ</a></td>{menu}</tr></table>
<div class="search-box"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="txt-search" /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" /></div>
</div>
<table id="ctl00_tblMain" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="col-left" valign="top" width="680">
{main}
</td>
<td class="col-right" valign="top" width="310">
<div class="box"><div class="box-title">Tin xem nhiều</div>
<ul id="ctl00_ucMostView_ulList">{sidebar}</ul></div>
<div class="box"><div class="box-title">Thời tiết</div><div class="weather">Long Xuyên: 27°C - 33°C, có mưa rào</div></div>
<div class="box adv"><a href="/quang-cao.aspx"><img src="/Uploads/Adv/banner-300.gif" alt="Quảng cáo" /></a></div>
</td>
</tr></table>
<div id="ctl00_pnlFooter" class="footer">
<p>BÁO AN GIANG ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh An Giang</p>
<p>Tổng Biên tập: Lâm Văn Hòa. Giấy phép số 125/GP-BTTTT. Địa chỉ: 10 Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên.</p>
<p>Điện thoại: 0296.3852.211 - Email: baoangiang@angiang.gov.vn</p>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('ctl00_txtKeyword');//]]>
</script>
</form>
</body>
</html>
"""

    def caption(self, article: dict, caption: str, n: int) -> str:
        moment = when(article)
        return (
            f'<table class="tblImage" align="center" border="0" cellpadding="3" cellspacing="0" width="1">{CRLF}'
            f'<tbody><tr><td><img alt="{escape(article["title"])}" src="/Uploads/Images/{moment:%Y/%m/%d}/{article["stem"][-5:]}-{n}.jpg" width="550" /></td></tr>{CRLF}'
            f'<tr><td class="image_desc" style="text-align: center;"><em>{escape(caption)}</em></td></tr></tbody></table>'
        )

    def related_box(self, related: list[dict]) -> str:
        items = "".join(
            f'<li><a href="{self.url(r)}">{escape(r["title"])}</a> <span class="date">({when(r):%d/%m/%Y})</span></li>'
            for r in related
        )
        return f'<div class="box-tinlienquan"><div class="tinlienquan-title"><b>Tin liên quan</b></div><ul>{items}</ul></div>'

    def body(self, article: dict, number: int, related: list[dict]) -> str:
        """Captioned images, paragraphs and the related box: odd articles in <p>s,
        even ones as text runs separated by <br /> (an old editor's output)."""
        captions = list(article.get("captions", []))
        out = []
        if captions:
            out.append(self.caption(article, captions.pop(0), 1))
        as_runs = number % 2 == 0
        for i, line in enumerate(body_lines(article)):
            text = nbsp_after_first_sentence(line) if i == 1 else escape(line)
            if i == 2:
                text = ZWNBSP + text  # a byte-order mark pasted in with the text
            if line.startswith("## "):
                out.append(f"<p><strong>{escape(line[3:])}</strong></p>")
            elif as_runs:
                out.append(f"{text}<br />{CRLF}<br />")
            else:
                out.append(f'<p style="text-align: justify;">{text}</p>')
            if i == 1:
                out.append(self.related_box(related[:2]))
            if i == 2 and captions:
                out.append(self.caption(article, captions.pop(0), 2))
        if article.get("byline"):
            out.append(
                f'<p style="text-align: right;"><strong>{escape(article["byline"])}</strong></p>'
            )
        if article.get("source"):
            out.append(f'<p style="text-align: right;"><em>{escape(article["source"])}</em></p>')
        return CRLF.join(out)

    def article_html(self, article: dict, number: int, others: list[dict], sidebar: str) -> str:
        p = self.p + "ucNewsDetail_"
        section = article["section"]
        lead = ""
        if article.get("summary"):
            lead = f'<div id="{p}divSapo" class="sapo"><b>{escape(sapo(article))}</b></div>'
        same = "\n".join(
            f'<li><a id="{self.p}ucOtherNews_rptOther_ctl0{k}_hlTitle" href="{self.url(o)}">{escape(o["title"])}</a> '
            f'<span class="date">({when(o):%d/%m/%Y %H:%M})</span></li>'
            for k, o in enumerate(others)
        )
        main = f"""<div id="{p}pnlDetail" class="news-detail">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a id="{p}hlCate" href="/{section}/">{self.sections[section]}</a></div>
<h1 class="title"><span id="{p}lblTitle">{escape(article["title"])}</span></h1>
<div class="date-line"><span id="{p}lblDate" class="date">{self.dateline(article)}</span></div>
<div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucNewsDetail$lbtSend','')">Gửi cho bạn bè</a> | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>
{lead}
<div id="{p}divContent" class="content">
{self.body(article, number, others)}
</div>
<div class="view-count">Lượt xem: <span id="{p}lblView">{1200 + number * 37}</span></div>
<div class="comment"><div class="box-title">Ý kiến bạn đọc</div>
<table><tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$ucComment$txtName" type="text" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ucComment$txtContent" rows="4" cols="40"></textarea></td></tr></table>
<input type="submit" name="ctl00$ContentPlaceHolder1$ucComment$btnSend" value="Gửi ý kiến" /></div>
</div>
<div id="{self.p}ucOtherNews_pnlOther" class="other-news">
<div class="box-title">Tin cùng chuyên mục</div>
<ul>
{same}
</ul>
<div class="more"><a href="/{section}/">Xem tiếp &raquo;</a></div>
</div>"""
        return self.frame(
            article["title"], f"./{article['stem']}.aspx", main, sidebar, article.get("summary", "")
        )

    def item(self, article: dict) -> str:
        sapo_html = (
            f'<div class="sapo">{escape(article["summary"])}</div>'
            if article.get("summary")
            else ""
        )
        return (
            f'<div class="news-item"><a href="{self.url(article)}"><img src="/Uploads/Thumbs/{article["stem"][-5:]}.jpg" alt="" width="160" /></a>'
            f'<h3><a href="{self.url(article)}">{escape(article["title"])}</a></h3>'
            f'<span class="date">{self.dateline(article)}</span>{sapo_html}</div>'
        )

    def build(self, root: Path, articles: list[dict]) -> list[str]:
        # the header's news ticker: other articles' dates above every headline
        self.ticker = " | ".join(
            f'<a href="{self.url(a)}">{escape(a["title"])}</a> ({when(a):%d/%m/%Y %H:%M})'
            for a in sorted(articles, key=when, reverse=True)[:3]
        )
        sidebar = "".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in articles[-4:]
        )
        for i, article in enumerate(articles):
            same = [a for a in articles if a is not article and a["section"] == article["section"]]
            others = (same + [a for a in articles if a is not article and a not in same])[:4]
            write(root, self.url(article), self.article_html(article, i + 1, others, sidebar))
        listings = []
        for section, name in self.sections.items():
            pages = chunks([a for a in articles if a["section"] == section], self.per_page)
            for n, page in enumerate(pages, 1):
                links = " ".join(
                    f'<span class="current">{k}</span>'
                    if k == n
                    else f'<a href="/{section}/{"?page=" + str(k) if k > 1 else ""}">{k}</a>'
                    for k in range(1, len(pages) + 1)
                )
                nxt = (
                    f' <a href="/{section}/?page={n + 1}">Trang sau &raquo;</a>'
                    if n < len(pages)
                    else ""
                )
                main = (
                    f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; {name}</div>'
                    f'<h2 class="cate-title">{name}</h2><div id="{self.p}ucListNews_pnlList" class="list-news">'
                    + "\n".join(self.item(a) for a in page)
                    + f'</div><div class="pager">{links}{nxt}</div>'
                )
                path = f"/{section}/" if n == 1 else f"/{section}/?page={n}"
                write(root, path, self.frame(name, path, main, sidebar))
                listings.append(path)
        featured = articles[0]
        home = (
            f'<div class="featured"><a href="{self.url(featured)}"><img src="/Uploads/Thumbs/big.jpg" alt="" width="450" /></a>'
            f'<h2><a href="{self.url(featured)}">{escape(featured["title"])}</a></h2>'
            f'<span class="date">{self.dateline(featured)}</span><div class="sapo">{escape(sapo(featured))}</div></div>'
        )
        for section, name in self.sections.items():
            items = "".join(
                f'<li><a href="{self.url(a)}">{escape(a["title"])}</a> <span class="date">({when(a):%d/%m})</span></li>'
                for a in articles
                if a["section"] == section
            )
            home += f'<div class="home-cate"><h3><a href="/{section}/">{name}</a></h3><ul>{items}</ul></div>'
        write(root, "/", self.frame("Trang chủ", "./", home, sidebar))
        found = [
            a
            for a in articles
            if "nông thôn mới" in a["title"].lower() or "nông thôn mới" in a.get("summary", "")
        ]
        results = (
            '<div class="search-result"><p>Tìm thấy <b>'
            + str(len(found))
            + "</b> kết quả với từ khóa <b>nông thôn mới</b></p>"
            + "\n".join(self.item(a) for a in found)
            + "</div>"
        )
        write(root, self.search, self.frame("Tìm kiếm", self.search, results, sidebar))
        write_text(
            root, "robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /WebResource.axd\n"
        )
        (root / "serve.toml").write_text("# no special headers\n", encoding="utf-8")
        return ["/", *listings, self.search]


# ------------------------------------------------------------------ wordpress


class WordPress:
    """A district WordPress site: Krông Pắc, Đắk Lắk."""

    site = "Trang thông tin điện tử huyện Krông Pắc"
    category = "/chuyen-muc/tin-tuc/"
    ntm = "/chuyen-muc/nong-thon-moi/"
    tag = "/tag/nong-thon-moi/"
    search = "/?s=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"
    per_page = 3

    def url(self, article: dict) -> str:
        return f"/{when(article):%Y/%m/%d}/{article['stem']}/"

    def slug(self, name: str) -> str:
        plain_name = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
        return "-".join("".join(c for c in plain_name if ord(c) < 128).lower().split())

    def in_ntm(self, article: dict) -> bool:
        """Posts filed under "Nông thôn mới" as well as "Tin tức"."""
        return article.get("ntm", False)

    def frame(
        self, title: str, main: str, recent: str, head: str = "", body_class: str = "archive"
    ) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{escape(title)} &#8211; {self.site}</title>
{head}<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.3.1' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='/wp-content/themes/colormag/style.css?ver=3.0.9' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.3.1" />
</head>
<body class="{body_class} wp-custom-logo">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<header id="cm-masthead" class="cm-header">
<div class="cm-top-bar"><div class="cm-container"><div class="date-in-header">{today_box()}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong> <ul class="newsticker">{recent}</ul></div></div></div>
<div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container">
<div id="cm-site-branding" class="cm-site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="120" height="120" src="/wp-content/uploads/2021/05/logo-krong-pac.png" class="custom-logo" alt="{self.site}" decoding="async" /></a></div>
<div id="cm-site-info"><h3 id="cm-site-title"><a href="/" title="{self.site}" rel="home">{self.site}</a></h3><p id="cm-site-description">Huyện Krông Pắc - tỉnh Đắk Lắk</p></div>
</div></div>
<nav id="cm-primary-nav" class="cm-primary-nav"><ul id="cm-primary-menu" class="menu">
<li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="{self.category}">Tin tức</a></li><li class="menu-item"><a href="{self.ntm}">Nông thôn mới</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li></ul></nav></div>
</header>
<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row">
<div id="cm-primary" class="cm-primary"><div class="cm-posts" id="main">
{main}
</div></div>
<div id="cm-secondary" class="cm-secondary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Tìm kiếm&hellip;" value="" name="s" /><button class="search-submit" type="submit">Tìm</button></form></aside>
<aside id="recent-posts-3" class="widget widget_recent_entries"><h3 class="cm-widget-title"><span>Bài viết mới</span></h3><ul>{recent}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="cm-widget-title"><span>Lưu trữ</span></h3><ul><li><a href='/2024/07/'>Tháng 7 2024</a></li><li><a href='/2024/03/'>Tháng 3 2024</a></li><li><a href='/2023/09/'>Tháng 9 2023</a></li></ul></aside>
<aside id="text-5" class="widget widget_text"><h3 class="cm-widget-title"><span>Liên hệ</span></h3><div class="textwidget"><p>Văn phòng HĐND và UBND huyện Krông Pắc. Địa chỉ: thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk. Điện thoại: 0262.3521.242</p></div></aside>
</div>
</div></div></div>
<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar"><div class="cm-container"><div class="cm-footer-bar-area">
<div class="cm-footer-bar-left">Bản quyền &copy; 2024 <a href="/" title="{self.site}"><span>{self.site}</span></a>. Giấy phép số 08/GP-STTTT.</div>
<div class="cm-footer-bar-right">Vận hành bởi <a href="https://wordpress.org" rel="nofollow">WordPress</a>.</div></div></div></div></footer>
</div>
<script type='text/javascript' src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=12.5' id='sharing-js-js'></script>
</body>
</html>
"""

    def head(self, article: dict, modified: datetime) -> str:
        moment = when(article)
        url = self.url(article)
        meta = (
            "<!-- This site is optimized with the Yoast SEO plugin v21.1 - https://yoast.com/wordpress/plugins/seo/ -->\n"
            f'<meta name="description" content="{escape(article["paragraphs"][0][:150])}" />\n'
            '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{escape(article["title"])} &#8211; {self.site}" />\n'
            f'<meta property="og:site_name" content="{self.site}" />\n'
            f'<meta property="article:published_time" content="{utc(moment)}" />\n'
            f'<meta property="article:modified_time" content="{utc(modified)}" />\n'
            f'<meta name="author" content="{escape(article["account"])}" />\n'
            '<meta name="twitter:card" content="summary_large_image" />\n'
            f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{escape(article["account"])}" />\n'
        )
        if not article.get("jsonld"):
            return meta + "<!-- / Yoast SEO plugin. -->\n"
        person = "#/schema/person/" + self.slug(article["account"])
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": {"name": article["account"], "@id": f"/{person}"},
                    "headline": article["title"],
                    "datePublished": utc(moment),
                    "dateModified": utc(modified),
                    "mainEntityOfPage": {"@id": url},
                    "wordCount": sum(len(p.split()) for p in article["paragraphs"]),
                    "publisher": {"@id": "/#organization"},
                    "articleSection": ["Tin tức", "Nông thôn mới"],
                    "inLanguage": "vi",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{article['title']} – {self.site}",
                    "isPartOf": {"@id": "/#website"},
                    "datePublished": utc(moment),
                    "dateModified": utc(modified),
                    "inLanguage": "vi",
                },
                {
                    "@type": "WebSite",
                    "@id": "/#website",
                    "url": "/",
                    "name": self.site,
                    "publisher": {"@id": "/#organization"},
                    "inLanguage": "vi",
                },
                {
                    "@type": "Organization",
                    "@id": "/#organization",
                    "name": self.site,
                    "url": "/",
                    "logo": {
                        "@type": "ImageObject",
                        "url": "/wp-content/uploads/2021/05/logo-krong-pac.png",
                        "caption": self.site,
                    },
                },
                {
                    "@type": "Person",
                    "@id": f"/{person}",
                    "name": article["account"],
                    "url": f"/author/{self.slug(article['account'])}/",
                },
            ],
        }
        ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":"))
        return (
            meta
            + f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n<!-- / Yoast SEO plugin. -->\n'
        )

    def caption(self, article: dict, caption: str, n: int, number: int) -> str:
        image = (
            f"/wp-content/uploads/{when(article):%Y/%m}/{self.slug(article['title'])[:30]}-{n}.jpg"
        )
        ident = 1000 + number * 10 + n
        if number % 2 == 1:  # the classic editor's [caption] shortcode
            return (
                f'<div id="attachment_{ident}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{ident}" decoding="async" '
                f'class="size-full wp-image-{ident}" src="{image}" alt="" width="800" height="533" srcset="{image} 800w, {image[:-4]}-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px" />'
                f'<p id="caption-attachment-{ident}" class="wp-caption-text">{escape(caption)}</p></div>'
            )
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{image}" alt="" class="wp-image-{ident}" />'
            f'<figcaption class="wp-element-caption">{escape(caption)}</figcaption></figure>'
        )

    def content(self, article: dict, number: int, others: list[dict]) -> str:
        captions = list(article.get("captions", []))
        out = []
        if captions:
            out.append(self.caption(article, captions.pop(0), 1, number))
        lines = body_lines(article)
        for i, line in enumerate(lines):
            if line.startswith("## "):
                out.append(f"<h3>{escape(line[3:])}</h3>")
            else:
                out.append(f"<p>{nbsp_after_first_sentence(line) if i == 0 else escape(line)}</p>")
            if i == 1:
                out.append(
                    f'<p><strong>Đọc thêm:</strong> <a href="{self.url(others[0])}">{escape(others[0]["title"])}</a></p>'
                )
                if captions:
                    out.append(self.caption(article, captions.pop(0), 2, number))
        if article.get("byline"):
            out.append(
                f'<p style="text-align: right;"><strong>{escape(article["byline"])}</strong></p>'
            )
        source = article.get("source", "")
        if source.startswith("Theo "):  # "Theo" on one line, the outlet on the next
            out.append(
                f'<p style="text-align: right;"><strong>Theo</strong><br />{escape(source[5:])}</p>'
            )
        elif source:
            out.append(f'<p style="text-align: right;"><em>{escape(source)}</em></p>')
        share = (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3>'
            '<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li>'
            '<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="#print"><span>In</span></a></li><li class="share-end"></li></ul></div></div></div>'
        )
        related = "".join(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{k} jp-relatedposts-post-thumbs" data-post-id="{200 + k}" data-post-format="false">'
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{self.url(o)}" title="{escape(o["title"])}">{escape(o["title"])}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{escape(o["paragraphs"][0][:90])}&hellip;</p>'
            f'<p class="jp-relatedposts-post-date">{when(o):%d/%m/%Y}</p><p class="jp-relatedposts-post-context">Trong &quot;Tin tức&quot;</p></div>'
            for k, o in enumerate(others)
        )
        out.append(share)
        out.append(
            "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\"><em>Có liên quan</em></h3>"
            f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{related}</div></div>'
        )
        return "\n".join(out)

    def comments(self, article: dict, number: int) -> str:
        moment = when(article)
        said = []
        if number % 3 == 1:
            first = moment + timedelta(days=1, hours=3, minutes=12)
            second = moment + timedelta(days=2, hours=1)
            said = [
                (
                    51 + number,
                    "Nguyễn Văn Long",
                    first,
                    "Cảm ơn trang tin đã đưa tin kịp thời. Mong huyện tiếp tục quan tâm đầu tư đường giao thông cho các buôn vùng sâu, nhất là tuyến đường vào khu sản xuất của bà con.",
                ),
                (
                    52 + number,
                    "H’Yên Niê",
                    second,
                    "Bà con trong buôn rất phấn khởi, mong sẽ có thêm nhiều bài viết về cách làm hay của các thôn khác.",
                ),
            ]
        items = "".join(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">{escape(name)}</b> <span class="says">viết:</span></div>'
            f'<div class="comment-metadata"><a href="{self.url(article)}#comment-{cid}"><time datetime="{at.isoformat()}">{at:%d/%m/%Y} lúc {at:%H:%M}</time></a></div></footer>'
            f'<div class="comment-content"><p>{escape(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Trả lời</a></div></article></li>'
            for cid, name, at, text in said
        )
        heading = (
            f'<h2 class="comments-title">{len(said)} bình luận về &ldquo;{escape(article["title"])}&rdquo;</h2><ol class="comment-list">{items}</ol>'
            if said
            else ""
        )
        return (
            f'<div id="comments" class="comments-area">{heading}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>'
            '<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" /></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>'
        )

    def article_html(self, article: dict, number: int, others: list[dict], recent: str) -> str:
        moment = when(article)
        modified = moment + timedelta(days=1, hours=2, minutes=17, seconds=44)
        url = self.url(article)
        author_slug = self.slug(article["account"])
        categories = f'<a href="{self.category}" rel="category tag">Tin tức</a>'
        if self.in_ntm(article):
            categories += f', <a href="{self.ntm}" rel="category tag">Nông thôn mới</a>'
        main = f"""<article id="post-{300 + number}" class="post-{300 + number} post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<div class="cm-post-content">
<div class="cm-entry-header-meta"><div class="cm-post-categories">{categories}</div></div>
<header class="cm-entry-header"><h1 class="cm-entry-title entry-title">{escape(article["title"])}</h1></header>
<div class="cm-below-entry-meta entry-meta"><span class="cm-post-date posted-on"><a href="{url}" title="{moment:%H:%M}" rel="bookmark"><time class="entry-date published" datetime="{moment.isoformat()}">{moment:%d/%m/%Y}</time><time class="updated" datetime="{modified.isoformat()}">{modified:%d/%m/%Y}</time></a></span>
<span class="cm-author byline"><span class="author vcard"><a class="url fn n" href="/author/{author_slug}/" title="{escape(article["account"])}">{escape(article["account"])}</a></span></span>
<span class="cm-post-views">Lượt xem: {140 + number * 23}</span></div>
<div class="cm-entry-summary entry-content">
{self.content(article, number, others)}
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="{self.tag}" rel="tag">nông thôn mới</a>, <a href="/tag/krong-pac/" rel="tag">Krông Pắc</a></span></footer>
</div>
</article>
<ul class="default-wp-page"><li class="previous"><a href="{self.url(others[1])}" rel="prev"><span class="meta-nav">&larr;</span> {escape(others[1]["title"])}</a></li>
<li class="next"><a href="{self.url(others[2])}" rel="next">{escape(others[2]["title"])} <span class="meta-nav">&rarr;</span></a></li></ul>
{self.comments(article, number)}"""
        return self.frame(
            article["title"],
            main,
            recent,
            self.head(article, modified),
            "post-template-default single single-post single-format-standard",
        )

    def item(self, article: dict) -> str:
        moment = when(article)
        return (
            f'<article class="post type-post status-publish format-standard hentry"><div class="cm-post-content">'
            f'<header class="cm-entry-header"><h2 class="cm-entry-title entry-title"><a href="{self.url(article)}" title="{escape(article["title"])}">{escape(article["title"])}</a></h2></header>'
            f'<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="{self.url(article)}" rel="bookmark"><time class="entry-date published" datetime="{moment.isoformat()}">{moment:%d/%m/%Y}</time></a></span>'
            f'<span class="cm-author"><span class="author vcard"><a class="url fn n" href="/author/{self.slug(article["account"])}/">{escape(article["account"])}</a></span></span></div>'
            f'<div class="cm-entry-summary"><p>{escape(article["paragraphs"][0][:160])} [&hellip;]</p>'
            f'<a class="cm-entry-button" title="{escape(article["title"])}" href="{self.url(article)}"><span>Đọc tiếp</span></a></div></div></article>'
        )

    def archive(
        self, root: Path, base: str, title: str, articles: list[dict], recent: str
    ) -> list[str]:
        pages = chunks(articles, self.per_page)
        paths = []
        for n, page in enumerate(pages, 1):
            numbers = "".join(
                f'<span aria-current="page" class="page-numbers current">{k}</span>'
                if k == n
                else f'<a class="page-numbers" href="{base}{f"page/{k}/" if k > 1 else ""}">{k}</a>'
                for k in range(1, len(pages) + 1)
            )
            if n < len(pages):
                numbers += (
                    f'<a class="next page-numbers" href="{base}page/{n + 1}/">Trang sau &raquo;</a>'
                )
            main = (
                f'<header class="cm-page-header"><h1 class="cm-page-title"><span>{escape(title)}</span></h1></header><div class="cm-posts">'
                + "\n".join(self.item(a) for a in page)
                + f'</div><nav class="navigation pagination" aria-label="Các bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{numbers}</div></nav>'
            )
            path = base if n == 1 else f"{base}page/{n}/"
            write(root, path, self.frame(title, main, recent))
            paths.append(path)
        return paths

    def build(self, root: Path, articles: list[dict]) -> list[str]:
        newest = sorted(articles, key=when, reverse=True)
        recent = "".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in newest[:5]
        )
        for i, article in enumerate(articles):
            write(
                root,
                self.url(article),
                self.article_html(article, i + 1, others_of(articles, article, i), recent),
            )
        listings = self.archive(root, self.category, "Chuyên mục: Tin tức", newest, recent)
        listings += self.archive(
            root,
            self.ntm,
            "Chuyên mục: Nông thôn mới",
            [a for a in newest if self.in_ntm(a)],
            recent,
        )
        listings += self.archive(root, self.tag, "Thẻ: nông thôn mới", newest[:4], recent)
        featured = newest[0]
        home = (
            f'<section class="cm-featured-posts"><div class="cm-first-post"><a href="{self.url(featured)}"><img src="/wp-content/uploads/featured.jpg" alt="" /></a>'
            f'<h3 class="cm-entry-title"><a href="{self.url(featured)}">{escape(featured["title"])}</a></h3>'
            f'<time class="entry-date published" datetime="{when(featured).isoformat()}">{when(featured):%d/%m/%Y}</time>'
            f"<p>{escape(featured['paragraphs'][0])}</p></div></section>"
            + "\n".join(self.item(a) for a in newest[1:5])
            + f'<p><a href="{self.category}">Xem tất cả tin tức</a></p>'
        )
        write(root, "/", self.frame("Trang chủ", home, recent, body_class="home blog"))
        results = (
            '<header class="cm-page-header"><h1 class="cm-page-title">Kết quả tìm kiếm cho: <span>nông thôn mới</span></h1></header>'
            + "\n".join(self.item(a) for a in newest if self.in_ntm(a))
        )
        write(
            root,
            self.search,
            self.frame("Kết quả tìm kiếm", results, recent, body_class="search search-results"),
        )
        write_text(
            root,
            "robots.txt",
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {{BASE}}/wp-sitemap.xml\n",
        )
        write_text(
            root,
            "wp-sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>{{BASE}}/wp-sitemap-posts-post-1.xml</loc></sitemap>"
            "<sitemap><loc>{{BASE}}/wp-sitemap-taxonomies-category-1.xml</loc></sitemap></sitemapindex>\n",
        )
        posts = "".join(
            f"<url><loc>{{{{BASE}}}}{self.url(a)}</loc><lastmod>{utc(when(a))}</lastmod></url>"
            for a in newest
        )
        write_text(
            root,
            "wp-sitemap-posts-post-1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{posts}</urlset>\n',
        )
        cats = "".join(f"<url><loc>{{{{BASE}}}}{c}</loc></url>" for c in (self.category, self.ntm))
        write_text(
            root,
            "wp-sitemap-taxonomies-category-1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{cats}</urlset>\n',
        )
        (root / "serve.toml").write_text("# no special headers\n", encoding="utf-8")
        return ["/", *listings, self.search]


# ------------------------------------------------------------------ nukeviet


class NukeViet:
    """A district portal on NukeViet 4: Cẩm Xuyên, Hà Tĩnh."""

    site = "Cổng thông tin điện tử huyện Cẩm Xuyên"
    sections = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "nong-thon-moi": "Xây dựng nông thôn mới"}
    tag = "/news/tag/nong-thon-moi"
    search = "/news/search/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi"
    per_page = 3

    def url(self, article: dict) -> str:
        return f"/news/{article['section']}/{article['stem']}.html"

    def frame(self, title: str, breadcrumb: str, main: str, newest: str, head: str = "") -> str:
        menu = "".join(
            f'<li><a title="{v}" href="/news/{k}/">{v}</a></li>' for k, v in self.sections.items()
        )
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{escape(title)}</title>
<meta name="author" content="{self.site}" />
<meta name="copyright" content="{self.site} [webmaster@camxuyen.hatinh.gov.vn]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{head}<link rel="shortcut icon" href="/favicon.ico">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/egov/css/style.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Cx7a1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{self.site}" href="/"><img src="/uploads/logo-cam-xuyen.png" alt="{self.site}"></a></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="site_name">{self.site.upper()}</div><div class="site_slogan">Huyện Cẩm Xuyên - Tỉnh Hà Tĩnh</div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav"><li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em> Trang nhất</a></li>{menu}<li><a href="/contact/">Liên hệ</a></li></ul></div></div></div></nav>
<nav class="third-nav"><div class="container"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="current-time"><span class="fa fa-calendar"></span> {today_box()}</div>
<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li><a href="/" title="Trang nhất"><span>Trang nhất</span></a></li>{breadcrumb}</ul></div></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info">Tìm</button></span></div></div>
</div></div></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body"><ul class="block_news">{newest}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.864</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>41.207</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.562.118</span></li></ul></div></div>
</div>
</div></div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><div class="copyright"><span>{self.site}</span></div>
<p>Cơ quan chủ quản: UBND huyện Cẩm Xuyên. Chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện.</p>
<p>Địa chỉ: Tổ dân phố 7, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh. Điện thoại: 0239.3861.246</p></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="text-right">Thiết kế bởi <a href="https://nukeviet.vn">NukeViet CMS</a></div></div>
</div></div></div></footer>
</div></div>
<script src="/themes/egov/js/main.js"></script>
</body>
</html>
"""

    def head(self, article: dict) -> str:
        moment = when(article)
        description = article.get("summary") or article["paragraphs"][0]
        # NukeViet writes the time zone abbreviation where ISO wants "T": not a parseable date
        return (
            f'<meta name="description" content="{escape(description[:160])}" />\n'
            '<meta name="keywords" content="nông thôn mới, cẩm xuyên, hà tĩnh" />\n'
            '<meta name="news_keywords" content="nông thôn mới, cẩm xuyên, hà tĩnh" />\n'
            f'<meta property="og:title" content="{escape(article["title"])}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:description" content="{escape(description[:160])}" />\n'
            f'<meta property="og:site_name" content="{self.site}" />\n'
            f'<meta property="article:published_time" content="{moment:%Y-%m-%d}ICT{moment:%H:%M:%S}" />\n'
            f'<meta property="article:modified_time" content="{moment + timedelta(days=3):%Y-%m-%d}ICT{moment:%H:%M:%S}" />\n'
            f'<meta property="article:section" content="{self.sections[article["section"]]}" />\n'
            '<meta property="article:tag" content="nông thôn mới" />\n'
        )

    def bodytext(self, article: dict, number: int) -> str:
        """The body as the editor left it: \\r\\r\\n line ends, &nbsp;, a line break inside a paragraph."""
        out = []
        captions = list(article.get("captions", []))
        inline_caption = number % 2 == 0 and captions
        for i, line in enumerate(body_lines(article)):
            if line.startswith("## "):
                out.append(f"<h3><strong>{escape(line[3:])}</strong></h3>")
                continue
            text = nbsp_after_first_sentence(line) if i == 1 else escape(line)
            if i == 2:
                text = ZWNBSP + text  # a byte-order mark pasted in with the text
            if i == 0:
                words = text.split(" ")
                text = " ".join(words[:8]) + CRLF + " ".join(words[8:])
            out.append(f'<p style="text-align:justify">{text}</p>')
            if i == 0 and inline_caption:
                out.append(
                    f'<p style="text-align:center"><img alt="{escape(article["stem"][:40])}" height="400" src="/uploads/news/{when(article):%Y_%m}/{article["stem"][:20]}.jpg" width="600" /></p>'
                )
                out.append(f'<p style="text-align:center"><em>{escape(captions.pop(0))}</em></p>')
        out.append("<p>&nbsp;</p>")
        return CRLF.join(out)

    def article_html(self, article: dict, number: int, articles: list[dict], newest: str) -> str:
        moment = when(article)
        section = article["section"]
        captions = list(article.get("captions", []))
        figure = ""
        if number % 2 == 1 and captions:
            figure = (
                f'<figure class="article center"><img alt="{escape(article["title"])}" src="/uploads/news/{moment:%Y_%m}/{article["stem"][:20]}.jpg" width="600" class="img-thumbnail" />'
                f"<figcaption>{escape(captions[0])}</figcaption></figure>"
            )
        hometext = (
            f'<div class="hometext"><strong>{escape(article["summary"])}</strong></div>'
            if article.get("summary")
            else ""
        )
        author = (
            f'<p class="text-right"><strong>Tác giả: </strong>{escape(article["byline"])}</p>'
            if article.get("byline")
            else ""
        )
        source = (
            f'<p class="text-right"><strong>Nguồn tin: </strong><em>{escape(article["source"])}</em></p>'
            if article.get("source")
            else ""
        )
        newer = [a for a in articles if when(a) > moment][:3]
        older = [a for a in articles if when(a) < moment][:4]

        def links(items: list[dict]) -> str:
            return "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{self.url(a)}" title="{escape(a["title"])}">{escape(a["title"])}</a> <em>({when(a):%d/%m/%Y})</em></li>'
                for a in items
            )

        other = ""
        if newer:
            other += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{links(newer)}</ul></div>'
        if older:
            other += f'<p class="h3"><strong>Các tin khác</strong></p><div class="clearfix"><ul class="related list-items">{links(older)}</ul></div>'
        main = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div class="news_detail">
<h1 class="title margin-bottom-lg">{escape(article["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Ngày đăng: {moment:%d/%m/%Y %H:%M}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">{figure}{hometext}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self.bodytext(article, number)}
</div>
<div class="margin-bottom-lg">{author}{source}</div>
</div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>
<a title="nông thôn mới" href="{self.tag}"><em>nông thôn mới</em></a>, <a title="cẩm xuyên" href="/news/tag/cam-xuyen"><em>cẩm xuyên</em></a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form class="form-inline" role="form" action="" method="post"><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: {10 + number} trong {3 + number % 3} đánh giá</p>
<span class="stars">Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg"><p class="h4">Ý kiến bạn đọc</p>
<form method="post" role="form" target="submitcommentarea"><input type="text" class="form-control" placeholder="Họ tên" /><textarea class="form-control" placeholder="Nội dung"></textarea><input type="button" value="Gửi bình luận" class="btn btn-primary" /></form></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{other}</div></div>"""
        crumb = f'<li><a href="/news/{section}/" title="{self.sections[section]}"><span class="txt">{self.sections[section]}</span></a></li>'
        return self.frame(
            f"{article['title']} - {self.sections[section]} - {self.site}",
            crumb,
            main,
            newest,
            self.head(article),
        )

    def item(self, article: dict) -> str:
        text = article.get("summary") or article["paragraphs"][0]
        return (
            f'<div class="news_column"><div class="panel panel-default"><div class="panel-body">'
            f'<a href="{self.url(article)}" title="{escape(article["title"])}"><img alt="" src="/assets/news/{article["stem"][:20]}.jpg" width="183" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{self.url(article)}" title="{escape(article["title"])}">{escape(article["title"])}</a></h3>'
            f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {weekday_date(when(article))} {when(article):%H:%M}</li>'
            f'<li><em class="fa fa-eye">&nbsp;</em> Đã xem: {300 + len(article["title"])}</li></ul></div>'
            f"{escape(text)}</div></div></div>"
        )

    def build(self, root: Path, articles: list[dict]) -> list[str]:
        newest_first = sorted(articles, key=when, reverse=True)
        newest = "".join(
            f'<li class="clearfix"><a title="{escape(a["title"])}" href="{self.url(a)}">{escape(a["title"])}</a> <span class="text-muted">({when(a):%d/%m/%Y})</span></li>'
            for a in newest_first[:5]
        )
        for i, article in enumerate(articles):
            write(root, self.url(article), self.article_html(article, i + 1, newest_first, newest))
        listings = []
        for section, name in self.sections.items():
            pages = chunks([a for a in newest_first if a["section"] == section], self.per_page)
            for n, page in enumerate(pages, 1):
                pager = "".join(
                    f'<li class="active"><a href="#">{k}</a></li>'
                    if k == n
                    else f'<li><a href="/news/{section}/{f"page-{k}" if k > 1 else ""}">{k}</a></li>'
                    for k in range(1, len(pages) + 1)
                )
                if n < len(pages):
                    pager += f'<li><a href="/news/{section}/page-{n + 1}">&raquo;</a></li>'
                main = (
                    "\n".join(self.item(a) for a in page)
                    + f'<div class="text-center"><ul class="pagination">{pager}</ul></div>'
                )
                path = f"/news/{section}/" if n == 1 else f"/news/{section}/page-{n}"
                crumb = f'<li><a href="/news/{section}/" title="{name}"><span class="txt">{name}</span></a></li>'
                write(root, path, self.frame(f"{name} - {self.site}", crumb, main, newest))
                listings.append(path)
        home = "".join(
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/news/{section}/">{name}</a></div><div class="panel-body">'
            + "\n".join(self.item(a) for a in newest_first if a["section"] == section)
            + "</div></div>"
            for section, name in self.sections.items()
        )
        write(root, "/", self.frame(self.site, "", home, newest))
        tagged = "\n".join(self.item(a) for a in newest_first[:5])
        write(
            root,
            self.tag,
            self.frame(
                f"nông thôn mới - Tags - {self.site}",
                '<li><a href="/news/tag/"><span class="txt">Tags</span></a></li>',
                tagged,
                newest,
            ),
        )
        found = [a for a in newest_first if a["section"] == "nong-thon-moi"]
        results = (
            '<div class="panel panel-default"><div class="panel-body"><p>Kết quả tìm kiếm cho: <strong>nông thôn mới</strong> - Tìm thấy '
            f"{len(found)} kết quả</p></div></div>" + "\n".join(self.item(a) for a in found)
        )
        write(root, self.search, self.frame(f"Tìm kiếm - {self.site}", "", results, newest))
        write_text(
            root,
            "robots.txt",
            "User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /data/\n",
        )
        (root / "serve.toml").write_text("# no special headers\n", encoding="utf-8")
        return ["/", *listings, self.tag, self.search]


# ------------------------------------------------------------------ national


class National:
    """A national rural-affairs newspaper on a big national CMS."""

    site = "Báo điện tử Nông thôn Việt"
    sections = {"nong-thon-moi": "Nông thôn mới", "kinh-te": "Kinh tế nông nghiệp"}
    tag = "/tag/nong-thon-moi.htm"
    per_page = 2

    def url(self, article: dict) -> str:
        return f"/{article['stem']}.htm"

    def section(self, article: dict) -> str:
        return article["section"]

    def dateline(self, article: dict) -> str:
        moment = when(article)
        if article["dateline"] == "seconds":
            return f"{moment:%H:%M:%S %d/%m/%Y}"
        return f"{moment:%H:%M}, {weekday_date(moment)} (GMT+7)"

    def frame(self, title: str, main: str, hot: str, head: str = "") -> str:
        menu = "".join(
            f'<li class="menu-item"><a href="/{k}.htm" title="{v}">{v}</a></li>'
            for k, v in self.sections.items()
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="author" content="{self.site}">
<meta property="og:site_name" content="Nông thôn Việt">
{head}<link rel="stylesheet" href="/static/css/main.min.css?v=20240301">
<script>var pageSettings = {{"domain":"nongthonviet.vn","sharefbApiDomain":"https://sharefb.cnnd.vn","videoplayer":"https://vcplayer.mediacdn.vn","allow_ads":true,"ads_zone":["NTV_Detail_Top","NTV_Detail_Bottom"],"ajaxDomain":"/ajax"}};</script>
</head>
<body>
<div id="admWrapsite">
<header class="header">
<div class="header__top"><div class="container"><span class="header__date">{today_box()}</span>
<span class="header__hotline">Đường dây nóng: 0912.000.111</span><a class="header__login" href="/dang-nhap.htm">Đăng nhập</a></div></div>
<div class="header__logo"><a href="/" title="{self.site}"><img src="/static/images/logo-ntv.svg" alt="{self.site}"></a></div>
<nav class="header__nav"><ul class="menu"><li class="menu-item"><a href="/" title="Trang chủ">Trang chủ</a></li>{menu}<li class="menu-item"><a href="/video.htm">Video</a></li></ul></nav>
</header>
<main class="main"><div class="container">
{main}
<aside class="aside"><div class="box-hot"><h3 class="box-title">Đọc nhiều</h3><ul>{hot}</ul></div>
<div class="ads" id="NTV_Detail_Right"><a href="/lien-he-quang-cao.htm"><img src="/static/ads/300x600.jpg" alt="Quảng cáo"></a></div></aside>
</div></main>
<footer class="footer"><div class="container">
<p>{self.site.upper()} - Cơ quan chủ quản: Hội Nông dân Việt Nam (tên gọi hư cấu dùng cho dữ liệu thử)</p>
<p>Giấy phép hoạt động báo điện tử số 999/GP-BTTTT. Tổng Biên tập: Trần Quốc Hưng.</p>
<p>Ghi rõ nguồn "Nông thôn Việt" khi phát hành lại thông tin từ website này.</p>
</div></footer>
</div>
</body>
</html>
"""

    def head(self, article: dict) -> str:
        moment = when(article)
        modified = moment + timedelta(hours=4, minutes=16, seconds=9)
        description = article.get("summary") or article["paragraphs"][0]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(article)},
            "headline": article["title"],
            "description": description,
            "image": {
                "@type": "ImageObject",
                "url": f"/thumb/{article['stem'][-17:]}.jpg",
                "width": 800,
                "height": 450,
            },
            "datePublished": moment.isoformat(),
            "dateModified": modified.isoformat(),
            "author": {"@type": "Person", "name": "Nông thôn Việt"},
            "publisher": {
                "@type": "Organization",
                "name": self.site,
                "logo": {"@type": "ImageObject", "url": "/static/images/logo-ntv.png"},
            },
        }
        crumbs = {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": "/", "name": "Trang chủ"}},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "item": {
                        "@id": f"/{self.section(article)}.htm",
                        "name": self.sections[self.section(article)],
                    },
                },
            ],
        }
        return (
            f'<meta name="description" content="{escape(description)}">\n'
            f'<meta property="og:title" content="{escape(article["title"])}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:description" content="{escape(description)}">\n'
            f'<meta property="article:published_time" content="{moment.isoformat()}">\n'
            f'<meta property="article:modified_time" content="{modified.isoformat()}">\n'
            '<meta property="article:author" content="https://www.facebook.com/nongthonviet">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>\n'
        )

    def figure(self, article: dict, caption: str, n: int) -> str:
        image = f"/2024/images/{article['stem'][-17:]}-{n}.jpg"
        return (
            f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{image}" data-fancybox="img-lightbox" title="{escape(caption)}">'
            f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{image}" alt="{escape(caption)}" class="lazyload" width="800" height="533"></a></div>'
            f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{escape(caption)}</p></figcaption></figure>'
        )

    def read_on(self, other: dict) -> str:
        return (
            f'<div class="VCSortableInPreviewMode link-content-footer" type="RelatedOneNews"><div class="kbwscwl-relatedbox">'
            f'<a class="kbwscwl-relatedbox-avatar" href="{self.url(other)}"><img src="/thumb/{other["stem"][-17:]}.jpg" alt=""></a>'
            f'<div class="kbwscwl-relatedbox-content"><span class="kbwscwl-relatedbox-label">Đọc tiếp</span>'
            f'<a class="kbwscwl-relatedbox-title" href="{self.url(other)}">{escape(other["title"])}</a>'
            f'<p class="kbwscwl-relatedbox-sapo">{escape(other.get("summary", other["paragraphs"][0]))}</p></div></div></div>'
        )

    def article_html(self, article: dict, number: int, others: list[dict], hot: str) -> str:
        section = self.section(article)
        captions = list(article.get("captions", []))
        body = []
        if captions:
            body.append(self.figure(article, captions.pop(0), 1))
        for i, line in enumerate(body_lines(article)):
            if line.startswith("## "):
                body.append(f"<h2>{escape(line[3:])}</h2>")
            else:
                body.append(f"<p>{nbsp_after_first_sentence(line) if i == 1 else escape(line)}</p>")
            if i == 1:
                body.append(self.read_on(others[0]))
        if article.get("byline"):
            body.append(
                f'<p class="author" style="text-align:right"><strong>{escape(article["byline"])}</strong></p>'
            )
        if article.get("source"):
            body.append(
                f'<p class="source" style="text-align:right"><em>{escape(article["source"])}</em></p>'
            )
        lead = ""
        if article.get("summary"):
            tag = ("h2", "sapo detail-sapo") if number % 2 == 1 else ("p", "description")
            lead = f'<{tag[0]} class="{tag[1]}" data-role="sapo">{escape(sapo(article))}</{tag[0]}>'
        more = "".join(
            f'<li><a href="{self.url(o)}" title="{escape(o["title"])}">{escape(o["title"])}</a></li>'
            for o in others[1:4]
        )
        same = "".join(
            f'<div class="box-category-item"><a class="box-category-link-title" href="{self.url(o)}">{escape(o["title"])}</a>'
            f'<span class="box-category-time">{self.dateline(o)}</span><p class="box-category-sapo">{escape(o.get("summary", o["paragraphs"][0]))}</p></div>'
            for o in others
        )
        main = f"""<div class="detail" data-id="{article["stem"][-17:]}">
<div class="detail__breadcrumb"><a href="/{section}.htm" title="{self.sections[section]}">{self.sections[section]}</a></div>
<article class="detail__content">
<h1 class="detail-title article-title" data-role="title">{escape(article["title"])}</h1>
<div class="detail-top"><div class="detail-time"><div data-role="publishdate">{self.dateline(article)}</div></div>
<div class="detail-share"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a></div></div>
{lead}
<div class="detail-cmain clearfix" data-role="content" id="main-detail">
{"".join(body)}
</div>
<div class="detail__related box-tham-khao"><h3 class="box-title">Tham khảo thêm</h3><ul>{more}</ul></div>
<div class="detail-tab"><span class="detail-tab-title">Từ khóa:</span><a href="{self.tag}" title="nông thôn mới">nông thôn mới</a><a href="/tag/kinh-te-nong-nghiep.htm" title="kinh tế nông nghiệp">kinh tế nông nghiệp</a></div>
<div class="detail__comment"><h3>Bình luận</h3><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi bình luận</button></div>
</article>
<div class="box-category" data-layout="cung-chuyen-muc"><h3 class="box-title">Tin cùng chuyên mục</h3>{same}</div>
</div>"""
        return self.frame(f"{article['title']} | Nông thôn Việt", main, hot, self.head(article))

    def item(self, article: dict) -> str:
        return (
            f'<div class="box-category-item"><a class="box-category-link-with-avatar" href="{self.url(article)}"><img data-src="/thumb/{article["stem"][-17:]}.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></a>'
            f'<h3 class="box-title-text"><a class="box-category-link-title" href="{self.url(article)}" title="{escape(article["title"])}">{escape(article["title"])}</a></h3>'
            f'<span class="box-category-time">{self.dateline(article)}</span>'
            f'<p class="box-category-sapo">{escape(article.get("summary", article["paragraphs"][0]))}</p></div>'
        )

    def build(self, root: Path, articles: list[dict]) -> list[str]:
        newest = sorted(articles, key=when, reverse=True)
        hot = "".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in newest[:4]
        )
        for i, article in enumerate(articles):
            write(
                root,
                self.url(article),
                self.article_html(article, i + 1, others_of(articles, article, i, 4), hot),
            )
        listings = []
        for section, name in self.sections.items():
            pages = chunks([a for a in newest if self.section(a) == section], self.per_page)
            for n, page in enumerate(pages, 1):
                pager = "".join(
                    f'<span class="active">{k}</span>'
                    if k == n
                    else f'<a href="/{section}{f"/trang-{k}" if k > 1 else ""}.htm">{k}</a>'
                    for k in range(1, len(pages) + 1)
                )
                if n < len(pages):
                    pager += f'<a class="next" href="/{section}/trang-{n + 1}.htm">Xem thêm</a>'
                main = (
                    f'<div class="list-main"><h1 class="cate-title">{name}</h1><div class="box-category-middle">'
                    + "".join(self.item(a) for a in page)
                    + f'</div><div class="paging">{pager}</div></div>'
                )
                path = f"/{section}.htm" if n == 1 else f"/{section}/trang-{n}.htm"
                write(root, path, self.frame(f"{name} | Nông thôn Việt", main, hot))
                listings.append(path)
        featured = newest[0]
        home = (
            f'<div class="box-focus"><div class="box-focus-main"><a href="{self.url(featured)}"><img src="/thumb/focus.jpg" alt=""></a>'
            f'<h2><a href="{self.url(featured)}">{escape(featured["title"])}</a></h2><span class="box-category-time">{self.dateline(featured)}</span>'
            f'<p class="sapo">{escape(sapo(featured) if featured.get("summary") else featured["paragraphs"][0])}</p></div></div>'
            + "".join(
                f'<div class="home-cate"><h2><a href="/{k}.htm">{v}</a></h2></div>'
                for k, v in self.sections.items()
            )
            + "".join(self.item(a) for a in newest[1:5])
        )
        write(
            root,
            "/",
            self.frame(f"{self.site} - Tin tức nông nghiệp, nông thôn, nông dân", home, hot),
        )
        tagged = (
            '<div class="list-main"><h1 class="cate-title">Tag: nông thôn mới</h1>'
            + "".join(self.item(a) for a in newest)
            + "</div>"
        )
        write(
            root,
            self.tag,
            self.frame(
                "nông thôn mới - Tin tức nông thôn mới mới nhất | Nông thôn Việt", tagged, hot
            ),
        )
        write_text(
            root,
            "robots.txt",
            "User-agent: *\nDisallow: /ajax/\nDisallow: /dang-nhap.htm\nDisallow: /tim-kiem.htm\n",
        )
        (root / "serve.toml").write_text("# no special headers\n", encoding="utf-8")
        return ["/", *listings, self.tag]


if __name__ == "__main__":
    main()
