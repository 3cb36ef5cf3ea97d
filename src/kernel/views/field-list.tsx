import type { FieldErrors } from '../errors.js';
import { CheckboxField, SelectField, type SelectProps, TextAreaField, TextField } from './fields.js';

type TextProps = Parameters<typeof TextField>[0];
type Bound = 'value' | 'errors';

/**
 * One field of a form described as data: a text box, a choice, a text area or a yes/no box (ticked
 * when the value typed for it is its `value`, `yes` unless given), with its label and hint already
 * translated. A form that is a run of plain fields lists them and hands the list to
 * `FieldList`, rather than writing each field out.
 */
export type FieldSpec =
  | ({ kind: 'text'; initial?: string } & Omit<TextProps, Bound>)
  | ({ kind: 'select'; initial?: string } & Omit<SelectProps, Bound>)
  | ({ kind: 'textarea'; initial?: string } & Omit<TextProps, Bound | 'type'>)
  | { kind: 'checkbox'; name: string; label: string; hint?: string; value?: string };

/**
 * The fields of `fields` in order, each with the value typed for it (or its `initial` value when
 * nothing was typed) and its errors. A `false` or `null` in the list is a field this form leaves out.
 */
export function FieldList(p: {
  fields: ReadonlyArray<FieldSpec | false | null>;
  values: Record<string, string | undefined>;
  errors?: FieldErrors;
}) {
  return (
    <>
      {p.fields.map((f) => {
        if (!f) return null;
        if (f.kind === 'checkbox') {
          const checked = p.values[f.name] === (f.value ?? 'yes');
          return (
            <CheckboxField name={f.name} label={f.label} hint={f.hint} value={f.value} checked={checked} />
          );
        }
        const { kind, initial, ...rest } = f;
        const bound = { value: p.values[f.name] || initial, errors: p.errors };
        if (kind === 'select') return <SelectField {...(rest as Omit<SelectProps, Bound>)} {...bound} />;
        if (kind === 'textarea') return <TextAreaField {...rest} {...bound} />;
        return <TextField {...rest} {...bound} />;
      })}
    </>
  );
}
