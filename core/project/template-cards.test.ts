import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateCardsText } from '../../scripts/check-templates.js';
import { TEMPLATES } from './templates.js';

describe('the Start cards index', () => {
  it('is what the templates say, every edition, English first in Start order (npm run build rewrites it)', () => {
    const onDisk = readFileSync(new URL('./template-cards.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(templateCardsText());
    const index = JSON.parse(onDisk) as { id: string; locale: string }[];
    expect(index.filter((c) => c.locale === 'en').map((c) => c.id)).toEqual(TEMPLATES.map((t) => t.id));
  });
});
