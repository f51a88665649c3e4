/**
 * Vietnamese text without its marks, lower-cased, so "tu quan" matches "Tự quản" and "da lat" matches "Đà Lạt"
 * (the API searches this way; local pickers should agree with it).
 */
export function foldText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word typed appears in the label, marks and case ignored. */
export function matchesText(label: string | null | undefined, typed: string): boolean {
  const haystack = foldText(label);
  return foldText(typed)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** An antd Select `filterOption` that searches the option label the same way. */
export function filterByLabel(input: string, option?: { label?: unknown }): boolean {
  return matchesText(typeof option?.label === 'string' ? option.label : String(option?.label ?? ''), input);
}

/** The same, finding an option by its code too ("03549" finds "Xã Phong Thổ"): for the selects of reporting units. */
export function filterByLabelOrCode(input: string, option?: { label?: unknown; value?: unknown }): boolean {
  return matchesText(`${String(option?.label ?? '')} ${String(option?.value ?? '')}`, input);
}
