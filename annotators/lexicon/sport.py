"""Words of sport: what tells a sports story, what a match report says, the verbs and
phrases only a team fits ("beat", "joined").

Written by hand from English-language sports pages (football, cricket, rugby, baseball,
basketball, American football, tennis, golf, athletics). Read by the entity rules that tell a
club named after its town from the town (entities.sports, club_places, gazetteer) and by the
dates normaliser, which reads "the second half" of a match report as a period of play.
"""

from __future__ import annotations

SPORT_WORDS: tuple[str, ...] = (
    "innings", "wicket", "wickets", "overs", "batsman", "bowler", "bowled", "goal", "goals",
    "striker", "midfielder", "goalkeeper", "penalty", "halftime", "half-time", "league", "seeded",
    "semifinal", "semifinals", "semi-final", "semi-finals", "quarter-final", "quarter-finals",
    "quarterfinal", "quarterfinals", "tournament", "championship", "homer", "homers", "homered",
    "inning", "pitcher", "touchdown", "quarterback", "match", "season", "coach", "medal", "relay",
    "sprint", "rugby", "cricket", "soccer", "football", "baseball", "basketball", "tennis", "golf",
)
"""Words of a sports story; four different ones make a story sport ("wickets", "seeded")."""

TEAM_TALK_WORDS: tuple[str, ...] = (
    "cup", "squad", "captain", "caps", "fixture", "fixtures", "replay", "scrum", "flanker",
    "winger", "fly-half", "defender", "stadium", "kick-off", "unbeaten", "referee", "premiership",
    "knockout", "relegation", "promoted",
)
"""Words of team talk beyond SPORT_WORDS: two of either kind let a story without results name
clubs after their towns ("the squad that beat Norwich")."""

MATCH_WORDS: frozenset[str] = frozenset({
    "goal", "goals", "scored", "scorer", "striker", "strikers", "goalkeeper", "keeper", "penalty",
    "penalties", "kick-off", "kickoff", "half-time", "halftime", "full-time", "whistle", "referee",
    "midfielder", "defender", "touchdown", "touchdowns", "quarterback", "interception", "innings",
    "inning", "wicket", "wickets", "free-kick", "equaliser", "equalizer", "stoppage", "overtime",
})
"""Words of a match report. Near two of them, "the first half" or "the third quarter" with no year
is a period of play, not of a year: "Pickford's save early in the second half"."""

RESULT_VERBS: tuple[str, ...] = (
    "beat", "beats", "drew", "draw", "lost", "lose", "defeated", "edged", "routed", "thrashed",
    "trounced", "crushed", "hammered", "overcame", "downed", "won", "rallied", "held",
)
"""Verbs after a side that give a result: "Somerset beat Kent", "Leeds drew"."""

OPPONENT_BEFORE: tuple[str, ...] = (
    "beat", "beating", "against", "to", "over", "with", "v", "vs", "vs.", "at home to", "drew with",
    "lost to", "defeat of",
)
"""Words before a side that, with a score after it, make it the opponent: "lost to Hull 2-1"."""

CLUB_BEFORE: tuple[str, ...] = (
    "beat", "beating", "defeated", "defeat of", "lost to", "drew with", "joined", "joins",
    "played for", "plays for", "signed for", "signs for", "transferred to", "moved to", "side",
)
"""Words before a place that only a team follows, score or not: "beat Somerset", "joined Newcastle"."""

CLUB_CUES_BEFORE: tuple[str, ...] = (
    "leaders", "champions", "holders", "rivals", "at home to", "away to", "took over at",
    "in charge of", "on loan at", "on loan from", "loan from", "signed from", "move from", "switch to",
    "joined", "joins", "played for", "plays for", "signed for", "signs for", "transferred to",
)
"""Words before a name that make it a club in a story that talks sport: "leaders Harrowgate",
"took over at Dunmore", "a loan from Kelmarton" (entities.club_towns)."""

OPPONENT_CUES_BEFORE: tuple[str, ...] = (
    "against", "face", "faces", "facing", "v", "vs", "vs.", "play", "plays", "playing", "played", "visitors",
    "hosts", "take on", "takes on", "taking on", "took on", "clash with", "defeat at", "defeat to", "loss to", "losses to",
    "win at", "won at", "draw at", "victory at", "win over", "victory over",
)
"""Words before a town that make it a club in a story that talks sport, but a player too in an
individual sport ("the game against Harrowgate"; "Vela will face Okafor"): read only for a
listed town (entities.club_towns)."""

CLUB_CUES_AFTER: tuple[str, ...] = (
    "chairman", "chief executive", "side", "squad", "academy", "reserves", "fan", "supporter", "board",
)
"""Words after a name that make it a club in a story that talks sport, beside the player roles
(`lexicon.titles.PLAYER_ROLES_AFTER_CLUB`): "the Kelmar squad", "a Harrow fan"
(entities.club_towns)."""

TEAM_AGREEMENT_AFTER: tuple[str, ...] = ("were", "are", "have")
"""Plural agreement, as British English writes a team ("Harrowgate were beaten", "Dunmore have
signed"), but a pair of players too ("the Bryans are"): read only for a listed town
(entities.club_towns)."""

PLACE_CUES_BEFORE: tuple[str, ...] = (
    "in", "near", "outside", "around", "across", "throughout", "city of", "town of", "streets of",
    "people of", "freedom of", "centre of", "center of", "born in", "lives in", "grew up in",
)
"""Words before a town that keep it a place though the story names its club elsewhere:
"staged in Harrowgate", "the freedom of the city of Dunmore" (entities.club_towns)."""

RESULT_VERBS_BEFORE_SIDE: tuple[str, ...] = (
    "beat", "beats", "beating", "defeated", "defeating", "edged", "edging", "thrashed", "thrashing",
    "routed", "crushed", "hammered", "overcame", "downed", "drew with", "draw with", "lost to",
    "losing to", "win over", "victory over", "defeat by", "defeat to", "loss to", "held",
)
"""Words before a side and its score: "beating Middlesbrough 3-1", "drew with Lazio 2-2"."""

RESULT_VERBS_AFTER_SIDE: tuple[str, ...] = (
    "beat", "defeated", "edged", "thrashed", "routed", "crushed", "hammered", "overcame", "downed",
    "drew", "lost", "won", "held",
)
"""Words after a side that go on to its score: "Lazio drew 2-2 with", "Leeds won 3-0"."""

RESULT_NOUNS: tuple[str, ...] = ("win", "victory", "defeat", "loss", "draw", "triumph", "success")
"""A result between a score and the side it was against: "a 2-0 win over Hibernian"."""

SIDE_PREPOSITIONS_AFTER_SCORE: tuple[str, ...] = ("with", "to", "over", "against", "by", "for")
"""Prepositions between a score and a side: "drew 1-1 with Aberdeen", "held 0-0 by Leeds" (not
"at": "won 2-1 at Wembley" names a ground)."""

CLUB_NAME_TAILS: frozenset[str] = frozenset({
    "City", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "Forest",
    "Town", "Argyle", "Orient", "Thistle", "Harriers", "Academical",
})
"""Words after a town's name that make the pair a club: "Manchester City", "Leeds United",
"Bristol Rovers", "Plymouth Argyle" (entities.club_names). The pair must not itself be a listed
city: "Mexico City", "Cape Town" stay places."""

CLUBS: frozenset[str] = frozenset(
    name.strip()
    for name in """
    Arsenal|Aston Villa|Tottenham Hotspur|Tottenham|Manchester United|Manchester City|Newcastle United|
    West Ham United|West Ham|Sheffield Wednesday|Sheffield United|Leeds United|Nottingham Forest|
    Crystal Palace|Queens Park Rangers|Blackburn Rovers|Bolton Wanderers|Wolverhampton Wanderers|
    Wolves|West Bromwich Albion|Leicester City|Norwich City|Coventry City|Stoke City|Swansea City|
    Cardiff City|Hull City|Brighton and Hove Albion|Bournemouth|Brentford|Fulham|Everton|Southampton|
    Middlesbrough|Sunderland|Celtic|Rangers|Hearts|Heart of Midlothian|Hibernian|Aberdeen|
    Dundee United|Kilmarnock|Motherwell|St Johnstone|St Mirren|
    Real Madrid|Atletico Madrid|Barcelona|Valencia|Sevilla|Real Betis|Real Sociedad|Athletic Bilbao|
    Villarreal|Deportivo La Coruna|Espanyol|Real Zaragoza|Celta Vigo|Osasuna|
    Juventus|Inter Milan|Internazionale|AC Milan|Fiorentina|Udinese|Lazio|Sampdoria|Atalanta|
    Parma|Napoli|AS Roma|Torino|Cagliari|Bologna|Verona|Piacenza|Perugia|Vicenza|Reggiana|
    Bayern Munich|Borussia Dortmund|Borussia Moenchengladbach|Bayer Leverkusen|Schalke|Werder Bremen|
    Hamburg SV|VfB Stuttgart|Eintracht Frankfurt|RB Leipzig|Hertha Berlin|VfL Wolfsburg|
    Paris Saint-Germain|Olympique Marseille|Olympique Lyon|AS Monaco|Girondins Bordeaux|
    Ajax|Ajax Amsterdam|PSV Eindhoven|Feyenoord|AZ Alkmaar|FC Twente|
    Benfica|Sporting Lisbon|FC Porto|Galatasaray|Fenerbahce|Besiktas|Trabzonspor|
    Olympiakos|Panathinaikos|AEK Athens|PAOK|Anderlecht|Club Brugge|Standard Liege|
    Spartak Moscow|Dynamo Moscow|CSKA Moscow|Lokomotiv Moscow|Zenit St Petersburg|
    Dynamo Kiev|Shakhtar Donetsk|Red Star Belgrade|Partizan Belgrade|Steaua Bucharest|Dinamo Bucharest|
    Sparta Prague|Slavia Prague|Legia Warsaw|Ferencvaros|Rapid Vienna|Austria Vienna|Grasshoppers|
    Boca Juniors|River Plate|Independiente|Penarol|Flamengo|Corinthians|Palmeiras|
    Sao Paulo FC|Gremio|Cruzeiro|Fluminense|Vasco da Gama
    """.split("|")
)
"""Football clubs by their usual names, none a town's name alone except where a club is the
usual reading in a story that talks sport ("Juventus", "Aston Villa", "Real Madrid", "Celtic",
"Boca Juniors"; entities.clubs). Listed towns that are clubs ("Barcelona", "Everton", "Valencia")
only turn with the cues of entities.club_towns; they are here for their short forms."""

CLUB_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Real": ("Real Madrid", "Real Betis", "Real Sociedad", "Real Zaragoza"),
    "Atletico": ("Atletico Madrid",),
    "Inter": ("Inter Milan", "Internazionale"),
    "Milan": ("AC Milan",),
    "Juve": ("Juventus",),
    "Barca": ("Barcelona",),
    "Spurs": ("Tottenham Hotspur", "Tottenham"),
    "Villa": ("Aston Villa",),
    "City": ("Manchester City", "Leicester City", "Norwich City", "Coventry City", "Stoke City",
             "Swansea City", "Cardiff City", "Hull City"),
    "United": ("Manchester United", "Newcastle United", "West Ham United", "Sheffield United",
               "Leeds United", "Dundee United"),
    "Wednesday": ("Sheffield Wednesday",),
    "Forest": ("Nottingham Forest",),
    "Palace": ("Crystal Palace",),
    "Boca": ("Boca Juniors",),
    "River": ("River Plate",),
    "Bayern": ("Bayern Munich",),
    "Dortmund": ("Borussia Dortmund",),
    "Leverkusen": ("Bayer Leverkusen",),
    "PSV": ("PSV Eindhoven",),
    "Sporting": ("Sporting Lisbon",),
    "Porto": ("FC Porto",),
    "PSG": ("Paris Saint-Germain",),
    "Marseille": ("Olympique Marseille",),
    "Lyon": ("Olympique Lyon",),
    "Monaco": ("AS Monaco",),
    "Roma": ("AS Roma",),
    "Spartak": ("Spartak Moscow",),
    "Dynamo": ("Dynamo Moscow", "Dynamo Kiev"),
    "Steaua": ("Steaua Bucharest",),
}
"""A club's short form and the full names it shortens: "Real" is the club where the story names
"Real Madrid" ("Real looked tired"), "City" where it names "Manchester City" (entities.clubs)."""

LEAGUES: frozenset[str] = frozenset(
    name.strip()
    for name in """
    Premier League|English Premier League|Scottish Premiership|LaLiga|La Liga|Serie A|Serie B|
    Bundesliga|Ligue 1|Ligue 2|Eredivisie|Primeira Liga|Super Lig|Saudi Pro League|
    Major League Soccer|MLS|Liga MX|Brasileirao|A-League|J1 League|K League 1|
    Indian Premier League|IPL|Pakistan Super League|Big Bash League|Women's Super League|
    National Football League|National Basketball Association|National Hockey League|
    Major League Baseball|NFL|NBA|WNBA|NHL|MLB|Euroleague|EuroLeague
    """.split("|")
)
"""Sports leagues by their usual names, written as in running text. A league is the body that
runs the season, so OntoNotes labels it ORG; the small model reads "Bundesliga" and "LaLiga" as
places and misses "Premier League" (entities.leagues). Cups and tournaments are events
(entities.events), not here."""
