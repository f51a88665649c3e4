import type { ReactNode } from 'react';
import { Breadcrumb, Button, Space } from 'antd';
import { Link } from 'react-router-dom';
import { isStale } from '../lib/formErrors';
import { FormProblems } from './FormProblems';
import { PageTitle } from './PageTitle';

/**
 * The head of a create or edit form: the way back (list, then the record when editing), the title, and the
 * problems of the last save that no field shows (a newer version saved meanwhile offers a reload).
 */
export function FormHeader({
  list,
  record,
  title,
  what,
  save,
  otherErrors,
  onReload,
}: {
  list: { to: string; label: string };
  /** The record being edited, as the breadcrumb names it; none when creating. */
  record?: { to: string; label: ReactNode };
  title: string;
  what: string;
  save: { error: unknown; reset: () => void };
  otherErrors: string[];
  onReload?: () => void;
}) {
  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to={list.to}>{list.label}</Link> },
          ...(record ? [{ title: <Link to={record.to}>{record.label}</Link> }] : []),
          { title: record ? 'Sửa' : 'Thêm mới' },
        ]}
      />
      <PageTitle>{title}</PageTitle>
      <FormProblems
        what={what}
        stale={isStale(save.error)}
        errors={otherErrors}
        onReload={() => {
          save.reset();
          onReload?.();
        }}
      />
    </>
  );
}

/** Save, or go back without saving. */
export function FormActions({ saving, back, testId }: { saving: boolean; back: string; testId: string }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={saving} data-testid={testId}>
        Lưu
      </Button>
      <Link to={back}>
        <Button>Huỷ</Button>
      </Link>
    </Space>
  );
}
