/**
 * Serves the sub-path build (tests/.tmp/www/explainer, built with --base /explainer/) with
 * Debian's nginx and the recipe that build wrote beside it (tests/.tmp/www/explainer-nginx/), on 127.0.0.1 only, in the
 * foreground so Playwright can stop it. Installs nginx with apt when it is missing and we are root.
 * When it cannot serve the build, it says why in one line and exits non-zero.
 * Run with Node 24 (type stripping): `node tests/support/nginx-server.ts PORT`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDebianPackage } from './apt.ts';

const root = join(import.meta.dirname, '../..');
const port = Number(process.argv[2] ?? 4322);
// One folder per port: Playwright's server and Lighthouse's may run side by side.
const work = join(root, `tests/.tmp/nginx-${port}`);
const www = join(root, 'tests/.tmp/www');
const url = `http://127.0.0.1:${port}/explainer/`;

const fail = (why: string): never => {
  console.error(`nginx-server: ${why}`);
  process.exit(1);
};
const findNginx = () => ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

if (!existsSync(join(www, 'explainer/index.html'))) fail('no sub-path build in tests/.tmp/www/explainer: run `npm run build:test` first.');
mkdirSync(join(work, 'temp'), { recursive: true });
// The recipe's files (explainer.conf and its includes, written by the build) go beside nginx.conf, as on a server (/etc/nginx/), unchanged.
for (const file of ['explainer.conf', 'security-headers.conf', 'hashed-assets.conf'])
  copyFileSync(join(www, 'explainer-nginx', file), join(work, file));
const config = join(work, 'nginx.conf');
const errorLog = join(work, 'error.log');
writeFileSync(errorLog, '');
writeFileSync(
  config,
  // Started as root, nginx's workers drop to an unprivileged user that cannot read a checkout in a
  // private (0700) folder such as /root/project; a test server on 127.0.0.1 keeps root's rights instead.
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${work}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/temp;
  proxy_temp_path ${work}/temp;
  fastcgi_temp_path ${work}/temp;
  uwsgi_temp_path ${work}/temp;
  scgi_temp_path ${work}/temp;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${www};
    include explainer.conf;
  }
}
`,
);

if (!findNginx()) installDebianPackage('nginx-light', 'The deploy tests');
const server = spawn(findNginx()!, ['-p', `${work}/`, '-e', errorLog, '-c', config, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));

// nginx starts even when it cannot read the build; then every page is an error. Say so at once,
// rather than leaving Playwright to wait out its timeout.
for (let attempt = 0; attempt < 100; attempt++) {
  const status = await fetch(url).then(
    (response) => response.status,
    () => 0,
  );
  if (status === 200) break;
  if (status !== 0) {
    const lastError = readFileSync(errorLog, 'utf8').trim().split('\n').at(-1) ?? '';
    server.kill('SIGQUIT');
    fail(`${url} answers HTTP ${status}, not 200${lastError ? `; nginx's error log says: ${lastError}` : ''}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
