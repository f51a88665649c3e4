import { useMemo, type ReactNode } from 'react';
import { Col, Form, Row, Select, Typography, type SelectProps } from 'antd';
import { useCommuneOptions, useProvinces } from '../../../api/lookups';
import { UNIT_TYPE_LABELS } from '../../../format';
import { kindNeeds, type UnitKind, type UnitSelection } from '../utils/entryGrid';
import { filterByLabelOrCode } from '../../../lib/text';
import { useCommunePoints, useProvinceModels } from '../api/entryQueries';

interface Props {
  value: UnitSelection;
  onChange: (next: UnitSelection) => void;
  kinds: UnitKind[];
  /** The province / commune the user is held to; their selects are shown but locked. */
  fixedProvince: string | null;
  fixedCommune: string | null;
}

/** Step 1: the kind of reporting unit, then the unit itself, narrowing province → commune → model or point. */
export function UnitPicker({ value, onChange, kinds, fixedProvince, fixedCommune }: Props) {
  const needs = kindNeeds(value.kind);
  const provinces = useProvinces();
  const communes = useCommuneOptions(value.provinceCode, { fullNames: true });
  // Point labels name their model too, so models are read for points as well.
  const models = useProvinceModels(needs.model || needs.point ? value.provinceCode : null);
  const points = useCommunePoints(needs.point || value.kind === 'MODEL_COMMUNE' ? value.communeCode : null);

  const modelOptions = useMemo(() => {
    const options = new Map<string, string>();
    for (const m of models.data ?? []) if (m.code) options.set(m.code, m.name ?? m.code);
    // A model built elsewhere can still be replicated into this commune: offer those too.
    if (value.kind === 'MODEL_COMMUNE') {
      for (const p of points.data?.items ?? [])
        if (p.modelCode && !options.has(p.modelCode)) options.set(p.modelCode, p.modelCode);
    }
    return [...options].map(([code, name]) => ({ value: code, label: name === code ? code : `${name} (${code})` }));
  }, [models.data, points.data, value.kind]);

  const modelNames = useMemo(() => new Map((models.data ?? []).map((m) => [m.code, m.name])), [models.data]);
  const pointOptions = (points.data?.items ?? []).map((p) => ({
    value: p.id as number,
    label: `${p.placeName ?? `Điểm ${p.id}`} — ${modelNames.get(p.modelCode ?? '') ?? p.modelCode ?? ''}`,
  }));

  const set = (patch: Partial<UnitSelection>) => onChange({ ...value, ...patch });

  return (
    <Row gutter={[16, 0]}>
      <UnitSelect<UnitKind>
        id="entry-unit-kind"
        label="Loại đơn vị báo cáo"
        data-testid="entry-unit-kind"
        showSearch={false}
        value={value.kind}
        options={kinds.map((k) => ({ value: k, label: UNIT_TYPE_LABELS[k] }))}
        onChange={(kind) => set({ kind, modelCode: null, pointId: null })}
      />
      <UnitSelect<string>
        id="entry-province"
        label="Tỉnh, thành phố"
        placeholder="Chọn tỉnh"
        value={value.provinceCode ?? undefined}
        disabled={!!fixedProvince}
        loading={provinces.isPending}
        options={(provinces.data ?? []).map((p) => ({ value: p.code as string, label: p.name ?? p.code }))}
        onChange={(provinceCode) => set({ provinceCode, communeCode: null, modelCode: null, pointId: null })}
        status={provinces.isError ? 'error' : undefined}
      />
      {needs.commune && (
        <UnitSelect<string>
          id="entry-commune"
          label="Xã, phường, đặc khu"
          placeholder={value.provinceCode ? 'Chọn xã' : 'Chọn tỉnh trước'}
          value={value.communeCode ?? undefined}
          disabled={!!fixedCommune || !value.provinceCode}
          loading={communes.isFetching}
          options={communes.options}
          onChange={(communeCode) =>
            set({ communeCode, pointId: null, modelCode: value.kind === 'MODEL_COMMUNE' ? null : value.modelCode })
          }
          notFoundContent={communes.isError ? 'Không tải được danh sách xã' : 'Không có xã phù hợp'}
        />
      )}
      {needs.model && (
        <UnitSelect<string>
          id="entry-model"
          label="Mô hình"
          placeholder={value.provinceCode ? 'Chọn mô hình' : 'Chọn tỉnh trước'}
          value={value.modelCode ?? undefined}
          disabled={!value.provinceCode || (value.kind === 'MODEL_COMMUNE' && !value.communeCode)}
          loading={models.isFetching}
          options={modelOptions}
          onChange={(modelCode) => set({ modelCode })}
          notFoundContent={models.isError ? 'Không tải được danh sách mô hình' : 'Tỉnh chưa có mô hình'}
        />
      )}
      {needs.point && (
        <UnitSelect<number>
          id="entry-point"
          label="Điểm nhân rộng"
          wide
          extra={
            points.data && points.data.total > points.data.items.length ? (
              <Typography.Text type="secondary">
                Hiện {points.data.items.length} trên {points.data.total} điểm; gõ để tìm.
              </Typography.Text>
            ) : undefined
          }
          placeholder={value.communeCode ? 'Chọn điểm nhân rộng' : 'Chọn xã trước'}
          value={value.pointId ?? undefined}
          disabled={!value.communeCode}
          loading={points.isFetching}
          options={pointOptions}
          onChange={(pointId) => set({ pointId })}
          notFoundContent={points.isError ? 'Không tải được danh sách điểm' : 'Xã chưa có điểm nhân rộng'}
        />
      )}
    </Row>
  );
}

/** One labelled select of the picker, searchable by name or code; the point select takes a wider column. */
function UnitSelect<V extends string | number>({
  id,
  label,
  wide,
  extra,
  ...select
}: { id: string; label: string; wide?: boolean; extra?: ReactNode } & SelectProps<V>) {
  return (
    <Col xs={24} md={wide ? 24 : 12} xl={wide ? 16 : 8}>
      <Form.Item label={label} htmlFor={id} extra={extra}>
        <Select<V> id={id} showSearch={{ filterOption: filterByLabelOrCode }} {...select} />
      </Form.Item>
    </Col>
  );
}
