import { Descriptions, Typography } from 'antd';
import { nameOf, useCategories, useCommunes, useProvinces } from '../../../api/lookups';
import { formatDate, formatDateTime, RECOGNITION_LABELS } from '../../../format';
import { StatusTag } from '../../../components/StatusTag';
import type { Model } from '../api/modelApi';

/** Everything the registry knows about one model, as a labelled list. */
export function ModelDetails({ model }: { model: Model }) {
  const provinces = useProvinces();
  const categories = useCategories();
  const communes = useCommunes(model.communeCode ? model.provinceCode : null);
  const level = model.recognitionLevel;

  return (
    <Descriptions
      column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 1, xxl: 2 }}
      styles={{ label: { width: 150 } }}
      size="small"
      bordered
      items={[
        {
          key: 'description',
          label: 'Mô tả',
          span: 'filled',
          children: model.description ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
              {model.description}
            </Typography.Paragraph>
          ) : (
            '—'
          ),
        },
        { key: 'code', label: 'Mã', children: model.code },
        { key: 'category', label: 'Lĩnh vực', children: nameOf(categories.data, model.categoryCode) },
        { key: 'province', label: 'Tỉnh, thành phố', children: nameOf(provinces.data, model.provinceCode) },
        {
          key: 'commune',
          label: 'Xã, phường',
          children: model.communeCode ? nameOf(communes.data, model.communeCode) : '—',
        },
        { key: 'lead', label: 'Cơ quan chủ trì', children: model.leadOrganisation || '—' },
        { key: 'started', label: 'Bắt đầu', children: formatDate(model.startedOn) },
        {
          key: 'level',
          label: 'Cấp công nhận',
          children: level ? (RECOGNITION_LABELS[level] ?? level) : 'Chưa công nhận',
        },
        { key: 'recognizedOn', label: 'Ngày công nhận', children: formatDate(model.recognizedOn) },
        { key: 'decision', label: 'Quyết định công nhận', children: model.recognitionDecision || '—' },
        { key: 'status', label: 'Trạng thái', children: <StatusTag status={model.status} /> },
        { key: 'since', label: 'Từ ngày', children: formatDate(model.statusSince) },
        { key: 'reason', label: 'Lý do', children: model.statusReason || '—' },
        ...(model.legacyCode
          ? [{ key: 'legacy', label: 'Mã đơn vị cũ (trước 2025)', children: model.legacyCode }]
          : []),
        { key: 'updated', label: 'Cập nhật lần cuối', children: formatDateTime(model.updatedAt) },
      ]}
    />
  );
}
