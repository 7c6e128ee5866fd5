"""Organisations the text alone does not type: political parties and their members.

Written by hand from English-language political news (UK, US, Europe, India and other large
democracies). OntoNotes labels a party ORG ("Labour", "the Conservatives", "the Democratic
Party") and a word for its members as a group NORP ("Democrats", "Lib Dems", "Tories"); the
small model often reads both as a person. Lookup is exact-case (except for all-caps lines),
so "labour" the word and "Greens" the surname stay what the document makes them.
"""

from __future__ import annotations

import re

PARTIES: frozenset[str] = frozenset(
    {
        # United Kingdom and Ireland
        "Labour", "Labour Party", "Conservatives", "Conservative Party", "Tory Party",
        "Liberal Democrat Party", "Liberal Party", "SNP", "Scottish National Party",
        "Plaid Cymru", "UKIP", "UK Independence Party", "Reform UK", "Green Party", "DUP",
        "Democratic Unionist Party", "Sinn Fein", "Sinn Féin", "Alliance Party", "Fianna Fail",
        "Fianna Fáil", "Fine Gael", "Ulster Unionist Party", "SDLP", "Brexit Party",
        # United States
        "Democratic Party", "Republican Party", "GOP",
        # Europe
        "CDU", "CSU", "SPD", "FDP", "AfD", "Alternative for Germany",
        "National Rally", "Front National", "Likud", "Fidesz", "PSOE", "Syriza",
        "Forza Italia", "Brothers of Italy", "Law and Justice", "Civic Platform",
        # Asia, Africa, the Americas
        "BJP", "Bharatiya Janata Party", "Indian National Congress", "Aam Aadmi Party",
        "LDP", "Liberal Democratic Party", "ANC", "African National Congress", "PRI",
        "Kuomintang", "KMT", "Democratic Progressive Party", "DPP", "PML-N",
        "Pakistan People's Party", "Awami League", "Liberal Party of Canada", "NDP",
        # Europe, more
        "D66", "PVV", "Party for Freedom", "VVD", "Christian Democratic Appeal", "GroenLinks-PvdA",
        "JA21", "New Social Contract", "N-VA", "Vlaams Belang", "Freedom Party", "FPO", "FPÖ", "OVP",
        "ÖVP", "People's Party", "Die Linke", "Left Party", "BSW", "Social Democratic Party",
        "La France Insoumise", "France Unbowed", "Les Republicains", "Les Républicains",
        "Socialist Party", "Partido Popular", "Sumar", "Junts", "Five Star Movement", "Northern League",
        "Chega", "PiS", "Civic Coalition", "AUR", "Yesh Atid", "Shas", "Otzma Yehudit",
        "Freedom and Direct Democracy", "Party of Action and Solidarity", "PAS",
        "United Russia", "Servant of the People", "Georgian Dream", "Serbian Progressive Party",
        "AKP", "AK Party", "Justice and Development Party", "CHP", "Republican People's Party",
        # Asia, more
        "Komeito", "Sanseito", "Constitutional Democratic Party", "Japan Innovation Party",
        "Democratic Party for the People", "People Power Party", "Taiwan People's Party", "Pheu Thai",
        "Bhumjaithai", "Move Forward", "Trinamool Congress", "DMK", "AIADMK", "Shiv Sena",
        "Samajwadi Party", "Pakistan Tehreek-e-Insaf", "BNP", "Bangladesh Nationalist Party",
        "Jamaat-e-Islami", "National People's Power",
        # Africa and the Americas, more
        "Democratic Alliance", "EFF", "Economic Freedom Fighters", "MK Party", "Inkatha Freedom Party",
        "IFP", "Orange Democratic Movement", "ODM", "United Democratic Alliance", "All Progressives Congress",
        "Peoples Democratic Party", "ZANU-PF", "Zanu-PF", "CCM", "Chama Cha Mapinduzi", "Chadema",
        "National Unity Platform", "Conservative Party of Canada", "Bloc Quebecois", "Bloc Québécois",
        "New Democratic Party", "One Nation", "La Libertad Avanza", "Workers' Party", "PSUV",
        "United Socialist Party", "Historic Pact",
    }
)
"""Party names, ORG: one party named as a body."""

PARTY_GROUPS: frozenset[str] = frozenset(
    {
        "Democrats", "Republicans", "Lib Dems", "Liberal Democrats", "Tories", "Tory",
        "Lib Dem", "Nationalists", "Unionists", "Socialists", "Communists", "Greens",
        "Christian Democrats", "Social Democrats",
    }
)
"""Words for a party's members as a group, NORP ("Democrats said ...")."""

PARTY_ADJECTIVES: frozenset[str] = frozenset(
    {
        "Tory", "Conservative", "Lib Dem", "Liberal Democrat", "Republican", "Democratic",
        "Democrat", "Unionist", "Nationalist", "Socialist", "Communist",
    }
)
"""A party written as its members' adjective before a political role, NORP as OntoNotes has it
("Republican leader", "Tory MP Ana Okafor"); a party's own name there stays ORG ("Labour MP")
(entities.parties.party_before_role)."""

_UPPER_PARTIES = {p.upper(): p for p in PARTIES | PARTY_GROUPS}


_SPACES = re.compile(r"\s+")


def party_label(text: str) -> str | None:
    """ "ORG" for a party name, "NORP" for a party group, else None ("Labour" -> "ORG")."""
    name = _SPACES.sub(" ", text.strip())
    name = _UPPER_PARTIES.get(name, name) if name.isupper() and len(name) > 5 else name
    if name in PARTIES:
        return "ORG"
    if name in PARTY_GROUPS:
        return "NORP"
    return None


def is_party(text: str) -> bool:
    """True when `text` names a party or its members as a group."""
    return party_label(text) is not None


OUTLETS: frozenset[str] = frozenset(
    {
        # news agencies
        "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "TASS", "RIA Novosti",
        "Interfax", "Xinhua", "Kyodo", "Yonhap", "PTI", "ANI", "IANS", "dpa", "dpa-AFX", "Bernama",
        "Anadolu", "Antara", "EFE", "ANSA", "UNN", "Ukrinform", "Bloomberg",
        # broadcasters and papers named alone
        "BBC", "CNN", "CNBC", "MSNBC", "NPR", "PBS", "NHK", "CCTV", "CGTN", "Al Jazeera", "Fox News",
        "Sky News", "Politico", "Axios", "Global Times", "Financial Times", "Wall Street Journal",
        "New York Times", "Washington Post",
        # platforms
        "Truth Social", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "WhatsApp",
        "Telegram", "LinkedIn", "Reddit", "Bluesky", "Snapchat", "WeChat", "Weibo", "Substack",
        "Spotify", "Netflix", "Twitch", "Discord", "Pinterest", "Rumble", "Mastodon",
    }
)
"""News agencies, outlets and platforms, ORG wherever named ("told Reuters", "posted on Truth
Social"). Exact case: "telegram" the message and "Threads" (a plain word) are not listed.
The platforms X and Threads are read from their context only (`CONTEXT_PLATFORMS`)."""

CONTEXT_PLATFORM_NAMES: tuple[str, ...] = ("X", "Threads")
"""Platforms named by a letter or a plain word, ORG only where their context says so."""

CONTEXT_PLATFORMS = re.compile(
    r"(?<![\w.'’-])(?:on|via|to|from) (X|Threads)(?![\w'’-])(?! ?[=+*/-] ?\d)"
    r"|(?<![\w.'’-])(X|Threads)(?= (?:post|posts|account|user|users)\b|, formerly)"
)
"""Those platforms by their context: "wrote on X", "an X post", "X, formerly Twitter", "a video
posted on Threads"."""

BODIES: frozenset[str] = frozenset(
    {
        "WHO", "WTO", "IMF", "NATO", "OPEC", "OECD", "ASEAN", "UNESCO", "UNICEF", "UNHCR", "IAEA",
        "Lok Sabha", "Rajya Sabha", "Knesset", "Bundestag", "Duma", "State Duma", "Riksdag",
        "Folketing", "Storting", "Sejm", "Dáil", "Oireachtas", "Majlis",
        "G7", "G8", "G20", "G-7", "G-8", "G-20", "Group of Seven", "Group of Eight", "Group of 20",
        "Group of Twenty", "Group of 77", "BRICS",
    }
)
"""International bodies, groups of countries and legislatures that the small model reads as
people or leaves out ("Lok Sabha" PERSON, "WHO" missed, "Group of 20" cut to "Group"): ORG
wherever named, exact case."""


def is_outlet_or_body(text: str) -> bool:
    """True for a listed news agency, outlet, platform, international body or legislature."""
    return text in OUTLETS or text in BODIES


NOT_ORGANISATION_HEADS: dict[str, str | None] = {
    "Act": "LAW", "Bill": "LAW", "Budget": "LAW", "Proclamation": "LAW", "Agreement": "LAW",
    "Treaty": "LAW", "Accord": "LAW", "Deal": "LAW",
    "Duty": None, "Duties": None, "Tariff": None, "Tariffs": None, "Measures": None, "Supplement": None,
}
"""Last words that make a capitalised phrase a law, budget or measure, not a body: "the Union
Budget" and "the Clean Air Act" are LAW, "Anti-Dumping Duties" is no name (None)."""

PORTFOLIOS: frozenset[str] = frozenset({"Commerce", "Finance"})
"""Ministry portfolios that, alone, are part of a title ("Secretary of Commerce", "Finance
Minister"), never an organisation on their own."""

PORTFOLIO_WORDS: frozenset[str] = PORTFOLIOS | frozenset(
    "Energy Treasury Defense Defence Trade Foreign Interior Health Labor Education Transportation "
    "Transport Agriculture Justice Economy Industry Homeland Police".split()
)
"""Portfolios written before a minister's title ("U.S. Energy Secretary Chris Wright",
"Indian Trade Minister"): part of the title, not of a body's name, when the title follows."""

PORTFOLIO_TITLES: tuple[str, ...] = ("Secretary", "Minister", "Ministers", "Secretaries", "Czar", "Chief")
"""The titles a portfolio opens ("Energy Secretary", "Trade Minister")."""

PRODUCT_NOUNS: tuple[str, ...] = ("booster", "boosters", "spacecraft", "capsule", "maker", "makers", "chatbot")
"""Nouns right after a name that make it a product, not its maker: "the Super Heavy booster",
"the iPhone maker". Words a maker's name also takes ("Boeing jets", "Nokia smartphones",
"SpaceX rocket") count only after a model number (`MODEL_PRODUCT_NOUNS`)."""

WEAPON_NOUNS: tuple[str, ...] = (
    "missile", "missiles", "tank", "tanks", "interceptor", "interceptors", "howitzer", "howitzers",
    "launcher", "launchers", "fighter jets", "warplanes", "drone", "drones", "air defence", "air defense",
)
"""Nouns right after a name that make it a weapon system, a PRODUCT: "Patriot missiles",
"Abrams tanks", "Shahed drones". A country, a people or a body before them is their owner or
maker ("Iranian drones", "Hamas rockets", "Raytheon missiles"), not the weapon."""

MODEL_PRODUCT_NOUNS: tuple[str, ...] = PRODUCT_NOUNS + (
    "rocket", "rockets", "jet", "jets", "aircraft", "smartphone", "smartphones", "handset", "handsets",
)
"""Nouns after a name and a model number that make it a product: "Falcon 9 rockets"."""


SHIP_NOUNS: tuple[str, ...] = (
    "aircraft carrier", "tanker", "oil tanker", "vessel", "ship", "frigate", "destroyer", "submarine",
    "liner", "freighter", "warship", "cruiser", "ferry", "trawler", "yacht",
)
"""Lowercase nouns that a ship's name follows: "the aircraft carrier Kelmar", "the tanker Sea
Harrow" (PRODUCT). "carrier" alone is left out: it is as often an airline ("carrier Vendair")."""

SHIP_PREFIXES: tuple[str, ...] = ("USS", "HMS", "RMS", "HMAS", "HMCS", "INS", "MV", "SS")
"""Prefixes that open a ship's name: "HMS Kelmar", "RMS Harrow" (the whole is the PRODUCT)."""


SOFTWARE_NOUNS_AFTER: tuple[str, ...] = (
    "browser", "software", "operating system", "app", "plug-in", "toolbar", "search engine",
    "users", "version", "versions", "download", "downloads", "update", "updates", "file-sharing",
)
"""Nouns right after a one-word name the model read as a person that make it software or an
online product: "the Zelvo browser", "Quintix users", "a Mac version" (entities.products)."""

SOFTWARE_CUES_BEFORE: tuple[str, ...] = (
    "users of", "version of", "versions of", "copies of", "download", "downloaded", "downloading",
    "install", "installed", "installing", "upgrade to", "upgraded to",
)
"""Words right before such a name with the same effect: "users of Quintix", "downloaded Zelvo";
a possessive after the name makes it the maker instead ("a version of Pfizer's drug")."""


PHOTO_AGENCIES: frozenset[str] = frozenset(
    {"Getty Images", "Getty", "EPA", "EPA-EFE", "PA", "PA Media", "PA Wire", "Alamy", "Shutterstock",
     "AAP", "ANP", "SIPA", "Sipa", "Xinhua", "Anadolu Agency", "Bloomberg via Getty Images"}
)
"""Agencies named after a slash in a photo credit ("Ana Moreno/Getty Images"), beside OUTLETS."""


def is_credit_agency(text: str) -> bool:
    """The agency of a photo credit: a listed outlet or photo agency, or a name ending in
    "Images", "Pictures" or "Photos"."""
    return text in OUTLETS or text in PHOTO_AGENCIES or text.endswith((" Images", " Pictures", " Photos"))


NAME_TAILS: frozenset[str] = frozenset(
    """Party Networks Systems Microsystems Resources Broadband Telecom Telecommunications
    Energy Electronics Semiconductor Semiconductors Software Pharma Insurance Partners
    Air Lines Stores Brands Foods Mining Steel Chemicals Capital Stock Market Exchange
    AI Labs Robotics Therapeutics Biosciences Games Studios""".split()
)
"""Words that end an organisation's full name and may be left out when it is named again:
"Labour" for "Labour Party", "Nortel" for "Nortel Networks", "Delta" for "Delta Air Lines",
"Nasdaq" for "Nasdaq Stock Market", "Mistral" for "Mistral AI", "Epic" for "Epic Games"
(with the company suffixes: "Apple" for "Apple Inc.").
A place before them is no short form ("London" of "London Stock Exchange")."""


COMPANY_LAST_WORDS: frozenset[str] = frozenset(
    """Holdings Holding Industries Enterprises Ventures Technologies Motors Airways Airlines
    Logistics Pharmaceuticals Investments Securities Bancorp Financial""".split()
)
"""Last words of company names that are never a person's surname ("Apex Holdings said"); unlike
NAME_TAILS, the company is not named again without them."""


LEGAL_SUFFIXES: frozenset[str] = frozenset(
    "Inc Corp Co Ltd Limited Plc PLC plc LLC AG SA SpA NV BV AB ASA Oyj GmbH KK Bhd Tbk".split()
)
"""A company's legal form, written (perhaps with a dot) at its name's end: "Kelmar Mills Inc",
"Harrow Co Ltd". What follows it with "of" is where the company is, no part of its name
("Kelmar Mills Inc of Tampa"), unlike "Bank of ..." or "Corporation of ..."."""


SERVICE_TAILS: frozenset[str] = frozenset({"Service", "Services"})
"""Words that end a service company's full name ("Halvor's Investors Service", "Kelmar Financial
Services"): with the suffixes and `NAME_TAILS`, what tells a company's full name from a
possessive the model fused to the words after it ("Magna's North American")."""


ORG_NOUNS: frozenset[str] = frozenset(
    """firm company club team side carrier airline newspaper daily weekly agency conglomerate
    giant manufacturer insurer brokerage retailer distributor bank lender group outfit
    subsidiary unit party consortium startup start-up platform marketplace chipmaker carmaker
    automaker drugmaker supermarket chain brand provider union utility regulator watchdog
    operator tracker consultancy refiner studio lab supplier exchange charity fund""".split()
)
"""Nouns naming a kind of organisation, right before its name ("firm Multico", "AI startup
Halvra", "e-commerce platform Vendora", "chipmaker Quillo") or heading an apposition after it
("Zentrix, the Dutch chipmaker, said"). Nouns as often a person's ("owner", "developer",
"rival", "maker", "broadcaster", "broker" and "miner": "film maker Ana Moreno", "said broker
Anil Mehta") are left out."""

ORG_NOUNS_PLURAL: frozenset[str] = frozenset(
    """firms companies clubs carriers airlines newspapers agencies conglomerates giants
    manufacturers insurers retailers distributors banks lenders startups start-ups platforms
    marketplaces chipmakers carmakers automakers drugmakers supermarkets
    chains brands providers unions utilities regulators watchdogs operators trackers
    consultancies refiners studios labs suppliers exchanges charities funds""".split()
)
"""The same nouns in the plural, before names joined by commas and "and" ("retailers Vendora
and Quillo")."""

ORG_DESCRIPTORS: frozenset[str] = frozenset(
    """Chipmaker Carmaker Automaker Drugmaker Retailer Startup Start-up Lender Insurer
    Conglomerate Supermarket Supplier Refiner Miner Airline Carrier Brokerage Regulator
    Watchdog Consultancy""".split()
)
"""Type nouns capitalised at a sentence start before a company's name, which are no part of it:
"Chipmaker Halvra said" names "Halvra"."""

UNIT_HEADS: tuple[str, ...] = (
    "Office", "Bureau", "Department", "Division", "Unit", "Agency", "Board", "Committee",
    "Commission", "Council", "Institute", "Centre", "Center", "Service", "Administration",
    "Ministry", "Directorate", "Authority",
)
"""First words of a body named as a part of another: "the Treasury's Office of Foreign Assets
Control" is "Treasury" and "Office of Foreign Assets Control" (entities.spans.split_possessive)."""

UNIT_TAILS: frozenset[str] = frozenset({"Unit", "Division", "Office", "Bureau", "Department", "Directorate", "Committee"})
"""Unit words that end such a part ("Commerce's Compliance and Enforcement Unit"); "Service" and
"Board" end company names too ("Moody's Investors Service"), so they are not here."""

BODY_HEADS: frozenset[str] = frozenset(w.lower() for w in UNIT_HEADS) | frozenset(
    "bank union association federation court company corporation party fund organisation organization".split())
"""Words heading a body's name that stand for it in a definite description: "the ministry"
after "the Commerce Ministry", "the directorate" after "the Directorate General of Trade Remedies"."""

BODY_OF_PLACE_HEADS: frozenset[str] = BODY_HEADS | frozenset(
    """society university academy chamber college church school hospital foundation institution
    league assembly parliament congress senate""".split())
"""Last words of a body's name that "of" and a place may follow inside the name: "Law Society of
Kenya", "Reserve Bank of India", "Clinical Research Unit of Nanoro"."""

BODY_ONLY_TAILS: frozenset[str] = frozenset(
    """Cooperation Co-operation Organisation Organization Association Federation Commission Council
    Committee Agency Ministry Directorate Authority Foundation Corporation Secretariat""".split()
)
"""Last words that end only a body's name, never a place's, a building's or a person's
("Asia-Pacific Economic Cooperation", "Shanghai Cooperation Organisation", "Arctic Council").
"Union" (the Soviet Union), "Bank" (the West Bank), "Centre" and "Court" (buildings) end
other names too, so they are not here."""

COMPANIES: frozenset[str] = frozenset(
    name.strip()
    for name in """
    Nvidia|Microsoft|Google|Alphabet|Apple|Meta|Amazon.com|Netflix|Intel|AMD|Qualcomm|Broadcom|
    Cisco|IBM|Oracle|Salesforce|Adobe|Dell|Hewlett-Packard|HP|Motorola|Xerox|Tesla|SpaceX|OpenAI|
    Anthropic|Uber|Airbnb|PayPal|eBay|Yahoo|Twitter|TikTok|ByteDance|Alibaba|Tencent|Baidu|JD.com|
    Huawei|Xiaomi|Lenovo|ZTE|BYD|Geely|Foxconn|TSMC|MediaTek|Samsung|Hyundai|Kia|Daewoo|LG|SK Hynix|
    Sony|Toshiba|Hitachi|Panasonic|Fujitsu|NEC|Nintendo|SoftBank|Toyota|Honda|Nissan|Mitsubishi|
    Mazda|Subaru|Suzuki|Canon|Nikon|Ericsson|Nokia|Siemens|Philips|Bosch|BASF|Bayer|Henkel|SAP|
    Volkswagen|Daimler|Daimler-Benz|Mercedes-Benz|Mercedes Benz|BMW|Porsche|Audi|Renault|Peugeot|Citroen|Stellantis|Fiat|
    Ferrari|Volvo|Saab|Scania|Airbus|Boeing|Lockheed Martin|Raytheon|Northrop Grumman|
    General Dynamics|Rolls-Royce|BAE Systems|Thales|Dassault|Embraer|Bombardier|
    ExxonMobil|Exxon|Chevron|Texaco|Mobil|BP|Royal Dutch/Shell|TotalEnergies|Eni|Repsol|Petrobras|
    Pemex|PDVSA|Gazprom|Rosneft|Lukoil|Saudi Aramco|Aramco|Sinopec|PetroChina|CNOOC|Statoil|Equinor|
    Glencore|Rio Tinto|BHP|BHP Billiton|Anglo American|De Beers|Vale|ArcelorMittal|Alcoa|Alcan|
    Novartis|Roche|Pfizer|Merck|Moderna|AstraZeneca|GlaxoSmithKline|GSK|Glaxo Wellcome|Sanofi|
    Novo Nordisk|Eli Lilly|Bristol-Myers Squibb|Johnson & Johnson|AbbVie|Amgen|Gilead|Bayer|Teva|
    Nestle|Unilever|Danone|Procter & Gamble|Coca-Cola|PepsiCo|Heineken|Carlsberg|Diageo|
    Anheuser-Busch|AB InBev|McDonald's|Starbucks|Walmart|Wal-Mart|Costco|Carrefour|Tesco|
    Sainsbury's|Asda|Aldi|Lidl|Woolworths|Kroger|Albertsons|Ikea|Zara|Inditex|H&M|Nike|Adidas|
    Puma|LVMH|Gucci|Kering|Hermes|L'Oreal|Disney|Warner Bros|Comcast|Vodafone|Telefonica|
    Deutsche Telekom|Orange SA|BT|Verizon|AT&T|Safaricom|MTN|Vodacom|Airtel|Reliance Industries|
    Tata Motors|Tata Steel|Infosys|Wipro|Adani|Maersk|MSC|FedEx|UPS|DHL|Lufthansa|KLM|
    Air France|British Airways|Ryanair|easyJet|Emirates|Qantas|Cathay Pacific|Singapore Airlines|
    Aerolineas Argentinas|Aeroflot|Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|Citigroup|
    Citibank|Citi|Barclays|HSBC|Lloyds|NatWest|Standard Chartered|Deutsche Bank|Commerzbank|
    Dresdner Bank|UBS|Credit Suisse|BNP Paribas|Societe Generale|Credit Lyonnais|Santander|BBVA|
    ING|ABN Amro|Rabobank|Nomura|Mizuho|Macquarie|Westpac|ANZ|BlackRock|Temasek|Bradesco|Itau|
    Berkshire Hathaway|Visa|Mastercard|Fitch|
    Charles Schwab|Dean Witter|Paine Webber|PaineWebber|Merrill Lynch|Arthur Andersen|Johnson Matthey|
    Smith Barney|Ernst & Young|Marks & Spencer|Raymond James|Edward Jones|Morgan Grenfell|Warburg Pincus|
    Lehman Brothers|Salomon Brothers|Goldman Sachs|Morgan Stanley|Hugo Boss|Louis Vuitton|Ralph Lauren|
    Calvin Klein|Estee Lauder|Tommy Hilfiger|Walt Disney|John Lewis|Levi Strauss|Philip Morris|
    Kohlberg Kravis Roberts|Jardine Matheson|Cathay Pacific|Swire Pacific|
    Nestlé|Société Générale|Crédit Lyonnais|L'Oréal|Hermès|Citroën|Estée Lauder|Itaú|Aerolíneas Argentinas|
    Telefónica
    """.split("|")
)
"""Companies well known by name, some named after people ("Charles Schwab"), which the small
model reads as people or places ("Novartis"
PERSON, "Nestle" GPE, "Aldi and Lidl" PERSON and GPE) or misses: ORG wherever written, case
and accents as written ("Nestle" and "Nestlé" are both listed) (entities.companies), unless the name is a word of a person named in the story
("Michael Dell"), follows a title ("Mr Ford") or opens a product's number ("Boeing 777")."""

COMPANY_NAMES_ALSO_WORDS: frozenset[str] = frozenset(
    {"Apple", "Oracle", "Chevron", "Twitter", "Visa", "Adobe", "Puma", "Canon", "Alphabet", "Vale", "Hermes", "Mobil", "Yahoo"}
)
"""Listed companies whose names are also ordinary words or names ("Apple pie", "Canon law",
"Visa rules", "a yahoo"): added where the model missed them only inside a sentence (entities.companies)."""

COMPANY_NAMES_ALSO_PLACES: frozenset[str] = frozenset({"Santander", "Emirates"})
"""Listed companies named like a place: a place reading of them stays (entities.companies)."""
