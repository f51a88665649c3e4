import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Form, Result, Space, Typography } from 'antd';
import { useSession } from '../../../auth/SessionContext';
import type { Session } from '../../../auth/session';
import { canEnterOutcome } from '../../../auth/permissions';
import { nameOf, useCommunes, useProvinces } from '../../../api/lookups';
import { EmptyState, Loading } from '../../../components/States';
import { periodLabel, UNIT_TYPE_LABELS } from '../../../format';
import { unitKey, type UnitSelection } from '../utils/entryGrid';
import {
  allowedKinds,
  applyScope,
  fixedUnits,
  periodFromParams,
  selectionFromParams,
  selectionToParams,
} from '../utils/entrySelection';
import { usePoint, useProvinceModels } from '../api/entryQueries';
import { UnitPicker } from './UnitPicker';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { defaultPeriod } from '../../../lib/periodIds';
import { EntryGrid } from './EntryGrid';
import { EntryReports } from './EntryReports';
import { PageTitle } from '../../../components/PageTitle';

/** "Nhập kết quả": choose a reporting unit and a period, then fill in one value per indicator. */
export default function EntryPage() {
  const session = useSession();
  if (!allowedKinds(session).length) {
    return (
      <Result status="403" title="Bạn không có quyền nhập kết quả" subTitle="Tài khoản của bạn chỉ được xem dữ liệu." />
    );
  }
  return <EntryForm session={session} />;
}

function EntryForm({ session }: { session: Session }) {
  const [params, setParams] = useSearchParams();
  const fixed = fixedUnits(session);
  const asked = applyScope(selectionFromParams(params), session);
  const point = usePoint(asked.kind === 'POINT' ? asked.pointId : null);

  // A point named by id alone (a link from its page) brings its province and commune along,
  // unless it lies outside the user's unit.
  const pointPlace = point.data && point.data.id === asked.pointId ? point.data : undefined;
  const outsideScope =
    !!pointPlace &&
    ((!!fixed.communeCode && pointPlace.communeCode !== fixed.communeCode) ||
      (!!fixed.provinceCode && pointPlace.provinceCode !== fixed.provinceCode));
  // A point outside the unit is not offered at all: the link's id stays in the address only.
  const selection: UnitSelection = !pointPlace
    ? asked
    : outsideScope
      ? { ...asked, pointId: null }
      : { ...asked, provinceCode: pointPlace.provinceCode, communeCode: pointPlace.communeCode };
  const period = periodFromParams(params) ?? defaultPeriod('QUARTER');

  const update = (next: UnitSelection, nextPeriod: string = period) =>
    setParams(selectionToParams(next, nextPeriod), { replace: true });

  // The address shows what the page really uses (a link asking for another province is corrected).
  const canonical = new URLSearchParams(
    selectionToParams(outsideScope ? asked : selection, periodFromParams(params)),
  ).toString();
  useEffect(() => {
    if (canonical !== params.toString()) setParams(new URLSearchParams(canonical), { replace: true });
  }, [canonical, params, setParams]);

  const key = unitKey(selection);
  const place =
    selection.kind === 'POINT'
      ? { communeCode: pointPlace?.communeCode, provinceCode: pointPlace?.provinceCode }
      : selection.kind === 'MODEL_PROVINCE' || selection.kind === 'PROVINCE'
        ? { provinceCode: selection.provinceCode }
        : { communeCode: selection.communeCode, provinceCode: selection.provinceCode };
  const placeKnown = selection.kind !== 'POINT' || !!pointPlace;
  const canWrite = placeKnown && canEnterOutcome(session, place);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <PageTitle gap={4}>Nhập kết quả</PageTitle>
        <Typography.Text type="secondary">
          Chọn đơn vị báo cáo và kỳ, rồi nhập số liệu từng chỉ tiêu như trên báo cáo giấy. Ô để trống không được gửi.
        </Typography.Text>
      </div>
      <Card title="1. Đơn vị báo cáo" size="small">
        <Form layout="vertical" component="div">
          <UnitPicker
            value={selection}
            onChange={(next) => update(next)}
            kinds={allowedKinds(session)}
            fixedProvince={fixed.provinceCode}
            fixedCommune={fixed.communeCode}
          />
        </Form>
      </Card>
      <Card title="2. Kỳ báo cáo" size="small">
        <Form layout="vertical" component="div">
          <PeriodPicker layout="form" value={period} onChange={(p) => update(selection, p)} />
        </Form>
      </Card>
      <Card
        title={
          <UnitTitle
            selection={selection}
            period={period}
            pointName={selection.pointId ? pointPlace?.placeName : undefined}
          />
        }
        size="small"
      >
        {selection.kind === 'POINT' && point.isError && (
          <Alert
            type="error"
            showIcon
            title="Không tìm thấy điểm nhân rộng"
            description={`Điểm số ${selection.pointId} không tồn tại hoặc không đọc được.`}
          />
        )}
        {outsideScope && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`Điểm “${pointPlace?.placeName ?? pointPlace?.id}” nằm ngoài đơn vị của bạn`}
            description="Bạn không nhập được kết quả cho điểm này; hãy chọn một điểm nhân rộng trong đơn vị của mình ở bước 1."
          />
        )}
        {!outsideScope && placeKnown && !canWrite && key && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="Bạn không có quyền nhập kết quả cho đơn vị này; chỉ xem được số liệu đã lưu."
          />
        )}
        {key && selection.kind === 'POINT' && !pointPlace ? (
          point.isError ? null : (
            <Loading rows={6} />
          )
        ) : key ? (
          <>
            <EntryReports selection={selection} period={period} />
            <EntryGrid
              key={JSON.stringify([selection.kind, key, period])}
              selection={selection}
              period={period}
              canWrite={canWrite}
            />
          </>
        ) : (
          <EmptyState text="Chọn đủ đơn vị báo cáo ở bước 1 để nhập kết quả" />
        )}
      </Card>
    </Space>
  );
}

/** "Điểm nhân rộng: Bản Pa So · Quý III/2026": what the grid below is for. */
function UnitTitle({ selection, period, pointName }: { selection: UnitSelection; period: string; pointName?: string }) {
  const provinces = useProvinces();
  const communes = useCommunes(selection.provinceCode);
  const models = useProvinceModels(selection.modelCode ? selection.provinceCode : null);
  const parts: string[] = [];
  if (selection.kind === 'POINT' && pointName) parts.push(pointName);
  if (selection.modelCode) parts.push(nameOf(models.data, selection.modelCode));
  if (selection.communeCode && selection.kind !== 'MODEL_PROVINCE' && selection.kind !== 'PROVINCE') {
    const commune = communes.data?.find((c) => c.code === selection.communeCode);
    parts.push(commune?.fullName ?? commune?.name ?? selection.communeCode);
  }
  if (selection.provinceCode) parts.push(nameOf(provinces.data, selection.provinceCode));
  return (
    <span style={{ whiteSpace: 'normal' }}>
      3. {UNIT_TYPE_LABELS[selection.kind]}
      {parts.length ? `: ${parts.join(', ')}` : ''} · {periodLabel(period)}
    </span>
  );
}
