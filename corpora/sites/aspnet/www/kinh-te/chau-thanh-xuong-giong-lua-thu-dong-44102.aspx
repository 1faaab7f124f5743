<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Châu Thành xuống giống hơn 11.000 ha lúa thu đông - Báo An Giang Online
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="author" content="Báo An Giang" /><meta name="copyright" content="Báo An Giang" /><meta id="ctl00_metaDescription" name="description" content="Châu Thành xuống giống hơn 11.000 ha lúa thu đông" /><meta name="keywords" content="An Giang, tin tức An Giang, báo An Giang" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form method="post" action="./chau-thanh-xuong-giong-lua-thu-dong-44102.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQFGVRo4bupIFTGsCwgMTgvMDMvMjAyNmQCBQ9kFgICAQ8WAh8ABQ5UaOG7nWkgc+G7sWQCBw9kFgICAQ9kFgJmD2QWBAIBDxYCHwAFBkFuIEdpYW5nZGQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFGmN0bDAwJENvbnRlbnRQbGFjZUhvbGRlcjEk" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
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
<td class="top-date"><span id="ctl00_lblToday">Thứ Tư, 18/03/2026</span></td>
<td class="ticker"><marquee id="ctl00_ucTicker_mqNews" scrollamount="3"><a href="/kinh-te/long-xuyen-day-manh-chuyen-doi-so-45019.aspx">Long Xuyên đẩy mạnh chuyển đổi số trong quản lý đô thị</a> (12/03/2024 10:20) | <a href="/thoi-su/tinh-bien-rut-ngan-thoi-gian-giai-quyet-ho-so-44280.aspx">Tịnh Biên rút ngắn thời gian giải quyết hồ sơ hành chính cho người dân</a> (20/11/2023 15:30) | <a href="/kinh-te/chau-thanh-xuong-giong-lua-thu-dong-44102.aspx">Châu Thành xuống giống hơn 11.000 ha lúa thu đông</a> (09/10/2023 16:10)</marquee></td>
<td class="top-links" align="right"><a href="/rss.aspx">RSS</a> | <a href="/lien-he.aspx">Liên hệ</a> | <a href="javascript:__doPostBack('ctl00$lbtEnglish','')">English</a></td>
</tr></table>
<div class="logo"><a id="ctl00_hlLogo" href="/"><img src="/Images/logo-baoangiang.png" alt="Báo An Giang Online" border="0" /></a></div>
<table id="ctl00_ucMenu_tblMenu" class="menu" cellpadding="0" cellspacing="0"><tr><td class="menu-item"><a id="ctl00_ucMenu_hlHome" href="/">Trang chủ</a></td><td class="menu-item"><a id="ctl00_ucMenu_rptMenu_ctl01_hlMenu" href="/thoi-su/">Thời sự</a></td><td class="menu-item"><a id="ctl00_ucMenu_rptMenu_ctl02_hlMenu" href="/kinh-te/">Kinh tế</a></td></tr></table>
<div class="search-box"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="txt-search" /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" /></div>
</div>
<table id="ctl00_tblMain" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="col-left" valign="top" width="680">
<div id="ctl00_ContentPlaceHolder1_ucNewsDetail_pnlDetail" class="news-detail">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a id="ctl00_ContentPlaceHolder1_ucNewsDetail_hlCate" href="/kinh-te/">Kinh tế</a></div>
<h1 class="title"><span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblTitle">Châu Thành xuống giống hơn 11.000 ha lúa thu đông</span></h1>
<div class="date-line"><span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblDate" class="date">Thứ Hai, 09/10/2023 - 16:10</span></div>
<div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucNewsDetail$lbtSend','')">Gửi cho bạn bè</a> | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>

<div id="ctl00_ContentPlaceHolder1_ucNewsDetail_divContent" class="content">
<table class="tblImage" align="center" border="0" cellpadding="3" cellspacing="0" width="1">
<tbody><tr><td><img alt="Châu Thành xuống giống hơn 11.000 ha lúa thu đông" src="/Uploads/Images/2023/10/09/44102-1.jpg" width="550" /></td></tr>
<tr><td class="image_desc" style="text-align: center;"><em>Nông dân xã Vĩnh Hanh chăm sóc lúa thu đông</em></td></tr></tbody></table>
<p style="text-align: justify;">(ABO) - Vụ lúa thu đông năm 2023, nông dân huyện Châu Thành đã xuống giống 11.240 ha, vượt 4% kế hoạch. Trong đó, diện tích sử dụng giống xác nhận chiếm 85%, chủ yếu là các giống OM 18, Đài Thơm 8 và IR 50404.</p>
<p style="text-align: justify;">Để bảo đảm an toàn cho sản xuất, huyện đã kiểm tra, gia cố 94 km đê bao, nạo vét 26 tuyến kênh nội đồng và bố trí các trạm bơm điện sẵn sàng tiêu úng khi mực nước lên cao.</p>
<div class="box-tinlienquan"><div class="tinlienquan-title"><b>Tin liên quan</b></div><ul><li><a href="/kinh-te/phu-tan-ho-tro-xay-nha-cho-ho-ngheo-39861.aspx">Phú Tân hỗ trợ xây dựng 120 căn nhà cho hộ nghèo</a> <span class="date">(16/08/2022)</span></li><li><a href="/kinh-te/long-xuyen-day-manh-chuyen-doi-so-45019.aspx">Long Xuyên đẩy mạnh chuyển đổi số trong quản lý đô thị</a> <span class="date">(12/03/2024)</span></li></ul></div>
<p style="text-align: justify;">﻿Trạm Trồng trọt và Bảo vệ thực vật huyện khuyến cáo nông dân thăm đồng thường xuyên, theo dõi sâu cuốn lá và bệnh đạo ôn, không phun thuốc định kỳ khi chưa cần thiết.</p>
<table class="tblImage" align="center" border="0" cellpadding="3" cellspacing="0" width="1">
<tbody><tr><td><img alt="Châu Thành xuống giống hơn 11.000 ha lúa thu đông" src="/Uploads/Images/2023/10/09/44102-2.jpg" width="550" /></td></tr>
<tr><td class="image_desc" style="text-align: center;"><em>Ảnh: GIA KHÁNH</em></td></tr></tbody></table>
<p style="text-align: justify;">Ông Huỳnh Văn Lợi, nông dân xã Vĩnh Hanh, cho biết nhờ tham gia cánh đồng lớn, chi phí sản xuất của gia đình giảm khoảng 2 triệu đồng mỗi ha, đầu ra ổn định hơn.</p>
<p style="text-align: justify;">Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, nếu thời tiết thuận lợi, năng suất vụ thu đông năm nay có thể đạt 6,2 tấn/ha.</p>
<p style="text-align: right;"><strong>GIA KHÁNH</strong></p>
</div>
<div class="view-count">Lượt xem: <span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblView">1385</span></div>
<div class="comment"><div class="box-title">Ý kiến bạn đọc</div>
<table><tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$ucComment$txtName" type="text" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ucComment$txtContent" rows="4" cols="40"></textarea></td></tr></table>
<input type="submit" name="ctl00$ContentPlaceHolder1$ucComment$btnSend" value="Gửi ý kiến" /></div>
</div>
<div id="ctl00_ContentPlaceHolder1_ucOtherNews_pnlOther" class="other-news">
<div class="box-title">Tin cùng chuyên mục</div>
<ul>
<li><a id="ctl00_ContentPlaceHolder1_ucOtherNews_rptOther_ctl00_hlTitle" href="/kinh-te/phu-tan-ho-tro-xay-nha-cho-ho-ngheo-39861.aspx">Phú Tân hỗ trợ xây dựng 120 căn nhà cho hộ nghèo</a> <span class="date">(16/08/2022 09:05)</span></li>
<li><a id="ctl00_ContentPlaceHolder1_ucOtherNews_rptOther_ctl01_hlTitle" href="/kinh-te/long-xuyen-day-manh-chuyen-doi-so-45019.aspx">Long Xuyên đẩy mạnh chuyển đổi số trong quản lý đô thị</a> <span class="date">(12/03/2024 10:20)</span></li>
<li><a id="ctl00_ContentPlaceHolder1_ucOtherNews_rptOther_ctl02_hlTitle" href="/thoi-su/cho-moi-ra-soat-tieu-chi-nong-thon-moi-nang-cao-41527.aspx">Chợ Mới rà soát từng tiêu chí xã nông thôn mới nâng cao</a> <span class="date">(04/09/2023 07:45)</span></li>
<li><a id="ctl00_ContentPlaceHolder1_ucOtherNews_rptOther_ctl03_hlTitle" href="/thoi-su/thoai-son-so-ket-6-thang-dau-nam-2022-40113.aspx">Thoại Sơn hoàn thành 9/14 chỉ tiêu kinh tế - xã hội 6 tháng đầu năm</a> <span class="date">(03/05/2022 08:15)</span></li>
</ul>
<div class="more"><a href="/kinh-te/">Xem tiếp &raquo;</a></div>
</div>
</td>
<td class="col-right" valign="top" width="310">
<div class="box"><div class="box-title">Tin xem nhiều</div>
<ul id="ctl00_ucMostView_ulList"><li><a href="/kinh-te/chau-thanh-xuong-giong-lua-thu-dong-44102.aspx">Châu Thành xuống giống hơn 11.000 ha lúa thu đông</a></li><li><a href="/kinh-te/long-xuyen-day-manh-chuyen-doi-so-45019.aspx">Long Xuyên đẩy mạnh chuyển đổi số trong quản lý đô thị</a></li><li><a href="/thoi-su/an-phu-phong-chong-dich-ta-heo-chau-phi-37745.aspx">An Phú chủ động ngăn chặn bệnh dịch tả heo châu Phi tái phát</a></li><li><a href="/thoi-su/tri-ton-don-nhan-bang-cong-nhan-xa-nong-thon-moi-42655.aspx">Xã Lương An Trà đón nhận bằng công nhận đạt chuẩn nông thôn mới</a></li></ul></div>
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
