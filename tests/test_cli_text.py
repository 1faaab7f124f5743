import json
import subprocess
import sys

import jsonschema

from tests.conftest import ROOT
from tests.test_record import SCHEMA


def vnextract(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True, cwd=cwd
    )


def test_text_command_writes_valid_records_and_reports_bad_files(tmp_path, seed_text):
    good = tmp_path / "seed.txt"
    good.write_text(seed_text, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc \x81\x8d\x90 ok")
    out = tmp_path / "out.jsonl"
    result = vnextract("text", str(bad), str(good), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    assert "bad.txt" in result.stderr and "offset 4" in result.stderr
    assert "missing.txt" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, SCHEMA)
    assert record["url"] == good.resolve().as_uri()
    assert record["title"] == "Cao Lãnh thực hiện 5/12 chỉ tiêu kế hoạch"


def test_url_map_sets_url_and_source(tmp_path):
    page = tmp_path / "d01-x.txt"
    page.write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    urls = tmp_path / "urls.tsv"
    urls.write_text("d01-x\thttps://baodongthap.vn/a/d01-x.aspx\n", encoding="utf-8")
    result = vnextract("text", str(page), "--urls", str(urls))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == "baodongthap.vn"


def test_one_file_takes_its_page_url_from_the_url_option(tmp_path):
    page = tmp_path / "bai.txt"
    page.write_text("Tiêu đề\nUBND tỉnh họp.", encoding="utf-8")
    result = vnextract("text", str(page), "--url", "https://baodongthap.vn/a/bai.aspx")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["url"] == "https://baodongthap.vn/a/bai.aspx"
    assert "Ủy ban nhân dân tỉnh Đồng Tháp" in {o["name"] for o in record["organizations"]}


def test_an_unreadable_url_map_is_a_clear_error(tmp_path):
    page = tmp_path / "bai.txt"
    page.write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    result = vnextract("text", str(page), "--urls", str(tmp_path / "none.tsv"))
    assert result.returncode == 2
    assert "cannot read --urls" in result.stderr and "Traceback" not in result.stderr


def test_help_explains_exit_status():
    result = vnextract("text", "--help")
    assert "Exit status" in result.stdout


def test_every_corpus_record_validates(tmp_path):
    files = sorted((ROOT / "corpora").glob("*/*.txt"))[:20]
    if not files:
        return
    out = tmp_path / "c.jsonl"
    result = vnextract("text", *map(str, files), "-o", str(out))
    assert result.returncode == 0, result.stderr
    for line in out.read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), SCHEMA)


def test_an_extractor_error_on_one_file_is_reported_and_the_others_still_written(
        tmp_path, monkeypatch, capsys):
    import extract.api
    from extract.cli import main

    real = extract.api.from_text

    def failing_on_the_second(text, url=None, nlp=None):
        if url.endswith("b.txt"):
            raise IndexError("list index out of range")
        return real(text, url=url)

    monkeypatch.setattr(extract.api, "from_text", failing_on_the_second)
    names = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Tin {name}\n\nUBND tỉnh họp.", encoding="utf-8")
        names.append(str(tmp_path / f"{name}.txt"))
    out = tmp_path / "out.jsonl"
    assert main(["text", *names, "-o", str(out)]) == 1
    titles = [json.loads(line)["title"] for line in out.read_text().splitlines()]
    assert titles == ["Tin a", "Tin c"]
    assert "b.txt: extractor error: IndexError: list index out of range" in capsys.readouterr().err


def test_an_extractor_error_on_one_html_page_is_reported_and_the_others_still_written(
        tmp_path, monkeypatch, capsys):
    import extract.api
    from extract.cli import main

    real = extract.api.from_page

    def failing_on_the_second(page, nlp=None):
        if page.url.endswith("b.html"):
            raise IndexError("list index out of range")
        return real(page)

    monkeypatch.setattr(extract.api, "from_page", failing_on_the_second)
    names = []
    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_text(
            f"<html><body><h1>Tin {name}</h1><p>UBND tỉnh họp.</p></body></html>", encoding="utf-8")
        names.append(str(tmp_path / f"{name}.html"))
    out = tmp_path / "out.jsonl"
    assert main(["html", *names, "-o", str(out)]) == 1
    assert [json.loads(line)["title"] for line in out.read_text().splitlines()] == ["Tin a"]
    assert "b.html: extractor error: IndexError: list index out of range" in capsys.readouterr().err
