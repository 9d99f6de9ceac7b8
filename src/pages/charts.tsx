/** Bar widths, label room and row height of a chart, in the SVG's own units. */
const LABEL_WIDTH = 200;
const BAR_WIDTH = 360;
const ROW = 28;

/**
 * A horizontal bar chart drawn on the server as SVG, so it shows with JavaScript off. It is an
 * image with a title for screen readers; the table beside it holds the same figures. Colours and
 * sizes are SVG attributes, not styles, which the pages' CSP does not allow inline.
 */
export function BarChart({
  id,
  title,
  empty,
  bars,
}: {
  id: string;
  title: string;
  /** What the chart says when it has no bars. */
  empty: string;
  bars: { label: string; value: number }[];
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      {bars.length === 0 && (
        <text x="0" y="20" font-size="14" fill="#52525b">
          {empty}
        </text>
      )}
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const length = Math.round((bar.value / max) * BAR_WIDTH);
        return (
          <g>
            <text x={LABEL_WIDTH - 8} y={y + 17} font-size="14" text-anchor="end" fill="#18181b">
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 3}
              width={Math.max(length, bar.value > 0 ? 2 : 0)}
              height={ROW - 8}
              fill="#1d4ed8"
            />
            <text x={LABEL_WIDTH + length + 6} y={y + 17} font-size="14" fill="#18181b">
              {String(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
