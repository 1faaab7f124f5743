<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp - Báo Đồng Tháp Online</title>
<meta name="description" content="Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp" />
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
<h1 id="title">Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp</h1>
<div id="current-date">Cập nhật: 18:10 | 24/07/2020</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Sau 3 ngày làm việc, Đại hội đại biểu Đảng bộ thành phố Cao Lãnh lần thứ XIII, nhiệm kỳ 2020 - 2025 đã hoàn thành toàn bộ chương trình đề ra.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n03-1.jpg" /></p>
<p style="text-align: center;"><em>Ban Chấp hành Đảng bộ thành phố khóa XIII ra mắt đại hội. Ảnh: PV</em></p>
<p style="text-align: justify;">Đại hội đã bầu Ban Chấp hành Đảng bộ thành phố khóa XIII gồm 41 đồng chí và đoàn đại biểu dự Đại hội Đảng bộ tỉnh gồm 25 đồng chí.</p>
<p style="text-align: justify;">Nhiệm kỳ tới, thành phố phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân 8,5% mỗi năm, thu nhập bình quân đầu người đến năm 2025 đạt 95 triệu đồng.</p>
<h2>Ba khâu đột phá</h2>
<p style="text-align: justify;">Đại hội xác định ba khâu đột phá là phát triển hạ tầng đô thị, cải cách hành chính và phát triển nguồn nhân lực chất lượng cao.</p>
<p style="text-align: right;"><strong>Nhóm PV</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Chính trị</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/kinh-te/n04-thanh-binh-kenh-noi-dong.aspx">Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân</a></li>
<li><a href="/chinh-tri/n05-lap-vo-hop-tac-xa-kieu-moi.aspx">Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới</a></li>
<li><a href="/kinh-te/n06-hoi-thao-ca-linh.aspx">Hội thảo bảo tồn nguồn lợi cá linh mùa nước nổi</a></li>
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
