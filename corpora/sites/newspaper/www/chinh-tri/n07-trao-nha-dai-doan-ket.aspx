<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Tân Hồng - Báo Đồng Tháp Online</title>
<meta name="description" content="Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Tân Hồng" />
</head>
<body>
<form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2MjU1NzE2NGRk" /></div>
<div id="header">
<div id="today">Thứ Hai, 16/03/2026</div>
<div class="weather">Thời tiết: Cao Lãnh 31°C</div>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="Báo Đồng Tháp Online" /></a></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/chinh-tri/">Chính trị</a></li><li><a href="/tim-kiem.aspx?q=nong+thon+moi">Tìm kiếm</a></li></ul>
</div>
<div id="main">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinh-tri/">Chính trị</a></div>
<h1 id="title">Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Tân Hồng</h1>
<div id="current-date">Thứ Năm, 11/04/2024 - 16:35</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Hồng vừa trao 30 căn nhà Đại đoàn kết cho hộ nghèo, hộ gia đình có hoàn cảnh khó khăn.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n07-1.jpg" /></p>
<p style="text-align: center;"><em>Trao quyết định hỗ trợ nhà Đại đoàn kết. Ảnh: A.T</em></p>
<p style="text-align: justify;">Mỗi căn nhà có tổng kinh phí xây dựng 60 triệu đồng, trong đó Quỹ Vì người nghèo hỗ trợ 50 triệu đồng, phần còn lại do gia đình và người thân đóng góp.</p>
<p style="text-align: justify;">Bà Võ Thị Lành ở xã Tân Công Chí xúc động cho biết gia đình đã có nơi ở khang trang, không còn lo mưa dột mỗi mùa mưa bão.</p>
<p style="text-align: right;"><strong>Anh Thư</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Chính trị</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/chinh-tri/n03-dai-hoi-dang-bo-thanh-pho-cao-lanh.aspx">Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp</a></li>
<li><a href="/kinh-te/n04-thanh-binh-kenh-noi-dong.aspx">Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân</a></li>
<li><a href="/chinh-tri/n05-lap-vo-hop-tac-xa-kieu-moi.aspx">Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới</a></li>
</ul></div>
<div class="comment-box"><h3>Gửi bình luận của bạn</h3><textarea></textarea><input type="submit" value="Gửi" /></div>
</div>
<div class="col-right">
<div class="box-docnhieu"><h3>Tin đọc nhiều</h3><ul><li><a href="/chinh-tri/n09-phong-chong-sot-xuat-huyet.aspx">Số ca sốt xuất huyết tăng, ngành y tế khuyến cáo người dân diệt lăng quăng</a></li><li><a href="/kinh-te/n10-lu-ve-som-an-phong.aspx">Lũ về sớm, nông dân An Phong thu hoạch lúa chạy lũ</a></li><li><a href="/chinh-tri/n11-cai-cach-hanh-chinh-mot-cua.aspx">Bộ phận một cửa cấp huyện phục vụ người dân ngày càng tốt hơn</a></li></ul></div>
<div class="box-quangcao"><a href="#"><img src="/qc/banner.gif" alt="Quảng cáo" /></a></div>
</div>
</div>
<div id="footer"><p>Báo Đồng Tháp Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Tháp</p>
<p>Tổng Biên tập: Nguyễn Văn Bảy. Giấy phép số 54/GP-BTTTT.</p></div>
</form>
</body>
</html>
