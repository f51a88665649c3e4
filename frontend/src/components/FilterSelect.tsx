import { Select } from 'antd';
import { filterByLabel } from '../lib/text';

export interface FilterOption {
  value: string;
  label: string;
}

/** Options from a reference list (provinces, communes, categories): its code as the value, its name as the label. */
export function codeOptions(items: { code?: string; name?: string }[] | undefined): FilterOption[] {
  return (items ?? []).map((item) => ({ value: item.code!, label: item.name ?? item.code! }));
}

/** One filter of a list page: clearable, full width, labelled for screen readers; long lists can be searched. */
export function FilterSelect({
  label,
  placeholder,
  value,
  onChange,
  options,
  loading,
  disabled,
  searchable,
}: {
  label: string;
  placeholder: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: FilterOption[];
  loading?: boolean;
  disabled?: boolean;
  searchable?: boolean;
}) {
  return (
    <Select
      style={{ width: '100%' }}
      allowClear
      placeholder={placeholder}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      disabled={disabled}
      showSearch={searchable ? { filterOption: filterByLabel } : undefined}
    />
  );
}
