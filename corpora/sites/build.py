# ruff: noqa: E501  (HTML templates: their lines are the page's lines)
"""Render the fixture sites from articles.toml: three layouts, listings, robots, sitemaps, golds.

    python corpora/sites/build.py        # rewrites corpora/sites/<site>/{www,gold}

Sites (one directory each, served by serve.py at its own port):
- portal     a Liferay-style provincial portal (asset publisher, breadcrumbs,
             image tables, "Các tin khác", comment form);
- newspaper  a provincial newspaper (h1#title, div#current-date, div#content,
             author as the last right-aligned paragraph, a "today" widget);
- generic    a WordPress-style district site with no profile (the generic
             extractor's job).
The HTML is deterministic: running this twice gives the same bytes.
"""

from __future__ import annotations

import json
import shutil
import tomllib
import unicodedata
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
PER_PAGE = 4
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TODAY_WIDGET = "Thứ Hai, 16/03/2026"  # a "today" box in page headers: never the article's date


def main() -> None:
    articles = load_articles()
    build_sites(articles, HERE)
    print(f"{len(articles)} articles in 3 sites")


def load_articles() -> list[dict]:
    """The articles of articles.toml."""
    return tomllib.loads((HERE / "articles.toml").read_text("utf-8"))["article"]


def build_sites(articles: list[dict], out: Path) -> None:
    """Render ``articles`` into ``out/<site>/{www,gold,serve.toml}`` (benches use
    this to build bigger sites in a temporary directory)."""
    for site, render in (("portal", Portal()), ("newspaper", Newspaper()), ("generic", Generic())):
        mine = [a for a in articles if a["site"] == site]
        root = out / site
        for sub in ("www", "gold"):
            shutil.rmtree(root / sub, ignore_errors=True)
            (root / sub).mkdir(parents=True)
        render.build(root, mine)
        for article in mine:
            write_gold(root, article, render.url(article))


# ------------------------------------------------------------------ helpers


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def body_text(paragraph: str) -> str:
    """A paragraph's text without its layout marker."""
    for marker in ("## ", "- "):
        if paragraph.startswith(marker):
            return paragraph[len(marker) :]
    return paragraph


def write_gold(root: Path, article: dict, url: str) -> None:
    gold = {
        "url": url,
        "title": nfc(article["title"]),
        "published": article["published"],
        "author": nfc(article["author"]) if article.get("author") else None,
        # the sapo as printed, its agency prefix ("ĐTO - ") included, as page gold has it
        "summary": nfc(article["summary"]) if article.get("summary") else None,
        "text": nfc("\n\n".join(body_text(p) for p in article["paragraphs"])),
        "captions": [nfc(c) for c in article.get("captions", [])],
    }
    path = root / "gold" / f"{article['stem']}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write(root: Path, url_path: str, html: str, encoding: str = "utf-8") -> None:
    """Store a page under www/ the way serve.py looks it up (dir/ -> index.html, ?q -> @q)."""
    path, _, query = url_path.partition("?")
    target = root / "www" / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    if query:
        target = target.with_name(f"{target.name}@{query}")
    target.parent.mkdir(parents=True, exist_ok=True)
    data = encode_1258(html) if encoding == "cp1258" else html.encode("utf-8")
    target.write_bytes(data)


def encode_1258(text: str) -> bytes:
    """windows-1258 bytes: letters it lacks precomposed are base letter + combining tone."""
    out = bytearray()
    for char in nfc(text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = nfc("".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def paragraphs_html(article: dict, caption_html, para_attr: str = "") -> str:
    """Body paragraphs, sub-headings, lists and images, in the order the article gives."""
    out, captions, in_list = [], list(article.get("captions", [])), False
    if captions:
        out.append(caption_html(captions.pop(0), article, 1))
    for i, paragraph in enumerate(article["paragraphs"]):
        if paragraph.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{escape(paragraph[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if paragraph.startswith("## "):
            out.append(f"<h2>{escape(paragraph[3:])}</h2>")
        else:
            out.append(f"<p{para_attr}>{escape(paragraph)}</p>")
        if i == 1 and captions:
            out.append(caption_html(captions.pop(0), article, 2))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def pages_of(items: list, size: int = PER_PAGE) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# ------------------------------------------------------------------ portal


class Portal:
    """A Liferay-style provincial portal."""

    base = "/web/dong-thap"
    listing = "/web/dong-thap/tin-tuc-su-kien"

    def url(self, article: dict) -> str:
        return f"{self.base}/tin-tuc/-/asset_publisher/x7Kq/content/{article['stem']}"

    def frame(self, title: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{escape(title)} - Cổng thông tin điện tử tỉnh Đồng Tháp</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/dongthap-theme/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner">
<div class="logo"><a href="/"><img alt="Cổng thông tin điện tử tỉnh Đồng Tháp" src="/logo.png" /></a></div>
<div class="today-box">{TODAY_WIDGET}</div>
<nav class="sort-pages modify-pages" id="navigation"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="{self.listing}">Tin tức - Sự kiện</a></li>
<li><a href="/c/portal/login">Đăng nhập</a></li>
</ul></nav>
</header>
<div id="content">
{main}
</div>
<footer id="footer" role="contentinfo">
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Tháp. Địa chỉ: số 12 đường 30/4, Phường 1, thành phố Cao Lãnh.</p>
<p>Điện thoại: 0277.3851.441 - Email: ubnd@dongthap.gov.vn</p>
</footer>
</div>
</body>
</html>
"""

    def caption(self, caption: str, article: dict, n: int) -> str:
        return f"""<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">
<tbody><tr><td><img alt="" src="/documents/10180/{article["stem"][:3]}-{n}.jpg" style="width: 500px; height: 333px;" /></td></tr>
<tr><td style="text-align: center;"><em>{escape(caption)}</em></td></tr></tbody></table>"""

    def article_html(self, article: dict, others: list[dict]) -> str:
        moment = when(article["published"])
        dateline = moment.strftime("%d/%m/%Y %H:%M:%S")
        byline = ""
        if article.get("byline"):
            byline = f'<div class="asset-author"><p style="text-align: right;"><strong>{escape(article["byline"])}</strong></p></div>'
        other = "\n".join(
            f'<li><a href="{self.url(o)}">{escape(o["title"])}</a> <span>({when(o["published"]).strftime("%d/%m/%Y")})</span></li>'
            for o in others
        )
        main = f"""<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">
<li class="first"><span><a href="/">Trang chủ</a></span></li>
<li><span><a href="{self.listing}">Tin tức - Sự kiện</a></span></li>
<li class="last"><span>Tin hoạt động</span></li></ul>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_x7Kq_">
<div class="portlet-body">
<div class="asset-full-content default-asset-publisher">
<h3 class="header-title"><span>{escape(article["title"])}</span></h3>
<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date">Cập nhật ngày: {dateline}</span>
<span class="metadata-entry metadata-view-count">Lượt xem: {1000 + len(article["title"]) * 7}</span>
</div>
<div class="taglib-font-size"><a href="#">Phóng lớn</a> | <a href="#">Trở về mặc định</a> | <a href="#">Thu nhỏ</a></div>
<div class="asset-content">
<div class="asset-summary"><strong>{escape(article["summary"])}</strong></div>
<div class="journal-content-article">
{paragraphs_html(article, self.caption, ' style="text-align: justify;"')}
</div>
{byline}
<div class="asset-links"><a href="#" class="print">In bài viết</a> | <a href="#">Gửi email</a> | <a href="{self.listing}">Trở về</a></div>
</div>
<div class="asset-ratings"><div class="taglib-ratings">Đánh giá: 0 (0 lượt)</div></div>
<div class="asset-comments"><h4>Phản hồi</h4>
<form action="/c/portal/comment" method="post"><label>Họ và tên</label><input name="name" /><label>Nội dung</label><textarea name="body"></textarea><button>Gửi phản hồi</button></form>
</div>
</div>
</div>
</div>
<div class="portlet-boundary portlet-asset-publisher other-news" id="p_p_id_101_INSTANCE_oth_">
<h3 class="portlet-title">Các tin khác</h3>
<ul class="title-list">
{other}
</ul>
</div>"""
        return self.frame(article["title"], main)

    def build(self, root: Path, articles: list[dict]) -> None:
        for i, article in enumerate(articles):
            others = [a for a in articles if a is not article][i % 3 : i % 3 + 5]
            write(root, self.url(article), self.article_html(article, others))
        chunks = pages_of(articles)
        for n, chunk in enumerate(chunks, 1):
            items = "\n".join(
                f'<div class="asset-abstract"><h3 class="asset-title"><a href="{self.url(a)}">{escape(a["title"])}</a></h3>'
                f'<div class="asset-summary">{escape(a["summary"])}</div></div>'
                for a in chunk
            )
            pager = " ".join(
                f'<a href="{self.listing}{f"?cur={k}" if k > 1 else ""}">{k}</a>'
                if k != n
                else f"<strong>{k}</strong>"
                for k in range(1, len(chunks) + 1)
            )
            nxt = (
                f'<a class="next" href="{self.listing}?cur={n + 1}">Sau »</a>'
                if n < len(chunks)
                else ""
            )
            main = f'<div class="portlet-asset-publisher">{items}<div class="taglib-page-iterator">{pager} {nxt}</div></div>'
            path = self.listing if n == 1 else f"{self.listing}?cur={n}"
            write(root, path, self.frame("Tin tức - Sự kiện", main))
        first = articles[0]
        alias = f"{self.base}/-/{first['stem']}"  # Liferay's short URL: same page, second URL
        home = "\n".join(
            [f'<li><a href="{alias}">{escape(first["title"])}</a></li>']
            + [
                f'<li><a href="{self.url(a)}?utm_source=zalo&amp;utm_medium=share">{escape(a["title"])}</a></li>'
                for a in articles[1:3]
            ]
        )
        write(
            root,
            "/",
            self.frame(
                "Trang chủ",
                f'<ul class="hot-news">{home}</ul><a href="{self.listing}">Xem tất cả</a>',
            ),
        )
        (root / "www" / "robots.txt").write_text(
            "User-agent: *\nDisallow: /c/\nDisallow: /web/guest/tim-kiem\n\nSitemap: {{BASE}}/sitemap.xml\n",
            encoding="utf-8",
        )
        urls = "\n".join(
            f"<url><loc>{{{{BASE}}}}{self.url(a)}</loc><lastmod>{a['published'][:10]}</lastmod></url>"
            for a in articles[: len(articles) // 2]
        )
        (root / "www" / "sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
            encoding="utf-8",
        )
        write(root, "/c/portal/login", self.frame("Đăng nhập", "<form>Tên đăng nhập</form>"))
        # the Liferay short URL serves the same bytes as the full one (a duplicate)
        (root / "serve.toml").write_text(
            f'[aliases]\n"{alias}" = "{self.url(first)}"\n', encoding="utf-8"
        )


# ------------------------------------------------------------------ newspaper


class Newspaper:
    """A provincial newspaper in the style of baodongthap.vn."""

    sections = {"kinh-te": "Kinh tế", "chinh-tri": "Chính trị"}
    cp1258_stem = "n11-cai-cach-hanh-chinh-mot-cua"  # windows-1258 bytes, <meta> says utf-8
    latin1_stem = "n10-lu-ve-som-an-phong"  # utf-8 bytes, the header says iso-8859-1

    def section(self, article: dict) -> str:
        return "kinh-te" if int(article["stem"][1:3]) % 2 == 0 else "chinh-tri"

    def url(self, article: dict) -> str:
        return f"/{self.section(article)}/{article['stem']}.aspx"

    def frame(self, title: str, main: str, sidebar: str) -> str:
        menu = "".join(f'<li><a href="/{k}/">{v}</a></li>' for k, v in self.sections.items())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} - Báo Đồng Tháp Online</title>
<meta name="description" content="{escape(title)}" />
</head>
<body>
<form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2MjU1NzE2NGRk" /></div>
<div id="header">
<div id="today">{TODAY_WIDGET}</div>
<div class="weather">Thời tiết: Cao Lãnh 31°C</div>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="Báo Đồng Tháp Online" /></a></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/tim-kiem.aspx?q=nong+thon+moi">Tìm kiếm</a></li></ul>
</div>
<div id="main">
<div class="col-left">
{main}
</div>
<div class="col-right">
<div class="box-docnhieu"><h3>Tin đọc nhiều</h3><ul>{sidebar}</ul></div>
<div class="box-quangcao"><a href="#"><img src="/qc/banner.gif" alt="Quảng cáo" /></a></div>
</div>
</div>
<div id="footer"><p>Báo Đồng Tháp Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Tháp</p>
<p>Tổng Biên tập: Nguyễn Văn Bảy. Giấy phép số 54/GP-BTTTT.</p></div>
</form>
</body>
</html>
"""

    def caption(self, caption: str, article: dict, n: int) -> str:
        return (
            f'<p style="text-align: center;"><img alt="" src="/uploads/{article["stem"][:3]}-{n}.jpg" /></p>\n'
            f'<p style="text-align: center;"><em>{escape(caption)}</em></p>'
        )

    def dateline(self, article: dict) -> str:
        moment = when(article["published"])
        if int(article["stem"][1:3]) % 3 == 0:
            return f"Cập nhật: {moment:%H:%M} | {moment:%d/%m/%Y}"
        return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y} - {moment:%H:%M}"

    def article_html(self, article: dict, related: list[dict], sidebar: str) -> str:
        byline = ""
        if article.get("byline"):
            byline = (
                f'\n<p style="text-align: right;"><strong>{escape(article["byline"])}</strong></p>'
            )
        rel = "\n".join(
            f'<li><a href="{self.url(r)}">{escape(r["title"])}</a></li>' for r in related
        )
        section = self.section(article)
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/{section}/">{self.sections[section]}</a></div>
<h1 id="title">{escape(article["title"])}</h1>
<div id="current-date">{self.dateline(article)}</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>{escape(article["summary"])}</strong></p>
{paragraphs_html(article, self.caption, ' style="text-align: justify;"')}{byline}
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">{self.sections[section]}</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
{rel}
</ul></div>
<div class="comment-box"><h3>Gửi bình luận của bạn</h3><textarea></textarea><input type="submit" value="Gửi" /></div>"""
        return self.frame(article["title"], main, sidebar)

    def build(self, root: Path, articles: list[dict]) -> None:
        sidebar = "".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in articles[-3:]
        )
        for i, article in enumerate(articles):
            related = [a for a in articles if a is not article][i % 4 : i % 4 + 3]
            encoding = "cp1258" if article["stem"].startswith(self.cp1258_stem) else "utf-8"
            write(root, self.url(article), self.article_html(article, related, sidebar), encoding)
        for section, name in self.sections.items():
            mine = [a for a in articles if self.section(a) == section]
            chunks = pages_of(mine)
            for n, chunk in enumerate(chunks, 1):
                items = "\n".join(
                    f'<div class="story"><h2><a href="{self.url(a)}">{escape(a["title"])}</a></h2>'
                    f'<p class="sapo">{escape(a["summary"])}</p></div>'
                    for a in chunk
                )
                pager = ""
                if n < len(chunks):
                    pager = f'<div class="paging"><a href="/{section}/?page={n + 1}">Trang sau</a></div>'
                path = f"/{section}/" if n == 1 else f"/{section}/?page={n}"
                write(
                    root,
                    path,
                    self.frame(name, f'<div class="list-news">{items}</div>{pager}', sidebar),
                )
        home = "\n".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in articles[:3]
        )
        write(root, "/", self.frame("Trang chủ", f'<ul class="hot">{home}</ul>', sidebar))
        write(root, "/tim-kiem.aspx", self.frame("Tìm kiếm", "<p>Kết quả tìm kiếm</p>", sidebar))
        (root / "www" / "robots.txt").write_text(
            "User-agent: *\nDisallow: /tim-kiem.aspx\nDisallow: /admin/\n", encoding="utf-8"
        )
        (root / "serve.toml").write_text(
            "".join(
                f'[headers."{self.url(a)}"]\n"Content-Type" = "text/html; charset=iso-8859-1"\n'
                for a in articles
                if a["stem"].startswith(self.latin1_stem)
            ),
            encoding="utf-8",
        )


# ------------------------------------------------------------------ generic


class Generic:
    """A WordPress-style district site: no profile, the generic extractor's job."""

    category = "/category/tin-tuc/"
    months = [
        "Một",
        "Hai",
        "Ba",
        "Tư",
        "Năm",
        "Sáu",
        "Bảy",
        "Tám",
        "Chín",
        "Mười",
        "Mười Một",
        "Mười Hai",
    ]

    def url(self, article: dict) -> str:
        return f"/{article['published'][:4]}/{article['published'][5:7]}/{article['stem']}.html"

    def frame(self, title: str, main: str, recent: str, head: str = "") -> str:
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} &#8211; Cổng thông tin huyện Cao Lãnh</title>
{head}<link rel='stylesheet' id='twentyseventeen-style-css' href='/wp-content/themes/twentyseventeen/style.css' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Cổng thông tin huyện Cao Lãnh</a></p>
<p class="site-description">Tin tức - Sự kiện - Chính sách</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
<li><a href="/">Trang chủ</a></li><li><a href="{self.category}">Tin tức</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
{main}
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="Tìm kiếm &hellip;" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{recent}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Liên hệ</h2><div class="textwidget"><p>Văn phòng HĐND và UBND huyện. Điện thoại: 0277.3823.111. Làm việc từ thứ Hai đến thứ Sáu.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">Bản quyền &copy; Cổng thông tin huyện Cao Lãnh. Vận hành bởi WordPress.</div></footer>
</div>
</body>
</html>
"""

    def caption(self, caption: str, article: dict, n: int) -> str:
        return (
            f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{article["stem"][:3]}-{n}.jpg" alt="" />'
            f"<figcaption>{escape(caption)}</figcaption></figure>"
        )

    def article_html(self, article: dict, others: list[dict], recent: str) -> str:
        moment = when(article["published"])
        visible = f"{moment.day} Tháng {self.months[moment.month - 1]}, {moment.year}"
        updated = moment.replace(year=moment.year + 1) if moment.year < 2025 else moment
        number = int(article["stem"][1:3])
        head = ""
        if number % 2 == 1:  # half the pages carry Open Graph meta, half only the visible <time>
            head = (
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{escape(article["title"])}" />\n'
                f'<meta property="article:published_time" content="{article["published"]}" />\n'
                f'<meta property="article:modified_time" content="{updated.isoformat()}" />\n'
            )
        if number % 4 == 0:  # no <time> element at all: a written dateline
            posted = f'<span class="posted-on">{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y} {moment:%H:%M}</span>'
        else:
            posted = (
                f'<span class="posted-on"><span class="screen-reader-text">Đăng vào</span> <a href="{self.url(article)}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{article["published"]}">{visible}</time>'
                f'<time class="updated" datetime="{updated.isoformat()}">{updated.day} Tháng {self.months[updated.month - 1]}, {updated.year}</time></a></span>'
            )
        byline = ""
        if article.get("byline"):
            byline = (
                f' <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bientap/">'
                f"{escape(article['byline'])}</a></span></span>"
            )
        related = "".join(
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{self.url(o)}">{escape(o["title"])}</a></h4>'
            f'<p class="jp-relatedposts-post-context">Trong &quot;Tin tức&quot;</p></div>'
            for o in others
        )
        main = f"""<article id="post-{100 + number}" class="post-{100 + number} post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header">
<div class="entry-meta">{posted}{byline}</div>
<h1 class="entry-title">{escape(article["title"])}</h1>
</header>
<div class="entry-content">
{paragraphs_html(article, self.caption)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li><a href="#">Facebook</a></li><li><a href="#">Zalo</a></li><li><a href="#">In</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>{related}</div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Chuyên mục: <a href="{self.category}" rel="category tag">Tin tức</a></span></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><div class="nav-links">
<div class="nav-previous"><a href="{self.url(others[0])}" rel="prev"><span class="nav-title">Bài trước: {escape(others[0]["title"])}</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>"""
        return self.frame(article["title"], main, recent, head)

    def build(self, root: Path, articles: list[dict]) -> None:
        recent = "\n".join(
            f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in articles[-5:]
        )
        for i, article in enumerate(articles):
            others = [a for a in articles if a is not article][i % 5 : i % 5 + 3]
            write(root, self.url(article), self.article_html(article, others, recent))
        chunks = pages_of(articles)
        for n, chunk in enumerate(chunks, 1):
            items = "\n".join(
                f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="{self.url(a)}" rel="bookmark">'
                f'{escape(a["title"])}</a></h2></header><div class="entry-summary"><p>{escape(a["paragraphs"][0][:120])}&hellip;</p></div></article>'
                for a in chunk
            )
            nav = ""
            if n < len(chunks):
                nav = f'<nav class="navigation pagination"><a class="next page-numbers" href="{self.category}page/{n + 1}/">Trang sau</a></nav>'
            path = self.category if n == 1 else f"{self.category}page/{n}/"
            write(root, path, self.frame("Tin tức", items + nav, recent))
        write(
            root,
            "/",
            self.frame("Trang chủ", f'<p><a href="{self.category}">Tin tức</a></p>', recent),
        )
        write(root, "/wp-admin/", self.frame("Quản trị", "<p>Đăng nhập</p>", recent))
        write(
            root,
            "/gioi-thieu/",
            self.frame(
                "Giới thiệu", "<p>Huyện Cao Lãnh nằm ở phía nam tỉnh Đồng Tháp.</p>", recent
            ),
        )
        write(
            root,
            "/author/bientap/",
            self.frame("Biên tập", f'<p><a href="{self.category}">Tin tức</a></p>', recent),
        )
        (root / "www" / "robots.txt").write_text(
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            "Sitemap: {{BASE}}/sitemap_index.xml\n",
            encoding="utf-8",
        )
        (root / "www" / "sitemap_index.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            "<sitemap><loc>{{BASE}}/post-sitemap.xml</loc></sitemap>\n</sitemapindex>\n",
            encoding="utf-8",
        )
        urls = "\n".join(f"<url><loc>{{{{BASE}}}}{self.url(a)}</loc></url>" for a in articles[::2])
        (root / "www" / "post-sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
            encoding="utf-8",
        )
        (root / "serve.toml").write_text("# no special headers\n", encoding="utf-8")


if __name__ == "__main__":
    main()
