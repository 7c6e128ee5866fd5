"""The dates grammar scans each rule only near its trigger words; the result must be the whole-text scan's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from article_annotator.dates import grammar
from article_annotator.dates.windows import (BEFORE, IN_TAIL, REQUIRED, REQUIRED_BEFORE, REQUIRED_UP_TO, TRIGGER_GROUPS,
                                            TRIGGERS, UP_TO, Span, _holding, _scan_windows, _windows, starting_before_tail,
                                            full_scan, reach_of)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

SENTENCES = [
    "The board met on Tuesday, March 3, 2026 at 10 a.m. EST and will meet again next week.",
    "Sales rose 4% in the third quarter of fiscal 2025, the quarter ended Sept. 30, from a year earlier.",
    "Two and a half years ago, in the summer of 1994, prices doubled; in the 1990s and the eighties they fell.",
    "He served 12,500 days, some 34 years, before retiring in mid-March; the 21st century began soon after.",
    "It costs £1,200 a year, or 40p per day, paid twice a week; every Monday and each morning count.",
    "Christmas Eve, Easter Monday and Thanksgiving fall in late autumn or early spring, not at midnight.",
    "The stamp reads 04 June 2025 - 19:46, 11:05, 2 May 2025, and 03.11.2024 and 2026-01-30T09:15.",
    "for some time, for a while, the second day of the strike, in the days before the vote, hours after it.",
    "Q3 2025, H1, 2Q24, FY2026, the October-to-December quarter, the week of March 6, the first week of June.",
    "Currently, nowadays, recently, in the near term and the years ahead; a later date, lately, someday.",
    "ſeptember and İ and ı and the KELVIN sign K in mid\u00adMarch, ＭＡＲＣＨ ５, 2 0 2 5, Ⅻ o'clock",
    "TODAY YESTERDAY TOMORROW TONIGHT OVERNIGHT WEDNESDAY AT 9 A.M. — DEC. 25 — THE WEEKEND",
    # whole-token triggers, run-together forms included: "lastyear", "nineteensixties", "midyear"
    "Sales fell lastyear and thisweek, in the nineteensixties and the Eighties, in the third quarter at "
    "headquarters, at midyear, last night and overnight; these days, right now.",
]

HOSTILE = [
    "May " * 3000,
    "1" * 5000 + " years ago",
    "day" * 4000,
    "soon" + " " * 500 + "begin",
    "two years before" + " " * 300 + ".",
    "March" + "\n" * 400 + "5, 2025",
    "quarter half qtr " * 800,
    ",".join(["123"] * 2000) + " weeks",
]


def _matches(scan):
    return [(i, m.span(), m.groupdict()) for i, m in scan]


@pytest.mark.parametrize("text", SENTENCES + HOSTILE + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))])
def test_windowed_scan_equals_whole_text_scan(text):
    patterns = [rule.pattern for rule in grammar.RULES]
    assert _matches(grammar.SCANNER.scan(text)) == _matches(full_scan(patterns, text))


def test_each_guarded_twin_is_its_rule_behind_the_tail_guard():
    """A guarded twin is its rule's text behind the look-ahead, with the same flags and groups:
    a match starting where the guard holds is the rule's match, groups and all."""
    for rule, guarded, span in zip(grammar.RULES, grammar.SCANNER.guarded, grammar.SCANNER.spans):
        if guarded is None:
            continue
        assert guarded.pattern == r"(?=(?s:.){%d})(?:%s)" % (span.tail + 1, rule.pattern.pattern), rule.name
        assert guarded.flags == rule.pattern.flags, rule.name
        assert (guarded.groupindex, guarded.groups) == (rule.pattern.groupindex, rule.pattern.groups), rule.name
    rule = re.compile(r"(?P<day>\d\d?) (?P<month>may|june)(?!\w)", re.IGNORECASE)
    assert starting_before_tail(rule, 3).search("On 4 JUNE.").groupdict() == {"day": "4", "month": "JUNE"}
    assert starting_before_tail(rule, 7).search("On 4 JUNE.") is None  # 8 characters from "4" on are needed


def test_every_rule_with_triggers_has_a_bounded_reach():
    """A rule whose matches could be any length would silently scan the whole text again."""
    for rule in grammar.RULES:
        if rule.name in TRIGGERS:
            assert reach_of(rule.pattern) is not None, rule.name


def test_a_rule_runs_only_where_its_trigger_is():
    """The century rule finds nothing in a text with no "century", and is not even run there."""
    text = "The talks ended on Monday. " * 50
    index = next(i for i, rule in enumerate(grammar.RULES) if rule.name == "century")
    hits = grammar.SCANNER._trigger_hits(text)
    assert hits[index] == []
    assert any(hits[i] for i, rule in enumerate(grammar.RULES) if rule.name == "weekday")


def _trigger_tokens(rule_index: int, text: str) -> list[tuple[int, int]]:
    return grammar.SCANNER._trigger_hits(text)[rule_index]


@pytest.mark.parametrize("text", SENTENCES + [
    "On Monday, March 3 and in the week of June 6, 2025, 10 p.m. GMT; the 1990s, the twenties.",
    "Four years ago, the last two weeks, two years earlier, morning and night, 12-hour shifts.",
    "The July-September period and the April to June quarter of 2025; 1Q 2026, q4'25 and h2 24.",
    "At 1400 GMT, 9:30 EST, 7am, 8 P.M. and ten o'clock; in the '60s, the 1990S, FY25, F2026, 1/27/25.",
])
def test_every_match_holds_a_trigger_token_inside_its_trigger_group(text):
    """What TRIGGER_GROUPS claims and the narrower windows rely on."""
    for i, rule in enumerate(grammar.RULES):
        tokens = _trigger_tokens(i, text)
        for m in rule.pattern.finditer(text):
            spans = [m.span(group) for group in TRIGGER_GROUPS.get(rule.name, ()) if m.group(group)]
            assert not TRIGGER_GROUPS.get(rule.name) or any(
                s < ge and e > gs for gs, ge in spans for s, e in tokens), (rule.name, m.group())


def test_quarter_codes_and_month_quarters_run_only_near_their_rarer_triggers():
    """ "Q3", "2Q24", "H1" hold a letter token of their own; "the July-September quarter" its unit."""
    names = [rule.name for rule in grammar.RULES]
    text = "Sales rose 12% to 40 million in 2025 from 31 million, in March and April. " * 20
    hits = grammar.SCANNER._trigger_hits(text)
    assert hits[names.index("qcode")] == [] and hits[names.index("month_quarter")] == []
    found = {c.rule.name for c in grammar.find_candidates("In 2Q24 and H1, and the July-September period.")}
    assert {"qcode", "month_quarter"} <= found


def test_a_trigger_group_narrows_the_window_on_each_side():
    """ "Tuesday, March 3, 2026": a match starts at most a weekday before its month and ends at most
    a day and a year after it, less than the whole match width on both sides."""
    index = next(i for i, rule in enumerate(grammar.RULES) if rule.name == "month_day")
    reach, span = grammar.SCANNER.reaches[index], grammar.SCANNER.spans[index]
    assert span.late == 0
    assert span.lead < reach.width and span.tail < reach.width + reach.around + 2


def test_a_window_resumes_after_a_match_that_runs_into_it():
    """The whole-text scan never starts a match inside the previous one; nor do the windows."""
    pattern = re.compile(r"q.{0,8}")
    text = "q1234q678 and q9"
    tokens = [(m.start(), m.end()) for m in re.finditer("q", text)]
    found = [m.group() for m in _scan_windows(pattern, Span(0, 0, 9), tokens, text)]
    assert found == [m.group() for m in pattern.finditer(text)] == ["q1234q678", "q9"]


REQUIRED_SENTENCES = [
    "At 10 a.m. EST, 7pm, 8 P.M. and 1400 GMT, at 1400GMT and 0930 hrs, 9:30 PST, ten o'clock and noon.",
    "Polls close at 2000 EST and reopen at 0700 EDT; the count starts at 0800 BST.",
    "At 8 in the morning, 6 in the evening, midnight Friday, Friday 10 p.m. and today 9:15 a.m. CET.",
    "On 5 March, the 15th of May, the first of June, Tuesday, 3rd December 2025 and 21 to 23 April.",
    "In May 2026, in March of 1994, in June '26, in April twenty twenty-four, in July two thousand and five.",
    "March next year, the week of March 6, the weekend of June 7, Friday next week, Monday last week.",
    "The first Monday in October, the 2nd Tuesday of May, the last Thursday of November 2026.",
    "The second week of June, the last day of 2027, the final month of the year, on the third day of the strike.",
    "On the 15th of every month and the first day of each month; on 03.11.2024 and on 2026-01-30T09:15.",
    "Filed 11/27/2025 and again on 1/5/26, then on 27/11/2025.",
    "On Mondays, Tues. and Thurs. mornings, every Sunday, Fri. 10 a.m. and Wednesday next week.",
    "The shops close on Good Friday. The march is held on May Day. We meet again at Halloween.",
    "The party lasted until New Year's Eve. The sales begin on Black Friday. The fireworks are for Guy Fawkes Night.",
    "Two years ago, a week later, three days earlier, a decade before, a year from now, 5 yrs back.",
    "It costs £40 per day and $9 per annum, paid twice a week, once a month and three times per year.",
    "The 1990s, the '60s, the 60s and the mid-1980s.",
    "Trump's plan dates from the eighties, and his rival's from the nineteen-twenties.",
    "Sales for July-September, Jan.–Mar. 2025 and Oct - Dec rose; in May, June and July they fell.",
]


@pytest.mark.parametrize("text", REQUIRED_SENTENCES + SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))])
def test_every_match_holds_a_token_of_each_required_group(text):
    """What REQUIRED claims and the skipped windows rely on: a token of each group lies in the
    match or within its lookarounds' reach; for REQUIRED_UP_TO, one that starts before the end
    of a trigger token inside the match's trigger group, for REQUIRED_BEFORE one that ends
    before such a token starts."""
    scanner = grammar.SCANNER
    hits = scanner._trigger_hits(text)
    for i, rule in enumerate(grammar.RULES):
        around = scanner.reaches[i].around if scanner.reaches[i] else 0
        for m in rule.pattern.finditer(text):
            groups = [m.span(group) for group in TRIGGER_GROUPS.get(rule.name, ()) if m.group(group)] or [m.span()]
            triggers = [(s, e) for gs, ge in groups for s, e in hits[i] if s < ge and e > gs]
            for g, where in scanner.required[i]:
                assert where == IN_TAIL or triggers, (rule.name, m.group())  # a match holds its trigger token
                if where == IN_TAIL:
                    ok = any(s < m.end() + around and e > m.start() - around for s, e in hits[g])
                elif where == UP_TO:
                    ok = any(s < max(e for _, e in triggers) and e > m.start() - around for s, e in hits[g])
                else:
                    ok = any(e <= max(s for s, _ in triggers) and e > m.start() - around for s, e in hits[g])
                assert ok, (rule.name, where, m.group())


def test_required_groups_are_found_by_the_rules_meant():
    """The sentences above give each rule with REQUIRED groups at least one match to check."""
    found = {c.rule.name for text in REQUIRED_SENTENCES for c in grammar.find_candidates(text)}
    named = set(REQUIRED) | set(REQUIRED_BEFORE) | set(REQUIRED_UP_TO)
    assert named <= found, named - found


def test_a_day_after_its_month_keeps_no_day_month_window():
    """ "March 5, 2026": the day stands after the month, so "5 March" cannot match there."""
    index = next(i for i, rule in enumerate(grammar.RULES) if rule.name == "day_month")
    scanner = grammar.SCANNER
    for text, searched in (("The vote is on March 5, 2026, in Ohio.", False), ("The vote is on 5 March.", True)):
        hits = scanner._trigger_hits(text)
        required = [(hits[g], where) for g, where in scanner.required[index]]
        windows = list(_windows(hits[index], scanner.spans[index].lead, scanner.spans[index].late, len(text)))
        kept = list(_holding(windows, required, scanner.reaches[index].around, scanner.spans[index].tail))
        assert windows and bool(kept) is searched, text


def test_a_window_without_a_required_token_is_not_searched():
    """ "In 2026, 14 of 20 members": numbers but no clock word, so the clock rule searches nothing."""
    index = next(i for i, rule in enumerate(grammar.RULES) if rule.name == "clock")
    scanner = grammar.SCANNER
    text = "In 2026, 14 of 20 members voted. " * 30
    hits = scanner._trigger_hits(text)
    assert hits[index] and all(not hits[g] for g, _ in scanner.required[index])
    searched = []

    class Spy:
        def finditer(self, *args):
            searched.append(args)
            return iter(())

    span = scanner.spans[index]
    required = [(hits[g], where) for g, where in scanner.required[index]]
    assert list(_scan_windows(Spy(), span, hits[index], text, None, required)) == []
    assert searched == []
    assert list(_scan_windows(Spy(), span, hits[index], text)) == [] and searched


def test_holding_keeps_a_window_whose_search_reads_a_required_token():
    """A token within the lookbehind reach before a window, or within the tail after it, keeps it."""
    windows = [(10, 20), (50, 60), (100, 110)]
    assert list(_holding(windows, [([(6, 8)], IN_TAIL)], 3, 5)) == [(10, 20)]
    assert list(_holding(windows, [([(6, 8)], IN_TAIL)], 1, 5)) == []
    assert list(_holding(windows, [([(64, 66)], IN_TAIL)], 0, 5)) == [(50, 60)]
    assert list(_holding(windows, [([(65, 66)], IN_TAIL)], 0, 5)) == []
    assert list(_holding(windows, [([(64, 66)], UP_TO)], 0, 5)) == []  # a token before the end is needed
    assert list(_holding(windows, [([(58, 61)], UP_TO)], 0, 5)) == [(50, 60)]
    assert list(_holding(windows, [([(58, 61)], BEFORE)], 0, 5)) == []  # one that ends before the end
    assert list(_holding(windows, [([(55, 57)], BEFORE)], 0, 5)) == [(50, 60)]
    assert list(_holding(windows, [([(12, 13), (104, 105)], IN_TAIL), ([(105, 107)], IN_TAIL)], 0, 0)) == [(100, 110)]


@pytest.mark.parametrize("text", REQUIRED_SENTENCES)
def test_windowed_scan_equals_whole_text_scan_where_groups_are_required(text):
    patterns = [rule.pattern for rule in grammar.RULES]
    assert _matches(grammar.SCANNER.scan(text)) == _matches(full_scan(patterns, text))


def test_the_reach_table_holds_every_rule_as_its_parse_reads_it():
    """Out of date after a rule changed: run `python -m article_annotator.dates.write_reach_table`."""
    from article_annotator.dates.reach_table import REACHES
    from article_annotator.dates.write_reach_table import read_reaches

    assert read_reaches([(rule.name, rule.pattern) for rule in grammar.RULES]) == REACHES


def test_a_scanner_built_from_the_table_parses_no_rule_and_reads_as_one_built_from_parses(monkeypatch):
    from article_annotator.dates import windows
    from article_annotator.dates.reach_table import REACHES

    named = [(rule.name, rule.pattern) for rule in grammar.RULES]
    parsed = windows.Scanner(named)
    monkeypatch.setattr(windows, "_parsed", lambda pattern: pytest.fail(f"parsed {pattern.pattern[:40]}"))
    tabled = windows.Scanner(named, REACHES)
    assert (tabled.reaches, tabled.spans) == (parsed.reaches, parsed.spans)
    assert [g.pattern if g else None for g in tabled.guarded] == [g.pattern if g else None for g in parsed.guarded]


def test_a_rule_missing_from_the_table_is_read_from_its_parse():
    from article_annotator.dates import windows

    rule = next(r for r in grammar.RULES if r.name == "month_day")
    alone = windows.Scanner([(rule.name, rule.pattern)], {})
    assert (alone.reaches[0], alone.spans[0]) == windows.measure(rule.name, rule.pattern)
    assert alone.spans[0] is not None

