import { Form, Input, InputNumber, Select } from 'antd';
import { ProvinceSelect } from '../../../components/ProvinceSelect';
import { PastDatePicker } from '../../../components/PastDatePicker';
import { useParams, useSearchParams } from 'react-router-dom';
import { useSession } from '../../../auth/SessionContext';
import { canCreatePoint, canEditPoint, canWriteCommune } from '../../../auth/permissions';
import type { Session } from '../../../auth/session';
import { Loading, NotFound } from '../../../components/States';
import { recordFallback } from '../../../components/RecordPage';
import { FormField, FormSection, RecordForm, StatusFields } from '../../../components/FormPage';
import { CommuneSelect } from '../../../components/CommuneSelect';
import { useFormSave } from '../../../hooks/useFormSave';
import { Forbidden } from '../../../components/Forbidden';
import { crossCheck } from '../../../lib/formRules';
import { ModelSelect } from './ModelSelect';
import { invalidatePoints, savePoint, useCommune, usePoint, type Point } from '../api/pointApi';
import { POINT_FORM_FIELDS, pointFormValues, pointInput, type PointFormValues } from '../utils/pointForm';
import { PLACE_TYPE_OPTIONS } from '../utils/pointOptions';

/** /diem/moi creates a point (?modelCode=&communeCode= prefill it); /diem/:id/sua edits one. */
export default function PointFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const session = useSession();
  const validId = id && /^\d+$/.test(id) ? id : undefined;
  const query = usePoint(validId);
  const prefillCommune = !id ? params.get('communeCode') : null;
  const commune = useCommune(prefillCommune);

  if (!id) {
    if (!canCreatePoint(session)) {
      return (
        <Forbidden
          text="Tài khoản của bạn không được thêm điểm nhân rộng."
          back="/diem"
          backLabel="Về danh sách điểm"
        />
      );
    }
    if (prefillCommune && commune.isPending) return <Loading rows={10} />;
    // A prefilled commune outside the user's area, or unknown, is left for the user to choose.
    const known =
      commune.data && canWriteCommune(session, commune.data.code, commune.data.provinceCode) ? commune.data : undefined;
    return (
      <PointForm
        session={session}
        prefill={{
          modelCode: params.get('modelCode') ?? undefined,
          communeCode: known?.code,
          provinceCode: known?.provinceCode,
        }}
      />
    );
  }
  if (!validId) return <NotFound what={`Điểm nhân rộng “${id}”`} />;
  if (query.isPending || query.isError) return recordFallback(query, `Điểm nhân rộng số ${id}`);
  const { data: point, etag } = query.data;
  if (!canEditPoint(session, point.communeCode, point.provinceCode)) {
    return (
      <Forbidden
        text="Bạn chỉ sửa được điểm nhân rộng thuộc địa bàn của đơn vị mình."
        back={`/diem/${id}`}
        backLabel="Về trang điểm"
      />
    );
  }
  return <PointForm key={point.version} session={session} point={point} etag={etag} onReload={() => query.refetch()} />;
}

/** The province and commune a user is tied to: a province officer's province, a commune officer's commune. */
function fixedUnits(session: Session): { province?: string; commune?: string } {
  if (session.writeScope === 'PROVINCE') return { province: session.unit ?? undefined };
  if (session.writeScope === 'COMMUNE')
    return { province: session.unitProvinceCode ?? undefined, commune: session.unit ?? undefined };
  return {};
}

function PointForm({
  session,
  point,
  etag,
  onReload,
  prefill,
}: {
  session: Session;
  point?: Point;
  etag?: string;
  onReload?: () => void;
  prefill?: { modelCode?: string; communeCode?: string; provinceCode?: string };
}) {
  const [form] = Form.useForm<PointFormValues>();
  const provinceCode = Form.useWatch('provinceCode', form);
  const fixed = fixedUnits(session);
  const editing = !!point;

  const initialValues: Partial<PointFormValues> = point
    ? pointFormValues(point)
    : {
        modelCode: prefill?.modelCode,
        provinceCode: fixed.province ?? prefill?.provinceCode,
        communeCode: fixed.commune ?? prefill?.communeCode,
        placeType: 'VILLAGE',
        status: 'ACTIVE',
        teamCount: 0,
        memberCount: 0,
        coreMemberCount: 0,
      };

  const save = useFormSave({
    form,
    fields: POINT_FORM_FIELDS,
    save: (values: PointFormValues) => savePoint(point?.id, pointInput(values), etag),
    saved: {
      message: 'Đã lưu điểm nhân rộng',
      invalidate: invalidatePoints,
      to: (saved) => (saved.id !== undefined ? `/diem/${saved.id}` : '/diem'),
    },
  });

  const back = editing ? `/diem/${point.id}` : '/diem';

  return (
    <RecordForm<PointFormValues>
      form={form}
      initialValues={initialValues}
      onValuesChange={(changed) => {
        if ('provinceCode' in changed && !fixed.commune) form.setFieldValue('communeCode', undefined);
      }}
      list={{ to: '/diem', label: 'Điểm nhân rộng' }}
      record={editing ? { to: back, label: point.placeName } : undefined}
      title={editing ? `Sửa điểm: ${point.placeName}` : 'Thêm điểm nhân rộng'}
      what="Điểm"
      save={save}
      onReload={onReload}
      back={back}
      testId="point"
    >
      <FormSection title="Mô hình và địa bàn">
        <FormField name="modelCode" label="Mô hình" missing="Hãy chọn mô hình">
          <ModelSelect />
        </FormField>
        <FormField
          md={12}
          name="provinceCode"
          label="Tỉnh, thành phố"
          missing="Hãy chọn tỉnh trước"
          extra={fixed.province ? 'Theo đơn vị của bạn' : undefined}
        >
          <ProvinceSelect disabled={!!fixed.province} />
        </FormField>
        <FormField
          md={12}
          name="communeCode"
          label="Xã, phường, đặc khu"
          missing="Hãy chọn xã"
          extra={fixed.commune ? 'Theo đơn vị của bạn' : undefined}
        >
          {/* Only communes this user may write in are offered (a province officer's list is their province anyway). */}
          <CommuneSelect
            provinceCode={provinceCode}
            only={fixed.commune}
            disabled={!!fixed.commune}
            placeholder="Chọn xã"
          />
        </FormField>
      </FormSection>

      <FormSection title="Nơi triển khai">
        <FormField md={8} name="placeType" label="Loại nơi triển khai" missing="Hãy chọn loại nơi triển khai">
          <Select options={PLACE_TYPE_OPTIONS} />
        </FormField>
        <FormField md={16} name="placeName" label="Tên nơi triển khai" missing="Hãy nhập tên nơi triển khai">
          <Input maxLength={300} placeholder="Ví dụ: Dòng họ Giàng, bản Sì Choang" />
        </FormField>
        <FormField md={8} name="establishedOn" label="Ngày thành lập">
          <PastDatePicker />
        </FormField>
        <StatusFields xs={12} md={8} sinceLabel="Trạng thái từ ngày" />
        <FormField
          md={8}
          name="externalId"
          label="Mã ở hệ thống khác"
          tooltip="Mã điểm do hệ thống khác dùng để tham chiếu (nếu có)"
          rules={[{ pattern: /^[\p{L}\p{N}._:/-]+$/u, message: 'Chỉ gồm chữ, số và . _ : / -' }]}
        >
          <Input maxLength={100} />
        </FormField>
      </FormSection>

      <FormSection title="Lực lượng và người phụ trách">
        <FormField sm={8} name="teamCount" label="Số tổ">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </FormField>
        <FormField sm={8} name="memberCount" label="Số thành viên">
          <InputNumber min={0} max={10000000} precision={0} style={{ width: '100%' }} />
        </FormField>
        <FormField
          sm={8}
          name="coreMemberCount"
          label="Người nòng cốt"
          tooltip="Trưởng bản, trưởng họ, người có uy tín"
          dependencies={['memberCount']}
          rules={[
            crossCheck(
              (value, getFieldValue) => (value ?? 0) > (getFieldValue('memberCount') ?? 0),
              'Không được nhiều hơn số thành viên',
            ),
          ]}
        >
          <InputNumber min={0} max={10000000} precision={0} style={{ width: '100%' }} />
        </FormField>
        <FormField md={12} name="leaderName" label="Người phụ trách">
          <Input maxLength={200} placeholder="Tổ trưởng, trưởng bản…" />
        </FormField>
        <FormField
          md={12}
          name="leaderPhone"
          label="Điện thoại người phụ trách"
          rules={[{ pattern: /^[0-9 +().-]*$/, message: 'Chỉ gồm chữ số và + ( ) . - khoảng trắng' }]}
        >
          <Input maxLength={30} inputMode="tel" />
        </FormField>
      </FormSection>

      <FormSection title="Tọa độ (không bắt buộc)">
        <CoordinateField name="latitude" label="Vĩ độ" other="longitude" limit={90} example="22,5312" />
        <CoordinateField name="longitude" label="Kinh độ" other="latitude" limit={180} example="103,3315" />
      </FormSection>
    </RecordForm>
  );
}

/** A latitude or longitude in degrees (comma decimals, as Vietnamese write them); one needs the other. */
function CoordinateField({
  name,
  label,
  other,
  limit,
  example,
}: {
  name: 'latitude' | 'longitude';
  label: string;
  other: 'latitude' | 'longitude';
  limit: number;
  example: string;
}) {
  return (
    <FormField
      xs={12}
      name={name}
      label={label}
      dependencies={[other]}
      rules={[
        crossCheck((value, getFieldValue) => value == null && getFieldValue(other) != null, 'Cần cả vĩ độ và kinh độ'),
      ]}
    >
      <InputNumber
        min={-limit}
        max={limit}
        step={0.0001}
        decimalSeparator=","
        style={{ width: '100%' }}
        placeholder={`Ví dụ: ${example}`}
      />
    </FormField>
  );
}
