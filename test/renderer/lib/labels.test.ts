import { describe, expect, it } from 'vitest';
import { sizeLabel } from '../../../renderer/src/lib/labels';

describe('size keys are shown as words', () => {
  it('labels the known keys and capitalises a typed one', () => {
    expect(sizeLabel('clothing')).toBe('Clothing size');
    expect(sizeLabel('underwear')).toBe('Underwear');
    expect(sizeLabel('glove')).toBe('Glove');
  });
});
