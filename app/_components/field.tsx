import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

const controlLook =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-xs placeholder:text-slate-400 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 disabled:bg-slate-100 disabled:text-slate-500';

/** A form control that fills its field. */
export const controlClass = `block w-full ${controlLook}`;

/** A control in a line of other things (a table cell, a toolbar): as wide as its content. */
export const inlineControlClass = `inline-block w-auto ${controlLook}`;

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
}

/** A label, the control, then a hint or the error; the control points at both with aria-describedby. */
export function Field({ id, label, error, hint, required, children }: FieldProps) {
  return (
    <div className="space-y-1">
      {/* The asterisk stays outside the label so the control's accessible name is just the label;
          the control itself carries `required`. */}
      <div className="flex gap-1 text-sm font-medium text-slate-800">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="text-red-700" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria attributes that tie a control to its Field's hint or error. */
export function describedBy(id: string, error?: string, hint?: ReactNode) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

type Common = Omit<FieldProps, 'children'>;

export function TextField({ id, label, error, hint, required, className = '', ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required}>
      <input id={id} name={id} required={required} className={`${controlClass} ${className}`} {...describedBy(id, error, hint)} {...input} />
    </Field>
  );
}

export function TextAreaField({ id, label, error, hint, required, className = '', ...textarea }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required}>
      <textarea id={id} name={id} required={required} className={`${controlClass} ${className}`} {...describedBy(id, error, hint)} {...textarea} />
    </Field>
  );
}

export function SelectField({ id, label, error, hint, required, className = '', children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required}>
      <select id={id} name={id} required={required} className={`${controlClass} ${className}`} {...describedBy(id, error, hint)} {...select}>
        {children}
      </select>
    </Field>
  );
}

export function CheckboxField({ id, label, hint, ...input }: { id: string; label: string; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={id} type="checkbox" className="mt-0.5 size-4 rounded border-slate-300 accent-sky-700" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
