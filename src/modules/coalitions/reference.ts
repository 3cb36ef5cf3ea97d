/*
 * The Country Coalitions the source documents name, as data. Every fact comes from the cited
 * section; what no source gives (a date of establishment, the members of Bosnia and Herzegovina's
 * coalition) stays unknown. A coalition counts as confirmed on the date of the latest document that
 * describes it, so one described only in 2018 shows as dormant today: that is what the record says.
 */
import { citationOf, progressReport11MSP, sourceDocuments } from '../states/index.js';
import type { CreateCoalitionInput } from './inputs.js';

const informal = sourceDocuments.find((d) => d.key.startsWith('003_'));
if (!informal) throw new Error('source document 003 missing');
const INFORMAL_2018 = citationOf(informal);
const PROGRESS_11MSP = citationOf(progressReport11MSP);

export interface ReferenceCoalition extends CreateCoalitionInput {
  referenceKey: string;
  /** Calendar meetings where the coalition was presented or discussed. */
  meetingCodes: string[];
}

export const referenceCoalitions: readonly ReferenceCoalition[] = [
  {
    referenceKey: 'ref:coalition:LBN:mine-action-forum',
    stateIso3: 'LBN',
    name: 'Lebanon Mine Action Forum',
    members: [
      {
        kind: 'organisation',
        name: 'Geneva International Centre for Humanitarian Demining (GICHD)',
        role: 'facilitator',
      },
      {
        kind: 'organisation',
        name: 'Lebanon Mine Action Centre (LMAC)',
        role: 'facilitator (national authority)',
      },
      { kind: 'organisation', name: 'United Nations Development Programme (UNDP)', role: 'secretariat' },
    ],
    areas: ['art4'],
    establishedOn: null,
    status: 'active',
    source: `${INFORMAL_2018} §4; ${PROGRESS_11MSP} §39, §57`,
    published: true,
    lastConfirmedOn: progressReport11MSP.date,
    notes:
      'Established after a 2017 workshop on the Country Coalition concept; the source gives no date. The Forum brings together States, international organisations, regional mine action centres and operators (not named), covers cluster munitions and landmines, and addresses survey and clearance, best practices, new projects, priorities and needs. Its action points: operational efficiency, a new national mine action strategy (released February 2018), funding and data gaps. The 11MSP Progress Report lists it among the two coalitions in place to support Article 4 implementation.',
    meetingCodes: ['ICA-2018-06-08'],
  },
  {
    referenceKey: 'ref:coalition:BWA:npa',
    stateIso3: 'BWA',
    name: 'Botswana – Norwegian People’s Aid stockpile destruction partnership',
    members: [
      {
        kind: 'operator',
        name: 'Norwegian People’s Aid (NPA)',
        role: 'technical expertise and the associated costs',
      },
    ],
    areas: ['art3'],
    establishedOn: '2017-10',
    status: 'active',
    source: `${INFORMAL_2018} §4`,
    published: true,
    lastConfirmedOn: informal.date,
    notes:
      'Entered in October 2017 after a formal request from Botswana (May 2017) and NPA’s approval (September 2017). Shared responsibility: Botswana provides logistical support and personnel, NPA technical expertise and the associated costs. Four phases: verification and feasibility study; research and development; training, capacity building and destruction of the stockpile; reporting and closure. The first two phases were concluded (October 2017, May 2018); completion was possible before the end of 2018, ahead of the June 2019 deadline.',
    meetingCodes: ['ICA-2018-06-08'],
  },
  {
    referenceKey: 'ref:coalition:BIH',
    stateIso3: 'BIH',
    name: 'Country Coalition of Bosnia and Herzegovina',
    members: [],
    areas: ['art4'],
    establishedOn: null,
    status: 'active',
    source: `${PROGRESS_11MSP} §39, §57`,
    published: true,
    lastConfirmedOn: progressReport11MSP.date,
    notes:
      'The 11MSP Progress Report lists it among the two coalitions in place to support Article 4 implementation; it names neither its partners nor when it was established.',
    meetingCodes: [],
  },
  {
    referenceKey: 'ref:coalition:MRT:FRA',
    stateIso3: 'MRT',
    name: 'Mauritania – France Country Coalition (proposed)',
    members: [{ kind: 'state', stateIso3: 'FRA', role: 'responded favourably' }],
    areas: ['art4'],
    establishedOn: null,
    status: 'proposed',
    source: `${PROGRESS_11MSP} §60`,
    published: true,
    lastConfirmedOn: progressReport11MSP.date,
    notes:
      'Mauritania expressed the need for a Country Coalition to complete the clearance of cluster munition remnants within its deadline, and France responded favourably; the Coordinators committed to keep working with both. The report says progress on its establishment remains unclear.',
    meetingCodes: [],
  },
];
