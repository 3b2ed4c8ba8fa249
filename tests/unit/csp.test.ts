import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP_DIRECTIVES, serializeCsp } from '../../src/lib/csp.ts';
import { effectiveScriptSources, parseCsp } from '../helpers/csp.ts';

test('the policy reads back as written', () => {
  assert.deepEqual(parseCsp(serializeCsp()), Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([k, v]) => [k, [...v]])));
});

test('parseCsp keeps the first of a repeated directive, as browsers do, and ignores empty parts', () => {
  assert.deepEqual(parseCsp("script-src 'self';; SCRIPT-SRC *; img-src"), { 'script-src': ["'self'"], 'img-src': [] });
});

test('script sources fall back from script-src-elem to script-src to default-src', () => {
  assert.deepEqual(effectiveScriptSources({ 'default-src': ['a'], 'script-src': ['b'], 'script-src-elem': ['c'] }), ['c']);
  assert.deepEqual(effectiveScriptSources({ 'default-src': ['a'], 'script-src': ['b'] }), ['b']);
  assert.deepEqual(effectiveScriptSources({ 'default-src': ['a'] }), ['a']);
  assert.deepEqual(effectiveScriptSources({}), []);
});

test('the site policy runs no inline script and no eval', () => {
  const scripts = effectiveScriptSources(parseCsp(serializeCsp()));
  assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"));
});
