/** The Progress screen's charts as plain lines of text: bars and shades are characters, so they
 * read the same with NO_COLOR and in a test. */
import { heatLevel, heatLevels, type CalendarDay } from '../../../progress/charts.js';

const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A column chart of `values`, `height` rows tall, one column of `barWidth` characters per value,
 * with the largest value on the axis and day marks below. */
export function barChart(values: readonly number[], height: number, barWidth = 2): string[] {
  const max = Math.max(1, ...values);
  const axis = String(max).length;
  const rows: string[] = [];
  for (let r = height; r >= 1; r--) {
    const label = r === height ? String(max).padStart(axis) : r === 1 ? '0'.padStart(axis) : ' '.repeat(axis);
    const cells = values.map((v) => {
      const eighths = Math.round((v / max) * height * 8) - (r - 1) * 8;
      const ch = EIGHTHS[Math.max(0, Math.min(8, eighths))]!;
      // a value above zero always shows at least its lowest bar
      const shown = r === 1 && v > 0 && ch === ' ' ? '▁' : ch;
      return shown.repeat(barWidth - 1) + ' ';
    });
    rows.push(`${label} │${cells.join('')}`);
  }
  const marks = values.map((_, i) => (i % 5 === 0 ? String(i).padEnd(barWidth * 5) : '')).join('');
  rows.push(`${' '.repeat(axis)} └${'─'.repeat(values.length * barWidth)}`);
  rows.push(`${' '.repeat(axis)}  ${marks.trimEnd()}`);
  return rows;
}

export const SHADES = ['·', '░', '▒', '▓', '█'];
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The review calendar: a row per weekday, a column (two characters) per week, month names above,
 * and a legend that says how many reviews each shade means. */
export function calendarLines(calendar: CalendarDay[][]): string[] {
  const levels = heatLevels(calendar);
  let months = '';
  let lastMonth = -1;
  for (const week of calendar) {
    const m = new Date(week[0]!.at).getMonth();
    if (m !== lastMonth && months.length <= calendar.indexOf(week) * 2) {
      months = months.padEnd(calendar.indexOf(week) * 2) + MONTHS[m];
      lastMonth = m;
    }
  }
  const lines = [`    ${months}`];
  for (let d = 0; d < 7; d++) {
    const cells = calendar.map((week) => (week[d]!.future ? '  ' : `${SHADES[heatLevel(week[d]!.reviews, levels)]} `));
    lines.push(`${WEEKDAYS[d]!.padEnd(4)}${cells.join('')}`);
  }
  const [a, b, c] = levels;
  const range = (lo: number, hi: number) => (lo === hi ? `${lo}` : `${lo}-${hi}`);
  lines.push(`    ${SHADES[0]} none  ${SHADES[1]} ${range(1, a)}  ${SHADES[2]} ${range(a + 1, b)}  ${SHADES[3]} ${range(b + 1, c)}  ${SHADES[4]} ${c + 1}+ reviews a day`);
  return lines;
}

/** A row of small bars, one per value in 0..1 (quiz scores). */
export function sparkline(values: readonly number[]): string {
  return values.map((v) => EIGHTHS[Math.max(1, Math.round(Math.max(0, Math.min(1, v)) * 8))]).join('');
}
