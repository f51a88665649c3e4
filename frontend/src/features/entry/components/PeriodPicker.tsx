import { useMemo } from 'react';
import { Col, Form, Row, Select } from 'antd';
import { parsePeriod, periodLabel, periodOptions, PERIOD_TYPE_LABELS, type PeriodType } from '../../../format';
import { defaultPeriod } from '../utils/entrySelection';
import { currentYear } from '../../../time';

const TYPES: PeriodType[] = ['MONTH', 'QUARTER', 'HALF', 'YEAR'];
const FIRST_YEAR = 2010;

/** Step 2: the period type, then the period (newest first). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const type = parsePeriod(value)?.type ?? 'QUARTER';
  const options = useMemo(() => {
    const list = periodOptions(type, FIRST_YEAR, currentYear());
    // A link may name a period outside the usual range (a test or a late report): offer it too.
    if (!list.some((o) => o.value === value)) list.unshift({ value, label: periodLabel(value) });
    return list;
  }, [type, value]);

  return (
    <Row gutter={[16, 0]}>
      <Col xs={12} md={8} xl={6}>
        <Form.Item label="Loại kỳ báo cáo" htmlFor="entry-period-type">
          <Select
            id="entry-period-type"
            value={type}
            options={TYPES.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }))}
            onChange={(t: PeriodType) => onChange(defaultPeriod(t))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={10} xl={8}>
        <Form.Item label="Kỳ báo cáo" htmlFor="entry-period">
          <Select
            id="entry-period"
            data-testid="entry-period"
            showSearch={{ optionFilterProp: 'label' }}
            value={value}
            options={options}
            onChange={onChange}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
