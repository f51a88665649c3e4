import { ApiError, errorMessage } from '../api/client';

export interface FieldErrorsSplit<F extends string = string> {
  /** Errors for fields the form shows, ready for form.setFields. */
  fields: { name: F; errors: string[] }[];
  /** Everything else, as sentences for an alert. */
  other: string[];
}

/**
 * Splits an API error into messages for the form's fields (problem.errors[].field) and the rest,
 * so each server complaint appears next to the field it is about.
 */
export function splitFieldErrors<F extends string>(error: unknown, formFields: readonly F[]): FieldErrorsSplit<F> {
  const fields = new Map<F, string[]>();
  const other: string[] = [];
  const problemErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  for (const e of problemErrors) {
    const message = e.message || 'Giá trị không hợp lệ';
    const field = e.field?.replace(/^(body|input)\./, '');
    if (field && (formFields as readonly string[]).includes(field)) {
      fields.set(field as F, [...(fields.get(field as F) ?? []), message]);
    } else {
      other.push(field && field !== 'request' ? `${field}: ${message}` : message);
    }
  }
  if (!problemErrors.length || (other.length === 0 && fields.size === 0)) other.push(errorMessage(error));
  return { fields: [...fields].map(([name, errors]) => ({ name, errors })), other };
}

/** 412: someone saved the record after we read it. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412;

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
