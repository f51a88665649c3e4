import dayjs from 'dayjs';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { ENTITY_LABELS } from '../utils/auditDiff';
import { isFuture } from '../../../lib/dates';

export interface AuditFilterValues {
  entity?: string;
  key?: string;
  user?: string;
  /** Days as the API takes them: 2026-11-01. */
  from?: string;
  to?: string;
}

const DAY = 'YYYY-MM-DD';

/** The audit filters; text filters apply on Enter or the search button, the others at once. */
export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}) {
  const set = (patch: AuditFilterValues) => onChange({ ...value, ...patch });
  const range =
    value.from || value.to
      ? ([value.from ? dayjs(value.from, DAY) : null, value.to ? dayjs(value.to, DAY) : null] as [
          dayjs.Dayjs | null,
          dayjs.Dayjs | null,
        ])
      : null;
  const any = Object.values(value).some(Boolean);

  return (
    <Form layout="vertical" component="div">
      <Row gutter={[16, 0]} align="bottom">
        <Col xs={24} sm={12} lg={5}>
          <Form.Item label="Loại dữ liệu" htmlFor="audit-entity">
            <Select
              id="audit-entity"
              data-testid="audit-entity"
              allowClear
              placeholder="Tất cả"
              value={value.entity}
              options={Object.entries(ENTITY_LABELS).map(([v, label]) => ({ value: v, label }))}
              onChange={(entity?: string) => set({ entity })}
            />
          </Form.Item>
        </Col>
        <TextFilter
          name="key"
          label="Khóa bản ghi"
          placeholder="Mã mô hình, mã điểm…"
          value={value.key}
          onSearch={(key) => set({ key })}
        />
        <TextFilter
          name="user"
          label="Người thực hiện"
          placeholder="Tên đăng nhập"
          value={value.user}
          onSearch={(user) => set({ user })}
        />
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label="Thời gian" htmlFor="audit-range">
            <DatePicker.RangePicker
              id={{ start: 'audit-range' }}
              format="DD/MM/YYYY"
              placeholder={['Từ ngày', 'Đến ngày']}
              allowEmpty={[true, true]}
              // Nothing has been logged after today in Việt Nam, the zone the API counts audit days in.
              disabledDate={isFuture}
              style={{ width: '100%' }}
              value={range}
              onChange={(dates) => set({ from: dates?.[0]?.format(DAY), to: dates?.[1]?.format(DAY) })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={3}>
          <Button
            icon={<ClearOutlined />}
            disabled={!any}
            onClick={() => onChange({})}
            block
            style={{ marginBottom: 24 }}
          >
            Bỏ lọc
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

/** A text filter, applied on Enter or the search button; blank clears it. Remounted when the address changes it. */
function TextFilter({
  name,
  label,
  placeholder,
  value,
  onSearch,
}: {
  name: string;
  label: string;
  placeholder: string;
  value?: string;
  onSearch: (text: string | undefined) => void;
}) {
  return (
    <Col xs={12} lg={5}>
      <Form.Item label={label} htmlFor={`audit-${name}`}>
        <Input.Search
          id={`audit-${name}`}
          key={`${name}-${value ?? ''}`}
          allowClear
          placeholder={placeholder}
          defaultValue={value}
          onSearch={(text) => onSearch(text.trim() || undefined)}
        />
      </Form.Item>
    </Col>
  );
}
