"""`annotate eval` and the scorers, on small gold files written here, with figures worked out
by hand in the comments (P = right / predicted, R = right / gold, F1 = 2PR / (P + R))."""

from __future__ import annotations

import math
from pathlib import Path

import orjson
import pytest

from article_annotator.evaluation import EvalDocument, quotes, registry
from article_annotator.evaluation.report import KindReport, Row
from article_annotator.evaluation.speakers import same_speaker
from article_annotator.evaluation.tariff_fields import countries, field_equal, products_f1

from conftest import invoke


def span(text: str, words: str, **fields) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, **fields}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def run_eval(runner, *args: str) -> dict:
    result = invoke(runner, "eval", *args)
    assert result.exit_code == 0, result.stderr
    return orjson.loads(result.stdout)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=1e-6)


# ------------------------------------------------------------------ entities
ENT_TEXT = "Maria Lopez met officials of Acme Corp in Lisbon on Monday."


@pytest.fixture()
def entity_files(tmp_path: Path) -> tuple[Path, Path]:
    t = ENT_TEXT
    gold = {"id": "e1", "text": t, "gold": {"entities": [
        span(t, "Maria Lopez", label="PER"), span(t, "Acme Corp", label="ORG"), span(t, "Lisbon", label="LOC")]}}
    pred = {"id": "e1", "entities": [
        span(t, "Maria Lopez", label="PERSON"), span(t, "Acme", label="ORG"),
        span(t, "Lisbon", label="GPE"), span(t, "Monday", label="DATE")]}
    return write_jsonl(tmp_path / "gold.jsonl", [gold]), write_jsonl(tmp_path / "pred.jsonl", [pred])


def test_entities_with_the_conll_map(runner, entity_files):
    gold, pred = entity_files
    out = run_eval(runner, str(gold), "--pred", str(pred), "--map", "conll", "--errors", "5")
    e = out["annotators"]["entities"]
    # mapped: PER right, ORG "Acme" wrong span, LOC right, DATE dropped -> 2 of 3 both ways
    assert (e["gold"], e["pred"], e["tp"]) == (3, 3, 2)
    assert close(e["p"], 2 / 3) and close(e["r"], 2 / 3) and close(e["f1"], 2 / 3)
    assert e["per_label_f1"] == {"LOC": 1.0, "ORG": 0.0, "PER": 1.0}
    assert close(e["per_org_loc_f1"], 2 / 3)
    miss = e["misses"][0]
    assert miss["error"] == "boundary" and "'Acme Corp' ORG" in miss["gold"] and "'Acme' ORG" in miss["predicted"]
    assert miss["sentence"] == ENT_TEXT


def test_entities_without_a_map_keep_ontonotes_labels(runner, entity_files):
    gold, pred = entity_files
    e = run_eval(runner, str(gold), "--pred", str(pred))["annotators"]["entities"]
    # PERSON/GPE never equal PER/LOC: no typed hit; 4 predictions (DATE kept)
    assert (e["pred"], e["tp"], e["f1"]) == (4, 0, 0.0)
    # untyped: "Maria Lopez" and "Lisbon" spans agree: P = 2/4, R = 2/3, F1 = 4/7
    assert close(e["untyped_f1"], 4 / 7)


def test_entities_labels_option_scores_only_those_labels(runner, entity_files):
    gold, pred = entity_files
    e = run_eval(runner, str(gold), "--pred", str(pred), "--map", "conll", "--labels", "PER,LOC")["annotators"]["entities"]
    assert (e["gold"], e["pred"], e["tp"], e["f1"]) == (2, 2, 2, 1.0)


# --------------------------------------------------------------------- dates
DATE_TEXT = "The board met on Friday afternoon and will meet again in 2024."


def test_dates_follow_the_tempeval_alignment(runner, tmp_path):
    t = DATE_TEXT
    gold = {"id": "d1", "text": t, "meta": {"date": "2023-03-06"}, "gold": {"dates": [
        span(t, "Friday afternoon", type="TIME", value="2023-03-03TAF"), span(t, "2024", type="DATE", value="2024")]}}
    pred = {"id": "d1", "dates": [
        span(t, "Friday", type="DATE", value="2023-03-03"), span(t, "afternoon", type="TIME", value="TAF"),
        span(t, "2024", type="date", value=" 2024 ")]}
    d = run_eval(runner, str(write_jsonl(tmp_path / "g.jsonl", [gold])), "--pred",
                 str(write_jsonl(tmp_path / "p.jsonl", [pred])))["annotators"]["dates"]
    # "Friday afternoon" takes the leftmost overlapping "Friday"; "afternoon" is left over.
    assert (d["gold"], d["pred"], d["strict"], d["relaxed"]) == (2, 3, 1, 2)
    assert close(d["strict_f1"], 0.4)  # P 1/3, R 1/2
    assert close(d["relaxed_f1"], 0.8)  # P 2/3, R 1
    # only "2024" has the right type (case-blind) and value (space-trimmed): accuracy 1/2
    assert close(d["type_accuracy"], 0.5) and close(d["type_f1"], 0.4)
    assert close(d["value_accuracy"], 0.5) and close(d["value_f1"], 0.4)


def test_no_dates_to_find_and_none_found_is_perfect(runner, tmp_path):
    gold = write_jsonl(tmp_path / "g.jsonl", [{"id": "x", "text": "Nothing here.", "gold": {"dates": []}}])
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": "x", "dates": []}])
    assert run_eval(runner, str(gold), "--pred", str(pred))["annotators"]["dates"]["value_f1"] == 1.0


# -------------------------------------------------------------------- quotes
QUOTE_TEXT = ('"We will open the new bridge in May," said Luis Ortega, the mayor. '
              "Ortega added that the council had approved the budget after a long debate. "
              "Residents were told the road would close for a week.")


def quote_documents() -> list[EvalDocument]:
    t = QUOTE_TEXT
    gold = [span(t, "We will open the new bridge in May,", kind="direct", speaker="Luis Ortega"),
            span(t, "the council had approved the budget after a long debate", kind="indirect", speaker="Luis Ortega")]
    pred = [span(t, '"We will open the new bridge in May,"', speaker="Mr. Ortega"),  # marks included
            span(t, "the council had approved the budget", speaker="the council"),  # 35 of 56 chars
            span(t, "the road would close for a week", speaker="Residents")]  # not in gold
    return [EvalDocument("q1", t, {}, {"quotes": gold}, {"id": "q1", "quotes": pred})]


def test_quotes_spans_speakers_and_kinds():
    h = quotes.score(quote_documents()).headline
    # exact: only the direct quote (marks trimmed): P 1/3, R 1/2 -> F1 0.4
    assert close(h["exact_f1"], 0.4)
    # overlap: 35/56 >= 0.5, so the indirect one pairs too: P 2/3, R 1 -> F1 0.8
    assert close(h["overlap_f1"], 0.8)
    # speakers: "Mr. Ortega" = "Luis Ortega" (title dropped, tail equal); "the council" is wrong
    assert close(h["speaker_acc"], 0.5)
    assert close(h["e2e_f1"], 0.4)  # 1 right of 3 predicted, 2 gold
    assert h["overlap_f1_direct"] == 1.0
    # indirect: its gold found; the unmatched prediction has no marks, so it counts as indirect
    assert close(h["overlap_f1_indirect"], 2 / 3)


def test_unreliable_gold_speakers_leave_the_headline_figures():
    docs = quote_documents()
    docs[0].gold["quotes"][1]["speaker_reliable"] = False
    h = quotes.score(docs).headline
    assert h["speaker_acc"] == 1.0 and close(h["speaker_acc_all"], 0.5)
    # e2e drops that gold quote and the prediction matched to it: P 1/2, R 1/1
    assert close(h["e2e_f1"], 2 / 3)


def test_speaker_names_compare_by_their_last_words():
    assert same_speaker("Mrs. Ana Silva", "Silva")
    assert same_speaker("the Ministry's spokesman", "spokesman")
    assert not same_speaker("he", "Ana Silva")
    assert not same_speaker(None, "Ana Silva")
    assert same_speaker("Ana", "Ana Silva", alternatives=["Ana"])


# ------------------------------------------------------------------- tariffs
TARIFF_TEXT = ("Washington imposed a 25% tariff on Chinese steel and aluminium goods. "
               "Ottawa said it would cut duties on dairy.")


def test_tariffs_mentions_fields_products_and_records(runner, tmp_path):
    t = TARIFF_TEXT
    gold = [{"id": "t1", "text": t, "meta": {"group": "story"}, "gold": {"tariffs": [
        span(t, "Washington imposed a 25% tariff on Chinese steel and aluminium goods", rate=25.0, unit="percent",
             imposer="US", target="CN", action="impose", products=["steel", "aluminium goods"]),
        span(t, "it would cut duties on dairy", rate=None, imposer="CA", target=None, action="cut", products=["dairy"])]}},
        {"id": "t2", "text": "A quiet day at the port.", "meta": {"group": "negative"}, "gold": {"tariffs": []}}]
    pred = [{"id": "t1", "tariffs": [
        span(t, "a 25% tariff on Chinese steel", rate="25.004", unit="%", imposer=["US"], target=["CN"],
             action="impose", products=["Chinese steel"])]},
        {"id": "t2", "tariffs": [span("A quiet day at the port.", "port", rate=None, imposer=None, target=None)]}]
    r = run_eval(runner, str(write_jsonl(tmp_path / "g.jsonl", gold)), "--pred",
                 str(write_jsonl(tmp_path / "p.jsonl", pred)))["annotators"]["tariffs"]
    # 1 of 2 gold found, 1 of 2 predictions right: 0.5 all round; the core fields agree
    assert close(r["mention_f1"], 0.5) and close(r["e2e_f1"], 0.5)
    assert r["acc_rate"] == r["acc_unit"] == r["acc_imposer"] == r["acc_target"] == 1.0
    # products: "steel" is inside "chinese steel": P 1/1, R 1/2 -> 2/3; so not every field is right
    assert close(r["products_f1"], 2 / 3) and r["all_fields_f1"] == 0.0
    assert r["negative_docs_with_predictions"] == 1


def test_country_fields_accept_a_code_or_a_list():
    assert countries("us") == countries(["US"]) == frozenset({"US"})
    assert field_equal("imposer", {"imposer": ["EC", "UK"]}, {"imposer": ["GB", "EU"]})
    assert not field_equal("target", {"target": ["CN", "HK"]}, {"target": "CN"})
    assert field_equal("target", {"target": None}, {"target": []})


def test_products_pair_one_to_one():
    # both gold phrases sit inside the one prediction, but it pairs once: P 1/1, R 1/2
    assert close(products_f1({"products": ["steel", "steel pipes"]}, {"products": ["steel pipes"]}), 2 / 3)
    assert products_f1({"products": []}, {"products": []}) == 1.0


# ------------------------------------------------------------------------ CLI
def test_eval_annotates_the_gold_itself_as_a_run_would(runner, tmp_path, validator):
    t = "The vote was held on 4 March 2025 and the count took two days."
    gold = write_jsonl(tmp_path / "g.jsonl", [{"id": "v1", "text": t, "meta": {"date": "2025-03-05"}, "gold": {
        "dates": [span(t, "4 March 2025", type="DATE", value="2025-03-04"), span(t, "two days", type="DURATION", value="P2D")]}}])
    now = run_eval(runner, str(gold))
    assert now["predictions"] is None and list(now["annotators"]) == ["dates"]
    run = invoke(runner, str(gold), "-a", "dates", "-f", "jsonl", "-q")
    for record in map(orjson.loads, run.stdout.splitlines()):
        validator.validate(record)
    pred = tmp_path / "p.jsonl"
    pred.write_text(run.stdout)
    later = run_eval(runner, str(gold), "--pred", str(pred))
    assert now["annotators"] == later["annotators"]
    assert now["annotators"]["dates"]["relaxed_f1"] > 0


def test_a_bad_gold_line_is_named_and_the_rest_is_scored(runner, tmp_path, entity_files):
    gold, pred = entity_files
    gold.write_bytes(gold.read_bytes() + b'{"id": "e2", "text": "no gold here"}\n{not json\n')
    result = invoke(runner, "eval", str(gold), "--pred", str(pred), "--map", "conll")
    assert result.exit_code == 1
    assert f"{gold}:2: not a gold record" in result.stderr and f"{gold}:3: not JSON" in result.stderr
    assert orjson.loads(result.stdout)["annotators"]["entities"]["tp"] == 2


def test_usage_errors_exit_2(runner, entity_files):
    gold, pred = entity_files
    unknown = invoke(runner, "eval", str(gold), "--pred", str(pred), "-a", "weather")
    assert unknown.exit_code == 2 and "no scorer for 'weather'" in unknown.stderr
    unlabelled = invoke(runner, "eval", str(gold), "--pred", str(pred), "-a", "dates")
    assert unlabelled.exit_code == 2 and "labels no 'dates'" in unlabelled.stderr
    missing = invoke(runner, "eval", str(gold) + ".nope")
    assert missing.exit_code == 2 and "no such gold file" in missing.stderr


def test_table_output_shows_misses_and_no_escape_sequences(runner, tmp_path):
    t = "Alert \x1b[31mred\x1b[0m: Rome is calm."
    gold = write_jsonl(tmp_path / "g.jsonl", [{"id": "h\x1b[2J", "text": t, "gold": {"entities": [span(t, "Rome", label="LOC")]}}])
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": "h\x1b[2J", "entities": []}])
    result = invoke(runner, "eval", str(gold), "--pred", str(pred), "-f", "table", "--errors", "3")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "missed" in result.stdout and "Rome is calm." in result.stdout and "exact" in result.stdout


class WordCountScorer:
    """A plugin's scorer: the share of gold words lists matched exactly by count."""

    name = "wordcount"
    description = "documents whose word count is right"

    def score(self, documents, options) -> KindReport:
        right = sum(d.gold_items("wordcount") == d.predicted_items("wordcount") for d in documents)
        return KindReport(self.name, {"accuracy": right / len(documents)}, [Row.rate("count right", right, len(documents))])


def test_a_plugin_can_register_a_scorer(runner, tmp_path):
    registry.register(WordCountScorer)
    try:
        gold = write_jsonl(tmp_path / "g.jsonl", [{"id": str(i), "text": "two words", "gold": {"wordcount": [{"n": 2}]}} for i in range(4)])
        pred = write_jsonl(tmp_path / "p.jsonl", [{"id": str(i), "wordcount": [{"n": 2 if i else 3}]} for i in range(4)])
        assert run_eval(runner, str(gold), "--pred", str(pred))["annotators"] == {"wordcount": {"accuracy": 0.75}}
    finally:
        registry.unregister("wordcount")


def test_built_in_scorers_are_found_through_the_entry_point_group():
    assert {"dates", "entities", "quotes", "tariffs"} <= set(registry.available())


def test_the_documented_gold_example_scores_perfectly_against_itself(runner, tmp_path):
    from conftest import ROOT

    doc = (ROOT / "docs" / "eval.md").read_text(encoding="utf-8")
    start = doc.index('{"id": "trade-07"')
    record = orjson.loads(doc[start:doc.index("```", start)])
    gold = write_jsonl(tmp_path / "g.jsonl", [record])
    out = run_eval(runner, str(gold), "--pred", str(gold))["annotators"]
    assert list(out) == ["entities", "dates", "quotes", "tariffs"]
    assert out["entities"]["f1"] == out["dates"]["value_f1"] == out["quotes"]["e2e_f1"] == out["tariffs"]["e2e_f1"] == 1.0
