import { useId, useMemo } from 'react';
import { Col, Form, Row, Select, Space } from 'antd';
import { parsePeriod, PERIOD_TYPE_LABELS, type PeriodType } from '../format';
import { PERIOD_TYPES, periodChoices, switchPeriodType } from '../lib/periods';

const TYPE_OPTIONS = PERIOD_TYPES.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }));

/**
 * The period type (year, half, quarter, month), then the period itself, newest first; no period that starts after
 * today. Switching type keeps looking at the same time (2024Q2 → 2024S1). Pages start it on `defaultPeriod` of
 * lib/periodIds (the running period) when the address names none. `inline` sits in a page header; `form` is a row of
 * labelled fields inside a vertical form.
 */
export function PeriodPicker({
  value,
  onChange,
  layout = 'inline',
  types,
}: {
  value: string;
  onChange: (period: string) => void;
  layout?: 'inline' | 'form';
  /** Only these period types are offered (a reporting obligation has one frequency). */
  types?: readonly PeriodType[];
}) {
  const type = parsePeriod(value)?.type ?? 'YEAR';
  const typeOptions = types ? TYPE_OPTIONS.filter((o) => types.includes(o.value)) : TYPE_OPTIONS;
  const options = useMemo(() => periodChoices(value), [value]);
  const id = useId();
  const typeSelect = (
    <Select<PeriodType>
      id={`${id}-type`}
      aria-label={layout === 'inline' ? 'Loại kỳ báo cáo' : undefined}
      data-testid="period-type"
      value={type}
      options={typeOptions}
      disabled={typeOptions.length === 1 && typeOptions[0].value === type}
      onChange={(t) => onChange(switchPeriodType(value, t))}
      style={layout === 'inline' ? { width: 110 } : undefined}
    />
  );
  const periodSelect = (
    <Select<string>
      id={`${id}-period`}
      aria-label={layout === 'inline' ? 'Kỳ báo cáo' : undefined}
      data-testid="period-value"
      value={value}
      options={options}
      onChange={(period) => onChange(period)}
      showSearch={{ optionFilterProp: 'label' }}
      style={layout === 'inline' ? { width: 210 } : undefined}
      popupMatchSelectWidth={layout === 'form'}
    />
  );
  if (layout === 'inline') {
    return (
      <Space wrap size="small" data-testid="period-picker">
        {typeSelect}
        {periodSelect}
      </Space>
    );
  }
  return (
    <Row gutter={[16, 0]} data-testid="period-picker">
      <Col xs={12} md={8} xl={6}>
        <Form.Item label="Loại kỳ báo cáo" htmlFor={`${id}-type`}>
          {typeSelect}
        </Form.Item>
      </Col>
      <Col xs={12} md={10} xl={8}>
        <Form.Item label="Kỳ báo cáo" htmlFor={`${id}-period`}>
          {periodSelect}
        </Form.Item>
      </Col>
    </Row>
  );
}
