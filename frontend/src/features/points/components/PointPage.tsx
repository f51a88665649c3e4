import { useMemo } from 'react';
import { Descriptions, Space, Typography } from 'antd';
import { EditOutlined, FormOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { nameOf, useCommunes, useProvinces } from '../../../api/lookups';
import { useSession } from '../../../auth/SessionContext';
import { canEditPoint, canEnterOutcome } from '../../../auth/permissions';
import { formatDate, formatDateTime, formatNumber, PLACE_TYPE_LABELS } from '../../../format';
import { NotFound } from '../../../components/States';
import { recordFallback, RecordPage, RecordPanel } from '../../../components/RecordPage';
import { LinkButton } from '../../../components/LinkButton';
import { useModel } from '../../models';
import { StatusTag } from '../../../components/StatusTag';
import { usePoint, type Point } from '../api/pointApi';
import { PointOutcomes } from './PointOutcomes';
import { PointsMap } from './PointsMap';
import { hasCoordinates } from '../utils/mapGeometry';

/** One replication point: where, what, who leads it, and what it has reported. */
export default function PointPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const query = usePoint(/^\d+$/.test(id) ? id : undefined);

  if (!/^\d+$/.test(id)) return <NotFound what={`Điểm nhân rộng “${id}”`} />;
  if (query.isPending || query.isError) return recordFallback(query, `Điểm nhân rộng số ${id}`);
  const point = query.data.data;

  return (
    <RecordPage
      testId="point-page"
      list={{ to: '/diem', label: 'Điểm nhân rộng' }}
      crumb={point.placeName}
      title={point.placeName}
      subtitle={`Điểm số ${point.id}`}
      status={point.status}
      actions={
        <>
          {canEnterOutcome(session, point) && (
            <LinkButton
              to={`/nhap-ket-qua?pointId=${point.id}`}
              icon={<FormOutlined />}
              data-testid="point-enter-outcomes"
            >
              Nhập kết quả
            </LinkButton>
          )}
          {canEditPoint(session, point.communeCode, point.provinceCode) && (
            <LinkButton to={`/diem/${point.id}/sua`} type="primary" icon={<EditOutlined />} data-testid="point-edit">
              Sửa
            </LinkButton>
          )}
        </>
      }
    >
      <RecordPanel xxl={hasCoordinates(point) ? 14 : 24} title="Thông tin điểm">
        <PointDetails point={point} />
      </RecordPanel>
      {hasCoordinates(point) && (
        <RecordPanel lg={12} xxl={10} title="Vị trí">
          <PointLocation point={point} />
        </RecordPanel>
      )}
      <RecordPanel title="Kết quả đã báo cáo">
        <PointOutcomes pointId={point.id!} />
      </RecordPanel>
    </RecordPage>
  );
}

function PointDetails({ point }: { point: Point }) {
  const provinces = useProvinces();
  const communes = useCommunes(point.provinceCode);
  const model = useModel(point.modelCode);
  const hidden = <Typography.Text type="secondary">Ẩn</Typography.Text>;
  const coordinates = hasCoordinates(point)
    ? `${formatNumber(point.latitude)}, ${formatNumber(point.longitude)}`
    : 'Chưa có';

  return (
    <Descriptions
      column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2 }}
      size="small"
      bordered
      styles={{ label: { width: 150 } }}
      items={[
        {
          key: 'model',
          label: 'Mô hình',
          span: 'filled',
          children: (
            <Link to={`/mo-hinh/${encodeURIComponent(point.modelCode ?? '')}`}>
              {model.data?.data.name ?? point.modelCode}
            </Link>
          ),
        },
        {
          key: 'placeType',
          label: 'Loại nơi triển khai',
          children: PLACE_TYPE_LABELS[point.placeType ?? ''] ?? point.placeType ?? '—',
        },
        { key: 'placeName', label: 'Tên nơi triển khai', children: point.placeName },
        { key: 'commune', label: 'Xã, phường', children: nameOf(communes.data, point.communeCode) },
        { key: 'province', label: 'Tỉnh, thành phố', children: nameOf(provinces.data, point.provinceCode) },
        { key: 'established', label: 'Ngày thành lập', children: formatDate(point.establishedOn) },
        {
          key: 'status',
          label: 'Trạng thái',
          children: (
            <Space size={4} wrap>
              <StatusTag status={point.status} />
              <span>từ {formatDate(point.statusSince)}</span>
            </Space>
          ),
        },
        { key: 'teams', label: 'Số tổ', children: formatNumber(point.teamCount) },
        { key: 'members', label: 'Số thành viên', children: formatNumber(point.memberCount) },
        { key: 'core', label: 'Người nòng cốt', children: formatNumber(point.coreMemberCount) },
        { key: 'leader', label: 'Người phụ trách', children: point.leaderHidden ? hidden : point.leaderName || '—' },
        {
          key: 'phone',
          label: 'Điện thoại',
          children: point.leaderHidden ? (
            hidden
          ) : point.leaderPhone ? (
            <a href={`tel:${point.leaderPhone.replace(/[^0-9+]/g, '')}`}>{point.leaderPhone}</a>
          ) : (
            '—'
          ),
        },
        { key: 'coordinates', label: 'Tọa độ (vĩ độ, kinh độ)', children: coordinates },
        { key: 'externalId', label: 'Mã ở hệ thống khác', children: point.externalId || '—' },
        ...(point.legacyCode ? [{ key: 'legacy', label: 'Mã xã cũ (trước 2025)', children: point.legacyCode }] : []),
        { key: 'updated', label: 'Cập nhật lần cuối', children: formatDateTime(point.updatedAt) },
      ]}
    />
  );
}

function PointLocation({ point }: { point: Point & { latitude: number; longitude: number } }) {
  const communes = useCommunes(point.provinceCode);
  const communeName = nameOf(communes.data, point.communeCode);
  const points = useMemo(
    () => [
      {
        id: point.id!,
        latitude: point.latitude,
        longitude: point.longitude,
        name: point.placeName ?? '',
        detail: communeName,
      },
    ],
    [point.id, point.latitude, point.longitude, point.placeName, communeName],
  );
  return (
    <PointsMap
      points={points}
      height={320}
      initialView="country"
      label={`Vị trí của ${point.placeName} trên sơ đồ kinh độ, vĩ độ`}
    />
  );
}
