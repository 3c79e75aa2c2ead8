import { describe, expect, it } from 'vitest';
import { sliderMax } from './WeightInputs';

describe('the weight slider’s range', () => {
  it('is three fair shares of 100, in steps of 5, between 10 and 100', () => {
    expect(sliderMax(15, 7)).toBe(20);
    expect(sliderMax(4, 30)).toBe(75);
    expect(sliderMax(40, 2)).toBe(10);
    expect(sliderMax(1, 100)).toBe(100);
  });

  it('opens to 100 for a weight typed above it, so the thumb never sits past the end', () => {
    expect(sliderMax(15, 35)).toBe(100);
  });
});
