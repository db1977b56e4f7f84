// Trend charts through Apache ECharts (loaded from its WebJar by index.html as the global `echarts`).
import {t, language, decimal, percent} from './i18n.js';
import {h} from './dom.js';

const charts = new Set();
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

/**
 * A line chart of one figure over the periods.
 *
 * @param id the element id, so that tests and links can find the chart
 * @param title the chart's title
 * @param periods the x axis, oldest first
 * @param values one value per period; null leaves a gap, since an empty figure is not zero
 * @param kind 'score' (0–100) or 'ratio' (shown as a percentage)
 */
export function trendChart(id, title, periods, values, kind, colour) {
  const element = h('div', {class: 'chart', id, 'data-points': values.filter((v) => v !== null).length});
  const format = kind === 'ratio' ? (value) => percent(value, 0) : (value) => decimal(value, 0);
  // ECharts measures its container, so it can only draw once the element is in the document.
  window.requestAnimationFrame(() => {
    if (!element.isConnected || !window.echarts) return;
    for (const chart of charts) if (!chart.getDom().isConnected) { chart.dispose(); charts.delete(chart); }
    const chart = window.echarts.init(element, null, {locale: language().startsWith('zh') ? 'ZH' : 'EN'});
    chart.setOption({
      animation: false,
      title: {text: title, left: 12, top: 8, textStyle: {fontSize: 13, fontWeight: 600, color: '#1f2937'}},
      grid: {left: 48, right: 20, top: 44, bottom: 36},
      tooltip: {trigger: 'axis', valueFormatter: (value) => (value === null || value === undefined ? t('common.none') : kind === 'ratio' ? percent(value) : decimal(value, 2))},
      xAxis: {type: 'category', data: periods, axisLabel: {color: '#6b7280'}},
      yAxis: {
        type: 'value', min: 0, max: kind === 'score' ? 100 : null,
        axisLabel: {color: '#6b7280', formatter: format},
        splitLine: {lineStyle: {color: '#eef0f3'}},
      },
      series: [{
        type: 'line', name: title, data: values, connectNulls: false, smooth: false, symbolSize: 7,
        lineStyle: {width: 2, color: colour}, itemStyle: {color: colour},
        areaStyle: {color: colour, opacity: 0.08},
      }],
    });
    charts.add(chart);
  });
  return element;
}
