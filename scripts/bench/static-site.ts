// The baseline every target is compared with: one article's HTML as a file that nginx serves from disk,
// with the same worker settings as the cache in deploy/nginx, so the ratio shows what the app costs.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const STATIC_PAGE = '/article.html'

const nginxArgs = (prefix: string) => ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')]

/** nginx on `port` serving `html` at STATIC_PAGE from a folder in `dir`; `stop` ends it. */
export function startStaticSite({ dir, port, html }: { dir: string; port: number; html: string }) {
  const prefix = path.resolve(dir)
  fs.rmSync(prefix, { recursive: true, force: true })
  fs.mkdirSync(path.join(prefix, 'site'), { recursive: true })
  fs.writeFileSync(path.join(prefix, 'site', STATIC_PAGE.slice(1)), html)
  // nginx drops to `nobody` when started as root, who may not read a private home: stay root, as startCache does.
  const user = process.getuid?.() === 0 ? 'user root root;' : ''
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${prefix}/${name};`).join('\n')
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${user}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server_tokens off;
${temp}
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/site;
    location / { try_files $uri =404; }
  }
}
`,
  )
  execFileSync('/usr/sbin/nginx', nginxArgs(prefix), { stdio: 'inherit' })
  return { url: `http://127.0.0.1:${port}`, stop: () => stopStaticSite(prefix) }
}

function stopStaticSite(prefix: string) {
  try {
    execFileSync('/usr/sbin/nginx', [...nginxArgs(prefix), '-s', 'quit'], { stdio: 'ignore' })
  } catch {
    // already stopped
  }
}
