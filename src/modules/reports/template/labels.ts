import { currencyName, isIsoCurrency } from '../../../kernel/currencies.js';
import { localeOf, type Translate } from '../../../kernel/i18n/index.js';
import { isBeyondTemplate, isPlatformQuestion, labelKeys, type TemplateDef } from './types.js';

/**
 * The words of a template in one language, for every rendering (pages, Word, Excel): labels are
 * looked up in the template's namespaces in order (a derived version reads what it keeps from the
 * version it extends), and a question the platform added, or a detail beyond the template, says so
 * in its label wherever it is shown.
 */
export interface TemplateText {
  /** A label at a catalogue path (`forms.F.fields.x.label`, `yesno.yes` …). */
  label(...path: string[]): string;
  /** Help and intros: optional in the catalogue, a missing one is no text, never the raw key. */
  optional(...path: string[]): string;
  /** The document the version follows, as a reader should name it. */
  reference(): string;
}

export function templateText(t: Translate, template: TemplateDef): TemplateText {
  const keys = (...path: string[]) => labelKeys(template, ...path);
  // A currency option the catalogue does not name is named in the reader's language by Intl.
  const currency = (path: string[]) => {
    const code = path.at(-1)!;
    if (path.at(-2) !== 'options' || !isIsoCurrency(code)) return undefined;
    return t(keys(...path), { defaultValue: '' }) || currencyName(localeOf(t), code);
  };
  return {
    label: (...path) => {
      const named = currency(path);
      if (named) return named;
      const text = t(keys(...path));
      const [forms, code, fields, key, last] = path;
      if (
        path.length === 5 &&
        forms === 'forms' &&
        fields === 'fields' &&
        last === 'label' &&
        isPlatformQuestion(template, code!, key!)
      )
        return t(keys('platformQuestion'), { label: text });
      // A field (5 parts) or a column (7 parts: forms, code, fields, table, columns, key, label).
      if (
        forms === 'forms' &&
        fields === 'fields' &&
        path[path.length - 1] === 'label' &&
        ((path.length === 5 && isBeyondTemplate(template, code!, key!)) ||
          (path.length === 7 && path[4] === 'columns' && isBeyondTemplate(template, code!, key!, path[5])))
      )
        return t(keys('beyondTemplate'), { label: text });
      return text;
    },
    optional: (...path) => currency(path) ?? t(keys(...path), { defaultValue: '' }),
    reference: () => t(keys('reference'), { defaultValue: template.reference }),
  };
}
