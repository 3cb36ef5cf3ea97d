/*
 * The two work plans of the Coordinators on International Cooperation and Assistance that the seeds
 * hold, as the seeds give them: seed 000 is the Work Plan 2022–2023 (Lebanon and Germany, up to the
 * 11MSP), seed 001 the Concept Note of 2017 (Australia and Peru, up to the 8MSP). Every line carries
 * its seed §; a field the seed does not give is null (not known). Statuses are `not_known` unless a
 * later source says what happened: the 11MSP Progress Report (seed 004) for 2022–2023, the summary
 * of the informal meeting of 8 June 2018 (seed 003) for 2017–2018.
 */
import { citationOf, progressReport11MSP, sourceDocuments } from '../states/index.js';
import type { AddActivityInput, CreateWorkPlanInput } from './inputs.js';

const seedDocument = (n: string) => {
  const found = sourceDocuments.find((d) => d.key.startsWith(`${n}_`));
  if (!found) throw new Error(`source document ${n} missing`);
  return found;
};
const PROGRESS_11MSP = citationOf(progressReport11MSP);
const INFORMAL_2018 = citationOf(seedDocument('003'));

export interface ReferenceActivity extends Omit<AddActivityInput, 'workPlanId' | 'referenceKey'> {
  key: string;
}
export interface ReferenceWorkPlan extends Omit<CreateWorkPlanInput, 'referenceKey'> {
  key: string;
  activities: ReferenceActivity[];
}

const lines = (seed: string, section: string, items: Array<[string, string]>) =>
  items.map(([label, text]) => ({ text, source: `seed ${seed} §${section}${label}` }));

const LBN_DEU = 'Coordinators Lebanon and Germany';

/** Seed 000: Work Plan 2022–2023, up to the 11MSP. */
const plan2022: ReferenceWorkPlan = {
  key: 'seed-000',
  area: 'cooperation_assistance',
  title:
    'Work Plan 2022–2023: Enhancing Implementation of Article 6 of the Convention on Cluster Munitions up to the 11th Meeting of States Parties',
  cycle: '2022–2023',
  fromMeeting: null,
  toMeeting: '11MSP',
  background: [
    'Article 6 of the Convention states that "Each State Party in a position to do so shall provide technical, material, and financial assistance to States Parties affected by cluster munitions, aimed at the implementation of the obligations of this Convention."',
    'While reaffirming that each State Party is responsible for implementing its obligations under the Convention, States Parties recognise that enhanced international cooperation and assistance can play an important role in the timely and full implementation of all aspects of the Convention. They also acknowledge the importance of dialogue between affected States Parties, donors and operators, the value of country coalitions; the importance of national ownership and capacity building to ensure the effectiveness and sustainability of cooperation and assistance and stress the need to strengthen their partnerships at all levels with various partners.',
    'In order to guide States Parties in the effective implementation of the Convention during the period up to the Third Review Conference of States Parties to the CCM (3RC) scheduled for 2026, at the Second Review Conference (2RC) States agreed to the five-year Lausanne Action Plan (LAP). Building on the Dubrovnik Action Plan (DAP), the Lausanne Action Plan aims to achieve significant and sustainable progress towards the universalization and implementation of the Convention for the period 2021-26. It lays out concrete actions that States Parties will take to that end.',
    'Accordingly, on cooperation and assistance, States Parties will implement LAP Actions 38 to 42 which detail the relevant activities to be undertaken. These Actions will provide the primary basis on which the activities detailed in this concept note will be derived in order to achieve the outlined objectives.',
    'As of 24 October 2022, 20 of the 59 States Parties (Australia, Belgium, Canada, Czech Republic, Denmark, France, Germany, Ireland, Italy, Japan, Liechtenstein, Lithuania, , Monaco, the Netherlands, New Zealand, Norway, Spain, Sweden, Switzerland, and the United Kingdom) that have submitted their 2021 annual transparency reports reported to have provided assistance to affected States Parties.',
    'Additionally, 12 out of the 59 States Parties have requested international cooperation and assistance for completion of one or more obligations under the Convention: Albania, Bosnia-Herzegovina, Chad, Chile, Iraq, Lao (PDR), Lebanon, Mauritania, Montenegro, Peru and Somalia. Of these: one (Peru) for stockpile destruction; seven (Bosnia-Herzegovina, Chad, Chile, Iraq, Lao PDR, Lebanon & Montenegro) for survey & clearance; four (Iraq, Laos, Lebanon & Mauritania) for risk education; six (Albania, Bosnia-Herzegovina, Iraq, Lao PDR, Lebanon & Mauritania) for victim assistance; and one (Mauritania) for assistance in capacity building and equipment for the demining Centre.',
  ].join('\n\n'),
  objectives: lines('000', '2', [
    [
      '(a)',
      'Facilitate targeted meetings to enhance international cooperation and assistance in the implementation of key CCM provisions.',
    ],
    [
      '(b)',
      'Be available as point of contact for questions with regard to international cooperation and assistance in the implementation of key CCM provisions.',
    ],
  ]),
  expectedOutputs: lines('000', '4', [
    ['(a)', 'Country Coalition concept better understood by States Parties with time-bound obligations.'],
    [
      '(b)',
      'States Parties seeking assistance to be supported in their efforts to receive the assistance, through coordination with different actors.',
    ],
    [
      '(c)',
      'Increased exchange of experiences and best practices regarding international cooperation and assistance and the concept of Country Coalitions.',
    ],
    [
      '(d)',
      'States Parties that expect not to meet their deadlines will be assisted with their extension requests, including assistance in the mobilisation of necessary resources needed for the development and implementation of a request.',
    ],
  ]),
  implementers: lines('000', '6', [
    ['', 'Coordinators Lebanon and Germany'],
    ['', 'CCM Implementation Support Unit'],
  ]),
  partners: lines('000', '7', [
    ['', 'Thematic Coordinators'],
    [
      '',
      'States Parties and signatory States that have obligations under any of the key areas of the CCM including Articles 3, 4, 5, 7 and 9',
    ],
    ['', 'Donor/Partner States'],
    ['', 'International NGOs / operators'],
    ['', 'Aid agencies'],
    ['', 'Civil society'],
  ]),
  budgetAmount: null,
  budgetCurrency: null,
  budgetNote: 'Limited costs, mainly for envisaged meetings (seed 000 §5)',
  source: `seed 000: ${citationOf(seedDocument('000'))}`,
  activities: [
    {
      key: 'seed-000:3a',
      label: '3(a)',
      title:
        'The Coordinators will have regular communication with affected States Parties, donors and operators, to exchange views, information and lessons learned, and to enhance international cooperation and assistance, as well as to promote the establishment of new Country Coalitions.',
      status: 'done',
      statusNote: `The Coordinators encouraged States Parties with upcoming deadlines to communicate their needs and maintained regular communication with civil society, international organizations and operators (${PROGRESS_11MSP} §58, §61).`,
      implementers: LBN_DEU,
      source: 'seed 000 §3(a)',
    },
    {
      key: 'seed-000:3b',
      label: '3(b)',
      title:
        'The Coordinators will consider another joint meeting to exchange views and share experiences/best practices between the CCM and APMBC',
      status: 'not_known',
      implementers: LBN_DEU,
      source: 'seed 000 §3(b)',
    },
    {
      key: 'seed-000:3c',
      label: '3(c)',
      title:
        'The Coordinators consider hosting a meeting aimed at exchanging views and sharing experiences/best practices of donors, operators and affected States Parties which have been/are engaged in a Country Coalition and affected States Parties seeking international assistance.',
      status: 'not_known',
      implementers: LBN_DEU,
      source: 'seed 000 §3(c)',
    },
    {
      key: 'seed-000:3d',
      label: '3(d)',
      title:
        'The Coordinators will follow up with States Parties with established Country Coalitions to track implementation of their time-bound obligations under the Convention.',
      status: 'done',
      statusNote: `The Coordinators supported States Parties that had already established country coalitions and sought updates on their progress and challenges (${PROGRESS_11MSP} §60).`,
      implementers: LBN_DEU,
      source: 'seed 000 §3(d)',
    },
    {
      key: 'seed-000:3e',
      label: '3(e)',
      title:
        'The Coordinators will follow-up with States with existing time-bound obligations under the Convention regarding their needs for international cooperation and assistance.',
      status: 'done',
      statusNote: `The Coordinators encouraged States Parties with upcoming deadlines under Articles 3 and 4 to use their Article 7 reports to communicate their needs for international cooperation and assistance (${PROGRESS_11MSP} §58).`,
      implementers: LBN_DEU,
      source: 'seed 000 §3(e)',
    },
    {
      key: 'seed-000:3f',
      label: '3(f)',
      title:
        'The Coordinators will meet regularly with the ISU to exchange views, in particular regarding extension requests.',
      status: 'not_known',
      implementers: LBN_DEU,
      source: 'seed 000 §3(f)',
    },
    {
      key: 'seed-000:3g',
      label: '3(g)',
      title:
        'The Coordinators will work with the Coordinator for Transparency Reporting to encourage States parties to enhance the quality of information in their Article 7 reports.',
      description:
        'As Coordinators, they will highlight the importance of transparency reporting as it is one of the fundamental tools available to the CCM community to identify implementation challenges and needs.',
      status: 'not_known',
      implementers: LBN_DEU,
      source: 'seed 000 §3(g)',
    },
    {
      key: 'seed-000:3h',
      label: '3(h)',
      title:
        'The Coordinators will work, as part of the Analysis groups for Article 3 and Article 4 extension requests, together with the Coordinators on Stockpile Destruction and Retention and the Coordinators on Clearance and Risk Reduction Education respectively, in support of the President to prepare the reports on the extension requests received.',
      status: 'done',
      statusNote: `The Coordinators were part of the Analysis Groups evaluating the two Article 4 extension requests submitted during the period under review (${PROGRESS_11MSP} §62).`,
      implementers: LBN_DEU,
      source: 'seed 000 §3(h)',
    },
    {
      key: 'seed-000:3i',
      label: '3(i)',
      title:
        'Social media platforms, including the Convention’s website, will be used to promote good practices with regards to international cooperation and assistance and the concept of Country Coalitions.',
      status: 'done',
      statusNote: `Social media platforms, including the Convention’s website, were used by the Coordinators to promote good practices and the concept of Country Coalitions (${PROGRESS_11MSP} §61).`,
      source: 'seed 000 §3 (the item between (h) and (j), printed without its letter)',
    },
    {
      key: 'seed-000:3j',
      label: '3(j)',
      title:
        'The Coordinators will support the President of the 11th MSP in the activities related to the preparation of the MSP including its progress Report with regard to matters concerning cooperation and assistance.',
      status: 'not_known',
      implementers: LBN_DEU,
      meetingCodes: ['11MSP'],
      source: 'seed 000 §3(j)',
    },
    ...(
      [
        ['8-isu', 'Meet with ISU to discuss priorities', '2022-Q4', 'Fourth Quarter of 2022'],
        [
          '8-civil-society',
          'Meet with the representatives of civil society to exchange views on the international cooperation and assistance',
          '2022-Q4',
          'Fourth Quarter of 2022',
        ],
        [
          '8-apmbc',
          'Host a joint meeting of CCM and APMBC Co-Coordinators for Cooperation and Assistance',
          '2023-Q1',
          'First Quarter of 2023',
        ],
        [
          '8-article7',
          'Send written communication to remind States Parties on information to be included in Article 7 reports',
          '2023-Q1',
          'First Quarter of 2023',
        ],
        [
          '8-clearance',
          'Collaborate with the Coordinators on Clearance and Risk Reduction regarding possible joint Country Coalition event for Art. 4 States',
          '2023-Q1',
          'First Quarter of 2023',
        ],
        ['8-follow-up', 'Follow-up on outcomes of informal meetings', '2023-Q1', 'First Quarter of 2023'],
        [
          '8-progress-report',
          'Preparation of cooperation and assistance section of the 11MSP Progress Report',
          '2023-Q2',
          'Second Quarter of 2023',
        ],
        [
          '8-report',
          'Report on activities undertaken during the year to the 11MSP',
          '2023-Q3',
          'Third Quarter of 2023',
        ],
      ] as const
    ).map(([key, title, quarter, heading]) => ({
      key: `seed-000:${key}`,
      label: '8',
      title,
      status: 'not_known' as const,
      quarters: [quarter],
      timing: heading,
      meetingCodes: key === '8-progress-report' || key === '8-report' ? ['11MSP'] : [],
      source: `seed 000 §8 (${heading})`,
    })),
  ],
};

const AUS_PER = 'Australia and Peru';

/** Seed 001: Concept Note of 2017, up to the 8MSP. */
const plan2017: ReferenceWorkPlan = {
  key: 'seed-001',
  area: 'cooperation_assistance',
  title:
    'Concept Note: Enhancing Implementation of Action 5 of the Dubrovnik Action Plan (International Cooperation and Assistance) up to the 8th Meeting of States Parties (8MSP)',
  cycle: '2017–2018',
  fromMeeting: null,
  toMeeting: '8MSP',
  background: [
    'Article 6 of the Convention states that “Each State Party in a position to do so shall provide technical, material, and financial assistance to States Parties affected by cluster munitions, aimed at the implementation of the obligations of this Convention.” The article applies to the implementation of all obligations of the Convention, with a focus on the clearance of cluster munition remnants, assistance to cluster munition victims, and the destruction of stockpiled cluster munitions.',
    'To guide States Parties effectively in implementing the Convention during the period 1 January 2016 to 31 December 2020, at the September 2015 First Review Conference of States Parties to the CCM, States agreed to the five year Dubrovnik Action Plan (DAP). The DAP elaborates the priorities established by the States Parties through the various actions to be undertaken and the expected key results to be derived from these actions. International cooperation and assistance of the CCM is the DAP’s Action 5 and will provide the primary basis on which this concept note’s activities to achieve the outlined objectives will be derived.',
    'Action 5 of the DAP emphasizes the strengthening of partnerships at all levels, communication of challenges through seeking assistance which is evidence based, enhanced national ownership of CCM obligations and the use of existing tools for cost efficiency and effectiveness. Action 5 also encourages those in position to provide assistance to do so in a constructive manner and to do their best to support Convention implementation.',
    'Thirteen States Parties requested international cooperation and assistance for completion of one or more obligations under the Convention in their 2016 Article 7 transparency reports and official statements: Afghanistan, Albania, Bosnia and Herzegovina, Botswana, Chat, Colombia, Croatia, Iraq, Lao People’s Democratic Republic, Lebanon, Montenegro, Niger, and Peru. Two requested assistance for storage and stockpile destruction obligations; five for clearance obligations; three for risk reduction education; five for victim assistance obligations; and one for the development of specific national legislation.',
  ].join('\n\n'),
  objectives: lines('001', '2', [
    [', item 1', 'Facilitate reinforced joint approaches between thematic areas.'],
    [', item 2', 'Facilitate better targeting of scarce resources.'],
    [
      ', item 3',
      'Facilitate increased technical and material assistance, transfer of skills and good practices.',
    ],
    [', item 4', 'Facilitate increased timely implementation of obligations by States Parties.'],
    [
      ', item 5',
      'Support implementation of the Country Coalitions concept introduced by the German Presidency of the 7MSP.',
    ],
  ]),
  expectedOutputs: lines('001', '4', [
    [
      ', item 1',
      'One informal meeting with affected States Parties/States Parties with pressing obligations to discuss challenges, needs, and good and cost effective clearance, stockpile destruction or integrated victim assistance practices.',
    ],
    [', item 2', 'One informal meeting with donor/partner States to discuss priorities for assistance.'],
    [
      ', item 3',
      'One informal meeting between affected States Parties/States Parties with pressing obligations and donor States Parties to discuss possible partnerships.',
    ],
    [
      ', item 4',
      'Increased number of States Parties seeking assistance have received or are in the process of receiving the requested support.',
    ],
    [', item 5', 'Increased number of States Parties provide evidence-based needs requests.'],
    [
      ', item 6',
      'Increased number of States Parties or other actors respond constructively to requests for assistance.',
    ],
    [
      ', item 7',
      'Increased number of State Parties report to have the necessary resources to fulfil obligations under the Convention ahead of deadlines.',
    ],
  ]),
  implementers: lines('001', '6', [
    ['', 'Peru - Coordinator on International cooperation and assistance'],
    ['', 'Australia - Coordinator on International cooperation and assistance'],
    ['', 'CCM Implementation Support Unit'],
  ]),
  partners: lines('001', '7', [
    ['', 'Thematic Coordinators'],
    [
      '',
      'States Parties and signatory States that have fulfilled obligations under any of the key CCM including Articles 3, 4, 5, 7 and 9',
    ],
    ['', 'Donor/Partner States'],
    ['', 'International NGOs / operators'],
    ['', 'Aid agencies'],
    ['', 'Civil society'],
  ]),
  budgetAmount: null,
  budgetCurrency: null,
  budgetNote: 'Limited costs, depending on the strategy adopted (seed 001 §5)',
  source: `seed 001: ${citationOf(seedDocument('001'))}`,
  activities: [
    {
      key: 'seed-001:3-1',
      title:
        'Australia and Peru will work together with our fellow Coordinators on the Committee to identify priority areas and target States for cooperation and assistance, and possible joint activities, including informal meetings and side events, directly engaging affected and donor states, to enable exchanges of information on needs and priorities, established practices and expertise, and the possible formation of Country Coalitions.',
      status: 'not_known',
      implementers: AUS_PER,
      source: 'seed 001 §3, item 1',
    },
    {
      key: 'seed-001:3-2',
      title:
        'Australia and Peru will meet regularly with the ISU to seek its perspectives and advice on possible priorities in the area of cooperation and assistance in 2017-18.',
      status: 'not_known',
      implementers: AUS_PER,
      source: 'seed 001 §3, item 2',
    },
    {
      key: 'seed-001:3-3',
      title:
        'Australia and Peru will work with the Coordinator for Transparency Reporting to encourage states parties to enhance the quality of information in their article 7 reports.',
      description:
        'As Coordinators, we will highlight the importance of transparency reporting as it is one of the fundamental tools available to the CCM community to identify implementation challenges and needs, and support affected States Parties requesting assistance through their Article 7 reports to implement their obligations by linking or relaying specific requests to traditional donors and organizations with relevant expertise.',
      status: 'not_known',
      implementers: AUS_PER,
      source: 'seed 001 §3, item 3',
    },
    {
      key: 'seed-001:3-4',
      title:
        'Australia and Peru will work with the Committee on International Cooperation and Assistance for the Anti-Personnel Mine Ban Convention to maximise synergies in implementation of the Individualised Approach and the Country Coalitions concept.',
      status: 'not_known',
      implementers: AUS_PER,
      source: 'seed 001 §3, item 4',
    },
    {
      key: 'seed-001:3-5',
      title:
        'Australia and Peru will identify and involve key partners (civil society, international organizations, operators etc.) with specific expertise to support target States Parties and relevant thematic areas through workshops, field visits/assessments, trainings, making of new tools etc.',
      status: 'not_known',
      implementers: AUS_PER,
      source: 'seed 001 §3, item 5',
    },
    {
      key: 'seed-001:3-6',
      title:
        'Use social media platforms, including the Convention’s website, to promote good practices with regards to international cooperation and assistance and timely implementation of obligations.',
      status: 'not_known',
      source: 'seed 001 §3, item 6',
    },
    {
      key: 'seed-001:8-isu',
      label: '8',
      title: 'Meet with ISU to discuss priorities',
      status: 'not_known',
      quarters: ['2017-Q4'],
      timing: '6 November 2017',
      source: 'seed 001 §8 (November 2017)',
    },
    {
      key: 'seed-001:8-first-informal',
      label: '8',
      title:
        'First informal meeting with States which have requested assistance and additional States with pressing obligations under the Convention',
      status: 'done',
      statusNote: `Held on 24 November 2017: its key points were recalled at the informal meeting of 8 June 2018 (${INFORMAL_2018}).`,
      quarters: ['2017-Q4'],
      timing: '24 November 2017',
      meetingCodes: ['ICA-2017-11-24'],
      source: 'seed 001 §8 (November 2017)',
    },
    {
      key: 'seed-001:8-liaise',
      label: '8',
      title:
        'Liaise with Coordinators on Clearance and Risk Reduction, Stockpile Destruction and Retention, and Victim Assistance',
      description:
        'To exchange information on States which have requested assistance and additional States with pressing obligations which fellow Coordinators consider might be asked if they require assistance; and to discuss the possibility of further informal meetings in 2018 to engage these States, traditional donor/partner States, and the two groups together.',
      status: 'not_known',
      quarters: ['2017-Q4'],
      timing: 'December 2017',
      source: 'seed 001 §8 (December 2017)',
    },
    {
      key: 'seed-001:8-further-meetings',
      label: '8',
      title: 'Further informal affected State, donor/partner State and joint informal Meetings',
      status: 'not_known',
      statusNote: `One such meeting, of potential donor/partner States and States with needs, was held on 8 June 2018 (${INFORMAL_2018}); the sources do not say whether others were.`,
      timing: '2018 (dates tbc)',
      meetingCodes: ['ICA-2018-06-08'],
      source: 'seed 001 §8 (2018)',
    },
    {
      key: 'seed-001:8-follow-up',
      label: '8',
      title: 'Follow-up on outcomes of informal meetings',
      status: 'not_known',
      timing: '2018 (dates tbc)',
      source: 'seed 001 §8 (2018)',
    },
    {
      key: 'seed-001:8-progress-report',
      label: '8',
      title: 'Preparation of 8MSP Progress Report',
      status: 'not_known',
      timing: '2018 (dates tbc)',
      source: 'seed 001 §8 (2018)',
    },
  ],
};

/** The seeds' work plans, the latest first. */
export const referenceWorkPlans: readonly ReferenceWorkPlan[] = [plan2022, plan2017];
