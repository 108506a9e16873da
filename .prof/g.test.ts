import { readFileSync } from 'node:fs';
import { openingNodes } from '../src/model/largeMap';
it('x', () => {
  const m = JSON.parse(readFileSync('maps/gsomia-2012.json', 'utf8'));
  const ids = openingNodes(m);
  for (const id of ids) { const n = m.nodes.find((n: any) => n.id === id); console.log(id, n.kind, n.position.x, n.position.y); }
});
