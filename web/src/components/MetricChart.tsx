import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Snapshot } from '../api/types';
import { dateTime, useI18n } from '../i18n/i18n';

/**
 * Followers and daily visitors over time, with uPlot (about 20 KB gzipped, loaded with the account page only).
 * Followers on the left axis, daily visitors on the right: their scales differ by orders of magnitude.
 */
export default function MetricChart({ history }: { history: Snapshot[] }) {
  const i18n = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const oldestFirst = [...history].sort((a, b) => a.collectedAt.localeCompare(b.collectedAt));
    const data: uPlot.AlignedData = [
      oldestFirst.map((snapshot) => Date.parse(snapshot.collectedAt) / 1000),
      oldestFirst.map((snapshot) => snapshot.metrics.followers ?? null),
      oldestFirst.map((snapshot) => snapshot.metrics.dailyVisitors ?? null),
    ];
    const numbers = (values: number[]) => values.map((value) => (value == null ? '' : i18n.number(value)));
    // Days, never hours: figures are collected daily. "12월 1일" for Korean staff, "Dec 1" in English.
    const day = new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', { month: 'short', day: 'numeric' });
    const days = (values: number[]) => values.map((seconds) => day.format(new Date(seconds * 1000)));
    const font = '12px "Noto Sans KR", "Noto Sans CJK KR", system-ui, sans-serif';
    const DAY = 86_400;
    const chart = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 240,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true } },
        series: [
          {
            label: i18n.t('metricsAt'),
            value: (_, seconds) => (seconds == null ? '' : dateTime(new Date(seconds * 1000).toISOString())),
          },
          { label: i18n.t('followers'), stroke: '#2f5d50', width: 2, scale: 'followers', value: (_, v) => (v == null ? '—' : i18n.number(v)) },
          { label: i18n.t('dailyVisitors'), stroke: '#c0703a', width: 2, scale: 'visitors', value: (_, v) => (v == null ? '—' : i18n.number(v)) },
        ],
        axes: [
          { values: (_, values) => days(values), incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY], font, space: 70 },
          { scale: 'followers', values: (_, values) => numbers(values), size: 64, font },
          { scale: 'visitors', side: 1, values: (_, values) => numbers(values), size: 56, grid: { show: false }, font },
        ],
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(280, element.clientWidth), height: 240 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [history, i18n]);
  return <div ref={box} className="chart" />;
}
