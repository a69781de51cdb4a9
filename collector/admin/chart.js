import { html } from '../html.js';

/**
 * A horizontal bar chart as inline SVG: no library, no script, nothing loaded from elsewhere, and no
 * style attributes (colours come from admin.css), so it renders under the admin page's strict CSP.
 * Labels and titles are escaped text like everything else on the page. The same numbers are in a
 * table beside the chart for screen readers, so the chart itself is hidden from them.
 */

const WIDTH = 640;
const LABEL_WIDTH = 240;
const BAR_AREA = 300;
const ROW = 30;
const BAR = 20;

/** @param {string} text @param {number} max */
const shorten = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * @param {Array<{ label: string, count: number }>} bars
 * @param {number} total  for the percentages
 */
export function barChart(bars, total) {
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const height = Math.max(1, bars.length) * ROW + 4;
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true" focusable="false">
    ${bars.map((bar, index) => {
      const y = index * ROW + 2;
      const width = Math.round((bar.count / most) * BAR_AREA);
      const percent = total ? Math.round((bar.count / total) * 100) : 0;
      return html`<g>
        <title>${bar.label}: ${bar.count}</title>
        <text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + BAR / 2 + 5}" text-anchor="end">${shorten(bar.label, 34)}</text>
        <rect class="chart-track" x="${LABEL_WIDTH}" y="${y}" width="${BAR_AREA}" height="${BAR}" rx="3"></rect>
        <rect class="chart-bar" x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR}" rx="3"></rect>
        <text class="chart-count" x="${LABEL_WIDTH + BAR_AREA + 8}" y="${y + BAR / 2 + 5}">${bar.count} (${percent} %)</text>
      </g>`;
    })}
  </svg>`;
}
