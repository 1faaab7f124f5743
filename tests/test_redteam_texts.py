"""Articles of the text red teams of 6 December 2026, kept as a regression set.

corpora/redteam_text/ holds 896 page dumps with their gold, written from SPEC.md and
GENRE.md by four helpers who had not read the extractors (r19-*: directives of eight
provinces, before and after the 2025 merger; r20-*: appointments, party congresses,
council question time, quarterly figures, one dump in NFD; r21-*: messy district and
commune portal dumps of the Mekong Delta, headers, tables and hard-wrapped lines; r22-*:
an interview, a merged city ward, figures in bullets, a long list of guests), and, in a
second round, two more helpers (r23-*: storms and floods after the merger, Ê Đê, Jrai,
Khmer and Cơ Ho names, acting and triple titles; r24-*: commune government after July
2025, inspections, citizens' reception days, disbursement rankings, council question
time), and in a third two more (r25-*: party congresses of 2025, personnel moves, voters
meeting delegates; r26-*: figures of budgets, new-rural standards, OCOP and poverty, with
directives and deadlines, on district portals before the merger), and in a fourth two
more (r27-*: official dispatches and conclusions with numbered parts per body, messy
portal copies with flattened tables; r28-*: northern mountain and border provinces, Mông,
Thái and Dao names, border guard posts), and in a fifth two more (r29-*: an interview, a
press conference, a roundup of short items, a long quoted speech, a feature, decisions;
r30-*: the South after the merger, with numbers that look like ratios or percents and
are not; r31-*: the Red River Delta's industrial parks, site clearance and waste; r32-*:
the Central Highlands and the South-Central coast, Ê Đê, Jrai, Cơ Ho and
Chăm names after a province's committee), and in a sixth three more (r36-*: the Central
Highlands before and after the merger, Ê Đê, Jrai, Ba Na and K'Ho names; r37-*: storms and
floods of the North Central coast, dispatches with numbered tasks each naming its addressee;
r38-*: the Southeast's economy, council sessions, flattened tables, personnel decisions;
r39-*: the Red River Delta's wards and cities, a ward's congress, citizens' reception days;
r40-*: the Mekong after the merger, salinity dispatches, Khmer names, a party congress;
r41-*: the northern mountains before and after the merger, Mông, Dao, Tày and Thái names,
border posts, ranked officers; r42-*: a minister's visit, a Q&A interview, a long quoted
speech, question time, a press conference, a roundup, an opinion piece, personnel moves;
r43-*: the South-Central coast, fisheries, Chăm and Raglai names; r44-*: health, schools,
social insurance and welfare, officials with medical and academic degrees; r45-*: land
clearance for roads and expressways; r46-*: public order, inspections, courts, drugs;
r47-*: epidemics, schools, military recruitment, social housing and Tết support after the
merger; r48-*: council elections and dismissals, discipline, awards, appointments with
long chains of titles; r49-*: the economy and farming, press conferences, a roundup, a
ranking table, a conclusion notice, an interview; r50-*: communes and wards after July
2025, public service centres, a conclusion notice in numbered parts; r51-*: waste, erosion,
sand mining, land inspections, roads, quotes attributed after them; r52-*: culture, ethnic
policy, religion, border guards and militia; and in an eighth three more: r53-*: transport
and public investment after the merger, site clearance, disbursement by investor and by
commune, a roundup, a flattened table; r54-*: the political system after 2025, mass
organisations under the Fatherland Front, party congresses and inspection committees, Tày,
Nùng, Mường and Hoa names; r55-*: digital government, Project 06, public service centres,
an interview, a monthly meeting; r56-*: recovery after storm Yagi and the floods of 2025, a
Deputy Prime Minister's visit, relocation and support; r57-*: the provincial economy, a
business dialogue in questions and answers, taxes, FDI, banks, OCOP; r58-*: People's
Council sittings after the merger, question time, elections and dismissals; r59-*: health
and schools, doctors' degrees, exam scores; r60-*: land, minerals and inspections, fines
and discipline; r61-*: documents pasted from PDFs, reposts, speech transcripts, weekly
briefings; r62-*: new-rural criteria, poverty and the ethnic-minority programme, Ê Đê,
Khmer, Mông and Xơ Đăng names; r63-*: police, army recruitment, courts and procuracy,
anti-corruption; r64-*: festivals, tourism, insurance coverage, a job fair, a sports
congress, Chăm, Khmer and Hoa names; r65-*: the Mekong delta after the merger, salinity,
planting-area codes, canals; r66-*: Party congresses of 2025-2030, elections and
resolutions; r67-*: cities and wards, social housing, metro and ring-road clearance; r68-*:
public finance, the 2025 tax offices, equitisation; r69-*: the Central Highlands' forests,
drought and resettlement, Ê Đê, Jrai, Ba Na and K'Ho names; r70-*: work schedules, press
conferences, readers' questions, award lists, commemorations, digests; r71-*: the northern
mountains after the merger, landslides, border posts, H'Mông, Tày, Dao and Thái names;
r72-*: fisheries and the IUU card on the north-central coast; r73-*: ministers, the Prime
Minister's telegrams and deputies meeting voters in the provinces; r74-*: industrial parks,
investors and land clearance; r75-*: Ho Chi Minh City and the south-east after the merger;
r76-*: exams, schools, epidemics, hospitals and insurance; r77-*: Party inspection,
discipline and personnel moves; r78-*: the Red River delta's dykes, OCOP and craft
villages; r79-*: the south-central coast and highlands, tourism, power plants, drought and
landslides; r80-*: the Fatherland Front's campaigns, temporary houses, donors and blood
drives; r81-*: a chairman's conclusions notices, numbered tasks per body; r82-*: the elections of
March 2026, election committees; r83-*: traffic safety and fire prevention; r85-*: speeches
and interviews in the first person; r84-*: animal disease and crops; r86-*: weekly
digests of a province's committee; r87-*: inspection conclusions and their
follow-up; r88-*: council sessions answering voters' petitions; r89-*: messy dumps of
phone pages; r91-*: health and insurance, degrees before names; r92-*: ceremonial visits
and receptions with few orders; r90-*: the Mekong's Khmer communities and pagodas;
r93-*: commune Party congresses of 2025; r94-*: landslides and flash floods in the northern
mountains; r95-*: investment, industrial parks and foreign investors; r96-*: gratitude
visits to war invalids' and martyrs' families; r97-*: social-policy credit, vocational
training and labour export; r98-*: markets, Tết goods, market surveillance and e-commerce;
r99-*: monthly meetings of the merged provinces' committees in 2025-2026; r100-*: science,
innovation and the 'Bình dân học vụ số' movement; r101-*: power grids, hydropower releases
and electricity safety; r102-*: Lao and Cambodian delegations, border and sister-province
cooperation, hyphenated Lao names; r103-*: cooperatives and their alliance; r104-*: food
safety inspections and poisonings; r105-*: administrative reform and governance indices
(PAR INDEX, SIPAS, PAPI, PCI, DTI); r106-*: the Youth Union, Women's Union, Farmers' and
Veterans' Associations and the Fatherland Front; r107-*: construction order and illegal
buildings in wards; r108-*: schools, classrooms and teachers; r109-*: trade unions, wage
arrears and social insurance debts; r110-*: the press, press conferences and false news;
r111-*: home affairs, the 2025 streamlining and Decree 178; r112-*: justice, legal access
standards and mediation; r113-*: clean water and rural sanitation; r114-*: population,
children and families; r115-*: border trade, customs and the anti-smuggling boards 389;
r116-*: forests, rangers and forest fires; r117-*: irrigation, reservoirs and dam safety;
r118-*: land, planning, land prices and certificates; r119-*: ports, airports and
logistics; r120-*: enterprises and dialogues with business; r121-*: grassroots democracy,
hamlets merged and people's inspection boards; r122-*: hospitals and health insurance;
r123-*: the State Audit, inspectorates and public assets; r124-*: waste, landfills and
environmental police; r125-*: defence-zone exercises, militia and recruits; r126-*: courts,
procuracies and judgement enforcement; r127-*: heritage, museums and artisans; r128-*:
quarterly socio-economic reports; r129-*: tourism after the merger; r130-*: Party building and
Resolution 57; r131-*: disaster telegrams and damage reports; r132-*: drug-free communes;
r133-*: solar, wind, LNG and 500 kV projects; r134-*: rural roads and model hamlets).
They were measured
when they came (headline
F1 0.967, 0.937, 0.952, 0.959, 0.989, 0.927, 0.978, 0.983, 0.955, 0.983, 0.968, 0.935,
0.947, 0.899, 0.950, 0.948, 0.920, 0.973, 0.970, 0.919, 0.947, 0.949, 0.940, 0.918,
0.960, 0.963, 0.962, 0.970, 0.939, 0.917, 0.967, 0.949, 0.963, 0.955, 0.964, 0.917,
0.975, 0.946, 0.957, 0.956, 0.961, 0.901, 0.906, 0.953, 0.969, 0.922, 0.955, 0.924, 0.972,
0.954, 0.962, 0.967, 0.954, 0.973, 0.928, 0.955, 0.939, 0.953, 0.932, 0.978, 0.913, 0.948,
0.972, 0.981, 0.970, 0.952, 0.929, 0.964,
0.946, 0.983, 0.980,
0.982, 0.984, 0.977,
0.975, 0.966, 0.910,
0.984, 0.965, 0.940,
0.900, 0.954, 0.941, 0.936, 0.910,
0.973, 0.979, 0.928, 0.956,
0.938, 0.970, 0.978, 0.981, 0.937, 0.962,
0.964, 0.966, 0.930, 0.931, 0.940, 0.895,
0.931, 0.966, 0.945, 0.920, 0.930, 0.984,
0.948, 0.937, 0.939, 0.941, 0.945 and 0.954) and
then fixed on, so unlike test/ and the blind sets they are tuned on: this test keeps
what was fixed from coming undone.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import extract
from extract.evaluate import evaluate, load_gold
from extract.urls import corpus_urls

TEXTS = Path(__file__).resolve().parent.parent / "corpora" / "redteam_text"


@cache
def report():
    golds, problems = load_gold(TEXTS)
    assert not problems, problems
    urls = corpus_urls(TEXTS)
    records = [
        json.loads(extract.from_text(path.read_bytes(), url=urls[path.stem]).to_json())
        for path in sorted(TEXTS.glob("*.txt"))
    ]
    return evaluate(golds, records)


def test_every_article_has_its_gold_and_its_record():
    assert report().gold_articles == report().paired == 896
    assert report().violations == [] and report().problems == []


def test_the_fixes_of_the_round_hold():
    # at the end of the sixth round: 0.982 over the twenty-three passes; 0.974 once passes
    # 123-134 joined (measured at 0.920-0.984 when they came)
    fields = {name: round(score.f1, 3) for name, score in report().fields.items()}
    assert report().headline >= 0.972, fields
    assert min(fields.values()) >= 0.90, fields
