import type { FormCode } from './form-codes.js';

/*
 * What the tables of a template mean, independently of how one template version names them. A
 * template declares, for each meaning it carries, the form and table that hold it and which of its
 * columns holds each part; `reportFacts` (facts.ts) reads content through that declaration only,
 * so every other module reads needs, assistance, stocks, areas, victims … by meaning, and a second
 * template version plugs in by declaring the same meanings over its own keys.
 */

/** How a part of a fact is read from its cell: text, a number, a whole number, a yes/no answer. */
type CellKind = 'text' | 'number' | 'integer' | 'yesno';

/**
 * The parts of a need the State states, in the order its form asks them: a template's need table
 * and the needs register (cooperation) carry the same ones.
 */
export const statedNeedParts = [
  'area',
  'type',
  'description',
  'activitiesTimeframe',
  'estimatedCost',
  'currency',
  'nationalContribution',
  'planReference',
] as const;

/** Assistance given or received, one way or the other: the same parts either way. */
const assistanceFlow = {
  counterpart: 'text',
  area: 'text',
  type: 'text',
  amount: 'number',
  currency: 'text',
  channel: 'text',
  year: 'integer',
  inResponseToRequest: 'yesno',
  /** The State's own US-dollar figure beside its currency (beyond the 2010 template). */
  amountUsd: 'number',
} as const;

/** The parts of each tabular fact and how each is read. Adding a part here adds it for every template. */
export const tableMeanings = {
  /** Needs for assistance the State states (2010: Form J). */
  needs: {
    area: 'text',
    type: 'text',
    description: 'text',
    activitiesTimeframe: 'text',
    estimatedCost: 'number',
    currency: 'text',
    nationalContribution: 'number',
    planReference: 'text',
    /** The consent to publish the need. */
    publish: 'yesno',
    /** The need of the register the row was pre-filled from. */
    registerId: 'integer',
  },
  /** Assistance the State provided (2010: Form I); `counterpart` is the recipient as written. */
  assistanceProvided: assistanceFlow,
  /** Assistance the State received (2010: Form I); `counterpart` is the provider as written. */
  assistanceReceived: assistanceFlow,
  /** The State's own resources for its obligations (2010: Form I). */
  nationalResources: {
    area: 'text',
    description: 'text',
    amount: 'number',
    currency: 'text',
    year: 'integer',
    /** The State's own US-dollar figure (beyond the 2010 template). */
    amountUsd: 'number',
  },
  /** Cluster munitions held (2010: Form B). */
  stockpiles: { type: 'text', munitions: 'integer', submunitions: 'integer' },
  /** Cluster munitions destroyed in the period (2010: Form B). */
  destroyed: { type: 'text', munitions: 'integer', submunitions: 'integer' },
  /** Cluster munitions retained for training and development under Art 3.6 (2010: Form D). */
  retained: { type: 'text', munitions: 'integer', submunitions: 'integer' },
  /** Retained cluster munitions used or destroyed in the period (2010: Form D, "used"; not told apart). */
  retainedUsed: { type: 'text', munitions: 'integer', submunitions: 'integer' },
  /** Cluster munitions transferred under Art 3.7 (2010: Form D). */
  transferred: { type: 'text', munitions: 'integer', submunitions: 'integer' },
  /** National implementation measures (2010: Form A); `dateAdopted` as an ISO day when given. */
  nationalMeasures: { type: 'text', title: 'text', dateAdopted: 'text' },
  /** Areas known or suspected to be contaminated (2010: Form F), area in m². */
  contaminatedAreas: {
    location: 'text',
    area: 'number',
    estimatedQuantity: 'integer',
    /** `confirmed` or `suspected`, as the State tells them apart (beyond the 2010 template). */
    status: 'text',
  },
  /** Areas cleared in the period (2010: Form F), area in m². */
  clearedAreas: {
    location: 'text',
    area: 'number',
    submunitionsDestroyed: 'integer',
    otherItemsDestroyed: 'integer',
  },
  /** Risk education given (2010: Form G), people reached. */
  riskEducation: {
    activity: 'text',
    area: 'text',
    women: 'integer',
    men: 'integer',
    girls: 'integer',
    boys: 'integer',
    personsWithDisabilities: 'integer',
    /** People reached, given without a split by sex and age (beyond the 2010 template). */
    totalReached: 'integer',
  },
  /** Cluster munition victims (2010: Form H); `category` is `new` or `total`. */
  victims: {
    category: 'text',
    women: 'integer',
    men: 'integer',
    girls: 'integer',
    boys: 'integer',
    sexAgeUnknown: 'integer',
    personsWithDisabilities: 'integer',
    killed: 'integer',
    injured: 'integer',
    /** Of these, casualties of submunitions, and of other remnants (beyond the 2010 template). */
    submunitionCasualties: 'integer',
    otherRemnantCasualties: 'integer',
  },
} as const satisfies Record<string, Record<string, CellKind>>;

/** The single values a template may carry, all numbers. */
export const fieldMeanings = {
  /** Contaminated area still to clear, m² (2010: Form F). */
  remainingContaminatedArea: 'number',
  /** Contaminated area found or re-surveyed in the period, m² (beyond the 2010 template). */
  areaAddedInPeriod: 'number',
} as const satisfies Record<string, CellKind>;

/**
 * The answers Lausanne Action Plan indicators count, by what they state. A template maps each to
 * one of its questions (yes/no, or a text counted when given); two meanings may share a question
 * in a template that asks one question for both (2010: `nationalStrategy` and
 * `evidenceBasedStrategy` are Form F's one strategy question), and a later template splits them.
 */
export const answerMeanings = [
  'nationalStrategy',
  'evidenceBasedStrategy',
  'annualWorkPlan',
  'nationalStandardsUpdated',
  'informationManagementSystem',
  'residualContaminationCapacity',
  'genderDiversityInPlans',
  'genderDiversityInClearance',
  'baselineSurveyCompleted',
  'hazardousAreasMarked',
  'destructionPlan',
  'complianceDeclared',
  'newStocksDiscovered',
  'riskEducationIntegrated',
  'riskEducationImpactMeasured',
  'victimAssistanceFocalPoint',
  'victimAssistanceActionPlan',
  'victimDataDisaggregated',
  'victimsInPolicyMaking',
  'socioEconomicInclusion',
  'multiYearFunding',
  'disseminatedToArmedForces',
  'allMeasuresAdopted',
  'legislationChallenges',
  'legislationAssistanceRequested',
  // Asked only by the platform's Lausanne Action Plan questions (template-2010-lap.ts) until the
  // amended official template asks them.
  /** 1a: Convention implementation included in humanitarian, peace, development or poverty plans. */
  'implementationInNationalPlans',
  /** 5a: strategies and work plans developed inclusively, with victims and affected communities. */
  'strategyDevelopedInclusively',
  /** 8: work coordinated with mine action, IHL, human rights, environment, peace and development frameworks. */
  'coordinatedWithOtherFrameworks',
  /** 21a: innovative survey and clearance methodologies researched, applied or shared. */
  'innovativeMethodologies',
  /** 23a: humanitarian and sustainable development considerations in survey and clearance planning. */
  'humanitarianConsiderationsInClearance',
  /** 32: victims' needs addressed in national policies and laws aligned with the SDGs and the CRPD. */
  'victimNeedsInPolicies',
  /** 37a: training of victim assistance professionals supported. */
  'victimAssistanceTrainingSupported',
  /** 37b: victims cared for by qualified personnel. */
  'victimsCaredForByQualifiedPersonnel',
  /** Summary figure of section G: national and international resources mobilised for victim assistance. */
  'victimAssistanceResourcesMobilised',
  /** 38b: alternative or innovative sources of financing used. */
  'innovativeFinancing',
  /** 39a: practice and lessons shared through diverse cooperation frameworks. */
  'practiceSharedInCooperation',
  /** Summary figures of section D: on track to meet the Article 3 deadline; an extension will be requested. */
  'art3OnTrack',
  'art3ExtensionIntended',
  /** Summary figures of section E: on track to meet the Article 4 deadline; an extension will be requested. */
  'art4OnTrack',
  'art4ExtensionIntended',
] as const;

export type AnswerMeaningName = (typeof answerMeanings)[number];

export type TableMeaningName = keyof typeof tableMeanings;
export type FieldMeaningName = keyof typeof fieldMeanings;

/** Where one tabular fact is kept: its form, its table and, per part, the column holding it. */
export interface TableLocation<Part extends string = string> {
  form: FormCode;
  table: string;
  /** A part without a column is not asked by this template: it reads as null. */
  columns: Partial<Record<Part, string>>;
}

/** A template's declaration of what its tables and fields mean. A meaning it does not carry is left out. */
export interface TemplateMeanings {
  tables: { [M in TableMeaningName]?: TableLocation<keyof (typeof tableMeanings)[M] & string> };
  fields: { [M in FieldMeaningName]?: { form: FormCode; field: string } };
  /** Which question holds each answer the template asks; an answer it does not ask is left out. */
  answers?: { [A in AnswerMeaningName]?: { form: FormCode; question: string } };
}
