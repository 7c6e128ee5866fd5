"""The entity rules' caches and pre-checks (issue 16, speed) give the same answers as before."""

from __future__ import annotations

from article_annotator.entities.sports import is_sports


def test_is_sports_answers_each_text_afresh() -> None:
    match = "Harwick beat Dunmore 3-1 on Saturday and Kelso drew 2-2 with Tarrow."
    prose = "The council met on Tuesday to discuss the new library budget."
    assert is_sports(match)
    assert is_sports(match)  # asked twice for one document, as the rules do
    assert not is_sports(prose)
    assert is_sports(match)


def test_listed_outlets_found_only_where_their_first_word_occurs() -> None:
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.outlets import _occurrences

    text = "The mayor told the Associated Press and Xinhua on Monday that the bridge would reopen."
    found = {text[s:e] for s, e in _occurrences(text, LineMap(text))}
    assert {"Associated Press", "Xinhua"} <= found
    quiet = "The mayor said the bridge would reopen."
    assert list(_occurrences(quiet, LineMap(quiet))) == []


def test_cached_lookups_answer_per_string() -> None:
    from article_annotator.entities.junk import never_a_name
    from article_annotator.entities.lexicon import is_common_word
    from article_annotator.lexicon.countries import may_start_country

    for _ in range(2):  # the second answer comes from the cache and must agree
        assert never_a_name("the") and not never_a_name("Okafor")
        assert is_common_word("Budget") and not is_common_word("Zorvathy")
        assert may_start_country("Burkina") and not may_start_country("Zorvathy")


def test_gazetteer_still_finds_countries_in_runs_after_the_pre_check() -> None:
    from article_annotator.entities import gazetteer
    from article_annotator.entities.lines import LineMap

    text = "Talks between Officials Of Burkina Faso and the Ivory Coast went on. Pemberly Hall stood."
    found = {(text[m.start:m.end], m.label) for m in gazetteer.apply([], text, LineMap(text))}
    assert ("Burkina Faso", "GPE") in found and ("Ivory Coast", "GPE") in found
    assert not any(t.startswith("Pemberly") for t, _ in found)


def _all_caps_by_both_counts(text: str) -> bool:
    """The headline test as first written: both counts, always."""
    import re

    from article_annotator.lexicon.headlines import CAPS_SHARE, MIN_LETTERS

    letters = len(re.findall(r"[^\W\d_]", text))
    lower = len(re.findall(r"[a-zà-ÿ]", text))
    return letters >= MIN_LETTERS and letters - lower >= CAPS_SHARE * letters


def test_headline_test_agrees_with_both_counts() -> None:
    from article_annotator.lexicon.headlines import is_all_caps

    lines = [
        "", "abc", "ABCDEF", "ABCDEf", "ABCDEFGHij", "ABCDEFGHijk", "MAYOR SAYS BRIDGE WILL REOPEN",
        "Mayor says bridge will reopen", "KELSO 2 TARROW 1", "12345 678 ab", "ÉTÉ À GENÈVE ÉTAIT CHAUD",
        "été ÀÉ", "÷÷÷ ABCDEFGH", "ABCDEFGH ÷÷", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", "x" * 3 + "Y" * 20,
        "²½ ABCDEFG", "U.S. TARIFFS ON STEEL, says Mayor", "...---...", "ABCDEFGHIJ klm",
    ]
    for line in lines:
        assert is_all_caps(line) == _all_caps_by_both_counts(line), line
    assert is_all_caps("MAYOR SAYS BRIDGE WILL REOPEN") and not is_all_caps("Mayor says bridge will reopen")


def test_table_lines_with_and_without_digits() -> None:
    from article_annotator.entities.lines import PROSE, TABLE, classify

    assert classify("Kelso 2 Tarrow 1 Dunmore 3 Harwick 0") == TABLE
    assert classify("The mayor said on Tuesday that the bridge would reopen in spring.") == PROSE
    assert classify("In 2024 and 2025 the 12 councils met 40 times in 3 towns") == TABLE


def test_sport_words_match_as_the_plain_alternation_does() -> None:
    import re

    from article_annotator.entities import sports
    from article_annotator.lexicon import sport as sport_words

    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, sport_words.SPORT_WORDS)) + r")\b", re.I)
    text = (
        "RUGBY: the Semi-Finals went to extra time; a re-match, two Wickets, GOALS and a half-time "
        "talk. Coaching staff, goalsmouth, overseas, innings-long, the MATCH. Golf, tennis; Soccer!"
    )
    assert [m.span() for m in sports._SPORT_WORDS.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert {m.group().lower() for m in sports._SPORT_WORDS.finditer(text)} >= {"rugby", "semi-finals", "match", "golf"}


_PROSE_WITH_NAMES = (
    "LONDON (Reuters) - Minister Ana Moreno and Prime Minister Keir Dalby met firm Multico, the "
    "town of Uyo and the village of Kelso on Fifth Avenue and Downing Street. EU-China talks, "
    "U.S.-made goods, NATO and the WHO, Burkina Faso's Lake Volta; Dunmore (Burkina Faso) won. "
    "— Elon Vance (@evance) said Mr. Tom Harwick; SEC, AB&C, I.B.M. and PM Lee Wong of the city "
    "of Arbil. Président Élodie Marchal and ÉTÉ GROUP went to Zürich-Nord via X-Ray Road."
)


def test_capital_look_aheads_change_no_match() -> None:
    import re

    from article_annotator.entities import acronyms, gazetteer, tables, typed

    patterns = [gazetteer._HYPHENATED, typed._STREET, typed._SIGNATURE, typed._TITLE_NAME, typed._AFTER_NOUN]
    for p in patterns:
        assert p.pattern.startswith("(?=[")
        plain = re.compile(p.pattern[p.pattern.index("])") + 2 :], p.flags)
        spans = [m.span() for m in p.finditer(_PROSE_WITH_NAMES)]
        assert spans and spans == [m.span() for m in plain.finditer(_PROSE_WITH_NAMES)], p.pattern[:40]


def test_capital_first_scans_match_as_the_look_behind_first_forms() -> None:
    """The whole-text scans open with their capital and look behind it for the character
    before; the same matches as the pattern with that look-behind first, on prose and on
    hostile runs (capitals, brackets, hyphens, line breaks)."""
    import re

    from article_annotator.entities import acronyms, gazetteer, tables

    reference = {
        gazetteer._RUN: r"(?<![\w@#.-])[A-Z][\w.'’-]*(?:[ \t](?:of[ \t]|and[ \t]|the[ \t])?[A-Z][\w.'’-]*){0,4}",
        acronyms._ACRONYM: r"(?<![\w.@#/&'’-])[A-Z][A-Z&]{2,5}(?![\w@/&'’-]|\.\w)",
        tables._WORD_COUNTRY: r"(?<![\w'’.-])([A-Z][\w'’-]*)\s\(([A-Z][\w. ]{0,60})\)",
    }
    texts = [_PROSE_WITH_NAMES, "A" * 300, "AB-CD " * 40, "Kelso (Tarrow) " * 20, "\nABC\n.DEF @GHI x(Jkl) (Mno)"]
    for p, plain in reference.items():
        assert p.pattern.lstrip("(").startswith("[A-Z](?<!")
        for text in texts:
            found = [(m.span(), m.groups()) for m in p.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in re.finditer(plain, text)], p.pattern[:40]
        assert list(p.finditer(_PROSE_WITH_NAMES)), p.pattern[:40]


def test_score_hint_is_in_every_score() -> None:
    from article_annotator.entities import sports

    for text in ("Kelso won 3-1.", "a 112-104 win", "10-12", "x 0-0 y"):
        assert sports.SCORE_HINT.search(text) and sports._SCORE.search(text)
    for text in ("no score here - at all", "1- 2", "3 -4", "-5", "6-", "2026-", "Kelso-Tarrow"):
        assert not sports.SCORE_HINT.search(text) and not sports._SCORE.search(text)
    assert list(sports._scores("Kelso 2 Tarrow 1\nno dash")) == ["Kelso 2 Tarrow 1"]


def test_compiled_patterns_keep_trimming_and_splitting() -> None:
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.spans import split_lines, trim
    from article_annotator.lexicon.countries import country_code
    from article_annotator.lexicon.organisations import party_label

    text = "Deals with the U.S. and Harwick Corp. were signed in Kelso."
    for name, kept in (("U.S.", "U.S."), ("Harwick Corp.", "Harwick Corp."), ("Kelso.", "Kelso")):
        s = text.index(name)
        t = trim(Mention(s, s + len(name), "ORG"), text)
        assert t is not None and text[t.start : t.end] == kept
    two = "Kelso\nTarrow"
    assert [(m.start, m.end) for m in split_lines(Mention(0, len(two), "GPE"), two)] == [(0, 5), (6, 12)]
    assert country_code("Britain's") == "GB" and country_code("Us") is None and country_code("US") == "US"
    assert party_label("Labour  ") == "ORG"


def test_dateline_look_ahead_changes_no_match() -> None:
    import re

    from article_annotator.lexicon.datelines import AGENCY_DATELINE, COLON_DATELINE

    text = (
        "KELSO (Reuters) - The mayor spoke.\n  MEXICO CITY (AP) — Talks went on.\n"
        "date 2026-01-30 HARWICK, Borders (PTI) -- Rain fell.\nDUNMORE: Harwick's council met.\n"
        "BREAKING: News. x TARROW (AP) - not a paragraph start.\n\tNORTH BERWICK: Boats sailed."
    )
    for p in (AGENCY_DATELINE, COLON_DATELINE):
        plain = re.compile(p.pattern[len("(?=[ \\tA-Z])") :], p.flags)
        spans = [m.span() for m in p.finditer(text)]
        assert len(spans) >= 2 and spans == [m.span() for m in plain.finditer(text)]


_PRE_CHECKED = (
    "KELSO (Reuters) - Tom Harwick posted on X that the Dunmore (Burkina Faso) side won.\n"
    "DUNMORE: Harwick's council met on Fifth Avenue. — Elon Vance (@evance)",
    "KELSO - Tom Harwick posted on Xing that the Dunmore side won.\nDUNMORE:Harwick's council met on Fifth Av.",
    "Rain fell on the town all day; the X-ray unit (closed) stayed shut.",
    "",
)


def test_pre_checks_skip_only_scans_that_find_nothing() -> None:
    from article_annotator.entities import datelines, outlets, tables, typed
    from article_annotator.entities.lines import LineMap
    from article_annotator.lexicon.datelines import AGENCY_DATELINE
    from article_annotator.lexicon.organisations import CONTEXT_PLATFORMS

    for text in _PRE_CHECKED:
        lines = LineMap(text)
        found = [m.span("place") for m in datelines.paragraph_datelines(text, lines)]
        agency = [m.span("place") for m in AGENCY_DATELINE.finditer(text)]
        assert found[: len(agency)] == agency
        x = [m.span(1) if m.group(1) else m.span(2) for m in CONTEXT_PLATFORMS.finditer(text)]
        assert [span for span in outlets._occurrences(text, lines) if text[span[0] : span[1]] in ("X", "Threads")] == x
        signatures = [m.span(1) for m in typed._SIGNATURE.finditer(text)]
        assert [span for span in typed.titled_names(text, lines) if span in signatures] == signatures
        clubs = any(tables.country_code(m.group(2)) for m in tables._WORD_COUNTRY.finditer(text))
        assert tables._clubs_listed(text) == clubs
        streets = {text[m.start : m.end] for m in typed.apply([], text, lines) if m.label == "FAC"}
        assert streets == {m.group(1) for m in typed._STREET.finditer(text)}
    first = _PRE_CHECKED[0]
    assert "DUNMORE" in {first[s:e] for s, e in (m.span("place") for m in datelines.paragraph_datelines(first, LineMap(first)))}
    assert "Fifth Avenue" in {first[m.start : m.end] for m in typed.apply([], first, LineMap(first))}


def test_sport_words_counted_alike_on_ascii_and_other_texts() -> None:
    from article_annotator.entities import sports

    texts = [
        "The SQUAD's Captain met the Coach; GOAL, goals, Goals and a Half-Time talk at the stadium.",
        "Zürich: the squad, the Captain and the Coach met at the stadium before the match.",
        "The council met on Tuesday to discuss the library budget.",
    ]
    for text in texts:
        for words in (sports._SPORT_WORDS, sports._TEAM_TALK):
            distinct = {m.group().lower() for m in words.finditer(text)}
            for needed in (1, 2, 4, 6):
                assert sports._has_distinct_words(words, text, needed) == (len(distinct) >= needed), (text, needed)


def test_score_lines_and_line_ups_after_their_cheap_tests() -> None:
    from article_annotator.entities import sports, tables
    from article_annotator.entities.lines import LineMap

    assert list(sports._scores("Kelso 2 Tarrow 1  \nDunmore 3 Harwick 0")) == ["Kelso 2 Tarrow 1  ", "Dunmore 3 Harwick 0"]
    assert list(sports._scores("Kelso 2 Tarrow 1.\nKelso won the cup")) == []
    text = "Kelso - 1 - Tom Rae, 2 - Ian Bell, 3 - Sam Fife (Joe Lomond 46th)"
    rows = tables._Rows()
    tables._lineup(rows, text, LineMap(text).lines[0])
    assert [text[s:e] for s, e, _ in rows.out] == ["Tom Rae", "Ian Bell", "Sam Fife", "Joe Lomond"]
    rows = tables._Rows()
    tables._lineup(rows, "1 - Tom Rae, 2 - Ian Bell", LineMap("1 - Tom Rae, 2 - Ian Bell").lines[0])
    assert rows.out == []


def test_number_share_agrees_with_counting_each_word() -> None:
    import re

    from article_annotator.entities.lines import _mostly_numbers

    lines = [
        "Kelso 2 Tarrow 1", "1996-08-30 12 34", "a1b2c3 d e f g h i j", "In 2024 the 12 councils met 40 times",
        "No digits in this line at all", "x 1 y z w", "١٢ Kelso ٣ Tarrow", "7", "a b c d e f g h i 9",
    ]
    for line in lines:
        words = line.split()
        plain = sum(1 for w in words if re.search(r"\d", w)) >= 0.3 * len(words)
        assert _mostly_numbers(line, words) == plain, line


def test_votes_settle_a_unique_majority_only() -> None:
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.names import vote_labels

    text = "Kelso met Kelso and Kelso. Tarrow met Tarrow. Dunmore saw Dunmore."
    at = lambda word, k: [i for i in range(len(text)) if text.startswith(word, i)][k]
    mentions = [
        Mention(at("Kelso", 0), at("Kelso", 0) + 5, "ORG"), Mention(at("Kelso", 1), at("Kelso", 1) + 5, "GPE"),
        Mention(at("Kelso", 2), at("Kelso", 2) + 5, "GPE"),
        Mention(at("Tarrow", 0), at("Tarrow", 0) + 6, "ORG"), Mention(at("Tarrow", 1), at("Tarrow", 1) + 6, "GPE"),
        Mention(at("Dunmore", 0), at("Dunmore", 0) + 7, "GPE"),
        Mention(at("Dunmore", 1), at("Dunmore", 1) + 7, "ORG", "table"),
    ]
    assert vote_labels(mentions, text, LineMap(text)) == {"Kelso": "GPE", "Dunmore": "ORG"}


def test_title_and_noun_matches_found_from_the_word_index_as_by_a_scan() -> None:
    from article_annotator.entities import typed
    from article_annotator.entities.lines import LineMap

    texts = [_PROSE_WITH_NAMES, "Prime Minister Keir Dalby met firm Multico and Mr Zoltan Harwick, the town of Uyo.", ""]
    for text in texts:
        lines = LineMap(text)
        for pattern, keys in ((typed._TITLE_NAME, typed._TITLE_KEYS), (typed._AFTER_NOUN, typed._NOUN_KEYS)):
            anchored = [m.span() for m in typed._at_words(pattern, keys, text, lines)]
            assert anchored == [m.span() for m in pattern.finditer(text)]
    text = texts[1]
    found = {text[s:e] for s, e in typed.titled_names(text, LineMap(text))}
    assert {"Keir Dalby", "Zoltan Harwick"} <= found


def test_roster_look_ahead_changes_no_match() -> None:
    import re

    from article_annotator.entities import rosters

    text = (
        "Kelso: Eva Lind, Otto Brandl, Karl Sieber, Ilse Kern. Tarrow - Ana de la Cruz, Tom Rae, Ian Bell, "
        "Sam Fife, Joe Lomond; x Eva Lind, Otto Brandl, Karl Sieber, Ilse Kern and Kelso, Tarrow, Dunmore."
    )
    plain = re.compile(rosters._ROSTER.pattern[len("(?=[A-Z])") :], rosters._ROSTER.flags)
    spans = [m.span() for m in rosters._ROSTER.finditer(text)]
    assert len(spans) >= 2 and spans == [m.span() for m in plain.finditer(text)]


def test_find_all_kept_per_document_answers_as_a_fresh_search() -> None:
    from article_annotator.entities.index import WordIndex
    from article_annotator.entities.names import find_all

    text = "Kelso Corp and Kelso met; Kelsoville, @Kelso and Kelso-made goods. Kelso Corp."
    words = WordIndex(text)
    first = find_all("Kelso", text, words)
    assert [text[s:e] for s, e in first] == ["Kelso", "Kelso", "Kelso"] and first[0] == (0, 5)
    assert find_all("Kelso", text, words) is first  # kept for the index's own text
    assert find_all("Kelso Corp", text, words) == ((0, 10), (text.rindex("Kelso Corp"), len(text) - 1))
    other = "Tarrow and Kelso"
    assert find_all("Kelso", other, words) != first  # another text: searched afresh, never the kept answer


def test_credit_split_and_headline_support_after_their_cheap_tests() -> None:
    from article_annotator.entities import headlines
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.spans import split_credits

    text = "Ana Moreno/Reuters and Kelso Tarrow"
    pieces = split_credits(Mention(0, 18, "PERSON"), text)
    assert [(text[p.start : p.end], p.label) for p in pieces] == [("Ana Moreno", "PERSON"), ("Reuters", "ORG")]
    assert split_credits(Mention(23, 35, "PERSON"), text) == [Mention(23, 35, "PERSON")]
    caps = "KELSO WIN AGAIN IN TARROW\nKelso beat Dunmore at home."
    mentions = [Mention(0, 5, "ORG"), Mention(6, 9, "ORG"), Mention(19, 25, "GPE"), Mention(26, 31, "ORG")]
    kept = headlines.apply(mentions, caps, LineMap(caps))
    assert [caps[m.start : m.end] for m in kept] == ["KELSO", "Kelso"]  # "WIN", "TARROW": no support
    prose = "Kelso beat Dunmore."
    plain = [Mention(0, 5, "ORG"), Mention(11, 18, "ORG")]
    assert headlines.apply(plain, prose, LineMap(prose)) == plain


def test_cluster_word_look_ups_cached_per_string() -> None:
    from article_annotator.entities import clusters

    for _ in range(2):  # the second answers come from the caches and must agree
        assert clusters.words("World Trade Organization's U.S. arm") == ("World", "Trade", "Organization's", "U.S.", "arm")
        assert clusters.norm("U.S.  Trade") == clusters.norm("US trade") == "us trade"
        assert clusters._initials("Bank of England") == "BE"
    items = clusters.cluster([], "")
    assert items == []


def test_score_look_ahead_changes_no_match() -> None:
    import re

    from article_annotator.entities import sports

    text = "Kelso won 3-1, Tarrow 2-2; 1996-08-30, x3-1, 10-12 and 123-4567 (4-0)."
    plain = re.compile(sports._SCORE.pattern[len("(?=\\d)") :])
    spans = [m.span() for m in sports._SCORE.finditer(text)]
    assert len(spans) >= 3 and spans == [m.span() for m in plain.finditer(text)]


def test_dedupe_without_overlaps_keeps_all_as_the_index_would() -> None:
    from article_annotator.entities.index import SpanIndex
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.rules import dedupe

    def by_index(mentions: list[Mention]) -> list[Mention]:
        kept = SpanIndex()
        for m in mentions:
            if not kept.any_overlap(m.start, m.end):
                kept.add(m)
        return list(kept)

    cases = [
        [Mention(0, 5, "ORG"), Mention(5, 9, "GPE"), Mention(12, 20, "PERSON")],  # apart, in order
        [Mention(12, 20, "PERSON"), Mention(0, 5, "ORG")],  # apart, out of order
        [Mention(0, 9, "ORG"), Mention(5, 12, "GPE"), Mention(20, 25, "PERSON")],  # an overlap
        [Mention(3, 9, "ORG"), Mention(0, 4, "GPE")],  # an overlap, the later one first in the text
        [Mention(0, 5, "ORG"), Mention(5, 5, "GPE")],  # an empty span
        [],
    ]
    for mentions in cases:
        assert dedupe(list(mentions)) == by_index(list(mentions))
    assert [m.label for m in dedupe(cases[2])] == ["ORG", "PERSON"]


def test_party_roles_found_from_the_word_index_as_by_a_scan() -> None:
    from article_annotator.entities import parties
    from article_annotator.entities.index import WordIndex, at_words, leading_words

    assert leading_words(["U.S. Senate", "Lib Dem", "Labour", "..."]) == {"Labour", "Lib", "U"}
    texts = [
        "Labour MP Ana Okafor met Tory leader Dev Moss, the Welsh Labour leader and PML-N MP Ali Khan.",
        "Fianna Fáil TD Mary Byrne; xLabour MP; Labour-MP; Lib Dem MP Jo Swan, Republican Sen. Dev Moss",
        "",
    ]
    for text in texts:
        anchored = [m.span() for m in at_words(parties._PARTY_ROLE, parties._PARTY_KEYS, text, WordIndex(text))]
        assert anchored == [m.span() for m in parties._PARTY_ROLE.finditer(text)]
    assert len(list(parties._PARTY_ROLE.finditer(texts[1]))) >= 3


def test_sport_word_pre_check_never_hides_a_word_the_scan_finds() -> None:
    import itertools
    import re

    from article_annotator.entities import sports
    from article_annotator.entities.index import WordIndex

    terms = ("goal", "goals", "half-time", "semi-final", "semi-finals", "match")
    assert sports.term_keys(terms) == {"goal": 1, "goals": 1, "half": 1, "semi": 2, "match": 1}
    for terms in (sports.sport_words.SPORT_WORDS, sports._TEAM_TALK_TERMS):
        assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", f) for f in terms)  # what term_keys reads
    pieces = ["Semi-Finals", "GOALS", "goal_x", "3goals", "half-time", "Match", "squad", "the", "kick-off", "x-match"]
    for words in (sports._SPORT_WORDS, sports._TEAM_TALK):
        for n in (1, 2, 3):
            for combo in itertools.permutations(pieces, n):
                text = " ".join(combo)
                for needed in (1, 2, 4):
                    plain = sports._has_distinct_words(words, text, needed)
                    assert sports._has_distinct_words(words, text, needed, WordIndex(text)) == plain, (text, needed)
    text = "The squad and the coach. Shares rose."
    assert sports.talks_sport(text, WordIndex(text)) and not sports.is_sports(text, WordIndex(text))


def test_sport_words_read_at_their_first_words_in_texts_beyond_ascii() -> None:
    from article_annotator.entities import sports
    from article_annotator.entities.index import WordIndex

    texts = [
        "Zürich’s squad met the Coach before the “Match”; the GOALKEEPER saved a penalty.",
        "The \u212aICK-OFF came late: the squad and the captain of Kraków waited.",  # Kelvin sign
        "The \u017fquad and the captain; Ba\u0131ley \u0130nnings.",  # long s, dotless i, dotted I
        "Σ squad ΟΔΟΣ captain ΣΑΣ cup; fly-half-time 'semi-finals' goal_x",
    ]
    assert [sports.lowercases_in_place(t) for t in texts] == [True, True, False, True]
    for text in texts:
        for words in (sports._SPORT_WORDS, sports._TEAM_TALK, sports._MATCH_TALK):
            for needed in (1, 2, 3, 4):
                plain = sports._has_distinct_words(words, text, needed)
                assert sports._has_distinct_words(words, text, needed, WordIndex(text)) == plain, (text, needed)


def test_starts_of_gives_every_occurrence_of_the_words_in_text_order() -> None:
    from article_annotator.entities.index import WordIndex

    words = WordIndex("firm Acme said the firm and the agency; agency-firm")
    assert words.starts_of(frozenset({"firm", "agency", "bank"})) == [0, 19, 32, 40, 47]
    assert words.starts_of({"bank"}) == [] and words.starts_of(("said", "the")) == [10, 15, 28]
    assert not words.has("bank")  # asking adds no word


def test_gazetteer_run_look_ups_answer_per_run_string() -> None:
    from article_annotator.entities import gazetteer

    assert gazetteer._may_hold("Porto Alegre") == (True, False)
    assert gazetteer._may_hold("The United States") == (False, True)
    assert gazetteer._may_hold("Reuters") == (False, False)
    assert gazetteer._may_hold("U.S.-made Acme") == gazetteer._may_hold("U.S.-made Acme")  # cached, same answer


def test_has_any_answers_as_a_look_up_per_word() -> None:
    from article_annotator.entities.index import WordIndex

    words = WordIndex("Hutu rebels met the Tutsi-led army")
    for asked in (frozenset({"Tutsi", "Druze"}), ("Druze", "Kurds"), ["army"], (), frozenset({"Tutsi-led"})):
        assert words.has_any(asked) == any(words.has(w) for w in asked)


def test_listed_outlets_looked_for_in_list_order_where_their_first_word_occurs() -> None:
    from article_annotator.entities import outlets
    from article_annotator.entities.index import WordIndex

    from article_annotator.entities.index import leading_word
    from article_annotator.lexicon.organisations import BODIES, OUTLETS

    words = WordIndex("Associated Press and Reuters said")
    assert words.present(frozenset({"Reuters", "Bloomberg"})) == {"Reuters"}
    asked = outlets._LISTED.in_text(words)
    assert asked == [n for n in sorted(OUTLETS | BODIES) if leading_word(n) and words.has(leading_word(n))]
    assert "Reuters" in asked and "Associated Press" in asked


def test_a_facility_noun_the_patterns_find_is_a_word_of_the_index() -> None:
    from article_annotator.entities import facilities
    from article_annotator.entities.index import WordIndex
    from article_annotator.lexicon.places import FACILITY_NOUNS

    texts = ["the Kelmar stadium, which", "Harrowby airport\nsaid", "al-Aqsa mosque", "T3 prison late Friday", "x port_x y"]
    found = 0
    for text in texts:
        words = WordIndex(text)
        for p in range(len(text)):
            m = facilities._NOUN_AFTER.match(text, p)
            if m:
                found += 1
                assert words.has_any(FACILITY_NOUNS) and words.has(m.group().split()[0].rstrip(",.;:)\"'"))
    assert found >= 4


def test_turn_cue_holds_where_cues_give_a_person_who_or_place() -> None:
    from article_annotator.entities import evidence
    from article_annotator.entities.lines import LineMap

    text = (
        "Mr Gomery spoke. Gomery, who led it, left. Halvrix, 34, said so. The city of Arbil fell.\n"
        "Arbil, a town in the north, is calm. Multico shares rose. Halvrix Corp said. Ostrow is an old port."
    )
    lines = LineMap(text)
    for name in ("Gomery", "Halvrix", "Arbil", "Multico", "Ostrow", "Nobody"):
        c = evidence.cues(name, text, lines)
        turn = any(evidence._turn_cue(b, a) for b, a in evidence._contexts(name, text, lines))
        assert turn == (c.person or c.who or c.place), name


def test_line_kind_is_the_kind_of_the_line_at_the_offset() -> None:
    from article_annotator.entities.lines import LineMap

    for text in ("TRADE TALKS END\n\nLONDON, May 2 - Talks ended.\nLeeds 2 Hull 1\n", "", "\n\nx"):
        lines = LineMap(text)
        assert all(lines.kind(i) == lines.at(i).kind for i in range(-1, len(text) + 2))


def test_product_nouns_are_words_of_the_index_where_the_pattern_finds_them() -> None:
    import re

    from article_annotator.entities import products
    from article_annotator.entities.index import WordIndex

    assert all(re.fullmatch(r"[a-z]+", n) for n in products._NOUN_WORDS)  # single words: index words
    for text in ("the Zelvo chatbot, the Orbis 737 jets", "Kelmar maker_x", "Vexa\tsmartphones."):
        words = WordIndex(text)
        for p in range(len(text)):
            m = products._PRODUCT_AFTER.match(text, p)
            if m:
                assert words.has(m.group().split()[-1])



def test_a_span_index_replaces_or_takes_in_the_mentions_a_new_one_covers() -> None:
    from article_annotator.entities.index import SpanIndex
    from article_annotator.entities.mention import Mention

    a, b, c = Mention(0, 5, "PERSON"), Mention(6, 9, "ORG"), Mention(8, 14, "GPE")
    index = SpanIndex([a, b, c])
    assert index.take_in(Mention(0, 9, "PERSON")) is None  # c reaches outside: nothing changes
    assert list(index) == [a, b, c]
    assert index.take_in(Mention(0, 14, "PERSON"), lambda m: m.label == "PERSON") is None  # b is no person
    whole = Mention(0, 14, "PERSON")
    assert index.take_in(whole) == [a, b, c] and list(index) == [whole]
    index.replace(Mention(10, 20, "GPE"))
    assert [(m.start, m.end) for m in index] == [(10, 20)]


def test_score_sides_pre_check_admits_every_result_shape() -> None:
    from article_annotator.entities.score_sides import _has_result, sides

    assert _has_result("Harwick beat Dunmore 3-1 on Saturday.")
    assert _has_result("Kelso beat Tarrow by six wickets at Dunmore.")
    assert _has_result("Kelso won by an innings.")
    assert not _has_result("The council met on Tuesday to discuss the budget by the river.")
    text = "Harwick beat Dunmore 3-1 and Kelso drew 2-2 with Tarrow."
    assert {text[s:e] for s, e in sides(text)} == {"Harwick", "Dunmore", "Kelso", "Tarrow"}


def test_model_mentions_are_the_models_spans_in_text_order() -> None:
    import spacy
    from spacy.tokens import Span

    from article_annotator.entities.mention import model_mentions

    nlp = spacy.blank("en")
    doc = nlp("Ana Vela of Orbis Corp flew to Dunmore on Friday .")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "ORG"), Span(doc, 7, 8, "GPE"), Span(doc, 9, 10, "DATE")]
    got = [(doc.text[m.start:m.end], m.label) for m in model_mentions(doc)]
    assert got == [("Ana Vela", "PERSON"), ("Orbis Corp", "ORG"), ("Dunmore", "GPE"), ("Friday", "DATE")]
    assert model_mentions(nlp("")) == []


def test_line_kind_lookup_at_every_offset() -> None:
    from article_annotator.entities.lines import CAPS, PROSE, TABLE, LineMap

    text = "HARBOUR TALKS RESUME\nThe mayor said the bridge would reopen soon.\nDunmore 3 1 1 1 3 2 4\n"
    lm = LineMap(text)
    assert [ln.kind for ln in lm.lines] == [CAPS, PROSE, TABLE]
    for ln in lm.lines:
        for offset in range(ln.start, ln.end + 1):
            assert lm.kind(offset) == ln.kind and lm.at(offset) == ln
    assert lm.kind(len(text) + 5) == TABLE
    assert lm.kind(-1) == CAPS  # before the text: the first line, as before


def test_numbers_line_test_with_the_digit_pre_count() -> None:
    from article_annotator.entities.lines import _mostly_numbers

    for line, expected in (("Dunmore 3 1 1 1 3 2 4", True), ("The mayor met 3 people", False),
                           ("Kelso 12 Tarrow 7", True), ("Dunmore ٣ ١ ١ ١ ٣", True), ("No digits at all", False)):
        assert _mostly_numbers(line, line.split()) is expected


def test_trim_and_pieces_after_their_pre_checks() -> None:
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.spans import pieces, trim

    text = "Mr Ana Vela 69 met “Kelso’s” men, Dunmore Town said, and Vela/Reuters wrote."

    def span(s: str, label: str) -> Mention:
        i = text.index(s)
        return Mention(i, i + len(s), label)

    def trimmed(s: str, label: str) -> str | None:
        t = trim(span(s, label), text)
        return None if t is None else text[t.start:t.end]

    assert trimmed("“Kelso’s”", "ORG") == "Kelso"  # one word: quotes and possessive still go
    assert trimmed("Mr Ana Vela 69", "PERSON") == "Ana Vela"  # several words: title and number go
    assert trimmed("Dunmore Town said", "ORG") == "Dunmore Town"
    assert [text[p.start:p.end] for p in pieces(span("Kelso’s", "ORG"), text)] == ["Kelso’s"]
    assert [(text[p.start:p.end], p.label) for p in pieces(span("Vela/Reuters", "PERSON"), text)] == [
        ("Vela", "PERSON"), ("Reuters", "ORG")]


def test_gazetteer_run_answers_are_kept_apart_by_line_kind() -> None:
    from article_annotator.entities import gazetteer
    from article_annotator.entities.lines import LineMap

    text = "TALKS WITH MOLDOVA\nThe envoy of MOLDOVA met officials. Later Moldova and Chad agreed."
    for _ in range(2):  # the second pass answers each run from the cache
        found = sorted((m.start, text[m.start:m.end]) for m in gazetteer.apply([], text, LineMap(text)))
        names = [t for _, t in found]
        assert names.count("MOLDOVA") == 1 and found[0] == (11, "MOLDOVA")  # the caps line only
        assert "Moldova" in names and "Chad" in names


def test_table_shapes_with_and_without_digits() -> None:
    from article_annotator.entities import tables
    from article_annotator.entities.lines import LineMap

    text = ("Harwick beat Dunmore 3-1 and drew 2-2.\nKELSO AT TARROW\nDunmore 3 1 1 1 3 2 4\nKelso - - -\n"
            "7. Ana Pell (Spain) 60.74\nH. Morris c Vela b Pell\n")
    found = {(text[s:e], label) for s, e, label in tables.read(text, LineMap(text))}
    assert {("KELSO", "ORG"), ("TARROW", "GPE")} <= found  # a fixture needs no digit
    assert ("Kelso", "ORG") in found  # a standings row of dashes only
    assert {("Dunmore", "ORG"), ("Ana Pell", "PERSON"), ("Spain", "GPE"), ("H. Morris", "PERSON")} <= found


def test_list_sibling_before_a_name_after_the_link_pre_check() -> None:
    from article_annotator.entities import list_siblings
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.mention import Mention

    for link in (" and ", ", ", " or "):
        text = f"Shares of Halvrix{link}Orbis Corp fell sharply on Monday."
        i = text.index("Orbis Corp")
        out = list_siblings.apply([Mention(i, i + len("Orbis Corp"), "ORG")], text, LineMap(text))
        names = [text[m.start:m.end] for m in out]
        assert names == (["Orbis Corp"] if link == ", " else ["Halvrix", "Orbis Corp"])


def test_role_noun_before_a_name_after_the_blank_pre_check() -> None:
    from article_annotator.entities import role_nouns
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.mention import Mention

    for gap, person in ((" ", True), ("\t", True), (": ", False), ("-", False)):
        text = f"The club said its striker{gap}Halvor Brandt would miss the final."
        i = text.index("Halvor")
        out = role_nouns.apply([Mention(i, i + len("Halvor Brandt"), "ORG")], text, LineMap(text))
        assert (out[0].label == "PERSON") is person, gap


def test_club_places_asks_the_sport_tests_first() -> None:
    from article_annotator.entities import club_places
    from article_annotator.entities.lines import LineMap
    from article_annotator.entities.mention import Mention

    def label(text: str) -> str:
        i = text.index("Dunmore")
        return club_places.apply([Mention(i, i + 7, "GPE")], text, LineMap(text))[0].label

    assert label("The striker joined Dunmore after a season in the squad, the coach said of the replay.") == "ORG"
    assert label("The banker joined Dunmore after a year, the bank said.") == "GPE"  # no sport talk
    assert label("Harwick beat Tarrow 3-1 and Kelso drew 2-2, so the striker joined Dunmore.") == "GPE"  # results: sports.py's


def test_handles_and_urls_after_the_token_pre_check() -> None:
    from article_annotator.entities.mention import Mention
    from article_annotator.entities.spans import is_handle_or_url

    def flagged(text: str, name: str) -> bool:
        i = text.index(name)
        return is_handle_or_url(Mention(i, i + len(name), "ORG"), text)

    assert flagged("Follow @Halvrix for news.", "Halvrix")
    assert flagged("Read more at halvrix.com today.", "halvrix")
    assert flagged("Mail press@halvrix.org now.", "halvrix")
    assert flagged("See https://Halvrix/news first.", "Halvrix")
    assert not flagged("Halvrix said on Monday that sales rose.", "Halvrix")
    assert not flagged("Shares of Halvrix Corp. fell.", "Halvrix Corp.")


def test_lines_holding_a_character_in_order() -> None:
    from article_annotator.entities.lines import LineMap

    text = "First line, no dash\nA well-known co-op - here\n\nplain\r\nlast-one"
    lm = LineMap(text)
    held = [text[ln.start : ln.end] for ln in lm.lines_holding("-")]
    assert held == ["A well-known co-op - here", "last-one"]
    assert list(lm.lines_holding("#")) == []


def _same_as_whole_text_scan(pattern, scan, texts: list[str]) -> None:
    """`scan(text, LineMap(text))`, a scan of only some lines, finds what `pattern` finds in the whole text."""
    from article_annotator.entities.lines import LineMap

    for text in texts:
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan(text, LineMap(text))] == whole, text[:60]


def test_hyphenated_words_scanned_on_hyphen_lines_only() -> None:
    from article_annotator.entities import gazetteer
    from article_annotator.entities.lines import LineMap

    texts = [
        "EU-China talks resumed.\nNo dash on this line.\nU.S.-made parts and Franco-German ties",
        "Trade\u2028Sino-Japanese\x0bAB-CD-EF-GH-IJ\n-Lead\nKorea-",
        "",
        "A-" * 500,
    ]
    _same_as_whole_text_scan(gazetteer._HYPHENATED, gazetteer._hyphenated, texts)
    text = texts[0]
    assert [m.group() for m in gazetteer._hyphenated(text, LineMap(text))] == ["EU-China", "U.S.-made", "Franco-German"]
    mentions = gazetteer.apply([], text, LineMap(text))
    assert {(text[m.start : m.end], m.label) for m in mentions} >= {("EU", "ORG"), ("China", "GPE"), ("U.S.", "GPE")}


def test_rosters_scanned_on_lines_with_three_commas_only() -> None:
    from article_annotator.entities import rosters
    from article_annotator.entities.lines import LineMap

    texts = [
        "Squad: Tomas Very, Ilse Marn, Karl Dosse, Peter van Hoek\nA quiet line, with one comma.",
        "Tomas Very, Ilse Marn,\nKarl Dosse, Peter van Hoek, Anna Brill",  # broken by a line: no list
        "Tomas Very, Ilse Marn, Karl Dosse\u2028Peter Hoek, Anna Brill, Jo Lunn, Mia Sand",
        ", " * 300,
    ]
    _same_as_whole_text_scan(rosters._ROSTER, rosters._lists, texts)
    first = texts[0]
    assert [m.group() for m in rosters._lists(first, LineMap(first))] == ["Tomas Very, Ilse Marn, Karl Dosse, Peter van Hoek"]
    assert list(rosters._lists(texts[1], LineMap(texts[1]))) == []


def test_dateline_lines_need_their_final_digit() -> None:
    """The classifier tries the dateline pattern only on lines ending in a digit (spaces after
    it allowed), which every dateline date does; lines end as they did."""
    from article_annotator.entities.lines import DATELINE, PROSE, LineMap, classify

    assert classify("NEW DELHI, Jan 30") == DATELINE
    assert classify("KELSO 1996-08-30 \t") == DATELINE
    assert classify("  TARROW, Sept. 4, 2025\x0c") == DATELINE
    assert classify("KELSO, Jan") != DATELINE
    text = "KELSO, Jan 30\nAna Vela said the plant will close next year and the town was told."
    lines = LineMap(text)
    assert [(ln.start, ln.end, ln.kind) for ln in lines.lines] == [(0, 13, DATELINE), (14, len(text), PROSE)]
    assert lines.at(20) == lines.lines[1] and lines.at(20).kind == PROSE


_ENDINGS = "Ana Vela met Mikel Oyarzabal at Harlow Corp. \nKelso Bros.\n said U.S. Co.  \tTarrow \n\nX"


def test_cheap_tests_before_end_anchored_searches_lose_no_match() -> None:
    """Where the cheap test before a search ending in `$` says no, the search finds nothing,
    at every position of a text with spaces, tabs, dots and line breaks before the ends."""
    from article_annotator.entities import repair, sentence_end

    for pos in range(len(_ENDINGS) + 1):
        if not _ENDINGS.endswith(repair._SPACE_ENDS, 0, pos):
            assert repair._PREV_WORD.search(_ENDINGS[max(0, pos - 30) : pos]) is None, pos
            assert repair._GIVEN_BEFORE.search(_ENDINGS, max(0, pos - 30), pos) is None, pos
        if not _ENDINGS.endswith(sentence_end._DOT_ENDS, 0, pos):
            assert sentence_end._ONE_DOT_ABBREVIATION.search(_ENDINGS, max(0, pos - 5), pos) is None, pos
    assert _ENDINGS.endswith(repair._SPACE_ENDS, 0, _ENDINGS.index("Oyarzabal"))
    assert repair._GIVEN_BEFORE.search(_ENDINGS, 0, _ENDINGS.index("Oyarzabal")).group(1) == "Mikel"


def test_covers_reads_the_mentions_starting_before_the_span() -> None:
    """`covers` answers as the overlap scan would, for every span of a small text, empty ones too."""
    from article_annotator.entities.index import SpanIndex
    from article_annotator.entities.mention import Mention

    index = SpanIndex([Mention(0, 4, "ORG"), Mention(2, 9, "PERSON"), Mention(5, 6, "GPE"), Mention(12, 20, "ORG")])
    for start in range(0, 22):
        for end in range(start - 1, 22):
            expected = any(m.start <= start and m.end >= end for m in index.overlapping(start, end))
            assert index.covers(start, end) == expected, (start, end)
    assert index.covers(3, 9) and not index.covers(3, 10) and index.covers(13, 20) and not index.covers(9, 12)


def test_word_anchored_people_and_facility_scans_match_the_whole_text_scans() -> None:
    """Peoples and facility nouns are looked for where their first word starts (`at_words`):
    the matches of a scan of the whole text, on text holding every listed name and noun."""
    from article_annotator.entities import facilities, peoples
    from article_annotator.entities.index import WordIndex, at_words
    from article_annotator.lexicon.peoples import PEOPLES
    from article_annotator.lexicon.places import FACILITY_NOUNS

    texts = [
        " and ".join(PEOPLES) + ", said the " + " the Kelso ".join(FACILITY_NOUNS) + ".",
        "The Eschen stadium, the Tarrow port. Kelso airport near Dunmore; Kurds, x-Kurds and Kurdish.",
    ]
    for text in texts:
        words = WordIndex(text)
        for pattern, keys in ((peoples._PEOPLE, peoples._PEOPLE_KEYS), (facilities._NAMED_BEFORE_NOUN, facilities._NOUN_KEYS)):
            whole = [m.span() for m in pattern.finditer(text)]
            assert whole and [m.span() for m in at_words(pattern, keys, text, words)] == whole


def test_cheap_hints_hold_for_every_match_they_guard() -> None:
    """The agency credit's dash is in every agency dateline, and the margin scan that opens with
    "by" finds what the word-boundary form finds."""
    import re

    from article_annotator.entities import datelines, score_sides
    from article_annotator.lexicon.datelines import AGENCY_DATELINE

    for text in ("WASHINGTON (AP) — Ana Vela said", "MEXICO CITY (Reuters) - The", "KELSO (AFP)-- x", "LONDON (Reuters)–"):
        if AGENCY_DATELINE.search(text):
            assert datelines._CREDIT_DASH.search(text)
    assert AGENCY_DATELINE.search("WASHINGTON (AP) — Ana Vela said") and not datelines._CREDIT_DASH.search("Vela (AP) said")
    plain = re.compile(r"\bby (?:an innings|\w+ (?:wickets?|runs))")
    text = "won by six wickets, nearby 3 runs, by an innings, standby two runs, by 40 runs; Abby by 2 wickets"
    assert [m.span() for m in score_sides._MARGIN_HINT.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 4
