import type { FieldErrors } from '../../../kernel/errors.js';
import { redirectWithSuccess, submitForm } from '../../../kernel/form-post.js';
import { readBody, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { renderPage } from '../../../kernel/page.js';
import { errorPage } from '../../../kernel/views/error-page.js';
import { render } from '../../../kernel/views/render.js';
import { type StaleChange, staleChanges } from '../../../kernel/views/stale-record.js';
import { listRegions, listStateNames } from '../../states/index.js';
import { needsForOffer } from '../matching/load.js';
import { canWritePartnerItem, mayActAsPartner, partnerKeyOf } from '../shared/policy.js';
import { createOffer } from './create-offer.js';
import { offerFormFields } from './inputs.js';
import { getOffer, listOffers, type OfferView } from './queries.js';
import { reconfirmOffer } from './reconfirm-offer.js';
import { updateOffer } from './update-offer.js';
import { OfferPage } from './views/detail.js';
import {
  blankOfferForm,
  formValuesOf,
  OfferFormPage,
  type OfferFormValues,
  offerFormText,
} from './views/form.js';
import { OffersListPage } from './views/list.js';
import { withdrawOffer } from './withdraw-offer.js';

const ID = ROW_ID_PATTERN;

/** Offers carry contacts: every offer page is for signed-in people; the public is sent to sign in. */
const signedIn = (c: AppContext) => requireThat(c, c.get('actor').kind !== 'anonymous');

/** A posted offer form: lists for the checkbox groups, strings for the rest, only known fields. */
async function readOfferForm(c: AppContext): Promise<OfferFormValues> {
  const body = await readBody(c, { all: true });
  const list = (v: unknown): string[] =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const str = (k: (typeof offerFormFields)[number]) => list(body[k]).at(-1) ?? '';
  return {
    partnerIso3: str('partnerIso3'),
    organisation: str('organisation'),
    title: str('title'),
    areas: list(body.areas),
    types: list(body.types),
    priorityRegions: list(body.priorityRegions),
    priorityStates: str('priorityStates'),
    multiYear: str('multiYear') !== '',
    annualAmount: str('annualAmount'),
    currency: str('currency'),
    contact: str('contact'),
  };
}

export function offersRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);
  const idOf = (c: AppContext) => rowIdParam(c);

  app.get('/cooperation/offers', async (c) => {
    signedIn(c);
    return renderPage(c, 'offers:list.title', OffersListPage, {
      offers: await listOffers(db, today(), { locale: c.get('locale') }),
      canCreate: mayActAsPartner(c.get('actor')),
    });
  });

  const formPage = async (
    c: AppContext,
    offer: OfferView | null,
    values: OfferFormValues,
    errors?: FieldErrors,
    edit: { version?: number; stale?: StaleChange[] } = {},
  ) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const own = partnerKeyOf(actor);
    const [regions, stateNames] = await Promise.all([listRegions(db), listStateNames(db, c.get('locale'))]);
    const ownName = own
      ? actor.stateIso3
        ? (stateNames.find((s) => s.iso3 === actor.stateIso3)?.name ?? actor.stateIso3)
        : (actor.organisation ?? own)
      : null;
    return render(
      c,
      offer ? t('offers:form.editTitle', { title: offer.title }) : t('offers:form.newTitle'),
      <OfferFormPage
        t={t}
        actor={actor}
        ownPartner={ownName}
        offer={offer}
        values={values}
        errors={translateErrors(t, errors)}
        version={edit.version}
        stale={edit.stale}
        regions={regions}
        stateNames={stateNames}
      />,
      edit.stale ? 409 : errors ? 422 : 200,
    );
  };

  /** What the verbs take from a form: the owner fields only on creation, and only from the ISU's form. */
  const verbInput = (v: OfferFormValues) => ({
    title: v.title,
    areas: v.areas,
    types: v.types,
    priorityRegions: v.priorityRegions,
    priorityStates: v.priorityStates,
    multiYear: v.multiYear,
    annualAmount: v.annualAmount,
    currency: v.currency,
    contact: v.contact,
  });

  app.get('/cooperation/offers/new', async (c) => {
    requireThat(c, mayActAsPartner(c.get('actor')));
    return formPage(c, null, blankOfferForm);
  });

  app.post('/cooperation/offers/new', async (c) => {
    requireThat(c, mayActAsPartner(c.get('actor')));
    const values = await readOfferForm(c);
    const ownerFields = partnerKeyOf(c.get('actor'))
      ? {}
      : { partnerIso3: values.partnerIso3, organisation: values.organisation };
    return submitForm(c, {
      save: () => createOffer(ctxOf(c), { ...ownerFields, ...verbInput(values) }),
      again: (errors) => formPage(c, null, values, errors),
      flash: 'offers:flash.created',
      location: (saved) => `/cooperation/offers/${saved.id}`,
    });
  });

  app.get(`/cooperation/offers/:id${ID}`, async (c) => {
    signedIn(c);
    const actor = c.get('actor');
    const offer = await getOffer(db, idOf(c), today());
    const ranked = await needsForOffer(db, actor, offer, today());
    return renderPage(c, () => offer.title, OfferPage, {
      offer,
      canWrite: canWritePartnerItem(actor, offer.ownerKey),
      ranked,
    });
  });

  /** The offer, if this actor may change it: others are refused before they learn anything more. */
  const writable = async (c: AppContext) => {
    signedIn(c);
    const offer = await getOffer(db, idOf(c), today());
    requireThat(c, canWritePartnerItem(c.get('actor'), offer.ownerKey));
    return offer;
  };
  const withdrawnPage = (c: AppContext) => errorPage(c, 409, c.get('t')('offers:errors.withdrawn'));

  app.get(`/cooperation/offers/:id${ID}/edit`, async (c) => {
    const offer = await writable(c);
    if (offer.storedStatus === 'withdrawn') return withdrawnPage(c);
    return formPage(c, offer, formValuesOf(offer, c.get('locale')));
  });

  app.post(`/cooperation/offers/:id${ID}/edit`, async (c) => {
    const offer = await writable(c);
    if (offer.storedStatus === 'withdrawn') return withdrawnPage(c);
    const values = await readOfferForm(c);
    const sent = (await c.req.parseBody({ all: true })).version;
    const posted = typeof sent === 'string' ? sent : Array.isArray(sent) ? String(sent.at(-1) ?? '') : '';
    const version = Number.parseInt(posted, 10);
    const kept = { version: Number.isNaN(version) ? undefined : version };
    return submitForm(c, {
      save: () => updateOffer(ctxOf(c), { id: offer.id, version: posted, ...verbInput(values) }),
      again: (errors) => formPage(c, offer, values, errors, kept),
      stale: async () => {
        // The typed values stay, with the version they were typed against: never the newer one silently.
        const t = c.get('t');
        const stored = offerFormText(t, formValuesOf(await getOffer(db, offer.id, today()), c.get('locale')));
        const typed = offerFormText(t, values);
        const stale = staleChanges(stored, typed, offerFormFields, (f) => t(`offers:field.${f}`));
        return formPage(c, offer, values, undefined, { ...kept, stale });
      },
      flash: 'offers:flash.updated',
      location: () => `/cooperation/offers/${offer.id}`,
    });
  });

  app.post(`/cooperation/offers/:id${ID}/reconfirm`, async (c) => {
    const offer = await writable(c);
    await reconfirmOffer(ctxOf(c), { id: offer.id });
    return redirectWithSuccess(c, 'offers:flash.reconfirmed', `/cooperation/offers/${offer.id}`);
  });

  app.post(`/cooperation/offers/:id${ID}/withdraw`, async (c) => {
    const offer = await writable(c);
    await withdrawOffer(ctxOf(c), { id: offer.id });
    return redirectWithSuccess(c, 'offers:flash.withdrawn', `/cooperation/offers/${offer.id}`);
  });

  return app;
}
