import type { FieldErrors } from '../../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { TextAreaField } from '../../../../kernel/views/fields.js';
import { PostForm } from '../../../../kernel/views/form-page.js';
import type { Section } from '../../model.js';
import { sectionTitle } from '../../views/report.js';
import type { WrittenText } from '../content.js';
import type { GeneratedParagraph } from '../generate.js';
import type { WrittenSlot } from '../slots.js';
import {
  EvidenceLinks,
  generatedText,
  SectionNav,
  StatusBadge,
  slotTitle,
  WrittenBody,
  WrittenView,
} from './parts.js';

export interface SlotForm {
  text: string;
  revision: string;
  errors?: FieldErrors;
  /** After a stale save: the text now saved (null when nothing is), shown above the kept text. */
  stale?: { current: WrittenText | null };
}

export interface SlotView {
  slot: WrittenSlot;
  current: WrittenText | null;
  /** Every revision, oldest first. */
  history: WrittenText[];
  canWrite: boolean;
  form: SlotForm;
}

export interface SectionPageProps {
  t: Translate;
  locale: Locale;
  meeting: string;
  section: Section;
  includesDemonstrationData: boolean;
  finalVersion: number | null;
  generated: GeneratedParagraph[];
  slots: SlotView[];
}

/** The summary's links lead to this slot's text box (each slot's form has its own ids). */
const summaryErrors = (key: string, errors: FieldErrors | undefined) =>
  errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'text' ? `${key}-text` : k, v]));

function SlotBlock(p: { t: Translate; locale: Locale; base: string; final: boolean; v: SlotView }) {
  const { t, locale, v } = p;
  const { slot, current, form } = v;
  const action = `${p.base}/written/${slot.key}`;
  const questions = slot.kind === 'questions';
  return (
    <section id={`slot-${slot.key}`} data-slot={slot.key} aria-labelledby={`slot-${slot.key}-title`}>
      <h3 id={`slot-${slot.key}-title`}>
        {slotTitle(t, slot.key)} {current ? <StatusBadge t={t} status={current.status} /> : null}
      </h3>
      <p class="hint">{t(`progressNarrative:authorRole.${slot.authorRole}`)}</p>
      {current ? (
        <div class="current">
          <WrittenBody text={current.text} questions={questions} />
          <p class="hint">
            {t('progressNarrative:section.writtenBy', {
              revision: current.revision,
              status: t(`progressNarrative:status.${current.status}`),
              by: current.by,
              at: formatDate(locale, new Date(current.at)),
            })}
          </p>
        </div>
      ) : (
        <p class="muted">{t('progressNarrative:section.notWritten')}</p>
      )}
      {v.history.length > 1 ? (
        <details>
          <summary>{t('progressNarrative:section.history', { count: v.history.length })}</summary>
          {[...v.history].reverse().map((w) => (
            <WrittenView t={t} locale={locale} w={w} />
          ))}
        </details>
      ) : null}
      {v.canWrite && !p.final ? (
        <>
          {form.stale ? (
            <div class="conflict" role="alert" data-stale="true">
              <p>{t('progressNarrative:errors.stale')}</p>
              {form.stale.current ? (
                <>
                  <p>{t('progressNarrative:section.nowSaved', { revision: form.stale.current.revision })}</p>
                  <blockquote>
                    <WrittenBody text={form.stale.current.text} questions={questions} />
                  </blockquote>
                </>
              ) : (
                <p>{t('progressNarrative:section.nothingSaved')}</p>
              )}
              <p>
                <a href={`${p.base}#slot-${slot.key}`}>{t('errors:staleReload')}</a>
              </p>
            </div>
          ) : null}
          <PostForm
            t={t}
            errors={summaryErrors(slot.key, form.errors)}
            action={`${action}`}
            submit={t('progressNarrative:section.save')}
          >
            <input type="hidden" name="revision" value={form.revision} />
            <TextAreaField
              id={`f-${slot.key}-text`}
              name="text"
              label={t('progressNarrative:section.text')}
              hint={questions ? t('progressNarrative:section.questionsHint') : undefined}
              value={form.text}
              errors={form.errors}
              required
            />
          </PostForm>
          {current && current.status === 'draft' ? (
            <form method="post" action={`${action}/agree#errors`}>
              <input type="hidden" name="revision" value={String(current.revision)} />
              <p class="hint">{t('progressNarrative:section.agreeHint', { revision: current.revision })}</p>
              <button type="submit" class="secondary">
                {t('progressNarrative:section.agree')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** `/progress/{meeting}/sections/{X}`: the section's generated paragraphs, its written texts and their forms. */
export function SectionPage(p: SectionPageProps) {
  const { t, locale, meeting, section } = p;
  const base = `/progress/${meeting}/sections/${section}`;
  const final = p.finalVersion !== null;
  return (
    <article>
      <p class="downloads">
        <a href={`/progress/${meeting}#section-${section}`}>{t('progressNarrative:section.back')}</a>
        <a href={`/progress/${meeting}/versions`}>{t('progressNarrative:section.versions')}</a>
      </p>
      <h1>{t('progressNarrative:section.title', { meeting, section })}</h1>
      <p>
        <strong>{sectionTitle(t, section)}</strong>
      </p>
      <DemoNotice t={t} show={p.includesDemonstrationData} />
      {final ? (
        <p class="notice" role="note" data-final="true">
          {t('progressNarrative:section.final')}
        </p>
      ) : null}
      <SectionNav t={t} meeting={meeting} current={section} />

      <h2>{t('progressNarrative:section.generatedTitle')}</h2>
      <p class="hint">{t('progressNarrative:section.generatedIntro')}</p>
      {p.generated.length === 0 ? <p>{t('progressNarrative:section.noGenerated')}</p> : null}
      {p.generated.map((g) => (
        <div class="paragraph" data-generated={g.key}>
          <p>{generatedText(t, locale, g)}</p>
          <EvidenceLinks t={t} meeting={meeting} ids={g.indicators} />
        </div>
      ))}

      <h2>{t('progressNarrative:section.writtenTitle')}</h2>
      {p.slots.some((s) => s.canWrite) || final ? null : (
        <p class="hint">{t('progressNarrative:section.readOnly')}</p>
      )}
      {p.slots.map((v) => (
        <SlotBlock t={t} locale={locale} base={base} final={final} v={v} />
      ))}
    </article>
  );
}
