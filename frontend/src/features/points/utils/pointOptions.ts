import { PLACE_TYPE_LABELS } from '../../../format';

export const PLACE_TYPE_OPTIONS = Object.entries(PLACE_TYPE_LABELS).map(([value, label]) => ({ value, label }));

/** The create form's query string, carrying over the model and commune being looked at. */
export function prefill(modelCode?: string, communeCode?: string): string {
  const params = new URLSearchParams();
  if (modelCode) params.set('modelCode', modelCode);
  if (communeCode) params.set('communeCode', communeCode);
  const text = params.toString();
  return text ? `?${text}` : '';
}
