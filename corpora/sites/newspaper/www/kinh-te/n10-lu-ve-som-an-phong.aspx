<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Lũ về sớm, nông dân An Phong thu hoạch lúa chạy lũ - Báo Đồng Tháp Online</title>
<meta name="description" content="Lũ về sớm, nông dân An Phong thu hoạch lúa chạy lũ" />
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
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/kinh-te/">Kinh tế</a></div>
<h1 id="title">Lũ về sớm, nông dân An Phong thu hoạch lúa chạy lũ</h1>
<div id="current-date">Thứ Ba, 06/08/2019 - 07:10</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Mực nước lũ đầu nguồn lên nhanh, nông dân xã An Phong huyện Thanh Bình khẩn trương thu hoạch lúa Hè Thu để tránh thiệt hại.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n10-1.jpg" /></p>
<p style="text-align: center;"><em>Nông dân xã An Phong thu hoạch lúa chạy lũ. Ảnh: T.L</em></p>
<p style="text-align: justify;">Đến ngày 5/8, xã đã thu hoạch được 1.150 ha trên tổng số 1.600 ha lúa Hè Thu. Năng suất bình quân đạt 6,2 tấn mỗi ha.</p>
<p style="text-align: justify;">Chính quyền địa phương huy động lực lượng gia cố các đoạn đê bao xung yếu, trực 24/24 giờ để kịp thời xử lý sự cố.</p>
<p style="text-align: justify;">Ngành nông nghiệp khuyến cáo các hộ ở vùng trũng thu hoạch sớm khi lúa đủ chín.</p>
<p style="text-align: right;"><strong>Tin, ảnh: Trúc Ly</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Kinh tế</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/kinh-te/n02-hong-ngu-nuoi-ca-tra-xuat-khau.aspx">Hồng Ngự mở rộng vùng nuôi cá tra xuất khẩu</a></li>
<li><a href="/chinh-tri/n03-dai-hoi-dang-bo-thanh-pho-cao-lanh.aspx">Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp</a></li>
<li><a href="/kinh-te/n04-thanh-binh-kenh-noi-dong.aspx">Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân</a></li>
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
