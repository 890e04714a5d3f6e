import { describe, expect, it } from 'vitest';
import { ChartCache, chartKey } from '../../../../../electron/core/export/chart-cache';

const chart = (data: number[], formatter: (v: number) => string = (v) => `${v}`) => ({
  option: { series: [{ type: 'bar', data }], yAxis: { axisLabel: { formatter } } },
  width: 400,
  height: 240,
  scale: 2,
});

describe('chartKey', () => {
  it('is the same for charts alike and differs when the data, size, scale, or the language and currency differ', () => {
    const key = chartKey(chart([1, 2, 3]), 'en|USD');
    expect(chartKey(chart([1, 2, 3]), 'en|USD')).toBe(key);
    expect(chartKey(chart([1, 2, 4]), 'en|USD')).not.toBe(key);
    expect(chartKey({ ...chart([1, 2, 3]), width: 401 }, 'en|USD')).not.toBe(key);
    expect(chartKey({ ...chart([1, 2, 3]), scale: 1.5 }, 'en|USD')).not.toBe(key);
    // Functions are marks only: the worker's bundle and the main thread's write them differently.
    expect(
      chartKey(
        chart([1, 2, 3], (value) => String(value)),
        'en|USD',
      ),
    ).toBe(key);
    expect(chartKey({ ...chart([1, 2, 3]), option: { series: [{ type: 'bar', data: [1, 2, 3] }], yAxis: { axisLabel: {} } } }, 'en|USD')).not.toBe(
      key,
    );
    expect(chartKey(chart([1, 2, 3]), 'zh-CN|USD')).not.toBe(key);
    expect(chartKey(chart([1, 2, 3]), 'en|CNY')).not.toBe(key);
  });
});

describe('ChartCache', () => {
  const png = (bytes: number, fill = 1) => new Uint8Array(bytes).fill(fill);

  it('gives back what it was given, and drops the least recently used beyond its count', () => {
    const cache = new ChartCache({ entries: 2, bytes: 1000 });
    cache.set('a', png(10, 1));
    cache.set('b', png(10, 2));
    expect(cache.get('a')?.[0]).toBe(1); // a is now the most recent
    cache.set('c', png(10, 3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.[0]).toBe(1);
    expect(cache.get('c')?.[0]).toBe(3);
    expect(cache.entries).toBe(2);
  });

  it('holds at most its bytes, never keeps a picture larger than all of them, and counts a replaced one once', () => {
    const cache = new ChartCache({ entries: 10, bytes: 100 });
    cache.set('a', png(40));
    cache.set('b', png(40));
    cache.set('c', png(40));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(80);
    cache.set('huge', png(101));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', png(10));
    expect(cache.bytes).toBe(50);
    cache.clear();
    expect([cache.entries, cache.bytes]).toEqual([0, 0]);
  });
});
