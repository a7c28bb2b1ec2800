import type { CodeCount } from '../../core/summary/summarise';

/** A small horizontal bar chart: each bar carries its code and count as text, so colour is never the only signal. */
export function BarChart({ title, data }: { title: string; data: CodeCount[] }) {
  if (data.length === 0) return null;
  const max = Math.max(...data.map((d) => d.count));
  const row = 22;
  const labelW = 150;
  const barW = 130;
  return (
    <figure style={{ margin: '8px 0' }}>
      <svg role="img" aria-label={`${title}: ${data.map((d) => `${d.code} ${d.description ?? ''} ${d.count}`).join('; ')}`} width={labelW + barW + 40} height={data.length * row} viewBox={`0 0 ${labelW + barW + 40} ${data.length * row}`}>
        {data.map((d, i) => {
          const w = Math.max(2, Math.round((d.count / max) * barW));
          const label = `${d.code} ${d.description ?? ''}`.trim();
          return (
            <g key={d.code} transform={`translate(0, ${i * row})`}>
              <text x={0} y={15} fontSize={11}>
                {label.length > 26 ? `${label.slice(0, 25)}…` : label}
              </text>
              <rect x={labelW} y={4} width={w} height={14} fill="#0f6cbd" />
              <text x={labelW + w + 4} y={15} fontSize={11}>
                {d.count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 12 }}>{title}</figcaption>
    </figure>
  );
}
