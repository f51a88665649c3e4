import { Form, Input, Select } from 'antd';
import { ProvinceSelect } from '../../../components/ProvinceSelect';
import { PastDatePicker } from '../../../components/PastDatePicker';
import { useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../../api/client';
import { useCategories } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canCreateModel, canEditModel, canRecogniseNationally } from '../../../auth/permissions';
import type { Session } from '../../../auth/session';
import { RECOGNITION_LABELS } from '../../../format';
import { invalidateModel, saveModel, useModel, type Model } from '../api/modelApi';
import { MODEL_FORM_FIELDS, modelFormValues, modelInput, type ModelFormValues } from '../utils/modelForm';
import { recordFallback } from '../../../components/RecordPage';
import { FormField, FormSection, RecordForm, StatusFields } from '../../../components/FormPage';
import { CommuneSelect } from '../../../components/CommuneSelect';
import { useFormSave } from '../../../hooks/useFormSave';
import { codeOptions } from '../../../components/FilterSelect';
import { Forbidden } from '../../../components/Forbidden';
import { filterByLabel } from '../../../lib/text';
import { crossCheck } from '../../../lib/formRules';

/** /mo-hinh/moi creates a model; /mo-hinh/:code/sua edits one. */
export default function ModelFormPage() {
  const { code } = useParams();
  const session = useSession();
  const query = useModel(code);

  if (!code) {
    if (!canCreateModel(session)) {
      return (
        <Forbidden text="Tài khoản của bạn không được tạo mô hình." back="/mo-hinh" backLabel="Về danh mục mô hình" />
      );
    }
    return <ModelForm session={session} />;
  }
  if (query.isPending || query.isError) return recordFallback(query, `Mô hình “${code}”`);
  const { data: model, etag } = query.data;
  if (!canEditModel(session, model.provinceCode)) {
    return (
      <Forbidden
        text="Bạn chỉ sửa được mô hình của đơn vị mình."
        back={`/mo-hinh/${encodeURIComponent(code)}`}
        backLabel="Về trang mô hình"
      />
    );
  }
  // A reload after a conflict brings a new version: a fresh form shows what is saved now.
  return <ModelForm key={model.version} session={session} model={model} etag={etag} onReload={() => query.refetch()} />;
}

function ModelForm({
  session,
  model,
  etag,
  onReload,
}: {
  session: Session;
  model?: Model;
  etag?: string;
  onReload?: () => void;
}) {
  const [form] = Form.useForm<ModelFormValues>();
  const categories = useCategories();
  const provinceCode = Form.useWatch('provinceCode', form);
  const status = Form.useWatch('status', form);

  // A province officer works in their own province only.
  const fixedProvince = session.writeScope === 'PROVINCE' ? (session.unit ?? undefined) : undefined;
  const mayNational = canRecogniseNationally(session);
  const nationalLocked = !mayNational && model?.recognitionLevel === 'NATIONAL';
  const editing = !!model;

  const initialValues: Partial<ModelFormValues> = model
    ? modelFormValues(model)
    : { provinceCode: fixedProvince, status: 'ACTIVE' };

  const save = useFormSave({
    form,
    fields: MODEL_FORM_FIELDS,
    save: (values: ModelFormValues) => saveModel(model?.code, modelInput(values), etag),
    saved: {
      message: 'Đã lưu mô hình',
      invalidate: invalidateModel,
      to: (saved) => `/mo-hinh/${encodeURIComponent(saved.code ?? '')}`,
    },
    onError: (error, values) => {
      // 409 on create means the chosen code is taken: that is the code field's problem.
      if (!(error instanceof ApiError && error.status === 409 && !editing && values.code?.trim())) return false;
      form.setFields([{ name: 'code', errors: [errorMessage(error)] }]);
      form.scrollToField('code');
      return true;
    },
  });

  const recognitionOptions = Object.entries(RECOGNITION_LABELS)
    .filter(([value]) => value !== 'NATIONAL' || mayNational || nationalLocked)
    .map(([value, label]) => ({ value, label }));
  const title = editing ? `Sửa mô hình ${model.code}` : 'Thêm mô hình';
  const back = editing ? `/mo-hinh/${encodeURIComponent(model.code ?? '')}` : '/mo-hinh';

  return (
    <RecordForm<ModelFormValues>
      form={form}
      initialValues={initialValues}
      onValuesChange={(changed) => {
        // Another province's communes make no sense here.
        if ('provinceCode' in changed) form.setFieldValue('communeCode', undefined);
      }}
      list={{ to: '/mo-hinh', label: 'Mô hình' }}
      record={editing ? { to: back, label: model.code } : undefined}
      title={title}
      what="Mô hình"
      save={save}
      onReload={onReload}
      back={back}
      testId="model"
    >
      <FormSection title="Thông tin chung">
        <FormField
          md={8}
          name="code"
          label="Mã mô hình"
          tooltip={editing ? 'Mã mô hình không đổi được' : 'Để trống để hệ thống tự cấp mã (MH<mã tỉnh>-<số>)'}
          rules={[
            {
              pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/,
              message: 'Mã gồm 2–40 ký tự: chữ không dấu, số, gạch ngang, gạch dưới',
            },
          ]}
          normalize={(v: string) => v?.toUpperCase()}
        >
          <Input disabled={editing} placeholder={editing ? undefined : 'Để trống: hệ thống tự cấp'} maxLength={40} />
        </FormField>
        <FormField md={16} name="name" label="Tên mô hình" missing="Hãy nhập tên mô hình">
          <Input maxLength={300} />
        </FormField>
        <FormField name="description" label="Mô tả">
          <Input.TextArea rows={4} maxLength={10000} />
        </FormField>
        <FormField md={12} name="categoryCode" label="Lĩnh vực" missing="Hãy chọn lĩnh vực">
          <Select
            loading={categories.isPending}
            showSearch={{ filterOption: filterByLabel }}
            options={codeOptions(categories.data)}
            placeholder="Chọn lĩnh vực"
          />
        </FormField>
        <FormField md={12} name="leadOrganisation" label="Cơ quan, tổ chức chủ trì">
          <Input maxLength={200} placeholder="Ví dụ: Công an tỉnh, Hội Phụ nữ, Đoàn Thanh niên" />
        </FormField>
        <FormField
          md={8}
          name="provinceCode"
          label="Tỉnh, thành phố xây dựng mô hình"
          missing="Hãy chọn tỉnh"
          extra={fixedProvince ? 'Mô hình thuộc tỉnh của đơn vị bạn' : undefined}
        >
          <ProvinceSelect disabled={!!fixedProvince} />
        </FormField>
        <FormField md={8} name="communeCode" label="Xã, phường (nếu có)">
          <CommuneSelect allowClear provinceCode={provinceCode} placeholder="Chọn xã, phường" />
        </FormField>
        <FormField md={8} name="startedOn" label="Ngày bắt đầu">
          <PastDatePicker />
        </FormField>
      </FormSection>

      <FormSection title="Công nhận">
        <FormField
          md={8}
          name="recognitionLevel"
          label="Cấp công nhận"
          extra={nationalLocked ? 'Chỉ cấp trung ương thay đổi được công nhận cấp toàn quốc' : undefined}
          dependencies={['recognizedOn', 'recognitionDecision']}
          rules={[
            crossCheck(
              (value, getFieldValue) =>
                !value && (getFieldValue('recognizedOn') || getFieldValue('recognitionDecision')?.trim()),
              'Có ngày hoặc quyết định công nhận thì phải chọn cấp công nhận',
            ),
          ]}
        >
          <Select allowClear disabled={nationalLocked} options={recognitionOptions} placeholder="Chưa công nhận" />
        </FormField>
        <FormField
          md={8}
          name="recognizedOn"
          label="Ngày công nhận"
          dependencies={['startedOn']}
          rules={[
            crossCheck(
              (value, getFieldValue) =>
                value && getFieldValue('startedOn') && value.isBefore(getFieldValue('startedOn'), 'day'),
              'Ngày công nhận không được trước ngày bắt đầu',
            ),
          ]}
        >
          <PastDatePicker />
        </FormField>
        <FormField md={8} name="recognitionDecision" label="Số quyết định công nhận">
          <Input maxLength={200} placeholder="Ví dụ: Quyết định số 512/QĐ-UBND" />
        </FormField>
      </FormSection>

      <FormSection title="Trạng thái">
        <StatusFields md={8} sinceLabel="Có hiệu lực từ ngày" />
        <FormField
          name="statusReason"
          label="Lý do"
          dependencies={['status']}
          rules={[
            {
              required: !!status && status !== 'ACTIVE',
              whitespace: true,
              message: 'Tạm ngừng hoặc giải thể thì phải ghi lý do',
            },
          ]}
          hidden={status === 'ACTIVE'}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </FormField>
      </FormSection>
    </RecordForm>
  );
}
