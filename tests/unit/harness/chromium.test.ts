import { describe, expect, test } from 'vitest';
import { findChromium } from '../../e2e/chromium.ts';

describe('finding a Chromium for the browser tests', () => {
  test('with none installed it fails and says how to install one, never skipping', () => {
    expect(() => findChromium({}, ['/nonexistent/chromium'])).toThrow(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium`',
    );
    expect(() => findChromium({}, [])).toThrow('or set CHROMIUM_PATH');
  });

  test('CHROMIUM_PATH wins, and a wrong one is named', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope/chrome' }, [])).toThrow(
      'CHROMIUM_PATH=/nope/chrome does not exist',
    );
    expect(findChromium({ CHROMIUM_PATH: process.execPath }, [])).toBe(process.execPath);
  });

  test('the first existing candidate is used', () => {
    expect(findChromium({}, ['/nonexistent', process.execPath])).toBe(process.execPath);
  });
});
