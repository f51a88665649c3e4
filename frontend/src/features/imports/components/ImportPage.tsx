import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Grid,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../../api/client';
import { useSession } from '../../../auth/SessionContext';
import { canImport } from '../../../auth/permissions';
import { postImport } from '../api/importApi';
import {
  canCommit,
  contentTypeFor,
  IMPORT_KINDS,
  ROW_NUMBERING,
  type ImportKind,
  type ImportMode,
  type ImportReport,
} from '../utils/importKinds';
import { ImportReportView } from './ImportReportView';
import { JobProgress } from './JobProgress';
import { KindHelpPanel } from './KindHelpPanel';
import { PageTitle } from '../../../components/PageTitle';

/** One run of the file against the API: a dry run ("Kiểm tra") or the import itself. */
type Run =
  | { state: 'posting' }
  | { state: 'job'; jobId: number }
  | { state: 'report'; report: ImportReport }
  | { state: 'error'; title: string; detail: string; errors: string[] };

function failure(error: unknown): Run {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title =
    error instanceof ApiError
      ? error.status === 403
        ? 'Không có quyền nhập loại dữ liệu này'
        : error.status === 415
          ? 'Định dạng tệp không được hỗ trợ'
          : 'Tệp không đọc được'
      : 'Không gửi được tệp';
  // Field errors often repeat the detail; show only what they add.
  const errors = (problem?.errors ?? [])
    .filter((e) => e.message && e.message !== problem?.detail)
    .map((e) => (e.field && e.field !== 'file' ? `${e.field}: ${e.message}` : (e.message as string)));
  return { state: 'error', title, detail: errorMessage(error), errors };
}

/** "Nhập dữ liệu từ tệp": choose kind and mode, pick a CSV/XLSX file, check it, then import it. */
export default function ImportPage() {
  const session = useSession();
  const queryClient = useQueryClient();
  const kinds = IMPORT_KINDS.filter((k) => canImport(session, k.kind));
  const [kind, setKind] = useState<ImportKind>(kinds[0]?.kind ?? 'outcomes');
  const [mode, setMode] = useState<ImportMode>('atomic');
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<Run | null>(null);
  const [commit, setCommit] = useState<Run | null>(null);
  const screens = Grid.useBreakpoint();

  if (!kinds.length || session.writeScope === 'NONE') {
    return (
      <Result status="403" title="Bạn không có quyền nhập dữ liệu" subTitle="Tài khoản của bạn chỉ được xem dữ liệu." />
    );
  }

  const reset = () => {
    setCheck(null);
    setCommit(null);
  };
  const busy =
    check?.state === 'posting' || check?.state === 'job' || commit?.state === 'posting' || commit?.state === 'job';

  const run = async (dryRun: boolean) => {
    if (!file) return;
    const set = dryRun ? setCheck : setCommit;
    if (dryRun) setCommit(null);
    set({ state: 'posting' });
    try {
      const answer = await postImport(kind, file, { dryRun, mode });
      if (answer.type === 'job') set({ state: 'job', jobId: answer.id });
      else finish(dryRun, answer.report);
    } catch (e) {
      set(failure(e));
    }
  };

  const finish = (dryRun: boolean, report: ImportReport) => {
    (dryRun ? setCheck : setCommit)({ state: 'report', report });
    // Every list and summary may show what was just written.
    if (!dryRun) void queryClient.invalidateQueries();
  };

  const checkReport = check?.state === 'report' ? check.report : null;
  const committed = commit?.state === 'report' ? commit.report : null;
  const step = committed ? 3 : checkReport ? 2 : file ? 1 : 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <PageTitle gap={4}>Nhập dữ liệu từ tệp</PageTitle>
        <Typography.Text type="secondary">
          Tải lên tệp CSV hoặc Excel, kiểm tra trước (không ghi gì), rồi nhập. Mỗi dòng qua cùng quy tắc và quyền như
          khi nhập tay.
        </Typography.Text>
      </div>
      {screens.md && (
        <Steps
          current={step}
          status={committed ? 'finish' : 'process'}
          size="small"
          items={[
            { title: 'Chọn loại và tệp' },
            { title: 'Kiểm tra' },
            { title: 'Xem kết quả kiểm tra' },
            { title: 'Nhập dữ liệu' },
          ]}
        />
      )}
      <Card size="small" title="1. Loại dữ liệu và tệp">
        <Form layout="vertical" component="div">
          <Row gutter={[16, 0]}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="Loại dữ liệu" htmlFor="import-kind">
                <Select
                  id="import-kind"
                  data-testid="import-kind"
                  value={kind}
                  disabled={busy}
                  options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
                  onChange={(k: ImportKind) => {
                    setKind(k);
                    reset();
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={16}>
              <Form.Item label="Khi có dòng lỗi">
                <Radio.Group
                  value={mode}
                  disabled={busy}
                  onChange={(e) => {
                    setMode(e.target.value);
                    reset();
                  }}
                  aria-label="Chế độ nhập"
                  options={[
                    { value: 'atomic', label: 'Tất cả hoặc không (không ghi dòng nào)' },
                    { value: 'partial', label: 'Nhận dòng hợp lệ (bỏ qua dòng lỗi)' },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <KindHelpPanel kind={kind} />
          <Form.Item label="Tệp dữ liệu" style={{ marginTop: 16, marginBottom: 0 }}>
            <Upload.Dragger
              data-testid="import-file"
              aria-label="Chọn tệp CSV hoặc Excel để nhập"
              accept=".csv,.xlsx"
              maxCount={1}
              disabled={busy}
              fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
              beforeUpload={(f) => {
                if (!contentTypeFor(f.name)) {
                  setFile(null);
                  setCheck({
                    state: 'error',
                    title: 'Định dạng tệp không được hỗ trợ',
                    detail: `“${f.name}” không phải tệp .csv hoặc .xlsx.`,
                    errors: [],
                  });
                  return Upload.LIST_IGNORE;
                }
                setFile(f);
                reset();
                // The file is sent by "Kiểm tra", not uploaded on its own.
                return false;
              }}
              onRemove={() => {
                setFile(null);
                reset();
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Bấm hoặc kéo thả tệp vào đây</p>
              <p className="ant-upload-hint" data-testid="import-hint">
                CSV (UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy) hoặc Excel .xlsx. {ROW_NUMBERING}
              </p>
            </Upload.Dragger>
          </Form.Item>
        </Form>
      </Card>

      <Card size="small" title="2. Kiểm tra tệp (chạy thử, không ghi)">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            data-testid="import-check"
            disabled={!file || busy}
            loading={check?.state === 'posting'}
            onClick={() => run(true)}
          >
            Kiểm tra
          </Button>
          {!file && <Typography.Text type="secondary">Chọn một tệp ở bước 1.</Typography.Text>}
          <RunView
            run={check}
            dryRun
            mode={mode}
            testId="import-report"
            onJobDone={(r) => finish(true, r)}
            onJobFailed={(m) => setCheck({ state: 'error', title: 'Kiểm tra thất bại', detail: m, errors: [] })}
          />
        </Space>
      </Card>

      {checkReport && (
        <Card size="small" title="3. Nhập dữ liệu">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {!committed && (
              <Space wrap>
                <Button
                  type="primary"
                  icon={<CloudUploadOutlined />}
                  data-testid="import-commit"
                  disabled={!canCommit(checkReport, mode) || busy}
                  loading={commit?.state === 'posting'}
                  onClick={() => run(false)}
                >
                  Nhập dữ liệu
                </Button>
                {!canCommit(checkReport, mode) && (
                  <Typography.Text type="secondary">
                    Chưa nhập được: sửa tệp rồi kiểm tra lại
                    {mode === 'atomic' ? ', hoặc chọn chế độ “Nhận dòng hợp lệ”' : ''}.
                  </Typography.Text>
                )}
              </Space>
            )}
            <RunView
              run={commit}
              dryRun={false}
              mode={mode}
              testId="import-result"
              onJobDone={(r) => finish(false, r)}
              onJobFailed={(m) => setCommit({ state: 'error', title: 'Nhập dữ liệu thất bại', detail: m, errors: [] })}
            />
            {committed && (
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  setFile(null);
                  reset();
                }}
              >
                Nhập tệp khác
              </Button>
            )}
          </Space>
        </Card>
      )}
    </Space>
  );
}

interface RunViewProps {
  run: Run | null;
  dryRun: boolean;
  mode: ImportMode;
  testId: string;
  onJobDone: (report: ImportReport) => void;
  onJobFailed: (message: string) => void;
}

/** What a run shows: nothing yet, a background job's progress, its report, or the problem. */
function RunView({ run, dryRun, mode, testId, onJobDone, onJobFailed }: RunViewProps) {
  if (!run || run.state === 'posting') return null;
  if (run.state === 'job')
    return <JobProgress key={run.jobId} id={run.jobId} onDone={onJobDone} onFailed={onJobFailed} />;
  if (run.state === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid={`${testId}-error`}
        title={run.title}
        description={
          <>
            <div>{run.detail}</div>
            {run.errors.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </>
        }
      />
    );
  }
  return <ImportReportView report={run.report} dryRun={dryRun} mode={mode} testId={testId} />;
}
