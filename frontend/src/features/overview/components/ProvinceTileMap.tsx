import { Link } from 'react-router-dom';
import { Tooltip, Typography } from 'antd';
import { formatNumber, formatPercent } from '../../../format';
import type { ProvinceRow } from '../api/api';
import { usePeriodSearch } from '../../../hooks/usePeriodParam';
import { COVERAGE_BANDS, coverageBand, NO_DATA_COLOR, TILE_COLUMNS, TILE_ROWS, TILES } from '../utils/tileLayout';

function bandLabel(i: number): string {
  const band = COVERAGE_BANDS[i];
  if (i === 0) return `Dưới ${formatPercent(band.to)}`;
  if (i === COVERAGE_BANDS.length - 1) return `Từ ${formatPercent(band.from)}`;
  return `${formatPercent(band.from)} – ${formatPercent(band.to)}`;
}

function Legend() {
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 12, fontSize: 12 }}
      aria-label="Chú giải độ phủ"
    >
      {COVERAGE_BANDS.map((band, i) => (
        <span key={band.color} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span
            aria-hidden
            style={{ width: 14, height: 14, borderRadius: 3, background: band.color, border: '1px solid #d9d9d9' }}
          />
          {bandLabel(i)}
        </span>
      ))}
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span
          aria-hidden
          style={{
            width: 14,
            height: 14,
            borderRadius: 3,
            background: NO_DATA_COLOR.color,
            border: '1px solid #d9d9d9',
          }}
        />
        Không có số liệu
      </span>
    </div>
  );
}

/** The provinces as tiles placed roughly by geography, coloured by commune coverage; each opens its province. */
export function ProvinceTileMap({ rows }: { rows: ProvinceRow[] }) {
  const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
  const search = usePeriodSearch();
  return (
    <div data-testid="province-tile-map">
      <nav
        aria-label="Bản đồ ô độ phủ các tỉnh, thành phố"
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${TILE_ROWS}, minmax(44px, auto))`,
          gap: 4,
          maxWidth: 460,
          margin: '0 auto',
        }}
      >
        {TILES.map((tile) => {
          const row = byCode.get(tile.code);
          const share = row && row.communeCount > 0 ? row.coverage : null;
          const band = coverageBand(share);
          const name = row?.provinceName ?? tile.short;
          const details = row
            ? `${name}: độ phủ ${formatPercent(share)} (${formatNumber(row.coveredCommuneCount)}/${formatNumber(row.communeCount)} xã), ${formatNumber(row.pointCount)} điểm`
            : `${name}: không có số liệu`;
          const shown = share === null ? '—' : formatPercent(share);
          return (
            <Tooltip key={tile.code} title={details}>
              <Link
                to={`/tinh/${tile.code}${search}`}
                // The accessible name starts with what the tile shows, so speech input can name it.
                aria-label={`${tile.short} ${shown}. ${details}`}
                data-testid={`tile-${tile.code}`}
                style={{
                  gridRow: tile.row + 1,
                  gridColumn: tile.col + 1,
                  background: band.color,
                  color: band.text,
                  borderRadius: 4,
                  border: '1px solid rgba(0,0,0,0.08)',
                  padding: '3px 2px',
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'center',
                  alignItems: 'center',
                  textAlign: 'center',
                  lineHeight: 1.15,
                  fontSize: 11,
                  overflow: 'hidden',
                  wordBreak: 'break-word',
                }}
              >
                <span>{tile.short}</span> <strong style={{ fontSize: 12 }}>{shown}</strong>
              </Link>
            </Tooltip>
          );
        })}
      </nav>
      <Legend />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Vị trí các ô chỉ gần đúng theo địa lý; bấm vào một ô để xem tỉnh.
      </Typography.Text>
    </div>
  );
}
