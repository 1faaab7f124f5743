<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hồng Ngự mở rộng vùng nuôi cá tra xuất khẩu - Báo Đồng Tháp Online</title>
<meta name="description" content="Hồng Ngự mở rộng vùng nuôi cá tra xuất khẩu" />
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
<h1 id="title">Hồng Ngự mở rộng vùng nuôi cá tra xuất khẩu</h1>
<div id="current-date">Thứ Sáu, 06/05/2022 - 07:30</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Nhờ giá cá tra ổn định ở mức cao, nhiều hộ nuôi ở huyện Hồng Ngự đầu tư mở rộng ao nuôi theo tiêu chuẩn xuất khẩu.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n02-1.jpg" /></p>
<p style="text-align: center;"><em>Thu hoạch cá tra tại xã Thường Thới Hậu A. Ảnh: K.N</em></p>
<p style="text-align: justify;">Hiện toàn huyện có khoảng 520 ha mặt nước nuôi cá tra, sản lượng năm 2021 đạt hơn 190.000 tấn. Phần lớn diện tích đã liên kết tiêu thụ với các doanh nghiệp chế biến.</p>
<p style="text-align: justify;">Anh Nguyễn Văn Hậu ở xã Thường Thới Hậu A cho biết mỗi ký cá thương phẩm bán được 31.000 đồng, cao hơn cùng kỳ năm trước khoảng 4.000 đồng.</p>
<p style="text-align: justify;">Ngành nông nghiệp khuyến cáo người nuôi chọn con giống chất lượng, kiểm soát dịch bệnh và không mở rộng diện tích ồ ạt.</p>
<p style="text-align: right;"><strong>Tin, ảnh: Kim Ngân</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Kinh tế</a></div>
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
