<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hội thảo bảo tồn nguồn lợi cá linh mùa nước nổi - Báo Đồng Tháp Online</title>
<meta name="description" content="Hội thảo bảo tồn nguồn lợi cá linh mùa nước nổi" />
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
<h1 id="title">Hội thảo bảo tồn nguồn lợi cá linh mùa nước nổi</h1>
<div id="current-date">Cập nhật: 15:00 | 20/09/2019</div>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĐTO - Sở Nông nghiệp và Phát triển nông thôn vừa tổ chức hội thảo bàn giải pháp bảo tồn, khai thác bền vững nguồn lợi cá linh.</strong></p>
<p style="text-align: center;"><img alt="" src="/uploads/n06-1.jpg" /></p>
<p style="text-align: center;"><em>Ngư dân đánh bắt cá linh trên đồng. Ảnh: M.T</em></p>
<p style="text-align: justify;">Theo các chuyên gia, sản lượng cá linh mùa nước nổi giảm mạnh trong những năm gần đây do lũ về thấp và tình trạng khai thác cá non bằng lưới mắt nhỏ.</p>
<p style="text-align: justify;">Hội thảo đề xuất cấm khai thác cá linh non đầu mùa, thành lập các khu bảo tồn thủy sản và hỗ trợ ngư dân chuyển đổi nghề.</p>
<p style="text-align: justify;">Nhiều ý kiến cho rằng cần tuyên truyền rộng rãi để người dân tự giác bảo vệ nguồn lợi thủy sản.</p>
<p style="text-align: right;"><strong>MINH THƯ</strong></p>
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
