import { Select, type SelectProps } from 'antd';
import { useProvinces } from '../api/lookups';
import { filterByLabel } from '../lib/text';
import { codeOptions } from './FilterSelect';

/** A form's choice of one of the 34 provinces, searchable without diacritics. */
export function ProvinceSelect(props: SelectProps<string>) {
  const provinces = useProvinces();
  return (
    <Select<string>
      loading={provinces.isPending}
      showSearch={{ filterOption: filterByLabel }}
      options={codeOptions(provinces.data)}
      placeholder="Chọn tỉnh"
      {...props}
    />
  );
}
