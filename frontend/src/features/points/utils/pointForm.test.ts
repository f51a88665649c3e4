import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { pointFormValues, pointInput } from './pointForm';
import type { Point } from '../api/pointApi';

describe('point form values', () => {
  it('round-trips a point through the form, without the province', () => {
    const point: Point = {
      id: 7,
      modelCode: 'LCU-DHTQ',
      communeCode: '03549',
      provinceCode: '12',
      placeType: 'CLAN',
      placeName: 'Dòng họ Giàng',
      externalId: 'LC-1',
      establishedOn: '2013-01-01',
      status: 'ACTIVE',
      statusSince: '2013-01-01',
      teamCount: 19,
      memberCount: 118,
      coreMemberCount: 9,
      leaderName: 'Lò Văn Pằn',
      leaderPhone: '0912 345 678',
      latitude: 22.5312,
      longitude: 103.3315,
      version: 4,
    };
    // What is sent is the point itself, less what the API keeps: its id, version and province (the commune's).
    const sent: Partial<Point> = { ...point };
    delete sent.id;
    delete sent.version;
    delete sent.provinceCode;
    expect(pointInput(pointFormValues(point))).toEqual(sent);
  });
  it('sends blanks as nothing and empty counts as 0', () => {
    const input = pointInput({
      modelCode: 'M',
      provinceCode: '12',
      communeCode: '03549',
      placeType: 'VILLAGE',
      placeName: '  Bản Mới ',
      externalId: ' ',
      establishedOn: dayjs('2025-07-01'),
      status: 'ACTIVE',
      teamCount: null,
      memberCount: 12.4,
      leaderName: '',
      latitude: null,
    });
    expect(input).toEqual({
      modelCode: 'M',
      communeCode: '03549',
      placeType: 'VILLAGE',
      placeName: 'Bản Mới',
      externalId: undefined,
      establishedOn: '2025-07-01',
      status: 'ACTIVE',
      statusSince: undefined,
      teamCount: 0,
      memberCount: 12,
      coreMemberCount: 0,
      leaderName: undefined,
      leaderPhone: undefined,
      latitude: undefined,
      longitude: undefined,
    });
    expect('provinceCode' in input).toBe(false);
  });
});
