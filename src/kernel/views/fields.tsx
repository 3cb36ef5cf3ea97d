import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../errors.js';
import { ERRORS_ID } from '../forms.js';

interface FieldProps {
  name: string;
  /** Needed when one page has several forms with the same field names. */
  id?: string;
  label: string;
  value?: string | null;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search' | 'url';
  autocomplete?: string;
  pattern?: string;
  maxLength?: number;
}

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** What every control shares: its id, its errors, and the attributes tying hint and error to it. */
function fieldState(p: { name: string; id?: string; hint?: string; errors?: FieldErrors }) {
  const id = p.id ?? fieldId(p.name);
  const errs = p.errors?.[p.name];
  const described = [p.hint ? `${id}-hint` : null, errs?.length ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    errs,
    aria: {
      'aria-invalid': errs?.length ? ('true' as const) : undefined,
      'aria-describedby': described.length ? described.join(' ') : undefined,
    },
  };
}

/** The wrapper of every field: label, hint, error, then the control. */
function FieldShell(p: { id: string; label: string; hint?: string; errs?: string[]; children: Child }) {
  return (
    <div class={p.errs?.length ? 'field invalid' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.errs?.length ? (
        <p class="error" id={`${p.id}-error`}>
          {p.errs.join(' ')}
        </p>
      ) : null}
      {p.children}
    </div>
  );
}

/** A labelled input that shows its own error and keeps what was typed. */
export function TextField(p: FieldProps) {
  const { id, errs, aria } = fieldState(p);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} errs={errs}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        required={p.required}
        autocomplete={p.autocomplete}
        pattern={p.pattern}
        maxlength={p.maxLength}
        {...aria}
      />
    </FieldShell>
  );
}

export interface SelectProps {
  name: string;
  id?: string;
  label: string;
  value?: string | null;
  options: Array<{ value: string; label: string }>;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  emptyLabel?: string;
}

export function SelectField(p: SelectProps) {
  const { id, errs, aria } = fieldState(p);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} errs={errs}>
      <select id={id} name={p.name} required={p.required} {...aria}>
        {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextAreaField(p: Omit<FieldProps, 'type'>) {
  const { id, errs, aria } = fieldState(p);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} errs={errs}>
      <textarea id={id} name={p.name} required={p.required} maxlength={p.maxLength} {...aria}>
        {p.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

/**
 * Binds a form's fields to what was typed and to the form's errors: `field('title')` is the name,
 * the value typed for it and the errors, what every field takes besides its label and options.
 */
export function bindFields<V extends object>(values: V, errors?: FieldErrors) {
  return <K extends keyof V & string>(name: K) => ({ name, value: values[name], errors });
}

/** A yes/no box with its label after it (and a hint below), sent as `value` when ticked. */
export function CheckboxField(p: {
  name: string;
  label: string;
  checked: boolean;
  value?: string;
  hint?: string;
}) {
  return (
    <div class="field">
      <label>
        <input type="checkbox" name={p.name} value={p.value ?? 'yes'} checked={p.checked} /> {p.label}
      </label>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
    </div>
  );
}

/** A summary of errors at the top of a form, as a list of links to the fields. */
export function ErrorSummary({ errors, title }: { errors?: FieldErrors; title: string }): Child {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div id={ERRORS_ID} class="error-summary" role="alert" tabindex={-1}>
      <h2>{title}</h2>
      <ul>
        {Object.entries(errors).map(([name, msgs]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{msgs.join(' ')}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
