import type { Dayjs } from 'dayjs';
import type { Model, ModelInput } from '../api/modelApi';
import { fromApiDate, toApiDate } from '../../../lib/dates';

/**
 * How the form holds each field of ModelInput: `text` is trimmed and blank means none, `date` is a dayjs for the
 * pickers, `value` (codes, enums) is sent as chosen. Typed against the generated ModelInput, so a field the API adds
 * fails the build until it is given a kind here; the conversions below follow from it.
 */
const FIELD_KINDS = {
  code: 'text',
  name: 'text',
  description: 'text',
  categoryCode: 'value',
  provinceCode: 'value',
  communeCode: 'value',
  leadOrganisation: 'text',
  startedOn: 'date',
  recognitionLevel: 'value',
  recognizedOn: 'date',
  recognitionDecision: 'text',
  status: 'value',
  statusReason: 'text',
  statusSince: 'date',
} as const satisfies Record<keyof ModelInput, 'text' | 'date' | 'value'>;

type Field = keyof typeof FIELD_KINDS;
type DateField = { [K in Field]: (typeof FIELD_KINDS)[K] extends 'date' ? K : never }[Field];

/** What the model form holds: dates as dayjs for the pickers, everything else as the API names it. */
export type ModelFormValues = { [K in Exclude<Field, DateField>]?: NonNullable<ModelInput[K]> } & {
  [K in DateField]?: Dayjs;
} & { name: string; categoryCode: string; provinceCode: string; status: NonNullable<Model['status']> };

/** The ModelInput fields the form shows, for placing server field errors. */
export const MODEL_FORM_FIELDS = Object.keys(FIELD_KINDS) as Field[];

export function modelFormValues(model: Model): ModelFormValues {
  const values: Record<string, unknown> = {};
  for (const field of MODEL_FORM_FIELDS) {
    const stored = model[field];
    values[field] =
      FIELD_KINDS[field] === 'date' ? fromApiDate(stored as string | null | undefined) : (stored ?? undefined);
  }
  return {
    ...values,
    name: model.name ?? '',
    categoryCode: model.categoryCode ?? '',
    provinceCode: model.provinceCode ?? '',
    status: model.status ?? 'ACTIVE',
  } as ModelFormValues;
}

/** Blank text is no value: the API keeps null rather than an empty string. */
function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The body for POST/PUT; an active model carries no status reason. */
export function modelInput(values: ModelFormValues): ModelInput {
  const input: Record<string, unknown> = {};
  for (const field of MODEL_FORM_FIELDS) {
    const value = values[field];
    const kind = FIELD_KINDS[field];
    input[field] =
      kind === 'date'
        ? toApiDate(value as Dayjs | undefined)
        : kind === 'text'
          ? text(value as string)
          : value || undefined;
  }
  return {
    ...input,
    code: text(values.code)?.toUpperCase(),
    name: values.name.trim(),
    status: values.status,
    statusReason: values.status === 'ACTIVE' ? undefined : text(values.statusReason),
  } as ModelInput;
}

/**
 * The full PUT body that keeps a model as it is (PUT replaces every field): the form's own mapping there and back,
 * so a field added to the form is kept too. The code is sent as stored.
 */
export function modelInputOf(model: Model): ModelInput {
  return { ...modelInput(modelFormValues(model)), code: model.code };
}
