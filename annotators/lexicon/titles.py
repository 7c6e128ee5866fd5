"""Titles, honorifics and role words: the words written before (or after) a person's name.

Written by hand from English news usage (courtesy titles, political, military, religious and
royal titles, newsroom role words). The lists are named by the job each does, since a rule that
strips a title from a name, one that says "a person follows" and one that says "this capitalised
word is not a name start" need different words; each list says who reads it.
"""

from __future__ import annotations

HONORIFICS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "King", "Queen", "Prince", "Princess", "President", "Vice-President", "Senator", "Sen", "Rep",
    "Gov", "Governor", "Mayor", "General", "Gen", "Judge", "Justice", "Pope", "Rev", "Reverend",
    "Father", "Sheikh", "Chancellor", "Premier", "Secretary", "Ambassador", "Coach", "Captain",
    "Capt", "Minister", "Prime Minister", "Lt", "Col", "Sgt", "Adm", "Cardinal", "Bishop",
    "Archbishop", "Rabbi", "Imam", "Ayatollah", "PM", "Emir", "Sultan", "Taoiseach", "Tánaiste",
    "Field Marshal", "Marshal",
)
"""Titles stripped from the front of a person mention ("Dr. Jane Doe" -> "Jane Doe") (entities.spans)."""

PERSON_TITLES: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "President", "Premier",
    "Senator", "Sen", "Rep", "Governor", "Gov", "Mayor", "General", "Gen", "Judge", "Justice", "Pope",
    "Cardinal", "Bishop", "King", "Queen", "Prince", "Princess", "Sheikh", "Chancellor", "Minister",
    "Ambassador", "Colonel", "Col", "Captain", "Capt", "Emir", "Sultan", "Taoiseach", "Tánaiste",
    "Field Marshal", "Marshal",
)
"""Titles that show the next name is a person's, even when the model typed it otherwise (entities.evidence)."""

ROLE_TITLES: frozenset[str] = frozenset(
    """Secretary Minister President Chairman Chairwoman Chair Chief Executive Director Spokesman
    Spokeswoman Spokesperson Ambassador Governor Commissioner Leader Deputy Chancellor Premier
    Senator Mayor General Treasurer Manager Coach Captain Envoy Prosecutor Judge Officer""".split()
)
"""Capitalised job titles before a name ("Trade Minister Jane Doe"): the name starts after the last (entities.spans)."""

PERSON_DESCRIPTORS: frozenset[str] = frozenset(
    """Billionaire Tycoon Mogul Entrepreneur Businessman Businesswoman Investor Rapper Singer
    Songwriter Musician Actor Actress Comedian Presenter Broadcaster Journalist Reporter
    Photographer Novelist Author Filmmaker Activist Campaigner Footballer Boxer Golfer
    Cyclist Lawyer Economist Influencer YouTuber Podcaster""".split()
)
"""Capitalised occupations written before a name, as a title is ("Billionaire Elon Musk",
"Rapper Kendrick Lamar" at a sentence start): not part of the name (entities.spans, typed)."""

TITLES_BEFORE_NAMES: frozenset[str] = frozenset(HONORIFICS) | ROLE_TITLES
"""Every title written before a name ("PM", "Minister", "Spokesperson"): a subject that is only
one of these is not the speaker; the name after it is (quotes.parse, quotes.indirect)."""

TITLE_OPENERS: frozenset[str] = frozenset(
    """Prime Vice Deputy Foreign Finance Defence Defense Interior Trade Health Economy Justice
    Chief""".split()
)
"""First words of two-word titles before a name ("Prime Minister", "Vice President", "Foreign
Minister", "Chief Justice"), which the model may end a mention with ("Pakistani Prime")."""


NAME_PREFIX_WORDS: frozenset[str] = frozenset(
    """Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President Vice Prime Minister Secretary
    Chancellor King Queen Prince Princess Pope Father Rev Judge Justice Senator Sen Rep
    Representative Governor Gov Mayor General Gen Colonel Col Captain Capt Lieutenant Lt
    Sergeant Sgt Admiral Commander Chairman Chairwoman Chair Director Chief Ambassador
    Minister Premier Speaker Sheikh Emir Sultan Crown Coach Manager Striker Midfielder
    Defender Goalkeeper Champion Former Acting Deputy Foreign Finance Trade Defence Defense
    Interior Home Health Justice Labour Labor Agriculture Commerce Economy Energy State
    Federal National Minister's St Saint Mount Lake River Cape Fort Port""".split()
)
"""Capitalised words before a name that belong to a title, ministry or place word, not to the
name: titles, sports roles, ministry portfolios, and place prefixes ("Mount", "Lake") (entities.repair)."""

GOVERNMENT_WORDS: frozenset[str] = frozenset(
    """Government Administration Regime Cabinet Junta Opposition Leftwing Rightwing Left-wing
    Right-wing""".split()
)
"""Capitalised words for a leader's government or camp, fused by the model with the leader's
name after them ("the Government Gustavo Petro" read as one ORG) (entities.repair)."""

PLACE_PREFIX_WORDS: frozenset[str] = frozenset("St Saint Mount Lake River Cape Fort Port".split())
"""Words of NAME_PREFIX_WORDS that open a place name: "Lake Victoria", "Port Elizabeth" name no
person (entities.repair)."""

ABBREVIATED_TITLES: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Prof",
    "Rev", "Pres", "Adm", "Maj", "Hon", "Det",
)
"""Titles written with a dot ("Dr.", "Sen."): the dot ends the title, not the sentence (quotes.join)."""

FEMALE_TITLES: tuple[str, ...] = ("Mrs", "Ms", "Miss")
"""Courtesy titles that say the person is a woman (quotes.speakers, for pronoun agreement)."""

MALE_TITLES: tuple[str, ...] = ("Mr", "Sir")
"""Courtesy titles that say the person is a man (quotes.speakers, for pronoun agreement)."""

SPEAKER_ROLE_WORDS: tuple[str, ...] = (
    "former", "senior", "deputy", "chief", "campaign", "press", "communications", "national",
    "spokesman", "spokeswoman", "spokesperson", "manager", "director", "chairman", "chairwoman",
    "adviser", "advisor", "aide", "strategist", "analyst", "lawyer", "attorney", "official", "leader",
    "executive", "economist", "professor", "voter", "supporter", "secretary", "senator", "candidate",
    "nominee", "organizer", "pollster", "consultant",
)
"""Lowercase role words between a speech verb and a name ("said campaign spokeswoman Ann Park"):
part of the speaker mention (quotes.join)."""

ROLE_NOUNS_BEFORE_NAME: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson chairman chairwoman adviser advisor aide strategist
    analyst lawyer attorney economist professor coach striker midfielder defender
    goalkeeper winger fullback captain skipper dissident finalist editor ambassador envoy
    minister president premier actor actress singer novelist pitcher batsman bowler
    all-rounder seamer off-spinner centre scrum-half fly-half flanker quarterback mate
    teammate broker staff secretary governor commissioner chancellor founder co-founder mayor
    senator lawmaker prosecutor judge journalist reporter correspondent columnist activist
    campaigner boss driver""".split()
)
"""Lowercase nouns for a person's role, written right before a name in apposition ("State
Department spokesman Ana Vela", "goalkeeper Dev Okafor", "team mate Ian Brandt"): the name is
a person's, whatever the model typed (entities.role_nouns); "staff" ends "chief of staff
Morgan Vane". Words as often adjectives
("official", "executive", "chief", "former") are left out ("the official Xinhua News Agency"),
and so is "manager", which in a bond issue is a bank ("lead manager Harlow Vane")."""

ROLES_AT_EMPLOYER: frozenset[str] = frozenset(
    """analyst analysts economist economists strategist strategists researcher researchers
    trader traders banker bankers scientist scientists engineers""".split()
)
"""Lowercase job nouns after which "at" or "from" names an employer, a body: "analysts at
Rabobank", "an economist at Pantheon Macroeconomics", "researchers from Quorvex Labs"
(entities.employers)."""

ROLES_AFTER_NAME: tuple[str, ...] = (
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chief executive", "CEO", "captain",
    "coach", "striker", "midfielder", "defender", "goalkeeper", "all-rounder", "fullback",
    "scrum-half", "winger", "skipper", "players", "fans", "supporters", "shareholders", "board",
)
"""Words after a name that make it an organisation's or team's ("Ericsson spokesman") (entities.evidence)."""

LEADER_NOUNS_AFTER_NAME: frozenset[str] = frozenset({
    "administration", "government", "presidency", "premiership", "era", "campaign", "cabinet",
    "regime", "camp", "years", "doctrine", "ministry",
})
"""Nouns after a leader's surname that make it the leader's, even when the surname is a
dictionary word after an article: "the Bush administration", "the Brown government", "the
Trump campaign" (entities.junk keeps the surname a PERSON there, as it does not "the Bill")."""

PLAYER_ROLES_AFTER_CLUB: tuple[str, ...] = (
    "skipper", "captain", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
    "fullback", "full-back", "forward", "team mate", "teammate", "team-mate", "manager", "coach",
    "boss", "players", "fans", "supporters",
)
"""Sports roles written right after a club named after its town ("the former Harrow skipper",
"Kelmar striker Ian Brandt", "his Harrow team mate"): the town names the club there
(entities.club_places)."""

AFFILIATION_ROLES: tuple[str, ...] = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers", "attorney",
    "attorneys", "representative", "representatives", "official", "officials", "staffer", "staffers",
    "assistant", "press secretary", "secretary", "counsel", "envoy", "source", "sources", "ally",
    "allies", "campaign", "surrogate", "surrogates", "negotiator", "negotiators", "executive",
    "executives", "employee", "employees", "member", "members", "manager", "director", "chief",
)
"""Role nouns whose owner is named beside them ("a spokesman for the mayor", "the mayor's
aide", "a White House official"): the owner is the speaker's affiliation (quotes.affiliation)."""

EMPLOYER_ROLES_BEFORE_PERSON: tuple[str, ...] = (
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "chief economist", "chief strategist", "chief investment officer", "managing director",
    "finance director", "sporting director", "technical director", "general manager", "head coach",
    "team principal", "deputy chairman", "vice chairman", "vice president", "chairman", "chairwoman",
    "economist", "analyst", "strategist", "president", "chief", "boss", "coach", "manager", "leader",
    "spokesman", "spokeswoman", "spokesperson", "striker", "midfielder", "defender", "goalkeeper",
    "winger",
)
"""Lowercase roles a body's name comes right before, with the holder's name after: "Westpac
economist Dev Okafor", "Harrow chief executive Ana Vela", "Dunmore boss Ian Brandt", "Kelmar
Front leader Ana Vela". The name before is the employer, an organisation, unless it is a place,
a people ("Bosnian Serb leader"), a party (left to entities.parties) or a person
("Clinton spokesman Ana Vela" beside "Bill Clinton") (entities.role_employers)."""

ROLE_ACRONYMS: tuple[str, ...] = ("CEO", "CFO", "COO", "CTO", "QB", "MP", "MEP")
"""Roles written in capitals between an organisation and a person, which the small model
fuses into one name: "Eagles QB Jalen Hurts" is the team "Eagles" and the person "Jalen
Hurts", "Halvrix CEO" the company alone (entities.spans.split_roles)."""

POLITICAL_ROLES: tuple[str, ...] = (
    "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "TD", "peer", "peers", "Sen.", "Rep.",
    "Senator", "senator", "senators", "Congressman", "congressman", "Congresswoman",
    "congresswoman", "lawmaker", "lawmakers", "leader", "candidate", "candidates", "councillor",
    "councillors", "activist", "activists", "spokesman", "spokeswoman", "chairman", "chairwoman",
    "backbencher", "backbenchers", "frontbencher", "donor", "donors", "voters", "Governor", "Gov.",
)
"""Roles a party's name comes right before, which is part of no entity ("Labour MP Ana
Okafor" is the party "Labour" and the person "Ana Okafor"; "Republican Sen. Dev Moss")
(entities.parties.party_before_role)."""

AWARD_CUES_AFTER: tuple[str, ...] = (
    "nominations", "nomination", "nominees", "nominee", "ceremony", "statuettes", "statuette",
)
"""Lowercase words after a one-word name that make it an award, with "-winning", "-winner",
"-nominated" and "-nominee" ("Grammy nominations", "Oscar-winning"); "awards" and "winner" are
left out, following a person's name as often ("Okafor awards", entities.awards)."""

PERSON_EPITHETS: frozenset[str] = frozenset(
    """veteran youngster teenager teen star rookie newcomer debutant schoolboy schoolgirl
    left-hander right-hander""".split()
)
"""Lowercase nouns by which news names a person it has named before, alone or after an age or
a nationality ("the veteran said", "the 19-year-old youngster", "the Swiss star"): a speaker
that is only "the" and such words is an epithet (quotes.epithets)."""
