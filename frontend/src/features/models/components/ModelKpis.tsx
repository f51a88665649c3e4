import { Card, Col, Row, Statistic, Typography } from 'antd';
import { formatDate, formatNumber, formatPercent } from '../../../format';
import { ErrorState, Loading } from '../../../components/States';
import { useModelSummary } from '../api/modelApi';
import { earlierDate, todayIso } from '../../../time';

/** The model's figures today: points, teams, members and commune coverage (GET /models/{code}/summary). */
export function ModelKpis({ code }: { code: string }) {
  const summary = useModelSummary(code);
  if (summary.isPending) return <Loading rows={3} />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  const s = summary.data;
  const kpis = [
    { key: 'points', title: 'Điểm nhân rộng', value: formatNumber(s.pointCount) },
    { key: 'active', title: 'Điểm đang hoạt động', value: formatNumber(s.activePointCount) },
    { key: 'teams', title: 'Số tổ', value: formatNumber(s.teamCount) },
    { key: 'members', title: 'Thành viên', value: formatNumber(s.memberCount) },
    { key: 'core', title: 'Người nòng cốt', value: formatNumber(s.coreMemberCount) },
    {
      key: 'coverage',
      title: 'Xã có điểm hoạt động',
      value: formatPercent(s.coverage),
      hint: `${formatNumber(s.coveredCommuneCount)}/${formatNumber(s.communeCount)} xã của tỉnh`,
    },
  ];
  return (
    <div data-testid="model-kpis">
      <Row gutter={[12, 12]}>
        {kpis.map((k) => (
          <Col key={k.key} xs={12} sm={8}>
            <Card size="small">
              <Statistic title={k.title} value={k.value} />
              {k.hint && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {k.hint}
                </Typography.Text>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {s.asOf && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
          Số liệu tính đến ngày {formatDate(earlierDate(s.asOf.slice(0, 10), todayIso()))}.
        </Typography.Text>
      )}
    </div>
  );
}
