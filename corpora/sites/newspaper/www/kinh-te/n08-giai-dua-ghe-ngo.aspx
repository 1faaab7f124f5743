<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Sôi nổi giải đua ghe ngo mừng Tết Chôl Chnăm Thmây - Báo Đồng Tháp Online</title>
<meta name="description" content="Sôi nổi giải đua ghe ngo mừng Tết Chôl Chnăm Thmây" />
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
<h1 id="title">Sôi nổi giải đua ghe ngo mừng Tết Chôl Chnăm Thmây</h1>
<div id="current-date">Chủ nhật, 16/04/2023 - 09:00</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Giải đua ghe ngo năm nay thu hút 8 đội đến từ các chùa Khmer trong và ngoài tỉnh tham gia tranh tài.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n08-1.jpg" /></p>
<p style="text-align: center;"><em>Các đội ghe ngo tranh tài trên sông. Ảnh: ĐTO</em></p>
<p style="text-align: justify;">Các đội tranh tài ở cự ly 1.200 mét trên sông Cao Lãnh. Hai bên bờ sông, hàng nghìn người dân đến cổ vũ.</p>
<p style="text-align: justify;">Kết quả, đội ghe ngo chùa Kỳ Viên giành giải nhất, giải nhì thuộc về đội chùa Phước Long, đội chùa Kiết Lập đoạt giải ba.</p>
<p style="text-align: justify;">Hoạt động góp phần bảo tồn, phát huy bản sắc văn hóa truyền thống của đồng bào Khmer.</p>
</div>
<div class="tags">Từ khóa: <a href="#">Đồng Tháp</a>, <a href="#">Kinh tế</a></div>
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
