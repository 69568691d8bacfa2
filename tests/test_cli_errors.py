"""The command line: outputs, and one clear error line per bad input, never a traceback."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, nianbao

SAMPLE = ROOT / "corpora" / "samples" / "qinglan-2023-word.html"



def test_extract_json_matches_python_api():
    from extractor import extract

    done = nianbao("extract", SAMPLE)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["schema_version"] == "1"
    assert data["source"]["format"] == "html"
    assert data["meta"]["organ"] == "青岚县人民政府办公室"
    api = extract(SAMPLE).model_dump(mode="json")
    assert {f["metric"]: f["value"] for f in data["facts"]} == {f["metric"]: f["value"] for f in api["facts"]}


def test_extract_jsonl_table_and_out_file(tmp_path):
    second = tmp_path / "copy.html"
    second.write_bytes(SAMPLE.read_bytes())
    done = nianbao("extract", SAMPLE, second, "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0 and done.stdout == ""
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(SAMPLE), str(second)]
    table = nianbao("extract", SAMPLE, "--format", "table", "--ids")
    assert table.returncode == 0 and "t3.new_received.total" in table.stdout


def test_table_format_prints_the_form_as_a_reviewer_reads_it():
    """`extract --format table`: a header line, then 表二/表三/表四 as the form lays them out
    with Chinese labels and the report's figures (the sample's gold), then the findings;
    `--ids` keeps the flat list of canonical ids for scripts."""
    import re

    from typer.testing import CliRunner

    from extractor.cli import app

    done = CliRunner().invoke(app, ["extract", str(SAMPLE), "--format", "table"], env={"COLUMNS": "220"})
    assert done.exit_code == 0, done.output
    out = done.output
    assert out.splitlines()[0].startswith("青岚县人民政府办公室 2023年 · 2021版式 · html")
    for title in ("表二 主动公开政府信息情况", "表三 收到和处理政府信息公开申请情况", "表四 政府信息公开行政复议、行政诉讼情况"):
        assert title in out
    assert "t3.new_received.total" not in out  # labels, not ids
    gold = json.loads(SAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in out.splitlines() if line.count("│") >= 7}
    assert rows["总计"] == [str(v) for v in gold["t3"]["total"]]
    assert rows["行政复议"] == [str(v) for v in gold["t4"]["reconsideration"]]
    assert re.search(r"行政规范性文件\s*│\s*本年制发件数\s*│\s*6\s*│", out)
    assert out.index("表四") < out.index("findings")  # the findings follow the tables


def test_schema_is_the_report_json_schema():
    done = nianbao("schema")
    schema = json.loads(done.stdout)
    assert done.returncode == 0
    assert {"source", "meta", "facts", "mentions", "findings", "warnings"} <= set(schema["properties"])


def test_help_everywhere():
    for args in ([], ["extract"], ["check"], ["schema"], ["corpus", "generate"]):
        done = nianbao(*args, "--help")
        assert done.returncode == 0 and "Usage" in done.stdout, args


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.html"
    empty.write_bytes(b"")
    binary = tmp / "data.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    corrupt_docx = tmp / "broken.docx"
    corrupt_docx.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    zip_not_docx = tmp / "archive.docx"
    with zipfile.ZipFile(zip_not_docx, "w") as z:
        z.writestr("readme.txt", "hello")
    legacy = tmp / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    # An encrypted .docx is an OLE container with an "EncryptedPackage" stream (UTF-16 name).
    locked = tmp / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
                       + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 200)
    prose = tmp / "novel.txt"
    prose.write_text("春天来了，山上的花都开了。我们去公园散步，看见很多人在放风筝。\n" * 5, encoding="utf-8")
    not_text = tmp / "latin.txt"
    not_text.write_bytes("\xff\xfe".encode("latin-1") * 0 + bytes([0x81, 0x30, 0x81]) * 3 + b"\x80\xff" * 40)
    return {
        "empty": (empty, "unreadable_file"),
        "binary": (binary, "unsupported_format"),
        "corrupt docx": (corrupt_docx, "unreadable_file"),
        "zip, not docx": (zip_not_docx, "unsupported_format"),
        "legacy doc": (legacy, "unsupported_format"),
        "encrypted docx": (locked, "encrypted_file"),
        "not a report": (prose, "not_a_report"),
        "missing": (tmp / "nope.html", "unreadable_file"),
        "folder": (tmp, "unsupported_format"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "corrupt docx", "zip, not docx", "legacy doc",
                                  "encrypted docx", "not a report", "missing", "folder"])
def test_bad_input_gives_one_clear_line_and_nonzero_exit(tmp_path, case):
    path, code = _bad_inputs(tmp_path)[case]
    done = nianbao("extract", path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"nianbao: {code}: {path}: "), lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_batch_records_failures_and_goes_on(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    done = nianbao("extract", bad, SAMPLE, "--format", "jsonl")
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1 and json.loads(done.stdout)["meta"]["year"] == 2023
    assert done.stderr.count("\n") == 1 and str(bad) in done.stderr


def test_check_with_last_years_report(tmp_path):
    """--previous checks 上年结转 against last year's 结转下年度: the sample's 2024 twin
    carries over 3 where 2023 carried forward 2."""
    html = SAMPLE.read_bytes().decode("gbk").replace("2023年度政府信息公开", "2024年度政府信息公开")
    twin = tmp_path / "qinglan-2024.html"
    twin.write_bytes(html.encode("gbk"))
    done = nianbao("check", twin, "--previous", SAMPLE, "--format", "json")
    assert done.returncode == 0, done.stderr
    carry = [f for f in json.loads(done.stdout)["findings"] if f["rule"] == "cross_year.carry"]
    assert carry and all(f["severity"] == "error" for f in carry)
    assert any("t3.carried_over.total" in f["metrics"] for f in carry)
    alone = json.loads(nianbao("check", twin, "--format", "json").stdout)["findings"]
    assert not any(f["rule"] == "cross_year.carry" for f in alone)


def test_corpus_generate_only_the_formats_asked_for(tmp_path):
    done = nianbao("corpus", "generate", "--n", "3", "--out", tmp_path, "--seed", "2", "--formats", "html,docx")
    assert done.returncode == 0, done.stderr
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.glob("*.gold.json")]
    assert len(golds) == 3 and {g["format"] for g in golds} <= {"html", "docx"}
    assert all((tmp_path / g["file"]).is_file() for g in golds)
    bad = nianbao("corpus", "generate", "--n", "1", "--out", tmp_path / "x", "--formats", "nope")
    assert bad.returncode == 2 and bad.stderr.startswith("nianbao: bad_option: --formats: ")
