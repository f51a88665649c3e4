import { useState } from 'react';
import { PastDatePicker } from '../../../components/PastDatePicker';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateModel, saveModel, type Model } from '../api/modelApi';
import { modelInputOf } from '../utils/modelForm';
import { toApiDate, todayValue } from '../../../lib/dates';
import { isStale, splitFieldErrors } from '../../../lib/formErrors';

interface RetireValues {
  reason: string;
  since: Dayjs;
}

/** "Ngừng hoạt động": the model becomes RETIRED with a reason and a date, kept in its history. */
export function RetireModelButton({ model, etag }: { model: Model; etag: string }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RetireValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const retire = useMutation({
    mutationFn: (values: RetireValues) =>
      saveModel(
        model.code,
        {
          ...modelInputOf(model),
          status: 'RETIRED',
          statusReason: values.reason.trim(),
          statusSince: toApiDate(values.since),
        },
        etag,
      ),
    onSuccess: () => {
      message.success('Đã chuyển mô hình sang trạng thái ngừng hoạt động');
      setOpen(false);
      invalidateModel(client);
    },
    onError: (error) => {
      const { fields } = splitFieldErrors(error, ['statusReason', 'statusSince']);
      form.setFields(fields.map((f) => ({ name: f.name === 'statusReason' ? 'reason' : 'since', errors: f.errors })));
    },
  });
  const stale = isStale(retire.error);
  const otherErrors =
    retire.error && !stale ? splitFieldErrors(retire.error, ['statusReason', 'statusSince']).other : [];

  return (
    <>
      <Button
        danger
        icon={<StopOutlined />}
        onClick={() => {
          retire.reset();
          form.resetFields();
          setOpen(true);
        }}
        data-testid="model-retire"
      >
        Ngừng hoạt động
      </Button>
      <Modal
        open={open}
        title={`Ngừng hoạt động mô hình "${model.name}"?`}
        okText="Xác nhận ngừng hoạt động"
        okButtonProps={{ danger: true, loading: retire.isPending, disabled: stale }}
        cancelText="Huỷ"
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <p>
          Mô hình sẽ chuyển sang trạng thái “Đã giải thể”. Các điểm nhân rộng và kết quả đã báo cáo vẫn được giữ lại.
        </p>
        {stale && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="Mô hình vừa được người khác sửa"
            description="Hãy tải lại để xem thông tin mới nhất rồi thực hiện lại."
            action={
              <Button
                size="small"
                onClick={() => {
                  invalidateModel(client);
                  setOpen(false);
                }}
              >
                Tải lại
              </Button>
            }
          />
        )}
        {otherErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title="Không lưu được"
            description={otherErrors.join('; ')}
          />
        )}
        <Form<RetireValues>
          form={form}
          layout="vertical"
          initialValues={{ since: todayValue() }}
          onFinish={(v) => retire.mutate(v)}
        >
          <Form.Item
            name="reason"
            label="Lý do"
            rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do ngừng hoạt động' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="since" label="Từ ngày" rules={[{ required: true, message: 'Hãy chọn ngày' }]}>
            <PastDatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
