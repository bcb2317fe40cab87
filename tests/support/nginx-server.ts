/**
 * Serves the sub-path build (tests/.tmp/www/explainer, built with --base /explainer/) with
 * Debian's nginx and the repository's recipe (deploy/nginx/), on 127.0.0.1 only, in the
 * foreground so Playwright can stop it. Installs nginx with apt when it is missing and we are root.
 * Run with Node 24 (type stripping): `node tests/support/nginx-server.ts PORT`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDebianPackage } from './apt.ts';

const root = join(import.meta.dirname, '../..');
const port = Number(process.argv[2] ?? 4322);
const work = join(root, 'tests/.tmp/nginx');
const www = join(root, 'tests/.tmp/www');

const findNginx = () => ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

if (!existsSync(join(www, 'explainer/index.html'))) {
  throw new Error('No sub-path build in tests/.tmp/www/explainer: run `npm run build:test` first.');
}
mkdirSync(join(work, 'temp'), { recursive: true });
// The recipe's files go beside nginx.conf, as on a server (/etc/nginx/), unchanged.
for (const file of ['explainer.conf', 'security-headers.conf']) copyFileSync(join(root, 'deploy/nginx', file), join(work, file));
const config = join(work, 'nginx.conf');
writeFileSync(
  config,
  `worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
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
const server = spawn(findNginx()!, ['-p', `${work}/`, '-c', config, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
