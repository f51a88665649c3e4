import type { ReactNode } from 'react';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Row,
  Select,
  Space,
  type ColProps,
  type FormInstance,
  type FormItemProps,
  type FormProps,
} from 'antd';
import { Link } from 'react-router-dom';
import { isStale } from '../lib/formErrors';
import { FormProblems } from './FormProblems';
import { LinkButton } from './LinkButton';
import { PageTitle } from './PageTitle';
import { PastDatePicker } from './PastDatePicker';
import { STATUS_OPTIONS } from './StatusTag';

/**
 * The head of a create or edit form: the way back (list, then the record when editing), the title, and the
 * problems of the last save that no field shows (a newer version saved meanwhile offers a reload).
 */
function FormHeader({
  list,
  record,
  title,
  what,
  save,
  onReload,
}: {
  list: { to: string; label: string };
  /** The record being edited, as the breadcrumb names it; none when creating. */
  record?: { to: string; label: ReactNode };
  title: string;
  what: string;
  /** The last save (useFormSave): its problems that no field shows. */
  save: { error: unknown; reset: () => void; otherErrors: string[] };
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
        errors={save.otherErrors}
        onReload={() => {
          save.reset();
          onReload?.();
        }}
      />
    </>
  );
}

/** Save, or go back without saving. */
function FormActions({ saving, back, testId }: { saving: boolean; back: string; testId: string }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={saving} data-testid={testId}>
        Lưu
      </Button>
      <LinkButton to={back}>Huỷ</LinkButton>
    </Space>
  );
}

/**
 * A create or edit form's page: FormHeader, a vertical form that saves through `save` (useFormSave) and scrolls to
 * the first invalid field, its sections, then Save and Cancel. `testId` names the form (`-form`) and Save (`-save`).
 */
export function RecordForm<V>({
  form,
  initialValues,
  onValuesChange,
  save,
  back,
  testId,
  children,
  ...header
}: {
  form: FormInstance<V>;
  initialValues: FormProps<V>['initialValues'];
  onValuesChange: FormProps<V>['onValuesChange'];
  save: Parameters<typeof FormHeader>[0]['save'] & { isPending: boolean; mutate: (values: V) => void };
  back: string;
  testId: string;
  children: ReactNode;
} & Omit<Parameters<typeof FormHeader>[0], 'save'>) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <FormHeader {...header} save={save} />
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={onValuesChange}
        scrollToFirstError
        data-testid={`${testId}-form`}
      >
        {children}
        <FormActions saving={save.isPending} back={back} testId={`${testId}-save`} />
      </Form>
    </Space>
  );
}

/** One titled group of a form's fields, laid out in a row of columns. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>{children}</Row>
    </Card>
  );
}

/**
 * One field of a FormSection: its column (full width on a phone unless `xs` says otherwise) holding the labelled
 * Form.Item, so a form lists its fields and their widths only. `missing`, what is said when the field is left empty
 * (or blank), makes it required.
 */
export function FormField({
  xs = 24,
  sm,
  md,
  missing,
  rules,
  children,
  ...item
}: Pick<ColProps, 'xs' | 'sm' | 'md'> & FormItemProps & { missing?: string }) {
  return (
    <Col xs={xs} sm={sm} md={md}>
      <Form.Item
        rules={missing ? [{ required: true, whitespace: true, message: missing }, ...(rules ?? [])] : rules}
        {...item}
      >
        {children}
      </Form.Item>
    </Col>
  );
}

/** A record's status and the day it took effect (empty: today, when the status changes). */
export function StatusFields({ sinceLabel, xs, md }: { sinceLabel: string } & Pick<ColProps, 'xs' | 'md'>) {
  return (
    <>
      <FormField xs={xs} md={md} name="status" label="Trạng thái" missing="Hãy chọn trạng thái">
        <Select options={STATUS_OPTIONS} />
      </FormField>
      <FormField xs={xs} md={md} name="statusSince" label={sinceLabel} tooltip="Để trống: hôm nay (khi đổi trạng thái)">
        <PastDatePicker />
      </FormField>
    </>
  );
}
