// The real knowledge base: complete in both languages, every seed error string where it belongs,
// every cause actionable, and no signature mentioned in a body without being listed (so search
// and the wizard, which read `signatures`, see everything a page shows).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { listUntranslated, validateCorpus } from '../../src/lib/corpus.ts';
import type { LoadedRecord } from '../../tools/lib/load-records.ts';
import { loadRealContent, seedErrorStrings, type SeedString } from '../helpers/real-content.ts';

let records: LoadedRecord[];
let seeds: SeedString[];
before(async () => {
  const loaded = await loadRealContent();
  assert.deepEqual(loaded.problems, [], 'content has schema errors');
  records = loaded.records;
  seeds = await seedErrorStrings();
});

describe('the knowledge base content', () => {
  test('has 28 entries, each in zh and en, and passes the corpus checks', () => {
    assert.deepEqual(validateCorpus(records), []);
    assert.deepEqual(listUntranslated(records), []);
    assert.equal(new Set(records.map((r) => r.data.id)).size, 28);
  });

  test('lists every seed error string, verbatim, in the right entry', () => {
    for (const seed of seeds) {
      for (const lang of ['zh', 'en'] as const) {
        const entry = records.find((r) => r.lang === lang && r.data.id === seed.id);
        assert.ok(entry, `${seed.id} (${lang}) is missing`);
        assert.ok(entry.data.signatures.includes(seed.text), `${entry.file}: signatures lacks ${JSON.stringify(seed.text)}`);
      }
    }
  });

  test('every cause says how to check it and how to fix it', () => {
    for (const r of records) {
      if (r.data.type === 'problem') assert.ok(r.data.causes.length > 0, `${r.file}: a problem without causes`);
      r.data.causes.forEach((c, i) => {
        assert.ok(c.check.trim().length > 10, `${r.file}: causes.${i}.check is too thin`);
        assert.ok(c.fix.trim().length > 10, `${r.file}: causes.${i}.fix is too thin`);
      });
    }
  });

  test('a cause signature is also an entry signature', () => {
    for (const r of records) {
      r.data.causes.forEach((c, i) =>
        c.signatures.forEach((s) =>
          assert.ok(r.data.signatures.includes(s), `${r.file}: causes.${i}.signatures has ${JSON.stringify(s)}, missing from signatures`),
        ),
      );
    }
  });

  test('no body or cause mentions a known error string without listing it', () => {
    const known = [...new Set([...records.flatMap((r) => r.data.signatures), ...seeds.map((s) => s.text)])]
      // Very short strings ("502 Bad Gateway" inside a curl example) are fine to mention in passing.
      .filter((s) => s.length >= 20);
    for (const r of records) {
      const text = [r.body, ...r.data.causes.flatMap((c) => [c.check, c.fix])].join('\n');
      for (const s of known) {
        if (!text.includes(s) || r.data.signatures.includes(s)) continue;
        // Quoting another entry's error while pointing the reader there ("see PAAS-015") is fine.
        const owners = records.filter((o) => o.lang === r.lang && o.data.signatures.includes(s)).map((o) => o.data.id);
        const pointed = owners.some((id) => r.data.related.includes(id) && text.includes(id));
        assert.ok(pointed, `${r.file}: mentions ${JSON.stringify(s)} but neither lists it in signatures nor points to ${owners.join(', ') || 'an entry that does'}`);
      }
    }
  });

  test('dangerous commands carry a danger marking', () => {
    const risky = /kill -9|chmod -R|chown -R|rm -rf?\s|supervisorctl[^\n]*shutdown|set_password/;
    for (const r of records) {
      const blocks = [r.body, ...r.data.causes.map((c) => c.fix)].join('\n').matchAll(/^[ \t]*```([^\n]*)\n([\s\S]*?)^[ \t]*```/gm);
      for (const [, meta, code] of blocks) {
        if (risky.test(code!)) assert.match(meta!, /danger=/, `${r.file}: a block with ${risky.exec(code!)?.[0]} lacks danger="…"`);
      }
    }
  });

  test('no site-specific address or install path from the seeds is offered as is', () => {
    // The seeds hard-code 10.x addresses and /data/bkce; entries use placeholders and may quote the
    // original only in prose notes, never inside a command block.
    for (const r of records) {
      const blocks = [r.body, ...r.data.causes.flatMap((c) => [c.check, c.fix])].join('\n').matchAll(/^[ \t]*```[^\n]*\n([\s\S]*?)^[ \t]*```/gm);
      for (const [, code] of blocks) {
        assert.doesNotMatch(code!, /10\.1[27]\d\.\d+\.\d+/, `${r.file}: a real intranet IP in a code block`);
      }
    }
  });
});
