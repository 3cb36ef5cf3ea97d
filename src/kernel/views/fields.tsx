import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../errors.js';

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

function Described({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p class="error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled input that shows its own error and keeps what was typed. */
export function TextField(p: FieldProps) {
  const id = p.id ?? fieldId(p.name);
  const errs = p.errors?.[p.name];
  return (
    <div class={errs?.length ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      <Described id={id} hint={p.hint} errors={errs} />
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        required={p.required}
        autocomplete={p.autocomplete}
        pattern={p.pattern}
        maxlength={p.maxLength}
        aria-invalid={errs?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, errs)}
      />
    </div>
  );
}

interface SelectProps {
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
  const id = p.id ?? fieldId(p.name);
  const errs = p.errors?.[p.name];
  return (
    <div class={errs?.length ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      <Described id={id} hint={p.hint} errors={errs} />
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-invalid={errs?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, errs)}
      >
        {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField(p: Omit<FieldProps, 'type'>) {
  const id = p.id ?? fieldId(p.name);
  const errs = p.errors?.[p.name];
  return (
    <div class={errs?.length ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      <Described id={id} hint={p.hint} errors={errs} />
      <textarea
        id={id}
        name={p.name}
        required={p.required}
        maxlength={p.maxLength}
        aria-invalid={errs?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, p.hint, errs)}
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}

/** A summary of errors at the top of a form, as a list of links to the fields. */
export function ErrorSummary({ errors, title }: { errors?: FieldErrors; title: string }): Child {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
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
