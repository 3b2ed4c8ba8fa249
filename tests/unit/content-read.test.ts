import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldLine, parseEntryFile, parseEntryPath, slugIndex } from '../../src/lib/content/read.ts';

const file = (name: string, text: string) => parseEntryFile(`content/entries/zh/${name}.md`, 'zh', name, text);

const SOURCE = `---
id: PAAS-001
title: t
related: [PAAS-002]
signatures:
  - "a: b"
causes:
  - key: first
    title: one
    check: c1
    fix: f1
  - key: second
    title: two
    check: c2
    fix: f2
---

Body line.

\`\`\`bash
ls
\`\`\`
`;

test('the id → slug map reads quoted and unquoted ids alike', () => {
  const files = [
    file('plain', '---\nid: PAAS-001\n---\n'),
    file('double', '---\nid: "PAAS-002"\n---\n'),
    file('single', "---\nid: 'PAAS-003'\n---\n"),
    file('broken', '---\nid: [unclosed\n---\n'),
  ];
  assert.deepEqual(slugIndex(files), { 'PAAS-001': 'plain', 'PAAS-002': 'double', 'PAAS-003': 'single' });
  assert.ok(files[3]!.yamlError, 'a YAML error is kept for the check to report');
});

test('a field is located at the line it is written on, nested paths included', () => {
  const f = file('x', SOURCE);
  const lines = SOURCE.split('\n');
  const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l)) + 1;
  assert.equal(fieldLine(f, 'title'), at(/^title:/));
  assert.equal(fieldLine(f, 'related.0'), at(/^related:/));
  assert.equal(fieldLine(f, 'signatures.0'), at(/^ {2}- "a: b"/));
  assert.equal(fieldLine(f, 'causes.1'), at(/key: second/));
  assert.equal(fieldLine(f, 'causes.1.check'), at(/check: c2/));
  assert.equal(fieldLine(f, 'causes (keys)'), at(/^causes:/));
  assert.equal(fieldLine(f, 'symptom'), 1, 'a missing field points at the opening ---');
});

test('the body keeps its place in the file', () => {
  const f = file('x', SOURCE);
  assert.equal(f.body.split('\n')[0], 'Body line.');
  assert.equal(SOURCE.split('\n')[f.bodyLine - 1], 'Body line.');
});

test('entry paths give language and slug; anything else is not an entry', () => {
  assert.deepEqual(parseEntryPath('zh/paas-agent.md'), { lang: 'zh', slug: 'paas-agent' });
  assert.deepEqual(parseEntryPath('en/paas-agent'), { lang: 'en', slug: 'paas-agent' });
  assert.equal(parseEntryPath('fr/paas-agent.md'), undefined);
  assert.equal(parseEntryPath('zh/sub/paas-agent.md'), undefined);
});
