"""Peoples, ethnic groups and faiths that are no country's demonym (NORP).

Written by hand from world news: the groups that conflict, election and religion stories name
("Hutu rebels", "the Rohingya", "Druze leaders", "Shiite militias"). Countries' peoples and
adjectives are in `countries` (pycountry-based demonyms); these are the others, singular and
plural as written.
"""

from __future__ import annotations

PEOPLES: frozenset[str] = frozenset(
    """Hutu Hutus Tutsi Tutsis Kurd Kurds Kurdish Pashtun Pashtuns Tamil Tamils Sikh Sikhs Druze
    Shiite Shiites Shia Sunni Sunnis Alawite Alawites Uighur Uighurs Uyghur Uyghurs Rohingya
    Yazidi Yazidis Berber Berbers Maori Zulu Zulus Bedouin Bedouins Croat Croats Bosniak Bosniaks
    Chechen Chechens Afrikaner Afrikaners Hindu Hindus Muslim Muslims Moslem Moslems Christians
    Catholics Jew Jews Arab Arabs Houthi Houthis Hazara Hazaras Baloch Tatar Tatars Basque Basques
    Catalan Catalans Walloon Walloons Serb Serbs Protestants Copts Buddhist Buddhists Tibetan
    Tibetans Kashmiri Kashmiris Maronite Maronites Igbo Yoruba Hausa Fulani Amhara Oromo Tigrayan
    Tigrayans Somali Somalis Maasai Kikuyu Inuit Latino Latinos Hispanic Hispanics""".split()
)
"""One word each, capitalised as written: "Hutu", "the Chechens" (NORP). Left out: words that
open other names or are given names as often ("Christian", "Catholic Church", "Orthodox",
"Islamic State", "Jewish Agency")."""

REGION_ADJECTIVES: frozenset[str] = frozenset(
    """African Africans European Europeans Asian Asians American Americans Oceanian Arabian
    Caribbean Scandinavian Scandinavians Nordic Balkan Baltic Mediterranean Latin""".split()
)
"""Adjectives and peoples of continents and regions, no country's demonym: "four African
players", "a European side" (NORP, never a club: entities.club_towns)."""

LANGUAGE_NOUNS: frozenset[str] = frozenset(
    """language languages speaker speakers speaking translation translations version versions
    subtitles subtitled dub dubbed dubbing word words name names text texts lesson lessons class
    classes course courses teacher teachers dialect dialects literature grammar phrase phrases
    term terms title titles edition editions original script lyrics media press newspaper
    newspapers channel channels service broadcast broadcasts""".split()
)
"""Nouns after a language's name that keep it a language ("Filipino speakers", "an English
translation", "the Spanish version", "Tagalog-language media" aside): before any other noun the
word is a people's adjective ("Filipino boxer", "a French bank": NORP)."""
