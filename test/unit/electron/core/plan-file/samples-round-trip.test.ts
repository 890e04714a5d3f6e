import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../../shared/domain';
import { SAMPLE_NAMES } from '../../../../../shared/samples';
import { testBackend } from '../../../helpers/backend';

// Every sample, in both languages, leaves one laptop as a .mplan file and arrives on another
// (a fresh data folder) as exactly the same plan: same ids, same order, same values.
describe('.mplan round trip of every sample', () => {
  for (const sample of SAMPLE_NAMES) {
    for (const language of LANGUAGES) {
      it(`${sample} (${language}) comes back identical`, () => {
        const source = testBackend();
        const created = source.call('plans.createFromSample', { sample, language });
        const original = source.call('plans.get', { planId: created.id });
        const file = source.call('plans.exportFile', { planId: created.id });

        const target = testBackend();
        const imported = target.call('plans.importFile', { content: file.content });
        expect(imported.reIded).toBe(false);
        expect(imported.renamed).toBe(false);
        expect(target.call('plans.get', { planId: imported.summary.id })).toEqual(original);
      });
    }
  }
});
