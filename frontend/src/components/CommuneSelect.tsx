import { Select, type SelectProps } from 'antd';
import { useCommuneOptions } from '../api/lookups';
import { filterByLabel } from '../lib/text';

/**
 * A form's choice of a commune of the province chosen in the form (searchable without diacritics), closed until a
 * province is chosen. `only` narrows it to the one commune a commune officer may write in.
 */
export function CommuneSelect({
  provinceCode,
  only,
  placeholder,
  disabled,
  ...props
}: { provinceCode: string | undefined; only?: string } & SelectProps<string>) {
  const communes = useCommuneOptions(provinceCode, { only });
  return (
    <Select<string>
      disabled={disabled || !provinceCode}
      loading={communes.isFetching}
      showSearch={{ filterOption: filterByLabel }}
      options={communes.options}
      placeholder={provinceCode ? placeholder : 'Chọn tỉnh trước'}
      {...props}
    />
  );
}
