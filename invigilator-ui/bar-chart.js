// A horizontal bar chart in SVG (no style attribute: the CSP refuses them), read by screen readers as one image
// whose name says every value; pages show the same figures as text beside it.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;
/** Room kept right of the longest bar for its value. */
const VALUE_WIDTH = 50;

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Bars for `entries` `[{label, value, className}]` scaled on the largest value; `title` names the chart and
 * `describe(entry)` writes one entry in words for its accessible name (« En cours : 3 »).
 */
export function barChart({ title, entries, describe }) {
  const largest = Math.max(1, ...entries.map((entry) => entry.value));
  const height = entries.length * ROW_HEIGHT;
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: 'bar-chart',
    'aria-label': `${title}. ${entries.map(describe).join(' ; ')}.`,
  });
  entries.forEach((entry, index) => {
    const y = index * ROW_HEIGHT;
    const length = Math.round(((WIDTH - LABEL_WIDTH - VALUE_WIDTH) * entry.value) / largest);
    chart.append(
      svg('text', { x: LABEL_WIDTH - 10, y: y + ROW_HEIGHT / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' }, entry.label),
      svg('rect', { x: LABEL_WIDTH, y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: Math.max(length, 2), height: BAR_HEIGHT, rx: 3, class: `bar ${entry.className ?? ''}` }),
      svg('text', { x: LABEL_WIDTH + Math.max(length, 2) + 8, y: y + ROW_HEIGHT / 2, 'dominant-baseline': 'middle', class: 'bar-value' }, String(entry.value)));
  });
  return chart;
}
