/** A plain longitude/latitude frame for drawing points without map tiles. */
export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/** Mainland Vietnam, roughly (the islands further east are not drawn). */
export const VIETNAM: Bounds = { minLon: 102, maxLon: 110, minLat: 8, maxLat: 23.5 };

export interface Located {
  latitude?: number | null;
  longitude?: number | null;
}

export function hasCoordinates<T extends Located>(p: T): p is T & { latitude: number; longitude: number } {
  return (
    typeof p.latitude === 'number' &&
    typeof p.longitude === 'number' &&
    Number.isFinite(p.latitude) &&
    Number.isFinite(p.longitude)
  );
}

/** The smallest frame around the points, padded, never narrower than `minSpan` degrees. */
export function boundsAround(
  points: readonly { latitude: number; longitude: number }[],
  minSpan = 0.4,
  pad = 0.15,
): Bounds {
  if (!points.length) return VIETNAM;
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const grow = (min: number, max: number) => {
    const span = Math.max(max - min, minSpan);
    const mid = (min + max) / 2;
    const half = (span * (1 + 2 * pad)) / 2;
    return [mid - half, mid + half];
  };
  const [minLon, maxLon] = grow(Math.min(...lons), Math.max(...lons));
  const [minLat, maxLat] = grow(Math.min(...lats), Math.max(...lats));
  return { minLon: round(minLon), maxLon: round(maxLon), minLat: round(minLat), maxLat: round(maxLat) };
}

/** Two frames joined, so points outside Vietnam's box still show on the country view. */
export function union(a: Bounds, b: Bounds): Bounds {
  return {
    minLon: Math.min(a.minLon, b.minLon),
    maxLon: Math.max(a.maxLon, b.maxLon),
    minLat: Math.min(a.minLat, b.minLat),
    maxLat: Math.max(a.maxLat, b.maxLat),
  };
}

/**
 * The largest box inside width×height whose sides keep the frame's true proportions: a degree of longitude is
 * cos(latitude) times a degree of latitude, so Vietnam is drawn tall and narrow rather than stretched.
 */
export function fitBox(width: number, height: number, b: Bounds): { width: number; height: number } {
  const midLat = ((b.minLat + b.maxLat) / 2) * (Math.PI / 180);
  const ratio = ((b.maxLon - b.minLon) * Math.cos(midLat)) / (b.maxLat - b.minLat);
  if (width <= 0 || height <= 0 || !Number.isFinite(ratio) || ratio <= 0)
    return { width: Math.max(0, width), height: Math.max(0, height) };
  return width / height > ratio
    ? { width: Math.round(height * ratio), height: Math.round(height) }
    : { width: Math.round(width), height: Math.round(width / ratio) };
}

/** Text for an HTML tooltip (ECharts renders tooltips as HTML). */
export function escapeHtml(text: string | null | undefined): string {
  return (text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** 103.5 → "103,5°Đ", 22 → "22°B": how Vietnamese maps mark degrees. */
export function degreeLabel(value: number, axis: 'lon' | 'lat'): string {
  const text = String(round(Math.abs(value))).replace('.', ',');
  return `${text}°${axis === 'lon' ? (value >= 0 ? 'Đ' : 'T') : value >= 0 ? 'B' : 'N'}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
