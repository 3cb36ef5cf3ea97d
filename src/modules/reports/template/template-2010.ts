import { isoCurrencies } from '../../../kernel/currencies.js';
import { type AnswerMeaningName, statedNeedParts, type TemplateMeanings } from './meanings.js';
import { needRowIssues } from './need-row.js';
import type { FormCode, ScalarField, TableField, TemplateDef } from './types.js';

/**
 * The Article 7 reporting formats adopted in 2010 (CCM/MSP/2010/PM/10): cover page and forms A–J,
 * as data. Keys are stored in every report that uses this template: never rename one; add a new
 * field or a new template version instead. Labels and help live in src/locales/<lang>/template2010.json.
 */

type Opts<K extends ScalarField['kind']> = Omit<Extract<ScalarField, { kind: K }>, 'kind' | 'key'>;

const text = (key: string, o: Opts<'text'> = {}): ScalarField => ({ kind: 'text', key, ...o });
const longText = (key: string, o: Opts<'text'> = {}): ScalarField => text(key, { multiline: true, ...o });
const date = (key: string, o: Opts<'date'> = {}): ScalarField => ({ kind: 'date', key, ...o });
const choice = (key: string, options: readonly string[]): ScalarField => ({ kind: 'choice', key, options });
const yesno = (key: string, o: Opts<'yesno'> = {}): ScalarField => ({ kind: 'yesno', key, ...o });
/** Counted things (munitions, people, items): whole and never negative. */
const count = (key: string): ScalarField => ({ kind: 'number', key, integer: true, min: 0 });
const amount = (key: string): ScalarField => ({ kind: 'number', key, min: 0 });
const squareMetres = (key: string): ScalarField => ({
  kind: 'number',
  key,
  min: 0,
  unit: 'm²',
  unitKind: 'area',
});
/**
 * Beyond the template (types.ts `BeyondTemplate`): detail States report that the 2010 formats do
 * not ask, kept in a column of its own rather than lost in a remark.
 */
const beyond = (field: ScalarField): ScalarField => ({ ...field, beyondTemplate: true });

// 1990: nothing reported under the Convention (adopted 2008) predates this; it catches typos like 203.
const year = (key: string): ScalarField => ({ kind: 'number', key, integer: true, min: 1990 });
const table = (key: string, columns: readonly ScalarField[], blankRows = 3): TableField => ({
  kind: 'table',
  key,
  columns,
  blankRows,
});

// Names of munition types and short identifiers: one line each.
const short = (key: string) => text(key, { maxLength: 300 });

/**
 * The currencies States report in most, first; then every other ISO 4217 currency; 'other' marks an
 * amount whose currency is none of them, which totals then leave out.
 */
const reportedMost = ['USD', 'EUR', 'CHF', 'GBP', 'JPY', 'NOK', 'SEK', 'DKK', 'CAD', 'AUD', 'NZD', 'LBP'];
export const currencies: readonly [string, ...string[]] = [
  'USD',
  ...reportedMost.slice(1),
  ...isoCurrencies.filter((c) => !reportedMost.includes(c)),
  'other',
];

/**
 * One vocabulary for needs (J) and assistance given or received (I), so a need can be matched with
 * assistance and the LAP counts "assistance for Article 3 / 4 / 5" read one column. Risk education
 * is Art 4.2(e) but the LAP counts it apart (Actions 27–30); Art 7 (reporting) and Art 9
 * (legislation) are areas where States ask for help too (LAP 46, 48).
 */
export const cooperationAreas = ['art3', 'art4', 'risk_education', 'art5', 'art7', 'art9', 'other'] as const;
export const assistanceTypes = ['financial', 'technical', 'material'] as const;

/** The columns of assistance given or received; `counterpart` names the recipient or the provider. */
const assistanceFlow = (counterpart: string): ScalarField[] => [
  text(counterpart, { maxLength: 200 }),
  choice('area', cooperationAreas),
  choice('type', assistanceTypes),
  amount('amount'),
  choice('currency', currencies),
  text('channel', { maxLength: 500 }),
  year('year'),
  // Informal meeting on cooperation and assistance, 8 June 2018: donors and recipients cannot tell whether assistance answered a stated need.
  yesno('inResponseToRequest'),
  // Many States give the US-dollar value beside their own currency (Lebanon 2016: EUR, JPY, NOK).
  beyond(amount('amountUsd')),
];

const munitionQuantities = [count('munitions'), count('submunitions')];

/** Columns named as the meaning's parts. */
const named = <P extends string>(parts: readonly P[]) =>
  Object.fromEntries(parts.map((p) => [p, p as string])) as Record<P, string>;
const people = ['women', 'men', 'girls', 'boys', 'personsWithDisabilities'] as const;
const flow = [
  'area',
  'type',
  'amount',
  'currency',
  'channel',
  'year',
  'inResponseToRequest',
  'amountUsd',
] as const;
const munitions = ['type', 'munitions', 'submunitions'] as const;

/** Answers named as the question that holds them. */
function asked<A extends AnswerMeaningName>(form: FormCode, names: readonly A[]) {
  const out = {} as Record<A, { form: FormCode; question: string }>;
  for (const question of names) out[question] = { form, question };
  return out;
}

/** What this version's tables mean (meanings.ts); other modules read its content through these only. */
const meanings2010: TemplateMeanings = {
  tables: {
    needs: {
      form: 'J',
      table: 'needs',
      columns: {
        ...named([...statedNeedParts, 'publish']),
        registerId: 'needId',
      },
    },
    assistanceProvided: {
      form: 'I',
      table: 'assistanceProvided',
      columns: { counterpart: 'recipient', ...named(flow) },
    },
    assistanceReceived: {
      form: 'I',
      table: 'assistanceReceived',
      columns: { counterpart: 'provider', ...named(flow) },
    },
    nationalResources: {
      form: 'I',
      table: 'nationalResources',
      columns: named(['area', 'description', 'amount', 'currency', 'year', 'amountUsd']),
    },
    stockpiles: { form: 'B', table: 'stockpiles', columns: named(munitions) },
    destroyed: { form: 'B', table: 'destroyed', columns: named(munitions) },
    retained: { form: 'D', table: 'retained', columns: named(munitions) },
    retainedUsed: { form: 'D', table: 'usedInPeriod', columns: named(munitions) },
    transferred: { form: 'D', table: 'transferred', columns: named(munitions) },
    nationalMeasures: { form: 'A', table: 'measures', columns: named(['type', 'title', 'dateAdopted']) },
    contaminatedAreas: {
      form: 'F',
      table: 'contaminatedAreas',
      columns: named(['location', 'area', 'estimatedQuantity', 'status']),
    },
    clearedAreas: {
      form: 'F',
      table: 'clearedInPeriod',
      columns: named(['location', 'area', 'submunitionsDestroyed', 'otherItemsDestroyed']),
    },
    riskEducation: {
      form: 'G',
      table: 'activities',
      columns: named(['activity', 'area', ...people, 'totalReached']),
    },
    victims: {
      form: 'H',
      table: 'victims',
      columns: named([
        'category',
        ...people,
        'sexAgeUnknown',
        'killed',
        'injured',
        'submunitionCasualties',
        'otherRemnantCasualties',
      ]),
    },
  },
  fields: {
    remainingContaminatedArea: { form: 'F', field: 'totalRemainingArea' },
    areaAddedInPeriod: { form: 'F', field: 'areaAddedInPeriod' },
  },
  answers: {
    ...asked('A', [
      'disseminatedToArmedForces',
      'allMeasuresAdopted',
      'legislationChallenges',
      'legislationAssistanceRequested',
    ]),
    ...asked('B', ['newStocksDiscovered', 'destructionPlan', 'complianceDeclared']),
    ...asked('F', [
      'baselineSurveyCompleted',
      'hazardousAreasMarked',
      'nationalStrategy',
      'annualWorkPlan',
      'nationalStandardsUpdated',
      'informationManagementSystem',
      'residualContaminationCapacity',
    ]),
    // One question of Form F serves two meanings each: the template asks no separate one.
    evidenceBasedStrategy: { form: 'F', question: 'nationalStrategy' },
    genderDiversityInPlans: { form: 'F', question: 'genderDiversityIntegrated' },
    genderDiversityInClearance: { form: 'F', question: 'genderDiversityIntegrated' },
    riskEducationIntegrated: { form: 'G', question: 'riskEducationIntegrated' },
    riskEducationImpactMeasured: { form: 'G', question: 'impactMeasured' },
    victimAssistanceFocalPoint: { form: 'H', question: 'focalPointDesignated' },
    victimAssistanceActionPlan: { form: 'H', question: 'nationalActionPlan' },
    victimDataDisaggregated: { form: 'H', question: 'dataDisaggregated' },
    ...asked('H', ['victimsInPolicyMaking', 'socioEconomicInclusion']),
    ...asked('I', ['multiYearFunding']),
  },
};

export const template2010: TemplateDef = {
  id: '2010',
  reference: 'CCM/MSP/2010/PM/10',
  meanings: meanings2010,
  forms: [
    {
      code: 'cover',
      articleItems: ['l'],
      hasStatus: false,
      fields: [
        // The treaty fixes the period reported on (Art 7.2): a report without one cannot be read.
        date('reportingPeriodFrom', { required: true }),
        date('reportingPeriodTo', { required: true }),
        date('submissionDate'),
        table(
          'contacts',
          [
            text('name', { maxLength: 200 }),
            text('organisation', { maxLength: 300 }),
            text('position', { maxLength: 200 }),
            text('phone', { maxLength: 60 }),
            text('email', { maxLength: 254 }),
          ],
          2,
        ),
        longText('remarks'),
      ],
    },
    {
      code: 'A',
      articleItems: ['a'],
      hasStatus: true,
      fields: [
        table('measures', [
          choice('type', ['legislative', 'administrative', 'other']),
          text('title', { maxLength: 500 }),
          date('dateAdopted'),
          longText('description'),
        ]),
        longText('penalSanctions'),
        yesno('disseminatedToArmedForces', { partly: true, indicator: 'LAP47' }),
        yesno('allMeasuresAdopted', { partly: true, indicator: 'LAP47' }),
        longText('legislationChallenges', { indicator: 'LAP48' }),
        yesno('legislationAssistanceRequested', { indicator: 'LAP48' }),
      ],
    },
    {
      code: 'B',
      articleItems: ['b', 'e', 'f', 'g'],
      hasStatus: true,
      fields: [
        table('stockpiles', [
          short('type'),
          ...munitionQuantities,
          longText('lotNumbers', { maxLength: 2000 }),
        ]),
        table('destroyed', [
          short('type'),
          ...munitionQuantities,
          text('method', { maxLength: 1000 }),
          text('site', { maxLength: 500 }),
        ]),
        longText('destructionProgramme'),
        longText('standards'),
        yesno('newStocksDiscovered', { indicator: 'LAP14' }),
        longText('newStocksDetails'),
        yesno('destructionPlan', { indicator: 'LAP12' }),
        yesno('complianceDeclared', { indicator: 'LAP13' }),
      ],
    },
    {
      code: 'C',
      articleItems: ['c'],
      hasStatus: true,
      fields: [
        table('types', [
          short('type'),
          text('dimensions', { maxLength: 500 }),
          text('fusing', { maxLength: 500 }),
          text('explosiveContent', { maxLength: 500 }),
          text('metalContent', { maxLength: 500 }),
          longText('otherInformation'),
        ]),
      ],
    },
    {
      code: 'D',
      // Retention and transfer are reported under Art 3.8, not an item of Art 7.1.
      hasStatus: true,
      fields: [
        table('retained', [
          short('type'),
          ...munitionQuantities,
          longText('lotNumbers', { maxLength: 2000 }),
          longText('purpose'),
        ]),
        table('usedInPeriod', [short('type'), ...munitionQuantities, longText('actualUse')]),
        // Quantities split as in the other tables, so LAP 17 adds munitions and submunitions apart.
        table('transferred', [
          short('type'),
          ...munitionQuantities,
          text('receivingState', { maxLength: 200 }),
          longText('purpose'),
        ]),
      ],
    },
    {
      code: 'E',
      articleItems: ['d'],
      hasStatus: true,
      fields: [
        table('facilities', [
          text('facility', { maxLength: 500 }),
          choice('status', ['not_started', 'in_progress', 'completed']),
          longText('progress'),
        ]),
      ],
    },
    {
      code: 'F',
      articleItems: ['h', 'i'],
      hasStatus: true,
      fields: [
        table('contaminatedAreas', [
          text('location', { maxLength: 500 }),
          squareMetres('area'),
          text('remnantTypes', { maxLength: 1000 }),
          count('estimatedQuantity'),
          // Often only a year or a span of years is known: free text, not a date.
          text('dateOfUse', { maxLength: 100 }),
          // Estimates from bombing data and surveyed areas differ by orders of magnitude (Lao PDR:
          // 8,470 km² estimated, 1,371 km² confirmed): a total mixing them means nothing.
          beyond(choice('status', ['confirmed', 'suspected'])),
        ]),
        table('clearedInPeriod', [
          text('location', { maxLength: 500 }),
          squareMetres('area'),
          count('submunitionsDestroyed'),
          count('otherItemsDestroyed'),
        ]),
        squareMetres('totalRemainingArea'),
        // Areas found or re-surveyed in the period: what makes this year's remaining differ from
        // last year's minus what was cleared.
        beyond(squareMetres('areaAddedInPeriod')),
        yesno('baselineSurveyCompleted', { partly: true, indicator: 'LAP18' }),
        yesno('hazardousAreasMarked', { partly: true, indicator: 'LAP18' }),
        yesno('nationalStrategy', { indicator: 'LAP2', alsoIndicators: ['LAP19'] }),
        yesno('annualWorkPlan', { indicator: 'LAP2' }),
        yesno('nationalStandardsUpdated', { indicator: 'LAP6' }),
        yesno('informationManagementSystem', { indicator: 'LAP7' }),
        yesno('residualContaminationCapacity', { indicator: 'LAP22' }),
        yesno('genderDiversityIntegrated', { partly: true, indicator: 'LAP4', alsoIndicators: ['LAP23'] }),
      ],
    },
    {
      code: 'G',
      articleItems: ['j'],
      hasStatus: true,
      fields: [
        table('activities', [
          longText('activity', { maxLength: 1000 }),
          text('area', { maxLength: 500 }),
          count('women'),
          count('men'),
          count('girls'),
          count('boys'),
          count('personsWithDisabilities'),
          // People reached when the State gives no split by sex and age ("1,300 teachers").
          beyond(count('totalReached')),
        ]),
        yesno('riskEducationIntegrated', { partly: true, indicator: 'LAP27' }),
        yesno('impactMeasured', { indicator: 'LAP29' }),
      ],
    },
    {
      code: 'H',
      articleItems: ['k'],
      hasStatus: true,
      fields: [
        table(
          'victims',
          [
            choice('category', ['new', 'total']),
            count('women'),
            count('men'),
            count('girls'),
            count('boys'),
            // Sources often cannot tell sex or age: without this column the rows would not add up.
            count('sexAgeUnknown'),
            count('personsWithDisabilities'),
            count('killed'),
            count('injured'),
            // Casualties by device: submunitions apart from other remnants (Lao PDR 2015: 18 of 42).
            beyond(count('submunitionCasualties')),
            beyond(count('otherRemnantCasualties')),
          ],
          2,
        ),
        longText('services'),
        yesno('focalPointDesignated', { indicator: 'LAP33' }),
        yesno('nationalActionPlan', { indicator: 'LAP33' }),
        yesno('dataDisaggregated', { partly: true, indicator: 'LAP31' }),
        yesno('victimsInPolicyMaking', { indicator: 'LAP36' }),
        yesno('socioEconomicInclusion', { indicator: 'LAP35' }),
      ],
    },
    {
      code: 'I',
      articleItems: ['m', 'n'],
      hasStatus: true,
      fields: [
        table('nationalResources', [
          choice('area', ['art3', 'art4', 'art5', 'other']),
          text('description', { maxLength: 1000 }),
          amount('amount'),
          choice('currency', currencies),
          year('year'),
          beyond(amount('amountUsd')),
        ]),
        table('assistanceProvided', assistanceFlow('recipient')),
        table('assistanceReceived', assistanceFlow('provider')),
        yesno('multiYearFunding', { indicator: 'LAP3' }),
      ],
    },
    {
      code: 'J',
      hasStatus: true,
      fields: [
        // A need is only useful to a donor with its plan, timeframe and cost (11MSP Progress Report §59).
        {
          ...table('needs', [
            choice('area', cooperationAreas),
            choice('type', assistanceTypes),
            longText('description'),
            longText('activitiesTimeframe'),
            amount('estimatedCost'),
            choice('currency', currencies),
            amount('nationalContribution'),
            text('planReference', { maxLength: 500 }),
            // The same consent to publish as the needs form asks; unanswered leaves it as it is.
            yesno('publish'),
            // The need of the register this row was pre-filled from, so submitting recognises it exactly.
            { kind: 'number', key: 'needId', integer: true, min: 1 },
          ]),
          companions: ['publish'],
          hidden: ['needId'],
          rowRule: needRowIssues,
        },
        longText('otherMatters'),
      ],
    },
  ],
};
