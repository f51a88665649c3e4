import { useMemo, useState } from 'react';
import { Select, Typography } from 'antd';
import { nameOf, useProvinces } from '../../../api/lookups';
import { useModel, useModels, type Model } from '../../models';
import { useDebounced } from '../../../hooks/useDebounced';

/**
 * A model picker that searches the server (150+ models do not belong in one list): the API matches name or
 * code without diacritics. Works as a Form.Item control (value/onChange) or on its own.
 */
export function ModelSelect({
  value,
  onChange,
  placeholder = 'Tìm mô hình theo tên hoặc mã',
  allowClear,
  id,
  disabled,
  ...aria
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const provinces = useProvinces();
  const params = { q: q || undefined, size: 20, sort: 'name' };
  const found = useModels(params);
  // The chosen model may not be among the search results; read it so its name shows.
  const chosen = useModel(value);

  const options = useMemo(() => {
    const models: Model[] = [...(found.data?.items ?? [])];
    const picked = chosen.data?.data;
    if (picked && !models.some((m) => m.code === picked.code)) models.unshift(picked);
    return models.map((m) => ({
      value: m.code!,
      label: `${m.name} – ${nameOf(provinces.data, m.provinceCode)}`,
      code: m.code,
    }));
  }, [found.data, chosen.data, provinces.data]);

  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        setSearch('');
      }}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không có mô hình nào khớp'}
      options={options}
      optionRender={(option) => (
        <div>
          <div style={{ whiteSpace: 'normal' }}>{option.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.code}
          </Typography.Text>
        </div>
      )}
      style={{ width: '100%' }}
    />
  );
}
