/** Chart colours come from the theme's CSS variables, so charts follow light and dark mode without re-rendering. */
export const chartTheme = {
  bar: 'var(--chart-bar)',
  grid: 'var(--chart-grid)',
  tick: { fill: 'var(--text-muted)', fontSize: 12 },
  tooltip: {
    contentStyle: {
      background: 'var(--surface)',
      border: '1px solid var(--border)',
      borderRadius: 6,
      color: 'var(--text)',
    },
    itemStyle: { color: 'var(--text)' },
    labelStyle: { color: 'var(--text)', fontWeight: 600 },
    cursor: { fill: 'var(--surface-muted)' },
  },
} as const;
