"""Article pages of 474 more layouts: the page red teams of December 2026.

corpora/pages_redteam/ holds pages written, with their gold, by three helpers who
had not read the extractor: a Liferay provincial portal, a district portal laid
out in tables with its body in <span>s, a SharePoint department site, an AMP
page, a NukeViet portal, Joomla and Drupal sites, pages pasted from Word, a
mobile page, a print view, a bilingual portal, a live blog and more (invented
people and events, real place names). They found the body in inline tags lost,
machine metadata beating the page, leads in Vietnamese-named boxes dropped;
each is fixed, and these pages keep them fixed. Rounds 5 and 6 added 24 pages:
commune portals after 2025 (NukeViet, SharePoint, WordPress, Liferay 6 and 7, DNN,
Joomla), a NukeViet print view, a table-layout party portal in windows-1258, a
TCVN3 page, a Next.js page, a Drupal 7 page, a pasted "Công điện", a table of
figures, an emagazine and a video page; round 7 twelve more (an e-Government commune
portal, Joomla 3 with K2, WordPress with Elementor, Blogger, a paginated series, a
photo story, an infographic, a date only in <title>, an embedded "Đọc thêm" card,
<address> bylines, <br>-only table cells, a print view); round 8 twelve more (redteam8-*:
a newspaper with a "Nghe đọc bài" player, a SharePoint portal, ASP.NET WebForms with its
only <h1> the logo, NukeViet, Joomla 1.5, classic ASP in windows-1258, a WordPress commune
site dated "3 ngày trước", a print view, a video box inside the body, Liferay with one
<div> a paragraph, a 2025 commune portal dated only in JSON-LD); round 10 eight more (p10-*:
a Party committee portal, a radio-TV station, a SharePoint commune portal with its body in
three fields, NukeViet whose metadata is minutes off the dateline it shows, WordPress
with its sapo a bold first paragraph, Joomla 3, a mobile page and an AMP page); round 11
eight more (p11-*: a Liferay commune portal dated and signed in table cells, ASP.NET with
related boxes inside the body, WordPress signed at the end, NukeViet whose metadata is two
days after the dateline it shows, AMP, a photo story, Joomla with a table in the body, a
classic ASP page in windows-1258 with its headline in a large <font>); round 12 eight
more (p12-*: paragraphs as <div>s, a headline only in og:title and a div, a date in words
above an empty NukeViet sapo, a gallery, ASP.NET with an attachments box, WordPress with
its sidebar first, UTF-8 declared as ISO-8859-1 with a hidden print copy, Blogger); round
13 eight more (p13-*: a body split over two sibling containers, a byline above the headline,
an English dateline, a long comments section, a video block before the article, a Next.js
page of hashed classes with its reporters in capitals beside the dateline, two <article>s);
round 14 eight more (p14-*: <span> paragraphs in a <td> with captions in img titles, an
article framed in an <iframe srcdoc>, one served in a <noscript> fallback behind a script's
placeholder, a category label inside the <h1>, "Phóng viên:" above and "Biên tập:" below, a
live blog, an e-magazine, Joomla 1.5); round 15 six more (p15-*: <div class='paragraph'>
blocks, a sapo printed twice, a dateline after the body, twin images with one caption,
footnotes and references, an author box with a bio); round 17 eight more (p17-*: a Next.js
page of hashed classes with its reporters in proper case beside the dateline, a Party portal
in windows-1258 whose body is one table cell, a television page with a transcript and its
credits, Drupal with a bold sapo, Liferay with a table of figures and a download box, a
mobile page with a "Đọc tiếp" card inside the body, NukeViet with "Xem thêm" links inside
the body, an e-magazine with a credits box, a pull-quote and a headline broken by <br>);
round 18 eight more (p18-*: <div> paragraphs on a portal, a district page printing five
other items in full after the article, a sapo printed again without its prefix and a byline
glued to the last sentence, captions in image tables, an audio player and a font bar, page
1 of 2, two <h1>s and an "[Ảnh]" og:title, a live page newest first); round 19 eight more
(p19-*: a commune portal's article in a table beside a column of icons, subheadings and a
facts box kept, related links with arrows inside the body, a sapo only in italics, a byline
twice, long comments, ads and a carousel inside articleBody, captions only in img titles, a
decision's text inside the article under a page declared windows-1258 in UTF-8); round 20
and 21 eight more each (p20-*, p21-*: WordPress with comments inside <article>, a Joomla 3
commune portal with a table, a body split by ads and "Xem thêm:" links, SharePoint dated
only "Cập nhật ngày", a byline only in JSON-LD and bold at the end, a gallery with a video,
a teaser article beside the article, AMP with ad slots); round 22 eight more (p22-*: a
table of figures inside the body, Drupal dated in a views block, an <h2> headline under a logo
<h1>, an og:title that sums the story up otherwise, windows-1258 decomposed with a TCVN3
banner, a byline on top and an editor's credit below, an info box and a pull quote, and a
Next.js page whose article is in <noscript>); round 23 eight more (p23-*: an ASP body of
<br> runs in one cell, a Liferay portlet's title bar, two dates on one line, a table of
tasks with deadlines, a photo story, a byline and "(Theo Báo X)" at the end, an English
summary box, an app's web view styled inline); round 24 and 25 eight more each (p24-*: a
merged province's portal, a print view, a mobile page, an e-magazine with pull quotes and
credits, "Xem thêm" links, a date only in JSON-LD, WordPress's avatar byline, a video's
transcript; p25-*: a television station's video page, party committee, Fatherland Front and
council sites, Joomla's "Chi tiết bài viết" heading, windows-1258 decomposed, a byline in a
closing table, two articles in one template); round 26 and 27 eight more each (p26-*: an
ASP.NET body in layout tables, a Word paste, reader comments, a pager, a table of figures,
Facebook and Zalo embeds, an author box, an audio player; p27-*: a news agency's story
reposted, a series' part, a photo gallery, a relative date, "Cập nhật" beside "Đăng", the
Party's paper, a bold sapo, a roundup of short items); round 28 and 29 eight more each
(p28-*: 2025's merged outlets, a Next.js page whose article is only in its data script, a
carousel in the body, a byline only in an image's alt text, a table of contents, a date
only in the lead's words, a podcast's transcript, a comment thread; p29-*: TCVN3,
character references, mojibake in a sidebar, invisible characters, <br> runs, unclosed
tags, a wrong declared charset, an NFD title); round 30 and 31 eight more each (p30-*: a
Liferay portlet dated in its title bar, SharePoint signed in a field table, WordPress signed
"admin", AMP, an infinite scroll's next article, Drupal dated month first, JSON-LD a day off
the dateline, an <h2> headline under the site's <h1>; p31-*: an interview, a photo story, a
live timeline, a document's page, an infographic, a news ticker, "Bài: X - Ảnh: Y", a
pasted notice with its own date and signature); round 32 and 33 eight more each (p32-*:
lists, subheadings, boxes and tables inside the body, a blockquote, mid-body ads, a
responsive layout printing everything twice, a body in a <template>, a loading placeholder
with the text only in JSON-LD; p33-*: the new communes' and departments' portals, an info
bar above a category <h1>, attachments, a byline in the sapo, a date only in the URL, a
directory table, a bilingual toggle, a calendar-block date); round 34 and 35 eight more each
(p34-*: dropcaps, words split by inline tags, <br> inside paragraphs, m<sup>2</sup>, <q>,
soft hyphens, a paragraph split by a CMS bug, a Word paste; p35-*: a national story
mirrored, a hidden print copy, all pages of a paginated story, related news above the
article, an AMP viewer, a kicker <h1>, an English summary, a related item of the same title);
round 36 to 39 eight more each (p36-*: ASP.NET <font> tables, windows-1258 with combining
marks, NFD, <br><br> paragraphs, a body split by ads, a date only in the URL, nested tables
with spacer gifs, a byline in an image's alt; p37-*: an e-magazine in chapters, a photo
story, a video's transcript, a live blog, an infographic, a podcast, a data table, a boxed
note in an <aside>; p38-*: a mobile page, paragraphs served one to a <noscript>, microdata,
Instant Articles markup, <div class="para">, "Đọc thêm" links, a sticky header, AMP;
p39-*: bylines as the genre writes them ("Bài và ảnh:", "Nhóm PV", "(CTV)", crews) and
relative, English-format and lunar dates); round 40 and 41 eight more each, read with text
F1 0.990 and 0.988 when they came (p40-*: tables of figures in the body with a <caption>,
an infographic's text only in its alt, attached files, a PDF viewer, a chart's data in a
script, a facts box; p41-*: chrome inside the article: related links, ad slots, share bars,
a poll, a newsletter box, AMP, an <h2> headline under a logo <h1>, a closing call to follow
the outlet on Zalo); round 42 eight more, text F1 1.000 when they came, date and author
right of 7, now 8 (a two-digit year "22/11/24 10:05", a source glued to the byline; p42-*:
SharePoint, Drupal 7 and 9, WordPress Newspaper and JNews, DNN, Liferay 6 and an ASP.NET
WebForms portal with its article in <span>s); round 43 eight more, text F1 0.989 when
they came, 1.000 now (p43-*: bodies hard to find: a sapo box and a body split by an ad, a
<td> of <br>-separated paragraphs under a bold sapo, zero-width characters and soft
hyphens, a body only in <noscript>, an <article> holding the teaser only, a print view,
AMP, a six-photo gallery with its own head); round 44 eight more, text F1 0.996 when they
came, 1.000 now (p44-*: provincial Party newspapers: kickers, sapos in <h2>, read-aloud
players, related cards and embedded clips inside the body, an e-magazine in chapters,
a Q&A interview, a date only in a title attribute); round 45 eight more, all right when
they came (p45-*: commune and ward portals after 2025 and district portals before it on
the e-government templates: portlets, a directive's metadata table, teasers above the
article, a date only in a 'Ngày đăng' cell, an article in two pages); round 46 eight more,
text F1 0.997 when they came, 1.000 now (p46-*: newspapers redesigned after their merger
with the radio-TV stations in 2025: read-aloud players, video blocks with overlay titles,
"Xem thêm" boxes inside the body, author cards with bios, dates in several places);
round 47 eight more, text F1 0.923 when they came, 1.000 now (p47-*: pages saved or
replayed: a browser's complete copy, a single-file copy, a web archive's replay with its
toolbar, a reader view, a paywall, an AMP cache, a print view, a script-built page whose
article is in JSON and a <noscript> copy); round 48 eight more, text F1 0.990 when they
came, 1.000 now (p48-*: outlets of the provinces merged in 2025, CMSs migrated with the old
layout's leftovers, bylines of several reporters, dates in words or relative, an author only
in a meta tag, an unrendered WordPress caption shortcode, a poll inside the article);
round 49 eight more, text F1 0.929 when they came, 1.000 now (p49-*: pages built by front-end
frameworks: Nuxt, Angular and React hydration data, a React page streamed in pieces whose
article comes last in a hidden <div>, skeletons, lazy images, screen-reader text, a clip's
running time under its player, JSON data older than the article shown); round 50 eight
more, text F1 0.999 when they came, 1.000 now (p50-*: news pages of a police, a border guard,
a military command, a procuracy, a court, a hospital, a university and a tax office, a rank
before a byline's name, a body in <br>-parted spans, a date with no time); round 51 eight
more, text F1 0.967 when they came, 1.000 now (p51-*: Party committee and mass organisation
sites, a Liferay portal with a related box inside the article, galleries, a date in ASP.NET's
"3:25:41 CH"); round 52 eight more, all right when they came (p52-*: department portals on
the provincial e-government platforms: view counters, ratings, feedback forms, attachments,
dated related lists, a time in "2:40:11 CH", NFD paragraphs); round 53 eight more, text F1 0.978
when they came, 1.000 now (p53-*: a readers' Q&A column whose question stands in its own box
above the answer, a letter, an opinion column with its disclaimer, part 2 of a series signed
under "(Còn nữa)", a correction note under the byline, "Đăng lúc" and "Cập nhật lúc", a photo
essay, a brief signed "(Ngọc Hân)" at its end, a <time> stamped "+00:00" for Vietnam's time);
round 54 eight more, text F1 0.998 when they came (p54-*: republished and syndicated articles: a
portal's repost "Theo Báo X", a news agency's "Bình Định (TTXVN) - ", an aggregator's copy, the
original's date printed in the body, an ASP.NET department page whose headline is a <span> under
a section's name and whose last box is headed "CÁC TIN ĐÃ ĐƯA", a WordPress repost by "admin");
round 55 eight more, text F1 0.995 when they came (p55-*: long official pages: a speech in full, a
pasted conclusion notice under its national motto with its issue date in an info box, a press
release with an annex table, an interview, a resolution's articles, a study signed "ThS. Lê Thị
Hằng" with footnotes). Left: a pasted notice's issuing body and centred title lines, which its
gold leaves out, stay in the text. Round 56 eight more, text F1 0.993 when they came, author 7
of 8 (p56-*: the merged provinces' outlets of 2025-2026: a live stream and its chat above the
text, a podcast player whose JSON-LD names the episode's host, a video's own dates, a
'Nghe bài viết' widget, a 'Video ngắn' box between paragraphs, '(Tiếp tục cập nhật...)');
round 57 eight more, text F1 0.993 when they came (p57-*: reader comments and polls, an author
box with a bio, 'Nhóm PV', three reporters after 'Nhóm phóng viên:', an English version link,
an update note above the text, a series' 'Kỳ cuối:' teaser; their golds wrote the shown minute
where the metadata gives the same minute with seconds: the real pages' golds keep the seconds,
and so do these now); round 58 eight more, text F1 1.000 when they came, date 7 of 8 (p58-*:
commune and ward portals after 2025: a PDF viewer as the article, a notice board's entry dated
"2025/12/03 – 16:20" beside its "Hiệu lực đến", "3:40 CH", "Quản trị viên" as author); round 59
eight more, text F1 0.911 when they came (p59-*: special formats: an e-magazine, a longform
whose credits run into one line, photo stories whose narrative is in the figures' captions, an
infographic, a profile with a fact box, an online Q&A with its question form, a live
transcript; the photo stories' golds put their captions in the text as well, against SPEC.md,
and were cut to the text outside the captions). Left: the Q&A's event table and the live
transcript's timestamps stay in the text.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import extract
from extract.evaluate import evaluate
from extract.normalize import normalize_text
from extract.urls import corpus_urls

PAGES = Path(__file__).resolve().parent.parent / "corpora" / "pages_redteam"
# Known and left alone: a live blog keeps the largest of its nested updates only, and a
# page saved after an infinite scroll loaded two more articles gives the longest one's body.
# And a body half hidden behind a "Đọc tiếp" button (display:none) keeps its shown half.
PARTLY_READ = {
    "truc-tiep-ky-hop-thu-13-hdnd-tinh-khoa-ix-247531",
    "trung-khanh-17-21-xa-thi-tran-hoan-thanh-chi-tieu-trong-rung-nam-2023-3156771",
    "xa-tam-nong-day-manh-chuyen-doi-so-trong-thanh-toan-dich-vu-cong-235812",
    "p14-06-truc-tiep-ky-hop-hdnd-tinh",  # a live blog again: its largest update only
    # a Next.js page whose article is only in its __NEXT_DATA__ script: its skeleton is read
    "p28-01-lamdong-nextjs-nam-ban-tai-canh",
}
# Known and left alone: a TCVN3 page's headline, typed in the capitals-only font, reads
# in small letters in a bold paragraph; its unaccented <title> is taken instead.
TITLE_LEFT = {
    "tongket_2008",
    # an app's web view, classless and styled inline: its headline a bold 22px <div>, its
    # date "2 giờ trước" with the moment only in a title attribute, its sapo a bold <div>
    "p23-08-baoangiang-app-lua-dong-xuan",
}
# Known and left alone:
AUTHOR_LEFT = {# signed "Nhóm PV", a reporters' team: no person, so null, as redteam8-p10's
               # gold has it; this gold keeps the team's name
               "p21-08-baogialai-amp-tai-canh-chu-se",
               # a roundup of five short items, each signed: the last signature is read
               "p27-08-baodongkhoi-tin-van-dia-phuong",
               # the Next.js page (PARTLY_READ); a byline only in a portrait's alt text; a
               # podcast crediting "Nội dung: Minh Hiển" in its player's credits
               "p28-01-lamdong-nextjs-nam-ban-tai-canh",
               "p28-04-vinhlong-alt-byline-cau-ngang-tom",
               "p28-07-angiang-podcast-giong-rieng-lua-tom",
               # "Bài: X - Ảnh: Y" shown, but the JSON-LD lists the photographer as an
               # author too, and the JSON-LD is read first
               "p31-07-soctrang-hai-byline-lua-thom"}

# Known and left alone: a sapo outside what is read as the article: a K2 intro above the
# body's container, a sapo only in <meta name="description">, and the page after an
# infinite scroll (above), whose longest article's sapo is taken.
SUMMARY_LEFT = {
    "1473-soi-noi-ngay-hoi-the-thao-cac-dan-toc-xa-cam-nhan",
    "chi-tiet-tin-2381",
    "trung-khanh-17-21-xa-thi-tran-hoan-thanh-chi-tieu-trong-rung-nam-2023-3156771",
    # the sapo printed with its outlet's prefix "(Baonghean.vn) - ", which the record
    # keeps as printed (as the test above says) and this gold drops
    "p20-01-baonghean-giai-ngan",
    "p22-03-baolangson-h2-headline-hanh-chinh-cong",  # "(LSO) – ", likewise
    "p23-03-baonghean-ho-so-truc-tuyen-toan-trinh",  # "NA - ", likewise
    "p46-01-dongthap-my-hiep",  # "ĐTO - ", likewise
    "p47-01-save-complete-binh-son",  # "(Báo Quảng Ngãi)- ", likewise
    "p47-04-reader-tan-bien",  # "(BTN) - ", likewise
    "p54-03-bat-xat-che-shan-tuyet",  # "(LCĐT) - ", likewise
    "p59-05-infographic-ntm-bac-giang-2023",  # "BGĐT - ", likewise
    "p59-06-chan-dung-ky-su-buoi-phuc-trach",  # "(Baohatinh.vn) - ", likewise
    "p54-06-da-nang-quang-nam-duong-song",  # "Đà Nẵng (TTXVN) - ", likewise
    "p54-07-ha-tinh-chuyen-doi-dat-lua",  # "(ĐCSVN) – ", likewise
    "p54-08-krong-pac-sau-rieng-huu-co",  # "(Baodaklak.vn) - ", likewise
    "p23-08-baoangiang-app-lua-dong-xuan",  # the app's web view (TITLE_LEFT)
    "p28-01-lamdong-nextjs-nam-ban-tai-canh",  # the Next.js page (PARTLY_READ)
    # a first paragraph only set in bold, no element or class naming it: read as text
    "p29-01-hatinh-tcvn3-huong-khe-cam-bu",
    # left for a later round (December 2026): an ASP.NET "lblTomTat" span in a layout table,
    # a sapo only in the meta description, a bold italic first line in nested tables, an
    # Instant Article's <h2> subtitle inside its <header>
    "p36-01-quangtri-aspnet-font-luot-xem",
    "p36-03-soctrang-van-ban-nfd",
    "p36-07-phutho-bang-long-nhau-spacer-gif",
    "p38-04-kontum-instant-article-kon-plong-duoc-lieu",
}
# A page with no dateline of its own: its gold takes the day its body names (2016-03-15);
# the record has none, rather than the date of its related-news table.
UNDATED = {"dak-ha-trien-khai-nhiem-vu-phong-chay-chua-chay-rung-mua-kho-nam-2016-1523",
           "p23-08-baoangiang-app-lua-dong-xuan"}  # "2 giờ trước" (TITLE_LEFT)
# Known and left alone: a page dated only in its lead's words ("Sáng thứ Ba (4/11)"), whose
# record takes the day a sidebar's video box names.
MISDATED = {"p28-06-dongthap-thu-ba-cho-gao-thanh-long",
            # the JSON-LD's datePublished a day before the dateline shown: its gold takes the
            # dateline, the record the metadata (a later dateline may be an update's)
            "p30-07-nghean-jsonld-date-quynh-luu-chong-han",
            # an opinion column dated 06:00 the morning after its metadata's 21:35: the record
            # keeps the metadata (a dateline after it may be an update's), the gold the line
            "p53-03-goc-nhin-ocop-nghe-an",
            # a syndicated copy whose JSON-LD keeps the original's date (the evening before
            # the copy's own dateline): the record takes the metadata, the gold the copy's day
            "p54-07-ha-tinh-chuyen-doi-dat-lua"}


def golds() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(PAGES.glob("gold/*.json"))}


@cache
def records() -> dict[str, dict]:
    urls = corpus_urls(PAGES)
    out = {}
    for path in sorted(PAGES.glob("www/*.html")):
        record = extract.from_html(path.read_bytes(), url=urls[path.stem])
        out[path.stem] = json.loads(record.to_json())
    return out


def test_every_page_has_its_gold_and_its_address():
    assert set(golds()) == set(records()) and len(golds()) == 474


def test_body_text():
    kept = {stem: gold for stem, gold in golds().items() if stem not in PARTLY_READ}
    report = evaluate(kept, [records()[stem] for stem in kept], pages=True)
    text = report.fields["text"]
    assert text.precision >= 0.99 and text.recall >= 0.99, (text.precision, text.recall)


@pytest.mark.parametrize("field", ["title", "author"])
def test_title_and_author(field):
    wrong = [
        (stem, gold[field], records()[stem][field])
        for stem, gold in golds().items()
        if (" ".join(normalize_text(gold[field] or "").split()) or None)
        != (records()[stem][field] or None)  # one apostrophe in "Cư M’gar", as SPEC scores
        and not (field == "title" and stem in TITLE_LEFT)
        and not (field == "author" and stem in AUTHOR_LEFT)
    ]
    assert wrong == []


def test_the_sapo_as_printed():
    """The sapo word for word, an outlet's prefix included ("(BQNg) - Đến ngày ..."), as
    `normalize_text` repairs every field (one apostrophe in "K’Bờ", one tone placement)."""
    wrong = [
        (stem, gold["summary"], records()[stem]["summary"])
        for stem, gold in golds().items()
        if stem not in SUMMARY_LEFT
        and " ".join(normalize_text(gold["summary"] or "").split())
        != (records()[stem]["summary"] or "")
    ]
    assert wrong == []


def test_the_day_each_page_was_published():
    wrong = [
        (stem, gold["published"], records()[stem]["published"])
        for stem, gold in golds().items()
        if stem not in UNDATED | MISDATED
        and (gold["published"] or "")[:10] != (records()[stem]["published"] or "")[:10]
    ]
    assert wrong == []


def test_no_page_takes_a_related_item_s_date():
    for stem in UNDATED:
        assert records()[stem]["published"] is None
