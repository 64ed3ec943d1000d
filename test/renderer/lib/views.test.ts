import { describe, expect, it } from 'vitest';
import { allowedIn } from '../../../renderer/src/lib/views';

describe("the costume view offers only what the core's table allows", () => {
  it('refuses new productions, people and recently deleted in the costume view', () => {
    for (const name of ['production.create', 'person.list', 'trash.list'] as const) {
      expect(allowedIn(name, 'costume')).toBe(false);
      expect(allowedIn(name, 'full')).toBe(true);
    }
    expect(allowedIn('production.get', 'costume')).toBe(true);
  });
});
