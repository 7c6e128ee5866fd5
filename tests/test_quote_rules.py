"""Quotes as a journalist counts them (issue 11): the exact quoted words, speech only, the
right speaker. Every text here is written for the test."""

from __future__ import annotations

import pytest

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


def test_a_subject_the_parser_hung_on_the_cue_stays_in_the_content(quotes):
    it = _only(quotes("The mayor warned the new levy could drive shoppers away."), "levy")
    assert it["text"] == "the new levy could drive shoppers away" and it["speaker"] == "The mayor"
    assert quotes("The mayor warned the committee.") == []  # an object alone is no report


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


# ---------------------------------------------------------------- speech only
NEAR_MISSES = (
    "The charity welcomed the ruling on Tuesday. Fuel prices are expected to climb again next "
    "winter. The local MP voted against the bill, and two councillors agreed to meet the "
    "protesters. The operator plans to close three depots. Opposition leaders criticised the "
    "timetable. The ministry announced new duties on imported bicycles. An audit found that "
    "staff had been overworked for years. According to official data, exports fell by 4% in "
    "March. Citing higher costs, the company raised its fares. Residents noticed that the "
    "river had risen. Economists expect that inflation will ease by the summer.\n\n"
    "Details: tickets cost £5 and doors open at noon.\n"
)


def test_near_misses_give_no_quote(quotes):
    assert quotes(NEAR_MISSES) == []


@pytest.mark.parametrize("sentence, content", [
    ("The mayor said that the bridge would reopen in May.", "the bridge would reopen"),
    ("Police warned drivers that the road was closed.", "the road was closed"),
    ("According to the ministry, the talks will resume on Friday.", "the talks will resume"),
    ("Her claim that the vote was rigged spread quickly.", "the vote was rigged"),
    ("The union told members to stay away from the depot.", "stay away from the depot"),
])
def test_reported_speech_is_still_an_indirect_quote(quotes, sentence, content):
    it = _only(quotes(sentence), content)
    assert it["kind"] == "indirect"


@pytest.mark.parametrize("sentence", [
    "The spokesman denied the report.",  # a speech verb with a noun phrase: no content
    "The minister said yes.",  # one word
    "Officials agreed that the plan would work.",  # agreeing, not saying
    "The study showed that sleep improves memory.",  # a finding
    "According to the latest poll, the race is tied.",  # figures, not a speaker
])
def test_no_indirect_quote_without_speech_and_a_clause(quotes, sentence):
    assert [it for it in quotes(sentence) if it["kind"] == "indirect"] == []


def test_unnamed_sources_stay_nominal(quotes):
    it = _only(quotes("Analysts said the merger would cut costs."), "merger")
    assert it["speaker_type"] == "nominal" and it["speaker_cluster"] is None


# ---------------------------------------------------------------- who said it
@pytest.mark.parametrize("text", [
    "The Shadow Minister for Transport, Jane Doe, said the fares were far too high.",
    "Jane Doe, the shadow transport minister, said the fares were far too high.",
    "“The fares are far too high,” said Shadow Minister for Transport Jane Doe.",
])
def test_title_and_name_give_the_name(quotes, text):
    it = _only(quotes(text), "fares")
    assert it["speaker_canonical"] == "Jane Doe", it


def test_continuation_paragraphs_keep_the_speaker_not_the_person_attacked(quotes):
    text = ("Council leader Ann Example spoke at the hall on Monday. She said: “Ray Sample has "
            "failed this city for a decade.\n\n“He promised lower fares and delivered nothing at all.\n\n"
            "“It is time for him to go.”\n\nSample said he would not resign.")
    items = quotes(text)
    for fragment in ("failed this city", "promised lower fares", "time for him to go"):
        assert _only(items, fragment)["speaker_canonical"] == "Ann Example"
    assert _only(items, "would not resign")["speaker_canonical"] == "Ray Sample"  # the fullest name


@pytest.mark.parametrize("text, speaker", [
    ("Donald Trump spoke on Monday. “Tariffs are coming for every cheat,” the post on Truth Social said.",
     "Donald Trump"),
    ("Truth Social carried the message: “Tariffs are coming for every cheat.”", None),
    ("The interview said the scheme would close next year.", None),
])
def test_platforms_and_media_are_never_speakers(quotes, text, speaker):
    (it,) = quotes(text)
    assert it["speaker_canonical"] == speaker, it


def test_a_mistyped_titled_surname_joins_the_person(quotes):
    items = quotes("Mayor Ann Example opened the hall. “We are proud of it,” Ms Example said.")
    assert _only(items, "proud")["speaker_canonical"] == "Ann Example"


# ---------------------------------------------------------------- affiliation and gender
@pytest.mark.parametrize("text, speaker, affiliation", [
    ("Mayor Ann Example opened the bridge. A spokesman for the mayor said the tolls would stay.",
     "A spokesman for the mayor", "Ann Example"),
    ("Senator Ann Example arrived late. An aide to the senator told reporters that the bill was dead.",
     "An aide to the senator", "Ann Example"),
    ("A White House spokeswoman said the talks were over.", "A White House spokeswoman", "White House"),
    ("Ericsson spokesman Ray Sample said the plant would close.", "Ray Sample", "Ericsson"),
    ("A lawyer for the family said the appeal would go ahead.", "A lawyer for the family", None),
    ("Ann Example said the tolls would stay.", "Ann Example", None),
])
def test_role_owner_is_the_affiliation(quotes, text, speaker, affiliation):
    (it,) = quotes(text)
    assert (it["speaker_canonical"], it["speaker_affiliation"]) == (speaker, affiliation), it


def test_gender_from_pronouns_first_then_first_names(quotes):
    text = ("Robin Example chairs the board. Robin Example said the budget was balanced. "
            "She added that the reserves were healthy.\n\n"
            "Kamala Sample said the vote would be close.\n\n"
            "The union said the strike would go on.")
    items = quotes(text)
    assert _only(items, "budget was balanced")["speaker_gender"] == "female"  # the text's own "she"
    assert _only(items, "reserves were healthy")["speaker_gender"] == "female"
    assert _only(items, "vote would be close")["speaker_gender"] == "female"  # the first-name table
    assert _only(items, "strike would go on")["speaker_gender"] is None  # not a person


# ---------------------------------------------------------------- misparsed subjects
@pytest.mark.parametrize("text, speaker", [
    ("The plant reopened in May.\n“This deal delivers for our workers,” said PM Ann Example. “It is a good day.”",
     "Ann Example"),
    ("Commenting, Ray Sample, partner at Sample & Co, said: “Exporters will welcome this change.”", "Ray Sample"),
])
def test_a_title_or_an_opening_participle_is_not_the_speaker(quotes, text, speaker):
    items = quotes(text)
    assert items and all(it["speaker"] == speaker for it in items), items


@pytest.mark.parametrize("text, speaker", [
    ("According to a statement from the Foreign Ministry on Monday, “the talks will resume in June”.", "the Foreign Ministry"),
    ("A letter by Ann Example said the plant would close next year.", "Ann Example"),
])
def test_a_document_from_an_issuer_is_the_issuers_word(quotes, text, speaker):
    (it,) = quotes(text)
    assert it["speaker"] == speaker, it


@pytest.mark.parametrize("text, canonical", [
    ("Chancellor Rachel Reeves delivered her budget. The Chancellor said the levy would apply from 2028.", "Rachel Reeves"),
    ("Later the party leader, Ann Example, spoke. The party leader said the vote would be close.", "Ann Example"),
    ("Ministry spokesperson Li Wen spoke briefly. The spokesperson said talks would resume.", "Li Wen"),
    ("The minister said nothing would change.", "The minister"),
])
def test_descriptions_tied_to_a_name_elsewhere(quotes, text, canonical):
    (it,) = quotes(text)
    assert it["speaker_canonical"] == canonical, it
    assert it["speaker"].lower().startswith("the ")


# ---------------------------------------------------------------- headline quotes
@pytest.mark.parametrize("headline, speaker, words", [
    ("Minister Ana Ruiz hails ‘historic’ trade deal with Japan", "Ana Ruiz", ["historic"]),
    ("Ortega tells voters 'the fight is ours', wishing rivals ‘a quiet retirement'", "Ortega",
     ["the fight is ours", "a quiet retirement"]),
    ("Sen. Mara Quill vows “no surrender” over pay cuts", "Mara Quill", ["no surrender"]),
])
def test_a_headline_quotes_its_subject_without_a_speech_verb(quotes, headline, speaker, words):
    items = quotes(headline + "\n\nThe talks resume on Monday in the capital.")
    it = _only(items, headline[:12])
    assert it["kind"] == "mixed"
    assert it["text"] == headline
    assert speaker in it["speaker"]
    assert [v["text"] for v in it["verbatim"]] == words


@pytest.mark.parametrize("text", [
    "Streaming service renews ‘Harbour Lights’ for a third season\n\nFilming starts in spring.",
    "The mayor called the plan ‘reckless’ on Monday.\n\nCouncillors meet again next week.",
])
def test_titles_in_a_headline_and_first_lines_that_are_sentences_are_not_headline_quotes(quotes, text):
    assert [it for it in quotes(text) if it["start"] == 0 and it["kind"] == "mixed"] == []


def test_a_first_line_that_is_a_quotation_keeps_its_byline_speaker(quotes):
    it = _only(quotes("“Our street will never be the same again” ― Maria Lopez\n\nThe park opened."), "street")
    assert it["kind"] == "direct" and "Lopez" in it["speaker"]


# ---------------------------------------------------------------- embedded posts
def test_a_post_after_wrote_on_a_platform_is_a_direct_quote_of_the_writer(quotes):
    text = ("Ana Ruiz said the talks had been hard. Later, she wrote on X:\n\n"
            "This is a great day for our exporters and for every farmer. https://t.co/abc123\n\n"
            "Trade Minister Ana Ruiz posted on her Truth Social account:\n\n"
            "We will not give up on our farmers, ever.\n")
    post = _only(quotes(text), "great day")
    assert post["kind"] == "direct"
    assert post["text"] == "This is a great day for our exporters and for every farmer."  # no link
    assert post["speaker_canonical"] == "Ana Ruiz"
    assert _only(quotes(text), "give up")["speaker_canonical"] == "Ana Ruiz"


def test_a_signed_post_is_a_direct_quote_of_the_signer(quotes):
    text = ("The booster came back to the pad.\n"
            "Booster caught by the tower on the first try pic.twitter.com/xyz123\n"
            "— Dana Vale (@danavale) March 3, 2025\n"
            "Engineers cheered in the control room.\n")
    post = _only(quotes(text), "caught by the tower")
    assert post["kind"] == "direct" and post["text"] == "Booster caught by the tower on the first try"
    assert post["speaker"] == "Dana Vale"


def test_a_speaker_never_runs_across_a_blank_line(quotes):
    text = "Trade talks stall\n\nAna Ruiz said the talks had been hard for both sides."
    assert _only(quotes(text), "talks had been")["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The Ministry of Commerce issued a statement on Friday. The statement said the tariffs "
     "would stay in place until March.", "tariffs would stay", "Ministry of Commerce"),
    ("The White House released an executive order on Monday. The order says imports of steel "
     "will face a higher duty.", "imports of steel", "White House"),
])
def test_the_document_introduced_before_speaks_for_its_issuer(quotes, text, fragment, speaker):
    assert speaker in _only(quotes(text), fragment)["speaker"]


def test_a_document_with_no_issuer_in_the_text_stays_the_speaker(quotes):
    it = _only(quotes("The statement said the tariffs would stay in place until March."), "tariffs")
    assert it["speaker"] == "The statement"


@pytest.mark.parametrize("text", [
    ("Commerce Secretary Howard Lutnick said the talks had gone well.\n\n"
     "Mexico’s Secretary of Economy, Marcelo Ebrard, acknowledged the impact of the new tariff "
     "during the talks. He stated, “We have been through this before and we will negotiate again.”"),
    ("Prime Minister Tom Example said the vote would go ahead.\n\n"
     "The opposition leader, Peter Sample, visited the flooded town on Sunday. "
     "He said, “People here have waited far too long for help from the government.”"),
])
def test_a_pronoun_goes_to_the_name_in_apposition_to_the_last_subject(quotes, text):
    it = _only(quotes(text), "through this before" if "Ebrard" in text else "waited far too long")
    assert it["speaker"] in ("Marcelo Ebrard", "Peter Sample")


def test_a_heading_cue_does_not_report_the_next_paragraph(quotes):
    text = ("What the judges say\n\nConstitutional Court Justice Ana Example said the decree "
            "could not be justified. She also said the deployment broke the rules.\n")
    it = _only(quotes(text), "decree")
    assert it["text"].startswith("the decree could not")  # not "… Ana Example said the decree …"
    assert "Ana Example" in it["speaker"]


def test_a_no_break_space_before_the_verb_keeps_the_pronoun(quotes):
    text = ("Dana Example spoke to the council on Monday.\n\n"
            "\u201cWe will rebuild the bridge,\u201d she\u00a0told reporters.")
    item = _only(quotes(text), "We will rebuild")
    assert item["speaker_type"] == "pronoun"
    assert item["speaker"] == "Dana Example"
    assert text[item["speaker_start"]:item["speaker_end"]] == "she"


def test_a_name_opening_a_line_is_its_verbs_subject_when_the_parse_runs_across_the_break():
    """The misreading itself, built by hand: the parser hung the name that opens the second
    line on the line before, so the verb has no subject of its own."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from article_annotator.quotes.parse import line_subject, start_reading, subject_of
    words = ["Roads", "matter", ".", "\n", "Omar", "Sample", ",", "in", "May", ",", "told", "us", "that",
             "taxes", "rise", "."]
    spaces = [True, False, False, False, True, False, True, True, False, True, True, True, True, True,
              False, False]
    heads = [1, 1, 1, 2, 5, 1, 10, 10, 7, 10, 10, 10, 14, 14, 10, 10]  # "told" heads its own tree
    deps = ["nsubj", "ROOT", "punct", "dep", "compound", "npadvmod", "punct", "prep", "pobj", "punct",
            "ROOT", "dobj", "mark", "nsubj", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB",
           "PRON", "SCONJ", "NOUN", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    start_reading(doc, [])
    told = doc[10]
    assert line_subject(told).text == "Sample"
    assert subject_of(told).text == "Sample"
    assert line_subject(doc[1]) is None  # the first line has no line before it


@pytest.mark.parametrize("text, fragment, speaker", [
    ("\u201cWe stand by the plan,\u201d the mayor said.\nOmar Sample, in the wake of a poll showing "
     "support falling to 30 percent, told the radio station that the plan would be revised.",
     "the plan would be revised", "Omar Sample"),
    ("5:40 p.m.\n\nOmar Sample has given a spirited defence of the budget, saying the city "
     "could not afford another delay.", "could not afford another delay", "Omar Sample"),
])
def test_a_name_opening_a_line_is_its_verbs_subject(quotes, text, fragment, speaker):
    assert _only(quotes(text), fragment)["speaker"] == speaker


def test_paragraph_breaks_answer_as_reading_the_stretch_would():
    """A blank line between a cue and its content is found by bisection; same answer as a scan."""
    import random

    from article_annotator.quotes.attribution import ParagraphBreaks

    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("ab \n\r") for _ in range(rng.randint(0, 40)))
        breaks = ParagraphBreaks(text)
        for a in range(len(text) + 1):
            for b in range(len(text) + 1):
                gap = text[a:b]
                assert breaks.within(a, b) == ("\n\n" in gap or "\n\r\n" in gap), (text, a, b)
