import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Grid, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { ApiError, errorMessage, type Schemas } from '../../../api/client';
import { useIndicators } from '../../../api/lookups';
import { ErrorState, Loading } from '../../../components/States';
import { formatNumber, periodLabel } from '../../../format';
import {
  buildBatch,
  buildRows,
  formatViNumber,
  mapConflicts,
  parseViNumber,
  type GridRow,
  type ProblemLike,
  type UnitSelection,
  unitKey,
} from '../utils/entryGrid';
import { saveOutcomeBatch, useStoredValues } from '../api/entryQueries';
import {
  lockFor,
  lockSentence,
  locksOf,
  useReportingLocks,
  useValidationRules,
  useViolations,
  violationsByIndicator,
  violationsOfUnit,
} from '../../reporting';
import { lockScope, reportUnit } from '../utils/entryReport';
import { useDraftEdits } from '../utils/useDraftEdits';

interface Props {
  selection: UnitSelection;
  period: string;
  /** The API would accept writes for this unit. */
  canWrite: boolean;
}

interface Refusal {
  byCode: Record<string, string[]>;
  general: string[];
  forbidden?: string;
}

/** Step 3: one row per indicator, like the paper report; "Lưu" sends the changed rows as one batch. */
export function EntryGrid({ selection, period, canWrite }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const indicators = useIndicators();
  const stored = useStoredValues(selection, period);
  const [edits, setEdits] = useDraftEdits(JSON.stringify([selection.kind, unitKey(selection), period]));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const container = useRef<HTMLDivElement>(null);
  // Approved reports lock their values: those inputs are read-only, with who approved them and when.
  const scope = lockScope(selection, period);
  const lockList = useReportingLocks(scope ?? { period }, !!scope);
  const locks = locksOf(lockList.data ?? [], selection);
  // Rule violations: those of the last save, else those stored for the unit (lists answer 404 before the rules).
  const [savedViolations, setSavedViolations] = useState<Schemas['OutcomeViolation'][] | null>(null);
  const listed = useViolations(
    {
      ...(scope ?? { period }),
      pointId: selection.kind === 'POINT' && selection.pointId ? String(selection.pointId) : undefined,
      size: 100,
    },
    !!scope && reportUnit(selection) !== null,
  );
  const rules = useValidationRules();
  const violations: Schemas['OutcomeViolation'][] =
    savedViolations ?? violationsOfUnit(listed.data?.items ?? [], selection);
  const byIndicator = violationsByIndicator(violations, rules.data ?? []);

  // The save button is at the bottom of a long grid: bring the first refusal into view.
  useEffect(() => {
    if (refusal)
      container.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [refusal]);

  const rows = useMemo(
    () => buildRows(indicators.data ?? [], stored.data ?? [], edits),
    [indicators.data, stored.data, edits],
  );
  const batch = useMemo(() => buildBatch(rows, selection, period), [rows, selection, period]);
  const invalidCount = rows.filter((r) => r.invalid).length;

  const save = useMutation({
    mutationFn: () => saveOutcomeBatch(batch.values),
    onSuccess: async (summary) => {
      message.success(
        `Đã lưu ${periodLabel(period)}: ${formatNumber(summary.created ?? 0)} giá trị mới, ` +
          `${formatNumber(summary.updated ?? 0)} cập nhật, ${formatNumber(summary.unchanged ?? 0)} không đổi.`,
      );
      setRefusal(null);
      setSavedViolations(summary.violations ?? null);
      // Summaries on other pages include these values: let them read again.
      await queryClient.invalidateQueries();
      await stored.refetch();
      setEdits({});
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422) {
        setRefusal(mapConflicts(error.problem as ProblemLike, batch.codes));
      } else if (error instanceof ApiError && error.status === 403) {
        setRefusal({ byCode: {}, general: [], forbidden: errorMessage(error) });
      } else {
        setRefusal({ byCode: {}, general: [errorMessage(error)] });
      }
    },
  });

  const edit = (code: string, value: number | string | null) => {
    const number = value === null || value === '' ? null : Number(value);
    setEdits((prev) => ({ ...prev, [code]: number }));
    if (refusal?.byCode[code]) {
      const { [code]: _dropped, ...rest } = refusal.byCode;
      void _dropped;
      setRefusal({ ...refusal, byCode: rest });
    }
  };

  if (indicators.isPending || stored.isPending) return <Loading rows={8} />;
  if (indicators.isError) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (stored.isError) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;

  const narrow = !screens.md;
  const rowErrors = (row: GridRow) => [...(row.invalid ? [row.invalid] : []), ...(refusal?.byCode[row.code] ?? [])];

  const input = (row: GridRow) => (
    <div>
      <InputNumber<number>
        data-testid={`entry-value-${row.code}`}
        aria-label={`${row.name} (${row.unit})`}
        style={{ width: '100%', maxWidth: 200 }}
        min={0}
        step={row.fractional ? 0.1 : 1}
        value={row.input}
        disabled={!canWrite || save.isPending || !!lockFor(locks, row.code)}
        formatter={formatViNumber}
        parser={(text) => parseViNumber(text) as unknown as number}
        onChange={(v) => edit(row.code, v)}
        status={rowErrors(row).length ? 'error' : undefined}
        suffix={narrow ? row.unit : undefined}
      />
      {lockFor(locks, row.code) && (
        <div data-testid={`entry-locked-${row.code}`}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Đã khóa (báo cáo đã duyệt)
          </Typography.Text>
        </div>
      )}
      {(byIndicator[row.code] ?? []).map((v) => (
        <div key={`${v.ruleCode}-${v.period}`} data-testid={`entry-violation-${row.code}`}>
          <Typography.Text type={v.importance === 'ERROR' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
            {v.importance === 'ERROR' ? 'Lỗi' : 'Cảnh báo'}: {v.message ?? v.ruleName}
          </Typography.Text>
        </div>
      ))}
      {rowErrors(row).length > 0 && (
        <div data-testid={`entry-error-${row.code}`} role="alert">
          {rowErrors(row).map((m) => (
            <div key={m}>
              <Typography.Text type="danger">{m}</Typography.Text>
            </div>
          ))}
        </div>
      )}
    </div>
  );

  const marker = (row: GridRow) =>
    row.changed ? (
      <Tag color="orange">{row.stored === null ? 'Mới' : 'Đã sửa'}</Tag>
    ) : row.input === null && row.stored !== null && row.code in edits ? (
      <Tag>Giữ giá trị đã lưu</Tag>
    ) : null;

  const columns: ColumnsType<GridRow> = narrow
    ? [
        {
          title: 'Chỉ tiêu',
          key: 'name',
          render: (_, row) => (
            <div>
              <div>{row.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                Đã lưu: {row.stored === null ? 'chưa có' : `${formatNumber(row.stored)} ${row.unit}`}
              </Typography.Text>
              <div style={{ marginTop: 6 }}>{input(row)}</div>
              {marker(row)}
            </div>
          ),
        },
      ]
    : [
        { title: 'STT', key: 'index', width: 56, render: (_, __, i) => i + 1 },
        { title: 'Chỉ tiêu', dataIndex: 'name', key: 'name' },
        { title: 'Đơn vị tính', dataIndex: 'unit', key: 'unit', width: 120 },
        {
          title: 'Đã lưu',
          key: 'stored',
          width: 120,
          align: 'right',
          render: (_, row) =>
            row.stored === null ? <Typography.Text type="secondary">—</Typography.Text> : formatNumber(row.stored),
        },
        { title: `Giá trị ${periodLabel(period)}`, key: 'input', width: 260, render: (_, row) => input(row) },
        { title: 'Thay đổi', key: 'changed', width: 150, render: (_, row) => marker(row) },
      ];

  return (
    <div ref={container}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {locks.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="entry-locks"
            title="Số liệu đã khóa, không sửa được"
            description={
              <>
                {locks.map((l) => (
                  <div key={`${l.obligationCode}-${l.period}-${l.unit}`}>
                    {lockSentence(l)}
                    {l.reopenBy ? ` Muốn sửa, đề nghị ${l.reopenBy} mở lại báo cáo.` : ''}
                  </div>
                ))}
              </>
            }
          />
        )}
        {(byIndicator[''] ?? []).length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="entry-violations"
            title="Số liệu vi phạm quy tắc kiểm tra"
            description={(byIndicator[''] ?? []).map((v) => (
              <div key={`${v.ruleCode}-${v.period}`}>{v.message ?? v.ruleName}</div>
            ))}
          />
        )}
        {refusal?.forbidden && (
          <Alert type="error" showIcon role="alert" title="Không có quyền ghi" description={refusal.forbidden} />
        )}
        {refusal && refusal.general.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="Lô dữ liệu bị từ chối, không giá trị nào được ghi"
            description={refusal.general.map((m) => (
              <div key={m}>{m}</div>
            ))}
          />
        )}
        {refusal && !refusal.forbidden && refusal.general.length === 0 && Object.keys(refusal.byCode).length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="Có giá trị không hợp lệ; không giá trị nào được ghi. Hãy sửa các dòng báo đỏ rồi lưu lại."
          />
        )}
        <div data-testid="entry-grid">
          <Table<GridRow>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: 'Chưa có chỉ tiêu nào' }}
          />
        </div>
        {canWrite && (
          <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '12px 0', zIndex: 2 }}>
            <Space wrap>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                data-testid="entry-save"
                loading={save.isPending}
                disabled={batch.values.length === 0 || invalidCount > 0}
                onClick={() => save.mutate()}
              >
                Lưu
              </Button>
              <Button
                icon={<UndoOutlined />}
                disabled={!Object.keys(edits).length || save.isPending}
                onClick={() => {
                  setEdits({});
                  setRefusal(null);
                }}
              >
                Bỏ thay đổi
              </Button>
              <Typography.Text type="secondary" aria-live="polite">
                {invalidCount > 0
                  ? `${invalidCount} dòng chưa hợp lệ`
                  : batch.values.length
                    ? `${batch.values.length} giá trị sẽ được lưu`
                    : 'Chưa có thay đổi'}
              </Typography.Text>
            </Space>
          </div>
        )}
      </Space>
    </div>
  );
}
