"""Directives: who asked whom to do what (issue 7).

Most tests build a Doc, fill in the officials and organizations the officials
component would find (so they do not depend on it), and run ``vn_directives``.
The passages are written for these tests.
"""

from __future__ import annotations

import re

import pytest

import extract
from extract.nlp.directives import official_by_title
from extract.nlp.pipeline import COMPONENTS, build_nlp
from extract.record import Mention, Official, Organization, Role

NLP = build_nlp(("vn_directives",))


def mentions_of(text: str, *surfaces: str) -> list[Mention]:
    return [
        Mention("doc", m.start(), m.end())
        for surface in surfaces
        for m in re.finditer(re.escape(surface), text)
    ]


def directives(text, officials=(), organizations=()):
    """Run vn_directives over ``text``; officials/organizations are (name, surfaces...) tuples."""
    doc = NLP.make_doc(text)
    doc._.officials = [
        Official(name=name, mentions=mentions_of(text, *surfaces)) for name, *surfaces in officials
    ]
    doc._.organizations = [
        Organization(name=name, mentions=mentions_of(text, *surfaces))
        for name, *surfaces in organizations
    ]
    doc = NLP.get_pipe("vn_directives")(doc)
    for d in doc._.directives:  # every directive carries its evidence
        (m,) = d.mentions
        evidence = text[m.start : m.end]
        assert all(action in evidence for action in d.actions)
    return doc._.directives


def actions(found) -> list[list[str]]:
    return [d.actions for d in found]


# --- the seed ------------------------------------------------------------------------------

SEED_DIRECTIVES = [
    {
        "verb": "yêu cầu",
        "issuer": "Phan Văn Thắng",
        "addressee": "Huyện ủy Cao Lãnh",
        "actions": [
            "đổi mới phương thức lãnh đạo",
            "tiếp tục quan tâm công tác tổ chức học tập, quán triệt cho cán bộ, đảng viên nhận "
            "thức đầy đủ về nội dung Nghị quyết, từ đó có chuyển biến tích cực về hành động",
            "nâng cao chất lượng sinh hoạt chi bộ",
        ],
    },
    {
        "verb": "yêu cầu",
        "issuer": "Phan Văn Thắng",
        "addressee": "Huyện ủy Cao Lãnh",
        "actions": [
            "nâng cao vai trò lãnh đạo và hỗ trợ của chính quyền để phát triển doanh nghiệp "
            "và khởi nghiệp",
            "thực hiện tái cơ cấu nông nghiệp gắn với xây dựng nông thôn mới",
            "nhân rộng các mô hình hay, hiệu quả trong phát triển kinh tế",
        ],
    },
]


def _as_dicts(found):
    return [
        {"verb": d.verb, "issuer": d.issuer, "addressee": d.addressee, "actions": d.actions}
        for d in found
    ]


def test_seed_gives_the_two_required_directives(seed_text):
    from extract.page import page_from_text

    page = page_from_text(seed_text)
    found = directives(
        page.text,
        officials=[("Phan Văn Thắng", "Phan Văn Thắng")],
        organizations=[("Huyện ủy Cao Lãnh", "Huyện ủy Cao Lãnh", "Huyện uỷ Cao Lãnh")],
    )
    required = [d for d in _as_dicts(found) if d["verb"] == "yêu cầu"]
    assert required == SEED_DIRECTIVES


def test_seed_record_end_to_end(seed_record):
    if "vn_officials" not in COMPONENTS:
        pytest.skip("the officials component is not in the pipeline yet")
    got = [
        {"verb": d.verb, "issuer": d.issuer, "addressee": d.addressee, "actions": d.actions}
        for d in seed_record.directives
    ]
    for expected in SEED_DIRECTIVES:
        assert expected in got
    for d in seed_record.directives:  # the evidence holds every action
        (m,) = d.mentions
        evidence = seed_record.mentioned(m)
        assert all(action in evidence for action in d.actions)


# --- verbs and frames ------------------------------------------------------------------------


def test_de_nghi_x_can_frame():
    (d,) = directives(
        "Ông Lê Văn Hai đề nghị UBND huyện cần sớm hoàn thiện hồ sơ trình tỉnh.",
        officials=[("Lê Văn Hai", "Lê Văn Hai")],
    )
    assert (d.verb, d.issuer, d.addressee) == ("đề nghị", "Lê Văn Hai", "UBND huyện")
    assert d.actions == ["sớm hoàn thiện hồ sơ trình tỉnh"]


def test_giao_x_chu_tri_is_one_action_with_its_partners():
    (d,) = directives(
        "Bà Trịnh Thu Ba giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan "
        "cân đối nguồn vốn cho dự án.",
        officials=[("Trịnh Thu Ba", "Trịnh Thu Ba")],
        organizations=[("Sở Tài chính tỉnh Hà Nam", "Sở Tài chính")],
    )
    assert d.verb == "giao"
    assert d.addressee == "Sở Tài chính tỉnh Hà Nam"
    assert d.actions == [
        "chủ trì, phối hợp với các sở, ngành liên quan cân đối nguồn vốn cho dự án"
    ]


def test_generic_addressee_is_kept_as_written():
    (d,) = directives(
        "Ông Đỗ Minh Tư yêu cầu các sở, ngành, địa phương tăng cường kiểm tra an toàn thực phẩm.",
        officials=[("Đỗ Minh Tư", "Đỗ Minh Tư")],
    )
    assert d.addressee == "các sở, ngành, địa phương"
    assert d.actions == ["tăng cường kiểm tra an toàn thực phẩm"]


def test_giao_inside_other_words_is_not_a_directive():
    found = directives(
        "Huyện đã bàn giao mặt bằng và nâng cấp tuyến giao thông nông thôn; "
        "chỉ tiêu giao cho xã đã hoàn thành."
    )
    assert found == []



def test_new_instructions_named_as_a_noun_are_no_directive():
    found = directives(
        "Đồng chí Lê Văn An chủ trì hội nghị quán triệt, triển khai các văn bản chỉ đạo mới "
        "của Trung ương về sắp xếp tổ chức bộ máy.",
        officials=[("Lê Văn An", "Lê Văn An")],
    )
    assert found == []


def test_tasks_given_then_counted_in_the_sentences_after():
    found = directives(
        "Phó Chủ tịch UBND tỉnh Lê Văn An giao nhiệm vụ cụ thể. Thứ nhất, UBND xã Gia Lộc "
        "tiếp tục vận động 28 hộ còn lại. Thứ hai, Sở Tài chính bố trí đủ kinh phí chi trả.",
        officials=[("Lê Văn An", "Lê Văn An")],
        organizations=[("Ủy ban nhân dân xã Gia Lộc", "UBND xã Gia Lộc"),
                       ("Sở Tài chính", "Sở Tài chính")],
    )
    assert [(d.verb, d.issuer, d.addressee) for d in found] == [
        ("giao", "Lê Văn An", "Ủy ban nhân dân xã Gia Lộc"),
        ("giao", "Lê Văn An", "Sở Tài chính"),
    ]
    assert actions(found) == [["tiếp tục vận động 28 hộ còn lại"], ["bố trí đủ kinh phí chi trả"]]


def test_items_under_a_cu_the_line_are_the_directive_s_orders_to_the_bodies_they_name():
    text = (
        "Phó Chủ tịch UBND thành phố Lâm Văn Khởi yêu cầu các sở, ngành tập trung phòng, "
        "chống sốt xuất huyết. Cụ thể:\n"
        "- Sở Y tế tăng cường giám sát, phát hiện sớm ca bệnh.\n"
        "- Sở Giáo dục và Đào tạo chỉ đạo các trường học tổng vệ sinh, diệt lăng quăng.\n"
    )
    found = directives(
        text,
        officials=[("Lâm Văn Khởi", "Lâm Văn Khởi")],
        organizations=[("Sở Y tế", "Sở Y tế"),
                       ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo")],
    )
    assert [(d.issuer, d.addressee) for d in found] == [
        ("Lâm Văn Khởi", "các sở, ngành"),
        ("Lâm Văn Khởi", "Sở Y tế"),
        ("Lâm Văn Khởi", "Sở Giáo dục và Đào tạo"),
    ]
    assert actions(found)[1:] == [
        ["tăng cường giám sát, phát hiện sớm ca bệnh"],
        ["chỉ đạo các trường học tổng vệ sinh, diệt lăng quăng"],
    ]


def test_a_phrase_between_dashes_after_the_addressee_is_neither_addressee_nor_action():
    found = directives(
        "Bà Hoàng Thị Bích Vân giao Sở Tài chính - cơ quan thường trực Ban Chỉ đạo - phối hợp "
        "với Sở Nông nghiệp và Môi trường thẩm định phương án sử dụng đất.",
        officials=[("Hoàng Thị Bích Vân", "Hoàng Thị Bích Vân")],
        organizations=[("Sở Tài chính", "Sở Tài chính")],
    )
    assert [(d.addressee, d.actions) for d in found] == [(
        "Sở Tài chính",
        ["phối hợp với Sở Nông nghiệp và Môi trường thẩm định phương án sử dụng đất"],
    )]


def test_a_list_of_people_after_a_colon_stays_in_its_action():
    found = directives(
        "UBKT Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy thi hành kỷ luật các đồng chí: Lê Hữu "
        "Tình, nguyên Phó Chủ tịch UBND huyện; Đặng Văn Thụ, nguyên Phó Chủ tịch UBND huyện.",
        officials=[("Lê Hữu Tình", "Lê Hữu Tình"), ("Đặng Văn Thụ", "Đặng Văn Thụ")],
        organizations=[("Ủy ban Kiểm tra Tỉnh ủy", "UBKT Tỉnh ủy"),
                       ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")],
    )
    assert actions(found) == [[
        "thi hành kỷ luật các đồng chí: Lê Hữu Tình, nguyên Phó Chủ tịch UBND huyện; Đặng Văn "
        "Thụ, nguyên Phó Chủ tịch UBND huyện"
    ]]

# --- issuers and addressees ----------------------------------------------------------------


def test_issuer_is_the_speaker_introduced_earlier():
    text = (
        "Phát biểu tại buổi làm việc, Chủ tịch UBND tỉnh Võ Thành Năm đánh giá cao kết quả "
        "của huyện. Đồng thời, yêu cầu huyện tập trung chuyển đổi cơ cấu cây trồng."
    )
    (d,) = directives(text, officials=[("Võ Thành Năm", "Võ Thành Năm")])
    assert d.issuer == "Võ Thành Năm"
    assert d.addressee == "huyện"


def test_issuer_by_given_name_and_by_title():
    text = (
        "Dự buổi làm việc có ông Nguyễn Hữu Sáu, Phó Chủ tịch UBND tỉnh.\n"
        "Ông Sáu yêu cầu xã rà soát các hộ nghèo.\n"
        "Phó Chủ tịch UBND tỉnh cũng đề nghị Sở Y tế tăng cường khám, chữa bệnh cho người dân."
    )
    doc = NLP.make_doc(text)
    doc._.officials = [
        Official(
            name="Nguyễn Hữu Sáu",
            roles=[Role("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")],
            mentions=mentions_of(text, "Nguyễn Hữu Sáu"),
        )
    ]
    first, second = NLP.get_pipe("vn_directives")(doc)._.directives
    assert first.issuer == second.issuer == "Nguyễn Hữu Sáu"
    assert second.actions == ["tăng cường khám, chữa bệnh cho người dân"]


def test_official_by_title_needs_the_matching_role():
    chair = Official(name="A Văn B", roles=[Role("Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")])
    vice = Official(name="C Thị D", roles=[Role("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")])
    assert official_by_title("Chủ tịch UBND tỉnh", [chair, vice]) == "A Văn B"
    assert official_by_title("Phó Chủ tịch UBND tỉnh", [chair, vice]) == "C Thị D"
    assert official_by_title("Bí thư Tỉnh ủy", [chair, vice]) is None


def test_organization_as_issuer_takes_its_canonical_name():
    (d,) = directives(
        "UBND tỉnh yêu cầu các huyện khẩn trương giải ngân vốn đầu tư công.",
        organizations=[("Ủy ban nhân dân tỉnh Cà Mau", "UBND tỉnh")],
    )
    assert d.issuer == "Ủy ban nhân dân tỉnh Cà Mau"
    assert d.addressee == "các huyện"


def test_title_in_subject_names_the_person_not_the_body():
    text = (
        "Ông Hồ Văn Bảy được bầu làm Chủ tịch. "
        "Chủ tịch UBND tỉnh chỉ đạo huyện sớm khắc phục sạt lở."
    )
    (d,) = directives(
        text,
        officials=[("Hồ Văn Bảy", "Hồ Văn Bảy")],
        organizations=[("Ủy ban nhân dân tỉnh An Giang", "UBND tỉnh")],
    )
    assert d.issuer == "Hồ Văn Bảy"


def test_addressee_with_a_modal_and_a_leading_time_phrase():
    (d,) = directives(
        "Bí thư Tỉnh ủy Lò Văn Tám nhấn mạnh, thời gian tới các cấp ủy, tổ chức đảng cần "
        "nâng cao năng lực lãnh đạo.",
        officials=[("Lò Văn Tám", "Lò Văn Tám")],
    )
    assert d.addressee == "các cấp ủy, tổ chức đảng"
    assert d.actions == ["nâng cao năng lực lãnh đạo"]


# --- actions ---------------------------------------------------------------------------------


def test_actions_split_on_semicolons_and_between_verb_phrases_only():
    (d,) = directives(
        "Ông Phạm Văn Mười yêu cầu huyện làm tốt công tác bồi dưỡng cán bộ, đảng viên; "
        "rà soát, thống kê các hộ chưa có nhà ở, đẩy nhanh tiến độ xây nhà đại đoàn kết "
        "và tổ chức bàn giao trước Tết.",
        officials=[("Phạm Văn Mười", "Phạm Văn Mười")],
    )
    assert d.actions == [
        "làm tốt công tác bồi dưỡng cán bộ, đảng viên",
        "rà soát, thống kê các hộ chưa có nhà ở",
        "đẩy nhanh tiến độ xây nhà đại đoàn kết",
        "tổ chức bàn giao trước Tết",
    ]


def test_fixed_series_of_nouns_and_manners_do_not_split():
    """ "bồi thường, hỗ trợ, tái định cư", "đất đai, tài chính, đầu tư công": nouns of one
    object; "công khai, minh bạch việc ...": two manners of one verb."""
    (d,) = directives(
        "Ông Phạm Văn Mười yêu cầu UBND các xã hoàn thành công tác bồi thường, hỗ trợ, tái "
        "định cư trong quý III; kiểm tra việc quản lý đất đai, tài chính, đầu tư công; công "
        "khai, minh bạch việc phân bổ kinh phí, vận động người dân bàn giao mặt bằng.",
        officials=[("Phạm Văn Mười", "Phạm Văn Mười")],
    )
    assert d.actions == [
        "hoàn thành công tác bồi thường, hỗ trợ, tái định cư trong quý III",
        "kiểm tra việc quản lý đất đai, tài chính, đầu tư công",
        "công khai, minh bạch việc phân bổ kinh phí",
        "vận động người dân bàn giao mặt bằng",
    ]


def test_finishing_a_thing_is_an_action_of_its_own_finishing_in_time_is_not():
    (d,) = directives(
        "Ông Phạm Văn Mười yêu cầu UBND huyện rà soát, giải quyết các kiến nghị thuộc thẩm "
        "quyền, trả lời cử tri bằng văn bản; đẩy nhanh thi công đường trục xã, hoàn thành "
        "hồ sơ quyết toán trước ngày 30/6; vận động các hộ tháo dỡ lều quán, hoàn thành "
        "trước ngày 15/7.",
        officials=[("Phạm Văn Mười", "Phạm Văn Mười")],
    )
    assert d.actions == [
        "rà soát, giải quyết các kiến nghị thuộc thẩm quyền",
        "trả lời cử tri bằng văn bản",
        "đẩy nhanh thi công đường trục xã",
        "hoàn thành hồ sơ quyết toán trước ngày 30/6",
        "vận động các hộ tháo dỡ lều quán, hoàn thành trước ngày 15/7",
    ]


def test_fighting_a_loss_is_an_action_and_phong_chong_stays_one_word():
    (d,) = directives(
        "Ông Phạm Văn Mười yêu cầu Sở Tài chính rà soát các nguồn thu, chống thất thu ngân "
        "sách; tăng cường phòng, chống tham nhũng, tiêu cực.",
        officials=[("Phạm Văn Mười", "Phạm Văn Mười")],
    )
    assert d.actions == [
        "rà soát các nguồn thu",
        "chống thất thu ngân sách",
        "tăng cường phòng, chống tham nhũng, tiêu cực",
    ]


def test_answering_voters_is_reported_at_a_sentence_start_and_shared_after_tiep_thu():
    text = (
        "Ông Phạm Văn Mười đề nghị UBND huyện tiếp thu, trả lời đầy đủ các kiến nghị. "
        "Trả lời cử tri, ông Lê Văn Tám cho biết tuyến đường sẽ được khởi công trong quý IV."
    )
    (d,) = directives(text, officials=[("Phạm Văn Mười", "Phạm Văn Mười")])
    assert d.actions == ["tiếp thu, trả lời đầy đủ các kiến nghị"]


def test_chi_dao_inside_an_action_belongs_to_the_action():
    (d,) = directives(
        "Ông Trần Quốc Chín yêu cầu Chủ tịch UBND các huyện chỉ đạo, hỗ trợ người dân nạo vét "
        "kênh mương.",
        officials=[("Trần Quốc Chín", "Trần Quốc Chín")],
    )
    assert d.addressee == "Chủ tịch UBND các huyện"
    assert d.actions == ["chỉ đạo, hỗ trợ người dân nạo vét kênh mương"]


def test_trailing_dots_and_punctuation_are_trimmed():
    (d,) = directives(
        "Ông Lý Văn Mười yêu cầu xã phát triển sản phẩm OCOP, mở rộng thị trường tiêu thụ ...",
        officials=[("Lý Văn Mười", "Lý Văn Mười")],
    )
    assert d.actions == ["phát triển sản phẩm OCOP", "mở rộng thị trường tiêu thụ"]


def test_actions_listed_as_items_after_a_colon():
    text = (
        "Tại hội nghị, ông Phạm Văn Bốn yêu cầu các sở, ngành, địa phương:\n\n"
        "- Tập trung giải ngân vốn đầu tư công; rà soát các dự án chậm tiến độ.\n\n"
        "- Đẩy mạnh cải cách hành chính, nâng cao chỉ số PCI.\n\n"
        "Hội nghị kết thúc lúc 11 giờ."
    )
    (d,) = directives(text, officials=[("Phạm Văn Bốn", "Phạm Văn Bốn")])
    assert (d.issuer, d.addressee) == ("Phạm Văn Bốn", "các sở, ngành, địa phương")
    assert d.actions == [
        "Tập trung giải ngân vốn đầu tư công",
        "rà soát các dự án chậm tiến độ",
        "Đẩy mạnh cải cách hành chính",
        "nâng cao chỉ số PCI",
    ]


def test_a_second_directive_verb_after_and_starts_a_new_directive():
    text = (
        "Ông Cao Văn Lực yêu cầu UBND huyện đẩy nhanh giải phóng mặt bằng "
        "và đề nghị Sở Xây dựng sớm thẩm định thiết kế."
    )
    first, second = directives(text, officials=[("Cao Văn Lực", "Cao Văn Lực")])
    assert first.actions == ["đẩy nhanh giải phóng mặt bằng"]
    assert (second.verb, second.issuer, second.addressee) == (
        "đề nghị",
        "Cao Văn Lực",
        "Sở Xây dựng",
    )
    assert second.actions == ["sớm thẩm định thiết kế"]


# --- continuations -----------------------------------------------------------------------------


def test_continuations_carry_issuer_verb_and_addressee():
    text = (
        "Ông Vũ Đình Một chỉ đạo UBND huyện Tân Phú rà soát quy hoạch sử dụng đất.\n\n"
        "Ngoài ra, cần quan tâm đào tạo nghề cho lao động nông thôn.\n"
        "Bên cạnh đó, các xã biên giới phải tăng cường tuần tra.\n"
        "Đối với các trường học, phải bảo đảm an toàn cho học sinh."
    )
    found = directives(
        text,
        officials=[("Vũ Đình Một", "Vũ Đình Một")],
        organizations=[("Ủy ban nhân dân huyện Tân Phú", "UBND huyện Tân Phú")],
    )
    assert [(d.verb, d.issuer) for d in found] == [("chỉ đạo", "Vũ Đình Một")] * 4
    assert [d.addressee for d in found] == [
        "Ủy ban nhân dân huyện Tân Phú",
        "Ủy ban nhân dân huyện Tân Phú",
        "các xã biên giới",
        "các trường học",
    ]
    assert actions(found)[1:] == [
        ["quan tâm đào tạo nghề cho lao động nông thôn"],
        ["tăng cường tuần tra"],
        ["bảo đảm an toàn cho học sinh"],
    ]


def test_bare_modal_sentence_right_after_a_directive_continues_it():
    text = (
        "Ông Mai Văn Hải yêu cầu các phòng chuyên môn đẩy nhanh cải cách hành chính. "
        "Các phường phải báo cáo kết quả trước ngày 15 hằng tháng."
    )
    first, second = directives(text, officials=[("Mai Văn Hải", "Mai Văn Hải")])
    assert second.issuer == "Mai Văn Hải"
    assert second.addressee == "Các phường"
    assert second.actions == ["báo cáo kết quả trước ngày 15 hằng tháng"]


def test_a_bare_continuation_may_list_several_named_units_before_its_modal():
    text = (
        "Ông Mai Văn Hải yêu cầu các xã ven biển hoàn thành di dời dân trước 17 giờ. "
        "Các phường Hoài Nhơn Đông, Hoài Nhơn Nam và xã Hoài Châu Bắc phải đưa toàn bộ "
        "lồng bè vào bờ."
    )
    first, second = directives(text, officials=[("Mai Văn Hải", "Mai Văn Hải")])
    assert second.addressee == "Các phường Hoài Nhơn Đông, Hoài Nhơn Nam và xã Hoài Châu Bắc"
    assert second.actions == ["đưa toàn bộ lồng bè vào bờ"]


def test_a_continuation_may_open_with_a_clause_of_time():
    text = (
        "Ông Mai Văn Hải giao Sở Nông nghiệp và Môi trường theo dõi mực nước các hồ chứa.\n\n"
        "Sau khi nước rút, các địa phương cần khẩn trương thống kê thiệt hại."
    )
    first, second = directives(text, officials=[("Mai Văn Hải", "Mai Văn Hải")])
    assert (second.verb, second.issuer) == ("giao", "Mai Văn Hải")
    assert second.addressee == "các địa phương"
    assert second.actions == ["khẩn trương thống kê thiệt hại"]


def test_more_verbs_of_the_genre_open_continuations():
    text = (
        "Ông Mai Văn Hải yêu cầu các xã khẩn trương di dời các hộ dân ở vùng sạt lở. "
        "UBND các xã Tiên Hải, Sơn Hải phải niêm yết công khai lịch tàu, giá vé; Công ty "
        "Điện lực tỉnh khôi phục hoàn toàn lưới điện trước ngày 20/10."
    )
    found = directives(text, officials=[("Mai Văn Hải", "Mai Văn Hải")],
                       organizations=[("Công ty Điện lực tỉnh", "Công ty Điện lực tỉnh")])
    assert [(d.addressee, d.actions) for d in found[1:]] == [
        ("UBND các xã Tiên Hải, Sơn Hải", ["niêm yết công khai lịch tàu, giá vé"]),
        ("Công ty Điện lực tỉnh", ["khôi phục hoàn toàn lưới điện trước ngày 20/10"]),
    ]


def test_accordingly_a_named_body_then_an_action_continues_a_directive():
    text = (
        "Ông Lê Văn Hẳn ký công văn yêu cầu các sở, ngành triển khai giải pháp chống hạn. "
        "Theo đó, Sở Công Thương chủ trì, phối hợp với các địa phương bình ổn giá nước sạch. "
        "Bên cạnh đó, huyện đã triển khai nhiều giải pháp tích cực."
    )
    first, second = directives(
        text,
        officials=[("Lê Văn Hẳn", "Lê Văn Hẳn")],
        organizations=[("Sở Công Thương tỉnh Trà Vinh", "Sở Công Thương")],
    )
    assert (second.issuer, second.addressee) == ("Lê Văn Hẳn", "Sở Công Thương tỉnh Trà Vinh")
    assert second.actions == ["chủ trì, phối hợp với các địa phương bình ổn giá nước sạch"]


def test_unknown_titled_person_is_named_as_written():
    text = (
        "Ông Hồ Huy Thành trả lời chất vấn. "
        "Đại biểu Nguyễn Thị Nhung đề nghị Sở Tài nguyên và Môi trường làm rõ trách nhiệm."
    )
    (d,) = directives(text, officials=[("Hồ Huy Thành", "Hồ Huy Thành")])
    assert d.issuer == "Nguyễn Thị Nhung"


def test_modal_statement_without_a_directive_before_is_not_one():
    found = directives("Theo các chuyên gia, người dân cần theo dõi thời tiết thường xuyên.")
    assert found == []


# --- look-alikes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Ngô Văn Hòa đánh giá cao sự nỗ lực của huyện trong công tác giảm nghèo.",
        "Ông Ngô Văn Hòa ghi nhận và biểu dương những kết quả mà xã đạt được.",
        "Báo cáo của UBND huyện cho biết, huyện đề nghị tỉnh hỗ trợ kinh phí làm đường.",
        "Ông Ngô Văn Hòa nhấn mạnh, năm 2024 là năm có ý nghĩa quan trọng đối với tỉnh.",
        "Ông Ngô Văn Hòa lưu ý tầm quan trọng của công tác chuyển đổi số.",
        "Ông Ngô Văn Hòa lưu ý việc triển khai phần mềm còn chậm ở một số xã.",
        "Từ đầu năm, Huyện ủy đã tổ chức quán triệt Nghị quyết tới toàn thể đảng viên.",
        "Thay mặt huyện, bà Lưu Thị Nhàn cam kết sẽ chỉ đạo hoàn thành các chỉ tiêu còn lại.",
        "Huyện phấn đấu đến năm 2025 có 100% xã đạt chuẩn; các xã cần duy trì các tiêu chí.",
        "Phát biểu chỉ đạo, ông Ngô Văn Hòa chúc mừng những kết quả huyện đạt được.",
        "Theo yêu cầu của tỉnh, huyện đã hoàn thành việc sắp xếp bộ máy.",
    ],
)
def test_look_alikes_are_not_directives(sentence):
    assert directives(sentence, officials=[("Ngô Văn Hòa", "Ngô Văn Hòa")]) == []


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("Ông Ngô Văn Hòa lưu ý nhà trường phối hợp với trạm y tế xã khám sức khỏe cho "
         "học sinh.", "nhà trường"),
        ("Ông Ngô Văn Hòa nhắc nhở các đơn vị chủ động rà soát hồ sơ tồn đọng.", "các đơn vị"),
    ],
)
def test_a_reminder_to_a_group_is_a_directive_without_a_modal(sentence, addressee):
    (d,) = directives(sentence, officials=[("Ngô Văn Hòa", "Ngô Văn Hòa")])
    assert (d.verb, d.issuer, d.addressee) == ("lưu ý", "Ngô Văn Hòa", addressee)


def test_a_directive_after_a_look_alike_is_still_found():
    text = (
        "Phát biểu kết luận, ông Đinh Văn Tuấn biểu dương huyện. Ông đề nghị huyện tiếp tục "
        "nâng cao chất lượng tiêu chí môi trường."
    )
    (d,) = directives(text, officials=[("Đinh Văn Tuấn", "Đinh Văn Tuấn")])
    assert (d.verb, d.issuer, d.addressee) == ("đề nghị", "Đinh Văn Tuấn", "huyện")


# --- robustness ----------------------------------------------------------------------------


def test_long_run_on_input_is_fast_and_safe():
    import time

    text = ("yêu cầu các xã, " * 20_000) + ("rà soát, " * 20_000)
    start = time.perf_counter()
    directives(text)
    assert time.perf_counter() - start < 5


# --- real-genre shapes (issue 14) -----------------------------------------------------------

VICE_CHAIR = [("Lê Ngọc Châu", "Lê Ngọc Châu")]


def test_coordinated_verbs_sharing_an_object_are_one_action():
    text = (
        "Phó Chủ tịch UBND tỉnh Lê Ngọc Châu đề nghị các địa phương tập trung, củng cố, "
        "kiện toàn nhân sự Ban Chỉ đạo cấp xã; tiếp tục duy trì và nâng cao chất lượng các "
        "tiêu chí đã đạt."
    )
    [d] = directives(text, officials=VICE_CHAIR)
    assert d.addressee == "các địa phương"
    assert d.actions == [
        "tập trung, củng cố, kiện toàn nhân sự Ban Chỉ đạo cấp xã",
        "tiếp tục duy trì và nâng cao chất lượng các tiêu chí đã đạt",
    ]


def test_numbered_task_list_after_a_colon():
    text = (
        "Kết luận hội nghị, ông Lê Ngọc Châu đề nghị các địa phương:\n"
        "1. Rà soát, đánh giá thực trạng từng tiêu chí trước ngày 15/8;\n"
        "2. Phấn đấu đến ngày 30/9 giải ngân đạt trên 80% kế hoạch vốn;\n"
        "3. Tập trung nguồn lực cho các xã đăng ký về đích."
    )
    [d] = directives(text, officials=VICE_CHAIR)
    assert (d.verb, d.issuer, d.addressee) == ("đề nghị", "Lê Ngọc Châu", "các địa phương")
    assert d.actions == [
        "Rà soát, đánh giá thực trạng từng tiêu chí trước ngày 15/8",
        "Phấn đấu đến ngày 30/9 giải ngân đạt trên 80% kế hoạch vốn",
        "Tập trung nguồn lực cho các xã đăng ký về đích",
    ]


def test_a_conclusions_numbered_parts_each_head_their_own_tasks():
    text = (
        "Ông Lê Ngọc Châu kết luận và giao nhiệm vụ cụ thể như sau:\n"
        "1. Sở Giao thông vận tải:\n"
        "- Chủ trì kiểm tra phạm vi mặt bằng còn vướng;\n"
        "- Báo cáo UBND tỉnh trước ngày 25/5.\n"
        "2. UBND huyện Tháp Mười: vận động các hộ còn lại nhận tiền bồi thường.\n"
        "3. Giao Sở Tài chính tham mưu bố trí kinh phí dự phòng."
    )
    found = directives(text, officials=VICE_CHAIR, organizations=[
        ("Sở Giao thông vận tải", "Sở Giao thông vận tải"),
        ("UBND huyện Tháp Mười", "UBND huyện Tháp Mười"),
        ("Sở Tài chính", "Sở Tài chính"),
    ])
    assert [(d.verb, d.addressee, d.actions) for d in found] == [
        ("giao", "Sở Giao thông vận tải",
         ["Chủ trì kiểm tra phạm vi mặt bằng còn vướng", "Báo cáo UBND tỉnh trước ngày 25/5"]),
        ("giao", "UBND huyện Tháp Mười", ["vận động các hộ còn lại nhận tiền bồi thường"]),
        ("giao", "Sở Tài chính", ["tham mưu bố trí kinh phí dự phòng"]),
    ]


def test_phan_dau_den_is_an_action_of_its_own():
    text = (
        "Ông Lê Ngọc Châu yêu cầu huyện Tháp Mười đẩy nhanh tiến độ các công trình giao thông, "
        "phấn đấu đến ngày 30/9 đạt chuẩn nông thôn mới nâng cao."
    )
    [d] = directives(text, officials=VICE_CHAIR)
    assert d.actions == [
        "đẩy nhanh tiến độ các công trình giao thông",
        "phấn đấu đến ngày 30/9 đạt chuẩn nông thôn mới nâng cao",
    ]


def test_a_new_addressee_after_a_semicolon_starts_a_new_directive():
    text = (
        "Ông Lê Ngọc Châu yêu cầu UBND huyện Lai Vung hoàn thiện hồ sơ đề nghị công nhận; "
        "Sở Tài chính phối hợp bố trí vốn đối ứng; các xã khẩn trương hoàn thành tiêu chí "
        "môi trường."
    )
    orgs = [
        ("Ủy ban nhân dân huyện Lai Vung", "UBND huyện Lai Vung"),
        ("Sở Tài chính tỉnh Đồng Tháp", "Sở Tài chính"),
    ]
    found = directives(text, officials=VICE_CHAIR, organizations=orgs)
    assert [(d.issuer, d.addressee, d.actions) for d in found] == [
        ("Lê Ngọc Châu", "Ủy ban nhân dân huyện Lai Vung", ["hoàn thiện hồ sơ đề nghị công nhận"]),
        ("Lê Ngọc Châu", "Sở Tài chính tỉnh Đồng Tháp", ["phối hợp bố trí vốn đối ứng"]),
        ("Lê Ngọc Châu", "các xã", ["khẩn trương hoàn thành tiêu chí môi trường"]),
    ]


def test_a_named_body_then_a_verb_right_after_a_directive_continues_it():
    text = (
        "Ông Lê Ngọc Châu yêu cầu UBND huyện Lai Vung rà soát các hộ nghèo. Sở Nội vụ phối hợp "
        "hướng dẫn thủ tục cho các xã."
    )
    orgs = [
        ("Ủy ban nhân dân huyện Lai Vung", "UBND huyện Lai Vung"),
        ("Sở Nội vụ tỉnh Đồng Tháp", "Sở Nội vụ"),
    ]
    found = directives(text, officials=VICE_CHAIR, organizations=orgs)
    assert [(d.verb, d.addressee, d.actions) for d in found][1] == (
        "yêu cầu",
        "Sở Nội vụ tỉnh Đồng Tháp",
        ["phối hợp hướng dẫn thủ tục cho các xã"],
    )


def test_a_decision_clause_gives_its_task_to_every_body_listed_before_it():
    text = (
        "UBND tỉnh vừa công nhận 5 xã đạt chuẩn nông thôn mới nâng cao. UBND tỉnh đề nghị "
        "UBND huyện Núi Thành và UBND thị xã Điện Bàn chịu trách nhiệm tổ chức công bố theo "
        "quy định. UBND huyện Núi Thành, thị xã Điện Bàn và các xã được công nhận có trách "
        "nhiệm duy trì các tiêu chí đã đạt."
    )
    orgs = [
        ("Ủy ban nhân dân tỉnh Quảng Nam", "UBND tỉnh"),
        ("Ủy ban nhân dân huyện Núi Thành", "UBND huyện Núi Thành"),
        ("Ủy ban nhân dân thị xã Điện Bàn", "UBND thị xã Điện Bàn"),
    ]
    asked, tasked = directives(text, organizations=orgs)
    assert (asked.addressee, asked.actions) == (
        "UBND huyện Núi Thành và UBND thị xã Điện Bàn",
        ["chịu trách nhiệm tổ chức công bố theo quy định"],
    )
    assert (tasked.verb, tasked.addressee, tasked.actions) == (
        "giao",
        "UBND huyện Núi Thành, thị xã Điện Bàn và các xã được công nhận",
        ["duy trì các tiêu chí đã đạt"],
    )


def test_a_letter_asks_the_bodies_it_was_sent_to():
    text = (
        "Bộ Y tế vừa có văn bản gửi UBND các tỉnh, thành phố trực thuộc Trung ương đề nghị "
        "tăng cường phòng, chống dịch bệnh dịp nghỉ Lễ Quốc khánh 2/9."
    )
    [d] = directives(text, organizations=[("Bộ Y tế", "Bộ Y tế")])
    assert (d.verb, d.issuer, d.addressee, d.actions) == (
        "đề nghị",
        "Bộ Y tế",
        "UBND các tỉnh, thành phố trực thuộc Trung ương",
        ["tăng cường phòng, chống dịch bệnh dịp nghỉ Lễ Quốc khánh 2/9"],
    )


NGHIA = [("Hồ Văn Nghĩa", "Hồ Văn Nghĩa")]


def test_a_condition_clause_opens_a_continuation_before_the_bodies_told():
    text = (
        "Phó Chủ tịch UBND tỉnh Hồ Văn Nghĩa yêu cầu UBND các xã tập trung vận động 38 hộ "
        "còn lại. Trường hợp đã vận động, thuyết phục nhiều lần nhưng không chấp hành, các "
        "địa phương phải lập hồ sơ cưỡng chế thu hồi đất theo quy định."
    )
    _, then = directives(text, officials=NGHIA)
    assert (then.issuer, then.addressee, then.actions) == (
        "Hồ Văn Nghĩa", "các địa phương", ["lập hồ sơ cưỡng chế thu hồi đất theo quy định"]
    )


def test_an_opening_topic_is_told_when_the_verb_names_no_one():
    text = (
        "Phó Chủ tịch UBND tỉnh Hồ Văn Nghĩa giao Sở Xây dựng rà soát, báo cáo UBND tỉnh. "
        "Đối với nhà đầu tư và các nhà thầu, Phó Chủ tịch UBND tỉnh đề nghị huy động thêm "
        "máy móc, nhân lực ngay khi nhận mặt bằng."
    )
    _, asked = directives(text, officials=NGHIA, organizations=[("Sở Xây dựng", "Sở Xây dựng")])
    assert (asked.verb, asked.addressee) == ("đề nghị", "nhà đầu tư và các nhà thầu")


def test_a_rate_describing_the_bodies_told_is_no_task():
    text = (
        "Chủ tịch UBND tỉnh Hồ Văn Nghĩa yêu cầu các chủ đầu tư có tỷ lệ giải ngân thấp báo "
        "cáo rõ nguyên nhân, đề xuất giải pháp cụ thể cho từng dự án."
    )
    [d] = directives(text, officials=NGHIA)
    assert d.addressee == "các chủ đầu tư có tỷ lệ giải ngân thấp"
    assert d.actions == ["báo cáo rõ nguyên nhân", "đề xuất giải pháp cụ thể cho từng dự án"]


def test_public_service_units_are_told_not_a_task_of_setting_up():
    # "đơn vị sự nghiệp công lập": "lập" (set up) is part of the addressee's name
    text = (
        "Chủ tịch UBND tỉnh Hồ Văn Nghĩa chỉ đạo các sở, ngành, đơn vị sự nghiệp công lập và "
        "UBND các xã khẩn trương rà soát, xử lý các cơ sở nhà, đất dôi dư."
    )
    [d] = directives(text, officials=NGHIA)
    assert d.addressee == "các sở, ngành, đơn vị sự nghiệp công lập và UBND các xã"
    assert d.actions == ["khẩn trương rà soát, xử lý các cơ sở nhà, đất dôi dư"]


def test_a_board_named_for_traffic_carries_on_the_directive():
    # "Giao thông" in a board's short name is no "giao" of a new directive
    text = (
        "Phó Chủ tịch UBND tỉnh Hồ Văn Nghĩa đề nghị UBND các xã khẩn trương chi trả tiền "
        "bồi thường. Ban QLDA Giao thông phải hoàn thiện hồ sơ thanh toán khối lượng."
    )
    _, then = directives(text, officials=NGHIA)
    assert (then.addressee, then.actions) == (
        "Ban QLDA Giao thông", ["hoàn thiện hồ sơ thanh toán khối lượng"]
    )


def test_a_target_after_a_comma_is_an_action_of_its_own():
    text = (
        "Ông Hồ Văn Nghĩa yêu cầu Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn tổ chức "
        "tuyên truyền, phấn đấu 100% học sinh ký cam kết."
    )
    [d] = directives(text, officials=NGHIA)
    assert d.actions == [
        "phối hợp với Tỉnh đoàn tổ chức tuyên truyền", "phấn đấu 100% học sinh ký cam kết"
    ]


def test_directing_named_as_a_failing_is_no_directive():
    text = (
        "UBKT Tỉnh ủy kết luận: đồng chí Tường đã thiếu trách nhiệm trong chỉ đạo thẩm định, "
        "phê duyệt phương án bồi thường, hỗ trợ giải phóng mặt bằng."
    )
    assert directives(text, officials=[("Bùi Văn Tường", "Tường")]) == []


def test_a_quote_of_several_sentences_after_its_speaker_is_read_sentence_by_sentence():
    text = (
        "Phó Chủ tịch UBND tỉnh Trần Thị Lan đề nghị Sở Tài chính tham mưu điều chuyển vốn.\n\n"
        "Kết luận phiên họp, Chủ tịch UBND tỉnh Nguyễn Hữu Thành nhấn mạnh: “Quý IV là quý về "
        "đích, không còn thời gian để chờ đợi. Các sở, ngành, địa phương phải coi giải ngân "
        "đầu tư công là nhiệm vụ chính trị hàng đầu”.\n\n"
        "Đồng chí yêu cầu Sở Nội vụ rà soát, bố trí đủ công chức chuyên môn."
    )
    people = [("Trần Thị Lan", "Trần Thị Lan"), ("Nguyễn Hữu Thành", "Nguyễn Hữu Thành")]
    _, quoted, then = directives(text, officials=people)
    assert (quoted.verb, quoted.issuer, quoted.addressee, quoted.actions) == (
        "nhấn mạnh", "Nguyễn Hữu Thành", "Các sở, ngành, địa phương",
        ["coi giải ngân đầu tư công là nhiệm vụ chính trị hàng đầu"],
    )
    assert then.issuer == "Nguyễn Hữu Thành"  # the one who spoke last, not the last asker


@pytest.mark.parametrize(
    "text",
    [
        "Bà Lan lưu ý, giải ngân chậm không chỉ vì vướng thủ tục mà còn do năng lực hạn chế.",
        "Bà Nhung nhấn mạnh, đánh giá chỉ số không phải để xếp hạng mà để tìm ra điểm nghẽn.",
        "Bà Lan lưu ý, giải ngân chậm không phải do thiếu vốn mà do khâu lập hồ sơ.",
        "Bà Lan lưu ý, lũ năm nay cho thấy nhiều kịch bản ứng phó không còn phù hợp.",
    ],
)
def test_not_only_and_is_not_state_rather_than_ask(text):
    speakers = [("Trần Thị Lan", "Bà Lan"), ("Vũ Thị Nhung", "Bà Nhung")]
    assert directives(text, officials=speakers) == []


def test_the_first_person_asks_as_the_one_who_spoke_last():
    """ "Tôi yêu cầu ..." in the chair's closing speech is the chair's, not the commune's
    request reported before it."""
    text = (
        "Phường An Nhơn đề nghị tỉnh sớm bố trí kinh phí sửa chữa trụ sở.\n\n"
        "Phát biểu kết luận, Bí thư Tỉnh ủy Trương Minh Khoa ghi nhận nỗ lực của đội ngũ cán "
        "bộ cơ sở. Đồng chí nói:\n\n"
        "Tôi yêu cầu các đồng chí bí thư cấp ủy xã, phường phải trực tiếp chỉ đạo công tác "
        "cải cách hành chính tại địa phương mình."
    )
    *_, asked = directives(
        text, officials=[("Trương Minh Khoa", "Trương Minh Khoa")],
        organizations=[("Ủy ban nhân dân phường An Nhơn", "Phường An Nhơn")],
    )
    assert (asked.issuer, asked.addressee) == (
        "Trương Minh Khoa", "các đồng chí bí thư cấp ủy xã, phường"
    )


def test_tasks_given_in_ordinal_items_after_giao_nhiem_vu_cu_the():
    text = (
        "Kết luận buổi đối thoại, Chủ tịch UBND tỉnh Trần Xuân Lâm đề nghị các hộ dân chia sẻ,"
        " sớm bàn giao mặt bằng. Đồng chí giao nhiệm vụ cụ thể:\n\n"
        "Thứ nhất, Sở Nông nghiệp và Môi trường chủ trì rà soát lại giá đất bồi thường.\n\n"
        "Thứ hai, UBND phường Vũng Áng tiếp tục vận động 27 hộ còn lại."
    )
    found = directives(
        text, officials=[("Trần Xuân Lâm", "Trần Xuân Lâm")],
        organizations=[("Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
                        "Sở Nông nghiệp và Môi trường")],
    )
    assert [(d.verb, d.addressee, d.actions) for d in found[1:]] == [
        ("giao", "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
         ["chủ trì rà soát lại giá đất bồi thường"]),
        ("giao", "UBND phường Vũng Áng", ["tiếp tục vận động 27 hộ còn lại"]),
    ]
    assert found[0].addressee == "các hộ dân"


def test_unmarked_paragraphs_after_chi_dao_colon_each_name_their_body():
    text = (
        "Để chuẩn bị cho năm học mới, Phó Chủ tịch UBND tỉnh Nguyễn Thị Ngọc Diễm chỉ đạo:\n\n"
        "Sở GD&ĐT chủ trì, phối hợp Sở Nội vụ hoàn thành phương án điều động giáo viên.\n\n"
        "UBND các xã, phường không tự ý sáp nhập trường khi chưa có ý kiến của Sở GD&ĐT."
    )
    found = directives(
        text, officials=[("Nguyễn Thị Ngọc Diễm", "Nguyễn Thị Ngọc Diễm")],
        organizations=[("Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "Sở GD&ĐT")],
    )
    assert [(d.verb, d.addressee) for d in found] == [
        ("chỉ đạo", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"),
        ("chỉ đạo", "UBND các xã, phường"),
    ]


def test_giao_so_nhiem_vu_colon_opens_a_numbered_list():
    text = (
        "Phó Chủ tịch UBND thành phố Lâm Ngọc Trinh giao 5 nhiệm vụ:\n\n"
        "1. Sở GD&ĐT hoàn thành phân tuyến lớp 6 trước ngày 20/8/2025.\n\n"
        "2. Sở Tài chính bố trí kinh phí thuê phòng học tạm trong tháng 8/2025."
    )
    found = directives(text, officials=[("Lâm Ngọc Trinh", "Lâm Ngọc Trinh")])
    assert [(d.verb, d.addressee) for d in found] == [
        ("giao", "Sở GD&ĐT"), ("giao", "Sở Tài chính")
    ]


def test_decision_clauses_give_tasks_from_the_decisions_issuer():
    text = (
        "UBND tỉnh Đồng Tháp vừa ban hành Quyết định công nhận xã Mỹ An đạt chuẩn nông thôn "
        "mới nâng cao. Theo quyết định, UBND huyện Tháp Mười có trách nhiệm công bố, khen "
        "thưởng theo quy định; chỉ đạo UBND xã Mỹ An tiếp tục duy trì và nâng cao chất lượng "
        "các tiêu chí, bảo đảm tính bền vững."
    )
    orgs = [
        ("Ủy ban nhân dân tỉnh Đồng Tháp", "UBND tỉnh Đồng Tháp"),
        ("Ủy ban nhân dân huyện Tháp Mười", "UBND huyện Tháp Mười"),
        ("Ủy ban nhân dân xã Mỹ An", "UBND xã Mỹ An"),
    ]
    [d] = directives(text, organizations=orgs)
    assert (d.verb, d.issuer, d.addressee) == (
        "giao", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân huyện Tháp Mười"
    )
    assert d.actions == [
        "công bố, khen thưởng theo quy định",
        "chỉ đạo UBND xã Mỹ An tiếp tục duy trì và nâng cao chất lượng các tiêu chí, "
        "bảo đảm tính bền vững",
    ]


def test_answerable_to_is_not_a_task():
    text = "Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả giải ngân."
    assert directives(text) == []


def test_reported_past_orders_and_statements_are_not_actions():
    text = (
        "Thời gian qua, UBND huyện đã kịp thời chỉ đạo các xã rà soát lại các tiêu chí. "
        "Huyện ủy đã lãnh đạo, chỉ đạo các chi bộ thực hiện tốt nghị quyết. "
        "Ông Lê Ngọc Châu yêu cầu các xã tiếp tục giữ vững các tiêu chí; việc công nhận xã "
        "đạt chuẩn là khởi đầu cho giai đoạn mới."
    )
    found = directives(text, officials=VICE_CHAIR)
    assert [(d.verb, d.addressee, d.actions) for d in found] == [
        ("yêu cầu", "các xã", ["tiếp tục giữ vững các tiêu chí"])
    ]


def test_being_answerable_is_not_an_action():
    text = (
        "Ông Lê Ngọc Châu nhấn mạnh, người đứng đầu các đơn vị phải chịu trách nhiệm trước "
        "Chủ tịch UBND tỉnh nếu để chậm giải ngân."
    )
    assert directives(text, officials=VICE_CHAIR) == []


def test_leading_adverbs_stay_with_their_verb():
    text = (
        "Ông Lê Ngọc Châu yêu cầu các ngành, địa phương khẩn trương, quyết liệt vào cuộc, thực "
        "hiện đồng bộ các giải pháp giải phóng mặt bằng."
    )
    [d] = directives(text, officials=VICE_CHAIR)
    assert d.actions == [
        "khẩn trương, quyết liệt vào cuộc",
        "thực hiện đồng bộ các giải pháp giải phóng mặt bằng",
    ]


def test_a_long_list_of_addressees_and_a_post_held_by_no_named_official():
    text = (
        "Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng "
        "các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển "
        "khai thực hiện nghiêm túc nội dung công văn."
    )
    [d] = directives(text, organizations=[("Ủy ban nhân dân tỉnh Bình Định", "UBND tỉnh")])
    assert d.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Bình Định"
    assert d.addressee.endswith("Chủ tịch UBND các huyện, thị xã, thành phố")
    assert d.actions == ["triển khai thực hiện nghiêm túc nội dung công văn"]


def test_listed_bodies_that_leave_out_their_place_are_named_in_full():
    """ "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh": each body the addressee names by its
    level alone is written with its place, as SPEC.md's "named body in full"; a list
    sharing its head ("UBND các xã A, B") stays as written."""
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và các địa phương "
        "bố trí lực lượng túc trực 24/24 giờ. Chủ tịch UBND tỉnh giao UBND các xã Ea Súp, "
        "Ea Rốk rà soát các hộ dân vùng trũng."
    )
    first, second = directives(
        text,
        organizations=[
            ("Ủy ban nhân dân tỉnh Đắk Lắk", "UBND tỉnh"),
            ("Bộ Chỉ huy Quân sự tỉnh Đắk Lắk", "Bộ Chỉ huy Quân sự tỉnh"),
            ("Công an tỉnh Đắk Lắk", "Công an tỉnh"),
            ("Ủy ban nhân dân xã Ea Súp", "Ea Súp"),
            ("Ủy ban nhân dân xã Ea Rốk", "Ea Rốk"),
        ],
    )
    assert first.addressee == (
        "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk, Công an tỉnh Đắk Lắk và các địa phương"
    )
    assert second.addressee == "UBND các xã Ea Súp, Ea Rốk"


def test_an_order_named_after_it_by_its_issuer():
    """ "Huyện X cần ...; đồng thời ... . Đó là chỉ đạo của đồng chí Y ...": the sentence
    before is the order. With no subject of its own, the body Y met is its addressee; a
    statement before "Đó là kết quả ..." or a past one gives none."""
    text = (
        "Huyện Thuận Thành cần xây dựng các tuyến đường liên kết vùng; đồng thời chuẩn bị "
        "điều kiện đón nhà đầu tư lớn. Đó là chỉ đạo của đồng chí Lê Văn Hòa, Chủ tịch UBND "
        "tỉnh tại buổi làm việc với huyện. Giữ vững đoàn kết, gần dân, sát cơ sở. Đó là yêu "
        "cầu của đồng chí Trần Văn Bình tại buổi làm việc với Ban Thường vụ Đảng ủy xã Hà "
        "Mãn. Năm 2025, huyện đã hoàn thành 15/17 chỉ tiêu. Đó là kết quả của cả hệ thống."
    )
    found = directives(
        text,
        officials=[("Lê Văn Hòa", "Lê Văn Hòa"), ("Trần Văn Bình", "Trần Văn Bình")],
        organizations=[("Ban Thường vụ Đảng ủy xã Hà Mãn", "Ban Thường vụ Đảng ủy xã Hà Mãn")],
    )
    assert [(d.verb, d.issuer, d.addressee) for d in found] == [
        ("chỉ đạo", "Lê Văn Hòa", "Huyện Thuận Thành"),
        ("yêu cầu", "Trần Văn Bình", "Ban Thường vụ Đảng ủy xã Hà Mãn"),
    ]
    assert actions(found) == [
        ["xây dựng các tuyến đường liên kết vùng", "chuẩn bị điều kiện đón nhà đầu tư lớn"],
        ["Giữ vững đoàn kết, gần dân, sát cơ sở"],
    ]


def test_items_of_a_dispatch_that_name_their_own_addressee_are_theirs():
    """ "yêu cầu các cơ quan, đơn vị, địa phương ... sau: 1. Theo dõi ...; 2. Bộ Chỉ huy
    Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh bố trí ...": the second item is told to
    the two commands (more than twelve words name them), the first to the verb's addressee;
    an item opening with its task ("Báo cáo tình hình về UBND tỉnh ...") names no one."""
    text = (
        "Công điện ứng phó bão\n"
        "Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các cơ quan, đơn vị, địa phương khẩn trương triển "
        "khai các nội dung sau:\n"
        "1. Theo dõi chặt chẽ diễn biến của bão, hướng dẫn tàu thuyền vào nơi tránh trú.\n"
        "2. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh bố trí lực lượng tại "
        "các địa bàn xung yếu.\n"
        "3. Báo cáo tình hình về UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trước 16 giờ "
        "hằng ngày.\n"
    )
    record = extract.from_text(text, url="https://baohatinh.vn/a.html")
    told = {a: d.addressee for d in record.directives for a in d.actions}
    assert told["Theo dõi chặt chẽ diễn biến của bão"] == "các cơ quan, đơn vị, địa phương"
    assert told["bố trí lực lượng tại các địa bàn xung yếu"] == (
        "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh"
    )
    report = next(a for a in told if a.startswith("Báo cáo tình hình"))
    assert told[report] == "các cơ quan, đơn vị, địa phương"


def test_a_dispatch_that_asks_is_its_issuer_s():
    text = (
        "Mưa lớn gây ngập sâu\n"
        "Sáng 16/6, UBND tỉnh Quảng Bình đã ban hành Công điện số 09/CĐ-UBND gửi các sở, "
        "ngành và địa phương.\n"
        "Công điện yêu cầu các địa phương, đơn vị khẩn trương sơ tán người dân ra khỏi khu "
        "vực ngập sâu.\n"
    )
    record = extract.from_text(text, url="https://baoquangbinh.vn/a.html")
    assert [(d.issuer, d.addressee) for d in record.directives] == [
        ("Ủy ban nhân dân tỉnh Quảng Bình", "các địa phương, đơn vị")
    ]


def test_storm_work_opens_an_action():
    record = extract.from_text(
        "Ứng phó bão số 1\nTại Khu kinh tế Vũng Áng, Chủ tịch UBND tỉnh Võ Trọng Hải lưu ý "
        "Ban Quản lý Khu kinh tế tỉnh và các doanh nghiệp chằng buộc cần cẩu, kho bãi; dừng "
        "hoạt động bốc xếp khi gió mạnh.",
        url="https://baohatinh.vn/a.html",
    )
    [d] = record.directives
    assert d.addressee == "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh và các doanh nghiệp"
    assert d.actions[0] == "chằng buộc cần cẩu, kho bãi"


def test_a_verb_naming_no_one_tells_the_body_its_issuer_met():
    text = (
        "Kiểm tra nông thôn mới\n"
        "Chủ tịch UBND tỉnh Trần Văn Chiến yêu cầu UBND các xã, thị trấn phối hợp tổ chức thực "
        "hiện.\nTrong buổi làm việc với huyện Đức Thọ, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải "
        "yêu cầu tập trung cao nhất để đạt chuẩn nông thôn mới nâng cao trong năm 2024.\n"
    )
    record = extract.from_text(text, url="https://baohatinh.vn/a.html")
    assert [d.addressee for d in record.directives] == ["UBND các xã, thị trấn", "huyện Đức Thọ"]


def test_a_frame_that_affirms_continues_no_directive():
    text = (
        "Phó Thủ tướng kiểm tra hạn mặn\n"
        "Phó Thủ tướng Trần Hồng Hà yêu cầu tỉnh chủ động trữ nước ngọt, bảo đảm nước sinh "
        "hoạt cho người dân.\n"
        "Tiếp thu ý kiến chỉ đạo, Bí thư Tỉnh ủy Thạch Minh Tâm khẳng định tỉnh sẽ nỗ lực cao "
        "nhất, phấn đấu hoàn thành thu hoạch lúa trước cuối tháng 4.\n"
    )
    record = extract.from_text(text, url="https://baosoctrang.org.vn/a.html")
    actions = [a for d in record.directives for a in d.actions]
    assert actions == ["chủ động trữ nước ngọt", "bảo đảm nước sinh hoạt cho người dân"]


def test_a_bare_continuation_that_asks_to_regard_something_as_a_task():
    text = (
        "Giải ngân vốn 1719\n"
        "Phó Chủ tịch UBND tỉnh Triệu Văn Kiên yêu cầu Sở Tài chính rà soát, điều chuyển vốn "
        "trong quý IV/2025.\n"
        "UBND các xã, phường phải coi giải ngân vốn Chương trình MTQG 1719 là nhiệm vụ chính "
        "trị trọng tâm; phân công lãnh đạo phụ trách từng dự án.\n"
    )
    record = extract.from_text(text, url="https://baotuyenquang.com.vn/a.html")
    told = {a: d.addressee for d in record.directives for a in d.actions}
    assert told["coi giải ngân vốn Chương trình MTQG 1719 là nhiệm vụ chính trị trọng tâm"] == (
        "UBND các xã, phường"
    )


def test_a_telling_verb_followed_by_the_task_tells_the_topic_the_sentence_opened_with():
    text = (
        "Đối với các xã, phường mới nhận bàn giao dự án từ huyện (cũ), ông Lê Hữu Tài lưu ý "
        "kiểm tra lại hồ sơ đền bù của từng hộ.\n"
        "Đối với Công an xã Hòa Bình, ông Lê Hữu Tài lưu ý lập danh sách đối tượng nghiện."
    )
    found = directives(text, officials=[("Lê Hữu Tài", "Lê Hữu Tài")])
    assert [(d.verb, d.issuer, d.addressee, d.actions) for d in found] == [
        ("lưu ý", "Lê Hữu Tài", "các xã, phường mới nhận bàn giao dự án từ huyện (cũ)",
         ["kiểm tra lại hồ sơ đền bù của từng hộ"]),
        ("lưu ý", "Lê Hữu Tài", "Công an xã Hòa Bình", ["lập danh sách đối tượng nghiện"]),
    ]


def test_a_long_named_body_then_its_modal_continues_the_directive_without_the_modal():
    text = (
        "Ông Lê Hữu Tài giao Sở Tài chính tham mưu điều chuyển vốn. Ban Quản lý dự án đầu tư "
        "xây dựng các công trình giao thông tỉnh Bắc Ninh phải phối hợp với phường Trạm Lộ."
    )
    board = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bắc Ninh"
    found = directives(
        text,
        officials=[("Lê Hữu Tài", "Lê Hữu Tài")],
        organizations=[("Sở Tài chính tỉnh Bắc Ninh", "Sở Tài chính"), (board, board)],
    )
    assert [(d.verb, d.addressee, d.actions) for d in found] == [
        ("giao", "Sở Tài chính tỉnh Bắc Ninh", ["tham mưu điều chuyển vốn"]),
        ("giao", board, ["phối hợp với phường Trạm Lộ"]),
    ]


def test_a_timely_task_after_a_comma_is_an_action_of_its_own():
    """ "..., kịp thời phản ánh ...": "kịp thời" opens a new verb phrase, not a verb group
    sharing the last one's object, so the action splits there."""
    text = (
        "Ông đề nghị Ủy ban MTTQ Việt Nam tỉnh tăng cường giám sát việc bình xét khen thưởng "
        "ở cơ sở, kịp thời phản ánh những trường hợp khen thưởng không đúng đối tượng."
    )
    [d] = directives(text, organizations=[("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long",
                                           "Ủy ban MTTQ Việt Nam tỉnh")])
    assert d.actions == [
        "tăng cường giám sát việc bình xét khen thưởng ở cơ sở",
        "kịp thời phản ánh những trường hợp khen thưởng không đúng đối tượng",
    ]


def test_a_reminder_not_to_let_something_happen_names_no_one_and_a_notice_s_formula():
    """ "Bà X lưu ý không để xảy ra ...": an order with no addressee named. The closing
    "Văn phòng UBND tỉnh thông báo để các sở ... biết, thực hiện" asks nothing."""
    text = (
        "Bà Giàng Thị Dua, Phó Chủ tịch UBND tỉnh làm việc với Sở Y tế. Bà Dua lưu ý không "
        "để xảy ra tình trạng trùng lặp, bỏ sót đối tượng; kết hợp trao quà với vận động người "
        "dân tham gia BHYT. Văn phòng UBND tỉnh thông báo để các sở, ban, ngành, địa phương "
        "biết, thực hiện."
    )
    [d] = directives(text, officials=[("Giàng Thị Dua", "Giàng Thị Dua", "Bà Dua")])
    assert (d.verb, d.issuer, d.addressee) == ("lưu ý", "Giàng Thị Dua", None)
    assert d.actions == [
        "không để xảy ra tình trạng trùng lặp, bỏ sót đối tượng",
        "kết hợp trao quà với vận động người dân tham gia BHYT",
    ]


def test_prevent_and_fight_share_their_object_and_a_board_in_small_letters_is_a_name():
    """ "công tác phòng, chống ma túy" is one action, as "phòng, chống" share their object;
    "Ban chỉ đạo" written in small letters names a board, not the task "chỉ đạo"."""
    text = (
        "Ông Hiếu đề nghị UBND các xã, phường phân công người đứng đầu trực tiếp chỉ đạo công "
        "tác phòng, chống ma túy. Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo tỉnh "
        "tăng cường kiểm tra cơ sở."
    )
    first, second = directives(text, officials=[("Nông Quang Hiếu", "Ông Hiếu")])
    assert first.actions == [
        "phân công người đứng đầu trực tiếp chỉ đạo công tác phòng, chống ma túy"
    ]
    assert second.addressee.startswith("các thành viên Ban chỉ đạo")
    assert second.actions == ["tăng cường kiểm tra cơ sở"]


def test_a_request_to_the_newly_appointed_after_congratulations():
    """ "X chúc mừng ..., đồng thời yêu cầu trên cương vị mới, các đồng chí cần ...": the
    sentence's first person asks (not the deputies last named), and "trên cương vị mới" is
    an adverbial before the addressee."""
    record = extract.from_text(
        "Công bố quyết định nhân sự\n\nPhát biểu tại buổi lễ, Chủ tịch UBND tỉnh Thái Thanh "
        "Quý chúc mừng và đánh giá cao quá trình công tác của 2 tân Phó Chủ tịch UBND tỉnh "
        "Hoàng Nghĩa Hiếu và Bùi Đình Long, đồng thời yêu cầu trên cương vị mới, các đồng "
        "chí cần phát huy năng lực chuyên môn, đoàn kết cùng với tập thể lãnh đạo hoàn thành "
        "tốt các nhiệm vụ được giao.",
        url="https://baonghean.vn/a.html",
    )
    [d] = record.directives
    assert (d.verb, d.issuer) == ("yêu cầu", "Thái Thanh Quý")
    assert d.actions[0] == "phát huy năng lực chuyên môn"


def test_a_conclusion_notice_with_numbered_parts():
    """A notice's "kết luận và chỉ đạo như sau:" is followed by "1. Đánh giá chung" (a
    heading, no task), then "2.1. Đối với X:" with lettered tasks for X, "2.2. Riêng Y cần
    ..." (a continuation with no comma after Y), "2.3. Giao Sở Z: Tham mưu ...". """
    record = extract.from_text(
        "Kết luận của Chủ tịch UBND tỉnh\n\n"
        "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh Trần Văn Lợi kết luận và chỉ đạo như sau:\n\n"
        "1. Đánh giá chung\n\n"
        "Hai phường đã ổn định tổ chức bộ máy, bảo đảm hoạt động thông suốt.\n\n"
        "2. Nhiệm vụ thời gian tới\n\n"
        "2.1. Đối với UBND phường Mỹ Tho và UBND phường Đạo Thạnh:\n\n"
        "a) Rà soát toàn bộ hồ sơ trễ hạn trước ngày 15/10/2025.\n\n"
        "b) Bố trí công chức kiêm nhiệm tại Trung tâm Phục vụ hành chính công phường.\n\n"
        "2.2. Riêng phường Đạo Thạnh cần giải quyết dứt điểm 37 hồ sơ trễ hạn.\n\n"
        "2.3. Giao Sở Nông nghiệp và Môi trường: Chỉ đạo Văn phòng Đăng ký đất đai hoàn thành "
        "việc bàn giao hồ sơ địa chính.\n",
        url="https://dongthap.gov.vn/a.html",
    )
    told = [(d.verb, d.issuer, d.addressee, d.actions) for d in record.directives]
    assert told == [
        ("chỉ đạo", "Trần Văn Lợi", "UBND phường Mỹ Tho và UBND phường Đạo Thạnh", [
            "Rà soát toàn bộ hồ sơ trễ hạn trước ngày 15/10/2025",
            "Bố trí công chức kiêm nhiệm tại Trung tâm Phục vụ hành chính công phường",
        ]),
        ("chỉ đạo", "Trần Văn Lợi", "phường Đạo Thạnh",
         ["giải quyết dứt điểm 37 hồ sơ trễ hạn"]),
        ("giao", "Trần Văn Lợi", "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", [
            "Chỉ đạo Văn phòng Đăng ký đất đai hoàn thành việc bàn giao hồ sơ địa chính"
        ]),
    ]


def test_a_quote_then_who_asked_it():
    """ "“X phải A; không để B”, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu.": the quote is the
    directive; a quoted sentence opening with its task ("Tuyệt đối không để ...") names no
    one; "nhấn mạnh" after a quote asks only where a modal does, and "không phải" is none."""
    record = extract.from_text(
        "Kiểm tra bãi rác\n\nChiều 12/9, Phó Chủ tịch UBND tỉnh Phan Đình Khải kiểm tra bãi "
        "rác Cẩm Quan. “Huyện Cẩm Xuyên phải tuyệt đối không để nước rỉ rác chảy tràn ra khu "
        "dân cư; không để rác tồn đọng quá 48 giờ”, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu. "
        "“Tuyệt đối không để xảy ra mất an toàn cho người dân. Xã Cẩm Quan phải di dời 26 hộ "
        "trước ngày 31/10”, ông Khải yêu cầu. “Người dân đến xã là để được giải quyết việc, "
        "không phải để nghe hẹn”, ông Khải nhấn mạnh.",
        url="https://baohatinh.vn/a.html",
    )
    told = [(d.verb, d.issuer, d.addressee, d.actions) for d in record.directives]
    assert told == [
        ("yêu cầu", "Phan Đình Khải", "Huyện Cẩm Xuyên", [
            "tuyệt đối không để nước rỉ rác chảy tràn ra khu dân cư",
            "không để rác tồn đọng quá 48 giờ",
        ]),
        ("yêu cầu", "Phan Đình Khải", None,
         ["Tuyệt đối không để xảy ra mất an toàn cho người dân"]),
        ("yêu cầu", "Phan Đình Khải", "Xã Cẩm Quan", ["di dời 26 hộ trước ngày 31/10"]),
    ]


def test_a_document_s_tasks_listed_after_a_colon_carry_on_its_directive():
    """ "... vừa ký văn bản yêu cầu ... Văn bản nêu rõ: Sở A làm X; Sở B điều chuyển Y."
    and "Cụ thể: ...": each part names its body and task, under the same verb and issuer."""
    record = extract.from_text(
        "Tin An Giang\n\nPhó Chủ tịch UBND tỉnh Huỳnh Thị Kim Loan vừa ký văn bản yêu cầu "
        "Công an tỉnh tăng cường tuần tra trên sông Tiền.\n\nVăn bản nêu rõ: Sở Tài nguyên và "
        "Môi trường rà soát toàn bộ giấy phép khai thác cát; Sở Tài chính điều chuyển vốn từ "
        "các dự án giải ngân chậm.\n",
        url="https://angiang.gov.vn/a.html",
    )
    told = [(d.verb, d.addressee, d.actions) for d in record.directives]
    assert told[1:] == [
        ("yêu cầu", "Sở Tài nguyên và Môi trường tỉnh An Giang",
         ["rà soát toàn bộ giấy phép khai thác cát"]),
        ("yêu cầu", "Sở Tài chính tỉnh An Giang",
         ["điều chuyển vốn từ các dự án giải ngân chậm"]),
    ]


def test_numbered_items_opening_with_their_verb_or_with_whom_they_are_for():
    """ "... kết luận như sau: 1. Giao Phòng X chủ trì ...; 2. Đối với UBND xã Y: rà soát
    ...; vận động ...; 3. Đề nghị Ban Z ...": a verb after an item's number is the item's
    own order, not part of a name; "Đối với Y: ..." gives Y the tasks after its colon."""
    record = extract.from_text(
        "Thông báo kết luận\n\nĐồng chí Hoàng Văn Lục, Chủ tịch UBND huyện Hà Quảng kết luận "
        "như sau:\n\n1. Giao Phòng Văn hóa và Thông tin chủ trì xây dựng kịch bản chi tiết Lễ "
        "kỷ niệm.\n\n2. Đối với UBND xã Trường Hà: rà soát các điểm kinh doanh tại bãi đỗ xe; "
        "vận động nhân dân giữ gìn vệ sinh môi trường.\n\n3. Đề nghị Ban Quản lý Khu di tích "
        "Pác Bó bố trí người thuyết minh tại các điểm di tích.\n",
        url="https://caobang.gov.vn/a.html",
    )
    told = [(d.verb, d.addressee, d.actions) for d in record.directives]
    assert told == [
        ("giao", "Phòng Văn hóa và Thông tin huyện Hà Quảng",
         ["chủ trì xây dựng kịch bản chi tiết Lễ kỷ niệm"]),
        ("giao", "Ủy ban nhân dân xã Trường Hà", [
            "rà soát các điểm kinh doanh tại bãi đỗ xe",
            "vận động nhân dân giữ gìn vệ sinh môi trường",
        ]),
        ("đề nghị", "Ban Quản lý Khu di tích Pác Bó",
         ["bố trí người thuyết minh tại các điểm di tích"]),
    ]


def test_a_list_of_one_short_task_is_no_section_heading():
    record = extract.from_text(
        "Tin\n\nChủ tịch UBND tỉnh Trần Văn Lợi yêu cầu các sở, ngành:\n\n"
        "- Rà soát hồ sơ trễ hạn\n",
        url="https://dongthap.gov.vn/a.html",
    )
    assert [d.actions for d in record.directives] == [["Rà soát hồ sơ trễ hạn"]]
