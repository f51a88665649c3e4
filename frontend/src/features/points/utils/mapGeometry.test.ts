import { describe, expect, it } from 'vitest';
import { boundsAround, degreeLabel, escapeHtml, fitBox, hasCoordinates, union, VIETNAM } from './mapGeometry';

describe('map geometry', () => {
  it('knows which points have coordinates', () => {
    expect(hasCoordinates({ latitude: 22.4, longitude: 103.2 })).toBe(true);
    expect(hasCoordinates({ latitude: 22.4, longitude: null })).toBe(false);
    expect(hasCoordinates({})).toBe(false);
  });
  it('frames points with padding and a minimum span', () => {
    const one = boundsAround([{ latitude: 22, longitude: 103 }]);
    expect(one.maxLat - one.minLat).toBeCloseTo(0.52, 5);
    expect((one.minLon + one.maxLon) / 2).toBeCloseTo(103, 5);
    const two = boundsAround([
      { latitude: 20, longitude: 105 },
      { latitude: 22, longitude: 103 },
    ]);
    expect(two).toEqual({ minLon: 102.7, maxLon: 105.3, minLat: 19.7, maxLat: 22.3 });
    expect(boundsAround([])).toEqual(VIETNAM);
  });
  it('joins frames', () => {
    expect(union(VIETNAM, { minLon: 111, maxLon: 112, minLat: 9, maxLat: 10 })).toEqual({
      minLon: 102,
      maxLon: 112,
      minLat: 8,
      maxLat: 23.5,
    });
  });
  it('keeps true proportions inside the available box', () => {
    // Vietnam is about half as wide as tall once longitude is shrunk by cos(15.75°).
    const tall = fitBox(800, 400, VIETNAM);
    expect(tall.height).toBe(400);
    expect(tall.width).toBe(Math.round((400 * (8 * Math.cos((15.75 * Math.PI) / 180))) / 15.5));
    const narrow = fitBox(100, 400, VIETNAM);
    expect(narrow.width).toBe(100);
    expect(narrow.height).toBeLessThan(400);
    expect(fitBox(0, 300, VIETNAM)).toEqual({ width: 0, height: 300 });
  });
  it('escapes tooltip text and labels degrees', () => {
    expect(escapeHtml('<b>Bản "A" & B</b>')).toBe('&lt;b&gt;Bản &quot;A&quot; &amp; B&lt;/b&gt;');
    expect(degreeLabel(103.5, 'lon')).toBe('103,5°Đ');
    expect(degreeLabel(22, 'lat')).toBe('22°B');
  });
});
