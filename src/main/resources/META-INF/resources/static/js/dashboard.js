// Draws each dashboard table as a chart with Chart.js (served from its webjar, loaded before this file).
// The table is the data: every chart reads the table beside it, so the two cannot disagree, and a reader without
// JavaScript or with a screen reader has the same figures. Colours are GOV.UK's palette.
/* global Chart */
const PALETTE = ['#1d70b8', '#00703c', '#d4351c', '#f47738', '#4c2c92', '#28a197', '#003078', '#d53880', '#b58840', '#505a5f']
const CAP_COLOUR = '#0b0c0c'

if (typeof Chart !== 'undefined') {
  Chart.defaults.font.family = getComputedStyle(document.querySelector('.govuk-body') || document.body).fontFamily
  Chart.defaults.font.size = 14
  Chart.defaults.color = '#0b0c0c'
  Chart.defaults.animation = false
  for (const canvas of document.querySelectorAll('canvas[data-chart-for]')) {
    const table = document.getElementById(canvas.dataset.chartFor)
    if (table) draw(canvas, table)
  }
}

function draw (canvas, table) {
  const headers = Array.from(table.tHead.rows[0].cells)
  const series = headers.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.hasAttribute('data-series'))
  const rows = Array.from(table.tBodies[0].rows).filter(row => row.querySelector('th[scope=row]'))
  if (rows.length === 0) return
  const labels = rows.map(row => wrap(row.querySelector('th[scope=row]').textContent.trim().replace(/\s+/g, ' ')))
  const kind = table.dataset.chart
  const datasets = series.map(({ cell, index }, n) => ({
    label: cell.textContent.trim(),
    data: rows.map(row => valueOf(row.cells[index])),
    backgroundColor: kind === 'doughnut' ? rows.map((_, i) => PALETTE[i % PALETTE.length]) : PALETTE[n % PALETTE.length],
    borderWidth: kind === 'doughnut' ? 2 : 0
  }))
  if (table.dataset.cap) {
    datasets.push({
      type: 'line',
      label: table.dataset.capLabel,
      data: rows.map(() => Number(table.dataset.cap)),
      borderColor: CAP_COLOUR,
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0
    })
  }
  // eslint-disable-next-line no-new
  new Chart(canvas, {
    type: kind === 'doughnut' ? 'doughnut' : 'bar',
    data: { labels, datasets },
    options: {
      maintainAspectRatio: false,
      indexAxis: kind === 'horizontal' ? 'y' : 'x',
      plugins: { legend: { display: datasets.length > 1 || kind === 'doughnut', position: 'bottom' } },
      scales: kind === 'doughnut' ? {} : {
        [kind === 'horizontal' ? 'x' : 'y']: { beginAtZero: true, ticks: 'decimals' in table.dataset ? {} : { precision: 0 } },
        // Every agency named; dates along a year's meetings may thin out (the table beside has them all).
        [kind === 'horizontal' ? 'y' : 'x']: { ticks: { autoSkip: kind !== 'horizontal' } }
      }
    }
  })
}

// Long agency names go on two or three lines instead of being cut at the chart's edge.
function wrap (label, width = 22) {
  const lines = []
  for (const word of label.split(' ')) {
    const last = lines.length - 1
    if (last >= 0 && (lines[last] + ' ' + word).length <= width) lines[last] += ' ' + word
    else lines.push(word)
  }
  return lines.length === 1 ? lines[0] : lines
}

function valueOf (cell) {
  const value = cell && cell.dataset.value
  return value === undefined || value === '' ? null : Number(value)
}
