<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới - Báo Đồng Tháp Online</title>
<meta name="description" content="Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới" />
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
<h1 id="title">Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới</h1>
<div id="current-date">Thứ Sáu, 02/06/2023 - 10:05</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Từ đầu năm đến nay, huyện Lấp Vò thành lập mới 4 hợp tác xã nông nghiệp, nâng tổng số hợp tác xã trên địa bàn lên 27.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n05-1.jpg" /></p>
<p style="text-align: center;"><em>Thành viên Hợp tác xã Tân Mỹ thu hoạch lúa. Ảnh: P.T</em></p>
<p style="text-align: justify;">Các hợp tác xã mới chủ yếu sản xuất lúa, hoa màu và chăn nuôi, thu hút hơn 300 thành viên tham gia. Nhiều hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp.</p>
<p style="text-align: justify;">Bà Trần Thị Hoa, Giám đốc Hợp tác xã Tân Mỹ, cho biết nhờ sản xuất theo quy trình chung, giá thành mỗi ký lúa giảm khoảng 500 đồng.</p>
<p style="text-align: justify;">Huyện tiếp tục hỗ trợ đào tạo cán bộ quản lý, ứng dụng công nghệ số trong quản trị và kết nối tiêu thụ cho các hợp tác xã.</p>
<p style="text-align: right;"><strong>Tin, ảnh: Phương Thảo</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Chính trị</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/chinh-tri/n01-tam-nong-phat-trien-du-lich-sinh-thai.aspx">Tam Nông phát triển du lịch sinh thái gắn với Vườn quốc gia Tràm Chim</a></li>
<li><a href="/kinh-te/n02-hong-ngu-nuoi-ca-tra-xuat-khau.aspx">Hồng Ngự mở rộng vùng nuôi cá tra xuất khẩu</a></li>
<li><a href="/chinh-tri/n03-dai-hoi-dang-bo-thanh-pho-cao-lanh.aspx">Đại hội Đảng bộ thành phố Cao Lãnh lần thứ XIII thành công tốt đẹp</a></li>
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
