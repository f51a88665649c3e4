import type { Dayjs } from 'dayjs';
import type { Model, ModelInput } from '../api/modelApi';
import { fromApiDate, toApiDate } from '../../../lib/dates';

/** What the model form holds: dates as dayjs for the pickers, everything else as the API names it. */
export interface ModelFormValues {
  code?: string;
  name: string;
  description?: string;
  categoryCode: string;
  provinceCode: string;
  communeCode?: string;
  leadOrganisation?: string;
  startedOn?: Dayjs;
  recognitionLevel?: Model['recognitionLevel'];
  recognizedOn?: Dayjs;
  recognitionDecision?: string;
  status: NonNullable<Model['status']>;
  statusReason?: string;
  statusSince?: Dayjs;
}

/** The ModelInput fields the form shows, for placing server field errors. */
export const MODEL_FORM_FIELDS = [
  'code',
  'name',
  'description',
  'categoryCode',
  'provinceCode',
  'communeCode',
  'leadOrganisation',
  'startedOn',
  'recognitionLevel',
  'recognizedOn',
  'recognitionDecision',
  'status',
  'statusReason',
  'statusSince',
] as const;

export function modelFormValues(model: Model): ModelFormValues {
  return {
    code: model.code,
    name: model.name ?? '',
    description: model.description ?? undefined,
    categoryCode: model.categoryCode ?? '',
    provinceCode: model.provinceCode ?? '',
    communeCode: model.communeCode ?? undefined,
    leadOrganisation: model.leadOrganisation ?? undefined,
    startedOn: fromApiDate(model.startedOn),
    recognitionLevel: model.recognitionLevel ?? undefined,
    recognizedOn: fromApiDate(model.recognizedOn),
    recognitionDecision: model.recognitionDecision ?? undefined,
    status: model.status ?? 'ACTIVE',
    statusReason: model.statusReason ?? undefined,
    statusSince: fromApiDate(model.statusSince),
  };
}

/** Blank text is no value: the API keeps null rather than an empty string. */
function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The body for POST/PUT; an active model carries no status reason. */
export function modelInput(values: ModelFormValues): ModelInput {
  return {
    code: text(values.code)?.toUpperCase(),
    name: values.name.trim(),
    description: text(values.description),
    categoryCode: values.categoryCode,
    provinceCode: values.provinceCode,
    communeCode: values.communeCode || undefined,
    leadOrganisation: text(values.leadOrganisation),
    startedOn: toApiDate(values.startedOn),
    recognitionLevel: values.recognitionLevel || undefined,
    recognizedOn: toApiDate(values.recognizedOn),
    recognitionDecision: text(values.recognitionDecision),
    status: values.status,
    statusReason: values.status === 'ACTIVE' ? undefined : text(values.statusReason),
    statusSince: toApiDate(values.statusSince),
  };
}

/**
 * The full PUT body that keeps a model as it is (PUT replaces every field): the form's own mapping there and back,
 * so a field added to the form is kept too. The code is sent as stored.
 */
export function modelInputOf(model: Model): ModelInput {
  return { ...modelInput(modelFormValues(model)), code: model.code };
}
