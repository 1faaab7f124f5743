<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Bôò phâòn môòt cıÒa câìp huyêòn phuòc vuò ngıõÌi dân ngày càng tôìt hõn - Báo ĞôÌng Tháp Online</title>
<meta name="description" content="Bôò phâòn môòt cıÒa câìp huyêòn phuòc vuò ngıõÌi dân ngày càng tôìt hõn" />
</head>
<body>
<form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2MjU1NzE2NGRk" /></div>
<div id="header">
<div id="today">Thıì Hai, 16/03/2026</div>
<div class="weather">ThõÌi tiêìt: Cao LaŞnh 31°C</div>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="Báo ĞôÌng Tháp Online" /></a></div>
<ul id="menu"><li><a href="/">Trang chuÒ</a></li><li><a href="/kinh-te/">Kinh têì</a></li><li><a href="/chinh-tri/">Chính triò</a></li><li><a href="/tim-kiem.aspx?q=nong+thon+moi">TiÌm kiêìm</a></li></ul>
</div>
<div id="main">
<div class="col-left">
<div class="breadcrumb"><a href="/">Trang chuÒ</a> » <a href="/chinh-tri/">Chính triò</a></div>
<h1 id="title">Bôò phâòn môòt cıÒa câìp huyêòn phuòc vuò ngıõÌi dân ngày càng tôìt hõn</h1>
<div id="current-date">Thıì Ba, 30/11/2021 - 13:50</div>
<div class="share-tools"><a href="#">Chia seÒ</a> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div id="content">
<p><strong>ĞTO - Sıò hài loÌng cuÒa ngıõÌi dân khi ğêìn giao diòch taòi bôò phâòn môòt cıÒa các huyêòn, thành phôì trong tiÒnh ğıõòc caÒi thiêòn roŞ nét.</strong></p>
<p style="text-align: justify;">Nãm 2021, các bôò phâòn môòt cıÒa câìp huyêòn tiêìp nhâòn gâÌn 180.000 hôÌ sõ, trong ğó 98,7% hôÌ sõ ğıõòc giaÒi quyêìt ğúng và trıõìc haòn.</p>
<p style="text-align: justify;">NhiêÌu ğiòa phıõng bôì trí khu vıòc chõÌ thoáng mát, máy lâìy sôì tıò ğôòng và hıõìng dâŞn viên ğêÒ hôŞ trõò ngıõÌi cao tuôÒi.</p>
<p style="text-align: justify;">NgıõÌi dân có thêÒ ğánh giá mıìc ğôò hài loÌng ngay taòi quâÌy hoãòc qua ıìng duòng trên ğiêòn thoaòi.</p>
<p style="text-align: right;"><strong>LÊ QUANG</strong></p>
</div>
<div class="tags">TıÌ khóa: <a href="#">ĞôÌng Tháp</a>, <a href="#">Chính triò</a></div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>
<li><a href="/chinh-tri/n03-dai-hoi-dang-bo-thanh-pho-cao-lanh.aspx">Ğaòi hôòi ĞaÒng bôò thành phôì Cao LaŞnh lâÌn thıì XIII thành công tôìt ğeòp</a></li>
<li><a href="/kinh-te/n04-thanh-binh-kenh-noi-dong.aspx">Thanh BiÌnh naòo vét kênh nôòi ğôÌng chuâÒn biò vuò Ğông Xuân</a></li>
<li><a href="/chinh-tri/n05-lap-vo-hop-tac-xa-kieu-moi.aspx">Lâìp VoÌ có thêm 4 hõòp tác xaŞ nông nghiêòp kiêÒu mõìi</a></li>
</ul></div>
<div class="comment-box"><h3>GıÒi biÌnh luâòn cuÒa baòn</h3><textarea></textarea><input type="submit" value="GıÒi" /></div>
</div>
<div class="col-right">
<div class="box-docnhieu"><h3>Tin ğoòc nhiêÌu</h3><ul><li><a href="/chinh-tri/n09-phong-chong-sot-xuat-huyet.aspx">Sôì ca sôìt xuâìt huyêìt tãng, ngành y têì khuyêìn cáo ngıõÌi dân diêòt lãng quãng</a></li><li><a href="/kinh-te/n10-lu-ve-som-an-phong.aspx">LuŞ vêÌ sõìm, nông dân An Phong thu hoaòch lúa chaòy luŞ</a></li><li><a href="/chinh-tri/n11-cai-cach-hanh-chinh-mot-cua.aspx">Bôò phâòn môòt cıÒa câìp huyêòn phuòc vuò ngıõÌi dân ngày càng tôìt hõn</a></li></ul></div>
<div class="box-quangcao"><a href="#"><img src="/qc/banner.gif" alt="QuaÒng cáo" /></a></div>
</div>
</div>
<div id="footer"><p>Báo ĞôÌng Tháp Online - Cõ quan cuÒa ĞaÒng bôò ĞaÒng Côòng saÒn Viêòt Nam tiÒnh ĞôÌng Tháp</p>
<p>TôÒng Biên tâòp: NguyêŞn Vãn BaÒy. Giâìy phép sôì 54/GP-BTTTT.</p></div>
</form>
</body>
</html>
