"""How far each date rule reaches around its triggers, read from the rules once and kept as data.

The grammar's `Scanner` needs, for each rule with triggers, the length of its longest match,
the reach of its lookarounds and where a match lies around its trigger (`windows.Reach`,
`windows.Span`). All are read from the regular-expression parser's reading of the rule, which
took about a third of the dates annotator's start-up (some 50 ms of every run), for answers
that change only when a rule does. So they are kept in `REACHES`, each under the `fingerprint`
of what it was read from (the rule's name, trigger groups, flags and pattern). A rule whose
fingerprint is not there (a rule changed or added since) is read from its parse at start-up,
so the scanner is right either way, and `tests/test_dates_windows.py` fails until the table is
written again:

    python -m article_annotator.dates.write_reach_table
"""

from __future__ import annotations

# Written by `python -m article_annotator.dates.write_reach_table`: (width, around, lead, late, tail).
REACHES: dict[str, tuple[int, int, int, int, int]] = {
    "708156398691bd61": (90, 12, 29, 0, 97),  # clock
    "cf9ef61a35586d8e": (72, 12, 9, 0, 86),  # clock_after_day
    "5d3b61cdc8577070": (16, 4, 4, 0, 22),  # iso
    "e8bf2dc26542bfce": (10, 4, 10, 0, 10),  # numeric
    "28644556ead3e3f0": (10, 4, 10, 0, 10),  # dotted
    "a1eafbf7e42e8032": (86, 15, 37, 0, 75),  # month_day
    "71ffa7c93b15f85a": (53, 4, 47, 0, 21),  # day_month
    "222a0e3b5487932a": (80, 22, 29, 0, 84),  # month_year
    "c2c233d0cb19fe30": (51, 22, 29, 0, 55),  # month_rel_year
    "367ed9fda048ac29": (27, 4, 21, 0, 21),  # month_range
    "8f9fd2d41f28f441": (41, 22, 41, 0, 33),  # month
    "062e99309cd3c12a": (94, 22, 83, 0, 74),  # year
    "6d41af7176ef917a": (7, 4, 4, 0, 13),  # year_range
    "2054a57ecc760762": (42, 22, 42, 0, 42),  # decade
    "6fd86c40dd0a5991": (44, 22, 44, 44, 24),  # century
    "20764a01104498f6": (113, 8, 91, 0, 40),  # quarter
    "50ed6ff5537abf1d": (42, 4, 34, 0, 21),  # month_quarter
    "fcda7d0121be6785": (7, 4, 2, 0, 13),  # qcode
    "d44ec280632f6563": (63, 4, 48, 0, 28),  # rel_quarter
    "1d2a94049a0af634": (18, 4, 18, 0, 18),  # year_ago_attr
    "016ab399c21b8577": (74, 4, 35, 0, 51),  # season
    "3969d5fe5bd24981": (44, 4, 31, 0, 45),  # holiday
    "87866194bb80d692": (42, 4, 23, 0, 30),  # same_month
    "89961a902c94d2d6": (17, 10, 17, 0, 19),  # unit_before
    "5484ae8749038f0c": (63, 22, 57, 0, 39),  # rel_unit
    "3f764eb9e26e8f10": (42, 4, 32, 0, 40),  # yesterday
    "668b00174d9bfb77": (19, 4, 9, 0, 25),  # weekday_week
    "12e9b8feaae955dc": (24, 4, 24, 0, 14),  # week_today
    "43048756376d5255": (41, 19, 35, 0, 36),  # part_of_day
    "6b52e2fa34ea04dc": (23, 4, 13, 0, 29),  # mid_part
    "ae4bcb3a1dc19b73": (34, 4, 23, 0, 26),  # weekday
    "3a816638153505c5": (96, 23, 96, 0, 33),  # ago
    "964f02f65cfbfc0d": (150, 8, 128, 0, 42),  # duration
    "24699412b0a647bc": (14, 4, 14, 14, 6),  # unit_long
    "de65875b9c7bd7b5": (41, 7, 30, 0, 29),  # bare_units
    "f08b24643e7d6a2c": (37, 4, 13, 0, 51),  # set
    "b70d06bb4e69cf47": (34, 4, 34, 34, 6),  # day_of_every
    "0d10ffee8b8543e5": (11, 4, 11, 11, 6),  # per_unit
    "998a0138c09d251f": (13, 6, 13, 13, 8),  # per_unit
    "09244392529d75f0": (4, 60, 4, 0, 66),  # ref_attr
    "6b2839d811ff1b79": (6, 33, 6, 0, 41),  # unit_around
    "1d8ad0e32e81c60e": (9, 27, 9, 0, 38),  # bare_rel
    "496bddf9d0da0057": (35, 4, 24, 0, 26),  # week_of
    "568a744a7141d0b3": (40, 4, 21, 0, 30),  # nth_of
    "2d35d2f20daccb8c": (39, 4, 20, 0, 34),  # nth_weekday
    "582d0325916fd357": (18, 4, 18, 0, 24),  # vague_span
    "35fa2902513d9370": (19, 23, 19, 19, 25),  # ord_day
    "fc16401fdc1cd6da": (26, 5, 26, 0, 33),  # ref
}
