"""Quotes as a journalist counts them (issue 11): the exact quoted words, speech only, the
right speaker. Every text here is written for the test."""

from __future__ import annotations

from tests.conftest import invoke, records
from tests.test_quotes import nlp, quotes  # noqa: F401  (fixtures)


def _only(items: list[dict], fragment: str) -> dict:
    hits = [it for it in items if fragment in it["text"]]
    assert len(hits) == 1, [it["text"] for it in items]
    return hits[0]


# ---------------------------------------------------------------- verbatim
def test_direct_quote_is_its_own_verbatim(quotes):
    items = quotes("“We will not back down,” Mayor Ann Example said on Monday.")
    it = _only(items, "back down")
    assert it["kind"] == "direct"
    assert [v["text"] for v in it["verbatim"]] == [it["text"]]


def test_mixed_quote_lists_each_quoted_stretch_and_keeps_the_clause(quotes):
    text = ("The minister said the plan was \"dead on arrival\" and that its backers were "
            "\"out of touch with voters.\"")
    it = _only(quotes(text), "the plan was")
    assert it["kind"] == "mixed"
    assert it["text"].startswith("the plan was")  # the span stays the reported clause
    assert [v["text"] for v in it["verbatim"]] == ["dead on arrival", "out of touch with voters."]
    assert all(it["start"] <= v["start"] < it["end"] for v in it["verbatim"])


def test_indirect_quote_has_no_verbatim(quotes):
    it = _only(quotes("Ann Example told reporters that the bridge would reopen in May."), "bridge")
    assert it["kind"] == "indirect"
    assert it["verbatim"] == []


def test_cli_records_with_verbatim_match_the_schema(runner, validator, tmp_path):
    text = ("Ann Example said the budget was \"a fair deal\" for renters.\n\n"
            "\"We listened,\" she said.\n\nShe added that the vote would be close.\n")
    path = tmp_path / "budget.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke(runner, str(path), "-a", "quotes", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    validator.validate(record)
    kinds = {q["kind"]: q["verbatim"] for q in record["quotes"]}
    assert [v["text"] for v in kinds["mixed"]] == ["a fair deal"]
    assert [v["text"] for v in kinds["direct"]] == ["We listened,"]
    assert kinds["indirect"] == []
