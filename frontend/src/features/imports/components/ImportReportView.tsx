import { Alert, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { formatNumber } from '../../../format';
import {
  acceptedRows,
  isLockedRow,
  ROW_NUMBERING,
  warningsOf,
  type RowWarning,
  type ImportMode,
  type ImportReport,
  type RowConflict,
} from '../utils/importKinds';

interface Props {
  report: ImportReport;
  /** A dry run says what would happen; a real import what happened. */
  dryRun: boolean;
  mode: ImportMode;
  testId: string;
}

/** The summary of a checked or imported file: counts, a verdict, and the refused rows. */
export function ImportReportView({ report, dryRun, mode, testId }: Props) {
  const rejected = report.rejected ?? 0;
  const locked = (report.conflicts ?? []).filter(isLockedRow);
  const others = (report.conflicts ?? []).filter((c) => !isLockedRow(c));
  const warnings = warningsOf(report);
  const refusedWhole = !dryRun && report.status === 'ERROR';
  const counts = [
    { title: 'Số dòng đã đọc', value: report.rows },
    { title: dryRun ? 'Sẽ tạo mới' : 'Đã tạo mới', value: report.created },
    { title: dryRun ? 'Sẽ cập nhật' : 'Đã cập nhật', value: report.updated },
    { title: 'Không đổi', value: report.unchanged },
    { title: dryRun ? 'Sẽ bị từ chối' : 'Bị từ chối', value: rejected },
  ];

  return (
    <div data-testid={testId}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Verdict report={report} dryRun={dryRun} mode={mode} refusedWhole={refusedWhole} />
        <Row gutter={[16, 16]}>
          {counts.map((c) => (
            <Col key={c.title} xs={12} sm={8} lg={4}>
              <Statistic title={c.title} value={c.value ?? 0} formatter={(v) => formatNumber(Number(v))} />
            </Col>
          ))}
        </Row>
        {report.durationMs !== undefined && (
          <Typography.Text type="secondary">
            Thời gian xử lý:{' '}
            {report.durationMs < 1000
              ? `${formatNumber(report.durationMs)} ms`
              : `${formatNumber(Math.round(report.durationMs / 100) / 10)} giây`}
          </Typography.Text>
        )}
        {locked.length > 0 && (
          <div data-testid="import-locked">
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title={`${formatNumber(locked.length)} dòng thuộc báo cáo đã duyệt, số liệu đã khóa: ${dryRun ? 'sẽ không' : 'không'} được ghi.`}
              description="Muốn sửa, đề nghị cấp duyệt mở lại báo cáo (trang Tình hình báo cáo)."
            />
            <ConflictTable title="Các dòng bị khóa" conflicts={locked} omitted={0} />
          </div>
        )}
        {others.length > 0 && (
          <ConflictTable
            testId="import-conflicts"
            title="Các dòng bị từ chối"
            conflicts={others}
            omitted={report.conflictsOmitted ?? 0}
          />
        )}
        {warnings.length > 0 && <WarningTable warnings={warnings} />}
      </Space>
    </div>
  );
}

function Verdict({
  report,
  dryRun,
  mode,
  refusedWhole,
}: {
  report: ImportReport;
  dryRun: boolean;
  mode: ImportMode;
  refusedWhole: boolean;
}) {
  const rejected = report.rejected ?? 0;
  const good = acceptedRows(report);
  if (!report.rows)
    return <Alert type="warning" showIcon title="Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề hoặc trống)." />;
  if (refusedWhole) {
    return (
      <Alert
        type="error"
        showIcon
        title={`Tệp bị từ chối: ${formatNumber(rejected)} dòng lỗi, không dòng nào được ghi.`}
        description="Sửa các dòng dưới đây rồi nhập lại, hoặc chọn chế độ “Nhận dòng hợp lệ”."
      />
    );
  }
  if (rejected === 0 && dryRun && (report.created ?? 0) + (report.updated ?? 0) === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title={`Tệp hợp lệ nhưng không có gì thay đổi: ${formatNumber(good)} dòng trùng với dữ liệu đã lưu.`}
      />
    );
  }
  if (rejected === 0) {
    return dryRun ? (
      <Alert
        type="success"
        showIcon
        title={`Tệp hợp lệ: ${formatNumber(good)} dòng có thể nhập.`}
        description="Bấm “Nhập dữ liệu” để ghi."
      />
    ) : (
      <Alert type="success" showIcon title={`Đã nhập xong: ${formatNumber(good)} dòng hợp lệ.`} />
    );
  }
  if (mode === 'atomic' && dryRun) {
    return (
      <Alert
        type="error"
        showIcon
        title={`${formatNumber(rejected)} dòng lỗi: ở chế độ “Tất cả hoặc không”, tệp này sẽ không được ghi.`}
        description="Sửa các dòng dưới đây rồi kiểm tra lại, hoặc chọn chế độ “Nhận dòng hợp lệ” để chỉ ghi các dòng đúng."
      />
    );
  }
  return dryRun ? (
    <Alert
      type="warning"
      showIcon
      title={`${formatNumber(good)} dòng hợp lệ sẽ được ghi; ${formatNumber(rejected)} dòng lỗi sẽ bị bỏ qua.`}
    />
  ) : (
    <Alert
      type="warning"
      showIcon
      title={`Đã nhận ${formatNumber(good)} dòng hợp lệ; ${formatNumber(rejected)} dòng lỗi bị bỏ qua.`}
    />
  );
}

function WarningTable({ warnings }: { warnings: RowWarning[] }) {
  return (
    <div data-testid="import-warnings">
      <Typography.Title level={5}>Cảnh báo theo quy tắc kiểm tra</Typography.Title>
      <Table<RowWarning & { key: number }>
        size="small"
        rowKey="key"
        dataSource={warnings.map((w, i) => ({ ...w, key: i }))}
        scroll={{ x: 640 }}
        pagination={warnings.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            title: 'Dòng',
            dataIndex: 'row',
            key: 'row',
            width: 80,
            render: (v?: number) => (v ? formatNumber(v) : '—'),
          },
          {
            title: 'Mức',
            dataIndex: 'importance',
            key: 'importance',
            width: 100,
            render: (v?: string | null) => (v === 'ERROR' ? 'Lỗi' : 'Cảnh báo'),
          },
          { title: 'Nội dung', dataIndex: 'message', key: 'message' },
        ]}
      />
      <Typography.Text type="secondary">
        Các dòng này vẫn được ghi; lỗi theo quy tắc chặn việc nộp báo cáo cho đến khi được sửa.
      </Typography.Text>
    </div>
  );
}

function ConflictTable({
  conflicts,
  omitted,
  title,
  testId,
}: {
  conflicts: RowConflict[];
  omitted: number;
  title: string;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<RowConflict & { key: number }>
        size="small"
        rowKey="key"
        dataSource={conflicts.map((c, i) => ({ ...c, key: i }))}
        scroll={{ x: 640 }}
        pagination={conflicts.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            title: 'Dòng',
            dataIndex: 'row',
            key: 'row',
            width: 80,
            render: (v?: number) => (v ? formatNumber(v) : '—'),
          },
          { title: 'Cột', dataIndex: 'column', key: 'column', width: 160, render: (v?: string) => v || '—' },
          {
            title: 'Giá trị',
            dataIndex: 'value',
            key: 'value',
            width: 160,
            render: (v?: string) =>
              v === undefined || v === null || v === '' ? (
                <Typography.Text type="secondary">(trống)</Typography.Text>
              ) : (
                v
              ),
          },
          { title: 'Lý do', dataIndex: 'message', key: 'message' },
        ]}
      />
      <Typography.Text type="secondary">
        {ROW_NUMBERING}
        {omitted > 0 && ` Còn ${formatNumber(omitted)} lỗi khác không được liệt kê.`}
      </Typography.Text>
    </div>
  );
}
