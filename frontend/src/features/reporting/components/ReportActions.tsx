import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { ACTION_LABELS, actionChoices, type MayWhy, type ReportAction } from '../utils/reportState';

const ICONS: Record<ReportAction, React.ReactNode> = {
  submit: <SendOutlined />,
  approve: <CheckOutlined />,
  reopen: <UnlockOutlined />,
};

const DONE: Record<ReportAction, string> = {
  submit: 'Đã nộp báo cáo.',
  approve: 'Đã duyệt báo cáo; số liệu của báo cáo đã được khóa.',
  reopen: 'Đã mở lại báo cáo; đơn vị sửa được số liệu.',
};

/**
 * The buttons of a report: only those the API says the caller may use now (`may`), each other action's reason
 * (`why`) in words instead. Reopening asks for the reason, which is required; submitting and approving take an
 * optional comment.
 */
export function ReportActions({
  status,
  run,
  pending,
}: {
  status: MayWhy;
  run: (action: ReportAction, text?: string) => Promise<unknown>;
  pending?: boolean;
}) {
  const { message } = App.useApp();
  const [asking, setAsking] = useState<ReportAction | null>(null);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { offered, reasons } = actionChoices(status);

  const confirm = async () => {
    if (!asking) return;
    try {
      await run(asking, text.trim() || undefined);
      message.success(DONE[asking]);
      setAsking(null);
      setText('');
      setFailure(null);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  const reasonMissing = asking === 'reopen' && !text.trim();

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {offered.length > 0 && (
        <Space wrap>
          {offered.map((action) => (
            <Button
              key={action}
              type={action === 'reopen' ? 'default' : 'primary'}
              danger={action === 'reopen'}
              icon={ICONS[action]}
              data-testid={`report-${action}`}
              loading={pending && asking === action}
              onClick={() => {
                setAsking(action);
                setText('');
                setFailure(null);
              }}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </Space>
      )}
      {reasons.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="report-why">
          {reasons.map((r) => (
            <li key={r.action}>
              <Typography.Text type="secondary">
                {ACTION_LABELS[r.action]}: {r.why}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Modal
        open={!!asking}
        title={asking ? ACTION_LABELS[asking] : ''}
        okText={asking ? ACTION_LABELS[asking] : 'Đồng ý'}
        cancelText="Hủy"
        onOk={confirm}
        onCancel={() => setAsking(null)}
        okButtonProps={{ disabled: reasonMissing, loading: pending, 'data-testid': 'report-confirm' } as ButtonProps}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="report-text">
            {asking === 'reopen' ? 'Lý do mở lại (bắt buộc)' : 'Ghi chú (không bắt buộc)'}
          </label>
          <Input.TextArea
            id="report-text"
            data-testid="report-text"
            rows={3}
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.target.value)}
            status={reasonMissing ? 'warning' : undefined}
          />
          {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        </Space>
      </Modal>
    </Space>
  );
}
