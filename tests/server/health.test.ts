// /healthz, /readyz and /metrics on a one-machine server (SQLite, no Redis).
import { connectClient, createRoom, startTestServer } from '../../testkit/sync.ts';
import { generateMap } from '../../testkit/generate.ts';
import * as ops from '../../src/model/operations.ts';

it('answers alive, ready (database reachable) and Prometheus metrics that follow the rooms', async () => {
  const server = await startTestServer();
  try {
    expect([(await fetch(`${server.url}/healthz`)).status]).toEqual([200]);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
    const metrics = async () => (await fetch(`${server.url}/metrics`)).text();
    expect(await metrics()).toMatch(/^argmap_rooms_open 0$/m);

    const { body } = await createRoom(server.url, generateMap(5, 3));
    const client = connectClient(server.wsUrl, body.room, body.edit);
    await client.synced;
    client.binding.apply(ops.setMeta(client.binding.map, { title: 'Counted' }));
    await expect.poll(metrics).toMatch(/^argmap_updates_total 1$/m);
    const text = await metrics();
    expect(text).toMatch(/^argmap_rooms_open 1$/m);
    expect(text).toMatch(/^argmap_connections 1$/m);
    expect(text).toMatch(/^# TYPE argmap_persistence_write_seconds summary$/m);
    client.destroy();
  } finally {
    await server.stop();
  }
});
