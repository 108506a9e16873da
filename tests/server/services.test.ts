// Without the Debian packages the scale-out tests fail with one line saying how to install them.
import { findBinary } from '../../testkit/services.ts';

it('a missing redis-server, PostgreSQL or Caddy is one clear line with the install command', () => {
  expect(() => findBinary('redis-server', ['/nonexistent/bin'])).toThrow(
    /^redis-server not found: the scale-out tests need redis-server, PostgreSQL and Caddy\. Install them with: sudo apt-get install -y redis-server postgresql caddy/,
  );
});
