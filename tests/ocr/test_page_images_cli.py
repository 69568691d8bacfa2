"""A report scanned as several page images is one report, from the command line too:
a folder of them, or the files with `--pages`."""

from __future__ import annotations

import json

import cv2
from conftest import nianbao

from .scanlib import text_image

PAGE_1 = ["某某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息1136条。"]
PAGE_2 = ["五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _pages(folder):
    folder.mkdir()
    cv2.imwrite(str(folder / "page10.png"), text_image(PAGE_2))
    cv2.imwrite(str(folder / "page2.png"), text_image(PAGE_1))
    return folder


def _one_report(done):
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)  # one JSON object: one report, not one per page
    assert report["source"]["format"] == "image"
    assert report["meta"]["year"] == 2023
    assert {"一", "五", "六"} <= set(report["meta"]["sections_found"])
    assert any(m["value"] == 1136 and m["unit"] == "条" for m in report["mentions"])
    return report


def test_folder_of_page_images_from_the_cli(tmp_path):
    _one_report(nianbao("extract", _pages(tmp_path / "scan")))


def test_page_images_given_as_files_with_pages_flag(tmp_path):
    folder = _pages(tmp_path / "scan")
    _one_report(nianbao("extract", "--pages", folder / "page10.png", folder / "page2.png"))


def test_pages_flag_refuses_a_file_that_is_not_an_image(tmp_path):
    folder = _pages(tmp_path / "scan")
    note = folder / "notes.txt"
    note.write_text("一、总体情况", encoding="utf-8")
    done = nianbao("extract", "--pages", folder / "page2.png", note)
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"nianbao: unsupported_format: {note}: not a page image, so it cannot be a page of a scanned report"
    ]
