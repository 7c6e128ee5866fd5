"""The first-name dataset is searched in place: every key is found, and nothing else is."""

from __future__ import annotations

import json

import pytest

from article_annotator.lexicon.firstnames import NameData, table_gender

ENTRIES = {
    "#`odd": [1, 1, 0.0, 3], "&amp;me": [1, 1, 0.0, 3], "aaron": [5, 900, 0.01, 3],
    "ad\u00e8le": [2, 40, 0.99, 3], "alex": [9, 800, 0.5, 3], "ann": [4, 700, 0.98, [2, 2, 3]],
    "b]], \"c": [1, 2, 0.3, 3], "jordan": [3, 600, 0.45, [0, 3, 3]], "maria": [6, 990, 0.995, 3],
    "r": [1, 12, 0.0, 3], "zoe": [1, 15, 0.92, 3], "\u4e00": [1, 1, 1.0, 3],
}


@pytest.fixture
def data() -> NameData:
    raw = json.dumps(dict(sorted(ENTRIES.items())), ensure_ascii=False).encode("utf-8")
    return NameData(raw)


def test_every_key_is_found_with_its_value(data):
    for key, value in ENTRIES.items():
        assert data.get(key) == value, key


@pytest.mark.parametrize("missing", ["", "a", "aa", "aaronx", "zzz", "jord", "b", "\uffff", "maria "])
def test_a_name_not_in_the_dataset_is_none(data, missing):
    assert data.get(missing) is None


def test_installed_dataset_gives_clear_genders_only():
    """nomquamgender is a dependency: a strongly gendered name has its gender, a mixed one none."""
    assert table_gender("Margaret") == "f"
    assert table_gender("Richard") == "m"
    assert table_gender("Jordan") is None
    assert table_gender("R.") is None  # too short to be a first name


def test_a_mapped_file_is_searched_as_its_bytes(tmp_path):
    """The dataset is mapped, not read: a search over the map finds what one over the bytes does."""
    import mmap

    raw = json.dumps(dict(sorted(ENTRIES.items())), ensure_ascii=False).encode("utf-8")
    path = tmp_path / "names.json"
    path.write_bytes(raw)
    with path.open("rb") as fh:
        mapped = NameData(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    for key in [*ENTRIES, "aaronx", "jord", "zzz", ""]:
        assert mapped.get(key) == NameData(raw).get(key), key


def test_the_installed_dataset_is_mapped_not_read():
    from article_annotator.lexicon import firstnames

    table_gender("Margaret")
    assert firstnames._DATA is not None and not isinstance(firstnames._DATA.raw, bytes)
