import { useEffect, useRef } from 'react';
import { Alert, Button, Space } from 'antd';

/**
 * Why a save failed, above the form: someone else's newer version (with a reload), or errors that belong to no
 * field. It scrolls itself into view, since the Save button that caused it is at the bottom of a long form.
 */
export function FormProblems({
  what,
  stale,
  errors,
  onReload,
}: {
  /** "Mô hình", "Điểm": the record's name in the sentences. */
  what: string;
  stale: boolean;
  errors: string[];
  onReload: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = stale || errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [shown, errors]);
  if (!shown) return null;
  return (
    <div ref={ref}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="form-stale"
            title={`${what} vừa được người khác thay đổi`}
            description="Thay đổi của bạn chưa được lưu. Tải lại để xem bản mới nhất (những gì bạn vừa nhập sẽ mất), rồi sửa lại."
            action={<Button onClick={onReload}>Tải lại</Button>}
          />
        )}
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="form-error"
            title={`Không lưu được ${what.toLowerCase()}`}
            description={
              errors.length === 1 ? (
                errors[0]
              ) : (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
      </Space>
    </div>
  );
}
