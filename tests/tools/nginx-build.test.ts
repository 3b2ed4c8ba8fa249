import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNginxBuild } from '../../tools/lib/nginx.ts';

const debian = `nginx version: nginx/1.22.1
built with OpenSSL 3.0.11 19 Sep 2023
TLS SNI support enabled
configure arguments: --with-cc-opt='-g -O2' --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --modules-path=/usr/lib/nginx/modules --with-http_gzip_static_module --with-http_ssl_module`;

test("Debian's nginx: version, gzip_static, mime.types beside nginx.conf, the brotli module when installed", () => {
  const so = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  assert.deepEqual(parseNginxBuild(debian, (p) => p === so), { version: '1.22.1', gzipStatic: true, confDir: '/etc/nginx', brotliModule: so });
  assert.equal(parseNginxBuild(debian, () => false).brotliModule, null);
});

test('an nginx built without gzip_static says so; one with brotli compiled in needs no module file', () => {
  const bare = 'nginx version: nginx/1.27.0\nconfigure arguments: --prefix=/usr/local/nginx';
  const parsed = parseNginxBuild(bare, () => false);
  assert.equal(parsed.gzipStatic, false);
  assert.equal(parsed.confDir, '/usr/local/nginx/conf', 'nginx reads <prefix>/conf/nginx.conf without --conf-path');
  const builtIn = `${debian} --add-module=/build/ngx_brotli`;
  assert.equal(parseNginxBuild(builtIn, () => false).brotliModule, '');
});
