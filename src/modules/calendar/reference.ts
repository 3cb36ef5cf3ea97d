/*
 * The Convention's meetings as the sources give them. Every field comes from a cited source; a field
 * no source gives is left out (null) and shown as not known. Addresses are the stored public pages
 * the facts were read from; seed documents are cited by title and date.
 */
import { citationOf, progressReport11MSP, sourceDocuments } from '../states/index.js';
import type {
  MeetingKind,
  OfficeArea,
  OfficeKind,
  OwnerKind,
  StatementTag,
  StatementTopic,
} from './vocabulary.js';

const informalSummary = sourceDocuments.find((d) => d.key.startsWith('003_'));
if (!informalSummary) throw new Error('source document 003 missing');
const INFORMAL_2018 = citationOf(informalSummary);
const PROGRESS_11MSP = citationOf(progressReport11MSP);

export interface ReferenceMeeting {
  code: string;
  kind: MeetingKind;
  title: string;
  startsOn?: string;
  endsOn?: string;
  venue?: string;
  presidingStateIso3?: string;
  president?: string;
  hosts?: string[];
  agenda?: string[];
  documents?: Array<{ symbol: string | null; title: string; href: string | null }>;
  reportingFrom?: string;
  reportingTo?: string;
  censusDate?: string;
  participantsTotal?: number;
  participantsApproximate?: boolean;
  participationNote?: string;
  summary?: string;
  keyPoints?: string[];
  notes?: string;
  sources: string[];
}

export interface ReferenceActionItem {
  key: string;
  meetingCode: string;
  what: string;
  ownerKind: OwnerKind;
  owner: string | null;
  status: 'not_known';
  note?: string;
  states?: string[];
  source: string;
}

const doc = (symbol: string | null, title: string, href: string | null = null) => ({ symbol, title, href });
const RULES = doc('CCM/MSP/2010/3', 'Rules of procedure');

export const referenceMeetings: readonly ReferenceMeeting[] = [
  {
    code: 'ICA-2017-11-24',
    kind: 'coordinators_informal',
    title:
      'Informal meeting of the Coordinators on International Cooperation and Assistance with States with possible needs for assistance',
    startsOn: '2017-11-24',
    endsOn: '2017-11-24',
    hosts: ['AUS', 'PER'],
    participationNote: 'States with possible needs for assistance under the Convention (number not given)',
    keyPoints: [
      'States that need assistance should seek it more assertively and early.',
      'Affected States should make more use of regional cooperation to meet their obligations under the Convention.',
      'States that need assistance should have a detailed completion plan and say in their requests what assistance they need and what they already invest nationally.',
      'States that need assistance must keep reminding donors and partners of their needs, as institutional memory is lost.',
      'The ISU or the Coordinators could set up a database to share donor and partner priorities and capacities, and needs and experience among affected States.',
      'Donors and partners should work closely with national mine action authorities to understand real needs and priorities, and not apply one model to every State.',
      'Donors and partners should consider long-term, multi-year partnerships.',
      'The Country Coalition approach gives a framework for national ownership and long-term commitments by donors and partners.',
      'Article 7 reports are a key channel: affected States should give full details of their needs in them, donors and partners full details of their capacities and priorities.',
    ],
    notes:
      'Known only from the key points recalled at the informal meeting of 8 June 2018. The work plan of the Coordinators (Australia and Peru) for 2017 scheduled this meeting for 24 November 2017.',
    sources: [INFORMAL_2018, citationOf(sourceDocuments.find((d) => d.key.startsWith('001_'))!)],
  },
  {
    code: 'ICA-2017-12-20',
    kind: 'coordinators_informal',
    title:
      'Informal meeting of the Coordinators on International Cooperation and Assistance with States with possible capacity to assist',
    startsOn: '2017-12-20',
    endsOn: '2017-12-20',
    hosts: ['AUS', 'PER'],
    participationNote: 'States with possible capacity to assist those with needs (number not given)',
    keyPoints: [
      'In deciding on and reporting assistance, donors tend to look at the socio-economic benefit of mine action more than at the munition cleared.',
      'Affected States should show the development benefits of the assistance they seek.',
      'Donors face internal coordination challenges and silos between ministries.',
      'Donors face coordination challenges internationally and on the ground, with other donors and with local authorities.',
      'Donors need to find the right local authorities to work with.',
      'Some donors cannot fund over several years, but steady funding of particular projects can have the same effect.',
      'Several States with deadlines approaching face small obstacles to completion and could be targeted for assistance.',
      'Work was under way towards two possible Country Coalitions.',
      'A database could help share needs, capacities and experience, and track assistance given and progress towards deadlines.',
      'Affected States have an important part in sharing how they met completion challenges.',
    ],
    notes:
      'Known only from the key points recalled at the informal meeting of 8 June 2018. That record dates this meeting 20 December 2017 in its introduction and in the heading of its section 3, but "30 December" where it lists the key points; 20 December is recorded here.',
    sources: [INFORMAL_2018],
  },
  {
    code: 'ICA-2018-06-08',
    kind: 'coordinators_informal',
    title: 'Informal Meeting on Enhancing International Cooperation and Assistance under the Convention',
    startsOn: '2018-06-08',
    endsOn: '2018-06-08',
    hosts: ['AUS', 'PER'],
    agenda: [
      'Introductory remarks by the Coordinators',
      'ISU presentation on the cooperation and assistance needs and capacities reported',
      'Key points of the informal meetings of 24 November and 20 December 2017',
      'Progress and next steps in operationalising Country Coalitions',
      'Concluding remarks',
    ],
    documents: [doc(null, informalSummary.title)],
    participantsTotal: 16,
    participantsApproximate: true,
    participationNote:
      'Besides the Coordinators and the ISU: 10 representatives of potential donor or partner States and 6 of States with needs under the Convention.',
    summary:
      'Australia and Peru, Coordinators on International Cooperation and Assistance, brought together States with needs and potential donors and partners, after meeting each group separately in 2017. The ISU presented the needs and capacities reported in the 2017 annual reports (51 of 101 States Parties had reported that morning; 9 requested specific assistance, 18 reported providing it and 10 receiving it). Lebanon and Botswana presented initiatives that could be seen as Country Coalitions, and Chad set out its need for survey funding.',
    keyPoints: [
      'Article 7 reports remain a key way to share needs and capacities to assist, but the rate and detail of reporting need to improve.',
      'Caution about a database for sharing information, given how hard such databases proved to maintain under other conventions; bilateral engagement and Article 7 reports were preferred.',
      'Two States Parties (Lebanon and Botswana) gave updates on new initiatives that could be seen as Country Coalitions.',
      'Chad described its challenges and its need for financing of a survey of suspected contaminated areas, and requested financial and technical assistance.',
      'Participating States supported an event on Country Coalitions at a future MSP, to show progress and give States using the approach a platform for their needs and priorities.',
    ],
    notes:
      'Held in the margins of the 2018 intersessional meetings of the Anti-Personnel Mine Ban Convention; the record does not name the place.',
    sources: [INFORMAL_2018],
  },
  {
    code: '9MSP',
    kind: 'msp',
    title: 'Ninth Meeting of States Parties',
    startsOn: '2019-09-02',
    endsOn: '2019-09-04',
    venue: 'Geneva, Palais des Nations',
    presidingStateIso3: 'LKA',
    president: 'H.E. Mr. Aliyar Lebbe Abdul Azeez',
    documents: [
      doc(null, 'Guidelines for Article 3 and Article 4 extension requests (adopted at the 9MSP)'),
      doc(null, 'Extension request of Germany (15 January 2019)'),
      doc(null, 'Answers of Germany to the Analysis Group (12 February 2019)'),
      doc(null, 'Extension request of Lao PDR, Part A: executive summary (26 February 2019)'),
      doc(null, 'Extension request of Lao PDR, Part B: detailed narrative (26 February 2019)'),
    ],
    notes:
      'Extension requests considered: Bulgaria (Article 3), Germany and Lao PDR (Article 4). The documents are listed as the meeting page names them; their symbols are not given there.',
    sources: [
      'http://www.clusterconvention.org/9msp/',
      'https://wvcbl.org/?p=1557',
      'https://ccm3.pronk.se/2019/01/10/the-philippines-joins-the-convention-on-cluster-munitions',
    ],
  },
  {
    code: '2RC',
    kind: 'review_conference',
    title: 'Second Review Conference',
    startsOn: '2020-11-25',
    endsOn: '2021-09-21',
    venue:
      'virtual (first part, 25–27 November 2020); Geneva, Palais des Nations (second part, 20–21 September 2021)',
    presidingStateIso3: 'CHE',
    president: 'H.E. Mr. Félix Baumann',
    documents: [
      doc(null, 'Review Document of the Dubrovnik Action Plan'),
      doc(null, 'Lausanne Declaration'),
      doc(null, 'Lausanne Action Plan 2021–2026'),
    ],
    notes: 'Held in two parts; its decisions date from the close of the second part.',
    sources: [
      'https://www.clusterconvention.org/second-review-conference/',
      'https://gichd.org/the-gichd/news/highlights-of-the-second-part-of-the-2nd-review-conference-of-the-convention-on-cluster-munitions-2rc-cm-20-21-september-2021',
      'https://www.fdfa.admin.ch/missions/mission-onu-geneve/en/home/news/news.html/content/missions/mission-onu-geneve/en/meta/news/2021/ccm-review-conference-concludes',
    ],
  },
  {
    code: '10MSP',
    kind: 'msp',
    title: 'Tenth Meeting of States Parties',
    startsOn: '2022-08-30',
    endsOn: '2022-09-02',
    venue: 'Geneva',
    presidingStateIso3: 'GBR',
    president: 'H.E. Mr. Aidan Liddle',
    sources: [`${PROGRESS_11MSP} §85`, 'https://clusterconvention.org/?p=4643'],
  },
  {
    code: '11MSP',
    kind: 'msp',
    title: 'Eleventh Meeting of States Parties',
    startsOn: '2023-09-11',
    endsOn: '2023-09-14',
    venue: 'Geneva, Palais des Nations',
    presidingStateIso3: 'IRQ',
    president: 'H.E. Mr. Abdul-Karim Hashim Mostafa',
    agenda: [
      'Adoption of the agenda (CCM/MSP/2023/1)',
      'Adoption of the annotated programme of work (CCM/MSP/2023/3)',
      'Confirmation of the rules of procedure (CCM/MSP/2010/3)',
      'Confirmation of the Secretary-General of the Meeting',
      'Election of vice-presidents',
      'Item 10: Review of the status and operation of the Convention and other matters important for achieving its aims',
    ],
    documents: [
      RULES,
      doc('CCM/MSP/2023/1', 'Agenda'),
      doc('CCM/MSP/2023/3', 'Annotated programme of work'),
      doc(null, progressReport11MSP.title),
    ],
    reportingFrom: '2022-07-01',
    reportingTo: '2023-06-30',
    censusDate: '2023-06-30',
    notes:
      'The Progress Report covers documents received and statements made from 1 July 2022 to 30 June 2023 (§1, §3); its registry and reporting figures are counted as of 30 June 2023 (§63, §67). The agenda lists only the items the sources name, in the order of the meeting page.',
    sources: [
      'https://www.clusterconvention.org/11msp/',
      'https://meetings.unoda.org/meeting/68085',
      `${PROGRESS_11MSP}, cover page, §1, §3, §63, §67`,
    ],
  },
  {
    code: 'UNIV-2023-02-YAOUNDE',
    kind: 'workshop',
    title: 'Regional universalization workshop for francophone Africa',
    venue: 'Yaoundé',
    hosts: ['IRQ', 'Implementation Support Unit', 'CMR', 'CHE', 'GBR'],
    summary:
      'Organised by the Presidency and the ISU with Cameroon, Switzerland and the United Kingdom to encourage Signatory States and States not party of francophone Africa to ratify or accede.',
    notes:
      'Held in February 2023; the source does not give the days. The Presidency was then Iraq’s (11MSP).',
    sources: [`${PROGRESS_11MSP} §14`],
  },
  {
    code: 'UNIV-2023-03-02',
    kind: 'workshop',
    title: 'Universalization workshop for the Commonwealth of Nations',
    startsOn: '2023-03-02',
    endsOn: '2023-03-02',
    venue: 'London',
    hosts: ['Implementation Support Unit', 'GBR'],
    summary:
      'Organised by the ISU and the United Kingdom, with the Coordinators, to raise awareness among Signatory States and States not party of the Commonwealth and encourage them to ratify or accede.',
    sources: [`${PROGRESS_11MSP} §15, §16`],
  },
  {
    code: 'UNIV-2023-03-19',
    kind: 'workshop',
    title: 'Universalization workshop for Arab countries',
    startsOn: '2023-03-19',
    endsOn: '2023-03-19',
    venue: 'Baghdad',
    hosts: ['Implementation Support Unit', 'IRQ'],
    summary:
      'Organised by the ISU and the Iraqi Presidency, with the Coordinators, to promote ratification of or accession to the Convention among Arab countries.',
    sources: [`${PROGRESS_11MSP} §15, §16`],
  },
  {
    code: 'IWG-UNIV-2023-06-19',
    kind: 'coordinators_informal',
    title: 'Informal Working Group on universalization',
    startsOn: '2023-06-19',
    endsOn: '2023-06-19',
    participationNote:
      'Broad participation of States Parties, UNODA, the ICRC and civil society (number not given).',
    summary:
      'The Informal Working Group on universalization, widened by the thematic Coordinators and the Presidency to every interested State Party, met to exchange ideas and coordinate the promotion of the Convention and its norms.',
    sources: [`${PROGRESS_11MSP} §17`],
  },
  {
    code: '12MSP',
    kind: 'msp',
    title: 'Twelfth Meeting of States Parties',
    startsOn: '2024-09-10',
    endsOn: '2024-09-13',
    venue: 'Geneva, Palais des Nations (Room XIX)',
    presidingStateIso3: 'MEX',
    president: 'H.E. Mrs. Francisca Elizabeth Méndez Escobar',
    documents: [
      RULES,
      doc('CCM/MSP/2024/1', 'Provisional agenda'),
      doc('CCM/MSP/2024/2/Rev.1', 'Revised provisional annotated programme of work'),
      doc('CCM/MSP/2024/3', 'Implementation Support Unit 2025 work plan and budget'),
      doc('CCM/MSP/2024/4', 'Analysis of the Article 4 extension request submitted by Chad'),
      doc('CCM/MSP/2024/5', 'Analysis of the Article 4 extension request submitted by Germany'),
      doc('CCM/MSP/2024/6', 'Analysis of the Article 4 extension request submitted by Lao PDR'),
      doc(
        'CCM/MSP/2024/7',
        '12MSP Progress Report monitoring progress in implementing the Lausanne Action Plan',
      ),
      doc('CCM/MSP/2024/8', 'Revised estimated costs of the 13MSP'),
      doc('CCM/MSP/2024/9', 'Estimated costs of the 2026 Review Conference'),
      doc('CCM/MSP/2024/10', 'Implementation Support Unit 2023 annual report'),
      doc('CCM/MSP/2024/11', '12MSP final report (advance copy)'),
      doc('CCM/MSP/2024/WP.1', 'Explosive Ordnance Risk Education (EORE) in the CCM'),
      doc('CCM/MSP/2024/WP.2', 'Taking stock of gender, diversity and inclusion (full title not seen)'),
    ],
    sources: [
      'https://www.clusterconvention.org/12msp/',
      'https://clusterconvention.org/12msp-int',
      'https://meetings.unoda.org/meeting/72122',
    ],
  },
  {
    code: '13MSP',
    kind: 'msp',
    title: 'Thirteenth Meeting of States Parties',
    startsOn: '2025-09-16',
    endsOn: '2025-09-19',
    venue: 'Geneva, Palais des Nations (Tempus Building)',
    presidingStateIso3: 'PHL',
    president: 'H.E. Mr. Carlos D. Sorreta',
    documents: [
      RULES,
      doc('CCM/MSP/2025/1', 'Provisional agenda'),
      doc('CCM/MSP/2025/2', 'Provisional annotated programme of work'),
      doc(
        'CCM/MSP/2025/3',
        "Analysis and draft decision of Afghanistan's deadline extension request under Article 4.1",
      ),
      doc(
        'CCM/MSP/2025/4',
        "Analysis and draft decision of Chile's deadline extension request under Article 4.1",
      ),
      doc(
        'CCM/MSP/2025/5',
        "Analysis and draft decision of Lebanon's deadline extension request under Article 4.1",
      ),
      doc(
        'CCM/MSP/2025/6',
        "Analysis and draft decision of Mauritania's deadline extension request under Article 4.1",
      ),
      doc(
        'CCM/MSP/2025/7',
        "Analysis and draft decision of Somalia's deadline extension request under Article 4.1",
      ),
    ],
    sources: ['https://www.clusterconvention.org/13msp', 'https://www.clusterconvention.org/13msp-int'],
  },
];

const COORDINATORS_ICA = 'Coordinators on International Cooperation and Assistance (Australia and Peru)';

export const referenceActionItems: readonly ReferenceActionItem[] = [
  {
    key: 'ref:ICA-2018-06-08:summary',
    meetingCode: 'ICA-2018-06-08',
    what: 'Produce a summary of the meeting, circulate it and post it on the Convention’s website.',
    ownerKind: 'coordinator',
    owner: COORDINATORS_ICA,
    status: 'not_known',
    note: 'The summary this record is read from was written; its circulation and posting are not recorded.',
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:coalitions-event',
    meetingCode: 'ICA-2018-06-08',
    what: 'Look into an event at a Meeting of States Parties giving existing Country Coalitions a platform.',
    ownerKind: 'coordinator',
    owner: COORDINATORS_ICA,
    status: 'not_known',
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:chad-survey',
    meetingCode: 'ICA-2018-06-08',
    what: 'Facilitate cooperation to meet Chad’s renewed request for financial and technical support to deploy survey teams and define its contaminated areas.',
    ownerKind: 'coordinator',
    owner: COORDINATORS_ICA,
    status: 'not_known',
    states: ['TCD'],
    source: INFORMAL_2018,
  },
];

export interface ReferenceStatement {
  key: string;
  meetingCode: string;
  stateIso3?: string;
  organisation?: string;
  topic: StatementTopic;
  summary: string;
  tags: StatementTag[];
  source: string;
}

/** Statements seed 003 attributes by name; what "a participating State" said is not attributed. */
export const referenceStatements: readonly ReferenceStatement[] = [
  {
    key: 'ref:IWG-UNIV-2023-06-19:bwc-isu',
    meetingCode: 'IWG-UNIV-2023-06-19',
    organisation: 'Biological Weapons Convention Implementation Support Unit',
    topic: 'universalization',
    summary:
      'Its Director, invited by the group, reported on the universalization strategies of the Biological Weapons Convention.',
    tags: ['shared_experience'],
    source: `${PROGRESS_11MSP} §17`,
  },
  {
    key: 'ref:ICA-2018-06-08:isu-needs',
    meetingCode: 'ICA-2018-06-08',
    organisation: 'Implementation Support Unit',
    topic: 'cooperation_assistance',
    summary:
      'Presented the needs and capacities reported in the 2017 annual reports: 51 of 101 States Parties had reported; 9 requested specific assistance, 18 reported providing assistance and 10 receiving it; no donor reported assistance given in response to a direct request.',
    tags: [],
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:isu-online-reporting',
    meetingCode: 'ICA-2018-06-08',
    organisation: 'Implementation Support Unit',
    topic: 'transparency',
    summary:
      'Advised caution about online reporting, given the difficulty of securing reports under the existing arrangements; its focus was to bring initial reporting as close as possible to 100 per cent.',
    tags: [],
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:lbn',
    meetingCode: 'ICA-2018-06-08',
    stateIso3: 'LBN',
    topic: 'cooperation_assistance',
    summary:
      'Presented its Mine Action Forum, facilitated by the GICHD and the Lebanon Mine Action Centre with UNDP as secretariat, as a form of Country Coalition; it had released a new national mine action strategy in February 2018, was updating its information management system, and planned another Forum meeting for September 2018.',
    tags: ['shared_experience'],
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:bwa',
    meetingCode: 'ICA-2018-06-08',
    stateIso3: 'BWA',
    topic: 'stockpile_destruction',
    summary:
      "Described its stockpile destruction partnership with Norwegian People's Aid (requested May 2017, agreed September 2017) in four phases, the first two completed; completion was possible before the end of 2018, ahead of its June 2019 deadline.",
    tags: ['shared_experience', 'on_track'],
    source: INFORMAL_2018,
  },
  {
    key: 'ref:ICA-2018-06-08:tcd',
    meetingCode: 'ICA-2018-06-08',
    stateIso3: 'TCD',
    topic: 'clearance',
    summary:
      'Described contamination dating from 1973–1985, with cluster munition remnants found in 2015–16, and requested financial and technical support to deploy survey teams to define the contaminated areas — its second such request, after a regional meeting in Addis Ababa.',
    tags: ['requested_assistance'],
    source: INFORMAL_2018,
  },
];

export interface ReferenceOfficeHolder {
  key: string;
  office: OfficeKind;
  area: OfficeArea | null;
  stateIso3: string | null;
  personName: string | null;
  gender: 'not_known';
  periodFrom: string | null;
  periodTo: string | null;
  sourceTitle: string;
  sourceHref: string | null;
}

const seedDocument = (n: string) => {
  const found = sourceDocuments.find((d) => d.key.startsWith(`${n}_`));
  if (!found) throw new Error(`source document ${n} missing`);
  return found;
};

/**
 * The Coordinators for cooperation and assistance the seeds name: Australia and Peru in the concept
 * note up to the 8MSP (seed 001, its priorities for 2017-18), Lebanon and Germany in the work plan
 * 2022-2023 up to the 11MSP (seed 000). Neither names a person nor a gender.
 */
const coordinators: ReferenceOfficeHolder[] = [
  { doc: '001', iso3: 'AUS', from: '2017', to: '8MSP' },
  { doc: '001', iso3: 'PER', from: '2017', to: '8MSP' },
  { doc: '000', iso3: 'LBN', from: '2022', to: '11MSP' },
  { doc: '000', iso3: 'DEU', from: '2022', to: '11MSP' },
].map(({ doc: n, iso3, from, to }) => ({
  key: `coordinator-ica-${n}-${iso3}`,
  office: 'thematic_coordinator',
  area: 'cooperation_assistance',
  stateIso3: iso3,
  personName: null,
  gender: 'not_known',
  periodFrom: from,
  periodTo: to,
  sourceTitle: citationOf(seedDocument(n)),
  sourceHref: null,
}));

/**
 * The Coordinators on General Status and Operation of the 11MSP's reporting period, Belgium and
 * France, who act as the Convention's gender focal points by a decision of the Second Review
 * Conference (seed 004 §4–5). The seed places them in the period under review (1 July 2022 –
 * 30 June 2023), in a cycle that ends with the 11MSP; it names no person and no gender.
 */
const generalStatus: ReferenceOfficeHolder[] = ['BEL', 'FRA'].flatMap((iso3) =>
  (['thematic_coordinator', 'gender_focal_point'] as const).map((office) => ({
    key: `${office === 'thematic_coordinator' ? 'coordinator-gs' : 'gender-focal-point'}-11MSP-${iso3}`,
    office,
    area: office === 'thematic_coordinator' ? ('general_status' as const) : null,
    stateIso3: iso3,
    personName: null,
    gender: 'not_known' as const,
    periodFrom: '2022',
    periodTo: '11MSP',
    sourceTitle: `${PROGRESS_11MSP} §4–5`,
    sourceHref: null,
  })),
);

const isAddress = (s: string) => /^https?:\/\//.test(s);

/**
 * The President of each sourced meeting that names one, on that meeting's sources: the presidency
 * is recorded as ending with the meeting; when it began is not given there. An honorific is not
 * read as a gender.
 */
const presidents: ReferenceOfficeHolder[] = referenceMeetings
  .filter((m) => m.president || m.presidingStateIso3)
  .map((m) => ({
    key: `president-${m.code}`,
    office: 'president',
    area: null,
    stateIso3: m.presidingStateIso3 ?? null,
    personName: m.president ?? null,
    gender: 'not_known',
    periodFrom: null,
    periodTo: m.code,
    // The meeting's first source: a citation as it stands, or an address under the meeting's title.
    sourceTitle: isAddress(m.sources[0]!) ? `${m.title} (${m.code})` : m.sources[0]!,
    sourceHref: isAddress(m.sources[0]!) ? m.sources[0]! : null,
  }));

export const referenceOfficeHolders: readonly ReferenceOfficeHolder[] = [
  ...coordinators,
  ...generalStatus,
  ...presidents,
];
