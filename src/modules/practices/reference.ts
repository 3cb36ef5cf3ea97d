import { citationOf, sourceDocuments } from '../states/index.js';
import type { CreatePracticeInput } from './inputs.js';

/**
 * The good practices the source documents name, as data: facts from the documents in our words,
 * each with its source (document and paragraph, or the meeting where it was presented). What a
 * document does not say is left unknown: no achievement is claimed where the text only recommends.
 */

const doc = (n: string) => {
  const found = sourceDocuments.find((d) => d.key.startsWith(n));
  if (!found) throw new Error(`no source document ${n}`);
  return citationOf(found);
};
const REVIEW_2014 = doc('002');
const INFORMAL_2018 = doc('003');

type Seeded = Omit<CreatePracticeInput, 'referenceKey' | 'states' | 'partners'> & {
  key: string;
  states: string[];
  partners: string[];
};

export const referencePractices: readonly Seeded[] = [
  {
    key: 'ref:practice:multi-year-support',
    area: 'cooperation_assistance',
    language: 'en',
    texts: {
      en: {
        title: 'Multi-year support agreements',
        done: 'Support agreements running over several years, recommended by the review of the Vientiane Action Plan to give programmes predictability and sustainability (§10). The review names the unpredictability of funds and short-term financing as a key issue for meeting the Convention’s obligations (§6). At the informal meeting of 8 June 2018, States able to assist said multi-year funding arrangements were not possible for some countries but could be replicated through consistent funding to particular projects (seed 003 §3).',
        achieved: null,
      },
    },
    states: [],
    partners: [],
    sourceKind: 'document',
    sourceReference: 'seed 002 §6, §10; seed 003 §3',
    sourceTitle: REVIEW_2014,
    // The 11MSP Progress Report counts donors providing multi-year funding under Action 3 (seed 004, table A).
    lapAction: 3,
    practiceOn: '2014-12-23',
  },
  {
    key: 'ref:practice:cooperation-partnerships',
    area: 'cooperation_assistance',
    language: 'en',
    texts: {
      en: {
        title: 'Cooperation partnerships between donor and affected States',
        done: 'Closer and more systematic contact between a donor State and an affected State, to build national capacity and ownership (§10); partnerships between affected and non-affected States, among affected States, and with expert organisations, to mobilise new technical, material and financial sources of assistance (§13).',
        achieved: null,
      },
    },
    states: [],
    partners: [],
    sourceKind: 'document',
    sourceReference: 'seed 002 §10, §13',
    sourceTitle: REVIEW_2014,
    // Action 3 counts support "including as part of partnerships" (seed 004, table A).
    lapAction: 3,
    practiceOn: '2014-12-23',
  },
  {
    key: 'ref:practice:south-south-triangular',
    area: 'cooperation_assistance',
    language: 'en',
    texts: {
      en: {
        title: 'South–south and triangular cooperation',
        done: 'The Coordinators on international cooperation and assistance gathered experts at intersessional meetings to highlight south–south and triangular cooperation (§5). The review recommends third-party support for south–south assistance (§10) and encourages affected States to share their expertise, good practices and technical support (§15).',
        achieved: null,
      },
    },
    states: [],
    partners: [],
    sourceKind: 'document',
    sourceReference: 'seed 002 §5, §10, §15',
    sourceTitle: REVIEW_2014,
    // Action 39: sharing best practices through diverse cooperation frameworks (seed 004, table H).
    lapAction: 39,
    practiceOn: '2014-12-23',
  },
  {
    key: 'ref:practice:low-cost-stockpile-destruction',
    area: 'stockpile_destruction',
    language: 'en',
    texts: {
      en: {
        title: 'Low-cost, low-tech stockpile destruction',
        done: 'Low-cost and low-tech methods of destruction, developed for States Parties without industrial stockpile destruction capabilities (§12); methodologies that may reduce the time and projected costs of stockpile destruction and clearance, shared by States and expert organisations at formal and informal meetings (§6).',
        achieved:
          'The review says these methods help such States meet their obligations in a timely manner, and that efficient approaches make their requests more attractive to donors (§12).',
      },
    },
    states: [],
    partners: [],
    sourceKind: 'document',
    sourceReference: 'seed 002 §6, §12',
    sourceTitle: REVIEW_2014,
    // The document names no action; the stockpile actions' wording is not in the sources here.
    lapAction: null,
    practiceOn: '2014-12-23',
  },
  {
    key: 'ref:practice:botswana-npa',
    area: 'stockpile_destruction',
    language: 'en',
    texts: {
      en: {
        title: 'Botswana and Norwegian People’s Aid: stockpile destruction partnership',
        done: 'Botswana asked Norwegian People’s Aid (NPA) for help in May 2017; NPA approved in September 2017 and the partnership began in October 2017. Responsibility was shared: Botswana provided logistical support and personnel, NPA technical expertise and the associated costs. Four phases: verification and feasibility study; research and development; training and capacity building, and destruction of the stockpile; reporting and closure.',
        achieved:
          'By June 2018 the first two phases were concluded: the feasibility study (October 2017) established the assistance needed and full political support; research and development (May 2018) analysed destruction methods consistent with environmental law and trialled the disassembly and disposal of two bombs. Botswana expected it could complete before the end of 2018, ahead of its June 2019 deadline. The meeting presented it as a form of Country Coalition.',
      },
    },
    states: ['BWA'],
    partners: ['Norwegian People’s Aid (NPA)'],
    sourceKind: 'meeting_statement',
    sourceReference: 'ICA-2018-06-08',
    sourceTitle: `${INFORMAL_2018}, section 4 (seed 003 §4)`,
    // Action 42: taking advantage of the Country Coalition concept (seed 004, table H).
    lapAction: 42,
    practiceOn: '2017-10',
  },
];
