import { useMemo } from 'react';
import { Select, Space } from 'antd';
import { parsePeriod, PERIOD_TYPE_LABELS, type PeriodType } from '../../../format';
import { PERIOD_TYPES, pickablePeriods, switchPeriodType } from '../utils/periods';

const TYPE_OPTIONS = PERIOD_TYPES.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }));

/** Period type (year, half, quarter, month) and the period itself. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const type = parsePeriod(value)?.type ?? 'YEAR';
  const options = useMemo(() => pickablePeriods(type), [type]);
  return (
    <Space wrap size="small" data-testid="period-picker">
      <Select<PeriodType>
        aria-label="Loại kỳ báo cáo"
        data-testid="period-type"
        value={type}
        options={TYPE_OPTIONS}
        onChange={(t) => onChange(switchPeriodType(value, t))}
        style={{ width: 110 }}
      />
      <Select<string>
        aria-label="Kỳ báo cáo"
        data-testid="period-value"
        value={value}
        options={options}
        onChange={onChange}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 210 }}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
