"""Places below the country: world cities and the home nations of the United Kingdom.

Written by hand from world news (capitals, large cities, and the towns that war, disaster,
summit and trade stories of 2020-2026 name), plus the British and Irish towns of home news.
The small model reads many such names as people, above all accented or unfamiliar ones
("Bogotá", "Kraków", "Cancún"). Lookup folds accents and case but refuses an all-lowercase
word, so "Bogota" finds "Bogotá" and "reading" stays a word.

Left out on purpose: names that are as often a person's given name or surname ("Paris",
"Sydney", "Florence", "Houston", "Lincoln", "Hague", "Jackson", "Victoria", "Adelaide",
"Salvador", "Santiago", "Sofia", "Medina", "Nice", "Washington", "Wellington", "Kingston", "Bolton", "Preston", "Reading", "Bath"):
those stay what the document's other evidence makes them.
"""

from __future__ import annotations

from functools import lru_cache

from . import without_marks
from .countries import country_code, is_subdivision

CITIES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia|Kherson|Mariupol|Bakhmut|Avdiivka
    Pokrovsk|Sumy|Chernihiv|Mykolaiv|Donetsk|Luhansk|Kursk|Belgorod|Kaliningrad|Novosibirsk
    St Petersburg|Saint Petersburg|Moscow|Minsk|Vilnius|Riga|Tallinn|Helsinki|Stockholm
    Gothenburg|Malmö|Oslo|Bergen|Copenhagen|Aarhus|Reykjavík|Warsaw|Kraków|Gdańsk|Wrocław
    Poznań|Łódź|Prague|Brno|Bratislava|Budapest|Vienna|Salzburg|Ljubljana|Zagreb|Belgrade
    Sarajevo|Podgorica|Skopje|Tirana|Pristina|Bucharest|Chișinău|Athens|Thessaloniki
    Istanbul|Ankara|İzmir|Nicosia|Valletta|Berlin|Munich|München|Frankfurt|Hamburg|Cologne
    Köln|Düsseldorf|Stuttgart|Dresden|Leipzig|Hanover|Bonn|Nuremberg|Zürich|Geneva|Bern
    Basel|Lausanne|Davos|Brussels|Antwerp|Ghent|Amsterdam|Rotterdam|Utrecht|Eindhoven
    Strasbourg|Marseille|Lyon|Toulouse|Bordeaux|Lille|Nantes|Madrid|Barcelona|Valencia
    Seville|Sevilla|Bilbao|Málaga|Zaragoza|Lisbon|Lisboa|Porto|Rome|Milan|Naples|Turin|Venice
    Genoa|Bologna|Palermo|Dublin|Cork|Galway|Limerick|Belfast|Edinburgh|Glasgow|Aberdeen
    Dundee|Inverness|Cardiff|Swansea|Newport|London|Manchester|Liverpool|Birmingham|Leeds
    Sheffield|Bristol|Newcastle|Nottingham|Leicester|Southampton|Portsmouth|Brighton|Oxford
    Cambridge|Exeter|Plymouth|Norwich|Coventry|Wolverhampton|Sunderland|Middlesbrough
    Bradford|Huddersfield|Stoke-on-Trent|Llanelli|Wrexham|Aberystwyth
    Jerusalem|Tel Aviv|Haifa|Gaza City|Rafah|Khan Younis|Jabalia|Deir al-Balah|Ramallah
    Jenin|Nablus|Hebron|Beirut|Damascus|Aleppo|Idlib|Homs|Amman|Baghdad|Mosul|Erbil|Basra
    Tehran|Isfahan|Riyadh|Jeddah|Mecca|Doha|Dubai|Abu Dhabi|Muscat|Manama|Sanaa
    Aden|Hodeidah|Cairo|Alexandria|Khartoum|Omdurman|El Fasher|Tripoli|Benghazi|Tunis
    Algiers|Rabat|Casablanca|Marrakesh
    Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|Chengdu|Chongqing|Tianjin|Hangzhou|Nanjing
    Xiamen|Xi'an|Lhasa|Ürümqi|Taipei|Kaohsiung|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Hiroshima
    Fukushima|Sapporo|Seoul|Busan|Incheon|Pyongyang|Manila|Cebu|Davao|Jakarta|Surabaya
    Kuala Lumpur|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Phnom Penh|Vientiane|Yangon
    Naypyidaw|Mandalay|Dhaka|Chittagong|Kathmandu|Colombo|Islamabad|Karachi|Lahore|Peshawar
    Quetta|Rawalpindi|Kabul|Kandahar|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru
    Bangalore|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Srinagar|Tashkent|Samarkand|Almaty
    Astana|Bishkek|Dushanbe|Ashgabat|Baku|Tbilisi|Yerevan|Ulaanbaatar
    New York City|Los Angeles|Chicago|San Francisco|Seattle|Boston|Miami|Atlanta|Dallas
    Detroit|Philadelphia|Pittsburgh|Denver|Las Vegas|New Orleans|Baltimore|Minneapolis
    San Diego|Honolulu|Anchorage|Toronto|Montreal|Montréal|Vancouver|Ottawa|Calgary|Edmonton
    Winnipeg|Quebec City|Mexico City|Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Cancún
    Acapulco|Havana|Santo Domingo|Port-au-Prince|San Juan|Guatemala City|Tegucigalpa
    San Salvador|Managua|Panama City|Bogotá|Medellín|Cali|Barranquilla|Caracas|Maracaibo
    Quito|Guayaquil|Lima|Cusco|La Paz|Valparaíso|Buenos Aires|Córdoba|Rosario
    Montevideo|Asunción|São Paulo|Rio de Janeiro|Brasília|Belo Horizonte|Recife|Porto Alegre
    Manaus|Belém
    Lagos|Abuja|Kano|Accra|Dakar|Abidjan|Bamako|Niamey|Ouagadougou|Conakry|Freetown|Monrovia
    Nairobi|Mombasa|Kampala|Kigali|Dar es Salaam|Dodoma|Addis Ababa|Mogadishu|Asmara|Juba
    Kinshasa|Goma|Lubumbashi|Brazzaville|Luanda|Lusaka|Harare|Maputo|Lilongwe|Windhoek
    Gaborone|Johannesburg|Pretoria|Cape Town|Durban|Antananarivo|Yaoundé|Douala|Libreville
    N'Djamena
    Melbourne|Brisbane|Canberra|Auckland|Christchurch|Suva|Port Moresby
    """.replace("\n", "|").split("|")
    if line.strip()
)
"""Cities and towns, each once, in its usual English spelling with its accents ("Kraków")."""

HOME_NATIONS: frozenset[str] = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
"""The United Kingdom's nations: places (GPE), with no country code of their own here."""


PLACE_ABBREVIATIONS: frozenset[str] = frozenset({"LA", "NYC", "DC", "SF", "HK", "KL", "GB", "NI", "NE", "NW", "SE", "SW"})
"""Places written as capitals that are no country or state code ("the LA ceremony", "Team GB",
"NE England"): they stay places where short acronyms the model read as one are companies
(entities.acronyms)."""


THE_PLACE_NAMES: frozenset[str] = frozenset({"Hague", "Gambia"})
"""Places whose name opens with "The" ("The Hague", "The Gambia"): the article is part of the
span, as the gold sets write it ("THE HAGUE"), where other names drop it ("the Netherlands")."""


def _fold(text: str) -> str:
    """Lowercase, accents removed ("Kraków" -> "krakow"), so either spelling finds the name."""
    return without_marks(text).lower().replace("’", "'")


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    return frozenset(_fold(n) for n in CITIES | HOME_NATIONS)


@lru_cache(maxsize=4096)
def is_city(text: str) -> bool:
    """True for a listed city or home nation, accents and case aside ("Bogota", "ZÜRICH"),
    never for an all-lowercase word ("nice")."""
    return text[:1].isupper() and _fold(text) in _keys()


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k.split(" ")[0] for k in _keys())


@lru_cache(maxsize=65536)
def may_start_city(word: str) -> bool:
    """Cheap pre-check: can a listed city begin with this word ("Porto", "Kraków's", "TOKYO,")?"""
    return _fold(word.rstrip(".,;:'’-").removesuffix("'s").removesuffix("’s")) in _first_words()


def is_home_nation(text: str) -> bool:
    """True for "England", "Scotland", "Wales" and "Northern Ireland" (any case but lowercase)."""
    return text[:1].isupper() and text.title() in HOME_NATIONS


def is_named_place(name: str) -> bool:
    """A listed city, a subdivision, a home nation or a country ("Inverness", "Ontario",
    "Wales", "Peru"): a place by its name alone."""
    return bool(is_city(name) or is_subdivision(name) or is_home_nation(name) or country_code(name))


PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    "town city village settlement port province region district county state island "
    "enclave territory republic oblast prefecture municipality".split()
)
"""Lowercase nouns that say which kind of place a name is, written after it ("the Zorvan
region", "Kelmar county") or before it with "of" ("the island of Kelmar", "the state of
Zorvan"): a place, whatever the model read it as."""


NATURAL_FEATURE_WORDS: frozenset[str] = frozenset(
    "Sea Ocean Gulf Strait Straits Shoal Shoals Reef Atoll Archipelago Peninsula Mountains Range "
    "Valley River Lake Desert Plateau Canyon Glacier Delta Basin Lagoon".split()
)
"""Capitalised words that end the name of a sea, a shoal, a mountain range or a river ("the
Second Kelmar Shoal", "the Harrow Peninsula", "the Vostrand Mountains"): a natural place (LOC),
not a building or a body. "Bay", "Channel", "Coast", "Forest", "Hills" and "Islands" are left
out: they end as many towns, clubs, broadcasters and countries ("Green Bay", "Discovery
Channel", "Nottingham Forest", "Beverly Hills", "Solomon Islands")."""

ISLAND_WORDS: tuple[str, ...] = ("Island", "Islands", "Isle", "Isles")
"""Words that end an island's or an island group's name ("the Kelmar Islands"): land (LOC),
unless the name is a country's, a state's or a city's too ("Solomon Islands", "Rhode
Island")."""

NATURAL_FEATURE_HEADS: frozenset[str] = frozenset("Gulf Strait Straits Bay Sea Lake".split())
"""Capitalised words that open the name of a natural place before "of" ("the Gulf of Kelmar",
"the Strait of Vostrand", "the Bay of Harrow"): a natural place (LOC)."""


FACILITY_WORDS: frozenset[str] = frozenset(
    "Centre Center Stadium Hospital Clinic Motel Hotel Airport Airfield Prison Jail Arena "
    "Square Bridge Station Mosque Cathedral Basilica Abbey Chapel Sanatorium Theatre Theater".split()
)
"""Capitalised words that end a building's or a site's name ("Harrow General Hospital", "the
Kelmar National Tennis Centre"): after a preposition of place ("at the Harrow Hotel") it is a
facility (FAC), not the body that runs it."""


FACILITY_NOUNS: frozenset[str] = frozenset(
    "airport stadium prison jail hospital mosque cathedral church temple port harbour harbor "
    "sanatorium racecourse circuit arena".split()
)
"""Lowercase nouns a building's or site's name comes right before ("the Kelmar stadium", "at
Harrow airport", "the al-Zahra mosque"): the name names the facility there (FAC), unless it
is a place or a people ("Belgrade airport", "the Republican stadium")."""


POSITION_ADJECTIVES: frozenset[str] = frozenset(
    """western eastern northern southern central north south east west upper lower coastal
    northeastern northwestern southeastern southwestern""".split()
)
"""Compass and position adjectives, lowercase, that regions also bear as names ("Western"
province, "Central" region): before a noun they describe ("a Western aid specialist"), which
the model reads as a people (entities.gazetteer)."""
