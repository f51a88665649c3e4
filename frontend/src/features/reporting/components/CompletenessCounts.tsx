import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { formatDate } from '../../../format';
import { formatRate, rate, type Counts } from '../utils/reportState';

/** Expected, reported (with the rate), on time, late and missing. */
export function CompletenessCounts({
  counts,
  unitWord,
  dueDate,
  loading,
}: {
  counts: Counts | undefined;
  unitWord: string;
  dueDate?: string;
  loading?: boolean;
}) {
  const c = counts ?? {};
  const share = rate(c.reported, c.expected);
  const items: [string, number | undefined, string][] = [
    [`Phải báo cáo (${unitWord})`, c.expected, 'expected'],
    ['Đã báo cáo', c.reported, 'reported'],
    ['Đúng hạn', c.onTime, 'on-time'],
    ['Nộp muộn', c.late, 'late'],
    ['Thiếu', c.missing, 'missing'],
  ];
  return (
    <Card size="small" data-testid="reporting-counts" loading={loading}>
      <Row gutter={[16, 12]} align="middle">
        {items.map(([title, value, id]) => (
          <Col key={id} xs={12} sm={8} lg={4}>
            <Statistic title={title} value={value ?? 0} groupSeparator="." data-testid={`count-${id}`} />
          </Col>
        ))}
        <Col xs={24} lg={4}>
          <Typography.Text type="secondary">Tỷ lệ báo cáo</Typography.Text>
          <div data-testid="reporting-rate" style={{ fontSize: 20 }}>
            {formatRate(share)}
          </div>
          <Progress
            aria-label="Tỷ lệ báo cáo"
            percent={share === null ? 0 : Math.round(share * 100)}
            showInfo={false}
            size="small"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Đúng hạn {formatRate(rate(c.onTime, c.expected))}
            {dueDate ? ` · hạn ${formatDate(dueDate)}` : ''}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
