import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { chartDescription } from '../../../shared/charts/base';
import { echarts } from '../../../shared/charts/echarts';
import type { ChartContext, ChartOption } from '../../../shared/charts/types';
import { asTranslate } from '../i18n/as-translate';

type ChartProps = {
  /** A builder's option from shared/charts, made with useChartContext() so it follows theme and language. */
  option: ChartOption;
  /** What the chart shows, for screen readers ("Marketing spend by month"). */
  label: string;
  height: number;
  className?: string;
};

function documentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The theme the app shows (`data-theme` on <html>, set by use-theme.ts), updated as it changes. */
export function useChartTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribeToTheme, documentTheme, () => 'light');
}

/**
 * What the chart builders need, in the UI's language and theme: an option built from it inside
 * useMemo is rebuilt (and the chart redrawn) when the user switches either.
 */
export function useChartContext(currency: string): ChartContext {
  const { t, i18n } = useTranslation();
  const theme = useChartTheme();
  return useMemo(() => {
    const translate = asTranslate(t);
    return { t: translate, locale: i18n.language, currency, theme };
  }, [t, i18n.language, currency, theme]);
}

/**
 * An ECharts chart drawn as SVG, from the moment it comes near the view. One instance lives as long
 * as the element; a new option replaces the old one in place (no re-mount, so no flash), and the
 * chart follows the element's width.
 * Screen readers get `label` as the image's name and the builder's text alternative as its
 * description; ECharts' own aria labelling is turned off here so it does not overwrite them.
 */
export function Chart({ option, label, height, className }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const descriptionId = useId();
  const description = chartDescription(option);

  useEffect(() => {
    const element = container.current!;
    let instance: ReturnType<typeof echarts.init> | null = null;
    const resize = new ResizeObserver(() => instance?.resize());
    // Drawn once the element is in (or near) view, never in the frame that shows the page: a step
    // with four charts then paints its title and fields first, and a chart below the fold costs
    // nothing until it is scrolled to. The frame already has its height, so nothing moves.
    const visible = new IntersectionObserver(
      (entries) => {
        if (instance || !entries.some((e) => e.isIntersecting)) return;
        visible.disconnect();
        instance = echarts.init(element, null, { renderer: 'svg' });
        chart.current = instance;
        instance.setOption({ ...latest.current, aria: { enabled: false } }, { notMerge: true });
        resize.observe(element);
      },
      { rootMargin: '200px 0px' },
    );
    visible.observe(element);
    return () => {
      visible.disconnect();
      resize.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ ...option, aria: { enabled: false } }, { notMerge: true });
  }, [option]);

  return (
    <div className={className ? `chart ${className}` : 'chart'}>
      <div role="img" aria-label={label} aria-describedby={description ? descriptionId : undefined} className="chart__frame">
        <div ref={container} className="chart__canvas" style={{ height }} />
      </div>
      {description ? (
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      ) : null}
    </div>
  );
}
