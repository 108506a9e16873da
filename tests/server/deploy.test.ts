// deploy/compose.yaml and deploy/Caddyfile as docker-compose and Caddy read them (no Docker engine
// runs on these machines: this checks what the tools resolve, not a running stack). Needs
// Debian's docker-compose (`apt-get install -y --no-install-recommends docker-compose`) and caddy;
// skipped with that line without them, except in CI, which installs them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { binariesMissing } from '../../testkit/services.ts';

const missing = binariesMissing(['docker-compose', 'caddy']);
const SKIP = !!missing && !process.env.CI;
if (SKIP) console.warn(`Deploy-file tests skipped: ${missing} (docker-compose: apt-get install -y --no-install-recommends docker-compose)`);

const ENV = { ...process.env, ARGMAP_DOMAIN: 'maps.example.org', POSTGRES_PASSWORD: 'pw' };
const compose = (args: string[], env: NodeJS.ProcessEnv = ENV) =>
  spawnSync('docker-compose', ['-f', 'deploy/compose.yaml', ...args], { encoding: 'utf8', env });

/** Every ARGMAP_ variable the server reads. */
const serverVariables = () =>
  new Set(['server/main.ts', 'server/limits.ts'].flatMap((f) => readFileSync(f, 'utf8').match(/ARGMAP_[A-Z_]+[A-Z]/g) ?? []));

describe.skipIf(SKIP)('deployment files', () => {
  it('compose.yaml resolves to two instances, PostgreSQL, Redis and the proxy, wired to each other', () => {
    const services = compose(['config', '--services']);
    expect(services.status, services.stderr).toBe(0);
    expect(services.stdout.trim().split('\n').sort()).toEqual(['app1', 'app2', 'postgres', 'proxy', 'redis']);
    const config = compose(['config']);
    expect(config.status, config.stderr).toBe(0);
    expect(config.stdout).toContain('ARGMAP_DATABASE_URL: postgres://argmap:pw@postgres:5432/argmap');
    expect(config.stdout).toContain('ARGMAP_REDIS_URL: redis://redis:6379');
    expect(config.stdout).toContain('ARGMAP_ALLOWED_ORIGINS: https://maps.example.org');
    // Every ARGMAP_ name the deployment sets is one the server reads (a typo would be ignored silently).
    const known = serverVariables();
    const set = new Set(
      readFileSync('deploy/compose.yaml', 'utf8')
        .match(/ARGMAP_[A-Z_]+:/g)!
        .map((v) => v.slice(0, -1)),
    );
    expect([...set].filter((v) => !known.has(v) && v !== 'ARGMAP_DOMAIN')).toEqual([]);
  });

  it('compose.yaml refuses to start without the domain or the database password, saying which', () => {
    const noPassword = compose(['config'], { ...ENV, POSTGRES_PASSWORD: '' });
    expect(noPassword.status).not.toBe(0);
    expect(noPassword.stderr).toContain('set POSTGRES_PASSWORD');
    const noDomain = compose(['config'], { ...ENV, ARGMAP_DOMAIN: '' });
    expect(noDomain.status).not.toBe(0);
    expect(noDomain.stderr).toContain('set ARGMAP_DOMAIN');
  });

  it('the Caddyfile, as compose runs it, proxies the domain to both instances on the port the image listens on', () => {
    const adapted = spawnSync('caddy', ['adapt', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], { encoding: 'utf8', env: ENV });
    expect(adapted.status, adapted.stderr).toBe(0);
    const server = JSON.parse(adapted.stdout).apps.http.servers.srv0;
    expect(server.listen).toEqual([':443']); // TLS for the domain
    expect(server.routes[0].match[0].host).toEqual(['maps.example.org']);
    const proxy = server.routes[0].handle[0].routes[0].handle[0];
    expect(proxy.upstreams).toEqual([{ dial: 'app1:8787' }, { dial: 'app2:8787' }]);
    expect(proxy.health_checks.active.uri).toBe('/readyz');
    expect(readFileSync('deploy/Dockerfile', 'utf8')).toMatch(/ENV HOST=0\.0\.0\.0 PORT=8787/);
  });
});
