<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân - Báo Đồng Tháp Online</title>
<meta name="description" content="Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân" />
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
<h1 id="title">Thanh Bình nạo vét kênh nội đồng chuẩn bị vụ Đông Xuân</h1>
<div id="current-date">Thứ Năm, 27/10/2022 - 08:20</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Huyện Thanh Bình đã nạo vét 46 tuyến kênh nội đồng với tổng chiều dài hơn 60 km để phục vụ tưới tiêu cho vụ lúa Đông Xuân.</strong></p>
<p style="text-align: justify;">Kinh phí thực hiện khoảng 18 tỷ đồng, trong đó nhân dân đóng góp gần 5 tỷ đồng. Các công trình giúp chủ động tưới tiêu cho trên 12.000 ha lúa.</p>
<p style="text-align: justify;">Huyện cũng gia cố 35 km bờ bao, bảo đảm an toàn sản xuất trong mùa lũ. Vụ Đông Xuân năm nay, toàn huyện dự kiến xuống giống khoảng 26.000 ha.</p>
<p style="text-align: justify;">Nông dân được hướng dẫn sử dụng giống lúa chất lượng cao, giảm lượng giống gieo sạ và áp dụng quy trình canh tác tiết kiệm nước.</p>
<p style="text-align: right;"><strong>THANH TÙNG</strong></p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Kinh tế</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/chinh-tri/n05-lap-vo-hop-tac-xa-kieu-moi.aspx">Lấp Vò có thêm 4 hợp tác xã nông nghiệp kiểu mới</a></li>
<li><a href="/kinh-te/n06-hoi-thao-ca-linh.aspx">Hội thảo bảo tồn nguồn lợi cá linh mùa nước nổi</a></li>
<li><a href="/chinh-tri/n07-trao-nha-dai-doan-ket.aspx">Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Tân Hồng</a></li>
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
