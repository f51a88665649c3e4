import type { Dayjs } from 'dayjs';
import type { Point, PointInput } from '../api/pointApi';
import { fromApiDate, toApiDate } from '../../../lib/dates';

/** What the point form holds; provinceCode only narrows the commune list and is not sent. */
export interface PointFormValues {
  modelCode: string;
  provinceCode?: string;
  communeCode: string;
  placeType: NonNullable<Point['placeType']>;
  placeName: string;
  externalId?: string;
  establishedOn?: Dayjs;
  status: NonNullable<Point['status']>;
  statusSince?: Dayjs;
  teamCount?: number | null;
  memberCount?: number | null;
  coreMemberCount?: number | null;
  leaderName?: string;
  leaderPhone?: string;
  latitude?: number | null;
  longitude?: number | null;
}

/** The ReplicationPointInput fields the form shows, for placing server field errors. */
export const POINT_FORM_FIELDS = [
  'modelCode',
  'communeCode',
  'placeType',
  'placeName',
  'externalId',
  'establishedOn',
  'status',
  'statusSince',
  'teamCount',
  'memberCount',
  'coreMemberCount',
  'leaderName',
  'leaderPhone',
  'latitude',
  'longitude',
] as const;

export function pointFormValues(point: Point): PointFormValues {
  return {
    modelCode: point.modelCode ?? '',
    provinceCode: point.provinceCode ?? undefined,
    communeCode: point.communeCode ?? '',
    placeType: point.placeType ?? 'VILLAGE',
    placeName: point.placeName ?? '',
    externalId: point.externalId ?? undefined,
    establishedOn: fromApiDate(point.establishedOn),
    status: point.status ?? 'ACTIVE',
    statusSince: fromApiDate(point.statusSince),
    teamCount: point.teamCount ?? 0,
    memberCount: point.memberCount ?? 0,
    coreMemberCount: point.coreMemberCount ?? 0,
    leaderName: point.leaderName ?? undefined,
    leaderPhone: point.leaderPhone ?? undefined,
    latitude: point.latitude ?? undefined,
    longitude: point.longitude ?? undefined,
  };
}

function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function count(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

function coordinate(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The body for POST/PUT (PUT replaces every field, so empty counts are sent as 0, as the API stores them). */
export function pointInput(values: PointFormValues): PointInput {
  return {
    modelCode: values.modelCode,
    communeCode: values.communeCode,
    placeType: values.placeType,
    placeName: values.placeName.trim(),
    externalId: text(values.externalId),
    establishedOn: toApiDate(values.establishedOn),
    status: values.status,
    statusSince: toApiDate(values.statusSince),
    teamCount: count(values.teamCount),
    memberCount: count(values.memberCount),
    coreMemberCount: count(values.coreMemberCount),
    leaderName: text(values.leaderName),
    leaderPhone: text(values.leaderPhone),
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
  };
}
