"""The one definition of a wire dateline (`analysis.datelines`), as each reader uses it. Invented text."""
from __future__ import annotations

import re

import pytest

from analysis import datelines


@pytest.mark.parametrize("text, dateline", [
    ("TALLINN, Jan. 5 (UPI) -- The port reopened.", "TALLINN, Jan. 5 (UPI) -- "),
    ("NEW TALLINN (Reuters) - The port reopened.", "NEW TALLINN (Reuters) - "),
    ("PORT LOUIS — The port reopened.", "PORT LOUIS — "),
    ("Tallinn (AFP) – The port reopened.", "Tallinn (AFP) – "),
    ("The port reopened.\nTALLINN — Ships came in.", "\nTALLINN — "),
])
def test_wire_finds_a_dateline(text, dateline):
    assert [m.group() for m in datelines.WIRE.finditer(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "The port reopened on Monday - a week late.",
    "Tallinn is a port - and a capital.",
    "Ivo Kask said the port reopened.",
])
def test_wire_finds_no_dateline_in_prose(text):
    assert not datelines.WIRE.search(text)


@pytest.mark.parametrize("text, agency", [
    ("TALLINN (Reuters)", "Reuters"),
    ("TALLINN, March 12 (Reuters)", "Reuters"),
    ("PORT LOUIS, MAURITIUS (AP)", "AP"),
    ("TALLINN, Jan. 5 (UPI) -- Ivo Kask", "UPI"),
])
def test_caps_place_agency_reads_the_agency(text, agency):
    m = datelines.CAPS_PLACE_AGENCY.match(text)
    assert m and m.group(1) == agency


@pytest.mark.parametrize("text, agency", [
    ("Tallinn (AFP) – Ivo Kask has resigned.", "AFP"),
    ("Port Louis, March 4 (Reuters) - Ivo Kask has resigned.", "Reuters"),
])
def test_place_agency_dash_reads_a_dateline_in_any_case(text, agency):
    m = datelines.PLACE_AGENCY_DASH.match(text)
    assert m and m.group(1) == agency


@pytest.mark.parametrize("text", ["Ivo Kask (Reuters)", "Tallinn said (Reuters) nothing", "the port (AP) —",
                                  "TALLINN police said"])
def test_a_name_or_prose_is_no_capitals_dateline(text):
    assert not datelines.CAPS_PLACE_AGENCY.match(text)


@pytest.mark.parametrize("line, is_dateline", [
    ("TALLINN, 5 November 2020 (TASS) – The port reopened.", True),
    ("Port Louis, 5 November 2020 — The port reopened.", True),
    ("The port reopened on 5 November 2020 - a week late.", False),
    ("TALLINN, 5 November 2020, the port reopened.", False),
])
def test_place_before_and_after_a_date(line, is_dateline):
    m = re.search(r"5 November 2020", line)
    found = bool(datelines.PLACE_BEFORE_DATE.match(line[:m.start()]) and datelines.AFTER_DATE.match(line[m.end():]))
    assert found == is_dateline
