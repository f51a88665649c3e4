import { useEffect } from 'react';
import { Alert, Progress, Typography } from 'antd';
import { errorMessage } from '../../../api/client';
import { formatNumber } from '../../../format';
import { useImportJob } from '../api/importApi';
import { jobPercent, JOB_STATE_LABELS, type ImportReport } from '../utils/importKinds';

interface Props {
  id: number;
  onDone: (report: ImportReport) => void;
  onFailed: (message: string) => void;
}

/** A background import: its progress every second, then its report (or why it failed). */
export function JobProgress({ id, onDone, onFailed }: Props) {
  const job = useImportJob(id);
  const data = job.data;

  useEffect(() => {
    if (data?.state === 'DONE') onDone(data.result ?? {});
    if (data?.state === 'FAILED') onFailed(data.error || 'Lần nhập chạy nền thất bại; không dòng nào được ghi.');
    // Report once, when the job reaches its end state.
  }, [data?.state]);

  if (job.isError)
    return (
      <Alert type="error" showIcon title="Không đọc được trạng thái lần nhập" description={errorMessage(job.error)} />
    );

  const state = data?.state ?? 'QUEUED';
  return (
    <div data-testid="import-progress" aria-live="polite">
      <Typography.Text>
        Lần nhập số {id} chạy nền: <strong>{JOB_STATE_LABELS[state] ?? state}</strong>
        {data?.total ? ` — đã xử lý ${formatNumber(data.processed ?? 0)} / ${formatNumber(data.total)} dòng` : ''}
      </Typography.Text>
      <Progress
        percent={jobPercent(data)}
        status={state === 'FAILED' ? 'exception' : state === 'DONE' ? 'success' : 'active'}
        aria-label="Tiến độ nhập dữ liệu"
      />
    </div>
  );
}
