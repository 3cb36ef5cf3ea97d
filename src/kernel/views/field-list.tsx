import type { FieldErrors } from '../errors.js';
import { SelectField, type SelectProps, TextAreaField, TextField } from './fields.js';

type TextProps = Parameters<typeof TextField>[0];
type Bound = 'value' | 'errors';

/**
 * One field of a form described as data: a text box, a choice or a text area, with its label and
 * hint already translated. A form that is a run of plain fields lists them and hands the list to
 * `FieldList`, rather than writing each field out.
 */
export type FieldSpec =
  | ({ kind: 'text'; initial?: string } & Omit<TextProps, Bound>)
  | ({ kind: 'select'; initial?: string } & Omit<SelectProps, Bound>)
  | ({ kind: 'textarea'; initial?: string } & Omit<TextProps, Bound | 'type'>);

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
        const { kind, initial, ...rest } = f;
        const bound = { value: p.values[f.name] || initial, errors: p.errors };
        if (kind === 'select') return <SelectField {...(rest as Omit<SelectProps, Bound>)} {...bound} />;
        if (kind === 'textarea') return <TextAreaField {...rest} {...bound} />;
        return <TextField {...rest} {...bound} />;
      })}
    </>
  );
}
